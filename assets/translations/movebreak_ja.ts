<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>BodyArea</name>
    <message>
        <source>eyes</source>
        <translation>目</translation>
    </message>
    <message>
        <source>hips</source>
        <translation>股関節</translation>
    </message>
    <message>
        <source>legs</source>
        <translation>脚</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>腰</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>首</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>肩</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>背中上部</translation>
    </message>
    <message>
        <source>wrists &amp; hands</source>
        <translation>手首と手</translation>
    </message>
</context>
<context>
    <name>Exercise</name>
    <message>
        <source>A gentle pull only. Stop if you feel tingling or numbness.</source>
        <translation>やさしく引くだけに。しびれや感覚の鈍さがあれば中止します。</translation>
    </message>
    <message>
        <source>After a few circles, change direction, then blink.</source>
        <translation>何回か回したら逆回りにし、まばたきします。</translation>
    </message>
    <message>
        <source>After a few circles, change direction.</source>
        <translation>何回か回したら逆回りにします。</translation>
    </message>
    <message>
        <source>After a few circles, reverse the direction.</source>
        <translation>何回か回したら逆回りにします。</translation>
    </message>
    <message>
        <source>Ankle circles</source>
        <translation>足首回し</translation>
    </message>
    <message>
        <source>Bend forward slowly and let your arms hang.</source>
        <translation>ゆっくり前に倒れ、腕をだらりと下げます。</translation>
    </message>
    <message>
        <source>Bend one knee and hold that ankle behind you.</source>
        <translation>片ひざを曲げ、その足首を後ろでつかみます。</translation>
    </message>
    <message>
        <source>Bend sideways over your hip, without leaning forward.</source>
        <translation>前かがみにならずに、腰から横に倒します。</translation>
    </message>
    <message>
        <source>Bend the front knee and lean into the wall until the back calf stretches.</source>
        <translation>前のひざを曲げて壁に寄りかかり、後ろのふくらはぎを伸ばします。</translation>
    </message>
    <message>
        <source>Bend your elbows to lower your chest, then push back up.</source>
        <translation>ひじを曲げて胸を下ろし、押し戻します。</translation>
    </message>
    <message>
        <source>Bend your front knee and tuck your pelvis under.</source>
        <translation>前のひざを曲げ、骨盤を後ろに傾けます。</translation>
    </message>
    <message>
        <source>Breathe in: lift your chest and arch your back.</source>
        <translation>吸う：胸を持ち上げ、背中を反らします。</translation>
    </message>
    <message>
        <source>Breathe out: round your back and drop your chin.</source>
        <translation>吐く：背中を丸め、あごを下げます。</translation>
    </message>
    <message>
        <source>Breathe out; roll back up one vertebra at a time.</source>
        <translation>息を吐きながら、背骨をひとつずつ起こして戻ります。</translation>
    </message>
    <message>
        <source>Breathe slowly and enjoy the dark.</source>
        <translation>ゆっくり呼吸して、暗さを味わいましょう。</translation>
    </message>
    <message>
        <source>Bring one arm straight across your chest.</source>
        <translation>片腕をまっすぐ胸の前に持ってきます。</translation>
    </message>
    <message>
        <source>Calf raises</source>
        <translation>かかと上げ</translation>
    </message>
    <message>
        <source>Calf stretch at the wall</source>
        <translation>壁でふくらはぎのストレッチ</translation>
    </message>
    <message>
        <source>Chest opener</source>
        <translation>胸を開く</translation>
    </message>
    <message>
        <source>Chin to chest</source>
        <translation>あごを胸に</translation>
    </message>
    <message>
        <source>Chin tuck</source>
        <translation>あご引き</translation>
    </message>
    <message>
        <source>Circle your wrists slowly in one direction.</source>
        <translation>手首をゆっくり一方向に回します。</translation>
    </message>
    <message>
        <source>Clasp your hands and reach your arms forward.</source>
        <translation>両手を組み、腕を前に伸ばします。</translation>
    </message>
    <message>
        <source>Close your eyes and cup your palms over them, without pressing.</source>
        <translation>目を閉じ、手のひらを丸めて目を覆います。押さないでください。</translation>
    </message>
    <message>
        <source>Come back up slowly.</source>
        <translation>ゆっくり戻ります。</translation>
    </message>
    <message>
        <source>Cross-body shoulder stretch</source>
        <translation>肩のクロスストレッチ</translation>
    </message>
    <message>
        <source>Desk push-ups</source>
        <translation>机で腕立て伏せ</translation>
    </message>
    <message>
        <source>Do not press on your eyes.</source>
        <translation>目を押さないでください。</translation>
    </message>
    <message>
        <source>Draw slow circles with your toes.</source>
        <translation>つま先でゆっくり円を描きます。</translation>
    </message>
    <message>
        <source>Draw the knee up towards your chest.</source>
        <translation>ひざを胸に引き寄せます。</translation>
    </message>
    <message>
        <source>Draw your elbows back and squeeze your shoulder blades together.</source>
        <translation>ひじを後ろに引き、肩甲骨を寄せます。</translation>
    </message>
    <message>
        <source>Ease the elbow back gently and breathe.</source>
        <translation>ひじをやさしく後ろへ押し、呼吸します。</translation>
    </message>
    <message>
        <source>Eye circles</source>
        <translation>目の回転</translation>
    </message>
    <message>
        <source>Face a wall and put both hands on it.</source>
        <translation>壁に向かい、両手を壁につきます。</translation>
    </message>
    <message>
        <source>Feel the back of your neck lengthen; breathe.</source>
        <translation>首の後ろが伸びるのを感じながら、呼吸します。</translation>
    </message>
    <message>
        <source>Feel your shoulder blades spread; breathe into your back.</source>
        <translation>肩甲骨が広がるのを感じ、背中に息を入れます。</translation>
    </message>
    <message>
        <source>Find something at least 6 metres (20 feet) away.</source>
        <translation>6 メートル以上離れたものを見つけます。</translation>
    </message>
    <message>
        <source>Fist and spread</source>
        <translation>グーとパー</translation>
    </message>
    <message>
        <source>Focus on your thumb for a breath.</source>
        <translation>ひと呼吸のあいだ親指を見つめます。</translation>
    </message>
    <message>
        <source>Gently draw it closer and keep your shoulder down.</source>
        <translation>肩を下げたまま、やさしく引き寄せます。</translation>
    </message>
    <message>
        <source>Glide your head straight back, making a double chin.</source>
        <translation>二重あごを作るように、頭をまっすぐ後ろに引きます。</translation>
    </message>
    <message>
        <source>Hold a desk or chair for balance. Keep the front knee over the ankle.</source>
        <translation>机やいすにつかまりましょう。前のひざは足首の真上に。</translation>
    </message>
    <message>
        <source>Hold and breathe, keeping your back tall.</source>
        <translation>背筋を伸ばしたまま、保って呼吸します。</translation>
    </message>
    <message>
        <source>Hold for a breath, then relax forward again.</source>
        <translation>ひと呼吸保ち、力を抜いて前に戻ります。</translation>
    </message>
    <message>
        <source>Hold for a breath, then release.</source>
        <translation>ひと呼吸保ち、力を抜きます。</translation>
    </message>
    <message>
        <source>Hold for a moment, then let them drop.</source>
        <translation>少し保って、すとんと下ろします。</translation>
    </message>
    <message>
        <source>Hold it above the elbow with your other hand.</source>
        <translation>反対の手でひじの少し上を持ちます。</translation>
    </message>
    <message>
        <source>Hold on for balance. Stop if your knee hurts.</source>
        <translation>つかまってバランスを取りましょう。ひざが痛むときは中止します。</translation>
    </message>
    <message>
        <source>Hold one arm straight out in front, palm down.</source>
        <translation>片腕を前にまっすぐ伸ばし、手のひらを下に向けます。</translation>
    </message>
    <message>
        <source>Hold one arm straight out in front, palm facing away, fingers up.</source>
        <translation>片腕を前にまっすぐ伸ばし、手のひらを前に、指を上に向けます。</translation>
    </message>
    <message>
        <source>Hold until you feel the back of the forearm stretch.</source>
        <translation>前腕の外側が伸びるのを感じるまで保ちます。</translation>
    </message>
    <message>
        <source>Hold until you feel the inner forearm stretch.</source>
        <translation>前腕の内側が伸びるのを感じるまで保ちます。</translation>
    </message>
    <message>
        <source>Hold your thumb up at arm&apos;s length.</source>
        <translation>腕を伸ばして親指を立てます。</translation>
    </message>
    <message>
        <source>Keep it gentle and breathe; do not bounce.</source>
        <translation>やさしく呼吸しながら。反動をつけないでください。</translation>
    </message>
    <message>
        <source>Keep it gentle. Stop if you feel pain, tingling or dizziness.</source>
        <translation>やさしく行いましょう。痛み、しびれ、めまいがあれば中止します。</translation>
    </message>
    <message>
        <source>Keep the back heel on the floor; stop if it hurts.</source>
        <translation>後ろのかかとは床につけたまま。痛むときは中止します。</translation>
    </message>
    <message>
        <source>Keep your back straight; do not bounce.</source>
        <translation>背中はまっすぐに。反動をつけないでください。</translation>
    </message>
    <message>
        <source>Keep your eyes level; do not tip your head up or down.</source>
        <translation>目線は水平に。頭を上下に傾けないでください。</translation>
    </message>
    <message>
        <source>Keep your face forward and breathe slowly.</source>
        <translation>顔は正面に向けたまま、ゆっくり呼吸します。</translation>
    </message>
    <message>
        <source>Keep your head still and look up.</source>
        <translation>頭を動かさずに上を見ます。</translation>
    </message>
    <message>
        <source>Keep your knees side by side and push your hip forward gently.</source>
        <translation>両ひざをそろえ、腰をやさしく前に押し出します。</translation>
    </message>
    <message>
        <source>Keep your lower back neutral; do not lean back.</source>
        <translation>腰は自然な位置に。後ろに反らないでください。</translation>
    </message>
    <message>
        <source>Keep your shoulders down, away from your ears.</source>
        <translation>肩は下げて、耳から離しましょう。</translation>
    </message>
    <message>
        <source>Keep your shoulders relaxed. Stop if you feel tingling.</source>
        <translation>肩の力は抜いたまま。しびれがあれば中止します。</translation>
    </message>
    <message>
        <source>Keep your upper body tall and still.</source>
        <translation>上半身はまっすぐ、動かさずに。</translation>
    </message>
    <message>
        <source>Knee to chest</source>
        <translation>ひざを胸に</translation>
    </message>
    <message>
        <source>Lean back gently over the top of the chair and look up.</source>
        <translation>背もたれの上でやさしく後ろに反り、上を見ます。</translation>
    </message>
    <message>
        <source>Lean back gently, supporting yourself with your hands.</source>
        <translation>手で支えながら、やさしく後ろに反らします。</translation>
    </message>
    <message>
        <source>Lean forward a little from your hips until you feel the stretch.</source>
        <translation>伸びを感じるまで、股関節から少し前に倒れます。</translation>
    </message>
    <message>
        <source>Lean forward and stand up without using your hands.</source>
        <translation>前かがみになり、手を使わずに立ち上がります。</translation>
    </message>
    <message>
        <source>Lean forward from your hips with a long back until you feel the stretch.</source>
        <translation>背筋を伸ばしたまま、伸びを感じるまで股関節から前に倒れます。</translation>
    </message>
    <message>
        <source>Leg swings</source>
        <translation>脚の振り子</translation>
    </message>
    <message>
        <source>Let the hand drop and ease it towards you with your other hand.</source>
        <translation>手を下に垂らし、反対の手でやさしく手前に引きます。</translation>
    </message>
    <message>
        <source>Let the raised knee drop out to the side.</source>
        <translation>上げたひざを横に倒します。</translation>
    </message>
    <message>
        <source>Let your eyes rest on it for 20 seconds.</source>
        <translation>20 秒間、そこに目を休めます。</translation>
    </message>
    <message>
        <source>Lift both shoulders towards your ears.</source>
        <translation>両肩を耳のほうへ上げます。</translation>
    </message>
    <message>
        <source>Lift one knee to hip height, then lower it.</source>
        <translation>片ひざを腰の高さまで上げて、下ろします。</translation>
    </message>
    <message>
        <source>Lift your head back up slowly.</source>
        <translation>ゆっくりと頭を起こします。</translation>
    </message>
    <message>
        <source>Look away from your screen.</source>
        <translation>画面から目を離しましょう。</translation>
    </message>
    <message>
        <source>Look far away (20-20-20)</source>
        <translation>遠くを見る（20-20-20）</translation>
    </message>
    <message>
        <source>Lower your hands slowly, palms still together.</source>
        <translation>手のひらを合わせたまま、ゆっくり手を下げます。</translation>
    </message>
    <message>
        <source>Lower your heels slowly and repeat.</source>
        <translation>かかとをゆっくり下ろし、繰り返します。</translation>
    </message>
    <message>
        <source>Make a soft fist and hold for a breath.</source>
        <translation>軽く握りこぶしを作り、ひと呼吸保ちます。</translation>
    </message>
    <message>
        <source>Marching knee lifts</source>
        <translation>ひざ上げ足踏み</translation>
    </message>
    <message>
        <source>Move slowly. Stop if you feel pain or tingling in your arms.</source>
        <translation>ゆっくり動きましょう。腕に痛みやしびれがあれば中止します。</translation>
    </message>
    <message>
        <source>Move within a comfortable range.</source>
        <translation>心地よい範囲で動かしましょう。</translation>
    </message>
    <message>
        <source>Near and far focus</source>
        <translation>近くと遠くのピント合わせ</translation>
    </message>
    <message>
        <source>Neck side tilt</source>
        <translation>首の横倒し</translation>
    </message>
    <message>
        <source>Only a small bend. Stop if you feel pain or dizziness.</source>
        <translation>反らすのは少しだけ。痛みやめまいがあれば中止します。</translation>
    </message>
    <message>
        <source>Only on a chair that does not tip. Stop if your back hurts.</source>
        <translation>倒れないいすでのみ行ってください。背中が痛むときは中止します。</translation>
    </message>
    <message>
        <source>Only use a desk that cannot slide or tip.</source>
        <translation>滑ったり倒れたりしない机だけを使ってください。</translation>
    </message>
    <message>
        <source>Open your chest and look ahead; breathe.</source>
        <translation>胸を開いて前を見て、呼吸します。</translation>
    </message>
    <message>
        <source>Open your elbows wide.</source>
        <translation>ひじを大きく開きます。</translation>
    </message>
    <message>
        <source>Open your hands and spread your fingers wide.</source>
        <translation>手を開いて、指を大きく広げます。</translation>
    </message>
    <message>
        <source>Overhead triceps stretch</source>
        <translation>頭上での二の腕ストレッチ</translation>
    </message>
    <message>
        <source>Palming</source>
        <translation>パーミング</translation>
    </message>
    <message>
        <source>Prayer stretch</source>
        <translation>合掌ストレッチ</translation>
    </message>
    <message>
        <source>Press your palms together in front of your chest.</source>
        <translation>胸の前で手のひらを合わせて押し合います。</translation>
    </message>
    <message>
        <source>Pull lightly; stop if the shoulder pinches.</source>
        <translation>軽く引くだけに。肩が詰まる感じがしたら中止します。</translation>
    </message>
    <message>
        <source>Pull your toes towards you, hold, then lower slowly.</source>
        <translation>つま先を手前に引いて保ち、ゆっくり下ろします。</translation>
    </message>
    <message>
        <source>Put your hands on the edge of a sturdy desk, shoulder-width apart.</source>
        <translation>しっかりした机の縁に、肩幅で両手をつきます。</translation>
    </message>
    <message>
        <source>Put your hands on your lower back, fingers down.</source>
        <translation>両手を腰に当て、指先を下に向けます。</translation>
    </message>
    <message>
        <source>Raise both hands in front of you.</source>
        <translation>両手を体の前に上げます。</translation>
    </message>
    <message>
        <source>Raise one arm and bend the elbow so your hand drops behind your head.</source>
        <translation>片腕を上げ、手が頭の後ろに下りるようにひじを曲げます。</translation>
    </message>
    <message>
        <source>Raise your hands in front of you, elbows relaxed.</source>
        <translation>ひじの力を抜いて、両手を体の前に上げます。</translation>
    </message>
    <message>
        <source>Reach and round</source>
        <translation>伸ばして丸める</translation>
    </message>
    <message>
        <source>Repeat at your own pace.</source>
        <translation>自分のペースで繰り返します。</translation>
    </message>
    <message>
        <source>Repeat slowly with your breath.</source>
        <translation>呼吸に合わせて、ゆっくり繰り返します。</translation>
    </message>
    <message>
        <source>Repeat slowly.</source>
        <translation>ゆっくり繰り返します。</translation>
    </message>
    <message>
        <source>Rest a hand on the desk if you feel unsteady.</source>
        <translation>ふらつくときは机に手を置きましょう。</translation>
    </message>
    <message>
        <source>Rest your other hand on that elbow.</source>
        <translation>反対の手をそのひじに添えます。</translation>
    </message>
    <message>
        <source>Return to upright slowly.</source>
        <translation>ゆっくりと元の姿勢に戻ります。</translation>
    </message>
    <message>
        <source>Rise onto the balls of your feet.</source>
        <translation>つま先立ちになります。</translation>
    </message>
    <message>
        <source>Roll your shoulders up, back and down in slow circles.</source>
        <translation>肩を上、後ろ、下へとゆっくり回します。</translation>
    </message>
    <message>
        <source>Round your upper back and let your head drop.</source>
        <translation>背中の上部を丸め、頭を下げます。</translation>
    </message>
    <message>
        <source>Rub your palms together until they feel warm.</source>
        <translation>手のひらをこすり合わせて温めます。</translation>
    </message>
    <message>
        <source>Seated back extension</source>
        <translation>座って背中反らし</translation>
    </message>
    <message>
        <source>Seated cat–cow</source>
        <translation>座ってキャット＆カウ</translation>
    </message>
    <message>
        <source>Seated figure four</source>
        <translation>座って 4 の字ストレッチ</translation>
    </message>
    <message>
        <source>Seated forward fold</source>
        <translation>座って前屈</translation>
    </message>
    <message>
        <source>Seated hamstring stretch</source>
        <translation>座って太もも裏のストレッチ</translation>
    </message>
    <message>
        <source>Seated knee extension</source>
        <translation>座ってひざ伸ばし</translation>
    </message>
    <message>
        <source>Shift forward until you feel the front of the back hip stretch.</source>
        <translation>後ろ脚の股関節の前側が伸びるまで体重を前に移します。</translation>
    </message>
    <message>
        <source>Shoulder blade squeeze</source>
        <translation>肩甲骨寄せ</translation>
    </message>
    <message>
        <source>Shoulder rolls</source>
        <translation>肩回し</translation>
    </message>
    <message>
        <source>Shoulder shrugs</source>
        <translation>肩すくめ</translation>
    </message>
    <message>
        <source>Sit against the backrest and put your hands behind your head.</source>
        <translation>背もたれに寄りかかり、両手を頭の後ろに置きます。</translation>
    </message>
    <message>
        <source>Sit back down slowly and with control.</source>
        <translation>ゆっくりと、コントロールしながら座ります。</translation>
    </message>
    <message>
        <source>Sit near the front of your chair with your hands on your knees.</source>
        <translation>いすの前のほうに座り、両手をひざに置きます。</translation>
    </message>
    <message>
        <source>Sit near the front of your chair, feet apart.</source>
        <translation>いすの前のほうに座り、足を開きます。</translation>
    </message>
    <message>
        <source>Sit near the front of your chair, feet flat.</source>
        <translation>いすの前のほうに座り、足裏を床につけます。</translation>
    </message>
    <message>
        <source>Sit near the front of your chair.</source>
        <translation>いすの前のほうに座ります。</translation>
    </message>
    <message>
        <source>Sit tall and hold one knee with both hands.</source>
        <translation>背筋を伸ばして座り、片ひざを両手で抱えます。</translation>
    </message>
    <message>
        <source>Sit tall and hold the sides of your seat.</source>
        <translation>背筋を伸ばして座り、座面の両脇をつかみます。</translation>
    </message>
    <message>
        <source>Sit tall and let your shoulders drop.</source>
        <translation>背筋を伸ばして座り、肩の力を抜きます。</translation>
    </message>
    <message>
        <source>Sit tall and look straight ahead.</source>
        <translation>背筋を伸ばして座り、まっすぐ前を見ます。</translation>
    </message>
    <message>
        <source>Sit tall and rest one ankle on the opposite knee.</source>
        <translation>背筋を伸ばして座り、片方の足首を反対側のひざに乗せます。</translation>
    </message>
    <message>
        <source>Sit tall and stretch one leg out, heel lifted.</source>
        <translation>背筋を伸ばして座り、片脚をかかとを浮かせて伸ばします。</translation>
    </message>
    <message>
        <source>Sit tall with your arms hanging loose.</source>
        <translation>腕の力を抜いて、背筋を伸ばして座ります。</translation>
    </message>
    <message>
        <source>Sit tall with your arms relaxed.</source>
        <translation>腕の力を抜いて、背筋を伸ばして座ります。</translation>
    </message>
    <message>
        <source>Sit tall with your elbows bent at your sides.</source>
        <translation>ひじを曲げて体の横につけ、背筋を伸ばして座ります。</translation>
    </message>
    <message>
        <source>Sit tall with your shoulders relaxed.</source>
        <translation>肩の力を抜いて、背筋を伸ばして座ります。</translation>
    </message>
    <message>
        <source>Sit to stand</source>
        <translation>立ち座り</translation>
    </message>
    <message>
        <source>Skip it after hip or knee surgery. Stop if your knee hurts.</source>
        <translation>股関節やひざの手術後は行わないでください。ひざが痛むときは中止します。</translation>
    </message>
    <message>
        <source>Skip this if you have a back problem or high blood pressure.</source>
        <translation>腰に不調がある方や高血圧の方は行わないでください。</translation>
    </message>
    <message>
        <source>Slide your other hand down the side of your leg.</source>
        <translation>反対の手を脚の側面に沿って滑らせます。</translation>
    </message>
    <message>
        <source>Slowly lower your chin towards your chest.</source>
        <translation>あごをゆっくり胸のほうへ下ろします。</translation>
    </message>
    <message>
        <source>Slowly roll your eyes in a wide circle.</source>
        <translation>目をゆっくり大きく回します。</translation>
    </message>
    <message>
        <source>Small swings at first; hold on for balance.</source>
        <translation>最初は小さく振り、つかまってバランスを取りましょう。</translation>
    </message>
    <message>
        <source>Stand side-on to a wall and rest a hand on it.</source>
        <translation>壁に横向きに立ち、片手を壁につきます。</translation>
    </message>
    <message>
        <source>Stand tall and clasp your hands behind your back.</source>
        <translation>まっすぐ立ち、背中の後ろで両手を組みます。</translation>
    </message>
    <message>
        <source>Stand tall and raise one arm overhead.</source>
        <translation>まっすぐ立ち、片腕を頭の上に上げます。</translation>
    </message>
    <message>
        <source>Stand tall beside your desk.</source>
        <translation>机の横にまっすぐ立ちます。</translation>
    </message>
    <message>
        <source>Stand tall with one hand on a wall or desk.</source>
        <translation>片手を壁か机につき、まっすぐ立ちます。</translation>
    </message>
    <message>
        <source>Stand tall, feet hip-width apart, a hand on your desk.</source>
        <translation>足を腰幅に開いてまっすぐ立ち、片手を机に置きます。</translation>
    </message>
    <message>
        <source>Stand with your feet hip-width apart.</source>
        <translation>足を腰幅に開いて立ちます。</translation>
    </message>
    <message>
        <source>Standing back bend</source>
        <translation>立って後ろ反らし</translation>
    </message>
    <message>
        <source>Standing hip flexor stretch</source>
        <translation>立って股関節前側のストレッチ</translation>
    </message>
    <message>
        <source>Standing side bend</source>
        <translation>立って体側のストレッチ</translation>
    </message>
    <message>
        <source>Standing thigh stretch</source>
        <translation>立って太もものストレッチ</translation>
    </message>
    <message>
        <source>Step back until your body is a straight slope.</source>
        <translation>体がまっすぐな斜めの線になるまで足を後ろに引きます。</translation>
    </message>
    <message>
        <source>Step one foot back, heel down, leg straight.</source>
        <translation>片足を後ろに引き、かかとを床につけて脚を伸ばします。</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy.</source>
        <translation>めまいがしたら中止してください。</translation>
    </message>
    <message>
        <source>Stop if you feel pain in the shoulder.</source>
        <translation>肩に痛みを感じたら中止します。</translation>
    </message>
    <message>
        <source>Stop if you feel pain in your hip or back.</source>
        <translation>股関節や腰に痛みを感じたら中止します。</translation>
    </message>
    <message>
        <source>Stop when you feel a mild stretch in your wrists; hold.</source>
        <translation>手首が軽く伸びたところで止めて、保ちます。</translation>
    </message>
    <message>
        <source>Straighten one knee until the leg is level.</source>
        <translation>脚が水平になるまで片ひざを伸ばします。</translation>
    </message>
    <message>
        <source>Straighten one leg, heel on the floor, toes up.</source>
        <translation>片脚を伸ばし、かかとを床に、つま先を上に向けます。</translation>
    </message>
    <message>
        <source>Straighten your arms and lift them a little away from you.</source>
        <translation>腕を伸ばして、体から少し離します。</translation>
    </message>
    <message>
        <source>Swing one leg forward and back, loose and easy.</source>
        <translation>片脚を力を抜いて前後に振ります。</translation>
    </message>
    <message>
        <source>Switch back and forth a few times.</source>
        <translation>何度か交互に繰り返します。</translation>
    </message>
    <message>
        <source>Switch legs and keep a steady march.</source>
        <translation>脚を替えて、一定のリズムで足踏みします。</translation>
    </message>
    <message>
        <source>Take a long step forward, back heel lifted.</source>
        <translation>後ろのかかとを上げて、大きく一歩前に出ます。</translation>
    </message>
    <message>
        <source>Then focus on something far away for a breath.</source>
        <translation>次にひと呼吸のあいだ遠くのものを見つめます。</translation>
    </message>
    <message>
        <source>Tilt your ear towards your shoulder.</source>
        <translation>耳を肩のほうへ傾けます。</translation>
    </message>
    <message>
        <source>Use a chair that cannot roll away.</source>
        <translation>転がらないいすを使ってください。</translation>
    </message>
    <message>
        <source>With the other hand, ease the fingers back towards you.</source>
        <translation>反対の手で、指をやさしく手前に引きます。</translation>
    </message>
    <message>
        <source>Wrist circles</source>
        <translation>手首回し</translation>
    </message>
    <message>
        <source>Wrist stretch, fingers down</source>
        <translation>手首のストレッチ（指を下に）</translation>
    </message>
    <message>
        <source>Wrist stretch, fingers up</source>
        <translation>手首のストレッチ（指を上に）</translation>
    </message>
