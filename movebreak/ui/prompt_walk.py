"""The prompt's walk through a routine, without widgets: which exercise is on, the seconds left
in it, and the outcome of every exercise (completed, skipped, not-reached) and of the routine.

ui.prompt shows it and turns keys and clicks into its actions. Each action answers with the
`Moves` it made, which the window reports in order; the walk holds no reference back to the
window (no reference cycle: the window is freed the moment it is dropped, as before)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from movebreak.domain.exercises import RoutineItem
from movebreak.domain.routines import BOTH_SIDES

SHORTENED_SECONDS = 60  # "Shorten to 1 min"


@dataclass
class Moves:
    """What one action did, to be reported in this order: outcomes, then the next exercise or the end."""

    outcomes: list[tuple[int, str, str, int]] = field(default_factory=list)  # index, exercise id, outcome, seconds
    next_item: bool = False  # the next exercise is on
    finished: str | None = None  # completed | partial | skipped | snoozed
    counted: bool = False  # a tick took seconds off the exercise on screen
    switched_side: bool = False  # ... and a both-sides step is on its second side now


class RoutineWalk:
    """One routine, one exercise at a time. Once `over`, every action is ignored."""

    def __init__(self, items: Sequence[RoutineItem]) -> None:
        self.items: tuple[RoutineItem, ...] = tuple(items)
        self.index = 0
        self.left = self.items[0].seconds if self.items else 0  # seconds left in the current exercise
        self.spent = 0  # seconds spent on the current exercise
        self.paused = False
        self.over = False
        self.shortened = False
        self.outcomes: list[str] = []

    @property
    def current(self) -> RoutineItem | None:
        return self.items[self.index] if self.index < len(self.items) else None

    def side_now(self, item: RoutineItem) -> str | None:
        """The side being done: a both-sides step does the right side for its first half."""
        if item.side != BOTH_SIDES:
            return item.side
        return "right" if self.left > item.seconds // 2 else "left"

    # ------------------------------------------------------------ actions

    def done(self) -> Moves:
        moves = Moves()
        if self.over:
            return moves
        if not self.items:
            self._finish("completed", moves)
            return moves
        self._record("completed", moves)
        self._advance(moves)
        return moves

    def skip_exercise(self) -> Moves:
        moves = Moves()
        if self.over or not self.items:
            return moves
        self._record("skipped", moves)
        self._advance(moves)
        return moves

    def snooze(self) -> Moves:
        return self._end_early("not-reached", "snoozed")

    def skip_routine(self) -> Moves:
        return self._end_early("skipped", None)

    def shorten(self) -> Moves | None:
        """End with the exercise on screen, a minute of it at most; the rest is not reached.
        None when there is nothing to shorten."""
        if self.over or not self.items or self.shortened:
            return None
        moves = Moves()
        self.shortened = True
        for i in range(self.index + 1, len(self.items)):
            self.outcomes.append("not-reached")
            moves.outcomes.append((i, self.items[i].exercise.id, "not-reached", 0))
        self.items = self.items[: self.index + 1]
        self.left = min(self.left, SHORTENED_SECONDS)
        return moves

    def tick(self, seconds: int = 1) -> Moves:
        """Count down `seconds`; at zero the exercise counts as done."""
        if self.over or self.paused or not self.items:
            return Moves()
        step = min(seconds, self.left)
        item = self.items[self.index]
        side_before = self.side_now(item)
        self.left -= step
        self.spent += step
        if self.left <= 0:
            return self.done()
        return Moves(counted=True, switched_side=self.side_now(item) != side_before)

    # ------------------------------------------------------------ outcomes

    def _record(self, outcome: str, moves: Moves) -> None:
        item = self.items[self.index]
        self.outcomes.append(outcome)
        spent = self.spent if outcome != "not-reached" else 0
        moves.outcomes.append((self.index, item.exercise.id, outcome, spent))

    def _advance(self, moves: Moves) -> None:
        self.index += 1
        if self.index >= len(self.items):
            completed = self.outcomes.count("completed")
            full = completed == len(self.items) and not self.shortened
            self._finish("completed" if full else "partial" if completed else "skipped", moves)
            return
        self.left = self.items[self.index].seconds
        self.spent = 0
        moves.next_item = True

    def _finish(self, state: str, moves: Moves) -> None:
        self.over = True
        moves.finished = state

    def _end_early(self, current: str, state: str | None) -> Moves:
        """Record `current` for the shown exercise and not-reached for the rest, then finish."""
        moves = Moves()
        if self.over:
            return moves
        if not self.items:
            self._finish(state or "skipped", moves)
            return moves
        self._record(current, moves)
        for i in range(self.index + 1, len(self.items)):
            self.index = i
            self._record("not-reached", moves)
        completed = self.outcomes.count("completed")
        self._finish(state or ("partial" if completed else "skipped"), moves)
        return moves
