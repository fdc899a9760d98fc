"""The welcome page idles quietly: once nobody has typed or clicked for a while, nothing in
the window runs a timer, and the next key press brings the blinking caret back."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from movebreak.domain.clock import FakeClock
from movebreak.domain.settings import DEFAULTS
from movebreak.ui import caret
from movebreak.ui.settings_window import SettingsWindow

CLOCK = FakeClock(datetime(2024, 6, 10, 8, 0, tzinfo=ZoneInfo("Europe/Berlin")))
REST_S = 0.4  # the rest delay, shortened so the test takes a second, not ten


class TimerCounter(QObject):
    """Counts timer events delivered to the window or anything inside it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self.window = window
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Timer:
            obj: QObject | None = watched
            while obj is not None:
                if obj is self.window:
                    self.count += 1
                    break
                obj = obj.parent()
        return False


@pytest.fixture
def welcome(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(caret, "CARET_REST_S", REST_S)
    # A blinking caret needs a blink period (it blinks every half period); the offscreen
    # platform's default is 1 s.
    QApplication.styleHints().setCursorFlashTime(1000)
    w = SettingsWindow(DEFAULTS, tmp_path / "config.toml", clock=CLOCK, first_run=True)
    w.show()
    w.activateWindow()
    w.welcome.start.setFocus()
    qtbot.waitUntil(lambda: w.welcome.start.hasFocus())
    counter = TimerCounter(w)
    QApplication.instance().installEventFilter(counter)
    yield w, counter
    QApplication.instance().removeEventFilter(counter)
    if shiboken6.isValid(w):
        w.close()


def timer_events_over(qtbot: QtBot, counter: TimerCounter, ms: int) -> int:
    before = counter.count
    qtbot.wait(ms)
    return counter.count - before


def test_the_caret_blinks_while_someone_types(qtbot: QtBot, welcome) -> None:
    """The counter sees the blinking caret: the quiet test below can fail."""
    w, counter = welcome
    qtbot.keyClick(w.welcome.start, Qt.Key.Key_Up)
    assert timer_events_over(qtbot, counter, 700) >= 1


def test_no_timer_runs_while_the_welcome_page_is_idle(qtbot: QtBot, welcome) -> None:
    w, counter = welcome
    qtbot.wait(int(REST_S * 1000) + 300)
    assert timer_events_over(qtbot, counter, 1500) == 0
    assert w.welcome.start.hasFocus()  # the caret rests, it is not taken away

    qtbot.keyClick(w.welcome.start, Qt.Key.Key_Up)  # typing wakes the caret again
    assert timer_events_over(qtbot, counter, 700) >= 1
    qtbot.wait(int(REST_S * 1000) + 300)
    assert timer_events_over(qtbot, counter, 1500) == 0


def test_closing_the_window_gives_the_desktop_its_blink_back(qtbot: QtBot, welcome) -> None:
    w, _counter = welcome
    qtbot.wait(int(REST_S * 1000) + 300)
    assert QApplication.styleHints().cursorFlashTime() == 0
    w.close()  # the settings window deletes itself on close
    qtbot.waitUntil(lambda: QApplication.styleHints().cursorFlashTime() == 1000)
