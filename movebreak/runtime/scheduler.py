"""Break slots <-> APScheduler jobs. One DateTrigger job per slot, id = slot id.

APScheduler 3's stock schedulers decide what is due with their own `datetime.now()`, so a
runtime on an injected Clock would run on two clocks. `ClockScheduler` is a scheduler as
APScheduler's "Extending APScheduler" guide describes one (a BaseScheduler subclass that
implements start, shutdown and wakeup), whose wake-up asks the injected Clock what is due and
hands those jobs to the executor. It uses only APScheduler's public API (get_jobs, remove_job,
Job.modify, the trigger's get_next_fire_time, the executor's submit_job), and its only timer
comes from the runtime's Timers factory, so a FakeClock with ManualTimers moves it too.

The executor is APScheduler's DebugExecutor: the job runs right there, on the GUI thread, and
no worker thread exists at all. The job itself only posts the delivery (another zero-delay
timer): the receivers may re-plan (add and remove jobs), which must happen after the
scheduler is done with the job."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject, Signal

from movebreak.domain.clock import Clock
from movebreak.domain.planner import BreakSlot
from movebreak.runtime import apscheduler_lean
from movebreak.runtime.timers import QtTimers, Timers

apscheduler_lean.load()  # first, so APScheduler loads without asyncio and friends

from apscheduler.executors.debug import DebugExecutor  # noqa: E402
from apscheduler.schedulers.base import STATE_RUNNING, BaseScheduler  # noqa: E402
from apscheduler.triggers.date import DateTrigger  # noqa: E402

log = logging.getLogger(__name__)

HEADS_UP_SUFFIX = ":heads-up"
PREPARE_SUFFIX = ":prepare"


class ClockScheduler(BaseScheduler):  # type: ignore[misc]
    """An APScheduler scheduler whose "now" is the injected Clock's.

    A job later than `misfire_grace` when the scheduler gets to it (the machine slept, the
    clock jumped) is dropped with a warning instead of run, as APScheduler does; the check is
    made here, on the Clock, so jobs carry no misfire_grace_time of their own (the executor
    would check that against the system clock)."""

    def __init__(self, clock: Clock, timers: Timers, *, misfire_grace: timedelta, **options: Any) -> None:
        # Name-mangled (__): BaseScheduler keeps its own state in single-underscore names, and
        # a later APScheduler release may add one that ours would otherwise overwrite.
        self.__clock = clock
        self.__grace = misfire_grace
        self.__executor = DebugExecutor()
        self.__timer = timers.single_shot("apscheduler", self.__run_due)
        options.setdefault("job_defaults", {}).update(misfire_grace_time=None, coalesce=True, max_instances=1)
        super().__init__(executors={"default": self.__executor}, timezone=clock.tz(), **options)

    def shutdown(self, wait: bool = True) -> None:
        super().shutdown(wait)
        self.__timer.stop()

    def wakeup(self) -> None:
        # Later, not now: APScheduler calls this while it holds its job-store lock.
        self.__timer.start(timedelta(0))

    def __run_due(self) -> None:
        if self.state != STATE_RUNNING:
            return
        now = self.__clock.now().astimezone(UTC)
        for job in self.get_jobs():
            run_time = job.next_run_time
            if run_time is None or run_time > now:
                continue
            late = now - run_time
            if late > self.__grace:
                log.warning('Run time of job "%s" was missed by %s', job, late)
            else:
                self.__executor.submit_job(job, [run_time])
            following = job.trigger.get_next_fire_time(run_time, now)
            if following is not None:
                job.modify(next_run_time=following)
            else:
                self.remove_job(job.id)
        upcoming = [job.next_run_time for job in self.get_jobs() if job.next_run_time is not None]
        if upcoming:
            self.__timer.start(min(upcoming) - self.__clock.now())
        else:
            self.__timer.stop()


class SlotScheduler(QObject):
    """Keeps the job set equal to the plan from now on."""

    due = Signal(object)  # BreakSlot
    heads_up = Signal(object)  # BreakSlot
    prepare = Signal(object)  # BreakSlot, `prepare_lead` before it is due (get the prompt ready)

    def __init__(
        self,
        clock: Clock,
        *,
        timers: Timers | None = None,
        misfire_grace_s: int = 120,
        prepare_lead: timedelta | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._prepare_lead = prepare_lead
        timers = timers or QtTimers(self)
        self._clock = clock
        self._slots: dict[str, BreakSlot] = {}
        self._outbox: list[tuple[str, str]] = []
        self._post = timers.single_shot("scheduler-delivery", self._deliver)
        self._scheduler = ClockScheduler(clock, timers, misfire_grace=timedelta(seconds=misfire_grace_s))

    def start(self) -> None:
        if not self._scheduler.running:
            self._scheduler.start()

    def shutdown(self) -> None:
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)

    def _job(self, slot_id: str, kind: str) -> None:
        # Posted, not called: see the module docstring.
        self._outbox.append((slot_id, kind))
        self._post.start(timedelta(0))

    def _deliver(self) -> None:
        outbox, self._outbox = self._outbox, []
        for slot_id, kind in outbox:
            slot = self._slots.get(slot_id)
            if slot is None:
                continue
            if kind == "due":
                self._slots.pop(slot_id, None)
                self.due.emit(slot)
            elif kind == "prepare":
                self.prepare.emit(slot)
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
            if self._prepare_lead is not None and slot.start - self._prepare_lead > now:
                wanted[slot.id + PREPARE_SUFFIX] = (slot, slot.start - self._prepare_lead, "prepare")
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
