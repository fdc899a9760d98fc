<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he" sourcelanguage="en">
<context>
    <name>App</name>
    <message numerus="yes">
        <source>%n exercise file problems; those exercises were skipped. First: %1</source>
        <translation>
            <numerusform>בעיה אחת בקובץ תרגילים; התרגילים האלה דולגו. הראשונה: %1</numerusform>
            <numerusform>%n בעיות בקובצי תרגילים; התרגילים האלה דולגו. הראשונה: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>History is unavailable: the data folder is not writable.</source>
        <translation>ההיסטוריה אינה זמינה: אין הרשאת כתיבה לתיקיית הנתונים.</translation>
    </message>
    <message>
        <source>No system tray was found, so movebreak runs without an icon. Breaks still appear. Use `movebreak status`, `movebreak break-now`, `movebreak pause 30m`, `movebreak show settings`, `movebreak show history` and `movebreak quit`.</source>
        <translation>לא נמצא מגש מערכת, ולכן movebreak פועל בלי סמל. ההפסקות עדיין מופיעות. השתמשו ב־`movebreak status`, `movebreak break-now`, `movebreak pause 30m`, `movebreak show settings`, `movebreak show history` וב־`movebreak quit`.</translation>
    </message>
    <message>
        <source>Not saved: config.toml has problems; fix them first (movebreak check-config).</source>
        <translation>לא נשמר: יש בעיות ב־config.toml; תקנו אותן קודם (movebreak check-config).</translation>
    </message>
    <message>
        <source>The data folder %1 is not writable (%2). Breaks still appear, but nothing is logged. Fix its permissions or set MOVEBREAK_DATA_DIR.</source>
        <translation>לא ניתן לכתוב לתיקיית הנתונים %1 (%2). ההפסקות עדיין מופיעות, אבל שום דבר לא נרשם. תקנו את ההרשאות שלה או הגדירו MOVEBREAK_DATA_DIR.</translation>
    </message>
    <message>
        <source>The settings window is not available yet. Edit %1 (every key is in docs/config.md); `movebreak check-config` validates it.</source>
        <translation>חלון ההגדרות עדיין לא זמין. ערכו את %1 (כל המפתחות מופיעים ב־docs/config.md); `movebreak check-config` בודק אותו.</translation>
    </message>
    <message>
        <source>Your choice was not saved: %1</source>
        <translation>הבחירה שלכם לא נשמרה: %1</translation>
    </message>
    <message>
        <source>Your config file cannot be read; movebreak runs on its defaults. The file was not changed.</source>
        <translation>לא ניתן לקרוא את קובץ התצורה; movebreak משתמש בברירות המחדל. הקובץ לא שונה.</translation>
    </message>
    <message numerus="yes">
        <source>Your config has %n unknown keys or sections; movebreak ignores them. The file was not changed.</source>
        <translation>
            <numerusform>בתצורה יש מפתח או מקטע אחד לא מוכר; movebreak מתעלם ממנו. הקובץ לא שונה.</numerusform>
            <numerusform>בתצורה יש %n מפתחות או מקטעים לא מוכרים; movebreak מתעלם מהם. הקובץ לא שונה.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your config has problems; movebreak runs on defaults for the wrong values and ignores the unknown keys. The file was not changed.</source>
        <translation>יש בעיות בתצורה; במקום ערכים שגויים movebreak משתמש בברירות המחדל, ומתעלם ממפתחות לא מוכרים. הקובץ לא שונה.</translation>
    </message>
    <message>
        <source>Your config has problems; movebreak runs on defaults for those keys. The file was not changed.</source>
        <translation>יש בעיות בתצורה; עבור המפתחות האלה movebreak משתמש בברירות המחדל. הקובץ לא שונה.</translation>
    </message>
    <message>
        <source>cannot open the control socket %1: %2. This instance runs, but `movebreak status`, `pause` and the others cannot reach it.</source>
        <translation>לא ניתן לפתוח את שקע הבקרה %1: %2. movebreak פועל, אבל `movebreak status`, `pause` והשאר לא יכולים להגיע אליו.</translation>
    </message>
    <message>
        <source>movebreak: calendar problem</source>
        <translation>movebreak: בעיה בלוח השנה</translation>
    </message>
    <message>
        <source>no desktop session: WAYLAND_DISPLAY names %1, which does not exist (the compositor ended, or XDG_RUNTIME_DIR is not the session&apos;s), and DISPLAY is not set.</source>
        <translation>אין הפעלת שולחן עבודה: WAYLAND_DISPLAY מצביע על %1, שאינו קיים (מנהל התצוגה הסתיים, או ש־XDG_RUNTIME_DIR אינו של ההפעלה), ו־DISPLAY אינו מוגדר.</translation>
    </message>
    <message>
        <source>no desktop session: neither WAYLAND_DISPLAY nor DISPLAY is set. movebreak is a tray app and needs a graphical session; start it from your desktop (or its autostart). Over SSH, `movebreak status`, `plan` and `history` work without one.</source>
        <translation>אין הפעלת שולחן עבודה: לא WAYLAND_DISPLAY ולא DISPLAY מוגדרים. movebreak הוא יישום של מגש המערכת וצריך הפעלה גרפית; הפעילו אותו משולחן העבודה (או בהפעלה האוטומטית). דרך SSH, `movebreak status`, `plan` ו־`history` עובדים גם בלעדיה.</translation>
    </message>
    <message>
        <source>skipped exercise: %1</source>
        <translation>תרגיל שדולג: %1</translation>
    </message>
