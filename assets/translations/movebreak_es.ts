<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>BodyArea</name>
    <message>
        <source>eyes</source>
        <translation>ojos</translation>
    </message>
    <message>
        <source>hips</source>
        <translation>caderas</translation>
    </message>
    <message>
        <source>legs</source>
        <translation>piernas</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>zona lumbar</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>cuello</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>hombros</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>espalda alta</translation>
    </message>
    <message>
        <source>wrists &amp; hands</source>
        <translation>muñecas y manos</translation>
    </message>
</context>
<context>
    <name>Exercise</name>
    <message>
        <source>A gentle pull only. Stop if you feel tingling or numbness.</source>
        <translation>Solo un tirón suave. Para si sientes hormigueo o entumecimiento.</translation>
    </message>
    <message>
        <source>After a few circles, change direction, then blink.</source>
        <translation>Tras unos círculos, cambia de sentido y luego parpadea.</translation>
    </message>
    <message>
        <source>After a few circles, change direction.</source>
        <translation>Tras unos círculos, cambia de sentido.</translation>
    </message>
    <message>
        <source>After a few circles, reverse the direction.</source>
        <translation>Tras unos círculos, cambia de sentido.</translation>
    </message>
    <message>
        <source>Ankle circles</source>
        <translation>Círculos con los tobillos</translation>
    </message>
    <message>
        <source>Bend forward slowly and let your arms hang.</source>
        <translation>Inclínate despacio hacia delante y deja colgar los brazos.</translation>
    </message>
    <message>
        <source>Bend one knee and hold that ankle behind you.</source>
        <translation>Dobla una rodilla y sujeta ese tobillo por detrás.</translation>
    </message>
    <message>
        <source>Bend sideways over your hip, without leaning forward.</source>
        <translation>Inclínate de lado sobre la cadera, sin echarte hacia delante.</translation>
    </message>
    <message>
        <source>Bend the front knee and lean into the wall until the back calf stretches.</source>
        <translation>Dobla la rodilla de delante y acércate a la pared hasta estirar el gemelo de atrás.</translation>
    </message>
    <message>
        <source>Bend your elbows to lower your chest, then push back up.</source>
        <translation>Dobla los codos para bajar el pecho y vuelve a empujar hacia arriba.</translation>
    </message>
    <message>
        <source>Bend your front knee and tuck your pelvis under.</source>
        <translation>Dobla la rodilla de delante y mete la pelvis.</translation>
    </message>
    <message>
        <source>Breathe in: lift your chest and arch your back.</source>
        <translation>Inspira: sube el pecho y arquea la espalda.</translation>
    </message>
    <message>
        <source>Breathe out: round your back and drop your chin.</source>
        <translation>Espira: redondea la espalda y baja la barbilla.</translation>
    </message>
    <message>
        <source>Breathe out; roll back up one vertebra at a time.</source>
        <translation>Suelta el aire; sube vértebra a vértebra.</translation>
    </message>
    <message>
        <source>Breathe slowly and enjoy the dark.</source>
        <translation>Respira despacio y disfruta de la oscuridad.</translation>
    </message>
    <message>
        <source>Bring one arm straight across your chest.</source>
        <translation>Lleva un brazo estirado por delante del pecho.</translation>
    </message>
    <message>
        <source>Calf raises</source>
        <translation>Elevación de talones</translation>
    </message>
    <message>
        <source>Calf stretch at the wall</source>
        <translation>Estiramiento de gemelos en la pared</translation>
    </message>
    <message>
        <source>Chest opener</source>
        <translation>Apertura de pecho</translation>
    </message>
    <message>
        <source>Chin to chest</source>
        <translation>Barbilla al pecho</translation>
    </message>
    <message>
        <source>Chin tuck</source>
        <translation>Retracción de barbilla</translation>
    </message>
    <message>
        <source>Circle your wrists slowly in one direction.</source>
        <translation>Gira las muñecas despacio en un sentido.</translation>
    </message>
    <message>
        <source>Clasp your hands and reach your arms forward.</source>
        <translation>Entrelaza las manos y estira los brazos hacia delante.</translation>
    </message>
    <message>
        <source>Close your eyes and cup your palms over them, without pressing.</source>
        <translation>Cierra los ojos y cúbrelos con las palmas ahuecadas, sin apretar.</translation>
    </message>
    <message>
        <source>Come back up slowly.</source>
        <translation>Vuelve despacio.</translation>
    </message>
    <message>
        <source>Cross-body shoulder stretch</source>
        <translation>Estiramiento de hombro cruzado</translation>
    </message>
    <message>
        <source>Desk push-ups</source>
        <translation>Flexiones en la mesa</translation>
    </message>
    <message>
        <source>Do not press on your eyes.</source>
        <translation>No aprietes los ojos.</translation>
    </message>
    <message>
        <source>Draw slow circles with your toes.</source>
        <translation>Dibuja círculos lentos con los dedos del pie.</translation>
    </message>
    <message>
        <source>Draw the knee up towards your chest.</source>
        <translation>Acerca la rodilla hacia el pecho.</translation>
    </message>
    <message>
        <source>Draw your elbows back and squeeze your shoulder blades together.</source>
        <translation>Lleva los codos atrás y junta los omóplatos.</translation>
    </message>
    <message>
        <source>Ease the elbow back gently and breathe.</source>
        <translation>Lleva el codo suavemente hacia atrás y respira.</translation>
    </message>
    <message>
        <source>Eye circles</source>
        <translation>Círculos con los ojos</translation>
    </message>
    <message>
        <source>Face a wall and put both hands on it.</source>
        <translation>Colócate frente a una pared con las dos manos apoyadas.</translation>
    </message>
    <message>
        <source>Feel the back of your neck lengthen; breathe.</source>
        <translation>Nota cómo se alarga la nuca; respira.</translation>
    </message>
    <message>
        <source>Feel your shoulder blades spread; breathe into your back.</source>
        <translation>Nota cómo se separan los omóplatos; respira hacia la espalda.</translation>
    </message>
    <message>
        <source>Find something at least 6 metres (20 feet) away.</source>
        <translation>Busca algo que esté al menos a 6 metros.</translation>
    </message>
    <message>
        <source>Fist and spread</source>
        <translation>Puño y abrir</translation>
    </message>
    <message>
        <source>Focus on your thumb for a breath.</source>
        <translation>Enfoca el pulgar durante una respiración.</translation>
    </message>
    <message>
        <source>Gently draw it closer and keep your shoulder down.</source>
        <translation>Acércalo suavemente y mantén el hombro bajo.</translation>
    </message>
    <message>
        <source>Glide your head straight back, making a double chin.</source>
        <translation>Lleva la cabeza recta hacia atrás, formando una papada.</translation>
    </message>
    <message>
        <source>Hold a desk or chair for balance. Keep the front knee over the ankle.</source>
        <translation>Sujétate a una mesa o silla. Mantén la rodilla de delante sobre el tobillo.</translation>
    </message>
    <message>
        <source>Hold and breathe, keeping your back tall.</source>
        <translation>Mantén y respira, con la espalda erguida.</translation>
    </message>
    <message>
        <source>Hold for a breath, then relax forward again.</source>
        <translation>Mantén una respiración y vuelve a relajarte hacia delante.</translation>
    </message>
    <message>
        <source>Hold for a breath, then release.</source>
        <translation>Mantén una respiración y suelta.</translation>
    </message>
    <message>
        <source>Hold for a moment, then let them drop.</source>
        <translation>Mantén un momento y déjalos caer.</translation>
    </message>
    <message>
        <source>Hold it above the elbow with your other hand.</source>
        <translation>Sujétalo por encima del codo con la otra mano.</translation>
    </message>
    <message>
        <source>Hold on for balance. Stop if your knee hurts.</source>
        <translation>Sujétate para no perder el equilibrio. Para si te duele la rodilla.</translation>
    </message>
    <message>
        <source>Hold one arm straight out in front, palm down.</source>
        <translation>Estira un brazo al frente, con la palma hacia abajo.</translation>
    </message>
    <message>
        <source>Hold one arm straight out in front, palm facing away, fingers up.</source>
        <translation>Estira un brazo al frente, con la palma hacia fuera y los dedos arriba.</translation>
    </message>
    <message>
        <source>Hold until you feel the back of the forearm stretch.</source>
        <translation>Mantén hasta notar el estiramiento en el dorso del antebrazo.</translation>
    </message>
    <message>
        <source>Hold until you feel the inner forearm stretch.</source>
        <translation>Mantén hasta notar el estiramiento en la cara interna del antebrazo.</translation>
    </message>
    <message>
        <source>Hold your thumb up at arm&apos;s length.</source>
        <translation>Levanta el pulgar con el brazo estirado.</translation>
    </message>
    <message>
        <source>Keep it gentle and breathe; do not bounce.</source>
        <translation>Hazlo con suavidad y respira; no des rebotes.</translation>
    </message>
    <message>
        <source>Keep it gentle. Stop if you feel pain, tingling or dizziness.</source>
        <translation>Con suavidad. Para si sientes dolor, hormigueo o mareo.</translation>
    </message>
    <message>
        <source>Keep the back heel on the floor; stop if it hurts.</source>
        <translation>Mantén el talón de atrás en el suelo; para si duele.</translation>
    </message>
    <message>
        <source>Keep your back straight; do not bounce.</source>
        <translation>Mantén la espalda recta; no des rebotes.</translation>
    </message>
    <message>
        <source>Keep your eyes level; do not tip your head up or down.</source>
        <translation>Mantén la mirada horizontal; no inclines la cabeza arriba ni abajo.</translation>
    </message>
    <message>
        <source>Keep your face forward and breathe slowly.</source>
        <translation>Mantén la cara al frente y respira despacio.</translation>
    </message>
    <message>
        <source>Keep your head still and look up.</source>
        <translation>Mantén la cabeza quieta y mira hacia arriba.</translation>
    </message>
    <message>
        <source>Keep your knees side by side and push your hip forward gently.</source>
        <translation>Mantén las rodillas juntas y empuja la cadera suavemente hacia delante.</translation>
    </message>
    <message>
        <source>Keep your lower back neutral; do not lean back.</source>
        <translation>Mantén la zona lumbar neutra; no te eches hacia atrás.</translation>
    </message>
    <message>
        <source>Keep your shoulders down, away from your ears.</source>
        <translation>Mantén los hombros bajos, lejos de las orejas.</translation>
    </message>
    <message>
        <source>Keep your shoulders relaxed. Stop if you feel tingling.</source>
        <translation>Mantén los hombros relajados. Para si sientes hormigueo.</translation>
    </message>
    <message>
        <source>Keep your upper body tall and still.</source>
        <translation>Mantén el tronco erguido y quieto.</translation>
    </message>
    <message>
        <source>Knee to chest</source>
        <translation>Rodilla al pecho</translation>
    </message>
    <message>
        <source>Lean back gently over the top of the chair and look up.</source>
        <translation>Inclínate suavemente hacia atrás sobre el respaldo y mira arriba.</translation>
    </message>
    <message>
        <source>Lean back gently, supporting yourself with your hands.</source>
        <translation>Inclínate suavemente hacia atrás, apoyándote en las manos.</translation>
    </message>
    <message>
        <source>Lean forward a little from your hips until you feel the stretch.</source>
        <translation>Inclínate un poco hacia delante desde la cadera hasta notar el estiramiento.</translation>
    </message>
    <message>
        <source>Lean forward and stand up without using your hands.</source>
        <translation>Inclínate hacia delante y levántate sin usar las manos.</translation>
    </message>
    <message>
        <source>Lean forward from your hips with a long back until you feel the stretch.</source>
        <translation>Inclínate desde la cadera con la espalda larga hasta notar el estiramiento.</translation>
    </message>
    <message>
        <source>Leg swings</source>
        <translation>Balanceo de piernas</translation>
    </message>
    <message>
        <source>Let the hand drop and ease it towards you with your other hand.</source>
        <translation>Deja caer la mano y llévala suavemente hacia ti con la otra mano.</translation>
    </message>
    <message>
        <source>Let the raised knee drop out to the side.</source>
        <translation>Deja que la rodilla levantada caiga hacia el lado.</translation>
    </message>
    <message>
        <source>Let your eyes rest on it for 20 seconds.</source>
        <translation>Deja descansar la vista en ello durante 20 segundos.</translation>
    </message>
    <message>
        <source>Lift both shoulders towards your ears.</source>
        <translation>Sube los dos hombros hacia las orejas.</translation>
    </message>
    <message>
        <source>Lift one knee to hip height, then lower it.</source>
        <translation>Sube una rodilla a la altura de la cadera y bájala.</translation>
    </message>
    <message>
        <source>Lift your head back up slowly.</source>
        <translation>Levanta la cabeza despacio.</translation>
    </message>
    <message>
        <source>Look away from your screen.</source>
        <translation>Aparta la vista de la pantalla.</translation>
    </message>
    <message>
        <source>Look far away (20-20-20)</source>
        <translation>Mirar a lo lejos (20-20-20)</translation>
    </message>
    <message>
        <source>Lower your hands slowly, palms still together.</source>
        <translation>Baja las manos despacio, con las palmas aún juntas.</translation>
    </message>
    <message>
        <source>Lower your heels slowly and repeat.</source>
        <translation>Baja los talones despacio y repite.</translation>
    </message>
    <message>
        <source>Make a soft fist and hold for a breath.</source>
        <translation>Cierra el puño sin fuerza y mantén una respiración.</translation>
    </message>
    <message>
        <source>Marching knee lifts</source>
        <translation>Marcha elevando rodillas</translation>
    </message>
    <message>
        <source>Move slowly. Stop if you feel pain or tingling in your arms.</source>
        <translation>Muévete despacio. Para si sientes dolor u hormigueo en los brazos.</translation>
    </message>
    <message>
        <source>Move within a comfortable range.</source>
        <translation>Muévete dentro de un rango cómodo.</translation>
    </message>
    <message>
        <source>Near and far focus</source>
        <translation>Enfocar cerca y lejos</translation>
    </message>
    <message>
        <source>Neck side tilt</source>
        <translation>Inclinación lateral del cuello</translation>
    </message>
    <message>
        <source>Only a small bend. Stop if you feel pain or dizziness.</source>
        <translation>Solo una flexión pequeña. Para si sientes dolor o mareo.</translation>
    </message>
    <message>
        <source>Only on a chair that does not tip. Stop if your back hurts.</source>
        <translation>Solo en una silla que no vuelque. Para si te duele la espalda.</translation>
    </message>
    <message>
        <source>Only use a desk that cannot slide or tip.</source>
        <translation>Usa solo una mesa que no pueda deslizarse ni volcar.</translation>
    </message>
    <message>
        <source>Open your chest and look ahead; breathe.</source>
        <translation>Abre el pecho y mira al frente; respira.</translation>
    </message>
    <message>
        <source>Open your elbows wide.</source>
        <translation>Abre bien los codos.</translation>
    </message>
    <message>
        <source>Open your hands and spread your fingers wide.</source>
        <translation>Abre las manos y separa bien los dedos.</translation>
    </message>
    <message>
        <source>Overhead triceps stretch</source>
        <translation>Estiramiento de tríceps por encima de la cabeza</translation>
    </message>
    <message>
        <source>Palming</source>
        <translation>Palmas sobre los ojos</translation>
    </message>
    <message>
        <source>Prayer stretch</source>
        <translation>Estiramiento en oración</translation>
    </message>
    <message>
        <source>Press your palms together in front of your chest.</source>
        <translation>Junta las palmas delante del pecho.</translation>
    </message>
    <message>
        <source>Pull lightly; stop if the shoulder pinches.</source>
        <translation>Tira con suavidad; para si el hombro se pinza.</translation>
    </message>
    <message>
        <source>Pull your toes towards you, hold, then lower slowly.</source>
        <translation>Lleva los dedos hacia ti, mantén y baja despacio.</translation>
    </message>
    <message>
        <source>Put your hands on the edge of a sturdy desk, shoulder-width apart.</source>
        <translation>Apoya las manos en el borde de una mesa firme, a la anchura de los hombros.</translation>
    </message>
    <message>
        <source>Put your hands on your lower back, fingers down.</source>
        <translation>Pon las manos en la zona lumbar, con los dedos hacia abajo.</translation>
    </message>
    <message>
        <source>Raise both hands in front of you.</source>
        <translation>Sube las dos manos delante de ti.</translation>
    </message>
    <message>
        <source>Raise one arm and bend the elbow so your hand drops behind your head.</source>
        <translation>Sube un brazo y dobla el codo para que la mano caiga detrás de la cabeza.</translation>
    </message>
    <message>
        <source>Raise your hands in front of you, elbows relaxed.</source>
        <translation>Sube las manos delante de ti, con los codos relajados.</translation>
    </message>
    <message>
        <source>Reach and round</source>
        <translation>Estirar y redondear</translation>
    </message>
    <message>
        <source>Repeat at your own pace.</source>
        <translation>Repite a tu ritmo.</translation>
    </message>
    <message>
        <source>Repeat slowly with your breath.</source>
        <translation>Repite despacio, al ritmo de la respiración.</translation>
    </message>
    <message>
        <source>Repeat slowly.</source>
        <translation>Repite despacio.</translation>
    </message>
    <message>
        <source>Rest a hand on the desk if you feel unsteady.</source>
        <translation>Apoya una mano en la mesa si te sientes inestable.</translation>
    </message>
    <message>
        <source>Rest your other hand on that elbow.</source>
        <translation>Apoya la otra mano en ese codo.</translation>
    </message>
    <message>
        <source>Return to upright slowly.</source>
        <translation>Vuelve despacio a la posición erguida.</translation>
    </message>
    <message>
        <source>Rise onto the balls of your feet.</source>
        <translation>Sube sobre las puntas de los pies.</translation>
    </message>
    <message>
        <source>Roll your shoulders up, back and down in slow circles.</source>
        <translation>Gira los hombros hacia arriba, atrás y abajo en círculos lentos.</translation>
    </message>
    <message>
        <source>Round your upper back and let your head drop.</source>
        <translation>Redondea la espalda alta y deja caer la cabeza.</translation>
    </message>
    <message>
        <source>Rub your palms together until they feel warm.</source>
        <translation>Frota las palmas hasta que se calienten.</translation>
    </message>
    <message>
        <source>Seated back extension</source>
        <translation>Extensión de espalda sentado</translation>
    </message>
    <message>
        <source>Seated cat–cow</source>
        <translation>Gato-vaca sentado</translation>
    </message>
    <message>
        <source>Seated figure four</source>
        <translation>Figura cuatro sentado</translation>
    </message>
    <message>
        <source>Seated forward fold</source>
        <translation>Flexión hacia delante sentado</translation>
    </message>
    <message>
        <source>Seated hamstring stretch</source>
        <translation>Estiramiento de isquiotibiales sentado</translation>
    </message>
    <message>
        <source>Seated knee extension</source>
        <translation>Extensión de rodilla sentado</translation>
    </message>
    <message>
        <source>Shift forward until you feel the front of the back hip stretch.</source>
        <translation>Desplázate hacia delante hasta notar el estiramiento en la parte delantera de la cadera de atrás.</translation>
    </message>
    <message>
        <source>Shoulder blade squeeze</source>
        <translation>Juntar omóplatos</translation>
    </message>
    <message>
        <source>Shoulder rolls</source>
        <translation>Círculos de hombros</translation>
    </message>
    <message>
        <source>Shoulder shrugs</source>
        <translation>Encogimiento de hombros</translation>
    </message>
    <message>
        <source>Sit against the backrest and put your hands behind your head.</source>
        <translation>Apóyate en el respaldo y pon las manos detrás de la cabeza.</translation>
    </message>
    <message>
        <source>Sit back down slowly and with control.</source>
        <translation>Vuelve a sentarte despacio y con control.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair with your hands on your knees.</source>
        <translation>Siéntate en el borde de la silla con las manos en las rodillas.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair, feet apart.</source>
        <translation>Siéntate en el borde de la silla, con los pies separados.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair, feet flat.</source>
        <translation>Siéntate en el borde de la silla, con los pies planos.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair.</source>
        <translation>Siéntate en el borde de la silla.</translation>
    </message>
    <message>
        <source>Sit tall and hold one knee with both hands.</source>
        <translation>Siéntate erguido y sujeta una rodilla con las dos manos.</translation>
    </message>
    <message>
        <source>Sit tall and hold the sides of your seat.</source>
        <translation>Siéntate erguido y sujeta los lados del asiento.</translation>
    </message>
    <message>
        <source>Sit tall and let your shoulders drop.</source>
        <translation>Siéntate erguido y deja caer los hombros.</translation>
    </message>
    <message>
        <source>Sit tall and look straight ahead.</source>
        <translation>Siéntate erguido y mira al frente.</translation>
    </message>
    <message>
        <source>Sit tall and rest one ankle on the opposite knee.</source>
        <translation>Siéntate erguido y apoya un tobillo sobre la rodilla contraria.</translation>
    </message>
    <message>
        <source>Sit tall and stretch one leg out, heel lifted.</source>
        <translation>Siéntate erguido y estira una pierna, con el talón levantado.</translation>
    </message>
    <message>
        <source>Sit tall with your arms hanging loose.</source>
        <translation>Siéntate erguido con los brazos sueltos.</translation>
    </message>
    <message>
        <source>Sit tall with your arms relaxed.</source>
        <translation>Siéntate erguido con los brazos relajados.</translation>
    </message>
    <message>
        <source>Sit tall with your elbows bent at your sides.</source>
        <translation>Siéntate erguido con los codos doblados a los lados.</translation>
    </message>
    <message>
        <source>Sit tall with your shoulders relaxed.</source>
        <translation>Siéntate erguido con los hombros relajados.</translation>
    </message>
    <message>
        <source>Sit to stand</source>
        <translation>Sentarse y levantarse</translation>
    </message>
    <message>
        <source>Skip it after hip or knee surgery. Stop if your knee hurts.</source>
        <translation>Evítalo tras una operación de cadera o rodilla. Para si te duele la rodilla.</translation>
    </message>
    <message>
        <source>Skip this if you have a back problem or high blood pressure.</source>
        <translation>Evítalo si tienes problemas de espalda o tensión alta.</translation>
    </message>
    <message>
        <source>Slide your other hand down the side of your leg.</source>
        <translation>Desliza la otra mano por el lado de la pierna.</translation>
    </message>
    <message>
        <source>Slowly lower your chin towards your chest.</source>
        <translation>Baja despacio la barbilla hacia el pecho.</translation>
    </message>
    <message>
        <source>Slowly roll your eyes in a wide circle.</source>
        <translation>Gira los ojos despacio en un círculo amplio.</translation>
    </message>
    <message>
        <source>Small swings at first; hold on for balance.</source>
        <translation>Empieza con balanceos pequeños y sujétate.</translation>
    </message>
    <message>
        <source>Stand side-on to a wall and rest a hand on it.</source>
        <translation>Ponte de lado junto a una pared y apoya una mano en ella.</translation>
    </message>
    <message>
        <source>Stand tall and clasp your hands behind your back.</source>
        <translation>Ponte erguido y entrelaza las manos detrás de la espalda.</translation>
    </message>
    <message>
        <source>Stand tall and raise one arm overhead.</source>
        <translation>Ponte erguido y sube un brazo por encima de la cabeza.</translation>
    </message>
    <message>
        <source>Stand tall beside your desk.</source>
        <translation>Ponte de pie, erguido, junto a tu mesa.</translation>
    </message>
    <message>
        <source>Stand tall with one hand on a wall or desk.</source>
        <translation>Ponte erguido con una mano en la pared o la mesa.</translation>
    </message>
    <message>
        <source>Stand tall, feet hip-width apart, a hand on your desk.</source>
        <translation>Ponte erguido, pies a la anchura de las caderas, una mano en la mesa.</translation>
    </message>
    <message>
        <source>Stand with your feet hip-width apart.</source>
        <translation>Ponte de pie con los pies a la anchura de las caderas.</translation>
    </message>
    <message>
        <source>Standing back bend</source>
        <translation>Extensión de espalda de pie</translation>
    </message>
    <message>
        <source>Standing hip flexor stretch</source>
        <translation>Estiramiento del flexor de cadera de pie</translation>
    </message>
    <message>
        <source>Standing side bend</source>
        <translation>Inclinación lateral de pie</translation>
    </message>
    <message>
        <source>Standing thigh stretch</source>
        <translation>Estiramiento de cuádriceps de pie</translation>
    </message>
    <message>
        <source>Step back until your body is a straight slope.</source>
        <translation>Da pasos atrás hasta que el cuerpo forme una línea inclinada.</translation>
    </message>
    <message>
        <source>Step one foot back, heel down, leg straight.</source>
        <translation>Lleva un pie hacia atrás, talón abajo, pierna estirada.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy.</source>
        <translation>Para si te mareas.</translation>
    </message>
    <message>
        <source>Stop if you feel pain in the shoulder.</source>
        <translation>Para si sientes dolor en el hombro.</translation>
    </message>
    <message>
        <source>Stop if you feel pain in your hip or back.</source>
        <translation>Para si sientes dolor en la cadera o la espalda.</translation>
    </message>
    <message>
        <source>Stop when you feel a mild stretch in your wrists; hold.</source>
        <translation>Para al notar un estiramiento leve en las muñecas; mantén.</translation>
    </message>
    <message>
        <source>Straighten one knee until the leg is level.</source>
        <translation>Estira una rodilla hasta que la pierna quede horizontal.</translation>
    </message>
    <message>
        <source>Straighten one leg, heel on the floor, toes up.</source>
        <translation>Estira una pierna, talón en el suelo, dedos hacia arriba.</translation>
    </message>
    <message>
        <source>Straighten your arms and lift them a little away from you.</source>
        <translation>Estira los brazos y sepáralos un poco del cuerpo.</translation>
    </message>
    <message>
        <source>Swing one leg forward and back, loose and easy.</source>
        <translation>Balancea una pierna hacia delante y atrás, suelta y relajada.</translation>
    </message>
    <message>
        <source>Switch back and forth a few times.</source>
        <translation>Alterna varias veces.</translation>
    </message>
    <message>
        <source>Switch legs and keep a steady march.</source>
        <translation>Cambia de pierna y mantén una marcha constante.</translation>
    </message>
    <message>
        <source>Take a long step forward, back heel lifted.</source>
        <translation>Da un paso largo hacia delante, con el talón de atrás levantado.</translation>
    </message>
    <message>
        <source>Then focus on something far away for a breath.</source>
        <translation>Luego enfoca algo lejano durante una respiración.</translation>
    </message>
    <message>
        <source>Tilt your ear towards your shoulder.</source>
        <translation>Inclina la oreja hacia el hombro.</translation>
    </message>
    <message>
        <source>Use a chair that cannot roll away.</source>
        <translation>Usa una silla que no pueda rodar.</translation>
    </message>
    <message>
        <source>With the other hand, ease the fingers back towards you.</source>
        <translation>Con la otra mano, lleva los dedos suavemente hacia ti.</translation>
    </message>
    <message>
        <source>Wrist circles</source>
        <translation>Círculos de muñecas</translation>
    </message>
    <message>
        <source>Wrist stretch, fingers down</source>
        <translation>Estiramiento de muñeca, dedos abajo</translation>
    </message>
    <message>
        <source>Wrist stretch, fingers up</source>
        <translation>Estiramiento de muñeca, dedos arriba</translation>
    </message>
