"""plan(window, blocks, settings) -> the break slots, in the gaps between blocks. Pure.

How the slots are chosen, per free stretch (working hours minus the merged blocks):

- a stretch shorter than max(min_gap, routine_min) gets no slot;
- a stretch that starts where a block ends gets an "after-block" slot `after_block_delay`
  after that end; when the stretch is too short for the delay plus `routine_min`, a
  `routine_min` slot that ends where the next block begins ("gap") instead;
- then, if more than `max_sitting` of the stretch is left without a slot, the fewest
  `routine_max` "sitting-limit" slots that keep every sitting stretch within `max_sitting`,
  spread evenly over the rest (so none is squeezed against the next block); with settings
  too tight for that, one slot `max_sitting` after the previous one, again and again.

"Now" is `window.start`: the caller passes max(start of the day, clock.now()) when it
re-plans. The slots are always computed for the whole local days the window touches and
only those starting inside the window are returned, so a re-plan from a later "now" gives
exactly the same slots (and ids) for the rest of the day. For that, pass the blocks of those
whole days (sources.calendar.collect_blocks does).

Breaks already taken (a routine done or partly done, a natural break, `break-now`) are an
input of their own, `TakenBreak`, not blocks (a block would earn an after-block slot). Each one
resets the sitting clock: no sitting-limit slot starts within `max_sitting` of its end, and no
slot starts while it lasted. After-block and gap slots keep their rule: a block ending there
still earns its break. A planned slot taken as planned (its id, ended by the slot's end plus
`ON_PLAN_GRACE`) changes nothing: the plan already counted from it, so following the plan
never moves the plan.

All arithmetic is done in UTC: Python subtracts two datetimes of the same ZoneInfo on the
wall clock, which is wrong by the DST shift across a transition.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from movebreak._sha1 import sha1_hex
from movebreak.domain.blocks import Block, days_between, merge_busy, wall_clock
from movebreak.domain.settings import Settings

# plan() produces the first three; the runtime uses the last two for breaks the user
# asked for ("manual") or postponed ("snooze").
REASONS = ("after-block", "gap", "sitting-limit", "manual", "snooze")
_MINUTE = timedelta(minutes=1)
_END_OF_DAY = time(23, 59, 59)  # settings.parse_time's spelling of 24:00
ON_PLAN_GRACE = timedelta(minutes=2)  # a planned break ended this late still kept to the plan


@dataclass(frozen=True)
class Window:
    """The planning window [start, end), and the zone whose wall clock the rules use."""

    start: datetime
    end: datetime
    tz: tzinfo

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("Window needs aware datetimes")

    @classmethod
    def for_days(cls, first: date, days: int, tz: tzinfo, now: datetime | None = None) -> Window:
        """`days` whole local days from `first`; with `now`, starting no earlier than now."""
        start = wall_clock(first, time(0), tz)
        end = wall_clock(first + timedelta(days=days), time(0), tz)
        if now is not None and now > start:
            start = min(now, end).astimezone(tz)
        return cls(start, end, tz)

    def day_span(self) -> tuple[datetime, datetime]:
        """Midnight of the first local day to midnight after the last one: what to expand."""
        last = max(self.start, self.end - timedelta(microseconds=1))
        days = days_between(self.start, last, self.tz)
        after_last = days[-1] + timedelta(days=1)
        return wall_clock(days[0], time(0), self.tz), wall_clock(after_last, time(0), self.tz)


@dataclass(frozen=True)
class BreakSlot:
    id: str
    start: datetime
    end: datetime
    reason: str

    @property
    def duration(self) -> timedelta:
        # through UTC: same-zone subtraction is wall-clock and wrong across a DST switch
        return self.end.astimezone(UTC) - self.start.astimezone(UTC)

    @property
    def routine_minutes(self) -> int:
        return max(1, round(self.duration.total_seconds() / 60))

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "reason": self.reason,
            "routine_minutes": self.routine_minutes,
        }


@dataclass(frozen=True)
class TakenBreak:
    """A break the user really took, [start, end); `slot_id` is the planned slot it was, if any."""

    start: datetime
    end: datetime
    slot_id: str = ""

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("TakenBreak needs aware datetimes")


def slot_id(start: datetime, end: datetime, reason: str) -> str:
    """Stable id from the slot's own instants and reason only, so unrelated changes elsewhere
    in the day (or a later "now") never change it."""
    stamp = "%Y-%m-%dT%H:%M:%S"
    key = f"{start.astimezone(UTC):{stamp}}|{end.astimezone(UTC):{stamp}}|{reason}"
    return sha1_hex(key.encode())[:16]


def make_slot(start: datetime, end: datetime, reason: str, tz: tzinfo) -> BreakSlot:
    return BreakSlot(slot_id(start, end, reason), start.astimezone(tz), end.astimezone(tz), reason)


def working_intervals(window: Window, settings: Settings) -> list[tuple[datetime, datetime]]:
    """Working hours of every local day the window touches, in UTC; touching ranges of the
    same day merged. Days are never merged across midnight: a plan must not depend on days
    before the window, or re-planning from a later "now" would move slots (and their ids)."""
    first, last = window.day_span()
    out: list[tuple[datetime, datetime]] = []
    for day in days_between(first, last - timedelta(microseconds=1), window.tz):
        day_starts = len(out)
        for r in settings.working_hours[day.weekday()]:
            start = wall_clock(day, r.start, window.tz).astimezone(UTC)
            if r.end == _END_OF_DAY:
                end = wall_clock(day + timedelta(days=1), time(0), window.tz)
            else:
                end = wall_clock(day, r.end, window.tz)
            end = end.astimezone(UTC)
            if end <= start:  # a range swallowed by a DST gap
                continue
            if len(out) > day_starts and start <= out[-1][1]:
                out[-1] = (out[-1][0], max(end, out[-1][1]))
            else:
                out.append((start, end))
    return out


def free_stretches(
    working: Sequence[tuple[datetime, datetime]], busy: Sequence[tuple[datetime, datetime]]
) -> list[tuple[datetime, datetime, bool]]:
    """Working time minus busy time: (start, end, starts_where_a_block_ends)."""
    out: list[tuple[datetime, datetime, bool]] = []
    i = 0
    for ws, we in working:
        while i < len(busy) and busy[i][1] < ws:
            i += 1
        cursor, after_block = ws, False
        j = i
        while j < len(busy) and busy[j][0] < we:
            bs, be = busy[j]
            if bs > cursor:
                out.append((cursor, bs, after_block))
            if be >= cursor:
                # a block ending exactly at the start of working hours still ends "here"
                cursor, after_block = be, True
            j += 1
        if cursor < we:
            out.append((cursor, we, after_block))
    return out


def _floor_minutes(delta: timedelta) -> timedelta:
    return timedelta(minutes=int(delta.total_seconds() // 60))


def _plan_stretch(
    start: datetime, end: datetime, after_block: bool, s: Settings
) -> list[tuple[datetime, datetime, str]]:
    rmin, rmax = timedelta(minutes=s.routine_min), timedelta(minutes=s.routine_max)
    delay, sitting = timedelta(minutes=s.after_block_delay), timedelta(minutes=s.max_sitting)
    length = end - start
    if length < max(timedelta(minutes=s.min_gap), rmin):
        return []
    slots: list[tuple[datetime, datetime, str]] = []
    cursor = start
    if after_block:
        if length >= delay + rmin:
            b = start + delay
            slots.append((b, b + min(rmax, _floor_minutes(end - b)), "after-block"))
        else:
            slots.append((end - rmin, end, "gap"))
        cursor = slots[-1][1]
    if end - cursor > sitting:
        spread = _spread(cursor, end, rmin, rmax, sitting)
        slots.extend(spread or _greedy(cursor, end, rmin, rmax, sitting))
    return slots


def _ceil_minutes(delta: timedelta) -> timedelta:
    return timedelta(minutes=-int(-delta.total_seconds() // 60))


def _spread(
    cursor: datetime, end: datetime, rmin: timedelta, rmax: timedelta, sitting: timedelta
) -> list[tuple[datetime, datetime, str]]:
    """As few full-length sitting-limit slots as keep every stretch within max_sitting, evenly
    spaced, so none is squeezed against the next block. Empty when they do not fit."""
    rest = end - cursor
    length = rmax
    count = -int(-(rest - sitting) // (sitting + length))  # ceil
    stretch = (rest - count * length) / (count + 1)
    if stretch < _MINUTE:
        return []
    out: list[tuple[datetime, datetime, str]] = []
    for i in range(1, count + 1):
        # ceil to whole minutes keeps each stretch within max_sitting (a whole minute count)
        begin = cursor + _ceil_minutes(stretch * i) + (i - 1) * length
        out.append((begin, begin + length, "sitting-limit"))
    return out


def _greedy(
    cursor: datetime, end: datetime, rmin: timedelta, rmax: timedelta, sitting: timedelta
) -> list[tuple[datetime, datetime, str]]:
    """Fallback for tight settings: a slot max_sitting after the previous one, pulled earlier
    only as far as needed to fit before the stretch ends."""
    out: list[tuple[datetime, datetime, str]] = []
    while end - cursor > sitting:
        b = cursor + sitting
        if end - b < rmin:
            b = max(cursor, end - rmin)
            if end - b < rmin:
                break  # routine_min longer than the whole rest: nothing fits
        out.append((b, b + min(rmax, _floor_minutes(end - b)), "sitting-limit"))
        cursor = out[-1][1]
    return out


def _ceil_to_minute(moment: datetime) -> datetime:
    whole = moment.replace(second=0, microsecond=0)
    return whole if whole == moment else whole + _MINUTE


def _after_reset(
    cursor: datetime, end: datetime, earliest: datetime, s: Settings
) -> list[tuple[datetime, datetime, str]]:
    """Sitting-limit slots from `cursor` to `end`, none before `earliest` (a taken break's end
    plus max_sitting). The usual even spread when it already starts late enough; else the
    first slot at `earliest` and the usual spread after it. No slot when the stretch ends
    within a routine of `earliest`: the reset wins over a few minutes' overrun."""
    rmin, rmax = timedelta(minutes=s.routine_min), timedelta(minutes=s.routine_max)
    sitting = timedelta(minutes=s.max_sitting)
    if end - cursor <= sitting:
        return []
    usual = _spread(cursor, end, rmin, rmax, sitting) or _greedy(cursor, end, rmin, rmax, sitting)
    if not usual or usual[0][0] >= earliest:
        return usual
    first = max(cursor, _ceil_to_minute(earliest))
    if end - first < rmin:
        return []
    slot = (first, first + min(rmax, _floor_minutes(end - first)), "sitting-limit")
    return [slot, *_after_reset(slot[1], end, slot[1], s)]


