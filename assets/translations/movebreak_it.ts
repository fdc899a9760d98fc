<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>BodyArea</name>
    <message>
        <source>eyes</source>
        <translation>occhi</translation>
    </message>
    <message>
        <source>hips</source>
        <translation>fianchi</translation>
    </message>
    <message>
        <source>legs</source>
        <translation>gambe</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>zona lombare</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>collo</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>spalle</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>parte alta della schiena</translation>
    </message>
    <message>
        <source>wrists &amp; hands</source>
        <translation>polsi e mani</translation>
    </message>
</context>
<context>
    <name>Exercise</name>
    <message>
        <source>A gentle pull only. Stop if you feel tingling or numbness.</source>
        <translation>Solo una trazione leggera. Fermati se senti formicolio o intorpidimento.</translation>
    </message>
    <message>
        <source>After a few circles, change direction, then blink.</source>
        <translation>Dopo qualche cerchio cambia direzione, poi sbatti le palpebre.</translation>
    </message>
    <message>
        <source>After a few circles, change direction.</source>
        <translation>Dopo qualche cerchio, cambia direzione.</translation>
    </message>
    <message>
        <source>After a few circles, reverse the direction.</source>
        <translation>Dopo qualche cerchio, inverti la direzione.</translation>
    </message>
    <message>
        <source>Ankle circles</source>
        <translation>Cerchi con le caviglie</translation>
    </message>
    <message>
        <source>Bend forward slowly and let your arms hang.</source>
        <translation>Piegati lentamente in avanti e lascia pendere le braccia.</translation>
    </message>
    <message>
        <source>Bend one knee and hold that ankle behind you.</source>
        <translation>Piega un ginocchio e tieni la caviglia dietro di te.</translation>
    </message>
    <message>
        <source>Bend sideways over your hip, without leaning forward.</source>
        <translation>Piegati di lato sopra l’anca, senza sporgerti in avanti.</translation>
    </message>
    <message>
        <source>Bend the front knee and lean into the wall until the back calf stretches.</source>
        <translation>Piega il ginocchio davanti e appoggiati al muro finché si allunga il polpaccio dietro.</translation>
    </message>
    <message>
        <source>Bend your elbows to lower your chest, then push back up.</source>
        <translation>Piega i gomiti per abbassare il petto, poi spingi di nuovo su.</translation>
    </message>
    <message>
        <source>Bend your front knee and tuck your pelvis under.</source>
        <translation>Piega il ginocchio davanti e ruota il bacino indietro.</translation>
    </message>
    <message>
        <source>Breathe in: lift your chest and arch your back.</source>
        <translation>Inspira: solleva il petto e inarca la schiena.</translation>
    </message>
    <message>
        <source>Breathe out: round your back and drop your chin.</source>
        <translation>Espira: arrotonda la schiena e abbassa il mento.</translation>
    </message>
    <message>
        <source>Breathe out; roll back up one vertebra at a time.</source>
        <translation>Espira; risali una vertebra alla volta.</translation>
    </message>
    <message>
        <source>Breathe slowly and enjoy the dark.</source>
        <translation>Respira lentamente e goditi il buio.</translation>
    </message>
    <message>
        <source>Bring one arm straight across your chest.</source>
        <translation>Porta un braccio teso davanti al petto.</translation>
    </message>
    <message>
        <source>Calf raises</source>
        <translation>Sollevamenti sulle punte</translation>
    </message>
    <message>
        <source>Calf stretch at the wall</source>
        <translation>Allungamento del polpaccio al muro</translation>
    </message>
    <message>
        <source>Chest opener</source>
        <translation>Apertura del petto</translation>
    </message>
    <message>
        <source>Chin to chest</source>
        <translation>Mento al petto</translation>
    </message>
    <message>
        <source>Chin tuck</source>
        <translation>Retrazione del mento</translation>
    </message>
    <message>
        <source>Circle your wrists slowly in one direction.</source>
        <translation>Ruota lentamente i polsi in una direzione.</translation>
    </message>
    <message>
        <source>Clasp your hands and reach your arms forward.</source>
        <translation>Intreccia le mani e allunga le braccia in avanti.</translation>
    </message>
    <message>
        <source>Close your eyes and cup your palms over them, without pressing.</source>
        <translation>Chiudi gli occhi e coprili con i palmi a coppa, senza premere.</translation>
    </message>
    <message>
        <source>Come back up slowly.</source>
        <translation>Torna su lentamente.</translation>
    </message>
    <message>
        <source>Cross-body shoulder stretch</source>
        <translation>Allungamento della spalla incrociato</translation>
    </message>
    <message>
        <source>Desk push-ups</source>
        <translation>Piegamenti alla scrivania</translation>
    </message>
    <message>
        <source>Do not press on your eyes.</source>
        <translation>Non premere sugli occhi.</translation>
    </message>
    <message>
        <source>Draw slow circles with your toes.</source>
        <translation>Disegna cerchi lenti con le punte dei piedi.</translation>
    </message>
    <message>
        <source>Draw the knee up towards your chest.</source>
        <translation>Porta il ginocchio verso il petto.</translation>
    </message>
    <message>
        <source>Draw your elbows back and squeeze your shoulder blades together.</source>
        <translation>Porta i gomiti indietro e stringi le scapole.</translation>
    </message>
    <message>
        <source>Ease the elbow back gently and breathe.</source>
        <translation>Spingi piano il gomito indietro e respira.</translation>
    </message>
    <message>
        <source>Eye circles</source>
        <translation>Cerchi con gli occhi</translation>
    </message>
    <message>
        <source>Face a wall and put both hands on it.</source>
        <translation>Mettiti di fronte a un muro con entrambe le mani appoggiate.</translation>
    </message>
    <message>
        <source>Feel the back of your neck lengthen; breathe.</source>
        <translation>Senti allungarsi la nuca; respira.</translation>
    </message>
    <message>
        <source>Feel your shoulder blades spread; breathe into your back.</source>
        <translation>Senti le scapole aprirsi; respira verso la schiena.</translation>
    </message>
    <message>
        <source>Find something at least 6 metres (20 feet) away.</source>
        <translation>Trova qualcosa ad almeno 6 metri di distanza.</translation>
    </message>
    <message>
        <source>Fist and spread</source>
        <translation>Pugno e apertura</translation>
    </message>
    <message>
        <source>Focus on your thumb for a breath.</source>
        <translation>Metti a fuoco il pollice per un respiro.</translation>
    </message>
    <message>
        <source>Gently draw it closer and keep your shoulder down.</source>
        <translation>Avvicinalo piano e tieni la spalla bassa.</translation>
    </message>
    <message>
        <source>Glide your head straight back, making a double chin.</source>
        <translation>Porta la testa dritta all’indietro, facendo il doppio mento.</translation>
    </message>
    <message>
        <source>Hold a desk or chair for balance. Keep the front knee over the ankle.</source>
        <translation>Tieniti a una scrivania o a una sedia. Tieni il ginocchio davanti sopra la caviglia.</translation>
    </message>
    <message>
        <source>Hold and breathe, keeping your back tall.</source>
        <translation>Tieni e respira, con la schiena dritta.</translation>
    </message>
    <message>
        <source>Hold for a breath, then relax forward again.</source>
        <translation>Tieni per un respiro, poi rilassati in avanti.</translation>
    </message>
    <message>
        <source>Hold for a breath, then release.</source>
        <translation>Tieni per un respiro, poi rilascia.</translation>
    </message>
    <message>
        <source>Hold for a moment, then let them drop.</source>
        <translation>Tieni un momento, poi lasciale cadere.</translation>
    </message>
    <message>
        <source>Hold it above the elbow with your other hand.</source>
        <translation>Tienilo sopra il gomito con l’altra mano.</translation>
    </message>
    <message>
        <source>Hold on for balance. Stop if your knee hurts.</source>
        <translation>Tieniti per l’equilibrio. Fermati se il ginocchio fa male.</translation>
    </message>
    <message>
        <source>Hold one arm straight out in front, palm down.</source>
        <translation>Tendi un braccio davanti a te, palmo in giù.</translation>
    </message>
    <message>
        <source>Hold one arm straight out in front, palm facing away, fingers up.</source>
        <translation>Tendi un braccio davanti a te, palmo in fuori, dita in su.</translation>
    </message>
    <message>
        <source>Hold until you feel the back of the forearm stretch.</source>
        <translation>Tieni finché senti allungarsi il dorso dell’avambraccio.</translation>
    </message>
    <message>
        <source>Hold until you feel the inner forearm stretch.</source>
        <translation>Tieni finché senti allungarsi l’interno dell’avambraccio.</translation>
    </message>
    <message>
        <source>Hold your thumb up at arm&apos;s length.</source>
        <translation>Alza il pollice con il braccio teso.</translation>
    </message>
    <message>
        <source>Keep it gentle and breathe; do not bounce.</source>
        <translation>Con delicatezza, respirando; niente molleggi.</translation>
    </message>
    <message>
        <source>Keep it gentle. Stop if you feel pain, tingling or dizziness.</source>
        <translation>Con delicatezza. Fermati se senti dolore, formicolio o capogiri.</translation>
    </message>
    <message>
        <source>Keep the back heel on the floor; stop if it hurts.</source>
        <translation>Tieni il tallone dietro a terra; fermati se fa male.</translation>
    </message>
    <message>
        <source>Keep your back straight; do not bounce.</source>
        <translation>Tieni la schiena dritta; niente molleggi.</translation>
    </message>
    <message>
        <source>Keep your eyes level; do not tip your head up or down.</source>
        <translation>Tieni lo sguardo orizzontale; non inclinare la testa in su o in giù.</translation>
    </message>
    <message>
        <source>Keep your face forward and breathe slowly.</source>
        <translation>Tieni il viso in avanti e respira lentamente.</translation>
    </message>
    <message>
        <source>Keep your head still and look up.</source>
        <translation>Tieni la testa ferma e guarda in alto.</translation>
    </message>
    <message>
        <source>Keep your knees side by side and push your hip forward gently.</source>
        <translation>Tieni le ginocchia vicine e spingi piano l’anca in avanti.</translation>
    </message>
    <message>
        <source>Keep your lower back neutral; do not lean back.</source>
        <translation>Tieni la zona lombare neutra; non inclinarti indietro.</translation>
    </message>
    <message>
        <source>Keep your shoulders down, away from your ears.</source>
        <translation>Tieni le spalle basse, lontane dalle orecchie.</translation>
    </message>
    <message>
        <source>Keep your shoulders relaxed. Stop if you feel tingling.</source>
        <translation>Tieni le spalle rilassate. Fermati se senti formicolio.</translation>
    </message>
    <message>
        <source>Keep your upper body tall and still.</source>
        <translation>Tieni il busto dritto e fermo.</translation>
    </message>
    <message>
        <source>Knee to chest</source>
        <translation>Ginocchio al petto</translation>
    </message>
    <message>
        <source>Lean back gently over the top of the chair and look up.</source>
        <translation>Inclinati piano all’indietro oltre lo schienale e guarda in alto.</translation>
    </message>
    <message>
        <source>Lean back gently, supporting yourself with your hands.</source>
        <translation>Inclinati piano all’indietro, sostenendoti con le mani.</translation>
    </message>
    <message>
        <source>Lean forward a little from your hips until you feel the stretch.</source>
        <translation>Piegati un po’ in avanti dai fianchi finché senti l’allungamento.</translation>
    </message>
    <message>
        <source>Lean forward and stand up without using your hands.</source>
        <translation>Piegati in avanti e alzati senza usare le mani.</translation>
    </message>
    <message>
        <source>Lean forward from your hips with a long back until you feel the stretch.</source>
        <translation>Piegati dai fianchi con la schiena lunga finché senti l’allungamento.</translation>
    </message>
    <message>
        <source>Leg swings</source>
        <translation>Oscillazioni della gamba</translation>
    </message>
    <message>
        <source>Let the hand drop and ease it towards you with your other hand.</source>
        <translation>Lascia cadere la mano e portala piano verso di te con l’altra mano.</translation>
    </message>
    <message>
        <source>Let the raised knee drop out to the side.</source>
        <translation>Lascia cadere di lato il ginocchio sollevato.</translation>
    </message>
    <message>
        <source>Let your eyes rest on it for 20 seconds.</source>
        <translation>Lascia riposare gli occhi lì per 20 secondi.</translation>
    </message>
    <message>
        <source>Lift both shoulders towards your ears.</source>
        <translation>Alza entrambe le spalle verso le orecchie.</translation>
    </message>
    <message>
        <source>Lift one knee to hip height, then lower it.</source>
        <translation>Alza un ginocchio all’altezza dell’anca, poi abbassalo.</translation>
    </message>
    <message>
        <source>Lift your head back up slowly.</source>
        <translation>Rialza lentamente la testa.</translation>
    </message>
    <message>
        <source>Look away from your screen.</source>
        <translation>Distogli lo sguardo dallo schermo.</translation>
    </message>
    <message>
        <source>Look far away (20-20-20)</source>
        <translation>Guardare lontano (20-20-20)</translation>
    </message>
    <message>
        <source>Lower your hands slowly, palms still together.</source>
        <translation>Abbassa lentamente le mani, con i palmi ancora uniti.</translation>
    </message>
    <message>
        <source>Lower your heels slowly and repeat.</source>
        <translation>Abbassa lentamente i talloni e ripeti.</translation>
    </message>
    <message>
        <source>Make a soft fist and hold for a breath.</source>
        <translation>Chiudi un pugno morbido e tieni per un respiro.</translation>
    </message>
    <message>
        <source>Marching knee lifts</source>
        <translation>Marcia con ginocchia alte</translation>
    </message>
    <message>
        <source>Move slowly. Stop if you feel pain or tingling in your arms.</source>
        <translation>Muoviti piano. Fermati se senti dolore o formicolio alle braccia.</translation>
    </message>
    <message>
        <source>Move within a comfortable range.</source>
        <translation>Muoviti entro un’ampiezza comoda.</translation>
    </message>
    <message>
        <source>Near and far focus</source>
        <translation>Messa a fuoco vicino e lontano</translation>
    </message>
    <message>
        <source>Neck side tilt</source>
        <translation>Inclinazione laterale del collo</translation>
    </message>
    <message>
        <source>Only a small bend. Stop if you feel pain or dizziness.</source>
        <translation>Solo un piccolo piegamento. Fermati se senti dolore o capogiri.</translation>
    </message>
    <message>
        <source>Only on a chair that does not tip. Stop if your back hurts.</source>
        <translation>Solo su una sedia che non si ribalta. Fermati se la schiena fa male.</translation>
    </message>
    <message>
        <source>Only use a desk that cannot slide or tip.</source>
        <translation>Usa solo una scrivania che non possa scivolare o ribaltarsi.</translation>
    </message>
    <message>
        <source>Open your chest and look ahead; breathe.</source>
        <translation>Apri il petto e guarda avanti; respira.</translation>
    </message>
    <message>
        <source>Open your elbows wide.</source>
        <translation>Apri bene i gomiti.</translation>
    </message>
    <message>
        <source>Open your hands and spread your fingers wide.</source>
        <translation>Apri le mani e allarga bene le dita.</translation>
    </message>
    <message>
        <source>Overhead triceps stretch</source>
        <translation>Allungamento del tricipite sopra la testa</translation>
    </message>
    <message>
        <source>Palming</source>
        <translation>Palming</translation>
    </message>
    <message>
        <source>Prayer stretch</source>
        <translation>Allungamento in preghiera</translation>
    </message>
    <message>
        <source>Press your palms together in front of your chest.</source>
        <translation>Premi i palmi uno contro l’altro davanti al petto.</translation>
    </message>
    <message>
        <source>Pull lightly; stop if the shoulder pinches.</source>
        <translation>Tira leggermente; fermati se la spalla dà fastidio.</translation>
    </message>
    <message>
        <source>Pull your toes towards you, hold, then lower slowly.</source>
        <translation>Porta le punte verso di te, tieni, poi abbassa piano.</translation>
    </message>
    <message>
        <source>Put your hands on the edge of a sturdy desk, shoulder-width apart.</source>
        <translation>Appoggia le mani sul bordo di una scrivania stabile, alla larghezza delle spalle.</translation>
    </message>
    <message>
        <source>Put your hands on your lower back, fingers down.</source>
        <translation>Metti le mani sulla zona lombare, dita verso il basso.</translation>
    </message>
    <message>
        <source>Raise both hands in front of you.</source>
        <translation>Alza entrambe le mani davanti a te.</translation>
    </message>
    <message>
        <source>Raise one arm and bend the elbow so your hand drops behind your head.</source>
        <translation>Alza un braccio e piega il gomito così che la mano scenda dietro la testa.</translation>
    </message>
    <message>
        <source>Raise your hands in front of you, elbows relaxed.</source>
        <translation>Alza le mani davanti a te, gomiti rilassati.</translation>
    </message>
    <message>
        <source>Reach and round</source>
        <translation>Allungarsi e arrotondare</translation>
    </message>
    <message>
        <source>Repeat at your own pace.</source>
        <translation>Ripeti con il tuo ritmo.</translation>
    </message>
    <message>
        <source>Repeat slowly with your breath.</source>
        <translation>Ripeti lentamente, seguendo il respiro.</translation>
    </message>
    <message>
        <source>Repeat slowly.</source>
        <translation>Ripeti lentamente.</translation>
    </message>
    <message>
        <source>Rest a hand on the desk if you feel unsteady.</source>
        <translation>Appoggia una mano sulla scrivania se ti senti instabile.</translation>
    </message>
    <message>
        <source>Rest your other hand on that elbow.</source>
        <translation>Appoggia l’altra mano su quel gomito.</translation>
    </message>
    <message>
        <source>Return to upright slowly.</source>
        <translation>Torna lentamente in posizione eretta.</translation>
    </message>
    <message>
        <source>Rise onto the balls of your feet.</source>
        <translation>Sali sulle punte dei piedi.</translation>
    </message>
    <message>
        <source>Roll your shoulders up, back and down in slow circles.</source>
        <translation>Ruota le spalle in su, indietro e in giù con cerchi lenti.</translation>
    </message>
    <message>
        <source>Round your upper back and let your head drop.</source>
        <translation>Arrotonda la parte alta della schiena e lascia cadere la testa.</translation>
    </message>
    <message>
        <source>Rub your palms together until they feel warm.</source>
        <translation>Strofina i palmi finché non si scaldano.</translation>
    </message>
    <message>
        <source>Seated back extension</source>
        <translation>Estensione della schiena da seduto</translation>
    </message>
    <message>
        <source>Seated cat–cow</source>
        <translation>Gatto-mucca da seduto</translation>
    </message>
    <message>
        <source>Seated figure four</source>
        <translation>Figura quattro da seduto</translation>
    </message>
    <message>
        <source>Seated forward fold</source>
        <translation>Piegamento in avanti da seduto</translation>
    </message>
    <message>
        <source>Seated hamstring stretch</source>
        <translation>Allungamento dei femorali da seduto</translation>
    </message>
    <message>
        <source>Seated knee extension</source>
        <translation>Estensione del ginocchio da seduto</translation>
    </message>
    <message>
        <source>Shift forward until you feel the front of the back hip stretch.</source>
        <translation>Spostati in avanti finché senti allungarsi la parte anteriore dell’anca dietro.</translation>
    </message>
    <message>
        <source>Shoulder blade squeeze</source>
        <translation>Stringere le scapole</translation>
    </message>
    <message>
        <source>Shoulder rolls</source>
        <translation>Rotazioni delle spalle</translation>
    </message>
    <message>
        <source>Shoulder shrugs</source>
        <translation>Sollevamento delle spalle</translation>
    </message>
    <message>
        <source>Sit against the backrest and put your hands behind your head.</source>
        <translation>Appoggiati allo schienale e metti le mani dietro la testa.</translation>
    </message>
    <message>
        <source>Sit back down slowly and with control.</source>
        <translation>Risiediti lentamente e con controllo.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair with your hands on your knees.</source>
        <translation>Siediti sul bordo della sedia con le mani sulle ginocchia.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair, feet apart.</source>
        <translation>Siediti sul bordo della sedia, piedi divaricati.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair, feet flat.</source>
        <translation>Siediti sul bordo della sedia, piedi ben appoggiati.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair.</source>
        <translation>Siediti sul bordo della sedia.</translation>
    </message>
    <message>
        <source>Sit tall and hold one knee with both hands.</source>
        <translation>Siediti dritto e tieni un ginocchio con entrambe le mani.</translation>
    </message>
    <message>
        <source>Sit tall and hold the sides of your seat.</source>
        <translation>Siediti dritto e tieni i lati della seduta.</translation>
    </message>
    <message>
        <source>Sit tall and let your shoulders drop.</source>
        <translation>Siediti dritto e lascia scendere le spalle.</translation>
    </message>
    <message>
        <source>Sit tall and look straight ahead.</source>
        <translation>Siediti dritto e guarda davanti a te.</translation>
    </message>
    <message>
        <source>Sit tall and rest one ankle on the opposite knee.</source>
        <translation>Siediti dritto e appoggia una caviglia sul ginocchio opposto.</translation>
    </message>
    <message>
        <source>Sit tall and stretch one leg out, heel lifted.</source>
        <translation>Siediti dritto e distendi una gamba, tallone sollevato.</translation>
    </message>
    <message>
        <source>Sit tall with your arms hanging loose.</source>
        <translation>Siediti dritto con le braccia rilassate lungo i fianchi.</translation>
    </message>
    <message>
        <source>Sit tall with your arms relaxed.</source>
        <translation>Siediti dritto con le braccia rilassate.</translation>
    </message>
    <message>
        <source>Sit tall with your elbows bent at your sides.</source>
        <translation>Siediti dritto con i gomiti piegati lungo i fianchi.</translation>
    </message>
    <message>
        <source>Sit tall with your shoulders relaxed.</source>
        <translation>Siediti dritto con le spalle rilassate.</translation>
    </message>
    <message>
        <source>Sit to stand</source>
        <translation>Seduto e in piedi</translation>
    </message>
    <message>
        <source>Skip it after hip or knee surgery. Stop if your knee hurts.</source>
        <translation>Evitalo dopo un intervento all’anca o al ginocchio. Fermati se il ginocchio fa male.</translation>
    </message>
    <message>
        <source>Skip this if you have a back problem or high blood pressure.</source>
        <translation>Evitalo se hai problemi alla schiena o pressione alta.</translation>
    </message>
    <message>
        <source>Slide your other hand down the side of your leg.</source>
        <translation>Fai scivolare l’altra mano lungo il fianco della gamba.</translation>
    </message>
    <message>
        <source>Slowly lower your chin towards your chest.</source>
        <translation>Abbassa lentamente il mento verso il petto.</translation>
    </message>
    <message>
        <source>Slowly roll your eyes in a wide circle.</source>
        <translation>Ruota lentamente gli occhi in un ampio cerchio.</translation>
    </message>
    <message>
        <source>Small swings at first; hold on for balance.</source>
        <translation>All’inizio oscillazioni piccole; tieniti per l’equilibrio.</translation>
    </message>
    <message>
        <source>Stand side-on to a wall and rest a hand on it.</source>
        <translation>Mettiti di fianco a un muro e appoggiaci una mano.</translation>
    </message>
    <message>
        <source>Stand tall and clasp your hands behind your back.</source>
        <translation>Stai dritto e intreccia le mani dietro la schiena.</translation>
    </message>
    <message>
        <source>Stand tall and raise one arm overhead.</source>
        <translation>Stai dritto e alza un braccio sopra la testa.</translation>
    </message>
    <message>
        <source>Stand tall beside your desk.</source>
        <translation>Stai in piedi, dritto, accanto alla scrivania.</translation>
    </message>
    <message>
        <source>Stand tall with one hand on a wall or desk.</source>
        <translation>Stai dritto con una mano sul muro o sulla scrivania.</translation>
    </message>
    <message>
        <source>Stand tall, feet hip-width apart, a hand on your desk.</source>
        <translation>Stai dritto, piedi alla larghezza dei fianchi, una mano sulla scrivania.</translation>
    </message>
    <message>
        <source>Stand with your feet hip-width apart.</source>
        <translation>Stai in piedi con i piedi alla larghezza dei fianchi.</translation>
    </message>
    <message>
        <source>Standing back bend</source>
        <translation>Estensione della schiena in piedi</translation>
    </message>
    <message>
        <source>Standing hip flexor stretch</source>
        <translation>Allungamento del flessore dell’anca in piedi</translation>
    </message>
    <message>
        <source>Standing side bend</source>
        <translation>Flessione laterale in piedi</translation>
    </message>
    <message>
        <source>Standing thigh stretch</source>
        <translation>Allungamento della coscia in piedi</translation>
    </message>
    <message>
        <source>Step back until your body is a straight slope.</source>
        <translation>Fai qualche passo indietro finché il corpo forma una linea inclinata.</translation>
    </message>
    <message>
        <source>Step one foot back, heel down, leg straight.</source>
        <translation>Porta un piede indietro, tallone giù, gamba tesa.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy.</source>
        <translation>Fermati se ti gira la testa.</translation>
    </message>
    <message>
        <source>Stop if you feel pain in the shoulder.</source>
        <translation>Fermati se senti dolore alla spalla.</translation>
    </message>
    <message>
        <source>Stop if you feel pain in your hip or back.</source>
        <translation>Fermati se senti dolore all’anca o alla schiena.</translation>
    </message>
    <message>
        <source>Stop when you feel a mild stretch in your wrists; hold.</source>
        <translation>Fermati quando senti un leggero allungamento ai polsi; tieni.</translation>
    </message>
    <message>
        <source>Straighten one knee until the leg is level.</source>
        <translation>Distendi un ginocchio finché la gamba è orizzontale.</translation>
    </message>
    <message>
        <source>Straighten one leg, heel on the floor, toes up.</source>
        <translation>Distendi una gamba, tallone a terra, punte in su.</translation>
    </message>
    <message>
        <source>Straighten your arms and lift them a little away from you.</source>
        <translation>Distendi le braccia e allontanale un po’ dal corpo.</translation>
    </message>
    <message>
        <source>Swing one leg forward and back, loose and easy.</source>
        <translation>Fai oscillare una gamba avanti e indietro, sciolta e leggera.</translation>
    </message>
    <message>
        <source>Switch back and forth a few times.</source>
        <translation>Alterna qualche volta.</translation>
    </message>
    <message>
        <source>Switch legs and keep a steady march.</source>
        <translation>Cambia gamba e mantieni una marcia regolare.</translation>
    </message>
    <message>
        <source>Take a long step forward, back heel lifted.</source>
        <translation>Fai un passo lungo in avanti, con il tallone dietro sollevato.</translation>
    </message>
    <message>
        <source>Then focus on something far away for a breath.</source>
        <translation>Poi metti a fuoco qualcosa di lontano per un respiro.</translation>
    </message>
    <message>
        <source>Tilt your ear towards your shoulder.</source>
        <translation>Inclina l’orecchio verso la spalla.</translation>
    </message>
    <message>
        <source>Use a chair that cannot roll away.</source>
        <translation>Usa una sedia che non possa scivolare via.</translation>
    </message>
    <message>
        <source>With the other hand, ease the fingers back towards you.</source>
        <translation>Con l’altra mano, porta piano le dita verso di te.</translation>
    </message>
    <message>
        <source>Wrist circles</source>
        <translation>Cerchi con i polsi</translation>
    </message>
    <message>
        <source>Wrist stretch, fingers down</source>
        <translation>Allungamento del polso, dita in giù</translation>
    </message>
    <message>
        <source>Wrist stretch, fingers up</source>
        <translation>Allungamento del polso, dita in su</translation>
    </message>
