<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>App</name>
    <message numerus="yes">
        <source>%n exercise file problems; those exercises were skipped. First: %1</source>
        <translation>
            <numerusform>%n problema en un archivo de ejercicios; esos ejercicios se omitieron. El primero: %1</numerusform>
            <numerusform>%n problemas en archivos de ejercicios; esos ejercicios se omitieron. El primero: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>History is unavailable: the data folder is not writable.</source>
        <translation>El historial no está disponible: no se puede escribir en la carpeta de datos.</translation>
    </message>
    <message>
        <source>No system tray was found, so movebreak runs without an icon. Breaks still appear. Use `movebreak status`, `movebreak break-now`, `movebreak pause 30m`, `movebreak show settings`, `movebreak show history` and `movebreak quit`.</source>
        <translation>No se encontró la bandeja del sistema, así que movebreak funciona sin icono. Las pausas siguen apareciendo. Usa `movebreak status`, `movebreak break-now`, `movebreak pause 30m`, `movebreak show settings`, `movebreak show history` y `movebreak quit`.</translation>
    </message>
    <message>
        <source>Not saved: config.toml has problems; fix them first (movebreak check-config).</source>
        <translation>No se guardó: config.toml tiene problemas; corrígelos primero (movebreak check-config).</translation>
    </message>
    <message>
        <source>The data folder %1 is not writable (%2). Breaks still appear, but nothing is logged. Fix its permissions or set MOVEBREAK_DATA_DIR.</source>
        <translation>No se puede escribir en la carpeta de datos %1 (%2). Las pausas siguen apareciendo, pero no se registra nada. Corrige sus permisos o define MOVEBREAK_DATA_DIR.</translation>
    </message>
    <message>
        <source>The settings window is not available yet. Edit %1 (every key is in docs/config.md); `movebreak check-config` validates it.</source>
        <translation>La ventana de ajustes aún no está disponible. Edita %1 (cada clave está en docs/config.md); `movebreak check-config` lo valida.</translation>
    </message>
    <message>
        <source>Your choice was not saved: %1</source>
        <translation>Tu elección no se guardó: %1</translation>
    </message>
    <message>
        <source>Your config file cannot be read; movebreak runs on its defaults. The file was not changed.</source>
        <translation>No se puede leer tu archivo de configuración; movebreak usa sus valores predeterminados. El archivo no se modificó.</translation>
    </message>
    <message numerus="yes">
        <source>Your config has %n unknown keys or sections; movebreak ignores them. The file was not changed.</source>
        <translation>
            <numerusform>Tu configuración tiene %n clave o sección desconocida; movebreak la ignora. El archivo no se modificó.</numerusform>
            <numerusform>Tu configuración tiene %n claves o secciones desconocidas; movebreak las ignora. El archivo no se modificó.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your config has problems; movebreak runs on defaults for the wrong values and ignores the unknown keys. The file was not changed.</source>
        <translation>Tu configuración tiene problemas; movebreak usa los valores predeterminados en lugar de los erróneos e ignora las claves desconocidas. El archivo no se modificó.</translation>
    </message>
    <message>
        <source>Your config has problems; movebreak runs on defaults for those keys. The file was not changed.</source>
        <translation>Tu configuración tiene problemas; movebreak usa los valores predeterminados para esas claves. El archivo no se modificó.</translation>
    </message>
    <message>
        <source>cannot open the control socket %1: %2. This instance runs, but `movebreak status`, `pause` and the others cannot reach it.</source>
        <translation>no se puede abrir el socket de control %1: %2. movebreak funciona, pero `movebreak status`, `pause` y los demás no pueden comunicarse con él.</translation>
    </message>
    <message>
        <source>movebreak: calendar problem</source>
        <translation>movebreak: problema de calendario</translation>
    </message>
    <message>
        <source>no desktop session: WAYLAND_DISPLAY names %1, which does not exist (the compositor ended, or XDG_RUNTIME_DIR is not the session&apos;s), and DISPLAY is not set.</source>
        <translation>no hay sesión de escritorio: WAYLAND_DISPLAY indica %1, que no existe (el compositor terminó, o XDG_RUNTIME_DIR no es el de la sesión), y DISPLAY no está definido.</translation>
    </message>
    <message>
        <source>no desktop session: neither WAYLAND_DISPLAY nor DISPLAY is set. movebreak is a tray app and needs a graphical session; start it from your desktop (or its autostart). Over SSH, `movebreak status`, `plan` and `history` work without one.</source>
        <translation>no hay sesión de escritorio: no están definidos ni WAYLAND_DISPLAY ni DISPLAY. movebreak vive en la bandeja del sistema y necesita una sesión gráfica; inícialo desde tu escritorio (o con el inicio automático). Por SSH, `movebreak status`, `plan` y `history` funcionan sin ella.</translation>
    </message>
    <message>
        <source>skipped exercise: %1</source>
        <translation>ejercicio omitido: %1</translation>
    </message>
</context>
<context>
    <name>BodyArea</name>
    <message>
        <source>eyes</source>
        <translation>ojos</translation>
    </message>
    <message>
        <source>hips</source>
        <translation>caderas</translation>
    </message>
    <message>
        <source>legs</source>
        <translation>piernas</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>zona lumbar</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>cuello</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>hombros</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>espalda alta</translation>
    </message>
    <message>
        <source>wrists &amp; hands</source>
        <translation>muñecas y manos</translation>
    </message>
