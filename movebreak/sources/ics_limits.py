"""What one untrusted calendar may cost: recurrence rules are priced before they are
expanded, occurrences are counted after, and zone names are checked before icalendar opens
them as files. Every event over a limit is skipped with a notice naming it; the rest plans."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from movebreak.domain.clock import zone_named
from movebreak.texts import N_, Text

# An event that repeats more often than every 15 minutes is no deep-work block.
MAX_OCCURRENCES_PER_DAY = 96
# dateutil walks a rule from DTSTART, one candidate per step, about 10-15 us each: 100,000
# steps is about a second for one event, 300,000 for a whole calendar.
MAX_STEPS_PER_EVENT = 100_000
MAX_STEPS_PER_CALENDAR = 300_000
# A DURATION past this overflows datetime (P99999999W) long before it means anything.
MAX_EVENT_DURATION = timedelta(days=366)
RULE_VALID = N_("Calendar", "a recurrence at most every 15 minutes, starting after 1900")

_PERIOD_SECONDS = {
    "SECONDLY": 1,
    "MINUTELY": 60,
    "HOURLY": 3_600,
    "DAILY": 86_400,
    "WEEKLY": 7 * 86_400,
    "MONTHLY": 28 * 86_400,  # the shortest month: the most steps
    "YEARLY": 365 * 86_400,
}
# Days a day-selecting BY part can pick within one period (an upper bound).
_DAYS_PER_PERIOD = {"WEEKLY": 7, "MONTHLY": 31, "YEARLY": 366}
_DAY_PARTS = ("BYDAY", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYMONTH")
_TIME_PARTS = ("BYHOUR", "BYMINUTE", "BYSECOND")


@dataclass(frozen=True)
class RuleCost:
    """What expanding one RRULE costs: steps from DTSTART to the window's end, occurrences in
    the window, and the shortest spacing between two occurrences, in seconds."""

    steps: float
    occurrences: float
    spacing: float


def _first(rule: Any, key: str) -> Any:
    values = rule.get(key)
    if isinstance(values, list):
        return values[0] if values else None
    return values


def _aware(value: date | datetime, tz: tzinfo) -> datetime:
    if not isinstance(value, datetime):
        return datetime(value.year, value.month, value.day, tzinfo=tz)
    return value if value.tzinfo is not None else value.replace(tzinfo=tz)


def describe_spacing(seconds: float) -> Text:
    """'every second', 'every 40 seconds', 'every 5 minutes': the notice's words."""
    if seconds <= 1:
        return N_("Calendar", "every second")
    if seconds < 60:
        return N_("Calendar", "every %1 seconds", f"{seconds:.0f}")
    if seconds < 120:
        return N_("Calendar", "every minute")
    return N_("Calendar", "every %1 minutes", f"{seconds / 60:.0f}")


def rule_cost(rule: Any, dtstart: datetime, start: datetime, end: datetime) -> RuleCost | str:
    """The price of one RRULE, or why the rule cannot be expanded at all."""
    freq = _first(rule, "FREQ")
    if freq is None or str(freq).upper() not in _PERIOD_SECONDS:
        return N_("Calendar", "RRULE has no valid FREQ (%1)", repr(freq))
    interval = _first(rule, "INTERVAL")
    interval = 1 if interval is None else interval
    if not isinstance(interval, int) or interval < 1:
        return N_("Calendar", "RRULE INTERVAL=%1 is not a valid interval", interval)
    freq = str(freq).upper()
    per_period = 1
    for part in _TIME_PARTS:
        per_period *= max(1, len(rule.get(part) or ()))
    if any(rule.get(part) for part in _DAY_PARTS):
        per_period *= _DAYS_PER_PERIOD.get(freq, 1)
    step = _PERIOD_SECONDS[freq] * interval
    until = _first(rule, "UNTIL")
    last = end
    if isinstance(until, date):
        last = min(end, _aware(until, dtstart.tzinfo or UTC))
    span = max(0.0, (last - dtstart).total_seconds())
    steps = (span / step + 1) * per_period
    count = _first(rule, "COUNT")
    has_filters = any(rule.get(part) for part in (*_DAY_PARTS, *_TIME_PARTS, "BYSETPOS"))
    if isinstance(count, int) and count >= 0 and not has_filters:
        steps = min(steps, count)  # without filters every step is an occurrence
    in_window = max(0.0, (last - max(start, dtstart)).total_seconds())
    occurrences = in_window / step * per_period
    if isinstance(count, int) and count >= 0:
        occurrences = min(occurrences, count)
    # The densest burst: BYMINUTE=0..59;BYSECOND=0..59 once a month is a second apart.
    spacing = float(step) / per_period
    for part, unit in (("BYSECOND", 60), ("BYMINUTE", 3_600), ("BYHOUR", 86_400)):
        values = rule.get(part) or ()
        if len(values) > 1:
            spacing = min(spacing, unit / len(values))
    return RuleCost(steps, occurrences, spacing)


def occurrence_cap(start: datetime, end: datetime) -> int:
    """The most occurrences one event may have between start and end."""
    days = max(1.0, (end - start).total_seconds() / 86_400)
    return math.ceil(days * MAX_OCCURRENCES_PER_DAY)


def _rules(event: Any) -> list[Any]:
    rules = event.get("RRULE")
    if rules is None:
        return []
    return list(rules) if isinstance(rules, list) else [rules]


