"""Pause and focus requests in the user's words ("30m", "1h", "until 14:00", "tomorrow").

The answers and errors are English texts marked for translation (movebreak.texts): the CLI
shows them in its language, `--json` and the log keep the English."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from movebreak.domain.blocks import wall_clock
from movebreak.domain.settings import Settings, parse_time
from movebreak.texts import N_, Text

_DURATION_RE = re.compile(r"^\s*(?:(\d+)\s*d)?\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?\s*$", re.IGNORECASE)
MAX_PAUSE = timedelta(days=7)
PAUSE_HELP = N_("Pause", "a duration like 30m, 1h, 1h30m, 2d (up to 7d); 'until HH:MM'; 'tomorrow'; 'block'; or 'off'")
WEEKDAY_NAMES = (
    N_("Weekday", "Mon"),
    N_("Weekday", "Tue"),
    N_("Weekday", "Wed"),
    N_("Weekday", "Thu"),
    N_("Weekday", "Fri"),
    N_("Weekday", "Sat"),
    N_("Weekday", "Sun"),
)


@dataclass(frozen=True)
class Pause:
    """Breaks are held until `until`, which always lies in the future when set."""

    until: datetime
    label: Text  # "for 30 min", "until 14:00", "until tomorrow", "until the block ends"


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
        return Pause(until, N_("Pause", "until tomorrow"))
    if spec in ("block", "until block end", "until the block ends"):
        if block_end is None or block_end <= now:
            raise ValueError(N_("Pause", "there is no block going on right now"))
        return Pause(block_end, N_("Pause", "until the block ends"))
    if spec.startswith("until "):
        at = parse_time(spec[6:])
        if at is None:
            raise ValueError(N_("Pause", "invalid time %1; valid: %2", repr(spec[6:]), PAUSE_HELP))
        until = wall_clock(now.date(), at, tz)
        if until <= now:
            until = wall_clock(now.date() + timedelta(days=1), at, tz)
        return Pause(until, N_("Pause", "until %1", f"{at:%H:%M}"))
    duration = parse_duration(spec)
    if duration == timedelta(0):
        # "pause 0m" is no request to resume; say how to, rather than guess.
        raise ValueError(
            N_(
                "Pause",
                "a pause of %1 pauses nothing; to resume breaks use 'off'; valid: %2",
                repr(text.strip()),
                PAUSE_HELP,
            )
        )
    if duration is None or duration < timedelta(0):
        raise ValueError(N_("Pause", "invalid pause %1; valid: %2", repr(text), PAUSE_HELP))
    duration = min(duration, MAX_PAUSE)
    # Elapsed time, not wall-clock time: add in UTC so a DST switch cannot stretch it.
    return Pause((now.astimezone(UTC) + duration).astimezone(tz), N_("Pause", "for %1", _fmt(duration)))


def pause_message(pause: Pause, until: datetime) -> Text:
    """The answer to a pause request, `until` being its end in the user's zone: the label,
    and the end unless the label already names it ("until 14:00" said twice read
    "Paused until 14:00 (until Fri 14:00).")."""
    day, clock = WEEKDAY_NAMES[until.weekday()], f"{until:%H:%M}"
    if pause.label.source == "until %1" and pause.label.args == (clock,):
        return N_("Pause", "Paused until %1 %2.", day, clock)
    return N_("Pause", "Paused %1 (until %2 %3).", pause.label, day, clock)


def _fmt(d: timedelta) -> Text:
    minutes = int(d.total_seconds() // 60)
    h, m = divmod(minutes, 60)
    if h and m:
        return N_("Pause", "%1 h %2 min", h, m)
    if h == 24:
        return N_("Pause", "1 day")
    if h and h % 24 == 0:
        return N_("Pause", "%1 days", h // 24)
    return N_("Pause", "%1 h", h) if h else N_("Pause", "%1 min", m)


def parse_focus(text: str) -> timedelta:
    duration = parse_duration(text)
    if duration is None or not timedelta(minutes=5) <= duration <= timedelta(hours=8):
        raise ValueError(N_("Pause", "invalid focus length %1; valid: 5m to 8h, e.g. 25m, 50m, 90m", repr(text)))
    return duration
