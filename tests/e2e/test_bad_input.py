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
