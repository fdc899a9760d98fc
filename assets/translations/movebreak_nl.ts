<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>App</name>
    <message numerus="yes">
        <source>%n exercise file problems; those exercises were skipped. First: %1</source>
        <translation>
            <numerusform>%n probleem in een oefenbestand; die oefeningen zijn overgeslagen. De eerste: %1</numerusform>
            <numerusform>%n problemen in oefenbestanden; die oefeningen zijn overgeslagen. De eerste: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>History is unavailable: the data folder is not writable.</source>
        <translation>De geschiedenis is niet beschikbaar: de gegevensmap is niet schrijfbaar.</translation>
    </message>
    <message>
        <source>No system tray was found, so movebreak runs without an icon. Breaks still appear. Use `movebreak status`, `movebreak break-now`, `movebreak pause 30m`, `movebreak show settings`, `movebreak show history` and `movebreak quit`.</source>
        <translation>Geen systeemvak gevonden, dus movebreak draait zonder pictogram. Pauzes verschijnen toch. Gebruik `movebreak status`, `movebreak break-now`, `movebreak pause 30m`, `movebreak show settings`, `movebreak show history` en `movebreak quit`.</translation>
    </message>
    <message>
        <source>Not saved: config.toml has problems; fix them first (movebreak check-config).</source>
        <translation>Niet opgeslagen: config.toml heeft problemen; los ze eerst op (movebreak check-config).</translation>
    </message>
    <message>
        <source>The data folder %1 is not writable (%2). Breaks still appear, but nothing is logged. Fix its permissions or set MOVEBREAK_DATA_DIR.</source>
        <translation>Er kan niet worden geschreven in de gegevensmap %1 (%2). Pauzes verschijnen nog, maar er wordt niets bijgehouden. Herstel de rechten of stel MOVEBREAK_DATA_DIR in.</translation>
    </message>
    <message>
        <source>The settings window is not available yet. Edit %1 (every key is in docs/config.md); `movebreak check-config` validates it.</source>
        <translation>Het instellingenvenster is er nog niet. Bewerk %1 (elke sleutel staat in docs/config.md); `movebreak check-config` controleert het.</translation>
    </message>
    <message>
        <source>Your choice was not saved: %1</source>
        <translation>Je keuze is niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>Your config file cannot be read; movebreak runs on its defaults. The file was not changed.</source>
        <translation>Je configuratiebestand is niet leesbaar; movebreak gebruikt de standaarden. Het bestand is niet gewijzigd.</translation>
    </message>
    <message numerus="yes">
        <source>Your config has %n unknown keys or sections; movebreak ignores them. The file was not changed.</source>
        <translation>
            <numerusform>Je configuratie heeft %n onbekende sleutel of sectie; movebreak negeert die. Het bestand is niet gewijzigd.</numerusform>
            <numerusform>Je configuratie heeft %n onbekende sleutels of secties; movebreak negeert ze. Het bestand is niet gewijzigd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your config has problems; movebreak runs on defaults for the wrong values and ignores the unknown keys. The file was not changed.</source>
        <translation>Je configuratie heeft problemen; movebreak gebruikt de standaarden voor foute waarden en negeert onbekende sleutels. Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>Your config has problems; movebreak runs on defaults for those keys. The file was not changed.</source>
        <translation>Je configuratie heeft problemen; movebreak gebruikt voor die sleutels de standaarden. Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>cannot open the control socket %1: %2. This instance runs, but `movebreak status`, `pause` and the others cannot reach it.</source>
        <translation>de besturingssocket %1 kan niet worden geopend: %2. movebreak draait, maar `movebreak status`, `pause` en de andere opdrachten kunnen het niet bereiken.</translation>
    </message>
    <message>
        <source>movebreak: calendar problem</source>
        <translation>movebreak: agendaprobleem</translation>
    </message>
    <message>
        <source>no desktop session: WAYLAND_DISPLAY names %1, which does not exist (the compositor ended, or XDG_RUNTIME_DIR is not the session&apos;s), and DISPLAY is not set.</source>
        <translation>geen bureaubladsessie: WAYLAND_DISPLAY noemt %1, dat niet bestaat (de compositor is gestopt, of XDG_RUNTIME_DIR is niet die van de sessie), en DISPLAY is niet ingesteld.</translation>
    </message>
    <message>
        <source>no desktop session: neither WAYLAND_DISPLAY nor DISPLAY is set. movebreak is a tray app and needs a graphical session; start it from your desktop (or its autostart). Over SSH, `movebreak status`, `plan` and `history` work without one.</source>
        <translation>geen bureaubladsessie: WAYLAND_DISPLAY en DISPLAY zijn geen van beide ingesteld. movebreak woont in het systeemvak en heeft een grafische sessie nodig; start het vanaf je bureaublad (of via automatisch starten). Via SSH werken `movebreak status`, `plan` en `history` ook zonder.</translation>
    </message>
    <message>
        <source>skipped exercise: %1</source>
        <translation>oefening overgeslagen: %1</translation>
    </message>
