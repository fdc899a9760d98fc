<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>App</name>
    <message numerus="yes">
        <source>%n exercise file problems; those exercises were skipped. First: %1</source>
        <translation>
            <numerusform>练习文件中有 %n 个问题；这些练习已跳过。第一个：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>History is unavailable: the data folder is not writable.</source>
        <translation>历史不可用：数据文件夹不可写。</translation>
    </message>
    <message>
        <source>No system tray was found, so movebreak runs without an icon. Breaks still appear. Use `movebreak status`, `movebreak break-now`, `movebreak pause 30m`, `movebreak show settings`, `movebreak show history` and `movebreak quit`.</source>
        <translation>未找到系统托盘，movebreak 将在没有图标的情况下运行。休息仍会出现。请使用 `movebreak status`, `movebreak break-now`, `movebreak pause 30m`, `movebreak show settings`, `movebreak show history` 和 `movebreak quit`。</translation>
    </message>
    <message>
        <source>Not saved: config.toml has problems; fix them first (movebreak check-config).</source>
        <translation>未保存：config.toml 有问题，请先修复（movebreak check-config）。</translation>
    </message>
    <message>
        <source>The data folder %1 is not writable (%2). Breaks still appear, but nothing is logged. Fix its permissions or set MOVEBREAK_DATA_DIR.</source>
        <translation>无法写入数据文件夹 %1（%2）。休息仍会出现，但不会记录任何内容。请修复其权限，或设置 MOVEBREAK_DATA_DIR。</translation>
    </message>
    <message>
        <source>The settings window is not available yet. Edit %1 (every key is in docs/config.md); `movebreak check-config` validates it.</source>
        <translation>设置窗口尚不可用。请编辑 %1（所有键都在 docs/config.md 中）；`movebreak check-config` 可以校验它。</translation>
    </message>
    <message>
        <source>Your choice was not saved: %1</source>
        <translation>你的选择未保存：%1</translation>
    </message>
    <message>
        <source>Your config file cannot be read; movebreak runs on its defaults. The file was not changed.</source>
        <translation>无法读取你的配置文件；movebreak 使用默认值。文件未被更改。</translation>
    </message>
    <message numerus="yes">
        <source>Your config has %n unknown keys or sections; movebreak ignores them. The file was not changed.</source>
        <translation>
            <numerusform>你的配置有 %n 个未知的键或节；movebreak 会忽略它们。文件未被更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your config has problems; movebreak runs on defaults for the wrong values and ignores the unknown keys. The file was not changed.</source>
        <translation>你的配置有问题；错误的值将使用默认值，未知的键会被忽略。文件未被更改。</translation>
    </message>
    <message>
        <source>Your config has problems; movebreak runs on defaults for those keys. The file was not changed.</source>
        <translation>你的配置有问题；这些键将使用默认值。文件未被更改。</translation>
    </message>
    <message>
        <source>cannot open the control socket %1: %2. This instance runs, but `movebreak status`, `pause` and the others cannot reach it.</source>
        <translation>无法打开控制套接字 %1：%2。movebreak 正在运行，但 `movebreak status`、`pause` 等命令无法连接到它。</translation>
    </message>
    <message>
        <source>movebreak: calendar problem</source>
        <translation>movebreak：日历问题</translation>
    </message>
    <message>
        <source>no desktop session: WAYLAND_DISPLAY names %1, which does not exist (the compositor ended, or XDG_RUNTIME_DIR is not the session&apos;s), and DISPLAY is not set.</source>
        <translation>没有桌面会话：WAYLAND_DISPLAY 指向的 %1 不存在（合成器已退出，或 XDG_RUNTIME_DIR 不属于该会话），且未设置 DISPLAY。</translation>
    </message>
    <message>
        <source>no desktop session: neither WAYLAND_DISPLAY nor DISPLAY is set. movebreak is a tray app and needs a graphical session; start it from your desktop (or its autostart). Over SSH, `movebreak status`, `plan` and `history` work without one.</source>
        <translation>没有桌面会话：WAYLAND_DISPLAY 和 DISPLAY 都未设置。movebreak 是托盘应用，需要图形会话；请从桌面（或其自动启动）启动它。通过 SSH，`movebreak status`、`plan` 和 `history` 无需图形会话也能使用。</translation>
    </message>
    <message>
        <source>skipped exercise: %1</source>
        <translation>已跳过的练习：%1</translation>
    </message>
</context>
<context>
    <name>BodyArea</name>
    <message>
        <source>eyes</source>
        <translation>眼睛</translation>
    </message>
    <message>
        <source>hips</source>
        <translation>髋部</translation>
    </message>
    <message>
        <source>legs</source>
        <translation>腿部</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>下背部</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>颈部</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>肩部</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>上背部</translation>
    </message>
    <message>
        <source>wrists &amp; hands</source>
        <translation>手腕与手</translation>
    </message>
