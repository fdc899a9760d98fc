"""due(slot) -> idle / do-not-disturb checks -> notification + prompt -> journal; and re-planning."""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from movebreak.domain.blocks import Block, wall_clock
from movebreak.domain.clock import Clock
from movebreak.domain.exercises import Exercise, Routine, compose_routine
from movebreak.domain.pause import Pause, parse_focus, pause_until
from movebreak.domain.planner import BreakSlot, Window, plan
from movebreak.domain.settings import Settings
from movebreak.errors import Problem
from movebreak.runtime.scheduler import MAX_TIMER_MS, SlotScheduler

log = logging.getLogger(__name__)

STALE_AFTER = timedelta(minutes=2)  # a due slot older than this was slept through: missed
DND_RETRY = timedelta(minutes=2)  # a deferred break is retried this often, to the end of its gap
IDLE_POLL_MS = 5_000  # only while a prompt is open
IDLE_PAUSES_COUNTDOWN_S = 30
PLAN_DAYS = 2


class Prompt(Protocol):
    """What the coordinator needs of ui.prompt.PromptWindow (injected, so runtime stays below ui)."""

    exercise_done: Any
    finished: Any

    def show_unfocused(self) -> None: ...
    def bring_forward(self) -> None: ...
    def set_countdown_paused(self, paused: bool) -> None: ...
    def end(self, state: str) -> None: ...
    def close(self) -> bool: ...


class Journal(Protocol):
    writable: bool

    def record_break(
        self,
        slot_id: str,
        planned_start: datetime,
        planned_minutes: int,
        state: str,
        *,
        shown_at: datetime | None = None,
        reason: str = "",
    ) -> Any: ...
    def record_exercise(self, slot_id: str, position: int, exercise_id: str, outcome: str, seconds: int) -> Any: ...
    def recent_exercise_ids(self, since: datetime) -> list[str]: ...


@dataclass(frozen=True)
class Status:
    """What the tray and `movebreak status` show."""

    next_break: BreakSlot | None
    why_none: str
    pause: Pause | None
    focus_until: datetime | None
    prompt_open: bool
    # A due break held by do-not-disturb: (slot id, why, next try), else None.
    deferred: tuple[str, str, datetime] | None = None

    def summary(self) -> str:
        lines = []
        if self.next_break is not None:
            lines.append(f"Next break: {self.next_break.start:%H:%M}")  # planner gives local times
        else:
            lines.append(f"Next break: none ({self.why_none})")
        if self.pause is not None:
            lines.append(f"Paused until {self.pause.until:%a %H:%M}")
        if self.focus_until is not None:
            lines.append(f"Focus until {self.focus_until:%H:%M}")
        if self.prompt_open:
            lines.append("A break is on screen now")
        if self.deferred is not None:
            _, why, retry_at = self.deferred
            lines.append(f"A break is held ({why}); trying again at {retry_at:%H:%M}")
        return "\n".join(lines)

    def as_dict(self) -> dict[str, Any]:
        nb = self.next_break
        return {
            "next_break": None
            if nb is None
            else {"id": nb.id, "start": nb.start.isoformat(), "end": nb.end.isoformat(), "reason": nb.reason},
            "why_none": self.why_none,
            "paused_until": None if self.pause is None else self.pause.until.isoformat(),
            "focus_until": None if self.focus_until is None else self.focus_until.isoformat(),
            "prompt_open": self.prompt_open,
            "deferred": None
            if self.deferred is None
            else {"id": self.deferred[0], "reason": self.deferred[1], "retry_at": self.deferred[2].isoformat()},
            "summary": self.summary(),
        }


BlockSource = Callable[[Settings, Window], tuple[list[Block], list[Problem]]]


def _bounded_single_shot(timer: QTimer, delay: timedelta) -> None:
    timer.start(int(min(max(delay.total_seconds() * 1000, 0), MAX_TIMER_MS)))


