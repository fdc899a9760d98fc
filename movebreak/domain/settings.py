"""Typed, validated settings: the declarative schema behind config.toml, the settings window
and the README's key reference. Parsing collects every problem instead of stopping at the first."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import time
from typing import Any

from movebreak.domain.clock import zone_named
from movebreak.domain.languages import LANGUAGES
from movebreak.errors import Problem

WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
BODY_AREAS: tuple[str, ...] = (
    "neck",
    "shoulders",
    "upper back",
    "lower back",
    "hips",
    "legs",
    "wrists & hands",
    "eyes",
)
_RANGE_RE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")
_TIME_RE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")


@dataclass(frozen=True)
class TimeRange:
    start: time
    end: time

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


@dataclass(frozen=True)
class BlockRule:
    """A weekly deep-work block: on these weekdays (0 = Monday), from start to end."""

    days: tuple[int, ...]
    start: time
    end: time
    title: str = "Deep work"


@dataclass(frozen=True)
class CalendarSource:
    """An .ics file or URL. With keywords, only events whose summary or categories contain
    one of them count as blocks; without, every busy, confirmed, timed event counts."""

    location: str
    enabled: bool = True
    keywords: tuple[str, ...] = ()
    name: str = ""


def _default_hours() -> tuple[tuple[TimeRange, ...], ...]:
    day = (TimeRange(time(9, 0), time(17, 30)),)
    return (day, day, day, day, day, (), ())


@dataclass(frozen=True)
class Settings:
    working_hours: tuple[tuple[TimeRange, ...], ...] = field(default_factory=_default_hours)
    blocks: tuple[BlockRule, ...] = ()
    calendars: tuple[CalendarSource, ...] = ()
    # planning, in minutes
    after_block_delay: int = 2
    min_gap: int = 5
    max_sitting: int = 50
    routine_min: int = 2
    routine_max: int = 8
    # breaks
    lead_time: int = 60  # seconds
    snooze: int = 5  # minutes
    chime: bool = False
    notifications: bool = True
    skip_budget: int = 0  # skipped breaks a day before "Skip routine" becomes "Shorten"; 0 = no limit
    # exercises
    disabled_exercises: tuple[str, ...] = ()
    favourite_exercises: tuple[str, ...] = ()  # ♥ in the prompt
    disabled_areas: tuple[str, ...] = ()
    # system
    idle_detection: bool = True
    defer_when_fullscreen: bool = True
    dnd_processes: tuple[str, ...] = ()
    hold_during_calls: bool = True
    timezone: str = ""
    calendar_refresh: int = 30  # minutes
    language: str = ""  # a code from domain.languages; "" = the system's

    def with_changes(self, **changes: Any) -> Settings:
        return replace(self, **changes)


@dataclass(frozen=True)
class Option:
    """One scalar config key: where it lives, its type, bounds, default and help text."""

    section: str
    name: str
    kind: type
    help: str
    low: int | None = None
    high: int | None = None
    unit: str = ""
    item_choices: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return f"{self.section}.{self.name}"

    @property
    def default(self) -> Any:
        return getattr(DEFAULTS, self.name)

    @property
    def valid(self) -> str:
        if self.kind is bool:
            return "true or false"
        if self.kind is int:
            return f"a whole number of {self.unit} from {self.low} to {self.high}"
        if self.item_choices:
            return "a list of: " + ", ".join(repr(c) for c in self.item_choices)
        if self.kind is tuple:
            return "a list of strings"
        return "a string"


DEFAULTS = Settings()

OPTIONS: tuple[Option, ...] = (
    Option(
        "planning",
        "after_block_delay",
        int,
        "Minutes after a block ends before the break starts.",
        0,
        30,
        "minutes",
    ),
    Option("planning", "min_gap", int, "Gaps shorter than this get no break.", 1, 60, "minutes"),
    Option("planning", "max_sitting", int, "Longest free stretch without a break.", 10, 240, "minutes"),
    Option("planning", "routine_min", int, "Shortest routine.", 1, 30, "minutes"),
    Option("planning", "routine_max", int, "Longest routine.", 1, 30, "minutes"),
    Option(
        "breaks",
        "lead_time",
        int,
        "Heads-up notification this long before a break (0 = off).",
        0,
        600,
        "seconds",
    ),
    Option("breaks", "snooze", int, "How long Snooze postpones a break.", 1, 60, "minutes"),
    Option(
        "breaks",
        "skip_budget",
        int,
        "Routines you may skip a day; then Skip routine becomes Shorten to 1 min (0 = no limit).",
        0,
        50,
        "skips",
    ),
    Option("breaks", "chime", bool, "Play a soft chime at the start and between exercises."),
    Option("breaks", "notifications", bool, "Announce breaks with a desktop notification."),
    Option("exercises", "disabled_exercises", tuple, "Exercise ids never to suggest."),
    Option("exercises", "favourite_exercises", tuple, "Exercise ids to suggest first where body areas allow."),
    Option(
        "exercises",
        "disabled_areas",
        tuple,
        "Body areas never to suggest.",
        item_choices=BODY_AREAS,
    ),
    Option("system", "idle_detection", bool, "Count time away from the keyboard as a natural break."),
    Option("system", "defer_when_fullscreen", bool, "Hold breaks while a fullscreen window has focus."),
    Option("system", "dnd_processes", tuple, "Hold breaks while any of these processes runs."),
    Option("system", "hold_during_calls", bool, "Hold breaks while the microphone or the camera is in use (a call)."),
    Option(
        "system",
        "timezone",
        str,
        "Plan in this IANA zone instead of the system's (empty = system).",
    ),
    Option(
        "system",
        "calendar_refresh",
        int,
        "How often URL calendars are fetched again.",
        5,
        1440,
        "minutes",
    ),
    Option("system", "language", str, "Language of the windows and exercises (empty = system)."),
)
OPTIONS_BY_KEY: dict[str, Option] = {o.key: o for o in OPTIONS}
STRUCTURED_SECTIONS: dict[str, str] = {
    "working_hours": ('Per weekday, a list of "HH:MM-HH:MM" ranges. Default: mon-fri ["09:00-17:30"].'),
    "blocks": "Weekly deep-work blocks: [[blocks]] with days, start, end, title.",
    "calendars": ("Calendar sources: [[calendars]] with source (path or URL), enabled, keywords, name."),
}
SECTIONS: tuple[str, ...] = ("planning", "breaks", "exercises", "system", *STRUCTURED_SECTIONS)


def _suggest(word: str, choices: list[str]) -> str:
    import difflib  # only when there is a typo to name

    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


def parse_time(text: str) -> time | None:
    m = _TIME_RE.match(text)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if h == 24 and mi == 0:
        return time(23, 59, 59)
    if h > 23 or mi > 59:
        return None
    return time(h, mi)


def parse_range(text: str) -> TimeRange | None:
    m = _RANGE_RE.match(text)
    if not m:
        return None
    start = parse_time(f"{m.group(1)}:{m.group(2)}")
    end = parse_time(f"{m.group(3)}:{m.group(4)}")
    if start is None or end is None or end <= start:
        return None
    return TimeRange(start, end)


def range_problem(item: object) -> str:
    """Why item is no working-hours range, in the user's terms (parse_range said None)."""
    if not isinstance(item, str):
        return f'Invalid range {str(item)[:40]} - write a range as a quoted "HH:MM-HH:MM" string'
    m = _RANGE_RE.match(item)
    if not m:
        return f"Invalid range {item[:40]!r} - not written as HH:MM-HH:MM (two-digit minutes)"
    for h, mi in ((m.group(1), m.group(2)), (m.group(3), m.group(4))):
        if parse_time(f"{h}:{mi}") is None:
            return f"Invalid range {item!r} - {h}:{mi} is no time of day (00:00 to 24:00)"
    return f"Invalid range {item!r} - end must be after start"


