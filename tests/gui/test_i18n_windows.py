"""The settings window (every page), the welcome page and the history window in German,
Japanese and Hebrew: screenshots to build/screenshots/i18n for a person to look at, and no
label or button narrower than its translated text."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QFontDatabase, QImage

from movebreak import i18n
from movebreak.domain.clock import FakeClock
from movebreak.domain.settings import DEFAULTS
from movebreak.storage.catalogue import load_catalogue
from movebreak.storage.journal import ExerciseRecord, Journal
from movebreak.ui.history_window import HistoryWindow
from movebreak.ui.settings_window import SettingsWindow
from tests.gui.i18n_checks import clipped_texts

SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots" / "i18n"
BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2024, 6, 12, 16, 0, tzinfo=BERLIN)
CATALOGUE, _ = load_catalogue(None)
LANGUAGES = ("de", "ja", "he")


@pytest.fixture(params=LANGUAGES)
def language(request, qapp):
    if request.param == "ja" and not QFontDatabase.families(QFontDatabase.WritingSystem.Japanese):
        pytest.skip("no Japanese font installed (CI installs fonts-droid-fallback)")
    i18n.install(request.param)
    yield request.param
    i18n.reset()


def _shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    image = QImage(widget.size(), QImage.Format.Format_ARGB32)
    image.fill(widget.palette().window().color())
    widget.render(image)
    image.save(str(SHOTS / name))


def test_settings_pages_and_welcome(qtbot, tmp_path, language):
    window = SettingsWindow(
        DEFAULTS, tmp_path / "config.toml", clock=FakeClock(NOW), catalogue=CATALOGUE, first_run=True
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.isRightToLeft() == (language == "he")
    _shot(window, f"welcome-{language}.png")
    assert clipped_texts(window.welcome) == []
    window.modes.setCurrentIndex(1)
    for index, page in enumerate(window.pages):
        window.nav.setCurrentRow(index)
        qtbot.wait(10)
        _shot(window, f"settings-{index}-{language}.png")
        assert clipped_texts(page) == [], page.title
    # the page names in the list are translated, the keys behind them are not
    assert window.pages[0].title == "Schedule"
    if language == "de":
        assert [window.nav.item(i).text() for i in range(4)] == ["Zeitplan", "Pausen", "Übungen", "Allgemein"]
        assert window.save_button.text() == "&Speichern"


def test_history_window(qtbot, tmp_path, language):
    clock = FakeClock(NOW)
    journal = Journal.open(tmp_path / "journal.sqlite3", clock)
    start = NOW - timedelta(hours=5)
    journal.record_routine("a", start, 5, "completed", [ExerciseRecord(0, "neck-side-tilt", "completed", 60)])
    journal.record_routine(
        "b", start + timedelta(hours=2), 5, "skipped", [ExerciseRecord(0, "chin-tuck", "skipped", 0)]
    )
    names = {e.id: e.name for e in CATALOGUE}
    window = HistoryWindow(journal, clock, name_of=lambda i: names.get(i, i))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    _shot(window, f"history-{language}.png")
    assert clipped_texts(window) == []
    if language == "de":
        assert window.streak_label.text().startswith("Serie: 1 Tag")
        assert window.table.item(0, 2).text() == "übersprungen"
        assert window.table.item(0, 3).text().startswith("Kinn zurückziehen")
    journal.close()
