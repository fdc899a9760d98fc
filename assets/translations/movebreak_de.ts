<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>App</name>
    <message numerus="yes">
        <source>%n exercise file problems; those exercises were skipped. First: %1</source>
        <translation>
            <numerusform>%n Problem in einer Übungsdatei; diese Übungen wurden übersprungen. Das erste: %1</numerusform>
            <numerusform>%n Probleme in Übungsdateien; diese Übungen wurden übersprungen. Das erste: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>History is unavailable: the data folder is not writable.</source>
        <translation>Der Verlauf ist nicht verfügbar: Der Datenordner ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>No system tray was found, so movebreak runs without an icon. Breaks still appear. Use `movebreak status`, `movebreak break-now`, `movebreak pause 30m`, `movebreak show settings`, `movebreak show history` and `movebreak quit`.</source>
        <translation>Kein Infobereich (System-Tray) gefunden, daher läuft movebreak ohne Symbol. Pausen erscheinen trotzdem. Nutze `movebreak status`, `movebreak break-now`, `movebreak pause 30m`, `movebreak show settings`, `movebreak show history` und `movebreak quit`.</translation>
    </message>
    <message>
        <source>Not saved: config.toml has problems; fix them first (movebreak check-config).</source>
        <translation>Nicht gespeichert: config.toml hat Probleme; behebe sie zuerst (movebreak check-config).</translation>
    </message>
    <message>
        <source>The data folder %1 is not writable (%2). Breaks still appear, but nothing is logged. Fix its permissions or set MOVEBREAK_DATA_DIR.</source>
        <translation>In den Datenordner %1 kann nicht geschrieben werden (%2). Pausen erscheinen weiter, aber nichts wird aufgezeichnet. Korrigiere seine Berechtigungen oder setze MOVEBREAK_DATA_DIR.</translation>
    </message>
    <message>
        <source>The settings window is not available yet. Edit %1 (every key is in docs/config.md); `movebreak check-config` validates it.</source>
        <translation>Das Einstellungsfenster gibt es noch nicht. Bearbeite %1 (jeder Schlüssel steht in docs/config.md); `movebreak check-config` prüft die Datei.</translation>
    </message>
    <message>
        <source>Your choice was not saved: %1</source>
        <translation>Deine Auswahl wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Your config file cannot be read; movebreak runs on its defaults. The file was not changed.</source>
        <translation>Deine Konfigurationsdatei ist nicht lesbar; movebreak nutzt seine Standards. Die Datei wurde nicht geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Your config has %n unknown keys or sections; movebreak ignores them. The file was not changed.</source>
        <translation>
            <numerusform>Deine Konfiguration hat %n unbekannten Schlüssel oder Abschnitt; movebreak ignoriert ihn. Die Datei wurde nicht geändert.</numerusform>
            <numerusform>Deine Konfiguration hat %n unbekannte Schlüssel oder Abschnitte; movebreak ignoriert sie. Die Datei wurde nicht geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your config has problems; movebreak runs on defaults for the wrong values and ignores the unknown keys. The file was not changed.</source>
        <translation>Deine Konfiguration hat Probleme; für falsche Werte nutzt movebreak die Standards, unbekannte Schlüssel ignoriert es. Die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Your config has problems; movebreak runs on defaults for those keys. The file was not changed.</source>
        <translation>Deine Konfiguration hat Probleme; für diese Schlüssel nutzt movebreak die Standards. Die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>cannot open the control socket %1: %2. This instance runs, but `movebreak status`, `pause` and the others cannot reach it.</source>
        <translation>der Steuer-Socket %1 lässt sich nicht öffnen: %2. movebreak läuft, aber `movebreak status`, `pause` und die anderen Befehle erreichen es nicht.</translation>
    </message>
    <message>
        <source>movebreak: calendar problem</source>
        <translation>movebreak: Kalenderproblem</translation>
    </message>
    <message>
        <source>no desktop session: WAYLAND_DISPLAY names %1, which does not exist (the compositor ended, or XDG_RUNTIME_DIR is not the session&apos;s), and DISPLAY is not set.</source>
        <translation>keine Desktop-Sitzung: WAYLAND_DISPLAY nennt %1, das es nicht gibt (der Compositor wurde beendet, oder XDG_RUNTIME_DIR gehört nicht zur Sitzung), und DISPLAY ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>no desktop session: neither WAYLAND_DISPLAY nor DISPLAY is set. movebreak is a tray app and needs a graphical session; start it from your desktop (or its autostart). Over SSH, `movebreak status`, `plan` and `history` work without one.</source>
        <translation>keine Desktop-Sitzung: Weder WAYLAND_DISPLAY noch DISPLAY ist gesetzt. movebreak lebt im Infobereich und braucht eine grafische Sitzung; starte es von deinem Desktop aus (oder per Autostart). Über SSH funktionieren `movebreak status`, `plan` und `history` auch ohne.</translation>
    </message>
    <message>
        <source>skipped exercise: %1</source>
        <translation>Übung übersprungen: %1</translation>
    </message>
</context>
<context>
    <name>BodyArea</name>
    <message>
        <source>eyes</source>
        <translation>Augen</translation>
    </message>
    <message>
        <source>hips</source>
        <translation>Hüfte</translation>
    </message>
    <message>
        <source>legs</source>
        <translation>Beine</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>unterer Rücken</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>Schultern</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>oberer Rücken</translation>
    </message>
    <message>
        <source>wrists &amp; hands</source>
        <translation>Handgelenke &amp; Hände</translation>
    </message>
