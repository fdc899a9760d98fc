"""Opening the journal file: check, migrate, recover; never raise for the app.

`open_writable` gives the connection the app logs into, or the best read-only stand-in with
the notice that says why: a damaged file (or one of the wrong shape) is moved aside with its
WAL and a fresh journal is begun, a file from a newer movebreak is read but not written, an
unwritable file or folder is read (or replaced by an empty in-memory journal).
`open_read_only` is for commands that must not change anything. storage.journal.Journal
wraps either connection."""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC
from pathlib import Path

from movebreak.domain.clock import Clock
from movebreak.storage.journal_schema import (
    DAMAGED_CODES,
    SCHEMA_VERSION,
    connect,
    fallback_connection,
    in_memory,
    migrate,
    read_only,
    schema_problem,
    upgraded_copy,
    why,
)
from movebreak.texts import N_

log = logging.getLogger(__name__)

# A connection, whether breaks can be logged into it, and what to tell the user (or None).
Opened = tuple[sqlite3.Connection, bool, str | None]


def open_writable(path: Path, clock: Clock) -> Opened:
    """Open or create the journal for logging. Never raises; see the module doc."""
    conn: sqlite3.Connection | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = connect(str(path))
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise sqlite3.DatabaseError(f"integrity check failed: {check}")
        # A file of the wrong shape is moved aside like a damaged one, never written into.
        wrong = schema_problem(conn, version) if version <= SCHEMA_VERSION else None
        if wrong:
            raise sqlite3.DatabaseError(wrong)
    except sqlite3.DatabaseError as exc:
        if conn is not None:
            conn.close()
        code = getattr(exc, "sqlite_errorcode", None)
        if isinstance(exc, sqlite3.OperationalError) and (code or 0) & 0xFF not in DAMAGED_CODES:
            return fallback_connection(
                path, N_("Journal", "The journal %1 cannot be opened for writing: %2", path, why(exc))
            )
        return start_over(path, clock, exc)
    except OSError as exc:
        return fallback_connection(
            path, N_("Journal", "The journal folder %1 cannot be created: %2", path.parent, exc.strerror or exc)
        )

    if version > SCHEMA_VERSION:
        conn.close()
        conn, _, _ = fallback_connection(path, "")
        return (
            conn,
            False,
            N_(
                "Journal",
                "The journal %1 was written by a newer movebreak (schema %2; this version knows up to %3). "
                "History is shown, but breaks are not logged until you update movebreak.",
                path,
                version,
                SCHEMA_VERSION,
            ),
        )
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        migrate(conn, version)
        # Prove the file takes writes now, rather than failing on the first outcome.
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        settle_unfinished(conn)
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        if conn.in_transaction:
            conn.rollback()
        conn.close()
        return fallback_connection(path, N_("Journal", "The journal %1 cannot be written: %2", path, why(exc)))
    return conn, True, None


def start_over(path: Path, clock: Clock, exc: Exception) -> Opened:
    """Keep the damaged file (and its WAL) under a new name; begin a fresh journal."""
    stamp = clock.now().astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    kept = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while kept.exists():
        n += 1
        kept = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    try:
        path.rename(kept)
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                side.rename(kept.with_name(kept.name + suffix))
    except OSError as move_error:
        return (
            in_memory(),
            False,
            N_(
                "Journal",
                "The journal %1 is damaged (%2) and could not be moved aside (%3). Breaks are not being logged.",
                path,
                exc,
                move_error.strerror or move_error,
            ),
        )
    log.warning("journal %s is damaged (%s); kept as %s", path, exc, kept)
    conn, writable, fresh_notice = open_writable(path, clock)
    notice = N_(
        "Journal",
        "The journal %1 was damaged and could not be read (%2). It was kept as %3 and a new journal was started.",
        path,
        exc,
        kept.name,
    )
    if fresh_notice:
        log.warning("%s", fresh_notice)
        # Two sentences one after the other (Japanese and Chinese put no space between).
        notice = N_("Journal", "%1 %2", notice, fresh_notice)
    return conn, writable, notice


def open_read_only(path: Path) -> sqlite3.Connection:
    """An existing journal, never migrated, moved or created (an older schema is read
    through an upgraded in-memory copy). Raises sqlite3.Error if it cannot be read."""
    conn = read_only(path)
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    conn.execute("PRAGMA quick_check").fetchone()
    if version < SCHEMA_VERSION:
        conn = upgraded_copy(conn, version)
    return conn


def settle_unfinished(conn: sqlite3.Connection) -> int:
    """Breaks a crash left 'shown' take the state their journaled exercises give.

    When a prompt opens, every exercise of its routine is journaled as not reached (the flow
    does that), and each outcome replaces its row as the user goes. So at the next start a
    break still 'shown' is settled as the prompt itself would have been: every exercise
    completed is 'completed', some is 'partial', none is 'skipped'. Runs inside the opening
    transaction, before this process journals anything; returns how many were settled."""
    shown = [row[0] for row in conn.execute("SELECT slot_id FROM breaks WHERE state = 'shown'")]
    for slot_id in shown:
        outcomes = [row[0] for row in conn.execute("SELECT outcome FROM exercises WHERE slot_id = ?", (slot_id,))]
        done = outcomes.count("completed")
        state = "completed" if outcomes and done == len(outcomes) else "partial" if done else "skipped"
        conn.execute("UPDATE breaks SET state = ? WHERE slot_id = ?", (state, slot_id))
    return len(shown)
