"""The states a break goes through and the outcomes of one exercise: one list for the
runtime, the prompt, the journal and the statistics."""

from __future__ import annotations

from enum import StrEnum


class BreakState(StrEnum):
    """A break's state, as the journal stores it ('shown' while its prompt is open)."""

    SHOWN = "shown"
    COMPLETED = "completed"
    PARTIAL = "partial"
    SKIPPED = "skipped"
    SNOOZED = "snoozed"
    MISSED = "missed"  # slept through, or the clock jumped past it
    NATURAL_BREAK = "natural-break"  # the user was already away from the desk
    SUPPRESSED = "suppressed"  # do-not-disturb to the end of its gap


# How a prompt can end: what the user chose.
PROMPT_ENDINGS: tuple[BreakState, ...] = (
    BreakState.COMPLETED,
    BreakState.PARTIAL,
    BreakState.SKIPPED,
    BreakState.SNOOZED,
)


class ExerciseOutcome(StrEnum):
    COMPLETED = "completed"
    SKIPPED = "skipped"
    NOT_REACHED = "not-reached"
