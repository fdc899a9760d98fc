"""What the break flow needs of the layers runtime may not import, and the words it shares.

The prompt window lives in ui and the journal in storage; the flow gets both injected
(runtime.wiring), typed by these Protocols, so runtime stays below ui and needs no sqlite3.
The break phases are the one list runtime.break_flow emits and runtime.break_notice follows."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Protocol

from movebreak.domain.planner import TakenBreak
from movebreak.domain.stats import ExerciseRecord

# Where a break is, for its notification (runtime.break_notice on the D-Bus path): "soon" before
# the heads-up, "on-screen" before "Time to move", "over" when it is decided or its heads-up
# can no longer be followed (held, paused): the notification is withdrawn.
SOON, ON_SCREEN, OVER = "soon", "on-screen", "over"


class Prompt(Protocol):
    """What the flow needs of ui.prompt.PromptWindow (injected, so runtime stays below ui)."""

    exercise_done: Any
    finished: Any

    def show_unfocused(self) -> None: ...
    def bring_forward(self) -> None: ...
    def set_countdown_paused(self, paused: bool) -> None: ...
    def end(self, state: str) -> None: ...
    def close(self) -> bool: ...


class Journal(Protocol):
    """What the runtime reads and writes of storage.journal.Journal."""

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
    def taken_breaks(self, since: datetime) -> list[TakenBreak]: ...
    def recent_breaks(self, limit: int, since: datetime | None = None) -> Sequence[Any]: ...
    def breaks(self, since: datetime | None = None, until: datetime | None = None) -> Sequence[Any]: ...
    def exercise_tallies(self, since: datetime | None = None, until: datetime | None = None) -> Sequence[Any]: ...
    def record_routine(
        self,
        slot_id: str,
        planned_start: datetime,
        planned_minutes: int,
        state: str,
        exercises: Sequence[ExerciseRecord],
        *,
        shown_at: datetime | None = None,
        reason: str = "",
    ) -> Any: ...
