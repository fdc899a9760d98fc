"""`movebreak plan` (today, from now on) shows slots moved by the breaks taken today."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from movebreak.domain.clock import FakeClock
from movebreak.storage.journal import Journal

ROOT = Path(__file__).parent.parent.parent
BERLIN = ZoneInfo("Europe/Berlin")
CONFIG = """\
[system]
timezone = "Europe/Berlin"
[working_hours]
mon = ["09:00-17:30"]
[[blocks]]
days = "mon"
start = "09:00"
end = "09:15"
[planning]
max_sitting = 90
routine_min = 2
routine_max = 5
"""


def plan_at(moment: str, tmp_path: Path) -> list[str]:
    faketime = shutil.which("faketime")
    if faketime is None:
        pytest.skip("faketime is not installed (Debian package faketime; .ci/run installs it)")
    # an outer libfaketime (tests/unit/test_any_day.py) would win over this one's date
    own = {k: v for k, v in os.environ.items() if not k.startswith("FAKETIME") and k != "LD_PRELOAD"}
    env = {**own, "MOVEBREAK_DATA_DIR": str(tmp_path / "data"), "TZ": "Europe/Berlin"}
    proc = subprocess.run(
        [faketime, moment, sys.executable, "-m", "movebreak", "--config", str(tmp_path / "config.toml"),
         "plan", "--format", "json"],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    return [datetime.fromisoformat(b["start"]).strftime("%H:%M") for b in json.loads(proc.stdout)["breaks"]]


def test_plan_shows_the_slot_a_manual_break_moved(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text(CONFIG)
    assert plan_at("2026-10-26 10:06:00", tmp_path) == ["10:40", "12:02", "13:24", "14:46", "16:08"]
    clock = FakeClock(datetime(2026, 10, 26, 10, 0, tzinfo=BERLIN), BERLIN)
    (tmp_path / "data").mkdir()
    journal = Journal.open(tmp_path / "data" / "journal.sqlite3", clock)
    journal.record_break("manual@1000", clock.now(), 5, "shown", shown_at=clock.now(), reason="manual")
    clock.advance(timedelta(minutes=5))
    journal.record_break("manual@1000", clock.now() - timedelta(minutes=5), 5, "completed", reason="manual")
    journal.close()
    assert plan_at("2026-10-26 10:06:00", tmp_path) == ["11:35", "13:04", "14:33", "16:02"]
