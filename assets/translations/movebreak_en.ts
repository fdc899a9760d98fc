<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>App</name>
    <message numerus="yes">
        <source>%n exercise file problems; those exercises were skipped. First: %1</source>
        <translation>
            <numerusform>%n exercise file problem; that exercise was skipped. First: %1</numerusform>
            <numerusform>%n exercise file problems; those exercises were skipped. First: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>History is unavailable: the data folder is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system tray was found, so movebreak runs without an icon. Breaks still appear. Use `movebreak status`, `movebreak break-now`, `movebreak pause 30m`, `movebreak show settings`, `movebreak show history` and `movebreak quit`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: config.toml has problems; fix them first (movebreak check-config).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 is not writable (%2). Breaks still appear, but nothing is logged. Fix its permissions or set MOVEBREAK_DATA_DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings window is not available yet. Edit %1 (every key is in docs/config.md); `movebreak check-config` validates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your config file cannot be read; movebreak runs on its defaults. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your config has %n unknown keys or sections; movebreak ignores them. The file was not changed.</source>
        <translation>
            <numerusform>Your config has %n unknown key or section; movebreak ignores it. The file was not changed.</numerusform>
            <numerusform>Your config has %n unknown keys or sections; movebreak ignores them. The file was not changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your config has problems; movebreak runs on defaults for the wrong values and ignores the unknown keys. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your config has problems; movebreak runs on defaults for those keys. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the control socket %1: %2. This instance runs, but `movebreak status`, `pause` and the others cannot reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>movebreak: calendar problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no desktop session: WAYLAND_DISPLAY names %1, which does not exist (the compositor ended, or XDG_RUNTIME_DIR is not the session&apos;s), and DISPLAY is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no desktop session: neither WAYLAND_DISPLAY nor DISPLAY is set. movebreak is a tray app and needs a graphical session; start it from your desktop (or its autostart). Over SSH, `movebreak status`, `plan` and `history` work without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped exercise: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyArea</name>
    <message>
        <source>eyes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrists &amp; hands</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreaksPage</name>
    <message>
        <source>A break is planned in each free gap of your working hours, never inside a block. Its length fits the gap, between the shortest and longest routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks: longest routine %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How breaks are announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest routine %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When breaks happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>must be at least the shortest routine (%n min)</source>
        <translation>
            <numerusform>must be at least the shortest routine (%n min)</numerusform>
            <numerusform>must be at least the shortest routine (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>25m, 50m, 90m ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the journaled breaks with their exercises and outcomes, and a summary (completion rate, streak, minutes moved). Dates are local days, inclusive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short mobility routines planned into the gaps between your deep-work blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the blocks (weekly rules + calendars) and the break slots planned into the gaps between them. Without --from: today, from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate a movebreak config file. Every problem is listed with its line, what is wrong and what would be valid. Unknown keys and sections are warnings with a &apos;did you mean&apos; (a newer movebreak may have written them): exit 0 unless --strict. A wrong value exits 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a manual deep-work block; the break comes when it ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add an .ics file or http(s) URL as a calendar source (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first day to include (default: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first day to plan, whole days (default: today, from now on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold breaks for a while; every pause ends by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last day to include (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log debug messages to stderr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of days to plan, 1 to %1 (default: 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a window of the running app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan in this IANA zone (default: the config&apos;s, else the system&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quit the running app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the breaks you took and the exercises you did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the deep-work blocks and the breaks planned between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the next break and any pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a break now in the running app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table for people (default), csv for spreadsheets, json for scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table for people (default), json for scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the config file to check (default: --config, or the user&apos;s config file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>treat warnings (unknown keys and sections) as errors: exit 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use this config file instead of the user&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate a config file and report every problem (exit 0 if usable, 2 if not)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 occurs %2 times in the planned days, more than %3; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; event skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; using the cached copy, %2 old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTEND at or after DTSTART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>END:%1 without its BEGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RRULE INTERVAL=%1 is not a valid interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RRULE has no valid FREQ (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-WR-TIMEZONE %1 is not a time zone; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DURATION such as PT30M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a URL that serves the .ics file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a calendar that expands within the limits in docs/limits.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a calendar under the size limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a path to an .ics file, a file:// URL, or an http(s):// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a positive DURATION such as PT30M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recurrence at most every 15 minutes, starting after 1900</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a valid RRULE/RDATE/EXDATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value as RFC 5545 defines it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IANA zone such as &apos;Europe/Berlin&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IANA zone such as &apos;Europe/Berlin&apos;, or a VTIMEZONE in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event with DTSTART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an iCalendar (.ics) file: BEGIN:VCALENDAR ... END:VCALENDAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an iCalendar file with at least one valid VEVENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be expanded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read (the reader ended with code %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read (the reader&apos;s answer was garbled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start the calendar reader: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not start with BEGIN:VCALENDAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends before it starts; counted as busy with start and end swapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a negative duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no DTSTART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 MB, more than the %2 MB limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is more than the %1 MB limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid iCalendar: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lasts longer than %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs more than %1 MB of memory to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs more than %1 s of processor time to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no event in this calendar can be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an iCalendar line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not fetched yet and no cached copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read: movebreak is quitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read: the calendars before it took the %1 s that reading calendars may take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occurs %1; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one %1 per event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats from %1: expanding it would take about %2 steps, more than %3; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends at line %1 inside BEGIN:%2 (truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recurring events before it already use this calendar&apos;s budget of %1 expansion steps; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server redirected to %1, which is not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took longer than %1 s to read; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took longer than the %1 s that reading calendars may take; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1:&apos; (use https:// instead of webcal://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>using the cached copy, %1 old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait for the next refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckConfig</name>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>OK with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: %1 (does not exist; the defaults are used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a directory, not a config file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exercise</name>
    <message>
        <source>A gentle pull only. Stop if you feel tingling or numbness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a few circles, change direction, then blink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a few circles, change direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a few circles, reverse the direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ankle circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bend forward slowly and let your arms hang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bend one knee and hold that ankle behind you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bend sideways over your hip, without leaning forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bend the front knee and lean into the wall until the back calf stretches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bend your elbows to lower your chest, then push back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bend your front knee and tuck your pelvis under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in: lift your chest and arch your back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out: round your back and drop your chin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out; roll back up one vertebra at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe slowly and enjoy the dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring one arm straight across your chest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calf raises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calf stretch at the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chest opener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chin to chest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chin tuck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle your wrists slowly in one direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clasp your hands and reach your arms forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close your eyes and cup your palms over them, without pressing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Come back up slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-body shoulder stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk push-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not press on your eyes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw slow circles with your toes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the knee up towards your chest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw your elbows back and squeeze your shoulder blades together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ease the elbow back gently and breathe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eye circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face a wall and put both hands on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feel the back of your neck lengthen; breathe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feel your shoulder blades spread; breathe into your back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find something at least 6 metres (20 feet) away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fist and spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus on your thumb for a breath.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gently draw it closer and keep your shoulder down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glide your head straight back, making a double chin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold a desk or chair for balance. Keep the front knee over the ankle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold and breathe, keeping your back tall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold for a breath, then relax forward again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold for a breath, then release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold for a moment, then let them drop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold it above the elbow with your other hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold on for balance. Stop if your knee hurts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold one arm straight out in front, palm down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold one arm straight out in front, palm facing away, fingers up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold until you feel the back of the forearm stretch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold until you feel the inner forearm stretch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold your thumb up at arm&apos;s length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it gentle and breathe; do not bounce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it gentle. Stop if you feel pain, tingling or dizziness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the back heel on the floor; stop if it hurts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your back straight; do not bounce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your eyes level; do not tip your head up or down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your face forward and breathe slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your head still and look up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your knees side by side and push your hip forward gently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your lower back neutral; do not lean back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your shoulders down, away from your ears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your shoulders relaxed. Stop if you feel tingling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your upper body tall and still.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee to chest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lean back gently over the top of the chair and look up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lean back gently, supporting yourself with your hands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lean forward a little from your hips until you feel the stretch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lean forward and stand up without using your hands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lean forward from your hips with a long back until you feel the stretch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg swings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the hand drop and ease it towards you with your other hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the raised knee drop out to the side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let your eyes rest on it for 20 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift both shoulders towards your ears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift one knee to hip height, then lower it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift your head back up slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look away from your screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look far away (20-20-20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower your hands slowly, palms still together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower your heels slowly and repeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a soft fist and hold for a breath.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marching knee lifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move slowly. Stop if you feel pain or tingling in your arms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move within a comfortable range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near and far focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neck side tilt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a small bend. Stop if you feel pain or dizziness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on a chair that does not tip. Stop if your back hurts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only use a desk that cannot slide or tip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your chest and look ahead; breathe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your elbows wide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your hands and spread your fingers wide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overhead triceps stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prayer stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press your palms together in front of your chest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull lightly; stop if the shoulder pinches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull your toes towards you, hold, then lower slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put your hands on the edge of a sturdy desk, shoulder-width apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put your hands on your lower back, fingers down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise both hands in front of you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise one arm and bend the elbow so your hand drops behind your head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise your hands in front of you, elbows relaxed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach and round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat at your own pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat slowly with your breath.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest a hand on the desk if you feel unsteady.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest your other hand on that elbow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to upright slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rise onto the balls of your feet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll your shoulders up, back and down in slow circles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round your upper back and let your head drop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rub your palms together until they feel warm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seated back extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seated cat–cow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seated figure four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seated forward fold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seated hamstring stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seated knee extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift forward until you feel the front of the back hip stretch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoulder blade squeeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoulder rolls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoulder shrugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit against the backrest and put your hands behind your head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit back down slowly and with control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit near the front of your chair with your hands on your knees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit near the front of your chair, feet apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit near the front of your chair, feet flat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit near the front of your chair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit tall and hold one knee with both hands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit tall and hold the sides of your seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit tall and let your shoulders drop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit tall and look straight ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit tall and rest one ankle on the opposite knee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit tall and stretch one leg out, heel lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit tall with your arms hanging loose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit tall with your arms relaxed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit tall with your elbows bent at your sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit tall with your shoulders relaxed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit to stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip it after hip or knee surgery. Stop if your knee hurts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this if you have a back problem or high blood pressure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide your other hand down the side of your leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slowly lower your chin towards your chest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slowly roll your eyes in a wide circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small swings at first; hold on for balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand side-on to a wall and rest a hand on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand tall and clasp your hands behind your back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand tall and raise one arm overhead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand tall beside your desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand tall with one hand on a wall or desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand tall, feet hip-width apart, a hand on your desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand with your feet hip-width apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing back bend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing hip flexor stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing side bend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing thigh stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step back until your body is a straight slope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step one foot back, heel down, leg straight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop if you feel dizzy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop if you feel pain in the shoulder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop if you feel pain in your hip or back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop when you feel a mild stretch in your wrists; hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straighten one knee until the leg is level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straighten one leg, heel on the floor, toes up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straighten your arms and lift them a little away from you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swing one leg forward and back, loose and easy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch back and forth a few times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch legs and keep a steady march.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a long step forward, back heel lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then focus on something far away for a breath.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilt your ear towards your shoulder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a chair that cannot roll away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the other hand, ease the fingers back towards you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrist circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrist stretch, fingers down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrist stretch, fingers up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <source>&amp;Open my exercises folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A favourite (♥ in the prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body &amp;areas to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xercises (untick one to never get it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustrations unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exercises were found. Check the exercise files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sto&amp;p preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own exercises are .toml files in this folder; they are loaded at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureWidget</name>
    <message>
        <source>Exercise illustration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitting in with the rest of the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open s&amp;ettings folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start and notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start movebreak when I log &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone &apos;%1&apos;: use an IANA name such as Europe/Berlin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your settings and data live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. zoom, obs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the system&apos;s zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>%1 min moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 missed while asleep or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 due completed (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <translation>
            <numerusform>%n break</numerusform>
            <numerusform>%n breaks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>No breaks logged in that range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No breaks logged yet (%1 does not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No breaks logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>most skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>streak: %1 (longest %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source> (newest %1 shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; min moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; missed while asleep or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 due breaks completed (&lt;b&gt;%3&lt;/b&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body areas moved, last 7 days (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks are not being logged: the journal is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Breaks in the last %n days</source>
        <translation>
            <numerusform>Breaks in the last day</numerusform>
            <numerusform>Breaks in the last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in a row with at least one routine completed. Days with no breaks due (weekends, days off) don&apos;t break a streak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n breaks to %1</source>
        <translation>
            <numerusform>Exported %n break to %1</numerusform>
            <numerusform>Exported %n breaks to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n days</source>
        <translation>
            <numerusform>Streak: %n day</numerusform>
            <numerusform>Streak: %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>most skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>movebreak — history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Breaks are not being logged until this is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the journal %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save a break to %1: %2. Recent breaks may be missing from your history until this is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened for writing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 is damaged (%2) and could not be moved aside (%3). Breaks are not being logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 was damaged and could not be read (%2). It was kept as %3 and a new journal was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer movebreak (schema %2; this version knows up to %3). History is shown, but breaks are not logged until you update movebreak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal folder %1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program holds it locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file or its folder cannot be opened for writing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageGroup</name>
    <message>
        <source>&amp;Language of windows and exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows and breaks use it after Save; the tray menu at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoBreak</name>
    <message>
        <source>no gap long enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no working hours set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Show the break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch break in %1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stretch break in %n min</source>
        <translation>
            <numerusform>Stretch break in %n min</numerusform>
            <numerusform>Stretch break in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stretch break in %n s</source>
        <translation>
            <numerusform>Stretch break in %n s</numerusform>
            <numerusform>Stretch break in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Option</name>
    <message>
        <source>Announce breaks with a desktop notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body areas never to suggest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count time away from the keyboard as a natural break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise ids never to suggest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise ids to suggest first where body areas allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps shorter than this get no break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heads-up notification this long before a break (0 = off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold breaks while a fullscreen window has focus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold breaks while any of these processes runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold breaks while the microphone or the camera is in use (a call).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long Snooze postpones a break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often URL calendars are fetched again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the windows and exercises (empty = system).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest free stretch without a break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes after a block ends before the break starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan in this IANA zone instead of the system&apos;s (empty = system).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a soft chime at the start and between exercises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines you may skip a day; then Skip routine becomes Shorten to 1 min (0 = no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest routine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>natural break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pause</name>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus until %1; the break comes after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused %1 (until %2 %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a duration like 30m, 1h, 1h30m, 2d (up to 7d); &apos;until HH:MM&apos;; &apos;tomorrow&apos;; &apos;block&apos;; or &apos;off&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pause of %1 pauses nothing; to resume breaks use &apos;off&apos;; valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid focus length %1; valid: 5m to 8h, e.g. 25m, 50m, 90m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid pause %1; valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid time %1; valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no block going on right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until the block ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message numerus="yes">
        <source>%n blocks</source>
        <translation>
            <numerusform>%n block</numerusform>
            <numerusform>%n blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <translation>
            <numerusform>%n break</numerusform>
            <numerusform>%n breaks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan for %n days from %1 (%2)</source>
        <translation>
            <numerusform>Plan for %n day from %1 (%2)</numerusform>
            <numerusform>Plan for %n days from %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 (planning without the breaks taken today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 (using the default)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message numerus="yes">
        <source>%1: %n breaks at %2</source>
        <translation>
            <numerusform>%1: %n break at %2</numerusform>
            <numerusform>%1: %n breaks at %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan preview timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview paused until every value is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>%1 (valid: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, e.g. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid range %1 - %2 is no time of day (00:00 to 24:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid range %1 - end must be after start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid range %1 - not written as HH:MM-HH:MM (two-digit minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid range %1 - write a range as a quoted %2 string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value %1 - not a shipped language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value %1 - out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value %1 - unknown time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value %1 - wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value %1; did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranges overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG file %1 is %2 bytes, more than the %3 KB limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG file %1 not found next to the TOML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOML nested a few levels deep, see the README</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOML syntax, see the README</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOML with [[exercise]] tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown joint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key %1, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key %1, ignored; did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown pose key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown section %1, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown section %1, ignored; did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown weekday %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown weekday %1; did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a UTF-8 TOML file under 1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of %1 ranges, e.g. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of .svg file names, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of 1 to 6 short instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of strings, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of tables such as %1 (each overrides the base pose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name of at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a non-empty list of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a path to an .ics file, or an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step is %1 characters long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table with view, base and frames, or with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of minutes from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of seconds from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of skips from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an .svg file in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an .svg file of at most %1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IANA zone such as %1, or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an [[exercise]] table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate exercise id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate exercise id %1; the first one is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty, or one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end must be after start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ids unique across your files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 characters long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, more than the %2 limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a device, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a socket, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing or not a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is more than the %1 limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid TOML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid TOML: arrays or tables nest too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a table of weekdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least two keyframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs exactly one of %1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no [[exercise]] tables found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved: it is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved: the file is not valid TOML (%1) and would be lost; fix or move it first, or save a fresh file (the old one is kept as .bak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved: the file is not valid TOML and would be lost; fix or move it first, or save a fresh file (the old one is kept as .bak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved: the file there cannot be read (%1) and would be lost; fix or move it first, or save a fresh file (the old one is kept as .bak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid TOML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid TOML: arrays or tables nest too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one or more [[exercise]] tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranges that do not overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routine_max (%1) is below routine_min (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps of at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1 lower-case letters, digits and &apos;-&apos;, e.g. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekdays such as %1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptWindow</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>%n s left</numerusform>
            <numerusform>%n s left</numerusform>
        </translation>
    </message>
    <message>
        <source>Don&apos;t show this again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never suggest this exercise; undo it in Settings ▸ Exercises (H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exercise matches your settings. Stand up and move a little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now the left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused while you are away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right side, then left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten to 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>Snooze %n min</numerusform>
            <numerusform>Snooze %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest this exercise more often (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>after-block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sitting-limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snooze</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Remote</name>
    <message>
        <source>A break is already on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No break is on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>movebreak is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>movebreak is already running.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>movebreak is not running. Start it with `movebreak` (or `make run`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>movebreak is quitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>movebreak is running but does not answer (stopped or busy). `kill -CONT` it, or end it and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Routine</name>
    <message>
        <source>%1 &amp; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 &amp; more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n min</source>
        <translation>
            <numerusform>%1, %n min</numerusform>
            <numerusform>%1, %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Just one minute this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just one minute: you have been sitting for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just one minute: you have been sitting for at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move freely, %n min</source>
        <translation>
            <numerusform>Move freely, %n min</numerusform>
            <numerusform>Move freely, %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>%1 and %2 overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n events count as blocks in the tested period.</source>
        <translation>
            <numerusform>%n event counts as a block in the tested period.</numerusform>
            <numerusform>%n events count as blocks in the tested period.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a range; write HH:MM-HH:MM, e.g. 09:00-17:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: end must be after start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add UR&amp;L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add f&amp;ile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendars (their busy events are blocks too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep-work blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave &apos;Only events containing&apos; empty to count every busy event; or list words (summary or category), e.g. Focus, Deep work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events containing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan preview: today and tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;turday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a calendar to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several ranges are separated by commas: 09:00-12:30, 13:30-17:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source (file or URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;nday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;uesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu&amp;rsday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the cached copy, %1 old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly deep-work blocks (never interrupted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours (no break is planned outside them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours, %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days &apos;%1&apos;: use weekdays such as mon-fri or mon, wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end &apos;%1&apos;: use HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end must be after start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the path of an .ics file or an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start &apos;%1&apos;: use HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>%1: %2 %3 is above the maximum; use %4 to %5 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 is below the minimum; use %4 to %5 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;After a block ends, wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Heads-up before a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Longest routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce breaks with a desktop &amp;notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count time away from the keyboard as a &amp;break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch &amp;URL calendars every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold breaks during a call (&amp;microphone or camera in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold breaks while a &amp;fullscreen window has focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold breaks while these &amp;programs run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest stretch &amp;without a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan in &amp;time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a soft &amp;chime at the start and between exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines to s&amp;kip a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;nooze postpones by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sh&amp;ortest routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip &amp;gaps shorter than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (and %n more)</numerusform>
            <numerusform> (and %n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems in your config file. Those values use their defaults until you fix them here or in the file (saving replaces them; the old file is kept as .bak):</source>
        <translation>
            <numerusform>%n problem in your config file. Those values use their defaults until you fix them here or in the file (saving replaces them; the old file is kept as .bak):</numerusform>
            <numerusform>%n problems in your config file. Those values use their defaults until you fix them here or in the file (saving replaces them; the old file is kept as .bak):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown keys or sections in your config file: kept there, and ignored (a typo, or written by a newer movebreak?):</source>
        <translation>
            <numerusform>%n unknown key or section in your config file: kept there, and ignored (a typo, or written by a newer movebreak?):</numerusform>
            <numerusform>%n unknown keys or sections in your config file: kept there, and ignored (a typo, or written by a newer movebreak?):</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard them, or keep editing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a fresh file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes to the settings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, but starting at login could not be changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They go to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your settings to a new file; the old one is kept as .bak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are not valid, so they cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings were not saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>movebreak settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (run movebreak check-config)</source>
        <translation>
            <numerusform>… and %n more (run movebreak check-config)</numerusform>
            <numerusform>… and %n more (run movebreak check-config)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>A break is held (%1); trying again at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A break is on screen now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away from the keyboard since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last moved %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last moved %1 ago, at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last moved over %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next break: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next break: none (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Focus now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start a break now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next break: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next break: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No break planned (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until the current block ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation type="unfinished"></translation>
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
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;Afternoons, 14:00–16:00, Monday to Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mornings, 09:00–11:00, Monday to Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;work from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the working day must be after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what fits; breaks will never land inside these blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ednesday mornings, 09:00–12:30 (a no-meeting half day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to movebreak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When do you do deep work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can change all of this, and more, in the settings later. Closing this window keeps the defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>movebreak plans short, illustrated stretching breaks into the gaps between your deep-work blocks, and never interrupts them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