</context>
<context>
    <name>BreaksPage</name>
    <message>
        <source>A break is planned in each free gap of your working hours, never inside a block. Its length fits the gap, between the shortest and longest routine.</source>
        <translation>In jeder freien Lücke deiner Arbeitszeit wird eine Pause geplant, nie in einem Block. Ihre Länge passt zur Lücke, zwischen kürzester und längster Routine.</translation>
    </message>
    <message>
        <source>Breaks: longest routine %1</source>
        <translation>Pausen: längste Routine %1</translation>
    </message>
    <message>
        <source>How breaks are announced</source>
        <translation>Wie Pausen angekündigt werden</translation>
    </message>
    <message>
        <source>Longest routine %1</source>
        <translation>Längste Routine %1</translation>
    </message>
    <message>
        <source>When breaks happen</source>
        <translation>Wann Pausen stattfinden</translation>
    </message>
    <message numerus="yes">
        <source>must be at least the shortest routine (%n min)</source>
        <translation>
            <numerusform>muss mindestens so lang sein wie die kürzeste Routine (%n Min.)</numerusform>
            <numerusform>muss mindestens so lang sein wie die kürzeste Routine (%n Min.)</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
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
        <translation>Listet die aufgezeichneten Pausen mit ihren Übungen und Ergebnissen und eine Zusammenfassung (Abschlussrate, Serie, bewegte Minuten). Daten sind lokale Tage, einschließlich.</translation>
    </message>
    <message>
        <source>Short mobility routines planned into the gaps between your deep-work blocks.</source>
        <translation>Kurze Bewegungsroutinen, eingeplant in die Lücken zwischen deinen Fokusblöcken.</translation>
    </message>
    <message>
        <source>Show the blocks (weekly rules + calendars) and the break slots planned into the gaps between them. Without --from: today, from now on.</source>
        <translation>Zeigt die Blöcke (Wochenregeln + Kalender) und die in die Lücken dazwischen geplanten Pausen. Ohne --from: heute, ab jetzt.</translation>
    </message>
    <message>
        <source>Validate a movebreak config file. Every problem is listed with its line, what is wrong and what would be valid. Unknown keys and sections are warnings with a &apos;did you mean&apos; (a newer movebreak may have written them): exit 0 unless --strict. A wrong value exits 2.</source>
        <translation>Prüft eine movebreak-Konfigurationsdatei. Jedes Problem wird mit Zeile, Fehler und gültigen Werten aufgeführt. Unbekannte Schlüssel und Abschnitte sind Warnungen mit einem „meintest du“ (ein neueres movebreak kann sie geschrieben haben): Exit 0, außer mit --strict. Ein falscher Wert endet mit Exit 2.</translation>
    </message>
    <message>
        <source>a manual deep-work block; the break comes when it ends</source>
        <translation>ein manueller Fokusblock; die Pause kommt, wenn er endet</translation>
    </message>
    <message>
        <source>add an .ics file or http(s) URL as a calendar source (repeatable)</source>
        <translation>eine .ics-Datei oder http(s)-URL als Kalenderquelle hinzufügen (mehrfach möglich)</translation>
    </message>
    <message>
        <source>first day to include (default: all)</source>
        <translation>erster Tag, der dazugehört (Standard: alle)</translation>
    </message>
    <message>
        <source>first day to plan, whole days (default: today, from now on)</source>
        <translation>erster Tag der Planung, ganze Tage (Standard: heute, ab jetzt)</translation>
    </message>
    <message>
        <source>hold breaks for a while; every pause ends by itself</source>
        <translation>Pausen eine Weile zurückhalten; jede Pause endet von selbst</translation>
    </message>
    <message>
        <source>last day to include (default: today)</source>
        <translation>letzter Tag, der dazugehört (Standard: heute)</translation>
    </message>
    <message>
        <source>log debug messages to stderr</source>
        <translation>Debug-Meldungen nach stderr schreiben</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>maschinenlesbare Ausgabe</translation>
    </message>
    <message>
        <source>number of days to plan, 1 to %1 (default: 1)</source>
        <translation>Anzahl der Tage, 1 bis %1 (Standard: 1)</translation>
    </message>
    <message>
        <source>open a window of the running app</source>
        <translation>ein Fenster der laufenden App öffnen</translation>
    </message>
    <message>
        <source>plan in this IANA zone (default: the config&apos;s, else the system&apos;s)</source>
        <translation>in dieser IANA-Zone planen (Standard: die der Konfiguration, sonst die des Systems)</translation>
    </message>
    <message>
        <source>quit the running app</source>
        <translation>die laufende App beenden</translation>
    </message>
    <message>
        <source>show the breaks you took and the exercises you did</source>
        <translation>deine Pausen und Übungen anzeigen</translation>
    </message>
    <message>
        <source>show the deep-work blocks and the breaks planned between them</source>
        <translation>die Fokusblöcke und die dazwischen geplanten Pausen anzeigen</translation>
    </message>
    <message>
        <source>show the next break and any pause</source>
        <translation>die nächste Pause und eine laufende Unterbrechung anzeigen</translation>
    </message>
    <message>
        <source>start a break now in the running app</source>
        <translation>jetzt eine Pause in der laufenden App starten</translation>
    </message>
    <message>
        <source>table for people (default), csv for spreadsheets, json for scripts</source>
        <translation>table für Menschen (Standard), csv für Tabellen, json für Skripte</translation>
    </message>
    <message>
        <source>table for people (default), json for scripts</source>
        <translation>table für Menschen (Standard), json für Skripte</translation>
    </message>
    <message>
        <source>the config file to check (default: --config, or the user&apos;s config file)</source>
        <translation>die zu prüfende Konfigurationsdatei (Standard: --config, sonst deine Konfigurationsdatei)</translation>
    </message>
    <message>
        <source>treat warnings (unknown keys and sections) as errors: exit 2</source>
        <translation>Warnungen (unbekannte Schlüssel und Abschnitte) als Fehler werten: Exit 2</translation>
    </message>
    <message>
        <source>use this config file instead of the user&apos;s</source>
        <translation>diese Konfigurationsdatei statt deiner nutzen</translation>
    </message>
    <message>
        <source>validate a config file and report every problem (exit 0 if usable, 2 if not)</source>
        <translation>eine Konfigurationsdatei prüfen und jedes Problem melden (Exit 0, wenn nutzbar, sonst 2)</translation>
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
        <translation>%1 kommt in den geplanten Tagen %2-mal vor, öfter als %3; ignoriert</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: keine normale Datei</translation>
    </message>
    <message>
        <source>%1; event skipped</source>
        <translation>%1; Termin übersprungen</translation>
    </message>
    <message>
        <source>%1; ignored</source>
        <translation>%1; ignoriert</translation>
    </message>
    <message>
        <source>%1; using the cached copy, %2 old</source>
        <translation>%1; die gespeicherte Kopie wird genutzt (%2 alt)</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>DTEND at or after DTSTART</source>
        <translation>DTEND gleich oder nach DTSTART</translation>
    </message>
    <message>
        <source>END:%1 without its BEGIN</source>
        <translation>END:%1 ohne sein BEGIN</translation>
    </message>
    <message>
        <source>RRULE INTERVAL=%1 is not a valid interval</source>
        <translation>RRULE INTERVAL=%1 ist kein gültiges Intervall</translation>
    </message>
    <message>
        <source>RRULE has no valid FREQ (%1)</source>
        <translation>RRULE hat kein gültiges FREQ (%1)</translation>
    </message>
    <message>
        <source>X-WR-TIMEZONE %1 is not a time zone; ignored</source>
        <translation>X-WR-TIMEZONE %1 ist keine Zeitzone; ignoriert</translation>
    </message>
    <message>
        <source>a DURATION such as PT30M</source>
        <translation>eine DURATION wie PT30M</translation>
    </message>
    <message>
        <source>a URL that serves the .ics file</source>
        <translation>eine URL, die die .ics-Datei liefert</translation>
    </message>
    <message>
        <source>a calendar that expands within the limits in docs/limits.md</source>
        <translation>ein Kalender, der sich innerhalb der Grenzen in docs/limits.md entfalten lässt</translation>
    </message>
    <message>
        <source>a calendar under the size limit</source>
        <translation>ein Kalender unter der Größengrenze</translation>
    </message>
    <message>
        <source>a path to an .ics file, a file:// URL, or an http(s):// URL</source>
        <translation>ein Pfad zu einer .ics-Datei, eine file://-URL oder eine http(s)://-URL</translation>
    </message>
    <message>
        <source>a positive DURATION such as PT30M</source>
        <translation>eine positive DURATION wie PT30M</translation>
    </message>
    <message>
        <source>a recurrence at most every 15 minutes, starting after 1900</source>
        <translation>eine Wiederholung höchstens alle 15 Minuten, ab nach 1900</translation>
    </message>
    <message>
        <source>a valid RRULE/RDATE/EXDATE</source>
        <translation>ein gültiges RRULE/RDATE/EXDATE</translation>
    </message>
    <message>
        <source>a value as RFC 5545 defines it</source>
        <translation>ein Wert, wie RFC 5545 ihn festlegt</translation>
    </message>
    <message>
        <source>an IANA zone such as &apos;Europe/Berlin&apos;</source>
        <translation>eine IANA-Zone wie &apos;Europe/Berlin&apos;</translation>
    </message>
    <message>
        <source>an IANA zone such as &apos;Europe/Berlin&apos;, or a VTIMEZONE in the file</source>
        <translation>eine IANA-Zone wie &apos;Europe/Berlin&apos; oder eine VTIMEZONE in der Datei</translation>
    </message>
    <message>
        <source>an event with DTSTART</source>
        <translation>ein Termin mit DTSTART</translation>
    </message>
    <message>
        <source>an iCalendar (.ics) file: BEGIN:VCALENDAR ... END:VCALENDAR</source>
        <translation>eine iCalendar-Datei (.ics): BEGIN:VCALENDAR ... END:VCALENDAR</translation>
    </message>
    <message>
        <source>an iCalendar file with at least one valid VEVENT</source>
        <translation>eine iCalendar-Datei mit mindestens einem gültigen VEVENT</translation>
    </message>
    <message>
        <source>cannot be expanded: %1</source>
        <translation>lässt sich nicht entfalten: %1</translation>
    </message>
    <message>
        <source>cannot be reached: %1</source>
        <translation>nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>could not be fetched</source>
        <translation>konnte nicht abgerufen werden</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>could not be read (the reader ended with code %1: %2)</source>
        <translation>konnte nicht gelesen werden (der Leser endete mit Code %1: %2)</translation>
    </message>
    <message>
        <source>could not be read (the reader&apos;s answer was garbled)</source>
        <translation>konnte nicht gelesen werden (die Antwort des Lesers war unlesbar)</translation>
    </message>
    <message>
        <source>could not start the calendar reader: %1</source>
        <translation>der Kalenderleser konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>does not start with BEGIN:VCALENDAR</source>
        <translation>beginnt nicht mit BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>ends before it starts; counted as busy with start and end swapped</source>
        <translation>endet, bevor er beginnt; mit vertauschtem Beginn und Ende als belegt gezählt</translation>
    </message>
    <message>
        <source>every %1 minutes</source>
        <translation>alle %1 Minuten</translation>
    </message>
    <message>
        <source>every %1 seconds</source>
        <translation>alle %1 Sekunden</translation>
    </message>
    <message>
        <source>every minute</source>
        <translation>jede Minute</translation>
    </message>
    <message>
        <source>every second</source>
        <translation>jede Sekunde</translation>
    </message>
    <message>
        <source>has %1 more than once</source>
        <translation>hat %1 mehr als einmal</translation>
    </message>
    <message>
        <source>has a negative duration</source>
        <translation>hat eine negative Dauer</translation>
    </message>
    <message>
        <source>has no DTSTART</source>
        <translation>hat kein DTSTART</translation>
    </message>
    <message>
        <source>invalid %1: %2</source>
        <translation>ungültiges %1: %2</translation>
    </message>
    <message>
        <source>is %1 MB, more than the %2 MB limit</source>
        <translation>ist %1 MB groß, mehr als die Grenze von %2 MB</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is more than the %1 MB limit</source>
        <translation>ist größer als die Grenze von %1 MB</translation>
    </message>
    <message>
        <source>is not a valid URL: %1</source>
        <translation>ist keine gültige URL: %1</translation>
    </message>
    <message>
        <source>is not valid iCalendar: %1</source>
        <translation>ist kein gültiges iCalendar: %1</translation>
    </message>
    <message>
        <source>lasts longer than %1 days</source>
        <translation>dauert länger als %1 Tage</translation>
    </message>
    <message>
        <source>needs more than %1 MB of memory to read</source>
        <translation>braucht zum Lesen mehr als %1 MB Speicher</translation>
    </message>
    <message>
        <source>needs more than %1 s of processor time to read</source>
        <translation>braucht zum Lesen mehr als %1 s Rechenzeit</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>keine vollständige Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>no event in this calendar can be used</source>
        <translation>kein Termin in diesem Kalender ist nutzbar</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>not an iCalendar line: %1</source>
        <translation>keine iCalendar-Zeile: %1</translation>
    </message>
    <message>
        <source>not fetched yet and no cached copy</source>
        <translation>noch nicht abgerufen, und es gibt keine gespeicherte Kopie</translation>
    </message>
    <message>
        <source>not read: movebreak is quitting</source>
        <translation>nicht gelesen: movebreak wird beendet</translation>
    </message>
    <message>
        <source>not read: the calendars before it took the %1 s that reading calendars may take</source>
        <translation>nicht gelesen: Die Kalender davor haben die %1 s verbraucht, die das Lesen von Kalendern dauern darf</translation>
    </message>
    <message>
        <source>occurs %1; ignored</source>
        <translation>kommt %1 vor; ignoriert</translation>
    </message>
    <message>
        <source>one %1 per event</source>
        <translation>ein %1 pro Termin</translation>
    </message>
    <message>
        <source>repeats from %1: expanding it would take about %2 steps, more than %3; ignored</source>
        <translation>wiederholt sich ab %1: Das Entfalten bräuchte etwa %2 Schritte, mehr als %3; ignoriert</translation>
    </message>
    <message>
        <source>the file ends at line %1 inside BEGIN:%2 (truncated?)</source>
        <translation>die Datei endet in Zeile %1 innerhalb von BEGIN:%2 (abgeschnitten?)</translation>
    </message>
    <message>
        <source>the recurring events before it already use this calendar&apos;s budget of %1 expansion steps; ignored</source>
        <translation>die wiederkehrenden Termine davor verbrauchen schon das Budget dieses Kalenders von %1 Schritten; ignoriert</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation>der Server antwortete mit HTTP %1 %2</translation>
    </message>
    <message>
        <source>the server redirected to %1, which is not an http(s) URL</source>
        <translation>der Server leitete auf %1 um, was keine http(s)-URL ist</translation>
    </message>
    <message>
        <source>took longer than %1 s to read; skipped</source>
        <translation>Lesen dauerte länger als %1 s; übersprungen</translation>
    </message>
    <message>
        <source>took longer than the %1 s that reading calendars may take; skipped</source>
        <translation>Lesen dauerte länger als die %1 s, die das Lesen von Kalendern dauern darf; übersprungen</translation>
    </message>
    <message>
        <source>unknown time zone %1</source>
        <translation>unbekannte Zeitzone %1</translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1:&apos;</source>
        <translation>nicht unterstütztes Schema &apos;%1:&apos;</translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1:&apos; (use https:// instead of webcal://)</source>
        <translation>nicht unterstütztes Schema &apos;%1:&apos; (nimm https:// statt webcal://)</translation>
    </message>
    <message>
        <source>using the cached copy, %1 old</source>
        <translation>die gespeicherte Kopie wird genutzt (%1 alt)</translation>
    </message>
    <message>
        <source>wait for the next refresh</source>
        <translation>warte auf die nächste Aktualisierung</translation>
    </message>
</context>
<context>
    <name>CheckConfig</name>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>OK with %1: %2</source>
        <translation>OK mit %1: %2</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message>
        <source>OK: %1 (does not exist; the defaults are used)</source>
        <translation>OK: %1 (existiert nicht; die Standards gelten)</translation>
    </message>
    <message>
        <source>is a directory, not a config file</source>
        <translation>ist ein Ordner, keine Konfigurationsdatei</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
</context>
<context>
    <name>Exercise</name>
    <message>
        <source>A gentle pull only. Stop if you feel tingling or numbness.</source>
        <translation>Nur sanft ziehen. Hör auf bei Kribbeln oder Taubheit.</translation>
    </message>
    <message>
        <source>After a few circles, change direction, then blink.</source>
        <translation>Wechsle nach ein paar Kreisen die Richtung, dann blinzle.</translation>
    </message>
    <message>
        <source>After a few circles, change direction.</source>
        <translation>Wechsle nach ein paar Kreisen die Richtung.</translation>
    </message>
    <message>
        <source>After a few circles, reverse the direction.</source>
        <translation>Wechsle nach ein paar Kreisen die Richtung.</translation>
    </message>
    <message>
        <source>Ankle circles</source>
        <translation>Fußkreisen</translation>
    </message>
    <message>
        <source>Bend forward slowly and let your arms hang.</source>
        <translation>Beug dich langsam vor und lass die Arme hängen.</translation>
    </message>
    <message>
        <source>Bend one knee and hold that ankle behind you.</source>
        <translation>Beug ein Knie und halt den Knöchel hinter dir fest.</translation>
    </message>
    <message>
        <source>Bend sideways over your hip, without leaning forward.</source>
        <translation>Neig dich über die Hüfte zur Seite, ohne dich vorzubeugen.</translation>
    </message>
    <message>
        <source>Bend the front knee and lean into the wall until the back calf stretches.</source>
        <translation>Beug das vordere Knie und lehn dich zur Wand, bis sich die hintere Wade dehnt.</translation>
    </message>
    <message>
        <source>Bend your elbows to lower your chest, then push back up.</source>
        <translation>Beug die Ellbogen, senk die Brust ab und drück dich wieder hoch.</translation>
    </message>
    <message>
        <source>Bend your front knee and tuck your pelvis under.</source>
        <translation>Beug das vordere Knie und kipp das Becken leicht nach hinten.</translation>
    </message>
    <message>
        <source>Breathe in: lift your chest and arch your back.</source>
        <translation>Einatmen: Brust heben, Rücken ins Hohlkreuz.</translation>
    </message>
    <message>
        <source>Breathe out: round your back and drop your chin.</source>
        <translation>Ausatmen: Rücken rund machen, Kinn sinken lassen.</translation>
    </message>
    <message>
        <source>Breathe out; roll back up one vertebra at a time.</source>
        <translation>Atme aus und roll dich Wirbel für Wirbel wieder hoch.</translation>
    </message>
    <message>
        <source>Breathe slowly and enjoy the dark.</source>
        <translation>Atme langsam und genieß die Dunkelheit.</translation>
    </message>
    <message>
        <source>Bring one arm straight across your chest.</source>
        <translation>Führ einen Arm gestreckt vor der Brust zur anderen Seite.</translation>
    </message>
    <message>
        <source>Calf raises</source>
        <translation>Wadenheben</translation>
    </message>
    <message>
        <source>Calf stretch at the wall</source>
        <translation>Wadendehnung an der Wand</translation>
    </message>
    <message>
        <source>Chest opener</source>
        <translation>Brust öffnen</translation>
    </message>
    <message>
        <source>Chin to chest</source>
        <translation>Kinn zur Brust</translation>
    </message>
    <message>
        <source>Chin tuck</source>
        <translation>Kinn zurückziehen</translation>
    </message>
    <message>
        <source>Circle your wrists slowly in one direction.</source>
        <translation>Kreis die Handgelenke langsam in eine Richtung.</translation>
    </message>
    <message>
        <source>Clasp your hands and reach your arms forward.</source>
        <translation>Verschränk die Hände und streck die Arme nach vorn.</translation>
    </message>
    <message>
        <source>Close your eyes and cup your palms over them, without pressing.</source>
        <translation>Schließ die Augen und leg die hohlen Hände darüber, ohne zu drücken.</translation>
    </message>
    <message>
        <source>Come back up slowly.</source>
        <translation>Komm langsam wieder hoch.</translation>
    </message>
    <message>
        <source>Cross-body shoulder stretch</source>
        <translation>Schulterdehnung vor dem Körper</translation>
    </message>
    <message>
        <source>Desk push-ups</source>
        <translation>Liegestütze am Tisch</translation>
    </message>
    <message>
        <source>Do not press on your eyes.</source>
        <translation>Drück nicht auf deine Augen.</translation>
    </message>
    <message>
        <source>Draw slow circles with your toes.</source>
        <translation>Zeichne mit den Zehen langsame Kreise.</translation>
    </message>
    <message>
        <source>Draw the knee up towards your chest.</source>
        <translation>Zieh das Knie zur Brust.</translation>
    </message>
    <message>
        <source>Draw your elbows back and squeeze your shoulder blades together.</source>
        <translation>Zieh die Ellbogen zurück und drück die Schulterblätter zusammen.</translation>
    </message>
    <message>
        <source>Ease the elbow back gently and breathe.</source>
        <translation>Drück den Ellbogen sanft nach hinten und atme.</translation>
    </message>
    <message>
        <source>Eye circles</source>
        <translation>Augenkreisen</translation>
    </message>
    <message>
        <source>Face a wall and put both hands on it.</source>
        <translation>Stell dich vor eine Wand und leg beide Hände darauf.</translation>
    </message>
    <message>
        <source>Feel the back of your neck lengthen; breathe.</source>
        <translation>Spür, wie dein Nacken länger wird; atme.</translation>
    </message>
    <message>
        <source>Feel your shoulder blades spread; breathe into your back.</source>
        <translation>Spür, wie die Schulterblätter auseinandergehen; atme in den Rücken.</translation>
    </message>
    <message>
        <source>Find something at least 6 metres (20 feet) away.</source>
        <translation>Such dir etwas, das mindestens 6 Meter entfernt ist.</translation>
    </message>
    <message>
        <source>Fist and spread</source>
        <translation>Faust und spreizen</translation>
    </message>
    <message>
        <source>Focus on your thumb for a breath.</source>
        <translation>Fokussiere einen Atemzug lang deinen Daumen.</translation>
    </message>
    <message>
        <source>Gently draw it closer and keep your shoulder down.</source>
        <translation>Zieh ihn sanft näher und lass die Schulter unten.</translation>
    </message>
    <message>
        <source>Glide your head straight back, making a double chin.</source>
        <translation>Schieb den Kopf gerade nach hinten, bis ein Doppelkinn entsteht.</translation>
    </message>
    <message>
        <source>Hold a desk or chair for balance. Keep the front knee over the ankle.</source>
        <translation>Halt dich am Tisch oder Stuhl fest. Das vordere Knie bleibt über dem Knöchel.</translation>
    </message>
    <message>
        <source>Hold and breathe, keeping your back tall.</source>
        <translation>Halte und atme, der Rücken bleibt aufrecht.</translation>
    </message>
    <message>
        <source>Hold for a breath, then relax forward again.</source>
        <translation>Halte einen Atemzug lang, dann entspann dich wieder nach vorn.</translation>
    </message>
    <message>
        <source>Hold for a breath, then release.</source>
        <translation>Halte einen Atemzug lang, dann lös die Spannung.</translation>
    </message>
    <message>
        <source>Hold for a moment, then let them drop.</source>
        <translation>Halte kurz, dann lass sie fallen.</translation>
    </message>
    <message>
        <source>Hold it above the elbow with your other hand.</source>
        <translation>Halt ihn mit der anderen Hand oberhalb des Ellbogens.</translation>
    </message>
    <message>
        <source>Hold on for balance. Stop if your knee hurts.</source>
        <translation>Halt dich fest. Hör auf, wenn dein Knie schmerzt.</translation>
    </message>
    <message>
        <source>Hold one arm straight out in front, palm down.</source>
        <translation>Streck einen Arm nach vorn, die Handfläche nach unten.</translation>
    </message>
    <message>
        <source>Hold one arm straight out in front, palm facing away, fingers up.</source>
        <translation>Streck einen Arm nach vorn, die Handfläche nach außen, die Finger nach oben.</translation>
    </message>
    <message>
        <source>Hold until you feel the back of the forearm stretch.</source>
        <translation>Halte, bis du die Dehnung an der Oberseite des Unterarms spürst.</translation>
    </message>
    <message>
        <source>Hold until you feel the inner forearm stretch.</source>
        <translation>Halte, bis du die Dehnung an der Innenseite des Unterarms spürst.</translation>
    </message>
    <message>
        <source>Hold your thumb up at arm&apos;s length.</source>
        <translation>Halt deinen Daumen mit ausgestrecktem Arm hoch.</translation>
    </message>
    <message>
        <source>Keep it gentle and breathe; do not bounce.</source>
        <translation>Bleib sanft und atme; federe nicht.</translation>
    </message>
    <message>
        <source>Keep it gentle. Stop if you feel pain, tingling or dizziness.</source>
        <translation>Bleib sanft. Hör auf bei Schmerzen, Kribbeln oder Schwindel.</translation>
    </message>
    <message>
        <source>Keep the back heel on the floor; stop if it hurts.</source>
        <translation>Lass die hintere Ferse am Boden; hör auf, wenn es schmerzt.</translation>
    </message>
    <message>
        <source>Keep your back straight; do not bounce.</source>
        <translation>Halt den Rücken gerade und federe nicht.</translation>
    </message>
    <message>
        <source>Keep your eyes level; do not tip your head up or down.</source>
        <translation>Halt die Augen auf einer Höhe; kipp den Kopf nicht nach oben oder unten.</translation>
    </message>
    <message>
        <source>Keep your face forward and breathe slowly.</source>
        <translation>Das Gesicht bleibt nach vorn gerichtet; atme langsam.</translation>
    </message>
    <message>
        <source>Keep your head still and look up.</source>
        <translation>Halt den Kopf still und schau nach oben.</translation>
    </message>
    <message>
        <source>Keep your knees side by side and push your hip forward gently.</source>
        <translation>Halt die Knie nebeneinander und schieb die Hüfte sanft nach vorn.</translation>
    </message>
    <message>
        <source>Keep your lower back neutral; do not lean back.</source>
        <translation>Halt den unteren Rücken neutral; lehn dich nicht zurück.</translation>
    </message>
    <message>
        <source>Keep your shoulders down, away from your ears.</source>
        <translation>Halt die Schultern unten, weg von den Ohren.</translation>
    </message>
    <message>
        <source>Keep your shoulders relaxed. Stop if you feel tingling.</source>
        <translation>Halt die Schultern locker. Hör auf, wenn es kribbelt.</translation>
    </message>
    <message>
        <source>Keep your upper body tall and still.</source>
        <translation>Halt den Oberkörper aufrecht und ruhig.</translation>
    </message>
    <message>
        <source>Knee to chest</source>
        <translation>Knie zur Brust</translation>
    </message>
    <message>
        <source>Lean back gently over the top of the chair and look up.</source>
        <translation>Lehn dich sanft über die Lehne zurück und schau nach oben.</translation>
    </message>
    <message>
        <source>Lean back gently, supporting yourself with your hands.</source>
        <translation>Lehn dich sanft zurück und stütz dich mit den Händen.</translation>
    </message>
    <message>
        <source>Lean forward a little from your hips until you feel the stretch.</source>
        <translation>Lehn dich aus der Hüfte etwas vor, bis du die Dehnung spürst.</translation>
    </message>
    <message>
        <source>Lean forward and stand up without using your hands.</source>
        <translation>Lehn dich vor und steh auf, ohne die Hände zu benutzen.</translation>
    </message>
    <message>
        <source>Lean forward from your hips with a long back until you feel the stretch.</source>
        <translation>Lehn dich mit langem Rücken aus der Hüfte vor, bis du die Dehnung spürst.</translation>
    </message>
    <message>
        <source>Leg swings</source>
        <translation>Beinschwingen</translation>
    </message>
    <message>
        <source>Let the hand drop and ease it towards you with your other hand.</source>
        <translation>Lass die Hand hängen und zieh sie mit der anderen Hand sanft zu dir.</translation>
    </message>
    <message>
        <source>Let the raised knee drop out to the side.</source>
        <translation>Lass das angehobene Knie zur Seite sinken.</translation>
    </message>
    <message>
        <source>Let your eyes rest on it for 20 seconds.</source>
        <translation>Lass deine Augen 20 Sekunden darauf ruhen.</translation>
    </message>
    <message>
        <source>Lift both shoulders towards your ears.</source>
        <translation>Zieh beide Schultern zu den Ohren hoch.</translation>
    </message>
    <message>
        <source>Lift one knee to hip height, then lower it.</source>
        <translation>Heb ein Knie auf Hüfthöhe und senk es wieder.</translation>
    </message>
    <message>
        <source>Lift your head back up slowly.</source>
        <translation>Heb den Kopf langsam wieder an.</translation>
    </message>
    <message>
        <source>Look away from your screen.</source>
        <translation>Schau vom Bildschirm weg.</translation>
    </message>
    <message>
        <source>Look far away (20-20-20)</source>
        <translation>In die Ferne schauen (20-20-20)</translation>
    </message>
    <message>
        <source>Lower your hands slowly, palms still together.</source>
        <translation>Senk die Hände langsam, die Handflächen bleiben zusammen.</translation>
    </message>
    <message>
        <source>Lower your heels slowly and repeat.</source>
        <translation>Senk die Fersen langsam ab und wiederhole.</translation>
    </message>
    <message>
        <source>Make a soft fist and hold for a breath.</source>
        <translation>Mach eine lockere Faust und halte einen Atemzug lang.</translation>
    </message>
    <message>
        <source>Marching knee lifts</source>
        <translation>Marschieren mit Knieheben</translation>
    </message>
    <message>
        <source>Move slowly. Stop if you feel pain or tingling in your arms.</source>
        <translation>Beweg dich langsam. Hör auf bei Schmerzen oder Kribbeln in den Armen.</translation>
    </message>
    <message>
        <source>Move within a comfortable range.</source>
        <translation>Beweg dich nur so weit, wie es angenehm ist.</translation>
    </message>
    <message>
        <source>Near and far focus</source>
        <translation>Nah und fern fokussieren</translation>
    </message>
    <message>
        <source>Neck side tilt</source>
        <translation>Kopf zur Seite neigen</translation>
    </message>
    <message>
        <source>Only a small bend. Stop if you feel pain or dizziness.</source>
        <translation>Nur eine kleine Beugung. Hör auf, wenn du Schmerzen hast oder dir schwindelig wird.</translation>
    </message>
    <message>
        <source>Only on a chair that does not tip. Stop if your back hurts.</source>
        <translation>Nur auf einem Stuhl, der nicht kippt. Hör auf, wenn dein Rücken schmerzt.</translation>
    </message>
    <message>
        <source>Only use a desk that cannot slide or tip.</source>
        <translation>Nimm nur einen Tisch, der nicht rutschen oder kippen kann.</translation>
    </message>
    <message>
        <source>Open your chest and look ahead; breathe.</source>
        <translation>Öffne die Brust und schau nach vorn; atme.</translation>
    </message>
    <message>
        <source>Open your elbows wide.</source>
        <translation>Öffne die Ellbogen weit.</translation>
    </message>
    <message>
        <source>Open your hands and spread your fingers wide.</source>
        <translation>Öffne die Hände und spreiz die Finger weit.</translation>
    </message>
    <message>
        <source>Overhead triceps stretch</source>
        <translation>Trizepsdehnung über Kopf</translation>
    </message>
    <message>
        <source>Palming</source>
        <translation>Palmieren</translation>
    </message>
    <message>
        <source>Prayer stretch</source>
        <translation>Gebetsdehnung</translation>
    </message>
    <message>
        <source>Press your palms together in front of your chest.</source>
        <translation>Drück die Handflächen vor der Brust aneinander.</translation>
    </message>
    <message>
        <source>Pull lightly; stop if the shoulder pinches.</source>
        <translation>Zieh nur leicht; hör auf, wenn es in der Schulter zwickt.</translation>
    </message>
    <message>
        <source>Pull your toes towards you, hold, then lower slowly.</source>
        <translation>Zieh die Zehen zu dir, halte kurz, dann langsam absenken.</translation>
    </message>
    <message>
        <source>Put your hands on the edge of a sturdy desk, shoulder-width apart.</source>
        <translation>Stütz die Hände schulterbreit auf die Kante eines stabilen Tisches.</translation>
    </message>
    <message>
        <source>Put your hands on your lower back, fingers down.</source>
        <translation>Leg die Hände auf den unteren Rücken, die Finger zeigen nach unten.</translation>
    </message>
    <message>
        <source>Raise both hands in front of you.</source>
        <translation>Heb beide Hände vor dich.</translation>
    </message>
    <message>
        <source>Raise one arm and bend the elbow so your hand drops behind your head.</source>
        <translation>Heb einen Arm und beug den Ellbogen, sodass die Hand hinter den Kopf sinkt.</translation>
    </message>
    <message>
        <source>Raise your hands in front of you, elbows relaxed.</source>
        <translation>Heb die Hände vor dich, die Ellbogen locker.</translation>
    </message>
    <message>
        <source>Reach and round</source>
        <translation>Strecken und rund machen</translation>
    </message>
    <message>
        <source>Repeat at your own pace.</source>
        <translation>Wiederhole es in deinem eigenen Tempo.</translation>
    </message>
    <message>
        <source>Repeat slowly with your breath.</source>
        <translation>Wiederhole langsam im Rhythmus deines Atems.</translation>
    </message>
    <message>
        <source>Repeat slowly.</source>
        <translation>Wiederhole langsam.</translation>
    </message>
    <message>
        <source>Rest a hand on the desk if you feel unsteady.</source>
        <translation>Stütz eine Hand auf den Tisch, wenn du unsicher stehst.</translation>
    </message>
    <message>
        <source>Rest your other hand on that elbow.</source>
        <translation>Leg die andere Hand auf diesen Ellbogen.</translation>
    </message>
    <message>
        <source>Return to upright slowly.</source>
        <translation>Komm langsam wieder in die aufrechte Haltung.</translation>
    </message>
    <message>
        <source>Rise onto the balls of your feet.</source>
        <translation>Geh auf die Fußballen hoch.</translation>
    </message>
    <message>
        <source>Roll your shoulders up, back and down in slow circles.</source>
        <translation>Kreis die Schultern langsam nach oben, hinten und unten.</translation>
    </message>
    <message>
        <source>Round your upper back and let your head drop.</source>
        <translation>Mach den oberen Rücken rund und lass den Kopf sinken.</translation>
    </message>
    <message>
        <source>Rub your palms together until they feel warm.</source>
        <translation>Reib deine Handflächen aneinander, bis sie warm sind.</translation>
    </message>
    <message>
        <source>Seated back extension</source>
        <translation>Rückenstrecken im Sitzen</translation>
    </message>
    <message>
        <source>Seated cat–cow</source>
        <translation>Katze-Kuh im Sitzen</translation>
    </message>
    <message>
        <source>Seated figure four</source>
        <translation>Sitzende Vier</translation>
    </message>
    <message>
        <source>Seated forward fold</source>
        <translation>Vorbeuge im Sitzen</translation>
    </message>
    <message>
        <source>Seated hamstring stretch</source>
        <translation>Oberschenkelrückseite dehnen im Sitzen</translation>
    </message>
    <message>
        <source>Seated knee extension</source>
        <translation>Kniestrecken im Sitzen</translation>
    </message>
    <message>
        <source>Shift forward until you feel the front of the back hip stretch.</source>
        <translation>Schieb dich nach vorn, bis sich die Vorderseite der hinteren Hüfte dehnt.</translation>
    </message>
    <message>
        <source>Shoulder blade squeeze</source>
        <translation>Schulterblätter zusammenziehen</translation>
    </message>
    <message>
        <source>Shoulder rolls</source>
        <translation>Schulterkreisen</translation>
    </message>
    <message>
        <source>Shoulder shrugs</source>
        <translation>Schulterheben</translation>
    </message>
    <message>
        <source>Sit against the backrest and put your hands behind your head.</source>
        <translation>Lehn dich an die Rückenlehne und leg die Hände hinter den Kopf.</translation>
    </message>
    <message>
        <source>Sit back down slowly and with control.</source>
        <translation>Setz dich langsam und kontrolliert wieder hin.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair with your hands on your knees.</source>
        <translation>Setz dich vorn auf die Stuhlkante, die Hände auf den Knien.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair, feet apart.</source>
        <translation>Setz dich vorn auf die Stuhlkante, die Füße auseinander.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair, feet flat.</source>
        <translation>Setz dich vorn auf die Stuhlkante, die Füße flach am Boden.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair.</source>
        <translation>Setz dich vorn auf die Stuhlkante.</translation>
    </message>
    <message>
        <source>Sit tall and hold one knee with both hands.</source>
        <translation>Sitz aufrecht und halt ein Knie mit beiden Händen.</translation>
    </message>
    <message>
        <source>Sit tall and hold the sides of your seat.</source>
        <translation>Sitz aufrecht und halt dich seitlich an der Sitzfläche fest.</translation>
    </message>
    <message>
        <source>Sit tall and let your shoulders drop.</source>
        <translation>Sitz aufrecht und lass die Schultern sinken.</translation>
    </message>
    <message>
        <source>Sit tall and look straight ahead.</source>
        <translation>Sitz aufrecht und schau geradeaus.</translation>
    </message>
    <message>
        <source>Sit tall and rest one ankle on the opposite knee.</source>
        <translation>Sitz aufrecht und leg einen Knöchel auf das andere Knie.</translation>
    </message>
    <message>
        <source>Sit tall and stretch one leg out, heel lifted.</source>
        <translation>Sitz aufrecht und streck ein Bein aus, die Ferse angehoben.</translation>
    </message>
    <message>
        <source>Sit tall with your arms hanging loose.</source>
        <translation>Sitz aufrecht und lass die Arme locker hängen.</translation>
    </message>
    <message>
        <source>Sit tall with your arms relaxed.</source>
        <translation>Sitz aufrecht mit entspannten Armen.</translation>
    </message>
    <message>
        <source>Sit tall with your elbows bent at your sides.</source>
        <translation>Sitz aufrecht, die Ellbogen gebeugt an den Seiten.</translation>
    </message>
    <message>
        <source>Sit tall with your shoulders relaxed.</source>
        <translation>Sitz aufrecht mit entspannten Schultern.</translation>
    </message>
    <message>
        <source>Sit to stand</source>
        <translation>Aufstehen und hinsetzen</translation>
    </message>
    <message>
        <source>Skip it after hip or knee surgery. Stop if your knee hurts.</source>
        <translation>Lass die Übung nach einer Hüft- oder Knie-OP weg. Hör auf, wenn dein Knie schmerzt.</translation>
    </message>
    <message>
        <source>Skip this if you have a back problem or high blood pressure.</source>
        <translation>Lass die Übung weg, wenn du Rückenprobleme oder hohen Blutdruck hast.</translation>
    </message>
    <message>
        <source>Slide your other hand down the side of your leg.</source>
        <translation>Lass die andere Hand an der Seite des Beins hinabgleiten.</translation>
    </message>
    <message>
        <source>Slowly lower your chin towards your chest.</source>
        <translation>Senk das Kinn langsam zur Brust.</translation>
    </message>
    <message>
        <source>Slowly roll your eyes in a wide circle.</source>
        <translation>Roll die Augen langsam in einem großen Kreis.</translation>
    </message>
    <message>
        <source>Small swings at first; hold on for balance.</source>
        <translation>Fang mit kleinen Schwüngen an und halt dich fest.</translation>
    </message>
    <message>
        <source>Stand side-on to a wall and rest a hand on it.</source>
        <translation>Stell dich seitlich an eine Wand und leg eine Hand darauf.</translation>
    </message>
    <message>
        <source>Stand tall and clasp your hands behind your back.</source>
        <translation>Steh aufrecht und verschränk die Hände hinter dem Rücken.</translation>
    </message>
    <message>
        <source>Stand tall and raise one arm overhead.</source>
        <translation>Steh aufrecht und heb einen Arm über den Kopf.</translation>
    </message>
    <message>
        <source>Stand tall beside your desk.</source>
        <translation>Stell dich aufrecht neben deinen Tisch.</translation>
    </message>
    <message>
        <source>Stand tall with one hand on a wall or desk.</source>
        <translation>Steh aufrecht, eine Hand an der Wand oder am Tisch.</translation>
    </message>
    <message>
        <source>Stand tall, feet hip-width apart, a hand on your desk.</source>
        <translation>Steh aufrecht, Füße hüftbreit, eine Hand auf dem Tisch.</translation>
    </message>
    <message>
        <source>Stand with your feet hip-width apart.</source>
        <translation>Stell dich hin, die Füße hüftbreit.</translation>
    </message>
    <message>
        <source>Standing back bend</source>
        <translation>Rückbeuge im Stehen</translation>
    </message>
    <message>
        <source>Standing hip flexor stretch</source>
        <translation>Hüftbeuger-Dehnung im Stehen</translation>
    </message>
    <message>
        <source>Standing side bend</source>
        <translation>Seitbeuge im Stehen</translation>
    </message>
    <message>
        <source>Standing thigh stretch</source>
        <translation>Oberschenkeldehnung im Stehen</translation>
    </message>
    <message>
        <source>Step back until your body is a straight slope.</source>
        <translation>Geh zurück, bis dein Körper eine gerade Schräge bildet.</translation>
    </message>
    <message>
        <source>Step one foot back, heel down, leg straight.</source>
        <translation>Setz einen Fuß zurück, Ferse am Boden, Bein gestreckt.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy.</source>
        <translation>Hör auf, wenn dir schwindelig wird.</translation>
    </message>
    <message>
        <source>Stop if you feel pain in the shoulder.</source>
        <translation>Hör auf, wenn du Schmerzen in der Schulter spürst.</translation>
    </message>
    <message>
        <source>Stop if you feel pain in your hip or back.</source>
        <translation>Hör auf, wenn du Schmerzen in Hüfte oder Rücken spürst.</translation>
    </message>
    <message>
        <source>Stop when you feel a mild stretch in your wrists; hold.</source>
        <translation>Stopp bei einer leichten Dehnung in den Handgelenken; halte.</translation>
    </message>
    <message>
        <source>Straighten one knee until the leg is level.</source>
        <translation>Streck ein Knie, bis das Bein waagerecht ist.</translation>
    </message>
    <message>
        <source>Straighten one leg, heel on the floor, toes up.</source>
        <translation>Streck ein Bein, die Ferse am Boden, die Zehen nach oben.</translation>
    </message>
    <message>
        <source>Straighten your arms and lift them a little away from you.</source>
        <translation>Streck die Arme und heb sie etwas vom Körper weg.</translation>
    </message>
    <message>
        <source>Swing one leg forward and back, loose and easy.</source>
        <translation>Schwing ein Bein locker vor und zurück.</translation>
    </message>
    <message>
        <source>Switch back and forth a few times.</source>
        <translation>Wechsle ein paar Mal hin und her.</translation>
    </message>
    <message>
        <source>Switch legs and keep a steady march.</source>
        <translation>Wechsle das Bein und marschier gleichmäßig weiter.</translation>
    </message>
    <message>
        <source>Take a long step forward, back heel lifted.</source>
        <translation>Mach einen langen Schritt nach vorn, die hintere Ferse angehoben.</translation>
    </message>
    <message>
        <source>Then focus on something far away for a breath.</source>
        <translation>Dann fokussiere einen Atemzug lang etwas in der Ferne.</translation>
    </message>
    <message>
        <source>Tilt your ear towards your shoulder.</source>
        <translation>Neig dein Ohr zur Schulter.</translation>
    </message>
    <message>
        <source>Use a chair that cannot roll away.</source>
        <translation>Nimm einen Stuhl, der nicht wegrollen kann.</translation>
    </message>
    <message>
        <source>With the other hand, ease the fingers back towards you.</source>
        <translation>Zieh die Finger mit der anderen Hand sanft zu dir.</translation>
    </message>
    <message>
        <source>Wrist circles</source>
        <translation>Handgelenkkreisen</translation>
    </message>
    <message>
        <source>Wrist stretch, fingers down</source>
        <translation>Handgelenk dehnen, Finger nach unten</translation>
    </message>
    <message>
        <source>Wrist stretch, fingers up</source>
        <translation>Handgelenk dehnen, Finger nach oben</translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <source>&amp;Open my exercises folder</source>
        <translation>Ordner mit meinen Übungen ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Play preview</source>
        <translation>Vorschau &amp;abspielen</translation>
    </message>
    <message>
        <source>A favourite (♥ in the prompt)</source>
        <translation>Ein Favorit (♥ im Pausenfenster)</translation>
    </message>
    <message>
        <source>Body &amp;areas to include</source>
        <translation>Körperbereiche, die &amp;vorkommen</translation>
    </message>
    <message>
        <source>E&amp;xercises (untick one to never get it)</source>
        <translation>Ü&amp;bungen (Haken entfernen, um eine nie zu bekommen)</translation>
    </message>
    <message>
        <source>Illustrations unavailable: %1</source>
        <translation>Abbildungen nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>No exercises were found. Check the exercise files.</source>
        <translation>Keine Übungen gefunden. Prüfe die Übungsdateien.</translation>
    </message>
    <message>
        <source>Sto&amp;p preview</source>
        <translation>Vorschau an&amp;halten</translation>
    </message>
    <message>
        <source>Your own exercises are .toml files in this folder; they are loaded at the next start.</source>
        <translation>Eigene Übungen sind .toml-Dateien in diesem Ordner; sie werden beim nächsten Start geladen.</translation>
    </message>
</context>
<context>
    <name>FigureWidget</name>
    <message>
        <source>Exercise illustration</source>
        <translation>Abbildung der Übung</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Fitting in with the rest of the desktop</source>
        <translation>Im Zusammenspiel mit dem restlichen Desktop</translation>
    </message>
    <message>
        <source>General: %1</source>
        <translation>Allgemein: %1</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <source>Open s&amp;ettings folder</source>
        <translation>Einstellungsordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Start and notifications</source>
        <translation>Start und Benachrichtigungen</translation>
    </message>
    <message>
        <source>Start movebreak when I log &amp;in</source>
        <translation>movebreak beim &amp;Anmelden starten</translation>
    </message>
    <message>
        <source>Unknown time zone &apos;%1&apos;: use an IANA name such as Europe/Berlin</source>
        <translation>Unbekannte Zeitzone „%1“: Verwende einen IANA-Namen wie Europe/Berlin</translation>
    </message>
    <message>
        <source>Where your settings and data live</source>
        <translation>Wo deine Einstellungen und Daten liegen</translation>
    </message>
    <message>
        <source>e.g. zoom, obs</source>
        <translation>z. B. zoom, obs</translation>
    </message>
    <message>
        <source>empty: the system&apos;s zone</source>
        <translation>leer: die Zeitzone des Systems</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>%1 min moved</source>
        <translation>%1 Min. bewegt</translation>
    </message>
    <message>
        <source>%1 missed while asleep or off</source>
        <translation>%1 verpasst, während der Rechner schlief oder aus war</translation>
    </message>
    <message>
        <source>%1 of %2 due completed (%3)</source>
        <translation>%1 von %2 fälligen erledigt (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <translation>
            <numerusform>%n Pause</numerusform>
            <numerusform>%n Pausen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>No breaks logged in that range.</source>
        <translation>Keine Pausen in diesem Zeitraum aufgezeichnet.</translation>
    </message>
    <message>
        <source>No breaks logged yet (%1 does not exist).</source>
        <translation>Noch keine Pausen aufgezeichnet (%1 existiert nicht).</translation>
    </message>
    <message>
        <source>No breaks logged yet.</source>
        <translation>Noch keine Pausen aufgezeichnet.</translation>
    </message>
    <message>
        <source>exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>most skipped: %1</source>
        <translation>am häufigsten übersprungen: %1</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>streak: %1 (longest %2)</source>
        <translation>Serie: %1 (längste %2)</translation>
    </message>
    <message>
        <source>when</source>
        <translation>wann</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source> (newest %1 shown)</source>
        <translation> (die neuesten %1 angezeigt)</translation>
    </message>
    <message>
        <source>%1: none yet</source>
        <translation>%1: noch keine</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; min moved</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Min. bewegt</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; missed while asleep or off</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; verpasst, während der Rechner schlief oder aus war</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 due breaks completed (&lt;b&gt;%3&lt;/b&gt;)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; von %2 fälligen Pausen erledigt (&lt;b&gt;%3&lt;/b&gt;)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All breaks</source>
        <translation>Alle Pausen</translation>
    </message>
    <message>
        <source>Body areas moved, last 7 days (minutes)</source>
        <translation>Bewegte Körperbereiche, letzte 7 Tage (Minuten)</translation>
    </message>
    <message>
        <source>Breaks are not being logged: the journal is read-only.</source>
        <translation>Pausen werden nicht aufgezeichnet: Das Protokoll ist schreibgeschützt.</translation>
    </message>
    <message numerus="yes">
        <source>Breaks in the last %n days</source>
        <translation>
            <numerusform>Pausen am letzten Tag</numerusform>
            <numerusform>Pausen der letzten %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>CSV-Tabelle (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Export nach %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Days in a row with at least one routine completed. Days with no breaks due (weekends, days off) don&apos;t break a streak.</source>
        <translation>Tage in Folge mit mindestens einer erledigten Routine. Tage ohne fällige Pausen (Wochenenden, freie Tage) unterbrechen keine Serie.</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n breaks to %1</source>
        <translation>
            <numerusform>%n Pause nach %1 exportiert</numerusform>
            <numerusform>%n Pausen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>Letzte 14 Tage</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n days</source>
        <translation>
            <numerusform>Serie: %n Tag</numerusform>
            <numerusform>Serie: %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>longest %1</source>
        <translation>längste %1</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>most skipped: %1</source>
        <translation>am häufigsten übersprungen: %1</translation>
    </message>
    <message>
        <source>movebreak — history</source>
        <translation>movebreak — Verlauf</translation>
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
        <translation>%1. Pausen werden erst wieder aufgezeichnet, wenn das behoben ist.</translation>
    </message>
    <message>
        <source>Could not read the journal %1: %2.</source>
        <translation>Das Protokoll %1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Could not save a break to %1: %2. Recent breaks may be missing from your history until this is fixed.</source>
        <translation>Eine Pause konnte nicht in %1 gespeichert werden: %2. Bis das behoben ist, fehlen neue Pausen womöglich in deinem Verlauf.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened for writing: %2</source>
        <translation>Das Protokoll %1 kann nicht zum Schreiben geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The journal %1 cannot be written: %2</source>
        <translation>In das Protokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The journal %1 is damaged (%2) and could not be moved aside (%3). Breaks are not being logged.</source>
        <translation>Das Protokoll %1 ist beschädigt (%2) und konnte nicht beiseitegelegt werden (%3). Pausen werden nicht aufgezeichnet.</translation>
    </message>
    <message>
        <source>The journal %1 was damaged and could not be read (%2). It was kept as %3 and a new journal was started.</source>
        <translation>Das Protokoll %1 war beschädigt und nicht lesbar (%2). Es wurde als %3 aufbewahrt, und ein neues Protokoll wurde begonnen.</translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer movebreak (schema %2; this version knows up to %3). History is shown, but breaks are not logged until you update movebreak.</source>
        <translation>Das Protokoll %1 stammt von einem neueren movebreak (Schema %2; diese Version kennt bis %3). Der Verlauf wird angezeigt, aber Pausen werden erst nach einem Update von movebreak aufgezeichnet.</translation>
    </message>
    <message>
        <source>The journal folder %1 cannot be created: %2</source>
        <translation>Der Protokollordner %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>another program holds it locked</source>
        <translation>ein anderes Programm hält es gesperrt</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>der Datenträger meldet einen Ein-/Ausgabefehler</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the file or its folder cannot be opened for writing</source>
        <translation>die Datei oder ihr Ordner lässt sich nicht zum Schreiben öffnen</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>LanguageGroup</name>
    <message>
        <source>&amp;Language of windows and exercises</source>
        <translation>Sprache der Fenster und &amp;Übungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Windows and breaks use it after Save; the tray menu at the next start.</source>
        <translation>Fenster und Pausen nutzen sie nach dem Speichern, das Tray-Menü beim nächsten Start.</translation>
    </message>
</context>
<context>
    <name>NoBreak</name>
    <message>
        <source>no gap long enough</source>
        <translation>keine ausreichend lange Lücke</translation>
    </message>
    <message>
        <source>no working hours set</source>
        <translation>keine Arbeitszeiten festgelegt</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>außerhalb der Arbeitszeit</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Show the break</source>
        <translation>Pause anzeigen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <source>Stretch break in %1 min %2 s</source>
        <translation>Dehnpause in %1 Min. %2 s</translation>
    </message>
    <message numerus="yes">
        <source>Stretch break in %n min</source>
        <translation>
            <numerusform>Dehnpause in %n Min.</numerusform>
            <numerusform>Dehnpause in %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stretch break in %n s</source>
        <translation>
            <numerusform>Dehnpause in %n s</numerusform>
            <numerusform>Dehnpause in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>Zeit für Bewegung</translation>
    </message>
</context>
<context>
    <name>Option</name>
    <message>
        <source>Announce breaks with a desktop notification.</source>
        <translation>Pausen mit einer Desktop-Benachrichtigung ankündigen.</translation>
    </message>
    <message>
        <source>Body areas never to suggest.</source>
        <translation>Körperbereiche, die nie vorgeschlagen werden.</translation>
    </message>
    <message>
        <source>Count time away from the keyboard as a natural break.</source>
        <translation>Zeit fern von Tastatur und Maus zählt als natürliche Pause.</translation>
    </message>
    <message>
        <source>Exercise ids never to suggest.</source>
        <translation>Übungs-IDs, die nie vorgeschlagen werden.</translation>
    </message>
    <message>
        <source>Exercise ids to suggest first where body areas allow.</source>
        <translation>Übungs-IDs, die zuerst vorgeschlagen werden, soweit die Körperbereiche es zulassen.</translation>
    </message>
    <message>
        <source>Gaps shorter than this get no break.</source>
        <translation>Lücken, die kürzer sind, bekommen keine Pause.</translation>
    </message>
    <message>
        <source>Heads-up notification this long before a break (0 = off).</source>
        <translation>Vorab-Hinweis so lange vor einer Pause (0 = aus).</translation>
    </message>
    <message>
        <source>Hold breaks while a fullscreen window has focus.</source>
        <translation>Pausen zurückhalten, solange ein Vollbildfenster den Fokus hat.</translation>
    </message>
    <message>
        <source>Hold breaks while any of these processes runs.</source>
        <translation>Pausen zurückhalten, solange einer dieser Prozesse läuft.</translation>
    </message>
    <message>
        <source>Hold breaks while the microphone or the camera is in use (a call).</source>
        <translation>Pausen zurückhalten, solange Mikrofon oder Kamera benutzt werden (ein Anruf).</translation>
    </message>
    <message>
        <source>How long Snooze postpones a break.</source>
        <translation>Um wie viel „Später“ eine Pause verschiebt.</translation>
    </message>
    <message>
        <source>How often URL calendars are fetched again.</source>
        <translation>Wie oft URL-Kalender neu abgerufen werden.</translation>
    </message>
    <message>
        <source>Language of the windows and exercises (empty = system).</source>
        <translation>Sprache der Fenster und Übungen (leer = System).</translation>
    </message>
    <message>
        <source>Longest free stretch without a break.</source>
        <translation>Längste freie Zeit ohne Pause.</translation>
    </message>
    <message>
        <source>Longest routine.</source>
        <translation>Längste Routine.</translation>
    </message>
    <message>
        <source>Minutes after a block ends before the break starts.</source>
        <translation>Minuten nach dem Ende eines Blocks, bevor die Pause beginnt.</translation>
    </message>
    <message>
        <source>Plan in this IANA zone instead of the system&apos;s (empty = system).</source>
        <translation>In dieser IANA-Zeitzone statt der des Systems planen (leer = System).</translation>
    </message>
    <message>
        <source>Play a soft chime at the start and between exercises.</source>
        <translation>Einen sanften Ton zu Beginn und zwischen den Übungen spielen.</translation>
    </message>
    <message>
        <source>Routines you may skip a day; then Skip routine becomes Shorten to 1 min (0 = no limit).</source>
        <translation>Routinen, die du pro Tag überspringen darfst; danach wird aus „Pause überspringen“ „Auf 1 Min. kürzen“ (0 = kein Limit).</translation>
    </message>
    <message>
        <source>Shortest routine.</source>
        <translation>Kürzeste Routine.</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>completed</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
    <message>
        <source>natural break</source>
        <translation>natürliche Pause</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>angezeigt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>zurückgehalten</translation>
    </message>
</context>
<context>
    <name>Pause</name>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>Breaks resumed.</source>
        <translation>Pausen laufen wieder.</translation>
    </message>
    <message>
        <source>Focus until %1; the break comes after it.</source>
        <translation>Fokus bis %1; danach kommt die Pause.</translation>
    </message>
    <message>
        <source>Paused %1 (until %2 %3).</source>
        <translation>Pausiert %1 (bis %2 %3).</translation>
    </message>
    <message>
        <source>Paused until %1 %2.</source>
        <translation>Pausiert bis %1 %2.</translation>
    </message>
    <message>
        <source>a duration like 30m, 1h, 1h30m, 2d (up to 7d); &apos;until HH:MM&apos;; &apos;tomorrow&apos;; &apos;block&apos;; or &apos;off&apos;</source>
        <translation>eine Dauer wie 30m, 1h, 1h30m, 2d (bis 7d); &apos;until HH:MM&apos;; &apos;tomorrow&apos;; &apos;block&apos;; oder &apos;off&apos;</translation>
    </message>
    <message>
        <source>a pause of %1 pauses nothing; to resume breaks use &apos;off&apos;; valid: %2</source>
        <translation>eine Unterbrechung von %1 hält nichts an; um Pausen fortzusetzen, nutze &apos;off&apos;; gültig: %2</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <source>invalid focus length %1; valid: 5m to 8h, e.g. 25m, 50m, 90m</source>
        <translation>ungültige Fokusdauer %1; gültig: 5m bis 8h, z. B. 25m, 50m, 90m</translation>
    </message>
    <message>
        <source>invalid pause %1; valid: %2</source>
        <translation>ungültige Unterbrechung %1; gültig: %2</translation>
    </message>
    <message>
        <source>invalid time %1; valid: %2</source>
        <translation>ungültige Uhrzeit %1; gültig: %2</translation>
    </message>
    <message>
        <source>there is no block going on right now</source>
        <translation>gerade läuft kein Block</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>until the block ends</source>
        <translation>bis der Block endet</translation>
    </message>
    <message>
        <source>until tomorrow</source>
        <translation>bis morgen</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message numerus="yes">
        <source>%n blocks</source>
        <translation>
            <numerusform>%n Block</numerusform>
            <numerusform>%n Blöcke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <translation>
            <numerusform>%n Pause</numerusform>
            <numerusform>%n Pausen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan for %n days from %1 (%2)</source>
        <translation>
            <numerusform>Plan für %n Tag ab %1 (%2)</numerusform>
            <numerusform>Plan für %n Tage ab %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>no working hours</source>
        <translation>keine Arbeitszeit</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>nichts geplant</translation>
    </message>
    <message>
        <source>warning: %1 (planning without the breaks taken today)</source>
        <translation>Warnung: %1 (Planung ohne die heute gemachten Pausen)</translation>
    </message>
    <message>
        <source>warning: %1 (using the default)</source>
        <translation>Warnung: %1 (Standard wird genutzt)</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message numerus="yes">
        <source>%1: %n breaks at %2</source>
        <translation>
            <numerusform>%1: %n Pause um %2</numerusform>
            <numerusform>%1: %n Pausen um %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no breaks.</source>
        <translation>%1: keine Pausen.</translation>
    </message>
    <message>
        <source>%1: not a working day.</source>
        <translation>%1: kein Arbeitstag.</translation>
    </message>
    <message>
        <source>Plan preview timeline</source>
        <translation>Zeitleiste der Planvorschau</translation>
    </message>
    <message>
        <source>Preview paused until every value is valid.</source>
        <translation>Vorschau pausiert, bis alle Werte gültig sind.</translation>
    </message>
    <message>
        <source>Preview unavailable: %1</source>
        <translation>Vorschau nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>%1 (valid: %2)</source>
        <translation>%1 (gültig: %2)</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1-Einträge</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>%1, e.g. %2</source>
        <translation>%1, z. B. %2</translation>
    </message>
    <message>
        <source>Invalid range %1 - %2 is no time of day (00:00 to 24:00)</source>
        <translation>Ungültiger Bereich %1 – %2 ist keine Uhrzeit (00:00 bis 24:00)</translation>
    </message>
    <message>
        <source>Invalid range %1 - end must be after start</source>
        <translation>Ungültiger Bereich %1 – das Ende muss nach dem Beginn liegen</translation>
    </message>
    <message>
        <source>Invalid range %1 - not written as HH:MM-HH:MM (two-digit minutes)</source>
        <translation>Ungültiger Bereich %1 – nicht als HH:MM-HH:MM geschrieben (Minuten zweistellig)</translation>
    </message>
    <message>
        <source>Invalid range %1 - write a range as a quoted %2 string</source>
        <translation>Ungültiger Bereich %1 – schreib einen Bereich als %2 in Anführungszeichen</translation>
    </message>
    <message>
        <source>Invalid value %1</source>
        <translation>Ungültiger Wert %1</translation>
    </message>
    <message>
        <source>Invalid value %1 - not a shipped language</source>
        <translation>Ungültiger Wert %1 – keine mitgelieferte Sprache</translation>
    </message>
    <message>
        <source>Invalid value %1 - out of range</source>
        <translation>Ungültiger Wert %1 – außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>Invalid value %1 - unknown time zone</source>
        <translation>Ungültiger Wert %1 – unbekannte Zeitzone</translation>
    </message>
    <message>
        <source>Invalid value %1 - wrong type</source>
        <translation>Ungültiger Wert %1 – falscher Typ</translation>
    </message>
    <message>
        <source>Invalid value %1; did you mean %2?</source>
        <translation>Ungültiger Wert %1; meintest du %2?</translation>
    </message>
    <message>
        <source>Ranges overlap</source>
        <translation>Bereiche überschneiden sich</translation>
    </message>
    <message>
        <source>SVG file %1 is %2 bytes, more than the %3 KB limit</source>
        <translation>SVG-Datei %1 hat %2 Byte, mehr als die Grenze von %3 KB</translation>
    </message>
    <message>
        <source>SVG file %1 not found next to the TOML file</source>
        <translation>SVG-Datei %1 nicht neben der TOML-Datei gefunden</translation>
    </message>
    <message>
        <source>TOML nested a few levels deep, see the README</source>
        <translation>TOML mit wenigen Ebenen Verschachtelung, siehe README</translation>
    </message>
    <message>
        <source>TOML syntax, see the README</source>
        <translation>TOML-Syntax, siehe README</translation>
    </message>
    <message>
        <source>TOML with [[exercise]] tables</source>
        <translation>TOML mit [[exercise]]-Tabellen</translation>
    </message>
    <message>
        <source>Unknown joint %1</source>
        <translation>Unbekanntes Gelenk %1</translation>
    </message>
    <message>
        <source>Unknown key %1</source>
        <translation>Unbekannter Schlüssel %1</translation>
    </message>
    <message>
        <source>Unknown key %1, ignored</source>
        <translation>Unbekannter Schlüssel %1, ignoriert</translation>
    </message>
    <message>
        <source>Unknown key %1, ignored; did you mean %2?</source>
        <translation>Unbekannter Schlüssel %1, ignoriert; meintest du %2?</translation>
    </message>
    <message>
        <source>Unknown pose key %1</source>
        <translation>Unbekannter Haltungsschlüssel %1</translation>
    </message>
    <message>
        <source>Unknown section %1, ignored</source>
        <translation>Unbekannter Abschnitt %1, ignoriert</translation>
    </message>
    <message>
        <source>Unknown section %1, ignored; did you mean %2?</source>
        <translation>Unbekannter Abschnitt %1, ignoriert; meintest du %2?</translation>
    </message>
    <message>
        <source>Unknown weekday %1</source>
        <translation>Unbekannter Wochentag %1</translation>
    </message>
    <message>
        <source>Unknown weekday %1; did you mean %2?</source>
        <translation>Unbekannter Wochentag %1; meintest du %2?</translation>
    </message>
    <message>
        <source>a UTF-8 TOML file under 1 MB</source>
        <translation>eine UTF-8-TOML-Datei unter 1 MB</translation>
    </message>
    <message>
        <source>a list of %1 ranges, e.g. %2</source>
        <translation>eine Liste von %1-Bereichen, z. B. %2</translation>
    </message>
    <message>
        <source>a list of .svg file names, e.g. %1</source>
        <translation>eine Liste von .svg-Dateinamen, z. B. %1</translation>
    </message>
    <message>
        <source>a list of 1 to 6 short instructions</source>
        <translation>eine Liste von 1 bis 6 kurzen Anweisungen</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>eine Liste von Texten</translation>
    </message>
    <message>
        <source>a list of strings, e.g. %1</source>
        <translation>eine Liste von Texten, z. B. %1</translation>
    </message>
    <message>
        <source>a list of tables such as %1 (each overrides the base pose)</source>
        <translation>eine Liste von Tabellen wie %1 (jede überschreibt die Grundhaltung)</translation>
    </message>
    <message>
        <source>a list of: %1</source>
        <translation>eine Liste aus: %1</translation>
    </message>
    <message>
        <source>a name of at most %1 characters</source>
        <translation>ein Name mit höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>a non-empty list of: %1</source>
        <translation>eine nicht leere Liste aus: %1</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>ein nicht leerer Text</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a path to an .ics file, or an http(s) URL</source>
        <translation>ein Pfad zu einer .ics-Datei oder eine http(s)-URL</translation>
    </message>
    <message>
        <source>a step is %1 characters long</source>
        <translation>ein Schritt ist %1 Zeichen lang</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <source>a table with view, base and frames, or with %1</source>
        <translation>eine Tabelle mit view, base und frames oder mit %1</translation>
    </message>
    <message>
        <source>a time after %1</source>
        <translation>eine Uhrzeit nach %1</translation>
    </message>
    <message>
        <source>a whole number of minutes from %1 to %2</source>
        <translation>eine ganze Zahl von Minuten von %1 bis %2</translation>
    </message>
    <message>
        <source>a whole number of seconds from %1 to %2</source>
        <translation>eine ganze Zahl von Sekunden von %1 bis %2</translation>
    </message>
    <message>
        <source>a whole number of skips from %1 to %2</source>
        <translation>eine ganze Zahl von Auslassungen von %1 bis %2</translation>
    </message>
    <message>
        <source>an .svg file in %1</source>
        <translation>eine .svg-Datei in %1</translation>
    </message>
    <message>
        <source>an .svg file of at most %1 KB</source>
        <translation>eine .svg-Datei von höchstens %1 KB</translation>
    </message>
    <message>
        <source>an IANA zone such as %1, or empty</source>
        <translation>eine IANA-Zone wie %1, oder leer</translation>
    </message>
    <message>
        <source>an [[exercise]] table</source>
        <translation>eine [[exercise]]-Tabelle</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>cannot read the journal: %1</source>
        <translation>das Protokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>duplicate exercise id %1</source>
        <translation>doppelte Übungs-ID %1</translation>
    </message>
    <message>
        <source>duplicate exercise id %1; the first one is used</source>
        <translation>doppelte Übungs-ID %1; die erste wird genutzt</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>empty, or one of: %1</source>
        <translation>leer, oder eine von: %1</translation>
    </message>
    <message>
        <source>end must be after start</source>
        <translation>das Ende muss nach dem Beginn liegen</translation>
    </message>
    <message>
        <source>ids unique across your files</source>
        <translation>IDs, die in all deinen Dateien eindeutig sind</translation>
    </message>
    <message>
        <source>is %1 characters long</source>
        <translation>ist %1 Zeichen lang</translation>
    </message>
    <message>
        <source>is %1, more than the %2 limit</source>
        <translation>ist %1 groß, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <source>is a device, not a file</source>
        <translation>ist ein Gerät, keine Datei</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a file</source>
        <translation>ist eine benannte Pipe (FIFO), keine Datei</translation>
    </message>
    <message>
        <source>is a socket, not a file</source>
        <translation>ist ein Socket, keine Datei</translation>
    </message>
    <message>
        <source>is missing or not a table</source>
        <translation>fehlt oder ist keine Tabelle</translation>
    </message>
    <message>
        <source>is more than the %1 limit</source>
        <translation>ist größer als die Grenze von %1</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ist keine normale Datei</translation>
    </message>
    <message>
        <source>is not valid TOML: %1</source>
        <translation>ist kein gültiges TOML: %1</translation>
    </message>
    <message>
        <source>is not valid TOML: arrays or tables nest too deeply</source>
        <translation>ist kein gültiges TOML: Arrays oder Tabellen sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>muss eine Tabelle sein</translation>
    </message>
    <message>
        <source>must be a table of weekdays</source>
        <translation>muss eine Tabelle von Wochentagen sein</translation>
    </message>
    <message>
        <source>must be an array of tables</source>
        <translation>muss ein Array von Tabellen sein</translation>
    </message>
    <message>
        <source>needs at least two keyframes</source>
        <translation>braucht mindestens zwei Schlüsselbilder</translation>
    </message>
    <message>
        <source>needs exactly one of %1 or %2</source>
        <translation>braucht genau eins von %1 oder %2</translation>
    </message>
    <message>
        <source>no [[exercise]] tables found</source>
        <translation>keine [[exercise]]-Tabellen gefunden</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>not saved: it is not a regular file</source>
        <translation>nicht gespeichert: keine normale Datei</translation>
    </message>
    <message>
        <source>not saved: the file is not valid TOML (%1) and would be lost; fix or move it first, or save a fresh file (the old one is kept as .bak)</source>
        <translation>nicht gespeichert: die Datei ist kein gültiges TOML (%1) und ginge verloren; korrigiere oder verschiebe sie zuerst, oder speichere eine neue Datei (die alte bleibt als .bak)</translation>
    </message>
    <message>
        <source>not saved: the file is not valid TOML and would be lost; fix or move it first, or save a fresh file (the old one is kept as .bak)</source>
        <translation>nicht gespeichert: die Datei ist kein gültiges TOML und ginge verloren; korrigiere oder verschiebe sie zuerst, oder speichere eine neue Datei (die alte bleibt als .bak)</translation>
    </message>
    <message>
        <source>not saved: the file there cannot be read (%1) and would be lost; fix or move it first, or save a fresh file (the old one is kept as .bak)</source>
        <translation>nicht gespeichert: die vorhandene Datei ist nicht lesbar (%1) und ginge verloren; korrigiere oder verschiebe sie zuerst, oder speichere eine neue Datei (die alte bleibt als .bak)</translation>
    </message>
    <message>
        <source>not valid TOML: %1</source>
        <translation>kein gültiges TOML: %1</translation>
    </message>
    <message>
        <source>not valid TOML: arrays or tables nest too deeply</source>
        <translation>kein gültiges TOML: Arrays oder Tabellen sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>one or more [[exercise]] tables</source>
        <translation>eine oder mehrere [[exercise]]-Tabellen</translation>
    </message>
    <message>
        <source>ranges that do not overlap</source>
        <translation>Bereiche, die sich nicht überschneiden</translation>
    </message>
    <message>
        <source>routine_max (%1) is below routine_min (%2)</source>
        <translation>routine_max (%1) ist kleiner als routine_min (%2)</translation>
    </message>
    <message>
        <source>steps of at most %1 characters</source>
        <translation>Schritte mit höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>up to %1 lower-case letters, digits and &apos;-&apos;, e.g. %2</source>
        <translation>bis zu %1 Kleinbuchstaben, Ziffern und &apos;-&apos;, z. B. %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>weekdays such as %1 or %2</source>
        <translation>Wochentage wie %1 oder %2</translation>
    </message>
</context>
<context>
    <name>PromptWindow</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>Noch %n Sekunde</numerusform>
            <numerusform>Noch %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Don&apos;t show this again</source>
        <translation>Nicht mehr zeigen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Last one</source>
        <translation>Letzte Übung</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Never suggest this exercise; undo it in Settings ▸ Exercises (H)</source>
        <translation>Diese Übung nie mehr vorschlagen; rückgängig unter Einstellungen ▸ Übungen (H)</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>No exercise matches your settings. Stand up and move a little.</source>
        <translation>Keine Übung passt zu deinen Einstellungen. Steh auf und beweg dich ein wenig.</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Nichts zu tun</translation>
    </message>
    <message>
        <source>Now the left side</source>
        <translation>Jetzt die linke Seite</translation>
    </message>
    <message>
        <source>Paused while you are away</source>
        <translation>Pausiert, solange du weg bist</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>Right side, then left</source>
        <translation>Rechte Seite, dann links</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Im Sitzen</translation>
    </message>
    <message>
        <source>Shorten to 1 min</source>
        <translation>Auf 1 Min. kürzen</translation>
    </message>
    <message>
        <source>Skip exercise</source>
        <translation>Übung überspringen</translation>
    </message>
    <message>
        <source>Skip routine</source>
        <translation>Pause überspringen</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>%n Min. später</numerusform>
            <numerusform>%n Min. später</numerusform>
        </translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Im Stehen</translation>
    </message>
    <message>
        <source>Suggest this exercise more often (F)</source>
        <translation>Diese Übung öfter vorschlagen (F)</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>beide Seiten</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>after-block</source>
        <translation>nach einem Block</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <source>sitting-limit</source>
        <translation>Sitzlimit</translation>
    </message>
    <message>
        <source>snooze</source>
        <translation>verschoben</translation>
    </message>
</context>
<context>
    <name>Remote</name>
    <message>
        <source>A break is already on screen.</source>
        <translation>Eine Pause ist schon auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>Break started: %1</source>
        <translation>Pause gestartet: %1</translation>
    </message>
    <message>
        <source>No break is on screen.</source>
        <translation>Gerade ist keine Pause auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>Opened the break.</source>
        <translation>Pause geöffnet.</translation>
    </message>
    <message>
        <source>Opened the history.</source>
        <translation>Verlauf geöffnet.</translation>
    </message>
    <message>
        <source>Opened the settings.</source>
        <translation>Einstellungen geöffnet.</translation>
    </message>
    <message>
        <source>movebreak is already running.</source>
        <translation>movebreak läuft schon.</translation>
    </message>
    <message>
        <source>movebreak is already running.
%1</source>
        <translation>movebreak läuft schon.
%1</translation>
    </message>
    <message>
        <source>movebreak is not running. Start it with `movebreak` (or `make run`).</source>
        <translation>movebreak läuft nicht. Starte es mit `movebreak` (oder `make run`).</translation>
    </message>
    <message>
        <source>movebreak is quitting.</source>
        <translation>movebreak wird beendet.</translation>
    </message>
    <message>
        <source>movebreak is running but does not answer (stopped or busy). `kill -CONT` it, or end it and start it again.</source>
        <translation>movebreak läuft, antwortet aber nicht (angehalten oder beschäftigt). Setze es mit `kill -CONT` fort oder beende es und starte es neu.</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>unbekannter Befehl %1</translation>
    </message>
</context>
<context>
    <name>Routine</name>
    <message>
        <source>%1 &amp; %2</source>
        <translation>%1 &amp; %2</translation>
    </message>
    <message>
        <source>%1, %2 &amp; more</source>
        <translation>%1, %2 &amp; mehr</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n min</source>
        <translation>
            <numerusform>%1, %n Min.</numerusform>
            <numerusform>%1, %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Just one minute this time</source>
        <translation>Diesmal nur eine Minute</translation>
    </message>
    <message>
        <source>Just one minute: you have been sitting for %1</source>
        <translation>Nur eine Minute: Du sitzt seit %1</translation>
    </message>
    <message>
        <source>Just one minute: you have been sitting for at least %1</source>
        <translation>Nur eine Minute: Du sitzt seit mindestens %1</translation>
    </message>
    <message numerus="yes">
        <source>Move freely, %n min</source>
        <translation>
            <numerusform>Frei bewegen, %n Min.</numerusform>
            <numerusform>Frei bewegen, %n Min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>%1 and %2 overlap</source>
        <translation>%1 und %2 überschneiden sich</translation>
    </message>
    <message numerus="yes">
        <source>%n events count as blocks in the tested period.</source>
        <translation>
            <numerusform>%n Termin zählt im getesteten Zeitraum als Block.</numerusform>
            <numerusform>%n Termine zählen im getesteten Zeitraum als Block.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add block</source>
        <translation>Block &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Friday</source>
        <translation>&amp;Freitag</translation>
    </message>
    <message>
        <source>&amp;Monday</source>
        <translation>&amp;Montag</translation>
    </message>
    <message>
        <source>&amp;Wednesday</source>
        <translation>M&amp;ittwoch</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a range; write HH:MM-HH:MM, e.g. 09:00-17:30</source>
        <translation>„%1“ ist kein Zeitraum; schreib HH:MM-HH:MM, z. B. 09:00-17:30</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: end must be after start</source>
        <translation>„%1“: Das Ende muss nach dem Beginn liegen</translation>
    </message>
    <message>
        <source>Add UR&amp;L</source>
        <translation>U&amp;RL hinzufügen</translation>
    </message>
    <message>
        <source>Add a calendar file</source>
        <translation>Kalenderdatei hinzufügen</translation>
    </message>
    <message>
        <source>Add f&amp;ile…</source>
        <translation>Da&amp;tei hinzufügen…</translation>
    </message>
    <message>
        <source>Block %1: %2</source>
        <translation>Block %1: %2</translation>
    </message>
    <message>
        <source>Calendar %1: %2</source>
        <translation>Kalender %1: %2</translation>
    </message>
    <message>
        <source>Calendar sources</source>
        <translation>Kalenderquellen</translation>
    </message>
    <message>
        <source>Calendars (their busy events are blocks too)</source>
        <translation>Kalender (ihre belegten Termine sind auch Blöcke)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Deep-work blocks</source>
        <translation>Deep-Work-Blöcke</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Leave &apos;Only events containing&apos; empty to count every busy event; or list words (summary or category), e.g. Focus, Deep work.</source>
        <translation>Lass „Nur Termine mit“ leer, um jeden belegten Termin zu zählen, oder nenne Wörter (Titel oder Kategorie), z. B. Fokus, Deep Work.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Only events containing</source>
        <translation>Nur Termine mit</translation>
    </message>
    <message>
        <source>Plan preview: today and tomorrow</source>
        <translation>Planvorschau: heute und morgen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove &amp;calendar</source>
        <translation>&amp;Kalender entfernen</translation>
    </message>
    <message>
        <source>Sa&amp;turday</source>
        <translation>S&amp;amstag</translation>
    </message>
    <message>
        <source>Select a calendar to test.</source>
        <translation>Wähle einen Kalender zum Testen.</translation>
    </message>
    <message>
        <source>Several ranges are separated by commas: 09:00-12:30, 13:30-17:30</source>
        <translation>Mehrere Zeiträume trennst du mit Kommas: 09:00-12:30, 13:30-17:30</translation>
    </message>
    <message>
        <source>Source (file or URL)</source>
        <translation>Quelle (Datei oder URL)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Su&amp;nday</source>
        <translation>So&amp;nntag</translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>T&amp;uesday</source>
        <translation>&amp;Dienstag</translation>
    </message>
    <message>
        <source>Test failed: %1</source>
        <translation>Test fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Teste %1…</translation>
    </message>
    <message>
        <source>Thu&amp;rsday</source>
        <translation>D&amp;onnerstag</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Using the cached copy, %1 old.</source>
        <translation>Die gespeicherte Kopie wird genutzt (%1 alt).</translation>
    </message>
    <message>
        <source>Weekly deep-work blocks (never interrupted)</source>
        <translation>Wöchentliche Deep-Work-Blöcke (nie unterbrochen)</translation>
    </message>
    <message>
        <source>Working hours (no break is planned outside them)</source>
        <translation>Arbeitszeit (außerhalb wird keine Pause geplant)</translation>
    </message>
    <message>
        <source>Working hours, %1: %2</source>
        <translation>Arbeitszeit, %1: %2</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>days &apos;%1&apos;: use weekdays such as mon-fri or mon, wed</source>
        <translation>Tage „%1“: Verwende Wochentage wie mon-fri oder mon, wed</translation>
    </message>
    <message>
        <source>end &apos;%1&apos;: use HH:MM</source>
        <translation>Ende „%1“: Verwende HH:MM</translation>
    </message>
    <message>
        <source>end must be after start</source>
        <translation>Das Ende muss nach dem Beginn liegen</translation>
    </message>
    <message>
        <source>enter the path of an .ics file or an http(s) URL</source>
        <translation>Gib den Pfad einer .ics-Datei oder eine http(s)-URL ein</translation>
    </message>
    <message>
        <source>start &apos;%1&apos;: use HH:MM</source>
        <translation>Beginn „%1“: Verwende HH:MM</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>%1: %2 %3 is above the maximum; use %4 to %5 %3</source>
        <translation>%1: %2 %3 liegt über dem Höchstwert; verwende %4 bis %5 %3</translation>
    </message>
    <message>
        <source>%1: %2 %3 is below the minimum; use %4 to %5 %3</source>
        <translation>%1: %2 %3 liegt unter dem Mindestwert; verwende %4 bis %5 %3</translation>
    </message>
    <message>
        <source>&amp;After a block ends, wait</source>
        <translation>&amp;Nach Ende eines Blocks warten</translation>
    </message>
    <message>
        <source>&amp;Heads-up before a break</source>
        <translation>&amp;Hinweis vor einer Pause</translation>
    </message>
    <message>
        <source>&amp;Longest routine</source>
        <translation>L&amp;ängste Routine</translation>
    </message>
    <message>
        <source>Announce breaks with a desktop &amp;notification</source>
        <translation>Pausen mit einer Desktop-Be&amp;nachrichtigung ankündigen</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <source>Count time away from the keyboard as a &amp;break</source>
        <translation>Zeit fern von der &amp;Tastatur als Pause zählen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Fetch &amp;URL calendars every</source>
        <translation>&amp;URL-Kalender abrufen alle</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Hold breaks during a call (&amp;microphone or camera in use)</source>
        <translation>Pausen während eines Anrufs zurückhalten (&amp;Mikrofon oder Kamera aktiv)</translation>
    </message>
    <message>
        <source>Hold breaks while a &amp;fullscreen window has focus</source>
        <translation>Pausen zurückhalten, solange ein &amp;Vollbildfenster aktiv ist</translation>
    </message>
    <message>
        <source>Hold breaks while these &amp;programs run</source>
        <translation>Pausen zurückhalten, solange diese &amp;Programme laufen</translation>
    </message>
    <message>
        <source>Longest stretch &amp;without a break</source>
        <translation>Längste Zeit &amp;ohne Pause</translation>
    </message>
    <message>
        <source>Plan in &amp;time zone</source>
        <translation>In &amp;Zeitzone planen</translation>
    </message>
    <message>
        <source>Play a soft &amp;chime at the start and between exercises</source>
        <translation>Einen sanften &amp;Ton zu Beginn und zwischen den Übungen spielen</translation>
    </message>
    <message>
        <source>Routines to s&amp;kip a day</source>
        <translation>&amp;Überspringbare Routinen pro Tag</translation>
    </message>
    <message>
        <source>S&amp;nooze postpones by</source>
        <translation>S&amp;päter verschiebt um</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Sh&amp;ortest routine</source>
        <translation>Kü&amp;rzeste Routine</translation>
    </message>
    <message>
        <source>Skip &amp;gaps shorter than</source>
        <translation>&amp;Lücken überspringen, die kürzer sind als</translation>
    </message>
    <message>
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (und %n weiteres)</numerusform>
            <numerusform> (und %n weitere)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems in your config file. Those values use their defaults until you fix them here or in the file (saving replaces them; the old file is kept as .bak):</source>
        <translation>
            <numerusform>%n Problem in deiner Konfigurationsdatei. Diese Werte nutzen ihre Standards, bis du sie hier oder in der Datei korrigierst (Speichern ersetzt sie; die alte Datei bleibt als .bak erhalten):</numerusform>
            <numerusform>%n Probleme in deiner Konfigurationsdatei. Diese Werte nutzen ihre Standards, bis du sie hier oder in der Datei korrigierst (Speichern ersetzt sie; die alte Datei bleibt als .bak erhalten):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown keys or sections in your config file: kept there, and ignored (a typo, or written by a newer movebreak?):</source>
        <translation>
            <numerusform>%n unbekannter Schlüssel oder Abschnitt in deiner Konfigurationsdatei: bleibt dort und wird ignoriert (ein Tippfehler oder von einem neueren movebreak geschrieben?):</numerusform>
            <numerusform>%n unbekannte Schlüssel oder Abschnitte in deiner Konfigurationsdatei: bleiben dort und werden ignoriert (ein Tippfehler oder von einem neueren movebreak geschrieben?):</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Discard them, or keep editing?</source>
        <translation>Verwerfen oder weiter bearbeiten?</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Save a fresh file</source>
        <translation>Als neue Datei speichern</translation>
    </message>
    <message>
        <source>Save your changes to the settings?</source>
        <translation>Änderungen an den Einstellungen speichern?</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <source>Saved, but starting at login could not be changed:</source>
        <translation>Gespeichert, aber der Start beim Anmelden ließ sich nicht ändern:</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>They go to %1.</source>
        <translation>Sie werden in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Ungespeicherte Einstellungen</translation>
    </message>
    <message>
        <source>Write your settings to a new file; the old one is kept as .bak</source>
        <translation>Schreibt deine Einstellungen in eine neue Datei; die alte bleibt als .bak erhalten</translation>
    </message>
    <message>
        <source>Your changes are not valid, so they cannot be saved.</source>
        <translation>Deine Änderungen sind ungültig und können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Your settings were not saved:</source>
        <translation>Deine Einstellungen wurden nicht gespeichert:</translation>
    </message>
    <message>
        <source>could not be written: %1</source>
        <translation>konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>movebreak settings</source>
        <translation>movebreak-Einstellungen</translation>
    </message>
    <message>
        <source>start at login</source>
        <translation>Start beim Anmelden</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (run movebreak check-config)</source>
        <translation>
            <numerusform>… und %n weiteres (führe movebreak check-config aus)</numerusform>
            <numerusform>… und %n weitere (führe movebreak check-config aus)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>A break is held (%1); trying again at %2</source>
        <translation>Eine Pause wird zurückgehalten (%1); neuer Versuch um %2</translation>
    </message>
    <message>
        <source>A break is on screen now</source>
        <translation>Gerade läuft eine Pause</translation>
    </message>
    <message>
        <source>Away from the keyboard since %1</source>
        <translation>Nicht am Rechner seit %1</translation>
    </message>
    <message>
        <source>Focus until %1</source>
        <translation>Fokus bis %1</translation>
    </message>
    <message>
        <source>Last moved %1 ago</source>
        <translation>Zuletzt bewegt vor %1</translation>
    </message>
    <message>
        <source>Last moved %1 ago, at %2</source>
        <translation>Zuletzt bewegt vor %1, um %2</translation>
    </message>
    <message>
        <source>Last moved over %1 ago</source>
        <translation>Zuletzt bewegt vor mehr als %1</translation>
    </message>
    <message>
        <source>Next break: %1</source>
        <translation>Nächste Pause: %1</translation>
    </message>
    <message>
        <source>Next break: none (%1)</source>
        <translation>Nächste Pause: keine (%1)</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>Pausiert bis %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Focus now</source>
        <translation>&amp;Fokus jetzt</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Resume breaks</source>
        <translation>Pausen &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Start a break now</source>
        <translation>Pause jetzt &amp;starten</translation>
    </message>
    <message>
        <source>Next break: %1</source>
        <translation>Nächste Pause: %1</translation>
    </message>
    <message>
        <source>Next break: —</source>
        <translation>Nächste Pause: —</translation>
    </message>
    <message>
        <source>No break planned (%1)</source>
        <translation>Keine Pause geplant (%1)</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>Pausiert bis %1</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Show the &amp;break</source>
        <translation>&amp;Pause anzeigen</translation>
    </message>
    <message>
        <source>Until the current block ends</source>
        <translation>Bis der aktuelle Block endet</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
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
        <translation>Fr</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;Afternoons, 14:00–16:00, Monday to Thursday</source>
        <translation>&amp;Nachmittags, 14:00–16:00, Montag bis Donnerstag</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>&amp;Import a calendar…</source>
        <translation>&amp;Kalender importieren…</translation>
    </message>
    <message>
        <source>&amp;Mornings, 09:00–11:00, Monday to Friday</source>
        <translation>&amp;Vormittags, 09:00–11:00, Montag bis Freitag</translation>
    </message>
    <message>
        <source>Calendar: </source>
        <translation>Kalender: </translation>
    </message>
    <message>
        <source>I &amp;work from</source>
        <translation>Ich &amp;arbeite von</translation>
    </message>
    <message>
        <source>Import a calendar</source>
        <translation>Kalender importieren</translation>
    </message>
    <message>
        <source>The end of the working day must be after its start.</source>
        <translation>Das Ende des Arbeitstags muss nach seinem Beginn liegen.</translation>
    </message>
    <message>
        <source>Tick at least one working day.</source>
        <translation>Wähle mindestens einen Arbeitstag.</translation>
    </message>
    <message>
        <source>Tick what fits; breaks will never land inside these blocks.</source>
        <translation>Hak an, was passt; Pausen landen nie in diesen Blöcken.</translation>
    </message>
    <message>
        <source>W&amp;ednesday mornings, 09:00–12:30 (a no-meeting half day)</source>
        <translation>M&amp;ittwochvormittags, 09:00–12:30 (ein besprechungsfreier halber Tag)</translation>
    </message>
    <message>
        <source>Welcome to movebreak</source>
        <translation>Willkommen bei movebreak</translation>
    </message>
    <message>
        <source>When do you do deep work?</source>
        <translation>Wann arbeitest du konzentriert?</translation>
    </message>
    <message>
        <source>You can change all of this, and more, in the settings later. Closing this window keeps the defaults.</source>
        <translation>All das und mehr kannst du später in den Einstellungen ändern. Wenn du dieses Fenster schließt, bleiben die Standards.</translation>
    </message>
    <message>
        <source>Your working hours</source>
        <translation>Deine Arbeitszeit</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar-Dateien (*.ics);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>movebreak plans short, illustrated stretching breaks into the gaps between your deep-work blocks, and never interrupts them.</source>
        <translation>movebreak plant kurze, bebilderte Dehnpausen in die Lücken zwischen deinen Deep-Work-Blöcken und unterbricht sie nie.</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;bis</translation>
    </message>
</context>
</TS>
