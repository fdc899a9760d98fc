<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>App</name>
    <message numerus="yes">
        <source>%n exercise file problems; those exercises were skipped. First: %1</source>
        <translation>
            <numerusform>運動ファイルに %n 件の問題があり、それらの運動はスキップしました。最初の問題：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>History is unavailable: the data folder is not writable.</source>
        <translation>履歴を表示できません：データフォルダーに書き込めません。</translation>
    </message>
    <message>
        <source>No system tray was found, so movebreak runs without an icon. Breaks still appear. Use `movebreak status`, `movebreak break-now`, `movebreak pause 30m`, `movebreak show settings`, `movebreak show history` and `movebreak quit`.</source>
        <translation>システムトレイが見つからないため、movebreak はアイコンなしで動作します。休憩は通常どおり表示されます。`movebreak status`, `movebreak break-now`, `movebreak pause 30m`, `movebreak show settings`, `movebreak show history`、`movebreak quit` を使ってください。</translation>
    </message>
    <message>
        <source>Not saved: config.toml has problems; fix them first (movebreak check-config).</source>
        <translation>保存していません：config.toml に問題があります。先に直してください（movebreak check-config）。</translation>
    </message>
    <message>
        <source>The data folder %1 is not writable (%2). Breaks still appear, but nothing is logged. Fix its permissions or set MOVEBREAK_DATA_DIR.</source>
        <translation>データフォルダー %1 に書き込めません（%2）。休憩は表示されますが、何も記録されません。権限を直すか、MOVEBREAK_DATA_DIR を設定してください。</translation>
    </message>
    <message>
        <source>The settings window is not available yet. Edit %1 (every key is in docs/config.md); `movebreak check-config` validates it.</source>
        <translation>設定ウィンドウはまだ使えません。%1 を編集してください（キーはすべて docs/config.md にあります）。`movebreak check-config` で確認できます。</translation>
    </message>
    <message>
        <source>Your choice was not saved: %1</source>
        <translation>選択は保存されませんでした：%1</translation>
    </message>
    <message>
        <source>Your config file cannot be read; movebreak runs on its defaults. The file was not changed.</source>
        <translation>設定ファイルを読み込めません。既定値で動作します。ファイルは変更していません。</translation>
    </message>
    <message numerus="yes">
        <source>Your config has %n unknown keys or sections; movebreak ignores them. The file was not changed.</source>
        <translation>
            <numerusform>設定に不明なキーまたはセクションが %n 個あります。これらは無視します。ファイルは変更していません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your config has problems; movebreak runs on defaults for the wrong values and ignores the unknown keys. The file was not changed.</source>
        <translation>設定に問題があります。誤った値には既定値を使い、不明なキーは無視します。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>Your config has problems; movebreak runs on defaults for those keys. The file was not changed.</source>
        <translation>設定に問題があります。該当するキーには既定値を使います。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>cannot open the control socket %1: %2. This instance runs, but `movebreak status`, `pause` and the others cannot reach it.</source>
        <translation>制御ソケット %1 を開けません：%2。movebreak は動いていますが、`movebreak status` や `pause` などのコマンドは届きません。</translation>
    </message>
    <message>
        <source>movebreak: calendar problem</source>
        <translation>movebreak：カレンダーの問題</translation>
    </message>
    <message>
        <source>no desktop session: WAYLAND_DISPLAY names %1, which does not exist (the compositor ended, or XDG_RUNTIME_DIR is not the session&apos;s), and DISPLAY is not set.</source>
        <translation>デスクトップセッションがありません：WAYLAND_DISPLAY が指す %1 は存在しません（コンポジターが終了したか、XDG_RUNTIME_DIR がこのセッションのものではありません）。DISPLAY も設定されていません。</translation>
    </message>
    <message>
        <source>no desktop session: neither WAYLAND_DISPLAY nor DISPLAY is set. movebreak is a tray app and needs a graphical session; start it from your desktop (or its autostart). Over SSH, `movebreak status`, `plan` and `history` work without one.</source>
        <translation>デスクトップセッションがありません：WAYLAND_DISPLAY も DISPLAY も設定されていません。movebreak はトレイで動くアプリなので、グラフィカルなセッションが必要です。デスクトップ（または自動起動）から起動してください。SSH 経由でも `movebreak status`、`plan`、`history` は使えます。</translation>
    </message>
    <message>
        <source>skipped exercise: %1</source>
        <translation>スキップした運動：%1</translation>
    </message>
