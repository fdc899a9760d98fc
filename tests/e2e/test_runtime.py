"""The running app in a real desktop: pause and focus over the CLI, a calendar edited on disk
re-plans, and the idle backend the app picked under Xvfb."""

from __future__ import annotations

import json
import socket
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.conftest import E2E_CONFIG, RunningApp
from tests.e2e.desktop import DesktopSession, wait_for

pytestmark = pytest.mark.e2e

# The CLI round trip and the clock both take a moment; a minute's slack is still exact
# enough to tell 45 minutes from 30 or 60.
SLACK = timedelta(minutes=1)


def utc_now() -> datetime:
    return datetime.now(UTC)


def status(app: RunningApp) -> dict[str, Any]:
    result = app.cli("status", "--json")
    assert result.returncode == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def at(text: str | None) -> datetime:
    assert text is not None
    return datetime.fromisoformat(text)


def next_break_start(app: RunningApp) -> datetime | None:
    nb = status(app)["next_break"]
    return None if nb is None else at(nb["start"])


def ics_event(start: datetime, end: datetime, summary: str = "Planning") -> str:
    def stamp(d: datetime) -> str:
        return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")

    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//movebreak e2e//EN\r\n"
        f"BEGIN:VEVENT\r\nUID:e2e-{summary}@movebreak\r\nDTSTAMP:{stamp(start)}\r\n"
        f"DTSTART:{stamp(start)}\r\nDTEND:{stamp(end)}\r\nSUMMARY:{summary}\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


@pytest.fixture
def app(running_app: RunningApp) -> RunningApp:
    """A short name for the shared fixture."""
    return running_app


# ------------------------------------------------------------------ pause


def test_pause_45m_shows_paused_until_45_minutes_ahead(app: RunningApp) -> None:
    before = utc_now()
    result = app.cli("pause", "45m")
    assert result.returncode == 0, result.stderr
    st = status(app)
    until = at(st["paused_until"])
    assert before + timedelta(minutes=45) - SLACK <= until
    assert until <= utc_now() + timedelta(minutes=45) + SLACK
    assert "Paused until" in st["summary"]  # the same text as the tray tooltip
    nb = st["next_break"]
    assert nb is None or at(nb["start"]) >= until


def test_pause_off_clears_the_pause(app: RunningApp) -> None:
    assert app.cli("pause", "45m").returncode == 0
    assert status(app)["paused_until"] is not None
    result = app.cli("pause", "off")
    assert result.returncode == 0, result.stderr
    st = status(app)
    assert st["paused_until"] is None
    assert "Paused" not in st["summary"]
    assert st["next_break"] is not None  # work hours cover the whole day: breaks are back


def test_an_invalid_pause_exits_2_and_names_what_is_valid(app: RunningApp) -> None:
    result = app.cli("pause", "forever")
    assert result.returncode == 2
    assert "until HH:MM" in result.stderr + result.stdout
    assert status(app)["paused_until"] is None


# ------------------------------------------------------------------ focus


def test_focus_50m_puts_the_next_break_after_the_focus_block(app: RunningApp) -> None:
    before = utc_now()
    result = app.cli("focus", "50m")
    assert result.returncode == 0, result.stderr
    st = status(app)
    focus_end = at(st["focus_until"])
    assert before + timedelta(minutes=50) - SLACK <= focus_end
    assert focus_end <= utc_now() + timedelta(minutes=50) + SLACK
    assert st["next_break"] is not None
    assert at(st["next_break"]["start"]) >= focus_end


# ------------------------------------------------------------------ calendar on disk


def test_editing_a_calendar_file_re_plans_the_running_app(desktop: DesktopSession, tmp_path: Path) -> None:
    calendar = tmp_path / "work.ics"
    now = utc_now().replace(microsecond=0)
    first_end = now + timedelta(minutes=10)
    calendar.write_text(ics_event(now - timedelta(minutes=30), first_end))
    config = E2E_CONFIG + f'\n[[calendars]]\nsource = "{calendar}"\nname = "Work"\n'
    running = RunningApp(desktop, tmp_path, config=config).start()
    try:
        # Calendars are read off the GUI thread: the plan takes the block in a moment.
        placed = wait_for(
            lambda: (n := next_break_start(running)) is not None and n >= first_end, timeout=10, interval=0.3
        )
        assert placed, status(running)
        # The meeting runs over: the organiser moves its end 30 minutes later.
        later_end = first_end + timedelta(minutes=30)
        calendar.write_text(ics_event(now - timedelta(minutes=30), later_end))
        moved = wait_for(
            lambda: (n := next_break_start(running)) is not None and n >= later_end, timeout=10, interval=0.3
        )
        assert moved, status(running)
    finally:
        running.stop()


# ------------------------------------------------------------------ idle backend


def test_the_app_reads_idle_time_from_the_x_screensaver_extension(app: RunningApp) -> None:
    log_file = app.data_dir / "logs" / "movebreak.log"

    def app_log() -> str:
        own = log_file.read_text(errors="replace") if log_file.exists() else ""
        return own + app.desktop.app_log()

    # The probes are set up when a break first needs them (none of it stays in memory before).
    assert wait_for(lambda: "re-planned (start)" in app_log(), timeout=10), app_log()
    assert "idle time from" not in app_log()
    assert app.cli("break-now").returncode == 0  # an open prompt asks the idle time
    assert wait_for(lambda: "idle time from x11-xscreensaver" in app_log(), timeout=15), app_log()


# ------------------------------------------------------------------ URL source that is down


def test_a_dead_calendar_url_is_reported_and_the_app_still_quits_cleanly(
    desktop: DesktopSession, tmp_path: Path
) -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{s.getsockname()[1]}/team.ics"
    config = E2E_CONFIG + f'\n[[calendars]]\nsource = "{url}"\nname = "Team"\n'
    running = RunningApp(desktop, tmp_path, config=config).start()
    log_file = running.data_dir / "logs" / "movebreak.log"

    def app_log() -> str:
        return log_file.read_text(errors="replace") if log_file.exists() else ""

    try:
        assert status(running)["next_break"] is not None  # planning goes on without it
        assert wait_for(lambda: "calendar refresh failed" in app_log(), timeout=10), app_log()
        assert f"{url}: cannot be reached" in app_log()
        assert wait_for(lambda: "movebreak: calendar problem" in desktop.notify_calls(), timeout=10)
        assert running.cli("quit").returncode == 0
        assert running.proc is not None and running.proc.wait(timeout=15) == 0
        assert "Traceback" not in app_log()
    finally:
        running.stop()
