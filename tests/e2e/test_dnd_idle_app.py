"""The running app in a real X session deciding about a due break: the user has been away
(natural break), or a fullscreen window has the focus (deferred, then shown once it is gone).
Plus the prompt-screen rule of the fullscreen check on a two-monitor X server.

A break is brought due quickly by a weekly block ending at the next whole minute, with
`after_block_delay = 0` and 1-minute routines (the smallest the settings allow), so the slot
is the block's end. Nobody touches the X server in the idle test: its XScreenSaver idle time
has grown since the session started.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from movebreak.runtime.dnd import FULLSCREEN, DndProbe
from tests.e2e.conftest import E2E_CONFIG, RunningApp
from tests.e2e.desktop import PROMPT_TITLE, DesktopSession, wait_for
from tests.e2e.test_system_x11 import WINDOW_SCRIPT

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def quick_break_config(block_end: datetime, system: str = "") -> str:
    """Every day, all day; a block from 00:00 to `block_end`; the break right at its end.
    `system`: more keys for the [system] table."""
    return (
        E2E_CONFIG
        + f"""
[[blocks]]
days = "mon-sun"
start = "00:00"
end = "{block_end:%H:%M}"
title = "e2e block"

[planning]
after_block_delay = 0
routine_min = 1
routine_max = 1

[breaks]
lead_time = 0

[system]
timezone = "{ZONE}"
{system}"""
    )


def zone_near_noon() -> str:
    """A fixed-offset zone where it is around noon now, so a block from 00:00 that ends in a
    few minutes is always a block of today, whatever time the test runs."""
    hours = 12 - datetime.now(UTC).hour  # -11 .. +12
    return "Etc/UTC" if hours == 0 else f"Etc/GMT{'-' if hours > 0 else '+'}{abs(hours)}"  # POSIX signs


ZONE = zone_near_noon()


def next_whole_minute(at_least: timedelta) -> datetime:
    """The first whole minute, in the app's zone, at least `at_least` from now."""
    now = datetime.now(ZoneInfo(ZONE))
    return (now + at_least).replace(second=0, microsecond=0) + timedelta(minutes=1)


def history(app: RunningApp) -> list[dict[str, Any]]:
    result = app.cli("history", "--format", "json")
    assert result.returncode == 0, result.stderr
    breaks: list[dict[str, Any]] = json.loads(result.stdout)["breaks"]
    return breaks


def status(app: RunningApp) -> dict[str, Any]:
    result = app.cli("status", "--json")
    assert result.returncode == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def app_log(app: RunningApp) -> str:
    path = app.data_dir / "logs" / "movebreak.log"
    return path.read_text(errors="replace") if path.exists() else ""


def prompt_windows(desktop: DesktopSession) -> list[str]:
    return desktop.visible_windows(PROMPT_TITLE)


def x_idle_seconds(desktop: DesktopSession) -> float:
    """The X server's own idle counter, asked from a separate process in that session."""
    code = "from movebreak.runtime.idle import IdleMonitor; print(IdleMonitor.detect().idle_seconds())"
    out = desktop.run([sys.executable, "-c", code], timeout=20).stdout.strip()
    assert out not in ("", "None"), "the X server did not report an idle time (XScreenSaver missing?)"
    return float(out)


@pytest.mark.timeout(300)
def test_a_break_due_while_the_x_server_is_idle_is_a_natural_break(desktop: DesktopSession, tmp_path: Path) -> None:
    # Idle must reach the routine's 60 s by the slot; the session's idle time counts too.
    idle_now = x_idle_seconds(desktop)
    due = next_whole_minute(timedelta(seconds=max(15.0, 65.0 - idle_now)))
    app = RunningApp(desktop, tmp_path, config=quick_break_config(due)).start()
    try:
        assert status(app)["next_break"]["start"] == due.isoformat()
        wait = (due - datetime.now().astimezone()).total_seconds() + 60
        assert wait_for(lambda: history(app), timeout=wait, interval=1), app_log(app)
        rows = history(app)
        assert [(r["planned_start"], r["state"], r["shown_at"]) for r in rows] == [
            (due.isoformat(timespec="seconds"), "natural-break", None)
        ]
        assert prompt_windows(desktop) == []
        assert "Time to move" not in desktop.notify_calls()
        assert x_idle_seconds(desktop) >= 60  # still nobody touched it
    finally:
        app.stop()


@pytest.fixture
def fullscreen_window(desktop: DesktopSession) -> Iterator[Callable[[str], subprocess.Popen[bytes]]]:
    started: list[subprocess.Popen[bytes]] = []

    def open_window(title: str) -> subprocess.Popen[bytes]:
        env = {**desktop.env, "QT_QPA_PLATFORM": "xcb"}
        proc = subprocess.Popen(
            [sys.executable, "-c", WINDOW_SCRIPT, title, "full"], env=env, stderr=subprocess.DEVNULL
        )
        started.append(proc)
        found = wait_for(lambda: desktop.visible_windows(title), timeout=20)
        assert found, f"window {title!r} never mapped"
        # No window manager in this session: give it the focus as one would.
        desktop.run(["xdotool", "windowfocus", "--sync", found[0]], timeout=10)
        return proc

    yield open_window
    for proc in started:
        proc.kill()
        proc.wait()


