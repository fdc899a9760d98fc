"""Out-of-range numbers in the settings window stay as typed, marked, with what is valid;
a plain spin box would silently put the old value back when the focus leaves."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QSpinBox
from pytestqt.qtbot import QtBot

from movebreak.domain.clock import FakeClock
from movebreak.domain.settings import DEFAULTS
from movebreak.ui.settings_window import SettingsWindow

CLOCK = FakeClock(datetime(2024, 6, 10, 8, 0, tzinfo=ZoneInfo("Europe/Berlin")))


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[SettingsWindow]:
    w = SettingsWindow(DEFAULTS, tmp_path / "config.toml", clock=CLOCK)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=2000)
    yield w
    if shiboken6.isValid(w):
        w.close_discarding()


def type_and_tab(qtbot: QtBot, box: QSpinBox, text: str) -> None:
    """As a person does it: focus the box, replace its text, press Tab."""
    box.setFocus()
    qtbot.waitUntil(box.hasFocus, timeout=2000)
    box.selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Tab)


def test_a_stretch_below_the_minimum_stays_and_says_what_is_valid(window: SettingsWindow, qtbot: QtBot) -> None:
    window.show_page("Breaks")
    box = window.breaks.spins["max_sitting"]
    type_and_tab(qtbot, box, "5")
    assert box.value() == 5
    assert window.breaks.range_error.isVisible()
    assert "5 min is below the minimum; use 10 to" in window.breaks.range_error.text()
    assert box.property("invalid") is True
    assert not window.save_button.isEnabled()
    assert "Longest stretch without a break: 5 min" in window.status.text()


def test_a_value_above_the_maximum_is_named_too(window: SettingsWindow, qtbot: QtBot) -> None:
    window.show_page("Breaks")
    box = window.breaks.spins["snooze"]
    type_and_tab(qtbot, box, "90")
    assert box.value() == 90
    assert "Snooze postpones by: 90 min is above the maximum; use 1 to 60 min" in window.status.text()


def test_fixing_the_value_clears_the_mark_and_allows_save(window: SettingsWindow, qtbot: QtBot) -> None:
    window.show_page("Breaks")
    box = window.breaks.spins["max_sitting"]
    type_and_tab(qtbot, box, "5")
    type_and_tab(qtbot, box, "60")
    assert box.property("invalid") is False
    assert not window.breaks.range_error.isVisible()
    assert window.save_button.isEnabled()  # 60 differs from the default


def test_the_arrows_stop_at_the_bounds(window: SettingsWindow, qtbot: QtBot) -> None:
    window.show_page("General")
    box = window.general.refresh
    box.setValue(1440)
    box.stepUp()
    assert box.value() == 1440
    box.setValue(5)
    box.stepDown()
    assert box.value() == 5
