<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he" sourcelanguage="en">
<context>
    <name>BodyArea</name>
    <message>
        <source>eyes</source>
        <translation>עיניים</translation>
    </message>
    <message>
        <source>hips</source>
        <translation>ירכיים</translation>
    </message>
    <message>
        <source>legs</source>
        <translation>רגליים</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>גב תחתון</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>צוואר</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>כתפיים</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>גב עליון</translation>
    </message>
    <message>
        <source>wrists &amp; hands</source>
        <translation>פרקי ידיים וכפות ידיים</translation>
    </message>
</context>
<context>
    <name>Exercise</name>
    <message>
        <source>A gentle pull only. Stop if you feel tingling or numbness.</source>
        <translation>משיכה עדינה בלבד. הפסיקו אם יש עקצוץ או נימול.</translation>
    </message>
    <message>
        <source>After a few circles, change direction, then blink.</source>
        <translation>אחרי כמה סיבובים החליפו כיוון, ואז מצמצו.</translation>
    </message>
    <message>
        <source>After a few circles, change direction.</source>
        <translation>אחרי כמה סיבובים החליפו כיוון.</translation>
    </message>
    <message>
        <source>After a few circles, reverse the direction.</source>
        <translation>אחרי כמה סיבובים החליפו כיוון.</translation>
    </message>
    <message>
        <source>Ankle circles</source>
        <translation>סיבובי קרסול</translation>
    </message>
    <message>
        <source>Bend forward slowly and let your arms hang.</source>
        <translation>התכופפו לאט קדימה ותנו לידיים להשתלשל.</translation>
    </message>
    <message>
        <source>Bend one knee and hold that ankle behind you.</source>
        <translation>כופפו ברך אחת והחזיקו את הקרסול מאחוריכם.</translation>
    </message>
    <message>
        <source>Bend sideways over your hip, without leaning forward.</source>
        <translation>התכופפו הצידה מעל הירך, בלי לרכון קדימה.</translation>
    </message>
    <message>
        <source>Bend the front knee and lean into the wall until the back calf stretches.</source>
        <translation>כופפו את הברך הקדמית ונשענו אל הקיר עד שהשוק האחורית נמתחת.</translation>
    </message>
    <message>
        <source>Bend your elbows to lower your chest, then push back up.</source>
        <translation>כופפו את המרפקים להורדת החזה, ואז דחפו חזרה למעלה.</translation>
    </message>
    <message>
        <source>Bend your front knee and tuck your pelvis under.</source>
        <translation>כופפו את הברך הקדמית ואספו את האגן פנימה.</translation>
    </message>
    <message>
        <source>Breathe in: lift your chest and arch your back.</source>
        <translation>שאיפה: הרימו את החזה וקשתו את הגב.</translation>
    </message>
    <message>
        <source>Breathe out: round your back and drop your chin.</source>
        <translation>נשיפה: עגלו את הגב והורידו את הסנטר.</translation>
    </message>
    <message>
        <source>Breathe out; roll back up one vertebra at a time.</source>
        <translation>נשפו; התגלגלו בחזרה למעלה חוליה אחר חוליה.</translation>
    </message>
    <message>
        <source>Breathe slowly and enjoy the dark.</source>
        <translation>נשמו לאט ותיהנו מהחושך.</translation>
    </message>
    <message>
        <source>Bring one arm straight across your chest.</source>
        <translation>העבירו יד ישרה לרוחב החזה.</translation>
    </message>
    <message>
        <source>Calf raises</source>
        <translation>הרמות עקבים</translation>
    </message>
    <message>
        <source>Calf stretch at the wall</source>
        <translation>מתיחת שוק מול הקיר</translation>
    </message>
    <message>
        <source>Chest opener</source>
        <translation>פתיחת חזה</translation>
    </message>
    <message>
        <source>Chin to chest</source>
        <translation>סנטר אל החזה</translation>
    </message>
    <message>
        <source>Chin tuck</source>
        <translation>הכנסת סנטר</translation>
    </message>
    <message>
        <source>Circle your wrists slowly in one direction.</source>
        <translation>סובבו את שורשי כפות הידיים לאט לכיוון אחד.</translation>
    </message>
    <message>
        <source>Clasp your hands and reach your arms forward.</source>
        <translation>שלבו ידיים והושיטו אותן קדימה.</translation>
    </message>
    <message>
        <source>Close your eyes and cup your palms over them, without pressing.</source>
        <translation>עצמו עיניים וכסו אותן בכפות ידיים מעוגלות, בלי ללחוץ.</translation>
    </message>
    <message>
        <source>Come back up slowly.</source>
        <translation>חזרו לאט.</translation>
    </message>
    <message>
        <source>Cross-body shoulder stretch</source>
        <translation>מתיחת כתף לרוחב הגוף</translation>
    </message>
    <message>
        <source>Desk push-ups</source>
        <translation>שכיבות סמיכה על השולחן</translation>
    </message>
    <message>
        <source>Do not press on your eyes.</source>
        <translation>אל תלחצו על העיניים.</translation>
    </message>
    <message>
        <source>Draw slow circles with your toes.</source>
        <translation>ציירו מעגלים איטיים בעזרת האצבעות.</translation>
    </message>
    <message>
        <source>Draw the knee up towards your chest.</source>
        <translation>משכו את הברך אל החזה.</translation>
    </message>
    <message>
        <source>Draw your elbows back and squeeze your shoulder blades together.</source>
        <translation>משכו את המרפקים לאחור וקרבו את השכמות זו לזו.</translation>
    </message>
    <message>
        <source>Ease the elbow back gently and breathe.</source>
        <translation>דחפו את המרפק בעדינות לאחור ונשמו.</translation>
    </message>
    <message>
        <source>Eye circles</source>
        <translation>סיבובי עיניים</translation>
    </message>
    <message>
        <source>Face a wall and put both hands on it.</source>
        <translation>עמדו מול קיר והניחו עליו את שתי הידיים.</translation>
    </message>
    <message>
        <source>Feel the back of your neck lengthen; breathe.</source>
        <translation>הרגישו את העורף מתארך; נשמו.</translation>
    </message>
    <message>
        <source>Feel your shoulder blades spread; breathe into your back.</source>
        <translation>הרגישו את השכמות מתרחקות; נשמו אל הגב.</translation>
    </message>
    <message>
        <source>Find something at least 6 metres (20 feet) away.</source>
        <translation>מצאו משהו במרחק של 6 מטרים לפחות.</translation>
    </message>
    <message>
        <source>Fist and spread</source>
        <translation>אגרוף ופריסה</translation>
    </message>
    <message>
        <source>Focus on your thumb for a breath.</source>
        <translation>התמקדו באגודל במשך נשימה אחת.</translation>
    </message>
    <message>
        <source>Gently draw it closer and keep your shoulder down.</source>
        <translation>קרבו אותה בעדינות והשאירו את הכתף למטה.</translation>
    </message>
    <message>
        <source>Glide your head straight back, making a double chin.</source>
        <translation>החליקו את הראש ישר לאחור, כמו ליצירת סנטר כפול.</translation>
    </message>
    <message>
        <source>Hold a desk or chair for balance. Keep the front knee over the ankle.</source>
        <translation>החזיקו בשולחן או בכיסא. הברך הקדמית מעל הקרסול.</translation>
    </message>
    <message>
        <source>Hold and breathe, keeping your back tall.</source>
        <translation>החזיקו ונשמו, עם גב זקוף.</translation>
    </message>
    <message>
        <source>Hold for a breath, then relax forward again.</source>
        <translation>החזיקו נשימה אחת, ואז הרפו קדימה.</translation>
    </message>
    <message>
        <source>Hold for a breath, then release.</source>
        <translation>החזיקו נשימה אחת, ואז שחררו.</translation>
    </message>
    <message>
        <source>Hold for a moment, then let them drop.</source>
        <translation>החזיקו רגע, ואז שחררו אותן למטה.</translation>
    </message>
    <message>
        <source>Hold it above the elbow with your other hand.</source>
        <translation>החזיקו אותה מעל המרפק ביד השנייה.</translation>
    </message>
    <message>
        <source>Hold on for balance. Stop if your knee hurts.</source>
        <translation>החזיקו לשיווי משקל. הפסיקו אם הברך כואבת.</translation>
    </message>
    <message>
        <source>Hold one arm straight out in front, palm down.</source>
        <translation>מתחו יד אחת ישר קדימה, כף היד למטה.</translation>
    </message>
    <message>
        <source>Hold one arm straight out in front, palm facing away, fingers up.</source>
        <translation>מתחו יד אחת ישר קדימה, כף היד החוצה, אצבעות למעלה.</translation>
    </message>
    <message>
        <source>Hold until you feel the back of the forearm stretch.</source>
        <translation>החזיקו עד שתרגישו מתיחה בגב האמה.</translation>
    </message>
    <message>
        <source>Hold until you feel the inner forearm stretch.</source>
        <translation>החזיקו עד שתרגישו מתיחה בצד הפנימי של האמה.</translation>
    </message>
    <message>
        <source>Hold your thumb up at arm&apos;s length.</source>
        <translation>הרימו אגודל ביד מושטת.</translation>
    </message>
    <message>
        <source>Keep it gentle and breathe; do not bounce.</source>
        <translation>בעדינות ועם נשימה; בלי קפיצות.</translation>
    </message>
    <message>
        <source>Keep it gentle. Stop if you feel pain, tingling or dizziness.</source>
        <translation>בעדינות. הפסיקו אם יש כאב, עקצוץ או סחרחורת.</translation>
    </message>
    <message>
        <source>Keep the back heel on the floor; stop if it hurts.</source>
        <translation>העקב האחורי נשאר על הרצפה; הפסיקו אם כואב.</translation>
    </message>
    <message>
        <source>Keep your back straight; do not bounce.</source>
        <translation>שמרו על גב ישר; בלי קפיצות.</translation>
    </message>
    <message>
        <source>Keep your eyes level; do not tip your head up or down.</source>
        <translation>המבט נשאר ישר; אל תטו את הראש למעלה או למטה.</translation>
    </message>
    <message>
        <source>Keep your face forward and breathe slowly.</source>
        <translation>הפנים נשארות קדימה; נשמו לאט.</translation>
    </message>
    <message>
        <source>Keep your head still and look up.</source>
        <translation>השאירו את הראש יציב והסתכלו למעלה.</translation>
    </message>
    <message>
        <source>Keep your knees side by side and push your hip forward gently.</source>
        <translation>השאירו את הברכיים צמודות ודחפו את הירך בעדינות קדימה.</translation>
    </message>
    <message>
        <source>Keep your lower back neutral; do not lean back.</source>
        <translation>הגב התחתון נשאר ניטרלי; אל תישענו לאחור.</translation>
    </message>
    <message>
        <source>Keep your shoulders down, away from your ears.</source>
        <translation>הכתפיים למטה, רחוק מהאוזניים.</translation>
    </message>
    <message>
        <source>Keep your shoulders relaxed. Stop if you feel tingling.</source>
        <translation>הכתפיים רפויות. הפסיקו אם יש עקצוץ.</translation>
    </message>
    <message>
        <source>Keep your upper body tall and still.</source>
        <translation>פלג הגוף העליון זקוף ויציב.</translation>
    </message>
    <message>
        <source>Knee to chest</source>
        <translation>ברך אל החזה</translation>
    </message>
    <message>
        <source>Lean back gently over the top of the chair and look up.</source>
        <translation>הישענו בעדינות לאחור מעל המשענת והסתכלו למעלה.</translation>
    </message>
    <message>
        <source>Lean back gently, supporting yourself with your hands.</source>
        <translation>הישענו בעדינות לאחור, בתמיכת הידיים.</translation>
    </message>
    <message>
        <source>Lean forward a little from your hips until you feel the stretch.</source>
        <translation>רכנו מעט קדימה מהירכיים עד שתרגישו מתיחה.</translation>
    </message>
    <message>
        <source>Lean forward and stand up without using your hands.</source>
        <translation>רכנו קדימה וקומו בלי להיעזר בידיים.</translation>
    </message>
    <message>
        <source>Lean forward from your hips with a long back until you feel the stretch.</source>
        <translation>רכנו מהירכיים עם גב ארוך עד שתרגישו מתיחה.</translation>
    </message>
    <message>
        <source>Leg swings</source>
        <translation>הנפות רגל</translation>
    </message>
    <message>
        <source>Let the hand drop and ease it towards you with your other hand.</source>
        <translation>תנו לכף היד לצנוח וקרבו אותה אליכם בעדינות ביד השנייה.</translation>
    </message>
    <message>
        <source>Let the raised knee drop out to the side.</source>
        <translation>תנו לברך המורמת לרדת הצידה.</translation>
    </message>
    <message>
        <source>Let your eyes rest on it for 20 seconds.</source>
        <translation>הניחו לעיניים לנוח עליו 20 שניות.</translation>
    </message>
    <message>
        <source>Lift both shoulders towards your ears.</source>
        <translation>הרימו את שתי הכתפיים לכיוון האוזניים.</translation>
    </message>
    <message>
        <source>Lift one knee to hip height, then lower it.</source>
        <translation>הרימו ברך לגובה הירך, ואז הורידו.</translation>
    </message>
    <message>
        <source>Lift your head back up slowly.</source>
        <translation>הרימו את הראש בחזרה לאט.</translation>
    </message>
    <message>
        <source>Look away from your screen.</source>
        <translation>הסיטו את המבט מהמסך.</translation>
    </message>
    <message>
        <source>Look far away (20-20-20)</source>
        <translation>להסתכל למרחק (20-20-20)</translation>
    </message>
    <message>
        <source>Lower your hands slowly, palms still together.</source>
        <translation>הורידו את הידיים לאט, כפות הידיים עדיין צמודות.</translation>
    </message>
    <message>
        <source>Lower your heels slowly and repeat.</source>
        <translation>הורידו את העקבים לאט וחזרו.</translation>
    </message>
    <message>
        <source>Make a soft fist and hold for a breath.</source>
        <translation>קמצו אגרוף רך והחזיקו נשימה אחת.</translation>
    </message>
    <message>
        <source>Marching knee lifts</source>
        <translation>צעידה עם הרמת ברכיים</translation>
    </message>
    <message>
        <source>Move slowly. Stop if you feel pain or tingling in your arms.</source>
        <translation>זוזו לאט. הפסיקו אם יש כאב או עקצוץ בידיים.</translation>
    </message>
    <message>
        <source>Move within a comfortable range.</source>
        <translation>זוזו בטווח נוח.</translation>
    </message>
    <message>
        <source>Near and far focus</source>
        <translation>מיקוד קרוב ורחוק</translation>
    </message>
    <message>
        <source>Neck side tilt</source>
        <translation>הטיית צוואר הצידה</translation>
    </message>
    <message>
        <source>Only a small bend. Stop if you feel pain or dizziness.</source>
        <translation>רק כפיפה קטנה. הפסיקו אם יש כאב או סחרחורת.</translation>
    </message>
    <message>
        <source>Only on a chair that does not tip. Stop if your back hurts.</source>
        <translation>רק על כיסא שלא מתהפך. הפסיקו אם הגב כואב.</translation>
    </message>
    <message>
        <source>Only use a desk that cannot slide or tip.</source>
        <translation>השתמשו רק בשולחן שלא יכול להחליק או להתהפך.</translation>
    </message>
    <message>
        <source>Open your chest and look ahead; breathe.</source>
        <translation>פתחו את החזה והסתכלו קדימה; נשמו.</translation>
    </message>
    <message>
        <source>Open your elbows wide.</source>
        <translation>פתחו את המרפקים לרווחה.</translation>
    </message>
    <message>
        <source>Open your hands and spread your fingers wide.</source>
        <translation>פתחו את הידיים ופרשו את האצבעות לרווחה.</translation>
    </message>
    <message>
        <source>Overhead triceps stretch</source>
        <translation>מתיחת שריר התלת־ראשי מעל הראש</translation>
    </message>
    <message>
        <source>Palming</source>
        <translation>כפות ידיים על העיניים</translation>
    </message>
    <message>
        <source>Prayer stretch</source>
        <translation>מתיחת תפילה</translation>
    </message>
    <message>
        <source>Press your palms together in front of your chest.</source>
        <translation>הצמידו את כפות הידיים זו לזו מול החזה.</translation>
    </message>
    <message>
        <source>Pull lightly; stop if the shoulder pinches.</source>
        <translation>משכו קלות; הפסיקו אם הכתף נצבטת.</translation>
    </message>
    <message>
        <source>Pull your toes towards you, hold, then lower slowly.</source>
        <translation>משכו את האצבעות אליכם, החזיקו, ואז הורידו לאט.</translation>
    </message>
    <message>
        <source>Put your hands on the edge of a sturdy desk, shoulder-width apart.</source>
        <translation>הניחו את הידיים על קצה שולחן יציב, ברוחב הכתפיים.</translation>
    </message>
    <message>
        <source>Put your hands on your lower back, fingers down.</source>
        <translation>הניחו את הידיים על הגב התחתון, אצבעות למטה.</translation>
    </message>
    <message>
        <source>Raise both hands in front of you.</source>
        <translation>הרימו את שתי הידיים לפניכם.</translation>
    </message>
    <message>
        <source>Raise one arm and bend the elbow so your hand drops behind your head.</source>
        <translation>הרימו יד אחת וכופפו את המרפק כך שכף היד תרד מאחורי הראש.</translation>
    </message>
    <message>
        <source>Raise your hands in front of you, elbows relaxed.</source>
        <translation>הרימו את הידיים לפניכם, מרפקים רפויים.</translation>
    </message>
    <message>
        <source>Reach and round</source>
        <translation>הושטה ועיגול</translation>
    </message>
    <message>
        <source>Repeat at your own pace.</source>
        <translation>חזרו בקצב שלכם.</translation>
    </message>
    <message>
        <source>Repeat slowly with your breath.</source>
        <translation>חזרו לאט בקצב הנשימה.</translation>
    </message>
    <message>
        <source>Repeat slowly.</source>
        <translation>חזרו לאט.</translation>
    </message>
    <message>
        <source>Rest a hand on the desk if you feel unsteady.</source>
        <translation>הניחו יד על השולחן אם אתם מרגישים לא יציבים.</translation>
    </message>
    <message>
        <source>Rest your other hand on that elbow.</source>
        <translation>הניחו את היד השנייה על המרפק הזה.</translation>
    </message>
    <message>
        <source>Return to upright slowly.</source>
        <translation>חזרו לאט לעמידה זקופה.</translation>
    </message>
    <message>
        <source>Rise onto the balls of your feet.</source>
        <translation>עלו על כריות כפות הרגליים.</translation>
    </message>
    <message>
        <source>Roll your shoulders up, back and down in slow circles.</source>
        <translation>גלגלו את הכתפיים למעלה, אחורה ולמטה במעגלים איטיים.</translation>
    </message>
    <message>
        <source>Round your upper back and let your head drop.</source>
        <translation>עגלו את הגב העליון ותנו לראש לצנוח.</translation>
    </message>
    <message>
        <source>Rub your palms together until they feel warm.</source>
        <translation>שפשפו את כפות הידיים עד שיתחממו.</translation>
    </message>
    <message>
        <source>Seated back extension</source>
        <translation>יישור גב בישיבה</translation>
    </message>
    <message>
        <source>Seated cat–cow</source>
        <translation>חתול־פרה בישיבה</translation>
    </message>
    <message>
        <source>Seated figure four</source>
        <translation>ארבע בישיבה</translation>
    </message>
    <message>
        <source>Seated forward fold</source>
        <translation>כפיפה קדימה בישיבה</translation>
    </message>
    <message>
        <source>Seated hamstring stretch</source>
        <translation>מתיחת שריר אחורי הירך בישיבה</translation>
    </message>
    <message>
        <source>Seated knee extension</source>
        <translation>יישור ברך בישיבה</translation>
    </message>
    <message>
        <source>Shift forward until you feel the front of the back hip stretch.</source>
        <translation>העבירו משקל קדימה עד שתרגישו מתיחה בחזית הירך האחורית.</translation>
    </message>
    <message>
        <source>Shoulder blade squeeze</source>
        <translation>כיווץ שכמות</translation>
    </message>
    <message>
        <source>Shoulder rolls</source>
        <translation>גלגולי כתפיים</translation>
    </message>
    <message>
        <source>Shoulder shrugs</source>
        <translation>משיכת כתפיים</translation>
    </message>
    <message>
        <source>Sit against the backrest and put your hands behind your head.</source>
        <translation>הישענו על משענת הכיסא והניחו את הידיים מאחורי הראש.</translation>
    </message>
    <message>
        <source>Sit back down slowly and with control.</source>
        <translation>שבו בחזרה לאט ובשליטה.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair with your hands on your knees.</source>
        <translation>שבו בקדמת הכיסא עם הידיים על הברכיים.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair, feet apart.</source>
        <translation>שבו בקדמת הכיסא, רגליים מפוסקות.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair, feet flat.</source>
        <translation>שבו בקדמת הכיסא, כפות הרגליים על הרצפה.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair.</source>
        <translation>שבו בקדמת הכיסא.</translation>
    </message>
    <message>
        <source>Sit tall and hold one knee with both hands.</source>
        <translation>שבו זקוף והחזיקו ברך אחת בשתי הידיים.</translation>
    </message>
    <message>
        <source>Sit tall and hold the sides of your seat.</source>
        <translation>שבו זקוף והחזיקו בצידי המושב.</translation>
    </message>
    <message>
        <source>Sit tall and let your shoulders drop.</source>
        <translation>שבו זקוף והרפו את הכתפיים.</translation>
    </message>
    <message>
        <source>Sit tall and look straight ahead.</source>
        <translation>שבו זקוף והסתכלו ישר קדימה.</translation>
    </message>
    <message>
        <source>Sit tall and rest one ankle on the opposite knee.</source>
        <translation>שבו זקוף והניחו קרסול אחד על הברך השנייה.</translation>
    </message>
    <message>
        <source>Sit tall and stretch one leg out, heel lifted.</source>
        <translation>שבו זקוף ומתחו רגל אחת קדימה, עקב מורם.</translation>
    </message>
    <message>
        <source>Sit tall with your arms hanging loose.</source>
        <translation>שבו זקוף עם ידיים רפויות.</translation>
    </message>
    <message>
        <source>Sit tall with your arms relaxed.</source>
        <translation>שבו זקוף עם ידיים רפויות.</translation>
    </message>
    <message>
        <source>Sit tall with your elbows bent at your sides.</source>
        <translation>שבו זקוף עם מרפקים כפופים לצד הגוף.</translation>
    </message>
    <message>
        <source>Sit tall with your shoulders relaxed.</source>
        <translation>שבו זקוף עם כתפיים רפויות.</translation>
    </message>
    <message>
        <source>Sit to stand</source>
        <translation>לשבת ולקום</translation>
    </message>
    <message>
        <source>Skip it after hip or knee surgery. Stop if your knee hurts.</source>
        <translation>דלגו על התרגיל אחרי ניתוח ירך או ברך. הפסיקו אם הברך כואבת.</translation>
    </message>
    <message>
        <source>Skip this if you have a back problem or high blood pressure.</source>
        <translation>דלגו על התרגיל אם יש לכם בעיית גב או לחץ דם גבוה.</translation>
    </message>
    <message>
        <source>Slide your other hand down the side of your leg.</source>
        <translation>החליקו את היד השנייה לאורך צד הרגל.</translation>
    </message>
    <message>
        <source>Slowly lower your chin towards your chest.</source>
        <translation>הורידו לאט את הסנטר לכיוון החזה.</translation>
    </message>
    <message>
        <source>Slowly roll your eyes in a wide circle.</source>
        <translation>גלגלו את העיניים לאט במעגל רחב.</translation>
    </message>
    <message>
        <source>Small swings at first; hold on for balance.</source>
        <translation>התחילו בהנפות קטנות; החזיקו לשיווי משקל.</translation>
    </message>
    <message>
        <source>Stand side-on to a wall and rest a hand on it.</source>
        <translation>עמדו בצד לקיר והניחו עליו יד.</translation>
    </message>
    <message>
        <source>Stand tall and clasp your hands behind your back.</source>
        <translation>עמדו זקוף ושלבו ידיים מאחורי הגב.</translation>
    </message>
    <message>
        <source>Stand tall and raise one arm overhead.</source>
        <translation>עמדו זקוף והרימו יד אחת מעל הראש.</translation>
    </message>
    <message>
        <source>Stand tall beside your desk.</source>
        <translation>עמדו זקוף ליד השולחן.</translation>
    </message>
    <message>
        <source>Stand tall with one hand on a wall or desk.</source>
        <translation>עמדו זקוף עם יד על הקיר או על השולחן.</translation>
    </message>
    <message>
        <source>Stand tall, feet hip-width apart, a hand on your desk.</source>
        <translation>עמדו זקוף, רגליים ברוחב האגן, יד על השולחן.</translation>
    </message>
    <message>
        <source>Stand with your feet hip-width apart.</source>
        <translation>עמדו עם רגליים ברוחב האגן.</translation>
    </message>
    <message>
        <source>Standing back bend</source>
        <translation>כפיפה לאחור בעמידה</translation>
    </message>
    <message>
        <source>Standing hip flexor stretch</source>
        <translation>מתיחת מכופפי הירך בעמידה</translation>
    </message>
    <message>
        <source>Standing side bend</source>
        <translation>כפיפה הצידה בעמידה</translation>
    </message>
    <message>
        <source>Standing thigh stretch</source>
        <translation>מתיחת ירך בעמידה</translation>
    </message>
    <message>
        <source>Step back until your body is a straight slope.</source>
        <translation>התרחקו לאחור עד שהגוף יוצר קו אלכסוני ישר.</translation>
    </message>
    <message>
        <source>Step one foot back, heel down, leg straight.</source>
        <translation>החזירו רגל אחת לאחור, עקב למטה, רגל ישרה.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy.</source>
        <translation>הפסיקו אם יש סחרחורת.</translation>
    </message>
    <message>
        <source>Stop if you feel pain in the shoulder.</source>
        <translation>הפסיקו אם יש כאב בכתף.</translation>
    </message>
    <message>
        <source>Stop if you feel pain in your hip or back.</source>
        <translation>הפסיקו אם יש כאב בירך או בגב.</translation>
    </message>
    <message>
        <source>Stop when you feel a mild stretch in your wrists; hold.</source>
        <translation>עצרו כשתרגישו מתיחה קלה בשורשי כפות הידיים; החזיקו.</translation>
    </message>
    <message>
        <source>Straighten one knee until the leg is level.</source>
        <translation>יישרו ברך אחת עד שהרגל אופקית.</translation>
    </message>
    <message>
        <source>Straighten one leg, heel on the floor, toes up.</source>
        <translation>יישרו רגל אחת, עקב על הרצפה, אצבעות למעלה.</translation>
    </message>
    <message>
        <source>Straighten your arms and lift them a little away from you.</source>
        <translation>יישרו את הידיים והרחיקו אותן מעט מהגוף.</translation>
    </message>
    <message>
        <source>Swing one leg forward and back, loose and easy.</source>
        <translation>הניפו רגל אחת קדימה ואחורה, רפויה וקלה.</translation>
    </message>
    <message>
        <source>Switch back and forth a few times.</source>
        <translation>החליפו הלוך ושוב כמה פעמים.</translation>
    </message>
    <message>
        <source>Switch legs and keep a steady march.</source>
        <translation>החליפו רגל ושמרו על קצב צעידה קבוע.</translation>
    </message>
    <message>
        <source>Take a long step forward, back heel lifted.</source>
        <translation>צעדו צעד ארוך קדימה, עקב אחורי מורם.</translation>
    </message>
    <message>
        <source>Then focus on something far away for a breath.</source>
        <translation>אחר כך התמקדו במשהו רחוק במשך נשימה אחת.</translation>
    </message>
    <message>
        <source>Tilt your ear towards your shoulder.</source>
        <translation>הטו את האוזן לכיוון הכתף.</translation>
    </message>
    <message>
        <source>Use a chair that cannot roll away.</source>
        <translation>השתמשו בכיסא שלא יכול להתגלגל.</translation>
    </message>
    <message>
        <source>With the other hand, ease the fingers back towards you.</source>
        <translation>ביד השנייה, משכו בעדינות את האצבעות אליכם.</translation>
    </message>
    <message>
        <source>Wrist circles</source>
        <translation>סיבובי שורש כף היד</translation>
    </message>
    <message>
        <source>Wrist stretch, fingers down</source>
        <translation>מתיחת שורש כף היד, אצבעות למטה</translation>
    </message>
    <message>
        <source>Wrist stretch, fingers up</source>
        <translation>מתיחת שורש כף היד, אצבעות למעלה</translation>
    </message>
