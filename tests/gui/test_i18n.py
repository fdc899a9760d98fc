"""The app in the user's language: real translators loaded from the committed .qm files, the
prompt and the tray menu in German, Japanese and Hebrew (mirrored), plural forms, and times
written the locale's way. Screenshots go to build/screenshots/i18n for a person to look at."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontDatabase

from movebreak import i18n
from movebreak.domain.exercises import Routine, RoutineItem
from movebreak.storage.catalogue import load_catalogue
from movebreak.ui.prompt import PromptWindow
from movebreak.ui.tray import Tray
from tests.gui.i18n_checks import clipped_texts

CATALOGUE, _ = load_catalogue(None)
BY_ID = {e.id: e for e in CATALOGUE}
SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots" / "i18n"
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def language(qapp):
    """Installs a language for one test and puts the source language back after it."""
    yield i18n.install
    i18n.reset()


def _prompt(qtbot, routine: Routine) -> PromptWindow:
    window = PromptWindow(routine, tick_ms=0)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _texts(menu) -> list[str]:
    out = []
    for action in menu.actions():
        if action.menu() is not None:
            out.append(action.text())
            out += ["  " + t for t in _texts(action.menu())]
        elif not action.isSeparator():
            out.append(action.text())
    return out


def test_prompt_in_german(qtbot, language):
    assert language("de") == "de"
    tilt = BY_ID["neck-side-tilt"]
    routine = Routine("Neck, 1 min", (RoutineItem(tilt, "both", 40),))
    window = _prompt(qtbot, routine)
    assert window.windowTitle() == "movebreak — Nacken, 1 Min."
    assert window.name_label.text() == "Kopf zur Seite neigen"
    assert "Neig dein Ohr zur Schulter." in window.steps_label.text()
    assert window.safety_label.text().startswith("⚠ Bleib sanft.")
    assert window.skip_routine_button.text() == "Pause überspringen"
    assert window.done_button.text() == "Fertig"
    assert window.side_label.text() == "Im Sitzen · Rechte Seite, dann links"
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.snapshot().save(str(SHOTS / "prompt-de.png"))
    assert clipped_texts(window) == []


def test_a_users_own_exercise_stays_as_written(qtbot, language):
    from dataclasses import replace

    language("de")
    own = replace(BY_ID["chin-tuck"], id="my-chin", name="Mein Kinn-Ding", steps=("Kinn rein, so wie ich es mag.",))
    window = _prompt(qtbot, Routine("Mine", (RoutineItem(own, None, 20),)))
    assert window.windowTitle() == "movebreak — Mine"  # not a title the domain composed
    assert window.name_label.text() == "Mein Kinn-Ding"
    assert "Kinn rein, so wie ich es mag." in window.steps_label.text()


def test_prompt_in_japanese_and_hebrew_mirrored(qtbot, language):
    routine = Routine("Neck, 1 min", (RoutineItem(BY_ID["neck-side-tilt"], "both", 40),))
    SHOTS.mkdir(parents=True, exist_ok=True)
    language("ja")
    if not QFontDatabase.families(QFontDatabase.WritingSystem.Japanese):
        pytest.skip("no Japanese font installed (CI installs fonts-droid-fallback)")
    ja = _prompt(qtbot, routine)
    assert ja.name_label.text() == "首の横倒し"
    assert not ja.isRightToLeft()
    ja.snapshot().save(str(SHOTS / "prompt-ja.png"))
    assert clipped_texts(ja) == []
    ja.close()

    language("he")
    he = _prompt(qtbot, routine)
    assert he.isRightToLeft()
    assert he.done_button.text() == "סיימתי"
    # Mirrored: Done sits at the left edge, Skip routine at the right.
    assert he.done_button.geometry().center().x() < he.skip_routine_button.geometry().center().x()
    assert he.figure.geometry().center().x() > he.name_label.mapTo(he, he.name_label.rect().center()).x()
    he.snapshot().save(str(SHOTS / "prompt-he.png"))
    assert clipped_texts(he) == []


def test_tray_menu_plural_forms(qapp, language):
    language("en")
    en = _texts(Tray().menu)
    assert "  1 hour" in en and "  2 hours" in en and not any("(s)" in t for t in en)
    language("pl")
    pl = _texts(Tray().menu)
    assert "  1 godzina" in pl and "  2 godziny" in pl
    assert "&Wstrzymaj" in pl and "&Zakończ" in pl
    language("ja")
    ja = _texts(Tray().menu)
    assert "今すぐ休憩を始める(&S)" in ja and "  2 時間" in ja


def test_times_follow_the_locale(qapp, language):
    moment = datetime(2026, 3, 6, 14, 30, tzinfo=BERLIN)
    language("de")
    assert i18n.time_text(moment) == "14:30"
    assert i18n.day_time_text(moment) == "Fr. 14:30"
    QLocale.setDefault(QLocale("en_US"))
    assert i18n.time_text(moment) == "2:30\u202fPM" or i18n.time_text(moment) == "2:30 PM"
    assert i18n.first_day_of_week() == 7
    QLocale.setDefault(QLocale("de_DE"))
    assert i18n.first_day_of_week() == 1


def test_qt_standard_buttons_follow_the_language(qapp, language):
    from PySide6.QtWidgets import QDialogButtonBox

    language("fr")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuler"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
