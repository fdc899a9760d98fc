<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>BodyArea</name>
    <message>
        <source>eyes</source>
        <translation>yeux</translation>
    </message>
    <message>
        <source>hips</source>
        <translation>hanches</translation>
    </message>
    <message>
        <source>legs</source>
        <translation>jambes</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>bas du dos</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>nuque</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>épaules</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>haut du dos</translation>
    </message>
    <message>
        <source>wrists &amp; hands</source>
        <translation>poignets et mains</translation>
    </message>
</context>
<context>
    <name>Exercise</name>
    <message>
        <source>A gentle pull only. Stop if you feel tingling or numbness.</source>
        <translation>Tirez en douceur. Arrêtez en cas de picotements ou d’engourdissement.</translation>
    </message>
    <message>
        <source>After a few circles, change direction, then blink.</source>
        <translation>Après quelques cercles, changez de sens, puis clignez des yeux.</translation>
    </message>
    <message>
        <source>After a few circles, change direction.</source>
        <translation>Après quelques cercles, changez de sens.</translation>
    </message>
    <message>
        <source>After a few circles, reverse the direction.</source>
        <translation>Après quelques cercles, changez de sens.</translation>
    </message>
    <message>
        <source>Ankle circles</source>
        <translation>Cercles des chevilles</translation>
    </message>
    <message>
        <source>Bend forward slowly and let your arms hang.</source>
        <translation>Penchez-vous lentement en avant et laissez pendre les bras.</translation>
    </message>
    <message>
        <source>Bend one knee and hold that ankle behind you.</source>
        <translation>Pliez un genou et tenez la cheville derrière vous.</translation>
    </message>
    <message>
        <source>Bend sideways over your hip, without leaning forward.</source>
        <translation>Inclinez-vous sur le côté au-dessus de la hanche, sans vous pencher en avant.</translation>
    </message>
    <message>
        <source>Bend the front knee and lean into the wall until the back calf stretches.</source>
        <translation>Pliez le genou avant et penchez-vous vers le mur jusqu’à étirer le mollet arrière.</translation>
    </message>
    <message>
        <source>Bend your elbows to lower your chest, then push back up.</source>
        <translation>Pliez les coudes pour descendre la poitrine, puis repoussez.</translation>
    </message>
    <message>
        <source>Bend your front knee and tuck your pelvis under.</source>
        <translation>Pliez le genou avant et basculez le bassin vers l’arrière.</translation>
    </message>
    <message>
        <source>Breathe in: lift your chest and arch your back.</source>
        <translation>Inspirez : levez la poitrine et creusez le dos.</translation>
    </message>
    <message>
        <source>Breathe out: round your back and drop your chin.</source>
        <translation>Expirez : arrondissez le dos et baissez le menton.</translation>
    </message>
    <message>
        <source>Breathe out; roll back up one vertebra at a time.</source>
        <translation>Expirez ; remontez vertèbre par vertèbre.</translation>
    </message>
    <message>
        <source>Breathe slowly and enjoy the dark.</source>
        <translation>Respirez lentement et profitez de l’obscurité.</translation>
    </message>
    <message>
        <source>Bring one arm straight across your chest.</source>
        <translation>Amenez un bras tendu devant la poitrine.</translation>
    </message>
    <message>
        <source>Calf raises</source>
        <translation>Montées sur pointes</translation>
    </message>
    <message>
        <source>Calf stretch at the wall</source>
        <translation>Étirement du mollet au mur</translation>
    </message>
    <message>
        <source>Chest opener</source>
        <translation>Ouverture de la poitrine</translation>
    </message>
    <message>
        <source>Chin to chest</source>
        <translation>Menton vers la poitrine</translation>
    </message>
    <message>
        <source>Chin tuck</source>
        <translation>Rentrer le menton</translation>
    </message>
    <message>
        <source>Circle your wrists slowly in one direction.</source>
        <translation>Faites tourner lentement les poignets dans un sens.</translation>
    </message>
    <message>
        <source>Clasp your hands and reach your arms forward.</source>
        <translation>Joignez les mains et tendez les bras devant vous.</translation>
    </message>
    <message>
        <source>Close your eyes and cup your palms over them, without pressing.</source>
        <translation>Fermez les yeux et couvrez-les de vos paumes en creux, sans appuyer.</translation>
    </message>
    <message>
        <source>Come back up slowly.</source>
        <translation>Remontez lentement.</translation>
    </message>
    <message>
        <source>Cross-body shoulder stretch</source>
        <translation>Étirement de l’épaule devant le corps</translation>
    </message>
    <message>
        <source>Desk push-ups</source>
        <translation>Pompes au bureau</translation>
    </message>
    <message>
        <source>Do not press on your eyes.</source>
        <translation>N’appuyez pas sur vos yeux.</translation>
    </message>
    <message>
        <source>Draw slow circles with your toes.</source>
        <translation>Dessinez de lents cercles avec vos orteils.</translation>
    </message>
    <message>
        <source>Draw the knee up towards your chest.</source>
        <translation>Ramenez le genou vers la poitrine.</translation>
    </message>
    <message>
        <source>Draw your elbows back and squeeze your shoulder blades together.</source>
        <translation>Tirez les coudes vers l’arrière et serrez les omoplates.</translation>
    </message>
    <message>
        <source>Ease the elbow back gently and breathe.</source>
        <translation>Poussez doucement le coude vers l’arrière et respirez.</translation>
    </message>
    <message>
        <source>Eye circles</source>
        <translation>Cercles des yeux</translation>
    </message>
    <message>
        <source>Face a wall and put both hands on it.</source>
        <translation>Faites face à un mur, les deux mains posées dessus.</translation>
    </message>
    <message>
        <source>Feel the back of your neck lengthen; breathe.</source>
        <translation>Sentez la nuque s’allonger ; respirez.</translation>
    </message>
    <message>
        <source>Feel your shoulder blades spread; breathe into your back.</source>
        <translation>Sentez les omoplates s’écarter ; respirez dans le dos.</translation>
    </message>
    <message>
        <source>Find something at least 6 metres (20 feet) away.</source>
        <translation>Trouvez un point à au moins 6 mètres.</translation>
    </message>
    <message>
        <source>Fist and spread</source>
        <translation>Poing et doigts écartés</translation>
    </message>
    <message>
        <source>Focus on your thumb for a breath.</source>
        <translation>Fixez votre pouce le temps d’une respiration.</translation>
    </message>
    <message>
        <source>Gently draw it closer and keep your shoulder down.</source>
        <translation>Rapprochez-le doucement en gardant l’épaule basse.</translation>
    </message>
    <message>
        <source>Glide your head straight back, making a double chin.</source>
        <translation>Reculez la tête bien droite, comme pour faire un double menton.</translation>
    </message>
    <message>
        <source>Hold a desk or chair for balance. Keep the front knee over the ankle.</source>
        <translation>Tenez-vous à un bureau ou une chaise. Gardez le genou avant au-dessus de la cheville.</translation>
    </message>
    <message>
        <source>Hold and breathe, keeping your back tall.</source>
        <translation>Tenez et respirez, le dos bien droit.</translation>
    </message>
    <message>
        <source>Hold for a breath, then relax forward again.</source>
        <translation>Tenez le temps d’une respiration, puis relâchez vers l’avant.</translation>
    </message>
    <message>
        <source>Hold for a breath, then release.</source>
        <translation>Tenez le temps d’une respiration, puis relâchez.</translation>
    </message>
    <message>
        <source>Hold for a moment, then let them drop.</source>
        <translation>Tenez un instant, puis laissez-les retomber.</translation>
    </message>
    <message>
        <source>Hold it above the elbow with your other hand.</source>
        <translation>Tenez-le au-dessus du coude avec l’autre main.</translation>
    </message>
    <message>
        <source>Hold on for balance. Stop if your knee hurts.</source>
        <translation>Tenez-vous bien. Arrêtez si le genou fait mal.</translation>
    </message>
    <message>
        <source>Hold one arm straight out in front, palm down.</source>
        <translation>Tendez un bras devant vous, paume vers le bas.</translation>
    </message>
    <message>
        <source>Hold one arm straight out in front, palm facing away, fingers up.</source>
        <translation>Tendez un bras devant vous, paume vers l’avant, doigts vers le haut.</translation>
    </message>
    <message>
        <source>Hold until you feel the back of the forearm stretch.</source>
        <translation>Tenez jusqu’à sentir l’étirement sur le dessus de l’avant-bras.</translation>
    </message>
    <message>
        <source>Hold until you feel the inner forearm stretch.</source>
        <translation>Tenez jusqu’à sentir l’étirement à l’intérieur de l’avant-bras.</translation>
    </message>
    <message>
        <source>Hold your thumb up at arm&apos;s length.</source>
        <translation>Levez le pouce, bras tendu.</translation>
    </message>
    <message>
        <source>Keep it gentle and breathe; do not bounce.</source>
        <translation>Restez en douceur et respirez ; pas de rebonds.</translation>
    </message>
    <message>
        <source>Keep it gentle. Stop if you feel pain, tingling or dizziness.</source>
        <translation>Restez en douceur. Arrêtez en cas de douleur, de picotements ou de vertige.</translation>
    </message>
    <message>
        <source>Keep the back heel on the floor; stop if it hurts.</source>
        <translation>Gardez le talon arrière au sol ; arrêtez si ça fait mal.</translation>
    </message>
    <message>
        <source>Keep your back straight; do not bounce.</source>
        <translation>Gardez le dos droit ; pas de rebonds.</translation>
    </message>
    <message>
        <source>Keep your eyes level; do not tip your head up or down.</source>
        <translation>Gardez le regard à l’horizontale ; n’inclinez pas la tête vers le haut ou le bas.</translation>
    </message>
    <message>
        <source>Keep your face forward and breathe slowly.</source>
        <translation>Gardez le visage vers l’avant et respirez lentement.</translation>
    </message>
    <message>
        <source>Keep your head still and look up.</source>
        <translation>Gardez la tête immobile et regardez vers le haut.</translation>
    </message>
    <message>
        <source>Keep your knees side by side and push your hip forward gently.</source>
        <translation>Gardez les genoux côte à côte et poussez doucement la hanche vers l’avant.</translation>
    </message>
    <message>
        <source>Keep your lower back neutral; do not lean back.</source>
        <translation>Gardez le bas du dos neutre ; ne vous penchez pas en arrière.</translation>
    </message>
    <message>
        <source>Keep your shoulders down, away from your ears.</source>
        <translation>Gardez les épaules basses, loin des oreilles.</translation>
    </message>
    <message>
        <source>Keep your shoulders relaxed. Stop if you feel tingling.</source>
        <translation>Gardez les épaules détendues. Arrêtez en cas de picotements.</translation>
    </message>
    <message>
        <source>Keep your upper body tall and still.</source>
        <translation>Gardez le haut du corps droit et immobile.</translation>
    </message>
    <message>
        <source>Knee to chest</source>
        <translation>Genou vers la poitrine</translation>
    </message>
    <message>
        <source>Lean back gently over the top of the chair and look up.</source>
        <translation>Penchez-vous doucement en arrière au-dessus du dossier et regardez en haut.</translation>
    </message>
    <message>
        <source>Lean back gently, supporting yourself with your hands.</source>
        <translation>Penchez-vous doucement en arrière en vous soutenant avec les mains.</translation>
    </message>
    <message>
        <source>Lean forward a little from your hips until you feel the stretch.</source>
        <translation>Penchez-vous un peu en avant depuis les hanches jusqu’à sentir l’étirement.</translation>
    </message>
    <message>
        <source>Lean forward and stand up without using your hands.</source>
        <translation>Penchez-vous en avant et levez-vous sans vous aider des mains.</translation>
    </message>
    <message>
        <source>Lean forward from your hips with a long back until you feel the stretch.</source>
        <translation>Penchez-vous depuis les hanches, dos allongé, jusqu’à sentir l’étirement.</translation>
    </message>
    <message>
        <source>Leg swings</source>
        <translation>Balancements de jambe</translation>
    </message>
    <message>
        <source>Let the hand drop and ease it towards you with your other hand.</source>
        <translation>Laissez tomber la main et ramenez-la doucement vers vous avec l’autre main.</translation>
    </message>
    <message>
        <source>Let the raised knee drop out to the side.</source>
        <translation>Laissez le genou levé s’ouvrir sur le côté.</translation>
    </message>
    <message>
        <source>Let your eyes rest on it for 20 seconds.</source>
        <translation>Laissez vos yeux s’y reposer pendant 20 secondes.</translation>
    </message>
    <message>
        <source>Lift both shoulders towards your ears.</source>
        <translation>Montez les deux épaules vers les oreilles.</translation>
    </message>
    <message>
        <source>Lift one knee to hip height, then lower it.</source>
        <translation>Levez un genou à hauteur de hanche, puis redescendez-le.</translation>
    </message>
    <message>
        <source>Lift your head back up slowly.</source>
        <translation>Relevez lentement la tête.</translation>
    </message>
    <message>
        <source>Look away from your screen.</source>
        <translation>Détournez le regard de l’écran.</translation>
    </message>
    <message>
        <source>Look far away (20-20-20)</source>
        <translation>Regarder au loin (20-20-20)</translation>
    </message>
    <message>
        <source>Lower your hands slowly, palms still together.</source>
        <translation>Baissez lentement les mains, paumes toujours jointes.</translation>
    </message>
    <message>
        <source>Lower your heels slowly and repeat.</source>
        <translation>Redescendez lentement les talons et recommencez.</translation>
    </message>
    <message>
        <source>Make a soft fist and hold for a breath.</source>
        <translation>Fermez le poing sans serrer et tenez le temps d’une respiration.</translation>
    </message>
    <message>
        <source>Marching knee lifts</source>
        <translation>Marche sur place, genoux levés</translation>
    </message>
    <message>
        <source>Move slowly. Stop if you feel pain or tingling in your arms.</source>
        <translation>Bougez lentement. Arrêtez en cas de douleur ou de picotements dans les bras.</translation>
    </message>
    <message>
        <source>Move within a comfortable range.</source>
        <translation>Restez dans une amplitude confortable.</translation>
    </message>
    <message>
        <source>Near and far focus</source>
        <translation>Mise au point près et loin</translation>
    </message>
    <message>
        <source>Neck side tilt</source>
        <translation>Inclinaison latérale de la tête</translation>
    </message>
    <message>
        <source>Only a small bend. Stop if you feel pain or dizziness.</source>
        <translation>Juste une petite flexion. Arrêtez en cas de douleur ou de vertige.</translation>
    </message>
    <message>
        <source>Only on a chair that does not tip. Stop if your back hurts.</source>
        <translation>Seulement sur une chaise qui ne bascule pas. Arrêtez si le dos fait mal.</translation>
    </message>
    <message>
        <source>Only use a desk that cannot slide or tip.</source>
        <translation>Utilisez seulement un bureau qui ne peut ni glisser ni basculer.</translation>
    </message>
    <message>
        <source>Open your chest and look ahead; breathe.</source>
        <translation>Ouvrez la poitrine et regardez devant vous ; respirez.</translation>
    </message>
    <message>
        <source>Open your elbows wide.</source>
        <translation>Ouvrez grand les coudes.</translation>
    </message>
    <message>
        <source>Open your hands and spread your fingers wide.</source>
        <translation>Ouvrez les mains et écartez grand les doigts.</translation>
    </message>
    <message>
        <source>Overhead triceps stretch</source>
        <translation>Étirement du triceps au-dessus de la tête</translation>
    </message>
    <message>
        <source>Palming</source>
        <translation>Paumes sur les yeux</translation>
    </message>
    <message>
        <source>Prayer stretch</source>
        <translation>Étirement en prière</translation>
    </message>
    <message>
        <source>Press your palms together in front of your chest.</source>
        <translation>Pressez les paumes l’une contre l’autre devant la poitrine.</translation>
    </message>
    <message>
        <source>Pull lightly; stop if the shoulder pinches.</source>
        <translation>Tirez légèrement ; arrêtez si l’épaule pince.</translation>
    </message>
    <message>
        <source>Pull your toes towards you, hold, then lower slowly.</source>
        <translation>Ramenez les orteils vers vous, tenez, puis redescendez lentement.</translation>
    </message>
    <message>
        <source>Put your hands on the edge of a sturdy desk, shoulder-width apart.</source>
        <translation>Posez les mains sur le bord d’un bureau stable, écartées à largeur d’épaules.</translation>
    </message>
    <message>
        <source>Put your hands on your lower back, fingers down.</source>
        <translation>Posez les mains sur le bas du dos, doigts vers le bas.</translation>
    </message>
    <message>
        <source>Raise both hands in front of you.</source>
        <translation>Levez les deux mains devant vous.</translation>
    </message>
    <message>
        <source>Raise one arm and bend the elbow so your hand drops behind your head.</source>
        <translation>Levez un bras et pliez le coude pour que la main descende derrière la tête.</translation>
    </message>
    <message>
        <source>Raise your hands in front of you, elbows relaxed.</source>
        <translation>Levez les mains devant vous, coudes détendus.</translation>
    </message>
    <message>
        <source>Reach and round</source>
        <translation>Tendre et arrondir</translation>
    </message>
    <message>
        <source>Repeat at your own pace.</source>
        <translation>Répétez à votre rythme.</translation>
    </message>
    <message>
        <source>Repeat slowly with your breath.</source>
        <translation>Répétez lentement, au rythme de la respiration.</translation>
    </message>
    <message>
        <source>Repeat slowly.</source>
        <translation>Répétez lentement.</translation>
    </message>
    <message>
        <source>Rest a hand on the desk if you feel unsteady.</source>
        <translation>Posez une main sur le bureau si vous vous sentez instable.</translation>
    </message>
    <message>
        <source>Rest your other hand on that elbow.</source>
        <translation>Posez l’autre main sur ce coude.</translation>
    </message>
    <message>
        <source>Return to upright slowly.</source>
        <translation>Revenez lentement à la verticale.</translation>
    </message>
    <message>
        <source>Rise onto the balls of your feet.</source>
        <translation>Montez sur la pointe des pieds.</translation>
    </message>
    <message>
        <source>Roll your shoulders up, back and down in slow circles.</source>
        <translation>Faites rouler les épaules vers le haut, l’arrière et le bas en cercles lents.</translation>
    </message>
    <message>
        <source>Round your upper back and let your head drop.</source>
        <translation>Arrondissez le haut du dos et laissez tomber la tête.</translation>
    </message>
    <message>
        <source>Rub your palms together until they feel warm.</source>
        <translation>Frottez vos paumes jusqu’à ce qu’elles soient chaudes.</translation>
    </message>
    <message>
        <source>Seated back extension</source>
        <translation>Extension du dos assis</translation>
    </message>
    <message>
        <source>Seated cat–cow</source>
        <translation>Chat-vache assis</translation>
    </message>
    <message>
        <source>Seated figure four</source>
        <translation>Figure quatre assise</translation>
    </message>
    <message>
        <source>Seated forward fold</source>
        <translation>Flexion avant assis</translation>
    </message>
    <message>
        <source>Seated hamstring stretch</source>
        <translation>Étirement des ischio-jambiers assis</translation>
    </message>
    <message>
        <source>Seated knee extension</source>
        <translation>Extension du genou assis</translation>
    </message>
    <message>
        <source>Shift forward until you feel the front of the back hip stretch.</source>
        <translation>Avancez jusqu’à sentir l’étirement à l’avant de la hanche arrière.</translation>
    </message>
    <message>
        <source>Shoulder blade squeeze</source>
        <translation>Serrer les omoplates</translation>
    </message>
    <message>
        <source>Shoulder rolls</source>
        <translation>Rotations d’épaules</translation>
    </message>
    <message>
        <source>Shoulder shrugs</source>
        <translation>Haussements d’épaules</translation>
    </message>
    <message>
        <source>Sit against the backrest and put your hands behind your head.</source>
        <translation>Adossez-vous au dossier et placez les mains derrière la tête.</translation>
    </message>
    <message>
        <source>Sit back down slowly and with control.</source>
        <translation>Rasseyez-vous lentement, en contrôlant le mouvement.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair with your hands on your knees.</source>
        <translation>Asseyez-vous à l’avant de la chaise, mains sur les genoux.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair, feet apart.</source>
        <translation>Asseyez-vous à l’avant de la chaise, pieds écartés.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair, feet flat.</source>
        <translation>Asseyez-vous à l’avant de la chaise, pieds à plat.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair.</source>
        <translation>Asseyez-vous à l’avant de la chaise.</translation>
    </message>
    <message>
        <source>Sit tall and hold one knee with both hands.</source>
        <translation>Asseyez-vous droit et tenez un genou à deux mains.</translation>
    </message>
    <message>
        <source>Sit tall and hold the sides of your seat.</source>
        <translation>Asseyez-vous droit et tenez les côtés du siège.</translation>
    </message>
    <message>
        <source>Sit tall and let your shoulders drop.</source>
        <translation>Asseyez-vous droit et relâchez les épaules.</translation>
    </message>
    <message>
        <source>Sit tall and look straight ahead.</source>
        <translation>Asseyez-vous droit et regardez droit devant.</translation>
    </message>
    <message>
        <source>Sit tall and rest one ankle on the opposite knee.</source>
        <translation>Asseyez-vous droit et posez une cheville sur le genou opposé.</translation>
    </message>
    <message>
        <source>Sit tall and stretch one leg out, heel lifted.</source>
        <translation>Asseyez-vous droit et tendez une jambe, talon levé.</translation>
    </message>
    <message>
        <source>Sit tall with your arms hanging loose.</source>
        <translation>Asseyez-vous droit, les bras relâchés.</translation>
    </message>
    <message>
        <source>Sit tall with your arms relaxed.</source>
        <translation>Asseyez-vous droit, les bras détendus.</translation>
    </message>
    <message>
        <source>Sit tall with your elbows bent at your sides.</source>
        <translation>Asseyez-vous droit, coudes pliés le long du corps.</translation>
    </message>
    <message>
        <source>Sit tall with your shoulders relaxed.</source>
        <translation>Asseyez-vous droit, les épaules détendues.</translation>
    </message>
    <message>
        <source>Sit to stand</source>
        <translation>Assis-debout</translation>
    </message>
    <message>
        <source>Skip it after hip or knee surgery. Stop if your knee hurts.</source>
        <translation>À éviter après une opération de la hanche ou du genou. Arrêtez si le genou fait mal.</translation>
    </message>
    <message>
        <source>Skip this if you have a back problem or high blood pressure.</source>
        <translation>À éviter en cas de problème de dos ou d’hypertension.</translation>
    </message>
    <message>
        <source>Slide your other hand down the side of your leg.</source>
        <translation>Faites glisser l’autre main le long de la jambe.</translation>
    </message>
    <message>
        <source>Slowly lower your chin towards your chest.</source>
        <translation>Baissez lentement le menton vers la poitrine.</translation>
    </message>
    <message>
        <source>Slowly roll your eyes in a wide circle.</source>
        <translation>Faites lentement rouler vos yeux en un grand cercle.</translation>
    </message>
    <message>
        <source>Small swings at first; hold on for balance.</source>
        <translation>Commencez par de petits balancements ; tenez-vous bien.</translation>
    </message>
    <message>
        <source>Stand side-on to a wall and rest a hand on it.</source>
        <translation>Placez-vous de profil contre un mur, une main appuyée dessus.</translation>
    </message>
    <message>
        <source>Stand tall and clasp your hands behind your back.</source>
        <translation>Tenez-vous droit et joignez les mains derrière le dos.</translation>
    </message>
    <message>
        <source>Stand tall and raise one arm overhead.</source>
        <translation>Tenez-vous droit et levez un bras au-dessus de la tête.</translation>
    </message>
    <message>
        <source>Stand tall beside your desk.</source>
        <translation>Tenez-vous droit à côté de votre bureau.</translation>
    </message>
    <message>
        <source>Stand tall with one hand on a wall or desk.</source>
        <translation>Tenez-vous droit, une main contre un mur ou le bureau.</translation>
    </message>
    <message>
        <source>Stand tall, feet hip-width apart, a hand on your desk.</source>
        <translation>Tenez-vous droit, pieds écartés à largeur de hanches, une main sur le bureau.</translation>
    </message>
    <message>
        <source>Stand with your feet hip-width apart.</source>
        <translation>Tenez-vous debout, pieds écartés à largeur de hanches.</translation>
    </message>
    <message>
        <source>Standing back bend</source>
        <translation>Extension du dos debout</translation>
    </message>
    <message>
        <source>Standing hip flexor stretch</source>
        <translation>Étirement du fléchisseur de hanche debout</translation>
    </message>
    <message>
        <source>Standing side bend</source>
        <translation>Inclinaison latérale debout</translation>
    </message>
    <message>
        <source>Standing thigh stretch</source>
        <translation>Étirement de la cuisse debout</translation>
    </message>
    <message>
        <source>Step back until your body is a straight slope.</source>
        <translation>Reculez jusqu’à ce que le corps forme une pente droite.</translation>
    </message>
    <message>
        <source>Step one foot back, heel down, leg straight.</source>
        <translation>Reculez un pied, talon au sol, jambe tendue.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy.</source>
        <translation>Arrêtez si vous avez le vertige.</translation>
    </message>
    <message>
        <source>Stop if you feel pain in the shoulder.</source>
        <translation>Arrêtez si vous sentez une douleur à l’épaule.</translation>
    </message>
    <message>
        <source>Stop if you feel pain in your hip or back.</source>
        <translation>Arrêtez si vous sentez une douleur à la hanche ou au dos.</translation>
    </message>
    <message>
        <source>Stop when you feel a mild stretch in your wrists; hold.</source>
        <translation>Arrêtez-vous à un léger étirement des poignets ; tenez.</translation>
    </message>
    <message>
        <source>Straighten one knee until the leg is level.</source>
        <translation>Tendez un genou jusqu’à ce que la jambe soit horizontale.</translation>
    </message>
    <message>
        <source>Straighten one leg, heel on the floor, toes up.</source>
        <translation>Tendez une jambe, talon au sol, orteils vers le haut.</translation>
    </message>
    <message>
        <source>Straighten your arms and lift them a little away from you.</source>
        <translation>Tendez les bras et éloignez-les un peu du corps.</translation>
    </message>
    <message>
        <source>Swing one leg forward and back, loose and easy.</source>
        <translation>Balancez une jambe d’avant en arrière, souple et détendue.</translation>
    </message>
    <message>
        <source>Switch back and forth a few times.</source>
        <translation>Alternez plusieurs fois.</translation>
    </message>
    <message>
        <source>Switch legs and keep a steady march.</source>
        <translation>Changez de jambe et gardez un rythme régulier.</translation>
    </message>
    <message>
        <source>Take a long step forward, back heel lifted.</source>
        <translation>Faites un grand pas en avant, talon arrière levé.</translation>
    </message>
    <message>
        <source>Then focus on something far away for a breath.</source>
        <translation>Puis fixez un point lointain le temps d’une respiration.</translation>
    </message>
    <message>
        <source>Tilt your ear towards your shoulder.</source>
        <translation>Inclinez l’oreille vers l’épaule.</translation>
    </message>
    <message>
        <source>Use a chair that cannot roll away.</source>
        <translation>Utilisez une chaise qui ne peut pas rouler.</translation>
    </message>
    <message>
        <source>With the other hand, ease the fingers back towards you.</source>
        <translation>Avec l’autre main, ramenez doucement les doigts vers vous.</translation>
    </message>
    <message>
        <source>Wrist circles</source>
        <translation>Cercles des poignets</translation>
    </message>
    <message>
        <source>Wrist stretch, fingers down</source>
        <translation>Étirement du poignet, doigts vers le bas</translation>
    </message>
    <message>
        <source>Wrist stretch, fingers up</source>
        <translation>Étirement du poignet, doigts vers le haut</translation>
    </message>
