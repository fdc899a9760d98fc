"""Pause and focus requests in the user's words ("30m", "1h", "until 14:00", "tomorrow")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from movebreak.domain.blocks import wall_clock
from movebreak.domain.settings import Settings, parse_time

_DURATION_RE = re.compile(r"^\s*(?:(\d+)\s*d)?\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?\s*$", re.IGNORECASE)
MAX_PAUSE = timedelta(days=7)
PAUSE_HELP = "a duration like 30m, 1h, 1h30m, 2d (up to 7d); 'until HH:MM'; 'tomorrow'; 'block'; or 'off'"


@dataclass(frozen=True)
class Pause:
    """Breaks are held until `until`, which always lies in the future when set."""

    until: datetime
    label: str


def parse_duration(text: str) -> timedelta | None:
    m = _DURATION_RE.match(text)
    if not m or not any(m.groups()):
        if text.strip().isdigit():
            return timedelta(minutes=int(text.strip()))
        return None
    days, hours, minutes = (int(g or 0) for g in m.groups())
    return timedelta(days=days, hours=hours, minutes=minutes)


def start_of_tomorrow(now: datetime, settings: Settings) -> datetime:
    """The start of the next day's working hours (or 00:00 tomorrow if it has none)."""
    tz = now.tzinfo
    assert tz is not None
    day = now.date() + timedelta(days=1)
    ranges = settings.working_hours[day.weekday()]
    return wall_clock(day, ranges[0].start if ranges else time(0, 0), tz)


def pause_until(text: str, now: datetime, settings: Settings, block_end: datetime | None = None) -> Pause | None:
    """Parse a pause request; None for 'off'. Raises ValueError with PAUSE_HELP when invalid.

    Every result expires: durations are capped at MAX_PAUSE."""
    spec = text.strip().lower()
    tz = now.tzinfo
    assert tz is not None
    if spec in ("off", "resume"):
        return None
    if spec in ("tomorrow", "until tomorrow"):
        until = start_of_tomorrow(now, settings)
        return Pause(until, "until tomorrow")
    if spec in ("block", "until block end", "until the block ends"):
        if block_end is None or block_end <= now:
            raise ValueError("there is no block going on right now")
        return Pause(block_end, "until the block ends")
    if spec.startswith("until "):
        at = parse_time(spec[6:])
        if at is None:
            raise ValueError(f"invalid time {spec[6:]!r}; valid: {PAUSE_HELP}")
        until = wall_clock(now.date(), at, tz)
        if until <= now:
            until = wall_clock(now.date() + timedelta(days=1), at, tz)
        return Pause(until, f"until {at:%H:%M}")
    duration = parse_duration(spec)
    if duration == timedelta(0):
        # "pause 0m" is no request to resume; say how to, rather than guess.
        raise ValueError(f"a pause of {text.strip()!r} pauses nothing; to resume breaks use 'off'; valid: {PAUSE_HELP}")
    if duration is None or duration < timedelta(0):
        raise ValueError(f"invalid pause {text!r}; valid: {PAUSE_HELP}")
    duration = min(duration, MAX_PAUSE)
    # Elapsed time, not wall-clock time: add in UTC so a DST switch cannot stretch it.
    return Pause((now.astimezone(UTC) + duration).astimezone(tz), f"for {_fmt(duration)}")


def pause_message(pause: Pause, until: datetime) -> str:
    """The answer to a pause request, `until` being its end in the user's zone: the label,
    and the end unless the label already names it ("until 14:00" said twice read
    "Paused until 14:00 (until Fri 14:00).")."""
    if pause.label == f"until {until:%H:%M}":
        return f"Paused until {until:%a %H:%M}."
    return f"Paused {pause.label} (until {until:%a %H:%M})."


def _fmt(d: timedelta) -> str:
    minutes = int(d.total_seconds() // 60)
    h, m = divmod(minutes, 60)
    if h and m:
        return f"{h} h {m} min"
    if h and h % 24 == 0:
        return f"{h // 24} day{'s' if h != 24 else ''}"
    return f"{h} h" if h else f"{m} min"


def parse_focus(text: str) -> timedelta:
    duration = parse_duration(text)
    if duration is None or not timedelta(minutes=5) <= duration <= timedelta(hours=8):
        raise ValueError(f"invalid focus length {text!r}; valid: 5m to 8h, e.g. 25m, 50m, 90m")
    return duration
