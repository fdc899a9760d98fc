"""The runtime's core, composed: the plan, the break flow and pause/focus, and their status.

Each job lives in its own module (planning, break_flow, pausing); this class builds them on
one clock and one timer factory, connects the scheduler to the flow, and answers status."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, time, timedelta

from PySide6.QtCore import QObject, Signal

from movebreak.domain.blocks import Block, wall_clock
from movebreak.domain.clock import Clock
from movebreak.domain.exercises import Exercise, Routine
from movebreak.domain.pause import Pause
from movebreak.domain.planner import BreakSlot, TakenBreak
from movebreak.domain.settings import Settings
from movebreak.runtime.away import AwayWatch
from movebreak.runtime.break_flow import BreakFlow
from movebreak.runtime.pausing import PauseControl
from movebreak.runtime.planning import TAKEN_KEPT, BlockSource, Plan
from movebreak.runtime.ports import Journal, Prompt
from movebreak.runtime.scheduler import SlotScheduler
from movebreak.runtime.status import NoBreak, Status
from movebreak.runtime.timers import QtTimers, Timers

__all__ = ["BlockSource", "Coordinator", "Journal", "Prompt", "Status"]


class Coordinator(QObject):
    changed = Signal()  # status changed: tray and tooltip refresh
    break_logged = Signal()  # a journal row was written: history refreshes
    problems_found = Signal(list)  # list[Problem] from calendars, shown once by the app
    replanned = Signal(str)  # why the plan was made again
    ticked = Signal()  # a few minutes passed: only "last moved" reads differently (the tooltip)
    break_phase = Signal(str, str)  # slot id, "soon" | "on-screen" | "over": its notification follows

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
        call_reason: Callable[[], str | None] = lambda: None,
        rng: random.Random | None = None,
        timers: Timers | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        timers = timers or QtTimers(self)
        self.clock = clock
        self.plan = Plan(
            clock=clock, settings=settings, scheduler=scheduler, block_source=block_source, timers=timers, parent=self
        )
        since = clock.now() - TAKEN_KEPT
        # Breaks taken before a restart still reset the sitting clock. The app's journal opens
        # on first use (sqlite3 costs memory): at start, only one written today can matter.
        written_since: Callable[[datetime], bool] = getattr(journal, "written_since", lambda _moment: True)
        today = clock.now().astimezone(clock.tz()).date()
        if journal is not None and written_since(wall_clock(today, time(0), clock.tz())):
            self.plan.note_taken(*journal.taken_breaks(since))
        self.pausing = PauseControl(clock=clock, plan=self.plan, timers=timers, parent=self)
        self.flow = BreakFlow(
            clock=clock,
            plan=self.plan,
            catalogue=catalogue,
            journal=journal,
            notify=notify,
            prompt_factory=prompt_factory,
            idle_seconds=idle_seconds,
            # a call holds a break exactly as do-not-disturb does (runtime.calls)
            dnd_reason=lambda: dnd_reason() or call_reason(),
            is_paused=self.pausing.is_paused,
            timers=timers,
            rng=rng,
            parent=self,
        )
        self.away = AwayWatch(
            clock=clock,
            idle_seconds=idle_seconds,
            threshold=lambda: timedelta(minutes=self.settings.routine_min) if self.settings.idle_detection else None,
            timers=timers,
            parent=self,
        )
        for t in self.plan.taken:
            self.away.note_moved(t.end)
        self.away.returned.connect(self._taken)
        self.away.ticked.connect(self.ticked)  # the tooltip's "last moved" moves on
        self.flow.sitting_since = self.away.sitting_since
        self.flow.taken.connect(self._taken)
        self.plan.changed.connect(self.changed)
        self.plan.replanned.connect(self.replanned)
        self.plan.problems_found.connect(self.problems_found)
        self.flow.changed.connect(self.changed)
        self.flow.break_logged.connect(self.break_logged)
        self.flow.break_phase.connect(self.break_phase)
        # Both arrive on the GUI thread (the scheduler posts them).
        scheduler.due.connect(self.flow.on_due)
        scheduler.heads_up.connect(self.flow.on_heads_up)

    # ----------------------------------------------------------------- the parts' API, in one place
    @property
    def settings(self) -> Settings:
        return self.plan.settings

    def set_settings(self, settings: Settings) -> None:
        self.plan.settings = settings
        self.replan("settings saved")

    def set_catalogue(self, catalogue: Sequence[Exercise]) -> None:
        self.flow.set_catalogue(catalogue)

    def replan(self, reason: str = "") -> list[BreakSlot]:
        return self.plan.replan(reason)

    @property
    def planned(self) -> list[BreakSlot]:
        return self.plan.planned

    @property
    def blocks(self) -> list[Block]:
        return self.plan.blocks

    @property
    def prompt(self) -> Prompt | None:
        return self.flow.prompt

    @property
    def pause(self) -> Pause | None:
        return self.pausing.pause

    @property
    def focus_block(self) -> Block | None:
        return self.plan.focus_block

    def on_due(self, slot: BreakSlot) -> None:
        self.flow.on_due(slot)

    def on_heads_up(self, slot: BreakSlot) -> None:
        self.flow.on_heads_up(slot)

    def start_break_now(self) -> str:
        return self.flow.start_break_now()

    def bring_prompt_forward(self) -> bool:
        return self.flow.bring_prompt_forward()

    def act_on_break(self, slot_id: str, action: str) -> None:
        """A notification's button ("start", "snooze", "skip") for the break slot_id."""
        self.flow.act_on_break(slot_id, action)

    def set_pause(self, spec: str) -> str:
        return self.pausing.set_pause(spec)

    def start_focus(self, spec: str) -> str:
        return self.pausing.start_focus(spec)

    def _taken(self, taken: TakenBreak) -> None:
        """A break really taken: the sitting clock starts again at its end."""
        self.away.note_moved(taken.end)
        self.plan.note_taken(taken)
        self.plan.replan("break taken")

    # ----------------------------------------------------------------- status
    def status(self) -> Status:
        now = self.clock.now().astimezone(UTC)
        nxt = self.plan.next_break()
        why = NoBreak.PLANNED
        if nxt is None:
            why = self._why_no_break(now)
        focus = self.plan.focus_block
        tz = self.clock.tz()
        away = self.away.away_since
        since, floor = self.away.sitting_since()
        return Status(
            nxt,
            why,
            self.pausing.pause,
            None if focus is None else focus.end.astimezone(tz),
            self.flow.prompt is not None,
            self.flow.held,
            moved_ago=None if away is not None else max(now - since.astimezone(UTC), timedelta(0)),
            moved_floor=floor,
            moved_at=None if floor or away is not None else since.astimezone(tz),
            away_since=None if away is None else away.astimezone(tz),
        )

    def _why_no_break(self, now: datetime) -> NoBreak:
        if self.pausing.is_paused():
            return NoBreak.PAUSED
        hours = self.settings.working_hours
        if not any(hours):
            return NoBreak.NO_WORKING_HOURS
        tz = self.clock.tz()
        local = now.astimezone(tz)
        today = hours[local.weekday()]
        over = all(wall_clock(local.date(), r.end, tz) <= now for r in today)
        return NoBreak.OUTSIDE_WORKING_HOURS if not today or over else NoBreak.NO_GAP