</context>
<context>
    <name>FigureWidget</name>
    <message>
        <source>Exercise illustration</source>
        <translation>Ilustración del ejercicio</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>LanguageGroup</name>
    <message>
        <source>&amp;Language of windows and exercises</source>
        <translation>&amp;Idioma de las ventanas y los ejercicios</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Windows and breaks use it after Save; the tray menu at the next start.</source>
        <translation>Las ventanas y las pausas lo usan al guardar; el menú de la bandeja, en el próximo inicio.</translation>
    </message>
</context>
<context>
    <name>NoBreak</name>
    <message>
        <source>no gap long enough</source>
        <translation>ningún hueco lo bastante largo</translation>
    </message>
    <message>
        <source>no working hours set</source>
        <translation>sin horario de trabajo</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>fuera del horario de trabajo</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message numerus="yes">
        <source>Stretch break in %n min</source>
        <translation>
            <numerusform>Pausa para estirar en %n min</numerusform>
            <numerusform>Pausa para estirar en %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>Hora de moverse</translation>
    </message>
</context>
<context>
    <name>PromptWindow</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>Queda %n segundo</numerusform>
            <numerusform>Quedan %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Last one</source>
        <translation>Último ejercicio</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Después: %1</translation>
    </message>
    <message>
        <source>No exercise matches your settings. Stand up and move a little.</source>
        <translation>Ningún ejercicio encaja con tus ajustes. Levántate y muévete un poco.</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Nada que hacer</translation>
    </message>
    <message>
        <source>Now the left side</source>
        <translation>Ahora el lado izquierdo</translation>
    </message>
    <message>
        <source>Paused while you are away</source>
        <translation>En pausa mientras no estás</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>Right side, then left</source>
        <translation>Lado derecho, luego el izquierdo</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Sentado</translation>
    </message>
    <message>
        <source>Skip exercise</source>
        <translation>Saltar ejercicio</translation>
    </message>
    <message>
        <source>Skip routine</source>
        <translation>Saltar rutina</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>Posponer %n min</numerusform>
            <numerusform>Posponer %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>ambos lados</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>lado derecho</translation>
    </message>
