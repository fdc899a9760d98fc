"""Re-planning: blocks from rules and calendars -> planner -> scheduler jobs, on every change.

The plan holds what a re-plan needs to know: the slots already decided (shown, missed...),
slots added by hand (break now, snooze) that survive a re-plan, the breaks really taken (they
reset the sitting clock), the focus blocks and how long breaks are held by a pause. Slots of
the last plan that passed unseen are handed to `on_missed` before the day is planned again."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QObject, Signal

from movebreak.domain.blocks import Block, wall_clock
from movebreak.domain.clock import Clock
from movebreak.domain.planner import BreakSlot, TakenBreak, Window, plan
from movebreak.domain.settings import Settings
from movebreak.errors import Problem
from movebreak.runtime.scheduler import SlotScheduler
from movebreak.runtime.timers import Timers

log = logging.getLogger(__name__)

TAKEN_KEPT = timedelta(days=1)  # a taken break older than this moves nothing still planned
STALE_AFTER = timedelta(minutes=2)  # a due slot older than this was slept through: missed
PLAN_DAYS = 2

BlockSource = Callable[[Settings, Window], tuple[list[Block], list[Problem]]]


class Plan(QObject):
    changed = Signal()  # a new plan: tray and tooltip refresh
    replanned = Signal(str)  # why: "start", "resumed", "time zone changed"...
    problems_found = Signal(list)  # list[Problem] from calendars, shown once by the app

    def __init__(
        self,
        *,
        clock: Clock,
        settings: Settings,
        scheduler: SlotScheduler,
        block_source: BlockSource,
        timers: Timers,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.settings = settings
        self._scheduler = scheduler
        self._block_source = block_source
        self.on_missed: Callable[[BreakSlot], None] = lambda slot: None
        self._planned: list[BreakSlot] = []
        self._extra: dict[str, BreakSlot] = {}  # manual and snoozed slots, kept across re-plans
        # slot id -> when it was decided; forgotten after TAKEN_KEPT, when no plan (which
        # starts at now) can hold that slot again, so a month of breaks leaves nothing behind
        self._decided: dict[str, datetime] = {}
        self._taken: dict[str, TakenBreak] = {}  # by slot id: one taken break per slot
        self._blocks: list[Block] = []
        self._last_problems: list[str] = []
        self._focus: Block | None = None
        self._focus_done: list[Block] = []  # ended focus blocks still shape today's plan
        self._held_until: datetime | None = None
        self._midnight = timers.single_shot("midnight", lambda: self.replan("midnight"))

    def now(self) -> datetime:
        """Now in UTC. Aware datetimes sharing one ZoneInfo subtract and compare on the wall
        clock (ignoring DST), so every piece of arithmetic here is done in UTC."""
        return self.clock.now().astimezone(UTC)

    # ----------------------------------------------------------------- inputs
    def mark_decided(self, slot_id: str) -> None:
        self._decided[slot_id] = self.now()

    def is_decided(self, slot_id: str) -> bool:
        return slot_id in self._decided

    def add_extra(self, slot: BreakSlot) -> None:
        """A slot not from the planner (a snooze) that every re-plan keeps until it is due."""
        self._extra[slot.id] = slot

    def note_taken(self, *taken: TakenBreak) -> None:
        """Breaks really taken (from the journal at start, from the flow as they end); the
        caller re-plans. By slot id, so the journal's copy of one counts once."""
        for t in taken:
            self._taken[t.slot_id] = t

    @property
    def taken(self) -> list[TakenBreak]:
        return sorted(self._taken.values(), key=lambda t: t.end)

    @property
    def focus_block(self) -> Block | None:
        return self._focus if self._focus is not None and self._focus.end > self.now() else None

    def set_focus(self, block: Block | None) -> None:
        if self._focus is not None and block is not None:
            # the earlier one ends now where the new one begins; it stays a block of the day
            self._focus_done.append(replace(self._focus, end=min(self._focus.end, block.start)))
        self._focus = block

    def hold_until(self, moment: datetime | None) -> None:
        """No slot before `moment` (a pause); None lifts it."""
        self._held_until = moment

    # ----------------------------------------------------------------- re-planning
    def replan(self, reason: str = "") -> list[BreakSlot]:
        tz = self.clock.tz()
        now = self.now()
        self._hand_over_missed(now)
        end = wall_clock(now.astimezone(tz).date() + timedelta(days=PLAN_DAYS), datetime.min.time(), tz)
        window = Window(now.astimezone(tz), end, tz)
        blocks, problems = self._block_source(self.settings, window)
        # An ended focus block stays a block of its day: dropped, it would change the slots
        # (and ids) around it, so a break taken after it would no longer be on plan.
        if self._focus is not None and self._focus.end <= now:
            self._focus_done.append(self._focus)
            self._focus = None
        self._focus_done = [b for b in self._focus_done if b.end > now - TAKEN_KEPT]
        blocks = [*blocks, *self._focus_done, *([self._focus] if self._focus is not None else [])]
        self._blocks = sorted(blocks)
        texts = [str(p) for p in problems]
        if problems and texts != self._last_problems:
            self.problems_found.emit(list(problems))
        self._last_problems = texts
        self._taken = {k: t for k, t in self._taken.items() if t.end > now - TAKEN_KEPT}
        self._decided = {k: at for k, at in self._decided.items() if at > now - TAKEN_KEPT}
        found = plan(window, self._blocks, self.settings, list(self._taken.values()))
        slots = [s for s in found if s.id not in self._decided]
        self._extra = {k: s for k, s in self._extra.items() if s.start > now and k not in self._decided}
        slots = sorted([*slots, *self._extra.values()], key=lambda s: s.start)
        if self._held_until is not None:
            slots = [s for s in slots if s.start >= self._held_until]
        self._planned = slots
        lead = timedelta(seconds=self.settings.lead_time) if self.settings.notifications else timedelta(0)
        self._scheduler.sync(slots, lead)
        tomorrow = wall_clock(now.astimezone(tz).date() + timedelta(days=1), datetime.min.time(), tz)
        self._midnight.start(tomorrow - now + timedelta(seconds=1))
        log.info("re-planned (%s): %d breaks", reason or "start", len(slots))
        self.replanned.emit(reason or "start")
        self.changed.emit()
        return slots

    def _hand_over_missed(self, now: datetime) -> None:
        """Slots of the last plan that passed unseen (asleep, clock jump) are logged, not shown."""
        for slot in self._planned:
            if slot.id not in self._decided and slot.start < now - STALE_AFTER:
                self.on_missed(slot)

    # ----------------------------------------------------------------- queries
    @property
    def planned(self) -> list[BreakSlot]:
        return list(self._planned)

    @property
    def blocks(self) -> list[Block]:
        return list(self._blocks)

    def next_break(self) -> BreakSlot | None:
        now = self.now()
        return next((s for s in self._planned if s.start > now and s.id not in self._decided), None)

    def current_block(self) -> Block | None:
        now = self.now()
        return next((b for b in self._blocks if b.start <= now < b.end), None)

    def gap_end(self, slot: BreakSlot) -> datetime:
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
