"""The frozen (PyInstaller) app starts, plans from a calendar and runs in a real desktop."""

from __future__ import annotations

import json
import os
import subprocess
from datetime import datetime
from pathlib import Path

import pytest

from movebreak import __version__
from tests.e2e.conftest import RunningApp
from tests.e2e.desktop import PROMPT_TITLE, DesktopSession, wait_for
from tests.packaging import frozen

# The first test in a session may build the bundle (a minute or two on a shared machine).
pytestmark = [pytest.mark.packaging, pytest.mark.timeout(900)]

FIXTURES = Path(__file__).parent / "fixtures"
CALENDAR = FIXTURES / "deep-work.ics"


def run(exe: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=60, env=dict(os.environ))


def test_frozen_version_matches_the_package(frozen_exe: Path) -> None:
    result = run(frozen_exe, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"movebreak {__version__}"


def test_frozen_bundle_carries_assets_and_apscheduler_metadata(frozen_exe: Path) -> None:
    internal = frozen.BUNDLE / "_internal"
    for name in ("tray.svg", "tray-paused.svg", "movebreak.svg"):
        assert (internal / "movebreak" / "assets" / "icons" / name).is_file(), name
    assert list((internal / "movebreak" / "assets" / "exercises").glob("*.toml"))
    assert list(internal.glob("[Aa][Pp][Ss]cheduler-*.dist-info")), sorted(p.name for p in internal.iterdir())


@pytest.fixture(scope="module")
def frozen_plan(frozen_exe: Path) -> dict:  # type: ignore[type-arg]
    """`plan --format json` of the frozen app on the fixture calendar, run once for the tests below."""
    result = run(
        frozen_exe, "plan", "--calendar", str(CALENDAR), "--format", "json",
        "--from", "2026-11-23", "--days", "1", "--tz", "Europe/Berlin",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_frozen_plan_lists_the_calendar_event_as_a_block(frozen_plan: dict) -> None:  # type: ignore[type-arg]
    plan = frozen_plan
    blocks = [(b["title"], b["start"], b["end"]) for b in plan["blocks"]]
    assert ("Deep work: packaging", "2026-11-23T10:00:00+01:00", "2026-11-23T11:30:00+01:00") in blocks


def test_frozen_plan_puts_no_break_inside_the_calendar_block(frozen_plan: dict) -> None:  # type: ignore[type-arg]
    plan = frozen_plan
    block_start = datetime.fromisoformat("2026-11-23T10:00:00+01:00")
    block_end = datetime.fromisoformat("2026-11-23T11:30:00+01:00")
    assert plan["breaks"], "a working day with one block should still get breaks"
    for slot in plan["breaks"]:
        start, end = datetime.fromisoformat(slot["start"]), datetime.fromisoformat(slot["end"])
        assert end <= block_start or start >= block_end, slot


def test_frozen_plan_names_a_missing_calendar_and_exits_2(frozen_exe: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.ics"
    result = run(frozen_exe, "plan", "--calendar", str(missing), "--format", "json", "--from", "2026-11-23")
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert "nowhere.ics" in result.stderr


@pytest.fixture
def frozen_app(desktop: DesktopSession, tmp_path: Path, frozen_exe: Path):  # type: ignore[no-untyped-def]
    app = RunningApp(desktop, tmp_path, command=[str(frozen_exe)]).start()
    try:
        yield app
    finally:
        app.stop()


@pytest.mark.e2e
def test_frozen_tray_icon_is_embedded(frozen_app: RunningApp) -> None:
    desktop = frozen_app.desktop
    assert wait_for(lambda: "movebreak" in desktop.tray_icons(), timeout=15), desktop.tree()


@pytest.mark.e2e
def test_frozen_break_now_sends_a_notify_call(frozen_app: RunningApp) -> None:
    result = frozen_app.cli("break-now")
    assert result.returncode == 0, result.stderr
    calls = frozen_app.desktop.notify_calls
    assert wait_for(lambda: "Time to move" in calls(), timeout=15), (calls(), frozen_app.desktop.app_log())


@pytest.mark.e2e
def test_frozen_break_shows_the_prompt_from_a_child_of_the_app(frozen_app: RunningApp) -> None:
    """The frozen binary starts itself as `movebreak prompt-window` for the prompt."""
    assert frozen_app.cli("break-now").returncode == 0
    windows = wait_for(lambda: frozen_app.desktop.visible_windows(PROMPT_TITLE), timeout=30)
    assert windows, frozen_app.desktop.app_log()
    pid, parent = frozen_app.desktop.window_process(windows[0])
    assert frozen_app.proc is not None and (pid, parent) != (frozen_app.proc.pid, frozen_app.proc.pid)
    assert parent == frozen_app.proc.pid
    assert "in the tray process" not in frozen_app.desktop.app_log()


@pytest.mark.e2e
def test_frozen_quit_exits_0(frozen_app: RunningApp) -> None:
    result = frozen_app.cli("quit")
    assert result.returncode == 0, result.stderr
    assert frozen_app.proc is not None
    assert frozen_app.proc.wait(timeout=15) == 0, frozen_app.desktop.app_log()
