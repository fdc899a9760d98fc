"""The journal's per-day aggregates always equal a recomputation from its rows: after
random writes and re-writes, after a migration backfills an older file, and when a slot
is recorded again."""

from __future__ import annotations

import random
import sqlite3
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from movebreak.domain.clock import FakeClock
from movebreak.domain.stats import BREAK_STATES, ExerciseRecord, tally_days, tally_exercises
from movebreak.storage.history_export import Range, summary_for
from movebreak.storage.journal import Journal
from movebreak.storage.journal_days import DAY_STATE_COLUMNS
from movebreak.storage.journal_schema import MIGRATIONS, SCHEMA_VERSION

BERLIN = ZoneInfo("Europe/Berlin")
ZONES = [timezone(timedelta(hours=h)) for h in (-7, 0, 2, 9)]
STATES = ["shown", "completed", "partial", "skipped", "snoozed", "missed", "natural-break"]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 27, 9, 0, tzinfo=BERLIN))


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "journal.sqlite3"


def exercises(rng: random.Random) -> list[ExerciseRecord]:
    return [
        ExerciseRecord(
            p,
            f"ex-{rng.randrange(5)}",
            rng.choice(["completed", "skipped", "not-reached"]),
            rng.randrange(0, 90),
        )
        for p in range(rng.randrange(0, 5))
    ]


def churn(journal: Journal, rng: random.Random, writes: int) -> None:
    """Random writes over 40 slots, so most land on a slot already there: new states, a
    planned start moved to another day, exercises changed, added alone, or before their break."""
    for _ in range(writes):
        slot = f"s{rng.randrange(40)}"
        start = datetime(2026, 3, 1, tzinfo=UTC) + timedelta(minutes=rng.randrange(60 * 24 * 12))
        start = start.astimezone(rng.choice(ZONES))
        kind = rng.random()
        if kind < 0.6:
            assert journal.record_routine(slot, start, 5, rng.choice(STATES), exercises(rng))
        elif kind < 0.8:
            assert journal.record_break(slot, start, 5, rng.choice(STATES))
        else:
            orphan = f"x{rng.randrange(10)}" if kind > 0.95 else slot
            assert journal.record_exercise(
                orphan, rng.randrange(5), f"ex-{rng.randrange(5)}", "completed", rng.randrange(90)
            )


def assert_matches_rows(journal: Journal) -> None:
    records = journal.breaks()
    assert journal.days_between(None, None) == tally_days(records)
    assert journal.exercises_between(None, None) == tally_exercises(records)
    days = sorted({r.local_day for r in records})
    first, last = days[len(days) // 4], days[3 * len(days) // 4]
    inside = [r for r in records if first <= r.local_day <= last]
    assert journal.days_between(first, last) == tally_days(inside)
    assert journal.exercises_between(first, last) == tally_exercises(inside)
    newest_first = sorted(tally_days(records), key=lambda t: t.day, reverse=True)
    assert list(journal.day_flags(date(2026, 12, 31))) == [(t.day, t.completed > 0, t.due > 0) for t in newest_first]


def raw(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_aggregates_equal_a_recomputation_after_random_rewrites(path, clock, seed):
    journal = Journal.open(path, clock)
    churn(journal, random.Random(seed), 400)
    assert_matches_rows(journal)
    # No row left behind at zero once a day or exercise has nothing more to count.
    any_break = " + ".join(DAY_STATE_COLUMNS.values())
    assert raw(path, f"SELECT COUNT(*) FROM days WHERE {any_break} <= 0") == [(0,)]
    assert raw(path, "SELECT COUNT(*) FROM day_exercises WHERE completed + skipped + not_reached <= 0") == [(0,)]
    journal.close()


def test_recording_a_slot_again_counts_it_once(path, clock):
    journal = Journal.open(path, clock)
    start = datetime(2026, 3, 27, 10, 0, tzinfo=BERLIN)
    done = [ExerciseRecord(0, "neck-tilt", "completed", 45), ExerciseRecord(1, "squat", "skipped", 0)]
    for _ in range(3):
        assert journal.record_routine("a", start, 5, "completed", done)
    # A late 'missed' from a resume must not replace what the person did.
    assert journal.record_break("a", start, 5, "missed")
    [day] = journal.days_between(None, None)
    assert (day.day, day.counts, day.seconds_moved) == (date(2026, 3, 27), {"completed": 1}, 45)
    assert [(t.exercise_id, t.completed, t.skipped) for t in journal.exercises_between(None, None)] == [
        ("neck-tilt", 1, 0),
        ("squat", 0, 1),
    ]
    # The same slot re-planned onto the next day takes its exercises along.
    assert journal.record_routine("a", start + timedelta(days=1), 5, "completed", done)
    assert [(t.day, t.counts, t.seconds_moved) for t in journal.days_between(None, None)] == [
        (date(2026, 3, 28), {"completed": 1}, 45)
    ]
    journal.close()


def test_migration_backfills_a_journal_written_before_the_aggregates(path, clock):
    """Build the file as schema 3 left it (the migrations before the aggregates, rows
    written as that version wrote them), then open it with today's movebreak."""
    conn = sqlite3.connect(path, isolation_level=None)
    for statements in MIGRATIONS[:3]:
        for sql in statements:
            conn.execute(sql)
    conn.execute("PRAGMA user_version = 3")
    conn.close()
    rng = random.Random(11)
    # The writes a version-3 app made are the same upserts; only the triggers are missing.
    older = Journal(sqlite3.connect(path, isolation_level=None), path, clock, writable=True)
    churn(older, rng, 300)
    older.close()
    assert raw(path, "SELECT name FROM sqlite_master WHERE name LIKE 'day_%'") == []

    journal = Journal.open(path, clock)
    assert journal.writable and journal.notice is None
    assert raw(path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert_matches_rows(journal)
    churn(journal, rng, 100)  # and the triggers keep it so from here on
    assert_matches_rows(journal)
    journal.close()


def test_summary_counts_breaks_by_their_own_local_day(path, clock):
    """A break planned late in the evening in another zone counts on its own local day,
    as the per-day chart shows it, whatever the zone the history is viewed from."""
    journal = Journal.open(path, clock)
    evening_in_tokyo = datetime(2026, 3, 26, 23, 30, tzinfo=timezone(timedelta(hours=9)))
    assert journal.record_routine(
        "tokyo", evening_in_tokyo, 5, "completed", [ExerciseRecord(0, "neck-tilt", "completed", 60)]
    )
    today = clock.now().date()
    only_26 = summary_for(journal, Range(date(2026, 3, 26), date(2026, 3, 26), BERLIN), today)
    only_27 = summary_for(journal, Range(today, today, BERLIN), today)
    assert (only_26.completed, only_26.minutes_moved) == (1, 1.0)
    assert (only_27.breaks, only_27.minutes_moved) == (0, 0.0)
    journal.close()


def test_every_break_state_has_a_column_in_the_day_table():
    """A state added to the domain needs a migration adding its column, or its breaks
    would vanish from every figure."""
    assert set(DAY_STATE_COLUMNS) == set(BREAK_STATES)