</context>
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
    <name>BreaksPage</name>
    <message>
        <source>A break is planned in each free gap of your working hours, never inside a block. Its length fits the gap, between the shortest and longest routine.</source>
        <translation>休憩は勤務時間内の空き時間ごとに計画され、ブロックの中には入りません。長さは空き時間に合わせ、最短と最長のルーティンの間で決まります。</translation>
    </message>
    <message>
        <source>Breaks: longest routine %1</source>
        <translation>休憩：最長のルーティン %1</translation>
    </message>
    <message>
        <source>How breaks are announced</source>
        <translation>休憩の知らせ方</translation>
    </message>
    <message>
        <source>Longest routine %1</source>
        <translation>最長のルーティン %1</translation>
    </message>
    <message>
        <source>When breaks happen</source>
        <translation>休憩のタイミング</translation>
    </message>
    <message numerus="yes">
        <source>must be at least the shortest routine (%n min)</source>
        <translation>
            <numerusform>最短のルーティン（%n 分）以上にしてください</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>25m, 50m, 90m ...</source>
        <translation>25m、50m、90m など</translation>
    </message>
    <message>
        <source>List the journaled breaks with their exercises and outcomes, and a summary (completion rate, streak, minutes moved). Dates are local days, inclusive.</source>
        <translation>記録した休憩とそのエクササイズ・結果、それに概要 (完了率、連続日数、動いた分数) を表示します。日付はローカルの日で、両端を含みます。</translation>
    </message>
    <message>
        <source>Short mobility routines planned into the gaps between your deep-work blocks.</source>
        <translation>集中作業ブロックの合間に組み込む、短いモビリティ・ルーティン。</translation>
    </message>
    <message>
        <source>Show the blocks (weekly rules + calendars) and the break slots planned into the gaps between them. Without --from: today, from now on.</source>
        <translation>ブロック (毎週のルール + カレンダー) と、その合間に計画した休憩を表示します。--from がなければ今日の今から。</translation>
    </message>
    <message>
        <source>Validate a movebreak config file. Every problem is listed with its line, what is wrong and what would be valid. Unknown keys and sections are warnings with a &apos;did you mean&apos; (a newer movebreak may have written them): exit 0 unless --strict. A wrong value exits 2.</source>
        <translation>movebreak の設定ファイルを検証します。問題はすべて、行、誤りの内容、有効な値とともに一覧にします。不明なキーやセクションは「もしかして」付きの警告です (新しい movebreak が書いた可能性があります)。--strict がなければ終了コード 0、誤った値があれば 2 です。</translation>
    </message>
    <message>
        <source>a manual deep-work block; the break comes when it ends</source>
        <translation>手動の集中作業ブロック。終わったら休憩します</translation>
    </message>
    <message>
        <source>add an .ics file or http(s) URL as a calendar source (repeatable)</source>
        <translation>.ics ファイルまたは http(s) の URL をカレンダーとして追加 (繰り返し可)</translation>
    </message>
    <message>
        <source>first day to include (default: all)</source>
        <translation>含める最初の日 (既定: すべて)</translation>
    </message>
    <message>
        <source>first day to plan, whole days (default: today, from now on)</source>
        <translation>計画する最初の日。丸一日単位 (既定: 今日の今から)</translation>
    </message>
    <message>
        <source>hold breaks for a while; every pause ends by itself</source>
        <translation>しばらく休憩を止めます。一時停止は必ず自動で終わります</translation>
    </message>
    <message>
        <source>last day to include (default: today)</source>
        <translation>含める最後の日 (既定: 今日)</translation>
    </message>
    <message>
        <source>log debug messages to stderr</source>
        <translation>デバッグメッセージを stderr に出力</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>機械で読める出力</translation>
    </message>
    <message>
        <source>number of days to plan, 1 to %1 (default: 1)</source>
        <translation>計画する日数。1〜%1 (既定: 1)</translation>
    </message>
    <message>
        <source>open a window of the running app</source>
        <translation>実行中のアプリのウィンドウを開く</translation>
    </message>
    <message>
        <source>plan in this IANA zone (default: the config&apos;s, else the system&apos;s)</source>
        <translation>この IANA のゾーンで計画 (既定: 設定のゾーン、なければシステムのゾーン)</translation>
    </message>
    <message>
        <source>quit the running app</source>
        <translation>実行中のアプリを終了</translation>
    </message>
    <message>
        <source>show the breaks you took and the exercises you did</source>
        <translation>取った休憩と行ったエクササイズを表示</translation>
    </message>
    <message>
        <source>show the deep-work blocks and the breaks planned between them</source>
        <translation>集中作業ブロックとその合間に計画した休憩を表示</translation>
    </message>
    <message>
        <source>show the next break and any pause</source>
        <translation>次の休憩と一時停止の状態を表示</translation>
    </message>
    <message>
        <source>start a break now in the running app</source>
        <translation>実行中のアプリで今すぐ休憩を始める</translation>
    </message>
    <message>
        <source>table for people (default), csv for spreadsheets, json for scripts</source>
        <translation>人向けは table (既定)、表計算ソフト向けは csv、スクリプト向けは json</translation>
    </message>
    <message>
        <source>table for people (default), json for scripts</source>
        <translation>人向けは table (既定)、スクリプト向けは json</translation>
    </message>
    <message>
        <source>the config file to check (default: --config, or the user&apos;s config file)</source>
        <translation>検証する設定ファイル (既定: --config、なければユーザーの設定ファイル)</translation>
    </message>
    <message>
        <source>treat warnings (unknown keys and sections) as errors: exit 2</source>
        <translation>警告 (不明なキーやセクション) をエラーとして扱う: 終了コード 2</translation>
    </message>
    <message>
        <source>use this config file instead of the user&apos;s</source>
        <translation>ユーザーの設定ファイルの代わりにこのファイルを使う</translation>
    </message>
    <message>
        <source>validate a config file and report every problem (exit 0 if usable, 2 if not)</source>
        <translation>設定ファイルを検証し、すべての問題を報告 (使えれば終了コード 0、使えなければ 2)</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 occurs %2 times in the planned days, more than %3; ignored</source>
        <translation>%1 は計画期間中に %2 回あり、%3 回を超えるため無視します</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：ファイルがありません</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1：通常のファイルではありません</translation>
    </message>
    <message>
        <source>%1; event skipped</source>
        <translation>%1。この予定はスキップしました</translation>
    </message>
    <message>
        <source>%1; ignored</source>
        <translation>%1。無視します</translation>
    </message>
    <message>
        <source>%1; using the cached copy, %2 old</source>
        <translation>%1。保存済みのコピー（%2 前）を使います</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>（タイトルなし）</translation>
    </message>
    <message>
        <source>DTEND at or after DTSTART</source>
        <translation>DTSTART 以降の DTEND</translation>
    </message>
    <message>
        <source>END:%1 without its BEGIN</source>
        <translation>対応する BEGIN のない END:%1</translation>
    </message>
    <message>
        <source>RRULE INTERVAL=%1 is not a valid interval</source>
        <translation>RRULE INTERVAL=%1 は有効な間隔ではありません</translation>
    </message>
    <message>
        <source>RRULE has no valid FREQ (%1)</source>
        <translation>RRULE に有効な FREQ がありません（%1）</translation>
    </message>
    <message>
        <source>X-WR-TIMEZONE %1 is not a time zone; ignored</source>
        <translation>X-WR-TIMEZONE %1 はタイムゾーンではないため無視します</translation>
    </message>
    <message>
        <source>a DURATION such as PT30M</source>
        <translation>PT30M のような DURATION</translation>
    </message>
    <message>
        <source>a URL that serves the .ics file</source>
        <translation>.ics ファイルを返す URL</translation>
    </message>
    <message>
        <source>a calendar that expands within the limits in docs/limits.md</source>
        <translation>docs/limits.md の上限内で展開できるカレンダー</translation>
    </message>
    <message>
        <source>a calendar under the size limit</source>
        <translation>サイズ上限内のカレンダー</translation>
    </message>
    <message>
        <source>a path to an .ics file, a file:// URL, or an http(s):// URL</source>
        <translation>.ics ファイルのパス、file:// URL、または http(s):// URL</translation>
    </message>
    <message>
        <source>a positive DURATION such as PT30M</source>
        <translation>PT30M のような正の DURATION</translation>
    </message>
    <message>
        <source>a recurrence at most every 15 minutes, starting after 1900</source>
        <translation>15 分以上の間隔で、1900 年より後に始まる繰り返し</translation>
    </message>
    <message>
        <source>a valid RRULE/RDATE/EXDATE</source>
        <translation>有効な RRULE/RDATE/EXDATE</translation>
    </message>
    <message>
        <source>a value as RFC 5545 defines it</source>
        <translation>RFC 5545 が定める形式の値</translation>
    </message>
    <message>
        <source>an IANA zone such as &apos;Europe/Berlin&apos;</source>
        <translation>&apos;Europe/Berlin&apos; のような IANA タイムゾーン</translation>
    </message>
    <message>
        <source>an IANA zone such as &apos;Europe/Berlin&apos;, or a VTIMEZONE in the file</source>
        <translation>&apos;Europe/Berlin&apos; のような IANA タイムゾーン、またはファイル内の VTIMEZONE</translation>
    </message>
    <message>
        <source>an event with DTSTART</source>
        <translation>DTSTART のある予定</translation>
    </message>
    <message>
        <source>an iCalendar (.ics) file: BEGIN:VCALENDAR ... END:VCALENDAR</source>
        <translation>iCalendar（.ics）ファイル：BEGIN:VCALENDAR ... END:VCALENDAR</translation>
    </message>
    <message>
        <source>an iCalendar file with at least one valid VEVENT</source>
        <translation>有効な VEVENT を 1 つ以上含む iCalendar ファイル</translation>
    </message>
    <message>
        <source>cannot be expanded: %1</source>
        <translation>展開できません：%1</translation>
    </message>
    <message>
        <source>cannot be reached: %1</source>
        <translation>接続できません：%1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>読み込めません：%1</translation>
    </message>
    <message>
        <source>could not be fetched</source>
        <translation>取得できませんでした</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>読み込めませんでした</translation>
    </message>
    <message>
        <source>could not be read (the reader ended with code %1: %2)</source>
        <translation>読み込めませんでした（読み込み処理がコード %1 で終了：%2）</translation>
    </message>
    <message>
        <source>could not be read (the reader&apos;s answer was garbled)</source>
        <translation>読み込めませんでした（読み込み処理の応答が壊れていました）</translation>
    </message>
    <message>
        <source>could not start the calendar reader: %1</source>
        <translation>カレンダーの読み込み処理を開始できませんでした：%1</translation>
    </message>
    <message>
        <source>does not start with BEGIN:VCALENDAR</source>
        <translation>BEGIN:VCALENDAR で始まっていません</translation>
    </message>
    <message>
        <source>ends before it starts; counted as busy with start and end swapped</source>
        <translation>始まる前に終わっています。開始と終了を入れ替えて予定ありとして数えます</translation>
    </message>
    <message>
        <source>every %1 minutes</source>
        <translation>%1 分ごと</translation>
    </message>
    <message>
        <source>every %1 seconds</source>
        <translation>%1 秒ごと</translation>
    </message>
    <message>
        <source>every minute</source>
        <translation>1 分ごと</translation>
    </message>
    <message>
        <source>every second</source>
        <translation>1 秒ごと</translation>
    </message>
    <message>
        <source>has %1 more than once</source>
        <translation>%1 が複数あります</translation>
    </message>
    <message>
        <source>has a negative duration</source>
        <translation>期間が負の値です</translation>
    </message>
    <message>
        <source>has no DTSTART</source>
        <translation>DTSTART がありません</translation>
    </message>
    <message>
        <source>invalid %1: %2</source>
        <translation>無効な %1：%2</translation>
    </message>
    <message>
        <source>is %1 MB, more than the %2 MB limit</source>
        <translation>%1 MB あり、上限の %2 MB を超えています</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>空です</translation>
    </message>
    <message>
        <source>is more than the %1 MB limit</source>
        <translation>上限の %1 MB を超えています</translation>
    </message>
    <message>
        <source>is not a valid URL: %1</source>
        <translation>有効な URL ではありません：%1</translation>
    </message>
    <message>
        <source>is not valid iCalendar: %1</source>
        <translation>有効な iCalendar ではありません：%1</translation>
    </message>
    <message>
        <source>lasts longer than %1 days</source>
        <translation>%1 日より長く続きます</translation>
    </message>
    <message>
        <source>needs more than %1 MB of memory to read</source>
        <translation>読み込みに %1 MB を超えるメモリーが必要です</translation>
    </message>
    <message>
        <source>needs more than %1 s of processor time to read</source>
        <translation>読み込みに %1 秒を超える処理時間が必要です</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>%1 秒以内に完全な応答がありませんでした</translation>
    </message>
    <message>
        <source>no event in this calendar can be used</source>
        <translation>このカレンダーに使える予定がありません</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>ファイルがありません</translation>
    </message>
    <message>
        <source>not an iCalendar line: %1</source>
        <translation>iCalendar の行ではありません：%1</translation>
    </message>
    <message>
        <source>not fetched yet and no cached copy</source>
        <translation>まだ取得しておらず、保存済みのコピーもありません</translation>
    </message>
    <message>
        <source>not read: movebreak is quitting</source>
        <translation>読み込んでいません：movebreak を終了しています</translation>
    </message>
    <message>
        <source>not read: the calendars before it took the %1 s that reading calendars may take</source>
        <translation>読み込んでいません：前のカレンダーが、読み込みに使える %1 秒を使い切りました</translation>
    </message>
    <message>
        <source>occurs %1; ignored</source>
        <translation>%1に繰り返すため無視します</translation>
    </message>
    <message>
        <source>one %1 per event</source>
        <translation>予定ごとに %1 を 1 つ</translation>
    </message>
    <message>
        <source>repeats from %1: expanding it would take about %2 steps, more than %3; ignored</source>
        <translation>%1 から繰り返します。展開には約 %2 ステップかかり、%3 を超えるため無視します</translation>
    </message>
    <message>
        <source>the file ends at line %1 inside BEGIN:%2 (truncated?)</source>
        <translation>ファイルが BEGIN:%2 の途中、%1 行目で終わっています（途切れている？）</translation>
    </message>
    <message>
        <source>the recurring events before it already use this calendar&apos;s budget of %1 expansion steps; ignored</source>
        <translation>前の繰り返し予定が、このカレンダーの展開上限 %1 ステップをすでに使っているため無視します</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation>サーバーの応答は HTTP %1 %2 でした</translation>
    </message>
    <message>
        <source>the server redirected to %1, which is not an http(s) URL</source>
        <translation>サーバーが %1 に転送しましたが、http(s) の URL ではありません</translation>
    </message>
    <message>
        <source>took longer than %1 s to read; skipped</source>
        <translation>読み込みに %1 秒以上かかったため、スキップしました</translation>
    </message>
    <message>
        <source>took longer than the %1 s that reading calendars may take; skipped</source>
        <translation>カレンダーの読み込みに使える %1 秒を超えたため、スキップしました</translation>
    </message>
    <message>
        <source>unknown time zone %1</source>
        <translation>不明なタイムゾーン %1</translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1:&apos;</source>
        <translation>対応していないスキーム &apos;%1:&apos;</translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1:&apos; (use https:// instead of webcal://)</source>
        <translation>対応していないスキーム &apos;%1:&apos;（webcal:// の代わりに https:// を使ってください）</translation>
    </message>
    <message>
        <source>using the cached copy, %1 old</source>
        <translation>保存済みのコピー（%1 前）を使います</translation>
    </message>
    <message>
        <source>wait for the next refresh</source>
        <translation>次の更新を待ってください</translation>
    </message>
</context>
<context>
    <name>CheckConfig</name>
    <message>
        <source> and </source>
        <translation> 、 </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 に %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n 件の問題</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n 件の警告</numerusform>
        </translation>
    </message>
    <message>
        <source>OK with %1: %2</source>
        <translation>%1 がありますが OK：%2</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK：%1</translation>
    </message>
    <message>
        <source>OK: %1 (does not exist; the defaults are used)</source>
        <translation>OK：%1（存在しません。既定値が使われます）</translation>
    </message>
    <message>
        <source>is a directory, not a config file</source>
        <translation>フォルダーです。設定ファイルではありません</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>ファイルがありません</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 days</source>
        <translation>%1 日</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
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
    <name>ExercisesPage</name>
    <message>
        <source>&amp;Open my exercises folder</source>
        <translation>運動フォルダーを開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Play preview</source>
        <translation>プレビューを再生(&amp;P)</translation>
    </message>
    <message>
        <source>A favourite (♥ in the prompt)</source>
        <translation>お気に入り（休憩画面の ♥）</translation>
    </message>
    <message>
        <source>Body &amp;areas to include</source>
        <translation>含める体の部位(&amp;A)</translation>
    </message>
    <message>
        <source>E&amp;xercises (untick one to never get it)</source>
        <translation>運動（チェックを外すとその運動は出てきません）(&amp;X)</translation>
    </message>
    <message>
        <source>Illustrations unavailable: %1</source>
        <translation>イラストを表示できません：%1</translation>
    </message>
    <message>
        <source>No exercises were found. Check the exercise files.</source>
        <translation>運動が見つかりません。運動ファイルを確認してください。</translation>
    </message>
    <message>
        <source>Sto&amp;p preview</source>
        <translation>プレビューを停止(&amp;P)</translation>
    </message>
    <message>
        <source>Your own exercises are .toml files in this folder; they are loaded at the next start.</source>
        <translation>自分の運動はこのフォルダー内の .toml ファイルです。次回起動時に読み込まれます。</translation>
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
    <name>GeneralPage</name>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>Fitting in with the rest of the desktop</source>
        <translation>デスクトップとの連携</translation>
    </message>
    <message>
        <source>General: %1</source>
        <translation>一般：%1</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>データフォルダーを開く(&amp;D)</translation>
    </message>
    <message>
        <source>Open s&amp;ettings folder</source>
        <translation>設定フォルダーを開く(&amp;E)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Start and notifications</source>
        <translation>起動と通知</translation>
    </message>
    <message>
        <source>Start movebreak when I log &amp;in</source>
        <translation>ログイン時に movebreak を起動(&amp;I)</translation>
    </message>
    <message>
        <source>Unknown time zone &apos;%1&apos;: use an IANA name such as Europe/Berlin</source>
        <translation>不明なタイムゾーン「%1」：Asia/Tokyo のような IANA 名を使ってください</translation>
    </message>
    <message>
        <source>Where your settings and data live</source>
        <translation>設定とデータの保存場所</translation>
    </message>
    <message>
        <source>e.g. zoom, obs</source>
        <translation>例：zoom, obs</translation>
    </message>
    <message>
        <source>empty: the system&apos;s zone</source>
        <translation>空欄：システムのタイムゾーン</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>%1 min moved</source>
        <translation>%1 分体を動かしました</translation>
    </message>
    <message>
        <source>%1 missed while asleep or off</source>
        <translation>%1 件はスリープ中・電源オフで逃しました</translation>
    </message>
    <message>
        <source>%1 of %2 due completed (%3)</source>
        <translation>予定 %2 件中 %1 件を完了（%3）</translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <translation>
            <numerusform>休憩 %n 回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>No breaks logged in that range.</source>
        <translation>この期間に記録された休憩はありません。</translation>
    </message>
    <message>
        <source>No breaks logged yet (%1 does not exist).</source>
        <translation>まだ休憩の記録はありません（%1 は存在しません）。</translation>
    </message>
    <message>
        <source>No breaks logged yet.</source>
        <translation>まだ休憩の記録はありません。</translation>
    </message>
    <message>
        <source>exercises</source>
        <translation>運動</translation>
    </message>
    <message>
        <source>length</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>most skipped: %1</source>
        <translation>よくスキップ：%1</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>streak: %1 (longest %2)</source>
        <translation>連続記録：%1（最長 %2）</translation>
    </message>
    <message>
        <source>when</source>
        <translation>日時</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source> (newest %1 shown)</source>
        <translation> （最新 %1 件を表示）</translation>
    </message>
    <message>
        <source>%1: none yet</source>
        <translation>%1：まだありません</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 日</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 日</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; min moved</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 分体を動かしました</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; missed while asleep or off</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 件はスリープ中・電源オフで逃しました</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 due breaks completed (&lt;b&gt;%3&lt;/b&gt;)</source>
        <translation>予定の休憩 %2 件中 &lt;b&gt;%1&lt;/b&gt; 件を完了（&lt;b&gt;%3&lt;/b&gt;）</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>All breaks</source>
        <translation>すべての休憩</translation>
    </message>
    <message>
        <source>Body areas moved, last 7 days (minutes)</source>
        <translation>動かした体の部位、過去 7 日（分）</translation>
    </message>
    <message>
        <source>Breaks are not being logged: the journal is read-only.</source>
        <translation>休憩は記録されていません：記録ファイルが読み取り専用です。</translation>
    </message>
    <message numerus="yes">
        <source>Breaks in the last %n days</source>
        <translation>
            <numerusform>過去 %n 日間の休憩</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>CSV スプレッドシート (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>%1 にエクスポートできません：%2</translation>
    </message>
    <message>
        <source>Days in a row with at least one routine completed. Days with no breaks due (weekends, days off) don&apos;t break a streak.</source>
        <translation>ルーティンを 1 つ以上完了した日が続いた日数です。休憩予定のない日（週末・休日）は連続記録を途切れさせません。</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>運動</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>履歴をエクスポート</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n breaks to %1</source>
        <translation>
            <numerusform>%n 件の休憩を %1 にエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>過去 14 日</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n days</source>
        <translation>
            <numerusform>連続記録：%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>longest %1</source>
        <translation>最長 %1</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>most skipped: %1</source>
        <translation>よくスキップ：%1</translation>
    </message>
    <message>
        <source>movebreak — history</source>
        <translation>movebreak — 履歴</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>%1. Breaks are not being logged until this is fixed.</source>
        <translation>%1。これが直るまで休憩は記録されません。</translation>
    </message>
    <message>
        <source>Could not read the journal %1: %2.</source>
        <translation>記録ファイル %1 を読み込めませんでした：%2。</translation>
    </message>
    <message>
        <source>Could not save a break to %1: %2. Recent breaks may be missing from your history until this is fixed.</source>
        <translation>休憩を %1 に保存できませんでした：%2。直るまで、最近の休憩が履歴に出ないことがあります。</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened for writing: %2</source>
        <translation>記録ファイル %1 を書き込み用に開けません：%2</translation>
    </message>
    <message>
        <source>The journal %1 cannot be written: %2</source>
        <translation>記録ファイル %1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>The journal %1 is damaged (%2) and could not be moved aside (%3). Breaks are not being logged.</source>
        <translation>記録ファイル %1 が壊れていて（%2）、別名で残すこともできませんでした（%3）。休憩は記録されていません。</translation>
    </message>
    <message>
        <source>The journal %1 was damaged and could not be read (%2). It was kept as %3 and a new journal was started.</source>
        <translation>記録ファイル %1 が壊れていて読み込めませんでした（%2）。%3 として残し、新しい記録ファイルを始めました。</translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer movebreak (schema %2; this version knows up to %3). History is shown, but breaks are not logged until you update movebreak.</source>
        <translation>記録ファイル %1 は新しい movebreak で書かれています（スキーマ %2。このバージョンは %3 まで対応）。履歴は表示されますが、movebreak を更新するまで休憩は記録されません。</translation>
    </message>
    <message>
        <source>The journal folder %1 cannot be created: %2</source>
        <translation>記録ファイルのフォルダー %1 を作成できません：%2</translation>
    </message>
    <message>
        <source>another program holds it locked</source>
        <translation>別のプログラムがロックしています</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ディスクがいっぱいです</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>ディスクが入出力エラーを報告しました</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>ファイルが読み取り専用です</translation>
    </message>
    <message>
        <source>the file or its folder cannot be opened for writing</source>
        <translation>ファイルまたはそのフォルダーを書き込み用に開けません</translation>
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
    <message>
        <source>Show the break</source>
        <translation>休憩を表示</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>今すぐ開始</translation>
    </message>
    <message>
        <source>Stretch break in %1 min %2 s</source>
        <translation>%1 分 %2 秒後にストレッチ休憩</translation>
    </message>
    <message numerus="yes">
        <source>Stretch break in %n min</source>
        <translation>
            <numerusform>%n 分後にストレッチ休憩</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stretch break in %n s</source>
        <translation>
            <numerusform>%n 秒後にストレッチ休憩</numerusform>
        </translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>体を動かす時間です</translation>
    </message>
</context>
<context>
    <name>Option</name>
    <message>
        <source>Announce breaks with a desktop notification.</source>
        <translation>デスクトップ通知で休憩をお知らせします。</translation>
    </message>
    <message>
        <source>Body areas never to suggest.</source>
        <translation>提案しない体の部位。</translation>
    </message>
    <message>
        <source>Count time away from the keyboard as a natural break.</source>
        <translation>キーボードから離れていた時間を自然な休憩として数えます。</translation>
    </message>
    <message>
        <source>Exercise ids never to suggest.</source>
        <translation>提案しない運動の ID。</translation>
    </message>
    <message>
        <source>Exercise ids to suggest first where body areas allow.</source>
        <translation>体の部位が許す範囲で最初に提案する運動の ID。</translation>
    </message>
    <message>
        <source>Gaps shorter than this get no break.</source>
        <translation>これより短い空き時間には休憩を入れません。</translation>
    </message>
    <message>
        <source>Heads-up notification this long before a break (0 = off).</source>
        <translation>休憩のこの時間前に予告します（0 = オフ）。</translation>
    </message>
    <message>
        <source>Hold breaks while a fullscreen window has focus.</source>
        <translation>全画面ウィンドウがフォーカスされている間は休憩を保留します。</translation>
    </message>
    <message>
        <source>Hold breaks while any of these processes runs.</source>
        <translation>これらのプロセスが動いている間は休憩を保留します。</translation>
    </message>
    <message>
        <source>Hold breaks while the microphone or the camera is in use (a call).</source>
        <translation>マイクまたはカメラの使用中（通話中）は休憩を保留します。</translation>
    </message>
    <message>
        <source>How long Snooze postpones a break.</source>
        <translation>「再通知」で休憩を遅らせる時間。</translation>
    </message>
    <message>
        <source>How often URL calendars are fetched again.</source>
        <translation>URL カレンダーを再取得する間隔。</translation>
    </message>
    <message>
        <source>Language of the windows and exercises (empty = system).</source>
        <translation>ウィンドウと運動の言語（空欄 = システム）。</translation>
    </message>
    <message>
        <source>Longest free stretch without a break.</source>
        <translation>休憩なしで過ごす最長の時間。</translation>
    </message>
    <message>
        <source>Longest routine.</source>
        <translation>最長のルーティン。</translation>
    </message>
    <message>
        <source>Minutes after a block ends before the break starts.</source>
        <translation>ブロック終了から休憩開始までの分数。</translation>
    </message>
    <message>
        <source>Plan in this IANA zone instead of the system&apos;s (empty = system).</source>
        <translation>システムではなくこの IANA タイムゾーンで計画します（空欄 = システム）。</translation>
    </message>
    <message>
        <source>Play a soft chime at the start and between exercises.</source>
        <translation>開始時と運動の合間にやさしいチャイムを鳴らします。</translation>
    </message>
    <message>
        <source>Routines you may skip a day; then Skip routine becomes Shorten to 1 min (0 = no limit).</source>
        <translation>1 日にスキップできるルーティンの数です。超えると「ルーティンをスキップ」が「1 分に短縮」になります（0 = 制限なし）。</translation>
    </message>
    <message>
        <source>Shortest routine.</source>
        <translation>最短のルーティン。</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>逃した</translation>
    </message>
    <message>
        <source>natural break</source>
        <translation>自然な休憩</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>未実施</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>一部</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>表示中</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>Pause</name>
    <message>
        <source>%1 days</source>
        <translation>%1 日</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 日</translation>
    </message>
    <message>
        <source>Breaks resumed.</source>
        <translation>休憩を再開しました。</translation>
    </message>
    <message>
        <source>Focus until %1; the break comes after it.</source>
        <translation>%1 まで集中。その後に休憩します。</translation>
    </message>
    <message>
        <source>Paused %1 (until %2 %3).</source>
        <translation>%1 一時停止します (%2 %3 まで)。</translation>
    </message>
    <message>
        <source>Paused until %1 %2.</source>
        <translation>%1 %2 まで一時停止します。</translation>
    </message>
    <message>
        <source>a duration like 30m, 1h, 1h30m, 2d (up to 7d); &apos;until HH:MM&apos;; &apos;tomorrow&apos;; &apos;block&apos;; or &apos;off&apos;</source>
        <translation>30m、1h、1h30m、2d (最大 7d) のような長さ、&apos;until HH:MM&apos;、&apos;tomorrow&apos;、&apos;block&apos;、または &apos;off&apos;</translation>
    </message>
    <message>
        <source>a pause of %1 pauses nothing; to resume breaks use &apos;off&apos;; valid: %2</source>
        <translation>%1 の一時停止では何も止まりません。休憩を再開するには &apos;off&apos; を使ってください。有効な値: %2</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>%1 の間</translation>
    </message>
    <message>
        <source>invalid focus length %1; valid: 5m to 8h, e.g. 25m, 50m, 90m</source>
        <translation>集中時間 %1 は無効です。有効な値: 5m〜8h (例: 25m、50m、90m)</translation>
    </message>
    <message>
        <source>invalid pause %1; valid: %2</source>
        <translation>一時停止 %1 は無効です。有効な値: %2</translation>
    </message>
    <message>
        <source>invalid time %1; valid: %2</source>
        <translation>時刻 %1 は無効です。有効な値: %2</translation>
    </message>
    <message>
        <source>there is no block going on right now</source>
        <translation>いま進行中のブロックはありません</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 まで</translation>
    </message>
    <message>
        <source>until the block ends</source>
        <translation>ブロックが終わるまで</translation>
    </message>
    <message>
        <source>until tomorrow</source>
        <translation>明日まで</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message numerus="yes">
        <source>%n blocks</source>
        <translation>
            <numerusform>ブロック %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <translation>
            <numerusform>休憩 %n 回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan for %n days from %1 (%2)</source>
        <translation>
            <numerusform>%1 から %n 日間の計画（%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>block</source>
        <translation>ブロック</translation>
    </message>
    <message>
        <source>break</source>
        <translation>休憩</translation>
    </message>
    <message>
        <source>no working hours</source>
        <translation>勤務時間なし</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>予定なし</translation>
    </message>
    <message>
        <source>warning: %1 (planning without the breaks taken today)</source>
        <translation>警告: %1 (今日取った休憩を含めずに計画します)</translation>
    </message>
    <message>
        <source>warning: %1 (using the default)</source>
        <translation>警告: %1 (既定値を使用)</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message numerus="yes">
        <source>%1: %n breaks at %2</source>
        <translation>
            <numerusform>%1：%2 に %n 回の休憩</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no breaks.</source>
        <translation>%1：休憩なし。</translation>
    </message>
    <message>
        <source>%1: not a working day.</source>
        <translation>%1：勤務日ではありません。</translation>
    </message>
    <message>
        <source>Plan preview timeline</source>
        <translation>計画プレビューのタイムライン</translation>
    </message>
    <message>
        <source>Preview paused until every value is valid.</source>
        <translation>すべての値が正しくなるまでプレビューを停止しています。</translation>
    </message>
    <message>
        <source>Preview unavailable: %1</source>
        <translation>プレビューを表示できません：%1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明日</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>%1 (valid: %2)</source>
        <translation>%1 (有効な値: %2)</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 のエントリ</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 または %2</translation>
    </message>
    <message>
        <source>%1, e.g. %2</source>
        <translation>%1 (例: %2)</translation>
    </message>
    <message>
        <source>Invalid range %1 - %2 is no time of day (00:00 to 24:00)</source>
        <translation>範囲 %1 が無効です: %2 は時刻ではありません (00:00〜24:00)</translation>
    </message>
    <message>
        <source>Invalid range %1 - end must be after start</source>
        <translation>範囲 %1 が無効です: 終了は開始より後にしてください</translation>
    </message>
    <message>
        <source>Invalid range %1 - not written as HH:MM-HH:MM (two-digit minutes)</source>
        <translation>範囲 %1 が無効です: HH:MM-HH:MM の形式ではありません (分は2桁)</translation>
    </message>
    <message>
        <source>Invalid range %1 - write a range as a quoted %2 string</source>
        <translation>範囲 %1 が無効です: 範囲は引用符付きの %2 で書いてください</translation>
    </message>
    <message>
        <source>Invalid value %1</source>
        <translation>無効な値 %1</translation>
    </message>
    <message>
        <source>Invalid value %1 - not a shipped language</source>
        <translation>無効な値 %1: 同梱の言語ではありません</translation>
    </message>
    <message>
        <source>Invalid value %1 - out of range</source>
        <translation>無効な値 %1: 範囲外です</translation>
    </message>
    <message>
        <source>Invalid value %1 - unknown time zone</source>
        <translation>無効な値 %1: 不明なタイムゾーンです</translation>
    </message>
    <message>
        <source>Invalid value %1 - wrong type</source>
        <translation>無効な値 %1: 型が違います</translation>
    </message>
    <message>
        <source>Invalid value %1; did you mean %2?</source>
        <translation>無効な値 %1。%2 のことですか?</translation>
    </message>
    <message>
        <source>Ranges overlap</source>
        <translation>範囲が重なっています</translation>
    </message>
    <message>
        <source>SVG file %1 is %2 bytes, more than the %3 KB limit</source>
        <translation>SVG ファイル %1 は %2 バイトで、上限の %3 KB を超えています</translation>
    </message>
    <message>
        <source>SVG file %1 not found next to the TOML file</source>
        <translation>SVG ファイル %1 が TOML ファイルの隣に見つかりません</translation>
    </message>
    <message>
        <source>TOML nested a few levels deep, see the README</source>
        <translation>数階層までの TOML (README を参照)</translation>
    </message>
    <message>
        <source>TOML syntax, see the README</source>
        <translation>TOML の構文 (README を参照)</translation>
    </message>
    <message>
        <source>TOML with [[exercise]] tables</source>
        <translation>[[exercise]] テーブルを含む TOML</translation>
    </message>
    <message>
        <source>Unknown joint %1</source>
        <translation>不明な関節 %1</translation>
    </message>
    <message>
        <source>Unknown key %1</source>
        <translation>不明なキー %1</translation>
    </message>
    <message>
        <source>Unknown key %1, ignored</source>
        <translation>不明なキー %1 (無視します)</translation>
    </message>
    <message>
        <source>Unknown key %1, ignored; did you mean %2?</source>
        <translation>不明なキー %1 (無視します)。%2 のことですか?</translation>
    </message>
    <message>
        <source>Unknown pose key %1</source>
        <translation>不明なポーズのキー %1</translation>
    </message>
    <message>
        <source>Unknown section %1, ignored</source>
        <translation>不明なセクション %1 (無視します)</translation>
    </message>
    <message>
        <source>Unknown section %1, ignored; did you mean %2?</source>
        <translation>不明なセクション %1 (無視します)。%2 のことですか?</translation>
    </message>
    <message>
        <source>Unknown weekday %1</source>
        <translation>不明な曜日 %1</translation>
    </message>
    <message>
        <source>Unknown weekday %1; did you mean %2?</source>
        <translation>不明な曜日 %1。%2 のことですか?</translation>
    </message>
    <message>
        <source>a UTF-8 TOML file under 1 MB</source>
        <translation>1 MB 未満の UTF-8 の TOML ファイル</translation>
    </message>
    <message>
        <source>a list of %1 ranges, e.g. %2</source>
        <translation>%1 の範囲のリスト (例: %2)</translation>
    </message>
    <message>
        <source>a list of .svg file names, e.g. %1</source>
        <translation>.svg ファイル名のリスト (例: %1)</translation>
    </message>
    <message>
        <source>a list of 1 to 6 short instructions</source>
        <translation>1〜6 個の短い手順のリスト</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>文字列のリスト</translation>
    </message>
    <message>
        <source>a list of strings, e.g. %1</source>
        <translation>文字列のリスト (例: %1)</translation>
    </message>
    <message>
        <source>a list of tables such as %1 (each overrides the base pose)</source>
        <translation>%1 のようなテーブルのリスト (それぞれが基本ポーズを上書きします)</translation>
    </message>
    <message>
        <source>a list of: %1</source>
        <translation>次から選んだリスト: %1</translation>
    </message>
    <message>
        <source>a name of at most %1 characters</source>
        <translation>%1 文字以内の名前</translation>
    </message>
    <message>
        <source>a non-empty list of: %1</source>
        <translation>次から選んだ空でないリスト: %1</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>空でない文字列</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>a path to an .ics file, or an http(s) URL</source>
        <translation>.ics ファイルのパス、または http(s) の URL</translation>
    </message>
    <message>
        <source>a step is %1 characters long</source>
        <translation>手順の 1 つが %1 文字あります</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>a table with view, base and frames, or with %1</source>
        <translation>view・base・frames を持つテーブル、または %1 を持つテーブル</translation>
    </message>
    <message>
        <source>a time after %1</source>
        <translation>%1 より後の時刻</translation>
    </message>
    <message>
        <source>a whole number of minutes from %1 to %2</source>
        <translation>%1〜%2 の整数 (分)</translation>
    </message>
    <message>
        <source>a whole number of seconds from %1 to %2</source>
        <translation>%1〜%2 の整数 (秒)</translation>
    </message>
    <message>
        <source>a whole number of skips from %1 to %2</source>
        <translation>%1〜%2 の整数 (スキップ回数)</translation>
    </message>
    <message>
        <source>an .svg file in %1</source>
        <translation>%1 にある .svg ファイル</translation>
    </message>
    <message>
        <source>an .svg file of at most %1 KB</source>
        <translation>%1 KB 以下の .svg ファイル</translation>
    </message>
    <message>
        <source>an IANA zone such as %1, or empty</source>
        <translation>%1 のような IANA のゾーン、または空</translation>
    </message>
    <message>
        <source>an [[exercise]] table</source>
        <translation>[[exercise]] テーブル</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>%1 以上</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>%1 文字以内</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>読み込めません: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <source>cannot read the journal: %1</source>
        <translation>記録ファイルを読み込めません：%1</translation>
    </message>
    <message>
        <source>duplicate exercise id %1</source>
        <translation>エクササイズ ID %1 が重複しています</translation>
    </message>
    <message>
        <source>duplicate exercise id %1; the first one is used</source>
        <translation>エクササイズ ID %1 が重複しています。最初のものを使います</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例: %1</translation>
    </message>
    <message>
        <source>empty, or one of: %1</source>
        <translation>空、または次のいずれか: %1</translation>
    </message>
    <message>
        <source>end must be after start</source>
        <translation>終了は開始より後にしてください</translation>
    </message>
    <message>
        <source>ids unique across your files</source>
        <translation>すべてのファイルで重複しない ID</translation>
    </message>
    <message>
        <source>is %1 characters long</source>
        <translation>%1 文字あります</translation>
    </message>
    <message>
        <source>is %1, more than the %2 limit</source>
        <translation>%1 あり、上限の %2 を超えています</translation>
    </message>
    <message>
        <source>is a device, not a file</source>
        <translation>ファイルではなくデバイスです</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ファイルではなくフォルダーです</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a file</source>
        <translation>ファイルではなく名前付きパイプ (FIFO) です</translation>
    </message>
    <message>
        <source>is a socket, not a file</source>
        <translation>ファイルではなくソケットです</translation>
    </message>
    <message>
        <source>is missing or not a table</source>
        <translation>ないか、テーブルではありません</translation>
    </message>
    <message>
        <source>is more than the %1 limit</source>
        <translation>上限の %1 を超えています</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>is not valid TOML: %1</source>
        <translation>正しい TOML ではありません: %1</translation>
    </message>
    <message>
        <source>is not valid TOML: arrays or tables nest too deeply</source>
        <translation>正しい TOML ではありません: 配列やテーブルの入れ子が深すぎます</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>テーブルにしてください</translation>
    </message>
    <message>
        <source>must be a table of weekdays</source>
        <translation>曜日のテーブルにしてください</translation>
    </message>
    <message>
        <source>must be an array of tables</source>
        <translation>テーブルの配列にしてください</translation>
    </message>
    <message>
        <source>needs at least two keyframes</source>
        <translation>キーフレームが 2 つ以上必要です</translation>
    </message>
    <message>
        <source>needs exactly one of %1 or %2</source>
        <translation>%1 か %2 のどちらか一方だけが必要です</translation>
    </message>
    <message>
        <source>no [[exercise]] tables found</source>
        <translation>[[exercise]] テーブルが見つかりません</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>ファイルがありません</translation>
    </message>
    <message>
        <source>not saved: it is not a regular file</source>
        <translation>保存していません: 通常のファイルではありません</translation>
    </message>
    <message>
        <source>not saved: the file is not valid TOML (%1) and would be lost; fix or move it first, or save a fresh file (the old one is kept as .bak)</source>
        <translation>保存していません: ファイルが正しい TOML ではなく (%1)、失われてしまいます。先に修正するか移動してください。または新しいファイルとして保存してください (古いファイルは .bak として残します)</translation>
    </message>
    <message>
        <source>not saved: the file is not valid TOML and would be lost; fix or move it first, or save a fresh file (the old one is kept as .bak)</source>
        <translation>保存していません: ファイルが正しい TOML ではなく、失われてしまいます。先に修正するか移動してください。または新しいファイルとして保存してください (古いファイルは .bak として残します)</translation>
    </message>
    <message>
        <source>not saved: the file there cannot be read (%1) and would be lost; fix or move it first, or save a fresh file (the old one is kept as .bak)</source>
        <translation>保存していません: 既存のファイルを読み込めず (%1)、失われてしまいます。先に修正するか移動してください。または新しいファイルとして保存してください (古いファイルは .bak として残します)</translation>
    </message>
    <message>
        <source>not valid TOML: %1</source>
        <translation>正しい TOML ではありません: %1</translation>
    </message>
    <message>
        <source>not valid TOML: arrays or tables nest too deeply</source>
        <translation>正しい TOML ではありません: 配列やテーブルの入れ子が深すぎます</translation>
    </message>
    <message>
        <source>one or more [[exercise]] tables</source>
        <translation>1 つ以上の [[exercise]] テーブル</translation>
    </message>
    <message>
        <source>ranges that do not overlap</source>
        <translation>重ならない範囲</translation>
    </message>
    <message>
        <source>routine_max (%1) is below routine_min (%2)</source>
        <translation>routine_max (%1) が routine_min (%2) より小さくなっています</translation>
    </message>
    <message>
        <source>steps of at most %1 characters</source>
        <translation>%1 文字以内の手順</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>up to %1 lower-case letters, digits and &apos;-&apos;, e.g. %2</source>
        <translation>%1 文字までの英小文字・数字・&apos;-&apos; (例: %2)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>weekdays such as %1 or %2</source>
        <translation>%1 や %2 のような曜日</translation>
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
        <source>Don&apos;t show this again</source>
        <translation>今後は表示しない</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>お気に入り</translation>
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
        <source>Never suggest this exercise; undo it in Settings ▸ Exercises (H)</source>
        <translation>この運動を今後は提案しません。設定 ▸ 運動 で元に戻せます (H)</translation>
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
        <source>Shorten to 1 min</source>
        <translation>1 分に短縮</translation>
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
        <source>Suggest this exercise more often (F)</source>
        <translation>この運動をもっと提案します (F)</translation>
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
    <name>Reason</name>
    <message>
        <source>after-block</source>
        <translation>ブロック後</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>空き時間</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>sitting-limit</source>
        <translation>座り続け上限</translation>
    </message>
    <message>
        <source>snooze</source>
        <translation>延期</translation>
    </message>
</context>
<context>
    <name>Remote</name>
    <message>
        <source>A break is already on screen.</source>
        <translation>休憩はもう画面に出ています。</translation>
    </message>
    <message>
        <source>Break started: %1</source>
        <translation>休憩を始めました: %1</translation>
    </message>
    <message>
        <source>No break is on screen.</source>
        <translation>画面に休憩は出ていません。</translation>
    </message>
    <message>
        <source>Opened the break.</source>
        <translation>休憩を開きました。</translation>
    </message>
    <message>
        <source>Opened the history.</source>
        <translation>履歴を開きました。</translation>
    </message>
    <message>
        <source>Opened the settings.</source>
        <translation>設定を開きました。</translation>
    </message>
    <message>
        <source>movebreak is already running.</source>
        <translation>movebreak はすでに動いています。</translation>
    </message>
    <message>
        <source>movebreak is already running.
%1</source>
        <translation>movebreak はすでに動いています。
%1</translation>
    </message>
    <message>
        <source>movebreak is not running. Start it with `movebreak` (or `make run`).</source>
        <translation>movebreak は起動していません。`movebreak`（または `make run`）で起動してください。</translation>
    </message>
    <message>
        <source>movebreak is quitting.</source>
        <translation>movebreak を終了します。</translation>
    </message>
    <message>
        <source>movebreak is running but does not answer (stopped or busy). `kill -CONT` it, or end it and start it again.</source>
        <translation>movebreak は起動していますが応答しません（停止中または処理中）。`kill -CONT` で再開するか、終了して起動し直してください。</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>不明なコマンド %1</translation>
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
    <message>
        <source>Just one minute this time</source>
        <translation>今回は1分だけ</translation>
    </message>
    <message>
        <source>Just one minute: you have been sitting for %1</source>
        <translation>1分だけ：%1 座りっぱなしです</translation>
    </message>
    <message>
        <source>Just one minute: you have been sitting for at least %1</source>
        <translation>1分だけ：少なくとも %1 座りっぱなしです</translation>
    </message>
    <message numerus="yes">
        <source>Move freely, %n min</source>
        <translation>
            <numerusform>自由に動く・%n 分</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>%1 and %2 overlap</source>
        <translation>%1 と %2 が重なっています</translation>
    </message>
    <message numerus="yes">
        <source>%n events count as blocks in the tested period.</source>
        <translation>
            <numerusform>テストした期間で %n 件の予定がブロックになります。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add block</source>
        <translation>ブロックを追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Friday</source>
        <translation>金曜日(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Monday</source>
        <translation>月曜日(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Wednesday</source>
        <translation>水曜日(&amp;W)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a range; write HH:MM-HH:MM, e.g. 09:00-17:30</source>
        <translation>「%1」は範囲ではありません。HH:MM-HH:MM の形で書いてください（例：09:00-17:30）</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: end must be after start</source>
        <translation>「%1」：終了は開始より後にしてください</translation>
    </message>
    <message>
        <source>Add UR&amp;L</source>
        <translation>URL を追加(&amp;L)</translation>
    </message>
    <message>
        <source>Add a calendar file</source>
        <translation>カレンダーファイルを追加</translation>
    </message>
    <message>
        <source>Add f&amp;ile…</source>
        <translation>ファイルを追加(&amp;I)…</translation>
    </message>
    <message>
        <source>Block %1: %2</source>
        <translation>ブロック %1：%2</translation>
    </message>
    <message>
        <source>Calendar %1: %2</source>
        <translation>カレンダー %1：%2</translation>
    </message>
    <message>
        <source>Calendar sources</source>
        <translation>カレンダーの取得元</translation>
    </message>
    <message>
        <source>Calendars (their busy events are blocks too)</source>
        <translation>カレンダー（予定ありの時間もブロックになります）</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>曜日</translation>
    </message>
    <message>
        <source>Deep-work blocks</source>
        <translation>集中ブロック</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>複製(&amp;P)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Leave &apos;Only events containing&apos; empty to count every busy event; or list words (summary or category), e.g. Focus, Deep work.</source>
        <translation>「この語を含む予定のみ」を空欄にすると予定ありの時間をすべて数えます。語（件名またはカテゴリ）を書くこともできます。例：Focus, 集中作業</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>On</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Only events containing</source>
        <translation>この語を含む予定のみ</translation>
    </message>
    <message>
        <source>Plan preview: today and tomorrow</source>
        <translation>計画プレビュー：今日と明日</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>削除(&amp;V)</translation>
    </message>
    <message>
        <source>Remove &amp;calendar</source>
        <translation>カレンダーを削除(&amp;C)</translation>
    </message>
    <message>
        <source>Sa&amp;turday</source>
        <translation>土曜日(&amp;T)</translation>
    </message>
    <message>
        <source>Select a calendar to test.</source>
        <translation>テストするカレンダーを選んでください。</translation>
    </message>
    <message>
        <source>Several ranges are separated by commas: 09:00-12:30, 13:30-17:30</source>
        <translation>複数の範囲はカンマで区切ります：09:00-12:30, 13:30-17:30</translation>
    </message>
    <message>
        <source>Source (file or URL)</source>
        <translation>取得元（ファイルまたは URL）</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Su&amp;nday</source>
        <translation>日曜日(&amp;N)</translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation>テスト(&amp;E)</translation>
    </message>
    <message>
        <source>T&amp;uesday</source>
        <translation>火曜日(&amp;U)</translation>
    </message>
    <message>
        <source>Test failed: %1</source>
        <translation>テスト失敗：%1</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 をテスト中…</translation>
    </message>
    <message>
        <source>Thu&amp;rsday</source>
        <translation>木曜日(&amp;R)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Using the cached copy, %1 old.</source>
        <translation>保存済みのコピー（%1 前）を使っています。</translation>
    </message>
    <message>
        <source>Weekly deep-work blocks (never interrupted)</source>
        <translation>毎週の集中ブロック（中断されません）</translation>
    </message>
    <message>
        <source>Working hours (no break is planned outside them)</source>
        <translation>勤務時間（時間外には休憩を計画しません）</translation>
    </message>
    <message>
        <source>Working hours, %1: %2</source>
        <translation>勤務時間、%1：%2</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>休み</translation>
    </message>
    <message>
        <source>days &apos;%1&apos;: use weekdays such as mon-fri or mon, wed</source>
        <translation>曜日「%1」：mon-fri や mon, wed のように書いてください</translation>
    </message>
    <message>
        <source>end &apos;%1&apos;: use HH:MM</source>
        <translation>終了「%1」：HH:MM の形で書いてください</translation>
    </message>
    <message>
        <source>end must be after start</source>
        <translation>終了は開始より後にしてください</translation>
    </message>
    <message>
        <source>enter the path of an .ics file or an http(s) URL</source>
        <translation>.ics ファイルのパスか http(s) の URL を入力してください</translation>
    </message>
    <message>
        <source>start &apos;%1&apos;: use HH:MM</source>
        <translation>開始「%1」：HH:MM の形で書いてください</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>%1: %2 %3 is above the maximum; use %4 to %5 %3</source>
        <translation>%1：%2 %3 は最大値を超えています。%4〜%5 %3 にしてください</translation>
    </message>
    <message>
        <source>%1: %2 %3 is below the minimum; use %4 to %5 %3</source>
        <translation>%1：%2 %3 は最小値を下回っています。%4〜%5 %3 にしてください</translation>
    </message>
    <message>
        <source>&amp;After a block ends, wait</source>
        <translation>ブロック終了後の待ち時間(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Heads-up before a break</source>
        <translation>休憩前の予告(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Longest routine</source>
        <translation>最長のルーティン(&amp;L)</translation>
    </message>
    <message>
        <source>Announce breaks with a desktop &amp;notification</source>
        <translation>デスクトップ通知で休憩を知らせる(&amp;N)</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>休憩</translation>
    </message>
    <message>
        <source>Count time away from the keyboard as a &amp;break</source>
        <translation>キーボードから離れた時間を休憩として数える(&amp;B)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>運動</translation>
    </message>
    <message>
        <source>Fetch &amp;URL calendars every</source>
        <translation>URL カレンダーの取得間隔(&amp;U)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Hold breaks during a call (&amp;microphone or camera in use)</source>
        <translation>通話中は休憩を保留（マイクまたはカメラを使用中）(&amp;M)</translation>
    </message>
    <message>
        <source>Hold breaks while a &amp;fullscreen window has focus</source>
        <translation>全画面ウィンドウがフォーカス中は休憩を保留(&amp;F)</translation>
    </message>
    <message>
        <source>Hold breaks while these &amp;programs run</source>
        <translation>これらのプログラムの実行中は休憩を保留(&amp;P)</translation>
    </message>
    <message>
        <source>Longest stretch &amp;without a break</source>
        <translation>休憩なしの最長時間(&amp;W)</translation>
    </message>
    <message>
        <source>Plan in &amp;time zone</source>
        <translation>計画に使うタイムゾーン(&amp;T)</translation>
    </message>
    <message>
        <source>Play a soft &amp;chime at the start and between exercises</source>
        <translation>開始時と運動の合間にやさしいチャイムを鳴らす(&amp;C)</translation>
    </message>
    <message>
        <source>Routines to s&amp;kip a day</source>
        <translation>1 日にスキップできるルーティン(&amp;K)</translation>
    </message>
    <message>
        <source>S&amp;nooze postpones by</source>
        <translation>再通知で遅らせる時間(&amp;N)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>Sh&amp;ortest routine</source>
        <translation>最短のルーティン(&amp;O)</translation>
    </message>
    <message>
        <source>Skip &amp;gaps shorter than</source>
        <translation>これより短い空き時間は飛ばす(&amp;G)</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> （ほか %n 件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems in your config file. Those values use their defaults until you fix them here or in the file (saving replaces them; the old file is kept as .bak):</source>
        <translation>
            <numerusform>設定ファイルに %n 件の問題があります。ここかファイルで直すまで、それらの値には既定値が使われます（保存すると置き換わり、古いファイルは .bak として残ります）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown keys or sections in your config file: kept there, and ignored (a typo, or written by a newer movebreak?):</source>
        <translation>
            <numerusform>設定ファイルに不明なキーまたはセクションが %n 件あります。そのまま残し、無視します（入力ミスか、新しい movebreak が書いたものかもしれません）：</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>閉じる (Esc)</translation>
    </message>
    <message>
        <source>Discard them, or keep editing?</source>
        <translation>変更を破棄しますか、それとも編集を続けますか？</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>編集を続ける</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存されていません：%1</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save a fresh file</source>
        <translation>新しいファイルに保存</translation>
    </message>
    <message>
        <source>Save your changes to the settings?</source>
        <translation>設定の変更を保存しますか？</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>%1 に保存しました</translation>
    </message>
    <message>
        <source>Saved, but starting at login could not be changed:</source>
        <translation>保存しましたが、ログイン時の起動は変更できませんでした：</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>設定ページ</translation>
    </message>
    <message>
        <source>They go to %1.</source>
        <translation>保存先は %1 です。</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>未保存の設定</translation>
    </message>
    <message>
        <source>Write your settings to a new file; the old one is kept as .bak</source>
        <translation>設定を新しいファイルに書き込みます。古いファイルは .bak として残ります</translation>
    </message>
    <message>
        <source>Your changes are not valid, so they cannot be saved.</source>
        <translation>変更内容が正しくないため保存できません。</translation>
    </message>
    <message>
        <source>Your settings were not saved:</source>
        <translation>設定は保存されませんでした：</translation>
    </message>
    <message>
        <source>could not be written: %1</source>
        <translation>書き込めませんでした：%1</translation>
    </message>
    <message>
        <source>movebreak settings</source>
        <translation>movebreak の設定</translation>
    </message>
    <message>
        <source>start at login</source>
        <translation>ログイン時の起動</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (run movebreak check-config)</source>
        <translation>
            <numerusform>… ほか %n 件（movebreak check-config を実行してください）</numerusform>
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
        <source>Away from the keyboard since %1</source>
        <translation>%1 からキーボードを離れています</translation>
    </message>
    <message>
        <source>Focus until %1</source>
        <translation>%1 まで集中</translation>
    </message>
    <message>
        <source>Last moved %1 ago</source>
        <translation>最後に体を動かしたのは %1 前</translation>
    </message>
    <message>
        <source>Last moved %1 ago, at %2</source>
        <translation>最後に体を動かしたのは %1 前（%2）</translation>
    </message>
    <message>
        <source>Last moved over %1 ago</source>
        <translation>最後に体を動かしたのは %1 以上前</translation>
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
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <source>Fri</source>
        <translation>金曜</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>月曜</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>土曜</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>日曜</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>木曜</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>火曜</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>水曜</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;Afternoons, 14:00–16:00, Monday to Thursday</source>
        <translation>午後、14:00–16:00、月曜から木曜(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完了(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import a calendar…</source>
        <translation>カレンダーを読み込む(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Mornings, 09:00–11:00, Monday to Friday</source>
        <translation>午前、09:00–11:00、月曜から金曜(&amp;M)</translation>
    </message>
    <message>
        <source>Calendar: </source>
        <translation>カレンダー： </translation>
    </message>
    <message>
        <source>I &amp;work from</source>
        <translation>勤務時間(&amp;W)</translation>
    </message>
    <message>
        <source>Import a calendar</source>
        <translation>カレンダーを読み込む</translation>
    </message>
    <message>
        <source>The end of the working day must be after its start.</source>
        <translation>勤務終了は開始より後にしてください。</translation>
    </message>
    <message>
        <source>Tick at least one working day.</source>
        <translation>勤務日を 1 日以上選んでください。</translation>
    </message>
    <message>
        <source>Tick what fits; breaks will never land inside these blocks.</source>
        <translation>当てはまるものにチェックを入れてください。これらのブロックに休憩が入ることはありません。</translation>
    </message>
    <message>
        <source>W&amp;ednesday mornings, 09:00–12:30 (a no-meeting half day)</source>
        <translation>水曜の午前、09:00–12:30（会議のない半日）(&amp;E)</translation>
    </message>
    <message>
        <source>Welcome to movebreak</source>
        <translation>movebreak へようこそ</translation>
    </message>
    <message>
        <source>When do you do deep work?</source>
        <translation>集中して作業するのはいつですか？</translation>
    </message>
    <message>
        <source>You can change all of this, and more, in the settings later. Closing this window keeps the defaults.</source>
        <translation>これらはすべて、後から設定で変更できます。このウィンドウを閉じると既定値のままになります。</translation>
    </message>
    <message>
        <source>Your working hours</source>
        <translation>勤務時間</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar ファイル (*.ics);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>movebreak plans short, illustrated stretching breaks into the gaps between your deep-work blocks, and never interrupts them.</source>
        <translation>movebreak は、集中作業のブロックの合間に、イラスト付きの短いストレッチ休憩を計画します。ブロックを中断することはありません。</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>〜(&amp;O)</translation>
    </message>
</context>
</TS>