class Coordinator(QObject):
    changed = Signal()  # status changed: tray and tooltip refresh
    break_logged = Signal()  # a journal row was written: history refreshes
    problems_found = Signal(list)  # list[Problem] from calendars, shown once by the app
    # A break's notification follows it: (slot id, "soon" | "on-screen" | "over"), emitted
    # before the notify() call it is about (runtime.break_notice).
    break_phase = Signal(str, str)

    def __init__(
        self,
        *,
        clock: Clock,
        settings: Settings,
        scheduler: SlotScheduler,
        block_source: BlockSource,
        catalogue: Sequence[Exercise],
        journal: Journal | None,
        notify: Callable[[str, str], object],
        prompt_factory: Callable[[Routine], Prompt],
        idle_seconds: Callable[[], float | None] = lambda: None,
        dnd_reason: Callable[[], str | None] = lambda: None,
        rng: random.Random | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.settings = settings
        self._scheduler = scheduler
        self._block_source = block_source
        self._catalogue = list(catalogue)
        self._journal = journal
        self._notify = notify
        self._prompt_factory = prompt_factory
        self._idle_seconds = idle_seconds
        self._dnd_reason = dnd_reason
        self._rng = rng or random.Random()
        self._planned: list[BreakSlot] = []
        self._extra: dict[str, BreakSlot] = {}  # manual and snoozed slots, kept across re-plans
        self._handled: set[str] = set()
        self._routines: dict[str, Routine] = {}
        self._blocks: list[Block] = []
        self._last_problems: list[str] = []
        self.pause: Pause | None = None
        self.focus_block: Block | None = None
        self.prompt: Prompt | None = None
        self._prompt_slot: BreakSlot | None = None
        self._shown_at: datetime | None = None

        self._midnight = self._timer(lambda: self.replan("midnight"))
        self._pause_end = self._timer(self._pause_expired)
        self._dnd_retry = self._timer(self._retry_deferred)
        self._deferred: tuple[BreakSlot, datetime] | None = None
        self._deferred_why: tuple[str, datetime] | None = None  # reason, next try (for status)
        self._idle_poll = QTimer(self)
        self._idle_poll.setInterval(IDLE_POLL_MS)
        self._idle_poll.timeout.connect(self._poll_idle)

        # Both arrive on the GUI thread (the scheduler queues them out of APScheduler's pool).
        # No Qt.ConnectionType here: naming any Qt.* enum builds the whole Qt namespace, 1.3 MiB
        # the idle app would keep for good.
        scheduler.due.connect(self.on_due)
        scheduler.heads_up.connect(self.on_heads_up)

    def _timer(self, slot: Callable[[], object]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)  # Qt's default CoarseTimer: the OS may batch its wake-up
        timer.timeout.connect(slot)
        return timer

    # ----------------------------------------------------------------- planning
    def set_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.replan("settings saved")

    def set_catalogue(self, catalogue: Sequence[Exercise]) -> None:
        self._catalogue = list(catalogue)

    def _now(self) -> datetime:
        """Now in UTC. Aware datetimes sharing one ZoneInfo subtract and compare on the wall
        clock (ignoring DST), so every piece of arithmetic here is done in UTC."""
        return self.clock.now().astimezone(UTC)

    def _local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.clock.tz())

    def replan(self, reason: str = "") -> list[BreakSlot]:
        tz = self.clock.tz()
        now = self._now()
        self._journal_missed(now)
        end = wall_clock(now.astimezone(tz).date() + timedelta(days=PLAN_DAYS), datetime.min.time(), tz)
        window = Window(now.astimezone(tz), end, tz)
        blocks, problems = self._block_source(self.settings, window)
        if self.focus_block is not None and self.focus_block.end > now:
            blocks = [*blocks, self.focus_block]
        else:
            self.focus_block = None
        self._blocks = sorted(blocks)
        texts = [str(p) for p in problems]
        if problems and texts != self._last_problems:
            self.problems_found.emit(list(problems))
        self._last_problems = texts
        slots = [s for s in plan(window, self._blocks, self.settings) if s.id not in self._handled]
        self._extra = {k: s for k, s in self._extra.items() if s.start > now and k not in self._handled}
        slots = sorted([*slots, *self._extra.values()], key=lambda s: s.start)
        if self.pause is not None:
            slots = [s for s in slots if s.start >= self.pause.until]
        self._planned = slots
        self._scheduler.sync(
            slots, timedelta(seconds=self.settings.lead_time) if self.settings.notifications else timedelta(0)
        )
        _bounded_single_shot(
            self._midnight,
            wall_clock(now.astimezone(tz).date() + timedelta(days=1), datetime.min.time(), tz)
            - now
            + timedelta(seconds=1),
        )
        log.info("re-planned (%s): %d breaks", reason or "start", len(slots))
        self.changed.emit()
        return slots

    def _journal_missed(self, now: datetime) -> None:
        """Slots of the last plan that passed unseen (asleep, clock jump) are logged, not shown."""
        for slot in self._planned:
            if slot.id not in self._handled and slot.start < now - STALE_AFTER:
                self._finish_slot(slot, "missed")

    @property
    def planned(self) -> list[BreakSlot]:
        return list(self._planned)

    @property
    def blocks(self) -> list[Block]:
        return list(self._blocks)

    # ----------------------------------------------------------------- due slots
    def on_heads_up(self, slot: BreakSlot) -> None:
        if slot.id in self._handled or self.prompt is not None or self._is_paused():
            return
        reason = self._dnd_reason()
        if reason is not None:
            # A bubble over a screen share is the very interruption DND exists to prevent.
            log.info("heads-up for slot %s not shown: %s", slot.id, reason)
            return
        routine = self._routine_for(slot)
        minutes = max(1, round(self.settings.lead_time / 60))
        self.break_phase.emit(slot.id, "soon")
        self._notify(f"Stretch break in {minutes} min", f"{routine.title}")

    def on_due(self, slot: BreakSlot) -> None:
        now = self._now()
        if slot.id in self._handled:
            return
        if now - slot.start > STALE_AFTER:
            log.info("slot %s is stale (%s late): missed", slot.id, now - slot.start)
            self._finish_slot(slot, "missed")
            return
        self._consider(slot, deadline=self._gap_end(slot))

    def _consider(self, slot: BreakSlot, deadline: datetime) -> None:
        """Show the slot now, or decide why not: paused, busy, away, or do-not-disturb."""
        now = self._now()
        if self._is_paused():
            return
        if self.prompt is not None:
            log.info("slot %s due while a prompt is open: not shown", slot.id)
            return
        routine = slot.end - slot.start
        # Do-not-disturb first: no input for a routine's length in front of a fullscreen
        # video or a presentation is sitting still, not a natural break.
        reason = self._dnd_reason()
        if reason is not None:
            if now + DND_RETRY + routine <= deadline:
                log.info("slot %s deferred: %s", slot.id, reason)
                self._deferred = (slot, deadline)
                self._deferred_why = (reason, self._local(now + DND_RETRY))
                _bounded_single_shot(self._dnd_retry, DND_RETRY)
                self.changed.emit()
            else:
                log.info("slot %s suppressed: %s until the end of its gap", slot.id, reason)
                self._finish_slot(slot, "suppressed")
            return
        if self.settings.idle_detection:
            idle = self._idle_seconds()
            if idle is not None and idle >= routine.total_seconds():
                self._finish_slot(slot, "natural-break")
                return
        self._show(slot)

    def _gap_end(self, slot: BreakSlot) -> datetime:
        """Where the slot's gap ends: the next block's start, or the end of working hours."""
        starts = [b.start for b in self._blocks if b.start >= slot.end]
        tz = self.clock.tz()
        local = slot.start.astimezone(tz)
        ends = [
            wall_clock(local.date(), r.end, tz)
            for r in self.settings.working_hours[local.weekday()]
            if wall_clock(local.date(), r.start, tz) <= slot.start < wall_clock(local.date(), r.end, tz)
        ]
        candidates = [*starts, *ends]
        return min(candidates) if candidates else slot.end + timedelta(minutes=self.settings.max_sitting)

    def _retry_deferred(self) -> None:
        deferred, self._deferred = self._deferred, None
        self._deferred_why = None
        if deferred is None or deferred[0].id in self._handled:
            return
        self._consider(*deferred)

    def _routine_for(self, slot: BreakSlot) -> Routine:
        routine = self._routines.get(slot.id)
        if routine is None:
            history: list[str] = []
            if self._journal is not None:
                history = self._journal.recent_exercise_ids(self._now() - timedelta(days=2))
            routine = compose_routine(
                slot.routine_minutes, history, self._rng, catalogue=self._catalogue, settings=self.settings
            )
            self._routines[slot.id] = routine
        return routine

    def _show(self, slot: BreakSlot) -> None:
        routine = self._routine_for(slot)
        self._handled.add(slot.id)
        self._shown_at = self._now()
        self._prompt_slot = slot
        self._record_break(slot, "shown")
        prompt = self._prompt_factory(routine)
        prompt.exercise_done.connect(self._on_exercise_done)
        prompt.finished.connect(self._on_prompt_finished)
        self.prompt = prompt
        self.break_phase.emit(slot.id, "on-screen")
        if self.settings.notifications:
            self._notify("Time to move", routine.title)
        prompt.show_unfocused()
        if self.settings.idle_detection:
            self._idle_poll.start()
        self.changed.emit()

    def bring_prompt_forward(self) -> bool:
        if self.prompt is None:
            return False
        self.prompt.bring_forward()
        return True

    def _poll_idle(self) -> None:
        if self.prompt is None:
            self._idle_poll.stop()
            return
        idle = self._idle_seconds()
        self.prompt.set_countdown_paused(idle is not None and idle >= IDLE_PAUSES_COUNTDOWN_S)

    def _on_exercise_done(self, index: int, exercise_id: str, outcome: str, seconds: int) -> None:
        slot = self._prompt_slot
        if slot is None or self._journal is None:
            return
        self._journal.record_exercise(slot.id, index, exercise_id, outcome, seconds)

    def _on_prompt_finished(self, state: str) -> None:
        slot = self._prompt_slot
        self.prompt = None
        self._prompt_slot = None
        self._idle_poll.stop()
        if slot is None:
            return
        self.break_phase.emit(slot.id, "over")
        self._record_break(slot, state)
        self.break_logged.emit()
        if state == "snoozed":
            self._snooze(slot)
        else:
            self.changed.emit()

    def _snooze(self, slot: BreakSlot) -> None:
        now = self._now()
        start = now + timedelta(minutes=self.settings.snooze)
        snoozed = BreakSlot(
            f"{slot.id}~snooze@{int(start.timestamp())}", start, start + (slot.end - slot.start), "snooze"
        )
        self._routines[snoozed.id] = self._routines.get(slot.id) or self._routine_for(snoozed)
        self._extra[snoozed.id] = snoozed
        self.replan("snoozed")

    def act_on_break(self, slot_id: str, action: str) -> None:
        """A notification's button for slot_id: "start", "snooze" or "skip".

        Before the break (the heads-up) it starts, postpones or skips the planned slot; with the
        prompt open it brings the prompt forward or ends it as snoozed or skipped."""
        prompt, shown = self.prompt, self._prompt_slot
        if prompt is not None and shown is not None and shown.id == slot_id:
            if action == "start":
                prompt.bring_forward()
            elif action in ("snooze", "skip"):
                prompt.end("snoozed" if action == "snooze" else "skipped")
            return
        slot = next((s for s in self._planned if s.id == slot_id and s.id not in self._handled), None)
        if slot is None or prompt is not None:
            log.info("notification action %s for %s: that break is not pending", action, slot_id)
            if slot is None:
                self.break_phase.emit(slot_id, "over")
            return
        self._shown_at = None  # decided from the heads-up: it never showed
        if action == "start":
            self._show(slot)
        elif action == "snooze":
            self._finish_slot(slot, "snoozed")
            self._snooze(slot)
        elif action == "skip":
            self._finish_slot(slot, "skipped")
            self.replan("skipped")

    def _record_break(self, slot: BreakSlot, state: str) -> None:
        if self._journal is None:
            return
        self._journal.record_break(
            slot.id,
            slot.start,
            slot.routine_minutes,
            state,
            shown_at=self._shown_at if state != "missed" else None,
            reason=slot.reason,
        )

    def _finish_slot(self, slot: BreakSlot, state: str) -> None:
        self.break_phase.emit(slot.id, "over")
        self._handled.add(slot.id)
        self._record_break(slot, state)
        self.break_logged.emit()

    # ----------------------------------------------------------------- commands
    def start_break_now(self) -> str:
        if self.prompt is not None:
            self.prompt.bring_forward()
            return "A break is already on screen."
        now = self._now()
        minutes = max(self.settings.routine_min, min(5, self.settings.routine_max))
        slot = BreakSlot(f"manual@{now.astimezone(UTC):%Y%m%dT%H%M%S}", now, now + timedelta(minutes=minutes), "manual")
        self._show(slot)
        return f"Break started: {self._routines[slot.id].title}"

    def set_pause(self, spec: str) -> str:
        now = self._now()
        current = next((b for b in self._blocks if b.start <= now < b.end), None)
        pause = pause_until(spec, self._local(now), self.settings, current.end if current else None)
        self.pause = pause
        if pause is None:
            self._pause_end.stop()
            self.replan("pause off")
            return "Breaks resumed."
        _bounded_single_shot(self._pause_end, pause.until - now)
        self.replan("paused")
        return f"Paused {pause.label} (until {self._local(pause.until):%a %H:%M})."

    def _is_paused(self) -> bool:
        return self.pause is not None and self._now() < self.pause.until

    def _pause_expired(self) -> None:
        if self.pause is not None and self._now() >= self.pause.until - timedelta(seconds=1):
            self.pause = None
            self.replan("pause ended")
        elif self.pause is not None:  # the timer fired early (clock change): wait the rest
            _bounded_single_shot(self._pause_end, self.pause.until - self._now())

    def start_focus(self, spec: str) -> str:
        length = parse_focus(spec)
        now = self._now()
        self.focus_block = Block(now, now + length, "Focus", "manual")
        self.replan("focus")
        return f"Focus until {self._local(self.focus_block.end):%H:%M}; the break comes after it."

    def status(self) -> Status:
        now = self._now()
        local = self._local(now)
        upcoming = [s for s in self._planned if s.start > now and s.id not in self._handled]
        nxt = upcoming[0] if upcoming else None
        why = ""
        if nxt is None:
            if self._is_paused():
                why = "paused"
            elif not any(self.settings.working_hours):
                why = "no working hours set"
            else:
                today = self.settings.working_hours[local.weekday()]
                over = all(wall_clock(local.date(), r.end, self.clock.tz()) <= now for r in today)
                why = "outside working hours" if not today or over else "no gap long enough"
        pause = self.pause if self._is_paused() else None
        focus = (
            self._local(self.focus_block.end) if self.focus_block is not None and self.focus_block.end > now else None
        )
        held = None
        if self._deferred is not None and self._deferred_why is not None:
            held = (self._deferred[0].id, *self._deferred_why)
        return Status(nxt, why, pause, focus, self.prompt is not None, held)

    def handle_command(self, request: dict[str, Any]) -> dict[str, Any]:
        """The single-instance server's entry point: one request, one reply, never raises."""
        cmd = request.get("cmd")
        arg = str(request.get("arg", ""))
        try:
            if cmd == "break-now":
                return {"ok": True, "message": self.start_break_now()}
            if cmd == "pause":
                return {"ok": True, "message": self.set_pause(arg)}
            if cmd == "focus":
                return {"ok": True, "message": self.start_focus(arg)}
            if cmd == "status":
                st = self.status()
                return {"ok": True, "message": st.summary(), "status": st.as_dict()}
            if cmd == "replan":
                self.replan("requested")
                return {"ok": True, "message": self.status().summary()}
        except ValueError as exc:
            return {"ok": False, "code": 2, "message": str(exc)}
        return {"ok": False, "code": 2, "message": f"unknown command {cmd!r}"}
