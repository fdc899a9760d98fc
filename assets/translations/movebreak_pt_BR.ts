<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>BodyArea</name>
    <message>
        <source>eyes</source>
        <translation>olhos</translation>
    </message>
    <message>
        <source>hips</source>
        <translation>quadris</translation>
    </message>
    <message>
        <source>legs</source>
        <translation>pernas</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>lombar</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>pescoço</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>ombros</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>parte superior das costas</translation>
    </message>
    <message>
        <source>wrists &amp; hands</source>
        <translation>punhos e mãos</translation>
    </message>
</context>
<context>
    <name>Exercise</name>
    <message>
        <source>A gentle pull only. Stop if you feel tingling or numbness.</source>
        <translation>Só um puxão leve. Pare se sentir formigamento ou dormência.</translation>
    </message>
    <message>
        <source>After a few circles, change direction, then blink.</source>
        <translation>Depois de alguns círculos, mude de direção e pisque.</translation>
    </message>
    <message>
        <source>After a few circles, change direction.</source>
        <translation>Depois de alguns círculos, mude de direção.</translation>
    </message>
    <message>
        <source>After a few circles, reverse the direction.</source>
        <translation>Depois de alguns círculos, inverta a direção.</translation>
    </message>
    <message>
        <source>Ankle circles</source>
        <translation>Círculos com os tornozelos</translation>
    </message>
    <message>
        <source>Bend forward slowly and let your arms hang.</source>
        <translation>Incline-se devagar à frente e deixe os braços pendurados.</translation>
    </message>
    <message>
        <source>Bend one knee and hold that ankle behind you.</source>
        <translation>Dobre um joelho e segure o tornozelo atrás de você.</translation>
    </message>
    <message>
        <source>Bend sideways over your hip, without leaning forward.</source>
        <translation>Incline-se para o lado sobre o quadril, sem ir para a frente.</translation>
    </message>
    <message>
        <source>Bend the front knee and lean into the wall until the back calf stretches.</source>
        <translation>Dobre o joelho da frente e incline-se para a parede até alongar a panturrilha de trás.</translation>
    </message>
    <message>
        <source>Bend your elbows to lower your chest, then push back up.</source>
        <translation>Dobre os cotovelos para baixar o peito e empurre de volta.</translation>
    </message>
    <message>
        <source>Bend your front knee and tuck your pelvis under.</source>
        <translation>Dobre o joelho da frente e encaixe a pelve.</translation>
    </message>
    <message>
        <source>Breathe in: lift your chest and arch your back.</source>
        <translation>Inspire: levante o peito e arqueie as costas.</translation>
    </message>
    <message>
        <source>Breathe out: round your back and drop your chin.</source>
        <translation>Expire: arredonde as costas e abaixe o queixo.</translation>
    </message>
    <message>
        <source>Breathe out; roll back up one vertebra at a time.</source>
        <translation>Solte o ar; suba uma vértebra de cada vez.</translation>
    </message>
    <message>
        <source>Breathe slowly and enjoy the dark.</source>
        <translation>Respire devagar e aproveite o escuro.</translation>
    </message>
    <message>
        <source>Bring one arm straight across your chest.</source>
        <translation>Leve um braço esticado à frente do peito.</translation>
    </message>
    <message>
        <source>Calf raises</source>
        <translation>Elevação dos calcanhares</translation>
    </message>
    <message>
        <source>Calf stretch at the wall</source>
        <translation>Alongamento da panturrilha na parede</translation>
    </message>
    <message>
        <source>Chest opener</source>
        <translation>Abertura do peito</translation>
    </message>
    <message>
        <source>Chin to chest</source>
        <translation>Queixo ao peito</translation>
    </message>
    <message>
        <source>Chin tuck</source>
        <translation>Recolher o queixo</translation>
    </message>
    <message>
        <source>Circle your wrists slowly in one direction.</source>
        <translation>Gire os punhos devagar numa direção.</translation>
    </message>
    <message>
        <source>Clasp your hands and reach your arms forward.</source>
        <translation>Entrelace as mãos e estique os braços à frente.</translation>
    </message>
    <message>
        <source>Close your eyes and cup your palms over them, without pressing.</source>
        <translation>Feche os olhos e cubra-os com as palmas em concha, sem apertar.</translation>
    </message>
    <message>
        <source>Come back up slowly.</source>
        <translation>Volte devagar.</translation>
    </message>
    <message>
        <source>Cross-body shoulder stretch</source>
        <translation>Alongamento cruzado do ombro</translation>
    </message>
    <message>
        <source>Desk push-ups</source>
        <translation>Flexões na mesa</translation>
    </message>
    <message>
        <source>Do not press on your eyes.</source>
        <translation>Não aperte os olhos.</translation>
    </message>
    <message>
        <source>Draw slow circles with your toes.</source>
        <translation>Desenhe círculos lentos com os dedos do pé.</translation>
    </message>
    <message>
        <source>Draw the knee up towards your chest.</source>
        <translation>Puxe o joelho em direção ao peito.</translation>
    </message>
    <message>
        <source>Draw your elbows back and squeeze your shoulder blades together.</source>
        <translation>Leve os cotovelos para trás e aperte as escápulas.</translation>
    </message>
    <message>
        <source>Ease the elbow back gently and breathe.</source>
        <translation>Leve o cotovelo para trás com suavidade e respire.</translation>
    </message>
    <message>
        <source>Eye circles</source>
        <translation>Círculos com os olhos</translation>
    </message>
    <message>
        <source>Face a wall and put both hands on it.</source>
        <translation>Fique de frente para uma parede com as duas mãos nela.</translation>
    </message>
    <message>
        <source>Feel the back of your neck lengthen; breathe.</source>
        <translation>Sinta a nuca se alongar; respire.</translation>
    </message>
    <message>
        <source>Feel your shoulder blades spread; breathe into your back.</source>
        <translation>Sinta as escápulas se afastarem; respire para as costas.</translation>
    </message>
    <message>
        <source>Find something at least 6 metres (20 feet) away.</source>
        <translation>Encontre algo a pelo menos 6 metros de distância.</translation>
    </message>
    <message>
        <source>Fist and spread</source>
        <translation>Punho e abrir</translation>
    </message>
    <message>
        <source>Focus on your thumb for a breath.</source>
        <translation>Foque no polegar durante uma respiração.</translation>
    </message>
    <message>
        <source>Gently draw it closer and keep your shoulder down.</source>
        <translation>Puxe com suavidade e mantenha o ombro baixo.</translation>
    </message>
    <message>
        <source>Glide your head straight back, making a double chin.</source>
        <translation>Leve a cabeça reto para trás, fazendo um queixo duplo.</translation>
    </message>
    <message>
        <source>Hold a desk or chair for balance. Keep the front knee over the ankle.</source>
        <translation>Apoie-se numa mesa ou cadeira. Mantenha o joelho da frente sobre o tornozelo.</translation>
    </message>
    <message>
        <source>Hold and breathe, keeping your back tall.</source>
        <translation>Segure e respire, mantendo as costas eretas.</translation>
    </message>
    <message>
        <source>Hold for a breath, then relax forward again.</source>
        <translation>Segure por uma respiração e relaxe para a frente.</translation>
    </message>
    <message>
        <source>Hold for a breath, then release.</source>
        <translation>Segure por uma respiração e solte.</translation>
    </message>
    <message>
        <source>Hold for a moment, then let them drop.</source>
        <translation>Segure um instante e deixe-os cair.</translation>
    </message>
    <message>
        <source>Hold it above the elbow with your other hand.</source>
        <translation>Segure-o acima do cotovelo com a outra mão.</translation>
    </message>
    <message>
        <source>Hold on for balance. Stop if your knee hurts.</source>
        <translation>Segure-se para ter equilíbrio. Pare se o joelho doer.</translation>
    </message>
    <message>
        <source>Hold one arm straight out in front, palm down.</source>
        <translation>Estique um braço à frente, palma para baixo.</translation>
    </message>
    <message>
        <source>Hold one arm straight out in front, palm facing away, fingers up.</source>
        <translation>Estique um braço à frente, palma para fora, dedos para cima.</translation>
    </message>
    <message>
        <source>Hold until you feel the back of the forearm stretch.</source>
        <translation>Segure até sentir alongar a parte de cima do antebraço.</translation>
    </message>
    <message>
        <source>Hold until you feel the inner forearm stretch.</source>
        <translation>Segure até sentir alongar a parte interna do antebraço.</translation>
    </message>
    <message>
        <source>Hold your thumb up at arm&apos;s length.</source>
        <translation>Levante o polegar com o braço esticado.</translation>
    </message>
    <message>
        <source>Keep it gentle and breathe; do not bounce.</source>
        <translation>Com suavidade e respirando; não balance.</translation>
    </message>
    <message>
        <source>Keep it gentle. Stop if you feel pain, tingling or dizziness.</source>
        <translation>Com suavidade. Pare se sentir dor, formigamento ou tontura.</translation>
    </message>
    <message>
        <source>Keep the back heel on the floor; stop if it hurts.</source>
        <translation>Mantenha o calcanhar de trás no chão; pare se doer.</translation>
    </message>
    <message>
        <source>Keep your back straight; do not bounce.</source>
        <translation>Mantenha as costas retas; não balance.</translation>
    </message>
    <message>
        <source>Keep your eyes level; do not tip your head up or down.</source>
        <translation>Mantenha os olhos na horizontal; não incline a cabeça para cima nem para baixo.</translation>
    </message>
    <message>
        <source>Keep your face forward and breathe slowly.</source>
        <translation>Mantenha o rosto para a frente e respire devagar.</translation>
    </message>
    <message>
        <source>Keep your head still and look up.</source>
        <translation>Mantenha a cabeça parada e olhe para cima.</translation>
    </message>
    <message>
        <source>Keep your knees side by side and push your hip forward gently.</source>
        <translation>Mantenha os joelhos lado a lado e empurre o quadril à frente com suavidade.</translation>
    </message>
    <message>
        <source>Keep your lower back neutral; do not lean back.</source>
        <translation>Mantenha a lombar neutra; não incline para trás.</translation>
    </message>
    <message>
        <source>Keep your shoulders down, away from your ears.</source>
        <translation>Mantenha os ombros baixos, longe das orelhas.</translation>
    </message>
    <message>
        <source>Keep your shoulders relaxed. Stop if you feel tingling.</source>
        <translation>Mantenha os ombros relaxados. Pare se sentir formigamento.</translation>
    </message>
    <message>
        <source>Keep your upper body tall and still.</source>
        <translation>Mantenha o tronco ereto e parado.</translation>
    </message>
    <message>
        <source>Knee to chest</source>
        <translation>Joelho ao peito</translation>
    </message>
    <message>
        <source>Lean back gently over the top of the chair and look up.</source>
        <translation>Incline-se para trás com suavidade sobre o encosto e olhe para cima.</translation>
    </message>
    <message>
        <source>Lean back gently, supporting yourself with your hands.</source>
        <translation>Incline-se para trás com suavidade, apoiando-se nas mãos.</translation>
    </message>
    <message>
        <source>Lean forward a little from your hips until you feel the stretch.</source>
        <translation>Incline-se um pouco à frente a partir do quadril até sentir o alongamento.</translation>
    </message>
    <message>
        <source>Lean forward and stand up without using your hands.</source>
        <translation>Incline-se à frente e levante-se sem usar as mãos.</translation>
    </message>
    <message>
        <source>Lean forward from your hips with a long back until you feel the stretch.</source>
        <translation>Incline-se a partir do quadril com as costas longas até sentir o alongamento.</translation>
    </message>
    <message>
        <source>Leg swings</source>
        <translation>Balanço das pernas</translation>
    </message>
    <message>
        <source>Let the hand drop and ease it towards you with your other hand.</source>
        <translation>Deixe a mão cair e puxe-a suavemente com a outra mão.</translation>
    </message>
    <message>
        <source>Let the raised knee drop out to the side.</source>
        <translation>Deixe o joelho levantado cair para o lado.</translation>
    </message>
    <message>
        <source>Let your eyes rest on it for 20 seconds.</source>
        <translation>Deixe os olhos descansarem nisso por 20 segundos.</translation>
    </message>
    <message>
        <source>Lift both shoulders towards your ears.</source>
        <translation>Levante os dois ombros em direção às orelhas.</translation>
    </message>
    <message>
        <source>Lift one knee to hip height, then lower it.</source>
        <translation>Levante um joelho até a altura do quadril e abaixe.</translation>
    </message>
    <message>
        <source>Lift your head back up slowly.</source>
        <translation>Levante a cabeça devagar.</translation>
    </message>
    <message>
        <source>Look away from your screen.</source>
        <translation>Tire os olhos da tela.</translation>
    </message>
    <message>
        <source>Look far away (20-20-20)</source>
        <translation>Olhar para longe (20-20-20)</translation>
    </message>
    <message>
        <source>Lower your hands slowly, palms still together.</source>
        <translation>Abaixe as mãos devagar, com as palmas ainda juntas.</translation>
    </message>
    <message>
        <source>Lower your heels slowly and repeat.</source>
        <translation>Desça os calcanhares devagar e repita.</translation>
    </message>
    <message>
        <source>Make a soft fist and hold for a breath.</source>
        <translation>Feche a mão sem força e segure por uma respiração.</translation>
    </message>
    <message>
        <source>Marching knee lifts</source>
        <translation>Marcha elevando os joelhos</translation>
    </message>
    <message>
        <source>Move slowly. Stop if you feel pain or tingling in your arms.</source>
        <translation>Mova-se devagar. Pare se sentir dor ou formigamento nos braços.</translation>
    </message>
    <message>
        <source>Move within a comfortable range.</source>
        <translation>Mova-se dentro de uma amplitude confortável.</translation>
    </message>
    <message>
        <source>Near and far focus</source>
        <translation>Foco perto e longe</translation>
    </message>
    <message>
        <source>Neck side tilt</source>
        <translation>Inclinação lateral do pescoço</translation>
    </message>
    <message>
        <source>Only a small bend. Stop if you feel pain or dizziness.</source>
        <translation>Só uma pequena inclinação. Pare se sentir dor ou tontura.</translation>
    </message>
    <message>
        <source>Only on a chair that does not tip. Stop if your back hurts.</source>
        <translation>Só numa cadeira que não tombe. Pare se as costas doerem.</translation>
    </message>
    <message>
        <source>Only use a desk that cannot slide or tip.</source>
        <translation>Use só uma mesa que não possa deslizar nem tombar.</translation>
    </message>
    <message>
        <source>Open your chest and look ahead; breathe.</source>
        <translation>Abra o peito e olhe para a frente; respire.</translation>
    </message>
    <message>
        <source>Open your elbows wide.</source>
        <translation>Abra bem os cotovelos.</translation>
    </message>
    <message>
        <source>Open your hands and spread your fingers wide.</source>
        <translation>Abra as mãos e afaste bem os dedos.</translation>
    </message>
    <message>
        <source>Overhead triceps stretch</source>
        <translation>Alongamento do tríceps acima da cabeça</translation>
    </message>
    <message>
        <source>Palming</source>
        <translation>Palmas sobre os olhos</translation>
    </message>
    <message>
        <source>Prayer stretch</source>
        <translation>Alongamento em prece</translation>
    </message>
    <message>
        <source>Press your palms together in front of your chest.</source>
        <translation>Pressione as palmas uma contra a outra à frente do peito.</translation>
    </message>
    <message>
        <source>Pull lightly; stop if the shoulder pinches.</source>
        <translation>Puxe de leve; pare se o ombro beliscar.</translation>
    </message>
    <message>
        <source>Pull your toes towards you, hold, then lower slowly.</source>
        <translation>Puxe os dedos em sua direção, segure e abaixe devagar.</translation>
    </message>
    <message>
        <source>Put your hands on the edge of a sturdy desk, shoulder-width apart.</source>
        <translation>Apoie as mãos na borda de uma mesa firme, na largura dos ombros.</translation>
    </message>
    <message>
        <source>Put your hands on your lower back, fingers down.</source>
        <translation>Coloque as mãos na lombar, dedos para baixo.</translation>
    </message>
    <message>
        <source>Raise both hands in front of you.</source>
        <translation>Levante as duas mãos à sua frente.</translation>
    </message>
    <message>
        <source>Raise one arm and bend the elbow so your hand drops behind your head.</source>
        <translation>Levante um braço e dobre o cotovelo para a mão cair atrás da cabeça.</translation>
    </message>
    <message>
        <source>Raise your hands in front of you, elbows relaxed.</source>
        <translation>Levante as mãos à sua frente, cotovelos relaxados.</translation>
    </message>
    <message>
        <source>Reach and round</source>
        <translation>Esticar e arredondar</translation>
    </message>
    <message>
        <source>Repeat at your own pace.</source>
        <translation>Repita no seu ritmo.</translation>
    </message>
    <message>
        <source>Repeat slowly with your breath.</source>
        <translation>Repita devagar, no ritmo da respiração.</translation>
    </message>
    <message>
        <source>Repeat slowly.</source>
        <translation>Repita devagar.</translation>
    </message>
    <message>
        <source>Rest a hand on the desk if you feel unsteady.</source>
        <translation>Apoie uma mão na mesa se sentir falta de equilíbrio.</translation>
    </message>
    <message>
        <source>Rest your other hand on that elbow.</source>
        <translation>Apoie a outra mão nesse cotovelo.</translation>
    </message>
    <message>
        <source>Return to upright slowly.</source>
        <translation>Volte devagar à posição ereta.</translation>
    </message>
    <message>
        <source>Rise onto the balls of your feet.</source>
        <translation>Suba na ponta dos pés.</translation>
    </message>
    <message>
        <source>Roll your shoulders up, back and down in slow circles.</source>
        <translation>Gire os ombros para cima, para trás e para baixo em círculos lentos.</translation>
    </message>
    <message>
        <source>Round your upper back and let your head drop.</source>
        <translation>Arredonde a parte de cima das costas e deixe a cabeça cair.</translation>
    </message>
    <message>
        <source>Rub your palms together until they feel warm.</source>
        <translation>Esfregue as palmas até ficarem quentes.</translation>
    </message>
    <message>
        <source>Seated back extension</source>
        <translation>Extensão das costas sentado</translation>
    </message>
    <message>
        <source>Seated cat–cow</source>
        <translation>Gato-vaca sentado</translation>
    </message>
    <message>
        <source>Seated figure four</source>
        <translation>Figura quatro sentado</translation>
    </message>
    <message>
        <source>Seated forward fold</source>
        <translation>Flexão à frente sentado</translation>
    </message>
    <message>
        <source>Seated hamstring stretch</source>
        <translation>Alongamento posterior da coxa sentado</translation>
    </message>
    <message>
        <source>Seated knee extension</source>
        <translation>Extensão do joelho sentado</translation>
    </message>
    <message>
        <source>Shift forward until you feel the front of the back hip stretch.</source>
        <translation>Avance até sentir alongar a frente do quadril de trás.</translation>
    </message>
    <message>
        <source>Shoulder blade squeeze</source>
        <translation>Apertar as escápulas</translation>
    </message>
    <message>
        <source>Shoulder rolls</source>
        <translation>Rotação dos ombros</translation>
    </message>
    <message>
        <source>Shoulder shrugs</source>
        <translation>Elevação dos ombros</translation>
    </message>
    <message>
        <source>Sit against the backrest and put your hands behind your head.</source>
        <translation>Encoste no encosto e coloque as mãos atrás da cabeça.</translation>
    </message>
    <message>
        <source>Sit back down slowly and with control.</source>
        <translation>Sente-se de novo devagar e com controle.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair with your hands on your knees.</source>
        <translation>Sente-se na frente da cadeira com as mãos nos joelhos.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair, feet apart.</source>
        <translation>Sente-se na frente da cadeira, pés afastados.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair, feet flat.</source>
        <translation>Sente-se na frente da cadeira, pés apoiados no chão.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair.</source>
        <translation>Sente-se na frente da cadeira.</translation>
    </message>
    <message>
        <source>Sit tall and hold one knee with both hands.</source>
        <translation>Sente-se ereto e segure um joelho com as duas mãos.</translation>
    </message>
    <message>
        <source>Sit tall and hold the sides of your seat.</source>
        <translation>Sente-se ereto e segure as laterais do assento.</translation>
    </message>
    <message>
        <source>Sit tall and let your shoulders drop.</source>
        <translation>Sente-se ereto e deixe os ombros caírem.</translation>
    </message>
    <message>
        <source>Sit tall and look straight ahead.</source>
        <translation>Sente-se ereto e olhe para a frente.</translation>
    </message>
    <message>
        <source>Sit tall and rest one ankle on the opposite knee.</source>
        <translation>Sente-se ereto e apoie um tornozelo sobre o joelho oposto.</translation>
    </message>
    <message>
        <source>Sit tall and stretch one leg out, heel lifted.</source>
        <translation>Sente-se ereto e estique uma perna, calcanhar levantado.</translation>
    </message>
    <message>
        <source>Sit tall with your arms hanging loose.</source>
        <translation>Sente-se ereto com os braços soltos.</translation>
    </message>
    <message>
        <source>Sit tall with your arms relaxed.</source>
        <translation>Sente-se ereto com os braços relaxados.</translation>
    </message>
    <message>
        <source>Sit tall with your elbows bent at your sides.</source>
        <translation>Sente-se ereto com os cotovelos dobrados junto ao corpo.</translation>
    </message>
    <message>
        <source>Sit tall with your shoulders relaxed.</source>
        <translation>Sente-se ereto com os ombros relaxados.</translation>
    </message>
    <message>
        <source>Sit to stand</source>
        <translation>Sentar e levantar</translation>
    </message>
    <message>
        <source>Skip it after hip or knee surgery. Stop if your knee hurts.</source>
        <translation>Não faça após cirurgia no quadril ou no joelho. Pare se o joelho doer.</translation>
    </message>
    <message>
        <source>Skip this if you have a back problem or high blood pressure.</source>
        <translation>Não faça se tiver problema nas costas ou pressão alta.</translation>
    </message>
    <message>
        <source>Slide your other hand down the side of your leg.</source>
        <translation>Deslize a outra mão pela lateral da perna.</translation>
    </message>
    <message>
        <source>Slowly lower your chin towards your chest.</source>
        <translation>Abaixe o queixo devagar em direção ao peito.</translation>
    </message>
    <message>
        <source>Slowly roll your eyes in a wide circle.</source>
        <translation>Gire os olhos devagar num círculo amplo.</translation>
    </message>
    <message>
        <source>Small swings at first; hold on for balance.</source>
        <translation>Comece com balanços pequenos; segure-se para ter equilíbrio.</translation>
    </message>
    <message>
        <source>Stand side-on to a wall and rest a hand on it.</source>
        <translation>Fique de lado para uma parede e apoie uma mão nela.</translation>
    </message>
    <message>
        <source>Stand tall and clasp your hands behind your back.</source>
        <translation>Fique ereto e entrelace as mãos atrás das costas.</translation>
    </message>
    <message>
        <source>Stand tall and raise one arm overhead.</source>
        <translation>Fique ereto e levante um braço acima da cabeça.</translation>
    </message>
    <message>
        <source>Stand tall beside your desk.</source>
        <translation>Fique em pé, ereto, ao lado da mesa.</translation>
    </message>
    <message>
        <source>Stand tall with one hand on a wall or desk.</source>
        <translation>Fique ereto com uma mão na parede ou na mesa.</translation>
    </message>
    <message>
        <source>Stand tall, feet hip-width apart, a hand on your desk.</source>
        <translation>Fique ereto, pés na largura do quadril, uma mão na mesa.</translation>
    </message>
    <message>
        <source>Stand with your feet hip-width apart.</source>
        <translation>Fique em pé com os pés na largura do quadril.</translation>
    </message>
    <message>
        <source>Standing back bend</source>
        <translation>Extensão das costas em pé</translation>
    </message>
    <message>
        <source>Standing hip flexor stretch</source>
        <translation>Alongamento do flexor do quadril em pé</translation>
    </message>
    <message>
        <source>Standing side bend</source>
        <translation>Inclinação lateral em pé</translation>
    </message>
    <message>
        <source>Standing thigh stretch</source>
        <translation>Alongamento da coxa em pé</translation>
    </message>
    <message>
        <source>Step back until your body is a straight slope.</source>
        <translation>Afaste os pés até o corpo formar uma linha inclinada.</translation>
    </message>
    <message>
        <source>Step one foot back, heel down, leg straight.</source>
        <translation>Leve um pé para trás, calcanhar no chão, perna esticada.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy.</source>
        <translation>Pare se sentir tontura.</translation>
    </message>
    <message>
        <source>Stop if you feel pain in the shoulder.</source>
        <translation>Pare se sentir dor no ombro.</translation>
    </message>
    <message>
        <source>Stop if you feel pain in your hip or back.</source>
        <translation>Pare se sentir dor no quadril ou nas costas.</translation>
    </message>
    <message>
        <source>Stop when you feel a mild stretch in your wrists; hold.</source>
        <translation>Pare ao sentir um leve alongamento nos punhos; segure.</translation>
    </message>
    <message>
        <source>Straighten one knee until the leg is level.</source>
        <translation>Estique um joelho até a perna ficar na horizontal.</translation>
    </message>
    <message>
        <source>Straighten one leg, heel on the floor, toes up.</source>
        <translation>Estique uma perna, calcanhar no chão, dedos para cima.</translation>
    </message>
    <message>
        <source>Straighten your arms and lift them a little away from you.</source>
        <translation>Estique os braços e afaste-os um pouco do corpo.</translation>
    </message>
    <message>
        <source>Swing one leg forward and back, loose and easy.</source>
        <translation>Balance uma perna para a frente e para trás, solta e leve.</translation>
    </message>
    <message>
        <source>Switch back and forth a few times.</source>
        <translation>Alterne algumas vezes.</translation>
    </message>
    <message>
        <source>Switch legs and keep a steady march.</source>
        <translation>Troque de perna e mantenha uma marcha constante.</translation>
    </message>
    <message>
        <source>Take a long step forward, back heel lifted.</source>
        <translation>Dê um passo longo à frente, com o calcanhar de trás levantado.</translation>
    </message>
    <message>
        <source>Then focus on something far away for a breath.</source>
        <translation>Depois foque em algo distante durante uma respiração.</translation>
    </message>
    <message>
        <source>Tilt your ear towards your shoulder.</source>
        <translation>Incline a orelha em direção ao ombro.</translation>
    </message>
    <message>
        <source>Use a chair that cannot roll away.</source>
        <translation>Use uma cadeira que não possa rolar.</translation>
    </message>
    <message>
        <source>With the other hand, ease the fingers back towards you.</source>
        <translation>Com a outra mão, puxe os dedos suavemente em sua direção.</translation>
    </message>
    <message>
        <source>Wrist circles</source>
        <translation>Círculos com os punhos</translation>
    </message>
    <message>
        <source>Wrist stretch, fingers down</source>
        <translation>Alongamento do punho, dedos para baixo</translation>
    </message>
    <message>
        <source>Wrist stretch, fingers up</source>
        <translation>Alongamento do punho, dedos para cima</translation>
    </message>
