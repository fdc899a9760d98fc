"""The tray icon goes up before the rest of the app is built (ui.early_tray); the app then
adopts it: one icon on the panel, and its menu opens."""

from __future__ import annotations

import re
import time

import pytest

from tests.e2e.conftest import RunningApp
from tests.e2e.desktop import wait_for

pytestmark = pytest.mark.e2e


def test_one_icon_on_the_panel_and_its_menu_opens(running_app: RunningApp) -> None:
    desktop = running_app.desktop
    assert running_app.proc is not None
    # The fixture waited until the app answers `status`: it is fully built by now.
    assert desktop.tray_icons().count("movebreak") == 1, desktop.tree()
    panel = desktop.tray_window()
    assert panel is not None
    tree = desktop.run(["xwininfo", "-tree", "-id", panel]).stdout
    [icon] = re.findall(r'(0x[0-9a-f]+) "movebreak"', tree.split("child", 1)[1])

    def app_windows() -> set[str]:
        out = desktop.run(["xdotool", "search", "--onlyvisible", "--pid", str(running_app.proc.pid), ""])
        return set(out.stdout.split())

    before = app_windows()
    # The first right click builds the menu (an XEmbed tray asks at the click, ui.tray), the
    # next ones find it built: both open it.
    for click in ("first", "second"):
        desktop.run(["xdotool", "mousemove", "--window", icon, "5", "5", "click", "3"])
        assert wait_for(lambda: app_windows() - before, timeout=10), f"no menu opened on the {click} right click"
        desktop.run(["xdotool", "key", "Escape"])
        assert wait_for(lambda: not app_windows() - before, timeout=10), "the menu did not close on Esc"
        time.sleep(1.0)  # two clicks within the double-click interval would be a double click
