"""Taken breaks reset the sitting clock: properties over random calendars, settings and breaks."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from movebreak.domain.blocks import Block
from movebreak.domain.planner import ON_PLAN_GRACE, TakenBreak, Window, plan, working_intervals
from movebreak.domain.settings import Settings, TimeRange
from tests.unit.test_planner_properties import scenario

CONFIG = settings(max_examples=150, deadline=None)
Case = tuple[Window, list[Block], Settings]


def utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


@st.composite
def with_taken(draw: st.DrawFn) -> tuple[Case, list[TakenBreak]]:
    window, blocks, s = draw(scenario())
    origin = utc(window.start)
    span = int((window.end - window.start).total_seconds() // 60)
    taken = []
    for _ in range(draw(st.integers(1, 4))):
        start = origin + timedelta(minutes=draw(st.integers(0, span)), seconds=draw(st.integers(0, 59)))
        length = timedelta(seconds=draw(st.integers(30, 20 * 60)))
        taken.append(TakenBreak(start, start + length, "manual"))
    return (window, blocks, s), taken


@CONFIG
@given(with_taken())
def test_no_sitting_limit_break_within_max_sitting_of_a_taken_break(data: tuple[Case, list[TakenBreak]]) -> None:
    (window, blocks, s), taken = data
    limit = timedelta(minutes=s.max_sitting)
    for slot in plan(window, blocks, s, taken):
        for t in taken:
            if slot.reason == "sitting-limit":
                assert not utc(t.start) <= utc(slot.start) < utc(t.end) + limit, (slot, t)
            else:  # after-block and gap slots keep their rule, but none starts during a break
                assert not utc(t.start) <= utc(slot.start) < utc(t.end), (slot, t)


@CONFIG
@given(with_taken())
def test_taken_breaks_keep_the_plan_out_of_blocks_and_off_hours(data: tuple[Case, list[TakenBreak]]) -> None:
    (window, blocks, s), taken = data
    working = working_intervals(window, s)
    slots = plan(window, blocks, s, taken)
    for slot in slots:
        assert all(slot.end <= b.start or slot.start >= b.end for b in blocks), slot
        assert any(a <= slot.start and slot.end <= b for a, b in working), slot
        length = utc(slot.end) - utc(slot.start)
        assert timedelta(minutes=s.routine_min) <= length <= timedelta(minutes=s.routine_max)
    for a, b in itertools.pairwise(slots):
        assert utc(a.end) <= utc(b.start)


@CONFIG
@given(with_taken(), st.integers(0, 3 * 24 * 60))
def test_same_taken_breaks_later_now_keeps_ids(data: tuple[Case, list[TakenBreak]], minutes_later: int) -> None:
    (window, blocks, s), taken = data
    first = plan(window, blocks, s, taken)
    assert plan(window, blocks, s, list(reversed(taken))) == first
    now = min(window.start + timedelta(minutes=minutes_later), window.end)
    assert plan(Window(now, window.end, window.tz), blocks, s, taken) == [x for x in first if x.start >= now]


@CONFIG
@given(scenario(), st.data())
def test_following_the_plan_never_moves_it(case: Case, data: st.DataObject) -> None:
    """Every planned slot taken as planned, ended up to the grace late: the plan is the same."""
    window, blocks, s = case
    slots = plan(window, blocks, s)
    taken = []
    for slot in slots:
        late = timedelta(seconds=data.draw(st.integers(0, int(ON_PLAN_GRACE.total_seconds()))))
        if data.draw(st.booleans()):
            taken.append(TakenBreak(slot.start, slot.end + late, slot.id))
    assert plan(window, blocks, s, taken) == slots


@CONFIG
@given(with_taken())
def test_sitting_stays_bounded_from_each_reset(data: tuple[Case, list[TakenBreak]]) -> None:
    """Without blocks, from a taken break's end the next slot comes at max_sitting (to the
    minute), unless the working stretch ends within max_sitting plus a routine."""
    (window, _blocks, s), taken = data
    slots = plan(window, [], s, taken)
    limit, rmin = timedelta(minutes=s.max_sitting), timedelta(minutes=s.routine_min)
    ends = sorted(utc(t.end) for t in taken)
    for (a, b), end in itertools.product(working_intervals(window, s), ends[-1:]):
        if not a <= end < b:
            continue
        # a planned slot under way when the break ended counts from its own end
        end = max([end, *(utc(x.end) for x in slots if utc(x.start) < end < utc(x.end))])
        if b - end <= limit + rmin:
            continue
        nxt = [x for x in slots if utc(x.start) >= end]
        assert nxt, (end, b)
        assert utc(nxt[0].start) - end <= limit + timedelta(minutes=1), (end, nxt[0])


def test_a_manual_break_at_ten_moves_the_next_sitting_limit_break() -> None:
    tz = ZoneInfo("Europe/Berlin")
    day = (TimeRange(time(9), time(17, 30)),)
    s = Settings(working_hours=(day,) * 5 + ((), ()), max_sitting=90, routine_min=2, routine_max=5)
    window = Window.for_days(date(2026, 10, 26), 1, tz)
    at = lambda h, m: datetime(2026, 10, 26, h, m, tzinfo=tz)  # noqa: E731
    blocks = [Block(at(9, 0), at(9, 15))]
    before = [x.start for x in plan(window, blocks, s)]
    assert before == [at(9, 17), at(10, 40), at(12, 2), at(13, 24), at(14, 46), at(16, 8)]
    after = plan(window, blocks, s, [TakenBreak(at(10, 0), at(10, 5), "manual@x")])
    # 10:05 + 90 min = 11:35; the rest spread evenly from the end of that slot
    assert [x.start for x in after] == [at(9, 17), at(11, 35), at(13, 4), at(14, 33), at(16, 2)]
    assert after[0] == plan(window, blocks, s)[0]  # the after-block break keeps its rule