</context>
<context>
    <name>BreaksPage</name>
    <message>
        <source>A break is planned in each free gap of your working hours, never inside a block. Its length fits the gap, between the shortest and longest routine.</source>
        <translation>Se planifica una pausa en cada hueco libre de tu horario de trabajo, nunca dentro de un bloque. Su duración se ajusta al hueco, entre la rutina más corta y la más larga.</translation>
    </message>
    <message>
        <source>Breaks: longest routine %1</source>
        <translation>Pausas: rutina más larga %1</translation>
    </message>
    <message>
        <source>How breaks are announced</source>
        <translation>Cómo se anuncian las pausas</translation>
    </message>
    <message>
        <source>Longest routine %1</source>
        <translation>Rutina más larga %1</translation>
    </message>
    <message>
        <source>When breaks happen</source>
        <translation>Cuándo hay pausas</translation>
    </message>
    <message numerus="yes">
        <source>must be at least the shortest routine (%n min)</source>
        <translation>
            <numerusform>debe durar al menos lo que la rutina más corta (%n min)</numerusform>
            <numerusform>debe durar al menos lo que la rutina más corta (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
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
        <translation>Lista las pausas registradas con sus ejercicios y resultados, y un resumen (tasa de cumplimiento, racha, minutos en movimiento). Las fechas son días locales, incluidos.</translation>
    </message>
    <message>
        <source>Short mobility routines planned into the gaps between your deep-work blocks.</source>
        <translation>Rutinas cortas de movilidad, planificadas en los huecos entre tus bloques de trabajo concentrado.</translation>
    </message>
    <message>
        <source>Show the blocks (weekly rules + calendars) and the break slots planned into the gaps between them. Without --from: today, from now on.</source>
        <translation>Muestra los bloques (reglas semanales + calendarios) y las pausas planificadas en los huecos entre ellos. Sin --from: hoy, desde ahora.</translation>
    </message>
    <message>
        <source>Validate a movebreak config file. Every problem is listed with its line, what is wrong and what would be valid. Unknown keys and sections are warnings with a &apos;did you mean&apos; (a newer movebreak may have written them): exit 0 unless --strict. A wrong value exits 2.</source>
        <translation>Valida un archivo de configuración de movebreak. Cada problema aparece con su línea, qué está mal y qué sería válido. Las claves y secciones desconocidas son avisos con un «¿querías decir?» (puede haberlas escrito un movebreak más nuevo): sale con 0 salvo con --strict. Un valor erróneo sale con 2.</translation>
    </message>
    <message>
        <source>a manual deep-work block; the break comes when it ends</source>
        <translation>un bloque de trabajo concentrado manual; la pausa llega cuando termina</translation>
    </message>
    <message>
        <source>add an .ics file or http(s) URL as a calendar source (repeatable)</source>
        <translation>añadir un archivo .ics o una URL http(s) como calendario (se puede repetir)</translation>
    </message>
    <message>
        <source>first day to include (default: all)</source>
        <translation>primer día incluido (predeterminado: todos)</translation>
    </message>
    <message>
        <source>first day to plan, whole days (default: today, from now on)</source>
        <translation>primer día que planificar, días completos (predeterminado: hoy, desde ahora)</translation>
    </message>
    <message>
        <source>hold breaks for a while; every pause ends by itself</source>
        <translation>retener las pausas un rato; cada interrupción termina sola</translation>
    </message>
    <message>
        <source>last day to include (default: today)</source>
        <translation>último día incluido (predeterminado: hoy)</translation>
    </message>
    <message>
        <source>log debug messages to stderr</source>
        <translation>escribir los mensajes de depuración en stderr</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>salida legible por máquina</translation>
    </message>
    <message>
        <source>number of days to plan, 1 to %1 (default: 1)</source>
        <translation>número de días que planificar, de 1 a %1 (predeterminado: 1)</translation>
    </message>
    <message>
        <source>open a window of the running app</source>
        <translation>abrir una ventana de la aplicación en marcha</translation>
    </message>
    <message>
        <source>plan in this IANA zone (default: the config&apos;s, else the system&apos;s)</source>
        <translation>planificar en esta zona IANA (predeterminado: la de la configuración, si no la del sistema)</translation>
    </message>
    <message>
        <source>quit the running app</source>
        <translation>cerrar la aplicación en marcha</translation>
    </message>
    <message>
        <source>show the breaks you took and the exercises you did</source>
        <translation>mostrar las pausas que hiciste y tus ejercicios</translation>
    </message>
    <message>
        <source>show the deep-work blocks and the breaks planned between them</source>
        <translation>mostrar los bloques de trabajo concentrado y las pausas planificadas entre ellos</translation>
    </message>
    <message>
        <source>show the next break and any pause</source>
        <translation>mostrar la próxima pausa y cualquier interrupción</translation>
    </message>
    <message>
        <source>start a break now in the running app</source>
        <translation>empezar una pausa ahora en la aplicación</translation>
    </message>
    <message>
        <source>table for people (default), csv for spreadsheets, json for scripts</source>
        <translation>table para personas (predeterminado), csv para hojas de cálculo, json para scripts</translation>
    </message>
    <message>
        <source>table for people (default), json for scripts</source>
        <translation>table para personas (predeterminado), json para scripts</translation>
    </message>
    <message>
        <source>the config file to check (default: --config, or the user&apos;s config file)</source>
        <translation>el archivo de configuración que validar (predeterminado: --config, o el tuyo)</translation>
    </message>
    <message>
        <source>treat warnings (unknown keys and sections) as errors: exit 2</source>
        <translation>tratar los avisos (claves y secciones desconocidas) como errores: sale con 2</translation>
    </message>
    <message>
        <source>use this config file instead of the user&apos;s</source>
        <translation>usar este archivo de configuración en lugar del tuyo</translation>
    </message>
    <message>
        <source>validate a config file and report every problem (exit 0 if usable, 2 if not)</source>
        <translation>validar un archivo de configuración e informar de cada problema (sale con 0 si se puede usar, si no con 2)</translation>
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
        <translation>%1 ocurre %2 veces en los días planificados, más de %3; ignorado</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no existe el archivo</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: no es un archivo normal</translation>
    </message>
    <message>
        <source>%1; event skipped</source>
        <translation>%1; evento omitido</translation>
    </message>
    <message>
        <source>%1; ignored</source>
        <translation>%1; ignorado</translation>
    </message>
    <message>
        <source>%1; using the cached copy, %2 old</source>
        <translation>%1; se usa la copia guardada (de hace %2)</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>DTEND at or after DTSTART</source>
        <translation>DTEND igual o posterior a DTSTART</translation>
    </message>
    <message>
        <source>END:%1 without its BEGIN</source>
        <translation>END:%1 sin su BEGIN</translation>
    </message>
    <message>
        <source>RRULE INTERVAL=%1 is not a valid interval</source>
        <translation>RRULE INTERVAL=%1 no es un intervalo válido</translation>
    </message>
    <message>
        <source>RRULE has no valid FREQ (%1)</source>
        <translation>RRULE no tiene un FREQ válido (%1)</translation>
    </message>
    <message>
        <source>X-WR-TIMEZONE %1 is not a time zone; ignored</source>
        <translation>X-WR-TIMEZONE %1 no es una zona horaria; ignorado</translation>
    </message>
    <message>
        <source>a DURATION such as PT30M</source>
        <translation>una DURATION como PT30M</translation>
    </message>
    <message>
        <source>a URL that serves the .ics file</source>
        <translation>una URL que sirva el archivo .ics</translation>
    </message>
    <message>
        <source>a calendar that expands within the limits in docs/limits.md</source>
        <translation>un calendario que se expanda dentro de los límites de docs/limits.md</translation>
    </message>
    <message>
        <source>a calendar under the size limit</source>
        <translation>un calendario por debajo del límite de tamaño</translation>
    </message>
    <message>
        <source>a path to an .ics file, a file:// URL, or an http(s):// URL</source>
        <translation>una ruta a un archivo .ics, una URL file:// o una URL http(s)://</translation>
    </message>
    <message>
        <source>a positive DURATION such as PT30M</source>
        <translation>una DURATION positiva como PT30M</translation>
    </message>
    <message>
        <source>a recurrence at most every 15 minutes, starting after 1900</source>
        <translation>una repetición como mucho cada 15 minutos, que empiece después de 1900</translation>
    </message>
    <message>
        <source>a valid RRULE/RDATE/EXDATE</source>
        <translation>un RRULE/RDATE/EXDATE válido</translation>
    </message>
    <message>
        <source>a value as RFC 5545 defines it</source>
        <translation>un valor como lo define RFC 5545</translation>
    </message>
    <message>
        <source>an IANA zone such as &apos;Europe/Berlin&apos;</source>
        <translation>una zona IANA como &apos;Europe/Berlin&apos;</translation>
    </message>
    <message>
        <source>an IANA zone such as &apos;Europe/Berlin&apos;, or a VTIMEZONE in the file</source>
        <translation>una zona IANA como &apos;Europe/Berlin&apos;, o un VTIMEZONE en el archivo</translation>
    </message>
    <message>
        <source>an event with DTSTART</source>
        <translation>un evento con DTSTART</translation>
    </message>
    <message>
        <source>an iCalendar (.ics) file: BEGIN:VCALENDAR ... END:VCALENDAR</source>
        <translation>un archivo iCalendar (.ics): BEGIN:VCALENDAR ... END:VCALENDAR</translation>
    </message>
    <message>
        <source>an iCalendar file with at least one valid VEVENT</source>
        <translation>un archivo iCalendar con al menos un VEVENT válido</translation>
    </message>
    <message>
        <source>cannot be expanded: %1</source>
        <translation>no se puede expandir: %1</translation>
    </message>
    <message>
        <source>cannot be reached: %1</source>
        <translation>no se puede acceder: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>could not be fetched</source>
        <translation>no se pudo descargar</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>no se pudo leer</translation>
    </message>
    <message>
        <source>could not be read (the reader ended with code %1: %2)</source>
        <translation>no se pudo leer (el lector terminó con el código %1: %2)</translation>
    </message>
    <message>
        <source>could not be read (the reader&apos;s answer was garbled)</source>
        <translation>no se pudo leer (la respuesta del lector estaba dañada)</translation>
    </message>
    <message>
        <source>could not start the calendar reader: %1</source>
        <translation>no se pudo iniciar el lector de calendarios: %1</translation>
    </message>
    <message>
        <source>does not start with BEGIN:VCALENDAR</source>
        <translation>no empieza con BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>ends before it starts; counted as busy with start and end swapped</source>
        <translation>termina antes de empezar; se cuenta como ocupado con inicio y fin intercambiados</translation>
    </message>
    <message>
        <source>every %1 minutes</source>
        <translation>cada %1 minutos</translation>
    </message>
    <message>
        <source>every %1 seconds</source>
        <translation>cada %1 segundos</translation>
    </message>
    <message>
        <source>every minute</source>
        <translation>cada minuto</translation>
    </message>
    <message>
        <source>every second</source>
        <translation>cada segundo</translation>
    </message>
    <message>
        <source>has %1 more than once</source>
        <translation>tiene %1 más de una vez</translation>
    </message>
    <message>
        <source>has a negative duration</source>
        <translation>tiene una duración negativa</translation>
    </message>
    <message>
        <source>has no DTSTART</source>
        <translation>no tiene DTSTART</translation>
    </message>
    <message>
        <source>invalid %1: %2</source>
        <translation>%1 no válido: %2</translation>
    </message>
    <message>
        <source>is %1 MB, more than the %2 MB limit</source>
        <translation>ocupa %1 MB, más que el límite de %2 MB</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>is more than the %1 MB limit</source>
        <translation>supera el límite de %1 MB</translation>
    </message>
    <message>
        <source>is not a valid URL: %1</source>
        <translation>no es una URL válida: %1</translation>
    </message>
    <message>
        <source>is not valid iCalendar: %1</source>
        <translation>no es iCalendar válido: %1</translation>
    </message>
    <message>
        <source>lasts longer than %1 days</source>
        <translation>dura más de %1 días</translation>
    </message>
    <message>
        <source>needs more than %1 MB of memory to read</source>
        <translation>necesita más de %1 MB de memoria para leerse</translation>
    </message>
    <message>
        <source>needs more than %1 s of processor time to read</source>
        <translation>necesita más de %1 s de procesador para leerse</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>sin respuesta completa en %1 s</translation>
    </message>
    <message>
        <source>no event in this calendar can be used</source>
        <translation>ningún evento de este calendario se puede usar</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <source>not an iCalendar line: %1</source>
        <translation>no es una línea iCalendar: %1</translation>
    </message>
    <message>
        <source>not fetched yet and no cached copy</source>
        <translation>aún no descargado y sin copia guardada</translation>
    </message>
    <message>
        <source>not read: movebreak is quitting</source>
        <translation>no leído: movebreak se está cerrando</translation>
    </message>
    <message>
        <source>not read: the calendars before it took the %1 s that reading calendars may take</source>
        <translation>no leído: los calendarios anteriores agotaron los %1 s que puede durar la lectura de calendarios</translation>
    </message>
    <message>
        <source>occurs %1; ignored</source>
        <translation>ocurre %1; ignorado</translation>
    </message>
    <message>
        <source>one %1 per event</source>
        <translation>un %1 por evento</translation>
    </message>
    <message>
        <source>repeats from %1: expanding it would take about %2 steps, more than %3; ignored</source>
        <translation>se repite desde %1: expandirlo llevaría unos %2 pasos, más de %3; ignorado</translation>
    </message>
    <message>
        <source>the file ends at line %1 inside BEGIN:%2 (truncated?)</source>
        <translation>el archivo termina en la línea %1 dentro de BEGIN:%2 (¿truncado?)</translation>
    </message>
    <message>
        <source>the recurring events before it already use this calendar&apos;s budget of %1 expansion steps; ignored</source>
        <translation>los eventos periódicos anteriores ya agotan el presupuesto de %1 pasos de este calendario; ignorado</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation>el servidor respondió HTTP %1 %2</translation>
    </message>
    <message>
        <source>the server redirected to %1, which is not an http(s) URL</source>
        <translation>el servidor redirigió a %1, que no es una URL http(s)</translation>
    </message>
    <message>
        <source>took longer than %1 s to read; skipped</source>
        <translation>tardó más de %1 s en leerse; omitido</translation>
    </message>
    <message>
        <source>took longer than the %1 s that reading calendars may take; skipped</source>
        <translation>tardó más de los %1 s que puede durar la lectura de calendarios; omitido</translation>
    </message>
    <message>
        <source>unknown time zone %1</source>
        <translation>zona horaria desconocida %1</translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1:&apos;</source>
        <translation>esquema no admitido &apos;%1:&apos;</translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1:&apos; (use https:// instead of webcal://)</source>
        <translation>esquema no admitido &apos;%1:&apos; (usa https:// en lugar de webcal://)</translation>
    </message>
    <message>
        <source>using the cached copy, %1 old</source>
        <translation>se usa la copia guardada (de hace %1)</translation>
    </message>
    <message>
        <source>wait for the next refresh</source>
        <translation>espera a la próxima actualización</translation>
    </message>
</context>
<context>
    <name>CheckConfig</name>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
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
        <translation>OK: %1 (no existe; se usan los valores predeterminados)</translation>
    </message>
    <message>
        <source>is a directory, not a config file</source>
        <translation>es una carpeta, no un archivo de configuración</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
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
        <translation>Solo un tirón suave. Para si sientes hormigueo o entumecimiento.</translation>
    </message>
    <message>
        <source>After a few circles, change direction, then blink.</source>
        <translation>Tras unos círculos, cambia de sentido y luego parpadea.</translation>
    </message>
    <message>
        <source>After a few circles, change direction.</source>
        <translation>Tras unos círculos, cambia de sentido.</translation>
    </message>
    <message>
        <source>After a few circles, reverse the direction.</source>
        <translation>Tras unos círculos, cambia de sentido.</translation>
    </message>
    <message>
        <source>Ankle circles</source>
        <translation>Círculos con los tobillos</translation>
    </message>
    <message>
        <source>Bend forward slowly and let your arms hang.</source>
        <translation>Inclínate despacio hacia delante y deja colgar los brazos.</translation>
    </message>
    <message>
        <source>Bend one knee and hold that ankle behind you.</source>
        <translation>Dobla una rodilla y sujeta ese tobillo por detrás.</translation>
    </message>
    <message>
        <source>Bend sideways over your hip, without leaning forward.</source>
        <translation>Inclínate de lado sobre la cadera, sin echarte hacia delante.</translation>
    </message>
    <message>
        <source>Bend the front knee and lean into the wall until the back calf stretches.</source>
        <translation>Dobla la rodilla de delante y acércate a la pared hasta estirar el gemelo de atrás.</translation>
    </message>
    <message>
        <source>Bend your elbows to lower your chest, then push back up.</source>
        <translation>Dobla los codos para bajar el pecho y vuelve a empujar hacia arriba.</translation>
    </message>
    <message>
        <source>Bend your front knee and tuck your pelvis under.</source>
        <translation>Dobla la rodilla de delante y mete la pelvis.</translation>
    </message>
    <message>
        <source>Breathe in: lift your chest and arch your back.</source>
        <translation>Inspira: sube el pecho y arquea la espalda.</translation>
    </message>
    <message>
        <source>Breathe out: round your back and drop your chin.</source>
        <translation>Espira: redondea la espalda y baja la barbilla.</translation>
    </message>
    <message>
        <source>Breathe out; roll back up one vertebra at a time.</source>
        <translation>Suelta el aire; sube vértebra a vértebra.</translation>
    </message>
    <message>
        <source>Breathe slowly and enjoy the dark.</source>
        <translation>Respira despacio y disfruta de la oscuridad.</translation>
    </message>
    <message>
        <source>Bring one arm straight across your chest.</source>
        <translation>Lleva un brazo estirado por delante del pecho.</translation>
    </message>
    <message>
        <source>Calf raises</source>
        <translation>Elevación de talones</translation>
    </message>
    <message>
        <source>Calf stretch at the wall</source>
        <translation>Estiramiento de gemelos en la pared</translation>
    </message>
    <message>
        <source>Chest opener</source>
        <translation>Apertura de pecho</translation>
    </message>
    <message>
        <source>Chin to chest</source>
        <translation>Barbilla al pecho</translation>
    </message>
    <message>
        <source>Chin tuck</source>
        <translation>Retracción de barbilla</translation>
    </message>
    <message>
        <source>Circle your wrists slowly in one direction.</source>
        <translation>Gira las muñecas despacio en un sentido.</translation>
    </message>
    <message>
        <source>Clasp your hands and reach your arms forward.</source>
        <translation>Entrelaza las manos y estira los brazos hacia delante.</translation>
    </message>
    <message>
        <source>Close your eyes and cup your palms over them, without pressing.</source>
        <translation>Cierra los ojos y cúbrelos con las palmas ahuecadas, sin apretar.</translation>
    </message>
    <message>
        <source>Come back up slowly.</source>
        <translation>Vuelve despacio.</translation>
    </message>
    <message>
        <source>Cross-body shoulder stretch</source>
        <translation>Estiramiento de hombro cruzado</translation>
    </message>
    <message>
        <source>Desk push-ups</source>
        <translation>Flexiones en la mesa</translation>
    </message>
    <message>
        <source>Do not press on your eyes.</source>
        <translation>No aprietes los ojos.</translation>
    </message>
    <message>
        <source>Draw slow circles with your toes.</source>
        <translation>Dibuja círculos lentos con los dedos del pie.</translation>
    </message>
    <message>
        <source>Draw the knee up towards your chest.</source>
        <translation>Acerca la rodilla hacia el pecho.</translation>
    </message>
    <message>
        <source>Draw your elbows back and squeeze your shoulder blades together.</source>
        <translation>Lleva los codos atrás y junta los omóplatos.</translation>
    </message>
    <message>
        <source>Ease the elbow back gently and breathe.</source>
        <translation>Lleva el codo suavemente hacia atrás y respira.</translation>
    </message>
    <message>
        <source>Eye circles</source>
        <translation>Círculos con los ojos</translation>
    </message>
    <message>
        <source>Face a wall and put both hands on it.</source>
        <translation>Colócate frente a una pared con las dos manos apoyadas.</translation>
    </message>
    <message>
        <source>Feel the back of your neck lengthen; breathe.</source>
        <translation>Nota cómo se alarga la nuca; respira.</translation>
    </message>
    <message>
        <source>Feel your shoulder blades spread; breathe into your back.</source>
        <translation>Nota cómo se separan los omóplatos; respira hacia la espalda.</translation>
    </message>
    <message>
        <source>Find something at least 6 metres (20 feet) away.</source>
        <translation>Busca algo que esté al menos a 6 metros.</translation>
    </message>
    <message>
        <source>Fist and spread</source>
        <translation>Puño y abrir</translation>
    </message>
    <message>
        <source>Focus on your thumb for a breath.</source>
        <translation>Enfoca el pulgar durante una respiración.</translation>
    </message>
    <message>
        <source>Gently draw it closer and keep your shoulder down.</source>
        <translation>Acércalo suavemente y mantén el hombro bajo.</translation>
    </message>
    <message>
        <source>Glide your head straight back, making a double chin.</source>
        <translation>Lleva la cabeza recta hacia atrás, formando una papada.</translation>
    </message>
    <message>
        <source>Hold a desk or chair for balance. Keep the front knee over the ankle.</source>
        <translation>Sujétate a una mesa o silla. Mantén la rodilla de delante sobre el tobillo.</translation>
    </message>
    <message>
        <source>Hold and breathe, keeping your back tall.</source>
        <translation>Mantén y respira, con la espalda erguida.</translation>
    </message>
    <message>
        <source>Hold for a breath, then relax forward again.</source>
        <translation>Mantén una respiración y vuelve a relajarte hacia delante.</translation>
    </message>
    <message>
        <source>Hold for a breath, then release.</source>
        <translation>Mantén una respiración y suelta.</translation>
    </message>
    <message>
        <source>Hold for a moment, then let them drop.</source>
        <translation>Mantén un momento y déjalos caer.</translation>
    </message>
    <message>
        <source>Hold it above the elbow with your other hand.</source>
        <translation>Sujétalo por encima del codo con la otra mano.</translation>
    </message>
    <message>
        <source>Hold on for balance. Stop if your knee hurts.</source>
        <translation>Sujétate para no perder el equilibrio. Para si te duele la rodilla.</translation>
    </message>
    <message>
        <source>Hold one arm straight out in front, palm down.</source>
        <translation>Estira un brazo al frente, con la palma hacia abajo.</translation>
    </message>
    <message>
        <source>Hold one arm straight out in front, palm facing away, fingers up.</source>
        <translation>Estira un brazo al frente, con la palma hacia fuera y los dedos arriba.</translation>
    </message>
    <message>
        <source>Hold until you feel the back of the forearm stretch.</source>
        <translation>Mantén hasta notar el estiramiento en el dorso del antebrazo.</translation>
    </message>
    <message>
        <source>Hold until you feel the inner forearm stretch.</source>
        <translation>Mantén hasta notar el estiramiento en la cara interna del antebrazo.</translation>
    </message>
    <message>
        <source>Hold your thumb up at arm&apos;s length.</source>
        <translation>Levanta el pulgar con el brazo estirado.</translation>
    </message>
    <message>
        <source>Keep it gentle and breathe; do not bounce.</source>
        <translation>Hazlo con suavidad y respira; no des rebotes.</translation>
    </message>
    <message>
        <source>Keep it gentle. Stop if you feel pain, tingling or dizziness.</source>
        <translation>Con suavidad. Para si sientes dolor, hormigueo o mareo.</translation>
    </message>
    <message>
        <source>Keep the back heel on the floor; stop if it hurts.</source>
        <translation>Mantén el talón de atrás en el suelo; para si duele.</translation>
    </message>
    <message>
        <source>Keep your back straight; do not bounce.</source>
        <translation>Mantén la espalda recta; no des rebotes.</translation>
    </message>
    <message>
        <source>Keep your eyes level; do not tip your head up or down.</source>
        <translation>Mantén la mirada horizontal; no inclines la cabeza arriba ni abajo.</translation>
    </message>
    <message>
        <source>Keep your face forward and breathe slowly.</source>
        <translation>Mantén la cara al frente y respira despacio.</translation>
    </message>
    <message>
        <source>Keep your head still and look up.</source>
        <translation>Mantén la cabeza quieta y mira hacia arriba.</translation>
    </message>
    <message>
        <source>Keep your knees side by side and push your hip forward gently.</source>
        <translation>Mantén las rodillas juntas y empuja la cadera suavemente hacia delante.</translation>
    </message>
    <message>
        <source>Keep your lower back neutral; do not lean back.</source>
        <translation>Mantén la zona lumbar neutra; no te eches hacia atrás.</translation>
    </message>
    <message>
        <source>Keep your shoulders down, away from your ears.</source>
        <translation>Mantén los hombros bajos, lejos de las orejas.</translation>
    </message>
    <message>
        <source>Keep your shoulders relaxed. Stop if you feel tingling.</source>
        <translation>Mantén los hombros relajados. Para si sientes hormigueo.</translation>
    </message>
    <message>
        <source>Keep your upper body tall and still.</source>
        <translation>Mantén el tronco erguido y quieto.</translation>
    </message>
    <message>
        <source>Knee to chest</source>
        <translation>Rodilla al pecho</translation>
    </message>
    <message>
        <source>Lean back gently over the top of the chair and look up.</source>
        <translation>Inclínate suavemente hacia atrás sobre el respaldo y mira arriba.</translation>
    </message>
    <message>
        <source>Lean back gently, supporting yourself with your hands.</source>
        <translation>Inclínate suavemente hacia atrás, apoyándote en las manos.</translation>
    </message>
    <message>
        <source>Lean forward a little from your hips until you feel the stretch.</source>
        <translation>Inclínate un poco hacia delante desde la cadera hasta notar el estiramiento.</translation>
    </message>
    <message>
        <source>Lean forward and stand up without using your hands.</source>
        <translation>Inclínate hacia delante y levántate sin usar las manos.</translation>
    </message>
    <message>
        <source>Lean forward from your hips with a long back until you feel the stretch.</source>
        <translation>Inclínate desde la cadera con la espalda larga hasta notar el estiramiento.</translation>
    </message>
    <message>
        <source>Leg swings</source>
        <translation>Balanceo de piernas</translation>
    </message>
    <message>
        <source>Let the hand drop and ease it towards you with your other hand.</source>
        <translation>Deja caer la mano y llévala suavemente hacia ti con la otra mano.</translation>
    </message>
    <message>
        <source>Let the raised knee drop out to the side.</source>
        <translation>Deja que la rodilla levantada caiga hacia el lado.</translation>
    </message>
    <message>
        <source>Let your eyes rest on it for 20 seconds.</source>
        <translation>Deja descansar la vista en ello durante 20 segundos.</translation>
    </message>
    <message>
        <source>Lift both shoulders towards your ears.</source>
        <translation>Sube los dos hombros hacia las orejas.</translation>
    </message>
    <message>
        <source>Lift one knee to hip height, then lower it.</source>
        <translation>Sube una rodilla a la altura de la cadera y bájala.</translation>
    </message>
    <message>
        <source>Lift your head back up slowly.</source>
        <translation>Levanta la cabeza despacio.</translation>
    </message>
    <message>
        <source>Look away from your screen.</source>
        <translation>Aparta la vista de la pantalla.</translation>
    </message>
    <message>
        <source>Look far away (20-20-20)</source>
        <translation>Mirar a lo lejos (20-20-20)</translation>
    </message>
    <message>
        <source>Lower your hands slowly, palms still together.</source>
        <translation>Baja las manos despacio, con las palmas aún juntas.</translation>
    </message>
    <message>
        <source>Lower your heels slowly and repeat.</source>
        <translation>Baja los talones despacio y repite.</translation>
    </message>
    <message>
        <source>Make a soft fist and hold for a breath.</source>
        <translation>Cierra el puño sin fuerza y mantén una respiración.</translation>
    </message>
    <message>
        <source>Marching knee lifts</source>
        <translation>Marcha elevando rodillas</translation>
    </message>
    <message>
        <source>Move slowly. Stop if you feel pain or tingling in your arms.</source>
        <translation>Muévete despacio. Para si sientes dolor u hormigueo en los brazos.</translation>
    </message>
    <message>
        <source>Move within a comfortable range.</source>
        <translation>Muévete dentro de un rango cómodo.</translation>
    </message>
    <message>
        <source>Near and far focus</source>
        <translation>Enfocar cerca y lejos</translation>
    </message>
    <message>
        <source>Neck side tilt</source>
        <translation>Inclinación lateral del cuello</translation>
    </message>
    <message>
        <source>Only a small bend. Stop if you feel pain or dizziness.</source>
        <translation>Solo una flexión pequeña. Para si sientes dolor o mareo.</translation>
    </message>
    <message>
        <source>Only on a chair that does not tip. Stop if your back hurts.</source>
        <translation>Solo en una silla que no vuelque. Para si te duele la espalda.</translation>
    </message>
    <message>
        <source>Only use a desk that cannot slide or tip.</source>
        <translation>Usa solo una mesa que no pueda deslizarse ni volcar.</translation>
    </message>
    <message>
        <source>Open your chest and look ahead; breathe.</source>
        <translation>Abre el pecho y mira al frente; respira.</translation>
    </message>
    <message>
        <source>Open your elbows wide.</source>
        <translation>Abre bien los codos.</translation>
    </message>
    <message>
        <source>Open your hands and spread your fingers wide.</source>
        <translation>Abre las manos y separa bien los dedos.</translation>
    </message>
    <message>
        <source>Overhead triceps stretch</source>
        <translation>Estiramiento de tríceps por encima de la cabeza</translation>
    </message>
    <message>
        <source>Palming</source>
        <translation>Palmas sobre los ojos</translation>
    </message>
    <message>
        <source>Prayer stretch</source>
        <translation>Estiramiento en oración</translation>
    </message>
    <message>
        <source>Press your palms together in front of your chest.</source>
        <translation>Junta las palmas delante del pecho.</translation>
    </message>
    <message>
        <source>Pull lightly; stop if the shoulder pinches.</source>
        <translation>Tira con suavidad; para si el hombro se pinza.</translation>
    </message>
    <message>
        <source>Pull your toes towards you, hold, then lower slowly.</source>
        <translation>Lleva los dedos hacia ti, mantén y baja despacio.</translation>
    </message>
    <message>
        <source>Put your hands on the edge of a sturdy desk, shoulder-width apart.</source>
        <translation>Apoya las manos en el borde de una mesa firme, a la anchura de los hombros.</translation>
    </message>
    <message>
        <source>Put your hands on your lower back, fingers down.</source>
        <translation>Pon las manos en la zona lumbar, con los dedos hacia abajo.</translation>
    </message>
    <message>
        <source>Raise both hands in front of you.</source>
        <translation>Sube las dos manos delante de ti.</translation>
    </message>
    <message>
        <source>Raise one arm and bend the elbow so your hand drops behind your head.</source>
        <translation>Sube un brazo y dobla el codo para que la mano caiga detrás de la cabeza.</translation>
    </message>
    <message>
        <source>Raise your hands in front of you, elbows relaxed.</source>
        <translation>Sube las manos delante de ti, con los codos relajados.</translation>
    </message>
    <message>
        <source>Reach and round</source>
        <translation>Estirar y redondear</translation>
    </message>
    <message>
        <source>Repeat at your own pace.</source>
        <translation>Repite a tu ritmo.</translation>
    </message>
    <message>
        <source>Repeat slowly with your breath.</source>
        <translation>Repite despacio, al ritmo de la respiración.</translation>
    </message>
    <message>
        <source>Repeat slowly.</source>
        <translation>Repite despacio.</translation>
    </message>
    <message>
        <source>Rest a hand on the desk if you feel unsteady.</source>
        <translation>Apoya una mano en la mesa si te sientes inestable.</translation>
    </message>
    <message>
        <source>Rest your other hand on that elbow.</source>
        <translation>Apoya la otra mano en ese codo.</translation>
    </message>
    <message>
        <source>Return to upright slowly.</source>
        <translation>Vuelve despacio a la posición erguida.</translation>
    </message>
    <message>
        <source>Rise onto the balls of your feet.</source>
        <translation>Sube sobre las puntas de los pies.</translation>
    </message>
    <message>
        <source>Roll your shoulders up, back and down in slow circles.</source>
        <translation>Gira los hombros hacia arriba, atrás y abajo en círculos lentos.</translation>
    </message>
    <message>
        <source>Round your upper back and let your head drop.</source>
        <translation>Redondea la espalda alta y deja caer la cabeza.</translation>
    </message>
    <message>
        <source>Rub your palms together until they feel warm.</source>
        <translation>Frota las palmas hasta que se calienten.</translation>
    </message>
    <message>
        <source>Seated back extension</source>
        <translation>Extensión de espalda sentado</translation>
    </message>
    <message>
        <source>Seated cat–cow</source>
        <translation>Gato-vaca sentado</translation>
    </message>
    <message>
        <source>Seated figure four</source>
        <translation>Figura cuatro sentado</translation>
    </message>
    <message>
        <source>Seated forward fold</source>
        <translation>Flexión hacia delante sentado</translation>
    </message>
    <message>
        <source>Seated hamstring stretch</source>
        <translation>Estiramiento de isquiotibiales sentado</translation>
    </message>
    <message>
        <source>Seated knee extension</source>
        <translation>Extensión de rodilla sentado</translation>
    </message>
    <message>
        <source>Shift forward until you feel the front of the back hip stretch.</source>
        <translation>Desplázate hacia delante hasta notar el estiramiento en la parte delantera de la cadera de atrás.</translation>
    </message>
    <message>
        <source>Shoulder blade squeeze</source>
        <translation>Juntar omóplatos</translation>
    </message>
    <message>
        <source>Shoulder rolls</source>
        <translation>Círculos de hombros</translation>
    </message>
    <message>
        <source>Shoulder shrugs</source>
        <translation>Encogimiento de hombros</translation>
    </message>
    <message>
        <source>Sit against the backrest and put your hands behind your head.</source>
        <translation>Apóyate en el respaldo y pon las manos detrás de la cabeza.</translation>
    </message>
    <message>
        <source>Sit back down slowly and with control.</source>
        <translation>Vuelve a sentarte despacio y con control.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair with your hands on your knees.</source>
        <translation>Siéntate en el borde de la silla con las manos en las rodillas.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair, feet apart.</source>
        <translation>Siéntate en el borde de la silla, con los pies separados.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair, feet flat.</source>
        <translation>Siéntate en el borde de la silla, con los pies planos.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair.</source>
        <translation>Siéntate en el borde de la silla.</translation>
    </message>
    <message>
        <source>Sit tall and hold one knee with both hands.</source>
        <translation>Siéntate erguido y sujeta una rodilla con las dos manos.</translation>
    </message>
    <message>
        <source>Sit tall and hold the sides of your seat.</source>
        <translation>Siéntate erguido y sujeta los lados del asiento.</translation>
    </message>
    <message>
        <source>Sit tall and let your shoulders drop.</source>
        <translation>Siéntate erguido y deja caer los hombros.</translation>
    </message>
    <message>
        <source>Sit tall and look straight ahead.</source>
        <translation>Siéntate erguido y mira al frente.</translation>
    </message>
    <message>
        <source>Sit tall and rest one ankle on the opposite knee.</source>
        <translation>Siéntate erguido y apoya un tobillo sobre la rodilla contraria.</translation>
    </message>
    <message>
        <source>Sit tall and stretch one leg out, heel lifted.</source>
        <translation>Siéntate erguido y estira una pierna, con el talón levantado.</translation>
    </message>
    <message>
        <source>Sit tall with your arms hanging loose.</source>
        <translation>Siéntate erguido con los brazos sueltos.</translation>
    </message>
    <message>
        <source>Sit tall with your arms relaxed.</source>
        <translation>Siéntate erguido con los brazos relajados.</translation>
    </message>
    <message>
        <source>Sit tall with your elbows bent at your sides.</source>
        <translation>Siéntate erguido con los codos doblados a los lados.</translation>
    </message>
    <message>
        <source>Sit tall with your shoulders relaxed.</source>
        <translation>Siéntate erguido con los hombros relajados.</translation>
    </message>
    <message>
        <source>Sit to stand</source>
        <translation>Sentarse y levantarse</translation>
    </message>
    <message>
        <source>Skip it after hip or knee surgery. Stop if your knee hurts.</source>
        <translation>Evítalo tras una operación de cadera o rodilla. Para si te duele la rodilla.</translation>
    </message>
    <message>
        <source>Skip this if you have a back problem or high blood pressure.</source>
        <translation>Evítalo si tienes problemas de espalda o tensión alta.</translation>
    </message>
    <message>
        <source>Slide your other hand down the side of your leg.</source>
        <translation>Desliza la otra mano por el lado de la pierna.</translation>
    </message>
    <message>
        <source>Slowly lower your chin towards your chest.</source>
        <translation>Baja despacio la barbilla hacia el pecho.</translation>
    </message>
    <message>
        <source>Slowly roll your eyes in a wide circle.</source>
        <translation>Gira los ojos despacio en un círculo amplio.</translation>
    </message>
    <message>
        <source>Small swings at first; hold on for balance.</source>
        <translation>Empieza con balanceos pequeños y sujétate.</translation>
    </message>
    <message>
        <source>Stand side-on to a wall and rest a hand on it.</source>
        <translation>Ponte de lado junto a una pared y apoya una mano en ella.</translation>
    </message>
    <message>
        <source>Stand tall and clasp your hands behind your back.</source>
        <translation>Ponte erguido y entrelaza las manos detrás de la espalda.</translation>
    </message>
    <message>
        <source>Stand tall and raise one arm overhead.</source>
        <translation>Ponte erguido y sube un brazo por encima de la cabeza.</translation>
    </message>
    <message>
        <source>Stand tall beside your desk.</source>
        <translation>Ponte de pie, erguido, junto a tu mesa.</translation>
    </message>
    <message>
        <source>Stand tall with one hand on a wall or desk.</source>
        <translation>Ponte erguido con una mano en la pared o la mesa.</translation>
    </message>
    <message>
        <source>Stand tall, feet hip-width apart, a hand on your desk.</source>
        <translation>Ponte erguido, pies a la anchura de las caderas, una mano en la mesa.</translation>
    </message>
    <message>
        <source>Stand with your feet hip-width apart.</source>
        <translation>Ponte de pie con los pies a la anchura de las caderas.</translation>
    </message>
    <message>
        <source>Standing back bend</source>
        <translation>Extensión de espalda de pie</translation>
    </message>
    <message>
        <source>Standing hip flexor stretch</source>
        <translation>Estiramiento del flexor de cadera de pie</translation>
    </message>
    <message>
        <source>Standing side bend</source>
        <translation>Inclinación lateral de pie</translation>
    </message>
    <message>
        <source>Standing thigh stretch</source>
        <translation>Estiramiento de cuádriceps de pie</translation>
    </message>
    <message>
        <source>Step back until your body is a straight slope.</source>
        <translation>Da pasos atrás hasta que el cuerpo forme una línea inclinada.</translation>
    </message>
    <message>
        <source>Step one foot back, heel down, leg straight.</source>
        <translation>Lleva un pie hacia atrás, talón abajo, pierna estirada.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy.</source>
        <translation>Para si te mareas.</translation>
    </message>
    <message>
        <source>Stop if you feel pain in the shoulder.</source>
        <translation>Para si sientes dolor en el hombro.</translation>
    </message>
    <message>
        <source>Stop if you feel pain in your hip or back.</source>
        <translation>Para si sientes dolor en la cadera o la espalda.</translation>
    </message>
    <message>
        <source>Stop when you feel a mild stretch in your wrists; hold.</source>
        <translation>Para al notar un estiramiento leve en las muñecas; mantén.</translation>
    </message>
    <message>
        <source>Straighten one knee until the leg is level.</source>
        <translation>Estira una rodilla hasta que la pierna quede horizontal.</translation>
    </message>
    <message>
        <source>Straighten one leg, heel on the floor, toes up.</source>
        <translation>Estira una pierna, talón en el suelo, dedos hacia arriba.</translation>
    </message>
    <message>
        <source>Straighten your arms and lift them a little away from you.</source>
        <translation>Estira los brazos y sepáralos un poco del cuerpo.</translation>
    </message>
    <message>
        <source>Swing one leg forward and back, loose and easy.</source>
        <translation>Balancea una pierna hacia delante y atrás, suelta y relajada.</translation>
    </message>
    <message>
        <source>Switch back and forth a few times.</source>
        <translation>Alterna varias veces.</translation>
    </message>
    <message>
        <source>Switch legs and keep a steady march.</source>
        <translation>Cambia de pierna y mantén una marcha constante.</translation>
    </message>
    <message>
        <source>Take a long step forward, back heel lifted.</source>
        <translation>Da un paso largo hacia delante, con el talón de atrás levantado.</translation>
    </message>
    <message>
        <source>Then focus on something far away for a breath.</source>
        <translation>Luego enfoca algo lejano durante una respiración.</translation>
    </message>
    <message>
        <source>Tilt your ear towards your shoulder.</source>
        <translation>Inclina la oreja hacia el hombro.</translation>
    </message>
    <message>
        <source>Use a chair that cannot roll away.</source>
        <translation>Usa una silla que no pueda rodar.</translation>
    </message>
    <message>
        <source>With the other hand, ease the fingers back towards you.</source>
        <translation>Con la otra mano, lleva los dedos suavemente hacia ti.</translation>
    </message>
    <message>
        <source>Wrist circles</source>
        <translation>Círculos de muñecas</translation>
    </message>
    <message>
        <source>Wrist stretch, fingers down</source>
        <translation>Estiramiento de muñeca, dedos abajo</translation>
    </message>
    <message>
        <source>Wrist stretch, fingers up</source>
        <translation>Estiramiento de muñeca, dedos arriba</translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <source>&amp;Open my exercises folder</source>
        <translation>Abrir mi carpeta de &amp;ejercicios</translation>
    </message>
    <message>
        <source>&amp;Play preview</source>
        <translation>&amp;Reproducir vista previa</translation>
    </message>
    <message>
        <source>A favourite (♥ in the prompt)</source>
        <translation>Un favorito (♥ en la ventana de pausa)</translation>
    </message>
    <message>
        <source>Body &amp;areas to include</source>
        <translation>&amp;Zonas del cuerpo incluidas</translation>
    </message>
    <message>
        <source>E&amp;xercises (untick one to never get it)</source>
        <translation>E&amp;jercicios (desmarca uno para no recibirlo nunca)</translation>
    </message>
    <message>
        <source>Illustrations unavailable: %1</source>
        <translation>Ilustraciones no disponibles: %1</translation>
    </message>
    <message>
        <source>No exercises were found. Check the exercise files.</source>
        <translation>No se encontraron ejercicios. Revisa los archivos de ejercicios.</translation>
    </message>
    <message>
        <source>Sto&amp;p preview</source>
        <translation>Detener la vista &amp;previa</translation>
    </message>
    <message>
        <source>Your own exercises are .toml files in this folder; they are loaded at the next start.</source>
        <translation>Tus propios ejercicios son archivos .toml en esta carpeta; se cargan en el próximo inicio.</translation>
    </message>
</context>
<context>
    <name>FigureWidget</name>
    <message>
        <source>Exercise illustration</source>
        <translation>Ilustración del ejercicio</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Fitting in with the rest of the desktop</source>
        <translation>Convivir con el resto del escritorio</translation>
    </message>
    <message>
        <source>General: %1</source>
        <translation>General: %1</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Abrir carpeta de &amp;datos</translation>
    </message>
    <message>
        <source>Open s&amp;ettings folder</source>
        <translation>Abrir carpeta de a&amp;justes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Start and notifications</source>
        <translation>Inicio y notificaciones</translation>
    </message>
    <message>
        <source>Start movebreak when I log &amp;in</source>
        <translation>Iniciar movebreak al &amp;iniciar sesión</translation>
    </message>
    <message>
        <source>Unknown time zone &apos;%1&apos;: use an IANA name such as Europe/Berlin</source>
        <translation>Zona horaria desconocida «%1»: usa un nombre IANA como Europe/Madrid</translation>
    </message>
    <message>
        <source>Where your settings and data live</source>
        <translation>Dónde están tus ajustes y datos</translation>
    </message>
    <message>
        <source>e.g. zoom, obs</source>
        <translation>p. ej. zoom, obs</translation>
    </message>
    <message>
        <source>empty: the system&apos;s zone</source>
        <translation>vacío: la zona del sistema</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>%1 min moved</source>
        <translation>%1 min en movimiento</translation>
    </message>
    <message>
        <source>%1 missed while asleep or off</source>
        <translation>%1 perdidas en suspensión o apagado</translation>
    </message>
    <message>
        <source>%1 of %2 due completed (%3)</source>
        <translation>%1 de %2 previstas completadas (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <translation>
            <numerusform>%n pausa</numerusform>
            <numerusform>%n pausas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>No breaks logged in that range.</source>
        <translation>No hay pausas registradas en ese periodo.</translation>
    </message>
    <message>
        <source>No breaks logged yet (%1 does not exist).</source>
        <translation>Aún no hay pausas registradas (%1 no existe).</translation>
    </message>
    <message>
        <source>No breaks logged yet.</source>
        <translation>Aún no hay pausas registradas.</translation>
    </message>
    <message>
        <source>exercises</source>
        <translation>ejercicios</translation>
    </message>
    <message>
        <source>length</source>
        <translation>duración</translation>
    </message>
    <message>
        <source>most skipped: %1</source>
        <translation>más saltados: %1</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>streak: %1 (longest %2)</source>
        <translation>racha: %1 (máxima %2)</translation>
    </message>
    <message>
        <source>when</source>
        <translation>cuándo</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source> (newest %1 shown)</source>
        <translation> (se muestran las %1 más recientes)</translation>
    </message>
    <message>
        <source>%1: none yet</source>
        <translation>%1: ninguna todavía</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; min moved</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; min en movimiento</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; missed while asleep or off</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; perdidas en suspensión o apagado</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 due breaks completed (&lt;b&gt;%3&lt;/b&gt;)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; de %2 pausas previstas completadas (&lt;b&gt;%3&lt;/b&gt;)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>All breaks</source>
        <translation>Todas las pausas</translation>
    </message>
    <message>
        <source>Body areas moved, last 7 days (minutes)</source>
        <translation>Zonas del cuerpo movidas, últimos 7 días (minutos)</translation>
    </message>
    <message>
        <source>Breaks are not being logged: the journal is read-only.</source>
        <translation>Las pausas no se están registrando: el diario es de solo lectura.</translation>
    </message>
    <message numerus="yes">
        <source>Breaks in the last %n days</source>
        <translation>
            <numerusform>Pausas del último día</numerusform>
            <numerusform>Pausas de los últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>Hoja de cálculo CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>No se pudo exportar a %1: %2</translation>
    </message>
    <message>
        <source>Days in a row with at least one routine completed. Days with no breaks due (weekends, days off) don&apos;t break a streak.</source>
        <translation>Días seguidos con al menos una rutina completada. Los días sin pausas previstas (fines de semana, días libres) no rompen la racha.</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar historial</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n breaks to %1</source>
        <translation>
            <numerusform>%n pausa exportada a %1</numerusform>
            <numerusform>%n pausas exportadas a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>Últimos 14 días</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n days</source>
        <translation>
            <numerusform>Racha: %n día</numerusform>
            <numerusform>Racha: %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>longest %1</source>
        <translation>máxima %1</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>most skipped: %1</source>
        <translation>más saltados: %1</translation>
    </message>
    <message>
        <source>movebreak — history</source>
        <translation>movebreak — historial</translation>
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
        <translation>%1. Las pausas no se registran hasta que esto se solucione.</translation>
    </message>
    <message>
        <source>Could not read the journal %1: %2.</source>
        <translation>No se pudo leer el diario %1: %2.</translation>
    </message>
    <message>
        <source>Could not save a break to %1: %2. Recent breaks may be missing from your history until this is fixed.</source>
        <translation>No se pudo guardar una pausa en %1: %2. Hasta que se solucione, puede que falten pausas recientes en tu historial.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened for writing: %2</source>
        <translation>El diario %1 no se puede abrir para escribir: %2</translation>
    </message>
    <message>
        <source>The journal %1 cannot be written: %2</source>
        <translation>No se puede escribir en el diario %1: %2</translation>
    </message>
    <message>
        <source>The journal %1 is damaged (%2) and could not be moved aside (%3). Breaks are not being logged.</source>
        <translation>El diario %1 está dañado (%2) y no se pudo apartar (%3). Las pausas no se están registrando.</translation>
    </message>
    <message>
        <source>The journal %1 was damaged and could not be read (%2). It was kept as %3 and a new journal was started.</source>
        <translation>El diario %1 estaba dañado y no se podía leer (%2). Se guardó como %3 y se empezó un diario nuevo.</translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer movebreak (schema %2; this version knows up to %3). History is shown, but breaks are not logged until you update movebreak.</source>
        <translation>El diario %1 lo escribió un movebreak más reciente (esquema %2; esta versión conoce hasta el %3). El historial se muestra, pero las pausas no se registran hasta que actualices movebreak.</translation>
    </message>
    <message>
        <source>The journal folder %1 cannot be created: %2</source>
        <translation>No se puede crear la carpeta del diario %1: %2</translation>
    </message>
    <message>
        <source>another program holds it locked</source>
        <translation>otro programa lo tiene bloqueado</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>se denegó el permiso</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>el disco informó de un error de entrada/salida</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>el archivo es de solo lectura</translation>
    </message>
    <message>
        <source>the file or its folder cannot be opened for writing</source>
        <translation>el archivo o su carpeta no se puede abrir para escribir</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>LanguageGroup</name>
    <message>
        <source>&amp;Language of windows and exercises</source>
        <translation>Idioma de las &amp;ventanas y los ejercicios</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Windows and breaks use it after Save; the tray menu at the next start.</source>
        <translation>Las ventanas y las pausas lo usan al guardar; el menú de la bandeja, en el próximo inicio.</translation>
    </message>
</context>
<context>
    <name>NoBreak</name>
    <message>
        <source>no gap long enough</source>
        <translation>ningún hueco lo bastante largo</translation>
    </message>
    <message>
        <source>no working hours set</source>
        <translation>sin horario de trabajo</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>fuera del horario de trabajo</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Show the break</source>
        <translation>Mostrar la pausa</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Empezar ahora</translation>
    </message>
    <message>
        <source>Stretch break in %1 min %2 s</source>
        <translation>Pausa para estirar en %1 min %2 s</translation>
    </message>
    <message numerus="yes">
        <source>Stretch break in %n min</source>
        <translation>
            <numerusform>Pausa para estirar en %n min</numerusform>
            <numerusform>Pausa para estirar en %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stretch break in %n s</source>
        <translation>
            <numerusform>Pausa para estirar en %n s</numerusform>
            <numerusform>Pausa para estirar en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>Hora de moverse</translation>
    </message>
</context>
<context>
    <name>Option</name>
    <message>
        <source>Announce breaks with a desktop notification.</source>
        <translation>Anunciar las pausas con una notificación del escritorio.</translation>
    </message>
    <message>
        <source>Body areas never to suggest.</source>
        <translation>Zonas del cuerpo que nunca se proponen.</translation>
    </message>
    <message>
        <source>Count time away from the keyboard as a natural break.</source>
        <translation>Contar el tiempo lejos del teclado como una pausa natural.</translation>
    </message>
    <message>
        <source>Exercise ids never to suggest.</source>
        <translation>Identificadores de ejercicios que nunca se proponen.</translation>
    </message>
    <message>
        <source>Exercise ids to suggest first where body areas allow.</source>
        <translation>Identificadores de ejercicios que se proponen primero cuando las zonas del cuerpo lo permiten.</translation>
    </message>
    <message>
        <source>Gaps shorter than this get no break.</source>
        <translation>Los huecos más cortos no tienen pausa.</translation>
    </message>
    <message>
        <source>Heads-up notification this long before a break (0 = off).</source>
        <translation>Aviso previo este tiempo antes de una pausa (0 = desactivado).</translation>
    </message>
    <message>
        <source>Hold breaks while a fullscreen window has focus.</source>
        <translation>Retener las pausas mientras una ventana a pantalla completa tenga el foco.</translation>
    </message>
    <message>
        <source>Hold breaks while any of these processes runs.</source>
        <translation>Retener las pausas mientras se ejecute alguno de estos procesos.</translation>
    </message>
    <message>
        <source>Hold breaks while the microphone or the camera is in use (a call).</source>
        <translation>Retener las pausas mientras el micrófono o la cámara estén en uso (una llamada).</translation>
    </message>
    <message>
        <source>How long Snooze postpones a break.</source>
        <translation>Cuánto pospone una pausa «Posponer».</translation>
    </message>
    <message>
        <source>How often URL calendars are fetched again.</source>
        <translation>Cada cuánto se vuelven a descargar los calendarios por URL.</translation>
    </message>
    <message>
        <source>Language of the windows and exercises (empty = system).</source>
        <translation>Idioma de las ventanas y los ejercicios (vacío = sistema).</translation>
    </message>
    <message>
        <source>Longest free stretch without a break.</source>
        <translation>Periodo libre más largo sin pausa.</translation>
    </message>
    <message>
        <source>Longest routine.</source>
        <translation>Rutina más larga.</translation>
    </message>
    <message>
        <source>Minutes after a block ends before the break starts.</source>
        <translation>Minutos tras el fin de un bloque antes de que empiece la pausa.</translation>
    </message>
    <message>
        <source>Plan in this IANA zone instead of the system&apos;s (empty = system).</source>
        <translation>Planificar en esta zona IANA en lugar de la del sistema (vacío = sistema).</translation>
    </message>
    <message>
        <source>Play a soft chime at the start and between exercises.</source>
        <translation>Tocar un suave sonido al empezar y entre ejercicios.</translation>
    </message>
    <message>
        <source>Routines you may skip a day; then Skip routine becomes Shorten to 1 min (0 = no limit).</source>
        <translation>Rutinas que puedes saltar al día; después «Saltar rutina» pasa a ser «Acortar a 1 min» (0 = sin límite).</translation>
    </message>
    <message>
        <source>Shortest routine.</source>
        <translation>Rutina más corta.</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>perdida</translation>
    </message>
    <message>
        <source>natural break</source>
        <translation>pausa natural</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>no alcanzado</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>mostrada</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>saltada</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>pospuesta</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>retenida</translation>
    </message>
</context>
<context>
    <name>Pause</name>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
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
        <translation>1 día</translation>
    </message>
    <message>
        <source>Breaks resumed.</source>
        <translation>Las pausas vuelven.</translation>
    </message>
    <message>
        <source>Focus until %1; the break comes after it.</source>
        <translation>Concentración hasta las %1; después llega la pausa.</translation>
    </message>
    <message>
        <source>Paused %1 (until %2 %3).</source>
        <translation>En pausa %1 (hasta el %2 %3).</translation>
    </message>
    <message>
        <source>Paused until %1 %2.</source>
        <translation>En pausa hasta el %1 %2.</translation>
    </message>
    <message>
        <source>a duration like 30m, 1h, 1h30m, 2d (up to 7d); &apos;until HH:MM&apos;; &apos;tomorrow&apos;; &apos;block&apos;; or &apos;off&apos;</source>
        <translation>una duración como 30m, 1h, 1h30m, 2d (hasta 7d); &apos;until HH:MM&apos;; &apos;tomorrow&apos;; &apos;block&apos;; o &apos;off&apos;</translation>
    </message>
    <message>
        <source>a pause of %1 pauses nothing; to resume breaks use &apos;off&apos;; valid: %2</source>
        <translation>una interrupción de %1 no detiene nada; para reanudar las pausas usa &apos;off&apos;; válido: %2</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>durante %1</translation>
    </message>
    <message>
        <source>invalid focus length %1; valid: 5m to 8h, e.g. 25m, 50m, 90m</source>
        <translation>duración de concentración no válida %1; válido: de 5m a 8h, p. ej. 25m, 50m, 90m</translation>
    </message>
    <message>
        <source>invalid pause %1; valid: %2</source>
        <translation>interrupción no válida %1; válido: %2</translation>
    </message>
    <message>
        <source>invalid time %1; valid: %2</source>
        <translation>hora no válida %1; válido: %2</translation>
    </message>
    <message>
        <source>there is no block going on right now</source>
        <translation>ahora no hay ningún bloque en curso</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta las %1</translation>
    </message>
    <message>
        <source>until the block ends</source>
        <translation>hasta que termine el bloque</translation>
    </message>
    <message>
        <source>until tomorrow</source>
        <translation>hasta mañana</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message numerus="yes">
        <source>%n blocks</source>
        <translation>
            <numerusform>%n bloque</numerusform>
            <numerusform>%n bloques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <translation>
            <numerusform>%n pausa</numerusform>
            <numerusform>%n pausas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan for %n days from %1 (%2)</source>
        <translation>
            <numerusform>Plan de %n día desde el %1 (%2)</numerusform>
            <numerusform>Plan de %n días desde el %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>block</source>
        <translation>bloque</translation>
    </message>
    <message>
        <source>break</source>
        <translation>pausa</translation>
    </message>
    <message>
        <source>no working hours</source>
        <translation>sin horario de trabajo</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>nada previsto</translation>
    </message>
    <message>
        <source>warning: %1 (planning without the breaks taken today)</source>
        <translation>aviso: %1 (se planifica sin las pausas de hoy)</translation>
    </message>
    <message>
        <source>warning: %1 (using the default)</source>
        <translation>aviso: %1 (se usa el valor predeterminado)</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message numerus="yes">
        <source>%1: %n breaks at %2</source>
        <translation>
            <numerusform>%1: %n pausa a las %2</numerusform>
            <numerusform>%1: %n pausas a las %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no breaks.</source>
        <translation>%1: sin pausas.</translation>
    </message>
    <message>
        <source>%1: not a working day.</source>
        <translation>%1: no es día laborable.</translation>
    </message>
    <message>
        <source>Plan preview timeline</source>
        <translation>Línea de tiempo de la vista previa</translation>
    </message>
    <message>
        <source>Preview paused until every value is valid.</source>
        <translation>Vista previa en pausa hasta que todos los valores sean válidos.</translation>
    </message>
    <message>
        <source>Preview unavailable: %1</source>
        <translation>Vista previa no disponible: %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>%1 (valid: %2)</source>
        <translation>%1 (válido: %2)</translation>
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
        <translation>entradas %1</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>%1, e.g. %2</source>
        <translation>%1, p. ej. %2</translation>
    </message>
    <message>
        <source>Invalid range %1 - %2 is no time of day (00:00 to 24:00)</source>
        <translation>Intervalo no válido %1: %2 no es una hora del día (00:00 a 24:00)</translation>
    </message>
    <message>
        <source>Invalid range %1 - end must be after start</source>
        <translation>Intervalo no válido %1: el final debe ser posterior al inicio</translation>
    </message>
    <message>
        <source>Invalid range %1 - not written as HH:MM-HH:MM (two-digit minutes)</source>
        <translation>Intervalo no válido %1: no tiene la forma HH:MM-HH:MM (minutos con dos cifras)</translation>
    </message>
    <message>
        <source>Invalid range %1 - write a range as a quoted %2 string</source>
        <translation>Intervalo no válido %1: escribe el intervalo como texto %2 entre comillas</translation>
    </message>
    <message>
        <source>Invalid value %1</source>
        <translation>Valor no válido %1</translation>
    </message>
    <message>
        <source>Invalid value %1 - not a shipped language</source>
        <translation>Valor no válido %1: no es un idioma incluido</translation>
    </message>
    <message>
        <source>Invalid value %1 - out of range</source>
        <translation>Valor no válido %1: fuera de rango</translation>
    </message>
    <message>
        <source>Invalid value %1 - unknown time zone</source>
        <translation>Valor no válido %1: zona horaria desconocida</translation>
    </message>
    <message>
        <source>Invalid value %1 - wrong type</source>
        <translation>Valor no válido %1: tipo incorrecto</translation>
    </message>
    <message>
        <source>Invalid value %1; did you mean %2?</source>
        <translation>Valor no válido %1; ¿querías decir %2?</translation>
    </message>
    <message>
        <source>Ranges overlap</source>
        <translation>Los intervalos se solapan</translation>
    </message>
    <message>
        <source>SVG file %1 is %2 bytes, more than the %3 KB limit</source>
        <translation>El archivo SVG %1 ocupa %2 bytes, más que el límite de %3 KB</translation>
    </message>
    <message>
        <source>SVG file %1 not found next to the TOML file</source>
        <translation>No se encontró el archivo SVG %1 junto al archivo TOML</translation>
    </message>
    <message>
        <source>TOML nested a few levels deep, see the README</source>
        <translation>TOML con pocos niveles de anidación, consulta el README</translation>
    </message>
    <message>
        <source>TOML syntax, see the README</source>
        <translation>sintaxis TOML, consulta el README</translation>
    </message>
    <message>
        <source>TOML with [[exercise]] tables</source>
        <translation>TOML con tablas [[exercise]]</translation>
    </message>
    <message>
        <source>Unknown joint %1</source>
        <translation>Articulación desconocida %1</translation>
    </message>
    <message>
        <source>Unknown key %1</source>
        <translation>Clave desconocida %1</translation>
    </message>
    <message>
        <source>Unknown key %1, ignored</source>
        <translation>Clave desconocida %1, se ignora</translation>
    </message>
    <message>
        <source>Unknown key %1, ignored; did you mean %2?</source>
        <translation>Clave desconocida %1, se ignora; ¿querías decir %2?</translation>
    </message>
    <message>
        <source>Unknown pose key %1</source>
        <translation>Clave de postura desconocida %1</translation>
    </message>
    <message>
        <source>Unknown section %1, ignored</source>
        <translation>Sección desconocida %1, se ignora</translation>
    </message>
    <message>
        <source>Unknown section %1, ignored; did you mean %2?</source>
        <translation>Sección desconocida %1, se ignora; ¿querías decir %2?</translation>
    </message>
    <message>
        <source>Unknown weekday %1</source>
        <translation>Día de la semana desconocido %1</translation>
    </message>
    <message>
        <source>Unknown weekday %1; did you mean %2?</source>
        <translation>Día de la semana desconocido %1; ¿querías decir %2?</translation>
    </message>
    <message>
        <source>a UTF-8 TOML file under 1 MB</source>
        <translation>un archivo TOML UTF-8 de menos de 1 MB</translation>
    </message>
    <message>
        <source>a list of %1 ranges, e.g. %2</source>
        <translation>una lista de intervalos %1, p. ej. %2</translation>
    </message>
    <message>
        <source>a list of .svg file names, e.g. %1</source>
        <translation>una lista de nombres de archivo .svg, p. ej. %1</translation>
    </message>
    <message>
        <source>a list of 1 to 6 short instructions</source>
        <translation>una lista de 1 a 6 instrucciones breves</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>una lista de textos</translation>
    </message>
    <message>
        <source>a list of strings, e.g. %1</source>
        <translation>una lista de textos, p. ej. %1</translation>
    </message>
    <message>
        <source>a list of tables such as %1 (each overrides the base pose)</source>
        <translation>una lista de tablas como %1 (cada una sustituye la postura base)</translation>
    </message>
    <message>
        <source>a list of: %1</source>
        <translation>una lista de: %1</translation>
    </message>
    <message>
        <source>a name of at most %1 characters</source>
        <translation>un nombre de %1 caracteres como máximo</translation>
    </message>
    <message>
        <source>a non-empty list of: %1</source>
        <translation>una lista no vacía de: %1</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>un texto no vacío</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a path to an .ics file, or an http(s) URL</source>
        <translation>una ruta a un archivo .ics o una URL http(s)</translation>
    </message>
    <message>
        <source>a step is %1 characters long</source>
        <translation>un paso tiene %1 caracteres</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>un texto</translation>
    </message>
    <message>
        <source>a table with view, base and frames, or with %1</source>
        <translation>una tabla con view, base y frames, o con %1</translation>
    </message>
    <message>
        <source>a time after %1</source>
        <translation>una hora posterior a %1</translation>
    </message>
    <message>
        <source>a whole number of minutes from %1 to %2</source>
        <translation>un número entero de minutos de %1 a %2</translation>
    </message>
    <message>
        <source>a whole number of seconds from %1 to %2</source>
        <translation>un número entero de segundos de %1 a %2</translation>
    </message>
    <message>
        <source>a whole number of skips from %1 to %2</source>
        <translation>un número entero de omisiones de %1 a %2</translation>
    </message>
    <message>
        <source>an .svg file in %1</source>
        <translation>un archivo .svg en %1</translation>
    </message>
    <message>
        <source>an .svg file of at most %1 KB</source>
        <translation>un archivo .svg de %1 KB como máximo</translation>
    </message>
    <message>
        <source>an IANA zone such as %1, or empty</source>
        <translation>una zona IANA como %1, o vacío</translation>
    </message>
    <message>
        <source>an [[exercise]] table</source>
        <translation>una tabla [[exercise]]</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>al menos %1</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>%1 caracteres como máximo</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>cannot read the journal: %1</source>
        <translation>no se puede leer el diario: %1</translation>
    </message>
    <message>
        <source>duplicate exercise id %1</source>
        <translation>id de ejercicio duplicado %1</translation>
    </message>
    <message>
        <source>duplicate exercise id %1; the first one is used</source>
        <translation>id de ejercicio duplicado %1; se usa el primero</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ej. %1</translation>
    </message>
    <message>
        <source>empty, or one of: %1</source>
        <translation>vacío, o uno de: %1</translation>
    </message>
    <message>
        <source>end must be after start</source>
        <translation>el final debe ser posterior al inicio</translation>
    </message>
    <message>
        <source>ids unique across your files</source>
        <translation>ids únicos en todos tus archivos</translation>
    </message>
    <message>
        <source>is %1 characters long</source>
        <translation>tiene %1 caracteres</translation>
    </message>
    <message>
        <source>is %1, more than the %2 limit</source>
        <translation>ocupa %1, más que el límite de %2</translation>
    </message>
    <message>
        <source>is a device, not a file</source>
        <translation>es un dispositivo, no un archivo</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a file</source>
        <translation>es una tubería con nombre (FIFO), no un archivo</translation>
    </message>
    <message>
        <source>is a socket, not a file</source>
        <translation>es un socket, no un archivo</translation>
    </message>
    <message>
        <source>is missing or not a table</source>
        <translation>falta o no es una tabla</translation>
    </message>
    <message>
        <source>is more than the %1 limit</source>
        <translation>supera el límite de %1</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>is not valid TOML: %1</source>
        <translation>no es TOML válido: %1</translation>
    </message>
    <message>
        <source>is not valid TOML: arrays or tables nest too deeply</source>
        <translation>no es TOML válido: hay arrays o tablas anidados demasiado</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>debe ser una tabla</translation>
    </message>
    <message>
        <source>must be a table of weekdays</source>
        <translation>debe ser una tabla de días de la semana</translation>
    </message>
    <message>
        <source>must be an array of tables</source>
        <translation>debe ser un array de tablas</translation>
    </message>
    <message>
        <source>needs at least two keyframes</source>
        <translation>necesita al menos dos fotogramas clave</translation>
    </message>
    <message>
        <source>needs exactly one of %1 or %2</source>
        <translation>necesita exactamente uno de %1 o %2</translation>
    </message>
    <message>
        <source>no [[exercise]] tables found</source>
        <translation>no se encontraron tablas [[exercise]]</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <source>not saved: it is not a regular file</source>
        <translation>no se guardó: no es un archivo normal</translation>
    </message>
    <message>
        <source>not saved: the file is not valid TOML (%1) and would be lost; fix or move it first, or save a fresh file (the old one is kept as .bak)</source>
        <translation>no se guardó: el archivo no es TOML válido (%1) y se perdería; corrígelo o muévelo primero, o guarda un archivo nuevo (el anterior se guarda como .bak)</translation>
    </message>
    <message>
        <source>not saved: the file is not valid TOML and would be lost; fix or move it first, or save a fresh file (the old one is kept as .bak)</source>
        <translation>no se guardó: el archivo no es TOML válido y se perdería; corrígelo o muévelo primero, o guarda un archivo nuevo (el anterior se guarda como .bak)</translation>
    </message>
    <message>
        <source>not saved: the file there cannot be read (%1) and would be lost; fix or move it first, or save a fresh file (the old one is kept as .bak)</source>
        <translation>no se guardó: el archivo existente no se puede leer (%1) y se perdería; corrígelo o muévelo primero, o guarda un archivo nuevo (el anterior se guarda como .bak)</translation>
    </message>
    <message>
        <source>not valid TOML: %1</source>
        <translation>TOML no válido: %1</translation>
    </message>
    <message>
        <source>not valid TOML: arrays or tables nest too deeply</source>
        <translation>TOML no válido: hay arrays o tablas anidados demasiado</translation>
    </message>
    <message>
        <source>one or more [[exercise]] tables</source>
        <translation>una o más tablas [[exercise]]</translation>
    </message>
    <message>
        <source>ranges that do not overlap</source>
        <translation>intervalos que no se solapen</translation>
    </message>
    <message>
        <source>routine_max (%1) is below routine_min (%2)</source>
        <translation>routine_max (%1) es menor que routine_min (%2)</translation>
    </message>
    <message>
        <source>steps of at most %1 characters</source>
        <translation>pasos de %1 caracteres como máximo</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>up to %1 lower-case letters, digits and &apos;-&apos;, e.g. %2</source>
        <translation>hasta %1 letras minúsculas, dígitos y &apos;-&apos;, p. ej. %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>weekdays such as %1 or %2</source>
        <translation>días de la semana como %1 o %2</translation>
    </message>
</context>
<context>
    <name>PromptWindow</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>Queda %n segundo</numerusform>
            <numerusform>Quedan %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Don&apos;t show this again</source>
        <translation>No mostrar más</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorito</translation>
    </message>
    <message>
        <source>Last one</source>
        <translation>Último ejercicio</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Never suggest this exercise; undo it in Settings ▸ Exercises (H)</source>
        <translation>No proponer nunca este ejercicio; deshazlo en Ajustes ▸ Ejercicios (H)</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Después: %1</translation>
    </message>
    <message>
        <source>No exercise matches your settings. Stand up and move a little.</source>
        <translation>Ningún ejercicio encaja con tus ajustes. Levántate y muévete un poco.</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Nada que hacer</translation>
    </message>
    <message>
        <source>Now the left side</source>
        <translation>Ahora el lado izquierdo</translation>
    </message>
    <message>
        <source>Paused while you are away</source>
        <translation>En pausa mientras no estás</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>Right side, then left</source>
        <translation>Lado derecho, luego el izquierdo</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Sentado</translation>
    </message>
    <message>
        <source>Shorten to 1 min</source>
        <translation>Acortar a 1 min</translation>
    </message>
    <message>
        <source>Skip exercise</source>
        <translation>Saltar ejercicio</translation>
    </message>
    <message>
        <source>Skip routine</source>
        <translation>Saltar rutina</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>Posponer %n min</numerusform>
            <numerusform>Posponer %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <source>Suggest this exercise more often (F)</source>
        <translation>Proponer este ejercicio más a menudo (F)</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>ambos lados</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>lado derecho</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>after-block</source>
        <translation>tras un bloque</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>hueco</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>sitting-limit</source>
        <translation>límite sentado</translation>
    </message>
    <message>
        <source>snooze</source>
        <translation>pospuesta</translation>
    </message>
</context>
<context>
    <name>Remote</name>
    <message>
        <source>A break is already on screen.</source>
        <translation>Ya hay una pausa en pantalla.</translation>
    </message>
    <message>
        <source>Break started: %1</source>
        <translation>Pausa iniciada: %1</translation>
    </message>
    <message>
        <source>No break is on screen.</source>
        <translation>No hay ninguna pausa en pantalla.</translation>
    </message>
    <message>
        <source>Opened the break.</source>
        <translation>Pausa abierta.</translation>
    </message>
    <message>
        <source>Opened the history.</source>
        <translation>Historial abierto.</translation>
    </message>
    <message>
        <source>Opened the settings.</source>
        <translation>Ajustes abiertos.</translation>
    </message>
    <message>
        <source>movebreak is already running.</source>
        <translation>movebreak ya está en marcha.</translation>
    </message>
    <message>
        <source>movebreak is already running.
%1</source>
        <translation>movebreak ya está en marcha.
%1</translation>
    </message>
    <message>
        <source>movebreak is not running. Start it with `movebreak` (or `make run`).</source>
        <translation>movebreak no se está ejecutando. Inícialo con `movebreak` (o `make run`).</translation>
    </message>
    <message>
        <source>movebreak is quitting.</source>
        <translation>movebreak se está cerrando.</translation>
    </message>
    <message>
        <source>movebreak is running but does not answer (stopped or busy). `kill -CONT` it, or end it and start it again.</source>
        <translation>movebreak está en ejecución pero no responde (detenido u ocupado). Reanúdalo con `kill -CONT`, o ciérralo y vuelve a iniciarlo.</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>orden desconocida %1</translation>
    </message>
</context>
<context>
    <name>Routine</name>
    <message>
        <source>%1 &amp; %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1, %2 &amp; more</source>
        <translation>%1, %2 y más</translation>
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
        <translation>Solo un minuto esta vez</translation>
    </message>
    <message>
        <source>Just one minute: you have been sitting for %1</source>
        <translation>Solo un minuto: llevas %1 sin levantarte</translation>
    </message>
    <message>
        <source>Just one minute: you have been sitting for at least %1</source>
        <translation>Solo un minuto: llevas al menos %1 sin levantarte</translation>
    </message>
    <message numerus="yes">
        <source>Move freely, %n min</source>
        <translation>
            <numerusform>Muévete libremente, %n min</numerusform>
            <numerusform>Muévete libremente, %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>%1 and %2 overlap</source>
        <translation>%1 y %2 se solapan</translation>
    </message>
    <message numerus="yes">
        <source>%n events count as blocks in the tested period.</source>
        <translation>
            <numerusform>%n evento cuenta como bloque en el periodo probado.</numerusform>
            <numerusform>%n eventos cuentan como bloques en el periodo probado.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add block</source>
        <translation>&amp;Añadir bloque</translation>
    </message>
    <message>
        <source>&amp;Friday</source>
        <translation>&amp;Viernes</translation>
    </message>
    <message>
        <source>&amp;Monday</source>
        <translation>Lu&amp;nes</translation>
    </message>
    <message>
        <source>&amp;Wednesday</source>
        <translation>Miérc&amp;oles</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a range; write HH:MM-HH:MM, e.g. 09:00-17:30</source>
        <translation>«%1» no es un intervalo; escribe HH:MM-HH:MM, p. ej. 09:00-17:30</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: end must be after start</source>
        <translation>«%1»: el final debe ser posterior al inicio</translation>
    </message>
    <message>
        <source>Add UR&amp;L</source>
        <translation>Añadir UR&amp;L</translation>
    </message>
    <message>
        <source>Add a calendar file</source>
        <translation>Añadir un archivo de calendario</translation>
    </message>
    <message>
        <source>Add f&amp;ile…</source>
        <translation>Añadir arch&amp;ivo…</translation>
    </message>
    <message>
        <source>Block %1: %2</source>
        <translation>Bloque %1: %2</translation>
    </message>
    <message>
        <source>Calendar %1: %2</source>
        <translation>Calendario %1: %2</translation>
    </message>
    <message>
        <source>Calendar sources</source>
        <translation>Fuentes de calendario</translation>
    </message>
    <message>
        <source>Calendars (their busy events are blocks too)</source>
        <translation>Calendarios (sus eventos ocupados también son bloques)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Deep-work blocks</source>
        <translation>Bloques de trabajo profundo</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>Du&amp;plicar</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Leave &apos;Only events containing&apos; empty to count every busy event; or list words (summary or category), e.g. Focus, Deep work.</source>
        <translation>Deja «Solo eventos que contengan» vacío para contar cualquier evento ocupado, o escribe palabras (título o categoría), p. ej. Focus, Trabajo profundo.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Only events containing</source>
        <translation>Solo eventos que contengan</translation>
    </message>
    <message>
        <source>Plan preview: today and tomorrow</source>
        <translation>Vista previa: hoy y mañana</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove &amp;calendar</source>
        <translation>Quitar &amp;calendario</translation>
    </message>
    <message>
        <source>Sa&amp;turday</source>
        <translation>Sá&amp;bado</translation>
    </message>
    <message>
        <source>Select a calendar to test.</source>
        <translation>Selecciona un calendario para probarlo.</translation>
    </message>
    <message>
        <source>Several ranges are separated by commas: 09:00-12:30, 13:30-17:30</source>
        <translation>Separa varios intervalos con comas: 09:00-12:30, 13:30-17:30</translation>
    </message>
    <message>
        <source>Source (file or URL)</source>
        <translation>Origen (archivo o URL)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Su&amp;nday</source>
        <translation>Do&amp;mingo</translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation>P&amp;robar</translation>
    </message>
    <message>
        <source>T&amp;uesday</source>
        <translation>Mar&amp;tes</translation>
    </message>
    <message>
        <source>Test failed: %1</source>
        <translation>Prueba fallida: %1</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Probando %1…</translation>
    </message>
    <message>
        <source>Thu&amp;rsday</source>
        <translation>J&amp;ueves</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Using the cached copy, %1 old.</source>
        <translation>Se usa la copia guardada (de hace %1).</translation>
    </message>
    <message>
        <source>Weekly deep-work blocks (never interrupted)</source>
        <translation>Bloques semanales de trabajo profundo (nunca interrumpidos)</translation>
    </message>
    <message>
        <source>Working hours (no break is planned outside them)</source>
        <translation>Horario de trabajo (fuera de él no se planifican pausas)</translation>
    </message>
    <message>
        <source>Working hours, %1: %2</source>
        <translation>Horario de trabajo, %1: %2</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>día libre</translation>
    </message>
    <message>
        <source>days &apos;%1&apos;: use weekdays such as mon-fri or mon, wed</source>
        <translation>días «%1»: usa días como mon-fri o mon, wed</translation>
    </message>
    <message>
        <source>end &apos;%1&apos;: use HH:MM</source>
        <translation>fin «%1»: usa HH:MM</translation>
    </message>
    <message>
        <source>end must be after start</source>
        <translation>el final debe ser posterior al inicio</translation>
    </message>
    <message>
        <source>enter the path of an .ics file or an http(s) URL</source>
        <translation>escribe la ruta de un archivo .ics o una URL http(s)</translation>
    </message>
    <message>
        <source>start &apos;%1&apos;: use HH:MM</source>
        <translation>inicio «%1»: usa HH:MM</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>%1: %2 %3 is above the maximum; use %4 to %5 %3</source>
        <translation>%1: %2 %3 supera el máximo; usa de %4 a %5 %3</translation>
    </message>
    <message>
        <source>%1: %2 %3 is below the minimum; use %4 to %5 %3</source>
        <translation>%1: %2 %3 está por debajo del mínimo; usa de %4 a %5 %3</translation>
    </message>
    <message>
        <source>&amp;After a block ends, wait</source>
        <translation>&amp;Tras el fin de un bloque, esperar</translation>
    </message>
    <message>
        <source>&amp;Heads-up before a break</source>
        <translation>&amp;Aviso antes de una pausa</translation>
    </message>
    <message>
        <source>&amp;Longest routine</source>
        <translation>Rutina más &amp;larga</translation>
    </message>
    <message>
        <source>Announce breaks with a desktop &amp;notification</source>
        <translation>Anunciar las pausas con una &amp;notificación del escritorio</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pausas</translation>
    </message>
    <message>
        <source>Count time away from the keyboard as a &amp;break</source>
        <translation>Contar el tiempo lejos del teclado como una &amp;pausa</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Fetch &amp;URL calendars every</source>
        <translation>Descargar calendarios &amp;URL cada</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Hold breaks during a call (&amp;microphone or camera in use)</source>
        <translation>Retener pausas durante una llamada (&amp;micrófono o cámara en uso)</translation>
    </message>
    <message>
        <source>Hold breaks while a &amp;fullscreen window has focus</source>
        <translation>Retener pausas mientras una ventana a pantalla &amp;completa tenga el foco</translation>
    </message>
    <message>
        <source>Hold breaks while these &amp;programs run</source>
        <translation>&amp;Retener pausas mientras se ejecuten estos programas</translation>
    </message>
    <message>
        <source>Longest stretch &amp;without a break</source>
        <translation>Periodo &amp;más largo sin pausa</translation>
    </message>
    <message>
        <source>Plan in &amp;time zone</source>
        <translation>Planificar en la &amp;zona horaria</translation>
    </message>
    <message>
        <source>Play a soft &amp;chime at the start and between exercises</source>
        <translation>Tocar un suave &amp;sonido al empezar y entre ejercicios</translation>
    </message>
    <message>
        <source>Routines to s&amp;kip a day</source>
        <translation>Rutinas que saltar al &amp;día</translation>
    </message>
    <message>
        <source>S&amp;nooze postpones by</source>
        <translation>&amp;Posponer retrasa</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Sh&amp;ortest routine</source>
        <translation>Rutina más c&amp;orta</translation>
    </message>
    <message>
        <source>Skip &amp;gaps shorter than</source>
        <translation>Omitir &amp;huecos de menos de</translation>
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
            <numerusform> (y %n más)</numerusform>
            <numerusform> (y %n más)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems in your config file. Those values use their defaults until you fix them here or in the file (saving replaces them; the old file is kept as .bak):</source>
        <translation>
            <numerusform>%n problema en tu archivo de configuración. Esos valores usan su valor predeterminado hasta que los corrijas aquí o en el archivo (al guardar se reemplazan; el archivo anterior se conserva como .bak):</numerusform>
            <numerusform>%n problemas en tu archivo de configuración. Esos valores usan su valor predeterminado hasta que los corrijas aquí o en el archivo (al guardar se reemplazan; el archivo anterior se conserva como .bak):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown keys or sections in your config file: kept there, and ignored (a typo, or written by a newer movebreak?):</source>
        <translation>
            <numerusform>%n clave o sección desconocida en tu archivo de configuración: se conserva y se ignora (¿una errata, o escrita por un movebreak más nuevo?):</numerusform>
            <numerusform>%n claves o secciones desconocidas en tu archivo de configuración: se conservan y se ignoran (¿una errata, o escritas por un movebreak más nuevo?):</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Discard them, or keep editing?</source>
        <translation>¿Descartarlos o seguir editando?</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save a fresh file</source>
        <translation>Guardar en un archivo nuevo</translation>
    </message>
    <message>
        <source>Save your changes to the settings?</source>
        <translation>¿Guardar los cambios en los ajustes?</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>Saved, but starting at login could not be changed:</source>
        <translation>Guardado, pero no se pudo cambiar el inicio al iniciar sesión:</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de ajustes</translation>
    </message>
    <message>
        <source>They go to %1.</source>
        <translation>Se guardan en %1.</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Ajustes sin guardar</translation>
    </message>
    <message>
        <source>Write your settings to a new file; the old one is kept as .bak</source>
        <translation>Escribe tus ajustes en un archivo nuevo; el anterior se conserva como .bak</translation>
    </message>
    <message>
        <source>Your changes are not valid, so they cannot be saved.</source>
        <translation>Tus cambios no son válidos y no se pueden guardar.</translation>
    </message>
    <message>
        <source>Your settings were not saved:</source>
        <translation>Tus ajustes no se guardaron:</translation>
    </message>
    <message>
        <source>could not be written: %1</source>
        <translation>no se pudo escribir: %1</translation>
    </message>
    <message>
        <source>movebreak settings</source>
        <translation>Ajustes de movebreak</translation>
    </message>
    <message>
        <source>start at login</source>
        <translation>inicio al iniciar sesión</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (run movebreak check-config)</source>
        <translation>
            <numerusform>… y %n más (ejecuta movebreak check-config)</numerusform>
            <numerusform>… y %n más (ejecuta movebreak check-config)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>A break is held (%1); trying again at %2</source>
        <translation>Una pausa está en espera (%1); se intentará de nuevo a las %2</translation>
    </message>
    <message>
        <source>A break is on screen now</source>
        <translation>Hay una pausa en pantalla</translation>
    </message>
    <message>
        <source>Away from the keyboard since %1</source>
        <translation>Lejos del teclado desde las %1</translation>
    </message>
    <message>
        <source>Focus until %1</source>
        <translation>Concentración hasta las %1</translation>
    </message>
    <message>
        <source>Last moved %1 ago</source>
        <translation>Último movimiento hace %1</translation>
    </message>
    <message>
        <source>Last moved %1 ago, at %2</source>
        <translation>Último movimiento hace %1, a las %2</translation>
    </message>
    <message>
        <source>Last moved over %1 ago</source>
        <translation>Último movimiento hace más de %1</translation>
    </message>
    <message>
        <source>Next break: %1</source>
        <translation>Próxima pausa: %1</translation>
    </message>
    <message>
        <source>Next break: none (%1)</source>
        <translation>Próxima pausa: ninguna (%1)</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>En pausa hasta %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Focus now</source>
        <translation>&amp;Concentrarse ahora</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Resume breaks</source>
        <translation>&amp;Reanudar pausas</translation>
    </message>
    <message>
        <source>&amp;Start a break now</source>
        <translation>&amp;Empezar una pausa ahora</translation>
    </message>
    <message>
        <source>Next break: %1</source>
        <translation>Próxima pausa: %1</translation>
    </message>
    <message>
        <source>Next break: —</source>
        <translation>Próxima pausa: —</translation>
    </message>
    <message>
        <source>No break planned (%1)</source>
        <translation>Ninguna pausa prevista (%1)</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>En pausa hasta %1</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>Show the &amp;break</source>
        <translation>Mostrar la &amp;pausa</translation>
    </message>
    <message>
        <source>Until the current block ends</source>
        <translation>Hasta que acabe el bloque actual</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Hasta mañana</translation>
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
        <translation>vie</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;Afternoons, 14:00–16:00, Monday to Thursday</source>
        <translation>Tardes, 14:00–16:00, de &amp;lunes a jueves</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <source>&amp;Import a calendar…</source>
        <translation>&amp;Importar un calendario…</translation>
    </message>
    <message>
        <source>&amp;Mornings, 09:00–11:00, Monday to Friday</source>
        <translation>&amp;Mañanas, 09:00–11:00, de lunes a viernes</translation>
    </message>
    <message>
        <source>Calendar: </source>
        <translation>Calendario: </translation>
    </message>
    <message>
        <source>I &amp;work from</source>
        <translation>Trabajo &amp;de</translation>
    </message>
    <message>
        <source>Import a calendar</source>
        <translation>Importar un calendario</translation>
    </message>
    <message>
        <source>The end of the working day must be after its start.</source>
        <translation>El final de la jornada debe ser posterior a su inicio.</translation>
    </message>
    <message>
        <source>Tick at least one working day.</source>
        <translation>Marca al menos un día laborable.</translation>
    </message>
    <message>
        <source>Tick what fits; breaks will never land inside these blocks.</source>
        <translation>Marca lo que encaje; las pausas nunca caerán en estos bloques.</translation>
    </message>
    <message>
        <source>W&amp;ednesday mornings, 09:00–12:30 (a no-meeting half day)</source>
        <translation>Mañanas de miércol&amp;es, 09:00–12:30 (media jornada sin reuniones)</translation>
    </message>
    <message>
        <source>Welcome to movebreak</source>
        <translation>Te damos la bienvenida a movebreak</translation>
    </message>
    <message>
        <source>When do you do deep work?</source>
        <translation>¿Cuándo haces trabajo profundo?</translation>
    </message>
    <message>
        <source>You can change all of this, and more, in the settings later. Closing this window keeps the defaults.</source>
        <translation>Puedes cambiar todo esto, y más, en los ajustes. Si cierras esta ventana se mantienen los valores predeterminados.</translation>
    </message>
    <message>
        <source>Your working hours</source>
        <translation>Tu horario de trabajo</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>Archivos iCalendar (*.ics);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>movebreak plans short, illustrated stretching breaks into the gaps between your deep-work blocks, and never interrupts them.</source>
        <translation>movebreak planifica pausas cortas e ilustradas para estirar en los huecos entre tus bloques de trabajo profundo, y nunca los interrumpe.</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;a</translation>
    </message>
</context>
</TS>
