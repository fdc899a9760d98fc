"""Which routine each break gets, and the skips that change it.

A slot's routine is composed once (the heads-up names it, the prompt shows it, a snooze keeps
it) from the catalogue, avoiding the last two days' exercises and putting often skipped ones
last. After GENTLE_AFTER breaks skipped in a row the prompt offers one minute instead
(runtime.escalation). Today's skip budget decides whether the prompt offers Skip at all."""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING

from movebreak.domain.blocks import wall_clock
from movebreak.domain.clock import Clock
from movebreak.domain.exercises import Exercise, Routine
from movebreak.domain.planner import BreakSlot
from movebreak.domain.routines import compose_routine
from movebreak.domain.states import BreakState
from movebreak.runtime.escalation import GENTLE_AFTER, GENTLE_MINUTES, gentle_title, skips_in_row
from movebreak.runtime.ports import Journal

if TYPE_CHECKING:  # planning needs Qt; this module does not
    from movebreak.runtime.planning import Plan

log = logging.getLogger(__name__)

# An exercise skipped this often in this window comes last where body areas leave a choice.
OFTEN_SKIPPED, OFTEN_SKIPPED_WINDOW = 3, timedelta(days=14)
RECENT_WINDOW = timedelta(days=2)  # exercises done this recently are not chosen again first


class BreakRoutines:
    """The routines of the breaks the flow shows, and the count of skips in a row."""

    def __init__(
        self,
        *,
        clock: Clock,
        plan: Plan,
        catalogue: Sequence[Exercise],
        journal: Journal | None,
        rng: random.Random | None = None,
    ) -> None:
        self._clock = clock
        self._plan = plan
        self._catalogue = list(catalogue)
        self._journal = journal
        self._rng = rng or random.Random()
        self._by_slot: dict[str, Routine] = {}
        self._skips_in_row: int | None = None  # from the journal when first needed

    def set_catalogue(self, catalogue: Sequence[Exercise]) -> None:
        self._catalogue = list(catalogue)

    def _now(self) -> datetime:
        return self._clock.now().astimezone(UTC)

    def for_slot(self, slot: BreakSlot) -> Routine:
        """The slot's routine: composed on first ask, the same one after."""
        routine = self._by_slot.get(slot.id)
        if routine is None:
            history: list[str] = []
            often_skipped: list[str] = []
            if self._journal is not None:
                history = self._journal.recent_exercise_ids(self._now() - RECENT_WINDOW)
                tallies = self._journal.exercise_tallies(self._now() - OFTEN_SKIPPED_WINDOW)
                often_skipped = [t.exercise_id for t in tallies if t.skipped >= OFTEN_SKIPPED]
            routine = compose_routine(
                slot.routine_minutes,
                history,
                self._rng,
                catalogue=self._catalogue,
                settings=self._plan.settings,
                often_skipped=often_skipped,
            )
            self._by_slot[slot.id] = routine
        return routine

    def for_prompt(self, slot: BreakSlot, sitting_since: Callable[[], tuple[datetime, bool]]) -> Routine:
        """The routine the prompt shows: the slot's, or one gentle minute after skips in a
        row (never for a break asked for by hand)."""
        routine = self.for_slot(slot)
        if self.skips_in_row >= GENTLE_AFTER and slot.reason != "manual":
            routine = self._by_slot[slot.id] = self._gentle(sitting_since)
        return routine

    def _gentle(self, sitting_since: Callable[[], tuple[datetime, bool]]) -> Routine:
        """Two skipped in a row: one minute, and how long the user has been sitting."""
        since, at_least = sitting_since()
        routine = compose_routine(
            GENTLE_MINUTES, [], self._rng, catalogue=self._catalogue, settings=self._plan.settings
        )
        title = gentle_title(self._now() - since.astimezone(UTC), at_least)
        log.info("%d breaks skipped in a row: offering one minute", self.skips_in_row)
        return Routine(title, routine.items)

    def carry_over(self, slot: BreakSlot, later: BreakSlot) -> None:
        """A snoozed break comes back with the routine it had."""
        self._by_slot[later.id] = self._by_slot.pop(slot.id, None) or self.for_slot(later)

    def keep_only(self, slot_ids: Iterable[str]) -> None:
        """Forget the routines of every other slot: a break that ended, or a slot the plan no
        longer holds, never asks again, and a month of breaks must leave nothing behind."""
        keep = set(slot_ids)
        self._by_slot = {k: r for k, r in self._by_slot.items() if k in keep}

    def skip_allowed(self) -> bool:
        """False once today's skipped breaks reach `skip_budget` (0: no limit)."""
        budget = self._plan.settings.skip_budget
        if budget <= 0 or self._journal is None:
            return True
        tz = self._clock.tz()
        midnight = wall_clock(self._now().astimezone(tz).date(), time(0), tz)
        skipped = sum(1 for r in self._journal.breaks(midnight) if r.state == BreakState.SKIPPED)
        return skipped < budget

    @property
    def skips_in_row(self) -> int:
        """Breaks skipped since the last one taken, across a restart (read when first asked,
        as the journal opens on first use)."""
        if self._skips_in_row is None:
            self._skips_in_row = 0
            if self._journal is not None:
                recent = self._journal.recent_breaks(10, since=self._now() - timedelta(days=1))
                self._skips_in_row = skips_in_row(r.state for r in recent)
        return self._skips_in_row

    def count(self, state: BreakState) -> None:
        """A break ended so: a skip extends the streak, a break really taken ends it."""
        if state == BreakState.SKIPPED:
            self._skips_in_row = self.skips_in_row + 1
        elif state in (BreakState.COMPLETED, BreakState.PARTIAL, BreakState.NATURAL_BREAK):
            self._skips_in_row = 0
