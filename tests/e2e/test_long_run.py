"""No growth over a month: the real tray app in the e2e desktop goes through a month of
break cycles (`break-now`, then Done, skip or Skip routine in turn, with re-plans in
between). The tray process's PSS after the last cycle is within 1 MiB of its PSS after the
10th, and the journal holds a row, with the person's outcome, for every cycle.

The prompt is driven by clicks on its buttons, not keys: in a desktop without a window
manager, keyboard focus follows the pointer, and a key meant for one prompt could reach the
next one. Each cycle starts the prompt's child process: 300 cycles take many minutes
(slow). MOVEBREAK_LONG_RUN_CYCLES runs fewer, when trying it out."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from movebreak.domain.clock import SystemClock
from movebreak.storage.journal import Journal
from tests.e2e.conftest import RunningApp
from tests.e2e.desktop import PROMPT_TITLE, DesktopSession, wait_for

# About 6 s a cycle (Done clicks through every exercise): half an hour for the month.
pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.timeout(3600)]

CYCLES = int(os.environ.get("MOVEBREAK_LONG_RUN_CYCLES", "300"))
BASELINE_CYCLE = 10  # the first cycles load what every break needs (prompt host, journal)
PSS_TOLERANCE_MIB = 1.0
# The prompt's bottom row (a 680x400 window): Done, Skip exercise, Skip routine.
BUTTONS = ((598, 368), (481, 368), (65, 368))
EXPECTED = ("completed", "skipped", "skipped")


def pss_mib(pid: int) -> float:
    rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
    pss = next(line for line in rollup.splitlines() if line.startswith("Pss:"))
    return int(pss.split()[1]) / 1024


def one_break(app: RunningApp, desktop: DesktopSession, button: tuple[int, int]) -> None:
    # A manual break's slot id has one-second resolution: two break-now in the same second
    # would be one slot. Start each in a new second.
    time.sleep(1.0 - time.time() % 1.0 + 0.05)
    result = app.cli("break-now")
    assert result.returncode == 0 and "Break started" in result.stdout, (result.stdout, result.stderr)
    windows = wait_for(lambda: desktop.visible_windows(PROMPT_TITLE), timeout=30)
    assert windows, desktop.app_log()[-2000:]
    win = windows[0]  # type: ignore[index]
    x, y = (str(v) for v in button)
    for _round in range(10):  # Done and Skip exercise take one click per exercise
        desktop.run(["xdotool", "mousemove", "--window", win, x, y, "click", "--repeat", "4", "--delay", "150", "1"])
        if wait_for(lambda: not desktop.visible_windows(PROMPT_TITLE), timeout=1.0, interval=0.1):
            desktop.run(["xdotool", "mousemove", "5", "5"])  # off the spot the next prompt takes
            return
    raise AssertionError(f"the prompt did not close: {desktop.app_log()[-2000:]}")


def test_a_month_of_break_cycles_leaves_the_tray_app_where_it_was(running_app: RunningApp) -> None:
    desktop = running_app.desktop
    assert running_app.proc is not None
    pid = running_app.proc.pid
    baseline: float | None = None
    for cycle in range(1, CYCLES + 1):
        one_break(running_app, desktop, BUTTONS[cycle % len(BUTTONS)])
        if cycle % 5 == 0:  # re-plans in between, as a pause and a resume cause
            assert running_app.cli("pause", "30m").returncode == 0
            assert running_app.cli("pause", "off").returncode == 0
        if cycle == BASELINE_CYCLE:
            baseline = pss_mib(pid)
    assert running_app.cli("status").returncode == 0
    final = pss_mib(pid)
    journal = Journal.open_for_reading(running_app.data_dir / "journal.sqlite3", SystemClock())
    try:
        states = [r.state for r in journal.breaks() if r.slot_id.startswith("manual@")]
    finally:
        journal.close()
    assert len(states) == CYCLES
    assert states == [EXPECTED[c % len(EXPECTED)] for c in range(1, CYCLES + 1)]
    assert baseline is not None
    print(f"tray PSS after cycle {BASELINE_CYCLE}: {baseline:.2f} MiB, after cycle {CYCLES}: {final:.2f} MiB")
    assert final - baseline <= PSS_TOLERANCE_MIB, f"PSS grew {final - baseline:.2f} MiB over {CYCLES} cycles"
