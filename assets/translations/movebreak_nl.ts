<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>BodyArea</name>
    <message>
        <source>eyes</source>
        <translation>ogen</translation>
    </message>
    <message>
        <source>hips</source>
        <translation>heupen</translation>
    </message>
    <message>
        <source>legs</source>
        <translation>benen</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>onderrug</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>nek</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>schouders</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>bovenrug</translation>
    </message>
    <message>
        <source>wrists &amp; hands</source>
        <translation>polsen en handen</translation>
    </message>
</context>
<context>
    <name>Exercise</name>
    <message>
        <source>A gentle pull only. Stop if you feel tingling or numbness.</source>
        <translation>Alleen zacht trekken. Stop bij tintelingen of een doof gevoel.</translation>
    </message>
    <message>
        <source>After a few circles, change direction, then blink.</source>
        <translation>Draai na een paar rondjes de andere kant op en knipper dan.</translation>
    </message>
    <message>
        <source>After a few circles, change direction.</source>
        <translation>Draai na een paar rondjes de andere kant op.</translation>
    </message>
    <message>
        <source>After a few circles, reverse the direction.</source>
        <translation>Draai na een paar rondjes de andere kant op.</translation>
    </message>
    <message>
        <source>Ankle circles</source>
        <translation>Enkelcirkels</translation>
    </message>
    <message>
        <source>Bend forward slowly and let your arms hang.</source>
        <translation>Buig langzaam voorover en laat je armen hangen.</translation>
    </message>
    <message>
        <source>Bend one knee and hold that ankle behind you.</source>
        <translation>Buig een knie en pak die enkel achter je vast.</translation>
    </message>
    <message>
        <source>Bend sideways over your hip, without leaning forward.</source>
        <translation>Buig opzij over je heup, zonder voorover te leunen.</translation>
    </message>
    <message>
        <source>Bend the front knee and lean into the wall until the back calf stretches.</source>
        <translation>Buig je voorste knie en leun naar de muur tot je achterste kuit rekt.</translation>
    </message>
    <message>
        <source>Bend your elbows to lower your chest, then push back up.</source>
        <translation>Buig je ellebogen om je borst te laten zakken en duw weer omhoog.</translation>
    </message>
    <message>
        <source>Bend your front knee and tuck your pelvis under.</source>
        <translation>Buig je voorste knie en kantel je bekken naar achteren.</translation>
    </message>
    <message>
        <source>Breathe in: lift your chest and arch your back.</source>
        <translation>Adem in: til je borst op en hol je rug.</translation>
    </message>
    <message>
        <source>Breathe out: round your back and drop your chin.</source>
        <translation>Adem uit: maak je rug bol en laat je kin zakken.</translation>
    </message>
    <message>
        <source>Breathe out; roll back up one vertebra at a time.</source>
        <translation>Adem uit; rol wervel voor wervel weer omhoog.</translation>
    </message>
    <message>
        <source>Breathe slowly and enjoy the dark.</source>
        <translation>Adem rustig en geniet van het donker.</translation>
    </message>
    <message>
        <source>Bring one arm straight across your chest.</source>
        <translation>Breng een gestrekte arm voor je borst langs.</translation>
    </message>
    <message>
        <source>Calf raises</source>
        <translation>Kuitheffen</translation>
    </message>
    <message>
        <source>Calf stretch at the wall</source>
        <translation>Kuitrek tegen de muur</translation>
    </message>
    <message>
        <source>Chest opener</source>
        <translation>Borst openen</translation>
    </message>
    <message>
        <source>Chin to chest</source>
        <translation>Kin naar borst</translation>
    </message>
    <message>
        <source>Chin tuck</source>
        <translation>Kin intrekken</translation>
    </message>
    <message>
        <source>Circle your wrists slowly in one direction.</source>
        <translation>Draai je polsen langzaam in één richting.</translation>
    </message>
    <message>
        <source>Clasp your hands and reach your arms forward.</source>
        <translation>Vouw je handen en strek je armen naar voren.</translation>
    </message>
    <message>
        <source>Close your eyes and cup your palms over them, without pressing.</source>
        <translation>Sluit je ogen en leg je holle handen erover, zonder te drukken.</translation>
    </message>
    <message>
        <source>Come back up slowly.</source>
        <translation>Kom langzaam weer omhoog.</translation>
    </message>
    <message>
        <source>Cross-body shoulder stretch</source>
        <translation>Schouderrek voor het lichaam</translation>
    </message>
    <message>
        <source>Desk push-ups</source>
        <translation>Opdrukken tegen het bureau</translation>
    </message>
    <message>
        <source>Do not press on your eyes.</source>
        <translation>Druk niet op je ogen.</translation>
    </message>
    <message>
        <source>Draw slow circles with your toes.</source>
        <translation>Teken langzame cirkels met je tenen.</translation>
    </message>
    <message>
        <source>Draw the knee up towards your chest.</source>
        <translation>Trek de knie naar je borst.</translation>
    </message>
    <message>
        <source>Draw your elbows back and squeeze your shoulder blades together.</source>
        <translation>Trek je ellebogen naar achteren en knijp je schouderbladen samen.</translation>
    </message>
    <message>
        <source>Ease the elbow back gently and breathe.</source>
        <translation>Duw de elleboog zachtjes naar achteren en adem.</translation>
    </message>
    <message>
        <source>Eye circles</source>
        <translation>Oogcirkels</translation>
    </message>
    <message>
        <source>Face a wall and put both hands on it.</source>
        <translation>Sta met je gezicht naar een muur, beide handen ertegen.</translation>
    </message>
    <message>
        <source>Feel the back of your neck lengthen; breathe.</source>
        <translation>Voel je nek langer worden; adem.</translation>
    </message>
    <message>
        <source>Feel your shoulder blades spread; breathe into your back.</source>
        <translation>Voel je schouderbladen uit elkaar gaan; adem naar je rug.</translation>
    </message>
    <message>
        <source>Find something at least 6 metres (20 feet) away.</source>
        <translation>Zoek iets dat minstens 6 meter ver weg is.</translation>
    </message>
    <message>
        <source>Fist and spread</source>
        <translation>Vuist en spreiden</translation>
    </message>
    <message>
        <source>Focus on your thumb for a breath.</source>
        <translation>Kijk één ademhaling lang naar je duim.</translation>
    </message>
    <message>
        <source>Gently draw it closer and keep your shoulder down.</source>
        <translation>Trek hem zachtjes dichterbij en houd je schouder laag.</translation>
    </message>
    <message>
        <source>Glide your head straight back, making a double chin.</source>
        <translation>Schuif je hoofd recht naar achteren, zodat je een dubbele kin maakt.</translation>
    </message>
    <message>
        <source>Hold a desk or chair for balance. Keep the front knee over the ankle.</source>
        <translation>Houd je vast aan een bureau of stoel. Houd je voorste knie boven je enkel.</translation>
    </message>
    <message>
        <source>Hold and breathe, keeping your back tall.</source>
        <translation>Houd vast en adem, met een rechte rug.</translation>
    </message>
    <message>
        <source>Hold for a breath, then relax forward again.</source>
        <translation>Houd één ademhaling vast en ontspan weer naar voren.</translation>
    </message>
    <message>
        <source>Hold for a breath, then release.</source>
        <translation>Houd één ademhaling vast en laat los.</translation>
    </message>
    <message>
        <source>Hold for a moment, then let them drop.</source>
        <translation>Houd even vast en laat ze dan vallen.</translation>
    </message>
    <message>
        <source>Hold it above the elbow with your other hand.</source>
        <translation>Houd hem boven de elleboog vast met je andere hand.</translation>
    </message>
    <message>
        <source>Hold on for balance. Stop if your knee hurts.</source>
        <translation>Houd je vast. Stop als je knie pijn doet.</translation>
    </message>
    <message>
        <source>Hold one arm straight out in front, palm down.</source>
        <translation>Strek een arm voor je uit, handpalm omlaag.</translation>
    </message>
    <message>
        <source>Hold one arm straight out in front, palm facing away, fingers up.</source>
        <translation>Strek een arm voor je uit, handpalm naar voren, vingers omhoog.</translation>
    </message>
    <message>
        <source>Hold until you feel the back of the forearm stretch.</source>
        <translation>Houd vast tot je de bovenkant van je onderarm voelt rekken.</translation>
    </message>
    <message>
        <source>Hold until you feel the inner forearm stretch.</source>
        <translation>Houd vast tot je de binnenkant van je onderarm voelt rekken.</translation>
    </message>
    <message>
        <source>Hold your thumb up at arm&apos;s length.</source>
        <translation>Houd je duim omhoog op armlengte.</translation>
    </message>
    <message>
        <source>Keep it gentle and breathe; do not bounce.</source>
        <translation>Blijf rustig en adem; niet veren.</translation>
    </message>
    <message>
        <source>Keep it gentle. Stop if you feel pain, tingling or dizziness.</source>
        <translation>Blijf zacht. Stop bij pijn, tintelingen of duizeligheid.</translation>
    </message>
    <message>
        <source>Keep the back heel on the floor; stop if it hurts.</source>
        <translation>Houd je achterste hiel op de grond; stop als het pijn doet.</translation>
    </message>
    <message>
        <source>Keep your back straight; do not bounce.</source>
        <translation>Houd je rug recht; niet veren.</translation>
    </message>
    <message>
        <source>Keep your eyes level; do not tip your head up or down.</source>
        <translation>Houd je ogen op één hoogte; kantel je hoofd niet omhoog of omlaag.</translation>
    </message>
    <message>
        <source>Keep your face forward and breathe slowly.</source>
        <translation>Houd je gezicht naar voren en adem rustig.</translation>
    </message>
    <message>
        <source>Keep your head still and look up.</source>
        <translation>Houd je hoofd stil en kijk omhoog.</translation>
    </message>
    <message>
        <source>Keep your knees side by side and push your hip forward gently.</source>
        <translation>Houd je knieën naast elkaar en duw je heup zachtjes naar voren.</translation>
    </message>
    <message>
        <source>Keep your lower back neutral; do not lean back.</source>
        <translation>Houd je onderrug neutraal; leun niet achterover.</translation>
    </message>
    <message>
        <source>Keep your shoulders down, away from your ears.</source>
        <translation>Houd je schouders laag, weg van je oren.</translation>
    </message>
    <message>
        <source>Keep your shoulders relaxed. Stop if you feel tingling.</source>
        <translation>Houd je schouders ontspannen. Stop bij tintelingen.</translation>
    </message>
    <message>
        <source>Keep your upper body tall and still.</source>
        <translation>Houd je bovenlichaam rechtop en stil.</translation>
    </message>
    <message>
        <source>Knee to chest</source>
        <translation>Knie naar borst</translation>
    </message>
    <message>
        <source>Lean back gently over the top of the chair and look up.</source>
        <translation>Leun zachtjes achterover over de rugleuning en kijk omhoog.</translation>
    </message>
    <message>
        <source>Lean back gently, supporting yourself with your hands.</source>
        <translation>Leun voorzichtig achterover en steun met je handen.</translation>
    </message>
    <message>
        <source>Lean forward a little from your hips until you feel the stretch.</source>
        <translation>Buig vanuit je heupen iets naar voren tot je de rek voelt.</translation>
    </message>
    <message>
        <source>Lean forward and stand up without using your hands.</source>
        <translation>Leun naar voren en sta op zonder je handen te gebruiken.</translation>
    </message>
    <message>
        <source>Lean forward from your hips with a long back until you feel the stretch.</source>
        <translation>Buig vanuit je heupen met een lange rug naar voren tot je de rek voelt.</translation>
    </message>
    <message>
        <source>Leg swings</source>
        <translation>Beenzwaaien</translation>
    </message>
    <message>
        <source>Let the hand drop and ease it towards you with your other hand.</source>
        <translation>Laat je hand zakken en trek hem met je andere hand zachtjes naar je toe.</translation>
    </message>
    <message>
        <source>Let the raised knee drop out to the side.</source>
        <translation>Laat de opgetilde knie naar opzij zakken.</translation>
    </message>
    <message>
        <source>Let your eyes rest on it for 20 seconds.</source>
        <translation>Laat je ogen er 20 seconden op rusten.</translation>
    </message>
    <message>
        <source>Lift both shoulders towards your ears.</source>
        <translation>Trek beide schouders op naar je oren.</translation>
    </message>
    <message>
        <source>Lift one knee to hip height, then lower it.</source>
        <translation>Til een knie op tot heuphoogte en laat hem weer zakken.</translation>
    </message>
    <message>
        <source>Lift your head back up slowly.</source>
        <translation>Til je hoofd langzaam weer op.</translation>
    </message>
    <message>
        <source>Look away from your screen.</source>
        <translation>Kijk weg van je scherm.</translation>
    </message>
    <message>
        <source>Look far away (20-20-20)</source>
        <translation>In de verte kijken (20-20-20)</translation>
    </message>
    <message>
        <source>Lower your hands slowly, palms still together.</source>
        <translation>Laat je handen langzaam zakken, handpalmen nog tegen elkaar.</translation>
    </message>
    <message>
        <source>Lower your heels slowly and repeat.</source>
        <translation>Laat je hielen langzaam zakken en herhaal.</translation>
    </message>
    <message>
        <source>Make a soft fist and hold for a breath.</source>
        <translation>Maak een zachte vuist en houd één ademhaling vast.</translation>
    </message>
    <message>
        <source>Marching knee lifts</source>
        <translation>Marcheren met knieheffen</translation>
    </message>
    <message>
        <source>Move slowly. Stop if you feel pain or tingling in your arms.</source>
        <translation>Beweeg langzaam. Stop bij pijn of tintelingen in je armen.</translation>
    </message>
    <message>
        <source>Move within a comfortable range.</source>
        <translation>Beweeg binnen een prettig bereik.</translation>
    </message>
    <message>
        <source>Near and far focus</source>
        <translation>Dichtbij en veraf scherpstellen</translation>
    </message>
    <message>
        <source>Neck side tilt</source>
        <translation>Nek opzij kantelen</translation>
    </message>
    <message>
        <source>Only a small bend. Stop if you feel pain or dizziness.</source>
        <translation>Maar een klein beetje. Stop bij pijn of duizeligheid.</translation>
    </message>
    <message>
        <source>Only on a chair that does not tip. Stop if your back hurts.</source>
        <translation>Alleen op een stoel die niet kantelt. Stop als je rug pijn doet.</translation>
    </message>
    <message>
        <source>Only use a desk that cannot slide or tip.</source>
        <translation>Gebruik alleen een bureau dat niet kan schuiven of kantelen.</translation>
    </message>
    <message>
        <source>Open your chest and look ahead; breathe.</source>
        <translation>Open je borst en kijk vooruit; adem.</translation>
    </message>
    <message>
        <source>Open your elbows wide.</source>
        <translation>Open je ellebogen wijd.</translation>
    </message>
    <message>
        <source>Open your hands and spread your fingers wide.</source>
        <translation>Open je handen en spreid je vingers wijd.</translation>
    </message>
    <message>
        <source>Overhead triceps stretch</source>
        <translation>Tricepsrek boven het hoofd</translation>
    </message>
    <message>
        <source>Palming</source>
        <translation>Palmeren</translation>
    </message>
    <message>
        <source>Prayer stretch</source>
        <translation>Gebedsrek</translation>
    </message>
    <message>
        <source>Press your palms together in front of your chest.</source>
        <translation>Druk je handpalmen voor je borst tegen elkaar.</translation>
    </message>
    <message>
        <source>Pull lightly; stop if the shoulder pinches.</source>
        <translation>Trek licht; stop als je schouder knelt.</translation>
    </message>
    <message>
        <source>Pull your toes towards you, hold, then lower slowly.</source>
        <translation>Trek je tenen naar je toe, houd vast en laat langzaam zakken.</translation>
    </message>
    <message>
        <source>Put your hands on the edge of a sturdy desk, shoulder-width apart.</source>
        <translation>Zet je handen op schouderbreedte op de rand van een stevig bureau.</translation>
    </message>
    <message>
        <source>Put your hands on your lower back, fingers down.</source>
        <translation>Leg je handen op je onderrug, vingers omlaag.</translation>
    </message>
    <message>
        <source>Raise both hands in front of you.</source>
        <translation>Steek beide handen voor je uit.</translation>
    </message>
    <message>
        <source>Raise one arm and bend the elbow so your hand drops behind your head.</source>
        <translation>Steek een arm omhoog en buig de elleboog zodat je hand achter je hoofd zakt.</translation>
    </message>
    <message>
        <source>Raise your hands in front of you, elbows relaxed.</source>
        <translation>Steek je handen voor je uit, ellebogen ontspannen.</translation>
    </message>
    <message>
        <source>Reach and round</source>
        <translation>Reiken en bol maken</translation>
    </message>
    <message>
        <source>Repeat at your own pace.</source>
        <translation>Herhaal in je eigen tempo.</translation>
    </message>
    <message>
        <source>Repeat slowly with your breath.</source>
        <translation>Herhaal rustig op je adem.</translation>
    </message>
    <message>
        <source>Repeat slowly.</source>
        <translation>Herhaal rustig.</translation>
    </message>
    <message>
        <source>Rest a hand on the desk if you feel unsteady.</source>
        <translation>Leg een hand op het bureau als je wankel staat.</translation>
    </message>
    <message>
        <source>Rest your other hand on that elbow.</source>
        <translation>Leg je andere hand op die elleboog.</translation>
    </message>
    <message>
        <source>Return to upright slowly.</source>
        <translation>Kom langzaam weer rechtop.</translation>
    </message>
    <message>
        <source>Rise onto the balls of your feet.</source>
        <translation>Kom omhoog op je tenen.</translation>
    </message>
    <message>
        <source>Roll your shoulders up, back and down in slow circles.</source>
        <translation>Rol je schouders omhoog, naar achteren en omlaag in langzame cirkels.</translation>
    </message>
    <message>
        <source>Round your upper back and let your head drop.</source>
        <translation>Maak je bovenrug bol en laat je hoofd zakken.</translation>
    </message>
    <message>
        <source>Rub your palms together until they feel warm.</source>
        <translation>Wrijf je handpalmen tegen elkaar tot ze warm zijn.</translation>
    </message>
    <message>
        <source>Seated back extension</source>
        <translation>Rug strekken zittend</translation>
    </message>
    <message>
        <source>Seated cat–cow</source>
        <translation>Kat-koe zittend</translation>
    </message>
    <message>
        <source>Seated figure four</source>
        <translation>Zittende vier</translation>
    </message>
    <message>
        <source>Seated forward fold</source>
        <translation>Voorover buigen zittend</translation>
    </message>
    <message>
        <source>Seated hamstring stretch</source>
        <translation>Hamstringrek zittend</translation>
    </message>
    <message>
        <source>Seated knee extension</source>
        <translation>Kniestrekken zittend</translation>
    </message>
    <message>
        <source>Shift forward until you feel the front of the back hip stretch.</source>
        <translation>Schuif naar voren tot je de voorkant van je achterste heup voelt rekken.</translation>
    </message>
    <message>
        <source>Shoulder blade squeeze</source>
        <translation>Schouderbladen samenknijpen</translation>
    </message>
    <message>
        <source>Shoulder rolls</source>
        <translation>Schouderrollen</translation>
    </message>
    <message>
        <source>Shoulder shrugs</source>
        <translation>Schouders ophalen</translation>
    </message>
    <message>
        <source>Sit against the backrest and put your hands behind your head.</source>
        <translation>Leun tegen de rugleuning en leg je handen achter je hoofd.</translation>
    </message>
    <message>
        <source>Sit back down slowly and with control.</source>
        <translation>Ga langzaam en gecontroleerd weer zitten.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair with your hands on your knees.</source>
        <translation>Zit voor op je stoel met je handen op je knieën.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair, feet apart.</source>
        <translation>Zit voor op je stoel, voeten uit elkaar.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair, feet flat.</source>
        <translation>Zit voor op je stoel, voeten plat op de grond.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair.</source>
        <translation>Zit voor op je stoel.</translation>
    </message>
    <message>
        <source>Sit tall and hold one knee with both hands.</source>
        <translation>Zit rechtop en houd een knie vast met beide handen.</translation>
    </message>
    <message>
        <source>Sit tall and hold the sides of your seat.</source>
        <translation>Zit rechtop en houd de zijkanten van je zitting vast.</translation>
    </message>
    <message>
        <source>Sit tall and let your shoulders drop.</source>
        <translation>Zit rechtop en laat je schouders zakken.</translation>
    </message>
    <message>
        <source>Sit tall and look straight ahead.</source>
        <translation>Zit rechtop en kijk recht vooruit.</translation>
    </message>
    <message>
        <source>Sit tall and rest one ankle on the opposite knee.</source>
        <translation>Zit rechtop en leg een enkel op de andere knie.</translation>
    </message>
    <message>
        <source>Sit tall and stretch one leg out, heel lifted.</source>
        <translation>Zit rechtop en strek een been uit, hiel omhoog.</translation>
    </message>
    <message>
        <source>Sit tall with your arms hanging loose.</source>
        <translation>Zit rechtop met losse armen.</translation>
    </message>
    <message>
        <source>Sit tall with your arms relaxed.</source>
        <translation>Zit rechtop met ontspannen armen.</translation>
    </message>
    <message>
        <source>Sit tall with your elbows bent at your sides.</source>
        <translation>Zit rechtop met je ellebogen gebogen langs je zij.</translation>
    </message>
    <message>
        <source>Sit tall with your shoulders relaxed.</source>
        <translation>Zit rechtop met ontspannen schouders.</translation>
    </message>
    <message>
        <source>Sit to stand</source>
        <translation>Zitten en opstaan</translation>
    </message>
    <message>
        <source>Skip it after hip or knee surgery. Stop if your knee hurts.</source>
        <translation>Sla dit over na een heup- of knieoperatie. Stop als je knie pijn doet.</translation>
    </message>
    <message>
        <source>Skip this if you have a back problem or high blood pressure.</source>
        <translation>Sla dit over als je rugklachten of een hoge bloeddruk hebt.</translation>
    </message>
    <message>
        <source>Slide your other hand down the side of your leg.</source>
        <translation>Laat je andere hand langs de zijkant van je been glijden.</translation>
    </message>
    <message>
        <source>Slowly lower your chin towards your chest.</source>
        <translation>Laat je kin langzaam naar je borst zakken.</translation>
    </message>
    <message>
        <source>Slowly roll your eyes in a wide circle.</source>
        <translation>Rol je ogen langzaam in een grote cirkel.</translation>
    </message>
    <message>
        <source>Small swings at first; hold on for balance.</source>
        <translation>Begin met kleine zwaaien; houd je vast.</translation>
    </message>
    <message>
        <source>Stand side-on to a wall and rest a hand on it.</source>
        <translation>Sta zijwaarts naast een muur en leg er een hand op.</translation>
    </message>
    <message>
        <source>Stand tall and clasp your hands behind your back.</source>
        <translation>Sta rechtop en vouw je handen achter je rug.</translation>
    </message>
    <message>
        <source>Stand tall and raise one arm overhead.</source>
        <translation>Sta rechtop en steek een arm boven je hoofd.</translation>
    </message>
    <message>
        <source>Stand tall beside your desk.</source>
        <translation>Sta rechtop naast je bureau.</translation>
    </message>
    <message>
        <source>Stand tall with one hand on a wall or desk.</source>
        <translation>Sta rechtop met een hand tegen de muur of op je bureau.</translation>
    </message>
    <message>
        <source>Stand tall, feet hip-width apart, a hand on your desk.</source>
        <translation>Sta rechtop, voeten op heupbreedte, een hand op je bureau.</translation>
    </message>
    <message>
        <source>Stand with your feet hip-width apart.</source>
        <translation>Sta met je voeten op heupbreedte.</translation>
    </message>
    <message>
        <source>Standing back bend</source>
        <translation>Achteroverbuigen staand</translation>
    </message>
    <message>
        <source>Standing hip flexor stretch</source>
        <translation>Heupbuigerrek staand</translation>
    </message>
    <message>
        <source>Standing side bend</source>
        <translation>Zijwaarts buigen staand</translation>
    </message>
    <message>
        <source>Standing thigh stretch</source>
        <translation>Dijbeenrek staand</translation>
    </message>
    <message>
        <source>Step back until your body is a straight slope.</source>
        <translation>Stap naar achteren tot je lichaam een rechte schuine lijn vormt.</translation>
    </message>
    <message>
        <source>Step one foot back, heel down, leg straight.</source>
        <translation>Zet een voet naar achteren, hiel omlaag, been gestrekt.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy.</source>
        <translation>Stop als je duizelig wordt.</translation>
    </message>
    <message>
        <source>Stop if you feel pain in the shoulder.</source>
        <translation>Stop als je pijn in je schouder voelt.</translation>
    </message>
    <message>
        <source>Stop if you feel pain in your hip or back.</source>
        <translation>Stop als je pijn voelt in je heup of rug.</translation>
    </message>
    <message>
        <source>Stop when you feel a mild stretch in your wrists; hold.</source>
        <translation>Stop bij een lichte rek in je polsen; houd vast.</translation>
    </message>
    <message>
        <source>Straighten one knee until the leg is level.</source>
        <translation>Strek een knie tot je been horizontaal is.</translation>
    </message>
    <message>
        <source>Straighten one leg, heel on the floor, toes up.</source>
        <translation>Strek een been, hiel op de grond, tenen omhoog.</translation>
    </message>
    <message>
        <source>Straighten your arms and lift them a little away from you.</source>
        <translation>Strek je armen en til ze iets van je af.</translation>
    </message>
    <message>
        <source>Swing one leg forward and back, loose and easy.</source>
        <translation>Zwaai een been los en ontspannen naar voren en naar achteren.</translation>
    </message>
    <message>
        <source>Switch back and forth a few times.</source>
        <translation>Wissel een paar keer af.</translation>
    </message>
    <message>
        <source>Switch legs and keep a steady march.</source>
        <translation>Wissel van been en marcheer in een rustig tempo.</translation>
    </message>
    <message>
        <source>Take a long step forward, back heel lifted.</source>
        <translation>Zet een grote stap naar voren, achterste hiel omhoog.</translation>
    </message>
    <message>
        <source>Then focus on something far away for a breath.</source>
        <translation>Kijk dan één ademhaling lang naar iets in de verte.</translation>
    </message>
    <message>
        <source>Tilt your ear towards your shoulder.</source>
        <translation>Kantel je oor naar je schouder.</translation>
    </message>
    <message>
        <source>Use a chair that cannot roll away.</source>
        <translation>Gebruik een stoel die niet weg kan rollen.</translation>
    </message>
    <message>
        <source>With the other hand, ease the fingers back towards you.</source>
        <translation>Trek met je andere hand de vingers zachtjes naar je toe.</translation>
    </message>
    <message>
        <source>Wrist circles</source>
        <translation>Polscirkels</translation>
    </message>
    <message>
        <source>Wrist stretch, fingers down</source>
        <translation>Polsrek, vingers omlaag</translation>
    </message>
    <message>
        <source>Wrist stretch, fingers up</source>
        <translation>Polsrek, vingers omhoog</translation>
    </message>