class ExpansionBudget:
    """Prices each recurring event of one calendar against the per-event and per-calendar
    limits; `check` says why an event must be skipped, or None."""

    def __init__(self, start: datetime, end: datetime, tz: tzinfo) -> None:
        self.start, self.end, self.tz = start, end, tz
        self.cap = occurrence_cap(start, end)
        self.spent = 0.0

    def check(self, event: Any) -> str | None:
        rules = _rules(event)
        if not rules:
            return None
        dtstart = _aware(event["DTSTART"].dt, self.tz)
        total = 0.0
        for rule in rules:
            cost = rule_cost(rule, dtstart, self.start, self.end)
            if isinstance(cost, str):
                return N_("Calendar", "%1; ignored", cost)
            if cost.occurrences > self.cap:
                return N_("Calendar", "occurs %1; ignored", describe_spacing(cost.spacing))
            total += cost.steps
        if total > MAX_STEPS_PER_EVENT:
            return N_(
                "Calendar",
                "repeats from %1: expanding it would take about %2 steps, more than %3; ignored",
                dtstart.date().isoformat(),
                f"{total:,.0f}",
                f"{MAX_STEPS_PER_EVENT:,}",
            )
        if self.spent + total > MAX_STEPS_PER_CALENDAR:
            return N_(
                "Calendar",
                "the recurring events before it already use this calendar's budget of %1 expansion steps; ignored",
                f"{MAX_STEPS_PER_CALENDAR:,}",
            )
        self.spent += total
        return None


def outside_window(event: Any, start: datetime, end: datetime, tz: tzinfo, uid_count: int) -> bool:
    """A one-off event wholly before or after the window, or all day (never a block):
    expanding it is wasted work, and a calendar of ten years holds thousands. Only when
    nothing else in the file can refer to it (its UID once, no recurrence of its own)."""
    if uid_count > 1 or any(key in event for key in ("RRULE", "RDATE", "EXDATE", "RECURRENCE-ID")):
        return False
    try:
        first = event["DTSTART"].dt
        dtend, duration = event.get("DTEND"), event.get("DURATION")
        last = dtend.dt if dtend is not None else first + duration.dt if duration is not None else first
    except (KeyError, AttributeError, TypeError, ValueError, OverflowError):
        return False
    if not isinstance(first, datetime):
        return True  # all day: planning ignores it (sources.ics._to_block)
    if not isinstance(last, datetime):
        return False
    first, last = _aware(first, tz), _aware(last, tz)
    return last <= start or first >= end


def duration_problem(event: Any) -> str | None:
    duration = event.get("DURATION")
    if duration is not None and isinstance(duration.dt, timedelta) and duration.dt > MAX_EVENT_DURATION:
        return N_("Calendar", "lasts longer than %1 days", MAX_EVENT_DURATION.days)
    return None


# --- zone names, before icalendar opens them ---------------------------------------------------

_TZID_PARAM = re.compile(rb';TZID=("[^"\r\n]*"|[^;:\r\n]*)', re.IGNORECASE)
_X_WR_TIMEZONE = re.compile(rb"^X-WR-TIMEZONE(?:;[^:\r\n]*)?:([^\r\n]*)\r?\n", re.I | re.M)
_OPENS_SAFELY: dict[bytes, bool] = {}


def _opens_safely(raw: bytes) -> bool:
    """Whether zoneinfo fails cleanly for this name (icalendar handles that) or works.

    A folder name ("Europe") or a name longer than the file system allows raises OSError
    from inside icalendar's parser; those must never reach it."""
    if raw not in _OPENS_SAFELY:
        name = raw.strip(b'"').decode("utf-8", errors="replace")
        _OPENS_SAFELY[raw] = zone_named(name) is not None or not _tries_the_disk(name)
        if len(_OPENS_SAFELY) > 1000:  # a hostile file could list a million distinct names
            _OPENS_SAFELY.clear()
    return _OPENS_SAFELY[raw]


def _tries_the_disk(name: str) -> bool:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    except Exception:  # IsADirectoryError, ENAMETOOLONG, EACCES: all unsafe
        return True
    return False


_STAND_IN = "movebreak-unopened-zone-"


def unopened_zone(tzid: str, renamed: dict[str, str]) -> str:
    """The name as the file wrote it, for messages (see neutralise_zones)."""
    return renamed.get(tzid, tzid)


def neutralise_zones(data: bytes) -> tuple[bytes, list[str], dict[str, str]]:
    """Replace each TZID value zoneinfo cannot open cleanly by a short stand-in that is no
    file, so icalendar leaves that time floating and the event is reported as having an
    unknown zone (the stand-ins map back to the names written). Drop an X-WR-TIMEZONE that
    is no zone, with a notice: the events then keep the zones they name."""
    notices: list[str] = []
    renamed: dict[str, str] = {}
    stand_ins: dict[bytes, bytes] = {}

    def tzid(match: re.Match[bytes]) -> bytes:
        raw = match.group(1)
        if _opens_safely(raw):
            return match.group(0)
        if raw not in stand_ins:
            stand_in = f"{_STAND_IN}{len(stand_ins)}"
            stand_ins[raw] = stand_in.encode()
            renamed[stand_in] = raw.strip(b'"').decode("utf-8", errors="replace")
        return b";TZID=" + stand_ins[raw]

    def calendar_zone(match: re.Match[bytes]) -> bytes:
        name = match.group(1).strip().decode("utf-8", errors="replace")
        if zone_named(name) is not None:
            return match.group(0)
        notices.append(N_("Calendar", "X-WR-TIMEZONE %1 is not a time zone; ignored", repr(name[:64])))
        return b""

    data = _TZID_PARAM.sub(tzid, data)
    data = _X_WR_TIMEZONE.sub(calendar_zone, data)
    return data, notices, renamed


def count_by_uid(occurrences: Iterable[Any]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for occ in occurrences:
        uid = str(occ.get("UID", ""))
        counts[uid] = counts.get(uid, 0) + 1
    return counts
