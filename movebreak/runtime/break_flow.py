"""A due slot -> do-not-disturb and idle checks -> notification + prompt -> journal.

States are BreakState values (movebreak.domain.states), the one list the prompt and the
journal share. Which routine a break gets, and the skips in a row that shorten it, is
runtime.break_routines; the prompt and the journal come in through runtime.ports."""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QObject, Signal

from movebreak.domain.clock import Clock
from movebreak.domain.exercises import Exercise, Routine
from movebreak.domain.planner import BreakSlot, TakenBreak
from movebreak.domain.routines import marked_title
from movebreak.domain.states import BreakState, ExerciseOutcome
from movebreak.domain.stats import ExerciseRecord
from movebreak.i18n import routine_title, translate
from movebreak.runtime.break_routines import BreakRoutines
from movebreak.runtime.planning import STALE_AFTER, Plan
from movebreak.runtime.ports import ON_SCREEN, OVER, SOON, Journal, Prompt
from movebreak.runtime.status import Held
from movebreak.runtime.timers import Timers
from movebreak.texts import N_

log = logging.getLogger(__name__)

DND_RETRY = timedelta(minutes=2)  # a deferred break is retried this often, to the end of its gap
IDLE_POLL = timedelta(seconds=5)  # only while a prompt is open
IDLE_PAUSES_COUNTDOWN_S = 30


def heads_up_title(lead_seconds: int) -> str:
    """ "Stretch break in 30 s", "... in 1 min", "... in 1 min 30 s": the lead time as set,
    not rounded to a minute, in the user's language."""
    minutes, seconds = divmod(max(0, lead_seconds), 60)
    if not minutes:
        return translate("Notification", "Stretch break in %n s", None, seconds)
    if not seconds:
        return translate("Notification", "Stretch break in %n min", None, minutes)
    title = translate("Notification", "Stretch break in %1 min %2 s")
    return title.replace("%1", str(minutes)).replace("%2", str(seconds))