</context>
<context>
    <name>FigureWidget</name>
    <message>
        <source>Exercise illustration</source>
        <translation>Afbeelding van de oefening</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation>Systeemstandaard</translation>
    </message>
</context>
<context>
    <name>LanguageGroup</name>
    <message>
        <source>&amp;Language of windows and exercises</source>
        <translation>&amp;Taal van vensters en oefeningen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Windows and breaks use it after Save; the tray menu at the next start.</source>
        <translation>Vensters en pauzes gebruiken hem na Opslaan; het systeemvakmenu bij de volgende start.</translation>
    </message>
</context>
<context>
    <name>NoBreak</name>
    <message>
        <source>no gap long enough</source>
        <translation>geen ruimte die lang genoeg is</translation>
    </message>
    <message>
        <source>no working hours set</source>
        <translation>geen werktijden ingesteld</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>buiten werktijd</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message numerus="yes">
        <source>Stretch break in %n min</source>
        <translation>
            <numerusform>Rekpauze over %n min</numerusform>
            <numerusform>Rekpauze over %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>Tijd om te bewegen</translation>
    </message>
</context>
<context>
    <name>PromptWindow</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>Nog %n seconde</numerusform>
            <numerusform>Nog %n seconden</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Last one</source>
        <translation>Laatste oefening</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linkerkant</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Hierna: %1</translation>
    </message>
    <message>
        <source>No exercise matches your settings. Stand up and move a little.</source>
        <translation>Geen oefening past bij je instellingen. Sta op en beweeg een beetje.</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Niets te doen</translation>
    </message>
    <message>
        <source>Now the left side</source>
        <translation>Nu de linkerkant</translation>
    </message>
    <message>
        <source>Paused while you are away</source>
        <translation>Gepauzeerd zolang je weg bent</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechterkant</translation>
    </message>
    <message>
        <source>Right side, then left</source>
        <translation>Rechterkant, dan links</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Zittend</translation>
    </message>
    <message>
        <source>Skip exercise</source>
        <translation>Oefening overslaan</translation>
    </message>
    <message>
        <source>Skip routine</source>
        <translation>Routine overslaan</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>%n min uitstellen</numerusform>
            <numerusform>%n min uitstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Staand</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Resterende tijd</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>beide kanten</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>linkerkant</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechterkant</translation>
    </message>