def _apply_taken(
    slots: list[tuple[datetime, datetime, str]],
    stretch: tuple[datetime, datetime, bool],
    taken: Sequence[tuple[datetime, datetime, str]],
    s: Settings,
) -> list[tuple[datetime, datetime, str]]:
    """The stretch's slots once each taken break (UTC, by end) has reset the sitting clock."""
    start, end, _after_block = stretch
    sitting = timedelta(minutes=s.max_sitting)
    for t_start, t_end, t_id in taken:
        if t_end + sitting <= start or t_start >= end:
            continue  # too early to matter here, or later than the stretch
        kept = {slot_id(a, b, r): b for a, b, r in slots}
        if t_id in kept and t_end <= kept[t_id] + ON_PLAN_GRACE:
            continue  # taken as planned: the rest of the plan already counts from it
        cursor = max(start, t_end)
        before = [x for x in slots if x[0] < t_start]
        after = [x for x in slots if x[0] >= cursor]
        exempt = [x for x in after if x[2] != "sitting-limit"]  # after-block and gap slots
        if exempt:
            cursor = max(cursor, exempt[-1][1])
        if before:
            cursor = max(cursor, before[-1][1])
        slots = [*before, *exempt, *_after_reset(cursor, end, t_end + sitting, s)]
    return slots


def plan(
    window: Window, blocks: Sequence[Block], settings: Settings, taken: Sequence[TakenBreak] = ()
) -> list[BreakSlot]:
    """Break slots starting in [window.start, window.end), sorted, never inside a block, none
    within max_sitting after a taken break but after-block and gap slots."""
    if window.end <= window.start:
        return []
    utc = UTC
    real = (b for b in blocks if b.end > b.start)  # an inverted block is no busy time
    busy = [(a.astimezone(utc), b.astimezone(utc)) for a, b in merge_busy(real)]
    working = working_intervals(window, settings)
    lo, hi = window.start.astimezone(utc), window.end.astimezone(utc)
    done = sorted((t.end.astimezone(utc), t.start.astimezone(utc), t.slot_id) for t in taken)
    resets = [(a, b, i) for b, a, i in done if b >= a]  # an inverted one is no break
    out: list[BreakSlot] = []
    for stretch in free_stretches(working, busy):
        slots = _plan_stretch(*stretch, settings)
        for a, b, reason in _apply_taken(slots, stretch, resets, settings):
            if lo <= a < hi:
                out.append(make_slot(a, b, reason, window.tz))
    return out
