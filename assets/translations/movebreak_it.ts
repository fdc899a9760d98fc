<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>App</name>
    <message numerus="yes">
        <source>%n exercise file problems; those exercises were skipped. First: %1</source>
        <translation>
            <numerusform>%n problema in un file di esercizi; quegli esercizi sono stati saltati. Il primo: %1</numerusform>
            <numerusform>%n problemi nei file di esercizi; quegli esercizi sono stati saltati. Il primo: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>History is unavailable: the data folder is not writable.</source>
        <translation>La cronologia non è disponibile: la cartella dei dati non è scrivibile.</translation>
    </message>
    <message>
        <source>No system tray was found, so movebreak runs without an icon. Breaks still appear. Use `movebreak status`, `movebreak break-now`, `movebreak pause 30m`, `movebreak show settings`, `movebreak show history` and `movebreak quit`.</source>
        <translation>Nessuna area di notifica trovata: movebreak funziona senza icona. Le pause compaiono comunque. Usa `movebreak status`, `movebreak break-now`, `movebreak pause 30m`, `movebreak show settings`, `movebreak show history` e `movebreak quit`.</translation>
    </message>
    <message>
        <source>Not saved: config.toml has problems; fix them first (movebreak check-config).</source>
        <translation>Non salvato: config.toml ha dei problemi; correggili prima (movebreak check-config).</translation>
    </message>
    <message>
        <source>The data folder %1 is not writable (%2). Breaks still appear, but nothing is logged. Fix its permissions or set MOVEBREAK_DATA_DIR.</source>
        <translation>Non è possibile scrivere nella cartella dei dati %1 (%2). Le pause compaiono comunque, ma non viene registrato nulla. Correggi i permessi o imposta MOVEBREAK_DATA_DIR.</translation>
    </message>
    <message>
        <source>The settings window is not available yet. Edit %1 (every key is in docs/config.md); `movebreak check-config` validates it.</source>
        <translation>La finestra delle impostazioni non è ancora disponibile. Modifica %1 (ogni chiave è in docs/config.md); `movebreak check-config` lo verifica.</translation>
    </message>
    <message>
        <source>Your choice was not saved: %1</source>
        <translation>La tua scelta non è stata salvata: %1</translation>
    </message>
    <message>
        <source>Your config file cannot be read; movebreak runs on its defaults. The file was not changed.</source>
        <translation>Il file di configurazione non è leggibile; movebreak usa i valori predefiniti. Il file non è stato modificato.</translation>
    </message>
    <message numerus="yes">
        <source>Your config has %n unknown keys or sections; movebreak ignores them. The file was not changed.</source>
        <translation>
            <numerusform>La configurazione ha %n chiave o sezione sconosciuta; movebreak la ignora. Il file non è stato modificato.</numerusform>
            <numerusform>La configurazione ha %n chiavi o sezioni sconosciute; movebreak le ignora. Il file non è stato modificato.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your config has problems; movebreak runs on defaults for the wrong values and ignores the unknown keys. The file was not changed.</source>
        <translation>La configurazione ha dei problemi; al posto dei valori errati movebreak usa quelli predefiniti e ignora le chiavi sconosciute. Il file non è stato modificato.</translation>
    </message>
    <message>
        <source>Your config has problems; movebreak runs on defaults for those keys. The file was not changed.</source>
        <translation>La configurazione ha dei problemi; per quelle chiavi movebreak usa i valori predefiniti. Il file non è stato modificato.</translation>
    </message>
    <message>
        <source>cannot open the control socket %1: %2. This instance runs, but `movebreak status`, `pause` and the others cannot reach it.</source>
        <translation>impossibile aprire il socket di controllo %1: %2. movebreak è in esecuzione, ma `movebreak status`, `pause` e gli altri comandi non lo raggiungono.</translation>
    </message>
    <message>
        <source>movebreak: calendar problem</source>
        <translation>movebreak: problema del calendario</translation>
    </message>
    <message>
        <source>no desktop session: WAYLAND_DISPLAY names %1, which does not exist (the compositor ended, or XDG_RUNTIME_DIR is not the session&apos;s), and DISPLAY is not set.</source>
        <translation>nessuna sessione desktop: WAYLAND_DISPLAY indica %1, che non esiste (il compositor è terminato, oppure XDG_RUNTIME_DIR non è quello della sessione), e DISPLAY non è impostato.</translation>
    </message>
    <message>
        <source>no desktop session: neither WAYLAND_DISPLAY nor DISPLAY is set. movebreak is a tray app and needs a graphical session; start it from your desktop (or its autostart). Over SSH, `movebreak status`, `plan` and `history` work without one.</source>
        <translation>nessuna sessione desktop: né WAYLAND_DISPLAY né DISPLAY sono impostati. movebreak vive nell’area di notifica e ha bisogno di una sessione grafica; avvialo dal tuo desktop (o con l’avvio automatico). Via SSH, `movebreak status`, `plan` e `history` funzionano anche senza.</translation>
    </message>
    <message>
        <source>skipped exercise: %1</source>
        <translation>esercizio saltato: %1</translation>
    </message>
</context>
<context>
    <name>BodyArea</name>
    <message>
        <source>eyes</source>
        <translation>occhi</translation>
    </message>
    <message>
        <source>hips</source>
        <translation>fianchi</translation>
    </message>
    <message>
        <source>legs</source>
        <translation>gambe</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>zona lombare</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>collo</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>spalle</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>parte alta della schiena</translation>
    </message>
    <message>
        <source>wrists &amp; hands</source>
        <translation>polsi e mani</translation>
    </message>
