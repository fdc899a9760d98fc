<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>App</name>
    <message numerus="yes">
        <source>%n exercise file problems; those exercises were skipped. First: %1</source>
        <translation>
            <numerusform>%n problema em um arquivo de exercícios; esses exercícios foram pulados. O primeiro: %1</numerusform>
            <numerusform>%n problemas em arquivos de exercícios; esses exercícios foram pulados. O primeiro: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>History is unavailable: the data folder is not writable.</source>
        <translation>O histórico não está disponível: a pasta de dados não permite gravação.</translation>
    </message>
    <message>
        <source>No system tray was found, so movebreak runs without an icon. Breaks still appear. Use `movebreak status`, `movebreak break-now`, `movebreak pause 30m`, `movebreak show settings`, `movebreak show history` and `movebreak quit`.</source>
        <translation>Nenhuma bandeja do sistema encontrada, então o movebreak roda sem ícone. As pausas continuam aparecendo. Use `movebreak status`, `movebreak break-now`, `movebreak pause 30m`, `movebreak show settings`, `movebreak show history` e `movebreak quit`.</translation>
    </message>
    <message>
        <source>Not saved: config.toml has problems; fix them first (movebreak check-config).</source>
        <translation>Não salvo: o config.toml tem problemas; corrija-os primeiro (movebreak check-config).</translation>
    </message>
    <message>
        <source>The data folder %1 is not writable (%2). Breaks still appear, but nothing is logged. Fix its permissions or set MOVEBREAK_DATA_DIR.</source>
        <translation>Não é possível gravar na pasta de dados %1 (%2). As pausas continuam aparecendo, mas nada é registrado. Corrija as permissões dela ou defina MOVEBREAK_DATA_DIR.</translation>
    </message>
    <message>
        <source>The settings window is not available yet. Edit %1 (every key is in docs/config.md); `movebreak check-config` validates it.</source>
        <translation>A janela de configurações ainda não está disponível. Edite %1 (cada chave está em docs/config.md); `movebreak check-config` o valida.</translation>
    </message>
    <message>
        <source>Your choice was not saved: %1</source>
        <translation>Sua escolha não foi salva: %1</translation>
    </message>
    <message>
        <source>Your config file cannot be read; movebreak runs on its defaults. The file was not changed.</source>
        <translation>Não foi possível ler seu arquivo de configuração; o movebreak usa os padrões. O arquivo não foi alterado.</translation>
    </message>
    <message numerus="yes">
        <source>Your config has %n unknown keys or sections; movebreak ignores them. The file was not changed.</source>
        <translation>
            <numerusform>Sua configuração tem %n chave ou seção desconhecida; o movebreak a ignora. O arquivo não foi alterado.</numerusform>
            <numerusform>Sua configuração tem %n chaves ou seções desconhecidas; o movebreak as ignora. O arquivo não foi alterado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your config has problems; movebreak runs on defaults for the wrong values and ignores the unknown keys. The file was not changed.</source>
        <translation>Sua configuração tem problemas; o movebreak usa os padrões no lugar dos valores errados e ignora as chaves desconhecidas. O arquivo não foi alterado.</translation>
    </message>
    <message>
        <source>Your config has problems; movebreak runs on defaults for those keys. The file was not changed.</source>
        <translation>Sua configuração tem problemas; o movebreak usa os padrões para essas chaves. O arquivo não foi alterado.</translation>
    </message>
    <message>
        <source>cannot open the control socket %1: %2. This instance runs, but `movebreak status`, `pause` and the others cannot reach it.</source>
        <translation>não é possível abrir o socket de controle %1: %2. O movebreak está rodando, mas `movebreak status`, `pause` e os outros não conseguem alcançá-lo.</translation>
    </message>
    <message>
        <source>movebreak: calendar problem</source>
        <translation>movebreak: problema no calendário</translation>
    </message>
    <message>
        <source>no desktop session: WAYLAND_DISPLAY names %1, which does not exist (the compositor ended, or XDG_RUNTIME_DIR is not the session&apos;s), and DISPLAY is not set.</source>
        <translation>nenhuma sessão de desktop: WAYLAND_DISPLAY indica %1, que não existe (o compositor foi encerrado, ou XDG_RUNTIME_DIR não é o da sessão), e DISPLAY não está definido.</translation>
    </message>
    <message>
        <source>no desktop session: neither WAYLAND_DISPLAY nor DISPLAY is set. movebreak is a tray app and needs a graphical session; start it from your desktop (or its autostart). Over SSH, `movebreak status`, `plan` and `history` work without one.</source>
        <translation>nenhuma sessão de desktop: nem WAYLAND_DISPLAY nem DISPLAY estão definidos. O movebreak fica na bandeja do sistema e precisa de uma sessão gráfica; inicie-o pelo seu desktop (ou pela inicialização automática). Via SSH, `movebreak status`, `plan` e `history` funcionam sem ela.</translation>
    </message>
    <message>
        <source>skipped exercise: %1</source>
        <translation>exercício ignorado: %1</translation>
    </message>
</context>
<context>
    <name>BodyArea</name>
    <message>
        <source>eyes</source>
        <translation>olhos</translation>
    </message>
    <message>
        <source>hips</source>
        <translation>quadris</translation>
    </message>
    <message>
        <source>legs</source>
        <translation>pernas</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>lombar</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>pescoço</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>ombros</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>parte superior das costas</translation>
    </message>
    <message>
        <source>wrists &amp; hands</source>
        <translation>punhos e mãos</translation>
    </message>