</context>
<context>
    <name>FigureWidget</name>
    <message>
        <source>Exercise illustration</source>
        <translation>איור התרגיל</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation>ברירת המחדל של המערכת</translation>
    </message>
</context>
<context>
    <name>LanguageGroup</name>
    <message>
        <source>&amp;Language of windows and exercises</source>
        <translation>&amp;שפת החלונות והתרגילים</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <source>Windows and breaks use it after Save; the tray menu at the next start.</source>
        <translation>החלונות וההפסקות ישתמשו בה אחרי השמירה; תפריט המגש בהפעלה הבאה.</translation>
    </message>
</context>
<context>
    <name>NoBreak</name>
    <message>
        <source>no gap long enough</source>
        <translation>אין פער ארוך מספיק</translation>
    </message>
    <message>
        <source>no working hours set</source>
        <translation>לא הוגדרו שעות עבודה</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>מחוץ לשעות העבודה</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>מושהה</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message numerus="yes">
        <source>Stretch break in %n min</source>
        <translation>
            <numerusform>הפסקת מתיחות בעוד דקה</numerusform>
            <numerusform>הפסקת מתיחות בעוד %n דקות</numerusform>
        </translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>הגיע הזמן לזוז</translation>
    </message>
</context>
<context>
    <name>PromptWindow</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 מתוך %2</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>נותרה שנייה אחת</numerusform>
            <numerusform>נותרו %n שניות</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>סיימתי</translation>
    </message>
    <message>
        <source>Last one</source>
        <translation>התרגיל האחרון</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>צד שמאל</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>הבא: %1</translation>
    </message>
    <message>
        <source>No exercise matches your settings. Stand up and move a little.</source>
        <translation>אף תרגיל לא מתאים להגדרות שלך. קומו וזוזו קצת.</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>אין מה לעשות</translation>
    </message>
    <message>
        <source>Now the left side</source>
        <translation>עכשיו הצד השמאלי</translation>
    </message>
    <message>
        <source>Paused while you are away</source>
        <translation>מושהה כל עוד אינך ליד המחשב</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>צד ימין</translation>
    </message>
    <message>
        <source>Right side, then left</source>
        <translation>צד ימין, ואז שמאל</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>בישיבה</translation>
    </message>
    <message>
        <source>Skip exercise</source>
        <translation>דלג על התרגיל</translation>
    </message>
    <message>
        <source>Skip routine</source>
        <translation>דלג על השגרה</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>דחה בדקה</numerusform>
            <numerusform>דחה ב־%n דקות</numerusform>
        </translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>בעמידה</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>זמן שנותר</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>שני הצדדים</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>צד שמאל</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>צד ימין</translation>
    </message>
