"""A file of the wrong shape at the journal's path is kept untouched under a new name and a
fresh journal is started, exactly like a damaged one: never written into, never lost."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from movebreak.domain.clock import FakeClock
from movebreak.storage.journal import Journal
from movebreak.storage.journal_schema import MIGRATIONS, SCHEMA_VERSION

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 27, 9, 0, 5, tzinfo=BERLIN))


def _make(path, *statements: str) -> bytes:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path.read_bytes()


SHAPES = {
    "breaks table with other columns": (
        "CREATE TABLE breaks (id INTEGER PRIMARY KEY, note TEXT)",
        "CREATE TABLE exercises (x TEXT)",
        f"PRAGMA user_version = {SCHEMA_VERSION}",
    ),
    "user_version with no tables": (f"PRAGMA user_version = {SCHEMA_VERSION}",),
    "an older version missing a table": ("PRAGMA user_version = 1",),
    "a foreign SQLite file": ("CREATE TABLE songs (title TEXT)", "INSERT INTO songs VALUES ('mine')"),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_journal_of_the_wrong_shape_is_kept_and_a_fresh_one_started(tmp_path, clock, shape) -> None:
    path = tmp_path / "journal.sqlite3"
    original = _make(path, *SHAPES[shape])
    told: list[str] = []
    journal = Journal.open(path, clock, on_notice=told.append)
    kept = tmp_path / "journal.sqlite3.corrupt-20260327T080005Z"
    assert kept.read_bytes() == original  # byte for byte: nothing was added to it
    assert journal.writable
    assert journal.record_break("s1", clock.now(), 5, "completed")
    assert len(told) == 1 and kept.name in told[0] and "new journal was started" in told[0]
    journal.close()
    again = Journal.open(path, clock)
    assert again.notice is None and [r.slot_id for r in again.breaks()] == ["s1"]
    again.close()


def test_an_older_journal_of_the_right_shape_is_migrated_in_place(tmp_path, clock) -> None:
    path = tmp_path / "journal.sqlite3"
    _make(path, *MIGRATIONS[0], "PRAGMA user_version = 1")
    journal = Journal.open(path, clock)
    assert journal.notice is None and journal.writable
    assert journal.record_break("s1", clock.now(), 5, "completed")
    journal.close()
    assert list(tmp_path.glob("*.corrupt-*")) == []
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
