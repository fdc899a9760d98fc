"""Notifications you can act on, against a real dunst on a private session bus.

A person presses a notification's button in dunst through its context menu; the tests do the
same (`dunstctl context`, with the session's dmenu picking the button by its label). A planned
break's heads-up is brought within seconds: a weekly block ends at the next whole minute with
`after_block_delay = 0`, and `lead_time` is set so the heads-up comes a few seconds after start.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.e2e.conftest import RunningApp
from tests.e2e.desktop import DesktopSession, wait_for
from tests.e2e.test_dnd_idle_app import ZONE, history, next_whole_minute, prompt_windows, quick_break_config, status

pytestmark = pytest.mark.e2e

HEADS_UP_AFTER_S = 6  # seconds from writing the config to the heads-up; the app starts in ~2


def heads_up_soon(desktop: DesktopSession, tmp_path: Path) -> tuple[RunningApp, datetime]:
    """The app, with its next break's heads-up on screen; and that break's start."""
    due = next_whole_minute(timedelta(seconds=30))
    lead = int((due - datetime.now(ZoneInfo(ZONE))).total_seconds()) - HEADS_UP_AFTER_S
    config = quick_break_config(due).replace("lead_time = 0", f"lead_time = {lead}")
    desktop.run(["dunstctl", "close-all"])
    before = len(desktop.notify_calls())  # the session is shared by the module's tests
    app = RunningApp(desktop, tmp_path, config=config).start()
    shown = wait_for(lambda: any(t.startswith("Stretch break in") for t in desktop.notify_calls()[before:]), timeout=30)
    assert shown, (desktop.notify_calls(), desktop.app_log())
    return app, due


def buttons(menu: list[str]) -> set[str]:
    """The button labels in dunst's menu lines ("#Skip (Stretch break in 1 min) [7,skip]")."""
    return {line[1:].split(" (", 1)[0] for line in menu}


def test_start_now_on_the_heads_up_starts_that_break(desktop: DesktopSession, tmp_path: Path) -> None:
    app, due = heads_up_soon(desktop, tmp_path)
    try:
        assert desktop.notifications_displayed() == 1
        menu = desktop.press_notification_button("Start now")
        assert {"Start now", "Snooze 5 min", "Skip"} <= buttons(menu), menu
        assert wait_for(lambda: prompt_windows(desktop), timeout=15), desktop.app_log()
        assert status(app)["prompt_open"]
        # the planned break itself started (not a second, manual one)
        assert wait_for(lambda: [r["state"] for r in history(app)] == ["shown"], timeout=10), history(app)
        assert history(app)[0]["planned_start"] == due.isoformat(timespec="seconds")
        # one break, one notification: the heads-up became "Time to move", in place
        assert wait_for(lambda: "Time to move" in desktop.notify_calls()[-1:], timeout=5)
        assert desktop.notifications_displayed() <= 1
    finally:
        app.stop()


def test_snooze_on_the_heads_up_postpones_the_break(desktop: DesktopSession, tmp_path: Path) -> None:
    app, _due = heads_up_soon(desktop, tmp_path)
    try:
        desktop.press_notification_button("Snooze 5 min")
        assert wait_for(lambda: [r["state"] for r in history(app)] == ["snoozed"], timeout=15), desktop.app_log()
        nxt = datetime.fromisoformat(status(app)["next_break"]["start"])
        assert timedelta(minutes=4) < nxt - datetime.now(ZoneInfo(ZONE)) <= timedelta(minutes=5)
        assert status(app)["next_break"]["reason"] == "snooze"
        assert prompt_windows(desktop) == []
        assert wait_for(lambda: desktop.notifications_displayed() == 0, timeout=5)
    finally:
        app.stop()


def test_skip_on_the_heads_up_skips_the_break(desktop: DesktopSession, tmp_path: Path) -> None:
    app, due = heads_up_soon(desktop, tmp_path)
    try:
        desktop.press_notification_button("Skip")
        assert wait_for(lambda: [r["state"] for r in history(app)] == ["skipped"], timeout=15), desktop.app_log()
        assert history(app)[0]["shown_at"] is None  # it never showed
        nxt = status(app)["next_break"]
        assert nxt is None or datetime.fromisoformat(nxt["start"]) > due
        assert prompt_windows(desktop) == []
        assert wait_for(lambda: desktop.notifications_displayed() == 0, timeout=5)
    finally:
        app.stop()


@pytest.mark.parametrize("button,state", [("Skip", "skipped"), ("Snooze 5 min", "snoozed")])
def test_the_buttons_end_a_break_on_screen(desktop: DesktopSession, tmp_path: Path, button: str, state: str) -> None:
    desktop.run(["dunstctl", "close-all"])
    app = RunningApp(desktop, tmp_path).start()
    try:
        assert app.cli("break-now").returncode == 0
        assert wait_for(lambda: prompt_windows(desktop), timeout=15)
        assert wait_for(lambda: desktop.notifications_displayed() == 1, timeout=10)
        desktop.press_notification_button(button)
        assert wait_for(lambda: [r["state"] for r in history(app)] == [state], timeout=15), desktop.app_log()
        assert wait_for(lambda: prompt_windows(desktop) == [], timeout=10)
        # withdrawn with its break: nothing stale stays on screen
        assert wait_for(lambda: desktop.notifications_displayed() == 0, timeout=5)
    finally:
        app.stop()


def test_a_finished_break_leaves_no_notification(running_app: RunningApp) -> None:
    desktop = running_app.desktop
    desktop.run(["dunstctl", "close-all"])
    assert running_app.cli("break-now").returncode == 0
    assert wait_for(lambda: desktop.notifications_displayed() == 1, timeout=15)
    assert running_app.cli("quit").returncode == 0  # quitting ends the break (skipped)
    assert running_app.proc is not None and running_app.proc.wait(timeout=15) == 0
    assert wait_for(lambda: desktop.notifications_displayed() == 0, timeout=5)
