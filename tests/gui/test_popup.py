"""The corner popup: shows title and message in the screen corner, hides itself, is clickable."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from movebreak.ui import popup as popup_module
from movebreak.ui.popup import CornerPopup, show_popup


def test_shows_title_and_message_in_the_bottom_right_corner(qtbot: QtBot) -> None:
    p = show_popup("Break in 1 minute", "Neck & shoulders, 4 min")
    qtbot.addWidget(p)
    assert p.isVisible()
    assert p.title_label.text() == "Break in 1 minute"
    assert p.message_label.text() == "Neck & shoulders, 4 min"
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert area.contains(p.frameGeometry())
    assert p.x() > area.center().x() and p.y() > area.center().y()


def test_does_not_take_focus(qtbot: QtBot) -> None:
    p = show_popup("t", "m")
    qtbot.addWidget(p)
    assert p.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert p.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert p.windowFlags() & Qt.WindowType.FramelessWindowHint


def test_hides_itself_after_the_timeout(qtbot: QtBot) -> None:
    p = CornerPopup("t", "m", timeout_ms=50)
    p.popup()
    assert p in popup_module.open_popups()
    qtbot.waitUntil(lambda: p not in popup_module.open_popups(), timeout=3000)


def test_default_timeout_is_about_eight_seconds(qtbot: QtBot) -> None:
    p = show_popup("t", "m")
    qtbot.addWidget(p)
    assert p.hide_timer.interval() == 8000 and p.hide_timer.isActive()


def test_click_emits_clicked_and_closes(qtbot: QtBot) -> None:
    p = show_popup("t", "m")
    qtbot.addWidget(p)
    with qtbot.waitSignal(p.clicked, timeout=1000):
        qtbot.mouseClick(p, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    assert p not in popup_module.open_popups()


def test_second_popup_stacks_above_the_first(qtbot: QtBot) -> None:
    a = show_popup("first", "m")
    b = show_popup("second", "m")
    qtbot.addWidget(a)
    qtbot.addWidget(b)
    assert b.y() + b.height() <= a.y()


def test_looks_right(qtbot: QtBot, tmp_path: Path) -> None:
    p = show_popup("Break in 1 minute", "Neck & shoulders, 4 minutes. Click to start now.")
    qtbot.addWidget(p)
    image = p.grab().toImage()
    assert image.width() == 320 and image.height() > 40
    # MOVEBREAK_SCREENSHOTS=docs/screenshots refreshes the committed screenshot.
    out = Path(os.environ.get("MOVEBREAK_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    assert p.grab().save(str(out / "popup.png"))