def parse_days(value: Any) -> tuple[int, ...] | None:
    """'mon-fri', 'mon,wed', ['mon', 'tue'] -> weekday numbers (Monday = 0)."""
    items: list[str]
    if isinstance(value, str):
        items = [p.strip() for p in value.lower().split(",") if p.strip()]
    elif isinstance(value, list) and all(isinstance(v, str) for v in value):
        items = [v.strip().lower() for v in value]
    else:
        return None
    days: set[int] = set()
    for item in items:
        if "-" in item:
            a, _, b = item.partition("-")
            if a.strip()[:3] not in WEEKDAYS or b.strip()[:3] not in WEEKDAYS:
                return None
            i, j = WEEKDAYS.index(a.strip()[:3]), WEEKDAYS.index(b.strip()[:3])
            k = i
            while True:
                days.add(k)
                if k == j:
                    break
                k = (k + 1) % 7
        elif item[:3] in WEEKDAYS:
            days.add(WEEKDAYS.index(item[:3]))
        else:
            return None
    return tuple(sorted(days)) if days else None


def format_days(days: tuple[int, ...]) -> list[str]:
    return [WEEKDAYS[d] for d in days]


class _Collector:
    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[Problem] = []

    def add(self, key: str, message: str, valid: str | None = None) -> None:
        self.problems.append(Problem(self.source, message, key=key, valid=valid))

    def unknown(self, key: str, what: str, name: str, known: list[str]) -> None:
        """One rule for unknown keys and sections: kept, ignored, a warning with a did-you-mean."""
        self.problems.append(
            Problem(
                self.source,
                f"Unknown {what} {name!r}, ignored{_suggest(name, known)}",
                key=key,
                valid=", ".join(known),
                warning=True,
            )
        )


