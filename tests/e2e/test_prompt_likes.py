"""♥ and "Don't show this again" in the running app: keys in the prompt child's window end up
in config.toml (with a backup of the file before), and the settings take effect at once."""

from __future__ import annotations

import tomllib

import pytest

from tests.e2e.conftest import RunningApp
from tests.e2e.desktop import PROMPT_TITLE, wait_for

pytestmark = pytest.mark.e2e


def saved(app: RunningApp) -> dict[str, list[str]]:
    path = app.config_dir / "config.toml"
    try:
        exercises: dict[str, list[str]] = tomllib.loads(path.read_text()).get("exercises", {})
    except (OSError, tomllib.TOMLDecodeError):
        return {}
    return exercises


def test_heart_and_hide_keys_are_saved_to_the_config(running_app: RunningApp) -> None:
    desktop = running_app.desktop
    before = (running_app.config_dir / "config.toml").read_text()
    assert running_app.cli("break-now").returncode == 0
    windows = wait_for(lambda: desktop.visible_windows(PROMPT_TITLE), timeout=15)
    assert windows, desktop.tree()
    win = windows[0]
    geometry = desktop.run(["xdotool", "getwindowgeometry", "--shell", win]).stdout
    size = dict(line.split("=", 1) for line in geometry.split())
    desktop.run(["xdotool", "mousemove", "--window", win, str(int(size["WIDTH"]) // 2), "40", "click", "1"])
    desktop.run(["xdotool", "windowfocus", "--sync", win])
    desktop.run(["xdotool", "key", "f"])
    favourites = wait_for(lambda: saved(running_app).get("favourite_exercises"), timeout=15, interval=0.3)
    assert favourites and len(favourites) == 1, desktop.app_log()
    desktop.run(["xdotool", "key", "h"])
    hidden = wait_for(lambda: saved(running_app).get("disabled_exercises"), timeout=15, interval=0.3)
    assert hidden == favourites, desktop.app_log()  # the ♥'d exercise was still on screen
    # every save keeps the file as it was: the last backup has the ♥ but not the hiding
    backup = tomllib.loads((running_app.config_dir / "config.toml.bak").read_text())
    assert backup["exercises"]["favourite_exercises"] == favourites
    assert backup["exercises"].get("disabled_exercises", []) == []
    assert tomllib.loads(before).get("working_hours") == tomllib.loads(
        (running_app.config_dir / "config.toml").read_text()
    ).get("working_hours")  # the rest of the user's file is kept
    assert "Traceback" not in desktop.app_log()
