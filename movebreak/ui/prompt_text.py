"""What the break prompt says about the exercise on screen, in the user's language: its side,
its steps, the next one. Translated under the prompt window's context ("PromptWindow")."""

from __future__ import annotations

import html
from collections.abc import Sequence

from movebreak.domain.exercises import Exercise, RoutineItem
from movebreak.domain.routines import BOTH_SIDES
from movebreak.i18n import exercise_text, translate


def side_words(side: str | None) -> str:
    if side == BOTH_SIDES:
        return translate("PromptWindow", "both sides")
    return {"left": translate("PromptWindow", "left side"), "right": translate("PromptWindow", "right side")}.get(
        side or "", side or ""
    )


def side_line(item: RoutineItem, side: str | None) -> str:
    """Seated or standing, and the side being done now (`side`, from the walk)."""
    where = translate("PromptWindow", "Seated") if item.exercise.seated else translate("PromptWindow", "Standing")
    if item.side == BOTH_SIDES:
        then = translate("PromptWindow", "Right side, then left"), translate("PromptWindow", "Now the left side")
        return f"{where} · {then[0] if side == 'right' else then[1]}"
    named = {"left": translate("PromptWindow", "Left side"), "right": translate("PromptWindow", "Right side")}
    return f"{where} · {named.get(side, side)}" if side else where


def progress_text(index: int, count: int) -> str:
    return translate("PromptWindow", "%1 of %2").replace("%1", str(index + 1)).replace("%2", str(count))


def steps_html(exercise: Exercise) -> str:
    steps = "".join(f"<li>{html.escape(exercise_text(s))}</li>" for s in exercise.steps)
    return f"<ol style='margin-left:-18px; -qt-list-indent:1'>{steps}</ol>"


def next_line(items: Sequence[RoutineItem], index: int) -> str:
    """What comes after the exercise at `index`, or that it is the last one."""
    if index + 1 < len(items):
        nxt = items[index + 1]
        side = side_words(nxt.side)
        upcoming = f"{exercise_text(nxt.exercise.name)}{f' ({side})' if side else ''}"
        return translate("PromptWindow", "Next: %1").replace("%1", upcoming)
    return translate("PromptWindow", "Last one")


def description(exercise: Exercise) -> str:
    """The figure's accessible description: the name and the steps."""
    return f"{exercise_text(exercise.name)}: " + " ".join(exercise_text(s) for s in exercise.steps)