</context>
<context>
    <name>BreaksPage</name>
    <message>
        <source>A break is planned in each free gap of your working hours, never inside a block. Its length fits the gap, between the shortest and longest routine.</source>
        <translation>休息会安排在工作时间内的每个空档里，绝不会落在时段内。时长根据空档而定，介于最短和最长的练习组之间。</translation>
    </message>
    <message>
        <source>Breaks: longest routine %1</source>
        <translation>休息：最长练习组 %1</translation>
    </message>
    <message>
        <source>How breaks are announced</source>
        <translation>休息的提醒方式</translation>
    </message>
    <message>
        <source>Longest routine %1</source>
        <translation>最长练习组 %1</translation>
    </message>
    <message>
        <source>When breaks happen</source>
        <translation>何时休息</translation>
    </message>
    <message numerus="yes">
        <source>must be at least the shortest routine (%n min)</source>
        <translation>
            <numerusform>至少要等于最短练习组（%n 分钟）</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>25m, 50m, 90m ...</source>
        <translation>25m、50m、90m……</translation>
    </message>
    <message>
        <source>List the journaled breaks with their exercises and outcomes, and a summary (completion rate, streak, minutes moved). Dates are local days, inclusive.</source>
        <translation>列出记录的休息及其练习和结果，以及摘要（完成率、连续天数、活动分钟数）。日期为本地日期，包含首尾两天。</translation>
    </message>
    <message>
        <source>Short mobility routines planned into the gaps between your deep-work blocks.</source>
        <translation>在专注工作时段之间的空隙里安排简短的活动练习。</translation>
    </message>
    <message>
        <source>Show the blocks (weekly rules + calendars) and the break slots planned into the gaps between them. Without --from: today, from now on.</source>
        <translation>显示时段（每周规则 + 日历）以及安排在其间空隙中的休息。不带 --from 时：今天，从现在起。</translation>
    </message>
    <message>
        <source>Validate a movebreak config file. Every problem is listed with its line, what is wrong and what would be valid. Unknown keys and sections are warnings with a &apos;did you mean&apos; (a newer movebreak may have written them): exit 0 unless --strict. A wrong value exits 2.</source>
        <translation>验证 movebreak 配置文件。列出每个问题及其所在行、错误内容和有效值。未知的键和节是带“你是指”提示的警告（可能由更新版本的 movebreak 写入）：除非使用 --strict，否则退出码为 0。错误的值退出码为 2。</translation>
    </message>
    <message>
        <source>a manual deep-work block; the break comes when it ends</source>
        <translation>手动开始一个专注工作时段；结束时休息</translation>
    </message>
    <message>
        <source>add an .ics file or http(s) URL as a calendar source (repeatable)</source>
        <translation>添加 .ics 文件或 http(s) URL 作为日历来源（可重复）</translation>
    </message>
    <message>
        <source>first day to include (default: all)</source>
        <translation>包含的第一天（默认：全部）</translation>
    </message>
    <message>
        <source>first day to plan, whole days (default: today, from now on)</source>
        <translation>要计划的第一天，按整天（默认：今天，从现在起）</translation>
    </message>
    <message>
        <source>hold breaks for a while; every pause ends by itself</source>
        <translation>暂缓休息一段时间；每次暂停都会自动结束</translation>
    </message>
    <message>
        <source>last day to include (default: today)</source>
        <translation>包含的最后一天（默认：今天）</translation>
    </message>
    <message>
        <source>log debug messages to stderr</source>
        <translation>将调试信息写入 stderr</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>机器可读的输出</translation>
    </message>
    <message>
        <source>number of days to plan, 1 to %1 (default: 1)</source>
        <translation>要计划的天数，1 到 %1（默认：1）</translation>
    </message>
    <message>
        <source>open a window of the running app</source>
        <translation>打开正在运行的应用的窗口</translation>
    </message>
    <message>
        <source>plan in this IANA zone (default: the config&apos;s, else the system&apos;s)</source>
        <translation>在此 IANA 时区中计划（默认：配置中的时区，否则为系统时区）</translation>
    </message>
    <message>
        <source>quit the running app</source>
        <translation>退出正在运行的应用</translation>
    </message>
    <message>
        <source>show the breaks you took and the exercises you did</source>
        <translation>显示你的休息和做过的练习</translation>
    </message>
    <message>
        <source>show the deep-work blocks and the breaks planned between them</source>
        <translation>显示专注工作时段以及其间安排的休息</translation>
    </message>
    <message>
        <source>show the next break and any pause</source>
        <translation>显示下一次休息和暂停情况</translation>
    </message>
    <message>
        <source>start a break now in the running app</source>
        <translation>在运行中的应用里立即开始休息</translation>
    </message>
    <message>
        <source>table for people (default), csv for spreadsheets, json for scripts</source>
        <translation>table 供人阅读（默认），csv 供电子表格，json 供脚本</translation>
    </message>
    <message>
        <source>table for people (default), json for scripts</source>
        <translation>table 供人阅读（默认），json 供脚本</translation>
    </message>
    <message>
        <source>the config file to check (default: --config, or the user&apos;s config file)</source>
        <translation>要检查的配置文件（默认：--config，否则为用户的配置文件）</translation>
    </message>
    <message>
        <source>treat warnings (unknown keys and sections) as errors: exit 2</source>
        <translation>将警告（未知的键和节）视为错误：退出码 2</translation>
    </message>
    <message>
        <source>use this config file instead of the user&apos;s</source>
        <translation>使用此配置文件代替用户的配置文件</translation>
    </message>
    <message>
        <source>validate a config file and report every problem (exit 0 if usable, 2 if not)</source>
        <translation>验证配置文件并报告每个问题（可用时退出码 0，否则 2）</translation>
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
        <translation>%1 在计划的日子里出现 %2 次，超过 %3 次；已忽略</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1：不是普通文件</translation>
    </message>
    <message>
        <source>%1; event skipped</source>
        <translation>%1；已跳过该日程</translation>
    </message>
    <message>
        <source>%1; ignored</source>
        <translation>%1；已忽略</translation>
    </message>
    <message>
        <source>%1; using the cached copy, %2 old</source>
        <translation>%1；使用缓存的副本（%2 前）</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>DTEND at or after DTSTART</source>
        <translation>不早于 DTSTART 的 DTEND</translation>
    </message>
    <message>
        <source>END:%1 without its BEGIN</source>
        <translation>END:%1 没有对应的 BEGIN</translation>
    </message>
    <message>
        <source>RRULE INTERVAL=%1 is not a valid interval</source>
        <translation>RRULE INTERVAL=%1 不是有效的间隔</translation>
    </message>
    <message>
        <source>RRULE has no valid FREQ (%1)</source>
        <translation>RRULE 没有有效的 FREQ（%1）</translation>
    </message>
    <message>
        <source>X-WR-TIMEZONE %1 is not a time zone; ignored</source>
        <translation>X-WR-TIMEZONE %1 不是时区；已忽略</translation>
    </message>
    <message>
        <source>a DURATION such as PT30M</source>
        <translation>例如 PT30M 的 DURATION</translation>
    </message>
    <message>
        <source>a URL that serves the .ics file</source>
        <translation>提供 .ics 文件的 URL</translation>
    </message>
    <message>
        <source>a calendar that expands within the limits in docs/limits.md</source>
        <translation>能在 docs/limits.md 所述限制内展开的日历</translation>
    </message>
    <message>
        <source>a calendar under the size limit</source>
        <translation>不超过大小限制的日历</translation>
    </message>
    <message>
        <source>a path to an .ics file, a file:// URL, or an http(s):// URL</source>
        <translation>.ics 文件的路径、file:// URL 或 http(s):// URL</translation>
    </message>
    <message>
        <source>a positive DURATION such as PT30M</source>
        <translation>正的 DURATION，例如 PT30M</translation>
    </message>
    <message>
        <source>a recurrence at most every 15 minutes, starting after 1900</source>
        <translation>最多每 15 分钟重复一次，且开始于 1900 年之后</translation>
    </message>
    <message>
        <source>a valid RRULE/RDATE/EXDATE</source>
        <translation>有效的 RRULE/RDATE/EXDATE</translation>
    </message>
    <message>
        <source>a value as RFC 5545 defines it</source>
        <translation>符合 RFC 5545 定义的值</translation>
    </message>
    <message>
        <source>an IANA zone such as &apos;Europe/Berlin&apos;</source>
        <translation>IANA 时区，例如 &apos;Europe/Berlin&apos;</translation>
    </message>
    <message>
        <source>an IANA zone such as &apos;Europe/Berlin&apos;, or a VTIMEZONE in the file</source>
        <translation>IANA 时区（例如 &apos;Europe/Berlin&apos;），或文件中的 VTIMEZONE</translation>
    </message>
    <message>
        <source>an event with DTSTART</source>
        <translation>带有 DTSTART 的日程</translation>
    </message>
    <message>
        <source>an iCalendar (.ics) file: BEGIN:VCALENDAR ... END:VCALENDAR</source>
        <translation>iCalendar（.ics）文件：BEGIN:VCALENDAR ... END:VCALENDAR</translation>
    </message>
    <message>
        <source>an iCalendar file with at least one valid VEVENT</source>
        <translation>至少包含一个有效 VEVENT 的 iCalendar 文件</translation>
    </message>
    <message>
        <source>cannot be expanded: %1</source>
        <translation>无法展开：%1</translation>
    </message>
    <message>
        <source>cannot be reached: %1</source>
        <translation>无法访问：%1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>could not be fetched</source>
        <translation>无法获取</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>could not be read (the reader ended with code %1: %2)</source>
        <translation>无法读取（读取进程以代码 %1 退出：%2）</translation>
    </message>
    <message>
        <source>could not be read (the reader&apos;s answer was garbled)</source>
        <translation>无法读取（读取进程的回应已损坏）</translation>
    </message>
    <message>
        <source>could not start the calendar reader: %1</source>
        <translation>无法启动日历读取进程：%1</translation>
    </message>
    <message>
        <source>does not start with BEGIN:VCALENDAR</source>
        <translation>不是以 BEGIN:VCALENDAR 开头</translation>
    </message>
    <message>
        <source>ends before it starts; counted as busy with start and end swapped</source>
        <translation>结束早于开始；已交换开始和结束，按忙碌计算</translation>
    </message>
    <message>
        <source>every %1 minutes</source>
        <translation>每 %1 分钟</translation>
    </message>
    <message>
        <source>every %1 seconds</source>
        <translation>每 %1 秒</translation>
    </message>
    <message>
        <source>every minute</source>
        <translation>每分钟</translation>
    </message>
    <message>
        <source>every second</source>
        <translation>每秒</translation>
    </message>
    <message>
        <source>has %1 more than once</source>
        <translation>%1 出现了不止一次</translation>
    </message>
    <message>
        <source>has a negative duration</source>
        <translation>持续时间为负</translation>
    </message>
    <message>
        <source>has no DTSTART</source>
        <translation>没有 DTSTART</translation>
    </message>
    <message>
        <source>invalid %1: %2</source>
        <translation>无效的 %1：%2</translation>
    </message>
    <message>
        <source>is %1 MB, more than the %2 MB limit</source>
        <translation>大小为 %1 MB，超过 %2 MB 的限制</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>是空的</translation>
    </message>
    <message>
        <source>is more than the %1 MB limit</source>
        <translation>超过 %1 MB 的限制</translation>
    </message>
    <message>
        <source>is not a valid URL: %1</source>
        <translation>不是有效的 URL：%1</translation>
    </message>
    <message>
        <source>is not valid iCalendar: %1</source>
        <translation>不是有效的 iCalendar：%1</translation>
    </message>
    <message>
        <source>lasts longer than %1 days</source>
        <translation>持续超过 %1 天</translation>
    </message>
    <message>
        <source>needs more than %1 MB of memory to read</source>
        <translation>读取需要超过 %1 MB 内存</translation>
    </message>
    <message>
        <source>needs more than %1 s of processor time to read</source>
        <translation>读取需要超过 %1 秒的处理器时间</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>%1 秒内没有完整回应</translation>
    </message>
    <message>
        <source>no event in this calendar can be used</source>
        <translation>此日历中没有可用的日程</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>not an iCalendar line: %1</source>
        <translation>不是 iCalendar 行：%1</translation>
    </message>
    <message>
        <source>not fetched yet and no cached copy</source>
        <translation>尚未获取，也没有缓存副本</translation>
    </message>
    <message>
        <source>not read: movebreak is quitting</source>
        <translation>未读取：movebreak 正在退出</translation>
    </message>
    <message>
        <source>not read: the calendars before it took the %1 s that reading calendars may take</source>
        <translation>未读取：之前的日历已用完读取日历可用的 %1 秒</translation>
    </message>
    <message>
        <source>occurs %1; ignored</source>
        <translation>%1 出现一次；已忽略</translation>
    </message>
    <message>
        <source>one %1 per event</source>
        <translation>每个日程一个 %1</translation>
    </message>
    <message>
        <source>repeats from %1: expanding it would take about %2 steps, more than %3; ignored</source>
        <translation>自 %1 起重复：展开约需 %2 步，超过 %3；已忽略</translation>
    </message>
    <message>
        <source>the file ends at line %1 inside BEGIN:%2 (truncated?)</source>
        <translation>文件在第 %1 行、BEGIN:%2 内部结束（被截断？）</translation>
    </message>
    <message>
        <source>the recurring events before it already use this calendar&apos;s budget of %1 expansion steps; ignored</source>
        <translation>之前的重复日程已用完此日历 %1 步的展开预算；已忽略</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation>服务器返回 HTTP %1 %2</translation>
    </message>
    <message>
        <source>the server redirected to %1, which is not an http(s) URL</source>
        <translation>服务器重定向到 %1，它不是 http(s) URL</translation>
    </message>
    <message>
        <source>took longer than %1 s to read; skipped</source>
        <translation>读取超过 %1 秒；已跳过</translation>
    </message>
    <message>
        <source>took longer than the %1 s that reading calendars may take; skipped</source>
        <translation>超过了读取日历可用的 %1 秒；已跳过</translation>
    </message>
    <message>
        <source>unknown time zone %1</source>
        <translation>未知时区 %1</translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1:&apos;</source>
        <translation>不支持的协议 &apos;%1:&apos;</translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1:&apos; (use https:// instead of webcal://)</source>
        <translation>不支持的协议 &apos;%1:&apos;（请用 https:// 代替 webcal://）</translation>
    </message>
    <message>
        <source>using the cached copy, %1 old</source>
        <translation>使用缓存的副本（%1 前）</translation>
    </message>
    <message>
        <source>wait for the next refresh</source>
        <translation>请等待下次刷新</translation>
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
        <translation>%2 中有 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>OK with %1: %2</source>
        <translation>正常，但有 %1：%2</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>正常：%1</translation>
    </message>
    <message>
        <source>OK: %1 (does not exist; the defaults are used)</source>
        <translation>正常：%1（不存在；使用默认值）</translation>
    </message>
    <message>
        <source>is a directory, not a config file</source>
        <translation>是文件夹，不是配置文件</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
</context>
<context>
    <name>Exercise</name>
    <message>
        <source>A gentle pull only. Stop if you feel tingling or numbness.</source>
        <translation>轻拉即可。如有刺麻或麻木请停止。</translation>
    </message>
    <message>
        <source>After a few circles, change direction, then blink.</source>
        <translation>转几圈后换个方向，然后眨眨眼。</translation>
    </message>
    <message>
        <source>After a few circles, change direction.</source>
        <translation>转几圈后换个方向。</translation>
    </message>
    <message>
        <source>After a few circles, reverse the direction.</source>
        <translation>转几圈后换个方向。</translation>
    </message>
    <message>
        <source>Ankle circles</source>
        <translation>转动脚踝</translation>
    </message>
    <message>
        <source>Bend forward slowly and let your arms hang.</source>
        <translation>慢慢向前弯腰，让双臂自然下垂。</translation>
    </message>
    <message>
        <source>Bend one knee and hold that ankle behind you.</source>
        <translation>弯曲一侧膝盖，在身后握住该侧脚踝。</translation>
    </message>
    <message>
        <source>Bend sideways over your hip, without leaning forward.</source>
        <translation>从髋部向侧面弯曲，不要前倾。</translation>
    </message>
    <message>
        <source>Bend the front knee and lean into the wall until the back calf stretches.</source>
        <translation>弯曲前膝，身体靠向墙，直到后侧小腿被拉伸。</translation>
    </message>
    <message>
        <source>Bend your elbows to lower your chest, then push back up.</source>
        <translation>屈肘让胸部下降，再推回原位。</translation>
    </message>
    <message>
        <source>Bend your front knee and tuck your pelvis under.</source>
        <translation>弯曲前侧膝盖，骨盆向内收。</translation>
    </message>
    <message>
        <source>Breathe in: lift your chest and arch your back.</source>
        <translation>吸气：抬起胸口，背部下凹。</translation>
    </message>
    <message>
        <source>Breathe out: round your back and drop your chin.</source>
        <translation>呼气：背部拱起，下巴内收。</translation>
    </message>
    <message>
        <source>Breathe out; roll back up one vertebra at a time.</source>
        <translation>呼气，一节一节地卷起脊椎回到坐姿。</translation>
    </message>
    <message>
        <source>Breathe slowly and enjoy the dark.</source>
        <translation>慢慢呼吸，享受这片黑暗。</translation>
    </message>
    <message>
        <source>Bring one arm straight across your chest.</source>
        <translation>一只手臂伸直横过胸前。</translation>
    </message>
    <message>
        <source>Calf raises</source>
        <translation>提踵</translation>
    </message>
    <message>
        <source>Calf stretch at the wall</source>
        <translation>扶墙小腿伸展</translation>
    </message>
    <message>
        <source>Chest opener</source>
        <translation>扩胸</translation>
    </message>
    <message>
        <source>Chin to chest</source>
        <translation>下巴靠胸</translation>
    </message>
    <message>
        <source>Chin tuck</source>
        <translation>收下巴</translation>
    </message>
    <message>
        <source>Circle your wrists slowly in one direction.</source>
        <translation>手腕朝一个方向慢慢转动。</translation>
    </message>
    <message>
        <source>Clasp your hands and reach your arms forward.</source>
        <translation>双手交握，手臂向前伸。</translation>
    </message>
    <message>
        <source>Close your eyes and cup your palms over them, without pressing.</source>
        <translation>闭上眼睛，双手弓起盖住眼睛，不要按压。</translation>
    </message>
    <message>
        <source>Come back up slowly.</source>
        <translation>慢慢回来。</translation>
    </message>
    <message>
        <source>Cross-body shoulder stretch</source>
        <translation>肩部交叉伸展</translation>
    </message>
    <message>
        <source>Desk push-ups</source>
        <translation>扶桌俯卧撑</translation>
    </message>
    <message>
        <source>Do not press on your eyes.</source>
        <translation>不要按压眼睛。</translation>
    </message>
    <message>
        <source>Draw slow circles with your toes.</source>
        <translation>用脚尖慢慢画圈。</translation>
    </message>
    <message>
        <source>Draw the knee up towards your chest.</source>
        <translation>把膝盖拉向胸口。</translation>
    </message>
    <message>
        <source>Draw your elbows back and squeeze your shoulder blades together.</source>
        <translation>手肘向后拉，夹紧肩胛骨。</translation>
    </message>
    <message>
        <source>Ease the elbow back gently and breathe.</source>
        <translation>轻轻把肘部向后推，保持呼吸。</translation>
    </message>
    <message>
        <source>Eye circles</source>
        <translation>转动眼球</translation>
    </message>
    <message>
        <source>Face a wall and put both hands on it.</source>
        <translation>面对墙站立，双手扶墙。</translation>
    </message>
    <message>
        <source>Feel the back of your neck lengthen; breathe.</source>
        <translation>感受后颈拉长；保持呼吸。</translation>
    </message>
    <message>
        <source>Feel your shoulder blades spread; breathe into your back.</source>
        <translation>感受肩胛骨分开；向背部呼吸。</translation>
    </message>
    <message>
        <source>Find something at least 6 metres (20 feet) away.</source>
        <translation>找一个至少 6 米外的物体。</translation>
    </message>
    <message>
        <source>Fist and spread</source>
        <translation>握拳与张开</translation>
    </message>
    <message>
        <source>Focus on your thumb for a breath.</source>
        <translation>注视拇指一个呼吸的时间。</translation>
    </message>
    <message>
        <source>Gently draw it closer and keep your shoulder down.</source>
        <translation>轻轻拉近，肩膀保持下沉。</translation>
    </message>
    <message>
        <source>Glide your head straight back, making a double chin.</source>
        <translation>头部水平向后移，做出双下巴。</translation>
    </message>
    <message>
        <source>Hold a desk or chair for balance. Keep the front knee over the ankle.</source>
        <translation>扶住桌子或椅子保持平衡。前膝保持在脚踝正上方。</translation>
    </message>
    <message>
        <source>Hold and breathe, keeping your back tall.</source>
        <translation>保持背部挺直，停留并呼吸。</translation>
    </message>
    <message>
        <source>Hold for a breath, then relax forward again.</source>
        <translation>保持一个呼吸，然后放松回到前方。</translation>
    </message>
    <message>
        <source>Hold for a breath, then release.</source>
        <translation>保持一个呼吸，然后放松。</translation>
    </message>
    <message>
        <source>Hold for a moment, then let them drop.</source>
        <translation>停留片刻，然后放下。</translation>
    </message>
    <message>
        <source>Hold it above the elbow with your other hand.</source>
        <translation>用另一只手扶住肘部上方。</translation>
    </message>
    <message>
        <source>Hold on for balance. Stop if your knee hurts.</source>
        <translation>扶稳保持平衡。膝盖疼痛时请停止。</translation>
    </message>
    <message>
        <source>Hold one arm straight out in front, palm down.</source>
        <translation>一只手臂向前伸直，掌心朝下。</translation>
    </message>
    <message>
        <source>Hold one arm straight out in front, palm facing away, fingers up.</source>
        <translation>一只手臂向前伸直，掌心向外，手指朝上。</translation>
    </message>
    <message>
        <source>Hold until you feel the back of the forearm stretch.</source>
        <translation>保持，直到感到前臂外侧被拉伸。</translation>
    </message>
    <message>
        <source>Hold until you feel the inner forearm stretch.</source>
        <translation>保持，直到感到前臂内侧被拉伸。</translation>
    </message>
    <message>
        <source>Hold your thumb up at arm&apos;s length.</source>
        <translation>伸直手臂，竖起拇指。</translation>
    </message>
    <message>
        <source>Keep it gentle and breathe; do not bounce.</source>
        <translation>动作轻柔，保持呼吸；不要弹动。</translation>
    </message>
    <message>
        <source>Keep it gentle. Stop if you feel pain, tingling or dizziness.</source>
        <translation>动作轻柔。如感到疼痛、刺麻或头晕请停止。</translation>
    </message>
    <message>
        <source>Keep the back heel on the floor; stop if it hurts.</source>
        <translation>后脚跟保持着地；如有疼痛请停止。</translation>
    </message>
    <message>
        <source>Keep your back straight; do not bounce.</source>
        <translation>保持背部挺直，不要弹动。</translation>
    </message>
    <message>
        <source>Keep your eyes level; do not tip your head up or down.</source>
        <translation>视线保持水平；不要抬头或低头。</translation>
    </message>
    <message>
        <source>Keep your face forward and breathe slowly.</source>
        <translation>脸保持朝前，慢慢呼吸。</translation>
    </message>
    <message>
        <source>Keep your head still and look up.</source>
        <translation>保持头部不动，向上看。</translation>
    </message>
    <message>
        <source>Keep your knees side by side and push your hip forward gently.</source>
        <translation>两膝并拢，轻轻把髋部向前推。</translation>
    </message>
    <message>
        <source>Keep your lower back neutral; do not lean back.</source>
        <translation>下背保持自然；不要后仰。</translation>
    </message>
    <message>
        <source>Keep your shoulders down, away from your ears.</source>
        <translation>肩膀下沉，远离耳朵。</translation>
    </message>
    <message>
        <source>Keep your shoulders relaxed. Stop if you feel tingling.</source>
        <translation>肩膀保持放松。如有刺麻请停止。</translation>
    </message>
    <message>
        <source>Keep your upper body tall and still.</source>
        <translation>上身保持挺直、稳定。</translation>
    </message>
    <message>
        <source>Knee to chest</source>
        <translation>抱膝向胸</translation>
    </message>
    <message>
        <source>Lean back gently over the top of the chair and look up.</source>
        <translation>在椅背上方轻轻后仰，向上看。</translation>
    </message>
    <message>
        <source>Lean back gently, supporting yourself with your hands.</source>
        <translation>用双手支撑，轻轻向后仰。</translation>
    </message>
    <message>
        <source>Lean forward a little from your hips until you feel the stretch.</source>
        <translation>从髋部稍微前倾，直到感到拉伸。</translation>
    </message>
    <message>
        <source>Lean forward and stand up without using your hands.</source>
        <translation>身体前倾，不用手撑站起来。</translation>
    </message>
    <message>
        <source>Lean forward from your hips with a long back until you feel the stretch.</source>
        <translation>背部伸长，从髋部前倾，直到感到拉伸。</translation>
    </message>
    <message>
        <source>Leg swings</source>
        <translation>摆腿</translation>
    </message>
    <message>
        <source>Let the hand drop and ease it towards you with your other hand.</source>
        <translation>手自然下垂，用另一只手轻轻拉向自己。</translation>
    </message>
    <message>
        <source>Let the raised knee drop out to the side.</source>
        <translation>让抬起的膝盖向外侧放松下落。</translation>
    </message>
    <message>
        <source>Let your eyes rest on it for 20 seconds.</source>
        <translation>让眼睛在它上面休息 20 秒。</translation>
    </message>
    <message>
        <source>Lift both shoulders towards your ears.</source>
        <translation>双肩向耳朵方向耸起。</translation>
    </message>
    <message>
        <source>Lift one knee to hip height, then lower it.</source>
        <translation>把一侧膝盖抬到髋部高度，再放下。</translation>
    </message>
    <message>
        <source>Lift your head back up slowly.</source>
        <translation>慢慢抬起头。</translation>
    </message>
    <message>
        <source>Look away from your screen.</source>
        <translation>把视线从屏幕上移开。</translation>
    </message>
    <message>
        <source>Look far away (20-20-20)</source>
        <translation>远眺（20-20-20）</translation>
    </message>
    <message>
        <source>Lower your hands slowly, palms still together.</source>
        <translation>掌心保持相贴，慢慢放低双手。</translation>
    </message>
    <message>
        <source>Lower your heels slowly and repeat.</source>
        <translation>慢慢放下脚跟，然后重复。</translation>
    </message>
    <message>
        <source>Make a soft fist and hold for a breath.</source>
        <translation>轻轻握拳，保持一个呼吸。</translation>
    </message>
    <message>
        <source>Marching knee lifts</source>
        <translation>原地高抬腿</translation>
    </message>
    <message>
        <source>Move slowly. Stop if you feel pain or tingling in your arms.</source>
        <translation>动作要慢。如手臂疼痛或刺麻请停止。</translation>
    </message>
    <message>
        <source>Move within a comfortable range.</source>
        <translation>在舒适的范围内活动。</translation>
    </message>
    <message>
        <source>Near and far focus</source>
        <translation>远近调焦</translation>
    </message>
    <message>
        <source>Neck side tilt</source>
        <translation>颈部侧倾</translation>
    </message>
    <message>
        <source>Only a small bend. Stop if you feel pain or dizziness.</source>
        <translation>只需小幅后仰。如感到疼痛或头晕请停止。</translation>
    </message>
    <message>
        <source>Only on a chair that does not tip. Stop if your back hurts.</source>
        <translation>只在不会倾倒的椅子上做。背部疼痛时请停止。</translation>
    </message>
    <message>
        <source>Only use a desk that cannot slide or tip.</source>
        <translation>只使用不会滑动或倾倒的桌子。</translation>
    </message>
    <message>
        <source>Open your chest and look ahead; breathe.</source>
        <translation>打开胸腔，目视前方；保持呼吸。</translation>
    </message>
    <message>
        <source>Open your elbows wide.</source>
        <translation>双肘向两侧打开。</translation>
    </message>
    <message>
        <source>Open your hands and spread your fingers wide.</source>
        <translation>张开双手，手指尽量分开。</translation>
    </message>
    <message>
        <source>Overhead triceps stretch</source>
        <translation>头顶肱三头肌伸展</translation>
    </message>
    <message>
        <source>Palming</source>
        <translation>掌心捂眼</translation>
    </message>
    <message>
        <source>Prayer stretch</source>
        <translation>合掌伸展</translation>
    </message>
    <message>
        <source>Press your palms together in front of your chest.</source>
        <translation>在胸前双手掌心相对按压。</translation>
    </message>
    <message>
        <source>Pull lightly; stop if the shoulder pinches.</source>
        <translation>轻拉即可；如肩部有夹挤感请停止。</translation>
    </message>
    <message>
        <source>Pull your toes towards you, hold, then lower slowly.</source>
        <translation>脚尖勾向自己，保持，然后慢慢放下。</translation>
    </message>
    <message>
        <source>Put your hands on the edge of a sturdy desk, shoulder-width apart.</source>
        <translation>双手与肩同宽，撑在稳固的桌子边缘。</translation>
    </message>
    <message>
        <source>Put your hands on your lower back, fingers down.</source>
        <translation>双手放在下背部，手指朝下。</translation>
    </message>
    <message>
        <source>Raise both hands in front of you.</source>
        <translation>双手举在身体前方。</translation>
    </message>
    <message>
        <source>Raise one arm and bend the elbow so your hand drops behind your head.</source>
        <translation>举起一只手臂，屈肘让手落到脑后。</translation>
    </message>
    <message>
        <source>Raise your hands in front of you, elbows relaxed.</source>
        <translation>双手举在身体前方，手肘放松。</translation>
    </message>
    <message>
        <source>Reach and round</source>
        <translation>前伸拱背</translation>
    </message>
    <message>
        <source>Repeat at your own pace.</source>
        <translation>按自己的节奏重复。</translation>
    </message>
    <message>
        <source>Repeat slowly with your breath.</source>
        <translation>配合呼吸慢慢重复。</translation>
    </message>
    <message>
        <source>Repeat slowly.</source>
        <translation>慢慢重复。</translation>
    </message>
    <message>
        <source>Rest a hand on the desk if you feel unsteady.</source>
        <translation>如站不稳，可把一只手放在桌上。</translation>
    </message>
    <message>
        <source>Rest your other hand on that elbow.</source>
        <translation>另一只手放在这侧肘部。</translation>
    </message>
    <message>
        <source>Return to upright slowly.</source>
        <translation>慢慢回到直立。</translation>
    </message>
    <message>
        <source>Rise onto the balls of your feet.</source>
        <translation>踮起脚尖。</translation>
    </message>
    <message>
        <source>Roll your shoulders up, back and down in slow circles.</source>
        <translation>肩膀向上、向后、向下慢慢画圈。</translation>
    </message>
    <message>
        <source>Round your upper back and let your head drop.</source>
        <translation>上背拱起，头部自然垂下。</translation>
    </message>
    <message>
        <source>Rub your palms together until they feel warm.</source>
        <translation>双手掌心相互搓热。</translation>
    </message>
    <message>
        <source>Seated back extension</source>
        <translation>坐姿背部伸展</translation>
    </message>
    <message>
        <source>Seated cat–cow</source>
        <translation>坐姿猫牛式</translation>
    </message>
    <message>
        <source>Seated figure four</source>
        <translation>坐姿 4 字伸展</translation>
    </message>
    <message>
        <source>Seated forward fold</source>
        <translation>坐姿前屈</translation>
    </message>
    <message>
        <source>Seated hamstring stretch</source>
        <translation>坐姿腘绳肌伸展</translation>
    </message>
    <message>
        <source>Seated knee extension</source>
        <translation>坐姿伸膝</translation>
    </message>
    <message>
        <source>Shift forward until you feel the front of the back hip stretch.</source>
        <translation>身体前移，直到感到后侧髋部前方被拉伸。</translation>
    </message>
    <message>
        <source>Shoulder blade squeeze</source>
        <translation>夹肩胛骨</translation>
    </message>
    <message>
        <source>Shoulder rolls</source>
        <translation>绕肩</translation>
    </message>
    <message>
        <source>Shoulder shrugs</source>
        <translation>耸肩</translation>
    </message>
    <message>
        <source>Sit against the backrest and put your hands behind your head.</source>
        <translation>靠在椅背上，双手放在脑后。</translation>
    </message>
    <message>
        <source>Sit back down slowly and with control.</source>
        <translation>慢慢地、有控制地坐回去。</translation>
    </message>
    <message>
        <source>Sit near the front of your chair with your hands on your knees.</source>
        <translation>坐在椅子前部，双手放在膝盖上。</translation>
    </message>
    <message>
        <source>Sit near the front of your chair, feet apart.</source>
        <translation>坐在椅子前部，双脚分开。</translation>
    </message>
    <message>
        <source>Sit near the front of your chair, feet flat.</source>
        <translation>坐在椅子前部，双脚平放。</translation>
    </message>
    <message>
        <source>Sit near the front of your chair.</source>
        <translation>坐在椅子前部。</translation>
    </message>
    <message>
        <source>Sit tall and hold one knee with both hands.</source>
        <translation>坐直，双手抱住一侧膝盖。</translation>
    </message>
    <message>
        <source>Sit tall and hold the sides of your seat.</source>
        <translation>坐直，双手握住座椅两侧。</translation>
    </message>
    <message>
        <source>Sit tall and let your shoulders drop.</source>
        <translation>坐直，让肩膀放松下沉。</translation>
    </message>
    <message>
        <source>Sit tall and look straight ahead.</source>
        <translation>坐直，平视前方。</translation>
    </message>
    <message>
        <source>Sit tall and rest one ankle on the opposite knee.</source>
        <translation>坐直，把一侧脚踝放在另一侧膝盖上。</translation>
    </message>
    <message>
        <source>Sit tall and stretch one leg out, heel lifted.</source>
        <translation>坐直，伸出一条腿，脚跟离地。</translation>
    </message>
    <message>
        <source>Sit tall with your arms hanging loose.</source>
        <translation>坐直，双臂自然下垂。</translation>
    </message>
    <message>
        <source>Sit tall with your arms relaxed.</source>
        <translation>坐直，双臂放松。</translation>
    </message>
    <message>
        <source>Sit tall with your elbows bent at your sides.</source>
        <translation>坐直，双肘弯曲贴在身体两侧。</translation>
    </message>
    <message>
        <source>Sit tall with your shoulders relaxed.</source>
        <translation>坐直，肩膀放松。</translation>
    </message>
    <message>
        <source>Sit to stand</source>
        <translation>坐站练习</translation>
    </message>
    <message>
        <source>Skip it after hip or knee surgery. Stop if your knee hurts.</source>
        <translation>髋或膝关节手术后请跳过。膝盖疼痛时请停止。</translation>
    </message>
    <message>
        <source>Skip this if you have a back problem or high blood pressure.</source>
        <translation>如有背部问题或高血压，请跳过。</translation>
    </message>
    <message>
        <source>Slide your other hand down the side of your leg.</source>
        <translation>另一只手沿腿侧向下滑。</translation>
    </message>
    <message>
        <source>Slowly lower your chin towards your chest.</source>
        <translation>慢慢把下巴垂向胸口。</translation>
    </message>
    <message>
        <source>Slowly roll your eyes in a wide circle.</source>
        <translation>慢慢地让眼球画一个大圈。</translation>
    </message>
    <message>
        <source>Small swings at first; hold on for balance.</source>
        <translation>先小幅摆动，扶稳保持平衡。</translation>
    </message>
    <message>
        <source>Stand side-on to a wall and rest a hand on it.</source>
        <translation>侧身站在墙边，一只手扶墙。</translation>
    </message>
    <message>
        <source>Stand tall and clasp your hands behind your back.</source>
        <translation>站直，双手在背后交握。</translation>
    </message>
    <message>
        <source>Stand tall and raise one arm overhead.</source>
        <translation>站直，一只手臂举过头顶。</translation>
    </message>
    <message>
        <source>Stand tall beside your desk.</source>
        <translation>在桌旁站直。</translation>
    </message>
    <message>
        <source>Stand tall with one hand on a wall or desk.</source>
        <translation>站直，一只手扶墙或桌子。</translation>
    </message>
    <message>
        <source>Stand tall, feet hip-width apart, a hand on your desk.</source>
        <translation>站直，双脚与髋同宽，一只手扶桌。</translation>
    </message>
    <message>
        <source>Stand with your feet hip-width apart.</source>
        <translation>双脚与髋同宽站立。</translation>
    </message>
    <message>
        <source>Standing back bend</source>
        <translation>站姿后仰</translation>
    </message>
    <message>
        <source>Standing hip flexor stretch</source>
        <translation>站姿髋屈肌伸展</translation>
    </message>
    <message>
        <source>Standing side bend</source>
        <translation>站姿侧弯</translation>
    </message>
    <message>
        <source>Standing thigh stretch</source>
        <translation>站姿大腿前侧伸展</translation>
    </message>
    <message>
        <source>Step back until your body is a straight slope.</source>
        <translation>双脚后退，直到身体成一条笔直的斜线。</translation>
    </message>
    <message>
        <source>Step one foot back, heel down, leg straight.</source>
        <translation>一只脚向后撤，脚跟着地，腿伸直。</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy.</source>
        <translation>如感到头晕请停止。</translation>
    </message>
    <message>
        <source>Stop if you feel pain in the shoulder.</source>
        <translation>如肩部疼痛请停止。</translation>
    </message>
    <message>
        <source>Stop if you feel pain in your hip or back.</source>
        <translation>如髋部或背部疼痛请停止。</translation>
    </message>
    <message>
        <source>Stop when you feel a mild stretch in your wrists; hold.</source>
        <translation>感到手腕轻微拉伸时停下，保持。</translation>
    </message>
    <message>
        <source>Straighten one knee until the leg is level.</source>
        <translation>伸直一侧膝盖，直到腿部与地面平行。</translation>
    </message>
    <message>
        <source>Straighten one leg, heel on the floor, toes up.</source>
        <translation>伸直一条腿，脚跟着地，脚尖朝上。</translation>
    </message>
    <message>
        <source>Straighten your arms and lift them a little away from you.</source>
        <translation>伸直手臂，稍微向后抬离身体。</translation>
    </message>
    <message>
        <source>Swing one leg forward and back, loose and easy.</source>
        <translation>一条腿放松地前后摆动。</translation>
    </message>
    <message>
        <source>Switch back and forth a few times.</source>
        <translation>来回切换几次。</translation>
    </message>
    <message>
        <source>Switch legs and keep a steady march.</source>
        <translation>换腿，保持稳定的节奏。</translation>
    </message>
    <message>
        <source>Take a long step forward, back heel lifted.</source>
        <translation>向前迈一大步，后脚跟抬起。</translation>
    </message>
    <message>
        <source>Then focus on something far away for a breath.</source>
        <translation>再注视远处的物体一个呼吸的时间。</translation>
    </message>
    <message>
        <source>Tilt your ear towards your shoulder.</source>
        <translation>把耳朵向肩膀倾斜。</translation>
    </message>
    <message>
        <source>Use a chair that cannot roll away.</source>
        <translation>请使用不会滑动的椅子。</translation>
    </message>
    <message>
        <source>With the other hand, ease the fingers back towards you.</source>
        <translation>用另一只手轻轻把手指拉向自己。</translation>
    </message>
    <message>
        <source>Wrist circles</source>
        <translation>转动手腕</translation>
    </message>
    <message>
        <source>Wrist stretch, fingers down</source>
        <translation>手腕伸展（手指朝下）</translation>
    </message>
    <message>
        <source>Wrist stretch, fingers up</source>
        <translation>手腕伸展（手指朝上）</translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <source>&amp;Open my exercises folder</source>
        <translation>打开我的练习文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Play preview</source>
        <translation>播放预览(&amp;P)</translation>
    </message>
    <message>
        <source>A favourite (♥ in the prompt)</source>
        <translation>收藏（休息窗口中的 ♥）</translation>
    </message>
    <message>
        <source>Body &amp;areas to include</source>
        <translation>包含的身体部位(&amp;A)</translation>
    </message>
    <message>
        <source>E&amp;xercises (untick one to never get it)</source>
        <translation>练习（取消勾选则永远不会出现）(&amp;X)</translation>
    </message>
    <message>
        <source>Illustrations unavailable: %1</source>
        <translation>插图不可用：%1</translation>
    </message>
    <message>
        <source>No exercises were found. Check the exercise files.</source>
        <translation>未找到练习。请检查练习文件。</translation>
    </message>
    <message>
        <source>Sto&amp;p preview</source>
        <translation>停止预览(&amp;P)</translation>
    </message>
    <message>
        <source>Your own exercises are .toml files in this folder; they are loaded at the next start.</source>
        <translation>你自己的练习是此文件夹中的 .toml 文件，会在下次启动时加载。</translation>
    </message>
</context>
<context>
    <name>FigureWidget</name>
    <message>
        <source>Exercise illustration</source>
        <translation>练习插图</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Fitting in with the rest of the desktop</source>
        <translation>与桌面其他部分配合</translation>
    </message>
    <message>
        <source>General: %1</source>
        <translation>常规：%1</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <source>Open s&amp;ettings folder</source>
        <translation>打开设置文件夹(&amp;E)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Start and notifications</source>
        <translation>启动和通知</translation>
    </message>
    <message>
        <source>Start movebreak when I log &amp;in</source>
        <translation>登录时启动 movebreak(&amp;I)</translation>
    </message>
    <message>
        <source>Unknown time zone &apos;%1&apos;: use an IANA name such as Europe/Berlin</source>
        <translation>未知时区“%1”：请使用 IANA 名称，例如 Asia/Shanghai</translation>
    </message>
    <message>
        <source>Where your settings and data live</source>
        <translation>设置和数据的位置</translation>
    </message>
    <message>
        <source>e.g. zoom, obs</source>
        <translation>例如 zoom, obs</translation>
    </message>
    <message>
        <source>empty: the system&apos;s zone</source>
        <translation>留空：使用系统时区</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>%1 min moved</source>
        <translation>活动了 %1 分钟</translation>
    </message>
    <message>
        <source>%1 missed while asleep or off</source>
        <translation>睡眠或关机时错过 %1 次</translation>
    </message>
    <message>
        <source>%1 of %2 due completed (%3)</source>
        <translation>%2 次应有的休息中完成 %1 次（%3）</translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <translation>
            <numerusform>%n 次休息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>No breaks logged in that range.</source>
        <translation>该时间段内没有记录休息。</translation>
    </message>
    <message>
        <source>No breaks logged yet (%1 does not exist).</source>
        <translation>尚无休息记录（%1 不存在）。</translation>
    </message>
    <message>
        <source>No breaks logged yet.</source>
        <translation>尚无休息记录。</translation>
    </message>
    <message>
        <source>exercises</source>
        <translation>练习</translation>
    </message>
    <message>
        <source>length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>most skipped: %1</source>
        <translation>最常跳过：%1</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>streak: %1 (longest %2)</source>
        <translation>连续：%1（最长 %2）</translation>
    </message>
    <message>
        <source>when</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source> (newest %1 shown)</source>
        <translation> （显示最新 %1 条）</translation>
    </message>
    <message>
        <source>%1: none yet</source>
        <translation>%1：暂无</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; min moved</source>
        <translation>活动了 &lt;b&gt;%1&lt;/b&gt; 分钟</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; missed while asleep or off</source>
        <translation>睡眠或关机时错过 &lt;b&gt;%1&lt;/b&gt; 次</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 due breaks completed (&lt;b&gt;%3&lt;/b&gt;)</source>
        <translation>%2 次应有的休息中完成 &lt;b&gt;%1&lt;/b&gt; 次（&lt;b&gt;%3&lt;/b&gt;）</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>All breaks</source>
        <translation>全部休息</translation>
    </message>
    <message>
        <source>Body areas moved, last 7 days (minutes)</source>
        <translation>活动的身体部位，最近 7 天（分钟）</translation>
    </message>
    <message>
        <source>Breaks are not being logged: the journal is read-only.</source>
        <translation>休息没有被记录：日志为只读。</translation>
    </message>
    <message numerus="yes">
        <source>Breaks in the last %n days</source>
        <translation>
            <numerusform>最近 %n 天的休息</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>CSV 表格 (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>无法导出到 %1：%2</translation>
    </message>
    <message>
        <source>Days in a row with at least one routine completed. Days with no breaks due (weekends, days off) don&apos;t break a streak.</source>
        <translation>连续至少完成一组练习的天数。没有安排休息的日子（周末、休假）不会中断连续记录。</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>练习</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>导出历史</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n breaks to %1</source>
        <translation>
            <numerusform>已将 %n 次休息导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>最近 14 天</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n days</source>
        <translation>
            <numerusform>连续：%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>longest %1</source>
        <translation>最长 %1</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>most skipped: %1</source>
        <translation>最常跳过：%1</translation>
    </message>
    <message>
        <source>movebreak — history</source>
        <translation>movebreak — 历史</translation>
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
        <translation>%1。在修复之前，休息不会被记录。</translation>
    </message>
    <message>
        <source>Could not read the journal %1: %2.</source>
        <translation>无法读取日志 %1：%2。</translation>
    </message>
    <message>
        <source>Could not save a break to %1: %2. Recent breaks may be missing from your history until this is fixed.</source>
        <translation>无法将休息保存到 %1：%2。修复之前，最近的休息可能不会出现在历史记录中。</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened for writing: %2</source>
        <translation>无法以写入方式打开日志 %1：%2</translation>
    </message>
    <message>
        <source>The journal %1 cannot be written: %2</source>
        <translation>无法写入日志 %1：%2</translation>
    </message>
    <message>
        <source>The journal %1 is damaged (%2) and could not be moved aside (%3). Breaks are not being logged.</source>
        <translation>日志 %1 已损坏（%2），且无法移到一旁（%3）。休息没有被记录。</translation>
    </message>
    <message>
        <source>The journal %1 was damaged and could not be read (%2). It was kept as %3 and a new journal was started.</source>
        <translation>日志 %1 已损坏，无法读取（%2）。已将其保留为 %3，并新建了日志。</translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer movebreak (schema %2; this version knows up to %3). History is shown, but breaks are not logged until you update movebreak.</source>
        <translation>日志 %1 由更新版本的 movebreak 写入（架构 %2；此版本最高支持 %3）。历史记录可以查看，但在更新 movebreak 之前不会记录休息。</translation>
    </message>
    <message>
        <source>The journal folder %1 cannot be created: %2</source>
        <translation>无法创建日志文件夹 %1：%2</translation>
    </message>
    <message>
        <source>another program holds it locked</source>
        <translation>另一个程序锁定了它</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>权限被拒绝</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>磁盘报告了输入/输出错误</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>文件为只读</translation>
    </message>
    <message>
        <source>the file or its folder cannot be opened for writing</source>
        <translation>无法以写入方式打开该文件或其文件夹</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
</context>
<context>
    <name>LanguageGroup</name>
    <message>
        <source>&amp;Language of windows and exercises</source>
        <translation>窗口和练习的语言(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Windows and breaks use it after Save; the tray menu at the next start.</source>
        <translation>保存后窗口和休息即使用新语言；托盘菜单将在下次启动时更新。</translation>
    </message>
</context>
<context>
    <name>NoBreak</name>
    <message>
        <source>no gap long enough</source>
        <translation>没有足够长的空档</translation>
    </message>
    <message>
        <source>no working hours set</source>
        <translation>未设置工作时间</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>不在工作时间内</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Show the break</source>
        <translation>显示休息</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>立即开始</translation>
    </message>
    <message>
        <source>Stretch break in %1 min %2 s</source>
        <translation>%1 分 %2 秒后伸展休息</translation>
    </message>
    <message numerus="yes">
        <source>Stretch break in %n min</source>
        <translation>
            <numerusform>%n 分钟后伸展休息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stretch break in %n s</source>
        <translation>
            <numerusform>%n 秒后伸展休息</numerusform>
        </translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>该活动一下了</translation>
    </message>
</context>
<context>
    <name>Option</name>
    <message>
        <source>Announce breaks with a desktop notification.</source>
        <translation>用桌面通知提醒休息。</translation>
    </message>
    <message>
        <source>Body areas never to suggest.</source>
        <translation>永不推荐的身体部位。</translation>
    </message>
    <message>
        <source>Count time away from the keyboard as a natural break.</source>
        <translation>离开键盘的时间算作自然休息。</translation>
    </message>
    <message>
        <source>Exercise ids never to suggest.</source>
        <translation>永不推荐的练习 ID。</translation>
    </message>
    <message>
        <source>Exercise ids to suggest first where body areas allow.</source>
        <translation>在身体部位允许时优先推荐的练习 ID。</translation>
    </message>
    <message>
        <source>Gaps shorter than this get no break.</source>
        <translation>短于此时长的空档不安排休息。</translation>
    </message>
    <message>
        <source>Heads-up notification this long before a break (0 = off).</source>
        <translation>在休息前这么久提前提醒（0 = 关）。</translation>
    </message>
    <message>
        <source>Hold breaks while a fullscreen window has focus.</source>
        <translation>全屏窗口获得焦点时暂缓休息。</translation>
    </message>
    <message>
        <source>Hold breaks while any of these processes runs.</source>
        <translation>这些进程运行时暂缓休息。</translation>
    </message>
    <message>
        <source>Hold breaks while the microphone or the camera is in use (a call).</source>
        <translation>麦克风或摄像头使用中（通话时）暂缓休息。</translation>
    </message>
    <message>
        <source>How long Snooze postpones a break.</source>
        <translation>“推迟”将休息延后多久。</translation>
    </message>
    <message>
        <source>How often URL calendars are fetched again.</source>
        <translation>URL 日历重新获取的频率。</translation>
    </message>
    <message>
        <source>Language of the windows and exercises (empty = system).</source>
        <translation>窗口和练习的语言（留空 = 系统）。</translation>
    </message>
    <message>
        <source>Longest free stretch without a break.</source>
        <translation>不休息的最长空闲时长。</translation>
    </message>
    <message>
        <source>Longest routine.</source>
        <translation>最长练习组。</translation>
    </message>
    <message>
        <source>Minutes after a block ends before the break starts.</source>
        <translation>时段结束后多少分钟开始休息。</translation>
    </message>
    <message>
        <source>Plan in this IANA zone instead of the system&apos;s (empty = system).</source>
        <translation>使用此 IANA 时区而不是系统时区来安排（留空 = 系统）。</translation>
    </message>
    <message>
        <source>Play a soft chime at the start and between exercises.</source>
        <translation>在开始时和练习之间播放轻柔的提示音。</translation>
    </message>
    <message>
        <source>Routines you may skip a day; then Skip routine becomes Shorten to 1 min (0 = no limit).</source>
        <translation>每天可跳过的组数；用完后“跳过本组”变为“缩短到 1 分钟”（0 = 不限）。</translation>
    </message>
    <message>
        <source>Shortest routine.</source>
        <translation>最短练习组。</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>已错过</translation>
    </message>
    <message>
        <source>natural break</source>
        <translation>自然休息</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>未进行</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>部分完成</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>显示中</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>已暂缓</translation>
    </message>
</context>
<context>
    <name>Pause</name>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>Breaks resumed.</source>
        <translation>休息已恢复。</translation>
    </message>
    <message>
        <source>Focus until %1; the break comes after it.</source>
        <translation>专注到 %1；之后休息。</translation>
    </message>
    <message>
        <source>Paused %1 (until %2 %3).</source>
        <translation>已暂停 %1（至 %2 %3）。</translation>
    </message>
    <message>
        <source>Paused until %1 %2.</source>
        <translation>已暂停至 %1 %2。</translation>
    </message>
    <message>
        <source>a duration like 30m, 1h, 1h30m, 2d (up to 7d); &apos;until HH:MM&apos;; &apos;tomorrow&apos;; &apos;block&apos;; or &apos;off&apos;</source>
        <translation>时长，如 30m、1h、1h30m、2d（最多 7d）；&apos;until HH:MM&apos;；&apos;tomorrow&apos;；&apos;block&apos;；或 &apos;off&apos;</translation>
    </message>
    <message>
        <source>a pause of %1 pauses nothing; to resume breaks use &apos;off&apos;; valid: %2</source>
        <translation>暂停 %1 等于不暂停；要恢复休息请用 &apos;off&apos;；有效值：%2</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>invalid focus length %1; valid: 5m to 8h, e.g. 25m, 50m, 90m</source>
        <translation>无效的专注时长 %1；有效值：5m 到 8h，例如 25m、50m、90m</translation>
    </message>
    <message>
        <source>invalid pause %1; valid: %2</source>
        <translation>无效的暂停 %1；有效值：%2</translation>
    </message>
    <message>
        <source>invalid time %1; valid: %2</source>
        <translation>无效的时间 %1；有效值：%2</translation>
    </message>
    <message>
        <source>there is no block going on right now</source>
        <translation>当前没有进行中的时段</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>until the block ends</source>
        <translation>直到时段结束</translation>
    </message>
    <message>
        <source>until tomorrow</source>
        <translation>至明天</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message numerus="yes">
        <source>%n blocks</source>
        <translation>
            <numerusform>%n 个时段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <translation>
            <numerusform>%n 次休息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan for %n days from %1 (%2)</source>
        <translation>
            <numerusform>从 %1 起 %n 天的计划（%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>block</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>break</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>no working hours</source>
        <translation>无工作时间</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>没有安排</translation>
    </message>
    <message>
        <source>warning: %1 (planning without the breaks taken today)</source>
        <translation>警告：%1（规划时未计入今天已休息的次数）</translation>
    </message>
    <message>
        <source>warning: %1 (using the default)</source>
        <translation>警告：%1（使用默认值）</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message numerus="yes">
        <source>%1: %n breaks at %2</source>
        <translation>
            <numerusform>%1：%2 有 %n 次休息</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no breaks.</source>
        <translation>%1：没有休息。</translation>
    </message>
    <message>
        <source>%1: not a working day.</source>
        <translation>%1：不是工作日。</translation>
    </message>
    <message>
        <source>Plan preview timeline</source>
        <translation>计划预览时间轴</translation>
    </message>
    <message>
        <source>Preview paused until every value is valid.</source>
        <translation>所有值有效后才会更新预览。</translation>
    </message>
    <message>
        <source>Preview unavailable: %1</source>
        <translation>预览不可用：%1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>%1 (valid: %2)</source>
        <translation>%1（有效值：%2）</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 条目</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <source>%1, e.g. %2</source>
        <translation>%1，例如 %2</translation>
    </message>
    <message>
        <source>Invalid range %1 - %2 is no time of day (00:00 to 24:00)</source>
        <translation>无效的范围 %1：%2 不是一天中的时间（00:00 到 24:00）</translation>
    </message>
    <message>
        <source>Invalid range %1 - end must be after start</source>
        <translation>无效的范围 %1：结束时间必须晚于开始时间</translation>
    </message>
    <message>
        <source>Invalid range %1 - not written as HH:MM-HH:MM (two-digit minutes)</source>
        <translation>无效的范围 %1：格式不是 HH:MM-HH:MM（分钟为两位数）</translation>
    </message>
    <message>
        <source>Invalid range %1 - write a range as a quoted %2 string</source>
        <translation>无效的范围 %1：请把范围写成带引号的 %2 字符串</translation>
    </message>
    <message>
        <source>Invalid value %1</source>
        <translation>无效的值 %1</translation>
    </message>
    <message>
        <source>Invalid value %1 - not a shipped language</source>
        <translation>无效的值 %1：不是内置的语言</translation>
    </message>
    <message>
        <source>Invalid value %1 - out of range</source>
        <translation>无效的值 %1：超出范围</translation>
    </message>
    <message>
        <source>Invalid value %1 - unknown time zone</source>
        <translation>无效的值 %1：未知的时区</translation>
    </message>
    <message>
        <source>Invalid value %1 - wrong type</source>
        <translation>无效的值 %1：类型错误</translation>
    </message>
    <message>
        <source>Invalid value %1; did you mean %2?</source>
        <translation>无效的值 %1；你是指 %2 吗？</translation>
    </message>
    <message>
        <source>Ranges overlap</source>
        <translation>范围有重叠</translation>
    </message>
    <message>
        <source>SVG file %1 is %2 bytes, more than the %3 KB limit</source>
        <translation>SVG 文件 %1 有 %2 字节，超过了 %3 KB 的上限</translation>
    </message>
    <message>
        <source>SVG file %1 not found next to the TOML file</source>
        <translation>在 TOML 文件旁找不到 SVG 文件 %1</translation>
    </message>
    <message>
        <source>TOML nested a few levels deep, see the README</source>
        <translation>只嵌套几层的 TOML，见 README</translation>
    </message>
    <message>
        <source>TOML syntax, see the README</source>
        <translation>TOML 语法，见 README</translation>
    </message>
    <message>
        <source>TOML with [[exercise]] tables</source>
        <translation>带 [[exercise]] 表的 TOML</translation>
    </message>
    <message>
        <source>Unknown joint %1</source>
        <translation>未知的关节 %1</translation>
    </message>
    <message>
        <source>Unknown key %1</source>
        <translation>未知的键 %1</translation>
    </message>
    <message>
        <source>Unknown key %1, ignored</source>
        <translation>未知的键 %1，已忽略</translation>
    </message>
    <message>
        <source>Unknown key %1, ignored; did you mean %2?</source>
        <translation>未知的键 %1，已忽略；你是指 %2 吗？</translation>
    </message>
    <message>
        <source>Unknown pose key %1</source>
        <translation>未知的姿势键 %1</translation>
    </message>
    <message>
        <source>Unknown section %1, ignored</source>
        <translation>未知的节 %1，已忽略</translation>
    </message>
    <message>
        <source>Unknown section %1, ignored; did you mean %2?</source>
        <translation>未知的节 %1，已忽略；你是指 %2 吗？</translation>
    </message>
    <message>
        <source>Unknown weekday %1</source>
        <translation>未知的星期 %1</translation>
    </message>
    <message>
        <source>Unknown weekday %1; did you mean %2?</source>
        <translation>未知的星期 %1；你是指 %2 吗？</translation>
    </message>
    <message>
        <source>a UTF-8 TOML file under 1 MB</source>
        <translation>小于 1 MB 的 UTF-8 TOML 文件</translation>
    </message>
    <message>
        <source>a list of %1 ranges, e.g. %2</source>
        <translation>%1 范围的列表，例如 %2</translation>
    </message>
    <message>
        <source>a list of .svg file names, e.g. %1</source>
        <translation>.svg 文件名列表，例如 %1</translation>
    </message>
    <message>
        <source>a list of 1 to 6 short instructions</source>
        <translation>1 到 6 条简短说明的列表</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>字符串列表</translation>
    </message>
    <message>
        <source>a list of strings, e.g. %1</source>
        <translation>字符串列表，例如 %1</translation>
    </message>
    <message>
        <source>a list of tables such as %1 (each overrides the base pose)</source>
        <translation>表的列表，如 %1（每个都会覆盖基础姿势）</translation>
    </message>
    <message>
        <source>a list of: %1</source>
        <translation>以下各项的列表：%1</translation>
    </message>
    <message>
        <source>a name of at most %1 characters</source>
        <translation>不超过 %1 个字符的名称</translation>
    </message>
    <message>
        <source>a non-empty list of: %1</source>
        <translation>以下各项的非空列表：%1</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>非空字符串</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a path to an .ics file, or an http(s) URL</source>
        <translation>.ics 文件的路径，或 http(s) URL</translation>
    </message>
    <message>
        <source>a step is %1 characters long</source>
        <translation>有一个步骤长达 %1 个字符</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>a table with view, base and frames, or with %1</source>
        <translation>包含 view、base 和 frames 的表，或包含 %1 的表</translation>
    </message>
    <message>
        <source>a time after %1</source>
        <translation>晚于 %1 的时间</translation>
    </message>
    <message>
        <source>a whole number of minutes from %1 to %2</source>
        <translation>%1 到 %2 之间的整数（分钟）</translation>
    </message>
    <message>
        <source>a whole number of seconds from %1 to %2</source>
        <translation>%1 到 %2 之间的整数（秒）</translation>
    </message>
    <message>
        <source>a whole number of skips from %1 to %2</source>
        <translation>%1 到 %2 之间的整数（跳过次数）</translation>
    </message>
    <message>
        <source>an .svg file in %1</source>
        <translation>%1 中的 .svg 文件</translation>
    </message>
    <message>
        <source>an .svg file of at most %1 KB</source>
        <translation>不超过 %1 KB 的 .svg 文件</translation>
    </message>
    <message>
        <source>an IANA zone such as %1, or empty</source>
        <translation>IANA 时区（如 %1），或留空</translation>
    </message>
    <message>
        <source>an [[exercise]] table</source>
        <translation>一个 [[exercise]] 表</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>至少 %1</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>不超过 %1 个字符</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>cannot read the journal: %1</source>
        <translation>无法读取日志：%1</translation>
    </message>
    <message>
        <source>duplicate exercise id %1</source>
        <translation>重复的练习 id %1</translation>
    </message>
    <message>
        <source>duplicate exercise id %1; the first one is used</source>
        <translation>重复的练习 id %1；使用第一个</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <source>empty, or one of: %1</source>
        <translation>留空，或以下之一：%1</translation>
    </message>
    <message>
        <source>end must be after start</source>
        <translation>结束时间必须晚于开始时间</translation>
    </message>
    <message>
        <source>ids unique across your files</source>
        <translation>在你所有文件中唯一的 id</translation>
    </message>
    <message>
        <source>is %1 characters long</source>
        <translation>长达 %1 个字符</translation>
    </message>
    <message>
        <source>is %1, more than the %2 limit</source>
        <translation>大小为 %1，超过了 %2 的上限</translation>
    </message>
    <message>
        <source>is a device, not a file</source>
        <translation>是设备，不是文件</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>是文件夹，不是文件</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a file</source>
        <translation>是命名管道（FIFO），不是文件</translation>
    </message>
    <message>
        <source>is a socket, not a file</source>
        <translation>是套接字，不是文件</translation>
    </message>
    <message>
        <source>is missing or not a table</source>
        <translation>缺失或不是表</translation>
    </message>
    <message>
        <source>is more than the %1 limit</source>
        <translation>超过了 %1 的上限</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>is not valid TOML: %1</source>
        <translation>不是有效的 TOML：%1</translation>
    </message>
    <message>
        <source>is not valid TOML: arrays or tables nest too deeply</source>
        <translation>不是有效的 TOML：数组或表嵌套过深</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>必须是一个表</translation>
    </message>
    <message>
        <source>must be a table of weekdays</source>
        <translation>必须是按星期排列的表</translation>
    </message>
    <message>
        <source>must be an array of tables</source>
        <translation>必须是表的数组</translation>
    </message>
    <message>
        <source>needs at least two keyframes</source>
        <translation>至少需要两个关键帧</translation>
    </message>
    <message>
        <source>needs exactly one of %1 or %2</source>
        <translation>需要且只需要 %1 或 %2 之一</translation>
    </message>
    <message>
        <source>no [[exercise]] tables found</source>
        <translation>未找到 [[exercise]] 表</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>没有这个文件</translation>
    </message>
    <message>
        <source>not saved: it is not a regular file</source>
        <translation>未保存：它不是普通文件</translation>
    </message>
    <message>
        <source>not saved: the file is not valid TOML (%1) and would be lost; fix or move it first, or save a fresh file (the old one is kept as .bak)</source>
        <translation>未保存：该文件不是有效的 TOML（%1），保存会丢失它；请先修复或移走它，或者保存为新文件（旧文件会保留为 .bak）</translation>
    </message>
    <message>
        <source>not saved: the file is not valid TOML and would be lost; fix or move it first, or save a fresh file (the old one is kept as .bak)</source>
        <translation>未保存：该文件不是有效的 TOML，保存会丢失它；请先修复或移走它，或者保存为新文件（旧文件会保留为 .bak）</translation>
    </message>
    <message>
        <source>not saved: the file there cannot be read (%1) and would be lost; fix or move it first, or save a fresh file (the old one is kept as .bak)</source>
        <translation>未保存：无法读取现有文件（%1），保存会丢失它；请先修复或移走它，或者保存为新文件（旧文件会保留为 .bak）</translation>
    </message>
    <message>
        <source>not valid TOML: %1</source>
        <translation>无效的 TOML：%1</translation>
    </message>
    <message>
        <source>not valid TOML: arrays or tables nest too deeply</source>
        <translation>无效的 TOML：数组或表嵌套过深</translation>
    </message>
    <message>
        <source>one or more [[exercise]] tables</source>
        <translation>一个或多个 [[exercise]] 表</translation>
    </message>
    <message>
        <source>ranges that do not overlap</source>
        <translation>互不重叠的范围</translation>
    </message>
    <message>
        <source>routine_max (%1) is below routine_min (%2)</source>
        <translation>routine_max（%1）小于 routine_min（%2）</translation>
    </message>
    <message>
        <source>steps of at most %1 characters</source>
        <translation>每步不超过 %1 个字符</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>up to %1 lower-case letters, digits and &apos;-&apos;, e.g. %2</source>
        <translation>最多 %1 个小写字母、数字和 &apos;-&apos;，例如 %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>weekdays such as %1 or %2</source>
        <translation>星期，如 %1 或 %2</translation>
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
            <numerusform>还剩 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Don&apos;t show this again</source>
        <translation>不再显示</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Last one</source>
        <translation>最后一个</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>Never suggest this exercise; undo it in Settings ▸ Exercises (H)</source>
        <translation>不再推荐此练习；可在 设置 ▸ 练习 中撤销 (H)</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一个：%1</translation>
    </message>
    <message>
        <source>No exercise matches your settings. Stand up and move a little.</source>
        <translation>没有符合你设置的练习。站起来稍微活动一下吧。</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>暂无安排</translation>
    </message>
    <message>
        <source>Now the left side</source>
        <translation>现在换左侧</translation>
    </message>
    <message>
        <source>Paused while you are away</source>
        <translation>你离开时已暂停</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>右侧</translation>
    </message>
    <message>
        <source>Right side, then left</source>
        <translation>先右侧，再左侧</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>坐姿</translation>
    </message>
    <message>
        <source>Shorten to 1 min</source>
        <translation>缩短到 1 分钟</translation>
    </message>
    <message>
        <source>Skip exercise</source>
        <translation>跳过此练习</translation>
    </message>
    <message>
        <source>Skip routine</source>
        <translation>跳过本组</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>推迟 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>站姿</translation>
    </message>
    <message>
        <source>Suggest this exercise more often (F)</source>
        <translation>更常推荐此练习 (F)</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>两侧</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>右侧</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>after-block</source>
        <translation>时段之后</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>空档</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>sitting-limit</source>
        <translation>久坐上限</translation>
    </message>
    <message>
        <source>snooze</source>
        <translation>推迟</translation>
    </message>
</context>
<context>
    <name>Remote</name>
    <message>
        <source>A break is already on screen.</source>
        <translation>休息已经在屏幕上了。</translation>
    </message>
    <message>
        <source>Break started: %1</source>
        <translation>休息已开始：%1</translation>
    </message>
    <message>
        <source>No break is on screen.</source>
        <translation>屏幕上没有休息。</translation>
    </message>
    <message>
        <source>Opened the break.</source>
        <translation>已打开休息。</translation>
    </message>
    <message>
        <source>Opened the history.</source>
        <translation>已打开历史记录。</translation>
    </message>
    <message>
        <source>Opened the settings.</source>
        <translation>已打开设置。</translation>
    </message>
    <message>
        <source>movebreak is already running.</source>
        <translation>movebreak 已在运行。</translation>
    </message>
    <message>
        <source>movebreak is already running.
%1</source>
        <translation>movebreak 已在运行。
%1</translation>
    </message>
    <message>
        <source>movebreak is not running. Start it with `movebreak` (or `make run`).</source>
        <translation>movebreak 没有在运行。请用 `movebreak`（或 `make run`）启动。</translation>
    </message>
    <message>
        <source>movebreak is quitting.</source>
        <translation>movebreak 正在退出。</translation>
    </message>
    <message>
        <source>movebreak is running but does not answer (stopped or busy). `kill -CONT` it, or end it and start it again.</source>
        <translation>movebreak 正在运行但没有响应（已停止或忙碌）。用 `kill -CONT` 恢复，或结束后重新启动。</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>未知的命令 %1</translation>
    </message>
</context>
<context>
    <name>Routine</name>
    <message>
        <source>%1 &amp; %2</source>
        <translation>%1和%2</translation>
    </message>
    <message>
        <source>%1, %2 &amp; more</source>
        <translation>%1、%2等</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n min</source>
        <translation>
            <numerusform>%1，%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Just one minute this time</source>
        <translation>这次只要一分钟</translation>
    </message>
    <message>
        <source>Just one minute: you have been sitting for %1</source>
        <translation>只要一分钟：你已经坐了 %1</translation>
    </message>
    <message>
        <source>Just one minute: you have been sitting for at least %1</source>
        <translation>只要一分钟：你已经坐了至少 %1</translation>
    </message>
    <message numerus="yes">
        <source>Move freely, %n min</source>
        <translation>
            <numerusform>自由活动，%n 分钟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>%1 and %2 overlap</source>
        <translation>%1 与 %2 重叠</translation>
    </message>
    <message numerus="yes">
        <source>%n events count as blocks in the tested period.</source>
        <translation>
            <numerusform>在测试的时间段内，有 %n 个日程算作时段。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add block</source>
        <translation>添加时段(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Friday</source>
        <translation>星期五(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Monday</source>
        <translation>星期一(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Wednesday</source>
        <translation>星期三(&amp;W)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a range; write HH:MM-HH:MM, e.g. 09:00-17:30</source>
        <translation>“%1”不是时间范围；请写成 HH:MM-HH:MM，例如 09:00-17:30</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: end must be after start</source>
        <translation>“%1”：结束必须晚于开始</translation>
    </message>
    <message>
        <source>Add UR&amp;L</source>
        <translation>添加 URL(&amp;L)</translation>
    </message>
    <message>
        <source>Add a calendar file</source>
        <translation>添加日历文件</translation>
    </message>
    <message>
        <source>Add f&amp;ile…</source>
        <translation>添加文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Block %1: %2</source>
        <translation>时段 %1：%2</translation>
    </message>
    <message>
        <source>Calendar %1: %2</source>
        <translation>日历 %1：%2</translation>
    </message>
    <message>
        <source>Calendar sources</source>
        <translation>日历来源</translation>
    </message>
    <message>
        <source>Calendars (their busy events are blocks too)</source>
        <translation>日历（其中的忙碌事件也算作时段）</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Deep-work blocks</source>
        <translation>专注时段</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>复制(&amp;P)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Leave &apos;Only events containing&apos; empty to count every busy event; or list words (summary or category), e.g. Focus, Deep work.</source>
        <translation>“仅包含以下词的事件”留空则计入所有忙碌事件；也可以列出词语（标题或类别），例如 Focus, 专注。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Only events containing</source>
        <translation>仅包含以下词的事件</translation>
    </message>
    <message>
        <source>Plan preview: today and tomorrow</source>
        <translation>计划预览：今天和明天</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>删除(&amp;V)</translation>
    </message>
    <message>
        <source>Remove &amp;calendar</source>
        <translation>删除日历(&amp;C)</translation>
    </message>
    <message>
        <source>Sa&amp;turday</source>
        <translation>星期六(&amp;T)</translation>
    </message>
    <message>
        <source>Select a calendar to test.</source>
        <translation>请选择要测试的日历。</translation>
    </message>
    <message>
        <source>Several ranges are separated by commas: 09:00-12:30, 13:30-17:30</source>
        <translation>多个时间范围用逗号分隔：09:00-12:30, 13:30-17:30</translation>
    </message>
    <message>
        <source>Source (file or URL)</source>
        <translation>来源（文件或 URL）</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Su&amp;nday</source>
        <translation>星期日(&amp;N)</translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation>测试(&amp;E)</translation>
    </message>
    <message>
        <source>T&amp;uesday</source>
        <translation>星期二(&amp;U)</translation>
    </message>
    <message>
        <source>Test failed: %1</source>
        <translation>测试失败：%1</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>正在测试 %1…</translation>
    </message>
    <message>
        <source>Thu&amp;rsday</source>
        <translation>星期四(&amp;R)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Using the cached copy, %1 old.</source>
        <translation>正在使用缓存的副本（%1 前）。</translation>
    </message>
    <message>
        <source>Weekly deep-work blocks (never interrupted)</source>
        <translation>每周专注时段（绝不打断）</translation>
    </message>
    <message>
        <source>Working hours (no break is planned outside them)</source>
        <translation>工作时间（工作时间外不安排休息）</translation>
    </message>
    <message>
        <source>Working hours, %1: %2</source>
        <translation>工作时间，%1：%2</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>days &apos;%1&apos;: use weekdays such as mon-fri or mon, wed</source>
        <translation>星期“%1”：请使用 mon-fri 或 mon, wed 这样的写法</translation>
    </message>
    <message>
        <source>end &apos;%1&apos;: use HH:MM</source>
        <translation>结束“%1”：请使用 HH:MM</translation>
    </message>
    <message>
        <source>end must be after start</source>
        <translation>结束必须晚于开始</translation>
    </message>
    <message>
        <source>enter the path of an .ics file or an http(s) URL</source>
        <translation>请输入 .ics 文件路径或 http(s) 网址</translation>
    </message>
    <message>
        <source>start &apos;%1&apos;: use HH:MM</source>
        <translation>开始“%1”：请使用 HH:MM</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>%1: %2 %3 is above the maximum; use %4 to %5 %3</source>
        <translation>%1：%2 %3 超过最大值；请使用 %4 到 %5 %3</translation>
    </message>
    <message>
        <source>%1: %2 %3 is below the minimum; use %4 to %5 %3</source>
        <translation>%1：%2 %3 低于最小值；请使用 %4 到 %5 %3</translation>
    </message>
    <message>
        <source>&amp;After a block ends, wait</source>
        <translation>时段结束后等待(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Heads-up before a break</source>
        <translation>休息前提醒(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Longest routine</source>
        <translation>最长练习组(&amp;L)</translation>
    </message>
    <message>
        <source>Announce breaks with a desktop &amp;notification</source>
        <translation>用桌面通知提醒休息(&amp;N)</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Count time away from the keyboard as a &amp;break</source>
        <translation>离开键盘的时间算作休息(&amp;B)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>练习</translation>
    </message>
    <message>
        <source>Fetch &amp;URL calendars every</source>
        <translation>URL 日历获取间隔(&amp;U)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Hold breaks during a call (&amp;microphone or camera in use)</source>
        <translation>通话时暂缓休息（麦克风或摄像头使用中）(&amp;M)</translation>
    </message>
    <message>
        <source>Hold breaks while a &amp;fullscreen window has focus</source>
        <translation>全屏窗口获得焦点时暂缓休息(&amp;F)</translation>
    </message>
    <message>
        <source>Hold breaks while these &amp;programs run</source>
        <translation>这些程序运行时暂缓休息(&amp;P)</translation>
    </message>
    <message>
        <source>Longest stretch &amp;without a break</source>
        <translation>不休息的最长时长(&amp;W)</translation>
    </message>
    <message>
        <source>Plan in &amp;time zone</source>
        <translation>计划使用的时区(&amp;T)</translation>
    </message>
    <message>
        <source>Play a soft &amp;chime at the start and between exercises</source>
        <translation>在开始时和练习之间播放轻柔的提示音(&amp;C)</translation>
    </message>
    <message>
        <source>Routines to s&amp;kip a day</source>
        <translation>每天可跳过的组数(&amp;K)</translation>
    </message>
    <message>
        <source>S&amp;nooze postpones by</source>
        <translation>推迟时长(&amp;N)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>Sh&amp;ortest routine</source>
        <translation>最短练习组(&amp;O)</translation>
    </message>
    <message>
        <source>Skip &amp;gaps shorter than</source>
        <translation>跳过短于此时长的空档(&amp;G)</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分钟</translation>
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
            <numerusform> （另有 %n 条）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems in your config file. Those values use their defaults until you fix them here or in the file (saving replaces them; the old file is kept as .bak):</source>
        <translation>
            <numerusform>配置文件中有 %n 个问题。在你于此处或文件中修正之前，这些值使用默认值（保存会替换它们；旧文件保留为 .bak）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown keys or sections in your config file: kept there, and ignored (a typo, or written by a newer movebreak?):</source>
        <translation>
            <numerusform>配置文件中有 %n 个未知的键或节：保留在文件中并被忽略（可能是拼写错误，或由更新版本的 movebreak 写入）：</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <source>Discard them, or keep editing?</source>
        <translation>放弃更改，还是继续编辑？</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save a fresh file</source>
        <translation>保存为新文件</translation>
    </message>
    <message>
        <source>Save your changes to the settings?</source>
        <translation>保存对设置的更改吗？</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Saved, but starting at login could not be changed:</source>
        <translation>已保存，但无法更改登录时启动：</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>设置页面</translation>
    </message>
    <message>
        <source>They go to %1.</source>
        <translation>将保存到 %1。</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>未保存的设置</translation>
    </message>
    <message>
        <source>Write your settings to a new file; the old one is kept as .bak</source>
        <translation>将设置写入新文件；旧文件保留为 .bak</translation>
    </message>
    <message>
        <source>Your changes are not valid, so they cannot be saved.</source>
        <translation>你的更改无效，无法保存。</translation>
    </message>
    <message>
        <source>Your settings were not saved:</source>
        <translation>设置未保存：</translation>
    </message>
    <message>
        <source>could not be written: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>movebreak settings</source>
        <translation>movebreak 设置</translation>
    </message>
    <message>
        <source>start at login</source>
        <translation>登录时启动</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (run movebreak check-config)</source>
        <translation>
            <numerusform>… 另有 %n 条（运行 movebreak check-config）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>A break is held (%1); trying again at %2</source>
        <translation>休息已暂缓（%1）；将于 %2 再试</translation>
    </message>
    <message>
        <source>A break is on screen now</source>
        <translation>休息正在屏幕上</translation>
    </message>
    <message>
        <source>Away from the keyboard since %1</source>
        <translation>自 %1 起离开键盘</translation>
    </message>
    <message>
        <source>Focus until %1</source>
        <translation>专注至 %1</translation>
    </message>
    <message>
        <source>Last moved %1 ago</source>
        <translation>上次活动在 %1 前</translation>
    </message>
    <message>
        <source>Last moved %1 ago, at %2</source>
        <translation>上次活动在 %1 前（%2）</translation>
    </message>
    <message>
        <source>Last moved over %1 ago</source>
        <translation>距上次活动已超过 %1</translation>
    </message>
    <message>
        <source>Next break: %1</source>
        <translation>下次休息：%1</translation>
    </message>
    <message>
        <source>Next break: none (%1)</source>
        <translation>下次休息：无（%1）</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>暂停至 %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Focus now</source>
        <translation>立即专注(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Resume breaks</source>
        <translation>恢复休息(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Start a break now</source>
        <translation>立即开始休息(&amp;S)</translation>
    </message>
    <message>
        <source>Next break: %1</source>
        <translation>下次休息：%1</translation>
    </message>
    <message>
        <source>Next break: —</source>
        <translation>下次休息：—</translation>
    </message>
    <message>
        <source>No break planned (%1)</source>
        <translation>没有安排休息（%1）</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>暂停至 %1</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>设置(&amp;E)…</translation>
    </message>
    <message>
        <source>Show the &amp;break</source>
        <translation>显示休息(&amp;B)</translation>
    </message>
    <message>
        <source>Until the current block ends</source>
        <translation>直到当前时段结束</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>直到明天</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
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
        <translation>周五</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;Afternoons, 14:00–16:00, Monday to Thursday</source>
        <translation>下午，14:00–16:00，周一至周四(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import a calendar…</source>
        <translation>导入日历(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Mornings, 09:00–11:00, Monday to Friday</source>
        <translation>上午，09:00–11:00，周一至周五(&amp;M)</translation>
    </message>
    <message>
        <source>Calendar: </source>
        <translation>日历： </translation>
    </message>
    <message>
        <source>I &amp;work from</source>
        <translation>我的工作时间从(&amp;W)</translation>
    </message>
    <message>
        <source>Import a calendar</source>
        <translation>导入日历</translation>
    </message>
    <message>
        <source>The end of the working day must be after its start.</source>
        <translation>工作日的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>Tick at least one working day.</source>
        <translation>请至少勾选一个工作日。</translation>
    </message>
    <message>
        <source>Tick what fits; breaks will never land inside these blocks.</source>
        <translation>勾选合适的选项；休息绝不会落在这些时段内。</translation>
    </message>
    <message>
        <source>W&amp;ednesday mornings, 09:00–12:30 (a no-meeting half day)</source>
        <translation>周三上午，09:00–12:30（无会议的半天）(&amp;E)</translation>
    </message>
    <message>
        <source>Welcome to movebreak</source>
        <translation>欢迎使用 movebreak</translation>
    </message>
    <message>
        <source>When do you do deep work?</source>
        <translation>你什么时候做专注工作？</translation>
    </message>
    <message>
        <source>You can change all of this, and more, in the settings later. Closing this window keeps the defaults.</source>
        <translation>这些以及更多内容都可以稍后在设置中更改。关闭此窗口将保留默认值。</translation>
    </message>
    <message>
        <source>Your working hours</source>
        <translation>你的工作时间</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar 文件 (*.ics);;所有文件 (*)</translation>
    </message>
    <message>
        <source>movebreak plans short, illustrated stretching breaks into the gaps between your deep-work blocks, and never interrupts them.</source>
        <translation>movebreak 会在你的专注时段之间的空档里安排简短的图解伸展休息，绝不打断专注时段。</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>到(&amp;O)</translation>
    </message>
</context>
</TS>