</context>
<context>
    <name>FigureWidget</name>
    <message>
        <source>Exercise illustration</source>
        <translation>Illustrazione dell’esercizio</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation>Lingua di sistema</translation>
    </message>
</context>
<context>
    <name>LanguageGroup</name>
    <message>
        <source>&amp;Language of windows and exercises</source>
        <translation>&amp;Lingua di finestre ed esercizi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Windows and breaks use it after Save; the tray menu at the next start.</source>
        <translation>Finestre e pause la usano dopo il salvataggio; il menu dell’area di notifica al prossimo avvio.</translation>
    </message>
</context>
<context>
    <name>NoBreak</name>
    <message>
        <source>no gap long enough</source>
        <translation>nessuno spazio abbastanza lungo</translation>
    </message>
    <message>
        <source>no working hours set</source>
        <translation>nessun orario di lavoro impostato</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>fuori dall’orario di lavoro</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>in pausa</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message numerus="yes">
        <source>Stretch break in %n min</source>
        <translation>
            <numerusform>Pausa stretching tra %n min</numerusform>
            <numerusform>Pausa stretching tra %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>È ora di muoversi</translation>
    </message>
</context>
<context>
    <name>PromptWindow</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>Manca %n secondo</numerusform>
            <numerusform>Mancano %n secondi</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Last one</source>
        <translation>Ultimo esercizio</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lato sinistro</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Poi: %1</translation>
    </message>
    <message>
        <source>No exercise matches your settings. Stand up and move a little.</source>
        <translation>Nessun esercizio corrisponde alle tue impostazioni. Alzati e muoviti un po’.</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Niente da fare</translation>
    </message>
    <message>
        <source>Now the left side</source>
        <translation>Ora il lato sinistro</translation>
    </message>
    <message>
        <source>Paused while you are away</source>
        <translation>In pausa mentre sei via</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lato destro</translation>
    </message>
    <message>
        <source>Right side, then left</source>
        <translation>Lato destro, poi sinistro</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Seduto</translation>
    </message>
    <message>
        <source>Skip exercise</source>
        <translation>Salta esercizio</translation>
    </message>
    <message>
        <source>Skip routine</source>
        <translation>Salta la routine</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>Rimanda di %n min</numerusform>
            <numerusform>Rimanda di %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>In piedi</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo rimasto</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>entrambi i lati</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>lato sinistro</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>lato destro</translation>
    </message>