</context>
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
    <name>BreaksPage</name>
    <message>
        <source>A break is planned in each free gap of your working hours, never inside a block. Its length fits the gap, between the shortest and longest routine.</source>
        <translation>הפסקה מתוכננת בכל פער פנוי בשעות העבודה שלכם, לעולם לא בתוך בלוק. האורך מותאם לפער, בין השגרה הקצרה לארוכה ביותר.</translation>
    </message>
    <message>
        <source>Breaks: longest routine %1</source>
        <translation>הפסקות: השגרה הארוכה ביותר %1</translation>
    </message>
    <message>
        <source>How breaks are announced</source>
        <translation>איך מודיעים על הפסקות</translation>
    </message>
    <message>
        <source>Longest routine %1</source>
        <translation>השגרה הארוכה ביותר %1</translation>
    </message>
    <message>
        <source>When breaks happen</source>
        <translation>מתי יש הפסקות</translation>
    </message>
    <message numerus="yes">
        <source>must be at least the shortest routine (%n min)</source>
        <translation>
            <numerusform>חייבת להיות לפחות באורך השגרה הקצרה ביותר (דקה)</numerusform>
            <numerusform>חייבת להיות לפחות באורך השגרה הקצרה ביותר (%n דקות)</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ללא הגבלה</translation>
    </message>
    <message>
        <source>off</source>
        <translation>כבוי</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>25m, 50m, 90m ...</source>
        <translation>25m, 50m, 90m …</translation>
    </message>
    <message>
        <source>List the journaled breaks with their exercises and outcomes, and a summary (completion rate, streak, minutes moved). Dates are local days, inclusive.</source>
        <translation>מציג את ההפסקות שנרשמו עם התרגילים והתוצאות שלהן, וסיכום (שיעור השלמה, רצף, דקות תנועה). התאריכים הם ימים מקומיים, כולל.</translation>
    </message>
    <message>
        <source>Short mobility routines planned into the gaps between your deep-work blocks.</source>
        <translation>שגרות תנועה קצרות, שמתוכננות ברווחים בין בלוקי העבודה המרוכזת שלכם.</translation>
    </message>
    <message>
        <source>Show the blocks (weekly rules + calendars) and the break slots planned into the gaps between them. Without --from: today, from now on.</source>
        <translation>מציג את הבלוקים (כללים שבועיים + לוחות שנה) ואת ההפסקות שתוכננו ברווחים ביניהם. בלי ‎--from: היום, מעכשיו.</translation>
    </message>
    <message>
        <source>Validate a movebreak config file. Every problem is listed with its line, what is wrong and what would be valid. Unknown keys and sections are warnings with a &apos;did you mean&apos; (a newer movebreak may have written them): exit 0 unless --strict. A wrong value exits 2.</source>
        <translation>בודק קובץ תצורה של movebreak. כל בעיה מופיעה עם השורה שלה, מה שגוי ומה יהיה תקין. מפתחות ומקטעים לא מוכרים הם אזהרות עם „האם התכוונתם” (ייתכן ש־movebreak חדש יותר כתב אותם): קוד יציאה 0 אלא אם ‎--strict. ערך שגוי יוצא עם 2.</translation>
    </message>
    <message>
        <source>a manual deep-work block; the break comes when it ends</source>
        <translation>בלוק עבודה מרוכזת ידני; ההפסקה מגיעה כשהוא נגמר</translation>
    </message>
    <message>
        <source>add an .ics file or http(s) URL as a calendar source (repeatable)</source>
        <translation>הוספת קובץ ‎.ics או כתובת URL מסוג http(s) כמקור לוח שנה (ניתן לחזור)</translation>
    </message>
    <message>
        <source>first day to include (default: all)</source>
        <translation>היום הראשון שנכלל (ברירת מחדל: הכול)</translation>
    </message>
    <message>
        <source>first day to plan, whole days (default: today, from now on)</source>
        <translation>היום הראשון לתכנון, ימים שלמים (ברירת מחדל: היום, מעכשיו)</translation>
    </message>
    <message>
        <source>hold breaks for a while; every pause ends by itself</source>
        <translation>עיכוב ההפסקות לזמן מה; כל השהיה נגמרת מעצמה</translation>
    </message>
    <message>
        <source>last day to include (default: today)</source>
        <translation>היום האחרון שנכלל (ברירת מחדל: היום)</translation>
    </message>
    <message>
        <source>log debug messages to stderr</source>
        <translation>כתיבת הודעות ניפוי באגים ל־stderr</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>פלט קריא למכונה</translation>
    </message>
    <message>
        <source>number of days to plan, 1 to %1 (default: 1)</source>
        <translation>מספר הימים לתכנון, 1 עד %1 (ברירת מחדל: 1)</translation>
    </message>
    <message>
        <source>open a window of the running app</source>
        <translation>פתיחת חלון של האפליקציה שרצה</translation>
    </message>
    <message>
        <source>plan in this IANA zone (default: the config&apos;s, else the system&apos;s)</source>
        <translation>תכנון באזור IANA הזה (ברירת מחדל: זה שבתצורה, אחרת של המערכת)</translation>
    </message>
    <message>
        <source>quit the running app</source>
        <translation>יציאה מהאפליקציה שרצה</translation>
    </message>
    <message>
        <source>show the breaks you took and the exercises you did</source>
        <translation>הצגת ההפסקות שלקחתם והתרגילים שעשיתם</translation>
    </message>
    <message>
        <source>show the deep-work blocks and the breaks planned between them</source>
        <translation>הצגת בלוקי העבודה המרוכזת וההפסקות שתוכננו ביניהם</translation>
    </message>
    <message>
        <source>show the next break and any pause</source>
        <translation>הצגת ההפסקה הבאה והשהיה אם יש</translation>
    </message>
    <message>
        <source>start a break now in the running app</source>
        <translation>התחלת הפסקה עכשיו באפליקציה שרצה</translation>
    </message>
    <message>
        <source>table for people (default), csv for spreadsheets, json for scripts</source>
        <translation>table לאנשים (ברירת מחדל), csv לגיליונות, json לסקריפטים</translation>
    </message>
    <message>
        <source>table for people (default), json for scripts</source>
        <translation>table לאנשים (ברירת מחדל), json לסקריפטים</translation>
    </message>
    <message>
        <source>the config file to check (default: --config, or the user&apos;s config file)</source>
        <translation>קובץ התצורה לבדיקה (ברירת מחדל: ‎--config, או קובץ התצורה של המשתמש)</translation>
    </message>
    <message>
        <source>treat warnings (unknown keys and sections) as errors: exit 2</source>
        <translation>התייחסות לאזהרות (מפתחות ומקטעים לא מוכרים) כשגיאות: יציאה עם 2</translation>
    </message>
    <message>
        <source>use this config file instead of the user&apos;s</source>
        <translation>שימוש בקובץ התצורה הזה במקום בקובץ של המשתמש</translation>
    </message>
    <message>
        <source>validate a config file and report every problem (exit 0 if usable, 2 if not)</source>
        <translation>בדיקת קובץ תצורה ודיווח על כל בעיה (יציאה עם 0 אם הוא שמיש, אחרת 2)</translation>
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
        <translation>%1 מופיע %2 פעמים בימים המתוכננים, יותר מ־%3; התעלמנו ממנו</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: הקובץ לא קיים</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: אינו קובץ רגיל</translation>
    </message>
    <message>
        <source>%1; event skipped</source>
        <translation>%1; האירוע דולג</translation>
    </message>
    <message>
        <source>%1; ignored</source>
        <translation>%1; התעלמנו</translation>
    </message>
    <message>
        <source>%1; using the cached copy, %2 old</source>
        <translation>%1; נעשה שימוש בעותק השמור (מלפני %2)</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ללא כותרת)</translation>
    </message>
    <message>
        <source>DTEND at or after DTSTART</source>
        <translation>DTEND שווה ל־DTSTART או אחריו</translation>
    </message>
    <message>
        <source>END:%1 without its BEGIN</source>
        <translation>END:%1 בלי ה־BEGIN שלו</translation>
    </message>
    <message>
        <source>RRULE INTERVAL=%1 is not a valid interval</source>
        <translation>RRULE INTERVAL=%1 אינו מרווח תקין</translation>
    </message>
    <message>
        <source>RRULE has no valid FREQ (%1)</source>
        <translation>ל־RRULE אין FREQ תקין (%1)</translation>
    </message>
    <message>
        <source>X-WR-TIMEZONE %1 is not a time zone; ignored</source>
        <translation>X-WR-TIMEZONE %1 אינו אזור זמן; התעלמנו</translation>
    </message>
    <message>
        <source>a DURATION such as PT30M</source>
        <translation>DURATION כמו PT30M</translation>
    </message>
    <message>
        <source>a URL that serves the .ics file</source>
        <translation>כתובת URL שמגישה את קובץ ה־.ics</translation>
    </message>
    <message>
        <source>a calendar that expands within the limits in docs/limits.md</source>
        <translation>לוח שנה שנפרש בתוך המגבלות שב־docs/limits.md</translation>
    </message>
    <message>
        <source>a calendar under the size limit</source>
        <translation>לוח שנה מתחת למגבלת הגודל</translation>
    </message>
    <message>
        <source>a path to an .ics file, a file:// URL, or an http(s):// URL</source>
        <translation>נתיב לקובץ .ics, כתובת file://‎ או כתובת http(s)://‎</translation>
    </message>
    <message>
        <source>a positive DURATION such as PT30M</source>
        <translation>DURATION חיובי כמו PT30M</translation>
    </message>
    <message>
        <source>a recurrence at most every 15 minutes, starting after 1900</source>
        <translation>חזרה לכל היותר כל 15 דקות, שמתחילה אחרי 1900</translation>
    </message>
    <message>
        <source>a valid RRULE/RDATE/EXDATE</source>
        <translation>RRULE/RDATE/EXDATE תקין</translation>
    </message>
    <message>
        <source>a value as RFC 5545 defines it</source>
        <translation>ערך כפי ש־RFC 5545 מגדיר</translation>
    </message>
    <message>
        <source>an IANA zone such as &apos;Europe/Berlin&apos;</source>
        <translation>אזור IANA כמו &apos;Europe/Berlin&apos;</translation>
    </message>
    <message>
        <source>an IANA zone such as &apos;Europe/Berlin&apos;, or a VTIMEZONE in the file</source>
        <translation>אזור IANA כמו &apos;Europe/Berlin&apos;, או VTIMEZONE בקובץ</translation>
    </message>
    <message>
        <source>an event with DTSTART</source>
        <translation>אירוע עם DTSTART</translation>
    </message>
    <message>
        <source>an iCalendar (.ics) file: BEGIN:VCALENDAR ... END:VCALENDAR</source>
        <translation>קובץ iCalendar (‏.ics): BEGIN:VCALENDAR ... END:VCALENDAR</translation>
    </message>
    <message>
        <source>an iCalendar file with at least one valid VEVENT</source>
        <translation>קובץ iCalendar עם VEVENT תקין אחד לפחות</translation>
    </message>
    <message>
        <source>cannot be expanded: %1</source>
        <translation>לא ניתן לפרוש: %1</translation>
    </message>
    <message>
        <source>cannot be reached: %1</source>
        <translation>לא ניתן להגיע אליו: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>לא ניתן לקרוא: %1</translation>
    </message>
    <message>
        <source>could not be fetched</source>
        <translation>לא ניתן היה להוריד</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>לא ניתן היה לקרוא</translation>
    </message>
    <message>
        <source>could not be read (the reader ended with code %1: %2)</source>
        <translation>לא ניתן היה לקרוא (הקורא הסתיים עם קוד %1: %2)</translation>
    </message>
    <message>
        <source>could not be read (the reader&apos;s answer was garbled)</source>
        <translation>לא ניתן היה לקרוא (התשובה של הקורא הייתה משובשת)</translation>
    </message>
    <message>
        <source>could not start the calendar reader: %1</source>
        <translation>לא ניתן היה להפעיל את קורא לוח השנה: %1</translation>
    </message>
    <message>
        <source>does not start with BEGIN:VCALENDAR</source>
        <translation>אינו מתחיל ב־BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>ends before it starts; counted as busy with start and end swapped</source>
        <translation>מסתיים לפני שהוא מתחיל; נספר כתפוס עם התחלה וסוף מוחלפים</translation>
    </message>
    <message>
        <source>every %1 minutes</source>
        <translation>כל %1 דקות</translation>
    </message>
    <message>
        <source>every %1 seconds</source>
        <translation>כל %1 שניות</translation>
    </message>
    <message>
        <source>every minute</source>
        <translation>כל דקה</translation>
    </message>
    <message>
        <source>every second</source>
        <translation>כל שנייה</translation>
    </message>
    <message>
        <source>has %1 more than once</source>
        <translation>יש בו %1 יותר מפעם אחת</translation>
    </message>
    <message>
        <source>has a negative duration</source>
        <translation>משך הזמן שלו שלילי</translation>
    </message>
    <message>
        <source>has no DTSTART</source>
        <translation>אין בו DTSTART</translation>
    </message>
    <message>
        <source>invalid %1: %2</source>
        <translation>%1 לא תקין: %2</translation>
    </message>
    <message>
        <source>is %1 MB, more than the %2 MB limit</source>
        <translation>גודלו %1 MB, יותר מהמגבלה של %2 MB</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ריק</translation>
    </message>
    <message>
        <source>is more than the %1 MB limit</source>
        <translation>גדול מהמגבלה של %1 MB</translation>
    </message>
    <message>
        <source>is not a valid URL: %1</source>
        <translation>אינה כתובת URL תקינה: %1</translation>
    </message>
    <message>
        <source>is not valid iCalendar: %1</source>
        <translation>אינו iCalendar תקין: %1</translation>
    </message>
    <message>
        <source>lasts longer than %1 days</source>
        <translation>נמשך יותר מ־%1 ימים</translation>
    </message>
    <message>
        <source>needs more than %1 MB of memory to read</source>
        <translation>הקריאה דורשת יותר מ־%1 MB זיכרון</translation>
    </message>
    <message>
        <source>needs more than %1 s of processor time to read</source>
        <translation>הקריאה דורשת יותר מ־%1 שניות מעבד</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>אין תשובה מלאה בתוך %1 שניות</translation>
    </message>
    <message>
        <source>no event in this calendar can be used</source>
        <translation>אף אירוע בלוח השנה הזה אינו שמיש</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>הקובץ לא קיים</translation>
    </message>
    <message>
        <source>not an iCalendar line: %1</source>
        <translation>אינה שורת iCalendar: %1</translation>
    </message>
    <message>
        <source>not fetched yet and no cached copy</source>
        <translation>עדיין לא הורד ואין עותק שמור</translation>
    </message>
    <message>
        <source>not read: movebreak is quitting</source>
        <translation>לא נקרא: movebreak נסגר</translation>
    </message>
    <message>
        <source>not read: the calendars before it took the %1 s that reading calendars may take</source>
        <translation>לא נקרא: לוחות השנה שלפניו ניצלו את %1 השניות שמוקצות לקריאת לוחות שנה</translation>
    </message>
    <message>
        <source>occurs %1; ignored</source>
        <translation>מופיע %1; התעלמנו</translation>
    </message>
    <message>
        <source>one %1 per event</source>
        <translation>%1 אחד לכל אירוע</translation>
    </message>
    <message>
        <source>repeats from %1: expanding it would take about %2 steps, more than %3; ignored</source>
        <translation>חוזר מ־%1: פרישתו תדרוש בערך %2 צעדים, יותר מ־%3; התעלמנו</translation>
    </message>
    <message>
        <source>the file ends at line %1 inside BEGIN:%2 (truncated?)</source>
        <translation>הקובץ מסתיים בשורה %1 בתוך BEGIN:%2 (קטוע?)</translation>
    </message>
    <message>
        <source>the recurring events before it already use this calendar&apos;s budget of %1 expansion steps; ignored</source>
        <translation>האירועים החוזרים שלפניו כבר ניצלו את תקציב %1 הצעדים של לוח השנה; התעלמנו</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation>השרת ענה HTTP %1 %2</translation>
    </message>
    <message>
        <source>the server redirected to %1, which is not an http(s) URL</source>
        <translation>השרת הפנה אל %1, שאינה כתובת http(s)</translation>
    </message>
    <message>
        <source>took longer than %1 s to read; skipped</source>
        <translation>הקריאה נמשכה יותר מ־%1 שניות; דולג</translation>
    </message>
    <message>
        <source>took longer than the %1 s that reading calendars may take; skipped</source>
        <translation>הקריאה חרגה מ־%1 השניות שמוקצות לקריאת לוחות שנה; דולג</translation>
    </message>
    <message>
        <source>unknown time zone %1</source>
        <translation>אזור זמן לא מוכר %1</translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1:&apos;</source>
        <translation>סכמה לא נתמכת &apos;%1:&apos;</translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1:&apos; (use https:// instead of webcal://)</source>
        <translation>סכמה לא נתמכת &apos;%1:&apos; (השתמשו ב־https://‎ במקום webcal://‎)</translation>
    </message>
    <message>
        <source>using the cached copy, %1 old</source>
        <translation>נעשה שימוש בעותק השמור (מלפני %1)</translation>
    </message>
    <message>
        <source>wait for the next refresh</source>
        <translation>המתינו לרענון הבא</translation>
    </message>
</context>
<context>
    <name>CheckConfig</name>
    <message>
        <source> and </source>
        <translation> ו </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 ב־%2</translation>
    </message>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>בעיה אחת</numerusform>
            <numerusform>%n בעיות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>אזהרה אחת</numerusform>
            <numerusform>%n אזהרות</numerusform>
        </translation>
    </message>
    <message>
        <source>OK with %1: %2</source>
        <translation>תקין עם %1: %2</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>תקין: %1</translation>
    </message>
    <message>
        <source>OK: %1 (does not exist; the defaults are used)</source>
        <translation>תקין: %1 (לא קיים; ברירות המחדל בשימוש)</translation>
    </message>
    <message>
        <source>is a directory, not a config file</source>
        <translation>זו תיקייה, לא קובץ תצורה</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>אין קובץ כזה</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 days</source>
        <translation>%1 ימים</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 שע׳</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 שע׳ %2 דק׳</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 דק׳</translation>
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
    <name>ExercisesPage</name>
    <message>
        <source>&amp;Open my exercises folder</source>
        <translation>&amp;פתיחת תיקיית התרגילים שלי</translation>
    </message>
    <message>
        <source>&amp;Play preview</source>
        <translation>&amp;הפעלת תצוגה מקדימה</translation>
    </message>
    <message>
        <source>A favourite (♥ in the prompt)</source>
        <translation>מועדף (♥ בחלון ההפסקה)</translation>
    </message>
    <message>
        <source>Body &amp;areas to include</source>
        <translation>&amp;אזורי גוף לכלול</translation>
    </message>
    <message>
        <source>E&amp;xercises (untick one to never get it)</source>
        <translation>&amp;תרגילים (בטלו סימון כדי לא לקבל אותו לעולם)</translation>
    </message>
    <message>
        <source>Illustrations unavailable: %1</source>
        <translation>האיורים אינם זמינים: %1</translation>
    </message>
    <message>
        <source>No exercises were found. Check the exercise files.</source>
        <translation>לא נמצאו תרגילים. בדקו את קובצי התרגילים.</translation>
    </message>
    <message>
        <source>Sto&amp;p preview</source>
        <translation>&amp;עצירת התצוגה המקדימה</translation>
    </message>
    <message>
        <source>Your own exercises are .toml files in this folder; they are loaded at the next start.</source>
        <translation>התרגילים שלכם הם קובצי ‎.toml בתיקייה הזו; הם נטענים בהפעלה הבאה.</translation>
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
    <name>GeneralPage</name>
    <message>
        <source>Data</source>
        <translation>נתונים</translation>
    </message>
    <message>
        <source>Fitting in with the rest of the desktop</source>
        <translation>השתלבות בשאר שולחן העבודה</translation>
    </message>
    <message>
        <source>General: %1</source>
        <translation>כללי: %1</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>פתיחת תיקיית ה&amp;נתונים</translation>
    </message>
    <message>
        <source>Open s&amp;ettings folder</source>
        <translation>פתיחת תיקיית ה&amp;הגדרות</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>הגדרות</translation>
    </message>
    <message>
        <source>Start and notifications</source>
        <translation>הפעלה והתראות</translation>
    </message>
    <message>
        <source>Start movebreak when I log &amp;in</source>
        <translation>הפעלת movebreak ב&amp;כניסה למערכת</translation>
    </message>
    <message>
        <source>Unknown time zone &apos;%1&apos;: use an IANA name such as Europe/Berlin</source>
        <translation>אזור זמן לא מוכר &apos;%1&apos;: השתמשו בשם IANA כמו Asia/Jerusalem</translation>
    </message>
    <message>
        <source>Where your settings and data live</source>
        <translation>איפה נשמרים ההגדרות והנתונים</translation>
    </message>
    <message>
        <source>e.g. zoom, obs</source>
        <translation>למשל zoom, obs</translation>
    </message>
    <message>
        <source>empty: the system&apos;s zone</source>
        <translation>ריק: אזור הזמן של המערכת</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>%1 min moved</source>
        <translation>%1 דקות תנועה</translation>
    </message>
    <message>
        <source>%1 missed while asleep or off</source>
        <translation>%1 הוחמצו בזמן שינה או כיבוי</translation>
    </message>
    <message>
        <source>%1 of %2 due completed (%3)</source>
        <translation>%1 מתוך %2 מתוכננות הושלמו (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <translation>
            <numerusform>הפסקה אחת</numerusform>
            <numerusform>%n הפסקות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>יום אחד</numerusform>
            <numerusform>%n ימים</numerusform>
        </translation>
    </message>
    <message>
        <source>No breaks logged in that range.</source>
        <translation>לא נרשמו הפסקות בטווח הזה.</translation>
    </message>
    <message>
        <source>No breaks logged yet (%1 does not exist).</source>
        <translation>עדיין לא נרשמו הפסקות (%1 לא קיים).</translation>
    </message>
    <message>
        <source>No breaks logged yet.</source>
        <translation>עדיין לא נרשמו הפסקות.</translation>
    </message>
    <message>
        <source>exercises</source>
        <translation>תרגילים</translation>
    </message>
    <message>
        <source>length</source>
        <translation>אורך</translation>
    </message>
    <message>
        <source>most skipped: %1</source>
        <translation>הכי הרבה דילוגים: %1</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>תוצאה</translation>
    </message>
    <message>
        <source>streak: %1 (longest %2)</source>
        <translation>רצף: %1 (השיא %2)</translation>
    </message>
    <message>
        <source>when</source>
        <translation>מתי</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source> (newest %1 shown)</source>
        <translation> (מוצגות %1 האחרונות)</translation>
    </message>
    <message>
        <source>%1: none yet</source>
        <translation>%1: עדיין אין</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 ימים</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 ימים</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; min moved</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; דקות תנועה</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; missed while asleep or off</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; הוחמצו בזמן שינה או כיבוי</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 due breaks completed (&lt;b&gt;%3&lt;/b&gt;)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; מתוך %2 הפסקות מתוכננות הושלמו (&lt;b&gt;%3&lt;/b&gt;)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>הכול</translation>
    </message>
    <message>
        <source>All breaks</source>
        <translation>כל ההפסקות</translation>
    </message>
    <message>
        <source>Body areas moved, last 7 days (minutes)</source>
        <translation>אזורי גוף שהוזזו, 7 הימים האחרונים (דקות)</translation>
    </message>
    <message>
        <source>Breaks are not being logged: the journal is read-only.</source>
        <translation>ההפסקות אינן נרשמות: היומן לקריאה בלבד.</translation>
    </message>
    <message numerus="yes">
        <source>Breaks in the last %n days</source>
        <translation>
            <numerusform>הפסקות מהיום האחרון</numerusform>
            <numerusform>הפסקות מ־%n הימים האחרונים</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>גיליון CSV‏ (*.csv);;JSON‏ (*.json)</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>לא ניתן לייצא אל %1: %2</translation>
    </message>
    <message>
        <source>Days in a row with at least one routine completed. Days with no breaks due (weekends, days off) don&apos;t break a streak.</source>
        <translation>ימים ברציפות עם לפחות שגרה אחת שהושלמה. ימים בלי הפסקות מתוכננות (סופי שבוע, חופשות) לא שוברים את הרצף.</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>תרגילים</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>ייצוא היסטוריה</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n breaks to %1</source>
        <translation>
            <numerusform>הפסקה אחת יוצאה אל %1</numerusform>
            <numerusform>%n הפסקות יוצאו אל %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>ייצוא…</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>14 הימים האחרונים</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>אורך</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>תוצאה</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n days</source>
        <translation>
            <numerusform>רצף: יום אחד</numerusform>
            <numerusform>רצף: %n ימים</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <source>longest %1</source>
        <translation>השיא %1</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>דקות</translation>
    </message>
    <message>
        <source>most skipped: %1</source>
        <translation>הכי הרבה דילוגים: %1</translation>
    </message>
    <message>
        <source>movebreak — history</source>
        <translation>movebreak — היסטוריה</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1. Breaks are not being logged until this is fixed.</source>
        <translation>%1. ההפסקות לא יירשמו עד שהבעיה תתוקן.</translation>
    </message>
    <message>
        <source>Could not read the journal %1: %2.</source>
        <translation>לא ניתן לקרוא את היומן %1: %2.</translation>
    </message>
    <message>
        <source>Could not save a break to %1: %2. Recent breaks may be missing from your history until this is fixed.</source>
        <translation>לא ניתן לשמור הפסקה ב־%1: %2. עד שהבעיה תתוקן, ייתכן שהפסקות אחרונות יחסרו בהיסטוריה שלכם.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened for writing: %2</source>
        <translation>לא ניתן לפתוח את היומן %1 לכתיבה: %2</translation>
    </message>
    <message>
        <source>The journal %1 cannot be written: %2</source>
        <translation>לא ניתן לכתוב ליומן %1: %2</translation>
    </message>
    <message>
        <source>The journal %1 is damaged (%2) and could not be moved aside (%3). Breaks are not being logged.</source>
        <translation>היומן %1 פגום (%2) ולא ניתן היה להעביר אותו הצידה (%3). ההפסקות אינן נרשמות.</translation>
    </message>
    <message>
        <source>The journal %1 was damaged and could not be read (%2). It was kept as %3 and a new journal was started.</source>
        <translation>היומן %1 היה פגום ולא ניתן היה לקרוא אותו (%2). הוא נשמר בשם %3 ונפתח יומן חדש.</translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer movebreak (schema %2; this version knows up to %3). History is shown, but breaks are not logged until you update movebreak.</source>
        <translation>היומן %1 נכתב על ידי גרסה חדשה יותר של movebreak (סכמה %2; גרסה זו מכירה עד %3). ההיסטוריה מוצגת, אבל ההפסקות לא יירשמו עד שתעדכנו את movebreak.</translation>
    </message>
    <message>
        <source>The journal folder %1 cannot be created: %2</source>
        <translation>לא ניתן ליצור את תיקיית היומן %1: %2</translation>
    </message>
    <message>
        <source>another program holds it locked</source>
        <translation>תוכנה אחרת נועלת אותו</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>הגישה נדחתה</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>הדיסק מלא</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>הדיסק דיווח על שגיאת קלט/פלט</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>הקובץ לקריאה בלבד</translation>
    </message>
    <message>
        <source>the file or its folder cannot be opened for writing</source>
        <translation>לא ניתן לפתוח את הקובץ או את התיקייה שלו לכתיבה</translation>
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
        <translation>שפת החלונות &amp;והתרגילים</translation>
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
    <message>
        <source>Show the break</source>
        <translation>הצגת ההפסקה</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>דילוג</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>להתחיל עכשיו</translation>
    </message>
    <message>
        <source>Stretch break in %1 min %2 s</source>
        <translation>הפסקת מתיחות בעוד %1 דק׳ %2 שנ׳</translation>
    </message>
    <message numerus="yes">
        <source>Stretch break in %n min</source>
        <translation>
            <numerusform>הפסקת מתיחות בעוד דקה</numerusform>
            <numerusform>הפסקת מתיחות בעוד %n דקות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stretch break in %n s</source>
        <translation>
            <numerusform>הפסקת מתיחות בעוד שנייה</numerusform>
            <numerusform>הפסקת מתיחות בעוד %n שניות</numerusform>
        </translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>הגיע הזמן לזוז</translation>
    </message>
</context>
<context>
    <name>Option</name>
    <message>
        <source>Announce breaks with a desktop notification.</source>
        <translation>הודעה על הפסקות בהתראה של שולחן העבודה.</translation>
    </message>
    <message>
        <source>Body areas never to suggest.</source>
        <translation>אזורי גוף שלעולם לא יוצעו.</translation>
    </message>
    <message>
        <source>Count time away from the keyboard as a natural break.</source>
        <translation>זמן הרחק מהמקלדת נחשב להפסקה טבעית.</translation>
    </message>
    <message>
        <source>Exercise ids never to suggest.</source>
        <translation>מזהי תרגילים שלעולם לא יוצעו.</translation>
    </message>
    <message>
        <source>Exercise ids to suggest first where body areas allow.</source>
        <translation>מזהי תרגילים שיוצעו קודם, ככל שאזורי הגוף מאפשרים.</translation>
    </message>
    <message>
        <source>Gaps shorter than this get no break.</source>
        <translation>פערים קצרים מזה לא מקבלים הפסקה.</translation>
    </message>
    <message>
        <source>Heads-up notification this long before a break (0 = off).</source>
        <translation>התראה מוקדמת זמן כזה לפני הפסקה (0 = כבוי).</translation>
    </message>
    <message>
        <source>Hold breaks while a fullscreen window has focus.</source>
        <translation>עיכוב הפסקות כל עוד חלון במסך מלא בפוקוס.</translation>
    </message>
    <message>
        <source>Hold breaks while any of these processes runs.</source>
        <translation>עיכוב הפסקות כל עוד אחד מהתהליכים האלה רץ.</translation>
    </message>
    <message>
        <source>Hold breaks while the microphone or the camera is in use (a call).</source>
        <translation>עיכוב הפסקות כל עוד המיקרופון או המצלמה בשימוש (שיחה).</translation>
    </message>
    <message>
        <source>How long Snooze postpones a break.</source>
        <translation>בכמה &quot;דחה&quot; מזיז הפסקה.</translation>
    </message>
    <message>
        <source>How often URL calendars are fetched again.</source>
        <translation>באיזו תדירות נטענים מחדש לוחות שנה מכתובת URL.</translation>
    </message>
    <message>
        <source>Language of the windows and exercises (empty = system).</source>
        <translation>שפת החלונות והתרגילים (ריק = מערכת).</translation>
    </message>
    <message>
        <source>Longest free stretch without a break.</source>
        <translation>משך הזמן הפנוי הארוך ביותר בלי הפסקה.</translation>
    </message>
    <message>
        <source>Longest routine.</source>
        <translation>השגרה הארוכה ביותר.</translation>
    </message>
    <message>
        <source>Minutes after a block ends before the break starts.</source>
        <translation>דקות אחרי סוף בלוק עד שההפסקה מתחילה.</translation>
    </message>
    <message>
        <source>Plan in this IANA zone instead of the system&apos;s (empty = system).</source>
        <translation>תכנון באזור IANA הזה במקום באזור של המערכת (ריק = מערכת).</translation>
    </message>
    <message>
        <source>Play a soft chime at the start and between exercises.</source>
        <translation>השמעת צליל עדין בהתחלה ובין התרגילים.</translation>
    </message>
    <message>
        <source>Routines you may skip a day; then Skip routine becomes Shorten to 1 min (0 = no limit).</source>
        <translation>שגרות שאפשר לדלג עליהן ביום; אחר כך „דלג על השגרה” הופך ל„קצר לדקה” (0 = ללא הגבלה).</translation>
    </message>
    <message>
        <source>Shortest routine.</source>
        <translation>השגרה הקצרה ביותר.</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>completed</source>
        <translation>הושלמה</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>הוחמצה</translation>
    </message>
    <message>
        <source>natural break</source>
        <translation>הפסקה טבעית</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>לא הגיע</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>חלקית</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>מוצגת</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>דולגה</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>נדחתה</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>עוכבה</translation>
    </message>
</context>
<context>
    <name>Pause</name>
    <message>
        <source>%1 days</source>
        <translation>%1 ימים</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 שע׳</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 שע׳ %2 דק׳</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 דק׳</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>יום אחד</translation>
    </message>
    <message>
        <source>Breaks resumed.</source>
        <translation>ההפסקות חוזרות.</translation>
    </message>
    <message>
        <source>Focus until %1; the break comes after it.</source>
        <translation>ריכוז עד %1; ההפסקה תבוא אחר כך.</translation>
    </message>
    <message>
        <source>Paused %1 (until %2 %3).</source>
        <translation>מושהה %1 (עד %2 %3).</translation>
    </message>
    <message>
        <source>Paused until %1 %2.</source>
        <translation>מושהה עד %1 %2.</translation>
    </message>
    <message>
        <source>a duration like 30m, 1h, 1h30m, 2d (up to 7d); &apos;until HH:MM&apos;; &apos;tomorrow&apos;; &apos;block&apos;; or &apos;off&apos;</source>
        <translation>משך כמו 30m, 1h, 1h30m, 2d (עד 7d); &apos;until HH:MM&apos;; &apos;tomorrow&apos;; &apos;block&apos;; או &apos;off&apos;</translation>
    </message>
    <message>
        <source>a pause of %1 pauses nothing; to resume breaks use &apos;off&apos;; valid: %2</source>
        <translation>השהיה של %1 לא משהה דבר; כדי לחדש הפסקות השתמשו ב־&apos;off&apos;; תקין: %2</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>למשך %1</translation>
    </message>
    <message>
        <source>invalid focus length %1; valid: 5m to 8h, e.g. 25m, 50m, 90m</source>
        <translation>משך ריכוז לא תקין %1; תקין: 5m עד 8h, למשל 25m, 50m, 90m</translation>
    </message>
    <message>
        <source>invalid pause %1; valid: %2</source>
        <translation>השהיה לא תקינה %1; תקין: %2</translation>
    </message>
    <message>
        <source>invalid time %1; valid: %2</source>
        <translation>שעה לא תקינה %1; תקין: %2</translation>
    </message>
    <message>
        <source>there is no block going on right now</source>
        <translation>אין כרגע בלוק פעיל</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>עד %1</translation>
    </message>
    <message>
        <source>until the block ends</source>
        <translation>עד שהבלוק נגמר</translation>
    </message>
    <message>
        <source>until tomorrow</source>
        <translation>עד מחר</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message numerus="yes">
        <source>%n blocks</source>
        <translation>
            <numerusform>בלוק אחד</numerusform>
            <numerusform>%n בלוקים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <translation>
            <numerusform>הפסקה אחת</numerusform>
            <numerusform>%n הפסקות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan for %n days from %1 (%2)</source>
        <translation>
            <numerusform>תוכנית ליום אחד מ־%1 (%2)</numerusform>
            <numerusform>תוכנית ל־%n ימים מ־%1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>block</source>
        <translation>בלוק</translation>
    </message>
    <message>
        <source>break</source>
        <translation>הפסקה</translation>
    </message>
    <message>
        <source>no working hours</source>
        <translation>אין שעות עבודה</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>לא מתוכנן דבר</translation>
    </message>
    <message>
        <source>warning: %1 (planning without the breaks taken today)</source>
        <translation>אזהרה: %1 (התכנון נעשה בלי ההפסקות שנלקחו היום)</translation>
    </message>
    <message>
        <source>warning: %1 (using the default)</source>
        <translation>אזהרה: %1 (נעשה שימוש בברירת המחדל)</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message numerus="yes">
        <source>%1: %n breaks at %2</source>
        <translation>
            <numerusform>%1: הפסקה אחת ב־%2</numerusform>
            <numerusform>%1: %n הפסקות ב־%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no breaks.</source>
        <translation>%1: אין הפסקות.</translation>
    </message>
    <message>
        <source>%1: not a working day.</source>
        <translation>%1: לא יום עבודה.</translation>
    </message>
    <message>
        <source>Plan preview timeline</source>
        <translation>ציר הזמן של תצוגת התוכנית</translation>
    </message>
    <message>
        <source>Preview paused until every value is valid.</source>
        <translation>התצוגה המקדימה מושהית עד שכל הערכים תקינים.</translation>
    </message>
    <message>
        <source>Preview unavailable: %1</source>
        <translation>התצוגה המקדימה אינה זמינה: %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>היום</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>מחר</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>%1 (valid: %2)</source>
        <translation>%1 (תקין: %2)</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 בתים</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>רשומות %1</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 או %2</translation>
    </message>
    <message>
        <source>%1, e.g. %2</source>
        <translation>%1, למשל %2</translation>
    </message>
    <message>
        <source>Invalid range %1 - %2 is no time of day (00:00 to 24:00)</source>
        <translation>טווח לא תקין %1 – %2 אינה שעה ביום (00:00 עד 24:00)</translation>
    </message>
    <message>
        <source>Invalid range %1 - end must be after start</source>
        <translation>טווח לא תקין %1 – הסוף חייב להיות אחרי ההתחלה</translation>
    </message>
    <message>
        <source>Invalid range %1 - not written as HH:MM-HH:MM (two-digit minutes)</source>
        <translation>טווח לא תקין %1 – לא בצורה HH:MM-HH:MM (דקות בשתי ספרות)</translation>
    </message>
    <message>
        <source>Invalid range %1 - write a range as a quoted %2 string</source>
        <translation>טווח לא תקין %1 – כתבו טווח כמחרוזת %2 במירכאות</translation>
    </message>
    <message>
        <source>Invalid value %1</source>
        <translation>ערך לא תקין %1</translation>
    </message>
    <message>
        <source>Invalid value %1 - not a shipped language</source>
        <translation>ערך לא תקין %1 – אינה שפה שכלולה</translation>
    </message>
    <message>
        <source>Invalid value %1 - out of range</source>
        <translation>ערך לא תקין %1 – מחוץ לטווח</translation>
    </message>
    <message>
        <source>Invalid value %1 - unknown time zone</source>
        <translation>ערך לא תקין %1 – אזור זמן לא מוכר</translation>
    </message>
    <message>
        <source>Invalid value %1 - wrong type</source>
        <translation>ערך לא תקין %1 – סוג שגוי</translation>
    </message>
    <message>
        <source>Invalid value %1; did you mean %2?</source>
        <translation>ערך לא תקין %1; האם התכוונתם ל־%2?</translation>
    </message>
    <message>
        <source>Ranges overlap</source>
        <translation>הטווחים חופפים</translation>
    </message>
    <message>
        <source>SVG file %1 is %2 bytes, more than the %3 KB limit</source>
        <translation>קובץ ה־SVG %1 בגודל %2 בתים, יותר מהמגבלה של %3 KB</translation>
    </message>
    <message>
        <source>SVG file %1 not found next to the TOML file</source>
        <translation>קובץ ה־SVG %1 לא נמצא ליד קובץ ה־TOML</translation>
    </message>
    <message>
        <source>TOML nested a few levels deep, see the README</source>
        <translation>TOML בקינון של כמה רמות, ראו את ה־README</translation>
    </message>
    <message>
        <source>TOML syntax, see the README</source>
        <translation>תחביר TOML, ראו את ה־README</translation>
    </message>
    <message>
        <source>TOML with [[exercise]] tables</source>
        <translation>TOML עם טבלאות [[exercise]]</translation>
    </message>
    <message>
        <source>Unknown joint %1</source>
        <translation>מפרק לא מוכר %1</translation>
    </message>
    <message>
        <source>Unknown key %1</source>
        <translation>מפתח לא מוכר %1</translation>
    </message>
    <message>
        <source>Unknown key %1, ignored</source>
        <translation>מפתח לא מוכר %1, המערכת מתעלמת ממנו</translation>
    </message>
    <message>
        <source>Unknown key %1, ignored; did you mean %2?</source>
        <translation>מפתח לא מוכר %1, המערכת מתעלמת ממנו; האם התכוונתם ל־%2?</translation>
    </message>
    <message>
        <source>Unknown pose key %1</source>
        <translation>מפתח תנוחה לא מוכר %1</translation>
    </message>
    <message>
        <source>Unknown section %1, ignored</source>
        <translation>מקטע לא מוכר %1, המערכת מתעלמת ממנו</translation>
    </message>
    <message>
        <source>Unknown section %1, ignored; did you mean %2?</source>
        <translation>מקטע לא מוכר %1, המערכת מתעלמת ממנו; האם התכוונתם ל־%2?</translation>
    </message>
    <message>
        <source>Unknown weekday %1</source>
        <translation>יום בשבוע לא מוכר %1</translation>
    </message>
    <message>
        <source>Unknown weekday %1; did you mean %2?</source>
        <translation>יום בשבוע לא מוכר %1; האם התכוונתם ל־%2?</translation>
    </message>
    <message>
        <source>a UTF-8 TOML file under 1 MB</source>
        <translation>קובץ TOML בקידוד UTF-8 קטן מ־1 MB</translation>
    </message>
    <message>
        <source>a list of %1 ranges, e.g. %2</source>
        <translation>רשימת טווחים %1, למשל %2</translation>
    </message>
    <message>
        <source>a list of .svg file names, e.g. %1</source>
        <translation>רשימת שמות קובצי ‎.svg, למשל %1</translation>
    </message>
    <message>
        <source>a list of 1 to 6 short instructions</source>
        <translation>רשימה של 1 עד 6 הוראות קצרות</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>רשימת מחרוזות</translation>
    </message>
    <message>
        <source>a list of strings, e.g. %1</source>
        <translation>רשימת מחרוזות, למשל %1</translation>
    </message>
    <message>
        <source>a list of tables such as %1 (each overrides the base pose)</source>
        <translation>רשימת טבלאות כמו %1 (כל אחת דורסת את תנוחת הבסיס)</translation>
    </message>
    <message>
        <source>a list of: %1</source>
        <translation>רשימה מתוך: %1</translation>
    </message>
    <message>
        <source>a name of at most %1 characters</source>
        <translation>שם של עד %1 תווים</translation>
    </message>
    <message>
        <source>a non-empty list of: %1</source>
        <translation>רשימה לא ריקה מתוך: %1</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>מחרוזת לא ריקה</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>מספר</translation>
    </message>
    <message>
        <source>a path to an .ics file, or an http(s) URL</source>
        <translation>נתיב לקובץ ‎.ics, או כתובת URL מסוג http(s)</translation>
    </message>
    <message>
        <source>a step is %1 characters long</source>
        <translation>צעד אחד באורך %1 תווים</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>מחרוזת</translation>
    </message>
    <message>
        <source>a table with view, base and frames, or with %1</source>
        <translation>טבלה עם view,‏ base ו־frames, או עם %1</translation>
    </message>
    <message>
        <source>a time after %1</source>
        <translation>שעה אחרי %1</translation>
    </message>
    <message>
        <source>a whole number of minutes from %1 to %2</source>
        <translation>מספר שלם של דקות מ־%1 עד %2</translation>
    </message>
    <message>
        <source>a whole number of seconds from %1 to %2</source>
        <translation>מספר שלם של שניות מ־%1 עד %2</translation>
    </message>
    <message>
        <source>a whole number of skips from %1 to %2</source>
        <translation>מספר שלם של דילוגים מ־%1 עד %2</translation>
    </message>
    <message>
        <source>an .svg file in %1</source>
        <translation>קובץ ‎.svg בתוך %1</translation>
    </message>
    <message>
        <source>an .svg file of at most %1 KB</source>
        <translation>קובץ ‎.svg של עד %1 KB</translation>
    </message>
    <message>
        <source>an IANA zone such as %1, or empty</source>
        <translation>אזור IANA כמו %1, או ריק</translation>
    </message>
    <message>
        <source>an [[exercise]] table</source>
        <translation>טבלת [[exercise]]</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>לפחות %1</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>עד %1 תווים</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>לא ניתן לקרוא: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>לא ניתן לקרוא את הקובץ: %1</translation>
    </message>
    <message>
        <source>cannot read the journal: %1</source>
        <translation>לא ניתן לקרוא את היומן: %1</translation>
    </message>
    <message>
        <source>duplicate exercise id %1</source>
        <translation>מזהה תרגיל כפול %1</translation>
    </message>
    <message>
        <source>duplicate exercise id %1; the first one is used</source>
        <translation>מזהה תרגיל כפול %1; נעשה שימוש בראשון</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>למשל %1</translation>
    </message>
    <message>
        <source>empty, or one of: %1</source>
        <translation>ריק, או אחת מ: %1</translation>
    </message>
    <message>
        <source>end must be after start</source>
        <translation>הסוף חייב להיות אחרי ההתחלה</translation>
    </message>
    <message>
        <source>ids unique across your files</source>
        <translation>מזהים ייחודיים בכל הקבצים שלכם</translation>
    </message>
    <message>
        <source>is %1 characters long</source>
        <translation>באורך %1 תווים</translation>
    </message>
    <message>
        <source>is %1, more than the %2 limit</source>
        <translation>בגודל %1, יותר מהמגבלה של %2</translation>
    </message>
    <message>
        <source>is a device, not a file</source>
        <translation>זה התקן, לא קובץ</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>זו תיקייה, לא קובץ</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a file</source>
        <translation>זה צינור בעל שם (FIFO), לא קובץ</translation>
    </message>
    <message>
        <source>is a socket, not a file</source>
        <translation>זה שקע (socket), לא קובץ</translation>
    </message>
    <message>
        <source>is missing or not a table</source>
        <translation>חסר או אינו טבלה</translation>
    </message>
    <message>
        <source>is more than the %1 limit</source>
        <translation>גדול מהמגבלה של %1</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>אינו קובץ רגיל</translation>
    </message>
    <message>
        <source>is not valid TOML: %1</source>
        <translation>אינו TOML תקין: %1</translation>
    </message>
    <message>
        <source>is not valid TOML: arrays or tables nest too deeply</source>
        <translation>אינו TOML תקין: מערכים או טבלאות מקוננים עמוק מדי</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>חייב להיות טבלה</translation>
    </message>
    <message>
        <source>must be a table of weekdays</source>
        <translation>חייב להיות טבלה של ימים בשבוע</translation>
    </message>
    <message>
        <source>must be an array of tables</source>
        <translation>חייב להיות מערך של טבלאות</translation>
    </message>
    <message>
        <source>needs at least two keyframes</source>
        <translation>נדרשות לפחות שתי תמונות מפתח</translation>
    </message>
    <message>
        <source>needs exactly one of %1 or %2</source>
        <translation>נדרש בדיוק אחד מבין %1 או %2</translation>
    </message>
    <message>
        <source>no [[exercise]] tables found</source>
        <translation>לא נמצאו טבלאות [[exercise]]</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>אין קובץ כזה</translation>
    </message>
    <message>
        <source>not saved: it is not a regular file</source>
        <translation>לא נשמר: זה אינו קובץ רגיל</translation>
    </message>
    <message>
        <source>not saved: the file is not valid TOML (%1) and would be lost; fix or move it first, or save a fresh file (the old one is kept as .bak)</source>
        <translation>לא נשמר: הקובץ אינו TOML תקין (%1) והיה הולך לאיבוד; תקנו או העבירו אותו קודם, או שמרו קובץ חדש (הישן נשמר כ־‎.bak)</translation>
    </message>
    <message>
        <source>not saved: the file is not valid TOML and would be lost; fix or move it first, or save a fresh file (the old one is kept as .bak)</source>
        <translation>לא נשמר: הקובץ אינו TOML תקין והיה הולך לאיבוד; תקנו או העבירו אותו קודם, או שמרו קובץ חדש (הישן נשמר כ־‎.bak)</translation>
    </message>
    <message>
        <source>not saved: the file there cannot be read (%1) and would be lost; fix or move it first, or save a fresh file (the old one is kept as .bak)</source>
        <translation>לא נשמר: לא ניתן לקרוא את הקובץ הקיים (%1) והוא היה הולך לאיבוד; תקנו או העבירו אותו קודם, או שמרו קובץ חדש (הישן נשמר כ־‎.bak)</translation>
    </message>
    <message>
        <source>not valid TOML: %1</source>
        <translation>TOML לא תקין: %1</translation>
    </message>
    <message>
        <source>not valid TOML: arrays or tables nest too deeply</source>
        <translation>TOML לא תקין: מערכים או טבלאות מקוננים עמוק מדי</translation>
    </message>
    <message>
        <source>one or more [[exercise]] tables</source>
        <translation>טבלת [[exercise]] אחת או יותר</translation>
    </message>
    <message>
        <source>ranges that do not overlap</source>
        <translation>טווחים שאינם חופפים</translation>
    </message>
    <message>
        <source>routine_max (%1) is below routine_min (%2)</source>
        <translation>routine_max ‏(%1) קטן מ־routine_min ‏(%2)</translation>
    </message>
    <message>
        <source>steps of at most %1 characters</source>
        <translation>צעדים של עד %1 תווים</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true או false</translation>
    </message>
    <message>
        <source>up to %1 lower-case letters, digits and &apos;-&apos;, e.g. %2</source>
        <translation>עד %1 אותיות לטיניות קטנות, ספרות ו־&apos;-&apos;, למשל %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>אזהרה: %1</translation>
    </message>
    <message>
        <source>weekdays such as %1 or %2</source>
        <translation>ימים בשבוע כמו %1 או %2</translation>
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
        <source>Don&apos;t show this again</source>
        <translation>לא להציג שוב</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>סיימתי</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>מועדף</translation>
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
        <source>Never suggest this exercise; undo it in Settings ▸ Exercises (H)</source>
        <translation>לעולם לא להציע את התרגיל הזה; אפשר לבטל בהגדרות ▸ תרגילים (H)</translation>
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
        <source>Shorten to 1 min</source>
        <translation>קצר לדקה</translation>
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
        <source>Suggest this exercise more often (F)</source>
        <translation>להציע את התרגיל הזה לעתים קרובות יותר (F)</translation>
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
    <name>Reason</name>
    <message>
        <source>after-block</source>
        <translation>אחרי בלוק</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>פער</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>ידנית</translation>
    </message>
    <message>
        <source>sitting-limit</source>
        <translation>מגבלת ישיבה</translation>
    </message>
    <message>
        <source>snooze</source>
        <translation>נדחתה</translation>
    </message>
</context>
<context>
    <name>Remote</name>
    <message>
        <source>A break is already on screen.</source>
        <translation>הפסקה כבר מוצגת על המסך.</translation>
    </message>
    <message>
        <source>Break started: %1</source>
        <translation>ההפסקה התחילה: %1</translation>
    </message>
    <message>
        <source>No break is on screen.</source>
        <translation>אין הפסקה על המסך.</translation>
    </message>
    <message>
        <source>Opened the break.</source>
        <translation>ההפסקה נפתחה.</translation>
    </message>
    <message>
        <source>Opened the history.</source>
        <translation>ההיסטוריה נפתחה.</translation>
    </message>
    <message>
        <source>Opened the settings.</source>
        <translation>ההגדרות נפתחו.</translation>
    </message>
    <message>
        <source>movebreak is already running.</source>
        <translation>movebreak כבר פועל.</translation>
    </message>
    <message>
        <source>movebreak is already running.
%1</source>
        <translation>movebreak כבר פועל.
%1</translation>
    </message>
    <message>
        <source>movebreak is not running. Start it with `movebreak` (or `make run`).</source>
        <translation>movebreak אינו פועל. הפעילו אותו עם `movebreak` (או `make run`).</translation>
    </message>
    <message>
        <source>movebreak is quitting.</source>
        <translation>movebreak נסגר.</translation>
    </message>
    <message>
        <source>movebreak is running but does not answer (stopped or busy). `kill -CONT` it, or end it and start it again.</source>
        <translation>movebreak פועל אבל לא עונה (עצור או עסוק). המשיכו אותו עם `kill -CONT`, או סגרו והפעילו אותו מחדש.</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>פקודה לא מוכרת %1</translation>
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
    <message>
        <source>Just one minute this time</source>
        <translation>הפעם רק דקה אחת</translation>
    </message>
    <message>
        <source>Just one minute: you have been sitting for %1</source>
        <translation>רק דקה אחת: אתם יושבים כבר %1</translation>
    </message>
    <message>
        <source>Just one minute: you have been sitting for at least %1</source>
        <translation>רק דקה אחת: אתם יושבים כבר לפחות %1</translation>
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
    <name>SchedulePage</name>
    <message>
        <source>%1 and %2 overlap</source>
        <translation>%1 ו־%2 חופפים</translation>
    </message>
    <message numerus="yes">
        <source>%n events count as blocks in the tested period.</source>
        <translation>
            <numerusform>אירוע אחד נחשב כבלוק בתקופה שנבדקה.</numerusform>
            <numerusform>%n אירועים נחשבים כבלוקים בתקופה שנבדקה.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add block</source>
        <translation>&amp;הוספת בלוק</translation>
    </message>
    <message>
        <source>&amp;Friday</source>
        <translation>ש&amp;ישי</translation>
    </message>
    <message>
        <source>&amp;Monday</source>
        <translation>ש&amp;ני</translation>
    </message>
    <message>
        <source>&amp;Wednesday</source>
        <translation>&amp;רביעי</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a range; write HH:MM-HH:MM, e.g. 09:00-17:30</source>
        <translation>&apos;%1&apos; אינו טווח; כתבו HH:MM-HH:MM, למשל 09:00-17:30</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: end must be after start</source>
        <translation>&apos;%1&apos;: הסוף חייב להיות אחרי ההתחלה</translation>
    </message>
    <message>
        <source>Add UR&amp;L</source>
        <translation>הוספת &amp;כתובת URL</translation>
    </message>
    <message>
        <source>Add a calendar file</source>
        <translation>הוספת קובץ לוח שנה</translation>
    </message>
    <message>
        <source>Add f&amp;ile…</source>
        <translation>הוספת &amp;קובץ…</translation>
    </message>
    <message>
        <source>Block %1: %2</source>
        <translation>בלוק %1: %2</translation>
    </message>
    <message>
        <source>Calendar %1: %2</source>
        <translation>לוח שנה %1: %2</translation>
    </message>
    <message>
        <source>Calendar sources</source>
        <translation>מקורות לוח שנה</translation>
    </message>
    <message>
        <source>Calendars (their busy events are blocks too)</source>
        <translation>לוחות שנה (גם האירועים התפוסים בהם הם בלוקים)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>ימים</translation>
    </message>
    <message>
        <source>Deep-work blocks</source>
        <translation>בלוקים של עבודה מרוכזת</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>שכ&amp;פול</translation>
    </message>
    <message>
        <source>End</source>
        <translation>סוף</translation>
    </message>
    <message>
        <source>Leave &apos;Only events containing&apos; empty to count every busy event; or list words (summary or category), e.g. Focus, Deep work.</source>
        <translation>השאירו את &quot;רק אירועים המכילים&quot; ריק כדי לספור כל אירוע תפוס, או כתבו מילים (כותרת או קטגוריה), למשל Focus, עבודה מרוכזת.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>On</source>
        <translation>פעיל</translation>
    </message>
    <message>
        <source>Only events containing</source>
        <translation>רק אירועים המכילים</translation>
    </message>
    <message>
        <source>Plan preview: today and tomorrow</source>
        <translation>תצוגת התוכנית: היום ומחר</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>ה&amp;סרה</translation>
    </message>
    <message>
        <source>Remove &amp;calendar</source>
        <translation>הסר&amp;ת לוח השנה</translation>
    </message>
    <message>
        <source>Sa&amp;turday</source>
        <translation>ש&amp;בת</translation>
    </message>
    <message>
        <source>Select a calendar to test.</source>
        <translation>בחרו לוח שנה לבדיקה.</translation>
    </message>
    <message>
        <source>Several ranges are separated by commas: 09:00-12:30, 13:30-17:30</source>
        <translation>הפרידו כמה טווחים בפסיקים: 09:00-12:30, 13:30-17:30</translation>
    </message>
    <message>
        <source>Source (file or URL)</source>
        <translation>מקור (קובץ או URL)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>התחלה</translation>
    </message>
    <message>
        <source>Su&amp;nday</source>
        <translation>ר&amp;אשון</translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation>ב&amp;דיקה</translation>
    </message>
    <message>
        <source>T&amp;uesday</source>
        <translation>ש&amp;לישי</translation>
    </message>
    <message>
        <source>Test failed: %1</source>
        <translation>הבדיקה נכשלה: %1</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>בודק את %1…</translation>
    </message>
    <message>
        <source>Thu&amp;rsday</source>
        <translation>ח&amp;מישי</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>כותרת</translation>
    </message>
    <message>
        <source>Using the cached copy, %1 old.</source>
        <translation>נעשה שימוש בעותק השמור (מלפני %1).</translation>
    </message>
    <message>
        <source>Weekly deep-work blocks (never interrupted)</source>
        <translation>בלוקים שבועיים של עבודה מרוכזת (לעולם לא מופרעים)</translation>
    </message>
    <message>
        <source>Working hours (no break is planned outside them)</source>
        <translation>שעות עבודה (מחוץ להן לא מתוכננות הפסקות)</translation>
    </message>
    <message>
        <source>Working hours, %1: %2</source>
        <translation>שעות עבודה, %1: %2</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>יום חופש</translation>
    </message>
    <message>
        <source>days &apos;%1&apos;: use weekdays such as mon-fri or mon, wed</source>
        <translation>ימים &apos;%1&apos;: השתמשו בימים כמו mon-fri או mon, wed</translation>
    </message>
    <message>
        <source>end &apos;%1&apos;: use HH:MM</source>
        <translation>סוף &apos;%1&apos;: השתמשו ב־HH:MM</translation>
    </message>
    <message>
        <source>end must be after start</source>
        <translation>הסוף חייב להיות אחרי ההתחלה</translation>
    </message>
    <message>
        <source>enter the path of an .ics file or an http(s) URL</source>
        <translation>הזינו נתיב של קובץ ‎.ics או כתובת http(s)</translation>
    </message>
    <message>
        <source>start &apos;%1&apos;: use HH:MM</source>
        <translation>התחלה &apos;%1&apos;: השתמשו ב־HH:MM</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>%1: %2 %3 is above the maximum; use %4 to %5 %3</source>
        <translation>%1: %2 %3 מעל המקסימום; השתמשו ב־%4 עד %5 %3</translation>
    </message>
    <message>
        <source>%1: %2 %3 is below the minimum; use %4 to %5 %3</source>
        <translation>%1: %2 %3 מתחת למינימום; השתמשו ב־%4 עד %5 %3</translation>
    </message>
    <message>
        <source>&amp;After a block ends, wait</source>
        <translation>אחרי &amp;סוף בלוק, להמתין</translation>
    </message>
    <message>
        <source>&amp;Heads-up before a break</source>
        <translation>&amp;התראה לפני הפסקה</translation>
    </message>
    <message>
        <source>&amp;Longest routine</source>
        <translation>השגרה ה&amp;ארוכה ביותר</translation>
    </message>
    <message>
        <source>Announce breaks with a desktop &amp;notification</source>
        <translation>הודעה על הפסקות &amp;בהתראה של שולחן העבודה</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>הפסקות</translation>
    </message>
    <message>
        <source>Count time away from the keyboard as a &amp;break</source>
        <translation>זמן הרחק מהמקלדת נחשב &amp;להפסקה</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>שגיאה</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>תרגילים</translation>
    </message>
    <message>
        <source>Fetch &amp;URL calendars every</source>
        <translation>&amp;טעינת לוחות שנה מכתובת URL כל</translation>
    </message>
    <message>
        <source>General</source>
        <translation>כללי</translation>
    </message>
    <message>
        <source>Hold breaks during a call (&amp;microphone or camera in use)</source>
        <translation>עיכוב הפסקות בזמן שיחה (מיקרופון או מצלמה &amp;פעילים)</translation>
    </message>
    <message>
        <source>Hold breaks while a &amp;fullscreen window has focus</source>
        <translation>עיכוב הפסקות כשחלון ב&amp;מסך מלא בפוקוס</translation>
    </message>
    <message>
        <source>Hold breaks while these &amp;programs run</source>
        <translation>עיכוב הפסקות כש&amp;תוכניות אלה רצות</translation>
    </message>
    <message>
        <source>Longest stretch &amp;without a break</source>
        <translation>משך ארוך ביותר &amp;בלי הפסקה</translation>
    </message>
    <message>
        <source>Plan in &amp;time zone</source>
        <translation>תכנון לפי אזור &amp;זמן</translation>
    </message>
    <message>
        <source>Play a soft &amp;chime at the start and between exercises</source>
        <translation>השמעת &amp;צליל עדין בהתחלה ובין התרגילים</translation>
    </message>
    <message>
        <source>Routines to s&amp;kip a day</source>
        <translation>שגרות שאפשר &amp;לדלג עליהן ביום</translation>
    </message>
    <message>
        <source>S&amp;nooze postpones by</source>
        <translation>&amp;דחייה מזיזה ב־</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>לוח זמנים</translation>
    </message>
    <message>
        <source>Sh&amp;ortest routine</source>
        <translation>השגרה ה&amp;קצרה ביותר</translation>
    </message>
    <message>
        <source>Skip &amp;gaps shorter than</source>
        <translation>דילוג על &amp;פערים קצרים מ־</translation>
    </message>
    <message>
        <source>min</source>
        <translation>דק׳</translation>
    </message>
    <message>
        <source>s</source>
        <translation>שנ׳</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (ועוד אחת)</numerusform>
            <numerusform> (ועוד %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems in your config file. Those values use their defaults until you fix them here or in the file (saving replaces them; the old file is kept as .bak):</source>
        <translation>
            <numerusform>בעיה אחת בקובץ התצורה. הערכים האלה משתמשים בברירת המחדל עד שתתקנו אותם כאן או בקובץ (השמירה מחליפה אותם; הקובץ הישן נשמר כ־‎.bak):</numerusform>
            <numerusform>%n בעיות בקובץ התצורה. הערכים האלה משתמשים בברירת המחדל עד שתתקנו אותם כאן או בקובץ (השמירה מחליפה אותם; הקובץ הישן נשמר כ־‎.bak):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown keys or sections in your config file: kept there, and ignored (a typo, or written by a newer movebreak?):</source>
        <translation>
            <numerusform>מפתח או מקטע לא מוכר אחד בקובץ התצורה: נשאר שם ומתעלמים ממנו (שגיאת הקלדה, או נכתב בגרסה חדשה יותר של movebreak?):</numerusform>
            <numerusform>%n מפתחות או מקטעים לא מוכרים בקובץ התצורה: נשארים שם ומתעלמים מהם (שגיאת הקלדה, או נכתבו בגרסה חדשה יותר של movebreak?):</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;שמירה</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>סגירה (Esc)</translation>
    </message>
    <message>
        <source>Discard them, or keep editing?</source>
        <translation>לבטל אותם, או להמשיך לערוך?</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>המשך עריכה</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>לא נשמר: %1</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>שמירה (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save a fresh file</source>
        <translation>שמירה לקובץ חדש</translation>
    </message>
    <message>
        <source>Save your changes to the settings?</source>
        <translation>לשמור את השינויים בהגדרות?</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>נשמר אל %1</translation>
    </message>
    <message>
        <source>Saved, but starting at login could not be changed:</source>
        <translation>נשמר, אבל לא ניתן היה לשנות את ההפעלה בכניסה למערכת:</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>דפי הגדרות</translation>
    </message>
    <message>
        <source>They go to %1.</source>
        <translation>הם יישמרו אל %1.</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>הגדרות שלא נשמרו</translation>
    </message>
    <message>
        <source>Write your settings to a new file; the old one is kept as .bak</source>
        <translation>כותב את ההגדרות לקובץ חדש; הקובץ הישן נשמר כ־‎.bak</translation>
    </message>
    <message>
        <source>Your changes are not valid, so they cannot be saved.</source>
        <translation>השינויים אינם תקינים ולכן לא ניתן לשמור אותם.</translation>
    </message>
    <message>
        <source>Your settings were not saved:</source>
        <translation>ההגדרות לא נשמרו:</translation>
    </message>
    <message>
        <source>could not be written: %1</source>
        <translation>לא ניתן לכתוב: %1</translation>
    </message>
    <message>
        <source>movebreak settings</source>
        <translation>הגדרות movebreak</translation>
    </message>
    <message>
        <source>start at login</source>
        <translation>הפעלה בכניסה למערכת</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (run movebreak check-config)</source>
        <translation>
            <numerusform>… ועוד אחת (הריצו movebreak check-config)</numerusform>
            <numerusform>… ועוד %n (הריצו movebreak check-config)</numerusform>
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
        <source>Away from the keyboard since %1</source>
        <translation>הרחק מהמקלדת מאז %1</translation>
    </message>
    <message>
        <source>Focus until %1</source>
        <translation>ריכוז עד %1</translation>
    </message>
    <message>
        <source>Last moved %1 ago</source>
        <translation>תנועה אחרונה לפני %1</translation>
    </message>
    <message>
        <source>Last moved %1 ago, at %2</source>
        <translation>תנועה אחרונה לפני %1, ב־%2</translation>
    </message>
    <message>
        <source>Last moved over %1 ago</source>
        <translation>תנועה אחרונה לפני יותר מ־%1</translation>
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
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>שנייה</numerusform>
            <numerusform>%n שנ׳</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <source>Fri</source>
        <translation>יום ו׳</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>יום ב׳</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>שבת</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>יום א׳</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>יום ה׳</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>יום ג׳</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>יום ד׳</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;Afternoons, 14:00–16:00, Monday to Thursday</source>
        <translation>&amp;אחר הצהריים, 14:00–16:00, שני עד חמישי</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;סיום</translation>
    </message>
    <message>
        <source>&amp;Import a calendar…</source>
        <translation>&amp;ייבוא לוח שנה…</translation>
    </message>
    <message>
        <source>&amp;Mornings, 09:00–11:00, Monday to Friday</source>
        <translation>&amp;בקרים, 09:00–11:00, שני עד שישי</translation>
    </message>
    <message>
        <source>Calendar: </source>
        <translation>לוח שנה: </translation>
    </message>
    <message>
        <source>I &amp;work from</source>
        <translation>אני &amp;עובד/ת מ־</translation>
    </message>
    <message>
        <source>Import a calendar</source>
        <translation>ייבוא לוח שנה</translation>
    </message>
    <message>
        <source>The end of the working day must be after its start.</source>
        <translation>סוף יום העבודה חייב להיות אחרי תחילתו.</translation>
    </message>
    <message>
        <source>Tick at least one working day.</source>
        <translation>סמנו לפחות יום עבודה אחד.</translation>
    </message>
    <message>
        <source>Tick what fits; breaks will never land inside these blocks.</source>
        <translation>סמנו מה שמתאים; הפסקות לעולם לא ייפלו בבלוקים האלה.</translation>
    </message>
    <message>
        <source>W&amp;ednesday mornings, 09:00–12:30 (a no-meeting half day)</source>
        <translation>בקרי י&amp;ום רביעי, 09:00–12:30 (חצי יום בלי פגישות)</translation>
    </message>
    <message>
        <source>Welcome to movebreak</source>
        <translation>ברוכים הבאים ל־movebreak</translation>
    </message>
    <message>
        <source>When do you do deep work?</source>
        <translation>מתי אתם עובדים בריכוז?</translation>
    </message>
    <message>
        <source>You can change all of this, and more, in the settings later. Closing this window keeps the defaults.</source>
        <translation>אפשר לשנות את כל זה, ועוד, בהגדרות מאוחר יותר. סגירת החלון שומרת על ברירות המחדל.</translation>
    </message>
    <message>
        <source>Your working hours</source>
        <translation>שעות העבודה שלכם</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>קובצי iCalendar‏ (*.ics);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>movebreak plans short, illustrated stretching breaks into the gaps between your deep-work blocks, and never interrupts them.</source>
        <translation>movebreak מתכנן הפסקות מתיחה קצרות ומאוירות בפערים שבין בלוקי העבודה המרוכזת שלכם, ולעולם לא מפריע להם.</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>ע&amp;ד</translation>
    </message>
</context>
</TS>
