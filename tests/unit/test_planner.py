"""Hand-picked planner cases: the short-gap rule, "now" handling and the reason values."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from movebreak.domain.blocks import Block
from movebreak.domain.planner import REASONS, Window, plan, slot_id
from movebreak.domain.settings import Settings

TZ = ZoneInfo("Europe/Berlin")


def at(h: int, m: int) -> datetime:
    return datetime(2024, 6, 10, h, m, tzinfo=TZ)


def test_short_gap_gets_a_routine_min_slot_ending_at_the_next_block() -> None:
    s = Settings(after_block_delay=5, min_gap=5, routine_min=3)
    blocks = [Block(at(10, 0), at(11, 0)), Block(at(11, 6), at(12, 0))]
    slots = plan(Window.for_days(date(2024, 6, 10), 1, TZ), blocks, s)
    gap = [x for x in slots if at(11, 0) <= x.start < at(11, 6)]
    assert [(x.start, x.end, x.reason) for x in gap] == [(at(11, 3), at(11, 6), "gap")]


def test_gap_shorter_than_min_gap_gets_no_slot() -> None:
    blocks = [Block(at(10, 0), at(11, 0)), Block(at(11, 4), at(12, 0))]
    slots = plan(Window.for_days(date(2024, 6, 10), 1, TZ), blocks, Settings())
    assert not [x for x in slots if at(11, 0) <= x.start < at(11, 4)]


def test_window_for_days_starts_at_now_and_plan_keeps_later_slots() -> None:
    now = at(13, 7)
    window = Window.for_days(date(2024, 6, 10), 1, TZ, now=now)
    assert window.start == now and window.end == datetime(2024, 6, 11, tzinfo=TZ)
    whole = plan(Window.for_days(date(2024, 6, 10), 1, TZ), [], Settings())
    assert plan(window, [], Settings()) == [x for x in whole if x.start >= now]


def test_no_working_hours_no_slots_and_ids_are_short_stable_hashes() -> None:
    assert plan(Window.for_days(date(2024, 6, 15), 2, TZ), [], Settings()) == []  # weekend
    assert slot_id(at(9, 50), at(9, 58), "gap") == slot_id(at(9, 50).astimezone(ZoneInfo("UTC")), at(9, 58), "gap")
    assert len(slot_id(at(9, 50), at(9, 58), "gap")) == 16
    assert {"after-block", "gap", "sitting-limit", "manual", "snooze"} == set(REASONS)
    first = plan(Window.for_days(date(2024, 6, 10), 1, TZ), [], Settings())[0]
    assert first.start.time() == time(9, 50)


def test_round_the_clock_hours_replan_from_next_midnight_keeps_the_same_slots() -> None:
    """Found by hypothesis: with working hours that touch midnight, day two's slots must
    not depend on whether day one was part of the window."""
    from movebreak.domain.settings import TimeRange

    all_day = (TimeRange(time(0, 0), time(23, 59, 59)),)
    s = Settings(
        working_hours=(all_day,) * 5 + ((), ()),
        after_block_delay=0,
        min_gap=1,
        max_sitting=10,
        routine_min=1,
        routine_max=1,
    )
    start = datetime(2024, 6, 10, 0, 0, tzinfo=TZ)
    end = datetime(2024, 6, 12, 0, 0, tzinfo=TZ)
    first = plan(Window(start, end, TZ), [], s)
    now = datetime(2024, 6, 11, 0, 0, tzinfo=TZ)
    later = plan(Window(now, end, TZ), [], s)
    assert later == [x for x in first if x.start >= now]
    assert later