@pytest.mark.timeout(360)
def test_a_fullscreen_window_holds_the_break_until_it_is_gone(
    desktop: DesktopSession, tmp_path: Path, fullscreen_window: Callable[[str], subprocess.Popen[bytes]]
) -> None:
    due = next_whole_minute(timedelta(seconds=20))
    # Idle time is the other test's subject: here the presenter is busy (idle would win first).
    app = RunningApp(desktop, tmp_path, config=quick_break_config(due, "idle_detection = false\n")).start()
    try:
        slot_id = status(app)["next_break"]["id"]
        presentation = fullscreen_window("movebreak-e2e-slides")
        held = wait_for(
            lambda: status(app)["deferred"],
            timeout=(due - datetime.now().astimezone()).total_seconds() + 30,
            interval=0.5,
        )
        assert held, app_log(app)
        assert held["id"] == slot_id and held["reason"] == FULLSCREEN
        retry_at = datetime.fromisoformat(held["retry_at"])
        assert due + timedelta(minutes=2) <= retry_at <= due + timedelta(minutes=2, seconds=30)
        assert "A break is held (fullscreen window); trying again at" in status(app)["summary"]
        assert f"slot {slot_id} deferred: fullscreen window" in app_log(app)
        assert prompt_windows(desktop) == []
        assert "Time to move" not in desktop.notify_calls()
        assert history(app) == []  # held, not decided

        # The presentation ends; the retry two minutes after the slot shows the break.
        presentation.kill()
        presentation.wait()
        shown = wait_for(
            lambda: prompt_windows(desktop),
            timeout=(retry_at - datetime.now().astimezone()).total_seconds() + 30,
            interval=1,
        )
        assert shown, app_log(app)
        assert "Time to move" in desktop.notify_calls()
        rows = history(app)
        assert [(r["slot_id"], r["state"]) for r in rows] == [(slot_id, "shown")]
        assert datetime.fromisoformat(rows[0]["shown_at"]) >= retry_at - timedelta(seconds=5)
        assert status(app)["deferred"] is None
    finally:
        app.stop()


# ------------------------------------------------------------------ two monitors


@pytest.fixture
def two_monitors(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A private Xvfb, 2560x800, split by RandR into two 1280x800 monitors side by side."""
    missing = [t for t in ("Xvfb", "xrandr", "xdotool") if shutil.which(t) is None]
    if missing:
        reason = f"needs {', '.join(missing)} (apt-get install xvfb x11-xserver-utils xdotool)"
        print(f"SKIP reason: {reason}")
        pytest.skip(reason)
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "2560x800x24", "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        display = f":{pipe.readline().strip()}"
    monkeypatch.setenv("DISPLAY", display)
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    try:
        for args in (["left", "1280/338x800/211+0+0", "screen"], ["right", "1280/338x800/211+1280+0", "none"]):
            subprocess.run(["xrandr", "--setmonitor", *args], check=True, capture_output=True)
        listed = subprocess.run(["xrandr", "--listmonitors"], capture_output=True, text=True).stdout
        assert "Monitors: 2" in listed, listed
        yield display
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_fullscreen_on_the_other_monitor_than_the_pointer_does_not_hold_the_break(
    two_monitors: str,
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    window = subprocess.Popen([sys.executable, "-c", WINDOW_SCRIPT, "movebreak-e2e-beamer", "normal"], env=env)
    try:
        found = wait_for(
            lambda: subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", "movebreak-e2e-beamer"],
                capture_output=True,
                text=True,
            ).stdout.split(),
            timeout=20,
        )
        assert found, "the window never mapped"
        wid = str(found[0])
        # Slides fill the right monitor (no window manager: place it as one would).
        subprocess.run(
            ["xdotool", "windowmove", "--sync", wid, "1280", "0", "windowsize", "--sync", wid, "1280", "800"],
            check=True,
        )
        subprocess.run(["xdotool", "windowfocus", "--sync", wid], check=True)
        probe = DndProbe()
        # Pointer on the left monitor: the prompt opens there, next to the slides. No hold.
        subprocess.run(["xdotool", "mousemove", "--sync", "300", "400"], check=True)
        assert probe.reason() is None
        # Pointer on the right monitor: the prompt would cover the slides. Hold.
        subprocess.run(["xdotool", "mousemove", "--sync", "2000", "400"], check=True)
        assert probe.reason() == FULLSCREEN
    finally:
        window.kill()
        window.wait()