</context>
<context>
    <name>Routine</name>
    <message>
        <source>%1 &amp; %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1, %2 &amp; more</source>
        <translation>%1, %2 en meer</translation>
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
            <numerusform>Vrij bewegen, %n min</numerusform>
            <numerusform>Vrij bewegen, %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>A break is held (%1); trying again at %2</source>
        <translation>Een pauze wordt uitgesteld (%1); nieuwe poging om %2</translation>
    </message>
    <message>
        <source>A break is on screen now</source>
        <translation>Er staat nu een pauze op het scherm</translation>
    </message>
    <message>
        <source>Focus until %1</source>
        <translation>Focus tot %1</translation>
    </message>
    <message>
        <source>Next break: %1</source>
        <translation>Volgende pauze: %1</translation>
    </message>
    <message>
        <source>Next break: none (%1)</source>
        <translation>Volgende pauze: geen (%1)</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>Gepauzeerd tot %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n uur</numerusform>
            <numerusform>%n uur</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Focus now</source>
        <translation>&amp;Nu focussen</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Geschiedenis…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pauzeren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Resume breaks</source>
        <translation>Pauzes &amp;hervatten</translation>
    </message>
    <message>
        <source>&amp;Start a break now</source>
        <translation>Nu een pauze &amp;starten</translation>
    </message>
    <message>
        <source>Next break: %1</source>
        <translation>Volgende pauze: %1</translation>
    </message>
    <message>
        <source>Next break: —</source>
        <translation>Volgende pauze: —</translation>
    </message>
    <message>
        <source>No break planned (%1)</source>
        <translation>Geen pauze gepland (%1)</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>Gepauzeerd tot %1</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>Show the &amp;break</source>
        <translation>De &amp;pauze tonen</translation>
    </message>
    <message>
        <source>Until the current block ends</source>
        <translation>Tot het huidige blok eindigt</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Tot morgen</translation>
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
