"""The prompt window, driven by its buttons, keys and countdown; outcomes checked via signals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton

from movebreak.domain.exercises import Routine, RoutineItem
from movebreak.domain.routines import BOTH_SIDES
from movebreak.storage.catalogue import load_catalogue
from movebreak.ui.prompt import PromptWindow
from movebreak.ui.theme import accent_color, dark_palette, light_palette

CATALOGUE, _ = load_catalogue(None)
BY_ID = {e.id: e for e in CATALOGUE}


def _routine() -> Routine:
    tilt, shrug, eyes = BY_ID["neck-side-tilt"], BY_ID["shoulder-shrugs"], BY_ID["eye-circles"]
    items = (
        RoutineItem(tilt, "right", 20),
        RoutineItem(tilt, "left", 20),
        RoutineItem(shrug, None, 20),
        RoutineItem(eyes, None, 20),
    )
    return Routine("Neck & shoulders, 1 min", items)


@pytest.fixture
def prompt(qtbot):
    window = PromptWindow(_routine(), tick_ms=0)
    qtbot.addWidget(window)
    outcomes: list[tuple[int, str, str, int]] = []
    states: list[str] = []
    window.exercise_done.connect(lambda *a: outcomes.append(a))
    window.finished.connect(states.append)
    window.outcomes, window.states = outcomes, states  # type: ignore[attr-defined]
    window.show()
    qtbot.waitExposed(window)
    return window


def _key(qtbot, window, key):
    qtbot.keyClick(window, key)


def test_title_buttons_and_tooltips(prompt):
    assert prompt.windowTitle() == "movebreak — Neck & shoulders, 1 min"
    for name, key in [
        ("doneButton", "Enter"),
        ("skipButton", "S"),
        ("snoozeButton", "Z"),
        ("skipRoutineButton", "Esc"),
    ]:
        button = prompt.findChild(QPushButton, name)
        assert button is not None and f"({key})" in button.toolTip()
    assert prompt.progress_label.text() == "1 of 4"
    assert prompt.name_label.text() == "Neck side tilt"
    assert "Right side" in prompt.side_label.text()
    assert prompt.next_label.text() == "Next: Neck side tilt (left side)"
    assert "Stop if" in prompt.safety_label.text()


def test_enter_records_completed_and_advances(qtbot, prompt):
    prompt.tick(5)
    _key(qtbot, prompt, Qt.Key.Key_Return)
    assert prompt.outcomes == [(0, "neck-side-tilt", "completed", 5)]
    assert prompt.progress_label.text() == "2 of 4"
    assert "Left side" in prompt.side_label.text()


def test_keypad_enter_also_means_done(qtbot, prompt):
    _key(qtbot, prompt, Qt.Key.Key_Enter)
    assert prompt.outcomes[0][2] == "completed"


def test_s_skips_the_exercise(qtbot, prompt):
    _key(qtbot, prompt, Qt.Key.Key_S)
    assert prompt.outcomes == [(0, "neck-side-tilt", "skipped", 0)]
    assert prompt.current_index() == 1


def test_z_snoozes_and_the_rest_is_not_reached(qtbot, prompt):
    _key(qtbot, prompt, Qt.Key.Key_Return)
    with qtbot.waitSignal(prompt.finished) as sig:
        _key(qtbot, prompt, Qt.Key.Key_Z)
    assert sig.args == ["snoozed"]
    assert [o[2] for o in prompt.outcomes] == [
        "completed",
        "not-reached",
        "not-reached",
        "not-reached",
    ]
    assert not prompt.isVisible()


def test_escape_skips_the_routine(qtbot, prompt):
    _key(qtbot, prompt, Qt.Key.Key_Escape)
    assert prompt.states == ["skipped"]
    assert [o[2] for o in prompt.outcomes] == [
        "skipped",
        "not-reached",
        "not-reached",
        "not-reached",
    ]


def test_escape_after_some_done_is_partial(qtbot, prompt):
    _key(qtbot, prompt, Qt.Key.Key_Return)
    _key(qtbot, prompt, Qt.Key.Key_Escape)
    assert prompt.states == ["partial"]


def test_buttons_drive_a_whole_routine(qtbot, prompt):
    qtbot.mouseClick(prompt.done_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(prompt.skip_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(prompt.done_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(prompt.finished) as sig:
        qtbot.mouseClick(prompt.done_button, Qt.MouseButton.LeftButton)
    assert sig.args == ["partial"]
    assert [o[:3] for o in prompt.outcomes] == [
        (0, "neck-side-tilt", "completed"),
        (1, "neck-side-tilt", "skipped"),
        (2, "shoulder-shrugs", "completed"),
        (3, "eye-circles", "completed"),
    ]


def test_all_done_is_completed_and_every_item_has_one_outcome(qtbot, prompt):
    for _ in range(4):
        _key(qtbot, prompt, Qt.Key.Key_Return)
    assert prompt.states == ["completed"]
    assert [o[0] for o in prompt.outcomes] == [0, 1, 2, 3]
    # nothing after the end: no second outcome, no second finished
    prompt.done()
    prompt.close()
    assert len(prompt.outcomes) == 4 and prompt.states == ["completed"]


def test_countdown_completes_the_exercise_at_zero(prompt):
    prompt.tick(19)
    assert prompt.seconds_left() == 1 and prompt.outcomes == []
    prompt.tick(1)
    assert prompt.outcomes == [(0, "neck-side-tilt", "completed", 20)]
    assert prompt.seconds_left() == 20


def test_paused_countdown_does_not_move(prompt):
    prompt.set_countdown_paused(True)
    prompt.tick(10)
    assert prompt.seconds_left() == 20
    prompt.set_countdown_paused(False)
    prompt.tick(10)
    assert prompt.seconds_left() == 10


def test_window_manager_close_is_skip_routine(prompt):
    prompt.tick(3)
    prompt.close()
    assert prompt.states == ["skipped"]
    assert prompt.outcomes[0] == (0, "neck-side-tilt", "skipped", 3)
    assert len(prompt.outcomes) == 4


def test_show_unfocused_does_not_activate(qtbot):
    window = PromptWindow(_routine(), tick_ms=0)
    qtbot.addWidget(window)
    window.show_unfocused()
    qtbot.waitExposed(window)
    assert window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert not window.isActiveWindow()
    window.bring_forward()
    assert not window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    window.close()


def test_a_click_on_a_label_in_the_unfocused_prompt_gives_it_the_keyboard(qtbot):
    window = PromptWindow(_routine(), tick_ms=0)
    qtbot.addWidget(window)
    window.show_unfocused()
    qtbot.waitExposed(window)
    assert window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    qtbot.mouseClick(window.name_label, Qt.MouseButton.LeftButton)
    # the click is the user turning to the prompt: it takes the keyboard (Done has the focus)
    qtbot.waitUntil(lambda: not window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating))
    window.close()


def test_empty_routine_can_be_finished(qtbot):
    window = PromptWindow(Routine("Move freely, 2 min", ()), tick_ms=0)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.finished) as sig:
        window.done()
    assert sig.args == ["completed"]


def test_real_timer_ticks_the_countdown(qtbot):
    window = PromptWindow(_routine(), tick_ms=50)
    qtbot.addWidget(window)
    window.show_unfocused()
    qtbot.waitUntil(lambda: window.seconds_left() < 20, timeout=3000)
    window.close()


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_renders_at_dpr_2_in_both_palettes(qtbot, dark):
    window = PromptWindow(_routine(), tick_ms=0)
    qtbot.addWidget(window)
    window.setPalette(dark_palette() if dark else light_palette())
    window.resize(window.sizeHint())
    window.show()
    qtbot.waitExposed(window)
    one, two = window.snapshot(1.0), window.snapshot(2.0)
    assert two.width() == 2 * one.width() and two.height() == 2 * one.height()
    accent = accent_color(window.palette())

    # the Done button and the figure carry the accent colour at both ratios
    def accent_pixels(img):
        return sum(
            1
            for y in range(0, img.height(), 3)
            for x in range(0, img.width(), 3)
            if img.pixelColor(x, y) == QColor(accent)
        )

    assert accent_pixels(one) > 50 and accent_pixels(two) > 4 * 50
    window.skip_routine()


def test_a_both_sides_step_switches_to_the_left_side_halfway_in_one_step(qtbot):
    tilt, shrug = BY_ID["neck-side-tilt"], BY_ID["shoulder-shrugs"]
    routine = Routine("Neck, 1 min", (RoutineItem(tilt, BOTH_SIDES, 40), RoutineItem(shrug, None, 20)))
    window = PromptWindow(routine, tick_ms=0)
    qtbot.addWidget(window)
    outcomes: list[tuple[int, str, str, int]] = []
    window.exercise_done.connect(lambda *a: outcomes.append(a))
    window.show()
    qtbot.waitExposed(window)
    assert window.progress_label.text() == "1 of 2"
    assert "Right side, then left" in window.side_label.text()
    right = window.figure.grab().toImage()
    window.tick(19)
    assert "Right side" in window.side_label.text()
    window.tick(1)
    assert "left side" in window.side_label.text()
    assert window.progress_label.text() == "1 of 2" and outcomes == []
    window.figure.set_playing(False)
    window.figure.set_position(0)
    assert window.figure.grab().toImage() != right  # the figure is mirrored for the left side
    window.tick(20)
    assert outcomes == [(0, "neck-side-tilt", "completed", 40)]
    assert window.next_label.text() == "Last one"