class BreakFlow(QObject):
    changed = Signal()  # a prompt opened or closed, a break was held
    break_logged = Signal()  # a journal row was written: history refreshes
    taken = Signal(object)  # TakenBreak: done, partly done or natural; the owner re-plans
    break_phase = Signal(str, str)  # slot id, SOON | ON_SCREEN | OVER (emitted before notify)

    def __init__(
        self,
        *,
        clock: Clock,
        plan: Plan,
        catalogue: Sequence[Exercise],
        journal: Journal | None,
        notify: Callable[[str, str], object],
        prompt_factory: Callable[[Routine], Prompt],
        idle_seconds: Callable[[], float | None],
        dnd_reason: Callable[[], str | None],
        is_paused: Callable[[], bool],
        timers: Timers,
        rng: random.Random | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._plan = plan
        self._journal = journal
        self._notify = notify
        self._prompt_factory = prompt_factory
        self._idle_seconds = idle_seconds
        self._dnd_reason = dnd_reason
        self._is_paused = is_paused
        self._routines = BreakRoutines(clock=clock, plan=plan, catalogue=catalogue, journal=journal, rng=rng)
        self._manual_count = 0
        self.prompt: Prompt | None = None
        self._prompt_slot: BreakSlot | None = None
        self._shown_at: datetime | None = None
        self._deferred: tuple[BreakSlot, datetime] | None = None  # slot, end of its gap
        self.held: Held | None = None
        self._heads_up: str | None = None  # the slot whose heads-up is out
        # since when the user has sat, and whether that is only a lower bound (set by the owner)
        self.sitting_since: Callable[[], tuple[datetime, bool]] = lambda: (self._now(), True)
        self._dnd_retry = timers.single_shot("dnd-retry", self._retry_deferred)
        self._idle_poll = timers.repeating("idle-poll", IDLE_POLL, self._poll_idle)
        plan.on_missed = lambda slot: self._finish_slot(slot, BreakState.MISSED)
        plan.replanned.connect(self._after_replan)

    def set_catalogue(self, catalogue: Sequence[Exercise]) -> None:
        self._routines.set_catalogue(catalogue)

    def _now(self) -> datetime:
        return self._clock.now().astimezone(UTC)

    # ----------------------------------------------------------------- due slots
    def on_heads_up(self, slot: BreakSlot) -> None:
        """Announce the slot, unless what would stop it at its time already holds now: a
        heads-up that nothing follows teaches people to ignore them."""
        if self._plan.is_decided(slot.id) or self.prompt is not None or self._is_paused():
            return
        reason = self._dnd_reason()
        if reason is not None:
            # A bubble over a screen share is the very interruption DND exists to prevent.
            log.info("heads-up for slot %s not shown: %s", slot.id, reason)
            return
        lead = self._plan.settings.lead_time
        if self._plan.settings.idle_detection:
            idle = self._idle_seconds()
            routine_s = (slot.end - slot.start).total_seconds()
            if idle is not None and idle >= IDLE_PAUSES_COUNTDOWN_S and idle + lead >= routine_s:
                log.info("heads-up for slot %s not shown: away for %d s, a natural break", slot.id, idle)
                return
        routine = self._routines.for_slot(slot)
        self._heads_up = slot.id
        self.break_phase.emit(slot.id, SOON)
        self._notify(heads_up_title(lead), routine_title(routine))

    def _keep_live_routines(self) -> None:
        """Routines only for slots still to come, on screen or waiting out do-not-disturb."""
        live = [*self._plan.planned, self._prompt_slot, self._deferred[0] if self._deferred else None]
        self._routines.keep_only(s.id for s in live if s is not None)

    def _after_replan(self, _why: str) -> None:
        self._keep_live_routines()
        # a pause, a focus block or a taken break moved the announced slot away
        if self._heads_up is not None and all(s.id != self._heads_up for s in self._plan.planned):
            self.withdraw_heads_up("no longer planned")

    def withdraw_heads_up(self, why: str) -> None:
        """The announced break will not come as announced (paused, held): take the bubble back."""
        slot_id, self._heads_up = self._heads_up, None
        if slot_id is not None:
            log.info("heads-up for slot %s withdrawn: %s", slot_id, why)
            self.break_phase.emit(slot_id, OVER)

    def on_due(self, slot: BreakSlot) -> None:
        now = self._now()
        if self._plan.is_decided(slot.id):
            return
        if now - slot.start > STALE_AFTER:
            log.info("slot %s is stale (%s late): missed", slot.id, now - slot.start)
            self._finish_slot(slot, BreakState.MISSED)
            return
        self._consider(slot, deadline=self._plan.gap_end(slot))

    def _consider(self, slot: BreakSlot, deadline: datetime) -> None:
        """Show the slot now, or decide why not: paused, busy, away, or do-not-disturb."""
        now = self._now()
        if self._is_paused():
            self.withdraw_heads_up("paused")
            return
        if self.prompt is not None:
            log.info("slot %s due while a prompt is open: not shown", slot.id)
            return
        routine = slot.end - slot.start
        # Do-not-disturb first: no input for a routine's length in front of a fullscreen
        # video or a presentation is sitting still, not a natural break.
        reason = self._dnd_reason()
        if reason is not None:
            self.withdraw_heads_up(reason)
            if now + DND_RETRY + routine <= deadline:
                log.info("slot %s deferred: %s", slot.id, reason)
                self._deferred = (slot, deadline)
                self.held = Held(slot.id, reason, (now + DND_RETRY).astimezone(self._clock.tz()))
                self._dnd_retry.start(DND_RETRY)
                self.changed.emit()
            else:
                log.info("slot %s suppressed: %s until the end of its gap", slot.id, reason)
                self._finish_slot(slot, BreakState.SUPPRESSED)
            return
        if self._plan.settings.idle_detection:
            idle = self._idle_seconds()
            if idle is not None and idle >= routine.total_seconds():
                self._finish_slot(slot, BreakState.NATURAL_BREAK)
                self.taken.emit(TakenBreak(now - timedelta(seconds=idle), now, slot.id))
                return
        self._show(slot)

    def _retry_deferred(self) -> None:
        deferred, self._deferred = self._deferred, None
        self.held = None
        if deferred is None or self._plan.is_decided(deferred[0].id):
            return
        self._consider(*deferred)

    # ----------------------------------------------------------------- the prompt
    def _show(self, slot: BreakSlot) -> None:
        routine = self._routines.for_prompt(slot, self.sitting_since)
        self._plan.mark_decided(slot.id)
        self._shown_at = self._now()
        self._prompt_slot = slot
        self._record_shown(slot, routine)
        prompt = self._prompt_factory(routine)
        prompt.exercise_done.connect(self._on_exercise_done)
        prompt.finished.connect(self._on_prompt_finished)
        self.prompt = prompt
        if self._heads_up == slot.id:
            self._heads_up = None  # the same notification now says the break is on screen
        self.break_phase.emit(slot.id, ON_SCREEN)
        if self._plan.settings.notifications:
            self._notify(translate("Notification", "Time to move"), routine_title(routine))
        prompt.show_unfocused()
        if self._plan.settings.idle_detection:
            self._idle_poll.start()
        self.changed.emit()

    def skip_allowed(self) -> bool:
        """False once today's skipped breaks reach `skip_budget` (0: no limit): the prompt then
        offers Shorten to 1 min for Skip routine. Snooze always works; nothing is locked."""
        return self._routines.skip_allowed()

    def start_break_now(self) -> str:
        if self.prompt is not None:
            self.prompt.bring_forward()
            return N_("Remote", "A break is already on screen.")
        now = self._now()
        settings = self._plan.settings
        minutes = max(settings.routine_min, min(5, settings.routine_max))
        self._manual_count += 1  # ids of breaks asked for by hand never collide, whatever the clock
        slot_id = f"manual@{now:%Y%m%dT%H%M%S}-{self._manual_count}"
        slot = BreakSlot(slot_id, now, now + timedelta(minutes=minutes), "manual")
        self._show(slot)
        return N_("Remote", "Break started: %1", marked_title(self._routines.for_slot(slot)))

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
        self.break_phase.emit(slot.id, OVER)
        self._routines.count(BreakState(state))
        self._record_break(slot, BreakState(state))
        self.break_logged.emit()
        if state in (BreakState.COMPLETED, BreakState.PARTIAL):
            # the sitting clock starts again now: the next sitting-limit break moves
            self.taken.emit(TakenBreak(self._shown_at or self._now(), self._now(), slot.id))
        elif state == BreakState.SNOOZED:
            self._snooze(slot)
        else:
            self.changed.emit()
        self._keep_live_routines()

    def _snooze(self, slot: BreakSlot) -> None:
        start = self._now() + timedelta(minutes=self._plan.settings.snooze)
        snoozed = BreakSlot(
            f"{slot.id}~snooze@{int(start.timestamp())}", start, start + (slot.end - slot.start), "snooze"
        )
        self._routines.carry_over(slot, snoozed)
        self._plan.add_extra(snoozed)
        self._plan.replan("snoozed")

    def act_on_break(self, slot_id: str, action: str) -> None:
        """A notification's button for slot_id: "start", "snooze" or "skip".

        Before the break (the heads-up) it starts, postpones or skips the planned slot; with the
        prompt open it brings the prompt forward or ends it as snoozed or skipped."""
        prompt, shown = self.prompt, self._prompt_slot
        if prompt is not None and shown is not None and shown.id == slot_id:
            if action == "start":
                prompt.bring_forward()
            elif action in ("snooze", "skip"):
                prompt.end(BreakState.SNOOZED if action == "snooze" else BreakState.SKIPPED)
            return
        slot = next((s for s in self._plan.planned if s.id == slot_id and not self._plan.is_decided(s.id)), None)
        if slot is None or prompt is not None:
            log.info("notification action %s for %s: that break is not pending", action, slot_id)
            if slot is None:
                self.break_phase.emit(slot_id, OVER)
            return
        self._shown_at = None  # decided from the heads-up: it never showed
        if action == "start":
            self._show(slot)
        elif action == "snooze":
            self._finish_slot(slot, BreakState.SNOOZED)
            self._snooze(slot)
        elif action == "skip":
            self._finish_slot(slot, BreakState.SKIPPED)
            self._plan.replan("skipped")

    @property
    def skips_in_row(self) -> int:
        """Breaks skipped since the last one taken, across a restart."""
        return self._routines.skips_in_row

    # ----------------------------------------------------------------- the journal
    def _record_shown(self, slot: BreakSlot, routine: Routine) -> None:
        """The break, and every exercise as not reached yet, in one transaction: a crash then
        leaves a break the next start settles from what was done (storage.journal_open)."""
        if self._journal is None:
            return
        not_yet = [
            ExerciseRecord(position, item.exercise.id, ExerciseOutcome.NOT_REACHED, 0)
            for position, item in enumerate(routine.items)
        ]
        self._journal.record_routine(
            slot.id,
            slot.start,
            slot.routine_minutes,
            BreakState.SHOWN,
            not_yet,
            shown_at=self._shown_at,
            reason=slot.reason,
        )

    def _record_break(self, slot: BreakSlot, state: BreakState) -> None:
        if self._journal is None:
            return
        self._journal.record_break(
            slot.id,
            slot.start,
            slot.routine_minutes,
            state,
            shown_at=self._shown_at if state != BreakState.MISSED else None,
            reason=slot.reason,
        )

    def _finish_slot(self, slot: BreakSlot, state: BreakState) -> None:
        self._routines.count(state)
        if self._heads_up == slot.id:
            self._heads_up = None
        self.break_phase.emit(slot.id, OVER)
        self._plan.mark_decided(slot.id)
        self._record_break(slot, state)
        self.break_logged.emit()
        if state != BreakState.SNOOZED:  # a snoozed slot's routine carries over (_snooze)
            self._keep_live_routines()
