"""Journal benchmark: stats for 30 days and all time, and opening the history window, on a
journal of 100,000 breaks and 400,000 exercise rows. Prints figures; asserts nothing.

Run: QT_QPA_PLATFORM=offscreen python bench/bench_journal.py [--breaks N] [--per-day N]
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from movebreak.domain.clock import FakeClock
from movebreak.domain.settings import BODY_AREAS
from movebreak.domain.stats import ExerciseRecord
from movebreak.storage.history_export import Range, summary_for
from movebreak.storage.journal import Journal
from movebreak.storage.journal_schema import MIGRATIONS, offset_min, utc_text

AGGREGATES_FROM = 3  # the schema version before the per-day aggregates (migration 4)

ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 3, 27, 16, 0, tzinfo=ZONE)
EXERCISES = [f"exercise-{i:02d}" for i in range(40)]
AREAS = {e: (BODY_AREAS[i % len(BODY_AREAS)], BODY_AREAS[(i * 3) % len(BODY_AREAS)]) for i, e in enumerate(EXERCISES)}
STATES = ["completed", "partial", "skipped", "snoozed", "missed", "natural-break", "suppressed"]


def seed(path: Path, breaks: int, per_day: int) -> int:
    """Bulk-load through one transaction (100k separate, fsync'd record_routine calls would
    take minutes and measure the disk, not the stats) into the schema as it was before the
    per-day aggregates, so opening it afterwards measures the migration that backfills them."""
    conn = sqlite3.connect(path, isolation_level=None)
    for statements in MIGRATIONS[:AGGREGATES_FROM]:
        for sql in statements:
            conn.execute(sql)
    conn.execute(f"PRAGMA user_version = {AGGREGATES_FROM}")
    conn.close()
    rng = random.Random(1)
    conn = sqlite3.connect(path)
    days = breaks // per_day + 1
    first = NOW - timedelta(days=days)
    exercise_rows = 0
    b_rows, e_rows = [], []
    for i in range(breaks):
        day = first + timedelta(days=i // per_day)
        start = (day.replace(hour=8) + timedelta(minutes=(i % per_day) * (600 // per_day))).astimezone(ZONE)
        state = rng.choices(STATES, [6, 2, 2, 1, 1, 1, 1])[0]
        b_rows.append(
            (
                f"slot-{i:07d}",
                utc_text(start),
                offset_min(start),
                5,
                utc_text(start),
                offset_min(start),
                state,
                "",
                utc_text(start),
                start.date().isoformat(),
            )
        )
        for p in range(4):
            outcome = "completed" if state == "completed" else rng.choice(["completed", "skipped", "not-reached"])
            e_rows.append(
                (
                    f"slot-{i:07d}",
                    p,
                    rng.choice(EXERCISES),
                    outcome,
                    45 if outcome == "completed" else 0,
                )
            )
            exercise_rows += 1
    conn.executemany(
        "INSERT INTO breaks (slot_id, planned_start_utc, planned_offset_min, planned_minutes,"
        " shown_at_utc, shown_offset_min, state, reason, updated_utc, local_day)"
        " VALUES (?,?,?,?,?,?,?,?,?,?)",
        b_rows,
    )
    conn.executemany("INSERT INTO exercises VALUES (?,?,?,?,?)", e_rows)
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return exercise_rows


def timed(fn: Callable[[], object], repeat: int, before: Callable[[], object] | None = None) -> tuple[float, ...]:
    """Wall-clock median, best and worst of `repeat` runs, and the median CPU time, in
    milliseconds; `before` runs untimed ahead of each (to switch back, so every run
    measures the same switch). CPU time is the steadier figure on a shared machine: other
    processes stretch the wall clock, not the work done here."""
    runs, cpu = [], []
    for _ in range(repeat):
        if before is not None:
            before()
        c0, t0 = time.process_time(), time.perf_counter()
        fn()
        runs.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return statistics.median(runs), min(runs), max(runs), statistics.median(cpu)


def report(label: str, figures: tuple[float, ...], goal: float | None = None) -> None:
    verdict = ""
    if goal is not None:
        verdict = f"   goal < {goal:.0f} ms: {'met' if figures[0] < goal else 'NOT MET'}"
    spread = f"{figures[1]:6.1f}–{figures[2]:6.1f}"
    print(f"  {label:<44} median {figures[0]:7.1f} ms ({spread}), CPU {figures[3]:7.1f} ms{verdict}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--breaks", type=int, default=100_000)
    parser.add_argument("--per-day", type=int, default=100, help="breaks per day (dense = pessimistic)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    with tempfile.TemporaryDirectory(prefix="movebreak-bench-") as tmp:
        path = Path(tmp) / "journal.sqlite3"
        t0 = time.perf_counter()
        n_ex = seed(path, args.breaks, args.per_day)
        print(
            f"journal: {args.breaks:,} breaks, {n_ex:,} exercise rows, {args.per_day}/day, "
            f"{path.stat().st_size / 1e6:.1f} MB (seeded in {time.perf_counter() - t0:.1f} s)"
        )
        clock = FakeClock(NOW)
        today = NOW.date()
        t0 = time.perf_counter()
        Journal.open(path, clock).close()
        print(f"  {'migration to per-day aggregates (once)':<44} {(time.perf_counter() - t0) * 1000:8.1f} ms")
        report("Journal.open (incl. quick_check)", timed(lambda: Journal.open(path, clock).close(), 5))
        journal = Journal.open(path, clock)
        areas = AREAS.get
        last30 = Range(today - timedelta(days=29), None, ZONE)
        everything = Range(None, None, ZONE)
        report(
            "stats, last 30 days (summary_for)",
            timed(lambda: summary_for(journal, last30, today, areas), 20),
            50,
        )
        report(
            "stats, all time (summary_for)",
            timed(lambda: summary_for(journal, everything, today, areas), 5),
            100,
        )
        report(
            "breaks(), last 30 days (records + exercises)",
            timed(lambda: journal.breaks(last30.since), 5),
        )
        slot = iter(range(10**9))
        ex = [ExerciseRecord(p, "exercise-01", "completed", 45) for p in range(4)]
        report(
            "record_routine (1 break + 4 exercises, fsync)",
            timed(
                lambda: journal.record_routine(f"new-{next(slot)}", NOW, 5, "completed", ex),
                50,
            ),
        )

        from PySide6.QtWidgets import QApplication, QWidget

        from movebreak.ui.history_window import HistoryWindow

        app = QApplication.instance() or QApplication([])

        def open_bare() -> None:
            w = QWidget()
            w.resize(980, 720)
            w.show()
            app.processEvents()
            w.close()
            w.deleteLater()

        def open_window() -> None:
            w = HistoryWindow(journal, clock, areas_of=areas)
            w.show()
            app.processEvents()
            w.close()
            w.deleteLater()

        open_bare()
        # Alternate the bare widget and the window, so a burst of load on the shared
        # machine falls on both.
        bare_runs: list[float] = []
        window_runs: list[float] = []
        bare_cpu: list[float] = []
        window_cpu: list[float] = []
        for _ in range(9):
            for fn, runs, cpu in ((open_bare, bare_runs, bare_cpu), (open_window, window_runs, window_cpu)):
                c0, t0 = time.process_time(), time.perf_counter()
                fn()
                runs.append((time.perf_counter() - t0) * 1000)
                cpu.append((time.process_time() - c0) * 1000)
        bare = statistics.median(bare_runs), min(bare_runs), max(bare_runs), statistics.median(bare_cpu)
        window = statistics.median(window_runs), min(window_runs), max(window_runs), statistics.median(window_cpu)
        report("bare QWidget: construct + show", bare)
        report("HistoryWindow: construct + show (30 days)", window, 100)
        print(f"  {'ratio HistoryWindow / bare QWidget':<44} {window[0] / max(bare[0], 1e-6):8.1f} x")
        w = HistoryWindow(journal, clock, areas_of=areas)
        w.show()
        app.processEvents()

        def switch(days: int | None) -> None:
            w.set_range(days)
            app.processEvents()

        report(
            "HistoryWindow: switch 30 days -> All",
            timed(lambda: switch(None), 9, before=lambda: switch(30)),
            100,
        )
        report(
            "HistoryWindow: switch All -> 30 days",
            timed(lambda: switch(30), 9, before=lambda: switch(None)),
        )
        report(
            "HistoryWindow: refresh (a break logged, 30 days)",
            timed(lambda: (w.refresh(), app.processEvents()), 9),
        )
        w.close()
        journal.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
