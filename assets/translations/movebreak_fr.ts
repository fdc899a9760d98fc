<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>App</name>
    <message numerus="yes">
        <source>%n exercise file problems; those exercises were skipped. First: %1</source>
        <translation>
            <numerusform>%n problème dans un fichier d’exercices ; ces exercices ont été ignorés. Le premier : %1</numerusform>
            <numerusform>%n problèmes dans des fichiers d’exercices ; ces exercices ont été ignorés. Le premier : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>History is unavailable: the data folder is not writable.</source>
        <translation>L’historique n’est pas disponible : le dossier de données n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>No system tray was found, so movebreak runs without an icon. Breaks still appear. Use `movebreak status`, `movebreak break-now`, `movebreak pause 30m`, `movebreak show settings`, `movebreak show history` and `movebreak quit`.</source>
        <translation>Aucune zone de notification trouvée : movebreak tourne sans icône. Les pauses s’affichent quand même. Utilisez `movebreak status`, `movebreak break-now`, `movebreak pause 30m`, `movebreak show settings`, `movebreak show history` et `movebreak quit`.</translation>
    </message>
    <message>
        <source>Not saved: config.toml has problems; fix them first (movebreak check-config).</source>
        <translation>Non enregistré : config.toml a des problèmes ; corrigez-les d’abord (movebreak check-config).</translation>
    </message>
    <message>
        <source>The data folder %1 is not writable (%2). Breaks still appear, but nothing is logged. Fix its permissions or set MOVEBREAK_DATA_DIR.</source>
        <translation>Le dossier de données %1 n’est pas accessible en écriture (%2). Les pauses s’affichent toujours, mais rien n’est enregistré. Corrigez ses permissions ou définissez MOVEBREAK_DATA_DIR.</translation>
    </message>
    <message>
        <source>The settings window is not available yet. Edit %1 (every key is in docs/config.md); `movebreak check-config` validates it.</source>
        <translation>La fenêtre des réglages n’est pas encore disponible. Modifiez %1 (chaque clé est décrite dans docs/config.md) ; `movebreak check-config` la vérifie.</translation>
    </message>
    <message>
        <source>Your choice was not saved: %1</source>
        <translation>Votre choix n’a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>Your config file cannot be read; movebreak runs on its defaults. The file was not changed.</source>
        <translation>Votre fichier de configuration est illisible ; movebreak utilise ses valeurs par défaut. Le fichier n’a pas été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>Your config has %n unknown keys or sections; movebreak ignores them. The file was not changed.</source>
        <translation>
            <numerusform>Votre configuration a %n clé ou section inconnue ; movebreak l’ignore. Le fichier n’a pas été modifié.</numerusform>
            <numerusform>Votre configuration a %n clés ou sections inconnues ; movebreak les ignore. Le fichier n’a pas été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your config has problems; movebreak runs on defaults for the wrong values and ignores the unknown keys. The file was not changed.</source>
        <translation>Votre configuration a des problèmes ; movebreak utilise les valeurs par défaut pour les valeurs erronées et ignore les clés inconnues. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Your config has problems; movebreak runs on defaults for those keys. The file was not changed.</source>
        <translation>Votre configuration a des problèmes ; movebreak utilise les valeurs par défaut pour ces clés. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>cannot open the control socket %1: %2. This instance runs, but `movebreak status`, `pause` and the others cannot reach it.</source>
        <translation>impossible d’ouvrir le socket de contrôle %1 : %2. movebreak tourne, mais `movebreak status`, `pause` et les autres commandes ne peuvent pas le joindre.</translation>
    </message>
    <message>
        <source>movebreak: calendar problem</source>
        <translation>movebreak : problème de calendrier</translation>
    </message>
    <message>
        <source>no desktop session: WAYLAND_DISPLAY names %1, which does not exist (the compositor ended, or XDG_RUNTIME_DIR is not the session&apos;s), and DISPLAY is not set.</source>
        <translation>pas de session de bureau : WAYLAND_DISPLAY désigne %1, qui n’existe pas (le compositeur s’est arrêté, ou XDG_RUNTIME_DIR n’est pas celui de la session), et DISPLAY n’est pas défini.</translation>
    </message>
    <message>
        <source>no desktop session: neither WAYLAND_DISPLAY nor DISPLAY is set. movebreak is a tray app and needs a graphical session; start it from your desktop (or its autostart). Over SSH, `movebreak status`, `plan` and `history` work without one.</source>
        <translation>pas de session de bureau : ni WAYLAND_DISPLAY ni DISPLAY n’est défini. movebreak vit dans la zone de notification et a besoin d’une session graphique ; lancez-le depuis votre bureau (ou son démarrage automatique). En SSH, `movebreak status`, `plan` et `history` fonctionnent sans.</translation>
    </message>
    <message>
        <source>skipped exercise: %1</source>
        <translation>exercice ignoré : %1</translation>
    </message>
</context>
<context>
    <name>BodyArea</name>
    <message>
        <source>eyes</source>
        <translation>yeux</translation>
    </message>
    <message>
        <source>hips</source>
        <translation>hanches</translation>
    </message>
    <message>
        <source>legs</source>
        <translation>jambes</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>bas du dos</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>nuque</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>épaules</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>haut du dos</translation>
    </message>
    <message>
        <source>wrists &amp; hands</source>
        <translation>poignets et mains</translation>
    </message>