def _scalar(opt: Option, value: Any, out: _Collector) -> Any:
    key = opt.key
    if opt.kind is bool:
        if isinstance(value, bool):
            return value
    elif opt.kind is int:
        if isinstance(value, int) and not isinstance(value, bool):
            if opt.low is not None and opt.high is not None and not opt.low <= value <= opt.high:
                out.add(key, f"Invalid value {value!r} - out of range", opt.valid)
                return None
            return value
    elif opt.kind is str:
        if isinstance(value, str):
            if opt.name == "timezone" and value and zone_named(value) is None:
                out.add(
                    key,
                    f"Invalid value {value[:64]!r} - unknown time zone",
                    "an IANA zone such as 'Europe/Berlin', or empty",
                )
                return None
            if opt.name == "language" and value and value not in LANGUAGES:
                valid = "empty, or one of: " + ", ".join(LANGUAGES)
                out.add(key, f"Invalid value {value[:64]!r} - not a shipped language", valid)
                return None
            return value
    elif opt.kind is tuple and isinstance(value, list) and all(isinstance(v, str) for v in value):
        bad = [v for v in value if opt.item_choices and v not in opt.item_choices]
        if bad:
            out.add(
                key,
                f"Invalid value {bad[0]!r}{_suggest(bad[0], list(opt.item_choices))}",
                opt.valid,
            )
            return None
        return tuple(value)
    out.add(key, f"Invalid value {value!r} - wrong type", opt.valid)
    return None


def _working_hours(data: Any, out: _Collector) -> tuple[tuple[TimeRange, ...], ...] | None:
    if not isinstance(data, Mapping):
        out.add("working_hours", "must be a table of weekdays", 'e.g. mon = ["09:00-17:30"]')
        return None
    hours = list(DEFAULTS.working_hours)
    for day, value in data.items():
        key = f"working_hours.{day}"
        if day not in WEEKDAYS:
            out.add(key, f"Unknown weekday {day!r}{_suggest(day, list(WEEKDAYS))}", ", ".join(WEEKDAYS))
            continue
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            out.add(
                key,
                f"Invalid value {value!r}",
                'a list of "HH:MM-HH:MM" ranges, e.g. ["09:00-12:00", "13:00-17:30"]',
            )
            continue
        ranges: list[TimeRange] = []
        for item in value:
            r = parse_range(item) if isinstance(item, str) else None
            if r is None:
                out.add(key, range_problem(item), '"HH:MM-HH:MM", e.g. "09:00-17:30"')
                break
            ranges.append(r)
        else:
            ranges.sort(key=lambda r: r.start)
            if any(a.end > b.start for a, b in itertools.pairwise(ranges)):
                out.add(key, "Ranges overlap", "ranges that do not overlap")
                continue
            hours[WEEKDAYS.index(day)] = tuple(ranges)
    return tuple(hours)


def _block_rule(i: int, data: Any, out: _Collector) -> BlockRule | None:
    key = f"blocks[{i}]"
    if not isinstance(data, Mapping):
        out.add(key, "must be a table", "days, start, end, title")
        return None
    allowed = ["days", "start", "end", "title"]
    for k in data:
        if k not in allowed:
            out.unknown(f"{key}.{k}", "key", k, allowed)
    days = parse_days(data.get("days", "mon-fri"))
    start = parse_time(data["start"]) if isinstance(data.get("start"), str) else None
    end = parse_time(data["end"]) if isinstance(data.get("end"), str) else None
    title = data.get("title", "Deep work")
    ok = True
    if days is None:
        out.add(
            f"{key}.days",
            f"Invalid value {data.get('days')!r}",
            "weekdays such as 'mon-thu' or ['mon', 'wed']",
        )
        ok = False
    if start is None:
        out.add(f"{key}.start", f"Invalid value {data.get('start')!r}", '"HH:MM"')
        ok = False
    if end is None:
        out.add(f"{key}.end", f"Invalid value {data.get('end')!r}", '"HH:MM"')
        ok = False
    if start is not None and end is not None and end <= start:
        out.add(f"{key}.end", "end must be after start", f"a time after {start:%H:%M}")
        ok = False
    if not isinstance(title, str):
        out.add(f"{key}.title", f"Invalid value {title!r}", "a string")
        ok = False
    if not ok or days is None or start is None or end is None:
        return None
    return BlockRule(days, start, end, str(title))


