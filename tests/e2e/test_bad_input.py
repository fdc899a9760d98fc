"""Bad input at start-up: the app runs anyway, says what is wrong and where, loses nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.conftest import RunningApp
from tests.e2e.desktop import DesktopSession, wait_for

pytestmark = pytest.mark.e2e

BROKEN = """\
[planning]
min_gap = 5
max_sitting = = 50
"""


def test_unparsable_config_starts_on_defaults_and_keeps_the_file(desktop: DesktopSession, tmp_path: Path) -> None:
    app = RunningApp(desktop, tmp_path, config=BROKEN).start()
    try:
        config = app.config_dir / "config.toml"
        status = app.cli("status")
        assert status.returncode == 0
        assert "Next break" in status.stdout
        log = desktop.app_log()
        assert f"{config}:3" in log, log
        assert "Traceback" not in log
        assert config.read_text() == BROKEN
        assert wait_for(lambda: any(c == "movebreak" for c in desktop.notify_calls()), timeout=10)
    finally:
        app.stop()


def test_unwritable_data_dir_gives_a_clear_message_and_no_traceback(desktop: DesktopSession, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the data folder should go")
    app = RunningApp(desktop, tmp_path)
    app.env["MOVEBREAK_DATA_DIR"] = str(blocker / "data")
    app.start()
    try:
        assert app.cli("status").returncode == 0
        log = desktop.app_log()
        assert "is not writable" in log and str(blocker / "data") in log, log
        assert "Traceback" not in log
    finally:
        app.stop()


def _hostile_calendar(path: Path) -> None:
    """Every hostile rule of issue 20 next to one good event, and a second calendar of 19 MB
    of small events that icalendar would need some 600 MB and most of a minute for."""
    minutes = ",".join(str(m) for m in range(60))
    rules = [
        "FREQ=SECONDLY",
        "FREQ=DAILY;INTERVAL=0",
        *(["FREQ=MINUTELY"] * 30),
        f"FREQ=MONTHLY;BYMINUTE={minutes};BYSECOND={minutes}",
    ]
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:bad{i}\r\nSUMMARY:bad{i}\r\nDTSTART:20260601T080000Z\r\n"
        f"DTEND:20260601T080001Z\r\nRRULE:{rule}\r\nEND:VEVENT\r\n"
        for i, rule in enumerate(rules)
    )
    events += (
        "BEGIN:VEVENT\r\nUID:year1\r\nSUMMARY:year1\r\nDTSTART:00010101T080000Z\r\n"
        "DTEND:00010101T080001Z\r\nRRULE:FREQ=HOURLY\r\nEND:VEVENT\r\n"
    )
    path.write_text(f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//e2e//EN\r\n{events}END:VCALENDAR\r\n")
    small = "BEGIN:VEVENT\r\nUID:e{i}\r\nDTSTART:20260601T090000Z\r\nDTEND:20260601T091000Z\r\nEND:VEVENT\r\n"
    huge = path.with_name("huge.ics")
    huge.write_text("BEGIN:VCALENDAR\r\n" + "".join(small.format(i=i) for i in range(200_000)) + "END:VCALENDAR\r\n")


def test_hostile_calendars_never_stop_the_app_answering(desktop: DesktopSession, tmp_path: Path) -> None:
    from tests.e2e.conftest import E2E_CONFIG

    hostile = tmp_path / "shared.ics"
    _hostile_calendar(hostile)
    huge = tmp_path / "huge.ics"
    config = E2E_CONFIG + f'\n[[calendars]]\nsource = "{hostile}"\n\n[[calendars]]\nsource = "{huge}"\n'
    app = RunningApp(desktop, tmp_path, config=config).start()
    try:
        # While the huge calendar is read (several seconds), the app answers every time.
        for _ in range(10):
            answered = app.cli("status", timeout=5)
            assert answered.returncode == 0, answered.stderr
        log = desktop.app_log
        limits = ("needs more than 200 MB of memory", "processor time", "reading calendars may take")
        assert wait_for(lambda: any(words in log() for words in limits), timeout=30), log()
        assert wait_for(lambda: "occurs every second; ignored" in log(), timeout=30), log()
        assert "Traceback" not in log()
        quit_done = app.cli("quit", timeout=15)
        assert quit_done.returncode == 0, quit_done.stderr
        assert app.proc is not None and app.proc.wait(timeout=15) == 0
    finally:
        app.stop()
