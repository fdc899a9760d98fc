"""Every window opens inside the available area of its screen, at any scale: on a 1280×800
screen at QT_SCALE_FACTOR=2 the prompt used to be 1360×800 device pixels at x = −40."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMargins, QRect, QSize

from movebreak.ui.placement import fitted

ROOT = Path(__file__).resolve().parents[2]


def probe_json(kind: str, tmp_path: Path, scale: str, width: int, height: int) -> dict:  # type: ignore[type-arg]
    screens = tmp_path / "screens.json"
    screens.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "small",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screens}", QT_SCALE_FACTOR=scale)
    env.pop("QT_SCREEN_SCALE_FACTORS", None)
    done = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "helpers" / "fit_probe.py"), kind],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def probe(kind: str, tmp_path: Path, scale: str, width: int, height: int) -> tuple[QRect, QRect]:
    got = probe_json(kind, tmp_path, scale, width, height)
    return QRect(*got["frame"]), QRect(*got["area"])


@pytest.mark.parametrize("kind", ["prompt", "welcome", "settings", "history"])
def test_the_window_fits_a_1280x800_screen_at_twice_the_scale(kind: str, tmp_path: Path) -> None:
    frame, area = probe(kind, tmp_path, "2", 1280, 800)
    assert area == QRect(0, 0, 640, 400)  # the probe really ran at 2x
    assert area.contains(frame), f"{kind}: frame {frame.getRect()} outside {area.getRect()}"


@pytest.mark.parametrize(("scale", "width", "height"), [("2", 1280, 800), ("1", 1280, 800), ("2", 1920, 1080)])
def test_the_schedule_page_never_shows_a_scroll_bar_inside_a_scroll_bar(
    tmp_path: Path, scale: str, width: int, height: int
) -> None:
    # the settings window opens on the Schedule page, whose form scrolls under the plan preview
    got = probe_json("settings", tmp_path, scale, width, height)
    assert got["scroll_depth"] <= 1, f"nested scroll bars at scale {scale} on {width}x{height}"


def test_the_prompt_keeps_its_preferred_size_where_there_is_room(tmp_path: Path) -> None:
    frame, area = probe("prompt", tmp_path, "1", 1920, 1080)
    assert area.contains(frame)
    assert frame.width() >= 680 and frame.height() >= 400


def test_fitted_centres_within_the_area_less_the_frame() -> None:
    area = QRect(0, 32, 640, 368)  # a top panel takes 32 px
    rect = fitted(QSize(680, 400), QSize(498, 357), area, QMargins(1, 20, 1, 1))
    assert rect == QRect(1, 52, 638, 347)
    roomy = fitted(QSize(680, 400), QSize(498, 357), QRect(0, 0, 1920, 1080), QMargins())
    assert roomy.size() == QSize(680, 400) and roomy.x() == 620
