"""The journal stores what happened, once per slot, in UTC plus offset, and migrates forward."""

from __future__ import annotations

import random
import sqlite3
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from movebreak.domain.clock import FakeClock
from movebreak.domain.stats import ExerciseRecord, tally_days, tally_exercises
from movebreak.errors import JournalError
from movebreak.storage.journal import Journal
from movebreak.storage.journal_schema import MIGRATIONS, SCHEMA_VERSION

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 27, 9, 0, tzinfo=BERLIN))


@pytest.fixture
def journal(tmp_path: Path, clock: FakeClock):
    j = Journal.open(tmp_path / "journal.sqlite3", clock)
    yield j
    j.close()


def raw(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_break_is_stored_in_utc_with_the_local_offset(journal, tmp_path):
    start = datetime(2026, 3, 27, 10, 30, tzinfo=BERLIN)  # CET, +01:00
    assert journal.record_break("s1", start, 5, "shown", shown_at=start)
    rows = raw(tmp_path / "journal.sqlite3", "SELECT planned_start_utc, planned_offset_min FROM breaks")
    assert rows == [("2026-03-27T09:30:00Z", 60)]
    [record] = journal.breaks()
    assert record.planned_start == start
    assert record.planned_start.utcoffset() == timedelta(hours=1)


def test_offset_is_the_one_in_force_at_the_time(journal):
    before = datetime(2026, 3, 28, 10, 0, tzinfo=BERLIN)
    after = datetime(2026, 3, 30, 10, 0, tzinfo=BERLIN)  # after the switch to CEST
    journal.record_break("a", before, 5, "completed")
    journal.record_break("b", after, 5, "completed")
    offsets = [r.planned_start.utcoffset() for r in journal.breaks()]
    assert offsets == [timedelta(hours=1), timedelta(hours=2)]


def test_recording_the_same_slot_twice_keeps_one_row(journal, tmp_path):
    start = datetime(2026, 3, 27, 10, 0, tzinfo=BERLIN)
    ex = [ExerciseRecord(0, "neck-tilt", "completed", 60), ExerciseRecord(1, "wrist", "skipped", 0)]
    for _ in range(3):
        assert journal.record_routine("s1", start, 5, "completed", ex, shown_at=start)
        assert journal.record_exercise("s1", 1, "wrist", "skipped", 0)
    path = tmp_path / "journal.sqlite3"
    assert raw(path, "SELECT count(*) FROM breaks") == [(1,)]
    assert raw(path, "SELECT count(*) FROM exercises") == [(2,)]


def test_a_late_missed_does_not_overwrite_what_the_user_did(journal):
    start = datetime(2026, 3, 27, 10, 0, tzinfo=BERLIN)
    journal.record_break("s1", start, 5, "shown", shown_at=start)
    journal.record_break("s1", start, 5, "completed")
    journal.record_break("s1", start, 5, "missed", reason="resume")
    journal.record_break("s1", start, 5, "shown", shown_at=start + timedelta(minutes=9))
    [record] = journal.breaks()
    assert record.state == "completed"
    assert record.shown_at == start


def test_a_user_outcome_can_be_corrected_by_another(journal):
    start = datetime(2026, 3, 27, 10, 0, tzinfo=BERLIN)
    journal.record_break("s1", start, 5, "snoozed")
    journal.record_break("s1", start, 5, "partial")
    journal.record_break("s1", start, 5, "completed")
    assert [r.state for r in journal.breaks()] == ["completed"]


def test_unknown_state_and_naive_times_are_refused(journal):
    start = datetime(2026, 3, 27, 10, 0, tzinfo=BERLIN)
    with pytest.raises(ValueError, match="valid: shown"):
        journal.record_break("s1", start, 5, "done")
    with pytest.raises(ValueError, match="valid: completed"):
        journal.record_exercise("s1", 0, "x", "done", 3)
    with pytest.raises(ValueError, match="timezone-aware"):
        journal.record_break("s1", datetime(2026, 3, 27, 10, 0), 5, "completed")  # noqa: DTZ001


def test_wal_and_full_sync_are_on(journal, tmp_path):
    assert raw(tmp_path / "journal.sqlite3", "PRAGMA journal_mode") == [("wal",)]
    assert journal.durability == ("wal", "full")


def test_recent_exercise_ids_are_completed_ones_newest_first(journal, clock):
    t0 = clock.now()
    journal.record_routine("a", t0 - timedelta(days=3), 5, "completed", [ExerciseRecord(0, "old", "completed", 30)])
    journal.record_routine(
        "b",
        t0 - timedelta(hours=2),
        5,
        "partial",
        [ExerciseRecord(0, "first", "completed", 30), ExerciseRecord(1, "no", "skipped", 0)],
    )
    journal.record_routine("c", t0 - timedelta(hours=1), 5, "completed", [ExerciseRecord(0, "last", "completed", 30)])
    assert journal.recent_exercise_ids(t0 - timedelta(days=1)) == ["last", "first"]


def test_breaks_range_is_half_open(journal):
    base = datetime(2026, 3, 27, 10, 0, tzinfo=BERLIN)
    for i in range(4):
        journal.record_break(f"s{i}", base + timedelta(hours=i), 5, "completed")
    got = journal.breaks(base + timedelta(hours=1), base + timedelta(hours=3))
    assert [r.slot_id for r in got] == ["s1", "s2"]
    assert [r.slot_id for r in journal.recent_breaks(2)] == ["s3", "s2"]


def seed_random(journal: Journal, rng: random.Random, n: int) -> None:
    zones = [timezone(timedelta(hours=h)) for h in (-7, 0, 2, 9)]
    states = ["completed", "partial", "skipped", "snoozed", "missed", "natural-break", "suppressed"]
    for i in range(n):
        start = datetime(2026, 3, 1, tzinfo=UTC) + timedelta(minutes=rng.randrange(0, 60 * 24 * 20))
        start = start.astimezone(rng.choice(zones))
        ex = [
            ExerciseRecord(
                p,
                f"ex-{rng.randrange(6)}",
                rng.choice(["completed", "skipped", "not-reached"]),
                rng.randrange(0, 90),
            )
            for p in range(rng.randrange(0, 4))
        ]
        journal.record_routine(f"s{i}", start, 5, rng.choice(states), ex)


def test_sql_aggregates_match_the_pure_tallies(journal):
    seed_random(journal, random.Random(7), 300)
    since = datetime(2026, 3, 5, tzinfo=UTC)
    until = datetime(2026, 3, 15, tzinfo=UTC)
    records = journal.breaks(since, until)
    assert journal.day_tallies(since, until) == tally_days(records)
    assert journal.exercise_tallies(since, until) == tally_exercises(records)
    assert journal.day_tallies() == tally_days(journal.breaks())


def test_local_day_follows_the_stored_offset(journal):
    late = datetime(2026, 3, 27, 23, 30, tzinfo=timezone(timedelta(hours=2)))  # 21:30 UTC
    early = datetime(2026, 3, 27, 0, 30, tzinfo=timezone(timedelta(hours=-5)))  # 05:30 UTC
    journal.record_break("late", late, 5, "completed")
    journal.record_break("early", early, 5, "completed")
    assert [t.day.isoformat() for t in journal.day_tallies()] == ["2026-03-27"]


# -- schema versions ---------------------------------------------------------------


def build_version(path: Path, version: int) -> None:
    """A journal as an older movebreak left it: migrations up to `version`, one row."""
    conn = sqlite3.connect(path, isolation_level=None)
    for statements in MIGRATIONS[:version]:
        for sql in statements:
            conn.execute(sql)
    conn.execute(f"PRAGMA user_version = {version}")
    if version >= 1:
        conn.execute(
            "INSERT INTO breaks (slot_id, planned_start_utc, planned_offset_min, planned_minutes,"
            " shown_at_utc, shown_offset_min, state, updated_utc)"
            " VALUES ('old', '2026-01-05T09:00:00Z', 60, 5, NULL, NULL, 'completed', '')"
        )
        conn.execute("INSERT INTO exercises VALUES ('old', 0, 'neck-tilt', 'completed', 45)")
    if version >= 3:  # from version 3 on, movebreak writes the local day with each row
        conn.execute("UPDATE breaks SET local_day = '2026-01-05' WHERE slot_id = 'old'")
    conn.close()


def schema_of(path: Path) -> list[tuple]:
    return raw(path, "SELECT type, name, sql FROM sqlite_master ORDER BY name")


@pytest.mark.parametrize("version", range(SCHEMA_VERSION))
def test_every_older_version_migrates_forward_keeping_rows(tmp_path, clock, version):
    old = tmp_path / "old.sqlite3"
    build_version(old, version)
    j = Journal.open(old, clock)
    assert j.writable and j.notice is None
    assert raw(old, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    if version >= 1:
        [record] = j.breaks()
        assert (record.slot_id, record.state, record.reason) == ("old", "completed", "")
        assert record.exercises == (ExerciseRecord(0, "neck-tilt", "completed", 45),)
        # 09:00 UTC at +01:00 is 10:00 on 5 January, wherever the day is computed.
        assert [t.day.isoformat() for t in j.day_tallies()] == ["2026-01-05"]
        assert list(j.day_flags(date(2026, 1, 31))) == [(date(2026, 1, 5), True, True)]
    assert j.record_break("new", clock.now(), 5, "completed", reason="after migration")
    j.close()
    fresh = tmp_path / "fresh.sqlite3"
    Journal.open(fresh, clock).close()
    assert schema_of(old) == schema_of(fresh)


def test_newer_version_is_read_but_never_written(tmp_path, clock):
    path = tmp_path / "journal.sqlite3"
    j = Journal.open(path, clock)
    j.record_break("s1", clock.now(), 5, "completed")
    j.close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    told: list[str] = []
    j = Journal.open(path, clock, on_notice=told.append)
    assert not j.writable
    assert j.notice is not None and "newer movebreak" in j.notice
    assert told == [j.notice]
    assert j.record_break("s2", clock.now(), 5, "completed") is False
    assert [r.slot_id for r in j.breaks()] == ["s1"]
    j.close()
    assert path.read_bytes() == before


def test_open_for_reading_changes_nothing(tmp_path, clock):
    path = tmp_path / "old.sqlite3"
    build_version(path, 1)
    before = path.read_bytes()
    j = Journal.open_for_reading(path, clock)
    assert [r.slot_id for r in j.breaks()] == ["old"]
    j.close()
    assert path.read_bytes() == before
    with pytest.raises(JournalError, match="cannot read"):
        Journal.open_for_reading(tmp_path / "missing.sqlite3", clock)
    assert not (tmp_path / "missing.sqlite3").exists()


def test_taken_breaks_are_done_partial_and_natural_ones_from_shown_to_written(journal, clock):
    from movebreak.domain.planner import TakenBreak

    t0 = clock.now()
    journal.record_break("done", t0, 5, "shown", shown_at=t0 + timedelta(minutes=1))
    clock.advance(timedelta(minutes=6))
    journal.record_break("done", t0, 5, "completed")
    journal.record_break("skip", t0 + timedelta(minutes=30), 5, "skipped", shown_at=t0 + timedelta(minutes=30))
    clock.advance(timedelta(hours=1))
    journal.record_break("away", t0 + timedelta(minutes=66), 5, "natural-break")
    journal.record_break("slept", t0 + timedelta(minutes=70), 5, "missed")
    since = t0 - timedelta(hours=1)
    assert journal.taken_breaks(since) == [
        TakenBreak(t0 + timedelta(minutes=1), t0 + timedelta(minutes=6), "done"),
        TakenBreak(t0 + timedelta(minutes=66), t0 + timedelta(minutes=66), "away"),
    ]
    assert journal.taken_breaks(t0 + timedelta(minutes=7)) == [
        TakenBreak(t0 + timedelta(minutes=66), t0 + timedelta(minutes=66), "away")
    ]
