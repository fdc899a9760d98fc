<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>App</name>
    <message numerus="yes">
        <source>%n exercise file problems; those exercises were skipped. First: %1</source>
        <translation>
            <numerusform>%n problem w pliku ćwiczeń; te ćwiczenia pominięto. Pierwszy: %1</numerusform>
            <numerusform>%n problemy w plikach ćwiczeń; te ćwiczenia pominięto. Pierwszy: %1</numerusform>
            <numerusform>%n problemów w plikach ćwiczeń; te ćwiczenia pominięto. Pierwszy: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>History is unavailable: the data folder is not writable.</source>
        <translation>Historia jest niedostępna: folder danych nie pozwala na zapis.</translation>
    </message>
    <message>
        <source>No system tray was found, so movebreak runs without an icon. Breaks still appear. Use `movebreak status`, `movebreak break-now`, `movebreak pause 30m`, `movebreak show settings`, `movebreak show history` and `movebreak quit`.</source>
        <translation>Nie znaleziono zasobnika systemowego, więc movebreak działa bez ikony. Przerwy nadal się pojawiają. Użyj `movebreak status`, `movebreak break-now`, `movebreak pause 30m`, `movebreak show settings`, `movebreak show history` i `movebreak quit`.</translation>
    </message>
    <message>
        <source>Not saved: config.toml has problems; fix them first (movebreak check-config).</source>
        <translation>Nie zapisano: config.toml zawiera problemy; najpierw je popraw (movebreak check-config).</translation>
    </message>
    <message>
        <source>The data folder %1 is not writable (%2). Breaks still appear, but nothing is logged. Fix its permissions or set MOVEBREAK_DATA_DIR.</source>
        <translation>Nie można zapisywać w folderze danych %1 (%2). Przerwy nadal się pojawiają, ale nic nie jest zapisywane. Popraw jego uprawnienia albo ustaw MOVEBREAK_DATA_DIR.</translation>
    </message>
    <message>
        <source>The settings window is not available yet. Edit %1 (every key is in docs/config.md); `movebreak check-config` validates it.</source>
        <translation>Okno ustawień nie jest jeszcze dostępne. Edytuj %1 (każdy klucz jest opisany w docs/config.md); `movebreak check-config` go sprawdzi.</translation>
    </message>
    <message>
        <source>Your choice was not saved: %1</source>
        <translation>Twój wybór nie został zapisany: %1</translation>
    </message>
    <message>
        <source>Your config file cannot be read; movebreak runs on its defaults. The file was not changed.</source>
        <translation>Nie można odczytać pliku konfiguracji; movebreak używa wartości domyślnych. Plik nie został zmieniony.</translation>
    </message>
    <message numerus="yes">
        <source>Your config has %n unknown keys or sections; movebreak ignores them. The file was not changed.</source>
        <translation>
            <numerusform>Konfiguracja zawiera %n nieznany klucz lub sekcję; movebreak go pomija. Plik nie został zmieniony.</numerusform>
            <numerusform>Konfiguracja zawiera %n nieznane klucze lub sekcje; movebreak je pomija. Plik nie został zmieniony.</numerusform>
            <numerusform>Konfiguracja zawiera %n nieznanych kluczy lub sekcji; movebreak je pomija. Plik nie został zmieniony.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your config has problems; movebreak runs on defaults for the wrong values and ignores the unknown keys. The file was not changed.</source>
        <translation>Konfiguracja zawiera problemy; zamiast błędnych wartości movebreak używa domyślnych, a nieznane klucze pomija. Plik nie został zmieniony.</translation>
    </message>
    <message>
        <source>Your config has problems; movebreak runs on defaults for those keys. The file was not changed.</source>
        <translation>Konfiguracja zawiera problemy; dla tych kluczy movebreak używa wartości domyślnych. Plik nie został zmieniony.</translation>
    </message>
    <message>
        <source>cannot open the control socket %1: %2. This instance runs, but `movebreak status`, `pause` and the others cannot reach it.</source>
        <translation>nie można otworzyć gniazda sterującego %1: %2. movebreak działa, ale `movebreak status`, `pause` i inne polecenia nie mogą się z nim połączyć.</translation>
    </message>
    <message>
        <source>movebreak: calendar problem</source>
        <translation>movebreak: problem z kalendarzem</translation>
    </message>
    <message>
        <source>no desktop session: WAYLAND_DISPLAY names %1, which does not exist (the compositor ended, or XDG_RUNTIME_DIR is not the session&apos;s), and DISPLAY is not set.</source>
        <translation>brak sesji pulpitu: WAYLAND_DISPLAY wskazuje %1, który nie istnieje (kompozytor się zakończył albo XDG_RUNTIME_DIR nie należy do sesji), a DISPLAY nie jest ustawione.</translation>
    </message>
    <message>
        <source>no desktop session: neither WAYLAND_DISPLAY nor DISPLAY is set. movebreak is a tray app and needs a graphical session; start it from your desktop (or its autostart). Over SSH, `movebreak status`, `plan` and `history` work without one.</source>
        <translation>brak sesji pulpitu: nie ustawiono ani WAYLAND_DISPLAY, ani DISPLAY. movebreak działa w zasobniku systemowym i potrzebuje sesji graficznej; uruchom go z pulpitu (albo przez autostart). Przez SSH `movebreak status`, `plan` i `history` działają bez niej.</translation>
    </message>
    <message>
        <source>skipped exercise: %1</source>
        <translation>pominięto ćwiczenie: %1</translation>
    </message>
</context>
<context>
    <name>BodyArea</name>
    <message>
        <source>eyes</source>
        <translation>oczy</translation>
    </message>
    <message>
        <source>hips</source>
        <translation>biodra</translation>
    </message>
    <message>
        <source>legs</source>
        <translation>nogi</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>dolna część pleców</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>szyja</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>ramiona</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>górna część pleców</translation>
    </message>
    <message>
        <source>wrists &amp; hands</source>
        <translation>nadgarstki i dłonie</translation>
    </message>
