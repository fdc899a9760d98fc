"""Tray icons: the PNG set loads, and the drawn fallback (no PNGs found) still tells paused from active."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from movebreak.ui.tray import app_icon, tray_icon

ROOT = Path(__file__).resolve().parents[2]

# The colour a tray icon shows near its left edge, active and paused.
PIXELS = """
import json
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
from movebreak.ui.tray import tray_icon
def left(paused):
    return tray_icon(paused).pixmap(64, 64).toImage().pixelColor(8, 32).name()
print(json.dumps({"active": left(False), "paused": left(True)}))
"""


def test_the_png_icons_load_at_every_tray_size(qapp) -> None:  # type: ignore[no-untyped-def]
    for paused in (False, True):
        icon = tray_icon(paused)
        assert not icon.isNull()
        assert {s.width() for s in icon.availableSizes()} == {16, 22, 24, 32, 48, 64}
    assert 256 in {s.width() for s in app_icon().availableSizes()}


def test_the_drawn_fallback_shows_paused_in_grey(tmp_path: Path) -> None:
    # A copy of the package with no assets beside it: an install whose PNGs went missing.
    shutil.copytree(ROOT / "movebreak", tmp_path / "movebreak", ignore=shutil.ignore_patterns("__pycache__"))
    assert not (tmp_path / "assets").exists() and not (tmp_path / "movebreak" / "assets").exists()
    env = dict(os.environ, PYTHONPATH=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", PIXELS], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60
    )
    assert done.returncode == 0, done.stderr
    colours = json.loads(done.stdout.strip().splitlines()[-1])
    assert colours == {"active": "#1f9e89", "paused": "#8a8a8a"}