</context>
<context>
    <name>FigureWidget</name>
    <message>
        <source>Exercise illustration</source>
        <translation>運動のイラスト</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
</context>
<context>
    <name>LanguageGroup</name>
    <message>
        <source>&amp;Language of windows and exercises</source>
        <translation>ウィンドウと運動の言語(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Windows and breaks use it after Save; the tray menu at the next start.</source>
        <translation>ウィンドウと休憩には保存後に、トレイメニューには次回起動時に反映されます。</translation>
    </message>
</context>
<context>
    <name>NoBreak</name>
    <message>
        <source>no gap long enough</source>
        <translation>十分な空き時間がありません</translation>
    </message>
    <message>
        <source>no working hours set</source>
        <translation>勤務時間が設定されていません</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>勤務時間外です</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message numerus="yes">
        <source>Stretch break in %n min</source>
        <translation>
            <numerusform>%n 分後にストレッチ休憩</numerusform>
        </translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>体を動かす時間です</translation>
    </message>
</context>
<context>
    <name>PromptWindow</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>残り %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Last one</source>
        <translation>最後の運動</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>左側</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>次：%1</translation>
    </message>
    <message>
        <source>No exercise matches your settings. Stand up and move a little.</source>
        <translation>設定に合う運動がありません。立ち上がって少し体を動かしましょう。</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>やることはありません</translation>
    </message>
    <message>
        <source>Now the left side</source>
        <translation>次は左側</translation>
    </message>
    <message>
        <source>Paused while you are away</source>
        <translation>離席中は一時停止しています</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>右側</translation>
    </message>
    <message>
        <source>Right side, then left</source>
        <translation>右側、次に左側</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>座位</translation>
    </message>
    <message>
        <source>Skip exercise</source>
        <translation>この運動をスキップ</translation>
    </message>
    <message>
        <source>Skip routine</source>
        <translation>ルーティンをスキップ</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>%n 分後に再通知</numerusform>
        </translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>立位</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>両側</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>左側</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>右側</translation>
    </message>
</context>
<context>
    <name>Routine</name>
    <message>
        <source>%1 &amp; %2</source>
        <translation>%1と%2</translation>
    </message>
    <message>
        <source>%1, %2 &amp; more</source>
        <translation>%1、%2など</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n min</source>
        <translation>
            <numerusform>%1・%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move freely, %n min</source>
        <translation>
            <numerusform>自由に動く・%n 分</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>A break is held (%1); trying again at %2</source>
        <translation>休憩を保留中です（%1）。%2 に再試行します</translation>
    </message>
    <message>
        <source>A break is on screen now</source>
        <translation>休憩を表示中です</translation>
    </message>
    <message>
        <source>Focus until %1</source>
        <translation>%1 まで集中</translation>
    </message>
    <message>
        <source>Next break: %1</source>
        <translation>次の休憩：%1</translation>
    </message>
    <message>
        <source>Next break: none (%1)</source>
        <translation>次の休憩：なし（%1）</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>%1 まで一時停止</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Focus now</source>
        <translation>今すぐ集中(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Resume breaks</source>
        <translation>休憩を再開(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Start a break now</source>
        <translation>今すぐ休憩を始める(&amp;S)</translation>
    </message>
    <message>
        <source>Next break: %1</source>
        <translation>次の休憩：%1</translation>
    </message>
    <message>
        <source>Next break: —</source>
        <translation>次の休憩：—</translation>
    </message>
    <message>
        <source>No break planned (%1)</source>
        <translation>予定された休憩はありません（%1）</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>%1 まで一時停止</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>設定(&amp;E)…</translation>
    </message>
    <message>
        <source>Show the &amp;break</source>
        <translation>休憩を表示(&amp;B)</translation>
    </message>
    <message>
        <source>Until the current block ends</source>
        <translation>現在のブロックが終わるまで</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>明日まで</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
</context>
</TS>