</context>
<context>
    <name>BreaksPage</name>
    <message>
        <source>A break is planned in each free gap of your working hours, never inside a block. Its length fits the gap, between the shortest and longest routine.</source>
        <translation>Przerwa jest planowana w każdej wolnej luce w godzinach pracy, nigdy w bloku. Jej długość pasuje do luki, między najkrótszym a najdłuższym zestawem.</translation>
    </message>
    <message>
        <source>Breaks: longest routine %1</source>
        <translation>Przerwy: najdłuższy zestaw %1</translation>
    </message>
    <message>
        <source>How breaks are announced</source>
        <translation>Jak ogłaszane są przerwy</translation>
    </message>
    <message>
        <source>Longest routine %1</source>
        <translation>Najdłuższy zestaw %1</translation>
    </message>
    <message>
        <source>When breaks happen</source>
        <translation>Kiedy są przerwy</translation>
    </message>
    <message numerus="yes">
        <source>must be at least the shortest routine (%n min)</source>
        <translation>
            <numerusform>musi trwać co najmniej tyle co najkrótszy zestaw (%n min)</numerusform>
            <numerusform>musi trwać co najmniej tyle co najkrótszy zestaw (%n min)</numerusform>
            <numerusform>musi trwać co najmniej tyle co najkrótszy zestaw (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>bez limitu</translation>
    </message>
    <message>
        <source>off</source>
        <translation>wył.</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>25m, 50m, 90m ...</source>
        <translation>25m, 50m, 90m…</translation>
    </message>
    <message>
        <source>List the journaled breaks with their exercises and outcomes, and a summary (completion rate, streak, minutes moved). Dates are local days, inclusive.</source>
        <translation>Zapisane przerwy z ćwiczeniami i wynikami oraz podsumowanie (odsetek ukończonych, seria, minuty ruchu). Daty to dni lokalne, włącznie.</translation>
    </message>
    <message>
        <source>Short mobility routines planned into the gaps between your deep-work blocks.</source>
        <translation>Krótkie zestawy ruchowe planowane w przerwach między blokami skupionej pracy.</translation>
    </message>
    <message>
        <source>Show the blocks (weekly rules + calendars) and the break slots planned into the gaps between them. Without --from: today, from now on.</source>
        <translation>Pokazuje bloki (reguły tygodniowe + kalendarze) i przerwy zaplanowane w lukach między nimi. Bez --from: dziś, od teraz.</translation>
    </message>
    <message>
        <source>Validate a movebreak config file. Every problem is listed with its line, what is wrong and what would be valid. Unknown keys and sections are warnings with a &apos;did you mean&apos; (a newer movebreak may have written them): exit 0 unless --strict. A wrong value exits 2.</source>
        <translation>Sprawdza plik konfiguracji movebreak. Każdy problem jest podany z wierszem, opisem błędu i poprawnymi wartościami. Nieznane klucze i sekcje to ostrzeżenia z podpowiedzią „czy chodziło o” (mógł je zapisać nowszy movebreak): kod wyjścia 0, chyba że z --strict. Błędna wartość daje kod 2.</translation>
    </message>
    <message>
        <source>a manual deep-work block; the break comes when it ends</source>
        <translation>ręczny blok skupionej pracy; przerwa przyjdzie po jego końcu</translation>
    </message>
    <message>
        <source>add an .ics file or http(s) URL as a calendar source (repeatable)</source>
        <translation>dodaj plik .ics lub adres URL http(s) jako źródło kalendarza (można powtarzać)</translation>
    </message>
    <message>
        <source>first day to include (default: all)</source>
        <translation>pierwszy uwzględniony dzień (domyślnie: wszystkie)</translation>
    </message>
    <message>
        <source>first day to plan, whole days (default: today, from now on)</source>
        <translation>pierwszy dzień planu, całe dni (domyślnie: dziś, od teraz)</translation>
    </message>
    <message>
        <source>hold breaks for a while; every pause ends by itself</source>
        <translation>wstrzymaj przerwy na jakiś czas; każde wstrzymanie kończy się samo</translation>
    </message>
    <message>
        <source>last day to include (default: today)</source>
        <translation>ostatni uwzględniony dzień (domyślnie: dziś)</translation>
    </message>
    <message>
        <source>log debug messages to stderr</source>
        <translation>wypisuj komunikaty debugowania na stderr</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>wyjście do odczytu maszynowego</translation>
    </message>
    <message>
        <source>number of days to plan, 1 to %1 (default: 1)</source>
        <translation>liczba dni planu, od 1 do %1 (domyślnie: 1)</translation>
    </message>
    <message>
        <source>open a window of the running app</source>
        <translation>otwórz okno działającej aplikacji</translation>
    </message>
    <message>
        <source>plan in this IANA zone (default: the config&apos;s, else the system&apos;s)</source>
        <translation>planuj w tej strefie IANA (domyślnie: z konfiguracji, a bez niej systemowa)</translation>
    </message>
    <message>
        <source>quit the running app</source>
        <translation>zamknij działającą aplikację</translation>
    </message>
    <message>
        <source>show the breaks you took and the exercises you did</source>
        <translation>pokaż twoje przerwy i wykonane ćwiczenia</translation>
    </message>
    <message>
        <source>show the deep-work blocks and the breaks planned between them</source>
        <translation>pokaż bloki skupionej pracy i przerwy zaplanowane między nimi</translation>
    </message>
    <message>
        <source>show the next break and any pause</source>
        <translation>pokaż następną przerwę i ewentualne wstrzymanie</translation>
    </message>
    <message>
        <source>start a break now in the running app</source>
        <translation>zacznij teraz przerwę w działającej aplikacji</translation>
    </message>
    <message>
        <source>table for people (default), csv for spreadsheets, json for scripts</source>
        <translation>table dla ludzi (domyślnie), csv dla arkuszy, json dla skryptów</translation>
    </message>
    <message>
        <source>table for people (default), json for scripts</source>
        <translation>table dla ludzi (domyślnie), json dla skryptów</translation>
    </message>
    <message>
        <source>the config file to check (default: --config, or the user&apos;s config file)</source>
        <translation>plik konfiguracji do sprawdzenia (domyślnie: --config albo plik użytkownika)</translation>
    </message>
    <message>
        <source>treat warnings (unknown keys and sections) as errors: exit 2</source>
        <translation>traktuj ostrzeżenia (nieznane klucze i sekcje) jako błędy: kod 2</translation>
    </message>
    <message>
        <source>use this config file instead of the user&apos;s</source>
        <translation>użyj tego pliku konfiguracji zamiast pliku użytkownika</translation>
    </message>
    <message>
        <source>validate a config file and report every problem (exit 0 if usable, 2 if not)</source>
        <translation>sprawdź plik konfiguracji i zgłoś każdy problem (kod 0, jeśli nadaje się do użycia, w przeciwnym razie 2)</translation>
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
        <translation>%1 występuje %2 razy w planowanych dniach, więcej niż %3; pominięto</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: nie ma takiego pliku</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: to nie jest zwykły plik</translation>
    </message>
    <message>
        <source>%1; event skipped</source>
        <translation>%1; pominięto wydarzenie</translation>
    </message>
    <message>
        <source>%1; ignored</source>
        <translation>%1; pominięto</translation>
    </message>
    <message>
        <source>%1; using the cached copy, %2 old</source>
        <translation>%1; używana jest zapisana kopia (sprzed %2)</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(bez tytułu)</translation>
    </message>
    <message>
        <source>DTEND at or after DTSTART</source>
        <translation>DTEND równe DTSTART lub późniejsze</translation>
    </message>
    <message>
        <source>END:%1 without its BEGIN</source>
        <translation>END:%1 bez odpowiadającego BEGIN</translation>
    </message>
    <message>
        <source>RRULE INTERVAL=%1 is not a valid interval</source>
        <translation>RRULE INTERVAL=%1 to nieprawidłowy odstęp</translation>
    </message>
    <message>
        <source>RRULE has no valid FREQ (%1)</source>
        <translation>RRULE nie ma prawidłowego FREQ (%1)</translation>
    </message>
    <message>
        <source>X-WR-TIMEZONE %1 is not a time zone; ignored</source>
        <translation>X-WR-TIMEZONE %1 to nie strefa czasowa; pominięto</translation>
    </message>
    <message>
        <source>a DURATION such as PT30M</source>
        <translation>DURATION taki jak PT30M</translation>
    </message>
    <message>
        <source>a URL that serves the .ics file</source>
        <translation>adres URL, który udostępnia plik .ics</translation>
    </message>
    <message>
        <source>a calendar that expands within the limits in docs/limits.md</source>
        <translation>kalendarz, który mieści się w limitach z docs/limits.md</translation>
    </message>
    <message>
        <source>a calendar under the size limit</source>
        <translation>kalendarz mniejszy niż limit rozmiaru</translation>
    </message>
    <message>
        <source>a path to an .ics file, a file:// URL, or an http(s):// URL</source>
        <translation>ścieżka do pliku .ics, adres file:// albo adres http(s)://</translation>
    </message>
    <message>
        <source>a positive DURATION such as PT30M</source>
        <translation>dodatni DURATION, np. PT30M</translation>
    </message>
    <message>
        <source>a recurrence at most every 15 minutes, starting after 1900</source>
        <translation>powtarzanie najwyżej co 15 minut, zaczynające się po 1900 r.</translation>
    </message>
    <message>
        <source>a valid RRULE/RDATE/EXDATE</source>
        <translation>prawidłowe RRULE/RDATE/EXDATE</translation>
    </message>
    <message>
        <source>a value as RFC 5545 defines it</source>
        <translation>wartość zgodna z RFC 5545</translation>
    </message>
    <message>
        <source>an IANA zone such as &apos;Europe/Berlin&apos;</source>
        <translation>strefa IANA, np. &apos;Europe/Berlin&apos;</translation>
    </message>
    <message>
        <source>an IANA zone such as &apos;Europe/Berlin&apos;, or a VTIMEZONE in the file</source>
        <translation>strefa IANA, np. &apos;Europe/Berlin&apos;, albo VTIMEZONE w pliku</translation>
    </message>
    <message>
        <source>an event with DTSTART</source>
        <translation>wydarzenie z DTSTART</translation>
    </message>
    <message>
        <source>an iCalendar (.ics) file: BEGIN:VCALENDAR ... END:VCALENDAR</source>
        <translation>plik iCalendar (.ics): BEGIN:VCALENDAR ... END:VCALENDAR</translation>
    </message>
    <message>
        <source>an iCalendar file with at least one valid VEVENT</source>
        <translation>plik iCalendar z co najmniej jednym prawidłowym VEVENT</translation>
    </message>
    <message>
        <source>cannot be expanded: %1</source>
        <translation>nie można rozwinąć: %1</translation>
    </message>
    <message>
        <source>cannot be reached: %1</source>
        <translation>nie można połączyć: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>nie można odczytać: %1</translation>
    </message>
    <message>
        <source>could not be fetched</source>
        <translation>nie udało się pobrać</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>nie udało się odczytać</translation>
    </message>
    <message>
        <source>could not be read (the reader ended with code %1: %2)</source>
        <translation>nie udało się odczytać (czytnik zakończył się kodem %1: %2)</translation>
    </message>
    <message>
        <source>could not be read (the reader&apos;s answer was garbled)</source>
        <translation>nie udało się odczytać (odpowiedź czytnika była nieczytelna)</translation>
    </message>
    <message>
        <source>could not start the calendar reader: %1</source>
        <translation>nie udało się uruchomić czytnika kalendarza: %1</translation>
    </message>
    <message>
        <source>does not start with BEGIN:VCALENDAR</source>
        <translation>nie zaczyna się od BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>ends before it starts; counted as busy with start and end swapped</source>
        <translation>kończy się przed rozpoczęciem; liczone jako zajęte z zamienionym początkiem i końcem</translation>
    </message>
    <message>
        <source>every %1 minutes</source>
        <translation>co %1 min</translation>
    </message>
    <message>
        <source>every %1 seconds</source>
        <translation>co %1 s</translation>
    </message>
    <message>
        <source>every minute</source>
        <translation>co minutę</translation>
    </message>
    <message>
        <source>every second</source>
        <translation>co sekundę</translation>
    </message>
    <message>
        <source>has %1 more than once</source>
        <translation>ma %1 więcej niż raz</translation>
    </message>
    <message>
        <source>has a negative duration</source>
        <translation>ma ujemny czas trwania</translation>
    </message>
    <message>
        <source>has no DTSTART</source>
        <translation>nie ma DTSTART</translation>
    </message>
    <message>
        <source>invalid %1: %2</source>
        <translation>nieprawidłowe %1: %2</translation>
    </message>
    <message>
        <source>is %1 MB, more than the %2 MB limit</source>
        <translation>ma %1 MB, więcej niż limit %2 MB</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>jest pusty</translation>
    </message>
    <message>
        <source>is more than the %1 MB limit</source>
        <translation>przekracza limit %1 MB</translation>
    </message>
    <message>
        <source>is not a valid URL: %1</source>
        <translation>to nie jest prawidłowy adres URL: %1</translation>
    </message>
    <message>
        <source>is not valid iCalendar: %1</source>
        <translation>to nie jest prawidłowy iCalendar: %1</translation>
    </message>
    <message>
        <source>lasts longer than %1 days</source>
        <translation>trwa dłużej niż %1 dni</translation>
    </message>
    <message>
        <source>needs more than %1 MB of memory to read</source>
        <translation>do odczytu potrzeba ponad %1 MB pamięci</translation>
    </message>
    <message>
        <source>needs more than %1 s of processor time to read</source>
        <translation>do odczytu potrzeba ponad %1 s czasu procesora</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>brak pełnej odpowiedzi w ciągu %1 s</translation>
    </message>
    <message>
        <source>no event in this calendar can be used</source>
        <translation>żadnego wydarzenia z tego kalendarza nie da się użyć</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>nie ma takiego pliku</translation>
    </message>
    <message>
        <source>not an iCalendar line: %1</source>
        <translation>to nie jest wiersz iCalendar: %1</translation>
    </message>
    <message>
        <source>not fetched yet and no cached copy</source>
        <translation>jeszcze nie pobrano i brak zapisanej kopii</translation>
    </message>
    <message>
        <source>not read: movebreak is quitting</source>
        <translation>nie odczytano: movebreak się zamyka</translation>
    </message>
    <message>
        <source>not read: the calendars before it took the %1 s that reading calendars may take</source>
        <translation>nie odczytano: poprzednie kalendarze zajęły %1 s przewidziane na czytanie kalendarzy</translation>
    </message>
    <message>
        <source>occurs %1; ignored</source>
        <translation>występuje %1; pominięto</translation>
    </message>
    <message>
        <source>one %1 per event</source>
        <translation>jedno %1 na wydarzenie</translation>
    </message>
    <message>
        <source>repeats from %1: expanding it would take about %2 steps, more than %3; ignored</source>
        <translation>powtarza się od %1: rozwinięcie wymagałoby około %2 kroków, więcej niż %3; pominięto</translation>
    </message>
    <message>
        <source>the file ends at line %1 inside BEGIN:%2 (truncated?)</source>
        <translation>plik kończy się w wierszu %1 wewnątrz BEGIN:%2 (ucięty?)</translation>
    </message>
    <message>
        <source>the recurring events before it already use this calendar&apos;s budget of %1 expansion steps; ignored</source>
        <translation>wcześniejsze wydarzenia cykliczne wykorzystały już budżet %1 kroków tego kalendarza; pominięto</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation>serwer odpowiedział HTTP %1 %2</translation>
    </message>
    <message>
        <source>the server redirected to %1, which is not an http(s) URL</source>
        <translation>serwer przekierował do %1, a to nie jest adres http(s)</translation>
    </message>
    <message>
        <source>took longer than %1 s to read; skipped</source>
        <translation>czytanie trwało dłużej niż %1 s; pominięto</translation>
    </message>
    <message>
        <source>took longer than the %1 s that reading calendars may take; skipped</source>
        <translation>czytanie trwało dłużej niż %1 s przewidziane na czytanie kalendarzy; pominięto</translation>
    </message>
    <message>
        <source>unknown time zone %1</source>
        <translation>nieznana strefa czasowa %1</translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1:&apos;</source>
        <translation>nieobsługiwany schemat &apos;%1:&apos;</translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1:&apos; (use https:// instead of webcal://)</source>
        <translation>nieobsługiwany schemat &apos;%1:&apos; (użyj https:// zamiast webcal://)</translation>
    </message>
    <message>
        <source>using the cached copy, %1 old</source>
        <translation>używana jest zapisana kopia (sprzed %1)</translation>
    </message>
    <message>
        <source>wait for the next refresh</source>
        <translation>poczekaj na następne odświeżenie</translation>
    </message>
</context>
<context>
    <name>CheckConfig</name>
    <message>
        <source> and </source>
        <translation> i </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 w %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problemy</numerusform>
            <numerusform>%n problemów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n ostrzeżenie</numerusform>
            <numerusform>%n ostrzeżenia</numerusform>
            <numerusform>%n ostrzeżeń</numerusform>
        </translation>
    </message>
    <message>
        <source>OK with %1: %2</source>
        <translation>OK, ale: %1: %2</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message>
        <source>OK: %1 (does not exist; the defaults are used)</source>
        <translation>OK: %1 (nie istnieje; obowiązują wartości domyślne)</translation>
    </message>
    <message>
        <source>is a directory, not a config file</source>
        <translation>to folder, a nie plik konfiguracji</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>nie ma takiego pliku</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 days</source>
        <translation>%1 dni</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 godz.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 godz. %2 min</translation>
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
        <translation>Tylko delikatnie. Przerwij przy mrowieniu lub drętwieniu.</translation>
    </message>
    <message>
        <source>After a few circles, change direction, then blink.</source>
        <translation>Po kilku okrążeniach zmień kierunek, potem zamrugaj.</translation>
    </message>
    <message>
        <source>After a few circles, change direction.</source>
        <translation>Po kilku okrążeniach zmień kierunek.</translation>
    </message>
    <message>
        <source>After a few circles, reverse the direction.</source>
        <translation>Po kilku okrążeniach zmień kierunek.</translation>
    </message>
    <message>
        <source>Ankle circles</source>
        <translation>Krążenia stóp</translation>
    </message>
    <message>
        <source>Bend forward slowly and let your arms hang.</source>
        <translation>Powoli pochyl się do przodu i pozwól rękom zwisać.</translation>
    </message>
    <message>
        <source>Bend one knee and hold that ankle behind you.</source>
        <translation>Ugnij kolano i złap kostkę za sobą.</translation>
    </message>
    <message>
        <source>Bend sideways over your hip, without leaning forward.</source>
        <translation>Pochyl się w bok nad biodrem, nie pochylając się do przodu.</translation>
    </message>
    <message>
        <source>Bend the front knee and lean into the wall until the back calf stretches.</source>
        <translation>Ugnij przednie kolano i pochyl się do ściany, aż rozciągnie się tylna łydka.</translation>
    </message>
    <message>
        <source>Bend your elbows to lower your chest, then push back up.</source>
        <translation>Ugnij łokcie, opuść klatkę i odepchnij się z powrotem.</translation>
    </message>
    <message>
        <source>Bend your front knee and tuck your pelvis under.</source>
        <translation>Ugnij przednie kolano i podwiń miednicę.</translation>
    </message>
    <message>
        <source>Breathe in: lift your chest and arch your back.</source>
        <translation>Wdech: unieś klatkę i wygnij plecy.</translation>
    </message>
    <message>
        <source>Breathe out: round your back and drop your chin.</source>
        <translation>Wydech: zaokrąglij plecy i opuść brodę.</translation>
    </message>
    <message>
        <source>Breathe out; roll back up one vertebra at a time.</source>
        <translation>Zrób wydech; wracaj w górę kręg po kręgu.</translation>
    </message>
    <message>
        <source>Breathe slowly and enjoy the dark.</source>
        <translation>Oddychaj powoli i ciesz się ciemnością.</translation>
    </message>
    <message>
        <source>Bring one arm straight across your chest.</source>
        <translation>Przenieś wyprostowaną rękę przed klatką piersiową.</translation>
    </message>
    <message>
        <source>Calf raises</source>
        <translation>Wspięcia na palce</translation>
    </message>
    <message>
        <source>Calf stretch at the wall</source>
        <translation>Rozciąganie łydki przy ścianie</translation>
    </message>
    <message>
        <source>Chest opener</source>
        <translation>Otwarcie klatki piersiowej</translation>
    </message>
    <message>
        <source>Chin to chest</source>
        <translation>Broda do klatki</translation>
    </message>
    <message>
        <source>Chin tuck</source>
        <translation>Cofnięcie brody</translation>
    </message>
    <message>
        <source>Circle your wrists slowly in one direction.</source>
        <translation>Powoli zataczaj nadgarstkami koła w jedną stronę.</translation>
    </message>
    <message>
        <source>Clasp your hands and reach your arms forward.</source>
        <translation>Spleć dłonie i wyciągnij ręce przed siebie.</translation>
    </message>
    <message>
        <source>Close your eyes and cup your palms over them, without pressing.</source>
        <translation>Zamknij oczy i przykryj je dłońmi złożonymi w miseczki, bez naciskania.</translation>
    </message>
    <message>
        <source>Come back up slowly.</source>
        <translation>Powoli wróć.</translation>
    </message>
    <message>
        <source>Cross-body shoulder stretch</source>
        <translation>Rozciąganie barku w poprzek ciała</translation>
    </message>
    <message>
        <source>Desk push-ups</source>
        <translation>Pompki przy biurku</translation>
    </message>
    <message>
        <source>Do not press on your eyes.</source>
        <translation>Nie naciskaj na oczy.</translation>
    </message>
    <message>
        <source>Draw slow circles with your toes.</source>
        <translation>Zataczaj palcami powolne koła.</translation>
    </message>
    <message>
        <source>Draw the knee up towards your chest.</source>
        <translation>Przyciągnij kolano do klatki piersiowej.</translation>
    </message>
    <message>
        <source>Draw your elbows back and squeeze your shoulder blades together.</source>
        <translation>Cofnij łokcie i ściągnij łopatki.</translation>
    </message>
    <message>
        <source>Ease the elbow back gently and breathe.</source>
        <translation>Delikatnie odsuń łokieć do tyłu i oddychaj.</translation>
    </message>
    <message>
        <source>Eye circles</source>
        <translation>Krążenia oczami</translation>
    </message>
    <message>
        <source>Face a wall and put both hands on it.</source>
        <translation>Stań twarzą do ściany i oprzyj o nią obie dłonie.</translation>
    </message>
    <message>
        <source>Feel the back of your neck lengthen; breathe.</source>
        <translation>Poczuj, jak wydłuża się kark; oddychaj.</translation>
    </message>
    <message>
        <source>Feel your shoulder blades spread; breathe into your back.</source>
        <translation>Poczuj, jak łopatki się rozsuwają; oddychaj w plecy.</translation>
    </message>
    <message>
        <source>Find something at least 6 metres (20 feet) away.</source>
        <translation>Znajdź coś co najmniej 6 metrów dalej.</translation>
    </message>
    <message>
        <source>Fist and spread</source>
        <translation>Pięść i rozłożenie</translation>
    </message>
    <message>
        <source>Focus on your thumb for a breath.</source>
        <translation>Skup wzrok na kciuku przez jeden oddech.</translation>
    </message>
    <message>
        <source>Gently draw it closer and keep your shoulder down.</source>
        <translation>Delikatnie przyciągnij bliżej, bark trzymaj nisko.</translation>
    </message>
    <message>
        <source>Glide your head straight back, making a double chin.</source>
        <translation>Przesuń głowę prosto do tyłu, robiąc podwójny podbródek.</translation>
    </message>
    <message>
        <source>Hold a desk or chair for balance. Keep the front knee over the ankle.</source>
        <translation>Przytrzymaj się biurka lub krzesła. Przednie kolano nad kostką.</translation>
    </message>
    <message>
        <source>Hold and breathe, keeping your back tall.</source>
        <translation>Przytrzymaj i oddychaj, plecy proste.</translation>
    </message>
    <message>
        <source>Hold for a breath, then relax forward again.</source>
        <translation>Przytrzymaj przez jeden oddech, potem rozluźnij do przodu.</translation>
    </message>
    <message>
        <source>Hold for a breath, then release.</source>
        <translation>Przytrzymaj przez jeden oddech, potem rozluźnij.</translation>
    </message>
    <message>
        <source>Hold for a moment, then let them drop.</source>
        <translation>Przytrzymaj chwilę, potem je opuść.</translation>
    </message>
    <message>
        <source>Hold it above the elbow with your other hand.</source>
        <translation>Przytrzymaj ją drugą dłonią nad łokciem.</translation>
    </message>
    <message>
        <source>Hold on for balance. Stop if your knee hurts.</source>
        <translation>Trzymaj się dla równowagi. Przerwij, jeśli boli kolano.</translation>
    </message>
    <message>
        <source>Hold one arm straight out in front, palm down.</source>
        <translation>Wyciągnij rękę przed siebie, dłonią w dół.</translation>
    </message>
    <message>
        <source>Hold one arm straight out in front, palm facing away, fingers up.</source>
        <translation>Wyciągnij rękę przed siebie, dłonią od siebie, palcami w górę.</translation>
    </message>
    <message>
        <source>Hold until you feel the back of the forearm stretch.</source>
        <translation>Trzymaj, aż poczujesz rozciąganie po zewnętrznej stronie przedramienia.</translation>
    </message>
    <message>
        <source>Hold until you feel the inner forearm stretch.</source>
        <translation>Trzymaj, aż poczujesz rozciąganie po wewnętrznej stronie przedramienia.</translation>
    </message>
    <message>
        <source>Hold your thumb up at arm&apos;s length.</source>
        <translation>Unieś kciuk na wyciągniętej ręce.</translation>
    </message>
    <message>
        <source>Keep it gentle and breathe; do not bounce.</source>
        <translation>Delikatnie i z oddechem; bez sprężynowania.</translation>
    </message>
    <message>
        <source>Keep it gentle. Stop if you feel pain, tingling or dizziness.</source>
        <translation>Delikatnie. Przerwij przy bólu, mrowieniu lub zawrotach głowy.</translation>
    </message>
    <message>
        <source>Keep the back heel on the floor; stop if it hurts.</source>
        <translation>Tylna pięta zostaje na podłodze; przerwij, jeśli boli.</translation>
    </message>
    <message>
        <source>Keep your back straight; do not bounce.</source>
        <translation>Plecy proste; bez sprężynowania.</translation>
    </message>
    <message>
        <source>Keep your eyes level; do not tip your head up or down.</source>
        <translation>Wzrok poziomo; nie przechylaj głowy w górę ani w dół.</translation>
    </message>
    <message>
        <source>Keep your face forward and breathe slowly.</source>
        <translation>Twarz skierowana do przodu; oddychaj powoli.</translation>
    </message>
    <message>
        <source>Keep your head still and look up.</source>
        <translation>Trzymaj głowę nieruchomo i spójrz w górę.</translation>
    </message>
    <message>
        <source>Keep your knees side by side and push your hip forward gently.</source>
        <translation>Trzymaj kolana obok siebie i delikatnie pchnij biodro do przodu.</translation>
    </message>
    <message>
        <source>Keep your lower back neutral; do not lean back.</source>
        <translation>Dolny odcinek pleców neutralny; nie odchylaj się do tyłu.</translation>
    </message>
    <message>
        <source>Keep your shoulders down, away from your ears.</source>
        <translation>Barki nisko, z dala od uszu.</translation>
    </message>
    <message>
        <source>Keep your shoulders relaxed. Stop if you feel tingling.</source>
        <translation>Ramiona rozluźnione. Przerwij, jeśli poczujesz mrowienie.</translation>
    </message>
    <message>
        <source>Keep your upper body tall and still.</source>
        <translation>Górna część ciała prosta i nieruchoma.</translation>
    </message>
    <message>
        <source>Knee to chest</source>
        <translation>Kolano do klatki</translation>
    </message>
    <message>
        <source>Lean back gently over the top of the chair and look up.</source>
        <translation>Delikatnie odchyl się do tyłu nad oparciem i spójrz w górę.</translation>
    </message>
    <message>
        <source>Lean back gently, supporting yourself with your hands.</source>
        <translation>Delikatnie odchyl się do tyłu, podpierając się dłońmi.</translation>
    </message>
    <message>
        <source>Lean forward a little from your hips until you feel the stretch.</source>
        <translation>Pochyl się lekko do przodu z bioder, aż poczujesz rozciąganie.</translation>
    </message>
    <message>
        <source>Lean forward and stand up without using your hands.</source>
        <translation>Pochyl się do przodu i wstań bez pomocy rąk.</translation>
    </message>
    <message>
        <source>Lean forward from your hips with a long back until you feel the stretch.</source>
        <translation>Pochyl się z bioder z długimi plecami, aż poczujesz rozciąganie.</translation>
    </message>
    <message>
        <source>Leg swings</source>
        <translation>Wymachy nóg</translation>
    </message>
    <message>
        <source>Let the hand drop and ease it towards you with your other hand.</source>
        <translation>Opuść dłoń i drugą ręką delikatnie przyciągnij ją do siebie.</translation>
    </message>
    <message>
        <source>Let the raised knee drop out to the side.</source>
        <translation>Pozwól uniesionemu kolanu opaść na bok.</translation>
    </message>
    <message>
        <source>Let your eyes rest on it for 20 seconds.</source>
        <translation>Zatrzymaj na tym wzrok przez 20 sekund.</translation>
    </message>
    <message>
        <source>Lift both shoulders towards your ears.</source>
        <translation>Unieś oba barki w stronę uszu.</translation>
    </message>
    <message>
        <source>Lift one knee to hip height, then lower it.</source>
        <translation>Unieś kolano na wysokość biodra i opuść je.</translation>
    </message>
    <message>
        <source>Lift your head back up slowly.</source>
        <translation>Powoli unieś głowę.</translation>
    </message>
    <message>
        <source>Look away from your screen.</source>
        <translation>Odwróć wzrok od ekranu.</translation>
    </message>
    <message>
        <source>Look far away (20-20-20)</source>
        <translation>Patrz w dal (20-20-20)</translation>
    </message>
    <message>
        <source>Lower your hands slowly, palms still together.</source>
        <translation>Powoli opuszczaj dłonie, wciąż złączone.</translation>
    </message>
    <message>
        <source>Lower your heels slowly and repeat.</source>
        <translation>Powoli opuść pięty i powtórz.</translation>
    </message>
    <message>
        <source>Make a soft fist and hold for a breath.</source>
        <translation>Zaciśnij luźno pięść i przytrzymaj przez jeden oddech.</translation>
    </message>
    <message>
        <source>Marching knee lifts</source>
        <translation>Marsz z unoszeniem kolan</translation>
    </message>
    <message>
        <source>Move slowly. Stop if you feel pain or tingling in your arms.</source>
        <translation>Ruszaj się powoli. Przerwij przy bólu lub mrowieniu w rękach.</translation>
    </message>
    <message>
        <source>Move within a comfortable range.</source>
        <translation>Ruszaj się w wygodnym zakresie.</translation>
    </message>
    <message>
        <source>Near and far focus</source>
        <translation>Ostrość blisko i daleko</translation>
    </message>
    <message>
        <source>Neck side tilt</source>
        <translation>Skłon głowy w bok</translation>
    </message>
    <message>
        <source>Only a small bend. Stop if you feel pain or dizziness.</source>
        <translation>Tylko lekkie wygięcie. Przerwij przy bólu lub zawrotach głowy.</translation>
    </message>
    <message>
        <source>Only on a chair that does not tip. Stop if your back hurts.</source>
        <translation>Tylko na krześle, które się nie przewróci. Przerwij, jeśli bolą plecy.</translation>
    </message>
    <message>
        <source>Only use a desk that cannot slide or tip.</source>
        <translation>Używaj tylko biurka, które nie przesunie się ani nie przewróci.</translation>
    </message>
    <message>
        <source>Open your chest and look ahead; breathe.</source>
        <translation>Otwórz klatkę piersiową i patrz przed siebie; oddychaj.</translation>
    </message>
    <message>
        <source>Open your elbows wide.</source>
        <translation>Szeroko rozłóż łokcie.</translation>
    </message>
    <message>
        <source>Open your hands and spread your fingers wide.</source>
        <translation>Otwórz dłonie i szeroko rozłóż palce.</translation>
    </message>
    <message>
        <source>Overhead triceps stretch</source>
        <translation>Rozciąganie tricepsa nad głową</translation>
    </message>
    <message>
        <source>Palming</source>
        <translation>Dłonie na oczach</translation>
    </message>
    <message>
        <source>Prayer stretch</source>
        <translation>Rozciąganie „modlitwa”</translation>
    </message>
    <message>
        <source>Press your palms together in front of your chest.</source>
        <translation>Złącz dłonie przed klatką piersiową.</translation>
    </message>
    <message>
        <source>Pull lightly; stop if the shoulder pinches.</source>
        <translation>Ciągnij lekko; przerwij, jeśli bark się zakleszcza.</translation>
    </message>
    <message>
        <source>Pull your toes towards you, hold, then lower slowly.</source>
        <translation>Przyciągnij palce do siebie, przytrzymaj i powoli opuść.</translation>
    </message>
    <message>
        <source>Put your hands on the edge of a sturdy desk, shoulder-width apart.</source>
        <translation>Oprzyj dłonie na krawędzi stabilnego biurka, na szerokość barków.</translation>
    </message>
    <message>
        <source>Put your hands on your lower back, fingers down.</source>
        <translation>Połóż dłonie na dole pleców, palcami w dół.</translation>
    </message>
    <message>
        <source>Raise both hands in front of you.</source>
        <translation>Unieś obie dłonie przed siebie.</translation>
    </message>
    <message>
        <source>Raise one arm and bend the elbow so your hand drops behind your head.</source>
        <translation>Unieś rękę i ugnij łokieć, aby dłoń opadła za głowę.</translation>
    </message>
    <message>
        <source>Raise your hands in front of you, elbows relaxed.</source>
        <translation>Unieś dłonie przed siebie, łokcie rozluźnione.</translation>
    </message>
    <message>
        <source>Reach and round</source>
        <translation>Sięgnij i zaokrąglij</translation>
    </message>
    <message>
        <source>Repeat at your own pace.</source>
        <translation>Powtarzaj we własnym tempie.</translation>
    </message>
    <message>
        <source>Repeat slowly with your breath.</source>
        <translation>Powtarzaj powoli w rytmie oddechu.</translation>
    </message>
    <message>
        <source>Repeat slowly.</source>
        <translation>Powtarzaj powoli.</translation>
    </message>
    <message>
        <source>Rest a hand on the desk if you feel unsteady.</source>
        <translation>Oprzyj rękę o biurko, jeśli tracisz równowagę.</translation>
    </message>
    <message>
        <source>Rest your other hand on that elbow.</source>
        <translation>Połóż drugą dłoń na tym łokciu.</translation>
    </message>
    <message>
        <source>Return to upright slowly.</source>
        <translation>Powoli wróć do pionu.</translation>
    </message>
    <message>
        <source>Rise onto the balls of your feet.</source>
        <translation>Wespnij się na palce.</translation>
    </message>
    <message>
        <source>Roll your shoulders up, back and down in slow circles.</source>
        <translation>Zataczaj barkami powolne koła: w górę, w tył i w dół.</translation>
    </message>
    <message>
        <source>Round your upper back and let your head drop.</source>
        <translation>Zaokrąglij górną część pleców i opuść głowę.</translation>
    </message>
    <message>
        <source>Rub your palms together until they feel warm.</source>
        <translation>Pocieraj dłonie, aż się rozgrzeją.</translation>
    </message>
    <message>
        <source>Seated back extension</source>
        <translation>Wyprost pleców na siedząco</translation>
    </message>
    <message>
        <source>Seated cat–cow</source>
        <translation>Koci grzbiet na siedząco</translation>
    </message>
    <message>
        <source>Seated figure four</source>
        <translation>Czwórka na siedząco</translation>
    </message>
    <message>
        <source>Seated forward fold</source>
        <translation>Skłon w przód na siedząco</translation>
    </message>
    <message>
        <source>Seated hamstring stretch</source>
        <translation>Rozciąganie tyłu uda na siedząco</translation>
    </message>
    <message>
        <source>Seated knee extension</source>
        <translation>Prostowanie kolana na siedząco</translation>
    </message>
    <message>
        <source>Shift forward until you feel the front of the back hip stretch.</source>
        <translation>Przesuń się do przodu, aż poczujesz rozciąganie z przodu tylnego biodra.</translation>
    </message>
    <message>
        <source>Shoulder blade squeeze</source>
        <translation>Ściąganie łopatek</translation>
    </message>
    <message>
        <source>Shoulder rolls</source>
        <translation>Krążenia barków</translation>
    </message>
    <message>
        <source>Shoulder shrugs</source>
        <translation>Unoszenie barków</translation>
    </message>
    <message>
        <source>Sit against the backrest and put your hands behind your head.</source>
        <translation>Oprzyj się o oparcie i połóż dłonie za głową.</translation>
    </message>
    <message>
        <source>Sit back down slowly and with control.</source>
        <translation>Usiądź z powrotem powoli i z kontrolą.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair with your hands on your knees.</source>
        <translation>Usiądź na przedniej części krzesła, dłonie na kolanach.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair, feet apart.</source>
        <translation>Usiądź na przedniej części krzesła, stopy rozstawione.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair, feet flat.</source>
        <translation>Usiądź na przedniej części krzesła, stopy płasko na podłodze.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair.</source>
        <translation>Usiądź na przedniej części krzesła.</translation>
    </message>
    <message>
        <source>Sit tall and hold one knee with both hands.</source>
        <translation>Usiądź prosto i chwyć kolano obiema dłońmi.</translation>
    </message>
    <message>
        <source>Sit tall and hold the sides of your seat.</source>
        <translation>Usiądź prosto i chwyć boki siedziska.</translation>
    </message>
    <message>
        <source>Sit tall and let your shoulders drop.</source>
        <translation>Usiądź prosto i opuść ramiona.</translation>
    </message>
    <message>
        <source>Sit tall and look straight ahead.</source>
        <translation>Usiądź prosto i patrz przed siebie.</translation>
    </message>
    <message>
        <source>Sit tall and rest one ankle on the opposite knee.</source>
        <translation>Usiądź prosto i połóż kostkę na przeciwnym kolanie.</translation>
    </message>
    <message>
        <source>Sit tall and stretch one leg out, heel lifted.</source>
        <translation>Usiądź prosto i wyprostuj nogę, pięta uniesiona.</translation>
    </message>
    <message>
        <source>Sit tall with your arms hanging loose.</source>
        <translation>Usiądź prosto, ręce luźno zwisają.</translation>
    </message>
    <message>
        <source>Sit tall with your arms relaxed.</source>
        <translation>Usiądź prosto z rozluźnionymi rękami.</translation>
    </message>
    <message>
        <source>Sit tall with your elbows bent at your sides.</source>
        <translation>Usiądź prosto, łokcie ugięte przy bokach.</translation>
    </message>
    <message>
        <source>Sit tall with your shoulders relaxed.</source>
        <translation>Usiądź prosto z rozluźnionymi ramionami.</translation>
    </message>
    <message>
        <source>Sit to stand</source>
        <translation>Wstawanie z krzesła</translation>
    </message>
    <message>
        <source>Skip it after hip or knee surgery. Stop if your knee hurts.</source>
        <translation>Pomiń to po operacji biodra lub kolana. Przerwij, jeśli boli kolano.</translation>
    </message>
    <message>
        <source>Skip this if you have a back problem or high blood pressure.</source>
        <translation>Pomiń to przy problemach z plecami lub wysokim ciśnieniu.</translation>
    </message>
    <message>
        <source>Slide your other hand down the side of your leg.</source>
        <translation>Przesuń drugą dłoń wzdłuż boku nogi.</translation>
    </message>
    <message>
        <source>Slowly lower your chin towards your chest.</source>
        <translation>Powoli opuść brodę w stronę klatki piersiowej.</translation>
    </message>
    <message>
        <source>Slowly roll your eyes in a wide circle.</source>
        <translation>Powoli zataczaj oczami szerokie koło.</translation>
    </message>
    <message>
        <source>Small swings at first; hold on for balance.</source>
        <translation>Zacznij od małych wymachów; trzymaj się dla równowagi.</translation>
    </message>
    <message>
        <source>Stand side-on to a wall and rest a hand on it.</source>
        <translation>Stań bokiem do ściany i oprzyj o nią rękę.</translation>
    </message>
    <message>
        <source>Stand tall and clasp your hands behind your back.</source>
        <translation>Stań prosto i spleć dłonie za plecami.</translation>
    </message>
    <message>
        <source>Stand tall and raise one arm overhead.</source>
        <translation>Stań prosto i unieś rękę nad głowę.</translation>
    </message>
    <message>
        <source>Stand tall beside your desk.</source>
        <translation>Stań prosto obok biurka.</translation>
    </message>
    <message>
        <source>Stand tall with one hand on a wall or desk.</source>
        <translation>Stań prosto, jedna ręka na ścianie lub biurku.</translation>
    </message>
    <message>
        <source>Stand tall, feet hip-width apart, a hand on your desk.</source>
        <translation>Stań prosto, stopy na szerokość bioder, ręka na biurku.</translation>
    </message>
    <message>
        <source>Stand with your feet hip-width apart.</source>
        <translation>Stań ze stopami na szerokość bioder.</translation>
    </message>
    <message>
        <source>Standing back bend</source>
        <translation>Wygięcie w tył na stojąco</translation>
    </message>
    <message>
        <source>Standing hip flexor stretch</source>
        <translation>Rozciąganie zginaczy bioder na stojąco</translation>
    </message>
    <message>
        <source>Standing side bend</source>
        <translation>Skłon w bok na stojąco</translation>
    </message>
    <message>
        <source>Standing thigh stretch</source>
        <translation>Rozciąganie uda na stojąco</translation>
    </message>
    <message>
        <source>Step back until your body is a straight slope.</source>
        <translation>Cofnij się, aż ciało utworzy prostą skośną linię.</translation>
    </message>
    <message>
        <source>Step one foot back, heel down, leg straight.</source>
        <translation>Cofnij jedną stopę, pięta na ziemi, noga prosta.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy.</source>
        <translation>Przerwij, jeśli zakręci ci się w głowie.</translation>
    </message>
    <message>
        <source>Stop if you feel pain in the shoulder.</source>
        <translation>Przerwij, jeśli poczujesz ból w barku.</translation>
    </message>
    <message>
        <source>Stop if you feel pain in your hip or back.</source>
        <translation>Przerwij, jeśli poczujesz ból w biodrze lub plecach.</translation>
    </message>
    <message>
        <source>Stop when you feel a mild stretch in your wrists; hold.</source>
        <translation>Zatrzymaj się przy lekkim rozciąganiu nadgarstków; przytrzymaj.</translation>
    </message>
    <message>
        <source>Straighten one knee until the leg is level.</source>
        <translation>Prostuj kolano, aż noga będzie pozioma.</translation>
    </message>
    <message>
        <source>Straighten one leg, heel on the floor, toes up.</source>
        <translation>Wyprostuj nogę, pięta na podłodze, palce w górę.</translation>
    </message>
    <message>
        <source>Straighten your arms and lift them a little away from you.</source>
        <translation>Wyprostuj ręce i odsuń je trochę od siebie.</translation>
    </message>
    <message>
        <source>Swing one leg forward and back, loose and easy.</source>
        <translation>Machaj jedną nogą w przód i w tył, luźno i swobodnie.</translation>
    </message>
    <message>
        <source>Switch back and forth a few times.</source>
        <translation>Zmieniaj tak kilka razy.</translation>
    </message>
    <message>
        <source>Switch legs and keep a steady march.</source>
        <translation>Zmień nogę i maszeruj w równym tempie.</translation>
    </message>
    <message>
        <source>Take a long step forward, back heel lifted.</source>
        <translation>Zrób długi krok do przodu, tylna pięta uniesiona.</translation>
    </message>
    <message>
        <source>Then focus on something far away for a breath.</source>
        <translation>Potem skup wzrok na czymś dalekim przez jeden oddech.</translation>
    </message>
    <message>
        <source>Tilt your ear towards your shoulder.</source>
        <translation>Przechyl ucho w stronę barku.</translation>
    </message>
    <message>
        <source>Use a chair that cannot roll away.</source>
        <translation>Użyj krzesła, które nie może odjechać.</translation>
    </message>
    <message>
        <source>With the other hand, ease the fingers back towards you.</source>
        <translation>Drugą dłonią delikatnie przyciągnij palce do siebie.</translation>
    </message>
    <message>
        <source>Wrist circles</source>
        <translation>Krążenia nadgarstków</translation>
    </message>
    <message>
        <source>Wrist stretch, fingers down</source>
        <translation>Rozciąganie nadgarstka, palce w dół</translation>
    </message>
    <message>
        <source>Wrist stretch, fingers up</source>
        <translation>Rozciąganie nadgarstka, palce w górę</translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <source>&amp;Open my exercises folder</source>
        <translation>&amp;Otwórz folder moich ćwiczeń</translation>
    </message>
    <message>
        <source>&amp;Play preview</source>
        <translation>Odtwórz &amp;podgląd</translation>
    </message>
    <message>
        <source>A favourite (♥ in the prompt)</source>
        <translation>Ulubione (♥ w oknie przerwy)</translation>
    </message>
    <message>
        <source>Body &amp;areas to include</source>
        <translation>&amp;Uwzględniane partie ciała</translation>
    </message>
    <message>
        <source>E&amp;xercises (untick one to never get it)</source>
        <translation>Ć&amp;wiczenia (odznacz, by nigdy go nie dostać)</translation>
    </message>
    <message>
        <source>Illustrations unavailable: %1</source>
        <translation>Ilustracje niedostępne: %1</translation>
    </message>
    <message>
        <source>No exercises were found. Check the exercise files.</source>
        <translation>Nie znaleziono ćwiczeń. Sprawdź pliki ćwiczeń.</translation>
    </message>
    <message>
        <source>Sto&amp;p preview</source>
        <translation>Zatrzymaj &amp;podgląd</translation>
    </message>
    <message>
        <source>Your own exercises are .toml files in this folder; they are loaded at the next start.</source>
        <translation>Własne ćwiczenia to pliki .toml w tym folderze; wczytują się przy następnym uruchomieniu.</translation>
    </message>
</context>
<context>
    <name>FigureWidget</name>
    <message>
        <source>Exercise illustration</source>
        <translation>Ilustracja ćwiczenia</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Data</source>
        <translation>Dane</translation>
    </message>
    <message>
        <source>Fitting in with the rest of the desktop</source>
        <translation>Współpraca z resztą pulpitu</translation>
    </message>
    <message>
        <source>General: %1</source>
        <translation>Ogólne: %1</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Otwórz folder &amp;danych</translation>
    </message>
    <message>
        <source>Open s&amp;ettings folder</source>
        <translation>Otwórz &amp;folder ustawień</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Start and notifications</source>
        <translation>Uruchamianie i powiadomienia</translation>
    </message>
    <message>
        <source>Start movebreak when I log &amp;in</source>
        <translation>Uruc&amp;hamiaj movebreak po zalogowaniu</translation>
    </message>
    <message>
        <source>Unknown time zone &apos;%1&apos;: use an IANA name such as Europe/Berlin</source>
        <translation>Nieznana strefa czasowa „%1”: użyj nazwy IANA, np. Europe/Warsaw</translation>
    </message>
    <message>
        <source>Where your settings and data live</source>
        <translation>Gdzie są twoje ustawienia i dane</translation>
    </message>
    <message>
        <source>e.g. zoom, obs</source>
        <translation>np. zoom, obs</translation>
    </message>
    <message>
        <source>empty: the system&apos;s zone</source>
        <translation>puste: strefa systemu</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>%1 min moved</source>
        <translation>%1 min ruchu</translation>
    </message>
    <message>
        <source>%1 missed while asleep or off</source>
        <translation>%1 przegapionych podczas uśpienia lub wyłączenia</translation>
    </message>
    <message>
        <source>%1 of %2 due completed (%3)</source>
        <translation>%1 z %2 zaplanowanych ukończonych (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <translation>
            <numerusform>%n przerwa</numerusform>
            <numerusform>%n przerwy</numerusform>
            <numerusform>%n przerw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>No breaks logged in that range.</source>
        <translation>Brak zapisanych przerw w tym zakresie.</translation>
    </message>
    <message>
        <source>No breaks logged yet (%1 does not exist).</source>
        <translation>Jeszcze brak zapisanych przerw (%1 nie istnieje).</translation>
    </message>
    <message>
        <source>No breaks logged yet.</source>
        <translation>Jeszcze brak zapisanych przerw.</translation>
    </message>
    <message>
        <source>exercises</source>
        <translation>ćwiczenia</translation>
    </message>
    <message>
        <source>length</source>
        <translation>długość</translation>
    </message>
    <message>
        <source>most skipped: %1</source>
        <translation>najczęściej pomijane: %1</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>wynik</translation>
    </message>
    <message>
        <source>streak: %1 (longest %2)</source>
        <translation>seria: %1 (najdłuższa %2)</translation>
    </message>
    <message>
        <source>when</source>
        <translation>kiedy</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source> (newest %1 shown)</source>
        <translation> (pokazano %1 najnowszych)</translation>
    </message>
    <message>
        <source>%1: none yet</source>
        <translation>%1: jeszcze brak</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 dni</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 dni</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; min moved</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; min ruchu</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; missed while asleep or off</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; pominiętych podczas uśpienia lub wyłączenia</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 due breaks completed (&lt;b&gt;%3&lt;/b&gt;)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; z %2 zaplanowanych przerw ukończonych (&lt;b&gt;%3&lt;/b&gt;)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Wszystko</translation>
    </message>
    <message>
        <source>All breaks</source>
        <translation>Wszystkie przerwy</translation>
    </message>
    <message>
        <source>Body areas moved, last 7 days (minutes)</source>
        <translation>Poruszane partie ciała, ostatnie 7 dni (minuty)</translation>
    </message>
    <message>
        <source>Breaks are not being logged: the journal is read-only.</source>
        <translation>Przerwy nie są zapisywane: dziennik jest tylko do odczytu.</translation>
    </message>
    <message numerus="yes">
        <source>Breaks in the last %n days</source>
        <translation>
            <numerusform>Przerwy z ostatniego dnia</numerusform>
            <numerusform>Przerwy z ostatnich %n dni</numerusform>
            <numerusform>Przerwy z ostatnich %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>Arkusz CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Nie można wyeksportować do %1: %2</translation>
    </message>
    <message>
        <source>Days in a row with at least one routine completed. Days with no breaks due (weekends, days off) don&apos;t break a streak.</source>
        <translation>Kolejne dni z co najmniej jednym ukończonym zestawem. Dni bez zaplanowanych przerw (weekendy, wolne) nie przerywają serii.</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ćwiczenia</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Eksportuj historię</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n breaks to %1</source>
        <translation>
            <numerusform>Wyeksportowano %n przerwę do %1</numerusform>
            <numerusform>Wyeksportowano %n przerwy do %1</numerusform>
            <numerusform>Wyeksportowano %n przerw do %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>Ostatnie 14 dni</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Długość</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n days</source>
        <translation>
            <numerusform>Seria: %n dzień</numerusform>
            <numerusform>Seria: %n dni</numerusform>
            <numerusform>Seria: %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>longest %1</source>
        <translation>najdłuższa %1</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuty</translation>
    </message>
    <message>
        <source>most skipped: %1</source>
        <translation>najczęściej pomijane: %1</translation>
    </message>
    <message>
        <source>movebreak — history</source>
        <translation>movebreak — historia</translation>
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
        <translation>%1. Przerwy nie są zapisywane, dopóki to nie zostanie naprawione.</translation>
    </message>
    <message>
        <source>Could not read the journal %1: %2.</source>
        <translation>Nie udało się odczytać dziennika %1: %2.</translation>
    </message>
    <message>
        <source>Could not save a break to %1: %2. Recent breaks may be missing from your history until this is fixed.</source>
        <translation>Nie udało się zapisać przerwy w %1: %2. Dopóki to nie zostanie naprawione, w historii może brakować ostatnich przerw.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened for writing: %2</source>
        <translation>Nie można otworzyć dziennika %1 do zapisu: %2</translation>
    </message>
    <message>
        <source>The journal %1 cannot be written: %2</source>
        <translation>Nie można zapisywać w dzienniku %1: %2</translation>
    </message>
    <message>
        <source>The journal %1 is damaged (%2) and could not be moved aside (%3). Breaks are not being logged.</source>
        <translation>Dziennik %1 jest uszkodzony (%2) i nie udało się go odłożyć na bok (%3). Przerwy nie są zapisywane.</translation>
    </message>
    <message>
        <source>The journal %1 was damaged and could not be read (%2). It was kept as %3 and a new journal was started.</source>
        <translation>Dziennik %1 był uszkodzony i nie dało się go odczytać (%2). Zachowano go jako %3 i rozpoczęto nowy dziennik.</translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer movebreak (schema %2; this version knows up to %3). History is shown, but breaks are not logged until you update movebreak.</source>
        <translation>Dziennik %1 został zapisany przez nowszy movebreak (schemat %2; ta wersja zna do %3). Historia jest widoczna, ale przerwy nie są zapisywane, dopóki nie zaktualizujesz movebreak.</translation>
    </message>
    <message>
        <source>The journal folder %1 cannot be created: %2</source>
        <translation>Nie można utworzyć folderu dziennika %1: %2</translation>
    </message>
    <message>
        <source>another program holds it locked</source>
        <translation>inny program go blokuje</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>odmówiono dostępu</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>dysk jest pełny</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>dysk zgłosił błąd wejścia/wyjścia</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>plik jest tylko do odczytu</translation>
    </message>
    <message>
        <source>the file or its folder cannot be opened for writing</source>
        <translation>nie można otworzyć pliku ani jego folderu do zapisu</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation>Domyślny systemu</translation>
    </message>
</context>
<context>
    <name>LanguageGroup</name>
    <message>
        <source>&amp;Language of windows and exercises</source>
        <translation>&amp;Język okien i ćwiczeń</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Windows and breaks use it after Save; the tray menu at the next start.</source>
        <translation>Okna i przerwy użyją go po zapisaniu; menu w zasobniku po następnym uruchomieniu.</translation>
    </message>
</context>
<context>
    <name>NoBreak</name>
    <message>
        <source>no gap long enough</source>
        <translation>brak wystarczająco długiej przerwy w planie</translation>
    </message>
    <message>
        <source>no working hours set</source>
        <translation>nie ustawiono godzin pracy</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>poza godzinami pracy</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>wstrzymane</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Show the break</source>
        <translation>Pokaż przerwę</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Zacznij teraz</translation>
    </message>
    <message>
        <source>Stretch break in %1 min %2 s</source>
        <translation>Przerwa na rozciąganie za %1 min %2 s</translation>
    </message>
    <message numerus="yes">
        <source>Stretch break in %n min</source>
        <translation>
            <numerusform>Przerwa na rozciąganie za %n min</numerusform>
            <numerusform>Przerwa na rozciąganie za %n min</numerusform>
            <numerusform>Przerwa na rozciąganie za %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stretch break in %n s</source>
        <translation>
            <numerusform>Przerwa na rozciąganie za %n s</numerusform>
            <numerusform>Przerwa na rozciąganie za %n s</numerusform>
            <numerusform>Przerwa na rozciąganie za %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>Czas się poruszać</translation>
    </message>
</context>
<context>
    <name>Option</name>
    <message>
        <source>Announce breaks with a desktop notification.</source>
        <translation>Ogłaszaj przerwy powiadomieniem na pulpicie.</translation>
    </message>
    <message>
        <source>Body areas never to suggest.</source>
        <translation>Partie ciała, których nigdy nie proponować.</translation>
    </message>
    <message>
        <source>Count time away from the keyboard as a natural break.</source>
        <translation>Licz czas z dala od klawiatury jako naturalną przerwę.</translation>
    </message>
    <message>
        <source>Exercise ids never to suggest.</source>
        <translation>Identyfikatory ćwiczeń, których nigdy nie proponować.</translation>
    </message>
    <message>
        <source>Exercise ids to suggest first where body areas allow.</source>
        <translation>Identyfikatory ćwiczeń proponowanych najpierw, gdy pozwalają na to partie ciała.</translation>
    </message>
    <message>
        <source>Gaps shorter than this get no break.</source>
        <translation>Krótsze luki nie dostają przerwy.</translation>
    </message>
    <message>
        <source>Heads-up notification this long before a break (0 = off).</source>
        <translation>Uprzedzenie z takim wyprzedzeniem przed przerwą (0 = wył.).</translation>
    </message>
    <message>
        <source>Hold breaks while a fullscreen window has focus.</source>
        <translation>Wstrzymuj przerwy, gdy okno pełnoekranowe jest aktywne.</translation>
    </message>
    <message>
        <source>Hold breaks while any of these processes runs.</source>
        <translation>Wstrzymuj przerwy, gdy działa któryś z tych procesów.</translation>
    </message>
    <message>
        <source>Hold breaks while the microphone or the camera is in use (a call).</source>
        <translation>Wstrzymuj przerwy, gdy mikrofon lub kamera są w użyciu (rozmowa).</translation>
    </message>
    <message>
        <source>How long Snooze postpones a break.</source>
        <translation>O ile „Odłóż” przesuwa przerwę.</translation>
    </message>
    <message>
        <source>How often URL calendars are fetched again.</source>
        <translation>Jak często ponownie pobierać kalendarze z URL.</translation>
    </message>
    <message>
        <source>Language of the windows and exercises (empty = system).</source>
        <translation>Język okien i ćwiczeń (puste = systemowy).</translation>
    </message>
    <message>
        <source>Longest free stretch without a break.</source>
        <translation>Najdłuższy wolny okres bez przerwy.</translation>
    </message>
    <message>
        <source>Longest routine.</source>
        <translation>Najdłuższy zestaw.</translation>
    </message>
    <message>
        <source>Minutes after a block ends before the break starts.</source>
        <translation>Minuty po końcu bloku, zanim zacznie się przerwa.</translation>
    </message>
    <message>
        <source>Plan in this IANA zone instead of the system&apos;s (empty = system).</source>
        <translation>Planuj w tej strefie IANA zamiast systemowej (puste = systemowa).</translation>
    </message>
    <message>
        <source>Play a soft chime at the start and between exercises.</source>
        <translation>Odtwarzaj delikatny dźwięk na początku i między ćwiczeniami.</translation>
    </message>
    <message>
        <source>Routines you may skip a day; then Skip routine becomes Shorten to 1 min (0 = no limit).</source>
        <translation>Zestawy, które możesz pominąć w ciągu dnia; potem „Pomiń zestaw” zmienia się w „Skróć do 1 min” (0 = bez limitu).</translation>
    </message>
    <message>
        <source>Shortest routine.</source>
        <translation>Najkrótszy zestaw.</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>completed</source>
        <translation>ukończona</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>przegapiona</translation>
    </message>
    <message>
        <source>natural break</source>
        <translation>naturalna przerwa</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nieosiągnięte</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>częściowa</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>wyświetlona</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>pominięta</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>odłożona</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>wstrzymana</translation>
    </message>
</context>
<context>
    <name>Pause</name>
    <message>
        <source>%1 days</source>
        <translation>%1 dni</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 godz.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 godz. %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dzień</translation>
    </message>
    <message>
        <source>Breaks resumed.</source>
        <translation>Przerwy wracają.</translation>
    </message>
    <message>
        <source>Focus until %1; the break comes after it.</source>
        <translation>Skupienie do %1; potem przyjdzie przerwa.</translation>
    </message>
    <message>
        <source>Paused %1 (until %2 %3).</source>
        <translation>Wstrzymano %1 (do %2 %3).</translation>
    </message>
    <message>
        <source>Paused until %1 %2.</source>
        <translation>Wstrzymano do %1 %2.</translation>
    </message>
    <message>
        <source>a duration like 30m, 1h, 1h30m, 2d (up to 7d); &apos;until HH:MM&apos;; &apos;tomorrow&apos;; &apos;block&apos;; or &apos;off&apos;</source>
        <translation>czas trwania, np. 30m, 1h, 1h30m, 2d (do 7d); &apos;until HH:MM&apos;; &apos;tomorrow&apos;; &apos;block&apos;; albo &apos;off&apos;</translation>
    </message>
    <message>
        <source>a pause of %1 pauses nothing; to resume breaks use &apos;off&apos;; valid: %2</source>
        <translation>wstrzymanie na %1 niczego nie wstrzymuje; aby wznowić przerwy, użyj &apos;off&apos;; poprawnie: %2</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>na %1</translation>
    </message>
    <message>
        <source>invalid focus length %1; valid: 5m to 8h, e.g. 25m, 50m, 90m</source>
        <translation>nieprawidłowa długość skupienia %1; poprawnie: od 5m do 8h, np. 25m, 50m, 90m</translation>
    </message>
    <message>
        <source>invalid pause %1; valid: %2</source>
        <translation>nieprawidłowe wstrzymanie %1; poprawnie: %2</translation>
    </message>
    <message>
        <source>invalid time %1; valid: %2</source>
        <translation>nieprawidłowa godzina %1; poprawnie: %2</translation>
    </message>
    <message>
        <source>there is no block going on right now</source>
        <translation>teraz nie trwa żaden blok</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>do %1</translation>
    </message>
    <message>
        <source>until the block ends</source>
        <translation>do końca bloku</translation>
    </message>
    <message>
        <source>until tomorrow</source>
        <translation>do jutra</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message numerus="yes">
        <source>%n blocks</source>
        <translation>
            <numerusform>%n blok</numerusform>
            <numerusform>%n bloki</numerusform>
            <numerusform>%n bloków</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <translation>
            <numerusform>%n przerwa</numerusform>
            <numerusform>%n przerwy</numerusform>
            <numerusform>%n przerw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan for %n days from %1 (%2)</source>
        <translation>
            <numerusform>Plan na %n dzień od %1 (%2)</numerusform>
            <numerusform>Plan na %n dni od %1 (%2)</numerusform>
            <numerusform>Plan na %n dni od %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>block</source>
        <translation>blok</translation>
    </message>
    <message>
        <source>break</source>
        <translation>przerwa</translation>
    </message>
    <message>
        <source>no working hours</source>
        <translation>brak godzin pracy</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>nic nie zaplanowano</translation>
    </message>
    <message>
        <source>warning: %1 (planning without the breaks taken today)</source>
        <translation>ostrzeżenie: %1 (planowanie bez dzisiejszych przerw)</translation>
    </message>
    <message>
        <source>warning: %1 (using the default)</source>
        <translation>ostrzeżenie: %1 (używana jest wartość domyślna)</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message numerus="yes">
        <source>%1: %n breaks at %2</source>
        <translation>
            <numerusform>%1: %n przerwa o %2</numerusform>
            <numerusform>%1: %n przerwy o %2</numerusform>
            <numerusform>%1: %n przerw o %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no breaks.</source>
        <translation>%1: brak przerw.</translation>
    </message>
    <message>
        <source>%1: not a working day.</source>
        <translation>%1: dzień wolny od pracy.</translation>
    </message>
    <message>
        <source>Plan preview timeline</source>
        <translation>Oś czasu podglądu planu</translation>
    </message>
    <message>
        <source>Preview paused until every value is valid.</source>
        <translation>Podgląd wstrzymany, dopóki wszystkie wartości nie będą poprawne.</translation>
    </message>
    <message>
        <source>Preview unavailable: %1</source>
        <translation>Podgląd niedostępny: %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Jutro</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>%1 (valid: %2)</source>
        <translation>%1 (poprawnie: %2)</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bajtów</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>wpisy %1</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 lub %2</translation>
    </message>
    <message>
        <source>%1, e.g. %2</source>
        <translation>%1, np. %2</translation>
    </message>
    <message>
        <source>Invalid range %1 - %2 is no time of day (00:00 to 24:00)</source>
        <translation>Nieprawidłowy zakres %1 – %2 nie jest godziną (od 00:00 do 24:00)</translation>
    </message>
    <message>
        <source>Invalid range %1 - end must be after start</source>
        <translation>Nieprawidłowy zakres %1 – koniec musi być po początku</translation>
    </message>
    <message>
        <source>Invalid range %1 - not written as HH:MM-HH:MM (two-digit minutes)</source>
        <translation>Nieprawidłowy zakres %1 – nie w postaci HH:MM-HH:MM (minuty dwucyfrowo)</translation>
    </message>
    <message>
        <source>Invalid range %1 - write a range as a quoted %2 string</source>
        <translation>Nieprawidłowy zakres %1 – zapisz zakres jako tekst %2 w cudzysłowie</translation>
    </message>
    <message>
        <source>Invalid value %1</source>
        <translation>Nieprawidłowa wartość %1</translation>
    </message>
    <message>
        <source>Invalid value %1 - not a shipped language</source>
        <translation>Nieprawidłowa wartość %1 – to nie jest dostępny język</translation>
    </message>
    <message>
        <source>Invalid value %1 - out of range</source>
        <translation>Nieprawidłowa wartość %1 – poza zakresem</translation>
    </message>
    <message>
        <source>Invalid value %1 - unknown time zone</source>
        <translation>Nieprawidłowa wartość %1 – nieznana strefa czasowa</translation>
    </message>
    <message>
        <source>Invalid value %1 - wrong type</source>
        <translation>Nieprawidłowa wartość %1 – zły typ</translation>
    </message>
    <message>
        <source>Invalid value %1; did you mean %2?</source>
        <translation>Nieprawidłowa wartość %1; czy chodziło o %2?</translation>
    </message>
    <message>
        <source>Ranges overlap</source>
        <translation>Zakresy nakładają się</translation>
    </message>
    <message>
        <source>SVG file %1 is %2 bytes, more than the %3 KB limit</source>
        <translation>Plik SVG %1 ma %2 bajtów, więcej niż limit %3 KB</translation>
    </message>
    <message>
        <source>SVG file %1 not found next to the TOML file</source>
        <translation>Nie znaleziono pliku SVG %1 obok pliku TOML</translation>
    </message>
    <message>
        <source>TOML nested a few levels deep, see the README</source>
        <translation>TOML zagnieżdżony na kilka poziomów, zobacz README</translation>
    </message>
    <message>
        <source>TOML syntax, see the README</source>
        <translation>składnia TOML, zobacz README</translation>
    </message>
    <message>
        <source>TOML with [[exercise]] tables</source>
        <translation>TOML z tabelami [[exercise]]</translation>
    </message>
    <message>
        <source>Unknown joint %1</source>
        <translation>Nieznany staw %1</translation>
    </message>
    <message>
        <source>Unknown key %1</source>
        <translation>Nieznany klucz %1</translation>
    </message>
    <message>
        <source>Unknown key %1, ignored</source>
        <translation>Nieznany klucz %1, pominięty</translation>
    </message>
    <message>
        <source>Unknown key %1, ignored; did you mean %2?</source>
        <translation>Nieznany klucz %1, pominięty; czy chodziło o %2?</translation>
    </message>
    <message>
        <source>Unknown pose key %1</source>
        <translation>Nieznany klucz pozy %1</translation>
    </message>
    <message>
        <source>Unknown section %1, ignored</source>
        <translation>Nieznana sekcja %1, pominięta</translation>
    </message>
    <message>
        <source>Unknown section %1, ignored; did you mean %2?</source>
        <translation>Nieznana sekcja %1, pominięta; czy chodziło o %2?</translation>
    </message>
    <message>
        <source>Unknown weekday %1</source>
        <translation>Nieznany dzień tygodnia %1</translation>
    </message>
    <message>
        <source>Unknown weekday %1; did you mean %2?</source>
        <translation>Nieznany dzień tygodnia %1; czy chodziło o %2?</translation>
    </message>
    <message>
        <source>a UTF-8 TOML file under 1 MB</source>
        <translation>plik TOML w UTF-8 poniżej 1 MB</translation>
    </message>
    <message>
        <source>a list of %1 ranges, e.g. %2</source>
        <translation>lista zakresów %1, np. %2</translation>
    </message>
    <message>
        <source>a list of .svg file names, e.g. %1</source>
        <translation>lista nazw plików .svg, np. %1</translation>
    </message>
    <message>
        <source>a list of 1 to 6 short instructions</source>
        <translation>lista od 1 do 6 krótkich wskazówek</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>lista tekstów</translation>
    </message>
    <message>
        <source>a list of strings, e.g. %1</source>
        <translation>lista tekstów, np. %1</translation>
    </message>
    <message>
        <source>a list of tables such as %1 (each overrides the base pose)</source>
        <translation>lista tabel, np. %1 (każda nadpisuje pozę bazową)</translation>
    </message>
    <message>
        <source>a list of: %1</source>
        <translation>lista z: %1</translation>
    </message>
    <message>
        <source>a name of at most %1 characters</source>
        <translation>nazwa o długości najwyżej %1 znaków</translation>
    </message>
    <message>
        <source>a non-empty list of: %1</source>
        <translation>niepusta lista z: %1</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>niepusty tekst</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>liczba</translation>
    </message>
    <message>
        <source>a path to an .ics file, or an http(s) URL</source>
        <translation>ścieżka do pliku .ics lub adres URL http(s)</translation>
    </message>
    <message>
        <source>a step is %1 characters long</source>
        <translation>krok ma %1 znaków</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>a table with view, base and frames, or with %1</source>
        <translation>tabela z view, base i frames albo z %1</translation>
    </message>
    <message>
        <source>a time after %1</source>
        <translation>godzina po %1</translation>
    </message>
    <message>
        <source>a whole number of minutes from %1 to %2</source>
        <translation>liczba całkowita minut od %1 do %2</translation>
    </message>
    <message>
        <source>a whole number of seconds from %1 to %2</source>
        <translation>liczba całkowita sekund od %1 do %2</translation>
    </message>
    <message>
        <source>a whole number of skips from %1 to %2</source>
        <translation>liczba całkowita pominięć od %1 do %2</translation>
    </message>
    <message>
        <source>an .svg file in %1</source>
        <translation>plik .svg w %1</translation>
    </message>
    <message>
        <source>an .svg file of at most %1 KB</source>
        <translation>plik .svg o rozmiarze najwyżej %1 KB</translation>
    </message>
    <message>
        <source>an IANA zone such as %1, or empty</source>
        <translation>strefa IANA, np. %1, albo puste</translation>
    </message>
    <message>
        <source>an [[exercise]] table</source>
        <translation>tabela [[exercise]]</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>co najmniej %1</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>najwyżej %1 znaków</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>nie można odczytać: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>nie można odczytać pliku: %1</translation>
    </message>
    <message>
        <source>cannot read the journal: %1</source>
        <translation>nie można odczytać dziennika: %1</translation>
    </message>
    <message>
        <source>duplicate exercise id %1</source>
        <translation>powtórzony identyfikator ćwiczenia %1</translation>
    </message>
    <message>
        <source>duplicate exercise id %1; the first one is used</source>
        <translation>powtórzony identyfikator ćwiczenia %1; używany jest pierwszy</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>np. %1</translation>
    </message>
    <message>
        <source>empty, or one of: %1</source>
        <translation>puste albo jedno z: %1</translation>
    </message>
    <message>
        <source>end must be after start</source>
        <translation>koniec musi być po początku</translation>
    </message>
    <message>
        <source>ids unique across your files</source>
        <translation>identyfikatory niepowtarzalne we wszystkich plikach</translation>
    </message>
    <message>
        <source>is %1 characters long</source>
        <translation>ma %1 znaków</translation>
    </message>
    <message>
        <source>is %1, more than the %2 limit</source>
        <translation>ma %1, więcej niż limit %2</translation>
    </message>
    <message>
        <source>is a device, not a file</source>
        <translation>to urządzenie, a nie plik</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>to folder, a nie plik</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a file</source>
        <translation>to potok nazwany (FIFO), a nie plik</translation>
    </message>
    <message>
        <source>is a socket, not a file</source>
        <translation>to gniazdo, a nie plik</translation>
    </message>
    <message>
        <source>is missing or not a table</source>
        <translation>brakuje go lub nie jest tabelą</translation>
    </message>
    <message>
        <source>is more than the %1 limit</source>
        <translation>przekracza limit %1</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>to nie jest zwykły plik</translation>
    </message>
    <message>
        <source>is not valid TOML: %1</source>
        <translation>to nie jest poprawny TOML: %1</translation>
    </message>
    <message>
        <source>is not valid TOML: arrays or tables nest too deeply</source>
        <translation>to nie jest poprawny TOML: tablice lub tabele są zbyt głęboko zagnieżdżone</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>musi być tabelą</translation>
    </message>
    <message>
        <source>must be a table of weekdays</source>
        <translation>musi być tabelą dni tygodnia</translation>
    </message>
    <message>
        <source>must be an array of tables</source>
        <translation>musi być tablicą tabel</translation>
    </message>
    <message>
        <source>needs at least two keyframes</source>
        <translation>wymaga co najmniej dwóch klatek kluczowych</translation>
    </message>
    <message>
        <source>needs exactly one of %1 or %2</source>
        <translation>wymaga dokładnie jednego z: %1 lub %2</translation>
    </message>
    <message>
        <source>no [[exercise]] tables found</source>
        <translation>nie znaleziono tabel [[exercise]]</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>nie ma takiego pliku</translation>
    </message>
    <message>
        <source>not saved: it is not a regular file</source>
        <translation>nie zapisano: to nie jest zwykły plik</translation>
    </message>
    <message>
        <source>not saved: the file is not valid TOML (%1) and would be lost; fix or move it first, or save a fresh file (the old one is kept as .bak)</source>
        <translation>nie zapisano: plik nie jest poprawnym TOML (%1) i zostałby utracony; najpierw go popraw lub przenieś albo zapisz nowy plik (stary zostanie jako .bak)</translation>
    </message>
    <message>
        <source>not saved: the file is not valid TOML and would be lost; fix or move it first, or save a fresh file (the old one is kept as .bak)</source>
        <translation>nie zapisano: plik nie jest poprawnym TOML i zostałby utracony; najpierw go popraw lub przenieś albo zapisz nowy plik (stary zostanie jako .bak)</translation>
    </message>
    <message>
        <source>not saved: the file there cannot be read (%1) and would be lost; fix or move it first, or save a fresh file (the old one is kept as .bak)</source>
        <translation>nie zapisano: istniejącego pliku nie można odczytać (%1) i zostałby utracony; najpierw go popraw lub przenieś albo zapisz nowy plik (stary zostanie jako .bak)</translation>
    </message>
    <message>
        <source>not valid TOML: %1</source>
        <translation>niepoprawny TOML: %1</translation>
    </message>
    <message>
        <source>not valid TOML: arrays or tables nest too deeply</source>
        <translation>niepoprawny TOML: tablice lub tabele są zbyt głęboko zagnieżdżone</translation>
    </message>
    <message>
        <source>one or more [[exercise]] tables</source>
        <translation>jedna lub więcej tabel [[exercise]]</translation>
    </message>
    <message>
        <source>ranges that do not overlap</source>
        <translation>zakresy, które się nie nakładają</translation>
    </message>
    <message>
        <source>routine_max (%1) is below routine_min (%2)</source>
        <translation>routine_max (%1) jest mniejsze niż routine_min (%2)</translation>
    </message>
    <message>
        <source>steps of at most %1 characters</source>
        <translation>kroki o długości najwyżej %1 znaków</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true lub false</translation>
    </message>
    <message>
        <source>up to %1 lower-case letters, digits and &apos;-&apos;, e.g. %2</source>
        <translation>do %1 małych liter, cyfr i &apos;-&apos;, np. %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>ostrzeżenie: %1</translation>
    </message>
    <message>
        <source>weekdays such as %1 or %2</source>
        <translation>dni tygodnia, np. %1 lub %2</translation>
    </message>
</context>
<context>
    <name>PromptWindow</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>Została %n sekunda</numerusform>
            <numerusform>Zostały %n sekundy</numerusform>
            <numerusform>Zostało %n sekund</numerusform>
        </translation>
    </message>
    <message>
        <source>Don&apos;t show this again</source>
        <translation>Nie pokazuj więcej</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Ulubione</translation>
    </message>
    <message>
        <source>Last one</source>
        <translation>Ostatnie ćwiczenie</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lewa strona</translation>
    </message>
    <message>
        <source>Never suggest this exercise; undo it in Settings ▸ Exercises (H)</source>
        <translation>Nigdy nie proponuj tego ćwiczenia; cofniesz to w Ustawienia ▸ Ćwiczenia (H)</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Dalej: %1</translation>
    </message>
    <message>
        <source>No exercise matches your settings. Stand up and move a little.</source>
        <translation>Żadne ćwiczenie nie pasuje do ustawień. Wstań i trochę się poruszaj.</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Nic do zrobienia</translation>
    </message>
    <message>
        <source>Now the left side</source>
        <translation>Teraz lewa strona</translation>
    </message>
    <message>
        <source>Paused while you are away</source>
        <translation>Wstrzymane, gdy cię nie ma</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Prawa strona</translation>
    </message>
    <message>
        <source>Right side, then left</source>
        <translation>Prawa strona, potem lewa</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Na siedząco</translation>
    </message>
    <message>
        <source>Shorten to 1 min</source>
        <translation>Skróć do 1 min</translation>
    </message>
    <message>
        <source>Skip exercise</source>
        <translation>Pomiń ćwiczenie</translation>
    </message>
    <message>
        <source>Skip routine</source>
        <translation>Pomiń zestaw</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>Odłóż o %n min</numerusform>
            <numerusform>Odłóż o %n min</numerusform>
            <numerusform>Odłóż o %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Na stojąco</translation>
    </message>
    <message>
        <source>Suggest this exercise more often (F)</source>
        <translation>Proponuj to ćwiczenie częściej (F)</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Pozostały czas</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>obie strony</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>lewa strona</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>prawa strona</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>after-block</source>
        <translation>po bloku</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>luka</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>ręcznie</translation>
    </message>
    <message>
        <source>sitting-limit</source>
        <translation>limit siedzenia</translation>
    </message>
    <message>
        <source>snooze</source>
        <translation>odłożona</translation>
    </message>
</context>
<context>
    <name>Remote</name>
    <message>
        <source>A break is already on screen.</source>
        <translation>Przerwa jest już na ekranie.</translation>
    </message>
    <message>
        <source>Break started: %1</source>
        <translation>Przerwa rozpoczęta: %1</translation>
    </message>
    <message>
        <source>No break is on screen.</source>
        <translation>Na ekranie nie ma przerwy.</translation>
    </message>
    <message>
        <source>Opened the break.</source>
        <translation>Otwarto przerwę.</translation>
    </message>
    <message>
        <source>Opened the history.</source>
        <translation>Otwarto historię.</translation>
    </message>
    <message>
        <source>Opened the settings.</source>
        <translation>Otwarto ustawienia.</translation>
    </message>
    <message>
        <source>movebreak is already running.</source>
        <translation>movebreak już działa.</translation>
    </message>
    <message>
        <source>movebreak is already running.
%1</source>
        <translation>movebreak już działa.
%1</translation>
    </message>
    <message>
        <source>movebreak is not running. Start it with `movebreak` (or `make run`).</source>
        <translation>movebreak nie działa. Uruchom go poleceniem `movebreak` (lub `make run`).</translation>
    </message>
    <message>
        <source>movebreak is quitting.</source>
        <translation>movebreak kończy działanie.</translation>
    </message>
    <message>
        <source>movebreak is running but does not answer (stopped or busy). `kill -CONT` it, or end it and start it again.</source>
        <translation>movebreak działa, ale nie odpowiada (zatrzymany lub zajęty). Wznów go przez `kill -CONT` albo zamknij i uruchom ponownie.</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>nieznane polecenie %1</translation>
    </message>
</context>
<context>
    <name>Routine</name>
    <message>
        <source>%1 &amp; %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>%1, %2 &amp; more</source>
        <translation>%1, %2 i więcej</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n min</source>
        <translation>
            <numerusform>%1, %n min</numerusform>
            <numerusform>%1, %n min</numerusform>
            <numerusform>%1, %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Just one minute this time</source>
        <translation>Tym razem tylko minuta</translation>
    </message>
    <message>
        <source>Just one minute: you have been sitting for %1</source>
        <translation>Tylko minuta: siedzisz już %1</translation>
    </message>
    <message>
        <source>Just one minute: you have been sitting for at least %1</source>
        <translation>Tylko minuta: siedzisz już co najmniej %1</translation>
    </message>
    <message numerus="yes">
        <source>Move freely, %n min</source>
        <translation>
            <numerusform>Ruszaj się swobodnie, %n min</numerusform>
            <numerusform>Ruszaj się swobodnie, %n min</numerusform>
            <numerusform>Ruszaj się swobodnie, %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>%1 and %2 overlap</source>
        <translation>%1 i %2 nakładają się</translation>
    </message>
    <message numerus="yes">
        <source>%n events count as blocks in the tested period.</source>
        <translation>
            <numerusform>%n wydarzenie liczy się jako blok w testowanym okresie.</numerusform>
            <numerusform>%n wydarzenia liczą się jako bloki w testowanym okresie.</numerusform>
            <numerusform>%n wydarzeń liczy się jako bloki w testowanym okresie.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add block</source>
        <translation>&amp;Dodaj blok</translation>
    </message>
    <message>
        <source>&amp;Friday</source>
        <translation>&amp;Piątek</translation>
    </message>
    <message>
        <source>&amp;Monday</source>
        <translation>Poniedzia&amp;łek</translation>
    </message>
    <message>
        <source>&amp;Wednesday</source>
        <translation>Śr&amp;oda</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a range; write HH:MM-HH:MM, e.g. 09:00-17:30</source>
        <translation>„%1” to nie zakres; wpisz GG:MM-GG:MM, np. 09:00-17:30</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: end must be after start</source>
        <translation>„%1”: koniec musi być po początku</translation>
    </message>
    <message>
        <source>Add UR&amp;L</source>
        <translation>Dodaj UR&amp;L</translation>
    </message>
    <message>
        <source>Add a calendar file</source>
        <translation>Dodaj plik kalendarza</translation>
    </message>
    <message>
        <source>Add f&amp;ile…</source>
        <translation>Dodaj pl&amp;ik…</translation>
    </message>
    <message>
        <source>Block %1: %2</source>
        <translation>Blok %1: %2</translation>
    </message>
    <message>
        <source>Calendar %1: %2</source>
        <translation>Kalendarz %1: %2</translation>
    </message>
    <message>
        <source>Calendar sources</source>
        <translation>Źródła kalendarza</translation>
    </message>
    <message>
        <source>Calendars (their busy events are blocks too)</source>
        <translation>Kalendarze (ich zajęte wydarzenia też są blokami)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dni</translation>
    </message>
    <message>
        <source>Deep-work blocks</source>
        <translation>Bloki głębokiej pracy</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>Po&amp;wiel</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Leave &apos;Only events containing&apos; empty to count every busy event; or list words (summary or category), e.g. Focus, Deep work.</source>
        <translation>Zostaw „Tylko wydarzenia zawierające” puste, by liczyć każde zajęte wydarzenie, albo podaj słowa (tytuł lub kategoria), np. Focus, Głęboka praca.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Wł.</translation>
    </message>
    <message>
        <source>Only events containing</source>
        <translation>Tylko wydarzenia zawierające</translation>
    </message>
    <message>
        <source>Plan preview: today and tomorrow</source>
        <translation>Podgląd planu: dziś i jutro</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Remove &amp;calendar</source>
        <translation>Usuń &amp;kalendarz</translation>
    </message>
    <message>
        <source>Sa&amp;turday</source>
        <translation>So&amp;bota</translation>
    </message>
    <message>
        <source>Select a calendar to test.</source>
        <translation>Wybierz kalendarz do testu.</translation>
    </message>
    <message>
        <source>Several ranges are separated by commas: 09:00-12:30, 13:30-17:30</source>
        <translation>Kilka zakresów oddziel przecinkami: 09:00-12:30, 13:30-17:30</translation>
    </message>
    <message>
        <source>Source (file or URL)</source>
        <translation>Źródło (plik lub URL)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>Su&amp;nday</source>
        <translation>&amp;Niedziela</translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation>T&amp;estuj</translation>
    </message>
    <message>
        <source>T&amp;uesday</source>
        <translation>Wto&amp;rek</translation>
    </message>
    <message>
        <source>Test failed: %1</source>
        <translation>Test nieudany: %1</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Testowanie %1…</translation>
    </message>
    <message>
        <source>Thu&amp;rsday</source>
        <translation>&amp;Czwartek</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Using the cached copy, %1 old.</source>
        <translation>Używana jest zapisana kopia (sprzed %1).</translation>
    </message>
    <message>
        <source>Weekly deep-work blocks (never interrupted)</source>
        <translation>Cotygodniowe bloki głębokiej pracy (nigdy nieprzerywane)</translation>
    </message>
    <message>
        <source>Working hours (no break is planned outside them)</source>
        <translation>Godziny pracy (poza nimi nie ma przerw)</translation>
    </message>
    <message>
        <source>Working hours, %1: %2</source>
        <translation>Godziny pracy, %1: %2</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>wolne</translation>
    </message>
    <message>
        <source>days &apos;%1&apos;: use weekdays such as mon-fri or mon, wed</source>
        <translation>dni „%1”: użyj dni jak mon-fri lub mon, wed</translation>
    </message>
    <message>
        <source>end &apos;%1&apos;: use HH:MM</source>
        <translation>koniec „%1”: użyj GG:MM</translation>
    </message>
    <message>
        <source>end must be after start</source>
        <translation>koniec musi być po początku</translation>
    </message>
    <message>
        <source>enter the path of an .ics file or an http(s) URL</source>
        <translation>podaj ścieżkę pliku .ics lub adres http(s)</translation>
    </message>
    <message>
        <source>start &apos;%1&apos;: use HH:MM</source>
        <translation>początek „%1”: użyj GG:MM</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>%1: %2 %3 is above the maximum; use %4 to %5 %3</source>
        <translation>%1: %2 %3 przekracza maksimum; użyj od %4 do %5 %3</translation>
    </message>
    <message>
        <source>%1: %2 %3 is below the minimum; use %4 to %5 %3</source>
        <translation>%1: %2 %3 jest poniżej minimum; użyj od %4 do %5 %3</translation>
    </message>
    <message>
        <source>&amp;After a block ends, wait</source>
        <translation>&amp;Po końcu bloku odczekaj</translation>
    </message>
    <message>
        <source>&amp;Heads-up before a break</source>
        <translation>&amp;Uprzedzenie przed przerwą</translation>
    </message>
    <message>
        <source>&amp;Longest routine</source>
        <translation>&amp;Najdłuższy zestaw</translation>
    </message>
    <message>
        <source>Announce breaks with a desktop &amp;notification</source>
        <translation>&amp;Ogłaszaj przerwy powiadomieniem na pulpicie</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Przerwy</translation>
    </message>
    <message>
        <source>Count time away from the keyboard as a &amp;break</source>
        <translation>&amp;Licz czas z dala od klawiatury jako przerwę</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ćwiczenia</translation>
    </message>
    <message>
        <source>Fetch &amp;URL calendars every</source>
        <translation>Pobieraj kalendarze &amp;URL co</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Ogólne</translation>
    </message>
    <message>
        <source>Hold breaks during a call (&amp;microphone or camera in use)</source>
        <translation>Wstrzymuj przerwy podczas rozmowy (&amp;mikrofon lub kamera w użyciu)</translation>
    </message>
    <message>
        <source>Hold breaks while a &amp;fullscreen window has focus</source>
        <translation>Wstrzymuj przerwy, gdy okno &amp;pełnoekranowe jest aktywne</translation>
    </message>
    <message>
        <source>Hold breaks while these &amp;programs run</source>
        <translation>Wstrzymuj przerwy, gdy działają te p&amp;rogramy</translation>
    </message>
    <message>
        <source>Longest stretch &amp;without a break</source>
        <translation>Najdłuższy okres &amp;bez przerwy</translation>
    </message>
    <message>
        <source>Plan in &amp;time zone</source>
        <translation>Planuj w strefie &amp;czasowej</translation>
    </message>
    <message>
        <source>Play a soft &amp;chime at the start and between exercises</source>
        <translation>Odtwarzaj delikatny &amp;dźwięk na początku i między ćwiczeniami</translation>
    </message>
    <message>
        <source>Routines to s&amp;kip a day</source>
        <translation>Zestawy do po&amp;minięcia dziennie</translation>
    </message>
    <message>
        <source>S&amp;nooze postpones by</source>
        <translation>&amp;Odłóż przesuwa o</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Harmonogram</translation>
    </message>
    <message>
        <source>Sh&amp;ortest routine</source>
        <translation>Naj&amp;krótszy zestaw</translation>
    </message>
    <message>
        <source>Skip &amp;gaps shorter than</source>
        <translation>Pomijaj &amp;luki krótsze niż</translation>
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
            <numerusform> (i %n inny)</numerusform>
            <numerusform> (i %n inne)</numerusform>
            <numerusform> (i %n innych)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems in your config file. Those values use their defaults until you fix them here or in the file (saving replaces them; the old file is kept as .bak):</source>
        <translation>
            <numerusform>%n problem w pliku konfiguracji. Te wartości używają domyślnych, dopóki ich nie poprawisz tutaj lub w pliku (zapis je zastąpi; stary plik zostanie jako .bak):</numerusform>
            <numerusform>%n problemy w pliku konfiguracji. Te wartości używają domyślnych, dopóki ich nie poprawisz tutaj lub w pliku (zapis je zastąpi; stary plik zostanie jako .bak):</numerusform>
            <numerusform>%n problemów w pliku konfiguracji. Te wartości używają domyślnych, dopóki ich nie poprawisz tutaj lub w pliku (zapis je zastąpi; stary plik zostanie jako .bak):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown keys or sections in your config file: kept there, and ignored (a typo, or written by a newer movebreak?):</source>
        <translation>
            <numerusform>%n nieznany klucz lub sekcja w pliku konfiguracji: pozostaje i jest ignorowany (literówka albo zapis nowszego movebreak?):</numerusform>
            <numerusform>%n nieznane klucze lub sekcje w pliku konfiguracji: pozostają i są ignorowane (literówka albo zapis nowszego movebreak?):</numerusform>
            <numerusform>%n nieznanych kluczy lub sekcji w pliku konfiguracji: pozostają i są ignorowane (literówka albo zapis nowszego movebreak?):</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Zamknij (Esc)</translation>
    </message>
    <message>
        <source>Discard them, or keep editing?</source>
        <translation>Odrzucić je czy edytować dalej?</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Edytuj dalej</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nie zapisano: %1</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Zapisz (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save a fresh file</source>
        <translation>Zapisz jako nowy plik</translation>
    </message>
    <message>
        <source>Save your changes to the settings?</source>
        <translation>Zapisać zmiany w ustawieniach?</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Zapisano w %1</translation>
    </message>
    <message>
        <source>Saved, but starting at login could not be changed:</source>
        <translation>Zapisano, ale nie udało się zmienić uruchamiania po zalogowaniu:</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Strony ustawień</translation>
    </message>
    <message>
        <source>They go to %1.</source>
        <translation>Trafią do %1.</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Niezapisane ustawienia</translation>
    </message>
    <message>
        <source>Write your settings to a new file; the old one is kept as .bak</source>
        <translation>Zapisuje ustawienia do nowego pliku; stary zostaje jako .bak</translation>
    </message>
    <message>
        <source>Your changes are not valid, so they cannot be saved.</source>
        <translation>Twoje zmiany są niepoprawne i nie można ich zapisać.</translation>
    </message>
    <message>
        <source>Your settings were not saved:</source>
        <translation>Ustawienia nie zostały zapisane:</translation>
    </message>
    <message>
        <source>could not be written: %1</source>
        <translation>nie można zapisać: %1</translation>
    </message>
    <message>
        <source>movebreak settings</source>
        <translation>Ustawienia movebreak</translation>
    </message>
    <message>
        <source>start at login</source>
        <translation>uruchamianie po zalogowaniu</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (run movebreak check-config)</source>
        <translation>
            <numerusform>… i %n inny (uruchom movebreak check-config)</numerusform>
            <numerusform>… i %n inne (uruchom movebreak check-config)</numerusform>
            <numerusform>… i %n innych (uruchom movebreak check-config)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>A break is held (%1); trying again at %2</source>
        <translation>Przerwa jest wstrzymana (%1); ponowna próba o %2</translation>
    </message>
    <message>
        <source>A break is on screen now</source>
        <translation>Przerwa jest teraz na ekranie</translation>
    </message>
    <message>
        <source>Away from the keyboard since %1</source>
        <translation>Z dala od klawiatury od %1</translation>
    </message>
    <message>
        <source>Focus until %1</source>
        <translation>Skupienie do %1</translation>
    </message>
    <message>
        <source>Last moved %1 ago</source>
        <translation>Ostatni ruch %1 temu</translation>
    </message>
    <message>
        <source>Last moved %1 ago, at %2</source>
        <translation>Ostatni ruch %1 temu, o %2</translation>
    </message>
    <message>
        <source>Last moved over %1 ago</source>
        <translation>Ostatni ruch ponad %1 temu</translation>
    </message>
    <message>
        <source>Next break: %1</source>
        <translation>Następna przerwa: %1</translation>
    </message>
    <message>
        <source>Next break: none (%1)</source>
        <translation>Następna przerwa: brak (%1)</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>Wstrzymane do %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n godzina</numerusform>
            <numerusform>%n godziny</numerusform>
            <numerusform>%n godzin</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Focus now</source>
        <translation>&amp;Skupienie teraz</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historia…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Wstrzymaj</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;Resume breaks</source>
        <translation>&amp;Wznów przerwy</translation>
    </message>
    <message>
        <source>&amp;Start a break now</source>
        <translation>&amp;Rozpocznij przerwę teraz</translation>
    </message>
    <message>
        <source>Next break: %1</source>
        <translation>Następna przerwa: %1</translation>
    </message>
    <message>
        <source>Next break: —</source>
        <translation>Następna przerwa: —</translation>
    </message>
    <message>
        <source>No break planned (%1)</source>
        <translation>Brak zaplanowanej przerwy (%1)</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>Wstrzymane do %1</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>Show the &amp;break</source>
        <translation>Pokaż &amp;przerwę</translation>
    </message>
    <message>
        <source>Until the current block ends</source>
        <translation>Do końca bieżącego bloku</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Do jutra</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <source>Fri</source>
        <translation>pt.</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>pon.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sob.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>niedz.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>czw.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>wt.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>śr.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;Afternoons, 14:00–16:00, Monday to Thursday</source>
        <translation>Popołudnia, 14:00–16:00, od poniedziałku do &amp;czwartku</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;Import a calendar…</source>
        <translation>&amp;Importuj kalendarz…</translation>
    </message>
    <message>
        <source>&amp;Mornings, 09:00–11:00, Monday to Friday</source>
        <translation>&amp;Poranki, 09:00–11:00, od poniedziałku do piątku</translation>
    </message>
    <message>
        <source>Calendar: </source>
        <translation>Kalendarz: </translation>
    </message>
    <message>
        <source>I &amp;work from</source>
        <translation>Pracuję &amp;od</translation>
    </message>
    <message>
        <source>Import a calendar</source>
        <translation>Importuj kalendarz</translation>
    </message>
    <message>
        <source>The end of the working day must be after its start.</source>
        <translation>Koniec dnia pracy musi być po jego początku.</translation>
    </message>
    <message>
        <source>Tick at least one working day.</source>
        <translation>Zaznacz co najmniej jeden dzień pracy.</translation>
    </message>
    <message>
        <source>Tick what fits; breaks will never land inside these blocks.</source>
        <translation>Zaznacz, co pasuje; przerwy nigdy nie wypadną w tych blokach.</translation>
    </message>
    <message>
        <source>W&amp;ednesday mornings, 09:00–12:30 (a no-meeting half day)</source>
        <translation>Ś&amp;rodowe poranki, 09:00–12:30 (pół dnia bez spotkań)</translation>
    </message>
    <message>
        <source>Welcome to movebreak</source>
        <translation>Witaj w movebreak</translation>
    </message>
    <message>
        <source>When do you do deep work?</source>
        <translation>Kiedy pracujesz w skupieniu?</translation>
    </message>
    <message>
        <source>You can change all of this, and more, in the settings later. Closing this window keeps the defaults.</source>
        <translation>Wszystko to, i więcej, zmienisz później w ustawieniach. Zamknięcie tego okna zachowa ustawienia domyślne.</translation>
    </message>
    <message>
        <source>Your working hours</source>
        <translation>Twoje godziny pracy</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>Pliki iCalendar (*.ics);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>movebreak plans short, illustrated stretching breaks into the gaps between your deep-work blocks, and never interrupts them.</source>
        <translation>movebreak planuje krótkie, ilustrowane przerwy na rozciąganie w lukach między blokami głębokiej pracy i nigdy ich nie przerywa.</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;do</translation>
    </message>
</context>
</TS>