</context>
<context>
    <name>Routine</name>
    <message>
        <source>%1 &amp; %2</source>
        <translation>%1 ו%2</translation>
    </message>
    <message>
        <source>%1, %2 &amp; more</source>
        <translation>%1, %2 ועוד</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n min</source>
        <translation>
            <numerusform>%1, דקה</numerusform>
            <numerusform>%1, %n דקות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move freely, %n min</source>
        <translation>
            <numerusform>תנועה חופשית, דקה</numerusform>
            <numerusform>תנועה חופשית, %n דקות</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>A break is held (%1); trying again at %2</source>
        <translation>הפסקה מעוכבת (%1); ניסיון נוסף ב־%2</translation>
    </message>
    <message>
        <source>A break is on screen now</source>
        <translation>הפסקה מוצגת כעת</translation>
    </message>
    <message>
        <source>Focus until %1</source>
        <translation>ריכוז עד %1</translation>
    </message>
    <message>
        <source>Next break: %1</source>
        <translation>ההפסקה הבאה: %1</translation>
    </message>
    <message>
        <source>Next break: none (%1)</source>
        <translation>ההפסקה הבאה: אין (%1)</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>מושהה עד %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>שעה</numerusform>
            <numerusform>%n שעות</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Focus now</source>
        <translation>&amp;ריכוז עכשיו</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;היסטוריה…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>ה&amp;שהיה</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>י&amp;ציאה</translation>
    </message>
    <message>
        <source>&amp;Resume breaks</source>
        <translation>&amp;חידוש ההפסקות</translation>
    </message>
    <message>
        <source>&amp;Start a break now</source>
        <translation>&amp;התחל הפסקה עכשיו</translation>
    </message>
    <message>
        <source>Next break: %1</source>
        <translation>ההפסקה הבאה: %1</translation>
    </message>
    <message>
        <source>Next break: —</source>
        <translation>ההפסקה הבאה: —</translation>
    </message>
    <message>
        <source>No break planned (%1)</source>
        <translation>לא מתוכננת הפסקה (%1)</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>מושהה עד %1</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>ה&amp;גדרות…</translation>
    </message>
    <message>
        <source>Show the &amp;break</source>
        <translation>הצג את ה&amp;הפסקה</translation>
    </message>
    <message>
        <source>Until the current block ends</source>
        <translation>עד סוף הבלוק הנוכחי</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>עד מחר</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>דקה</numerusform>
            <numerusform>%n דקות</numerusform>
        </translation>
    </message>
</context>
</TS>