</context>
<context>
    <name>FigureWidget</name>
    <message>
        <source>Exercise illustration</source>
        <translation>Illustration de l’exercice</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>LanguageGroup</name>
    <message>
        <source>&amp;Language of windows and exercises</source>
        <translation>&amp;Langue des fenêtres et des exercices</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Windows and breaks use it after Save; the tray menu at the next start.</source>
        <translation>Les fenêtres et les pauses l’utilisent après l’enregistrement ; le menu de la barre système au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>NoBreak</name>
    <message>
        <source>no gap long enough</source>
        <translation>aucun créneau assez long</translation>
    </message>
    <message>
        <source>no working hours set</source>
        <translation>aucune heure de travail définie</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>en dehors des heures de travail</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message numerus="yes">
        <source>Stretch break in %n min</source>
        <translation>
            <numerusform>Pause étirements dans %n min</numerusform>
            <numerusform>Pause étirements dans %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>C’est le moment de bouger</translation>
    </message>
</context>
<context>
    <name>PromptWindow</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>Encore %n seconde</numerusform>
            <numerusform>Encore %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Last one</source>
        <translation>Dernier exercice</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Côté gauche</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite : %1</translation>
    </message>
    <message>
        <source>No exercise matches your settings. Stand up and move a little.</source>
        <translation>Aucun exercice ne correspond à vos réglages. Levez-vous et bougez un peu.</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Rien à faire</translation>
    </message>
    <message>
        <source>Now the left side</source>
        <translation>Maintenant le côté gauche</translation>
    </message>
    <message>
        <source>Paused while you are away</source>
        <translation>En pause pendant votre absence</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Côté droit</translation>
    </message>
    <message>
        <source>Right side, then left</source>
        <translation>Côté droit, puis gauche</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Assis</translation>
    </message>
    <message>
        <source>Skip exercise</source>
        <translation>Passer l’exercice</translation>
    </message>
    <message>
        <source>Skip routine</source>
        <translation>Passer la séance</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>Reporter de %n min</numerusform>
            <numerusform>Reporter de %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Debout</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>des deux côtés</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>côté gauche</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>côté droit</translation>
    </message>
