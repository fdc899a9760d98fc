"""WakeWatcher driven by a FakeClock: resume, clock jumps, zone and DST changes, logind dedupe."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QTimer

from movebreak.domain.clock import FakeClock
from movebreak.runtime.timers import ManualTimers
from movebreak.runtime.wake import WakeWatcher

BERLIN = ZoneInfo("Europe/Berlin")


class Recorder:
    def __init__(self, watcher: WakeWatcher) -> None:
        self.events: list[str] = []
        watcher.resumed.connect(lambda: self.events.append("resumed"))
        watcher.clock_changed.connect(lambda: self.events.append("clock_changed"))
        watcher.zone_changed.connect(lambda: self.events.append("zone_changed"))


class FakeUptime:
    """A boot clock the test moves: it runs through suspend, but a clock change skips it."""

    def __init__(self) -> None:
        self.seconds = 1000.0

    def __call__(self) -> float:
        return self.seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2024, 6, 3, 10, 0, tzinfo=BERLIN))


@pytest.fixture
def watch(qtbot, clock):
    def make(**kwargs):
        watcher = WakeWatcher(clock, listen_logind=False, **kwargs)
        return watcher, Recorder(watcher)

    return make


def test_regular_ticks_emit_nothing(watch, clock) -> None:
    watcher, rec = watch()
    for _ in range(3):
        clock.advance(timedelta(seconds=300))
        watcher.check_now()
    clock.advance(timedelta(seconds=330))  # a late timer is not a sleep
    watcher.check_now()
    assert rec.events == []


def test_eight_hour_gap_is_a_resume(watch, clock) -> None:
    watcher, rec = watch()
    clock.advance(timedelta(hours=8))
    watcher.check_now()
    assert rec.events == ["resumed"]
    clock.advance(timedelta(seconds=300))
    watcher.check_now()
    assert rec.events == ["resumed"]  # the gap is reported once


def test_gap_with_boot_clock_running_along_is_a_resume(watch, clock) -> None:
    uptime = FakeUptime()
    watcher, rec = watch(uptime=uptime)
    clock.advance(timedelta(hours=8))
    uptime.seconds += 8 * 3600
    watcher.check_now()
    assert rec.events == ["resumed"]


def test_forward_clock_jump_is_a_clock_change_not_a_resume(watch, clock) -> None:
    uptime = FakeUptime()
    watcher, rec = watch(uptime=uptime)
    clock.advance(timedelta(hours=2, seconds=300))
    uptime.seconds += 300
    watcher.check_now()
    assert rec.events == ["clock_changed"]


def test_forward_jump_within_one_interval_is_seen_through_the_boot_clock(watch, clock) -> None:
    uptime = FakeUptime()
    watcher, rec = watch(uptime=uptime)
    clock.advance(timedelta(seconds=200))
    uptime.seconds += 20
    watcher.check_now()
    assert rec.events == ["clock_changed"]


def test_backward_jump_is_a_clock_change(watch, clock) -> None:
    watcher, rec = watch()
    clock.set(clock.now() - timedelta(hours=1))
    watcher.check_now()
    assert rec.events == ["clock_changed"]


def test_small_backward_correction_is_ignored(watch, clock) -> None:
    watcher, rec = watch()
    clock.set(clock.now() - timedelta(seconds=30))
    watcher.check_now()
    assert rec.events == []


def test_zone_change_berlin_to_new_york(watch, clock) -> None:
    watcher, rec = watch()
    clock.advance(timedelta(seconds=60))
    clock.set_zone("America/New_York")
    watcher.check_now()
    assert rec.events == ["zone_changed"]
    clock.advance(timedelta(seconds=300))
    watcher.check_now()
    assert rec.events == ["zone_changed"]


def test_dst_switch_changes_the_offset_and_nothing_else(qtbot) -> None:
    # 2024-03-31 in Berlin: 02:00 CET becomes 03:00 CEST.
    clock = FakeClock(datetime(2024, 3, 31, 1, 58, tzinfo=BERLIN))
    watcher = WakeWatcher(clock, listen_logind=False)
    rec = Recorder(watcher)
    clock.advance(timedelta(minutes=5))
    watcher.check_now()
    assert clock.now().hour == 3
    assert rec.events == ["zone_changed"]


def test_resume_into_another_zone_reports_both(watch, clock) -> None:
    watcher, rec = watch()
    clock.advance(timedelta(hours=9))
    clock.set_zone("America/New_York")
    watcher.check_now()
    assert rec.events == ["resumed", "zone_changed"]


def test_logind_resume_then_gap_check_reports_once(watch, clock) -> None:
    watcher, rec = watch()
    watcher.on_prepare_for_sleep(True)
    clock.advance(timedelta(hours=8))
    assert rec.events == []
    watcher.on_prepare_for_sleep(False)
    watcher.check_now()
    assert rec.events == ["resumed"]


def test_gap_check_then_logind_resume_reports_once(watch, clock) -> None:
    watcher, rec = watch()
    clock.advance(timedelta(hours=8))
    watcher.check_now()
    clock.advance(timedelta(seconds=2))
    watcher.on_prepare_for_sleep(False)
    assert rec.events == ["resumed"]


def test_one_coarse_repeating_timer_at_the_interval(watch) -> None:
    watcher, _ = watch()
    timers = watcher.findChildren(QTimer)
    assert len(timers) == 1
    assert timers[0].isActive()
    assert timers[0].interval() == 300_000
    assert timers[0].timerType() == Qt.TimerType.CoarseTimer  # batched by the OS; see wake.py


def test_the_timer_itself_runs_the_check(qtbot, clock) -> None:
    watcher = WakeWatcher(clock, check_interval_s=1, listen_logind=False)
    clock.advance(timedelta(hours=3))
    with qtbot.waitSignal(watcher.resumed, timeout=5000):
        pass


def test_a_zero_interval_is_refused(qtbot, clock) -> None:
    with pytest.raises(ValueError, match="check_interval_s"):
        WakeWatcher(clock, check_interval_s=0, listen_logind=False)


def test_an_interval_past_the_qt_timer_limit_checks_on_time(qtbot, clock) -> None:
    """30 days is past what one Qt timer holds (24.8 days): the check still comes at 30 days."""
    timers = ManualTimers(clock)
    start = clock.now()
    WakeWatcher(clock, check_interval_s=30 * 24 * 3600, listen_logind=False, timers=timers)
    assert timers.active() == {"wake-check": start + timedelta(days=30)}
