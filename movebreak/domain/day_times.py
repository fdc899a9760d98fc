"""Weekdays and times of day as config.toml and the settings window write them: "mon-fri",
"09:00-17:30", "14:00", and why a range is none (for the problem shown to the user)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time
from typing import Any

from movebreak.texts import N_, Text

WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_RANGE_RE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")
_TIME_RE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")


@dataclass(frozen=True)
class TimeRange:
    start: time
    end: time

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


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


def range_problem(item: object) -> Text:
    """Why item is no working-hours range, in the user's terms (parse_range said None)."""
    if not isinstance(item, str):
        return N_("Problem", "Invalid range %1 - write a range as a quoted %2 string", str(item)[:40], '"HH:MM-HH:MM"')
    m = _RANGE_RE.match(item)
    if not m:
        return N_("Problem", "Invalid range %1 - not written as HH:MM-HH:MM (two-digit minutes)", repr(item[:40]))
    for h, mi in ((m.group(1), m.group(2)), (m.group(3), m.group(4))):
        if parse_time(f"{h}:{mi}") is None:
            return N_("Problem", "Invalid range %1 - %2 is no time of day (00:00 to 24:00)", repr(item), f"{h}:{mi}")
    return N_("Problem", "Invalid range %1 - end must be after start", repr(item))


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
