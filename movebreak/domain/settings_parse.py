"""config.toml's parsed mapping <-> Settings: every key checked against the schema in
domain.settings, every problem collected (never only the first), bad values kept at default."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from movebreak.domain.clock import zone_named
from movebreak.domain.day_times import (
    WEEKDAYS,
    TimeRange,
    format_days,
    parse_days,
    parse_range,
    parse_time,
    range_problem,
)
from movebreak.domain.languages import LANGUAGES
from movebreak.domain.settings import (
    DEFAULTS,
    OPTIONS,
    OPTIONS_BY_KEY,
    SECTIONS,
    BlockRule,
    CalendarSource,
    Option,
    Settings,
)
from movebreak.errors import Problem
from movebreak.texts import N_, Text


def _suggest(word: str, choices: list[str]) -> str | None:
    import difflib  # only when there is a typo to name

    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return repr(close[0]) if close else None


def _invalid(value: object, choices: list[str] | None = None) -> Text:
    """ "Invalid value 'x'", with a did-you-mean when choices hold a close one."""
    close = _suggest(str(value), choices) if choices else None
    if close:
        return N_("Problem", "Invalid value %1; did you mean %2?", repr(value), close)
    return N_("Problem", "Invalid value %1", repr(value))


class _Collector:
    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[Problem] = []

    def add(self, key: str, message: Text, valid: Text | str | None = None) -> None:
        self.problems.append(Problem.of(self.source, message, key=key, valid=valid))

    def unknown(self, key: str, section: bool, name: str, known: list[str]) -> None:
        """One rule for unknown keys and sections: kept, ignored, a warning with a did-you-mean."""
        close = _suggest(name, known)
        if section:
            message = (
                N_("Problem", "Unknown section %1, ignored; did you mean %2?", repr(name), close)
                if close
                else N_("Problem", "Unknown section %1, ignored", repr(name))
            )
        else:
            message = (
                N_("Problem", "Unknown key %1, ignored; did you mean %2?", repr(name), close)
                if close
                else N_("Problem", "Unknown key %1, ignored", repr(name))
            )
        self.problems.append(Problem.of(self.source, message, key=key, valid=", ".join(known), warning=True))


def _scalar(opt: Option, value: Any, out: _Collector) -> Any:
    key = opt.key
    if opt.kind is bool:
        if isinstance(value, bool):
            return value
    elif opt.kind is int:
        if isinstance(value, int) and not isinstance(value, bool):
            if opt.low is not None and opt.high is not None and not opt.low <= value <= opt.high:
                out.add(key, N_("Problem", "Invalid value %1 - out of range", repr(value)), opt.valid_text)
                return None
            return value
    elif opt.kind is str:
        if isinstance(value, str):
            if opt.name == "timezone" and value and zone_named(value) is None:
                out.add(
                    key,
                    N_("Problem", "Invalid value %1 - unknown time zone", repr(value[:64])),
                    N_("Problem", "an IANA zone such as %1, or empty", "'Europe/Berlin'"),
                )
                return None
            if opt.name == "language" and value and value not in LANGUAGES:
                valid = N_("Problem", "empty, or one of: %1", ", ".join(LANGUAGES))
                out.add(key, N_("Problem", "Invalid value %1 - not a shipped language", repr(value[:64])), valid)
                return None
            return value
    elif opt.kind is tuple and isinstance(value, list) and all(isinstance(v, str) for v in value):
        bad = [v for v in value if opt.item_choices and v not in opt.item_choices]
        if bad:
            out.add(
                key,
                _invalid(bad[0], list(opt.item_choices)),
                opt.valid_text,
            )
            return None
        return tuple(value)
    out.add(key, N_("Problem", "Invalid value %1 - wrong type", repr(value)), opt.valid_text)
    return None


def _working_hours(data: Any, out: _Collector) -> tuple[tuple[TimeRange, ...], ...] | None:
    if not isinstance(data, Mapping):
        out.add(
            "working_hours",
            N_("Problem", "must be a table of weekdays"),
            N_("Problem", "e.g. %1", 'mon = ["09:00-17:30"]'),
        )
        return None
    hours = list(DEFAULTS.working_hours)
    for day, value in data.items():
        key = f"working_hours.{day}"
        if day not in WEEKDAYS:
            close = _suggest(day, list(WEEKDAYS))
            message = (
                N_("Problem", "Unknown weekday %1; did you mean %2?", repr(day), close)
                if close
                else N_("Problem", "Unknown weekday %1", repr(day))
            )
            out.add(key, message, ", ".join(WEEKDAYS))
            continue
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            out.add(
                key,
                _invalid(value),
                N_("Problem", "a list of %1 ranges, e.g. %2", '"HH:MM-HH:MM"', '["09:00-12:00", "13:00-17:30"]'),
            )
            continue
        ranges: list[TimeRange] = []
        for item in value:
            r = parse_range(item) if isinstance(item, str) else None
            if r is None:
                out.add(key, range_problem(item), N_("Problem", "%1, e.g. %2", '"HH:MM-HH:MM"', '"09:00-17:30"'))
                break
            ranges.append(r)
        else:
            ranges.sort(key=lambda r: r.start)
            if any(a.end > b.start for a, b in itertools.pairwise(ranges)):
                out.add(key, N_("Problem", "Ranges overlap"), N_("Problem", "ranges that do not overlap"))
                continue
            hours[WEEKDAYS.index(day)] = tuple(ranges)
    return tuple(hours)


def _block_rule(i: int, data: Any, out: _Collector) -> BlockRule | None:
    key = f"blocks[{i}]"
    if not isinstance(data, Mapping):
        out.add(key, N_("Problem", "must be a table"), "days, start, end, title")
        return None
    allowed = ["days", "start", "end", "title"]
    for k in data:
        if k not in allowed:
            out.unknown(f"{key}.{k}", False, k, allowed)
    days = parse_days(data.get("days", "mon-fri"))
    start = parse_time(data["start"]) if isinstance(data.get("start"), str) else None
    end = parse_time(data["end"]) if isinstance(data.get("end"), str) else None
    title = data.get("title", "Deep work")
    ok = True
    if days is None:
        out.add(
            f"{key}.days",
            _invalid(data.get("days")),
            N_("Problem", "weekdays such as %1 or %2", "'mon-thu'", "['mon', 'wed']"),
        )
        ok = False
    if start is None:
        out.add(f"{key}.start", _invalid(data.get("start")), '"HH:MM"')
        ok = False
    if end is None:
        out.add(f"{key}.end", _invalid(data.get("end")), '"HH:MM"')
        ok = False
    if start is not None and end is not None and end <= start:
        out.add(
            f"{key}.end", N_("Problem", "end must be after start"), N_("Problem", "a time after %1", f"{start:%H:%M}")
        )
        ok = False
    if not isinstance(title, str):
        out.add(f"{key}.title", _invalid(title), N_("Problem", "a string"))
        ok = False
    if not ok or days is None or start is None or end is None:
        return None
    return BlockRule(days, start, end, str(title))


def _calendar(i: int, data: Any, out: _Collector) -> CalendarSource | None:
    key = f"calendars[{i}]"
    if not isinstance(data, Mapping):
        out.add(key, N_("Problem", "must be a table"), "source, enabled, keywords, name")
        return None
    allowed = ["source", "enabled", "keywords", "name"]
    for k in data:
        if k not in allowed:
            out.unknown(f"{key}.{k}", False, k, allowed)
    loc = data.get("source")
    if not isinstance(loc, str) or not loc.strip():
        out.add(f"{key}.source", _invalid(loc), N_("Problem", "a path to an .ics file, or an http(s) URL"))
        return None
    enabled = data.get("enabled", True)
    if not isinstance(enabled, bool):
        out.add(f"{key}.enabled", _invalid(enabled), N_("Problem", "true or false"))
        return None
    keywords = data.get("keywords", [])
    if isinstance(keywords, str):
        keywords = [keywords]
    if not isinstance(keywords, list) or not all(isinstance(k, str) for k in keywords):
        out.add(f"{key}.keywords", _invalid(keywords), N_("Problem", "a list of strings, e.g. %1", "['Focus']"))
        return None
    name = data.get("name", "")
    if not isinstance(name, str):
        out.add(f"{key}.name", _invalid(name), N_("Problem", "a string"))
        return None
    return CalendarSource(loc.strip(), enabled, tuple(keywords), name)


def _list_of(
    section: str, data: Any, parse: Callable[[int, Any, _Collector], Any], out: _Collector
) -> tuple[Any, ...] | None:
    if not isinstance(data, list):
        out.add(section, N_("Problem", "must be an array of tables"), N_("Problem", "%1 entries", f"[[{section}]]"))
        return None
    items = [parse(i, item, out) for i, item in enumerate(data)]
    return tuple(i for i in items if i is not None)


def settings_from_mapping(data: Mapping[str, Any], source: str = "config") -> tuple[Settings, list[Problem]]:
    """Build Settings from parsed TOML. Bad values keep their default; every problem is listed."""
    out = _Collector(source)
    changes: dict[str, Any] = {}
    for section, value in data.items():
        if section not in SECTIONS:
            out.unknown(section, True, section, list(SECTIONS))
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
            out.add(section, N_("Problem", "must be a table"), f"[{section}]")
            continue
        names = [o.name for o in OPTIONS if o.section == section]
        for name, raw in value.items():
            opt = OPTIONS_BY_KEY.get(f"{section}.{name}")
            if opt is None:
                out.unknown(f"{section}.{name}", False, name, names)
                continue
            parsed = _scalar(opt, raw, out)
            if parsed is not None:
                changes[name] = parsed
    settings = replace(DEFAULTS, **changes)
    lo, hi = settings.routine_min, settings.routine_max
    if lo > hi:
        out.add(
            "planning.routine_max",
            N_("Problem", "routine_max (%1) is below routine_min (%2)", hi, lo),
            N_("Problem", "at least %1", lo),
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
