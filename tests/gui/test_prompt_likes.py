"""♥ and "Don't show this again" in the real prompt window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from movebreak.domain.exercises import Routine, RoutineItem
from movebreak.storage.catalogue import load_catalogue
from movebreak.ui.prompt import PromptWindow
from movebreak.ui.prompt_host import routine_request

BY_ID = {e.id: e for e in load_catalogue(None)[0]}


def routine() -> Routine:
    return Routine(
        "Neck & eyes, 1 min",
        (RoutineItem(BY_ID["chin-tuck"], None, 40), RoutineItem(BY_ID["eye-circles"], None, 40)),
    )


def open_prompt(qtbot, favourites=()) -> PromptWindow:  # type: ignore[no-untyped-def]
    window = PromptWindow(routine(), tick_ms=0, favourites=favourites)
    qtbot.addWidget(window)
    window.likes_seen, window.hidden_seen, window.outcomes = [], [], []  # type: ignore[attr-defined]
    window.favourite_changed.connect(lambda i, on: window.likes_seen.append((i, on)))  # type: ignore[attr-defined]
    window.hidden.connect(window.hidden_seen.append)  # type: ignore[attr-defined]
    window.exercise_done.connect(lambda *a: window.outcomes.append(a[:3]))  # type: ignore[attr-defined]
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_heart_favours_the_exercise_on_screen_and_can_be_taken_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = open_prompt(qtbot)
    assert window.likes.heart.text() == "♡ Favourite" and not window.likes.heart.isChecked()
    qtbot.mouseClick(window.likes.heart, Qt.MouseButton.LeftButton)
    assert window.likes_seen == [("chin-tuck", True)] and window.likes.heart.text() == "♥ Favourite"
    qtbot.keyClick(window, Qt.Key.Key_F)
    assert window.likes_seen[-1] == ("chin-tuck", False)
    qtbot.keyClick(window, Qt.Key.Key_Return)  # the next exercise: not a favourite
    assert not window.likes.heart.isChecked()
    assert window.likes_seen == [("chin-tuck", True), ("chin-tuck", False)]  # showing is no change


def test_a_favourite_shows_its_heart(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = open_prompt(qtbot, favourites=("chin-tuck",))
    assert window.likes.heart.isChecked() and window.likes.heart.text() == "♥ Favourite"
    assert window.likes_seen == []


def test_dont_show_this_again_hides_it_and_moves_on(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = open_prompt(qtbot)
    qtbot.mouseClick(window.likes.hide_button, Qt.MouseButton.LeftButton)
    assert window.hidden_seen == ["chin-tuck"]
    assert window.outcomes == [(0, "chin-tuck", "skipped")] and window.current_index() == 1
    qtbot.keyClick(window, Qt.Key.Key_H)
    assert window.hidden_seen == ["chin-tuck", "eye-circles"]


def test_the_child_gets_the_favourites() -> None:
    request = routine_request(routine(), chime=False, snooze_minutes=5, favourites=("chin-tuck",))
    assert request["favourites"] == ["chin-tuck"]


def _edge_differs_from_window(window: PromptWindow, button) -> bool:  # type: ignore[no-untyped-def]
    """Whether the button's outer 3 pixels show anything but the window's background: a frame
    or a button face (a flat button paints only its text there)."""
    image = button.grab().toImage()
    background = window.palette().window().color().rgb()
    w, h = image.width(), image.height()
    ring = [(x, y) for x in range(w) for y in (*range(3), *range(h - 3, h))]
    ring += [(x, y) for y in range(h) for x in (*range(3), *range(w - 3, w))]
    return any(image.pixelColor(x, y).rgb() != background for x, y in ring)


def test_dont_show_this_again_looks_like_a_button_not_plain_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = open_prompt(qtbot)
    assert _edge_differs_from_window(window, window.likes.heart)  # the heart next to it: a button
    assert _edge_differs_from_window(window, window.likes.hide_button)