</context>
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
    <name>BreaksPage</name>
    <message>
        <source>A break is planned in each free gap of your working hours, never inside a block. Its length fits the gap, between the shortest and longest routine.</source>
        <translation>In elke vrije ruimte binnen je werktijd wordt een pauze gepland, nooit in een blok. De lengte past bij de ruimte, tussen de kortste en langste routine.</translation>
    </message>
    <message>
        <source>Breaks: longest routine %1</source>
        <translation>Pauzes: langste routine %1</translation>
    </message>
    <message>
        <source>How breaks are announced</source>
        <translation>Hoe pauzes worden aangekondigd</translation>
    </message>
    <message>
        <source>Longest routine %1</source>
        <translation>Langste routine %1</translation>
    </message>
    <message>
        <source>When breaks happen</source>
        <translation>Wanneer pauzes plaatsvinden</translation>
    </message>
    <message numerus="yes">
        <source>must be at least the shortest routine (%n min)</source>
        <translation>
            <numerusform>moet minstens zo lang zijn als de kortste routine (%n min)</numerusform>
            <numerusform>moet minstens zo lang zijn als de kortste routine (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>geen limiet</translation>
    </message>
    <message>
        <source>off</source>
        <translation>uit</translation>
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
        <translation>Toont de vastgelegde pauzes met hun oefeningen en uitkomsten, en een samenvatting (voltooiingsgraad, reeks, bewogen minuten). Datums zijn lokale dagen, inclusief.</translation>
    </message>
    <message>
        <source>Short mobility routines planned into the gaps between your deep-work blocks.</source>
        <translation>Korte bewegingsroutines, ingepland in de gaten tussen je blokken geconcentreerd werk.</translation>
    </message>
    <message>
        <source>Show the blocks (weekly rules + calendars) and the break slots planned into the gaps between them. Without --from: today, from now on.</source>
        <translation>Toont de blokken (weekregels + agenda’s) en de pauzes die in de gaten ertussen zijn gepland. Zonder --from: vandaag, vanaf nu.</translation>
    </message>
    <message>
        <source>Validate a movebreak config file. Every problem is listed with its line, what is wrong and what would be valid. Unknown keys and sections are warnings with a &apos;did you mean&apos; (a newer movebreak may have written them): exit 0 unless --strict. A wrong value exits 2.</source>
        <translation>Controleert een movebreak-configuratiebestand. Elk probleem staat erbij met de regel, wat er mis is en wat geldig zou zijn. Onbekende sleutels en secties zijn waarschuwingen met een ‘bedoelde je’ (een nieuwere movebreak kan ze geschreven hebben): exit 0, behalve met --strict. Een foute waarde geeft exit 2.</translation>
    </message>
    <message>
        <source>a manual deep-work block; the break comes when it ends</source>
        <translation>een handmatig blok geconcentreerd werk; de pauze komt als het afloopt</translation>
    </message>
    <message>
        <source>add an .ics file or http(s) URL as a calendar source (repeatable)</source>
        <translation>een .ics-bestand of http(s)-URL als agendabron toevoegen (herhaalbaar)</translation>
    </message>
    <message>
        <source>first day to include (default: all)</source>
        <translation>eerste dag die meetelt (standaard: alle)</translation>
    </message>
    <message>
        <source>first day to plan, whole days (default: today, from now on)</source>
        <translation>eerste dag om te plannen, hele dagen (standaard: vandaag, vanaf nu)</translation>
    </message>
    <message>
        <source>hold breaks for a while; every pause ends by itself</source>
        <translation>pauzes een tijdje vasthouden; elke onderbreking stopt vanzelf</translation>
    </message>
    <message>
        <source>last day to include (default: today)</source>
        <translation>laatste dag die meetelt (standaard: vandaag)</translation>
    </message>
    <message>
        <source>log debug messages to stderr</source>
        <translation>debugberichten naar stderr schrijven</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>machineleesbare uitvoer</translation>
    </message>
    <message>
        <source>number of days to plan, 1 to %1 (default: 1)</source>
        <translation>aantal dagen om te plannen, 1 tot %1 (standaard: 1)</translation>
    </message>
    <message>
        <source>open a window of the running app</source>
        <translation>een venster van de draaiende app openen</translation>
    </message>
    <message>
        <source>plan in this IANA zone (default: the config&apos;s, else the system&apos;s)</source>
        <translation>plannen in deze IANA-zone (standaard: die uit de configuratie, anders die van het systeem)</translation>
    </message>
    <message>
        <source>quit the running app</source>
        <translation>de draaiende app afsluiten</translation>
    </message>
    <message>
        <source>show the breaks you took and the exercises you did</source>
        <translation>je pauzes en oefeningen tonen</translation>
    </message>
    <message>
        <source>show the deep-work blocks and the breaks planned between them</source>
        <translation>de blokken geconcentreerd werk en de pauzes ertussen tonen</translation>
    </message>
    <message>
        <source>show the next break and any pause</source>
        <translation>de volgende pauze en een eventuele onderbreking tonen</translation>
    </message>
    <message>
        <source>start a break now in the running app</source>
        <translation>nu een pauze starten in de draaiende app</translation>
    </message>
    <message>
        <source>table for people (default), csv for spreadsheets, json for scripts</source>
        <translation>table voor mensen (standaard), csv voor spreadsheets, json voor scripts</translation>
    </message>
    <message>
        <source>table for people (default), json for scripts</source>
        <translation>table voor mensen (standaard), json voor scripts</translation>
    </message>
    <message>
        <source>the config file to check (default: --config, or the user&apos;s config file)</source>
        <translation>het configuratiebestand om te controleren (standaard: --config, anders dat van jou)</translation>
    </message>
    <message>
        <source>treat warnings (unknown keys and sections) as errors: exit 2</source>
        <translation>waarschuwingen (onbekende sleutels en secties) als fouten behandelen: exit 2</translation>
    </message>
    <message>
        <source>use this config file instead of the user&apos;s</source>
        <translation>dit configuratiebestand gebruiken in plaats van het jouwe</translation>
    </message>
    <message>
        <source>validate a config file and report every problem (exit 0 if usable, 2 if not)</source>
        <translation>een configuratiebestand controleren en elk probleem melden (exit 0 als het bruikbaar is, anders 2)</translation>
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
        <translation>%1 komt %2 keer voor in de geplande dagen, meer dan %3; genegeerd</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: bestand bestaat niet</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: geen gewoon bestand</translation>
    </message>
    <message>
        <source>%1; event skipped</source>
        <translation>%1; afspraak overgeslagen</translation>
    </message>
    <message>
        <source>%1; ignored</source>
        <translation>%1; genegeerd</translation>
    </message>
    <message>
        <source>%1; using the cached copy, %2 old</source>
        <translation>%1; de bewaarde kopie wordt gebruikt (%2 oud)</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(zonder titel)</translation>
    </message>
    <message>
        <source>DTEND at or after DTSTART</source>
        <translation>DTEND gelijk aan of na DTSTART</translation>
    </message>
    <message>
        <source>END:%1 without its BEGIN</source>
        <translation>END:%1 zonder bijbehorende BEGIN</translation>
    </message>
    <message>
        <source>RRULE INTERVAL=%1 is not a valid interval</source>
        <translation>RRULE INTERVAL=%1 is geen geldig interval</translation>
    </message>
    <message>
        <source>RRULE has no valid FREQ (%1)</source>
        <translation>RRULE heeft geen geldige FREQ (%1)</translation>
    </message>
    <message>
        <source>X-WR-TIMEZONE %1 is not a time zone; ignored</source>
        <translation>X-WR-TIMEZONE %1 is geen tijdzone; genegeerd</translation>
    </message>
    <message>
        <source>a DURATION such as PT30M</source>
        <translation>een DURATION zoals PT30M</translation>
    </message>
    <message>
        <source>a URL that serves the .ics file</source>
        <translation>een URL die het .ics-bestand levert</translation>
    </message>
    <message>
        <source>a calendar that expands within the limits in docs/limits.md</source>
        <translation>een agenda die binnen de grenzen in docs/limits.md uit te vouwen is</translation>
    </message>
    <message>
        <source>a calendar under the size limit</source>
        <translation>een agenda onder de maximale grootte</translation>
    </message>
    <message>
        <source>a path to an .ics file, a file:// URL, or an http(s):// URL</source>
        <translation>een pad naar een .ics-bestand, een file://-URL of een http(s)://-URL</translation>
    </message>
    <message>
        <source>a positive DURATION such as PT30M</source>
        <translation>een positieve DURATION zoals PT30M</translation>
    </message>
    <message>
        <source>a recurrence at most every 15 minutes, starting after 1900</source>
        <translation>een herhaling hooguit elke 15 minuten, beginnend na 1900</translation>
    </message>
    <message>
        <source>a valid RRULE/RDATE/EXDATE</source>
        <translation>een geldige RRULE/RDATE/EXDATE</translation>
    </message>
    <message>
        <source>a value as RFC 5545 defines it</source>
        <translation>een waarde zoals RFC 5545 die vastlegt</translation>
    </message>
    <message>
        <source>an IANA zone such as &apos;Europe/Berlin&apos;</source>
        <translation>een IANA-zone zoals &apos;Europe/Berlin&apos;</translation>
    </message>
    <message>
        <source>an IANA zone such as &apos;Europe/Berlin&apos;, or a VTIMEZONE in the file</source>
        <translation>een IANA-zone zoals &apos;Europe/Berlin&apos;, of een VTIMEZONE in het bestand</translation>
    </message>
    <message>
        <source>an event with DTSTART</source>
        <translation>een afspraak met DTSTART</translation>
    </message>
    <message>
        <source>an iCalendar (.ics) file: BEGIN:VCALENDAR ... END:VCALENDAR</source>
        <translation>een iCalendar-bestand (.ics): BEGIN:VCALENDAR ... END:VCALENDAR</translation>
    </message>
    <message>
        <source>an iCalendar file with at least one valid VEVENT</source>
        <translation>een iCalendar-bestand met minstens één geldige VEVENT</translation>
    </message>
    <message>
        <source>cannot be expanded: %1</source>
        <translation>kan niet worden uitgevouwen: %1</translation>
    </message>
    <message>
        <source>cannot be reached: %1</source>
        <translation>niet bereikbaar: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>could not be fetched</source>
        <translation>kon niet worden opgehaald</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>kon niet worden gelezen</translation>
    </message>
    <message>
        <source>could not be read (the reader ended with code %1: %2)</source>
        <translation>kon niet worden gelezen (de lezer stopte met code %1: %2)</translation>
    </message>
    <message>
        <source>could not be read (the reader&apos;s answer was garbled)</source>
        <translation>kon niet worden gelezen (het antwoord van de lezer was onleesbaar)</translation>
    </message>
    <message>
        <source>could not start the calendar reader: %1</source>
        <translation>de agendalezer kon niet starten: %1</translation>
    </message>
    <message>
        <source>does not start with BEGIN:VCALENDAR</source>
        <translation>begint niet met BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>ends before it starts; counted as busy with start and end swapped</source>
        <translation>eindigt voordat het begint; als bezet geteld met begin en einde omgewisseld</translation>
    </message>
    <message>
        <source>every %1 minutes</source>
        <translation>elke %1 minuten</translation>
    </message>
    <message>
        <source>every %1 seconds</source>
        <translation>elke %1 seconden</translation>
    </message>
    <message>
        <source>every minute</source>
        <translation>elke minuut</translation>
    </message>
    <message>
        <source>every second</source>
        <translation>elke seconde</translation>
    </message>
    <message>
        <source>has %1 more than once</source>
        <translation>heeft %1 meer dan eens</translation>
    </message>
    <message>
        <source>has a negative duration</source>
        <translation>heeft een negatieve duur</translation>
    </message>
    <message>
        <source>has no DTSTART</source>
        <translation>heeft geen DTSTART</translation>
    </message>
    <message>
        <source>invalid %1: %2</source>
        <translation>ongeldige %1: %2</translation>
    </message>
    <message>
        <source>is %1 MB, more than the %2 MB limit</source>
        <translation>is %1 MB, meer dan de grens van %2 MB</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is leeg</translation>
    </message>
    <message>
        <source>is more than the %1 MB limit</source>
        <translation>is groter dan de grens van %1 MB</translation>
    </message>
    <message>
        <source>is not a valid URL: %1</source>
        <translation>is geen geldige URL: %1</translation>
    </message>
    <message>
        <source>is not valid iCalendar: %1</source>
        <translation>is geen geldige iCalendar: %1</translation>
    </message>
    <message>
        <source>lasts longer than %1 days</source>
        <translation>duurt langer dan %1 dagen</translation>
    </message>
    <message>
        <source>needs more than %1 MB of memory to read</source>
        <translation>heeft meer dan %1 MB geheugen nodig om te lezen</translation>
    </message>
    <message>
        <source>needs more than %1 s of processor time to read</source>
        <translation>heeft meer dan %1 s processortijd nodig om te lezen</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>geen volledig antwoord binnen %1 s</translation>
    </message>
    <message>
        <source>no event in this calendar can be used</source>
        <translation>geen enkele afspraak in deze agenda is bruikbaar</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>bestand bestaat niet</translation>
    </message>
    <message>
        <source>not an iCalendar line: %1</source>
        <translation>geen iCalendar-regel: %1</translation>
    </message>
    <message>
        <source>not fetched yet and no cached copy</source>
        <translation>nog niet opgehaald en geen bewaarde kopie</translation>
    </message>
    <message>
        <source>not read: movebreak is quitting</source>
        <translation>niet gelezen: movebreak wordt afgesloten</translation>
    </message>
    <message>
        <source>not read: the calendars before it took the %1 s that reading calendars may take</source>
        <translation>niet gelezen: de agenda’s ervoor gebruikten de %1 s die het lezen van agenda’s mag duren</translation>
    </message>
    <message>
        <source>occurs %1; ignored</source>
        <translation>komt %1 voor; genegeerd</translation>
    </message>
    <message>
        <source>one %1 per event</source>
        <translation>één %1 per afspraak</translation>
    </message>
    <message>
        <source>repeats from %1: expanding it would take about %2 steps, more than %3; ignored</source>
        <translation>herhaalt zich vanaf %1: uitvouwen zou ongeveer %2 stappen kosten, meer dan %3; genegeerd</translation>
    </message>
    <message>
        <source>the file ends at line %1 inside BEGIN:%2 (truncated?)</source>
        <translation>het bestand eindigt op regel %1 binnen BEGIN:%2 (afgekapt?)</translation>
    </message>
    <message>
        <source>the recurring events before it already use this calendar&apos;s budget of %1 expansion steps; ignored</source>
        <translation>de terugkerende afspraken ervoor gebruiken het budget van %1 stappen van deze agenda al op; genegeerd</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation>de server antwoordde HTTP %1 %2</translation>
    </message>
    <message>
        <source>the server redirected to %1, which is not an http(s) URL</source>
        <translation>de server stuurde door naar %1, wat geen http(s)-URL is</translation>
    </message>
    <message>
        <source>took longer than %1 s to read; skipped</source>
        <translation>lezen duurde langer dan %1 s; overgeslagen</translation>
    </message>
    <message>
        <source>took longer than the %1 s that reading calendars may take; skipped</source>
        <translation>lezen duurde langer dan de %1 s die het lezen van agenda’s mag duren; overgeslagen</translation>
    </message>
    <message>
        <source>unknown time zone %1</source>
        <translation>onbekende tijdzone %1</translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1:&apos;</source>
        <translation>niet-ondersteund schema &apos;%1:&apos;</translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1:&apos; (use https:// instead of webcal://)</source>
        <translation>niet-ondersteund schema &apos;%1:&apos; (gebruik https:// in plaats van webcal://)</translation>
    </message>
    <message>
        <source>using the cached copy, %1 old</source>
        <translation>de bewaarde kopie wordt gebruikt (%1 oud)</translation>
    </message>
    <message>
        <source>wait for the next refresh</source>
        <translation>wacht op de volgende verversing</translation>
    </message>
</context>
<context>
    <name>CheckConfig</name>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n probleem</numerusform>
            <numerusform>%n problemen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n waarschuwing</numerusform>
            <numerusform>%n waarschuwingen</numerusform>
        </translation>
    </message>
    <message>
        <source>OK with %1: %2</source>
        <translation>OK met %1: %2</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message>
        <source>OK: %1 (does not exist; the defaults are used)</source>
        <translation>OK: %1 (bestaat niet; de standaarden gelden)</translation>
    </message>
    <message>
        <source>is a directory, not a config file</source>
        <translation>is een map, geen configuratiebestand</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>bestand niet gevonden</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 days</source>
        <translation>%1 dagen</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 uur</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 uur %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
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
    <name>ExercisesPage</name>
    <message>
        <source>&amp;Open my exercises folder</source>
        <translation>Map met &amp;mijn oefeningen openen</translation>
    </message>
    <message>
        <source>&amp;Play preview</source>
        <translation>Voorbeeld &amp;afspelen</translation>
    </message>
    <message>
        <source>A favourite (♥ in the prompt)</source>
        <translation>Een favoriet (♥ in het pauzevenster)</translation>
    </message>
    <message>
        <source>Body &amp;areas to include</source>
        <translation>&amp;Lichaamsdelen die meedoen</translation>
    </message>
    <message>
        <source>E&amp;xercises (untick one to never get it)</source>
        <translation>O&amp;efeningen (vink er een uit om hem nooit te krijgen)</translation>
    </message>
    <message>
        <source>Illustrations unavailable: %1</source>
        <translation>Afbeeldingen niet beschikbaar: %1</translation>
    </message>
    <message>
        <source>No exercises were found. Check the exercise files.</source>
        <translation>Geen oefeningen gevonden. Controleer de oefenbestanden.</translation>
    </message>
    <message>
        <source>Sto&amp;p preview</source>
        <translation>Voorbeeld sto&amp;ppen</translation>
    </message>
    <message>
        <source>Your own exercises are .toml files in this folder; they are loaded at the next start.</source>
        <translation>Je eigen oefeningen zijn .toml-bestanden in deze map; ze worden bij de volgende start geladen.</translation>
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
    <name>GeneralPage</name>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Fitting in with the rest of the desktop</source>
        <translation>Samenwerken met de rest van het bureaublad</translation>
    </message>
    <message>
        <source>General: %1</source>
        <translation>Algemeen: %1</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>&amp;Gegevensmap openen</translation>
    </message>
    <message>
        <source>Open s&amp;ettings folder</source>
        <translation>&amp;Instellingenmap openen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Start and notifications</source>
        <translation>Starten en meldingen</translation>
    </message>
    <message>
        <source>Start movebreak when I log &amp;in</source>
        <translation>movebreak starten bij &amp;aanmelden</translation>
    </message>
    <message>
        <source>Unknown time zone &apos;%1&apos;: use an IANA name such as Europe/Berlin</source>
        <translation>Onbekende tijdzone &apos;%1&apos;: gebruik een IANA-naam zoals Europe/Amsterdam</translation>
    </message>
    <message>
        <source>Where your settings and data live</source>
        <translation>Waar je instellingen en gegevens staan</translation>
    </message>
    <message>
        <source>e.g. zoom, obs</source>
        <translation>bijv. zoom, obs</translation>
    </message>
    <message>
        <source>empty: the system&apos;s zone</source>
        <translation>leeg: de tijdzone van het systeem</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>%1 min moved</source>
        <translation>%1 min bewogen</translation>
    </message>
    <message>
        <source>%1 missed while asleep or off</source>
        <translation>%1 gemist tijdens slaapstand of uit</translation>
    </message>
    <message>
        <source>%1 of %2 due completed (%3)</source>
        <translation>%1 van %2 geplande voltooid (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <translation>
            <numerusform>%n pauze</numerusform>
            <numerusform>%n pauzes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>No breaks logged in that range.</source>
        <translation>Geen pauzes bijgehouden in die periode.</translation>
    </message>
    <message>
        <source>No breaks logged yet (%1 does not exist).</source>
        <translation>Nog geen pauzes bijgehouden (%1 bestaat niet).</translation>
    </message>
    <message>
        <source>No breaks logged yet.</source>
        <translation>Nog geen pauzes bijgehouden.</translation>
    </message>
    <message>
        <source>exercises</source>
        <translation>oefeningen</translation>
    </message>
    <message>
        <source>length</source>
        <translation>duur</translation>
    </message>
    <message>
        <source>most skipped: %1</source>
        <translation>vaakst overgeslagen: %1</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>resultaat</translation>
    </message>
    <message>
        <source>streak: %1 (longest %2)</source>
        <translation>reeks: %1 (langste %2)</translation>
    </message>
    <message>
        <source>when</source>
        <translation>wanneer</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source> (newest %1 shown)</source>
        <translation> (nieuwste %1 getoond)</translation>
    </message>
    <message>
        <source>%1: none yet</source>
        <translation>%1: nog geen</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 dagen</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 dagen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; min moved</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; min bewogen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; missed while asleep or off</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; gemist tijdens slaapstand of uit</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 due breaks completed (&lt;b&gt;%3&lt;/b&gt;)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; van %2 geplande pauzes voltooid (&lt;b&gt;%3&lt;/b&gt;)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>All breaks</source>
        <translation>Alle pauzes</translation>
    </message>
    <message>
        <source>Body areas moved, last 7 days (minutes)</source>
        <translation>Bewogen lichaamsdelen, laatste 7 dagen (minuten)</translation>
    </message>
    <message>
        <source>Breaks are not being logged: the journal is read-only.</source>
        <translation>Pauzes worden niet bijgehouden: het logboek is alleen-lezen.</translation>
    </message>
    <message numerus="yes">
        <source>Breaks in the last %n days</source>
        <translation>
            <numerusform>Pauzes van de laatste dag</numerusform>
            <numerusform>Pauzes van de laatste %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>CSV-spreadsheet (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Exporteren naar %1 mislukt: %2</translation>
    </message>
    <message>
        <source>Days in a row with at least one routine completed. Days with no breaks due (weekends, days off) don&apos;t break a streak.</source>
        <translation>Dagen op rij met minstens één voltooide routine. Dagen zonder geplande pauzes (weekenden, vrije dagen) breken de reeks niet.</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Oefeningen</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Geschiedenis exporteren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n breaks to %1</source>
        <translation>
            <numerusform>%n pauze geëxporteerd naar %1</numerusform>
            <numerusform>%n pauzes geëxporteerd naar %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>Laatste 14 dagen</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n days</source>
        <translation>
            <numerusform>Reeks: %n dag</numerusform>
            <numerusform>Reeks: %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>longest %1</source>
        <translation>langste %1</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <source>most skipped: %1</source>
        <translation>vaakst overgeslagen: %1</translation>
    </message>
    <message>
        <source>movebreak — history</source>
        <translation>movebreak — geschiedenis</translation>
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
        <translation>%1. Pauzes worden pas weer bijgehouden als dit is opgelost.</translation>
    </message>
    <message>
        <source>Could not read the journal %1: %2.</source>
        <translation>Het logboek %1 kon niet worden gelezen: %2.</translation>
    </message>
    <message>
        <source>Could not save a break to %1: %2. Recent breaks may be missing from your history until this is fixed.</source>
        <translation>Een pauze kon niet worden opgeslagen in %1: %2. Tot dit is opgelost, kunnen recente pauzes in je geschiedenis ontbreken.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened for writing: %2</source>
        <translation>Het logboek %1 kan niet worden geopend om te schrijven: %2</translation>
    </message>
    <message>
        <source>The journal %1 cannot be written: %2</source>
        <translation>Er kan niet in het logboek %1 worden geschreven: %2</translation>
    </message>
    <message>
        <source>The journal %1 is damaged (%2) and could not be moved aside (%3). Breaks are not being logged.</source>
        <translation>Het logboek %1 is beschadigd (%2) en kon niet opzij worden gezet (%3). Pauzes worden niet bijgehouden.</translation>
    </message>
    <message>
        <source>The journal %1 was damaged and could not be read (%2). It was kept as %3 and a new journal was started.</source>
        <translation>Het logboek %1 was beschadigd en niet leesbaar (%2). Het is bewaard als %3 en er is een nieuw logboek begonnen.</translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer movebreak (schema %2; this version knows up to %3). History is shown, but breaks are not logged until you update movebreak.</source>
        <translation>Het logboek %1 is geschreven door een nieuwere movebreak (schema %2; deze versie kent tot %3). De geschiedenis is te zien, maar pauzes worden pas bijgehouden als je movebreak bijwerkt.</translation>
    </message>
    <message>
        <source>The journal folder %1 cannot be created: %2</source>
        <translation>De map van het logboek %1 kan niet worden aangemaakt: %2</translation>
    </message>
    <message>
        <source>another program holds it locked</source>
        <translation>een ander programma houdt het vergrendeld</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>toegang geweigerd</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>de schijf meldde een invoer-/uitvoerfout</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>het bestand is alleen-lezen</translation>
    </message>
    <message>
        <source>the file or its folder cannot be opened for writing</source>
        <translation>het bestand of de map ervan kan niet worden geopend om te schrijven</translation>
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
    <message>
        <source>Show the break</source>
        <translation>Pauze tonen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Nu beginnen</translation>
    </message>
    <message>
        <source>Stretch break in %1 min %2 s</source>
        <translation>Rekpauze over %1 min %2 s</translation>
    </message>
    <message numerus="yes">
        <source>Stretch break in %n min</source>
        <translation>
            <numerusform>Rekpauze over %n min</numerusform>
            <numerusform>Rekpauze over %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stretch break in %n s</source>
        <translation>
            <numerusform>Rekpauze over %n s</numerusform>
            <numerusform>Rekpauze over %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>Tijd om te bewegen</translation>
    </message>
</context>
<context>
    <name>Option</name>
    <message>
        <source>Announce breaks with a desktop notification.</source>
        <translation>Pauzes aankondigen met een bureaubladmelding.</translation>
    </message>
    <message>
        <source>Body areas never to suggest.</source>
        <translation>Lichaamsdelen die nooit worden voorgesteld.</translation>
    </message>
    <message>
        <source>Count time away from the keyboard as a natural break.</source>
        <translation>Tijd weg van het toetsenbord telt als een natuurlijke pauze.</translation>
    </message>
    <message>
        <source>Exercise ids never to suggest.</source>
        <translation>Oefening-ID&apos;s die nooit worden voorgesteld.</translation>
    </message>
    <message>
        <source>Exercise ids to suggest first where body areas allow.</source>
        <translation>Oefening-ID&apos;s die als eerste worden voorgesteld als de lichaamsdelen het toelaten.</translation>
    </message>
    <message>
        <source>Gaps shorter than this get no break.</source>
        <translation>Kortere ruimtes krijgen geen pauze.</translation>
    </message>
    <message>
        <source>Heads-up notification this long before a break (0 = off).</source>
        <translation>Zo lang vóór een pauze een vooraankondiging (0 = uit).</translation>
    </message>
    <message>
        <source>Hold breaks while a fullscreen window has focus.</source>
        <translation>Pauzes vasthouden zolang een venster op volledig scherm de focus heeft.</translation>
    </message>
    <message>
        <source>Hold breaks while any of these processes runs.</source>
        <translation>Pauzes vasthouden zolang een van deze processen draait.</translation>
    </message>
    <message>
        <source>Hold breaks while the microphone or the camera is in use (a call).</source>
        <translation>Pauzes vasthouden zolang de microfoon of de camera in gebruik is (een gesprek).</translation>
    </message>
    <message>
        <source>How long Snooze postpones a break.</source>
        <translation>Hoe lang &apos;Uitstellen&apos; een pauze verschuift.</translation>
    </message>
    <message>
        <source>How often URL calendars are fetched again.</source>
        <translation>Hoe vaak URL-agenda&apos;s opnieuw worden opgehaald.</translation>
    </message>
    <message>
        <source>Language of the windows and exercises (empty = system).</source>
        <translation>Taal van de vensters en oefeningen (leeg = systeem).</translation>
    </message>
    <message>
        <source>Longest free stretch without a break.</source>
        <translation>Langste vrije periode zonder pauze.</translation>
    </message>
    <message>
        <source>Longest routine.</source>
        <translation>Langste routine.</translation>
    </message>
    <message>
        <source>Minutes after a block ends before the break starts.</source>
        <translation>Minuten na het einde van een blok voordat de pauze begint.</translation>
    </message>
    <message>
        <source>Plan in this IANA zone instead of the system&apos;s (empty = system).</source>
        <translation>Plannen in deze IANA-tijdzone in plaats van die van het systeem (leeg = systeem).</translation>
    </message>
    <message>
        <source>Play a soft chime at the start and between exercises.</source>
        <translation>Een zacht belletje spelen aan het begin en tussen de oefeningen.</translation>
    </message>
    <message>
        <source>Routines you may skip a day; then Skip routine becomes Shorten to 1 min (0 = no limit).</source>
        <translation>Routines die je per dag mag overslaan; daarna wordt ‘Routine overslaan’ ‘Inkorten tot 1 min’ (0 = geen limiet).</translation>
    </message>
    <message>
        <source>Shortest routine.</source>
        <translation>Kortste routine.</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>completed</source>
        <translation>voltooid</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>gemist</translation>
    </message>
    <message>
        <source>natural break</source>
        <translation>natuurlijke pauze</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>niet bereikt</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>gedeeltelijk</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>getoond</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>uitgesteld</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>vastgehouden</translation>
    </message>
</context>
<context>
    <name>Pause</name>
    <message>
        <source>%1 days</source>
        <translation>%1 dagen</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 uur</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 uur %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>Breaks resumed.</source>
        <translation>Pauzes lopen weer.</translation>
    </message>
    <message>
        <source>Focus until %1; the break comes after it.</source>
        <translation>Focus tot %1; daarna komt de pauze.</translation>
    </message>
    <message>
        <source>Paused %1 (until %2 %3).</source>
        <translation>Gepauzeerd %1 (tot %2 %3).</translation>
    </message>
    <message>
        <source>Paused until %1 %2.</source>
        <translation>Gepauzeerd tot %1 %2.</translation>
    </message>
    <message>
        <source>a duration like 30m, 1h, 1h30m, 2d (up to 7d); &apos;until HH:MM&apos;; &apos;tomorrow&apos;; &apos;block&apos;; or &apos;off&apos;</source>
        <translation>een duur zoals 30m, 1h, 1h30m, 2d (tot 7d); &apos;until HH:MM&apos;; &apos;tomorrow&apos;; &apos;block&apos;; of &apos;off&apos;</translation>
    </message>
    <message>
        <source>a pause of %1 pauses nothing; to resume breaks use &apos;off&apos;; valid: %2</source>
        <translation>een onderbreking van %1 houdt niets tegen; gebruik &apos;off&apos; om pauzes te hervatten; geldig: %2</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>voor %1</translation>
    </message>
    <message>
        <source>invalid focus length %1; valid: 5m to 8h, e.g. 25m, 50m, 90m</source>
        <translation>ongeldige focusduur %1; geldig: 5m tot 8h, bijv. 25m, 50m, 90m</translation>
    </message>
    <message>
        <source>invalid pause %1; valid: %2</source>
        <translation>ongeldige onderbreking %1; geldig: %2</translation>
    </message>
    <message>
        <source>invalid time %1; valid: %2</source>
        <translation>ongeldige tijd %1; geldig: %2</translation>
    </message>
    <message>
        <source>there is no block going on right now</source>
        <translation>er loopt nu geen blok</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot %1</translation>
    </message>
    <message>
        <source>until the block ends</source>
        <translation>tot het blok afloopt</translation>
    </message>
    <message>
        <source>until tomorrow</source>
        <translation>tot morgen</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message numerus="yes">
        <source>%n blocks</source>
        <translation>
            <numerusform>%n blok</numerusform>
            <numerusform>%n blokken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <translation>
            <numerusform>%n pauze</numerusform>
            <numerusform>%n pauzes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan for %n days from %1 (%2)</source>
        <translation>
            <numerusform>Planning voor %n dag vanaf %1 (%2)</numerusform>
            <numerusform>Planning voor %n dagen vanaf %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>block</source>
        <translation>blok</translation>
    </message>
    <message>
        <source>break</source>
        <translation>pauze</translation>
    </message>
    <message>
        <source>no working hours</source>
        <translation>geen werktijd</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>niets gepland</translation>
    </message>
    <message>
        <source>warning: %1 (planning without the breaks taken today)</source>
        <translation>waarschuwing: %1 (gepland zonder de pauzes van vandaag)</translation>
    </message>
    <message>
        <source>warning: %1 (using the default)</source>
        <translation>waarschuwing: %1 (de standaard wordt gebruikt)</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message numerus="yes">
        <source>%1: %n breaks at %2</source>
        <translation>
            <numerusform>%1: %n pauze om %2</numerusform>
            <numerusform>%1: %n pauzes om %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no breaks.</source>
        <translation>%1: geen pauzes.</translation>
    </message>
    <message>
        <source>%1: not a working day.</source>
        <translation>%1: geen werkdag.</translation>
    </message>
    <message>
        <source>Plan preview timeline</source>
        <translation>Tijdlijn van het planvoorbeeld</translation>
    </message>
    <message>
        <source>Preview paused until every value is valid.</source>
        <translation>Voorbeeld gepauzeerd tot alle waarden geldig zijn.</translation>
    </message>
    <message>
        <source>Preview unavailable: %1</source>
        <translation>Voorbeeld niet beschikbaar: %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
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
        <translation>%1 (geldig: %2)</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1-items</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1, e.g. %2</source>
        <translation>%1, bijv. %2</translation>
    </message>
    <message>
        <source>Invalid range %1 - %2 is no time of day (00:00 to 24:00)</source>
        <translation>Ongeldig bereik %1 – %2 is geen tijdstip (00:00 tot 24:00)</translation>
    </message>
    <message>
        <source>Invalid range %1 - end must be after start</source>
        <translation>Ongeldig bereik %1 – het einde moet na het begin liggen</translation>
    </message>
    <message>
        <source>Invalid range %1 - not written as HH:MM-HH:MM (two-digit minutes)</source>
        <translation>Ongeldig bereik %1 – niet geschreven als HH:MM-HH:MM (minuten in twee cijfers)</translation>
    </message>
    <message>
        <source>Invalid range %1 - write a range as a quoted %2 string</source>
        <translation>Ongeldig bereik %1 – schrijf een bereik als tekst %2 tussen aanhalingstekens</translation>
    </message>
    <message>
        <source>Invalid value %1</source>
        <translation>Ongeldige waarde %1</translation>
    </message>
    <message>
        <source>Invalid value %1 - not a shipped language</source>
        <translation>Ongeldige waarde %1 – geen meegeleverde taal</translation>
    </message>
    <message>
        <source>Invalid value %1 - out of range</source>
        <translation>Ongeldige waarde %1 – buiten bereik</translation>
    </message>
    <message>
        <source>Invalid value %1 - unknown time zone</source>
        <translation>Ongeldige waarde %1 – onbekende tijdzone</translation>
    </message>
    <message>
        <source>Invalid value %1 - wrong type</source>
        <translation>Ongeldige waarde %1 – verkeerd type</translation>
    </message>
    <message>
        <source>Invalid value %1; did you mean %2?</source>
        <translation>Ongeldige waarde %1; bedoelde je %2?</translation>
    </message>
    <message>
        <source>Ranges overlap</source>
        <translation>Bereiken overlappen</translation>
    </message>
    <message>
        <source>SVG file %1 is %2 bytes, more than the %3 KB limit</source>
        <translation>SVG-bestand %1 is %2 bytes, meer dan de grens van %3 KB</translation>
    </message>
    <message>
        <source>SVG file %1 not found next to the TOML file</source>
        <translation>SVG-bestand %1 niet gevonden naast het TOML-bestand</translation>
    </message>
    <message>
        <source>TOML nested a few levels deep, see the README</source>
        <translation>TOML met enkele niveaus nesting, zie de README</translation>
    </message>
    <message>
        <source>TOML syntax, see the README</source>
        <translation>TOML-syntaxis, zie de README</translation>
    </message>
    <message>
        <source>TOML with [[exercise]] tables</source>
        <translation>TOML met [[exercise]]-tabellen</translation>
    </message>
    <message>
        <source>Unknown joint %1</source>
        <translation>Onbekend gewricht %1</translation>
    </message>
    <message>
        <source>Unknown key %1</source>
        <translation>Onbekende sleutel %1</translation>
    </message>
    <message>
        <source>Unknown key %1, ignored</source>
        <translation>Onbekende sleutel %1, genegeerd</translation>
    </message>
    <message>
        <source>Unknown key %1, ignored; did you mean %2?</source>
        <translation>Onbekende sleutel %1, genegeerd; bedoelde je %2?</translation>
    </message>
    <message>
        <source>Unknown pose key %1</source>
        <translation>Onbekende houdingssleutel %1</translation>
    </message>
    <message>
        <source>Unknown section %1, ignored</source>
        <translation>Onbekende sectie %1, genegeerd</translation>
    </message>
    <message>
        <source>Unknown section %1, ignored; did you mean %2?</source>
        <translation>Onbekende sectie %1, genegeerd; bedoelde je %2?</translation>
    </message>
    <message>
        <source>Unknown weekday %1</source>
        <translation>Onbekende weekdag %1</translation>
    </message>
    <message>
        <source>Unknown weekday %1; did you mean %2?</source>
        <translation>Onbekende weekdag %1; bedoelde je %2?</translation>
    </message>
    <message>
        <source>a UTF-8 TOML file under 1 MB</source>
        <translation>een UTF-8 TOML-bestand kleiner dan 1 MB</translation>
    </message>
    <message>
        <source>a list of %1 ranges, e.g. %2</source>
        <translation>een lijst van %1-bereiken, bijv. %2</translation>
    </message>
    <message>
        <source>a list of .svg file names, e.g. %1</source>
        <translation>een lijst van .svg-bestandsnamen, bijv. %1</translation>
    </message>
    <message>
        <source>a list of 1 to 6 short instructions</source>
        <translation>een lijst van 1 tot 6 korte aanwijzingen</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>een lijst van teksten</translation>
    </message>
    <message>
        <source>a list of strings, e.g. %1</source>
        <translation>een lijst van teksten, bijv. %1</translation>
    </message>
    <message>
        <source>a list of tables such as %1 (each overrides the base pose)</source>
        <translation>een lijst van tabellen zoals %1 (elk overschrijft de basishouding)</translation>
    </message>
    <message>
        <source>a list of: %1</source>
        <translation>een lijst uit: %1</translation>
    </message>
    <message>
        <source>a name of at most %1 characters</source>
        <translation>een naam van hoogstens %1 tekens</translation>
    </message>
    <message>
        <source>a non-empty list of: %1</source>
        <translation>een niet-lege lijst uit: %1</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>een niet-lege tekst</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <source>a path to an .ics file, or an http(s) URL</source>
        <translation>een pad naar een .ics-bestand, of een http(s)-URL</translation>
    </message>
    <message>
        <source>a step is %1 characters long</source>
        <translation>een stap is %1 tekens lang</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>een tekst</translation>
    </message>
    <message>
        <source>a table with view, base and frames, or with %1</source>
        <translation>een tabel met view, base en frames, of met %1</translation>
    </message>
    <message>
        <source>a time after %1</source>
        <translation>een tijd na %1</translation>
    </message>
    <message>
        <source>a whole number of minutes from %1 to %2</source>
        <translation>een geheel aantal minuten van %1 tot %2</translation>
    </message>
    <message>
        <source>a whole number of seconds from %1 to %2</source>
        <translation>een geheel aantal seconden van %1 tot %2</translation>
    </message>
    <message>
        <source>a whole number of skips from %1 to %2</source>
        <translation>een geheel aantal keer overslaan van %1 tot %2</translation>
    </message>
    <message>
        <source>an .svg file in %1</source>
        <translation>een .svg-bestand in %1</translation>
    </message>
    <message>
        <source>an .svg file of at most %1 KB</source>
        <translation>een .svg-bestand van hoogstens %1 KB</translation>
    </message>
    <message>
        <source>an IANA zone such as %1, or empty</source>
        <translation>een IANA-zone zoals %1, of leeg</translation>
    </message>
    <message>
        <source>an [[exercise]] table</source>
        <translation>een [[exercise]]-tabel</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>minstens %1</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>hoogstens %1 tekens</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>niet leesbaar: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>het bestand is niet leesbaar: %1</translation>
    </message>
    <message>
        <source>cannot read the journal: %1</source>
        <translation>het logboek kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>duplicate exercise id %1</source>
        <translation>dubbele oefening-id %1</translation>
    </message>
    <message>
        <source>duplicate exercise id %1; the first one is used</source>
        <translation>dubbele oefening-id %1; de eerste wordt gebruikt</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>bijv. %1</translation>
    </message>
    <message>
        <source>empty, or one of: %1</source>
        <translation>leeg, of een van: %1</translation>
    </message>
    <message>
        <source>end must be after start</source>
        <translation>het einde moet na het begin liggen</translation>
    </message>
    <message>
        <source>ids unique across your files</source>
        <translation>id’s die uniek zijn in al je bestanden</translation>
    </message>
    <message>
        <source>is %1 characters long</source>
        <translation>is %1 tekens lang</translation>
    </message>
    <message>
        <source>is %1, more than the %2 limit</source>
        <translation>is %1, meer dan de grens van %2</translation>
    </message>
    <message>
        <source>is a device, not a file</source>
        <translation>is een apparaat, geen bestand</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>is een map, geen bestand</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a file</source>
        <translation>is een named pipe (FIFO), geen bestand</translation>
    </message>
    <message>
        <source>is a socket, not a file</source>
        <translation>is een socket, geen bestand</translation>
    </message>
    <message>
        <source>is missing or not a table</source>
        <translation>ontbreekt of is geen tabel</translation>
    </message>
    <message>
        <source>is more than the %1 limit</source>
        <translation>is groter dan de grens van %1</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>is geen gewoon bestand</translation>
    </message>
    <message>
        <source>is not valid TOML: %1</source>
        <translation>is geen geldige TOML: %1</translation>
    </message>
    <message>
        <source>is not valid TOML: arrays or tables nest too deeply</source>
        <translation>is geen geldige TOML: arrays of tabellen zijn te diep genest</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>moet een tabel zijn</translation>
    </message>
    <message>
        <source>must be a table of weekdays</source>
        <translation>moet een tabel van weekdagen zijn</translation>
    </message>
    <message>
        <source>must be an array of tables</source>
        <translation>moet een array van tabellen zijn</translation>
    </message>
    <message>
        <source>needs at least two keyframes</source>
        <translation>heeft minstens twee sleutelbeelden nodig</translation>
    </message>
    <message>
        <source>needs exactly one of %1 or %2</source>
        <translation>heeft precies één van %1 of %2 nodig</translation>
    </message>
    <message>
        <source>no [[exercise]] tables found</source>
        <translation>geen [[exercise]]-tabellen gevonden</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>bestand bestaat niet</translation>
    </message>
    <message>
        <source>not saved: it is not a regular file</source>
        <translation>niet opgeslagen: het is geen gewoon bestand</translation>
    </message>
    <message>
        <source>not saved: the file is not valid TOML (%1) and would be lost; fix or move it first, or save a fresh file (the old one is kept as .bak)</source>
        <translation>niet opgeslagen: het bestand is geen geldige TOML (%1) en zou verloren gaan; herstel of verplaats het eerst, of sla een nieuw bestand op (het oude blijft als .bak)</translation>
    </message>
    <message>
        <source>not saved: the file is not valid TOML and would be lost; fix or move it first, or save a fresh file (the old one is kept as .bak)</source>
        <translation>niet opgeslagen: het bestand is geen geldige TOML en zou verloren gaan; herstel of verplaats het eerst, of sla een nieuw bestand op (het oude blijft als .bak)</translation>
    </message>
    <message>
        <source>not saved: the file there cannot be read (%1) and would be lost; fix or move it first, or save a fresh file (the old one is kept as .bak)</source>
        <translation>niet opgeslagen: het bestaande bestand is niet leesbaar (%1) en zou verloren gaan; herstel of verplaats het eerst, of sla een nieuw bestand op (het oude blijft als .bak)</translation>
    </message>
    <message>
        <source>not valid TOML: %1</source>
        <translation>geen geldige TOML: %1</translation>
    </message>
    <message>
        <source>not valid TOML: arrays or tables nest too deeply</source>
        <translation>geen geldige TOML: arrays of tabellen zijn te diep genest</translation>
    </message>
    <message>
        <source>one or more [[exercise]] tables</source>
        <translation>een of meer [[exercise]]-tabellen</translation>
    </message>
    <message>
        <source>ranges that do not overlap</source>
        <translation>bereiken die niet overlappen</translation>
    </message>
    <message>
        <source>routine_max (%1) is below routine_min (%2)</source>
        <translation>routine_max (%1) is kleiner dan routine_min (%2)</translation>
    </message>
    <message>
        <source>steps of at most %1 characters</source>
        <translation>stappen van hoogstens %1 tekens</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true of false</translation>
    </message>
    <message>
        <source>up to %1 lower-case letters, digits and &apos;-&apos;, e.g. %2</source>
        <translation>tot %1 kleine letters, cijfers en &apos;-&apos;, bijv. %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>waarschuwing: %1</translation>
    </message>
    <message>
        <source>weekdays such as %1 or %2</source>
        <translation>weekdagen zoals %1 of %2</translation>
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
        <source>Don&apos;t show this again</source>
        <translation>Niet meer tonen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favoriet</translation>
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
        <source>Never suggest this exercise; undo it in Settings ▸ Exercises (H)</source>
        <translation>Deze oefening nooit meer voorstellen; terugdraaien in Instellingen ▸ Oefeningen (H)</translation>
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
        <source>Shorten to 1 min</source>
        <translation>Inkorten tot 1 min</translation>
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
        <source>Suggest this exercise more often (F)</source>
        <translation>Deze oefening vaker voorstellen (F)</translation>
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
    <name>Reason</name>
    <message>
        <source>after-block</source>
        <translation>na een blok</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>ruimte</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>handmatig</translation>
    </message>
    <message>
        <source>sitting-limit</source>
        <translation>zitlimiet</translation>
    </message>
    <message>
        <source>snooze</source>
        <translation>uitgesteld</translation>
    </message>
</context>
<context>
    <name>Remote</name>
    <message>
        <source>A break is already on screen.</source>
        <translation>Er staat al een pauze op het scherm.</translation>
    </message>
    <message>
        <source>Break started: %1</source>
        <translation>Pauze gestart: %1</translation>
    </message>
    <message>
        <source>No break is on screen.</source>
        <translation>Er staat geen pauze op het scherm.</translation>
    </message>
    <message>
        <source>Opened the break.</source>
        <translation>Pauze geopend.</translation>
    </message>
    <message>
        <source>Opened the history.</source>
        <translation>Geschiedenis geopend.</translation>
    </message>
    <message>
        <source>Opened the settings.</source>
        <translation>Instellingen geopend.</translation>
    </message>
    <message>
        <source>movebreak is already running.</source>
        <translation>movebreak draait al.</translation>
    </message>
    <message>
        <source>movebreak is already running.
%1</source>
        <translation>movebreak draait al.
%1</translation>
    </message>
    <message>
        <source>movebreak is not running. Start it with `movebreak` (or `make run`).</source>
        <translation>movebreak draait niet. Start het met `movebreak` (of `make run`).</translation>
    </message>
    <message>
        <source>movebreak is quitting.</source>
        <translation>movebreak wordt afgesloten.</translation>
    </message>
    <message>
        <source>movebreak is running but does not answer (stopped or busy). `kill -CONT` it, or end it and start it again.</source>
        <translation>movebreak draait maar antwoordt niet (gestopt of bezig). Hervat het met `kill -CONT`, of sluit het af en start het opnieuw.</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>onbekende opdracht %1</translation>
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
    <message>
        <source>Just one minute this time</source>
        <translation>Deze keer maar één minuut</translation>
    </message>
    <message>
        <source>Just one minute: you have been sitting for %1</source>
        <translation>Maar één minuut: je zit al %1</translation>
    </message>
    <message>
        <source>Just one minute: you have been sitting for at least %1</source>
        <translation>Maar één minuut: je zit al minstens %1</translation>
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
    <name>SchedulePage</name>
    <message>
        <source>%1 and %2 overlap</source>
        <translation>%1 en %2 overlappen</translation>
    </message>
    <message numerus="yes">
        <source>%n events count as blocks in the tested period.</source>
        <translation>
            <numerusform>%n afspraak telt als blok in de geteste periode.</numerusform>
            <numerusform>%n afspraken tellen als blok in de geteste periode.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add block</source>
        <translation>Blok &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Friday</source>
        <translation>V&amp;rijdag</translation>
    </message>
    <message>
        <source>&amp;Monday</source>
        <translation>&amp;Maandag</translation>
    </message>
    <message>
        <source>&amp;Wednesday</source>
        <translation>&amp;Woensdag</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a range; write HH:MM-HH:MM, e.g. 09:00-17:30</source>
        <translation>&apos;%1&apos; is geen bereik; schrijf HH:MM-HH:MM, bijv. 09:00-17:30</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: end must be after start</source>
        <translation>&apos;%1&apos;: het einde moet na het begin liggen</translation>
    </message>
    <message>
        <source>Add UR&amp;L</source>
        <translation>UR&amp;L toevoegen</translation>
    </message>
    <message>
        <source>Add a calendar file</source>
        <translation>Een agendabestand toevoegen</translation>
    </message>
    <message>
        <source>Add f&amp;ile…</source>
        <translation>Best&amp;and toevoegen…</translation>
    </message>
    <message>
        <source>Block %1: %2</source>
        <translation>Blok %1: %2</translation>
    </message>
    <message>
        <source>Calendar %1: %2</source>
        <translation>Agenda %1: %2</translation>
    </message>
    <message>
        <source>Calendar sources</source>
        <translation>Agendabronnen</translation>
    </message>
    <message>
        <source>Calendars (their busy events are blocks too)</source>
        <translation>Agenda&apos;s (hun bezette afspraken zijn ook blokken)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Deep-work blocks</source>
        <translation>Deep-workblokken</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>Du&amp;pliceren</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Leave &apos;Only events containing&apos; empty to count every busy event; or list words (summary or category), e.g. Focus, Deep work.</source>
        <translation>Laat &apos;Alleen afspraken met&apos; leeg om elke bezette afspraak te tellen, of noem woorden (titel of categorie), bijv. Focus, Deep work.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aan</translation>
    </message>
    <message>
        <source>Only events containing</source>
        <translation>Alleen afspraken met</translation>
    </message>
    <message>
        <source>Plan preview: today and tomorrow</source>
        <translation>Planvoorbeeld: vandaag en morgen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Remove &amp;calendar</source>
        <translation>A&amp;genda verwijderen</translation>
    </message>
    <message>
        <source>Sa&amp;turday</source>
        <translation>Zater&amp;dag</translation>
    </message>
    <message>
        <source>Select a calendar to test.</source>
        <translation>Kies een agenda om te testen.</translation>
    </message>
    <message>
        <source>Several ranges are separated by commas: 09:00-12:30, 13:30-17:30</source>
        <translation>Scheid meerdere bereiken met komma&apos;s: 09:00-12:30, 13:30-17:30</translation>
    </message>
    <message>
        <source>Source (file or URL)</source>
        <translation>Bron (bestand of URL)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Su&amp;nday</source>
        <translation>&amp;Zondag</translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation>T&amp;esten</translation>
    </message>
    <message>
        <source>T&amp;uesday</source>
        <translation>D&amp;insdag</translation>
    </message>
    <message>
        <source>Test failed: %1</source>
        <translation>Test mislukt: %1</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 testen…</translation>
    </message>
    <message>
        <source>Thu&amp;rsday</source>
        <translation>Do&amp;nderdag</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Using the cached copy, %1 old.</source>
        <translation>De bewaarde kopie wordt gebruikt (%1 oud).</translation>
    </message>
    <message>
        <source>Weekly deep-work blocks (never interrupted)</source>
        <translation>Wekelijkse deep-workblokken (nooit onderbroken)</translation>
    </message>
    <message>
        <source>Working hours (no break is planned outside them)</source>
        <translation>Werktijd (daarbuiten worden geen pauzes gepland)</translation>
    </message>
    <message>
        <source>Working hours, %1: %2</source>
        <translation>Werktijd, %1: %2</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>vrij</translation>
    </message>
    <message>
        <source>days &apos;%1&apos;: use weekdays such as mon-fri or mon, wed</source>
        <translation>dagen &apos;%1&apos;: gebruik dagen zoals mon-fri of mon, wed</translation>
    </message>
    <message>
        <source>end &apos;%1&apos;: use HH:MM</source>
        <translation>einde &apos;%1&apos;: gebruik HH:MM</translation>
    </message>
    <message>
        <source>end must be after start</source>
        <translation>het einde moet na het begin liggen</translation>
    </message>
    <message>
        <source>enter the path of an .ics file or an http(s) URL</source>
        <translation>vul het pad van een .ics-bestand of een http(s)-URL in</translation>
    </message>
    <message>
        <source>start &apos;%1&apos;: use HH:MM</source>
        <translation>begin &apos;%1&apos;: gebruik HH:MM</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>%1: %2 %3 is above the maximum; use %4 to %5 %3</source>
        <translation>%1: %2 %3 ligt boven het maximum; gebruik %4 tot %5 %3</translation>
    </message>
    <message>
        <source>%1: %2 %3 is below the minimum; use %4 to %5 %3</source>
        <translation>%1: %2 %3 ligt onder het minimum; gebruik %4 tot %5 %3</translation>
    </message>
    <message>
        <source>&amp;After a block ends, wait</source>
        <translation>&amp;Na het einde van een blok wachten</translation>
    </message>
    <message>
        <source>&amp;Heads-up before a break</source>
        <translation>&amp;Vooraankondiging vóór een pauze</translation>
    </message>
    <message>
        <source>&amp;Longest routine</source>
        <translation>&amp;Langste routine</translation>
    </message>
    <message>
        <source>Announce breaks with a desktop &amp;notification</source>
        <translation>Pauzes aankondigen met een bureaublad&amp;melding</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pauzes</translation>
    </message>
    <message>
        <source>Count time away from the keyboard as a &amp;break</source>
        <translation>Tijd weg van het toetsenbord telt als een &amp;pauze</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Oefeningen</translation>
    </message>
    <message>
        <source>Fetch &amp;URL calendars every</source>
        <translation>&amp;URL-agenda&apos;s ophalen elke</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Hold breaks during a call (&amp;microphone or camera in use)</source>
        <translation>Pauzes vasthouden tijdens een gesprek (microfoon of &amp;camera in gebruik)</translation>
    </message>
    <message>
        <source>Hold breaks while a &amp;fullscreen window has focus</source>
        <translation>Pauzes vasthouden als een venster op &amp;volledig scherm de focus heeft</translation>
    </message>
    <message>
        <source>Hold breaks while these &amp;programs run</source>
        <translation>Pauzes vasthouden als &amp;deze programma&apos;s draaien</translation>
    </message>
    <message>
        <source>Longest stretch &amp;without a break</source>
        <translation>Langste periode &amp;zonder pauze</translation>
    </message>
    <message>
        <source>Plan in &amp;time zone</source>
        <translation>P&amp;lannen in tijdzone</translation>
    </message>
    <message>
        <source>Play a soft &amp;chime at the start and between exercises</source>
        <translation>Een zacht &amp;belletje spelen aan het begin en tussen de oefeningen</translation>
    </message>
    <message>
        <source>Routines to s&amp;kip a day</source>
        <translation>Routines om per &amp;dag over te slaan</translation>
    </message>
    <message>
        <source>S&amp;nooze postpones by</source>
        <translation>&amp;Uitstellen verschuift met</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Sh&amp;ortest routine</source>
        <translation>Kortste &amp;routine</translation>
    </message>
    <message>
        <source>Skip &amp;gaps shorter than</source>
        <translation>Ruimtes &amp;korter dan dit overslaan</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
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
            <numerusform> (en nog %n)</numerusform>
            <numerusform> (en nog %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems in your config file. Those values use their defaults until you fix them here or in the file (saving replaces them; the old file is kept as .bak):</source>
        <translation>
            <numerusform>%n probleem in je configuratiebestand. Die waarden gebruiken hun standaard tot je ze hier of in het bestand herstelt (opslaan vervangt ze; het oude bestand blijft bewaard als .bak):</numerusform>
            <numerusform>%n problemen in je configuratiebestand. Die waarden gebruiken hun standaard tot je ze hier of in het bestand herstelt (opslaan vervangt ze; het oude bestand blijft bewaard als .bak):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown keys or sections in your config file: kept there, and ignored (a typo, or written by a newer movebreak?):</source>
        <translation>
            <numerusform>%n onbekende sleutel of sectie in je configuratiebestand: blijft staan en wordt genegeerd (een typfout, of geschreven door een nieuwere movebreak?):</numerusform>
            <numerusform>%n onbekende sleutels of secties in je configuratiebestand: blijven staan en worden genegeerd (een typfout, of geschreven door een nieuwere movebreak?):</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
    <message>
        <source>Discard them, or keep editing?</source>
        <translation>Weggooien of verder bewerken?</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save a fresh file</source>
        <translation>Opslaan als nieuw bestand</translation>
    </message>
    <message>
        <source>Save your changes to the settings?</source>
        <translation>Je wijzigingen in de instellingen opslaan?</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Opgeslagen in %1</translation>
    </message>
    <message>
        <source>Saved, but starting at login could not be changed:</source>
        <translation>Opgeslagen, maar starten bij aanmelden kon niet worden gewijzigd:</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Instellingenpagina&apos;s</translation>
    </message>
    <message>
        <source>They go to %1.</source>
        <translation>Ze gaan naar %1.</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Niet-opgeslagen instellingen</translation>
    </message>
    <message>
        <source>Write your settings to a new file; the old one is kept as .bak</source>
        <translation>Schrijft je instellingen naar een nieuw bestand; het oude blijft bewaard als .bak</translation>
    </message>
    <message>
        <source>Your changes are not valid, so they cannot be saved.</source>
        <translation>Je wijzigingen zijn ongeldig en kunnen niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>Your settings were not saved:</source>
        <translation>Je instellingen zijn niet opgeslagen:</translation>
    </message>
    <message>
        <source>could not be written: %1</source>
        <translation>kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>movebreak settings</source>
        <translation>movebreak-instellingen</translation>
    </message>
    <message>
        <source>start at login</source>
        <translation>starten bij aanmelden</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (run movebreak check-config)</source>
        <translation>
            <numerusform>… en nog %n (voer movebreak check-config uit)</numerusform>
            <numerusform>… en nog %n (voer movebreak check-config uit)</numerusform>
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
        <source>Away from the keyboard since %1</source>
        <translation>Niet achter het toetsenbord sinds %1</translation>
    </message>
    <message>
        <source>Focus until %1</source>
        <translation>Focus tot %1</translation>
    </message>
    <message>
        <source>Last moved %1 ago</source>
        <translation>Laatst bewogen %1 geleden</translation>
    </message>
    <message>
        <source>Last moved %1 ago, at %2</source>
        <translation>Laatst bewogen %1 geleden, om %2</translation>
    </message>
    <message>
        <source>Last moved over %1 ago</source>
        <translation>Laatst bewogen meer dan %1 geleden</translation>
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
        <translation>vr</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>zo</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;Afternoons, 14:00–16:00, Monday to Thursday</source>
        <translation>&amp;Middagen, 14:00–16:00, maandag tot en met donderdag</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Klaar</translation>
    </message>
    <message>
        <source>&amp;Import a calendar…</source>
        <translation>Agenda &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;Mornings, 09:00–11:00, Monday to Friday</source>
        <translation>&amp;Ochtenden, 09:00–11:00, maandag tot en met vrijdag</translation>
    </message>
    <message>
        <source>Calendar: </source>
        <translation>Agenda: </translation>
    </message>
    <message>
        <source>I &amp;work from</source>
        <translation>Ik &amp;werk van</translation>
    </message>
    <message>
        <source>Import a calendar</source>
        <translation>Een agenda importeren</translation>
    </message>
    <message>
        <source>The end of the working day must be after its start.</source>
        <translation>Het einde van de werkdag moet na het begin liggen.</translation>
    </message>
    <message>
        <source>Tick at least one working day.</source>
        <translation>Vink minstens één werkdag aan.</translation>
    </message>
    <message>
        <source>Tick what fits; breaks will never land inside these blocks.</source>
        <translation>Vink aan wat past; pauzes vallen nooit in deze blokken.</translation>
    </message>
    <message>
        <source>W&amp;ednesday mornings, 09:00–12:30 (a no-meeting half day)</source>
        <translation>Woensdagocht&amp;end, 09:00–12:30 (een halve dag zonder overleg)</translation>
    </message>
    <message>
        <source>Welcome to movebreak</source>
        <translation>Welkom bij movebreak</translation>
    </message>
    <message>
        <source>When do you do deep work?</source>
        <translation>Wanneer doe je geconcentreerd werk?</translation>
    </message>
    <message>
        <source>You can change all of this, and more, in the settings later. Closing this window keeps the defaults.</source>
        <translation>Je kunt dit allemaal, en meer, later in de instellingen wijzigen. Sluit je dit venster, dan blijven de standaarden.</translation>
    </message>
    <message>
        <source>Your working hours</source>
        <translation>Je werktijd</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar-bestanden (*.ics);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>movebreak plans short, illustrated stretching breaks into the gaps between your deep-work blocks, and never interrupts them.</source>
        <translation>movebreak plant korte, geïllustreerde rekpauzes in de ruimtes tussen je deep-workblokken en onderbreekt ze nooit.</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;tot</translation>
    </message>
</context>
</TS>