def _calendar(i: int, data: Any, out: _Collector) -> CalendarSource | None:
    key = f"calendars[{i}]"
    if not isinstance(data, Mapping):
        out.add(key, "must be a table", "source, enabled, keywords, name")
        return None
    allowed = ["source", "enabled", "keywords", "name"]
    for k in data:
        if k not in allowed:
            out.unknown(f"{key}.{k}", "key", k, allowed)
    loc = data.get("source")
    if not isinstance(loc, str) or not loc.strip():
        out.add(f"{key}.source", f"Invalid value {loc!r}", "a path to an .ics file, or an http(s) URL")
        return None
    enabled = data.get("enabled", True)
    if not isinstance(enabled, bool):
        out.add(f"{key}.enabled", f"Invalid value {enabled!r}", "true or false")
        return None
    keywords = data.get("keywords", [])
    if isinstance(keywords, str):
        keywords = [keywords]
    if not isinstance(keywords, list) or not all(isinstance(k, str) for k in keywords):
        out.add(f"{key}.keywords", f"Invalid value {keywords!r}", "a list of strings, e.g. ['Focus']")
        return None
    name = data.get("name", "")
    if not isinstance(name, str):
        out.add(f"{key}.name", f"Invalid value {name!r}", "a string")
        return None
    return CalendarSource(loc.strip(), enabled, tuple(keywords), name)


def _list_of(
    section: str, data: Any, parse: Callable[[int, Any, _Collector], Any], out: _Collector
) -> tuple[Any, ...] | None:
    if not isinstance(data, list):
        out.add(section, "must be an array of tables", f"[[{section}]] entries")
        return None
    items = [parse(i, item, out) for i, item in enumerate(data)]
    return tuple(i for i in items if i is not None)


def settings_from_mapping(data: Mapping[str, Any], source: str = "config") -> tuple[Settings, list[Problem]]:
    """Build Settings from parsed TOML. Bad values keep their default; every problem is listed."""
    out = _Collector(source)
    changes: dict[str, Any] = {}
    for section, value in data.items():
        if section not in SECTIONS:
            out.unknown(section, "section", section, list(SECTIONS))
            continue
        if section == "working_hours":
            hours = _working_hours(value, out)
            if hours is not None:
                changes["working_hours"] = hours
            continue
        if section == "blocks":
            blocks = _list_of("blocks", value, _block_rule, out)
            if blocks is not None:
                changes["blocks"] = blocks
            continue
        if section == "calendars":
            cals = _list_of("calendars", value, _calendar, out)
            if cals is not None:
                changes["calendars"] = cals
            continue
        if not isinstance(value, Mapping):
            out.add(section, "must be a table", f"[{section}]")
            continue
        names = [o.name for o in OPTIONS if o.section == section]
        for name, raw in value.items():
            opt = OPTIONS_BY_KEY.get(f"{section}.{name}")
            if opt is None:
                out.unknown(f"{section}.{name}", "key", name, names)
                continue
            parsed = _scalar(opt, raw, out)
            if parsed is not None:
                changes[name] = parsed
    settings = replace(DEFAULTS, **changes)
    lo, hi = settings.routine_min, settings.routine_max
    if lo > hi:
        out.add(
            "planning.routine_max",
            f"routine_max ({hi}) is below routine_min ({lo})",
            f"at least {lo}",
        )
        settings = replace(settings, routine_min=DEFAULTS.routine_min, routine_max=DEFAULTS.routine_max)
    return settings, out.problems


def validate(settings: Settings, source: str = "settings") -> list[Problem]:
    """Problems in an already-built Settings (the settings window builds them from widgets)."""
    return settings_from_mapping(settings_to_mapping(settings), source)[1]


def settings_to_mapping(settings: Settings) -> dict[str, Any]:
    """The TOML shape of settings: only what differs from the defaults is written... except
    working hours, which are always written so the file shows them."""
    data: dict[str, Any] = {}
    for opt in OPTIONS:
        value = getattr(settings, opt.name)
        data.setdefault(opt.section, {})[opt.name] = list(value) if isinstance(value, tuple) else value
    data["working_hours"] = {WEEKDAYS[i]: [str(r) for r in ranges] for i, ranges in enumerate(settings.working_hours)}
    data["blocks"] = [
        {
            "days": format_days(b.days),
            "start": f"{b.start:%H:%M}",
            "end": f"{b.end:%H:%M}",
            "title": b.title,
        }
        for b in settings.blocks
    ]
    data["calendars"] = [
        {"source": c.location, "enabled": c.enabled, "keywords": list(c.keywords), "name": c.name}
        for c in settings.calendars
    ]
    return data


def setting_names() -> list[str]:
    return [f.name for f in fields(Settings)]