</context>
<context>
    <name>BreaksPage</name>
    <message>
        <source>A break is planned in each free gap of your working hours, never inside a block. Its length fits the gap, between the shortest and longest routine.</source>
        <translation>Une pause est prévue dans chaque créneau libre de vos heures de travail, jamais dans un bloc. Sa durée s’adapte au créneau, entre la séance la plus courte et la plus longue.</translation>
    </message>
    <message>
        <source>Breaks: longest routine %1</source>
        <translation>Pauses : séance la plus longue %1</translation>
    </message>
    <message>
        <source>How breaks are announced</source>
        <translation>Comment les pauses sont annoncées</translation>
    </message>
    <message>
        <source>Longest routine %1</source>
        <translation>Séance la plus longue %1</translation>
    </message>
    <message>
        <source>When breaks happen</source>
        <translation>Quand les pauses ont lieu</translation>
    </message>
    <message numerus="yes">
        <source>must be at least the shortest routine (%n min)</source>
        <translation>
            <numerusform>doit durer au moins autant que la séance la plus courte (%n min)</numerusform>
            <numerusform>doit durer au moins autant que la séance la plus courte (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
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
        <translation>Liste les pauses enregistrées avec leurs exercices et leurs résultats, et un résumé (taux de réussite, série, minutes de mouvement). Les dates sont des jours locaux, inclus.</translation>
    </message>
    <message>
        <source>Short mobility routines planned into the gaps between your deep-work blocks.</source>
        <translation>De courtes routines de mobilité, placées dans les creux entre vos blocs de travail concentré.</translation>
    </message>
    <message>
        <source>Show the blocks (weekly rules + calendars) and the break slots planned into the gaps between them. Without --from: today, from now on.</source>
        <translation>Affiche les blocs (règles hebdomadaires + calendriers) et les pauses prévues dans les creux entre eux. Sans --from : aujourd’hui, à partir de maintenant.</translation>
    </message>
    <message>
        <source>Validate a movebreak config file. Every problem is listed with its line, what is wrong and what would be valid. Unknown keys and sections are warnings with a &apos;did you mean&apos; (a newer movebreak may have written them): exit 0 unless --strict. A wrong value exits 2.</source>
        <translation>Vérifie un fichier de configuration movebreak. Chaque problème est listé avec sa ligne, ce qui ne va pas et ce qui serait valide. Les clés et sections inconnues sont des avertissements avec un « vouliez-vous dire » (un movebreak plus récent a pu les écrire) : code 0 sauf avec --strict. Une valeur erronée donne le code 2.</translation>
    </message>
    <message>
        <source>a manual deep-work block; the break comes when it ends</source>
        <translation>un bloc de travail concentré manuel ; la pause vient à sa fin</translation>
    </message>
    <message>
        <source>add an .ics file or http(s) URL as a calendar source (repeatable)</source>
        <translation>ajouter un fichier .ics ou une URL http(s) comme calendrier (répétable)</translation>
    </message>
    <message>
        <source>first day to include (default: all)</source>
        <translation>premier jour inclus (par défaut : tous)</translation>
    </message>
    <message>
        <source>first day to plan, whole days (default: today, from now on)</source>
        <translation>premier jour à planifier, jours entiers (par défaut : aujourd’hui, à partir de maintenant)</translation>
    </message>
    <message>
        <source>hold breaks for a while; every pause ends by itself</source>
        <translation>retenir les pauses un moment ; chaque mise en pause se termine d’elle-même</translation>
    </message>
    <message>
        <source>last day to include (default: today)</source>
        <translation>dernier jour inclus (par défaut : aujourd’hui)</translation>
    </message>
    <message>
        <source>log debug messages to stderr</source>
        <translation>écrire les messages de débogage sur stderr</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>sortie lisible par machine</translation>
    </message>
    <message>
        <source>number of days to plan, 1 to %1 (default: 1)</source>
        <translation>nombre de jours à planifier, de 1 à %1 (par défaut : 1)</translation>
    </message>
    <message>
        <source>open a window of the running app</source>
        <translation>ouvrir une fenêtre de l’application en cours</translation>
    </message>
    <message>
        <source>plan in this IANA zone (default: the config&apos;s, else the system&apos;s)</source>
        <translation>planifier dans ce fuseau IANA (par défaut : celui de la configuration, sinon du système)</translation>
    </message>
    <message>
        <source>quit the running app</source>
        <translation>quitter l’application en cours</translation>
    </message>
    <message>
        <source>show the breaks you took and the exercises you did</source>
        <translation>afficher vos pauses et les exercices faits</translation>
    </message>
    <message>
        <source>show the deep-work blocks and the breaks planned between them</source>
        <translation>afficher les blocs de travail concentré et les pauses prévues entre eux</translation>
    </message>
    <message>
        <source>show the next break and any pause</source>
        <translation>afficher la prochaine pause et toute mise en pause</translation>
    </message>
    <message>
        <source>start a break now in the running app</source>
        <translation>lancer une pause maintenant dans l’application</translation>
    </message>
    <message>
        <source>table for people (default), csv for spreadsheets, json for scripts</source>
        <translation>table pour les personnes (par défaut), csv pour les tableurs, json pour les scripts</translation>
    </message>
    <message>
        <source>table for people (default), json for scripts</source>
        <translation>table pour les personnes (par défaut), json pour les scripts</translation>
    </message>
    <message>
        <source>the config file to check (default: --config, or the user&apos;s config file)</source>
        <translation>le fichier de configuration à vérifier (par défaut : --config, sinon le vôtre)</translation>
    </message>
    <message>
        <source>treat warnings (unknown keys and sections) as errors: exit 2</source>
        <translation>traiter les avertissements (clés et sections inconnues) comme des erreurs : code 2</translation>
    </message>
    <message>
        <source>use this config file instead of the user&apos;s</source>
        <translation>utiliser ce fichier de configuration au lieu du vôtre</translation>
    </message>
    <message>
        <source>validate a config file and report every problem (exit 0 if usable, 2 if not)</source>
        <translation>vérifier un fichier de configuration et signaler chaque problème (code 0 s’il est utilisable, sinon 2)</translation>
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
        <translation>%1 a lieu %2 fois sur les jours planifiés, plus de %3 ; ignoré</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1 : fichier introuvable</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1 : pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1; event skipped</source>
        <translation>%1 ; événement ignoré</translation>
    </message>
    <message>
        <source>%1; ignored</source>
        <translation>%1 ; ignoré</translation>
    </message>
    <message>
        <source>%1; using the cached copy, %2 old</source>
        <translation>%1 ; la copie en cache est utilisée (vieille de %2)</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>DTEND at or after DTSTART</source>
        <translation>DTEND égal ou postérieur à DTSTART</translation>
    </message>
    <message>
        <source>END:%1 without its BEGIN</source>
        <translation>END:%1 sans son BEGIN</translation>
    </message>
    <message>
        <source>RRULE INTERVAL=%1 is not a valid interval</source>
        <translation>RRULE INTERVAL=%1 n’est pas un intervalle valide</translation>
    </message>
    <message>
        <source>RRULE has no valid FREQ (%1)</source>
        <translation>RRULE n’a pas de FREQ valide (%1)</translation>
    </message>
    <message>
        <source>X-WR-TIMEZONE %1 is not a time zone; ignored</source>
        <translation>X-WR-TIMEZONE %1 n’est pas un fuseau horaire ; ignoré</translation>
    </message>
    <message>
        <source>a DURATION such as PT30M</source>
        <translation>une DURATION comme PT30M</translation>
    </message>
    <message>
        <source>a URL that serves the .ics file</source>
        <translation>une URL qui fournit le fichier .ics</translation>
    </message>
    <message>
        <source>a calendar that expands within the limits in docs/limits.md</source>
        <translation>un calendrier qui se déploie dans les limites de docs/limits.md</translation>
    </message>
    <message>
        <source>a calendar under the size limit</source>
        <translation>un calendrier sous la taille maximale</translation>
    </message>
    <message>
        <source>a path to an .ics file, a file:// URL, or an http(s):// URL</source>
        <translation>un chemin vers un fichier .ics, une URL file:// ou une URL http(s)://</translation>
    </message>
    <message>
        <source>a positive DURATION such as PT30M</source>
        <translation>une DURATION positive comme PT30M</translation>
    </message>
    <message>
        <source>a recurrence at most every 15 minutes, starting after 1900</source>
        <translation>une répétition au plus toutes les 15 minutes, commençant après 1900</translation>
    </message>
    <message>
        <source>a valid RRULE/RDATE/EXDATE</source>
        <translation>un RRULE/RDATE/EXDATE valide</translation>
    </message>
    <message>
        <source>a value as RFC 5545 defines it</source>
        <translation>une valeur telle que la définit la RFC 5545</translation>
    </message>
    <message>
        <source>an IANA zone such as &apos;Europe/Berlin&apos;</source>
        <translation>un fuseau IANA comme &apos;Europe/Berlin&apos;</translation>
    </message>
    <message>
        <source>an IANA zone such as &apos;Europe/Berlin&apos;, or a VTIMEZONE in the file</source>
        <translation>un fuseau IANA comme &apos;Europe/Berlin&apos;, ou un VTIMEZONE dans le fichier</translation>
    </message>
    <message>
        <source>an event with DTSTART</source>
        <translation>un événement avec DTSTART</translation>
    </message>
    <message>
        <source>an iCalendar (.ics) file: BEGIN:VCALENDAR ... END:VCALENDAR</source>
        <translation>un fichier iCalendar (.ics) : BEGIN:VCALENDAR ... END:VCALENDAR</translation>
    </message>
    <message>
        <source>an iCalendar file with at least one valid VEVENT</source>
        <translation>un fichier iCalendar avec au moins un VEVENT valide</translation>
    </message>
    <message>
        <source>cannot be expanded: %1</source>
        <translation>ne peut pas être déployé : %1</translation>
    </message>
    <message>
        <source>cannot be reached: %1</source>
        <translation>injoignable : %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>could not be fetched</source>
        <translation>n’a pas pu être récupéré</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>n’a pas pu être lu</translation>
    </message>
    <message>
        <source>could not be read (the reader ended with code %1: %2)</source>
        <translation>n’a pas pu être lu (le lecteur s’est arrêté avec le code %1 : %2)</translation>
    </message>
    <message>
        <source>could not be read (the reader&apos;s answer was garbled)</source>
        <translation>n’a pas pu être lu (la réponse du lecteur était illisible)</translation>
    </message>
    <message>
        <source>could not start the calendar reader: %1</source>
        <translation>impossible de lancer le lecteur de calendrier : %1</translation>
    </message>
    <message>
        <source>does not start with BEGIN:VCALENDAR</source>
        <translation>ne commence pas par BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>ends before it starts; counted as busy with start and end swapped</source>
        <translation>se termine avant de commencer ; compté comme occupé avec début et fin inversés</translation>
    </message>
    <message>
        <source>every %1 minutes</source>
        <translation>toutes les %1 minutes</translation>
    </message>
    <message>
        <source>every %1 seconds</source>
        <translation>toutes les %1 secondes</translation>
    </message>
    <message>
        <source>every minute</source>
        <translation>toutes les minutes</translation>
    </message>
    <message>
        <source>every second</source>
        <translation>toutes les secondes</translation>
    </message>
    <message>
        <source>has %1 more than once</source>
        <translation>a %1 plus d’une fois</translation>
    </message>
    <message>
        <source>has a negative duration</source>
        <translation>a une durée négative</translation>
    </message>
    <message>
        <source>has no DTSTART</source>
        <translation>n’a pas de DTSTART</translation>
    </message>
    <message>
        <source>invalid %1: %2</source>
        <translation>%1 non valide : %2</translation>
    </message>
    <message>
        <source>is %1 MB, more than the %2 MB limit</source>
        <translation>fait %1 Mo, plus que la limite de %2 Mo</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>is more than the %1 MB limit</source>
        <translation>dépasse la limite de %1 Mo</translation>
    </message>
    <message>
        <source>is not a valid URL: %1</source>
        <translation>n’est pas une URL valide : %1</translation>
    </message>
    <message>
        <source>is not valid iCalendar: %1</source>
        <translation>n’est pas un iCalendar valide : %1</translation>
    </message>
    <message>
        <source>lasts longer than %1 days</source>
        <translation>dure plus de %1 jours</translation>
    </message>
    <message>
        <source>needs more than %1 MB of memory to read</source>
        <translation>demande plus de %1 Mo de mémoire pour être lu</translation>
    </message>
    <message>
        <source>needs more than %1 s of processor time to read</source>
        <translation>demande plus de %1 s de processeur pour être lu</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>pas de réponse complète en %1 s</translation>
    </message>
    <message>
        <source>no event in this calendar can be used</source>
        <translation>aucun événement de ce calendrier n’est utilisable</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>not an iCalendar line: %1</source>
        <translation>pas une ligne iCalendar : %1</translation>
    </message>
    <message>
        <source>not fetched yet and no cached copy</source>
        <translation>pas encore récupéré, et aucune copie en cache</translation>
    </message>
    <message>
        <source>not read: movebreak is quitting</source>
        <translation>non lu : movebreak se ferme</translation>
    </message>
    <message>
        <source>not read: the calendars before it took the %1 s that reading calendars may take</source>
        <translation>non lu : les calendriers précédents ont pris les %1 s que peut durer la lecture des calendriers</translation>
    </message>
    <message>
        <source>occurs %1; ignored</source>
        <translation>a lieu %1 ; ignoré</translation>
    </message>
    <message>
        <source>one %1 per event</source>
        <translation>un seul %1 par événement</translation>
    </message>
    <message>
        <source>repeats from %1: expanding it would take about %2 steps, more than %3; ignored</source>
        <translation>se répète depuis le %1 : le déployer demanderait environ %2 étapes, plus de %3 ; ignoré</translation>
    </message>
    <message>
        <source>the file ends at line %1 inside BEGIN:%2 (truncated?)</source>
        <translation>le fichier se termine à la ligne %1 à l’intérieur de BEGIN:%2 (tronqué ?)</translation>
    </message>
    <message>
        <source>the recurring events before it already use this calendar&apos;s budget of %1 expansion steps; ignored</source>
        <translation>les événements récurrents précédents utilisent déjà le budget de %1 étapes de ce calendrier ; ignoré</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation>le serveur a répondu HTTP %1 %2</translation>
    </message>
    <message>
        <source>the server redirected to %1, which is not an http(s) URL</source>
        <translation>le serveur a redirigé vers %1, qui n’est pas une URL http(s)</translation>
    </message>
    <message>
        <source>took longer than %1 s to read; skipped</source>
        <translation>la lecture a pris plus de %1 s ; ignoré</translation>
    </message>
    <message>
        <source>took longer than the %1 s that reading calendars may take; skipped</source>
        <translation>la lecture a dépassé les %1 s que peut durer la lecture des calendriers ; ignoré</translation>
    </message>
    <message>
        <source>unknown time zone %1</source>
        <translation>fuseau horaire inconnu %1</translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1:&apos;</source>
        <translation>schéma non pris en charge &apos;%1:&apos;</translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1:&apos; (use https:// instead of webcal://)</source>
        <translation>schéma non pris en charge &apos;%1:&apos; (utilisez https:// au lieu de webcal://)</translation>
    </message>
    <message>
        <source>using the cached copy, %1 old</source>
        <translation>la copie en cache est utilisée (vieille de %1)</translation>
    </message>
    <message>
        <source>wait for the next refresh</source>
        <translation>attendez la prochaine actualisation</translation>
    </message>
</context>
<context>
    <name>CheckConfig</name>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>OK with %1: %2</source>
        <translation>OK avec %1 : %2</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK : %1</translation>
    </message>
    <message>
        <source>OK: %1 (does not exist; the defaults are used)</source>
        <translation>OK : %1 (n’existe pas ; les valeurs par défaut s’appliquent)</translation>
    </message>
    <message>
        <source>is a directory, not a config file</source>
        <translation>est un dossier, pas un fichier de configuration</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
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
        <translation>Tirez en douceur. Arrêtez en cas de picotements ou d’engourdissement.</translation>
    </message>
    <message>
        <source>After a few circles, change direction, then blink.</source>
        <translation>Après quelques cercles, changez de sens, puis clignez des yeux.</translation>
    </message>
    <message>
        <source>After a few circles, change direction.</source>
        <translation>Après quelques cercles, changez de sens.</translation>
    </message>
    <message>
        <source>After a few circles, reverse the direction.</source>
        <translation>Après quelques cercles, changez de sens.</translation>
    </message>
    <message>
        <source>Ankle circles</source>
        <translation>Cercles des chevilles</translation>
    </message>
    <message>
        <source>Bend forward slowly and let your arms hang.</source>
        <translation>Penchez-vous lentement en avant et laissez pendre les bras.</translation>
    </message>
    <message>
        <source>Bend one knee and hold that ankle behind you.</source>
        <translation>Pliez un genou et tenez la cheville derrière vous.</translation>
    </message>
    <message>
        <source>Bend sideways over your hip, without leaning forward.</source>
        <translation>Inclinez-vous sur le côté au-dessus de la hanche, sans vous pencher en avant.</translation>
    </message>
    <message>
        <source>Bend the front knee and lean into the wall until the back calf stretches.</source>
        <translation>Pliez le genou avant et penchez-vous vers le mur jusqu’à étirer le mollet arrière.</translation>
    </message>
    <message>
        <source>Bend your elbows to lower your chest, then push back up.</source>
        <translation>Pliez les coudes pour descendre la poitrine, puis repoussez.</translation>
    </message>
    <message>
        <source>Bend your front knee and tuck your pelvis under.</source>
        <translation>Pliez le genou avant et basculez le bassin vers l’arrière.</translation>
    </message>
    <message>
        <source>Breathe in: lift your chest and arch your back.</source>
        <translation>Inspirez : levez la poitrine et creusez le dos.</translation>
    </message>
    <message>
        <source>Breathe out: round your back and drop your chin.</source>
        <translation>Expirez : arrondissez le dos et baissez le menton.</translation>
    </message>
    <message>
        <source>Breathe out; roll back up one vertebra at a time.</source>
        <translation>Expirez ; remontez vertèbre par vertèbre.</translation>
    </message>
    <message>
        <source>Breathe slowly and enjoy the dark.</source>
        <translation>Respirez lentement et profitez de l’obscurité.</translation>
    </message>
    <message>
        <source>Bring one arm straight across your chest.</source>
        <translation>Amenez un bras tendu devant la poitrine.</translation>
    </message>
    <message>
        <source>Calf raises</source>
        <translation>Montées sur pointes</translation>
    </message>
    <message>
        <source>Calf stretch at the wall</source>
        <translation>Étirement du mollet au mur</translation>
    </message>
    <message>
        <source>Chest opener</source>
        <translation>Ouverture de la poitrine</translation>
    </message>
    <message>
        <source>Chin to chest</source>
        <translation>Menton vers la poitrine</translation>
    </message>
    <message>
        <source>Chin tuck</source>
        <translation>Rentrer le menton</translation>
    </message>
    <message>
        <source>Circle your wrists slowly in one direction.</source>
        <translation>Faites tourner lentement les poignets dans un sens.</translation>
    </message>
    <message>
        <source>Clasp your hands and reach your arms forward.</source>
        <translation>Joignez les mains et tendez les bras devant vous.</translation>
    </message>
    <message>
        <source>Close your eyes and cup your palms over them, without pressing.</source>
        <translation>Fermez les yeux et couvrez-les de vos paumes en creux, sans appuyer.</translation>
    </message>
    <message>
        <source>Come back up slowly.</source>
        <translation>Remontez lentement.</translation>
    </message>
    <message>
        <source>Cross-body shoulder stretch</source>
        <translation>Étirement de l’épaule devant le corps</translation>
    </message>
    <message>
        <source>Desk push-ups</source>
        <translation>Pompes au bureau</translation>
    </message>
    <message>
        <source>Do not press on your eyes.</source>
        <translation>N’appuyez pas sur vos yeux.</translation>
    </message>
    <message>
        <source>Draw slow circles with your toes.</source>
        <translation>Dessinez de lents cercles avec vos orteils.</translation>
    </message>
    <message>
        <source>Draw the knee up towards your chest.</source>
        <translation>Ramenez le genou vers la poitrine.</translation>
    </message>
    <message>
        <source>Draw your elbows back and squeeze your shoulder blades together.</source>
        <translation>Tirez les coudes vers l’arrière et serrez les omoplates.</translation>
    </message>
    <message>
        <source>Ease the elbow back gently and breathe.</source>
        <translation>Poussez doucement le coude vers l’arrière et respirez.</translation>
    </message>
    <message>
        <source>Eye circles</source>
        <translation>Cercles des yeux</translation>
    </message>
    <message>
        <source>Face a wall and put both hands on it.</source>
        <translation>Faites face à un mur, les deux mains posées dessus.</translation>
    </message>
    <message>
        <source>Feel the back of your neck lengthen; breathe.</source>
        <translation>Sentez la nuque s’allonger ; respirez.</translation>
    </message>
    <message>
        <source>Feel your shoulder blades spread; breathe into your back.</source>
        <translation>Sentez les omoplates s’écarter ; respirez dans le dos.</translation>
    </message>
    <message>
        <source>Find something at least 6 metres (20 feet) away.</source>
        <translation>Trouvez un point à au moins 6 mètres.</translation>
    </message>
    <message>
        <source>Fist and spread</source>
        <translation>Poing et doigts écartés</translation>
    </message>
    <message>
        <source>Focus on your thumb for a breath.</source>
        <translation>Fixez votre pouce le temps d’une respiration.</translation>
    </message>
    <message>
        <source>Gently draw it closer and keep your shoulder down.</source>
        <translation>Rapprochez-le doucement en gardant l’épaule basse.</translation>
    </message>
    <message>
        <source>Glide your head straight back, making a double chin.</source>
        <translation>Reculez la tête bien droite, comme pour faire un double menton.</translation>
    </message>
    <message>
        <source>Hold a desk or chair for balance. Keep the front knee over the ankle.</source>
        <translation>Tenez-vous à un bureau ou une chaise. Gardez le genou avant au-dessus de la cheville.</translation>
    </message>
    <message>
        <source>Hold and breathe, keeping your back tall.</source>
        <translation>Tenez et respirez, le dos bien droit.</translation>
    </message>
    <message>
        <source>Hold for a breath, then relax forward again.</source>
        <translation>Tenez le temps d’une respiration, puis relâchez vers l’avant.</translation>
    </message>
    <message>
        <source>Hold for a breath, then release.</source>
        <translation>Tenez le temps d’une respiration, puis relâchez.</translation>
    </message>
    <message>
        <source>Hold for a moment, then let them drop.</source>
        <translation>Tenez un instant, puis laissez-les retomber.</translation>
    </message>
    <message>
        <source>Hold it above the elbow with your other hand.</source>
        <translation>Tenez-le au-dessus du coude avec l’autre main.</translation>
    </message>
    <message>
        <source>Hold on for balance. Stop if your knee hurts.</source>
        <translation>Tenez-vous bien. Arrêtez si le genou fait mal.</translation>
    </message>
    <message>
        <source>Hold one arm straight out in front, palm down.</source>
        <translation>Tendez un bras devant vous, paume vers le bas.</translation>
    </message>
    <message>
        <source>Hold one arm straight out in front, palm facing away, fingers up.</source>
        <translation>Tendez un bras devant vous, paume vers l’avant, doigts vers le haut.</translation>
    </message>
    <message>
        <source>Hold until you feel the back of the forearm stretch.</source>
        <translation>Tenez jusqu’à sentir l’étirement sur le dessus de l’avant-bras.</translation>
    </message>
    <message>
        <source>Hold until you feel the inner forearm stretch.</source>
        <translation>Tenez jusqu’à sentir l’étirement à l’intérieur de l’avant-bras.</translation>
    </message>
    <message>
        <source>Hold your thumb up at arm&apos;s length.</source>
        <translation>Levez le pouce, bras tendu.</translation>
    </message>
    <message>
        <source>Keep it gentle and breathe; do not bounce.</source>
        <translation>Restez en douceur et respirez ; pas de rebonds.</translation>
    </message>
    <message>
        <source>Keep it gentle. Stop if you feel pain, tingling or dizziness.</source>
        <translation>Restez en douceur. Arrêtez en cas de douleur, de picotements ou de vertige.</translation>
    </message>
    <message>
        <source>Keep the back heel on the floor; stop if it hurts.</source>
        <translation>Gardez le talon arrière au sol ; arrêtez si ça fait mal.</translation>
    </message>
    <message>
        <source>Keep your back straight; do not bounce.</source>
        <translation>Gardez le dos droit ; pas de rebonds.</translation>
    </message>
    <message>
        <source>Keep your eyes level; do not tip your head up or down.</source>
        <translation>Gardez le regard à l’horizontale ; n’inclinez pas la tête vers le haut ou le bas.</translation>
    </message>
    <message>
        <source>Keep your face forward and breathe slowly.</source>
        <translation>Gardez le visage vers l’avant et respirez lentement.</translation>
    </message>
    <message>
        <source>Keep your head still and look up.</source>
        <translation>Gardez la tête immobile et regardez vers le haut.</translation>
    </message>
    <message>
        <source>Keep your knees side by side and push your hip forward gently.</source>
        <translation>Gardez les genoux côte à côte et poussez doucement la hanche vers l’avant.</translation>
    </message>
    <message>
        <source>Keep your lower back neutral; do not lean back.</source>
        <translation>Gardez le bas du dos neutre ; ne vous penchez pas en arrière.</translation>
    </message>
    <message>
        <source>Keep your shoulders down, away from your ears.</source>
        <translation>Gardez les épaules basses, loin des oreilles.</translation>
    </message>
    <message>
        <source>Keep your shoulders relaxed. Stop if you feel tingling.</source>
        <translation>Gardez les épaules détendues. Arrêtez en cas de picotements.</translation>
    </message>
    <message>
        <source>Keep your upper body tall and still.</source>
        <translation>Gardez le haut du corps droit et immobile.</translation>
    </message>
    <message>
        <source>Knee to chest</source>
        <translation>Genou vers la poitrine</translation>
    </message>
    <message>
        <source>Lean back gently over the top of the chair and look up.</source>
        <translation>Penchez-vous doucement en arrière au-dessus du dossier et regardez en haut.</translation>
    </message>
    <message>
        <source>Lean back gently, supporting yourself with your hands.</source>
        <translation>Penchez-vous doucement en arrière en vous soutenant avec les mains.</translation>
    </message>
    <message>
        <source>Lean forward a little from your hips until you feel the stretch.</source>
        <translation>Penchez-vous un peu en avant depuis les hanches jusqu’à sentir l’étirement.</translation>
    </message>
    <message>
        <source>Lean forward and stand up without using your hands.</source>
        <translation>Penchez-vous en avant et levez-vous sans vous aider des mains.</translation>
    </message>
    <message>
        <source>Lean forward from your hips with a long back until you feel the stretch.</source>
        <translation>Penchez-vous depuis les hanches, dos allongé, jusqu’à sentir l’étirement.</translation>
    </message>
    <message>
        <source>Leg swings</source>
        <translation>Balancements de jambe</translation>
    </message>
    <message>
        <source>Let the hand drop and ease it towards you with your other hand.</source>
        <translation>Laissez tomber la main et ramenez-la doucement vers vous avec l’autre main.</translation>
    </message>
    <message>
        <source>Let the raised knee drop out to the side.</source>
        <translation>Laissez le genou levé s’ouvrir sur le côté.</translation>
    </message>
    <message>
        <source>Let your eyes rest on it for 20 seconds.</source>
        <translation>Laissez vos yeux s’y reposer pendant 20 secondes.</translation>
    </message>
    <message>
        <source>Lift both shoulders towards your ears.</source>
        <translation>Montez les deux épaules vers les oreilles.</translation>
    </message>
    <message>
        <source>Lift one knee to hip height, then lower it.</source>
        <translation>Levez un genou à hauteur de hanche, puis redescendez-le.</translation>
    </message>
    <message>
        <source>Lift your head back up slowly.</source>
        <translation>Relevez lentement la tête.</translation>
    </message>
    <message>
        <source>Look away from your screen.</source>
        <translation>Détournez le regard de l’écran.</translation>
    </message>
    <message>
        <source>Look far away (20-20-20)</source>
        <translation>Regarder au loin (20-20-20)</translation>
    </message>
    <message>
        <source>Lower your hands slowly, palms still together.</source>
        <translation>Baissez lentement les mains, paumes toujours jointes.</translation>
    </message>
    <message>
        <source>Lower your heels slowly and repeat.</source>
        <translation>Redescendez lentement les talons et recommencez.</translation>
    </message>
    <message>
        <source>Make a soft fist and hold for a breath.</source>
        <translation>Fermez le poing sans serrer et tenez le temps d’une respiration.</translation>
    </message>
    <message>
        <source>Marching knee lifts</source>
        <translation>Marche sur place, genoux levés</translation>
    </message>
    <message>
        <source>Move slowly. Stop if you feel pain or tingling in your arms.</source>
        <translation>Bougez lentement. Arrêtez en cas de douleur ou de picotements dans les bras.</translation>
    </message>
    <message>
        <source>Move within a comfortable range.</source>
        <translation>Restez dans une amplitude confortable.</translation>
    </message>
    <message>
        <source>Near and far focus</source>
        <translation>Mise au point près et loin</translation>
    </message>
    <message>
        <source>Neck side tilt</source>
        <translation>Inclinaison latérale de la tête</translation>
    </message>
    <message>
        <source>Only a small bend. Stop if you feel pain or dizziness.</source>
        <translation>Juste une petite flexion. Arrêtez en cas de douleur ou de vertige.</translation>
    </message>
    <message>
        <source>Only on a chair that does not tip. Stop if your back hurts.</source>
        <translation>Seulement sur une chaise qui ne bascule pas. Arrêtez si le dos fait mal.</translation>
    </message>
    <message>
        <source>Only use a desk that cannot slide or tip.</source>
        <translation>Utilisez seulement un bureau qui ne peut ni glisser ni basculer.</translation>
    </message>
    <message>
        <source>Open your chest and look ahead; breathe.</source>
        <translation>Ouvrez la poitrine et regardez devant vous ; respirez.</translation>
    </message>
    <message>
        <source>Open your elbows wide.</source>
        <translation>Ouvrez grand les coudes.</translation>
    </message>
    <message>
        <source>Open your hands and spread your fingers wide.</source>
        <translation>Ouvrez les mains et écartez grand les doigts.</translation>
    </message>
    <message>
        <source>Overhead triceps stretch</source>
        <translation>Étirement du triceps au-dessus de la tête</translation>
    </message>
    <message>
        <source>Palming</source>
        <translation>Paumes sur les yeux</translation>
    </message>
    <message>
        <source>Prayer stretch</source>
        <translation>Étirement en prière</translation>
    </message>
    <message>
        <source>Press your palms together in front of your chest.</source>
        <translation>Pressez les paumes l’une contre l’autre devant la poitrine.</translation>
    </message>
    <message>
        <source>Pull lightly; stop if the shoulder pinches.</source>
        <translation>Tirez légèrement ; arrêtez si l’épaule pince.</translation>
    </message>
    <message>
        <source>Pull your toes towards you, hold, then lower slowly.</source>
        <translation>Ramenez les orteils vers vous, tenez, puis redescendez lentement.</translation>
    </message>
    <message>
        <source>Put your hands on the edge of a sturdy desk, shoulder-width apart.</source>
        <translation>Posez les mains sur le bord d’un bureau stable, écartées à largeur d’épaules.</translation>
    </message>
    <message>
        <source>Put your hands on your lower back, fingers down.</source>
        <translation>Posez les mains sur le bas du dos, doigts vers le bas.</translation>
    </message>
    <message>
        <source>Raise both hands in front of you.</source>
        <translation>Levez les deux mains devant vous.</translation>
    </message>
    <message>
        <source>Raise one arm and bend the elbow so your hand drops behind your head.</source>
        <translation>Levez un bras et pliez le coude pour que la main descende derrière la tête.</translation>
    </message>
    <message>
        <source>Raise your hands in front of you, elbows relaxed.</source>
        <translation>Levez les mains devant vous, coudes détendus.</translation>
    </message>
    <message>
        <source>Reach and round</source>
        <translation>Tendre et arrondir</translation>
    </message>
    <message>
        <source>Repeat at your own pace.</source>
        <translation>Répétez à votre rythme.</translation>
    </message>
    <message>
        <source>Repeat slowly with your breath.</source>
        <translation>Répétez lentement, au rythme de la respiration.</translation>
    </message>
    <message>
        <source>Repeat slowly.</source>
        <translation>Répétez lentement.</translation>
    </message>
    <message>
        <source>Rest a hand on the desk if you feel unsteady.</source>
        <translation>Posez une main sur le bureau si vous vous sentez instable.</translation>
    </message>
    <message>
        <source>Rest your other hand on that elbow.</source>
        <translation>Posez l’autre main sur ce coude.</translation>
    </message>
    <message>
        <source>Return to upright slowly.</source>
        <translation>Revenez lentement à la verticale.</translation>
    </message>
    <message>
        <source>Rise onto the balls of your feet.</source>
        <translation>Montez sur la pointe des pieds.</translation>
    </message>
    <message>
        <source>Roll your shoulders up, back and down in slow circles.</source>
        <translation>Faites rouler les épaules vers le haut, l’arrière et le bas en cercles lents.</translation>
    </message>
    <message>
        <source>Round your upper back and let your head drop.</source>
        <translation>Arrondissez le haut du dos et laissez tomber la tête.</translation>
    </message>
    <message>
        <source>Rub your palms together until they feel warm.</source>
        <translation>Frottez vos paumes jusqu’à ce qu’elles soient chaudes.</translation>
    </message>
    <message>
        <source>Seated back extension</source>
        <translation>Extension du dos assis</translation>
    </message>
    <message>
        <source>Seated cat–cow</source>
        <translation>Chat-vache assis</translation>
    </message>
    <message>
        <source>Seated figure four</source>
        <translation>Figure quatre assise</translation>
    </message>
    <message>
        <source>Seated forward fold</source>
        <translation>Flexion avant assis</translation>
    </message>
    <message>
        <source>Seated hamstring stretch</source>
        <translation>Étirement des ischio-jambiers assis</translation>
    </message>
    <message>
        <source>Seated knee extension</source>
        <translation>Extension du genou assis</translation>
    </message>
    <message>
        <source>Shift forward until you feel the front of the back hip stretch.</source>
        <translation>Avancez jusqu’à sentir l’étirement à l’avant de la hanche arrière.</translation>
    </message>
    <message>
        <source>Shoulder blade squeeze</source>
        <translation>Serrer les omoplates</translation>
    </message>
    <message>
        <source>Shoulder rolls</source>
        <translation>Rotations d’épaules</translation>
    </message>
    <message>
        <source>Shoulder shrugs</source>
        <translation>Haussements d’épaules</translation>
    </message>
    <message>
        <source>Sit against the backrest and put your hands behind your head.</source>
        <translation>Adossez-vous au dossier et placez les mains derrière la tête.</translation>
    </message>
    <message>
        <source>Sit back down slowly and with control.</source>
        <translation>Rasseyez-vous lentement, en contrôlant le mouvement.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair with your hands on your knees.</source>
        <translation>Asseyez-vous à l’avant de la chaise, mains sur les genoux.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair, feet apart.</source>
        <translation>Asseyez-vous à l’avant de la chaise, pieds écartés.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair, feet flat.</source>
        <translation>Asseyez-vous à l’avant de la chaise, pieds à plat.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair.</source>
        <translation>Asseyez-vous à l’avant de la chaise.</translation>
    </message>
    <message>
        <source>Sit tall and hold one knee with both hands.</source>
        <translation>Asseyez-vous droit et tenez un genou à deux mains.</translation>
    </message>
    <message>
        <source>Sit tall and hold the sides of your seat.</source>
        <translation>Asseyez-vous droit et tenez les côtés du siège.</translation>
    </message>
    <message>
        <source>Sit tall and let your shoulders drop.</source>
        <translation>Asseyez-vous droit et relâchez les épaules.</translation>
    </message>
    <message>
        <source>Sit tall and look straight ahead.</source>
        <translation>Asseyez-vous droit et regardez droit devant.</translation>
    </message>
    <message>
        <source>Sit tall and rest one ankle on the opposite knee.</source>
        <translation>Asseyez-vous droit et posez une cheville sur le genou opposé.</translation>
    </message>
    <message>
        <source>Sit tall and stretch one leg out, heel lifted.</source>
        <translation>Asseyez-vous droit et tendez une jambe, talon levé.</translation>
    </message>
    <message>
        <source>Sit tall with your arms hanging loose.</source>
        <translation>Asseyez-vous droit, les bras relâchés.</translation>
    </message>
    <message>
        <source>Sit tall with your arms relaxed.</source>
        <translation>Asseyez-vous droit, les bras détendus.</translation>
    </message>
    <message>
        <source>Sit tall with your elbows bent at your sides.</source>
        <translation>Asseyez-vous droit, coudes pliés le long du corps.</translation>
    </message>
    <message>
        <source>Sit tall with your shoulders relaxed.</source>
        <translation>Asseyez-vous droit, les épaules détendues.</translation>
    </message>
    <message>
        <source>Sit to stand</source>
        <translation>Assis-debout</translation>
    </message>
    <message>
        <source>Skip it after hip or knee surgery. Stop if your knee hurts.</source>
        <translation>À éviter après une opération de la hanche ou du genou. Arrêtez si le genou fait mal.</translation>
    </message>
    <message>
        <source>Skip this if you have a back problem or high blood pressure.</source>
        <translation>À éviter en cas de problème de dos ou d’hypertension.</translation>
    </message>
    <message>
        <source>Slide your other hand down the side of your leg.</source>
        <translation>Faites glisser l’autre main le long de la jambe.</translation>
    </message>
    <message>
        <source>Slowly lower your chin towards your chest.</source>
        <translation>Baissez lentement le menton vers la poitrine.</translation>
    </message>
    <message>
        <source>Slowly roll your eyes in a wide circle.</source>
        <translation>Faites lentement rouler vos yeux en un grand cercle.</translation>
    </message>
    <message>
        <source>Small swings at first; hold on for balance.</source>
        <translation>Commencez par de petits balancements ; tenez-vous bien.</translation>
    </message>
    <message>
        <source>Stand side-on to a wall and rest a hand on it.</source>
        <translation>Placez-vous de profil contre un mur, une main appuyée dessus.</translation>
    </message>
    <message>
        <source>Stand tall and clasp your hands behind your back.</source>
        <translation>Tenez-vous droit et joignez les mains derrière le dos.</translation>
    </message>
    <message>
        <source>Stand tall and raise one arm overhead.</source>
        <translation>Tenez-vous droit et levez un bras au-dessus de la tête.</translation>
    </message>
    <message>
        <source>Stand tall beside your desk.</source>
        <translation>Tenez-vous droit à côté de votre bureau.</translation>
    </message>
    <message>
        <source>Stand tall with one hand on a wall or desk.</source>
        <translation>Tenez-vous droit, une main contre un mur ou le bureau.</translation>
    </message>
    <message>
        <source>Stand tall, feet hip-width apart, a hand on your desk.</source>
        <translation>Tenez-vous droit, pieds écartés à largeur de hanches, une main sur le bureau.</translation>
    </message>
    <message>
        <source>Stand with your feet hip-width apart.</source>
        <translation>Tenez-vous debout, pieds écartés à largeur de hanches.</translation>
    </message>
    <message>
        <source>Standing back bend</source>
        <translation>Extension du dos debout</translation>
    </message>
    <message>
        <source>Standing hip flexor stretch</source>
        <translation>Étirement du fléchisseur de hanche debout</translation>
    </message>
    <message>
        <source>Standing side bend</source>
        <translation>Inclinaison latérale debout</translation>
    </message>
    <message>
        <source>Standing thigh stretch</source>
        <translation>Étirement de la cuisse debout</translation>
    </message>
    <message>
        <source>Step back until your body is a straight slope.</source>
        <translation>Reculez jusqu’à ce que le corps forme une pente droite.</translation>
    </message>
    <message>
        <source>Step one foot back, heel down, leg straight.</source>
        <translation>Reculez un pied, talon au sol, jambe tendue.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy.</source>
        <translation>Arrêtez si vous avez le vertige.</translation>
    </message>
    <message>
        <source>Stop if you feel pain in the shoulder.</source>
        <translation>Arrêtez si vous sentez une douleur à l’épaule.</translation>
    </message>
    <message>
        <source>Stop if you feel pain in your hip or back.</source>
        <translation>Arrêtez si vous sentez une douleur à la hanche ou au dos.</translation>
    </message>
    <message>
        <source>Stop when you feel a mild stretch in your wrists; hold.</source>
        <translation>Arrêtez-vous à un léger étirement des poignets ; tenez.</translation>
    </message>
    <message>
        <source>Straighten one knee until the leg is level.</source>
        <translation>Tendez un genou jusqu’à ce que la jambe soit horizontale.</translation>
    </message>
    <message>
        <source>Straighten one leg, heel on the floor, toes up.</source>
        <translation>Tendez une jambe, talon au sol, orteils vers le haut.</translation>
    </message>
    <message>
        <source>Straighten your arms and lift them a little away from you.</source>
        <translation>Tendez les bras et éloignez-les un peu du corps.</translation>
    </message>
    <message>
        <source>Swing one leg forward and back, loose and easy.</source>
        <translation>Balancez une jambe d’avant en arrière, souple et détendue.</translation>
    </message>
    <message>
        <source>Switch back and forth a few times.</source>
        <translation>Alternez plusieurs fois.</translation>
    </message>
    <message>
        <source>Switch legs and keep a steady march.</source>
        <translation>Changez de jambe et gardez un rythme régulier.</translation>
    </message>
    <message>
        <source>Take a long step forward, back heel lifted.</source>
        <translation>Faites un grand pas en avant, talon arrière levé.</translation>
    </message>
    <message>
        <source>Then focus on something far away for a breath.</source>
        <translation>Puis fixez un point lointain le temps d’une respiration.</translation>
    </message>
    <message>
        <source>Tilt your ear towards your shoulder.</source>
        <translation>Inclinez l’oreille vers l’épaule.</translation>
    </message>
    <message>
        <source>Use a chair that cannot roll away.</source>
        <translation>Utilisez une chaise qui ne peut pas rouler.</translation>
    </message>
    <message>
        <source>With the other hand, ease the fingers back towards you.</source>
        <translation>Avec l’autre main, ramenez doucement les doigts vers vous.</translation>
    </message>
    <message>
        <source>Wrist circles</source>
        <translation>Cercles des poignets</translation>
    </message>
    <message>
        <source>Wrist stretch, fingers down</source>
        <translation>Étirement du poignet, doigts vers le bas</translation>
    </message>
    <message>
        <source>Wrist stretch, fingers up</source>
        <translation>Étirement du poignet, doigts vers le haut</translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <source>&amp;Open my exercises folder</source>
        <translation>&amp;Ouvrir mon dossier d’exercices</translation>
    </message>
    <message>
        <source>&amp;Play preview</source>
        <translation>&amp;Lancer l’aperçu</translation>
    </message>
    <message>
        <source>A favourite (♥ in the prompt)</source>
        <translation>Un favori (♥ dans la fenêtre de pause)</translation>
    </message>
    <message>
        <source>Body &amp;areas to include</source>
        <translation>&amp;Zones du corps à inclure</translation>
    </message>
    <message>
        <source>E&amp;xercises (untick one to never get it)</source>
        <translation>E&amp;xercices (décochez-en un pour ne jamais l’avoir)</translation>
    </message>
    <message>
        <source>Illustrations unavailable: %1</source>
        <translation>Illustrations indisponibles : %1</translation>
    </message>
    <message>
        <source>No exercises were found. Check the exercise files.</source>
        <translation>Aucun exercice trouvé. Vérifiez les fichiers d’exercices.</translation>
    </message>
    <message>
        <source>Sto&amp;p preview</source>
        <translation>Arrêter l’a&amp;perçu</translation>
    </message>
    <message>
        <source>Your own exercises are .toml files in this folder; they are loaded at the next start.</source>
        <translation>Vos propres exercices sont des fichiers .toml dans ce dossier ; ils sont chargés au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>FigureWidget</name>
    <message>
        <source>Exercise illustration</source>
        <translation>Illustration de l’exercice</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Fitting in with the rest of the desktop</source>
        <translation>Bien s’intégrer au reste du bureau</translation>
    </message>
    <message>
        <source>General: %1</source>
        <translation>Général : %1</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Ouvrir le dossier des &amp;données</translation>
    </message>
    <message>
        <source>Open s&amp;ettings folder</source>
        <translation>Ouvrir le dossier des &amp;réglages</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Start and notifications</source>
        <translation>Démarrage et notifications</translation>
    </message>
    <message>
        <source>Start movebreak when I log &amp;in</source>
        <translation>Lancer movebreak à l’&amp;ouverture de session</translation>
    </message>
    <message>
        <source>Unknown time zone &apos;%1&apos;: use an IANA name such as Europe/Berlin</source>
        <translation>Fuseau horaire inconnu « %1 » : utilisez un nom IANA comme Europe/Paris</translation>
    </message>
    <message>
        <source>Where your settings and data live</source>
        <translation>Où se trouvent vos réglages et vos données</translation>
    </message>
    <message>
        <source>e.g. zoom, obs</source>
        <translation>p. ex. zoom, obs</translation>
    </message>
    <message>
        <source>empty: the system&apos;s zone</source>
        <translation>vide : le fuseau du système</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>%1 min moved</source>
        <translation>%1 min de mouvement</translation>
    </message>
    <message>
        <source>%1 missed while asleep or off</source>
        <translation>%1 manquées pendant la veille ou l’arrêt</translation>
    </message>
    <message>
        <source>%1 of %2 due completed (%3)</source>
        <translation>%1 sur %2 prévues terminées (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <translation>
            <numerusform>%n pause</numerusform>
            <numerusform>%n pauses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>No breaks logged in that range.</source>
        <translation>Aucune pause enregistrée sur cette période.</translation>
    </message>
    <message>
        <source>No breaks logged yet (%1 does not exist).</source>
        <translation>Aucune pause enregistrée pour l’instant (%1 n’existe pas).</translation>
    </message>
    <message>
        <source>No breaks logged yet.</source>
        <translation>Aucune pause enregistrée pour l’instant.</translation>
    </message>
    <message>
        <source>exercises</source>
        <translation>exercices</translation>
    </message>
    <message>
        <source>length</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>most skipped: %1</source>
        <translation>les plus souvent passés : %1</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>streak: %1 (longest %2)</source>
        <translation>série : %1 (record %2)</translation>
    </message>
    <message>
        <source>when</source>
        <translation>quand</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source> (newest %1 shown)</source>
        <translation> (les %1 plus récentes affichées)</translation>
    </message>
    <message>
        <source>%1: none yet</source>
        <translation>%1 : aucune pour l’instant</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; min moved</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; min de mouvement</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; missed while asleep or off</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; manquées pendant la veille ou l’arrêt</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 due breaks completed (&lt;b&gt;%3&lt;/b&gt;)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; sur %2 pauses prévues terminées (&lt;b&gt;%3&lt;/b&gt;)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>All breaks</source>
        <translation>Toutes les pauses</translation>
    </message>
    <message>
        <source>Body areas moved, last 7 days (minutes)</source>
        <translation>Zones du corps travaillées, 7 derniers jours (minutes)</translation>
    </message>
    <message>
        <source>Breaks are not being logged: the journal is read-only.</source>
        <translation>Les pauses ne sont pas enregistrées : le journal est en lecture seule.</translation>
    </message>
    <message numerus="yes">
        <source>Breaks in the last %n days</source>
        <translation>
            <numerusform>Pauses du dernier jour</numerusform>
            <numerusform>Pauses des %n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>Tableur CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Impossible d’exporter vers %1 : %2</translation>
    </message>
    <message>
        <source>Days in a row with at least one routine completed. Days with no breaks due (weekends, days off) don&apos;t break a streak.</source>
        <translation>Jours consécutifs avec au moins une séance terminée. Les jours sans pause prévue (week-ends, congés) n’interrompent pas la série.</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exporter l’historique</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n breaks to %1</source>
        <translation>
            <numerusform>%n pause exportée vers %1</numerusform>
            <numerusform>%n pauses exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>14 derniers jours</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n days</source>
        <translation>
            <numerusform>Série : %n jour</numerusform>
            <numerusform>Série : %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>longest %1</source>
        <translation>record %1</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>most skipped: %1</source>
        <translation>les plus souvent passés : %1</translation>
    </message>
    <message>
        <source>movebreak — history</source>
        <translation>movebreak — historique</translation>
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
        <translation>%1. Les pauses ne sont pas enregistrées tant que ce n’est pas réglé.</translation>
    </message>
    <message>
        <source>Could not read the journal %1: %2.</source>
        <translation>Impossible de lire le journal %1 : %2.</translation>
    </message>
    <message>
        <source>Could not save a break to %1: %2. Recent breaks may be missing from your history until this is fixed.</source>
        <translation>Impossible d’enregistrer une pause dans %1 : %2. Tant que ce n’est pas réglé, les pauses récentes peuvent manquer dans votre historique.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened for writing: %2</source>
        <translation>Le journal %1 ne peut pas être ouvert en écriture : %2</translation>
    </message>
    <message>
        <source>The journal %1 cannot be written: %2</source>
        <translation>Le journal %1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>The journal %1 is damaged (%2) and could not be moved aside (%3). Breaks are not being logged.</source>
        <translation>Le journal %1 est endommagé (%2) et n’a pas pu être mis de côté (%3). Les pauses ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>The journal %1 was damaged and could not be read (%2). It was kept as %3 and a new journal was started.</source>
        <translation>Le journal %1 était endommagé et illisible (%2). Il a été conservé sous le nom %3 et un nouveau journal a été commencé.</translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer movebreak (schema %2; this version knows up to %3). History is shown, but breaks are not logged until you update movebreak.</source>
        <translation>Le journal %1 a été écrit par un movebreak plus récent (schéma %2 ; cette version connaît jusqu’au %3). L’historique s’affiche, mais les pauses ne sont pas enregistrées tant que vous n’avez pas mis movebreak à jour.</translation>
    </message>
    <message>
        <source>The journal folder %1 cannot be created: %2</source>
        <translation>Le dossier du journal %1 ne peut pas être créé : %2</translation>
    </message>
    <message>
        <source>another program holds it locked</source>
        <translation>un autre programme le verrouille</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>l’accès a été refusé</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>le disque a signalé une erreur d’entrée/sortie</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>le fichier est en lecture seule</translation>
    </message>
    <message>
        <source>the file or its folder cannot be opened for writing</source>
        <translation>le fichier ou son dossier ne peut pas être ouvert en écriture</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>LanguageGroup</name>
    <message>
        <source>&amp;Language of windows and exercises</source>
        <translation>&amp;Langue des fenêtres et des exercices</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Windows and breaks use it after Save; the tray menu at the next start.</source>
        <translation>Les fenêtres et les pauses l’utilisent après l’enregistrement ; le menu de la barre système au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>NoBreak</name>
    <message>
        <source>no gap long enough</source>
        <translation>aucun créneau assez long</translation>
    </message>
    <message>
        <source>no working hours set</source>
        <translation>aucune heure de travail définie</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>en dehors des heures de travail</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Show the break</source>
        <translation>Afficher la pause</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Stretch break in %1 min %2 s</source>
        <translation>Pause étirements dans %1 min %2 s</translation>
    </message>
    <message numerus="yes">
        <source>Stretch break in %n min</source>
        <translation>
            <numerusform>Pause étirements dans %n min</numerusform>
            <numerusform>Pause étirements dans %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stretch break in %n s</source>
        <translation>
            <numerusform>Pause étirements dans %n s</numerusform>
            <numerusform>Pause étirements dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>C’est le moment de bouger</translation>
    </message>
</context>
<context>
    <name>Option</name>
    <message>
        <source>Announce breaks with a desktop notification.</source>
        <translation>Annoncer les pauses par une notification du bureau.</translation>
    </message>
    <message>
        <source>Body areas never to suggest.</source>
        <translation>Zones du corps à ne jamais proposer.</translation>
    </message>
    <message>
        <source>Count time away from the keyboard as a natural break.</source>
        <translation>Compter le temps loin du clavier comme une pause naturelle.</translation>
    </message>
    <message>
        <source>Exercise ids never to suggest.</source>
        <translation>Identifiants d’exercices à ne jamais proposer.</translation>
    </message>
    <message>
        <source>Exercise ids to suggest first where body areas allow.</source>
        <translation>Identifiants d’exercices à proposer en premier quand les zones du corps le permettent.</translation>
    </message>
    <message>
        <source>Gaps shorter than this get no break.</source>
        <translation>Les créneaux plus courts n’ont pas de pause.</translation>
    </message>
    <message>
        <source>Heads-up notification this long before a break (0 = off).</source>
        <translation>Prévenir ce délai avant une pause (0 = désactivé).</translation>
    </message>
    <message>
        <source>Hold breaks while a fullscreen window has focus.</source>
        <translation>Retenir les pauses tant qu’une fenêtre plein écran a le focus.</translation>
    </message>
    <message>
        <source>Hold breaks while any of these processes runs.</source>
        <translation>Retenir les pauses tant qu’un de ces processus tourne.</translation>
    </message>
    <message>
        <source>Hold breaks while the microphone or the camera is in use (a call).</source>
        <translation>Retenir les pauses tant que le micro ou la caméra est utilisé (un appel).</translation>
    </message>
    <message>
        <source>How long Snooze postpones a break.</source>
        <translation>De combien « Reporter » décale une pause.</translation>
    </message>
    <message>
        <source>How often URL calendars are fetched again.</source>
        <translation>Fréquence de récupération des calendriers URL.</translation>
    </message>
    <message>
        <source>Language of the windows and exercises (empty = system).</source>
        <translation>Langue des fenêtres et des exercices (vide = système).</translation>
    </message>
    <message>
        <source>Longest free stretch without a break.</source>
        <translation>Plus longue période libre sans pause.</translation>
    </message>
    <message>
        <source>Longest routine.</source>
        <translation>Séance la plus longue.</translation>
    </message>
    <message>
        <source>Minutes after a block ends before the break starts.</source>
        <translation>Minutes après la fin d’un bloc avant le début de la pause.</translation>
    </message>
    <message>
        <source>Plan in this IANA zone instead of the system&apos;s (empty = system).</source>
        <translation>Planifier dans ce fuseau IANA plutôt que celui du système (vide = système).</translation>
    </message>
    <message>
        <source>Play a soft chime at the start and between exercises.</source>
        <translation>Jouer un léger carillon au début et entre les exercices.</translation>
    </message>
    <message>
        <source>Routines you may skip a day; then Skip routine becomes Shorten to 1 min (0 = no limit).</source>
        <translation>Séances que vous pouvez passer par jour ; ensuite « Passer la séance » devient « Réduire à 1 min » (0 = sans limite).</translation>
    </message>
    <message>
        <source>Shortest routine.</source>
        <translation>Séance la plus courte.</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manquée</translation>
    </message>
    <message>
        <source>natural break</source>
        <translation>pause naturelle</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partielle</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>affichée</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>passée</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>reportée</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>retenue</translation>
    </message>
</context>
<context>
    <name>Pause</name>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
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
        <translation>1 jour</translation>
    </message>
    <message>
        <source>Breaks resumed.</source>
        <translation>Les pauses reprennent.</translation>
    </message>
    <message>
        <source>Focus until %1; the break comes after it.</source>
        <translation>Concentration jusqu’à %1 ; la pause viendra ensuite.</translation>
    </message>
    <message>
        <source>Paused %1 (until %2 %3).</source>
        <translation>En pause %1 (jusqu’à %2 %3).</translation>
    </message>
    <message>
        <source>Paused until %1 %2.</source>
        <translation>En pause jusqu’à %1 %2.</translation>
    </message>
    <message>
        <source>a duration like 30m, 1h, 1h30m, 2d (up to 7d); &apos;until HH:MM&apos;; &apos;tomorrow&apos;; &apos;block&apos;; or &apos;off&apos;</source>
        <translation>une durée comme 30m, 1h, 1h30m, 2d (jusqu’à 7d) ; &apos;until HH:MM&apos; ; &apos;tomorrow&apos; ; &apos;block&apos; ; ou &apos;off&apos;</translation>
    </message>
    <message>
        <source>a pause of %1 pauses nothing; to resume breaks use &apos;off&apos;; valid: %2</source>
        <translation>une mise en pause de %1 n’arrête rien ; pour reprendre les pauses, utilisez &apos;off&apos; ; valide : %2</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>pour %1</translation>
    </message>
    <message>
        <source>invalid focus length %1; valid: 5m to 8h, e.g. 25m, 50m, 90m</source>
        <translation>durée de concentration invalide %1 ; valide : de 5m à 8h, p. ex. 25m, 50m, 90m</translation>
    </message>
    <message>
        <source>invalid pause %1; valid: %2</source>
        <translation>mise en pause invalide %1 ; valide : %2</translation>
    </message>
    <message>
        <source>invalid time %1; valid: %2</source>
        <translation>heure invalide %1 ; valide : %2</translation>
    </message>
    <message>
        <source>there is no block going on right now</source>
        <translation>aucun bloc n’est en cours</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu’à %1</translation>
    </message>
    <message>
        <source>until the block ends</source>
        <translation>jusqu’à la fin du bloc</translation>
    </message>
    <message>
        <source>until tomorrow</source>
        <translation>jusqu’à demain</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message numerus="yes">
        <source>%n blocks</source>
        <translation>
            <numerusform>%n bloc</numerusform>
            <numerusform>%n blocs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <translation>
            <numerusform>%n pause</numerusform>
            <numerusform>%n pauses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan for %n days from %1 (%2)</source>
        <translation>
            <numerusform>Planning sur %n jour à partir du %1 (%2)</numerusform>
            <numerusform>Planning sur %n jours à partir du %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>block</source>
        <translation>bloc</translation>
    </message>
    <message>
        <source>break</source>
        <translation>pause</translation>
    </message>
    <message>
        <source>no working hours</source>
        <translation>pas d’heures de travail</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>rien de prévu</translation>
    </message>
    <message>
        <source>warning: %1 (planning without the breaks taken today)</source>
        <translation>avertissement : %1 (planification sans les pauses prises aujourd’hui)</translation>
    </message>
    <message>
        <source>warning: %1 (using the default)</source>
        <translation>avertissement : %1 (valeur par défaut utilisée)</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message numerus="yes">
        <source>%1: %n breaks at %2</source>
        <translation>
            <numerusform>%1 : %n pause à %2</numerusform>
            <numerusform>%1 : %n pauses à %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no breaks.</source>
        <translation>%1 : aucune pause.</translation>
    </message>
    <message>
        <source>%1: not a working day.</source>
        <translation>%1 : pas un jour travaillé.</translation>
    </message>
    <message>
        <source>Plan preview timeline</source>
        <translation>Frise de l’aperçu du planning</translation>
    </message>
    <message>
        <source>Preview paused until every value is valid.</source>
        <translation>Aperçu en pause tant qu’une valeur est invalide.</translation>
    </message>
    <message>
        <source>Preview unavailable: %1</source>
        <translation>Aperçu indisponible : %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>%1 (valid: %2)</source>
        <translation>%1 (valide : %2)</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>des entrées %1</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>%1, e.g. %2</source>
        <translation>%1, p. ex. %2</translation>
    </message>
    <message>
        <source>Invalid range %1 - %2 is no time of day (00:00 to 24:00)</source>
        <translation>Plage invalide %1 – %2 n’est pas une heure (00:00 à 24:00)</translation>
    </message>
    <message>
        <source>Invalid range %1 - end must be after start</source>
        <translation>Plage invalide %1 – la fin doit suivre le début</translation>
    </message>
    <message>
        <source>Invalid range %1 - not written as HH:MM-HH:MM (two-digit minutes)</source>
        <translation>Plage invalide %1 – pas écrite HH:MM-HH:MM (minutes sur deux chiffres)</translation>
    </message>
    <message>
        <source>Invalid range %1 - write a range as a quoted %2 string</source>
        <translation>Plage invalide %1 – écrivez une plage comme chaîne %2 entre guillemets</translation>
    </message>
    <message>
        <source>Invalid value %1</source>
        <translation>Valeur invalide %1</translation>
    </message>
    <message>
        <source>Invalid value %1 - not a shipped language</source>
        <translation>Valeur invalide %1 – langue non fournie</translation>
    </message>
    <message>
        <source>Invalid value %1 - out of range</source>
        <translation>Valeur invalide %1 – hors limites</translation>
    </message>
    <message>
        <source>Invalid value %1 - unknown time zone</source>
        <translation>Valeur invalide %1 – fuseau horaire inconnu</translation>
    </message>
    <message>
        <source>Invalid value %1 - wrong type</source>
        <translation>Valeur invalide %1 – mauvais type</translation>
    </message>
    <message>
        <source>Invalid value %1; did you mean %2?</source>
        <translation>Valeur invalide %1 ; vouliez-vous dire %2 ?</translation>
    </message>
    <message>
        <source>Ranges overlap</source>
        <translation>Les plages se chevauchent</translation>
    </message>
    <message>
        <source>SVG file %1 is %2 bytes, more than the %3 KB limit</source>
        <translation>Le fichier SVG %1 fait %2 octets, plus que la limite de %3 Ko</translation>
    </message>
    <message>
        <source>SVG file %1 not found next to the TOML file</source>
        <translation>Fichier SVG %1 introuvable à côté du fichier TOML</translation>
    </message>
    <message>
        <source>TOML nested a few levels deep, see the README</source>
        <translation>du TOML imbriqué sur quelques niveaux, voir le README</translation>
    </message>
    <message>
        <source>TOML syntax, see the README</source>
        <translation>la syntaxe TOML, voir le README</translation>
    </message>
    <message>
        <source>TOML with [[exercise]] tables</source>
        <translation>du TOML avec des tables [[exercise]]</translation>
    </message>
    <message>
        <source>Unknown joint %1</source>
        <translation>Articulation inconnue %1</translation>
    </message>
    <message>
        <source>Unknown key %1</source>
        <translation>Clé inconnue %1</translation>
    </message>
    <message>
        <source>Unknown key %1, ignored</source>
        <translation>Clé inconnue %1, ignorée</translation>
    </message>
    <message>
        <source>Unknown key %1, ignored; did you mean %2?</source>
        <translation>Clé inconnue %1, ignorée ; vouliez-vous dire %2 ?</translation>
    </message>
    <message>
        <source>Unknown pose key %1</source>
        <translation>Clé de posture inconnue %1</translation>
    </message>
    <message>
        <source>Unknown section %1, ignored</source>
        <translation>Section inconnue %1, ignorée</translation>
    </message>
    <message>
        <source>Unknown section %1, ignored; did you mean %2?</source>
        <translation>Section inconnue %1, ignorée ; vouliez-vous dire %2 ?</translation>
    </message>
    <message>
        <source>Unknown weekday %1</source>
        <translation>Jour de semaine inconnu %1</translation>
    </message>
    <message>
        <source>Unknown weekday %1; did you mean %2?</source>
        <translation>Jour de semaine inconnu %1 ; vouliez-vous dire %2 ?</translation>
    </message>
    <message>
        <source>a UTF-8 TOML file under 1 MB</source>
        <translation>un fichier TOML UTF-8 de moins de 1 Mo</translation>
    </message>
    <message>
        <source>a list of %1 ranges, e.g. %2</source>
        <translation>une liste de plages %1, p. ex. %2</translation>
    </message>
    <message>
        <source>a list of .svg file names, e.g. %1</source>
        <translation>une liste de noms de fichiers .svg, p. ex. %1</translation>
    </message>
    <message>
        <source>a list of 1 to 6 short instructions</source>
        <translation>une liste de 1 à 6 consignes courtes</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>une liste de chaînes</translation>
    </message>
    <message>
        <source>a list of strings, e.g. %1</source>
        <translation>une liste de chaînes, p. ex. %1</translation>
    </message>
    <message>
        <source>a list of tables such as %1 (each overrides the base pose)</source>
        <translation>une liste de tables comme %1 (chacune remplace la posture de base)</translation>
    </message>
    <message>
        <source>a list of: %1</source>
        <translation>une liste parmi : %1</translation>
    </message>
    <message>
        <source>a name of at most %1 characters</source>
        <translation>un nom d’au plus %1 caractères</translation>
    </message>
    <message>
        <source>a non-empty list of: %1</source>
        <translation>une liste non vide parmi : %1</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>une chaîne non vide</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a path to an .ics file, or an http(s) URL</source>
        <translation>un chemin vers un fichier .ics, ou une URL http(s)</translation>
    </message>
    <message>
        <source>a step is %1 characters long</source>
        <translation>une étape fait %1 caractères</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a table with view, base and frames, or with %1</source>
        <translation>une table avec view, base et frames, ou avec %1</translation>
    </message>
    <message>
        <source>a time after %1</source>
        <translation>une heure après %1</translation>
    </message>
    <message>
        <source>a whole number of minutes from %1 to %2</source>
        <translation>un nombre entier de minutes de %1 à %2</translation>
    </message>
    <message>
        <source>a whole number of seconds from %1 to %2</source>
        <translation>un nombre entier de secondes de %1 à %2</translation>
    </message>
    <message>
        <source>a whole number of skips from %1 to %2</source>
        <translation>un nombre entier de passages de %1 à %2</translation>
    </message>
    <message>
        <source>an .svg file in %1</source>
        <translation>un fichier .svg dans %1</translation>
    </message>
    <message>
        <source>an .svg file of at most %1 KB</source>
        <translation>un fichier .svg d’au plus %1 Ko</translation>
    </message>
    <message>
        <source>an IANA zone such as %1, or empty</source>
        <translation>un fuseau IANA comme %1, ou vide</translation>
    </message>
    <message>
        <source>an [[exercise]] table</source>
        <translation>une table [[exercise]]</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>au plus %1 caractères</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>cannot read the journal: %1</source>
        <translation>impossible de lire le journal : %1</translation>
    </message>
    <message>
        <source>duplicate exercise id %1</source>
        <translation>identifiant d’exercice en double %1</translation>
    </message>
    <message>
        <source>duplicate exercise id %1; the first one is used</source>
        <translation>identifiant d’exercice en double %1 ; le premier est utilisé</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
    <message>
        <source>empty, or one of: %1</source>
        <translation>vide, ou l’une de : %1</translation>
    </message>
    <message>
        <source>end must be after start</source>
        <translation>la fin doit suivre le début</translation>
    </message>
    <message>
        <source>ids unique across your files</source>
        <translation>des identifiants uniques dans tous vos fichiers</translation>
    </message>
    <message>
        <source>is %1 characters long</source>
        <translation>fait %1 caractères</translation>
    </message>
    <message>
        <source>is %1, more than the %2 limit</source>
        <translation>fait %1, plus que la limite de %2</translation>
    </message>
    <message>
        <source>is a device, not a file</source>
        <translation>est un périphérique, pas un fichier</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a file</source>
        <translation>est un tube nommé (FIFO), pas un fichier</translation>
    </message>
    <message>
        <source>is a socket, not a file</source>
        <translation>est un socket, pas un fichier</translation>
    </message>
    <message>
        <source>is missing or not a table</source>
        <translation>manque ou n’est pas une table</translation>
    </message>
    <message>
        <source>is more than the %1 limit</source>
        <translation>dépasse la limite de %1</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>is not valid TOML: %1</source>
        <translation>n’est pas du TOML valide : %1</translation>
    </message>
    <message>
        <source>is not valid TOML: arrays or tables nest too deeply</source>
        <translation>n’est pas du TOML valide : tableaux ou tables trop imbriqués</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>doit être une table</translation>
    </message>
    <message>
        <source>must be a table of weekdays</source>
        <translation>doit être une table de jours de la semaine</translation>
    </message>
    <message>
        <source>must be an array of tables</source>
        <translation>doit être un tableau de tables</translation>
    </message>
    <message>
        <source>needs at least two keyframes</source>
        <translation>il faut au moins deux images clés</translation>
    </message>
    <message>
        <source>needs exactly one of %1 or %2</source>
        <translation>il faut exactement l’un de %1 ou %2</translation>
    </message>
    <message>
        <source>no [[exercise]] tables found</source>
        <translation>aucune table [[exercise]] trouvée</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>not saved: it is not a regular file</source>
        <translation>non enregistré : ce n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>not saved: the file is not valid TOML (%1) and would be lost; fix or move it first, or save a fresh file (the old one is kept as .bak)</source>
        <translation>non enregistré : le fichier n’est pas du TOML valide (%1) et serait perdu ; corrigez-le ou déplacez-le d’abord, ou enregistrez un nouveau fichier (l’ancien est gardé en .bak)</translation>
    </message>
    <message>
        <source>not saved: the file is not valid TOML and would be lost; fix or move it first, or save a fresh file (the old one is kept as .bak)</source>
        <translation>non enregistré : le fichier n’est pas du TOML valide et serait perdu ; corrigez-le ou déplacez-le d’abord, ou enregistrez un nouveau fichier (l’ancien est gardé en .bak)</translation>
    </message>
    <message>
        <source>not saved: the file there cannot be read (%1) and would be lost; fix or move it first, or save a fresh file (the old one is kept as .bak)</source>
        <translation>non enregistré : le fichier existant est illisible (%1) et serait perdu ; corrigez-le ou déplacez-le d’abord, ou enregistrez un nouveau fichier (l’ancien est gardé en .bak)</translation>
    </message>
    <message>
        <source>not valid TOML: %1</source>
        <translation>TOML invalide : %1</translation>
    </message>
    <message>
        <source>not valid TOML: arrays or tables nest too deeply</source>
        <translation>TOML invalide : tableaux ou tables trop imbriqués</translation>
    </message>
    <message>
        <source>one or more [[exercise]] tables</source>
        <translation>une ou plusieurs tables [[exercise]]</translation>
    </message>
    <message>
        <source>ranges that do not overlap</source>
        <translation>des plages qui ne se chevauchent pas</translation>
    </message>
    <message>
        <source>routine_max (%1) is below routine_min (%2)</source>
        <translation>routine_max (%1) est inférieur à routine_min (%2)</translation>
    </message>
    <message>
        <source>steps of at most %1 characters</source>
        <translation>des étapes d’au plus %1 caractères</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>up to %1 lower-case letters, digits and &apos;-&apos;, e.g. %2</source>
        <translation>jusqu’à %1 minuscules, chiffres et &apos;-&apos;, p. ex. %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>weekdays such as %1 or %2</source>
        <translation>des jours de la semaine comme %1 ou %2</translation>
    </message>
</context>
<context>
    <name>PromptWindow</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>Encore %n seconde</numerusform>
            <numerusform>Encore %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Don&apos;t show this again</source>
        <translation>Ne plus afficher</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favori</translation>
    </message>
    <message>
        <source>Last one</source>
        <translation>Dernier exercice</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Côté gauche</translation>
    </message>
    <message>
        <source>Never suggest this exercise; undo it in Settings ▸ Exercises (H)</source>
        <translation>Ne plus jamais proposer cet exercice ; annulez-le dans Réglages ▸ Exercices (H)</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite : %1</translation>
    </message>
    <message>
        <source>No exercise matches your settings. Stand up and move a little.</source>
        <translation>Aucun exercice ne correspond à vos réglages. Levez-vous et bougez un peu.</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Rien à faire</translation>
    </message>
    <message>
        <source>Now the left side</source>
        <translation>Maintenant le côté gauche</translation>
    </message>
    <message>
        <source>Paused while you are away</source>
        <translation>En pause pendant votre absence</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Côté droit</translation>
    </message>
    <message>
        <source>Right side, then left</source>
        <translation>Côté droit, puis gauche</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Assis</translation>
    </message>
    <message>
        <source>Shorten to 1 min</source>
        <translation>Réduire à 1 min</translation>
    </message>
    <message>
        <source>Skip exercise</source>
        <translation>Passer l’exercice</translation>
    </message>
    <message>
        <source>Skip routine</source>
        <translation>Passer la séance</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>Reporter de %n min</numerusform>
            <numerusform>Reporter de %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Debout</translation>
    </message>
    <message>
        <source>Suggest this exercise more often (F)</source>
        <translation>Proposer cet exercice plus souvent (F)</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>des deux côtés</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>côté gauche</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>côté droit</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>after-block</source>
        <translation>après un bloc</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>créneau</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <source>sitting-limit</source>
        <translation>limite assise</translation>
    </message>
    <message>
        <source>snooze</source>
        <translation>reportée</translation>
    </message>
</context>
<context>
    <name>Remote</name>
    <message>
        <source>A break is already on screen.</source>
        <translation>Une pause est déjà à l’écran.</translation>
    </message>
    <message>
        <source>Break started: %1</source>
        <translation>Pause lancée : %1</translation>
    </message>
    <message>
        <source>No break is on screen.</source>
        <translation>Aucune pause n’est à l’écran.</translation>
    </message>
    <message>
        <source>Opened the break.</source>
        <translation>Pause ouverte.</translation>
    </message>
    <message>
        <source>Opened the history.</source>
        <translation>Historique ouvert.</translation>
    </message>
    <message>
        <source>Opened the settings.</source>
        <translation>Réglages ouverts.</translation>
    </message>
    <message>
        <source>movebreak is already running.</source>
        <translation>movebreak est déjà lancé.</translation>
    </message>
    <message>
        <source>movebreak is already running.
%1</source>
        <translation>movebreak est déjà lancé.
%1</translation>
    </message>
    <message>
        <source>movebreak is not running. Start it with `movebreak` (or `make run`).</source>
        <translation>movebreak n’est pas lancé. Démarrez-le avec `movebreak` (ou `make run`).</translation>
    </message>
    <message>
        <source>movebreak is quitting.</source>
        <translation>movebreak se ferme.</translation>
    </message>
    <message>
        <source>movebreak is running but does not answer (stopped or busy). `kill -CONT` it, or end it and start it again.</source>
        <translation>movebreak tourne mais ne répond pas (arrêté ou occupé). Relancez-le avec `kill -CONT`, ou arrêtez-le et redémarrez-le.</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>commande inconnue %1</translation>
    </message>
</context>
<context>
    <name>Routine</name>
    <message>
        <source>%1 &amp; %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1, %2 &amp; more</source>
        <translation>%1, %2 et plus</translation>
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
        <translation>Juste une minute cette fois</translation>
    </message>
    <message>
        <source>Just one minute: you have been sitting for %1</source>
        <translation>Juste une minute : vous n’avez pas bougé depuis %1</translation>
    </message>
    <message>
        <source>Just one minute: you have been sitting for at least %1</source>
        <translation>Juste une minute : vous n’avez pas bougé depuis au moins %1</translation>
    </message>
    <message numerus="yes">
        <source>Move freely, %n min</source>
        <translation>
            <numerusform>Bougez librement, %n min</numerusform>
            <numerusform>Bougez librement, %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>%1 and %2 overlap</source>
        <translation>%1 et %2 se chevauchent</translation>
    </message>
    <message numerus="yes">
        <source>%n events count as blocks in the tested period.</source>
        <translation>
            <numerusform>%n événement compte comme bloc sur la période testée.</numerusform>
            <numerusform>%n événements comptent comme blocs sur la période testée.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add block</source>
        <translation>&amp;Ajouter un bloc</translation>
    </message>
    <message>
        <source>&amp;Friday</source>
        <translation>&amp;Vendredi</translation>
    </message>
    <message>
        <source>&amp;Monday</source>
        <translation>Lu&amp;ndi</translation>
    </message>
    <message>
        <source>&amp;Wednesday</source>
        <translation>&amp;Mercredi</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a range; write HH:MM-HH:MM, e.g. 09:00-17:30</source>
        <translation>« %1 » n’est pas une plage ; écrivez HH:MM-HH:MM, p. ex. 09:00-17:30</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: end must be after start</source>
        <translation>« %1 » : la fin doit être après le début</translation>
    </message>
    <message>
        <source>Add UR&amp;L</source>
        <translation>Ajouter une UR&amp;L</translation>
    </message>
    <message>
        <source>Add a calendar file</source>
        <translation>Ajouter un fichier de calendrier</translation>
    </message>
    <message>
        <source>Add f&amp;ile…</source>
        <translation>Ajouter un f&amp;ichier…</translation>
    </message>
    <message>
        <source>Block %1: %2</source>
        <translation>Bloc %1 : %2</translation>
    </message>
    <message>
        <source>Calendar %1: %2</source>
        <translation>Calendrier %1 : %2</translation>
    </message>
    <message>
        <source>Calendar sources</source>
        <translation>Sources de calendrier</translation>
    </message>
    <message>
        <source>Calendars (their busy events are blocks too)</source>
        <translation>Calendriers (leurs événements occupés sont aussi des blocs)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Deep-work blocks</source>
        <translation>Blocs de travail concentré</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>Du&amp;pliquer</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Leave &apos;Only events containing&apos; empty to count every busy event; or list words (summary or category), e.g. Focus, Deep work.</source>
        <translation>Laissez « Seulement les événements contenant » vide pour compter tout événement occupé, ou indiquez des mots (titre ou catégorie), p. ex. Focus, Travail concentré.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Only events containing</source>
        <translation>Seulement les événements contenant</translation>
    </message>
    <message>
        <source>Plan preview: today and tomorrow</source>
        <translation>Aperçu du planning : aujourd’hui et demain</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>Remove &amp;calendar</source>
        <translation>Supprimer le &amp;calendrier</translation>
    </message>
    <message>
        <source>Sa&amp;turday</source>
        <translation>&amp;Samedi</translation>
    </message>
    <message>
        <source>Select a calendar to test.</source>
        <translation>Sélectionnez un calendrier à tester.</translation>
    </message>
    <message>
        <source>Several ranges are separated by commas: 09:00-12:30, 13:30-17:30</source>
        <translation>Séparez plusieurs plages par des virgules : 09:00-12:30, 13:30-17:30</translation>
    </message>
    <message>
        <source>Source (file or URL)</source>
        <translation>Source (fichier ou URL)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Su&amp;nday</source>
        <translation>&amp;Dimanche</translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>T&amp;uesday</source>
        <translation>Ma&amp;rdi</translation>
    </message>
    <message>
        <source>Test failed: %1</source>
        <translation>Échec du test : %1</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Test de %1…</translation>
    </message>
    <message>
        <source>Thu&amp;rsday</source>
        <translation>&amp;Jeudi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Using the cached copy, %1 old.</source>
        <translation>La copie en cache est utilisée (vieille de %1).</translation>
    </message>
    <message>
        <source>Weekly deep-work blocks (never interrupted)</source>
        <translation>Blocs hebdomadaires de travail concentré (jamais interrompus)</translation>
    </message>
    <message>
        <source>Working hours (no break is planned outside them)</source>
        <translation>Heures de travail (aucune pause en dehors)</translation>
    </message>
    <message>
        <source>Working hours, %1: %2</source>
        <translation>Heures de travail, %1 : %2</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>jour de repos</translation>
    </message>
    <message>
        <source>days &apos;%1&apos;: use weekdays such as mon-fri or mon, wed</source>
        <translation>jours « %1 » : utilisez des jours comme mon-fri ou mon, wed</translation>
    </message>
    <message>
        <source>end &apos;%1&apos;: use HH:MM</source>
        <translation>fin « %1 » : utilisez HH:MM</translation>
    </message>
    <message>
        <source>end must be after start</source>
        <translation>la fin doit être après le début</translation>
    </message>
    <message>
        <source>enter the path of an .ics file or an http(s) URL</source>
        <translation>indiquez le chemin d’un fichier .ics ou une URL http(s)</translation>
    </message>
    <message>
        <source>start &apos;%1&apos;: use HH:MM</source>
        <translation>début « %1 » : utilisez HH:MM</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>%1: %2 %3 is above the maximum; use %4 to %5 %3</source>
        <translation>%1 : %2 %3 dépasse le maximum ; utilisez %4 à %5 %3</translation>
    </message>
    <message>
        <source>%1: %2 %3 is below the minimum; use %4 to %5 %3</source>
        <translation>%1 : %2 %3 est sous le minimum ; utilisez %4 à %5 %3</translation>
    </message>
    <message>
        <source>&amp;After a block ends, wait</source>
        <translation>&amp;Après la fin d’un bloc, attendre</translation>
    </message>
    <message>
        <source>&amp;Heads-up before a break</source>
        <translation>&amp;Prévenir avant une pause</translation>
    </message>
    <message>
        <source>&amp;Longest routine</source>
        <translation>Séance la plus &amp;longue</translation>
    </message>
    <message>
        <source>Announce breaks with a desktop &amp;notification</source>
        <translation>Annoncer les pauses par une &amp;notification du bureau</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pauses</translation>
    </message>
    <message>
        <source>Count time away from the keyboard as a &amp;break</source>
        <translation>&amp;Compter le temps loin du clavier comme une pause</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Fetch &amp;URL calendars every</source>
        <translation>Récupérer les calendriers &amp;URL toutes les</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Hold breaks during a call (&amp;microphone or camera in use)</source>
        <translation>Retenir les pauses pendant un appel (&amp;micro ou caméra utilisés)</translation>
    </message>
    <message>
        <source>Hold breaks while a &amp;fullscreen window has focus</source>
        <translation>Retenir les pauses quand une fenêtre &amp;plein écran a le focus</translation>
    </message>
    <message>
        <source>Hold breaks while these &amp;programs run</source>
        <translation>Retenir les pauses quand ces pro&amp;grammes tournent</translation>
    </message>
    <message>
        <source>Longest stretch &amp;without a break</source>
        <translation>Plus longue période &amp;sans pause</translation>
    </message>
    <message>
        <source>Plan in &amp;time zone</source>
        <translation>Planifier dans le &amp;fuseau horaire</translation>
    </message>
    <message>
        <source>Play a soft &amp;chime at the start and between exercises</source>
        <translation>Jouer un léger &amp;carillon au début et entre les exercices</translation>
    </message>
    <message>
        <source>Routines to s&amp;kip a day</source>
        <translation>Séances à passer par &amp;jour</translation>
    </message>
    <message>
        <source>S&amp;nooze postpones by</source>
        <translation>&amp;Reporter décale de</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Sh&amp;ortest routine</source>
        <translation>Séance la plus c&amp;ourte</translation>
    </message>
    <message>
        <source>Skip &amp;gaps shorter than</source>
        <translation>&amp;Ignorer les créneaux de moins de</translation>
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
            <numerusform> (et %n autre)</numerusform>
            <numerusform> (et %n autres)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems in your config file. Those values use their defaults until you fix them here or in the file (saving replaces them; the old file is kept as .bak):</source>
        <translation>
            <numerusform>%n problème dans votre fichier de configuration. Ces valeurs utilisent leur défaut jusqu’à ce que vous les corrigiez ici ou dans le fichier (l’enregistrement les remplace ; l’ancien fichier est gardé en .bak) :</numerusform>
            <numerusform>%n problèmes dans votre fichier de configuration. Ces valeurs utilisent leur défaut jusqu’à ce que vous les corrigiez ici ou dans le fichier (l’enregistrement les remplace ; l’ancien fichier est gardé en .bak) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown keys or sections in your config file: kept there, and ignored (a typo, or written by a newer movebreak?):</source>
        <translation>
            <numerusform>%n clé ou section inconnue dans votre fichier de configuration : conservée et ignorée (une faute de frappe, ou écrite par un movebreak plus récent ?) :</numerusform>
            <numerusform>%n clés ou sections inconnues dans votre fichier de configuration : conservées et ignorées (une faute de frappe, ou écrites par un movebreak plus récent ?) :</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Discard them, or keep editing?</source>
        <translation>Les abandonner, ou continuer à modifier ?</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer à modifier</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save a fresh file</source>
        <translation>Enregistrer dans un nouveau fichier</translation>
    </message>
    <message>
        <source>Save your changes to the settings?</source>
        <translation>Enregistrer vos modifications des réglages ?</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Saved, but starting at login could not be changed:</source>
        <translation>Enregistré, mais le lancement à l’ouverture de session n’a pas pu être modifié :</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des réglages</translation>
    </message>
    <message>
        <source>They go to %1.</source>
        <translation>Elles vont dans %1.</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Réglages non enregistrés</translation>
    </message>
    <message>
        <source>Write your settings to a new file; the old one is kept as .bak</source>
        <translation>Écrit vos réglages dans un nouveau fichier ; l’ancien est gardé en .bak</translation>
    </message>
    <message>
        <source>Your changes are not valid, so they cannot be saved.</source>
        <translation>Vos modifications ne sont pas valides et ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>Your settings were not saved:</source>
        <translation>Vos réglages n’ont pas été enregistrés :</translation>
    </message>
    <message>
        <source>could not be written: %1</source>
        <translation>impossible d’écrire : %1</translation>
    </message>
    <message>
        <source>movebreak settings</source>
        <translation>Réglages de movebreak</translation>
    </message>
    <message>
        <source>start at login</source>
        <translation>lancement à l’ouverture de session</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (run movebreak check-config)</source>
        <translation>
            <numerusform>… et %n autre (lancez movebreak check-config)</numerusform>
            <numerusform>… et %n autres (lancez movebreak check-config)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>A break is held (%1); trying again at %2</source>
        <translation>Une pause est retenue (%1) ; nouvel essai à %2</translation>
    </message>
    <message>
        <source>A break is on screen now</source>
        <translation>Une pause est à l’écran</translation>
    </message>
    <message>
        <source>Away from the keyboard since %1</source>
        <translation>Loin du clavier depuis %1</translation>
    </message>
    <message>
        <source>Focus until %1</source>
        <translation>Concentration jusqu’à %1</translation>
    </message>
    <message>
        <source>Last moved %1 ago</source>
        <translation>Dernier mouvement il y a %1</translation>
    </message>
    <message>
        <source>Last moved %1 ago, at %2</source>
        <translation>Dernier mouvement il y a %1, à %2</translation>
    </message>
    <message>
        <source>Last moved over %1 ago</source>
        <translation>Dernier mouvement il y a plus de %1</translation>
    </message>
    <message>
        <source>Next break: %1</source>
        <translation>Prochaine pause : %1</translation>
    </message>
    <message>
        <source>Next break: none (%1)</source>
        <translation>Prochaine pause : aucune (%1)</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>En pause jusqu’à %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Focus now</source>
        <translation>&amp;Concentration</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Resume breaks</source>
        <translation>&amp;Reprendre les pauses</translation>
    </message>
    <message>
        <source>&amp;Start a break now</source>
        <translation>&amp;Commencer une pause</translation>
    </message>
    <message>
        <source>Next break: %1</source>
        <translation>Prochaine pause : %1</translation>
    </message>
    <message>
        <source>Next break: —</source>
        <translation>Prochaine pause : —</translation>
    </message>
    <message>
        <source>No break planned (%1)</source>
        <translation>Aucune pause prévue (%1)</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>En pause jusqu’à %1</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <source>Show the &amp;break</source>
        <translation>Afficher la &amp;pause</translation>
    </message>
    <message>
        <source>Until the current block ends</source>
        <translation>Jusqu’à la fin du bloc en cours</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Jusqu’à demain</translation>
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
        <translation>ven.</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;Afternoons, 14:00–16:00, Monday to Thursday</source>
        <translation>&amp;Après-midi, 14:00–16:00, du lundi au jeudi</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>T&amp;erminer</translation>
    </message>
    <message>
        <source>&amp;Import a calendar…</source>
        <translation>&amp;Importer un calendrier…</translation>
    </message>
    <message>
        <source>&amp;Mornings, 09:00–11:00, Monday to Friday</source>
        <translation>&amp;Matins, 09:00–11:00, du lundi au vendredi</translation>
    </message>
    <message>
        <source>Calendar: </source>
        <translation>Calendrier : </translation>
    </message>
    <message>
        <source>I &amp;work from</source>
        <translation>Je &amp;travaille de</translation>
    </message>
    <message>
        <source>Import a calendar</source>
        <translation>Importer un calendrier</translation>
    </message>
    <message>
        <source>The end of the working day must be after its start.</source>
        <translation>La fin de la journée de travail doit être après son début.</translation>
    </message>
    <message>
        <source>Tick at least one working day.</source>
        <translation>Cochez au moins un jour travaillé.</translation>
    </message>
    <message>
        <source>Tick what fits; breaks will never land inside these blocks.</source>
        <translation>Cochez ce qui convient ; aucune pause ne tombera dans ces blocs.</translation>
    </message>
    <message>
        <source>W&amp;ednesday mornings, 09:00–12:30 (a no-meeting half day)</source>
        <translation>Mercredi mati&amp;n, 09:00–12:30 (une demi-journée sans réunion)</translation>
    </message>
    <message>
        <source>Welcome to movebreak</source>
        <translation>Bienvenue dans movebreak</translation>
    </message>
    <message>
        <source>When do you do deep work?</source>
        <translation>Quand faites-vous du travail concentré ?</translation>
    </message>
    <message>
        <source>You can change all of this, and more, in the settings later. Closing this window keeps the defaults.</source>
        <translation>Vous pourrez tout modifier, et plus encore, dans les réglages. Fermer cette fenêtre garde les valeurs par défaut.</translation>
    </message>
    <message>
        <source>Your working hours</source>
        <translation>Vos heures de travail</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>Fichiers iCalendar (*.ics);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>movebreak plans short, illustrated stretching breaks into the gaps between your deep-work blocks, and never interrupts them.</source>
        <translation>movebreak prévoit de courtes pauses d’étirement illustrées dans les créneaux entre vos blocs de travail concentré, et ne les interrompt jamais.</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;à</translation>
    </message>
</context>
</TS>
