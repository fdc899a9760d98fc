"""Gentle escalation and the skip budget in the running app, keys pressed in the prompt
child's real window: two planned breaks skipped, the third offers one minute and says so;
with the day's budget spent, Esc shortens the routine instead of skipping it."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.e2e.conftest import E2E_CONFIG, RunningApp
from tests.e2e.desktop import PROMPT_TITLE, DesktopSession, wait_for
from tests.e2e.test_dnd_idle_app import ZONE, app_log, history, next_whole_minute

pytestmark = [pytest.mark.e2e]


def press(desktop: DesktopSession, window: str, key: str) -> None:
    """A click makes the prompt accept focus (it never steals it); then the key."""
    geometry = desktop.run(["xdotool", "getwindowgeometry", "--shell", window]).stdout
    size = dict(line.split("=", 1) for line in geometry.split())
    desktop.run(["xdotool", "mousemove", "--window", window, str(int(size["WIDTH"]) // 2), "40", "click", "1"])
    desktop.run(["xdotool", "windowfocus", "--sync", window])
    desktop.run(["xdotool", "key", key])


def prompt_after(desktop: DesktopSession, moment: datetime, title: str = PROMPT_TITLE) -> str:
    wait = (moment - datetime.now().astimezone()).total_seconds() + 40
    found = wait_for(lambda: desktop.visible_windows(title), timeout=max(wait, 10), interval=0.5)
    assert found, desktop.app_log()
    return str(found[0])


@pytest.mark.slow
@pytest.mark.timeout(480)
def test_two_skips_then_the_next_break_offers_one_minute(desktop: DesktopSession, tmp_path: Path) -> None:
    due = next_whole_minute(timedelta(seconds=20))
    # three one-minute breaks, each right after a block: at due, due+2 and due+4
    blocks = [("00:00", due), (due + timedelta(minutes=1), due + timedelta(minutes=2)),
              (due + timedelta(minutes=3), due + timedelta(minutes=4))]  # fmt: skip
    rules = "".join(
        f'\n[[blocks]]\ndays = "mon-sun"\nstart = "{a if isinstance(a, str) else f"{a:%H:%M}"}"\n'
        f'end = "{b:%H:%M}"\ntitle = "e2e block"\n'
        for a, b in blocks
    )
    config = (
        E2E_CONFIG
        + rules
        + "\n[planning]\nafter_block_delay = 0\nmin_gap = 1\nroutine_min = 1\nroutine_max = 1\n"
        + "\n[breaks]\nlead_time = 0\n"
        + f'\n[system]\ntimezone = "{ZONE}"\nidle_detection = false\n'
    )
    app = RunningApp(desktop, tmp_path, config=config).start()
    try:
        for k in range(2):
            window = prompt_after(desktop, due + timedelta(minutes=2 * k))
            assert "Just one minute" not in " ".join(desktop.visible_windows("Just one minute"))
            press(desktop, window, "Escape")
            assert wait_for(lambda n=k: len([r for r in history(app) if r["state"] == "skipped"]) == n + 1, timeout=15)
        gentle = prompt_after(desktop, due + timedelta(minutes=4), "Just one minute")
        assert gentle, app_log(app)
        titles = desktop.run(["xdotool", "getwindowname", gentle]).stdout
        assert "you have been sitting for" in titles
    finally:
        app.stop()


def test_with_the_budget_spent_escape_shortens_instead_of_skipping(desktop: DesktopSession, tmp_path: Path) -> None:
    app = RunningApp(desktop, tmp_path, config=E2E_CONFIG + "\n[breaks]\nskip_budget = 1\n").start()
    try:
        assert app.cli("break-now").returncode == 0
        press(desktop, prompt_after(desktop, datetime.now().astimezone()), "Escape")
        assert wait_for(lambda: [r["state"] for r in history(app)] == ["skipped"], timeout=15), app_log(app)
        assert wait_for(lambda: not desktop.visible_windows(PROMPT_TITLE), timeout=15)
        assert app.cli("break-now").returncode == 0
        window = prompt_after(desktop, datetime.now().astimezone())
        press(desktop, window, "Escape")  # the budget is spent: Shorten to 1 min
        time.sleep(2)  # a skip would be journaled by now
        assert desktop.visible_windows(PROMPT_TITLE) and [r["state"] for r in history(app)][-1] == "shown"
        press(desktop, window, "Return")  # done with the one exercise left
        assert wait_for(lambda: [r["state"] for r in history(app)] == ["skipped", "partial"], timeout=15), app_log(app)
    finally:
        app.stop()