</context>
<context>
    <name>FigureWidget</name>
    <message>
        <source>Exercise illustration</source>
        <translation>Ilustração do exercício</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
</context>
<context>
    <name>LanguageGroup</name>
    <message>
        <source>&amp;Language of windows and exercises</source>
        <translation>&amp;Idioma das janelas e dos exercícios</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Windows and breaks use it after Save; the tray menu at the next start.</source>
        <translation>Janelas e pausas usam o idioma depois de salvar; o menu da bandeja, na próxima inicialização.</translation>
    </message>
</context>
<context>
    <name>NoBreak</name>
    <message>
        <source>no gap long enough</source>
        <translation>nenhum intervalo longo o bastante</translation>
    </message>
    <message>
        <source>no working hours set</source>
        <translation>nenhum horário de trabalho definido</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>fora do horário de trabalho</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausado</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message numerus="yes">
        <source>Stretch break in %n min</source>
        <translation>
            <numerusform>Pausa para alongar em %n min</numerusform>
            <numerusform>Pausa para alongar em %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>Hora de se mexer</translation>
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
            <numerusform>Falta %n segundo</numerusform>
            <numerusform>Faltam %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <source>Last one</source>
        <translation>Último exercício</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lado esquerdo</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>A seguir: %1</translation>
    </message>
    <message>
        <source>No exercise matches your settings. Stand up and move a little.</source>
        <translation>Nenhum exercício combina com suas configurações. Levante-se e mexa-se um pouco.</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Nada a fazer</translation>
    </message>
    <message>
        <source>Now the left side</source>
        <translation>Agora o lado esquerdo</translation>
    </message>
    <message>
        <source>Paused while you are away</source>
        <translation>Pausado enquanto você está fora</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado direito</translation>
    </message>
    <message>
        <source>Right side, then left</source>
        <translation>Lado direito, depois o esquerdo</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Sentado</translation>
    </message>
    <message>
        <source>Skip exercise</source>
        <translation>Pular exercício</translation>
    </message>
    <message>
        <source>Skip routine</source>
        <translation>Pular rotina</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>Adiar %n min</numerusform>
            <numerusform>Adiar %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Em pé</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo restante</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>os dois lados</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>lado esquerdo</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>lado direito</translation>
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
        <translation>%1, %2 e mais</translation>
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
            <numerusform>Mexa-se livremente, %n min</numerusform>
            <numerusform>Mexa-se livremente, %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>A break is held (%1); trying again at %2</source>
        <translation>Uma pausa está em espera (%1); nova tentativa às %2</translation>
    </message>
    <message>
        <source>A break is on screen now</source>
        <translation>Há uma pausa na tela agora</translation>
    </message>
    <message>
        <source>Focus until %1</source>
        <translation>Foco até %1</translation>
    </message>
    <message>
        <source>Next break: %1</source>
        <translation>Próxima pausa: %1</translation>
    </message>
    <message>
        <source>Next break: none (%1)</source>
        <translation>Próxima pausa: nenhuma (%1)</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>Pausado até %1</translation>
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
        <translation>&amp;Focar agora</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Histórico…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Resume breaks</source>
        <translation>&amp;Retomar pausas</translation>
    </message>
    <message>
        <source>&amp;Start a break now</source>
        <translation>&amp;Começar uma pausa agora</translation>
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
        <translation>Nenhuma pausa planejada (%1)</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>Pausado até %1</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>Show the &amp;break</source>
        <translation>Mostrar a &amp;pausa</translation>
    </message>
    <message>
        <source>Until the current block ends</source>
        <translation>Até o bloco atual terminar</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Até amanhã</translation>
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