</context>
<context>
    <name>BreaksPage</name>
    <message>
        <source>A break is planned in each free gap of your working hours, never inside a block. Its length fits the gap, between the shortest and longest routine.</source>
        <translation>Uma pausa é planejada em cada intervalo livre do seu horário de trabalho, nunca dentro de um bloco. A duração se ajusta ao intervalo, entre a rotina mais curta e a mais longa.</translation>
    </message>
    <message>
        <source>Breaks: longest routine %1</source>
        <translation>Pausas: rotina mais longa %1</translation>
    </message>
    <message>
        <source>How breaks are announced</source>
        <translation>Como as pausas são anunciadas</translation>
    </message>
    <message>
        <source>Longest routine %1</source>
        <translation>Rotina mais longa %1</translation>
    </message>
    <message>
        <source>When breaks happen</source>
        <translation>Quando as pausas acontecem</translation>
    </message>
    <message numerus="yes">
        <source>must be at least the shortest routine (%n min)</source>
        <translation>
            <numerusform>deve durar pelo menos a rotina mais curta (%n min)</numerusform>
            <numerusform>deve durar pelo menos a rotina mais curta (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sem limite</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desligado</translation>
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
        <translation>Lista as pausas registradas com seus exercícios e resultados, e um resumo (taxa de conclusão, sequência, minutos em movimento). As datas são dias locais, inclusive.</translation>
    </message>
    <message>
        <source>Short mobility routines planned into the gaps between your deep-work blocks.</source>
        <translation>Rotinas curtas de mobilidade, planejadas nos intervalos entre seus blocos de trabalho focado.</translation>
    </message>
    <message>
        <source>Show the blocks (weekly rules + calendars) and the break slots planned into the gaps between them. Without --from: today, from now on.</source>
        <translation>Mostra os blocos (regras semanais + calendários) e as pausas planejadas nos intervalos entre eles. Sem --from: hoje, a partir de agora.</translation>
    </message>
    <message>
        <source>Validate a movebreak config file. Every problem is listed with its line, what is wrong and what would be valid. Unknown keys and sections are warnings with a &apos;did you mean&apos; (a newer movebreak may have written them): exit 0 unless --strict. A wrong value exits 2.</source>
        <translation>Valida um arquivo de configuração do movebreak. Cada problema é listado com a linha, o que está errado e o que seria válido. Chaves e seções desconhecidas são avisos com um “você quis dizer” (um movebreak mais novo pode tê-las escrito): sai com 0, exceto com --strict. Um valor errado sai com 2.</translation>
    </message>
    <message>
        <source>a manual deep-work block; the break comes when it ends</source>
        <translation>um bloco de trabalho focado manual; a pausa vem quando ele termina</translation>
    </message>
    <message>
        <source>add an .ics file or http(s) URL as a calendar source (repeatable)</source>
        <translation>adicionar um arquivo .ics ou URL http(s) como calendário (pode repetir)</translation>
    </message>
    <message>
        <source>first day to include (default: all)</source>
        <translation>primeiro dia incluído (padrão: todos)</translation>
    </message>
    <message>
        <source>first day to plan, whole days (default: today, from now on)</source>
        <translation>primeiro dia a planejar, dias inteiros (padrão: hoje, a partir de agora)</translation>
    </message>
    <message>
        <source>hold breaks for a while; every pause ends by itself</source>
        <translation>segurar as pausas por um tempo; toda suspensão termina sozinha</translation>
    </message>
    <message>
        <source>last day to include (default: today)</source>
        <translation>último dia incluído (padrão: hoje)</translation>
    </message>
    <message>
        <source>log debug messages to stderr</source>
        <translation>escrever mensagens de depuração em stderr</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>saída legível por máquina</translation>
    </message>
    <message>
        <source>number of days to plan, 1 to %1 (default: 1)</source>
        <translation>número de dias a planejar, de 1 a %1 (padrão: 1)</translation>
    </message>
    <message>
        <source>open a window of the running app</source>
        <translation>abrir uma janela do app em execução</translation>
    </message>
    <message>
        <source>plan in this IANA zone (default: the config&apos;s, else the system&apos;s)</source>
        <translation>planejar neste fuso IANA (padrão: o da configuração, senão o do sistema)</translation>
    </message>
    <message>
        <source>quit the running app</source>
        <translation>encerrar o app em execução</translation>
    </message>
    <message>
        <source>show the breaks you took and the exercises you did</source>
        <translation>mostrar as pausas que você fez e os exercícios</translation>
    </message>
    <message>
        <source>show the deep-work blocks and the breaks planned between them</source>
        <translation>mostrar os blocos de trabalho focado e as pausas planejadas entre eles</translation>
    </message>
    <message>
        <source>show the next break and any pause</source>
        <translation>mostrar a próxima pausa e qualquer suspensão</translation>
    </message>
    <message>
        <source>start a break now in the running app</source>
        <translation>começar uma pausa agora no app em execução</translation>
    </message>
    <message>
        <source>table for people (default), csv for spreadsheets, json for scripts</source>
        <translation>table para pessoas (padrão), csv para planilhas, json para scripts</translation>
    </message>
    <message>
        <source>table for people (default), json for scripts</source>
        <translation>table para pessoas (padrão), json para scripts</translation>
    </message>
    <message>
        <source>the config file to check (default: --config, or the user&apos;s config file)</source>
        <translation>o arquivo de configuração a verificar (padrão: --config, ou o seu)</translation>
    </message>
    <message>
        <source>treat warnings (unknown keys and sections) as errors: exit 2</source>
        <translation>tratar avisos (chaves e seções desconhecidas) como erros: sai com 2</translation>
    </message>
    <message>
        <source>use this config file instead of the user&apos;s</source>
        <translation>usar este arquivo de configuração em vez do seu</translation>
    </message>
    <message>
        <source>validate a config file and report every problem (exit 0 if usable, 2 if not)</source>
        <translation>validar um arquivo de configuração e relatar cada problema (sai com 0 se utilizável, senão 2)</translation>
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
        <translation>%1 ocorre %2 vezes nos dias planejados, mais de %3; ignorado</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: arquivo não encontrado</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: não é um arquivo comum</translation>
    </message>
    <message>
        <source>%1; event skipped</source>
        <translation>%1; evento ignorado</translation>
    </message>
    <message>
        <source>%1; ignored</source>
        <translation>%1; ignorado</translation>
    </message>
    <message>
        <source>%1; using the cached copy, %2 old</source>
        <translation>%1; usando a cópia salva (de %2 atrás)</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sem título)</translation>
    </message>
    <message>
        <source>DTEND at or after DTSTART</source>
        <translation>DTEND igual ou posterior a DTSTART</translation>
    </message>
    <message>
        <source>END:%1 without its BEGIN</source>
        <translation>END:%1 sem o BEGIN correspondente</translation>
    </message>
    <message>
        <source>RRULE INTERVAL=%1 is not a valid interval</source>
        <translation>RRULE INTERVAL=%1 não é um intervalo válido</translation>
    </message>
    <message>
        <source>RRULE has no valid FREQ (%1)</source>
        <translation>RRULE não tem um FREQ válido (%1)</translation>
    </message>
    <message>
        <source>X-WR-TIMEZONE %1 is not a time zone; ignored</source>
        <translation>X-WR-TIMEZONE %1 não é um fuso horário; ignorado</translation>
    </message>
    <message>
        <source>a DURATION such as PT30M</source>
        <translation>uma DURATION como PT30M</translation>
    </message>
    <message>
        <source>a URL that serves the .ics file</source>
        <translation>uma URL que forneça o arquivo .ics</translation>
    </message>
    <message>
        <source>a calendar that expands within the limits in docs/limits.md</source>
        <translation>um calendário que se expanda dentro dos limites de docs/limits.md</translation>
    </message>
    <message>
        <source>a calendar under the size limit</source>
        <translation>um calendário abaixo do limite de tamanho</translation>
    </message>
    <message>
        <source>a path to an .ics file, a file:// URL, or an http(s):// URL</source>
        <translation>um caminho para um arquivo .ics, uma URL file:// ou uma URL http(s)://</translation>
    </message>
    <message>
        <source>a positive DURATION such as PT30M</source>
        <translation>uma DURATION positiva como PT30M</translation>
    </message>
    <message>
        <source>a recurrence at most every 15 minutes, starting after 1900</source>
        <translation>uma repetição no máximo a cada 15 minutos, começando depois de 1900</translation>
    </message>
    <message>
        <source>a valid RRULE/RDATE/EXDATE</source>
        <translation>um RRULE/RDATE/EXDATE válido</translation>
    </message>
    <message>
        <source>a value as RFC 5545 defines it</source>
        <translation>um valor como o RFC 5545 o define</translation>
    </message>
    <message>
        <source>an IANA zone such as &apos;Europe/Berlin&apos;</source>
        <translation>um fuso IANA como &apos;Europe/Berlin&apos;</translation>
    </message>
    <message>
        <source>an IANA zone such as &apos;Europe/Berlin&apos;, or a VTIMEZONE in the file</source>
        <translation>um fuso IANA como &apos;Europe/Berlin&apos;, ou um VTIMEZONE no arquivo</translation>
    </message>
    <message>
        <source>an event with DTSTART</source>
        <translation>um evento com DTSTART</translation>
    </message>
    <message>
        <source>an iCalendar (.ics) file: BEGIN:VCALENDAR ... END:VCALENDAR</source>
        <translation>um arquivo iCalendar (.ics): BEGIN:VCALENDAR ... END:VCALENDAR</translation>
    </message>
    <message>
        <source>an iCalendar file with at least one valid VEVENT</source>
        <translation>um arquivo iCalendar com pelo menos um VEVENT válido</translation>
    </message>
    <message>
        <source>cannot be expanded: %1</source>
        <translation>não pode ser expandido: %1</translation>
    </message>
    <message>
        <source>cannot be reached: %1</source>
        <translation>não pode ser acessado: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>não pode ser lido: %1</translation>
    </message>
    <message>
        <source>could not be fetched</source>
        <translation>não pôde ser baixado</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>não pôde ser lido</translation>
    </message>
    <message>
        <source>could not be read (the reader ended with code %1: %2)</source>
        <translation>não pôde ser lido (o leitor terminou com o código %1: %2)</translation>
    </message>
    <message>
        <source>could not be read (the reader&apos;s answer was garbled)</source>
        <translation>não pôde ser lido (a resposta do leitor veio corrompida)</translation>
    </message>
    <message>
        <source>could not start the calendar reader: %1</source>
        <translation>não foi possível iniciar o leitor de calendário: %1</translation>
    </message>
    <message>
        <source>does not start with BEGIN:VCALENDAR</source>
        <translation>não começa com BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>ends before it starts; counted as busy with start and end swapped</source>
        <translation>termina antes de começar; contado como ocupado com início e fim trocados</translation>
    </message>
    <message>
        <source>every %1 minutes</source>
        <translation>a cada %1 minutos</translation>
    </message>
    <message>
        <source>every %1 seconds</source>
        <translation>a cada %1 segundos</translation>
    </message>
    <message>
        <source>every minute</source>
        <translation>a cada minuto</translation>
    </message>
    <message>
        <source>every second</source>
        <translation>a cada segundo</translation>
    </message>
    <message>
        <source>has %1 more than once</source>
        <translation>tem %1 mais de uma vez</translation>
    </message>
    <message>
        <source>has a negative duration</source>
        <translation>tem uma duração negativa</translation>
    </message>
    <message>
        <source>has no DTSTART</source>
        <translation>não tem DTSTART</translation>
    </message>
    <message>
        <source>invalid %1: %2</source>
        <translation>%1 inválido: %2</translation>
    </message>
    <message>
        <source>is %1 MB, more than the %2 MB limit</source>
        <translation>tem %1 MB, mais que o limite de %2 MB</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vazio</translation>
    </message>
    <message>
        <source>is more than the %1 MB limit</source>
        <translation>passa do limite de %1 MB</translation>
    </message>
    <message>
        <source>is not a valid URL: %1</source>
        <translation>não é uma URL válida: %1</translation>
    </message>
    <message>
        <source>is not valid iCalendar: %1</source>
        <translation>não é um iCalendar válido: %1</translation>
    </message>
    <message>
        <source>lasts longer than %1 days</source>
        <translation>dura mais de %1 dias</translation>
    </message>
    <message>
        <source>needs more than %1 MB of memory to read</source>
        <translation>precisa de mais de %1 MB de memória para ser lido</translation>
    </message>
    <message>
        <source>needs more than %1 s of processor time to read</source>
        <translation>precisa de mais de %1 s de processador para ser lido</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>nenhuma resposta completa em %1 s</translation>
    </message>
    <message>
        <source>no event in this calendar can be used</source>
        <translation>nenhum evento deste calendário pode ser usado</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>arquivo não encontrado</translation>
    </message>
    <message>
        <source>not an iCalendar line: %1</source>
        <translation>não é uma linha iCalendar: %1</translation>
    </message>
    <message>
        <source>not fetched yet and no cached copy</source>
        <translation>ainda não baixado e sem cópia salva</translation>
    </message>
    <message>
        <source>not read: movebreak is quitting</source>
        <translation>não lido: o movebreak está fechando</translation>
    </message>
    <message>
        <source>not read: the calendars before it took the %1 s that reading calendars may take</source>
        <translation>não lido: os calendários anteriores usaram os %1 s que a leitura de calendários pode levar</translation>
    </message>
    <message>
        <source>occurs %1; ignored</source>
        <translation>ocorre %1; ignorado</translation>
    </message>
    <message>
        <source>one %1 per event</source>
        <translation>um %1 por evento</translation>
    </message>
    <message>
        <source>repeats from %1: expanding it would take about %2 steps, more than %3; ignored</source>
        <translation>repete desde %1: expandi-lo levaria cerca de %2 passos, mais de %3; ignorado</translation>
    </message>
    <message>
        <source>the file ends at line %1 inside BEGIN:%2 (truncated?)</source>
        <translation>o arquivo termina na linha %1 dentro de BEGIN:%2 (truncado?)</translation>
    </message>
    <message>
        <source>the recurring events before it already use this calendar&apos;s budget of %1 expansion steps; ignored</source>
        <translation>os eventos recorrentes anteriores já usam o limite de %1 passos deste calendário; ignorado</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation>o servidor respondeu HTTP %1 %2</translation>
    </message>
    <message>
        <source>the server redirected to %1, which is not an http(s) URL</source>
        <translation>o servidor redirecionou para %1, que não é uma URL http(s)</translation>
    </message>
    <message>
        <source>took longer than %1 s to read; skipped</source>
        <translation>levou mais de %1 s para ser lido; ignorado</translation>
    </message>
    <message>
        <source>took longer than the %1 s that reading calendars may take; skipped</source>
        <translation>levou mais que os %1 s que a leitura de calendários pode levar; ignorado</translation>
    </message>
    <message>
        <source>unknown time zone %1</source>
        <translation>fuso horário desconhecido %1</translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1:&apos;</source>
        <translation>esquema não suportado &apos;%1:&apos;</translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1:&apos; (use https:// instead of webcal://)</source>
        <translation>esquema não suportado &apos;%1:&apos; (use https:// em vez de webcal://)</translation>
    </message>
    <message>
        <source>using the cached copy, %1 old</source>
        <translation>usando a cópia salva (de %1 atrás)</translation>
    </message>
    <message>
        <source>wait for the next refresh</source>
        <translation>aguarde a próxima atualização</translation>
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
        <translation>%1 em %2</translation>
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
        <translation>OK com %1: %2</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message>
        <source>OK: %1 (does not exist; the defaults are used)</source>
        <translation>OK: %1 (não existe; os padrões são usados)</translation>
    </message>
    <message>
        <source>is a directory, not a config file</source>
        <translation>é uma pasta, não um arquivo de configuração</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>arquivo não encontrado</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 days</source>
        <translation>%1 dias</translation>
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
        <translation>Só um puxão leve. Pare se sentir formigamento ou dormência.</translation>
    </message>
    <message>
        <source>After a few circles, change direction, then blink.</source>
        <translation>Depois de alguns círculos, mude de direção e pisque.</translation>
    </message>
    <message>
        <source>After a few circles, change direction.</source>
        <translation>Depois de alguns círculos, mude de direção.</translation>
    </message>
    <message>
        <source>After a few circles, reverse the direction.</source>
        <translation>Depois de alguns círculos, inverta a direção.</translation>
    </message>
    <message>
        <source>Ankle circles</source>
        <translation>Círculos com os tornozelos</translation>
    </message>
    <message>
        <source>Bend forward slowly and let your arms hang.</source>
        <translation>Incline-se devagar à frente e deixe os braços pendurados.</translation>
    </message>
    <message>
        <source>Bend one knee and hold that ankle behind you.</source>
        <translation>Dobre um joelho e segure o tornozelo atrás de você.</translation>
    </message>
    <message>
        <source>Bend sideways over your hip, without leaning forward.</source>
        <translation>Incline-se para o lado sobre o quadril, sem ir para a frente.</translation>
    </message>
    <message>
        <source>Bend the front knee and lean into the wall until the back calf stretches.</source>
        <translation>Dobre o joelho da frente e incline-se para a parede até alongar a panturrilha de trás.</translation>
    </message>
    <message>
        <source>Bend your elbows to lower your chest, then push back up.</source>
        <translation>Dobre os cotovelos para baixar o peito e empurre de volta.</translation>
    </message>
    <message>
        <source>Bend your front knee and tuck your pelvis under.</source>
        <translation>Dobre o joelho da frente e encaixe a pelve.</translation>
    </message>
    <message>
        <source>Breathe in: lift your chest and arch your back.</source>
        <translation>Inspire: levante o peito e arqueie as costas.</translation>
    </message>
    <message>
        <source>Breathe out: round your back and drop your chin.</source>
        <translation>Expire: arredonde as costas e abaixe o queixo.</translation>
    </message>
    <message>
        <source>Breathe out; roll back up one vertebra at a time.</source>
        <translation>Solte o ar; suba uma vértebra de cada vez.</translation>
    </message>
    <message>
        <source>Breathe slowly and enjoy the dark.</source>
        <translation>Respire devagar e aproveite o escuro.</translation>
    </message>
    <message>
        <source>Bring one arm straight across your chest.</source>
        <translation>Leve um braço esticado à frente do peito.</translation>
    </message>
    <message>
        <source>Calf raises</source>
        <translation>Elevação dos calcanhares</translation>
    </message>
    <message>
        <source>Calf stretch at the wall</source>
        <translation>Alongamento da panturrilha na parede</translation>
    </message>
    <message>
        <source>Chest opener</source>
        <translation>Abertura do peito</translation>
    </message>
    <message>
        <source>Chin to chest</source>
        <translation>Queixo ao peito</translation>
    </message>
    <message>
        <source>Chin tuck</source>
        <translation>Recolher o queixo</translation>
    </message>
    <message>
        <source>Circle your wrists slowly in one direction.</source>
        <translation>Gire os punhos devagar numa direção.</translation>
    </message>
    <message>
        <source>Clasp your hands and reach your arms forward.</source>
        <translation>Entrelace as mãos e estique os braços à frente.</translation>
    </message>
    <message>
        <source>Close your eyes and cup your palms over them, without pressing.</source>
        <translation>Feche os olhos e cubra-os com as palmas em concha, sem apertar.</translation>
    </message>
    <message>
        <source>Come back up slowly.</source>
        <translation>Volte devagar.</translation>
    </message>
    <message>
        <source>Cross-body shoulder stretch</source>
        <translation>Alongamento cruzado do ombro</translation>
    </message>
    <message>
        <source>Desk push-ups</source>
        <translation>Flexões na mesa</translation>
    </message>
    <message>
        <source>Do not press on your eyes.</source>
        <translation>Não aperte os olhos.</translation>
    </message>
    <message>
        <source>Draw slow circles with your toes.</source>
        <translation>Desenhe círculos lentos com os dedos do pé.</translation>
    </message>
    <message>
        <source>Draw the knee up towards your chest.</source>
        <translation>Puxe o joelho em direção ao peito.</translation>
    </message>
    <message>
        <source>Draw your elbows back and squeeze your shoulder blades together.</source>
        <translation>Leve os cotovelos para trás e aperte as escápulas.</translation>
    </message>
    <message>
        <source>Ease the elbow back gently and breathe.</source>
        <translation>Leve o cotovelo para trás com suavidade e respire.</translation>
    </message>
    <message>
        <source>Eye circles</source>
        <translation>Círculos com os olhos</translation>
    </message>
    <message>
        <source>Face a wall and put both hands on it.</source>
        <translation>Fique de frente para uma parede com as duas mãos nela.</translation>
    </message>
    <message>
        <source>Feel the back of your neck lengthen; breathe.</source>
        <translation>Sinta a nuca se alongar; respire.</translation>
    </message>
    <message>
        <source>Feel your shoulder blades spread; breathe into your back.</source>
        <translation>Sinta as escápulas se afastarem; respire para as costas.</translation>
    </message>
    <message>
        <source>Find something at least 6 metres (20 feet) away.</source>
        <translation>Encontre algo a pelo menos 6 metros de distância.</translation>
    </message>
    <message>
        <source>Fist and spread</source>
        <translation>Punho e abrir</translation>
    </message>
    <message>
        <source>Focus on your thumb for a breath.</source>
        <translation>Foque no polegar durante uma respiração.</translation>
    </message>
    <message>
        <source>Gently draw it closer and keep your shoulder down.</source>
        <translation>Puxe com suavidade e mantenha o ombro baixo.</translation>
    </message>
    <message>
        <source>Glide your head straight back, making a double chin.</source>
        <translation>Leve a cabeça reto para trás, fazendo um queixo duplo.</translation>
    </message>
    <message>
        <source>Hold a desk or chair for balance. Keep the front knee over the ankle.</source>
        <translation>Apoie-se numa mesa ou cadeira. Mantenha o joelho da frente sobre o tornozelo.</translation>
    </message>
    <message>
        <source>Hold and breathe, keeping your back tall.</source>
        <translation>Segure e respire, mantendo as costas eretas.</translation>
    </message>
    <message>
        <source>Hold for a breath, then relax forward again.</source>
        <translation>Segure por uma respiração e relaxe para a frente.</translation>
    </message>
    <message>
        <source>Hold for a breath, then release.</source>
        <translation>Segure por uma respiração e solte.</translation>
    </message>
    <message>
        <source>Hold for a moment, then let them drop.</source>
        <translation>Segure um instante e deixe-os cair.</translation>
    </message>
    <message>
        <source>Hold it above the elbow with your other hand.</source>
        <translation>Segure-o acima do cotovelo com a outra mão.</translation>
    </message>
    <message>
        <source>Hold on for balance. Stop if your knee hurts.</source>
        <translation>Segure-se para ter equilíbrio. Pare se o joelho doer.</translation>
    </message>
    <message>
        <source>Hold one arm straight out in front, palm down.</source>
        <translation>Estique um braço à frente, palma para baixo.</translation>
    </message>
    <message>
        <source>Hold one arm straight out in front, palm facing away, fingers up.</source>
        <translation>Estique um braço à frente, palma para fora, dedos para cima.</translation>
    </message>
    <message>
        <source>Hold until you feel the back of the forearm stretch.</source>
        <translation>Segure até sentir alongar a parte de cima do antebraço.</translation>
    </message>
    <message>
        <source>Hold until you feel the inner forearm stretch.</source>
        <translation>Segure até sentir alongar a parte interna do antebraço.</translation>
    </message>
    <message>
        <source>Hold your thumb up at arm&apos;s length.</source>
        <translation>Levante o polegar com o braço esticado.</translation>
    </message>
    <message>
        <source>Keep it gentle and breathe; do not bounce.</source>
        <translation>Com suavidade e respirando; não balance.</translation>
    </message>
    <message>
        <source>Keep it gentle. Stop if you feel pain, tingling or dizziness.</source>
        <translation>Com suavidade. Pare se sentir dor, formigamento ou tontura.</translation>
    </message>
    <message>
        <source>Keep the back heel on the floor; stop if it hurts.</source>
        <translation>Mantenha o calcanhar de trás no chão; pare se doer.</translation>
    </message>
    <message>
        <source>Keep your back straight; do not bounce.</source>
        <translation>Mantenha as costas retas; não balance.</translation>
    </message>
    <message>
        <source>Keep your eyes level; do not tip your head up or down.</source>
        <translation>Mantenha os olhos na horizontal; não incline a cabeça para cima nem para baixo.</translation>
    </message>
    <message>
        <source>Keep your face forward and breathe slowly.</source>
        <translation>Mantenha o rosto para a frente e respire devagar.</translation>
    </message>
    <message>
        <source>Keep your head still and look up.</source>
        <translation>Mantenha a cabeça parada e olhe para cima.</translation>
    </message>
    <message>
        <source>Keep your knees side by side and push your hip forward gently.</source>
        <translation>Mantenha os joelhos lado a lado e empurre o quadril à frente com suavidade.</translation>
    </message>
    <message>
        <source>Keep your lower back neutral; do not lean back.</source>
        <translation>Mantenha a lombar neutra; não incline para trás.</translation>
    </message>
    <message>
        <source>Keep your shoulders down, away from your ears.</source>
        <translation>Mantenha os ombros baixos, longe das orelhas.</translation>
    </message>
    <message>
        <source>Keep your shoulders relaxed. Stop if you feel tingling.</source>
        <translation>Mantenha os ombros relaxados. Pare se sentir formigamento.</translation>
    </message>
    <message>
        <source>Keep your upper body tall and still.</source>
        <translation>Mantenha o tronco ereto e parado.</translation>
    </message>
    <message>
        <source>Knee to chest</source>
        <translation>Joelho ao peito</translation>
    </message>
    <message>
        <source>Lean back gently over the top of the chair and look up.</source>
        <translation>Incline-se para trás com suavidade sobre o encosto e olhe para cima.</translation>
    </message>
    <message>
        <source>Lean back gently, supporting yourself with your hands.</source>
        <translation>Incline-se para trás com suavidade, apoiando-se nas mãos.</translation>
    </message>
    <message>
        <source>Lean forward a little from your hips until you feel the stretch.</source>
        <translation>Incline-se um pouco à frente a partir do quadril até sentir o alongamento.</translation>
    </message>
    <message>
        <source>Lean forward and stand up without using your hands.</source>
        <translation>Incline-se à frente e levante-se sem usar as mãos.</translation>
    </message>
    <message>
        <source>Lean forward from your hips with a long back until you feel the stretch.</source>
        <translation>Incline-se a partir do quadril com as costas longas até sentir o alongamento.</translation>
    </message>
    <message>
        <source>Leg swings</source>
        <translation>Balanço das pernas</translation>
    </message>
    <message>
        <source>Let the hand drop and ease it towards you with your other hand.</source>
        <translation>Deixe a mão cair e puxe-a suavemente com a outra mão.</translation>
    </message>
    <message>
        <source>Let the raised knee drop out to the side.</source>
        <translation>Deixe o joelho levantado cair para o lado.</translation>
    </message>
    <message>
        <source>Let your eyes rest on it for 20 seconds.</source>
        <translation>Deixe os olhos descansarem nisso por 20 segundos.</translation>
    </message>
    <message>
        <source>Lift both shoulders towards your ears.</source>
        <translation>Levante os dois ombros em direção às orelhas.</translation>
    </message>
    <message>
        <source>Lift one knee to hip height, then lower it.</source>
        <translation>Levante um joelho até a altura do quadril e abaixe.</translation>
    </message>
    <message>
        <source>Lift your head back up slowly.</source>
        <translation>Levante a cabeça devagar.</translation>
    </message>
    <message>
        <source>Look away from your screen.</source>
        <translation>Tire os olhos da tela.</translation>
    </message>
    <message>
        <source>Look far away (20-20-20)</source>
        <translation>Olhar para longe (20-20-20)</translation>
    </message>
    <message>
        <source>Lower your hands slowly, palms still together.</source>
        <translation>Abaixe as mãos devagar, com as palmas ainda juntas.</translation>
    </message>
    <message>
        <source>Lower your heels slowly and repeat.</source>
        <translation>Desça os calcanhares devagar e repita.</translation>
    </message>
    <message>
        <source>Make a soft fist and hold for a breath.</source>
        <translation>Feche a mão sem força e segure por uma respiração.</translation>
    </message>
    <message>
        <source>Marching knee lifts</source>
        <translation>Marcha elevando os joelhos</translation>
    </message>
    <message>
        <source>Move slowly. Stop if you feel pain or tingling in your arms.</source>
        <translation>Mova-se devagar. Pare se sentir dor ou formigamento nos braços.</translation>
    </message>
    <message>
        <source>Move within a comfortable range.</source>
        <translation>Mova-se dentro de uma amplitude confortável.</translation>
    </message>
    <message>
        <source>Near and far focus</source>
        <translation>Foco perto e longe</translation>
    </message>
    <message>
        <source>Neck side tilt</source>
        <translation>Inclinação lateral do pescoço</translation>
    </message>
    <message>
        <source>Only a small bend. Stop if you feel pain or dizziness.</source>
        <translation>Só uma pequena inclinação. Pare se sentir dor ou tontura.</translation>
    </message>
    <message>
        <source>Only on a chair that does not tip. Stop if your back hurts.</source>
        <translation>Só numa cadeira que não tombe. Pare se as costas doerem.</translation>
    </message>
    <message>
        <source>Only use a desk that cannot slide or tip.</source>
        <translation>Use só uma mesa que não possa deslizar nem tombar.</translation>
    </message>
    <message>
        <source>Open your chest and look ahead; breathe.</source>
        <translation>Abra o peito e olhe para a frente; respire.</translation>
    </message>
    <message>
        <source>Open your elbows wide.</source>
        <translation>Abra bem os cotovelos.</translation>
    </message>
    <message>
        <source>Open your hands and spread your fingers wide.</source>
        <translation>Abra as mãos e afaste bem os dedos.</translation>
    </message>
    <message>
        <source>Overhead triceps stretch</source>
        <translation>Alongamento do tríceps acima da cabeça</translation>
    </message>
    <message>
        <source>Palming</source>
        <translation>Palmas sobre os olhos</translation>
    </message>
    <message>
        <source>Prayer stretch</source>
        <translation>Alongamento em prece</translation>
    </message>
    <message>
        <source>Press your palms together in front of your chest.</source>
        <translation>Pressione as palmas uma contra a outra à frente do peito.</translation>
    </message>
    <message>
        <source>Pull lightly; stop if the shoulder pinches.</source>
        <translation>Puxe de leve; pare se o ombro beliscar.</translation>
    </message>
    <message>
        <source>Pull your toes towards you, hold, then lower slowly.</source>
        <translation>Puxe os dedos em sua direção, segure e abaixe devagar.</translation>
    </message>
    <message>
        <source>Put your hands on the edge of a sturdy desk, shoulder-width apart.</source>
        <translation>Apoie as mãos na borda de uma mesa firme, na largura dos ombros.</translation>
    </message>
    <message>
        <source>Put your hands on your lower back, fingers down.</source>
        <translation>Coloque as mãos na lombar, dedos para baixo.</translation>
    </message>
    <message>
        <source>Raise both hands in front of you.</source>
        <translation>Levante as duas mãos à sua frente.</translation>
    </message>
    <message>
        <source>Raise one arm and bend the elbow so your hand drops behind your head.</source>
        <translation>Levante um braço e dobre o cotovelo para a mão cair atrás da cabeça.</translation>
    </message>
    <message>
        <source>Raise your hands in front of you, elbows relaxed.</source>
        <translation>Levante as mãos à sua frente, cotovelos relaxados.</translation>
    </message>
    <message>
        <source>Reach and round</source>
        <translation>Esticar e arredondar</translation>
    </message>
    <message>
        <source>Repeat at your own pace.</source>
        <translation>Repita no seu ritmo.</translation>
    </message>
    <message>
        <source>Repeat slowly with your breath.</source>
        <translation>Repita devagar, no ritmo da respiração.</translation>
    </message>
    <message>
        <source>Repeat slowly.</source>
        <translation>Repita devagar.</translation>
    </message>
    <message>
        <source>Rest a hand on the desk if you feel unsteady.</source>
        <translation>Apoie uma mão na mesa se sentir falta de equilíbrio.</translation>
    </message>
    <message>
        <source>Rest your other hand on that elbow.</source>
        <translation>Apoie a outra mão nesse cotovelo.</translation>
    </message>
    <message>
        <source>Return to upright slowly.</source>
        <translation>Volte devagar à posição ereta.</translation>
    </message>
    <message>
        <source>Rise onto the balls of your feet.</source>
        <translation>Suba na ponta dos pés.</translation>
    </message>
    <message>
        <source>Roll your shoulders up, back and down in slow circles.</source>
        <translation>Gire os ombros para cima, para trás e para baixo em círculos lentos.</translation>
    </message>
    <message>
        <source>Round your upper back and let your head drop.</source>
        <translation>Arredonde a parte de cima das costas e deixe a cabeça cair.</translation>
    </message>
    <message>
        <source>Rub your palms together until they feel warm.</source>
        <translation>Esfregue as palmas até ficarem quentes.</translation>
    </message>
    <message>
        <source>Seated back extension</source>
        <translation>Extensão das costas sentado</translation>
    </message>
    <message>
        <source>Seated cat–cow</source>
        <translation>Gato-vaca sentado</translation>
    </message>
    <message>
        <source>Seated figure four</source>
        <translation>Figura quatro sentado</translation>
    </message>
    <message>
        <source>Seated forward fold</source>
        <translation>Flexão à frente sentado</translation>
    </message>
    <message>
        <source>Seated hamstring stretch</source>
        <translation>Alongamento posterior da coxa sentado</translation>
    </message>
    <message>
        <source>Seated knee extension</source>
        <translation>Extensão do joelho sentado</translation>
    </message>
    <message>
        <source>Shift forward until you feel the front of the back hip stretch.</source>
        <translation>Avance até sentir alongar a frente do quadril de trás.</translation>
    </message>
    <message>
        <source>Shoulder blade squeeze</source>
        <translation>Apertar as escápulas</translation>
    </message>
    <message>
        <source>Shoulder rolls</source>
        <translation>Rotação dos ombros</translation>
    </message>
    <message>
        <source>Shoulder shrugs</source>
        <translation>Elevação dos ombros</translation>
    </message>
    <message>
        <source>Sit against the backrest and put your hands behind your head.</source>
        <translation>Encoste no encosto e coloque as mãos atrás da cabeça.</translation>
    </message>
    <message>
        <source>Sit back down slowly and with control.</source>
        <translation>Sente-se de novo devagar e com controle.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair with your hands on your knees.</source>
        <translation>Sente-se na frente da cadeira com as mãos nos joelhos.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair, feet apart.</source>
        <translation>Sente-se na frente da cadeira, pés afastados.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair, feet flat.</source>
        <translation>Sente-se na frente da cadeira, pés apoiados no chão.</translation>
    </message>
    <message>
        <source>Sit near the front of your chair.</source>
        <translation>Sente-se na frente da cadeira.</translation>
    </message>
    <message>
        <source>Sit tall and hold one knee with both hands.</source>
        <translation>Sente-se ereto e segure um joelho com as duas mãos.</translation>
    </message>
    <message>
        <source>Sit tall and hold the sides of your seat.</source>
        <translation>Sente-se ereto e segure as laterais do assento.</translation>
    </message>
    <message>
        <source>Sit tall and let your shoulders drop.</source>
        <translation>Sente-se ereto e deixe os ombros caírem.</translation>
    </message>
    <message>
        <source>Sit tall and look straight ahead.</source>
        <translation>Sente-se ereto e olhe para a frente.</translation>
    </message>
    <message>
        <source>Sit tall and rest one ankle on the opposite knee.</source>
        <translation>Sente-se ereto e apoie um tornozelo sobre o joelho oposto.</translation>
    </message>
    <message>
        <source>Sit tall and stretch one leg out, heel lifted.</source>
        <translation>Sente-se ereto e estique uma perna, calcanhar levantado.</translation>
    </message>
    <message>
        <source>Sit tall with your arms hanging loose.</source>
        <translation>Sente-se ereto com os braços soltos.</translation>
    </message>
    <message>
        <source>Sit tall with your arms relaxed.</source>
        <translation>Sente-se ereto com os braços relaxados.</translation>
    </message>
    <message>
        <source>Sit tall with your elbows bent at your sides.</source>
        <translation>Sente-se ereto com os cotovelos dobrados junto ao corpo.</translation>
    </message>
    <message>
        <source>Sit tall with your shoulders relaxed.</source>
        <translation>Sente-se ereto com os ombros relaxados.</translation>
    </message>
    <message>
        <source>Sit to stand</source>
        <translation>Sentar e levantar</translation>
    </message>
    <message>
        <source>Skip it after hip or knee surgery. Stop if your knee hurts.</source>
        <translation>Não faça após cirurgia no quadril ou no joelho. Pare se o joelho doer.</translation>
    </message>
    <message>
        <source>Skip this if you have a back problem or high blood pressure.</source>
        <translation>Não faça se tiver problema nas costas ou pressão alta.</translation>
    </message>
    <message>
        <source>Slide your other hand down the side of your leg.</source>
        <translation>Deslize a outra mão pela lateral da perna.</translation>
    </message>
    <message>
        <source>Slowly lower your chin towards your chest.</source>
        <translation>Abaixe o queixo devagar em direção ao peito.</translation>
    </message>
    <message>
        <source>Slowly roll your eyes in a wide circle.</source>
        <translation>Gire os olhos devagar num círculo amplo.</translation>
    </message>
    <message>
        <source>Small swings at first; hold on for balance.</source>
        <translation>Comece com balanços pequenos; segure-se para ter equilíbrio.</translation>
    </message>
    <message>
        <source>Stand side-on to a wall and rest a hand on it.</source>
        <translation>Fique de lado para uma parede e apoie uma mão nela.</translation>
    </message>
    <message>
        <source>Stand tall and clasp your hands behind your back.</source>
        <translation>Fique ereto e entrelace as mãos atrás das costas.</translation>
    </message>
    <message>
        <source>Stand tall and raise one arm overhead.</source>
        <translation>Fique ereto e levante um braço acima da cabeça.</translation>
    </message>
    <message>
        <source>Stand tall beside your desk.</source>
        <translation>Fique em pé, ereto, ao lado da mesa.</translation>
    </message>
    <message>
        <source>Stand tall with one hand on a wall or desk.</source>
        <translation>Fique ereto com uma mão na parede ou na mesa.</translation>
    </message>
    <message>
        <source>Stand tall, feet hip-width apart, a hand on your desk.</source>
        <translation>Fique ereto, pés na largura do quadril, uma mão na mesa.</translation>
    </message>
    <message>
        <source>Stand with your feet hip-width apart.</source>
        <translation>Fique em pé com os pés na largura do quadril.</translation>
    </message>
    <message>
        <source>Standing back bend</source>
        <translation>Extensão das costas em pé</translation>
    </message>
    <message>
        <source>Standing hip flexor stretch</source>
        <translation>Alongamento do flexor do quadril em pé</translation>
    </message>
    <message>
        <source>Standing side bend</source>
        <translation>Inclinação lateral em pé</translation>
    </message>
    <message>
        <source>Standing thigh stretch</source>
        <translation>Alongamento da coxa em pé</translation>
    </message>
    <message>
        <source>Step back until your body is a straight slope.</source>
        <translation>Afaste os pés até o corpo formar uma linha inclinada.</translation>
    </message>
    <message>
        <source>Step one foot back, heel down, leg straight.</source>
        <translation>Leve um pé para trás, calcanhar no chão, perna esticada.</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy.</source>
        <translation>Pare se sentir tontura.</translation>
    </message>
    <message>
        <source>Stop if you feel pain in the shoulder.</source>
        <translation>Pare se sentir dor no ombro.</translation>
    </message>
    <message>
        <source>Stop if you feel pain in your hip or back.</source>
        <translation>Pare se sentir dor no quadril ou nas costas.</translation>
    </message>
    <message>
        <source>Stop when you feel a mild stretch in your wrists; hold.</source>
        <translation>Pare ao sentir um leve alongamento nos punhos; segure.</translation>
    </message>
    <message>
        <source>Straighten one knee until the leg is level.</source>
        <translation>Estique um joelho até a perna ficar na horizontal.</translation>
    </message>
    <message>
        <source>Straighten one leg, heel on the floor, toes up.</source>
        <translation>Estique uma perna, calcanhar no chão, dedos para cima.</translation>
    </message>
    <message>
        <source>Straighten your arms and lift them a little away from you.</source>
        <translation>Estique os braços e afaste-os um pouco do corpo.</translation>
    </message>
    <message>
        <source>Swing one leg forward and back, loose and easy.</source>
        <translation>Balance uma perna para a frente e para trás, solta e leve.</translation>
    </message>
    <message>
        <source>Switch back and forth a few times.</source>
        <translation>Alterne algumas vezes.</translation>
    </message>
    <message>
        <source>Switch legs and keep a steady march.</source>
        <translation>Troque de perna e mantenha uma marcha constante.</translation>
    </message>
    <message>
        <source>Take a long step forward, back heel lifted.</source>
        <translation>Dê um passo longo à frente, com o calcanhar de trás levantado.</translation>
    </message>
    <message>
        <source>Then focus on something far away for a breath.</source>
        <translation>Depois foque em algo distante durante uma respiração.</translation>
    </message>
    <message>
        <source>Tilt your ear towards your shoulder.</source>
        <translation>Incline a orelha em direção ao ombro.</translation>
    </message>
    <message>
        <source>Use a chair that cannot roll away.</source>
        <translation>Use uma cadeira que não possa rolar.</translation>
    </message>
    <message>
        <source>With the other hand, ease the fingers back towards you.</source>
        <translation>Com a outra mão, puxe os dedos suavemente em sua direção.</translation>
    </message>
    <message>
        <source>Wrist circles</source>
        <translation>Círculos com os punhos</translation>
    </message>
    <message>
        <source>Wrist stretch, fingers down</source>
        <translation>Alongamento do punho, dedos para baixo</translation>
    </message>
    <message>
        <source>Wrist stretch, fingers up</source>
        <translation>Alongamento do punho, dedos para cima</translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <source>&amp;Open my exercises folder</source>
        <translation>&amp;Abrir minha pasta de exercícios</translation>
    </message>
    <message>
        <source>&amp;Play preview</source>
        <translation>&amp;Reproduzir prévia</translation>
    </message>
    <message>
        <source>A favourite (♥ in the prompt)</source>
        <translation>Um favorito (♥ na janela da pausa)</translation>
    </message>
    <message>
        <source>Body &amp;areas to include</source>
        <translation>&amp;Áreas do corpo incluídas</translation>
    </message>
    <message>
        <source>E&amp;xercises (untick one to never get it)</source>
        <translation>E&amp;xercícios (desmarque um para nunca recebê-lo)</translation>
    </message>
    <message>
        <source>Illustrations unavailable: %1</source>
        <translation>Ilustrações indisponíveis: %1</translation>
    </message>
    <message>
        <source>No exercises were found. Check the exercise files.</source>
        <translation>Nenhum exercício encontrado. Verifique os arquivos de exercícios.</translation>
    </message>
    <message>
        <source>Sto&amp;p preview</source>
        <translation>&amp;Parar prévia</translation>
    </message>
    <message>
        <source>Your own exercises are .toml files in this folder; they are loaded at the next start.</source>
        <translation>Seus próprios exercícios são arquivos .toml nesta pasta; eles são carregados na próxima inicialização.</translation>
    </message>
</context>
<context>
    <name>FigureWidget</name>
    <message>
        <source>Exercise illustration</source>
        <translation>Ilustração do exercício</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>Fitting in with the rest of the desktop</source>
        <translation>Convivendo com o resto da área de trabalho</translation>
    </message>
    <message>
        <source>General: %1</source>
        <translation>Geral: %1</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Abrir pasta de &amp;dados</translation>
    </message>
    <message>
        <source>Open s&amp;ettings folder</source>
        <translation>&amp;Abrir pasta de configurações</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Start and notifications</source>
        <translation>Inicialização e notificações</translation>
    </message>
    <message>
        <source>Start movebreak when I log &amp;in</source>
        <translation>Iniciar o movebreak ao &amp;entrar na sessão</translation>
    </message>
    <message>
        <source>Unknown time zone &apos;%1&apos;: use an IANA name such as Europe/Berlin</source>
        <translation>Fuso horário desconhecido &quot;%1&quot;: use um nome IANA como America/Sao_Paulo</translation>
    </message>
    <message>
        <source>Where your settings and data live</source>
        <translation>Onde ficam suas configurações e dados</translation>
    </message>
    <message>
        <source>e.g. zoom, obs</source>
        <translation>ex.: zoom, obs</translation>
    </message>
    <message>
        <source>empty: the system&apos;s zone</source>
        <translation>vazio: o fuso do sistema</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>%1 min moved</source>
        <translation>%1 min em movimento</translation>
    </message>
    <message>
        <source>%1 missed while asleep or off</source>
        <translation>%1 perdidas com o computador suspenso ou desligado</translation>
    </message>
    <message>
        <source>%1 of %2 due completed (%3)</source>
        <translation>%1 de %2 previstas concluídas (%3)</translation>
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
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>No breaks logged in that range.</source>
        <translation>Nenhuma pausa registrada nesse período.</translation>
    </message>
    <message>
        <source>No breaks logged yet (%1 does not exist).</source>
        <translation>Nenhuma pausa registrada ainda (%1 não existe).</translation>
    </message>
    <message>
        <source>No breaks logged yet.</source>
        <translation>Nenhuma pausa registrada ainda.</translation>
    </message>
    <message>
        <source>exercises</source>
        <translation>exercícios</translation>
    </message>
    <message>
        <source>length</source>
        <translation>duração</translation>
    </message>
    <message>
        <source>most skipped: %1</source>
        <translation>mais pulados: %1</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>streak: %1 (longest %2)</source>
        <translation>sequência: %1 (recorde %2)</translation>
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
        <translation> (mostrando as %1 mais recentes)</translation>
    </message>
    <message>
        <source>%1: none yet</source>
        <translation>%1: nenhuma ainda</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 dias</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 dias</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; min moved</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; min em movimento</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; missed while asleep or off</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; perdidas com o computador suspenso ou desligado</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 due breaks completed (&lt;b&gt;%3&lt;/b&gt;)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; de %2 pausas previstas concluídas (&lt;b&gt;%3&lt;/b&gt;)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tudo</translation>
    </message>
    <message>
        <source>All breaks</source>
        <translation>Todas as pausas</translation>
    </message>
    <message>
        <source>Body areas moved, last 7 days (minutes)</source>
        <translation>Áreas do corpo movimentadas, últimos 7 dias (minutos)</translation>
    </message>
    <message>
        <source>Breaks are not being logged: the journal is read-only.</source>
        <translation>As pausas não estão sendo registradas: o diário é somente leitura.</translation>
    </message>
    <message numerus="yes">
        <source>Breaks in the last %n days</source>
        <translation>
            <numerusform>Pausas do último dia</numerusform>
            <numerusform>Pausas dos últimos %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>Planilha CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Não foi possível exportar para %1: %2</translation>
    </message>
    <message>
        <source>Days in a row with at least one routine completed. Days with no breaks due (weekends, days off) don&apos;t break a streak.</source>
        <translation>Dias seguidos com pelo menos uma rotina concluída. Dias sem pausas previstas (fins de semana, folgas) não quebram a sequência.</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercícios</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar histórico</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n breaks to %1</source>
        <translation>
            <numerusform>%n pausa exportada para %1</numerusform>
            <numerusform>%n pausas exportadas para %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>Últimos 14 dias</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n days</source>
        <translation>
            <numerusform>Sequência: %n dia</numerusform>
            <numerusform>Sequência: %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>longest %1</source>
        <translation>recorde %1</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>most skipped: %1</source>
        <translation>mais pulados: %1</translation>
    </message>
    <message>
        <source>movebreak — history</source>
        <translation>movebreak — histórico</translation>
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
        <translation>%1. As pausas não são registradas até que isso seja resolvido.</translation>
    </message>
    <message>
        <source>Could not read the journal %1: %2.</source>
        <translation>Não foi possível ler o diário %1: %2.</translation>
    </message>
    <message>
        <source>Could not save a break to %1: %2. Recent breaks may be missing from your history until this is fixed.</source>
        <translation>Não foi possível salvar uma pausa em %1: %2. Até que isso seja resolvido, pausas recentes podem faltar no seu histórico.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened for writing: %2</source>
        <translation>O diário %1 não pode ser aberto para gravação: %2</translation>
    </message>
    <message>
        <source>The journal %1 cannot be written: %2</source>
        <translation>Não é possível gravar no diário %1: %2</translation>
    </message>
    <message>
        <source>The journal %1 is damaged (%2) and could not be moved aside (%3). Breaks are not being logged.</source>
        <translation>O diário %1 está danificado (%2) e não pôde ser deixado de lado (%3). As pausas não estão sendo registradas.</translation>
    </message>
    <message>
        <source>The journal %1 was damaged and could not be read (%2). It was kept as %3 and a new journal was started.</source>
        <translation>O diário %1 estava danificado e não pôde ser lido (%2). Ele foi guardado como %3 e um novo diário foi iniciado.</translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer movebreak (schema %2; this version knows up to %3). History is shown, but breaks are not logged until you update movebreak.</source>
        <translation>O diário %1 foi gravado por um movebreak mais novo (esquema %2; esta versão conhece até o %3). O histórico é mostrado, mas as pausas não são registradas até você atualizar o movebreak.</translation>
    </message>
    <message>
        <source>The journal folder %1 cannot be created: %2</source>
        <translation>Não é possível criar a pasta do diário %1: %2</translation>
    </message>
    <message>
        <source>another program holds it locked</source>
        <translation>outro programa o mantém bloqueado</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>a permissão foi negada</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>o disco está cheio</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>o disco relatou um erro de entrada/saída</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>o arquivo é somente leitura</translation>
    </message>
    <message>
        <source>the file or its folder cannot be opened for writing</source>
        <translation>o arquivo ou a pasta dele não pode ser aberto para gravação</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
</context>
<context>
    <name>LanguageGroup</name>
    <message>
        <source>&amp;Language of windows and exercises</source>
        <translation>&amp;Idioma das janelas e dos exercícios</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Windows and breaks use it after Save; the tray menu at the next start.</source>
        <translation>Janelas e pausas usam o idioma depois de salvar; o menu da bandeja, na próxima inicialização.</translation>
    </message>
</context>
<context>
    <name>NoBreak</name>
    <message>
        <source>no gap long enough</source>
        <translation>nenhum intervalo longo o bastante</translation>
    </message>
    <message>
        <source>no working hours set</source>
        <translation>nenhum horário de trabalho definido</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>fora do horário de trabalho</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausado</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Show the break</source>
        <translation>Mostrar a pausa</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Começar agora</translation>
    </message>
    <message>
        <source>Stretch break in %1 min %2 s</source>
        <translation>Pausa para alongar em %1 min %2 s</translation>
    </message>
    <message numerus="yes">
        <source>Stretch break in %n min</source>
        <translation>
            <numerusform>Pausa para alongar em %n min</numerusform>
            <numerusform>Pausa para alongar em %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stretch break in %n s</source>
        <translation>
            <numerusform>Pausa para alongar em %n s</numerusform>
            <numerusform>Pausa para alongar em %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>Hora de se mexer</translation>
    </message>
</context>
<context>
    <name>Option</name>
    <message>
        <source>Announce breaks with a desktop notification.</source>
        <translation>Anunciar as pausas com uma notificação da área de trabalho.</translation>
    </message>
    <message>
        <source>Body areas never to suggest.</source>
        <translation>Áreas do corpo que nunca são sugeridas.</translation>
    </message>
    <message>
        <source>Count time away from the keyboard as a natural break.</source>
        <translation>Contar o tempo longe do teclado como uma pausa natural.</translation>
    </message>
    <message>
        <source>Exercise ids never to suggest.</source>
        <translation>IDs de exercícios que nunca são sugeridos.</translation>
    </message>
    <message>
        <source>Exercise ids to suggest first where body areas allow.</source>
        <translation>IDs de exercícios sugeridos primeiro quando as áreas do corpo permitem.</translation>
    </message>
    <message>
        <source>Gaps shorter than this get no break.</source>
        <translation>Intervalos mais curtos não recebem pausa.</translation>
    </message>
    <message>
        <source>Heads-up notification this long before a break (0 = off).</source>
        <translation>Aviso com esta antecedência antes de uma pausa (0 = desligado).</translation>
    </message>
    <message>
        <source>Hold breaks while a fullscreen window has focus.</source>
        <translation>Segurar as pausas enquanto uma janela em tela cheia estiver em foco.</translation>
    </message>
    <message>
        <source>Hold breaks while any of these processes runs.</source>
        <translation>Segurar as pausas enquanto algum destes processos estiver rodando.</translation>
    </message>
    <message>
        <source>Hold breaks while the microphone or the camera is in use (a call).</source>
        <translation>Segurar as pausas enquanto o microfone ou a câmera estiver em uso (uma chamada).</translation>
    </message>
    <message>
        <source>How long Snooze postpones a break.</source>
        <translation>Quanto &quot;Adiar&quot; empurra uma pausa.</translation>
    </message>
    <message>
        <source>How often URL calendars are fetched again.</source>
        <translation>Com que frequência os calendários por URL são baixados de novo.</translation>
    </message>
    <message>
        <source>Language of the windows and exercises (empty = system).</source>
        <translation>Idioma das janelas e dos exercícios (vazio = sistema).</translation>
    </message>
    <message>
        <source>Longest free stretch without a break.</source>
        <translation>Maior período livre sem pausa.</translation>
    </message>
    <message>
        <source>Longest routine.</source>
        <translation>Rotina mais longa.</translation>
    </message>
    <message>
        <source>Minutes after a block ends before the break starts.</source>
        <translation>Minutos após o fim de um bloco antes de a pausa começar.</translation>
    </message>
    <message>
        <source>Plan in this IANA zone instead of the system&apos;s (empty = system).</source>
        <translation>Planejar neste fuso IANA em vez do fuso do sistema (vazio = sistema).</translation>
    </message>
    <message>
        <source>Play a soft chime at the start and between exercises.</source>
        <translation>Tocar um som suave no início e entre os exercícios.</translation>
    </message>
    <message>
        <source>Routines you may skip a day; then Skip routine becomes Shorten to 1 min (0 = no limit).</source>
        <translation>Rotinas que você pode pular por dia; depois “Pular rotina” vira “Encurtar para 1 min” (0 = sem limite).</translation>
    </message>
    <message>
        <source>Shortest routine.</source>
        <translation>Rotina mais curta.</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>completed</source>
        <translation>concluída</translation>
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
        <translation>não alcançado</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>exibida</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>pulada</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>adiada</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>segurada</translation>
    </message>
</context>
<context>
    <name>Pause</name>
    <message>
        <source>%1 days</source>
        <translation>%1 dias</translation>
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
        <translation>1 dia</translation>
    </message>
    <message>
        <source>Breaks resumed.</source>
        <translation>As pausas voltaram.</translation>
    </message>
    <message>
        <source>Focus until %1; the break comes after it.</source>
        <translation>Foco até %1; a pausa vem depois.</translation>
    </message>
    <message>
        <source>Paused %1 (until %2 %3).</source>
        <translation>Pausado %1 (até %2 %3).</translation>
    </message>
    <message>
        <source>Paused until %1 %2.</source>
        <translation>Pausado até %1 %2.</translation>
    </message>
    <message>
        <source>a duration like 30m, 1h, 1h30m, 2d (up to 7d); &apos;until HH:MM&apos;; &apos;tomorrow&apos;; &apos;block&apos;; or &apos;off&apos;</source>
        <translation>uma duração como 30m, 1h, 1h30m, 2d (até 7d); &apos;until HH:MM&apos;; &apos;tomorrow&apos;; &apos;block&apos;; ou &apos;off&apos;</translation>
    </message>
    <message>
        <source>a pause of %1 pauses nothing; to resume breaks use &apos;off&apos;; valid: %2</source>
        <translation>uma suspensão de %1 não suspende nada; para retomar as pausas use &apos;off&apos;; válido: %2</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>invalid focus length %1; valid: 5m to 8h, e.g. 25m, 50m, 90m</source>
        <translation>duração de foco inválida %1; válido: de 5m a 8h, ex.: 25m, 50m, 90m</translation>
    </message>
    <message>
        <source>invalid pause %1; valid: %2</source>
        <translation>suspensão inválida %1; válido: %2</translation>
    </message>
    <message>
        <source>invalid time %1; valid: %2</source>
        <translation>horário inválido %1; válido: %2</translation>
    </message>
    <message>
        <source>there is no block going on right now</source>
        <translation>não há nenhum bloco em andamento agora</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>até %1</translation>
    </message>
    <message>
        <source>until the block ends</source>
        <translation>até o bloco terminar</translation>
    </message>
    <message>
        <source>until tomorrow</source>
        <translation>até amanhã</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message numerus="yes">
        <source>%n blocks</source>
        <translation>
            <numerusform>%n bloco</numerusform>
            <numerusform>%n blocos</numerusform>
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
            <numerusform>Plano para %n dia a partir de %1 (%2)</numerusform>
            <numerusform>Plano para %n dias a partir de %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>block</source>
        <translation>bloco</translation>
    </message>
    <message>
        <source>break</source>
        <translation>pausa</translation>
    </message>
    <message>
        <source>no working hours</source>
        <translation>sem horário de trabalho</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>nada planejado</translation>
    </message>
    <message>
        <source>warning: %1 (planning without the breaks taken today)</source>
        <translation>aviso: %1 (planejando sem as pausas feitas hoje)</translation>
    </message>
    <message>
        <source>warning: %1 (using the default)</source>
        <translation>aviso: %1 (usando o padrão)</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message numerus="yes">
        <source>%1: %n breaks at %2</source>
        <translation>
            <numerusform>%1: %n pausa às %2</numerusform>
            <numerusform>%1: %n pausas às %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no breaks.</source>
        <translation>%1: nenhuma pausa.</translation>
    </message>
    <message>
        <source>%1: not a working day.</source>
        <translation>%1: não é dia de trabalho.</translation>
    </message>
    <message>
        <source>Plan preview timeline</source>
        <translation>Linha do tempo da prévia</translation>
    </message>
    <message>
        <source>Preview paused until every value is valid.</source>
        <translation>Prévia pausada até que todos os valores sejam válidos.</translation>
    </message>
    <message>
        <source>Preview unavailable: %1</source>
        <translation>Prévia indisponível: %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Amanhã</translation>
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
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>%1, e.g. %2</source>
        <translation>%1, ex.: %2</translation>
    </message>
    <message>
        <source>Invalid range %1 - %2 is no time of day (00:00 to 24:00)</source>
        <translation>Intervalo inválido %1 – %2 não é um horário (00:00 a 24:00)</translation>
    </message>
    <message>
        <source>Invalid range %1 - end must be after start</source>
        <translation>Intervalo inválido %1 – o fim deve ser depois do início</translation>
    </message>
    <message>
        <source>Invalid range %1 - not written as HH:MM-HH:MM (two-digit minutes)</source>
        <translation>Intervalo inválido %1 – não está no formato HH:MM-HH:MM (minutos com dois dígitos)</translation>
    </message>
    <message>
        <source>Invalid range %1 - write a range as a quoted %2 string</source>
        <translation>Intervalo inválido %1 – escreva o intervalo como texto %2 entre aspas</translation>
    </message>
    <message>
        <source>Invalid value %1</source>
        <translation>Valor inválido %1</translation>
    </message>
    <message>
        <source>Invalid value %1 - not a shipped language</source>
        <translation>Valor inválido %1 – não é um idioma incluído</translation>
    </message>
    <message>
        <source>Invalid value %1 - out of range</source>
        <translation>Valor inválido %1 – fora do intervalo</translation>
    </message>
    <message>
        <source>Invalid value %1 - unknown time zone</source>
        <translation>Valor inválido %1 – fuso horário desconhecido</translation>
    </message>
    <message>
        <source>Invalid value %1 - wrong type</source>
        <translation>Valor inválido %1 – tipo errado</translation>
    </message>
    <message>
        <source>Invalid value %1; did you mean %2?</source>
        <translation>Valor inválido %1; você quis dizer %2?</translation>
    </message>
    <message>
        <source>Ranges overlap</source>
        <translation>Os intervalos se sobrepõem</translation>
    </message>
    <message>
        <source>SVG file %1 is %2 bytes, more than the %3 KB limit</source>
        <translation>O arquivo SVG %1 tem %2 bytes, mais que o limite de %3 KB</translation>
    </message>
    <message>
        <source>SVG file %1 not found next to the TOML file</source>
        <translation>Arquivo SVG %1 não encontrado ao lado do arquivo TOML</translation>
    </message>
    <message>
        <source>TOML nested a few levels deep, see the README</source>
        <translation>TOML com poucos níveis de aninhamento, veja o README</translation>
    </message>
    <message>
        <source>TOML syntax, see the README</source>
        <translation>sintaxe TOML, veja o README</translation>
    </message>
    <message>
        <source>TOML with [[exercise]] tables</source>
        <translation>TOML com tabelas [[exercise]]</translation>
    </message>
    <message>
        <source>Unknown joint %1</source>
        <translation>Articulação desconhecida %1</translation>
    </message>
    <message>
        <source>Unknown key %1</source>
        <translation>Chave desconhecida %1</translation>
    </message>
    <message>
        <source>Unknown key %1, ignored</source>
        <translation>Chave desconhecida %1, ignorada</translation>
    </message>
    <message>
        <source>Unknown key %1, ignored; did you mean %2?</source>
        <translation>Chave desconhecida %1, ignorada; você quis dizer %2?</translation>
    </message>
    <message>
        <source>Unknown pose key %1</source>
        <translation>Chave de postura desconhecida %1</translation>
    </message>
    <message>
        <source>Unknown section %1, ignored</source>
        <translation>Seção desconhecida %1, ignorada</translation>
    </message>
    <message>
        <source>Unknown section %1, ignored; did you mean %2?</source>
        <translation>Seção desconhecida %1, ignorada; você quis dizer %2?</translation>
    </message>
    <message>
        <source>Unknown weekday %1</source>
        <translation>Dia da semana desconhecido %1</translation>
    </message>
    <message>
        <source>Unknown weekday %1; did you mean %2?</source>
        <translation>Dia da semana desconhecido %1; você quis dizer %2?</translation>
    </message>
    <message>
        <source>a UTF-8 TOML file under 1 MB</source>
        <translation>um arquivo TOML UTF-8 com menos de 1 MB</translation>
    </message>
    <message>
        <source>a list of %1 ranges, e.g. %2</source>
        <translation>uma lista de intervalos %1, ex.: %2</translation>
    </message>
    <message>
        <source>a list of .svg file names, e.g. %1</source>
        <translation>uma lista de nomes de arquivo .svg, ex.: %1</translation>
    </message>
    <message>
        <source>a list of 1 to 6 short instructions</source>
        <translation>uma lista de 1 a 6 instruções curtas</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>uma lista de textos</translation>
    </message>
    <message>
        <source>a list of strings, e.g. %1</source>
        <translation>uma lista de textos, ex.: %1</translation>
    </message>
    <message>
        <source>a list of tables such as %1 (each overrides the base pose)</source>
        <translation>uma lista de tabelas como %1 (cada uma substitui a postura base)</translation>
    </message>
    <message>
        <source>a list of: %1</source>
        <translation>uma lista de: %1</translation>
    </message>
    <message>
        <source>a name of at most %1 characters</source>
        <translation>um nome de no máximo %1 caracteres</translation>
    </message>
    <message>
        <source>a non-empty list of: %1</source>
        <translation>uma lista não vazia de: %1</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>um texto não vazio</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>um número</translation>
    </message>
    <message>
        <source>a path to an .ics file, or an http(s) URL</source>
        <translation>um caminho para um arquivo .ics ou uma URL http(s)</translation>
    </message>
    <message>
        <source>a step is %1 characters long</source>
        <translation>um passo tem %1 caracteres</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>um texto</translation>
    </message>
    <message>
        <source>a table with view, base and frames, or with %1</source>
        <translation>uma tabela com view, base e frames, ou com %1</translation>
    </message>
    <message>
        <source>a time after %1</source>
        <translation>um horário depois de %1</translation>
    </message>
    <message>
        <source>a whole number of minutes from %1 to %2</source>
        <translation>um número inteiro de minutos de %1 a %2</translation>
    </message>
    <message>
        <source>a whole number of seconds from %1 to %2</source>
        <translation>um número inteiro de segundos de %1 a %2</translation>
    </message>
    <message>
        <source>a whole number of skips from %1 to %2</source>
        <translation>um número inteiro de pulos de %1 a %2</translation>
    </message>
    <message>
        <source>an .svg file in %1</source>
        <translation>um arquivo .svg em %1</translation>
    </message>
    <message>
        <source>an .svg file of at most %1 KB</source>
        <translation>um arquivo .svg de no máximo %1 KB</translation>
    </message>
    <message>
        <source>an IANA zone such as %1, or empty</source>
        <translation>um fuso IANA como %1, ou vazio</translation>
    </message>
    <message>
        <source>an [[exercise]] table</source>
        <translation>uma tabela [[exercise]]</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>pelo menos %1</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>no máximo %1 caracteres</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>não pode ser lido: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>não foi possível ler o arquivo: %1</translation>
    </message>
    <message>
        <source>cannot read the journal: %1</source>
        <translation>não é possível ler o diário: %1</translation>
    </message>
    <message>
        <source>duplicate exercise id %1</source>
        <translation>id de exercício duplicado %1</translation>
    </message>
    <message>
        <source>duplicate exercise id %1; the first one is used</source>
        <translation>id de exercício duplicado %1; o primeiro é usado</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>ex.: %1</translation>
    </message>
    <message>
        <source>empty, or one of: %1</source>
        <translation>vazio, ou um de: %1</translation>
    </message>
    <message>
        <source>end must be after start</source>
        <translation>o fim deve ser depois do início</translation>
    </message>
    <message>
        <source>ids unique across your files</source>
        <translation>ids únicos em todos os seus arquivos</translation>
    </message>
    <message>
        <source>is %1 characters long</source>
        <translation>tem %1 caracteres</translation>
    </message>
    <message>
        <source>is %1, more than the %2 limit</source>
        <translation>tem %1, mais que o limite de %2</translation>
    </message>
    <message>
        <source>is a device, not a file</source>
        <translation>é um dispositivo, não um arquivo</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>é uma pasta, não um arquivo</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a file</source>
        <translation>é um pipe nomeado (FIFO), não um arquivo</translation>
    </message>
    <message>
        <source>is a socket, not a file</source>
        <translation>é um socket, não um arquivo</translation>
    </message>
    <message>
        <source>is missing or not a table</source>
        <translation>está faltando ou não é uma tabela</translation>
    </message>
    <message>
        <source>is more than the %1 limit</source>
        <translation>passa do limite de %1</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>não é um arquivo comum</translation>
    </message>
    <message>
        <source>is not valid TOML: %1</source>
        <translation>não é TOML válido: %1</translation>
    </message>
    <message>
        <source>is not valid TOML: arrays or tables nest too deeply</source>
        <translation>não é TOML válido: arrays ou tabelas aninhados demais</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>deve ser uma tabela</translation>
    </message>
    <message>
        <source>must be a table of weekdays</source>
        <translation>deve ser uma tabela de dias da semana</translation>
    </message>
    <message>
        <source>must be an array of tables</source>
        <translation>deve ser um array de tabelas</translation>
    </message>
    <message>
        <source>needs at least two keyframes</source>
        <translation>precisa de pelo menos dois quadros-chave</translation>
    </message>
    <message>
        <source>needs exactly one of %1 or %2</source>
        <translation>precisa de exatamente um entre %1 e %2</translation>
    </message>
    <message>
        <source>no [[exercise]] tables found</source>
        <translation>nenhuma tabela [[exercise]] encontrada</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>arquivo não encontrado</translation>
    </message>
    <message>
        <source>not saved: it is not a regular file</source>
        <translation>não salvo: não é um arquivo comum</translation>
    </message>
    <message>
        <source>not saved: the file is not valid TOML (%1) and would be lost; fix or move it first, or save a fresh file (the old one is kept as .bak)</source>
        <translation>não salvo: o arquivo não é TOML válido (%1) e seria perdido; corrija ou mova o arquivo antes, ou salve um arquivo novo (o antigo fica como .bak)</translation>
    </message>
    <message>
        <source>not saved: the file is not valid TOML and would be lost; fix or move it first, or save a fresh file (the old one is kept as .bak)</source>
        <translation>não salvo: o arquivo não é TOML válido e seria perdido; corrija ou mova o arquivo antes, ou salve um arquivo novo (o antigo fica como .bak)</translation>
    </message>
    <message>
        <source>not saved: the file there cannot be read (%1) and would be lost; fix or move it first, or save a fresh file (the old one is kept as .bak)</source>
        <translation>não salvo: o arquivo existente não pode ser lido (%1) e seria perdido; corrija ou mova o arquivo antes, ou salve um arquivo novo (o antigo fica como .bak)</translation>
    </message>
    <message>
        <source>not valid TOML: %1</source>
        <translation>TOML inválido: %1</translation>
    </message>
    <message>
        <source>not valid TOML: arrays or tables nest too deeply</source>
        <translation>TOML inválido: arrays ou tabelas aninhados demais</translation>
    </message>
    <message>
        <source>one or more [[exercise]] tables</source>
        <translation>uma ou mais tabelas [[exercise]]</translation>
    </message>
    <message>
        <source>ranges that do not overlap</source>
        <translation>intervalos que não se sobreponham</translation>
    </message>
    <message>
        <source>routine_max (%1) is below routine_min (%2)</source>
        <translation>routine_max (%1) é menor que routine_min (%2)</translation>
    </message>
    <message>
        <source>steps of at most %1 characters</source>
        <translation>passos de no máximo %1 caracteres</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>up to %1 lower-case letters, digits and &apos;-&apos;, e.g. %2</source>
        <translation>até %1 letras minúsculas, dígitos e &apos;-&apos;, ex.: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>weekdays such as %1 or %2</source>
        <translation>dias da semana como %1 ou %2</translation>
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
            <numerusform>Falta %n segundo</numerusform>
            <numerusform>Faltam %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Don&apos;t show this again</source>
        <translation>Não mostrar de novo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorito</translation>
    </message>
    <message>
        <source>Last one</source>
        <translation>Último exercício</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lado esquerdo</translation>
    </message>
    <message>
        <source>Never suggest this exercise; undo it in Settings ▸ Exercises (H)</source>
        <translation>Nunca sugerir este exercício; desfaça em Configurações ▸ Exercícios (H)</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>A seguir: %1</translation>
    </message>
    <message>
        <source>No exercise matches your settings. Stand up and move a little.</source>
        <translation>Nenhum exercício combina com suas configurações. Levante-se e mexa-se um pouco.</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Nada a fazer</translation>
    </message>
    <message>
        <source>Now the left side</source>
        <translation>Agora o lado esquerdo</translation>
    </message>
    <message>
        <source>Paused while you are away</source>
        <translation>Pausado enquanto você está fora</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado direito</translation>
    </message>
    <message>
        <source>Right side, then left</source>
        <translation>Lado direito, depois o esquerdo</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Sentado</translation>
    </message>
    <message>
        <source>Shorten to 1 min</source>
        <translation>Encurtar para 1 min</translation>
    </message>
    <message>
        <source>Skip exercise</source>
        <translation>Pular exercício</translation>
    </message>
    <message>
        <source>Skip routine</source>
        <translation>Pular rotina</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>Adiar %n min</numerusform>
            <numerusform>Adiar %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Em pé</translation>
    </message>
    <message>
        <source>Suggest this exercise more often (F)</source>
        <translation>Sugerir este exercício com mais frequência (F)</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo restante</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>os dois lados</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>lado esquerdo</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>lado direito</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>after-block</source>
        <translation>após um bloco</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>intervalo</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>sitting-limit</source>
        <translation>limite sentado</translation>
    </message>
    <message>
        <source>snooze</source>
        <translation>adiada</translation>
    </message>
</context>
<context>
    <name>Remote</name>
    <message>
        <source>A break is already on screen.</source>
        <translation>Já há uma pausa na tela.</translation>
    </message>
    <message>
        <source>Break started: %1</source>
        <translation>Pausa iniciada: %1</translation>
    </message>
    <message>
        <source>No break is on screen.</source>
        <translation>Nenhuma pausa na tela.</translation>
    </message>
    <message>
        <source>Opened the break.</source>
        <translation>Pausa aberta.</translation>
    </message>
    <message>
        <source>Opened the history.</source>
        <translation>Histórico aberto.</translation>
    </message>
    <message>
        <source>Opened the settings.</source>
        <translation>Configurações abertas.</translation>
    </message>
    <message>
        <source>movebreak is already running.</source>
        <translation>O movebreak já está em execução.</translation>
    </message>
    <message>
        <source>movebreak is already running.
%1</source>
        <translation>O movebreak já está em execução.
%1</translation>
    </message>
    <message>
        <source>movebreak is not running. Start it with `movebreak` (or `make run`).</source>
        <translation>O movebreak não está rodando. Inicie com `movebreak` (ou `make run`).</translation>
    </message>
    <message>
        <source>movebreak is quitting.</source>
        <translation>O movebreak está encerrando.</translation>
    </message>
    <message>
        <source>movebreak is running but does not answer (stopped or busy). `kill -CONT` it, or end it and start it again.</source>
        <translation>O movebreak está rodando mas não responde (parado ou ocupado). Retome com `kill -CONT`, ou encerre e inicie de novo.</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>comando desconhecido %1</translation>
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
        <translation>%1, %2 e mais</translation>
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
        <translation>Só um minuto desta vez</translation>
    </message>
    <message>
        <source>Just one minute: you have been sitting for %1</source>
        <translation>Só um minuto: faz %1 que você não se levanta</translation>
    </message>
    <message>
        <source>Just one minute: you have been sitting for at least %1</source>
        <translation>Só um minuto: faz pelo menos %1 que você não se levanta</translation>
    </message>
    <message numerus="yes">
        <source>Move freely, %n min</source>
        <translation>
            <numerusform>Mexa-se livremente, %n min</numerusform>
            <numerusform>Mexa-se livremente, %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>%1 and %2 overlap</source>
        <translation>%1 e %2 se sobrepõem</translation>
    </message>
    <message numerus="yes">
        <source>%n events count as blocks in the tested period.</source>
        <translation>
            <numerusform>%n evento conta como bloco no período testado.</numerusform>
            <numerusform>%n eventos contam como blocos no período testado.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add block</source>
        <translation>&amp;Adicionar bloco</translation>
    </message>
    <message>
        <source>&amp;Friday</source>
        <translation>Se&amp;xta-feira</translation>
    </message>
    <message>
        <source>&amp;Monday</source>
        <translation>Segunda-&amp;feira</translation>
    </message>
    <message>
        <source>&amp;Wednesday</source>
        <translation>&amp;Quarta-feira</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a range; write HH:MM-HH:MM, e.g. 09:00-17:30</source>
        <translation>&quot;%1&quot; não é um intervalo; escreva HH:MM-HH:MM, ex.: 09:00-17:30</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: end must be after start</source>
        <translation>&quot;%1&quot;: o fim deve ser depois do início</translation>
    </message>
    <message>
        <source>Add UR&amp;L</source>
        <translation>Adicionar UR&amp;L</translation>
    </message>
    <message>
        <source>Add a calendar file</source>
        <translation>Adicionar um arquivo de calendário</translation>
    </message>
    <message>
        <source>Add f&amp;ile…</source>
        <translation>Adicionar arqu&amp;ivo…</translation>
    </message>
    <message>
        <source>Block %1: %2</source>
        <translation>Bloco %1: %2</translation>
    </message>
    <message>
        <source>Calendar %1: %2</source>
        <translation>Calendário %1: %2</translation>
    </message>
    <message>
        <source>Calendar sources</source>
        <translation>Fontes de calendário</translation>
    </message>
    <message>
        <source>Calendars (their busy events are blocks too)</source>
        <translation>Calendários (os eventos ocupados também são blocos)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dias</translation>
    </message>
    <message>
        <source>Deep-work blocks</source>
        <translation>Blocos de trabalho focado</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>Du&amp;plicar</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Leave &apos;Only events containing&apos; empty to count every busy event; or list words (summary or category), e.g. Focus, Deep work.</source>
        <translation>Deixe &quot;Só eventos contendo&quot; vazio para contar todo evento ocupado, ou liste palavras (título ou categoria), ex.: Focus, Trabalho focado.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Only events containing</source>
        <translation>Só eventos contendo</translation>
    </message>
    <message>
        <source>Plan preview: today and tomorrow</source>
        <translation>Prévia do plano: hoje e amanhã</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Remove &amp;calendar</source>
        <translation>Remover &amp;calendário</translation>
    </message>
    <message>
        <source>Sa&amp;turday</source>
        <translation>Sá&amp;bado</translation>
    </message>
    <message>
        <source>Select a calendar to test.</source>
        <translation>Selecione um calendário para testar.</translation>
    </message>
    <message>
        <source>Several ranges are separated by commas: 09:00-12:30, 13:30-17:30</source>
        <translation>Separe vários intervalos com vírgulas: 09:00-12:30, 13:30-17:30</translation>
    </message>
    <message>
        <source>Source (file or URL)</source>
        <translation>Origem (arquivo ou URL)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Su&amp;nday</source>
        <translation>&amp;Domingo</translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation>T&amp;estar</translation>
    </message>
    <message>
        <source>T&amp;uesday</source>
        <translation>&amp;Terça-feira</translation>
    </message>
    <message>
        <source>Test failed: %1</source>
        <translation>Teste falhou: %1</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Testando %1…</translation>
    </message>
    <message>
        <source>Thu&amp;rsday</source>
        <translation>Qui&amp;nta-feira</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Using the cached copy, %1 old.</source>
        <translation>Usando a cópia salva (de %1 atrás).</translation>
    </message>
    <message>
        <source>Weekly deep-work blocks (never interrupted)</source>
        <translation>Blocos semanais de trabalho focado (nunca interrompidos)</translation>
    </message>
    <message>
        <source>Working hours (no break is planned outside them)</source>
        <translation>Horário de trabalho (nenhuma pausa é planejada fora dele)</translation>
    </message>
    <message>
        <source>Working hours, %1: %2</source>
        <translation>Horário de trabalho, %1: %2</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>folga</translation>
    </message>
    <message>
        <source>days &apos;%1&apos;: use weekdays such as mon-fri or mon, wed</source>
        <translation>dias &quot;%1&quot;: use dias como mon-fri ou mon, wed</translation>
    </message>
    <message>
        <source>end &apos;%1&apos;: use HH:MM</source>
        <translation>fim &quot;%1&quot;: use HH:MM</translation>
    </message>
    <message>
        <source>end must be after start</source>
        <translation>o fim deve ser depois do início</translation>
    </message>
    <message>
        <source>enter the path of an .ics file or an http(s) URL</source>
        <translation>informe o caminho de um arquivo .ics ou uma URL http(s)</translation>
    </message>
    <message>
        <source>start &apos;%1&apos;: use HH:MM</source>
        <translation>início &quot;%1&quot;: use HH:MM</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>%1: %2 %3 is above the maximum; use %4 to %5 %3</source>
        <translation>%1: %2 %3 está acima do máximo; use de %4 a %5 %3</translation>
    </message>
    <message>
        <source>%1: %2 %3 is below the minimum; use %4 to %5 %3</source>
        <translation>%1: %2 %3 está abaixo do mínimo; use de %4 a %5 %3</translation>
    </message>
    <message>
        <source>&amp;After a block ends, wait</source>
        <translation>&amp;Depois do fim de um bloco, esperar</translation>
    </message>
    <message>
        <source>&amp;Heads-up before a break</source>
        <translation>&amp;Aviso antes de uma pausa</translation>
    </message>
    <message>
        <source>&amp;Longest routine</source>
        <translation>Rotina mais &amp;longa</translation>
    </message>
    <message>
        <source>Announce breaks with a desktop &amp;notification</source>
        <translation>Anunciar as pausas com uma &amp;notificação da área de trabalho</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pausas</translation>
    </message>
    <message>
        <source>Count time away from the keyboard as a &amp;break</source>
        <translation>Contar o &amp;tempo longe do teclado como uma pausa</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercícios</translation>
    </message>
    <message>
        <source>Fetch &amp;URL calendars every</source>
        <translation>Baixar calendários &amp;URL a cada</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Hold breaks during a call (&amp;microphone or camera in use)</source>
        <translation>Segurar pausas durante uma chamada (&amp;microfone ou câmera em uso)</translation>
    </message>
    <message>
        <source>Hold breaks while a &amp;fullscreen window has focus</source>
        <translation>Segurar pausas enquanto uma janela em tela &amp;cheia estiver em foco</translation>
    </message>
    <message>
        <source>Hold breaks while these &amp;programs run</source>
        <translation>Segurar pausas enquanto estes &amp;programas rodam</translation>
    </message>
    <message>
        <source>Longest stretch &amp;without a break</source>
        <translation>&amp;Maior período sem pausa</translation>
    </message>
    <message>
        <source>Plan in &amp;time zone</source>
        <translation>Planejar no &amp;fuso horário</translation>
    </message>
    <message>
        <source>Play a soft &amp;chime at the start and between exercises</source>
        <translation>&amp;Tocar um som suave no início e entre os exercícios</translation>
    </message>
    <message>
        <source>Routines to s&amp;kip a day</source>
        <translation>Rotinas para &amp;pular por dia</translation>
    </message>
    <message>
        <source>S&amp;nooze postpones by</source>
        <translation>Adiar &amp;empurra em</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Sh&amp;ortest routine</source>
        <translation>Rotina mais c&amp;urta</translation>
    </message>
    <message>
        <source>Skip &amp;gaps shorter than</source>
        <translation>Pular &amp;intervalos menores que</translation>
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
            <numerusform> (e mais %n)</numerusform>
            <numerusform> (e mais %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems in your config file. Those values use their defaults until you fix them here or in the file (saving replaces them; the old file is kept as .bak):</source>
        <translation>
            <numerusform>%n problema no seu arquivo de configuração. Esses valores usam o padrão até você corrigi-los aqui ou no arquivo (salvar os substitui; o arquivo antigo fica como .bak):</numerusform>
            <numerusform>%n problemas no seu arquivo de configuração. Esses valores usam o padrão até você corrigi-los aqui ou no arquivo (salvar os substitui; o arquivo antigo fica como .bak):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown keys or sections in your config file: kept there, and ignored (a typo, or written by a newer movebreak?):</source>
        <translation>
            <numerusform>%n chave ou seção desconhecida no seu arquivo de configuração: mantida e ignorada (um erro de digitação, ou escrita por um movebreak mais novo?):</numerusform>
            <numerusform>%n chaves ou seções desconhecidas no seu arquivo de configuração: mantidas e ignoradas (um erro de digitação, ou escritas por um movebreak mais novo?):</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fechar (Esc)</translation>
    </message>
    <message>
        <source>Discard them, or keep editing?</source>
        <translation>Descartar ou continuar editando?</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuar editando</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Salvar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save a fresh file</source>
        <translation>Salvar em um arquivo novo</translation>
    </message>
    <message>
        <source>Save your changes to the settings?</source>
        <translation>Salvar suas alterações nas configurações?</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Salvo em %1</translation>
    </message>
    <message>
        <source>Saved, but starting at login could not be changed:</source>
        <translation>Salvo, mas não foi possível mudar a inicialização ao entrar na sessão:</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configurações</translation>
    </message>
    <message>
        <source>They go to %1.</source>
        <translation>Elas vão para %1.</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Configurações não salvas</translation>
    </message>
    <message>
        <source>Write your settings to a new file; the old one is kept as .bak</source>
        <translation>Grava suas configurações em um arquivo novo; o antigo fica como .bak</translation>
    </message>
    <message>
        <source>Your changes are not valid, so they cannot be saved.</source>
        <translation>Suas alterações não são válidas e não podem ser salvas.</translation>
    </message>
    <message>
        <source>Your settings were not saved:</source>
        <translation>Suas configurações não foram salvas:</translation>
    </message>
    <message>
        <source>could not be written: %1</source>
        <translation>não foi possível gravar: %1</translation>
    </message>
    <message>
        <source>movebreak settings</source>
        <translation>Configurações do movebreak</translation>
    </message>
    <message>
        <source>start at login</source>
        <translation>inicialização ao entrar na sessão</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (run movebreak check-config)</source>
        <translation>
            <numerusform>… e mais %n (execute movebreak check-config)</numerusform>
            <numerusform>… e mais %n (execute movebreak check-config)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>A break is held (%1); trying again at %2</source>
        <translation>Uma pausa está em espera (%1); nova tentativa às %2</translation>
    </message>
    <message>
        <source>A break is on screen now</source>
        <translation>Há uma pausa na tela agora</translation>
    </message>
    <message>
        <source>Away from the keyboard since %1</source>
        <translation>Longe do teclado desde %1</translation>
    </message>
    <message>
        <source>Focus until %1</source>
        <translation>Foco até %1</translation>
    </message>
    <message>
        <source>Last moved %1 ago</source>
        <translation>Último movimento há %1</translation>
    </message>
    <message>
        <source>Last moved %1 ago, at %2</source>
        <translation>Último movimento há %1, às %2</translation>
    </message>
    <message>
        <source>Last moved over %1 ago</source>
        <translation>Último movimento há mais de %1</translation>
    </message>
    <message>
        <source>Next break: %1</source>
        <translation>Próxima pausa: %1</translation>
    </message>
    <message>
        <source>Next break: none (%1)</source>
        <translation>Próxima pausa: nenhuma (%1)</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>Pausado até %1</translation>
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
        <translation>&amp;Focar agora</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Histórico…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Resume breaks</source>
        <translation>&amp;Retomar pausas</translation>
    </message>
    <message>
        <source>&amp;Start a break now</source>
        <translation>&amp;Começar uma pausa agora</translation>
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
        <translation>Nenhuma pausa planejada (%1)</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>Pausado até %1</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>Show the &amp;break</source>
        <translation>Mostrar a &amp;pausa</translation>
    </message>
    <message>
        <source>Until the current block ends</source>
        <translation>Até o bloco atual terminar</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Até amanhã</translation>
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
        <translation>sex</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>seg</translation>
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
        <translation>qui</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>ter</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>qua</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;Afternoons, 14:00–16:00, Monday to Thursday</source>
        <translation>Tardes, 14:00–16:00, de &amp;segunda a quinta</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Concluir</translation>
    </message>
    <message>
        <source>&amp;Import a calendar…</source>
        <translation>&amp;Importar um calendário…</translation>
    </message>
    <message>
        <source>&amp;Mornings, 09:00–11:00, Monday to Friday</source>
        <translation>&amp;Manhãs, 09:00–11:00, de segunda a sexta</translation>
    </message>
    <message>
        <source>Calendar: </source>
        <translation>Calendário: </translation>
    </message>
    <message>
        <source>I &amp;work from</source>
        <translation>&amp;Trabalho das</translation>
    </message>
    <message>
        <source>Import a calendar</source>
        <translation>Importar um calendário</translation>
    </message>
    <message>
        <source>The end of the working day must be after its start.</source>
        <translation>O fim do dia de trabalho deve ser depois do início.</translation>
    </message>
    <message>
        <source>Tick at least one working day.</source>
        <translation>Marque pelo menos um dia de trabalho.</translation>
    </message>
    <message>
        <source>Tick what fits; breaks will never land inside these blocks.</source>
        <translation>Marque o que combina com você; as pausas nunca cairão nesses blocos.</translation>
    </message>
    <message>
        <source>W&amp;ednesday mornings, 09:00–12:30 (a no-meeting half day)</source>
        <translation>Manhãs de quarta-f&amp;eira, 09:00–12:30 (meio dia sem reuniões)</translation>
    </message>
    <message>
        <source>Welcome to movebreak</source>
        <translation>Boas-vindas ao movebreak</translation>
    </message>
    <message>
        <source>When do you do deep work?</source>
        <translation>Quando você faz trabalho focado?</translation>
    </message>
    <message>
        <source>You can change all of this, and more, in the settings later. Closing this window keeps the defaults.</source>
        <translation>Você pode mudar tudo isso, e mais, nas configurações. Fechar esta janela mantém os padrões.</translation>
    </message>
    <message>
        <source>Your working hours</source>
        <translation>Seu horário de trabalho</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>Arquivos iCalendar (*.ics);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>movebreak plans short, illustrated stretching breaks into the gaps between your deep-work blocks, and never interrupts them.</source>
        <translation>O movebreak planeja pausas curtas e ilustradas para alongar nos intervalos entre seus blocos de trabalho focado, e nunca os interrompe.</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;às</translation>
    </message>
</context>
</TS>
