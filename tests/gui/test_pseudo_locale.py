"""The pseudo-locale: every marked string accented, bracketed and about 40 % longer
(tools/pseudo_locale.py). Every window, the prompt and the tray menu are rendered with it:
a text without brackets did not come from a translation, and a text cut short shows a
layout with no room for longer languages. Screenshots go to build/screenshots/pseudo."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QImage

from movebreak import i18n
from movebreak.domain.clock import FakeClock
from movebreak.domain.exercises import Routine, RoutineItem
from movebreak.domain.languages import LANGUAGES
from movebreak.domain.settings import DEFAULTS
from movebreak.storage.catalogue import load_catalogue
from movebreak.storage.journal import ExerciseRecord, Journal
from tests.gui.i18n_checks import clipped_texts, untranslated, visible_texts
from tools.pseudo_locale import build

SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots" / "pseudo"
BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2024, 6, 12, 16, 0, tzinfo=BERLIN)
CATALOGUE, _ = load_catalogue(None)
BY_ID = {e.id: e for e in CATALOGUE}
# Words that are data, not interface: language names in their own language, a block title.
DATA = set(" ".join(LANGUAGES.values()).split()) | {"Brasil", "Português"}


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory) -> Path:
    return build(tmp_path_factory.mktemp("pseudo") / "movebreak_pseudo.qm")


@pytest.fixture
def pseudo(qapp, pseudo_qm):
    i18n.reset()
    translator = QTranslator()
    assert translator.load(str(pseudo_qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)
    i18n.reset()


def _shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    image = QImage(widget.size(), QImage.Format.Format_ARGB32)
    image.fill(widget.palette().window().color())
    widget.render(image)
    image.save(str(SHOTS / name))


def test_prompt(qtbot, pseudo):
    from movebreak.ui.prompt import PromptWindow

    routine = Routine(
        "Neck & shoulders, 1 min",
        (RoutineItem(BY_ID["neck-side-tilt"], "both", 40), RoutineItem(BY_ID["shoulder-shrugs"], None, 20)),
    )
    window = PromptWindow(routine, tick_ms=0)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    _shot(window, "prompt.png")
    keys = {"Esc", "Enter"}  # key names in tooltips come from Qt's own translation
    assert untranslated(visible_texts(window), keys) == []
    assert clipped_texts(window) == []


def test_tray_menu(qapp, pseudo):
    from movebreak.ui.tray import Tray

    tray = Tray()
    texts = []
    for action in tray.menu.actions():
        texts.append(("menu", action.text()))
        if action.menu() is not None:
            texts += [("submenu", a.text()) for a in action.menu().actions()]
    assert untranslated([t for t in texts if t[1]]) == []
    SHOTS.mkdir(parents=True, exist_ok=True)
    tray.menu.adjustSize()
    tray.menu.grab().save(str(SHOTS / "tray-menu.png"))


def test_settings_and_welcome(qtbot, tmp_path, pseudo):
    from movebreak.ui.settings_window import SettingsWindow

    window = SettingsWindow(
        DEFAULTS, tmp_path / "config.toml", clock=FakeClock(NOW), catalogue=CATALOGUE, first_run=True
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    _shot(window, "welcome.png")
    problems = untranslated(visible_texts(window.welcome)) + clipped_texts(window.welcome)
    window.modes.setCurrentIndex(1)
    for index, page in enumerate(window.pages):
        window.nav.setCurrentRow(index)
        qtbot.wait(10)
        _shot(window, f"settings-{index}.png")
        problems += untranslated(visible_texts(page), DATA) + clipped_texts(page)
    assert problems == []


def test_history(qtbot, tmp_path, pseudo):
    from movebreak.ui.history_window import HistoryWindow

    clock = FakeClock(NOW)
    journal = Journal.open(tmp_path / "journal.sqlite3", clock)
    start = NOW - timedelta(hours=5)
    journal.record_routine("a", start, 5, "completed", [ExerciseRecord(0, "neck-side-tilt", "completed", 60)])
    names = {e.id: e.name for e in CATALOGUE}
    window = HistoryWindow(journal, clock, name_of=lambda i: names.get(i, i))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    _shot(window, "history.png")
    problems = untranslated(visible_texts(window)) + clipped_texts(window)
    journal.close()
    assert problems == []