</context>
<context>
    <name>Routine</name>
    <message>
        <source>%1 &amp; %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>%1, %2 &amp; more</source>
        <translation>%1, %2 e altro</translation>
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
            <numerusform>Muoviti liberamente, %n min</numerusform>
            <numerusform>Muoviti liberamente, %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>A break is held (%1); trying again at %2</source>
        <translation>Una pausa è in attesa (%1); nuovo tentativo alle %2</translation>
    </message>
    <message>
        <source>A break is on screen now</source>
        <translation>C’è una pausa sullo schermo</translation>
    </message>
    <message>
        <source>Focus until %1</source>
        <translation>Concentrazione fino alle %1</translation>
    </message>
    <message>
        <source>Next break: %1</source>
        <translation>Prossima pausa: %1</translation>
    </message>
    <message>
        <source>Next break: none (%1)</source>
        <translation>Prossima pausa: nessuna (%1)</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>In pausa fino a %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n ora</numerusform>
            <numerusform>%n ore</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Focus now</source>
        <translation>&amp;Concentrazione ora</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Cronologia…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Resume breaks</source>
        <translation>&amp;Riprendi le pause</translation>
    </message>
    <message>
        <source>&amp;Start a break now</source>
        <translation>&amp;Inizia una pausa ora</translation>
    </message>
    <message>
        <source>Next break: %1</source>
        <translation>Prossima pausa: %1</translation>
    </message>
    <message>
        <source>Next break: —</source>
        <translation>Prossima pausa: —</translation>
    </message>
    <message>
        <source>No break planned (%1)</source>
        <translation>Nessuna pausa prevista (%1)</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>In pausa fino a %1</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>Show the &amp;break</source>
        <translation>Mostra la &amp;pausa</translation>
    </message>
    <message>
        <source>Until the current block ends</source>
        <translation>Fino alla fine del blocco attuale</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Fino a domani</translation>
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
