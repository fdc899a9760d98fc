"""Every window, in every state a person sees and in every shipped language, has at most one
control per Alt+letter: with two, Qt cycles focus between them and neither acts (Alt+L did
nothing)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import shiboken6
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from movebreak import i18n
from movebreak.domain.clock import FakeClock
from movebreak.domain.languages import LANGUAGES
from movebreak.domain.settings import DEFAULTS
from movebreak.storage.catalogue import load_catalogue
from movebreak.storage.journal import Journal
from movebreak.ui.history_window import HistoryWindow
from movebreak.ui.settings_window import SettingsWindow

CLOCK = FakeClock(datetime(2024, 6, 10, 8, 0, tzinfo=ZoneInfo("Europe/Berlin")))
_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Alt+letter -> the visible controls that claim it (a label claims it for its buddy)."""
    found: dict[str, list[str]] = {}
    for w in window.findChildren(QWidget):
        if not w.isVisible():
            continue
        if isinstance(w, QAbstractButton) or (isinstance(w, QLabel) and w.buddy() is not None):
            text = w.text()
        elif isinstance(w, QGroupBox):  # its Alt+letter focuses its first control
            text = w.title()
        else:
            continue
        match = _MNEMONIC.search(text.replace("&&", ""))
        if match:
            found.setdefault(match.group(1).lower(), []).append(text)
    return found


def clashes(window: QWidget) -> dict[str, list[str]]:
    return {key: texts for key, texts in mnemonics(window).items() if len(texts) > 1}


@pytest.fixture(params=sorted(LANGUAGES))
def language(request: pytest.FixtureRequest, qapp: object) -> Iterator[str]:
    i18n.install(request.param)
    yield request.param
    i18n.reset()


@pytest.fixture
def settings_window(qtbot: QtBot, tmp_path: Path, language: str) -> Iterator[SettingsWindow]:
    catalogue, _ = load_catalogue(None)
    w = SettingsWindow(DEFAULTS, tmp_path / "config.toml", clock=CLOCK, first_run=True, catalogue=catalogue)
    w.show()
    qtbot.waitExposed(w)
    yield w
    if shiboken6.isValid(w):
        w.close_discarding()


def test_the_welcome_has_no_clashing_mnemonic(settings_window: SettingsWindow) -> None:
    assert settings_window.modes.currentIndex() == 0  # the welcome
    assert len(mnemonics(settings_window)) >= 5  # the walk really sees the page's controls
    assert clashes(settings_window) == {}


@pytest.mark.parametrize("page", ["Schedule", "Breaks", "Exercises", "General"])
def test_no_settings_page_has_a_clashing_mnemonic(settings_window: SettingsWindow, page: str) -> None:
    settings_window.show_page(page)
    seen = mnemonics(settings_window)
    # Save is visible on every page, so its Alt+letter counts everywhere
    save = _MNEMONIC.search(settings_window.save_button.text().replace("&&", ""))
    assert save is not None and save.group(1).lower() in seen
    assert clashes(settings_window) == {}


def test_the_exercises_preview_keeps_its_mnemonic_while_playing(settings_window: SettingsWindow) -> None:
    settings_window.show_page("Exercises")
    play = settings_window.exercises.play  # type: ignore[attr-defined]
    play.click()
    try:
        assert clashes(settings_window) == {}
    finally:
        play.click()


def test_the_history_window_has_no_clashing_mnemonic(qtbot: QtBot, tmp_path: Path, language: str) -> None:
    journal = Journal.open(tmp_path / "journal.sqlite3", CLOCK)
    try:
        w = HistoryWindow(journal, CLOCK, areas_of=lambda _i: ())
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        assert clashes(w) == {}
    finally:
        journal.close()


def test_the_walk_finds_a_clash_when_there_is_one(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    w = QWidget()
    qtbot.addWidget(w)
    layout = QVBoxLayout(w)
    for text in ("Add UR&L", "Remove ca&lendar", "&Keep"):
        layout.addWidget(QPushButton(text))
    w.show()
    assert clashes(w) == {"l": ["Add UR&L", "Remove ca&lendar"]}


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_alt_l_adds_a_url_calendar(settings_window: SettingsWindow, qtbot: QtBot) -> None:
    # With two controls on Alt+L, Qt only moved the focus between them and nothing happened.
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    settings_window.show_page("Schedule")
    settings_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is settings_window, timeout=2000)
    table = settings_window.schedule.calendars
    assert table.rowCount() == 0
    with qtbot.waitSignal(settings_window.schedule.add_url.clicked, timeout=2000):
        qtbot.keyClick(settings_window.windowHandle(), Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert table.rowCount() == 1
