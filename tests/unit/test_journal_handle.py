"""The app's journal opens on first use; at start it is asked only whether it was written lately."""

from __future__ import annotations

import os
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from movebreak.domain.clock import FakeClock
from movebreak.storage.journal_handle import JournalOnDemand

BERLIN = ZoneInfo("Europe/Berlin")


def test_written_since_reads_the_file_times_without_opening_it(tmp_path: Path) -> None:
    clock = FakeClock(datetime(2026, 10, 26, 10, 0, tzinfo=BERLIN), BERLIN)
    path = tmp_path / "journal.sqlite3"
    handle = JournalOnDemand(path, clock)
    assert not handle.written_since(clock.now())  # no file yet
    handle.record_break("s1", clock.now(), 5, "completed")
    handle.close()
    for name in (path, path.with_name(path.name + "-wal")):
        if name.exists():
            stamp = clock.now().timestamp()
            os.utime(name, (stamp, stamp))
    reopened = JournalOnDemand(path, clock)
    assert reopened.written_since(clock.now() - timedelta(hours=1))
    assert not reopened.written_since(clock.now() + timedelta(hours=1))
    assert not reopened.is_open


def test_sqlite_is_not_loaded_to_answer() -> None:
    # the point of asking the file times: a fresh interpreter stays without sqlite3
    import subprocess

    code = (
        "import sys, datetime; from pathlib import Path; from movebreak.domain.clock import SystemClock;"
        "from movebreak.storage.journal_handle import JournalOnDemand;"
        "h = JournalOnDemand(Path('/nonexistent/j.sqlite3'), SystemClock());"
        "h.written_since(datetime.datetime.now(datetime.UTC)); print('sqlite3' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "False", out.stderr
