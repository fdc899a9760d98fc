"""The journal's schema and migrations, the SQLite connections it opens with, and its upserts."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import quote

from movebreak.domain.stats import BREAK_STATES, EXERCISE_OUTCOMES, USER_OUTCOMES
from movebreak.storage.journal_days import DAY_AGGREGATES
from movebreak.texts import N_

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
    (  # 3: the local day stored, so per-day figures and streaks read an index, not every row
        "ALTER TABLE breaks ADD COLUMN local_day TEXT NOT NULL DEFAULT ''",
        "UPDATE breaks SET local_day = date(planned_start_utc, printf('%+d minutes', planned_offset_min))",
        "CREATE INDEX breaks_by_day ON breaks (local_day, state)",
    ),
    # 4: per-day aggregates kept by triggers, backfilled here (see journal_days)
    DAY_AGGREGATES,
)
SCHEMA_VERSION = len(MIGRATIONS)

WHY_WORDS = {  # sqlite3 primary result codes → words a person can act on
    5: N_("Journal", "another program holds it locked"),
    8: N_("Journal", "the file is read-only"),
    10: N_("Journal", "the disk reported an input/output error"),
    13: N_("Journal", "the disk is full"),
    14: N_("Journal", "the file or its folder cannot be opened for writing"),
    23: N_("Journal", "permission was denied"),
}
DAMAGED_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB
BREAK_COLUMNS = (
    "slot_id, planned_start_utc, planned_offset_min, planned_minutes, shown_at_utc, shown_offset_min, state, reason"
)
LOCAL_DAY_SQL = "b.local_day"


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


def _columns(conn: sqlite3.Connection) -> dict[str, set[str]]:
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {t: {r[1] for r in conn.execute(f"PRAGMA table_info({quote_name(t)})")} for t in tables}


def quote_name(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def schema_problem(conn: sqlite3.Connection, version: int) -> str | None:
    """Why the file is not a movebreak journal of the version it claims, or None.

    A foreign SQLite file (tables but user_version 0), a `breaks` table with other columns,
    or a user_version with no tables would stop logging on the first write."""
    found = _columns(conn)
    if version == 0:
        return f"it is not a movebreak journal (it has tables {', '.join(sorted(found))[:80]})" if found else None
    expected_conn = connect(":memory:")
    try:
        _migrate_to(expected_conn, min(version, SCHEMA_VERSION))
        expected = _columns(expected_conn)
    finally:
        expected_conn.close()
    for table, columns in expected.items():
        if table not in found:
            return f"its schema {version} lacks the table {table!r}"
        missing = columns - found[table]
        if missing:
            return f"its table {table!r} lacks the columns {', '.join(sorted(missing))}"
    return None


def _migrate_to(conn: sqlite3.Connection, version: int) -> None:
    for step in range(version):
        for statement in MIGRATIONS[step]:
            conn.execute(statement)


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


def fallback_connection(path: Path, why: str) -> tuple[sqlite3.Connection, bool, str]:
    """Read what can be read, log nothing, and say so."""
    notice = N_("Journal", "%1. Breaks are not being logged until this is fixed.", why) if why else ""
    try:
        conn = read_only(path)
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version < SCHEMA_VERSION:
            conn = upgraded_copy(conn, version)
        return conn, False, notice
    except sqlite3.Error:
        return in_memory(), False, notice


def break_upsert(
    slot_id: str,
    planned_start: datetime,
    planned_minutes: int,
    state: str,
    shown_at: datetime | None,
    reason: str,
    now: datetime,
) -> tuple[str, tuple[object, ...]]:
    """The upsert for one break row, keyed on its slot id."""
    if state not in BREAK_STATES:
        raise ValueError(f"unknown break state {state!r} (valid: {', '.join(BREAK_STATES)})")
    # A user outcome is only ever replaced by another user outcome; the first
    # shown-at is kept (a snoozed break shown again still started then).
    user = ", ".join(f"'{s}'" for s in sorted(USER_OUTCOMES))
    sql = (
        f"INSERT INTO breaks ({BREAK_COLUMNS}, updated_utc, local_day)"
        " VALUES (?,?,?,?,?,?,?,?,?,?)"
        " ON CONFLICT (slot_id) DO UPDATE SET"
        " planned_start_utc = excluded.planned_start_utc,"
        " planned_offset_min = excluded.planned_offset_min,"
        " planned_minutes = excluded.planned_minutes, local_day = excluded.local_day,"
        " shown_at_utc = COALESCE(breaks.shown_at_utc, excluded.shown_at_utc),"
        " shown_offset_min = COALESCE(breaks.shown_offset_min, excluded.shown_offset_min),"
        " state = excluded.state, reason = excluded.reason,"
        " updated_utc = excluded.updated_utc"
        f" WHERE breaks.state NOT IN ({user}) OR excluded.state IN ({user})"
    )
    params = (
        slot_id,
        utc_text(planned_start),
        offset_min(planned_start),
        int(planned_minutes),
        utc_text(shown_at) if shown_at else None,
        offset_min(shown_at) if shown_at else None,
        state,
        reason,
        utc_text(now),
        planned_start.date().isoformat(),  # the local day, by the offset in force
    )
    return sql, params


def exercise_upsert(
    slot_id: str, position: int, exercise_id: str, outcome: str, seconds: int
) -> tuple[str, tuple[object, ...]]:
    if outcome not in EXERCISE_OUTCOMES:
        raise ValueError(f"unknown exercise outcome {outcome!r} (valid: {', '.join(EXERCISE_OUTCOMES)})")
    sql = (
        "INSERT INTO exercises (slot_id, position, exercise_id, outcome, seconds)"
        " VALUES (?,?,?,?,?) ON CONFLICT (slot_id, position) DO UPDATE SET"
        " exercise_id = excluded.exercise_id, outcome = excluded.outcome,"
        " seconds = excluded.seconds"
    )
    return sql, (slot_id, int(position), exercise_id, outcome, max(0, int(seconds)))