</context>
<context>
    <name>BreaksPage</name>
    <message>
        <source>A break is planned in each free gap of your working hours, never inside a block. Its length fits the gap, between the shortest and longest routine.</source>
        <translation>In ogni spazio libero del tuo orario di lavoro viene pianificata una pausa, mai dentro un blocco. La sua durata si adatta allo spazio, tra la routine più breve e quella più lunga.</translation>
    </message>
    <message>
        <source>Breaks: longest routine %1</source>
        <translation>Pause: routine più lunga %1</translation>
    </message>
    <message>
        <source>How breaks are announced</source>
        <translation>Come vengono annunciate le pause</translation>
    </message>
    <message>
        <source>Longest routine %1</source>
        <translation>Routine più lunga %1</translation>
    </message>
    <message>
        <source>When breaks happen</source>
        <translation>Quando ci sono le pause</translation>
    </message>
    <message numerus="yes">
        <source>must be at least the shortest routine (%n min)</source>
        <translation>
            <numerusform>deve durare almeno quanto la routine più breve (%n min)</numerusform>
            <numerusform>deve durare almeno quanto la routine più breve (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>nessun limite</translation>
    </message>
    <message>
        <source>off</source>
        <translation>disattivato</translation>
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
        <translation>Elenca le pause registrate con esercizi ed esiti, e un riepilogo (tasso di completamento, serie, minuti di movimento). Le date sono giorni locali, inclusi.</translation>
    </message>
    <message>
        <source>Short mobility routines planned into the gaps between your deep-work blocks.</source>
        <translation>Brevi routine di mobilità, pianificate negli spazi tra i tuoi blocchi di lavoro concentrato.</translation>
    </message>
    <message>
        <source>Show the blocks (weekly rules + calendars) and the break slots planned into the gaps between them. Without --from: today, from now on.</source>
        <translation>Mostra i blocchi (regole settimanali + calendari) e le pause pianificate negli spazi tra di essi. Senza --from: oggi, da adesso.</translation>
    </message>
    <message>
        <source>Validate a movebreak config file. Every problem is listed with its line, what is wrong and what would be valid. Unknown keys and sections are warnings with a &apos;did you mean&apos; (a newer movebreak may have written them): exit 0 unless --strict. A wrong value exits 2.</source>
        <translation>Convalida un file di configurazione di movebreak. Ogni problema è elencato con la riga, cosa non va e cosa sarebbe valido. Chiavi e sezioni sconosciute sono avvisi con un «forse intendevi» (potrebbe averle scritte un movebreak più recente): esce con 0 salvo con --strict. Un valore errato esce con 2.</translation>
    </message>
    <message>
        <source>a manual deep-work block; the break comes when it ends</source>
        <translation>un blocco di lavoro concentrato manuale; la pausa arriva quando finisce</translation>
    </message>
    <message>
        <source>add an .ics file or http(s) URL as a calendar source (repeatable)</source>
        <translation>aggiungi un file .ics o un URL http(s) come calendario (ripetibile)</translation>
    </message>
    <message>
        <source>first day to include (default: all)</source>
        <translation>primo giorno incluso (predefinito: tutti)</translation>
    </message>
    <message>
        <source>first day to plan, whole days (default: today, from now on)</source>
        <translation>primo giorno da pianificare, giorni interi (predefinito: oggi, da adesso)</translation>
    </message>
    <message>
        <source>hold breaks for a while; every pause ends by itself</source>
        <translation>trattieni le pause per un po’; ogni sospensione finisce da sola</translation>
    </message>
    <message>
        <source>last day to include (default: today)</source>
        <translation>ultimo giorno incluso (predefinito: oggi)</translation>
    </message>
    <message>
        <source>log debug messages to stderr</source>
        <translation>scrivi i messaggi di debug su stderr</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>output leggibile da macchina</translation>
    </message>
    <message>
        <source>number of days to plan, 1 to %1 (default: 1)</source>
        <translation>numero di giorni da pianificare, da 1 a %1 (predefinito: 1)</translation>
    </message>
    <message>
        <source>open a window of the running app</source>
        <translation>apri una finestra dell’app in esecuzione</translation>
    </message>
    <message>
        <source>plan in this IANA zone (default: the config&apos;s, else the system&apos;s)</source>
        <translation>pianifica in questo fuso IANA (predefinito: quello della configurazione, altrimenti del sistema)</translation>
    </message>
    <message>
        <source>quit the running app</source>
        <translation>chiudi l’app in esecuzione</translation>
    </message>
    <message>
        <source>show the breaks you took and the exercises you did</source>
        <translation>mostra le pause fatte e gli esercizi svolti</translation>
    </message>
    <message>
        <source>show the deep-work blocks and the breaks planned between them</source>
        <translation>mostra i blocchi di lavoro concentrato e le pause pianificate tra di essi</translation>
    </message>
    <message>
        <source>show the next break and any pause</source>
        <translation>mostra la prossima pausa ed eventuali sospensioni</translation>
    </message>
    <message>
        <source>start a break now in the running app</source>
        <translation>inizia ora una pausa nell’app in esecuzione</translation>
    </message>
    <message>
        <source>table for people (default), csv for spreadsheets, json for scripts</source>
        <translation>table per le persone (predefinito), csv per i fogli di calcolo, json per gli script</translation>
    </message>
    <message>
        <source>table for people (default), json for scripts</source>
        <translation>table per le persone (predefinito), json per gli script</translation>
    </message>
    <message>
        <source>the config file to check (default: --config, or the user&apos;s config file)</source>
        <translation>il file di configurazione da controllare (predefinito: --config, o quello dell’utente)</translation>
    </message>
    <message>
        <source>treat warnings (unknown keys and sections) as errors: exit 2</source>
        <translation>tratta gli avvisi (chiavi e sezioni sconosciute) come errori: esce con 2</translation>
    </message>
    <message>
        <source>use this config file instead of the user&apos;s</source>
        <translation>usa questo file di configurazione invece di quello dell’utente</translation>
    </message>
    <message>
        <source>validate a config file and report every problem (exit 0 if usable, 2 if not)</source>
        <translation>convalida un file di configurazione e segnala ogni problema (esce con 0 se utilizzabile, altrimenti 2)</translation>
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
        <translation>%1 si ripete %2 volte nei giorni pianificati, più di %3; ignorato</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: file inesistente</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: non è un file normale</translation>
    </message>
    <message>
        <source>%1; event skipped</source>
        <translation>%1; evento saltato</translation>
    </message>
    <message>
        <source>%1; ignored</source>
        <translation>%1; ignorato</translation>
    </message>
    <message>
        <source>%1; using the cached copy, %2 old</source>
        <translation>%1; si usa la copia salvata (di %2 fa)</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(senza titolo)</translation>
    </message>
    <message>
        <source>DTEND at or after DTSTART</source>
        <translation>DTEND uguale o successivo a DTSTART</translation>
    </message>
    <message>
        <source>END:%1 without its BEGIN</source>
        <translation>END:%1 senza il suo BEGIN</translation>
    </message>
    <message>
        <source>RRULE INTERVAL=%1 is not a valid interval</source>
        <translation>RRULE INTERVAL=%1 non è un intervallo valido</translation>
    </message>
    <message>
        <source>RRULE has no valid FREQ (%1)</source>
        <translation>RRULE non ha un FREQ valido (%1)</translation>
    </message>
    <message>
        <source>X-WR-TIMEZONE %1 is not a time zone; ignored</source>
        <translation>X-WR-TIMEZONE %1 non è un fuso orario; ignorato</translation>
    </message>
    <message>
        <source>a DURATION such as PT30M</source>
        <translation>una DURATION come PT30M</translation>
    </message>
    <message>
        <source>a URL that serves the .ics file</source>
        <translation>un URL che fornisca il file .ics</translation>
    </message>
    <message>
        <source>a calendar that expands within the limits in docs/limits.md</source>
        <translation>un calendario che si espanda entro i limiti di docs/limits.md</translation>
    </message>
    <message>
        <source>a calendar under the size limit</source>
        <translation>un calendario entro il limite di dimensione</translation>
    </message>
    <message>
        <source>a path to an .ics file, a file:// URL, or an http(s):// URL</source>
        <translation>un percorso a un file .ics, un URL file:// o un URL http(s)://</translation>
    </message>
    <message>
        <source>a positive DURATION such as PT30M</source>
        <translation>una DURATION positiva come PT30M</translation>
    </message>
    <message>
        <source>a recurrence at most every 15 minutes, starting after 1900</source>
        <translation>una ripetizione al massimo ogni 15 minuti, che inizi dopo il 1900</translation>
    </message>
    <message>
        <source>a valid RRULE/RDATE/EXDATE</source>
        <translation>un RRULE/RDATE/EXDATE valido</translation>
    </message>
    <message>
        <source>a value as RFC 5545 defines it</source>
        <translation>un valore come lo definisce l’RFC 5545</translation>
    </message>
    <message>
        <source>an IANA zone such as &apos;Europe/Berlin&apos;</source>
        <translation>un fuso IANA come &apos;Europe/Berlin&apos;</translation>
    </message>
    <message>
        <source>an IANA zone such as &apos;Europe/Berlin&apos;, or a VTIMEZONE in the file</source>
        <translation>un fuso IANA come &apos;Europe/Berlin&apos;, o un VTIMEZONE nel file</translation>
    </message>
    <message>
        <source>an event with DTSTART</source>
        <translation>un evento con DTSTART</translation>
    </message>
    <message>
        <source>an iCalendar (.ics) file: BEGIN:VCALENDAR ... END:VCALENDAR</source>
        <translation>un file iCalendar (.ics): BEGIN:VCALENDAR ... END:VCALENDAR</translation>
    </message>
    <message>
        <source>an iCalendar file with at least one valid VEVENT</source>
        <translation>un file iCalendar con almeno un VEVENT valido</translation>
    </message>
    <message>
        <source>cannot be expanded: %1</source>
        <translation>non può essere espanso: %1</translation>
    </message>
    <message>
        <source>cannot be reached: %1</source>
        <translation>non raggiungibile: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>non leggibile: %1</translation>
    </message>
    <message>
        <source>could not be fetched</source>
        <translation>non è stato possibile scaricarlo</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>non è stato possibile leggerlo</translation>
    </message>
    <message>
        <source>could not be read (the reader ended with code %1: %2)</source>
        <translation>non è stato possibile leggerlo (il lettore è terminato con il codice %1: %2)</translation>
    </message>
    <message>
        <source>could not be read (the reader&apos;s answer was garbled)</source>
        <translation>non è stato possibile leggerlo (la risposta del lettore era illeggibile)</translation>
    </message>
    <message>
        <source>could not start the calendar reader: %1</source>
        <translation>impossibile avviare il lettore del calendario: %1</translation>
    </message>
    <message>
        <source>does not start with BEGIN:VCALENDAR</source>
        <translation>non inizia con BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>ends before it starts; counted as busy with start and end swapped</source>
        <translation>finisce prima di iniziare; contato come occupato con inizio e fine scambiati</translation>
    </message>
    <message>
        <source>every %1 minutes</source>
        <translation>ogni %1 minuti</translation>
    </message>
    <message>
        <source>every %1 seconds</source>
        <translation>ogni %1 secondi</translation>
    </message>
    <message>
        <source>every minute</source>
        <translation>ogni minuto</translation>
    </message>
    <message>
        <source>every second</source>
        <translation>ogni secondo</translation>
    </message>
    <message>
        <source>has %1 more than once</source>
        <translation>ha %1 più di una volta</translation>
    </message>
    <message>
        <source>has a negative duration</source>
        <translation>ha una durata negativa</translation>
    </message>
    <message>
        <source>has no DTSTART</source>
        <translation>non ha DTSTART</translation>
    </message>
    <message>
        <source>invalid %1: %2</source>
        <translation>%1 non valido: %2</translation>
    </message>
    <message>
        <source>is %1 MB, more than the %2 MB limit</source>
        <translation>è di %1 MB, oltre il limite di %2 MB</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>è vuoto</translation>
    </message>
    <message>
        <source>is more than the %1 MB limit</source>
        <translation>supera il limite di %1 MB</translation>
    </message>
    <message>
        <source>is not a valid URL: %1</source>
        <translation>non è un URL valido: %1</translation>
    </message>
    <message>
        <source>is not valid iCalendar: %1</source>
        <translation>non è un iCalendar valido: %1</translation>
    </message>
    <message>
        <source>lasts longer than %1 days</source>
        <translation>dura più di %1 giorni</translation>
    </message>
    <message>
        <source>needs more than %1 MB of memory to read</source>
        <translation>richiede più di %1 MB di memoria per essere letto</translation>
    </message>
    <message>
        <source>needs more than %1 s of processor time to read</source>
        <translation>richiede più di %1 s di processore per essere letto</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>nessuna risposta completa entro %1 s</translation>
    </message>
    <message>
        <source>no event in this calendar can be used</source>
        <translation>nessun evento di questo calendario è utilizzabile</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>file inesistente</translation>
    </message>
    <message>
        <source>not an iCalendar line: %1</source>
        <translation>non è una riga iCalendar: %1</translation>
    </message>
    <message>
        <source>not fetched yet and no cached copy</source>
        <translation>non ancora scaricato e senza copia salvata</translation>
    </message>
    <message>
        <source>not read: movebreak is quitting</source>
        <translation>non letto: movebreak si sta chiudendo</translation>
    </message>
    <message>
        <source>not read: the calendars before it took the %1 s that reading calendars may take</source>
        <translation>non letto: i calendari precedenti hanno usato i %1 s concessi alla lettura dei calendari</translation>
    </message>
    <message>
        <source>occurs %1; ignored</source>
        <translation>si ripete %1; ignorato</translation>
    </message>
    <message>
        <source>one %1 per event</source>
        <translation>un %1 per evento</translation>
    </message>
    <message>
        <source>repeats from %1: expanding it would take about %2 steps, more than %3; ignored</source>
        <translation>si ripete dal %1: espanderlo richiederebbe circa %2 passi, più di %3; ignorato</translation>
    </message>
    <message>
        <source>the file ends at line %1 inside BEGIN:%2 (truncated?)</source>
        <translation>il file finisce alla riga %1 dentro BEGIN:%2 (troncato?)</translation>
    </message>
    <message>
        <source>the recurring events before it already use this calendar&apos;s budget of %1 expansion steps; ignored</source>
        <translation>gli eventi ricorrenti precedenti usano già il budget di %1 passi di questo calendario; ignorato</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation>il server ha risposto HTTP %1 %2</translation>
    </message>
    <message>
        <source>the server redirected to %1, which is not an http(s) URL</source>
        <translation>il server ha reindirizzato a %1, che non è un URL http(s)</translation>
    </message>
    <message>
        <source>took longer than %1 s to read; skipped</source>
        <translation>la lettura ha richiesto più di %1 s; saltato</translation>
    </message>
    <message>
        <source>took longer than the %1 s that reading calendars may take; skipped</source>
        <translation>la lettura ha superato i %1 s concessi alla lettura dei calendari; saltato</translation>
    </message>
    <message>
        <source>unknown time zone %1</source>
        <translation>fuso orario sconosciuto %1</translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1:&apos;</source>
        <translation>schema non supportato &apos;%1:&apos;</translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1:&apos; (use https:// instead of webcal://)</source>
        <translation>schema non supportato &apos;%1:&apos; (usa https:// invece di webcal://)</translation>
    </message>
    <message>
        <source>using the cached copy, %1 old</source>
        <translation>si usa la copia salvata (di %1 fa)</translation>
    </message>
    <message>
        <source>wait for the next refresh</source>
        <translation>attendi il prossimo aggiornamento</translation>
    </message>
</context>
<context>
    <name>CheckConfig</name>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n avviso</numerusform>
            <numerusform>%n avvisi</numerusform>
        </translation>
    </message>
    <message>
        <source>OK with %1: %2</source>
        <translation>OK con %1: %2</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message>
        <source>OK: %1 (does not exist; the defaults are used)</source>
        <translation>OK: %1 (non esiste; si usano i valori predefiniti)</translation>
    </message>
    <message>
        <source>is a directory, not a config file</source>
        <translation>è una cartella, non un file di configurazione</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>file non trovato</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 days</source>
        <translation>%1 giorni</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
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
        <translation>Solo una trazione leggera. Fermati se senti formicolio o intorpidimento.</translation>
    </message>
    <message>
        <source>After a few circles, change direction, then blink.</source>
        <translation>Dopo qualche cerchio cambia direzione, poi sbatti le palpebre.</translation>
    </message>
    <message>
        <source>After a few circles, change direction.</source>
        <translation>Dopo qualche cerchio, cambia direzione.</translation>
    </message>
    <message>
        <source>After a few circles, reverse the direction.</source>
        <translation>Dopo qualche cerchio, inverti la direzione.</translation>
    </message>
    <message>
        <source>Ankle circles</source>
        <translation>Cerchi con le caviglie</translation>
    </message>
    <message>
        <source>Bend forward slowly and let your arms hang.</source>
        <translation>Piegati lentamente in avanti e lascia pendere le braccia.</translation>
    </message>
    <message>
        <source>Bend one knee and hold that ankle behind you.</source>
        <translation>Piega un ginocchio e tieni la caviglia dietro di te.</translation>
    </message>
    <message>
        <source>Bend sideways over your hip, without leaning forward.</source>
        <translation>Piegati di lato sopra l’anca, senza sporgerti in avanti.</translation>
    </message>
    <message>
        <source>Bend the front knee and lean into the wall until the back calf stretches.</source>
        <translation>Piega il ginocchio davanti e appoggiati al muro finché si allunga il polpaccio dietro.</translation>
    </message>
    <message>
        <source>Bend your elbows to lower your chest, then push back up.</source>
        <translation>Piega i gomiti per abbassare il petto, poi spingi di nuovo su.</translation>
    </message>
    <message>
        <source>Bend your front knee and tuck your pelvis under.</source>
        <translation>Piega il ginocchio davanti e ruota il bacino indietro.</translation>
    </message>
    <message>
        <source>Breathe in: lift your chest and arch your back.</source>
        <translation>Inspira: solleva il petto e inarca la schiena.</translation>
    </message>
    <message>
        <source>Breathe out: round your back and drop your chin.</source>
        <translation>Espira: arrotonda la schiena e abbassa il mento.</translation>
    </message>
    <message>
        <source>Breathe out; roll back up one vertebra at a time.</source>
        <translation>Espira; risali una vertebra alla volta.</translation>
    </message>
    <message>
        <source>Breathe slowly and enjoy the dark.</source>
        <translation>Respira lentamente e goditi il buio.</translation>
    </message>
    <message>
        <source>Bring one arm straight across your chest.</source>
        <translation>Porta un braccio teso davanti al petto.</translation>
    </message>
    <message>
        <source>Calf raises</source>
        <translation>Sollevamenti sulle punte</translation>
    </message>
    <message>
        <source>Calf stretch at the wall</source>
        <translation>Allungamento del polpaccio al muro</translation>
    </message>
    <message>
        <source>Chest opener</source>
        <translation>Apertura del petto</translation>
    </message>
    <message>
        <source>Chin to chest</source>
        <translation>Mento al petto</translation>
    </message>
    <message>
        <source>Chin tuck</source>
        <translation>Retrazione del mento</translation>
    </message>
    <message>
        <source>Circle your wrists slowly in one direction.</source>
        <translation>Ruota lentamente i polsi in una direzione.</translation>
    </message>
    <message>
        <source>Clasp your hands and reach your arms forward.</source>
        <translation>Intreccia le mani e allunga le braccia in avanti.</translation>
    </message>
    <message>
        <source>Close your eyes and cup your palms over them, without pressing.</source>
        <translation>Chiudi gli occhi e coprili con i palmi a coppa, senza premere.</translation>
    </message>
    <message>
        <source>Come back up slowly.</source>
        <translation>Torna su lentamente.</translation>
    </message>
    <message>
        <source>Cross-body shoulder stretch</source>
        <translation>Allungamento della spalla incrociato</translation>
    </message>
    <message>
        <source>Desk push-ups</source>
        <translation>Piegamenti alla scrivania</translation>
    </message>
    <message>
        <source>Do not press on your eyes.</source>
        <translation>Non premere sugli occhi.</translation>
    </message>
    <message>
        <source>Draw slow circles with your toes.</source>
        <translation>Disegna cerchi lenti con le punte dei piedi.</translation>
    </message>
    <message>
        <source>Draw the knee up towards your chest.</source>
        <translation>Porta il ginocchio verso il petto.</translation>
    </message>
    <message>
        <source>Draw your elbows back and squeeze your shoulder blades together.</source>
        <translation>Porta i gomiti indietro e stringi le scapole.</translation>
    </message>
    <message>
        <source>Ease the elbow back gently and breathe.</source>
        <translation>Spingi piano il gomito indietro e respira.</translation>
    </message>
    <message>
        <source>Eye circles</source>
        <translation>Cerchi con gli occhi</translation>
    </message>
    <message>
        <source>Face a wall and put both hands on it.</source>
        <translation>Mettiti di fronte a un muro con entrambe le mani appoggiate.</translation>
    </message>
    <message>
        <source>Feel the back of your neck lengthen; breathe.</source>
        <translation>Senti allungarsi la nuca; respira.</translation>
    </message>
    <message>
        <source>Feel your shoulder blades spread; breathe into your back.</source>
        <translation>Senti le scapole aprirsi; respira verso la schiena.</translation>
    </message>
    <message>
        <source>Find something at least 6 metres (20 feet) away.</source>
        <translation>Trova qualcosa ad almeno 6 metri di distanza.</translation>
    </message>
    <message>
        <source>Fist and spread</source>
        <translation>Pugno e apertura</translation>
    </message>
    <message>
        <source>Focus on your thumb for a breath.</source>
        <translation>Metti a fuoco il pollice per un respiro.</translation>
    </message>
    <message>
        <source>Gently draw it closer and keep your shoulder down.</source>
        <translation>Avvicinalo piano e tieni la spalla bassa.</translation>
    </message>
    <message>
        <source>Glide your head straight back, making a double chin.</source>
        <translation>Porta la testa dritta all’indietro, facendo il doppio mento.</translation>
    </message>
    <message>
        <source>Hold a desk or chair for balance. Keep the front knee over the ankle.</source>
        <translation>Tieniti a una scrivania o a una sedia. Tieni il ginocchio davanti sopra la caviglia.</translation>
    </message>
    <message>
        <source>Hold and breathe, keeping your back tall.</source>
        <translation>Tieni e respira, con la schiena dritta.</translation>
    </message>
    <message>
        <source>Hold for a breath, then relax forward again.</source>
        <translation>Tieni per un respiro, poi rilassati in avanti.</translation>
    </message>
    <message>
        <source>Hold for a breath, then release.</source>
        <translation>Tieni per un respiro, poi rilascia.</translation>
    </message>
    <message>
        <source>Hold for a moment, then let them drop.</source>
        <translation>Tieni un momento, poi lasciale cadere.</translation>
    </message>
    <message>
        <source>Hold it above the elbow with your other hand.</source>
        <translation>Tienilo sopra il gomito con l’altra mano.</translation>
    </message>
    <message>
        <source>Hold on for balance. Stop if your knee hurts.</source>
        <translation>Tieniti per l’equilibrio. Fermati se il ginocchio fa male.</translation>
    </message>
    <message>
        <source>Hold one arm straight out in front, palm down.</source>
        <translation>Tendi un braccio davanti a te, palmo in giù.</translation>
    </message>
    <message>
        <source>Hold one arm straight out in front, palm facing away, fingers up.</source>
        <translation>Tendi un braccio davanti a te, palmo in fuori, dita in su.</translation>
    </message>
    <message>
        <source>Hold until you feel the back of the forearm stretch.</source>
        <translation>Tieni finché senti allungarsi il dorso dell’avambraccio.</translation>
    </message>
    <message>
        <source>Hold until you feel the inner forearm stretch.</source>
        <translation>Tieni finché senti allungarsi l’interno dell’avambraccio.</translation>
    </message>
    <message>
        <source>Hold your thumb up at arm&apos;s length.</source>
        <translation>Alza il pollice con il braccio teso.</translation>
    </message>
    <message>
        <source>Keep it gentle and breathe; do not bounce.</source>
        <translation>Con delicatezza, respirando; niente molleggi.</translation>
    </message>
    <message>
        <source>Keep it gentle. Stop if you feel pain, tingling or dizziness.</source>
        <translation>Con delicatezza. Fermati se senti dolore, formicolio o capogiri.</translation>
    </message>
    <message>
        <source>Keep the back heel on the floor; stop if it hurts.</source>
        <translation>Tieni il tallone dietro a terra; fermati se fa male.</translation>
    </message>
    <message>
        <source>Keep your back straight; do not bounce.</source>
        <translation>Tieni la schiena dritta; niente molleggi.</translation>
    </message>
    <message>
        <source>Keep your eyes level; do not tip your head up or down.</source>
        <translation>Tieni lo sguardo orizzontale; non inclinare la testa in su o in giù.</translation>
    </message>
    <message>
        <source>Keep your face forward and breathe slowly.</source>
        <translation>Tieni il viso in avanti e respira lentamente.</translation>
    </message>
    <message>
        <source>Keep your head still and look up.</source>
        <translation>Tieni la testa ferma e guarda in alto.</translation>
    </message>
    <message>
        <source>Keep your knees side by side and push your hip forward gently.</source>
        <translation>Tieni le ginocchia vicine e spingi piano l’anca in avanti.</translation>
    </message>
    <message>
        <source>Keep your lower back neutral; do not lean back.</source>
        <translation>Tieni la zona lombare neutra; non inclinarti indietro.</translation>
    </message>
    <message>
        <source>Keep your shoulders down, away from your ears.</source>
        <translation>Tieni le spalle basse, lontane dalle orecchie.</translation>
    </message>
    <message>
        <source>Keep your shoulders relaxed. Stop if you feel tingling.</source>
        <translation>Tieni le spalle rilassate. Fermati se senti formicolio.</translation>
    </message>
    <message>
        <source>Keep your upper body tall and still.</source>
        <translation>Tieni il busto dritto e fermo.</translation>
    </message>
    <message>
        <source>Knee to chest</source>
        <translation>Ginocchio al petto</translation>
    </message>
    <message>
        <source>Lean back gently over the top of the chair and look up.</source>
        <translation>Inclinati piano all’indietro oltre lo schienale e guarda in alto.</translation>
    </message>
    <message>
        <source>Lean back gently, supporting yourself with your hands.</source>
        <translation>Inclinati piano all’indietro, sostenendoti con le mani.</translation>
    </message>
    <message>
        <source>Lean forward a little from your hips until you feel the stretch.</source>
        <translation>Piegati un po’ in avanti dai fianchi finché senti l’allungamento.</translation>
    </message>
    <message>
        <source>Lean forward and stand up without using your hands.</source>
        <translation>Piegati in avanti e alzati senza usare le mani.</translation>
    </message>
    <message>
        <source>Lean forward from your hips with a long back until you feel the stretch.</source>
        <translation>Piegati dai fianchi con la schiena lunga finché senti l’allungamento.</translation>
    </message>
    <message>
        <source>Leg swings</source>
        <translation>Oscillazioni della gamba</translation>
    </message>
    <message>
        <source>Let the hand drop and ease it towards you with your other hand.</source>
        <translation>Lascia cadere la mano e portala piano verso di te con l’altra mano.</translation>
    </message>
    <message>
        <source>Let the raised knee drop out to the side.</source>
        <translation>Lascia cadere di lato il ginocchio sollevato.</translation>
    </message>
    <message>
        <source>Let your eyes rest on it for 20 seconds.</source>
        <translation>Lascia riposare gli occhi lì per 20 secondi.</translation>
    </message>
    <message>
        <source>Lift both shoulders towards your ears.</source>
        <translation>Alza entrambe le spalle verso le orecchie.</translation>
    </message>
    <message>
        <source>Lift one knee to hip height, then lower it.</source>
        <translation>Alza un ginocchio all’altezza dell’anca, poi abbassalo.</translation>
    </message>
    <message>
        <source>Lift your head back up slowly.</source>
        <translation>Rialza lentamente la testa.</translation>
    </message>
    <message>
        <source>Look away from your screen.</source>
        <translation>Distogli lo sguardo dallo schermo.</translation>
    </message>
    <message>
        <source>Look far away (20-20-20)</source>
        <translation>Guardare lontano (20-20-20)</translation>
    </message>
    <message>
        <source>Lower your hands slowly, palms still together.</source>
        <translation>Abbassa lentamente le mani, con i palmi ancora uniti.</translation>
    </message>
    <message>
        <source>Lower your heels slowly and repeat.</source>
        <translation>Abbassa lentamente i talloni e ripeti.</translation>
    </message>
    <message>
        <source>Make a soft fist and hold for a breath.</source>
        <translation>Chiudi un pugno morbido e tieni per un respiro.</translation>
    </message>
    <message>
        <source>Marching knee lifts</source>
        <translation>Marcia con ginocchia alte</translation>
    </message>
    <message>
        <source>Move slowly. Stop if you feel pain or tingling in your arms.</source>
        <translation>Muoviti piano. Fermati se senti dolore o formicolio alle braccia.</translation>
    </message>
    <message>
        <source>Move within a comfortable range.</source>
        <translation>Muoviti entro un’ampiezza comoda.</translation>
    </message>
    <message>
        <source>Near and far focus</source>
        <translation>Messa a fuoco vicino e lontano</translation>
    </message>
    <message>
        <source>Neck side tilt</source>
        <translation>Inclinazione laterale del collo</translation>
    </message>
    <message>
        <source>Only a small bend. Stop if you feel pain or dizziness.</source>
        <translation>Solo un piccolo piegamento. Fermati se senti dolore o capogiri.</translation>
    </message>
    <message>
        <source>Only on a chair that does not tip. Stop if your back hurts.</source>
        <translation>Solo su una sedia che non si ribalta. Fermati se la schiena fa male.</translation>
    </message>
    <message>
        <source>Only use a desk that cannot slide or tip.</source>
        <translation>Usa solo una scrivania che non possa scivolare o ribaltarsi.</translation>
    </message>
    <message>
        <source>Open your chest and look ahead; breathe.</source>
        <translation>Apri il petto e guarda avanti; respira.</translation>
    </message>
    <message>
        <source>Open your elbows wide.</source>
        <translation>Apri bene i gomiti.</translation>
    </message>
    <message>
        <source>Open your hands and spread your fingers wide.</source>
        <translation>Apri le mani e allarga bene le dita.</translation>
    </message>
    <message>
        <source>Overhead triceps stretch</source>
        <translation>Allungamento del tricipite sopra la testa</translation>
    </message>
    <message>
        <source>Palming</source>
        <translation>Palming</translation>
    </message>
    <message>
        <source>Prayer stretch</source>
        <translation>Allungamento in preghiera</translation>
    </message>
    <message>
        <source>Press your palms together in front of your chest.</source>
        <translation>Premi i palmi uno contro l’altro davanti al petto.</translation>
    </message>
    <message>
        <source>Pull lightly; stop if the shoulder pinches.</source>
        <translation>Tira leggermente; fermati se la spalla dà fastidio.</translation>
    </message>
    <message>
        <source>Pull your toes towards you, hold, then lower slowly.</source>
        <translation>Porta le punte verso di te, tieni, poi abbassa piano.</translation>
    </message>
    <message>
        <source>Put your hands on the edge of a sturdy desk, shoulder-width apart.</source>
        <translation>Appoggia le mani sul bordo di una scrivania stabile, alla larghezza delle spalle.</translation>
    </message>
    <message>
        <source>Put your hands on your lower back, fingers down.</source>
        <translation>Metti le mani sulla zona lombare, dita verso il basso.</translation>
    </message>
    <message>
        <source>Raise both hands in front of you.</source>
        <translation>Alza entrambe le mani davanti a te.</translation>
    </message>
    <message>
        <source>Raise one arm and bend the elbow so your hand drops behind your head.</source>
        <translation>Alza un braccio e piega il gomito così che la mano scenda dietro la testa.</translation>
    </message>
    <message>
        <source>Raise your hands in front of you, elbows relaxed.</source>
        <translation>Alza le mani davanti a te, gomiti rilassati.</translation>
    </message>
    <message>
        <source>Reach and round</source>
        <translation>Allungarsi e arrotondare</translation>
    </message>
    <message>
        <source>Repeat at your own pace.</source>
        <translation>Ripeti con il tuo ritmo.</translation>
    </message>
    <message>
        <source>Repeat slowly with your breath.</source>
        <translation>Ripeti lentamente, seguendo il respiro.</translation>
    </message>
    <message>
        <source>Repeat slowly.</source>
        <translation>Ripeti lentamente.</translation>
    </message>
    <message>
        <source>Rest a hand on the desk if you feel unsteady.</source>
        <translation>Appoggia una mano sulla scrivania se ti senti instabile.</translation>
    </message>
    <message>
        <source>Rest your other hand on that elbow.</source>
        <translation>Appoggia l’altra mano su quel gomito.</translation>
    </message>
    <message>
        <source>Return to upright slowly.</source>
        <translation>Torna lentamente in posizione eretta.</translation>
    </message>
    <message>
        <source>Rise onto the balls of your feet.</source>
        <translation>Sali sulle punte dei piedi.</translation>
    </message>
    <message>
        <source>Roll your shoulders up, back and down in slow circles.</source>
        <translation>Ruota le spalle in su, indietro e in giù con cerchi lenti.</translation>
    </message>
    <message>
        <source>Round your upper back and let your head drop.</source>
        <translation>Arrotonda la parte alta della schiena e lascia cadere la testa.</translation>
    </message>
    <message>
        <source>Rub your palms together until they feel warm.</source>
        <translation>Strofina i palmi finché non si scaldano.</translation>
    </message>
    <message>
        <source>Seated back extension</source>
        <translation>Estensione della schiena da seduto</translation>
    </message>
    <message>
        <source>Seated cat–cow</source>
        <translation>Gatto-mucca da seduto</translation>
    </message>
    <message>
        <source>Seated figure four</source>
        <translation>Figura quattro da seduto</translation>
    </message>
    <message>
        <source>Seated forward fold</source>
        <translation>Piegamento in avanti da seduto</translation>
    </message>
    <message>
        <source>Seated hamstring stretch</source>
        <translation>Allungamento dei femorali da seduto</translation>
    </message>
    <message>
        <source>Seated knee extension</source>
        <translation>Estensione del ginocchio da seduto</translation>
    </message>
    <message>
        <source>Shift forward until you feel the front of the back hip stretch.</source>
        <translation>Spostati in avanti finché senti allungarsi la parte anteriore dell’anca dietro.</translation>
    </message>
    <message>
        <source>Shoulder blade squeeze</source>
        <translation>Stringere le scapole</translation>
    </message>
    <message>
        <source>Shoulder rolls</source>
        <translation>Rotazioni delle spalle</translation>
    </message>
    <message>
        <source>Shoulder shrugs</source>
        <translation>Sollevamento delle spalle</translation>
    </message>
    <message>
        <source>Sit against the backrest and put your hands behind your head.</source>
        <translation>Appoggiati allo schienale e metti le mani dietro la testa.</translation>
    </message>
    <message>
        <source>Sit back down slowly and with control.</source>
        <translation>Risiediti lentamente e con controllo.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair with your hands on your knees.</source>
        <translation>Siediti sul bordo della sedia con le mani sulle ginocchia.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair, feet apart.</source>
        <translation>Siediti sul bordo della sedia, piedi divaricati.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair, feet flat.</source>
        <translation>Siediti sul bordo della sedia, piedi ben appoggiati.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair.</source>
        <translation>Siediti sul bordo della sedia.</translation>
    </message>
    <message>
        <source>Sit tall and hold one knee with both hands.</source>
        <translation>Siediti dritto e tieni un ginocchio con entrambe le mani.</translation>
    </message>
    <message>
        <source>Sit tall and hold the sides of your seat.</source>
        <translation>Siediti dritto e tieni i lati della seduta.</translation>
    </message>
    <message>
        <source>Sit tall and let your shoulders drop.</source>
        <translation>Siediti dritto e lascia scendere le spalle.</translation>
    </message>
    <message>
        <source>Sit tall and look straight ahead.</source>
        <translation>Siediti dritto e guarda davanti a te.</translation>
    </message>
    <message>
        <source>Sit tall and rest one ankle on the opposite knee.</source>
        <translation>Siediti dritto e appoggia una caviglia sul ginocchio opposto.</translation>
    </message>
    <message>
        <source>Sit tall and stretch one leg out, heel lifted.</source>
        <translation>Siediti dritto e distendi una gamba, tallone sollevato.</translation>
    </message>
    <message>
        <source>Sit tall with your arms hanging loose.</source>
        <translation>Siediti dritto con le braccia rilassate lungo i fianchi.</translation>
    </message>
    <message>
        <source>Sit tall with your arms relaxed.</source>
        <translation>Siediti dritto con le braccia rilassate.</translation>
    </message>
    <message>
        <source>Sit tall with your elbows bent at your sides.</source>
        <translation>Siediti dritto con i gomiti piegati lungo i fianchi.</translation>
    </message>
    <message>
        <source>Sit tall with your shoulders relaxed.</source>
        <translation>Siediti dritto con le spalle rilassate.</translation>
    </message>
    <message>
        <source>Sit to stand</source>
        <translation>Seduto e in piedi</translation>
    </message>
    <message>
        <source>Skip it after hip or knee surgery. Stop if your knee hurts.</source>
        <translation>Evitalo dopo un intervento all’anca o al ginocchio. Fermati se il ginocchio fa male.</translation>
    </message>
    <message>
        <source>Skip this if you have a back problem or high blood pressure.</source>
        <translation>Evitalo se hai problemi alla schiena o pressione alta.</translation>
    </message>
    <message>
        <source>Slide your other hand down the side of your leg.</source>
        <translation>Fai scivolare l’altra mano lungo il fianco della gamba.</translation>
    </message>
    <message>
        <source>Slowly lower your chin towards your chest.</source>
        <translation>Abbassa lentamente il mento verso il petto.</translation>
    </message>
    <message>
        <source>Slowly roll your eyes in a wide circle.</source>
        <translation>Ruota lentamente gli occhi in un ampio cerchio.</translation>
    </message>
    <message>
        <source>Small swings at first; hold on for balance.</source>
        <translation>All’inizio oscillazioni piccole; tieniti per l’equilibrio.</translation>
    </message>
    <message>
        <source>Stand side-on to a wall and rest a hand on it.</source>
        <translation>Mettiti di fianco a un muro e appoggiaci una mano.</translation>
    </message>
    <message>
        <source>Stand tall and clasp your hands behind your back.</source>
        <translation>Stai dritto e intreccia le mani dietro la schiena.</translation>
    </message>
    <message>
        <source>Stand tall and raise one arm overhead.</source>
        <translation>Stai dritto e alza un braccio sopra la testa.</translation>
    </message>
    <message>
        <source>Stand tall beside your desk.</source>
        <translation>Stai in piedi, dritto, accanto alla scrivania.</translation>
    </message>
    <message>
        <source>Stand tall with one hand on a wall or desk.</source>
        <translation>Stai dritto con una mano sul muro o sulla scrivania.</translation>
    </message>
    <message>
        <source>Stand tall, feet hip-width apart, a hand on your desk.</source>
        <translation>Stai dritto, piedi alla larghezza dei fianchi, una mano sulla scrivania.</translation>
    </message>
    <message>
        <source>Stand with your feet hip-width apart.</source>
        <translation>Stai in piedi con i piedi alla larghezza dei fianchi.</translation>
    </message>
    <message>
        <source>Standing back bend</source>
        <translation>Estensione della schiena in piedi</translation>
    </message>
    <message>
        <source>Standing hip flexor stretch</source>
        <translation>Allungamento del flessore dell’anca in piedi</translation>
    </message>
    <message>
        <source>Standing side bend</source>
        <translation>Flessione laterale in piedi</translation>
    </message>
    <message>
        <source>Standing thigh stretch</source>
        <translation>Allungamento della coscia in piedi</translation>
    </message>
    <message>
        <source>Step back until your body is a straight slope.</source>
        <translation>Fai qualche passo indietro finché il corpo forma una linea inclinata.</translation>
    </message>
    <message>
        <source>Step one foot back, heel down, leg straight.</source>
        <translation>Porta un piede indietro, tallone giù, gamba tesa.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy.</source>
        <translation>Fermati se ti gira la testa.</translation>
    </message>
    <message>
        <source>Stop if you feel pain in the shoulder.</source>
        <translation>Fermati se senti dolore alla spalla.</translation>
    </message>
    <message>
        <source>Stop if you feel pain in your hip or back.</source>
        <translation>Fermati se senti dolore all’anca o alla schiena.</translation>
    </message>
    <message>
        <source>Stop when you feel a mild stretch in your wrists; hold.</source>
        <translation>Fermati quando senti un leggero allungamento ai polsi; tieni.</translation>
    </message>
    <message>
        <source>Straighten one knee until the leg is level.</source>
        <translation>Distendi un ginocchio finché la gamba è orizzontale.</translation>
    </message>
    <message>
        <source>Straighten one leg, heel on the floor, toes up.</source>
        <translation>Distendi una gamba, tallone a terra, punte in su.</translation>
    </message>
    <message>
        <source>Straighten your arms and lift them a little away from you.</source>
        <translation>Distendi le braccia e allontanale un po’ dal corpo.</translation>
    </message>
    <message>
        <source>Swing one leg forward and back, loose and easy.</source>
        <translation>Fai oscillare una gamba avanti e indietro, sciolta e leggera.</translation>
    </message>
    <message>
        <source>Switch back and forth a few times.</source>
        <translation>Alterna qualche volta.</translation>
    </message>
    <message>
        <source>Switch legs and keep a steady march.</source>
        <translation>Cambia gamba e mantieni una marcia regolare.</translation>
    </message>
    <message>
        <source>Take a long step forward, back heel lifted.</source>
        <translation>Fai un passo lungo in avanti, con il tallone dietro sollevato.</translation>
    </message>
    <message>
        <source>Then focus on something far away for a breath.</source>
        <translation>Poi metti a fuoco qualcosa di lontano per un respiro.</translation>
    </message>
    <message>
        <source>Tilt your ear towards your shoulder.</source>
        <translation>Inclina l’orecchio verso la spalla.</translation>
    </message>
    <message>
        <source>Use a chair that cannot roll away.</source>
        <translation>Usa una sedia che non possa scivolare via.</translation>
    </message>
    <message>
        <source>With the other hand, ease the fingers back towards you.</source>
        <translation>Con l’altra mano, porta piano le dita verso di te.</translation>
    </message>
    <message>
        <source>Wrist circles</source>
        <translation>Cerchi con i polsi</translation>
    </message>
    <message>
        <source>Wrist stretch, fingers down</source>
        <translation>Allungamento del polso, dita in giù</translation>
    </message>
    <message>
        <source>Wrist stretch, fingers up</source>
        <translation>Allungamento del polso, dita in su</translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <source>&amp;Open my exercises folder</source>
        <translation>&amp;Apri la mia cartella degli esercizi</translation>
    </message>
    <message>
        <source>&amp;Play preview</source>
        <translation>A&amp;vvia anteprima</translation>
    </message>
    <message>
        <source>A favourite (♥ in the prompt)</source>
        <translation>Un preferito (♥ nella finestra della pausa)</translation>
    </message>
    <message>
        <source>Body &amp;areas to include</source>
        <translation>&amp;Zone del corpo incluse</translation>
    </message>
    <message>
        <source>E&amp;xercises (untick one to never get it)</source>
        <translation>&amp;Esercizi (togli la spunta per non riceverne mai uno)</translation>
    </message>
    <message>
        <source>Illustrations unavailable: %1</source>
        <translation>Illustrazioni non disponibili: %1</translation>
    </message>
    <message>
        <source>No exercises were found. Check the exercise files.</source>
        <translation>Nessun esercizio trovato. Controlla i file degli esercizi.</translation>
    </message>
    <message>
        <source>Sto&amp;p preview</source>
        <translation>Ferma l’ante&amp;prima</translation>
    </message>
    <message>
        <source>Your own exercises are .toml files in this folder; they are loaded at the next start.</source>
        <translation>I tuoi esercizi sono file .toml in questa cartella; vengono caricati al prossimo avvio.</translation>
    </message>
</context>
<context>
    <name>FigureWidget</name>
    <message>
        <source>Exercise illustration</source>
        <translation>Illustrazione dell’esercizio</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
    <message>
        <source>Fitting in with the rest of the desktop</source>
        <translation>Convivere con il resto del desktop</translation>
    </message>
    <message>
        <source>General: %1</source>
        <translation>Generale: %1</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Apri cartella &amp;dati</translation>
    </message>
    <message>
        <source>Open s&amp;ettings folder</source>
        <translation>Apri cartella &amp;impostazioni</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Start and notifications</source>
        <translation>Avvio e notifiche</translation>
    </message>
    <message>
        <source>Start movebreak when I log &amp;in</source>
        <translation>Avvia movebreak all’&amp;accesso</translation>
    </message>
    <message>
        <source>Unknown time zone &apos;%1&apos;: use an IANA name such as Europe/Berlin</source>
        <translation>Fuso orario sconosciuto «%1»: usa un nome IANA come Europe/Rome</translation>
    </message>
    <message>
        <source>Where your settings and data live</source>
        <translation>Dove si trovano impostazioni e dati</translation>
    </message>
    <message>
        <source>e.g. zoom, obs</source>
        <translation>es. zoom, obs</translation>
    </message>
    <message>
        <source>empty: the system&apos;s zone</source>
        <translation>vuoto: il fuso del sistema</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>%1 min moved</source>
        <translation>%1 min di movimento</translation>
    </message>
    <message>
        <source>%1 missed while asleep or off</source>
        <translation>%1 perse durante sospensione o spegnimento</translation>
    </message>
    <message>
        <source>%1 of %2 due completed (%3)</source>
        <translation>%1 di %2 previste completate (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <translation>
            <numerusform>%n pausa</numerusform>
            <numerusform>%n pause</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>No breaks logged in that range.</source>
        <translation>Nessuna pausa registrata in quel periodo.</translation>
    </message>
    <message>
        <source>No breaks logged yet (%1 does not exist).</source>
        <translation>Ancora nessuna pausa registrata (%1 non esiste).</translation>
    </message>
    <message>
        <source>No breaks logged yet.</source>
        <translation>Ancora nessuna pausa registrata.</translation>
    </message>
    <message>
        <source>exercises</source>
        <translation>esercizi</translation>
    </message>
    <message>
        <source>length</source>
        <translation>durata</translation>
    </message>
    <message>
        <source>most skipped: %1</source>
        <translation>più saltati: %1</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>esito</translation>
    </message>
    <message>
        <source>streak: %1 (longest %2)</source>
        <translation>serie: %1 (record %2)</translation>
    </message>
    <message>
        <source>when</source>
        <translation>quando</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source> (newest %1 shown)</source>
        <translation> (mostrate le %1 più recenti)</translation>
    </message>
    <message>
        <source>%1: none yet</source>
        <translation>%1: ancora nessuna</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 giorni</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 giorni</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; min moved</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; min di movimento</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; missed while asleep or off</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; perse durante sospensione o spegnimento</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 due breaks completed (&lt;b&gt;%3&lt;/b&gt;)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; di %2 pause previste completate (&lt;b&gt;%3&lt;/b&gt;)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutto</translation>
    </message>
    <message>
        <source>All breaks</source>
        <translation>Tutte le pause</translation>
    </message>
    <message>
        <source>Body areas moved, last 7 days (minutes)</source>
        <translation>Zone del corpo mosse, ultimi 7 giorni (minuti)</translation>
    </message>
    <message>
        <source>Breaks are not being logged: the journal is read-only.</source>
        <translation>Le pause non vengono registrate: il diario è di sola lettura.</translation>
    </message>
    <message numerus="yes">
        <source>Breaks in the last %n days</source>
        <translation>
            <numerusform>Pause dell’ultimo giorno</numerusform>
            <numerusform>Pause degli ultimi %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>Foglio CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Impossibile esportare in %1: %2</translation>
    </message>
    <message>
        <source>Days in a row with at least one routine completed. Days with no breaks due (weekends, days off) don&apos;t break a streak.</source>
        <translation>Giorni di fila con almeno una routine completata. I giorni senza pause previste (weekend, ferie) non interrompono la serie.</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Esercizi</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Esporta cronologia</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n breaks to %1</source>
        <translation>
            <numerusform>%n pausa esportata in %1</numerusform>
            <numerusform>%n pause esportate in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>Ultimi 14 giorni</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n days</source>
        <translation>
            <numerusform>Serie: %n giorno</numerusform>
            <numerusform>Serie: %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>longest %1</source>
        <translation>record %1</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuti</translation>
    </message>
    <message>
        <source>most skipped: %1</source>
        <translation>più saltati: %1</translation>
    </message>
    <message>
        <source>movebreak — history</source>
        <translation>movebreak — cronologia</translation>
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
        <translation>%1. Le pause non vengono registrate finché non si risolve.</translation>
    </message>
    <message>
        <source>Could not read the journal %1: %2.</source>
        <translation>Impossibile leggere il diario %1: %2.</translation>
    </message>
    <message>
        <source>Could not save a break to %1: %2. Recent breaks may be missing from your history until this is fixed.</source>
        <translation>Impossibile salvare una pausa in %1: %2. Finché non si risolve, le pause recenti potrebbero mancare dalla cronologia.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened for writing: %2</source>
        <translation>Il diario %1 non può essere aperto in scrittura: %2</translation>
    </message>
    <message>
        <source>The journal %1 cannot be written: %2</source>
        <translation>Non è possibile scrivere nel diario %1: %2</translation>
    </message>
    <message>
        <source>The journal %1 is damaged (%2) and could not be moved aside (%3). Breaks are not being logged.</source>
        <translation>Il diario %1 è danneggiato (%2) e non è stato possibile metterlo da parte (%3). Le pause non vengono registrate.</translation>
    </message>
    <message>
        <source>The journal %1 was damaged and could not be read (%2). It was kept as %3 and a new journal was started.</source>
        <translation>Il diario %1 era danneggiato e non si poteva leggere (%2). È stato conservato come %3 ed è stato avviato un nuovo diario.</translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer movebreak (schema %2; this version knows up to %3). History is shown, but breaks are not logged until you update movebreak.</source>
        <translation>Il diario %1 è stato scritto da un movebreak più recente (schema %2; questa versione arriva al %3). La cronologia è visibile, ma le pause non vengono registrate finché non aggiorni movebreak.</translation>
    </message>
    <message>
        <source>The journal folder %1 cannot be created: %2</source>
        <translation>Non è possibile creare la cartella del diario %1: %2</translation>
    </message>
    <message>
        <source>another program holds it locked</source>
        <translation>un altro programma lo tiene bloccato</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>permesso negato</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>il disco è pieno</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>il disco ha segnalato un errore di input/output</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>il file è di sola lettura</translation>
    </message>
    <message>
        <source>the file or its folder cannot be opened for writing</source>
        <translation>il file o la sua cartella non può essere aperto in scrittura</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation>Lingua di sistema</translation>
    </message>
</context>
<context>
    <name>LanguageGroup</name>
    <message>
        <source>&amp;Language of windows and exercises</source>
        <translation>&amp;Lingua di finestre ed esercizi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Windows and breaks use it after Save; the tray menu at the next start.</source>
        <translation>Finestre e pause la usano dopo il salvataggio; il menu dell’area di notifica al prossimo avvio.</translation>
    </message>
</context>
<context>
    <name>NoBreak</name>
    <message>
        <source>no gap long enough</source>
        <translation>nessuno spazio abbastanza lungo</translation>
    </message>
    <message>
        <source>no working hours set</source>
        <translation>nessun orario di lavoro impostato</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>fuori dall’orario di lavoro</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>in pausa</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Show the break</source>
        <translation>Mostra la pausa</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Inizia ora</translation>
    </message>
    <message>
        <source>Stretch break in %1 min %2 s</source>
        <translation>Pausa stretching tra %1 min %2 s</translation>
    </message>
    <message numerus="yes">
        <source>Stretch break in %n min</source>
        <translation>
            <numerusform>Pausa stretching tra %n min</numerusform>
            <numerusform>Pausa stretching tra %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stretch break in %n s</source>
        <translation>
            <numerusform>Pausa stretching tra %n s</numerusform>
            <numerusform>Pausa stretching tra %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>È ora di muoversi</translation>
    </message>
</context>
<context>
    <name>Option</name>
    <message>
        <source>Announce breaks with a desktop notification.</source>
        <translation>Annuncia le pause con una notifica del desktop.</translation>
    </message>
    <message>
        <source>Body areas never to suggest.</source>
        <translation>Zone del corpo da non proporre mai.</translation>
    </message>
    <message>
        <source>Count time away from the keyboard as a natural break.</source>
        <translation>Conta il tempo lontano dalla tastiera come pausa naturale.</translation>
    </message>
    <message>
        <source>Exercise ids never to suggest.</source>
        <translation>ID di esercizi da non proporre mai.</translation>
    </message>
    <message>
        <source>Exercise ids to suggest first where body areas allow.</source>
        <translation>ID di esercizi da proporre per primi quando le zone del corpo lo permettono.</translation>
    </message>
    <message>
        <source>Gaps shorter than this get no break.</source>
        <translation>Gli spazi più brevi non hanno pausa.</translation>
    </message>
    <message>
        <source>Heads-up notification this long before a break (0 = off).</source>
        <translation>Avviso con questo anticipo prima di una pausa (0 = disattivato).</translation>
    </message>
    <message>
        <source>Hold breaks while a fullscreen window has focus.</source>
        <translation>Trattieni le pause mentre una finestra a schermo intero ha il focus.</translation>
    </message>
    <message>
        <source>Hold breaks while any of these processes runs.</source>
        <translation>Trattieni le pause mentre è in esecuzione uno di questi processi.</translation>
    </message>
    <message>
        <source>Hold breaks while the microphone or the camera is in use (a call).</source>
        <translation>Trattieni le pause mentre il microfono o la videocamera sono in uso (una chiamata).</translation>
    </message>
    <message>
        <source>How long Snooze postpones a break.</source>
        <translation>Di quanto «Rimanda» sposta una pausa.</translation>
    </message>
    <message>
        <source>How often URL calendars are fetched again.</source>
        <translation>Ogni quanto i calendari URL vengono riscaricati.</translation>
    </message>
    <message>
        <source>Language of the windows and exercises (empty = system).</source>
        <translation>Lingua di finestre ed esercizi (vuoto = sistema).</translation>
    </message>
    <message>
        <source>Longest free stretch without a break.</source>
        <translation>Periodo libero più lungo senza pausa.</translation>
    </message>
    <message>
        <source>Longest routine.</source>
        <translation>Routine più lunga.</translation>
    </message>
    <message>
        <source>Minutes after a block ends before the break starts.</source>
        <translation>Minuti dopo la fine di un blocco prima che inizi la pausa.</translation>
    </message>
    <message>
        <source>Plan in this IANA zone instead of the system&apos;s (empty = system).</source>
        <translation>Pianifica in questo fuso IANA invece di quello del sistema (vuoto = sistema).</translation>
    </message>
    <message>
        <source>Play a soft chime at the start and between exercises.</source>
        <translation>Suona un leggero rintocco all’inizio e tra gli esercizi.</translation>
    </message>
    <message>
        <source>Routines you may skip a day; then Skip routine becomes Shorten to 1 min (0 = no limit).</source>
        <translation>Routine che puoi saltare al giorno; poi «Salta la routine» diventa «Accorcia a 1 min» (0 = nessun limite).</translation>
    </message>
    <message>
        <source>Shortest routine.</source>
        <translation>Routine più breve.</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>completed</source>
        <translation>completata</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>persa</translation>
    </message>
    <message>
        <source>natural break</source>
        <translation>pausa naturale</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non raggiunto</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>parziale</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>mostrata</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>saltata</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>rimandata</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>trattenuta</translation>
    </message>
</context>
<context>
    <name>Pause</name>
    <message>
        <source>%1 days</source>
        <translation>%1 giorni</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 giorno</translation>
    </message>
    <message>
        <source>Breaks resumed.</source>
        <translation>Le pause riprendono.</translation>
    </message>
    <message>
        <source>Focus until %1; the break comes after it.</source>
        <translation>Concentrazione fino alle %1; poi arriva la pausa.</translation>
    </message>
    <message>
        <source>Paused %1 (until %2 %3).</source>
        <translation>In pausa %1 (fino a %2 %3).</translation>
    </message>
    <message>
        <source>Paused until %1 %2.</source>
        <translation>In pausa fino a %1 %2.</translation>
    </message>
    <message>
        <source>a duration like 30m, 1h, 1h30m, 2d (up to 7d); &apos;until HH:MM&apos;; &apos;tomorrow&apos;; &apos;block&apos;; or &apos;off&apos;</source>
        <translation>una durata come 30m, 1h, 1h30m, 2d (fino a 7d); &apos;until HH:MM&apos;; &apos;tomorrow&apos;; &apos;block&apos;; oppure &apos;off&apos;</translation>
    </message>
    <message>
        <source>a pause of %1 pauses nothing; to resume breaks use &apos;off&apos;; valid: %2</source>
        <translation>una sospensione di %1 non ferma nulla; per riprendere le pause usa &apos;off&apos;; valido: %2</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>per %1</translation>
    </message>
    <message>
        <source>invalid focus length %1; valid: 5m to 8h, e.g. 25m, 50m, 90m</source>
        <translation>durata di concentrazione non valida %1; valido: da 5m a 8h, ad es. 25m, 50m, 90m</translation>
    </message>
    <message>
        <source>invalid pause %1; valid: %2</source>
        <translation>sospensione non valida %1; valido: %2</translation>
    </message>
    <message>
        <source>invalid time %1; valid: %2</source>
        <translation>orario non valido %1; valido: %2</translation>
    </message>
    <message>
        <source>there is no block going on right now</source>
        <translation>al momento non c’è nessun blocco in corso</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>fino alle %1</translation>
    </message>
    <message>
        <source>until the block ends</source>
        <translation>fino alla fine del blocco</translation>
    </message>
    <message>
        <source>until tomorrow</source>
        <translation>fino a domani</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message numerus="yes">
        <source>%n blocks</source>
        <translation>
            <numerusform>%n blocco</numerusform>
            <numerusform>%n blocchi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <translation>
            <numerusform>%n pausa</numerusform>
            <numerusform>%n pause</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan for %n days from %1 (%2)</source>
        <translation>
            <numerusform>Piano per %n giorno dal %1 (%2)</numerusform>
            <numerusform>Piano per %n giorni dal %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>block</source>
        <translation>blocco</translation>
    </message>
    <message>
        <source>break</source>
        <translation>pausa</translation>
    </message>
    <message>
        <source>no working hours</source>
        <translation>nessun orario di lavoro</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>niente in programma</translation>
    </message>
    <message>
        <source>warning: %1 (planning without the breaks taken today)</source>
        <translation>avviso: %1 (pianificazione senza le pause fatte oggi)</translation>
    </message>
    <message>
        <source>warning: %1 (using the default)</source>
        <translation>avviso: %1 (si usa il valore predefinito)</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message numerus="yes">
        <source>%1: %n breaks at %2</source>
        <translation>
            <numerusform>%1: %n pausa alle %2</numerusform>
            <numerusform>%1: %n pause alle %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no breaks.</source>
        <translation>%1: nessuna pausa.</translation>
    </message>
    <message>
        <source>%1: not a working day.</source>
        <translation>%1: non è un giorno lavorativo.</translation>
    </message>
    <message>
        <source>Plan preview timeline</source>
        <translation>Linea temporale dell’anteprima</translation>
    </message>
    <message>
        <source>Preview paused until every value is valid.</source>
        <translation>Anteprima sospesa finché tutti i valori non sono validi.</translation>
    </message>
    <message>
        <source>Preview unavailable: %1</source>
        <translation>Anteprima non disponibile: %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Domani</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>%1 (valid: %2)</source>
        <translation>%1 (valido: %2)</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>voci %1</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>%1, e.g. %2</source>
        <translation>%1, ad es. %2</translation>
    </message>
    <message>
        <source>Invalid range %1 - %2 is no time of day (00:00 to 24:00)</source>
        <translation>Intervallo non valido %1 – %2 non è un orario (da 00:00 a 24:00)</translation>
    </message>
    <message>
        <source>Invalid range %1 - end must be after start</source>
        <translation>Intervallo non valido %1 – la fine deve venire dopo l’inizio</translation>
    </message>
    <message>
        <source>Invalid range %1 - not written as HH:MM-HH:MM (two-digit minutes)</source>
        <translation>Intervallo non valido %1 – non scritto come HH:MM-HH:MM (minuti a due cifre)</translation>
    </message>
    <message>
        <source>Invalid range %1 - write a range as a quoted %2 string</source>
        <translation>Intervallo non valido %1 – scrivi l’intervallo come stringa %2 tra virgolette</translation>
    </message>
    <message>
        <source>Invalid value %1</source>
        <translation>Valore non valido %1</translation>
    </message>
    <message>
        <source>Invalid value %1 - not a shipped language</source>
        <translation>Valore non valido %1 – non è una lingua inclusa</translation>
    </message>
    <message>
        <source>Invalid value %1 - out of range</source>
        <translation>Valore non valido %1 – fuori intervallo</translation>
    </message>
    <message>
        <source>Invalid value %1 - unknown time zone</source>
        <translation>Valore non valido %1 – fuso orario sconosciuto</translation>
    </message>
    <message>
        <source>Invalid value %1 - wrong type</source>
        <translation>Valore non valido %1 – tipo errato</translation>
    </message>
    <message>
        <source>Invalid value %1; did you mean %2?</source>
        <translation>Valore non valido %1; forse intendevi %2?</translation>
    </message>
    <message>
        <source>Ranges overlap</source>
        <translation>Gli intervalli si sovrappongono</translation>
    </message>
    <message>
        <source>SVG file %1 is %2 bytes, more than the %3 KB limit</source>
        <translation>Il file SVG %1 è di %2 byte, oltre il limite di %3 KB</translation>
    </message>
    <message>
        <source>SVG file %1 not found next to the TOML file</source>
        <translation>File SVG %1 non trovato accanto al file TOML</translation>
    </message>
    <message>
        <source>TOML nested a few levels deep, see the README</source>
        <translation>TOML annidato di pochi livelli, vedi il README</translation>
    </message>
    <message>
        <source>TOML syntax, see the README</source>
        <translation>sintassi TOML, vedi il README</translation>
    </message>
    <message>
        <source>TOML with [[exercise]] tables</source>
        <translation>TOML con tabelle [[exercise]]</translation>
    </message>
    <message>
        <source>Unknown joint %1</source>
        <translation>Articolazione sconosciuta %1</translation>
    </message>
    <message>
        <source>Unknown key %1</source>
        <translation>Chiave sconosciuta %1</translation>
    </message>
    <message>
        <source>Unknown key %1, ignored</source>
        <translation>Chiave sconosciuta %1, ignorata</translation>
    </message>
    <message>
        <source>Unknown key %1, ignored; did you mean %2?</source>
        <translation>Chiave sconosciuta %1, ignorata; forse intendevi %2?</translation>
    </message>
    <message>
        <source>Unknown pose key %1</source>
        <translation>Chiave di posa sconosciuta %1</translation>
    </message>
    <message>
        <source>Unknown section %1, ignored</source>
        <translation>Sezione sconosciuta %1, ignorata</translation>
    </message>
    <message>
        <source>Unknown section %1, ignored; did you mean %2?</source>
        <translation>Sezione sconosciuta %1, ignorata; forse intendevi %2?</translation>
    </message>
    <message>
        <source>Unknown weekday %1</source>
        <translation>Giorno della settimana sconosciuto %1</translation>
    </message>
    <message>
        <source>Unknown weekday %1; did you mean %2?</source>
        <translation>Giorno della settimana sconosciuto %1; forse intendevi %2?</translation>
    </message>
    <message>
        <source>a UTF-8 TOML file under 1 MB</source>
        <translation>un file TOML UTF-8 sotto 1 MB</translation>
    </message>
    <message>
        <source>a list of %1 ranges, e.g. %2</source>
        <translation>un elenco di intervalli %1, ad es. %2</translation>
    </message>
    <message>
        <source>a list of .svg file names, e.g. %1</source>
        <translation>un elenco di nomi di file .svg, ad es. %1</translation>
    </message>
    <message>
        <source>a list of 1 to 6 short instructions</source>
        <translation>un elenco da 1 a 6 istruzioni brevi</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>un elenco di stringhe</translation>
    </message>
    <message>
        <source>a list of strings, e.g. %1</source>
        <translation>un elenco di stringhe, ad es. %1</translation>
    </message>
    <message>
        <source>a list of tables such as %1 (each overrides the base pose)</source>
        <translation>un elenco di tabelle come %1 (ognuna sostituisce la posa di base)</translation>
    </message>
    <message>
        <source>a list of: %1</source>
        <translation>un elenco tra: %1</translation>
    </message>
    <message>
        <source>a name of at most %1 characters</source>
        <translation>un nome di al massimo %1 caratteri</translation>
    </message>
    <message>
        <source>a non-empty list of: %1</source>
        <translation>un elenco non vuoto tra: %1</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>una stringa non vuota</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un numero</translation>
    </message>
    <message>
        <source>a path to an .ics file, or an http(s) URL</source>
        <translation>il percorso di un file .ics o un URL http(s)</translation>
    </message>
    <message>
        <source>a step is %1 characters long</source>
        <translation>un passo è lungo %1 caratteri</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una stringa</translation>
    </message>
    <message>
        <source>a table with view, base and frames, or with %1</source>
        <translation>una tabella con view, base e frames, oppure con %1</translation>
    </message>
    <message>
        <source>a time after %1</source>
        <translation>un orario dopo le %1</translation>
    </message>
    <message>
        <source>a whole number of minutes from %1 to %2</source>
        <translation>un numero intero di minuti da %1 a %2</translation>
    </message>
    <message>
        <source>a whole number of seconds from %1 to %2</source>
        <translation>un numero intero di secondi da %1 a %2</translation>
    </message>
    <message>
        <source>a whole number of skips from %1 to %2</source>
        <translation>un numero intero di salti da %1 a %2</translation>
    </message>
    <message>
        <source>an .svg file in %1</source>
        <translation>un file .svg in %1</translation>
    </message>
    <message>
        <source>an .svg file of at most %1 KB</source>
        <translation>un file .svg di al massimo %1 KB</translation>
    </message>
    <message>
        <source>an IANA zone such as %1, or empty</source>
        <translation>un fuso IANA come %1, oppure vuoto</translation>
    </message>
    <message>
        <source>an [[exercise]] table</source>
        <translation>una tabella [[exercise]]</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>almeno %1</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>al massimo %1 caratteri</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>non leggibile: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossibile leggere il file: %1</translation>
    </message>
    <message>
        <source>cannot read the journal: %1</source>
        <translation>impossibile leggere il diario: %1</translation>
    </message>
    <message>
        <source>duplicate exercise id %1</source>
        <translation>id di esercizio duplicato %1</translation>
    </message>
    <message>
        <source>duplicate exercise id %1; the first one is used</source>
        <translation>id di esercizio duplicato %1; si usa il primo</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>ad es. %1</translation>
    </message>
    <message>
        <source>empty, or one of: %1</source>
        <translation>vuoto, oppure uno tra: %1</translation>
    </message>
    <message>
        <source>end must be after start</source>
        <translation>la fine deve venire dopo l’inizio</translation>
    </message>
    <message>
        <source>ids unique across your files</source>
        <translation>id univoci in tutti i tuoi file</translation>
    </message>
    <message>
        <source>is %1 characters long</source>
        <translation>è lungo %1 caratteri</translation>
    </message>
    <message>
        <source>is %1, more than the %2 limit</source>
        <translation>è di %1, oltre il limite di %2</translation>
    </message>
    <message>
        <source>is a device, not a file</source>
        <translation>è un dispositivo, non un file</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>è una cartella, non un file</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a file</source>
        <translation>è una pipe con nome (FIFO), non un file</translation>
    </message>
    <message>
        <source>is a socket, not a file</source>
        <translation>è un socket, non un file</translation>
    </message>
    <message>
        <source>is missing or not a table</source>
        <translation>manca o non è una tabella</translation>
    </message>
    <message>
        <source>is more than the %1 limit</source>
        <translation>supera il limite di %1</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>non è un file normale</translation>
    </message>
    <message>
        <source>is not valid TOML: %1</source>
        <translation>non è TOML valido: %1</translation>
    </message>
    <message>
        <source>is not valid TOML: arrays or tables nest too deeply</source>
        <translation>non è TOML valido: array o tabelle annidati troppo a fondo</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>deve essere una tabella</translation>
    </message>
    <message>
        <source>must be a table of weekdays</source>
        <translation>deve essere una tabella di giorni della settimana</translation>
    </message>
    <message>
        <source>must be an array of tables</source>
        <translation>deve essere un array di tabelle</translation>
    </message>
    <message>
        <source>needs at least two keyframes</source>
        <translation>servono almeno due fotogrammi chiave</translation>
    </message>
    <message>
        <source>needs exactly one of %1 or %2</source>
        <translation>serve esattamente uno tra %1 e %2</translation>
    </message>
    <message>
        <source>no [[exercise]] tables found</source>
        <translation>nessuna tabella [[exercise]] trovata</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>file inesistente</translation>
    </message>
    <message>
        <source>not saved: it is not a regular file</source>
        <translation>non salvato: non è un file normale</translation>
    </message>
    <message>
        <source>not saved: the file is not valid TOML (%1) and would be lost; fix or move it first, or save a fresh file (the old one is kept as .bak)</source>
        <translation>non salvato: il file non è TOML valido (%1) e andrebbe perso; correggilo o spostalo prima, oppure salva un file nuovo (il vecchio resta come .bak)</translation>
    </message>
    <message>
        <source>not saved: the file is not valid TOML and would be lost; fix or move it first, or save a fresh file (the old one is kept as .bak)</source>
        <translation>non salvato: il file non è TOML valido e andrebbe perso; correggilo o spostalo prima, oppure salva un file nuovo (il vecchio resta come .bak)</translation>
    </message>
    <message>
        <source>not saved: the file there cannot be read (%1) and would be lost; fix or move it first, or save a fresh file (the old one is kept as .bak)</source>
        <translation>non salvato: il file esistente non è leggibile (%1) e andrebbe perso; correggilo o spostalo prima, oppure salva un file nuovo (il vecchio resta come .bak)</translation>
    </message>
    <message>
        <source>not valid TOML: %1</source>
        <translation>TOML non valido: %1</translation>
    </message>
    <message>
        <source>not valid TOML: arrays or tables nest too deeply</source>
        <translation>TOML non valido: array o tabelle annidati troppo a fondo</translation>
    </message>
    <message>
        <source>one or more [[exercise]] tables</source>
        <translation>una o più tabelle [[exercise]]</translation>
    </message>
    <message>
        <source>ranges that do not overlap</source>
        <translation>intervalli che non si sovrappongono</translation>
    </message>
    <message>
        <source>routine_max (%1) is below routine_min (%2)</source>
        <translation>routine_max (%1) è minore di routine_min (%2)</translation>
    </message>
    <message>
        <source>steps of at most %1 characters</source>
        <translation>passi di al massimo %1 caratteri</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>up to %1 lower-case letters, digits and &apos;-&apos;, e.g. %2</source>
        <translation>fino a %1 lettere minuscole, cifre e &apos;-&apos;, ad es. %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avviso: %1</translation>
    </message>
    <message>
        <source>weekdays such as %1 or %2</source>
        <translation>giorni della settimana come %1 o %2</translation>
    </message>
</context>
<context>
    <name>PromptWindow</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>Manca %n secondo</numerusform>
            <numerusform>Mancano %n secondi</numerusform>
        </translation>
    </message>
    <message>
        <source>Don&apos;t show this again</source>
        <translation>Non mostrare più</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Preferito</translation>
    </message>
    <message>
        <source>Last one</source>
        <translation>Ultimo esercizio</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lato sinistro</translation>
    </message>
    <message>
        <source>Never suggest this exercise; undo it in Settings ▸ Exercises (H)</source>
        <translation>Non proporre mai più questo esercizio; annullalo in Impostazioni ▸ Esercizi (H)</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Poi: %1</translation>
    </message>
    <message>
        <source>No exercise matches your settings. Stand up and move a little.</source>
        <translation>Nessun esercizio corrisponde alle tue impostazioni. Alzati e muoviti un po’.</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Niente da fare</translation>
    </message>
    <message>
        <source>Now the left side</source>
        <translation>Ora il lato sinistro</translation>
    </message>
    <message>
        <source>Paused while you are away</source>
        <translation>In pausa mentre sei via</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lato destro</translation>
    </message>
    <message>
        <source>Right side, then left</source>
        <translation>Lato destro, poi sinistro</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Seduto</translation>
    </message>
    <message>
        <source>Shorten to 1 min</source>
        <translation>Accorcia a 1 min</translation>
    </message>
    <message>
        <source>Skip exercise</source>
        <translation>Salta esercizio</translation>
    </message>
    <message>
        <source>Skip routine</source>
        <translation>Salta la routine</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>Rimanda di %n min</numerusform>
            <numerusform>Rimanda di %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>In piedi</translation>
    </message>
    <message>
        <source>Suggest this exercise more often (F)</source>
        <translation>Proponi questo esercizio più spesso (F)</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo rimasto</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>entrambi i lati</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>lato sinistro</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>lato destro</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>after-block</source>
        <translation>dopo un blocco</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>spazio libero</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuale</translation>
    </message>
    <message>
        <source>sitting-limit</source>
        <translation>limite da seduto</translation>
    </message>
    <message>
        <source>snooze</source>
        <translation>rimandata</translation>
    </message>
</context>
<context>
    <name>Remote</name>
    <message>
        <source>A break is already on screen.</source>
        <translation>C’è già una pausa sullo schermo.</translation>
    </message>
    <message>
        <source>Break started: %1</source>
        <translation>Pausa avviata: %1</translation>
    </message>
    <message>
        <source>No break is on screen.</source>
        <translation>Nessuna pausa sullo schermo.</translation>
    </message>
    <message>
        <source>Opened the break.</source>
        <translation>Pausa aperta.</translation>
    </message>
    <message>
        <source>Opened the history.</source>
        <translation>Cronologia aperta.</translation>
    </message>
    <message>
        <source>Opened the settings.</source>
        <translation>Impostazioni aperte.</translation>
    </message>
    <message>
        <source>movebreak is already running.</source>
        <translation>movebreak è già in esecuzione.</translation>
    </message>
    <message>
        <source>movebreak is already running.
%1</source>
        <translation>movebreak è già in esecuzione.
%1</translation>
    </message>
    <message>
        <source>movebreak is not running. Start it with `movebreak` (or `make run`).</source>
        <translation>movebreak non è in esecuzione. Avvialo con `movebreak` (o `make run`).</translation>
    </message>
    <message>
        <source>movebreak is quitting.</source>
        <translation>movebreak si sta chiudendo.</translation>
    </message>
    <message>
        <source>movebreak is running but does not answer (stopped or busy). `kill -CONT` it, or end it and start it again.</source>
        <translation>movebreak è in esecuzione ma non risponde (fermo o occupato). Riprendilo con `kill -CONT`, oppure chiudilo e riavvialo.</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>comando sconosciuto %1</translation>
    </message>
</context>
<context>
    <name>Routine</name>
    <message>
        <source>%1 &amp; %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>%1, %2 &amp; more</source>
        <translation>%1, %2 e altro</translation>
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
        <translation>Solo un minuto, stavolta</translation>
    </message>
    <message>
        <source>Just one minute: you have been sitting for %1</source>
        <translation>Solo un minuto: sei alla scrivania da %1</translation>
    </message>
    <message>
        <source>Just one minute: you have been sitting for at least %1</source>
        <translation>Solo un minuto: sei alla scrivania da almeno %1</translation>
    </message>
    <message numerus="yes">
        <source>Move freely, %n min</source>
        <translation>
            <numerusform>Muoviti liberamente, %n min</numerusform>
            <numerusform>Muoviti liberamente, %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>%1 and %2 overlap</source>
        <translation>%1 e %2 si sovrappongono</translation>
    </message>
    <message numerus="yes">
        <source>%n events count as blocks in the tested period.</source>
        <translation>
            <numerusform>%n evento conta come blocco nel periodo provato.</numerusform>
            <numerusform>%n eventi contano come blocchi nel periodo provato.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add block</source>
        <translation>&amp;Aggiungi blocco</translation>
    </message>
    <message>
        <source>&amp;Friday</source>
        <translation>&amp;Venerdì</translation>
    </message>
    <message>
        <source>&amp;Monday</source>
        <translation>L&amp;unedì</translation>
    </message>
    <message>
        <source>&amp;Wednesday</source>
        <translation>&amp;Mercoledì</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a range; write HH:MM-HH:MM, e.g. 09:00-17:30</source>
        <translation>«%1» non è un intervallo; scrivi HH:MM-HH:MM, es. 09:00-17:30</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: end must be after start</source>
        <translation>«%1»: la fine deve essere dopo l’inizio</translation>
    </message>
    <message>
        <source>Add UR&amp;L</source>
        <translation>Aggiungi UR&amp;L</translation>
    </message>
    <message>
        <source>Add a calendar file</source>
        <translation>Aggiungi un file di calendario</translation>
    </message>
    <message>
        <source>Add f&amp;ile…</source>
        <translation>Aggiungi f&amp;ile…</translation>
    </message>
    <message>
        <source>Block %1: %2</source>
        <translation>Blocco %1: %2</translation>
    </message>
    <message>
        <source>Calendar %1: %2</source>
        <translation>Calendario %1: %2</translation>
    </message>
    <message>
        <source>Calendar sources</source>
        <translation>Origini del calendario</translation>
    </message>
    <message>
        <source>Calendars (their busy events are blocks too)</source>
        <translation>Calendari (anche i loro impegni sono blocchi)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Giorni</translation>
    </message>
    <message>
        <source>Deep-work blocks</source>
        <translation>Blocchi di lavoro profondo</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>Du&amp;plica</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Leave &apos;Only events containing&apos; empty to count every busy event; or list words (summary or category), e.g. Focus, Deep work.</source>
        <translation>Lascia vuoto «Solo eventi che contengono» per contare ogni impegno, oppure scrivi parole (titolo o categoria), es. Focus, Lavoro profondo.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Only events containing</source>
        <translation>Solo eventi che contengono</translation>
    </message>
    <message>
        <source>Plan preview: today and tomorrow</source>
        <translation>Anteprima: oggi e domani</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Remove &amp;calendar</source>
        <translation>Rimuovi &amp;calendario</translation>
    </message>
    <message>
        <source>Sa&amp;turday</source>
        <translation>Sa&amp;bato</translation>
    </message>
    <message>
        <source>Select a calendar to test.</source>
        <translation>Seleziona un calendario da provare.</translation>
    </message>
    <message>
        <source>Several ranges are separated by commas: 09:00-12:30, 13:30-17:30</source>
        <translation>Separa più intervalli con virgole: 09:00-12:30, 13:30-17:30</translation>
    </message>
    <message>
        <source>Source (file or URL)</source>
        <translation>Origine (file o URL)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Su&amp;nday</source>
        <translation>&amp;Domenica</translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation>Pr&amp;ova</translation>
    </message>
    <message>
        <source>T&amp;uesday</source>
        <translation>Mar&amp;tedì</translation>
    </message>
    <message>
        <source>Test failed: %1</source>
        <translation>Prova non riuscita: %1</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Prova di %1…</translation>
    </message>
    <message>
        <source>Thu&amp;rsday</source>
        <translation>&amp;Giovedì</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Using the cached copy, %1 old.</source>
        <translation>Si usa la copia salvata (di %1 fa).</translation>
    </message>
    <message>
        <source>Weekly deep-work blocks (never interrupted)</source>
        <translation>Blocchi settimanali di lavoro profondo (mai interrotti)</translation>
    </message>
    <message>
        <source>Working hours (no break is planned outside them)</source>
        <translation>Orario di lavoro (fuori non si pianificano pause)</translation>
    </message>
    <message>
        <source>Working hours, %1: %2</source>
        <translation>Orario di lavoro, %1: %2</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>giorno libero</translation>
    </message>
    <message>
        <source>days &apos;%1&apos;: use weekdays such as mon-fri or mon, wed</source>
        <translation>giorni «%1»: usa giorni come mon-fri o mon, wed</translation>
    </message>
    <message>
        <source>end &apos;%1&apos;: use HH:MM</source>
        <translation>fine «%1»: usa HH:MM</translation>
    </message>
    <message>
        <source>end must be after start</source>
        <translation>la fine deve essere dopo l’inizio</translation>
    </message>
    <message>
        <source>enter the path of an .ics file or an http(s) URL</source>
        <translation>inserisci il percorso di un file .ics o un URL http(s)</translation>
    </message>
    <message>
        <source>start &apos;%1&apos;: use HH:MM</source>
        <translation>inizio «%1»: usa HH:MM</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>%1: %2 %3 is above the maximum; use %4 to %5 %3</source>
        <translation>%1: %2 %3 supera il massimo; usa da %4 a %5 %3</translation>
    </message>
    <message>
        <source>%1: %2 %3 is below the minimum; use %4 to %5 %3</source>
        <translation>%1: %2 %3 è sotto il minimo; usa da %4 a %5 %3</translation>
    </message>
    <message>
        <source>&amp;After a block ends, wait</source>
        <translation>&amp;Dopo la fine di un blocco, attendi</translation>
    </message>
    <message>
        <source>&amp;Heads-up before a break</source>
        <translation>&amp;Avviso prima di una pausa</translation>
    </message>
    <message>
        <source>&amp;Longest routine</source>
        <translation>Routine più &amp;lunga</translation>
    </message>
    <message>
        <source>Announce breaks with a desktop &amp;notification</source>
        <translation>Annuncia le pause con una &amp;notifica del desktop</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Count time away from the keyboard as a &amp;break</source>
        <translation>&amp;Conta il tempo lontano dalla tastiera come pausa</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Esercizi</translation>
    </message>
    <message>
        <source>Fetch &amp;URL calendars every</source>
        <translation>Scarica i calendari &amp;URL ogni</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <source>Hold breaks during a call (&amp;microphone or camera in use)</source>
        <translation>Trattieni le pause durante una chiamata (&amp;microfono o videocamera in uso)</translation>
    </message>
    <message>
        <source>Hold breaks while a &amp;fullscreen window has focus</source>
        <translation>&amp;Trattieni le pause se una finestra a schermo intero ha il focus</translation>
    </message>
    <message>
        <source>Hold breaks while these &amp;programs run</source>
        <translation>Trattieni le pause se questi &amp;programmi sono in esecuzione</translation>
    </message>
    <message>
        <source>Longest stretch &amp;without a break</source>
        <translation>&amp;Periodo più lungo senza pausa</translation>
    </message>
    <message>
        <source>Plan in &amp;time zone</source>
        <translation>Pianifica nel &amp;fuso orario</translation>
    </message>
    <message>
        <source>Play a soft &amp;chime at the start and between exercises</source>
        <translation>Suona un leggero &amp;rintocco all’inizio e tra gli esercizi</translation>
    </message>
    <message>
        <source>Routines to s&amp;kip a day</source>
        <translation>Routine da saltare al &amp;giorno</translation>
    </message>
    <message>
        <source>S&amp;nooze postpones by</source>
        <translation>Ri&amp;manda sposta di</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Orario</translation>
    </message>
    <message>
        <source>Sh&amp;ortest routine</source>
        <translation>R&amp;outine più breve</translation>
    </message>
    <message>
        <source>Skip &amp;gaps shorter than</source>
        <translation>Salta gli spazi più &amp;brevi di</translation>
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
            <numerusform> (e %n altro)</numerusform>
            <numerusform> (e altri %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems in your config file. Those values use their defaults until you fix them here or in the file (saving replaces them; the old file is kept as .bak):</source>
        <translation>
            <numerusform>%n problema nel file di configurazione. Questi valori usano il predefinito finché non li correggi qui o nel file (salvando vengono sostituiti; il vecchio file resta come .bak):</numerusform>
            <numerusform>%n problemi nel file di configurazione. Questi valori usano il predefinito finché non li correggi qui o nel file (salvando vengono sostituiti; il vecchio file resta come .bak):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown keys or sections in your config file: kept there, and ignored (a typo, or written by a newer movebreak?):</source>
        <translation>
            <numerusform>%n chiave o sezione sconosciuta nel file di configurazione: resta lì ed è ignorata (un errore di battitura, o scritta da un movebreak più recente?):</numerusform>
            <numerusform>%n chiavi o sezioni sconosciute nel file di configurazione: restano lì e sono ignorate (un errore di battitura, o scritte da un movebreak più recente?):</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <source>Discard them, or keep editing?</source>
        <translation>Scartarle o continuare a modificare?</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continua a modificare</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Salva (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save a fresh file</source>
        <translation>Salva in un nuovo file</translation>
    </message>
    <message>
        <source>Save your changes to the settings?</source>
        <translation>Salvare le modifiche alle impostazioni?</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Salvato in %1</translation>
    </message>
    <message>
        <source>Saved, but starting at login could not be changed:</source>
        <translation>Salvato, ma non è stato possibile cambiare l’avvio all’accesso:</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pagine delle impostazioni</translation>
    </message>
    <message>
        <source>They go to %1.</source>
        <translation>Vengono salvate in %1.</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Impostazioni non salvate</translation>
    </message>
    <message>
        <source>Write your settings to a new file; the old one is kept as .bak</source>
        <translation>Scrive le impostazioni in un nuovo file; il vecchio resta come .bak</translation>
    </message>
    <message>
        <source>Your changes are not valid, so they cannot be saved.</source>
        <translation>Le modifiche non sono valide e non possono essere salvate.</translation>
    </message>
    <message>
        <source>Your settings were not saved:</source>
        <translation>Le impostazioni non sono state salvate:</translation>
    </message>
    <message>
        <source>could not be written: %1</source>
        <translation>impossibile scrivere: %1</translation>
    </message>
    <message>
        <source>movebreak settings</source>
        <translation>Impostazioni di movebreak</translation>
    </message>
    <message>
        <source>start at login</source>
        <translation>avvio all’accesso</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (run movebreak check-config)</source>
        <translation>
            <numerusform>… e %n altro (esegui movebreak check-config)</numerusform>
            <numerusform>… e altri %n (esegui movebreak check-config)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>A break is held (%1); trying again at %2</source>
        <translation>Una pausa è in attesa (%1); nuovo tentativo alle %2</translation>
    </message>
    <message>
        <source>A break is on screen now</source>
        <translation>C’è una pausa sullo schermo</translation>
    </message>
    <message>
        <source>Away from the keyboard since %1</source>
        <translation>Lontano dalla tastiera dalle %1</translation>
    </message>
    <message>
        <source>Focus until %1</source>
        <translation>Concentrazione fino alle %1</translation>
    </message>
    <message>
        <source>Last moved %1 ago</source>
        <translation>Ultimo movimento %1 fa</translation>
    </message>
    <message>
        <source>Last moved %1 ago, at %2</source>
        <translation>Ultimo movimento %1 fa, alle %2</translation>
    </message>
    <message>
        <source>Last moved over %1 ago</source>
        <translation>Ultimo movimento più di %1 fa</translation>
    </message>
    <message>
        <source>Next break: %1</source>
        <translation>Prossima pausa: %1</translation>
    </message>
    <message>
        <source>Next break: none (%1)</source>
        <translation>Prossima pausa: nessuna (%1)</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>In pausa fino a %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n ora</numerusform>
            <numerusform>%n ore</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Focus now</source>
        <translation>&amp;Concentrazione ora</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Cronologia…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Resume breaks</source>
        <translation>&amp;Riprendi le pause</translation>
    </message>
    <message>
        <source>&amp;Start a break now</source>
        <translation>&amp;Inizia una pausa ora</translation>
    </message>
    <message>
        <source>Next break: %1</source>
        <translation>Prossima pausa: %1</translation>
    </message>
    <message>
        <source>Next break: —</source>
        <translation>Prossima pausa: —</translation>
    </message>
    <message>
        <source>No break planned (%1)</source>
        <translation>Nessuna pausa prevista (%1)</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>In pausa fino a %1</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>Show the &amp;break</source>
        <translation>Mostra la &amp;pausa</translation>
    </message>
    <message>
        <source>Until the current block ends</source>
        <translation>Fino alla fine del blocco attuale</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Fino a domani</translation>
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
        <translation>ven</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sab</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>gio</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mer</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;Afternoons, 14:00–16:00, Monday to Thursday</source>
        <translation>&amp;Pomeriggi, 14:00–16:00, dal lunedì al giovedì</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fine</translation>
    </message>
    <message>
        <source>&amp;Import a calendar…</source>
        <translation>&amp;Importa un calendario…</translation>
    </message>
    <message>
        <source>&amp;Mornings, 09:00–11:00, Monday to Friday</source>
        <translation>&amp;Mattine, 09:00–11:00, dal lunedì al venerdì</translation>
    </message>
    <message>
        <source>Calendar: </source>
        <translation>Calendario: </translation>
    </message>
    <message>
        <source>I &amp;work from</source>
        <translation>&amp;Lavoro dalle</translation>
    </message>
    <message>
        <source>Import a calendar</source>
        <translation>Importa un calendario</translation>
    </message>
    <message>
        <source>The end of the working day must be after its start.</source>
        <translation>La fine della giornata lavorativa deve essere dopo l’inizio.</translation>
    </message>
    <message>
        <source>Tick at least one working day.</source>
        <translation>Spunta almeno un giorno lavorativo.</translation>
    </message>
    <message>
        <source>Tick what fits; breaks will never land inside these blocks.</source>
        <translation>Spunta ciò che fa per te; le pause non cadranno mai in questi blocchi.</translation>
    </message>
    <message>
        <source>W&amp;ednesday mornings, 09:00–12:30 (a no-meeting half day)</source>
        <translation>Mercoledì mattin&amp;a, 09:00–12:30 (mezza giornata senza riunioni)</translation>
    </message>
    <message>
        <source>Welcome to movebreak</source>
        <translation>Benvenuto in movebreak</translation>
    </message>
    <message>
        <source>When do you do deep work?</source>
        <translation>Quando fai lavoro profondo?</translation>
    </message>
    <message>
        <source>You can change all of this, and more, in the settings later. Closing this window keeps the defaults.</source>
        <translation>Puoi cambiare tutto questo, e altro, nelle impostazioni. Chiudendo questa finestra restano i valori predefiniti.</translation>
    </message>
    <message>
        <source>Your working hours</source>
        <translation>Il tuo orario di lavoro</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>File iCalendar (*.ics);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>movebreak plans short, illustrated stretching breaks into the gaps between your deep-work blocks, and never interrupts them.</source>
        <translation>movebreak pianifica brevi pause di stretching illustrate negli spazi tra i tuoi blocchi di lavoro profondo, senza mai interromperli.</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>all&amp;e</translation>
    </message>
</context>
</TS>
