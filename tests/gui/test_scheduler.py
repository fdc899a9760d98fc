"""Slots become APScheduler jobs; a due slot is delivered on the GUI thread."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from movebreak.domain.clock import FakeClock, SystemClock
from movebreak.domain.planner import BreakSlot
from movebreak.runtime.scheduler import HEADS_UP_SUFFIX, SlotScheduler
from movebreak.runtime.timers import ManualTimers

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def slot(minutes_from_t0: int, sid: str | None = None, base: datetime = T0) -> BreakSlot:
    start = base + timedelta(minutes=minutes_from_t0)
    return BreakSlot(sid or f"s{minutes_from_t0}", start, start + timedelta(minutes=5), "gap")


def test_sync_makes_the_job_set_equal_the_future_plan(qapp: QApplication) -> None:
    clock = FakeClock(T0, "UTC")
    sched = SlotScheduler(clock)
    sched.sync([slot(-10), slot(30), slot(90)], lead_time=timedelta(seconds=60))
    ids = [job_id for job_id, _ in sched.scheduled()]
    assert ids == ["s30" + HEADS_UP_SUFFIX, "s30", "s90" + HEADS_UP_SUFFIX, "s90"]
    sched.sync([slot(90), slot(120)])
    assert [job_id for job_id, _ in sched.scheduled()] == ["s90", "s120"]
    assert sched.next_slot() == slot(90)


def test_sync_moves_a_job_whose_slot_moved(qapp: QApplication) -> None:
    sched = SlotScheduler(FakeClock(T0, "UTC"))
    sched.sync([slot(30, "a")])
    sched.sync([slot(45, "a")])
    assert sched.scheduled() == [("a", T0 + timedelta(minutes=45))]


def test_due_slot_is_delivered_on_the_gui_thread(qtbot, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    """The job runs on the GUI thread (DebugExecutor: no pool, no worker thread), and the slot
    connected to `due` (where widgets are touched) runs on the GUI thread too."""
    clock = SystemClock("UTC")
    sched = SlotScheduler(clock)
    seen: dict[str, object] = {}
    threads_before = {t.ident for t in threading.enumerate()}

    def on_due(s: BreakSlot) -> None:
        seen["thread"] = QThread.currentThread()
        seen["pyname"] = threading.current_thread().name
        seen["slot"] = s

    sched.due.connect(on_due)
    s = slot(0, "soon", base=clock.now() + timedelta(milliseconds=300))
    sched.start()
    try:
        sched.sync([s])
        with qtbot.waitSignal(sched.due, timeout=10_000):
            pass
        new_threads = [t.name for t in threading.enumerate() if t.ident not in threads_before]
    finally:
        sched.shutdown()
    assert new_threads == [], "a job started a worker thread"
    assert seen["thread"] is qapp.thread()
    assert seen["pyname"] == threading.main_thread().name
    assert seen["slot"] == s


def test_a_due_handler_may_replan_at_once(qtbot, qapp: QApplication, caplog) -> None:  # type: ignore[no-untyped-def]
    """The job runs while APScheduler holds its job-store lock and still owns the job; delivery
    is posted to the event loop, so a receiver that re-plans (removes the job just run, adds
    others) does it after APScheduler is done: no JobLookupError, and the new plan stands."""
    clock = SystemClock("UTC")
    sched = SlotScheduler(clock)
    now = clock.now()
    first = slot(0, "first", base=now + timedelta(milliseconds=300))
    later = slot(0, "later", base=now + timedelta(hours=2))
    order: list[str] = []

    def on_due(s: BreakSlot) -> None:
        order.append(f"due {s.id}")
        sched.sync([first, later])  # "first" is in the past now: dropped; "later" added

    sched.due.connect(on_due)
    sched.start()
    try:
        sched.sync([first])
        with qtbot.waitSignal(sched.due, timeout=10_000):
            pass
        qtbot.wait(200)  # let APScheduler's own wake-up after the job run
        scheduled = sched.scheduled()
    finally:
        sched.shutdown()
    assert order == ["due first"]
    assert scheduled == [("later", later.start)]
    assert not [r for r in caplog.records if r.name.startswith("apscheduler") and r.levelname == "ERROR"]


@pytest.mark.parametrize("year", [2001, 2026, 2301])
def test_slots_fall_due_on_the_injected_clock_whatever_the_system_date(qapp: QApplication, year: int) -> None:
    """APScheduler decides on the injected clock: a fake day decades from the real one runs
    exactly as planned, with nothing dropped as missed and nothing early."""
    base = datetime(year, 3, 29, 0, 30, tzinfo=UTC)
    clock = FakeClock(base, "Europe/Berlin")
    timers = ManualTimers(clock)
    sched = SlotScheduler(clock, timers=timers)
    seen: list[tuple[str, datetime]] = []
    sched.due.connect(lambda s: seen.append((s.id, clock.now())))
    sched.heads_up.connect(lambda s: seen.append((s.id + " heads-up", clock.now())))
    sched.start()
    sched.sync([slot(30, "a", base), slot(90, "b", base)], lead_time=timedelta(seconds=60))
    timers.run_until(base + timedelta(minutes=89))
    assert seen == [
        ("a heads-up", base + timedelta(minutes=29)),
        ("a", base + timedelta(minutes=30)),
        ("b heads-up", base + timedelta(minutes=89)),
    ]
    timers.run_until(base + timedelta(hours=3))
    assert seen[-1] == ("b", base + timedelta(minutes=90))
    sched.shutdown()


def test_a_job_slept_through_past_the_grace_is_dropped_not_delivered(qapp: QApplication) -> None:
    clock = FakeClock(T0, "UTC")
    timers = ManualTimers(clock)
    sched = SlotScheduler(clock, timers=timers, misfire_grace_s=120)
    seen: list[str] = []
    sched.due.connect(lambda s: seen.append(s.id))
    sched.start()
    sched.sync([slot(10, "slept"), slot(300, "later")])
    timers.suspend(timedelta(hours=1))  # the timer for 09:10 fires at 10:10, an hour late
    timers.run_until(T0 + timedelta(hours=2))
    assert seen == [] and [job_id for job_id, _ in sched.scheduled()] == ["later"]
    sched.shutdown()


def test_prepare_comes_its_lead_before_each_slot_when_asked_for(qapp: QApplication) -> None:
    clock = FakeClock(T0, "UTC")
    timers = ManualTimers(clock)
    sched = SlotScheduler(clock, timers=timers, prepare_lead=timedelta(seconds=15))
    seen: list[tuple[str, datetime]] = []
    sched.prepare.connect(lambda s: seen.append((s.id, clock.now())))
    sched.due.connect(lambda s: seen.append((s.id + " due", clock.now())))
    sched.start()
    sched.sync([slot(30, "a"), slot(90, "b")])
    timers.run_until(T0 + timedelta(minutes=31))
    assert seen == [("a", T0 + timedelta(minutes=30, seconds=-15)), ("a due", T0 + timedelta(minutes=30))]
    sched.shutdown()
    plain = SlotScheduler(clock, timers=ManualTimers(clock))
    plain.sync([slot(120, "c")])
    assert [job_id for job_id, _ in plain.scheduled()] == ["c"]  # no prepare job unless asked for


def test_the_clock_scheduler_keeps_its_state_apart_from_a_newer_apschedulers() -> None:
    """A later APScheduler release may keep more private state in BaseScheduler; simulated here
    by a base that sets (and defines) the very names a subclass would most likely pick. The
    scheduler still runs its job on the FakeClock, at the job's time."""
    from apscheduler.schedulers.base import BaseScheduler
    from apscheduler.triggers.date import DateTrigger

    from movebreak.runtime.scheduler import ClockScheduler

    class NewerBaseScheduler(BaseScheduler):  # type: ignore[misc]
        def __init__(self, *args: object, **kwargs: object) -> None:
            self._clock = self._grace = self._executor = self._timer = "APScheduler's own"
            super().__init__(*args, **kwargs)

        def _run_due(self) -> None:
            raise AssertionError("APScheduler's own method was called")

    class OnNewerApscheduler(ClockScheduler, NewerBaseScheduler):  # type: ignore[misc]
        pass

    clock = FakeClock(T0, "UTC")
    timers = ManualTimers(clock)
    sched = OnNewerApscheduler(clock, timers, misfire_grace=timedelta(minutes=2))
    ran: list[datetime] = []
    sched.start()
    sched.add_job(lambda: ran.append(clock.now()), DateTrigger(run_date=T0 + timedelta(minutes=5)), id="j")
    timers.run_until(T0 + timedelta(minutes=10))
    sched.shutdown()
    assert ran == [T0 + timedelta(minutes=5)]
