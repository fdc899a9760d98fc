"""bench/bench_prompt.py's method: its config and calendar make the app plan a slot at the exact
second it asks for, and a process's start time is read right. (No timing is asserted here.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from bench.bench_prompt import calendar_text, config_text, process_started_at

ROOT = Path(__file__).parent.parent.parent


def test_the_bench_calendar_gives_an_after_block_slot_at_the_block_end_second(tmp_path: Path) -> None:
    ics = tmp_path / "bench.ics"
    block_end = datetime(2024, 6, 10, 10, 20, 37, tzinfo=UTC)  # a Monday; an odd second on purpose
    ics.write_text(calendar_text(block_end, 1))
    config = tmp_path / "config.toml"
    config.write_text(config_text(ics))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MOVEBREAK_CONFIG_DIR": str(tmp_path / "user")}
    plan = ["plan", "--from", "2024-06-10", "--tz", "UTC", "--format", "json"]
    proc = subprocess.run(
        [sys.executable, "-m", "movebreak", "--config", str(config), *plan],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    breaks = json.loads(proc.stdout)["breaks"]
    after_block = [b for b in breaks if b["reason"] == "after-block"]
    assert [datetime.fromisoformat(b["start"]) for b in after_block] == [block_end], breaks


def test_process_start_time_is_when_it_was_launched() -> None:
    before = time.time()
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(2)"])
    after = time.time()
    try:
        started = process_started_at(child.pid)
    finally:
        child.kill()
        child.wait()
    assert started is not None
    tick = 1 / os.sysconf("SC_CLK_TCK")  # /proc counts whole clock ticks
    assert before - 2 * tick <= started <= after + tick


def test_a_process_that_is_gone_has_no_start_time() -> None:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert process_started_at(child.pid) is None
