"""The runtime's timers: Qt timers past Qt's limit, and ManualTimers on a fake clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from movebreak.domain.clock import FakeClock
from movebreak.runtime.timers import MAX_SPAN, ON_TIME, ManualTimers, QtTimers, next_leg

T0 = datetime(2026, 3, 29, 0, 30, tzinfo=UTC)  # Europe's spring-forward night


def test_a_qt_timer_past_the_qt_limit_waits_instead_of_firing_at_once(qtbot: Any) -> None:
    fired: list[str] = []
    timer = QtTimers().single_shot("far", lambda: fired.append("far"))
    timer.start(timedelta(days=30))
    soon = QtTimers().single_shot("soon", lambda: fired.append("soon"))
    soon.start(timedelta(milliseconds=20))
    qtbot.waitUntil(lambda: fired == ["soon"], timeout=2000)
    qtbot.wait(50)
    assert fired == ["soon"] and timer.is_active()
    timer.stop()
    assert not timer.is_active()


def test_a_qt_timer_with_a_negative_delay_fires_at_once(qtbot: Any) -> None:
    fired: list[int] = []
    timer = QtTimers().single_shot("late", lambda: fired.append(1))
    timer.start(timedelta(seconds=-5))
    qtbot.waitUntil(lambda: fired == [1], timeout=2000)


def test_a_repeating_qt_timer_keeps_firing(qtbot: Any) -> None:
    fired: list[int] = []
    timer = QtTimers().repeating("tick", timedelta(milliseconds=10), lambda: fired.append(1))
    timer.start()
    qtbot.waitUntil(lambda: len(fired) >= 3, timeout=2000)
    timer.stop()


def test_manual_timers_fire_in_deadline_order_and_move_the_clock() -> None:
    clock = FakeClock(T0, "Europe/Berlin")
    timers = ManualTimers(clock)
    seen: list[tuple[str, datetime]] = []
    a = timers.single_shot("a", lambda: seen.append(("a", clock.now())))
    b = timers.single_shot("b", lambda: seen.append(("b", clock.now())))
    tick = timers.repeating("tick", timedelta(minutes=40), lambda: seen.append(("tick", clock.now())))
    b.start(timedelta(hours=1))
    a.start(timedelta(minutes=30))
    tick.start()
    timers.run_until(T0 + timedelta(hours=1, minutes=30))
    assert [(n, t - T0) for n, t in seen] == [
        ("a", timedelta(minutes=30)),
        ("tick", timedelta(minutes=40)),
        ("b", timedelta(hours=1)),
        ("tick", timedelta(minutes=80)),
    ]
    assert clock.now() == T0 + timedelta(hours=1, minutes=30)
    assert timers.active() == {"tick": T0 + timedelta(minutes=120)}


def test_ties_go_to_the_timer_started_first() -> None:
    clock = FakeClock(T0, "UTC")
    timers = ManualTimers(clock)
    seen: list[str] = []
    for name in ("x", "y", "z"):
        timers.single_shot(name, lambda n=name: seen.append(n)).start(timedelta(minutes=5))
    timers.advance(timedelta(minutes=5))
    assert seen == ["x", "y", "z"]


def test_a_suspend_moves_every_deadline_with_the_clock() -> None:
    clock = FakeClock(T0, "UTC")
    timers = ManualTimers(clock)
    fired: list[datetime] = []
    timers.single_shot("t", lambda: fired.append(clock.now())).start(timedelta(minutes=10))
    timers.suspend(timedelta(hours=8))
    assert fired == [] and timers.next_deadline() == T0 + timedelta(hours=8, minutes=10)


def test_a_timer_loop_is_reported_instead_of_hanging() -> None:
    clock = FakeClock(T0, "UTC")
    timers = ManualTimers(clock)
    again = timers.single_shot("again", lambda: again.start(timedelta(0)))
    again.start(timedelta(0))
    with pytest.raises(AssertionError, match="timer loop"):
        timers.run_until(T0 + timedelta(seconds=1), max_fires=50)


def test_a_far_deadline_is_exact_on_manual_timers_too() -> None:
    clock = FakeClock(T0, "UTC")
    timers = ManualTimers(clock)
    timers.single_shot("far", lambda: None).start(MAX_SPAN * 2)
    assert timers.active() == {"far": T0 + MAX_SPAN * 2}


def test_a_single_shot_qt_timer_fires_on_its_deadline_not_early(qtbot: Any) -> None:
    import time

    fired: list[float] = []
    timer = QtTimers().single_shot("soon", lambda: fired.append(time.monotonic()))
    start = time.monotonic()
    timer.start(timedelta(milliseconds=300))
    qtbot.waitUntil(lambda: bool(fired), timeout=5000)
    assert fired[0] - start >= 0.3 - ON_TIME  # never early; lateness is the machine's, not asserted


@pytest.mark.parametrize("remaining", [0.01, 0.5, 5.0, 19.9, 20.0, 300.0, 1800.0, 86_400.0, 40 * 86_400.0])
def test_every_leg_but_the_last_stops_short_of_the_coarse_timer_slack(remaining: float) -> None:
    """Qt's coarse timers fire within 5 % of their interval, and those of 20 s or more on a
    whole second: a leg that fired that late must still be before the deadline."""
    leg = next_leg(remaining)
    assert 0 <= leg <= remaining
    if remaining > 0.02:
        worst = leg * 1.05 + (1.0 if leg >= 20 else 0.0)
        assert worst < remaining


def test_legs_reach_a_far_deadline_in_a_handful_of_wake_ups() -> None:
    remaining, legs = 1800.0, 0
    while remaining > ON_TIME:
        leg = next_leg(remaining)
        remaining -= leg * (1.05 if legs % 2 else 0.95)  # fired late or early, alternately
        legs += 1
        assert legs < 20
    assert legs <= 12
