"""Gentle escalation: after two skipped breaks in a row, offer one minute, and say how long.

Nothing locks the screen and nothing is punitive: the next prompt is simply smaller (a
one-minute routine) and says how long the user has been sitting, which is the one fact that
makes a minute worth it. A break really taken (done, partly done, natural) ends the streak."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from movebreak.domain.states import BreakState
from movebreak.texts import N_, Text

GENTLE_AFTER = 2  # skipped breaks in a row before the next prompt offers one minute
GENTLE_MINUTES = 1
# What ends a streak of skips; missed (asleep), suppressed and snoozed rows neither end nor extend it.
_TAKEN = (BreakState.COMPLETED, BreakState.PARTIAL, BreakState.NATURAL_BREAK)


def skips_in_row(states_newest_first: Iterable[str]) -> int:
    """How many breaks were skipped since the last one taken."""
    count = 0
    for state in states_newest_first:
        if state == BreakState.SKIPPED:
            count += 1
        elif state in _TAKEN:
            break
    return count


def duration_words(span: timedelta) -> Text:
    minutes = max(0, int(span.total_seconds() // 60))
    hours, minutes = divmod(minutes, 60)
    if not hours:
        return N_("Duration", "%1 min", minutes)
    return N_("Duration", "%1 h %2 min", hours, minutes) if minutes else N_("Duration", "%1 h", hours)


def gentle_title(sitting: timedelta | None, at_least: bool = False) -> Text:
    """The one-minute routine's title: the offer, and how long the user has sat. Marked: the
    prompt shows it translated (i18n.routine_title), the journal keeps the English."""
    if sitting is None or sitting < timedelta(minutes=1):
        return N_("Routine", "Just one minute this time")
    if at_least:
        return N_("Routine", "Just one minute: you have been sitting for at least %1", duration_words(sitting))
    return N_("Routine", "Just one minute: you have been sitting for %1", duration_words(sitting))