</context>
<context>
    <name>Routine</name>
    <message>
        <source>%1 &amp; %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1, %2 &amp; more</source>
        <translation>%1, %2 y más</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n min</source>
        <translation>
            <numerusform>%1, %n min</numerusform>
            <numerusform>%1, %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move freely, %n min</source>
        <translation>
            <numerusform>Muévete libremente, %n min</numerusform>
            <numerusform>Muévete libremente, %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>A break is held (%1); trying again at %2</source>
        <translation>Una pausa está en espera (%1); se intentará de nuevo a las %2</translation>
    </message>
    <message>
        <source>A break is on screen now</source>
        <translation>Hay una pausa en pantalla</translation>
    </message>
    <message>
        <source>Focus until %1</source>
        <translation>Concentración hasta las %1</translation>
    </message>
    <message>
        <source>Next break: %1</source>
        <translation>Próxima pausa: %1</translation>
    </message>
    <message>
        <source>Next break: none (%1)</source>
        <translation>Próxima pausa: ninguna (%1)</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>En pausa hasta %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Focus now</source>
        <translation>&amp;Concentrarse ahora</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Resume breaks</source>
        <translation>&amp;Reanudar pausas</translation>
    </message>
    <message>
        <source>&amp;Start a break now</source>
        <translation>&amp;Empezar una pausa ahora</translation>
    </message>
    <message>
        <source>Next break: %1</source>
        <translation>Próxima pausa: %1</translation>
    </message>
    <message>
        <source>Next break: —</source>
        <translation>Próxima pausa: —</translation>
    </message>
    <message>
        <source>No break planned (%1)</source>
        <translation>Ninguna pausa prevista (%1)</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>En pausa hasta %1</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>Show the &amp;break</source>
        <translation>Mostrar la &amp;pausa</translation>
    </message>
    <message>
        <source>Until the current block ends</source>
        <translation>Hasta que acabe el bloque actual</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Hasta mañana</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
</TS>