</context>
<context>
    <name>Routine</name>
    <message>
        <source>%1 &amp; %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1, %2 &amp; more</source>
        <translation>%1, %2 et plus</translation>
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
            <numerusform>Bougez librement, %n min</numerusform>
            <numerusform>Bougez librement, %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>A break is held (%1); trying again at %2</source>
        <translation>Une pause est retenue (%1) ; nouvel essai à %2</translation>
    </message>
    <message>
        <source>A break is on screen now</source>
        <translation>Une pause est à l’écran</translation>
    </message>
    <message>
        <source>Focus until %1</source>
        <translation>Concentration jusqu’à %1</translation>
    </message>
    <message>
        <source>Next break: %1</source>
        <translation>Prochaine pause : %1</translation>
    </message>
    <message>
        <source>Next break: none (%1)</source>
        <translation>Prochaine pause : aucune (%1)</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>En pause jusqu’à %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Focus now</source>
        <translation>&amp;Concentration</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Resume breaks</source>
        <translation>&amp;Reprendre les pauses</translation>
    </message>
    <message>
        <source>&amp;Start a break now</source>
        <translation>&amp;Commencer une pause</translation>
    </message>
    <message>
        <source>Next break: %1</source>
        <translation>Prochaine pause : %1</translation>
    </message>
    <message>
        <source>Next break: —</source>
        <translation>Prochaine pause : —</translation>
    </message>
    <message>
        <source>No break planned (%1)</source>
        <translation>Aucune pause prévue (%1)</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>En pause jusqu’à %1</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <source>Show the &amp;break</source>
        <translation>Afficher la &amp;pause</translation>
    </message>
    <message>
        <source>Until the current block ends</source>
        <translation>Jusqu’à la fin du bloc en cours</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Jusqu’à demain</translation>
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
