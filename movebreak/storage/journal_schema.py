"""The journal's schema, its migrations and the SQLite connection helpers it opens with."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import quote

# Each entry upgrades the schema by one version; user_version counts how many ran.
# Never edit a released entry: add a new one, and the migration test covers it.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (  # 1: breaks and exercises
        """CREATE TABLE breaks (
            slot_id TEXT PRIMARY KEY,
            planned_start_utc TEXT NOT NULL,
            planned_offset_min INTEGER NOT NULL,
            planned_minutes INTEGER NOT NULL,
            shown_at_utc TEXT,
            shown_offset_min INTEGER,
            state TEXT NOT NULL,
            updated_utc TEXT NOT NULL)""",
        """CREATE TABLE exercises (
            slot_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            exercise_id TEXT NOT NULL,
            outcome TEXT NOT NULL,
            seconds INTEGER NOT NULL,
            PRIMARY KEY (slot_id, position)) WITHOUT ROWID""",
    ),
    (  # 2: why a break ended as it did; ranges by start time use an index
        "ALTER TABLE breaks ADD COLUMN reason TEXT NOT NULL DEFAULT ''",
        "CREATE INDEX breaks_by_start ON breaks (planned_start_utc)",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)

WHY_WORDS = {  # sqlite3 primary result codes → words a person can act on
    5: "another program holds it locked",
    8: "the file is read-only",
    10: "the disk reported an input/output error",
    13: "the disk is full",
    14: "the file or its folder cannot be opened for writing",
    23: "permission was denied",
}
DAMAGED_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB
BREAK_COLUMNS = (
    "slot_id, planned_start_utc, planned_offset_min, planned_minutes,"
    " shown_at_utc, shown_offset_min, state, reason"
)
LOCAL_DAY_SQL = "date(b.planned_start_utc, printf('%+d minutes', b.planned_offset_min))"


def utc_text(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError(f"journal times must be timezone-aware, got {moment!r}")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def offset_min(moment: datetime) -> int:
    offset = moment.utcoffset()
    return int(offset.total_seconds() // 60) if offset is not None else 0


def zone_of(offset: int | None) -> timezone:
    return timezone(timedelta(minutes=offset or 0))


def from_row(utc: str | None, offset: int | None) -> datetime | None:
    return None if utc is None else datetime.fromisoformat(utc).astimezone(zone_of(offset))


def why(exc: sqlite3.Error) -> str:
    code = getattr(exc, "sqlite_errorcode", None)
    return WHY_WORDS.get(code & 0xFF, str(exc)) if code is not None else str(exc)


def utc_range(since: datetime | None, until: datetime | None) -> tuple[str, str]:
    return (
        utc_text(since) if since is not None else "",
        utc_text(until) if until is not None else "9999",
    )


def connect(target: str, *, uri: bool = False) -> sqlite3.Connection:
    # isolation_level=None: we issue BEGIN/COMMIT ourselves, so each call is one transaction.
    conn = sqlite3.connect(target, uri=uri, isolation_level=None, timeout=5.0)
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def read_only(path: Path) -> sqlite3.Connection:
    """Open for reading without creating or changing anything; a WAL journal in a
    read-only folder needs immutable=1 because its -shm file cannot be made."""
    base = f"file:{quote(str(path.resolve()))}"
    try:
        conn = connect(base + "?mode=ro", uri=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn = connect(base + "?mode=ro&immutable=1", uri=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn


def migrate(conn: sqlite3.Connection, start: int) -> None:
    for version in range(start, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[version]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except sqlite3.Error:
            if conn.in_transaction:
                conn.rollback()
            raise


def in_memory() -> sqlite3.Connection:
    conn = connect(":memory:")
    migrate(conn, 0)
    return conn


def upgraded_copy(conn: sqlite3.Connection, version: int) -> sqlite3.Connection:
    """An in-memory copy of an older journal, migrated, so reads see today's schema
    while the file itself stays untouched."""
    copy = connect(":memory:")
    conn.backup(copy)
    conn.close()
    migrate(copy, version)
    return copy
