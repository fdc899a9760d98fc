"""Break slots <-> APScheduler jobs. One DateTrigger job per slot, id = slot id.

QtScheduler wakes up through a Qt timer, on the GUI thread. Its stock executor would then
run each job in a thread pool; here APScheduler's DebugExecutor runs it right there, on the
GUI thread, so no worker thread exists at all. The job itself only posts the delivery to the
event loop: the scheduler holds its job-store lock while a job runs, and the receivers may
re-plan (add and remove jobs), which must happen after APScheduler is done with the job."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal

from movebreak.domain.clock import Clock
from movebreak.domain.planner import BreakSlot
from movebreak.runtime import apscheduler_lean

apscheduler_lean.load()  # first, so APScheduler loads without asyncio and friends

from apscheduler.executors.debug import DebugExecutor  # noqa: E402
from apscheduler.schedulers.qt import QtScheduler  # noqa: E402
from apscheduler.triggers.date import DateTrigger  # noqa: E402

log = logging.getLogger(__name__)

HEADS_UP_SUFFIX = ":heads-up"
MAX_TIMER_MS = 2**31 - 1  # Qt timers overflow past this (about 24.8 days)


class _SingleTimerQtScheduler(QtScheduler):
    """QtScheduler with one reusable QTimer.

    Under PySide6, QTimer.singleShot(ms, fn) returns None, so the stock QtScheduler can never
    stop an earlier timer: every wakeup() adds another chain of wake-ups. One timer we own
    keeps the process to a single wake-up per due job."""

    def __init__(self, **options: object) -> None:
        super().__init__(**options)
        self._qtimer = QTimer()
        self._qtimer.setSingleShot(True)
        self._qtimer.timeout.connect(self._process_jobs)

    def _start_timer(self, wait_seconds: float | None) -> None:
        self._qtimer.stop()
        if wait_seconds is not None:
            self._qtimer.start(min(max(int(wait_seconds * 1000), 0), MAX_TIMER_MS))

    def _stop_timer(self) -> None:
        self._qtimer.stop()


class SlotScheduler(QObject):
    """Keeps the job set equal to the plan from now on."""

    due = Signal(object)  # BreakSlot
    heads_up = Signal(object)  # BreakSlot

    def __init__(self, clock: Clock, *, misfire_grace_s: int = 120, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._slots: dict[str, BreakSlot] = {}
        self._scheduler = _SingleTimerQtScheduler(
            executors={"default": DebugExecutor()},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": misfire_grace_s},
            timezone=clock.tz(),
        )

    def start(self) -> None:
        if not self._scheduler.running:
            self._scheduler.start()

    def shutdown(self) -> None:
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)

    def _job(self, slot_id: str, kind: str) -> None:
        # Posted, not called: see the module docstring. (A zero timer rather than a queued
        # connection: naming Qt.ConnectionType builds the whole Qt namespace, 1.3 MiB kept.)
        QTimer.singleShot(0, partial(self._deliver, slot_id, kind))

    def _deliver(self, slot_id: str, kind: str) -> None:
        slot = self._slots.get(slot_id)
        if slot is None:
            return
        if kind == "due":
            self._slots.pop(slot_id, None)
            self.due.emit(slot)
        else:
            self.heads_up.emit(slot)

    def sync(self, slots: Sequence[BreakSlot], lead_time: timedelta = timedelta(0)) -> None:
        """Add, move and remove jobs so they match `slots` from now on."""
        now = self._clock.now()
        wanted: dict[str, tuple[BreakSlot, datetime, str]] = {}
        for slot in slots:
            if slot.start <= now:
                continue
            wanted[slot.id] = (slot, slot.start, "due")
            warn_at = slot.start - lead_time
            if lead_time > timedelta(0) and warn_at > now:
                wanted[slot.id + HEADS_UP_SUFFIX] = (slot, warn_at, "heads-up")
        existing = {job.id: job for job in self._scheduler.get_jobs()}
        for job_id in existing.keys() - wanted.keys():
            self._scheduler.remove_job(job_id)
        for job_id, (slot, when, kind) in wanted.items():
            job = existing.get(job_id)
            if job is not None:
                if job.trigger.run_date == when:
                    continue
                # replace_existing does not reach jobs still pending before start()
                self._scheduler.remove_job(job_id)
            self._scheduler.add_job(
                self._job,
                DateTrigger(run_date=when, timezone=when.tzinfo),  # no tzinfo: APScheduler asks tzlocal
                args=(slot.id, kind),
                id=job_id,
                replace_existing=True,
            )
        self._slots = {s.id: s for s, _, kind in wanted.values() if kind == "due"}
        log.debug("scheduler synced: %d slots", len(self._slots))

    def scheduled(self) -> list[tuple[str, datetime]]:
        """(job id, run time) for every job, soonest first."""
        jobs = [(job.id, job.trigger.run_date) for job in self._scheduler.get_jobs()]
        return sorted(jobs, key=lambda j: j[1])

    def next_slot(self) -> BreakSlot | None:
        return min(self._slots.values(), key=lambda s: s.start, default=None)
