"""Properties 1-7 of the planner, over random calendars and settings (hypothesis)."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from movebreak.domain.blocks import Block, merge_busy
from movebreak.domain.planner import Window, free_stretches, plan, working_intervals
from movebreak.domain.settings import DEFAULTS, Settings, TimeRange

ZONES = ["Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "UTC", "Asia/Kolkata"]
# days around DST switches, so random calendars cross them too
FIRST_DAYS = [date(2024, 3, 29), date(2024, 10, 25), date(2024, 3, 8), date(2024, 4, 5), date(2024, 6, 10)]
CONFIG = settings(max_examples=150, deadline=None)


@st.composite
def planning_settings(draw: st.DrawFn) -> Settings:
    routine_min = draw(st.integers(1, 10))
    routine_max = draw(st.integers(routine_min, 15))
    max_sitting = draw(st.integers(max(10, routine_min), 120))
    # the properties hold for coherent settings: the delay and the smallest gap fit in a sitting
    delay = draw(st.integers(0, min(30, max_sitting - routine_min)))
    min_gap = draw(st.integers(1, min(60, max_sitting)))
    split = draw(st.booleans())
    day = (
        (TimeRange(time(9), time(12)), TimeRange(time(13), time(17, 30)))
        if split
        else (TimeRange(time(0), time(23, 59, 59)),)
    )
    weekend = draw(st.sampled_from([(), (TimeRange(time(1), time(4)),)]))
    return Settings(
        working_hours=(day, day, day, day, day, weekend, weekend),
        after_block_delay=delay,
        min_gap=min_gap,
        max_sitting=max_sitting,
        routine_min=routine_min,
        routine_max=routine_max,
    )


@st.composite
def scenario(draw: st.DrawFn) -> tuple[Window, list[Block], Settings]:
    tz = ZoneInfo(draw(st.sampled_from(ZONES)))
    first = draw(st.sampled_from(FIRST_DAYS))
    days = draw(st.integers(1, 3))
    window = Window.for_days(first, days, tz)
    origin = window.start.astimezone(UTC)
    span = int((window.end - window.start).total_seconds() // 60)
    blocks = []
    for _ in range(draw(st.integers(0, 14))):
        offset = draw(st.integers(-120, span))
        length = draw(st.integers(1, 240))
        seconds = draw(st.sampled_from([0, 0, 0, 30]))
        start = origin + timedelta(minutes=offset, seconds=seconds)
        blocks.append(Block(start, start + timedelta(minutes=length), "b", "test"))
    return window, blocks, draw(planning_settings())


def utc(moment: datetime) -> datetime:
    # same-zone subtraction in Python is wall-clock: compare instants through UTC
    return moment.astimezone(UTC)


def busy_of(blocks: list[Block]) -> list[tuple[datetime, datetime]]:
    return merge_busy(blocks)


@CONFIG
@given(scenario())
def test_no_break_overlaps_a_block(case: tuple[Window, list[Block], Settings]) -> None:
    window, blocks, s = case
    for slot in plan(window, blocks, s):
        for b in blocks:
            assert slot.end <= b.start or slot.start >= b.end, (slot, b)


@CONFIG
@given(scenario())
def test_no_break_outside_working_hours(case: tuple[Window, list[Block], Settings]) -> None:
    window, blocks, s = case
    working = working_intervals(window, s)
    for slot in plan(window, blocks, s):
        assert any(a <= slot.start and slot.end <= b for a, b in working), slot
        local = slot.start.astimezone(window.tz)
        ranges = s.working_hours[local.weekday()]
        assert any(r.start <= local.time() for r in ranges)


@CONFIG
@given(scenario())
def test_a_break_follows_every_block_ending_in_working_hours(
    case: tuple[Window, list[Block], Settings],
) -> None:
    window, blocks, s = case
    slots = plan(window, blocks, s)
    # by instant: an aware datetime in a repeated (DST fall-back) hour never equals one in
    # another zone (PEP 495), so 02:00 CEST on the last Sunday of October != 00:00 UTC
    starts = {utc(slot.start) for slot in slots}
    delay, rmin = timedelta(minutes=s.after_block_delay), timedelta(minutes=s.routine_min)
    for start, end, after_block in free_stretches(working_intervals(window, s), busy_of(blocks)):
        gap = end - start
        if not after_block or gap < timedelta(minutes=max(s.min_gap, s.routine_min)):
            continue
        expected = start + delay if gap >= delay + rmin else end - rmin
        if window.start <= expected < window.end:
            assert utc(expected) in starts, (start, end, expected)
            assert expected <= start + delay


@CONFIG
@given(scenario())
def test_no_free_stretch_longer_than_max_sitting_lacks_a_break(
    case: tuple[Window, list[Block], Settings],
) -> None:
    window, blocks, s = case
    whole_days = Window(window.start, window.end, window.tz)
    slots = plan(whole_days, blocks, s)
    limit = timedelta(minutes=s.max_sitting)
    for start, end, after_block in free_stretches(working_intervals(window, s), busy_of(blocks)):
        if end - start < timedelta(minutes=max(s.min_gap, s.routine_min)):
            continue
        inside = sorted((x for x in slots if start <= x.start and x.end <= end), key=lambda x: utc(x.start))
        cursor = start
        for slot in inside:
            # the after-block delay is the one free stretch the rules allow before a slot
            allowed = (
                limit if not (after_block and cursor == start) else max(limit, timedelta(minutes=s.after_block_delay))
            )
            assert utc(slot.start) - cursor <= allowed, (cursor, slot)
            cursor = utc(slot.end)
        assert end - cursor <= limit, (start, end, cursor)


@CONFIG
@given(scenario())
def test_every_break_length_is_a_routine_that_fits_its_gap(
    case: tuple[Window, list[Block], Settings],
) -> None:
    window, blocks, s = case
    stretches = free_stretches(working_intervals(window, s), busy_of(blocks))
    slots = plan(window, blocks, s)
    for slot in slots:
        length = utc(slot.end) - utc(slot.start)
        assert length == slot.duration
        assert timedelta(minutes=s.routine_min) <= length <= timedelta(minutes=s.routine_max)
        assert slot.routine_minutes * 60 == length.total_seconds()
        assert any(a <= slot.start and slot.end <= b for a, b, _ in stretches)
    for a, b in itertools.pairwise(slots):
        assert utc(a.end) <= utc(b.start)


@CONFIG
@given(scenario(), st.integers(0, 3 * 24 * 60))
def test_same_input_same_output_and_later_now_keeps_ids(
    case: tuple[Window, list[Block], Settings], minutes_later: int
) -> None:
    window, blocks, s = case
    first = plan(window, blocks, s)
    assert plan(window, list(reversed(blocks)), s) == first
    now = min(window.start + timedelta(minutes=minutes_later), window.end)
    later = plan(Window(now, window.end, window.tz), blocks, s)
    assert later == [x for x in first if x.start >= now]
    assert len({x.id for x in first}) == len(first)


@CONFIG
@given(scenario())
def test_overlapping_and_back_to_back_events_merge(
    case: tuple[Window, list[Block], Settings],
) -> None:
    window, blocks, s = case
    merged = [Block(a, b, "merged", "test") for a, b in busy_of(blocks)]
    assert plan(window, blocks, s) == plan(window, merged, s)
    # and splitting a block into two back-to-back halves changes nothing
    if blocks:
        b = blocks[0]
        middle = b.start + (b.end - b.start) / 2
        halves = [Block(b.start, middle), Block(middle, b.end), *blocks[1:]]
        assert plan(window, halves, s) == plan(window, blocks, s)


def test_back_to_back_meetings_get_one_break_after_the_last() -> None:
    tz = ZoneInfo("Europe/Berlin")
    window = Window.for_days(date(2024, 6, 10), 1, tz)
    at = lambda h, m: datetime(2024, 6, 10, h, m, tzinfo=tz)  # noqa: E731
    blocks = [Block(at(10, 0), at(11, 0)), Block(at(11, 0), at(11, 45)), Block(at(11, 30), at(12, 0))]
    slots = plan(window, blocks, Settings())
    assert not [x for x in slots if at(10, 0) <= x.start < at(12, 0)]
    after = [x for x in slots if x.reason == "after-block"]
    assert [x.start for x in after] == [at(12, 2)]


def test_a_block_ending_in_the_repeated_hour_gets_its_break() -> None:
    """The case hypothesis found: a block ending at 02:00 CEST, the first of the two 02:00s
    of Berlin's fall-back night; the after-block slot is at that instant, 00:00 UTC."""
    berlin = ZoneInfo("Europe/Berlin")
    all_day, early = (TimeRange(time(0), time(23, 59, 59)),), (TimeRange(time(1), time(4)),)
    s = DEFAULTS.with_changes(
        working_hours=(all_day,) * 5 + (early, early),
        after_block_delay=0, min_gap=1, max_sitting=10, routine_min=1, routine_max=1,
    )  # fmt: skip
    window = Window(datetime(2024, 10, 25, tzinfo=berlin), datetime(2024, 10, 28, tzinfo=berlin), berlin)
    end = datetime(2024, 10, 27, 0, 0, tzinfo=UTC)
    block = Block(datetime(2024, 10, 26, 20, 0, tzinfo=UTC), end, "b", "test")
    after = [x for x in plan(window, [block], s) if x.reason == "after-block" and utc(x.start) == end]
    assert len(after) == 1
    assert after[0].start.isoformat() == "2024-10-27T02:00:00+02:00"
