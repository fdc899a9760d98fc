"""The optional daily skip budget: once spent, Skip routine becomes Shorten to 1 min; Snooze
always works, closing the window still skips, nothing is locked. The prompt is the real one."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from movebreak.domain.exercises import Routine, RoutineItem
from movebreak.domain.settings import DEFAULTS
from movebreak.storage.catalogue import load_catalogue
from movebreak.ui.prompt import PromptWindow
from movebreak.ui.prompt_host import routine_request
from tests.gui.test_coordinator import Rig

BY_ID = {e.id: e for e in load_catalogue(None)[0]}


def long_routine() -> Routine:
    squat, shrug, eyes = BY_ID["sit-to-stand"], BY_ID["shoulder-shrugs"], BY_ID["eye-circles"]
    return Routine(
        "Legs, 3 min", (RoutineItem(squat, None, 90), RoutineItem(shrug, None, 60), RoutineItem(eyes, None, 30))
    )


def open_prompt(qtbot, skip_allowed: bool) -> PromptWindow:  # type: ignore[no-untyped-def]
    window = PromptWindow(long_routine(), tick_ms=0, skip_allowed=skip_allowed)
    qtbot.addWidget(window)
    window.outcomes, window.states = [], []  # type: ignore[attr-defined]
    window.exercise_done.connect(lambda *a: window.outcomes.append(a))  # type: ignore[attr-defined]
    window.finished.connect(window.states.append)  # type: ignore[attr-defined]
    window.show()
    qtbot.waitExposed(window)
    return window


def test_with_the_budget_spent_escape_shortens_to_one_minute(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = open_prompt(qtbot, skip_allowed=False)
    assert window.skip_routine_button.text() == "Shorten to 1 min"
    window.tick(10)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.states == [] and window.isVisible()  # not skipped: still moving
    assert window.seconds_left() == 60
    assert not window.skip_routine_button.isEnabled()
    assert [(o[0], o[2]) for o in window.outcomes] == [(1, "not-reached"), (2, "not-reached")]
    window.tick(60)
    assert window.states == ["partial"]  # a shortened routine is not a whole one
    assert [(o[0], o[2]) for o in window.outcomes][-1] == (0, "completed")


def test_snooze_and_closing_still_work_with_the_budget_spent(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = open_prompt(qtbot, skip_allowed=False)
    qtbot.keyClick(window, Qt.Key.Key_Z)
    assert window.states == ["snoozed"]
    again = open_prompt(qtbot, skip_allowed=False)
    again.close()
    assert again.states == ["skipped"]


def test_without_a_budget_skip_routine_is_there(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = open_prompt(qtbot, skip_allowed=True)
    assert window.skip_routine_button.text() == "Skip routine"
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.states == ["skipped"]
    assert routine_request(long_routine(), chime=False, snooze_minutes=5, skip_allowed=False)["skip_allowed"] is False


@pytest.fixture
def budget_rig(tmp_path: Path, qapp) -> Iterator[Rig]:  # type: ignore[no-untyped-def]
    r = Rig(tmp_path, DEFAULTS.with_changes(skip_budget=2))
    r.coordinator.replan()
    r.scheduler.start()
    yield r
    r.journal.close()


def skip_next(rig: Rig) -> None:
    slot = rig.coordinator.status().next_break
    assert slot is not None
    rig.timers.run_until(slot.start)
    rig.prompts[-1].finished.emit("skipped")


def test_the_budget_counts_todays_skips_and_starts_again_tomorrow(budget_rig: Rig) -> None:
    flow = budget_rig.coordinator.flow
    assert flow.skip_allowed()
    skip_next(budget_rig)
    assert flow.skip_allowed()
    skip_next(budget_rig)
    assert not flow.skip_allowed()
    budget_rig.timers.run_until(budget_rig.clock.now().replace(hour=0, minute=1) + timedelta(days=1))
    assert flow.skip_allowed()


def test_no_budget_by_default(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    assert DEFAULTS.skip_budget == 0
    rig = Rig(tmp_path)
    rig.coordinator.replan()
    rig.scheduler.start()
    for _ in range(3):
        skip_next(rig)
    assert rig.coordinator.flow.skip_allowed()
    rig.journal.close()
