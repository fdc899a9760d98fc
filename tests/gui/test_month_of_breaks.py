"""A month of breaks through the journal, the stats and an open history window leaves the
process where it was after the first days: no Python memory growth beyond a small
tolerance, and the same number of Qt objects and widgets.

Memory is measured with tracemalloc (every Python allocation, so a record, a tally or a Qt
wrapper kept per break shows up); Qt's own C++ objects are counted instead. Peers' users
report leaks over days of running (Stretchly #1161, #1675): this is the check that a tray
app which logs ten breaks a day for a month does not grow."""

from __future__ import annotations

import gc
import random
import tracemalloc
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from movebreak.domain.clock import FakeClock
from movebreak.domain.stats import ExerciseRecord
from movebreak.storage.history_export import Range, summary_for
from movebreak.storage.journal import Journal
from movebreak.ui.history_window import HistoryWindow

# no_qt_log: pytest-qt would keep every Qt message of the month (offscreen's warnings on
# each show), which is the test's memory, not the app's.
pytestmark = [pytest.mark.slow, pytest.mark.no_qt_log, pytest.mark.timeout(600)]

BERLIN = ZoneInfo("Europe/Berlin")
START = datetime(2026, 3, 2, 8, 0, tzinfo=BERLIN)  # a Monday; the month spans the DST switch
BREAKS_PER_DAY = 10
HISTORY_DAYS = 21  # logged before the month: the window's table is full (200 rows) from day 1
DAYS = 30
WARM_DAYS = 5  # caches (SQLite statements, Qt styles, fonts) fill in the first days
# Python memory the last 25 days may add. A break's records alone are about 1 KiB, so
# keeping anything per break (250 breaks) would pass this several times over.
TOLERANCE_BYTES = 96 * 1024
EXERCISES = ["neck-tilt", "shoulder-rolls", "squat", "wrist-circles", "calf-raise"]
OUTCOMES = ["completed", "completed", "completed", "skipped", "missed", "partial", "snoozed"]


def live_qt(window: HistoryWindow) -> tuple[int, int]:
    return len(window.findChildren(QObject)), len(QApplication.allWidgets())


def python_bytes() -> int:
    gc.collect()
    current, _peak = tracemalloc.get_traced_memory()
    return current


def test_a_month_of_breaks_leaves_memory_where_it_was(qtbot, tmp_path: Path) -> None:
    clock = FakeClock(START)
    rng = random.Random(5)
    journal = Journal.open(tmp_path / "journal.sqlite3", clock)
    for day in range(1, HISTORY_DAYS + 1):
        for n in range(BREAKS_PER_DAY):
            start = START - timedelta(days=day) + timedelta(minutes=50 * n)
            assert journal.record_routine(
                f"old-{day}-{n}", start, 5, "completed", [ExerciseRecord(0, "squat", "completed", 45)]
            )
    window = HistoryWindow(journal, clock, areas_of=lambda e: ("neck",) if "neck" in e else ("legs",))
    qtbot.addWidget(window)
    window.show()
    ranges = [7, 30, None]
    live_qt(window)  # PySide6 builds its enum classes on first use: not during the month
    tracemalloc.start()
    try:
        marks: dict[int, tuple[int, tuple[int, int]]] = {}
        for day in range(DAYS):
            morning = START + timedelta(days=day)
            for n in range(BREAKS_PER_DAY):
                clock.set(morning + timedelta(minutes=50 * n))
                state = rng.choice(OUTCOMES)
                done = [
                    ExerciseRecord(p, rng.choice(EXERCISES), "completed" if state == "completed" else "skipped", 45)
                    for p in range(rng.randrange(1, 5))
                ]
                slot = f"{morning:%Y%m%d}-{n}"
                assert journal.record_break(slot, clock.now(), 5, "shown", shown_at=clock.now())
                assert journal.record_routine(slot, clock.now(), 5, state, done, shown_at=clock.now())
                window.refresh()  # as the app does when a break is logged
                QApplication.processEvents()
            # The person looks at the figures now and then.
            window.set_range(ranges[day % 3])
            QApplication.processEvents()
            summary_for(journal, Range(None, None, BERLIN), clock.now().date())
            if day + 1 in (WARM_DAYS, DAYS):
                # Counting first: findChildren makes a Python wrapper for each object
                # it returns, which is the test's memory, counted at both marks alike.
                qt = live_qt(window)
                marks[day + 1] = (python_bytes(), qt)
        (warm_bytes, warm_qt), (end_bytes, end_qt) = marks[WARM_DAYS], marks[DAYS]
    finally:
        tracemalloc.stop()
    assert len(journal.breaks()) == (HISTORY_DAYS + DAYS) * BREAKS_PER_DAY  # every row is there
    assert end_qt == warm_qt
    growth = end_bytes - warm_bytes
    assert growth < TOLERANCE_BYTES, f"Python memory grew by {growth / 1024:.1f} KiB over {DAYS - WARM_DAYS} days"
    window.close()
    journal.close()
