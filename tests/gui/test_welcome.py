"""First run: the window opens on the welcome page; Finish writes the config, Close doesn't."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from movebreak.domain.clock import FakeClock
from movebreak.domain.settings import DEFAULTS
from movebreak.storage.config_file import load_config
from movebreak.ui.settings_window import SettingsWindow

CLOCK = FakeClock(datetime(2024, 6, 10, 8, 0, tzinfo=ZoneInfo("Europe/Berlin")))


def window(path: Path) -> SettingsWindow:
    w = SettingsWindow(DEFAULTS, path, clock=CLOCK, first_run=True)
    w.show()
    return w


def test_opens_on_the_welcome_page(qtbot: QtBot, tmp_path: Path) -> None:
    w = window(tmp_path / "config.toml")
    try:
        assert w.modes.currentIndex() == 0  # the welcome
        assert w.welcome.finish.isEnabled()
    finally:
        w.close()


def test_finish_writes_the_chosen_hours_blocks_and_calendar(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    w = window(path)
    try:
        w.welcome.start.setTime(QTime(8, 30))
        w.welcome.end.setTime(QTime(16, 0))
        w.welcome.days[4].setChecked(False)  # no Fridays
        w.welcome.suggestions[0].setChecked(True)
        w.welcome.add_calendar_file(str(tmp_path / "team.ics"))
        with qtbot.waitSignal(w.saved, timeout=2000):
            w.welcome.finish.click()
        loaded = load_config(path)
        assert loaded.ok, loaded.problems
        s = loaded.settings
        assert str(s.working_hours[0][0]) == "08:30-16:00" and s.working_hours[4] == ()
        assert s.blocks[0].start == time(9) and s.blocks[0].end == time(11)
        assert s.calendars[0].location == str(tmp_path / "team.ics")
        assert w.modes.currentIndex() == 1  # on to the full settings
    finally:
        w.close()


def test_end_before_start_disables_finish(qtbot: QtBot, tmp_path: Path) -> None:
    w = window(tmp_path / "config.toml")
    try:
        w.welcome.end.setTime(QTime(8, 0))
        assert not w.welcome.finish.isEnabled()
        assert "must be after its start" in w.welcome.hours_error.text()
    finally:
        w.close()


def test_closing_writes_the_defaults_so_the_welcome_does_not_return(qtbot: QtBot, tmp_path: Path) -> None:
    # The page says "Closing this window keeps the defaults": the next start must find a config.
    path = tmp_path / "config.toml"
    w = window(path)
    w.welcome.suggestions[0].setChecked(True)  # a choice not confirmed with Finish is not kept
    with qtbot.waitSignal(w.saved, timeout=2000) as saved:
        w.close()
    assert not shiboken6.isValid(w) or not w.isVisible()
    assert path.is_file()
    loaded = load_config(path)
    assert loaded.ok, loaded.problems
    assert loaded.settings == DEFAULTS
    assert saved.args == [DEFAULTS]


def test_esc_on_the_welcome_keeps_the_defaults(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    w = window(path)
    w.activateWindow()  # shortcuts act only in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=2000)
    qtbot.keyClick(w.windowHandle(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(w) or not w.isVisible(), timeout=2000)
    assert path.is_file()
    assert load_config(path).settings == DEFAULTS


def test_quitting_the_app_with_the_welcome_open_writes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    w = window(path)
    w.close_discarding()
    assert not path.exists()


def test_closing_the_welcome_leaves_a_file_that_appeared_meanwhile(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    w = window(path)
    path.write_text("# written by hand while the welcome was open\n", encoding="utf-8")
    w.close()
    assert path.read_text(encoding="utf-8") == "# written by hand while the welcome was open\n"
