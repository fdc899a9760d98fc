"""bench/xmap.py, the benchmarks' stopwatch for windows: it sees a real window mapped under
its title and then unmapped, in order. (Only order is asserted, no durations.)"""

from __future__ import annotations

import sys
import time

import pytest

from bench.xmap import MapWatcher
from tests.e2e.desktop import DesktopSession

pytestmark = pytest.mark.e2e

WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
window = QWidget()
window.setWindowTitle("xmap check — ünïcode title")
window.show()
app.exec()
"""


def test_a_window_is_seen_mapped_with_its_title_then_gone(desktop: DesktopSession) -> None:
    watcher = MapWatcher(desktop.env["DISPLAY"]).start()
    try:
        mark = watcher.mark()
        launched = time.time()
        proc = desktop.launch([sys.executable, "-c", WINDOW])
        try:
            assert watcher.wait_mapped("xmap check — other", mark, timeout=0.5) is None
            mapped = watcher.wait_mapped("xmap check — ", mark, timeout=60)
            assert mapped is not None, desktop.app_log()
            assert mapped.name == "xmap check — ünïcode title"
            assert launched < mapped.at <= time.time()
            closing = watcher.mark()
            assert watcher.wait_gone(mapped.window, closing, timeout=0.5) is None  # still on screen
        finally:
            proc.terminate()
            proc.wait(timeout=30)
        gone = watcher.wait_gone(mapped.window, closing, timeout=30)
        assert gone is not None and gone.kind in ("unmapped", "destroyed") and gone.at >= mapped.at
    finally:
        watcher.stop()
