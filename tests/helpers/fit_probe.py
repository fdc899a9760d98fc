"""Run in a child process (the Qt platform and scale are fixed per process): open one window
the way the app does and print its frame and its screen's available area as JSON."""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from movebreak.domain.clock import FakeClock
from movebreak.domain.exercises import Routine, RoutineItem
from movebreak.domain.settings import DEFAULTS
from movebreak.storage.catalogue import load_catalogue
from movebreak.storage.journal import Journal

CLOCK = FakeClock(datetime(2024, 6, 10, 8, 0, tzinfo=ZoneInfo("Europe/Berlin")))


def open_window(kind: str, scratch: Path) -> QWidget:
    catalogue, _ = load_catalogue(None)
    if kind == "prompt":
        from movebreak.ui.prompt import PromptWindow

        by_id = {e.id: e for e in catalogue}
        items = (RoutineItem(by_id["neck-side-tilt"], "right", 20), RoutineItem(by_id["shoulder-shrugs"], None, 20))
        prompt = PromptWindow(Routine("Neck & shoulders, 1 min", items), tick_ms=0)
        prompt.show_unfocused()
        return prompt
    if kind in ("settings", "welcome"):
        from movebreak.ui.settings_window import SettingsWindow

        w: QWidget = SettingsWindow(
            DEFAULTS, scratch / "config.toml", clock=CLOCK, first_run=kind == "welcome", catalogue=catalogue
        )
    else:
        from movebreak.ui.history_window import HistoryWindow

        w = HistoryWindow(Journal.open(scratch / "journal.sqlite3", CLOCK), CLOCK)
    w.show()
    return w


def scroll_depth(w: QWidget) -> int:
    """The most vertical scroll bars on screen inside one another (2: a scroll area that
    scrolls inside another that scrolls)."""
    showing = [a for a in w.findChildren(QScrollArea) if a.isVisible() and a.verticalScrollBar().isVisible()]

    def depth(area: QScrollArea) -> int:
        return 1 + sum(1 for other in showing if other is not area and other.isAncestorOf(area))

    return max((depth(a) for a in showing), default=0)


def main() -> None:
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as scratch:
        w = open_window(sys.argv[1], Path(scratch))
        app.processEvents()
        frame, area = w.frameGeometry(), w.screen().availableGeometry()
        if len(sys.argv) > 2:
            w.grab().save(sys.argv[2])
        print(json.dumps({"frame": frame.getRect(), "area": area.getRect(), "scroll_depth": scroll_depth(w)}))


if __name__ == "__main__":
    main()
