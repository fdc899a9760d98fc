"""The completion journal: one SQLite row per planned slot and per exercise, never lost.

Durability: WAL with synchronous=FULL, one transaction per call, so a write that
returned True survives a crash or a kill. Idempotency: rows are keyed on the slot's
stable id (and the exercise's position), and writes are upserts.

Failure policy: `Journal.open` never raises. A damaged file is moved aside, a file from
a newer movebreak is opened read-only, and an unwritable file or folder is read (or
replaced by an empty in-memory journal) without logging. Write methods never raise for
storage failures either: they return False and set `notice` once per kind of failure.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

from movebreak.domain.clock import Clock
from movebreak.domain.planner import TakenBreak
from movebreak.domain.states import BreakState
from movebreak.domain.stats import (
    BreakRecord,
    DayTally,
    ExerciseRecord,
    ExerciseTally,
)
from movebreak.errors import JournalError
from movebreak.storage import journal_days
from movebreak.storage.journal_schema import (
    BREAK_COLUMNS,
    DAMAGED_CODES,
    LOCAL_DAY_SQL,
    SCHEMA_VERSION,
    break_upsert,
    connect,
    exercise_upsert,
    fallback_connection,
    from_row,
    in_memory,
    migrate,
    read_only,
    schema_problem,
    upgraded_copy,
    utc_range,
    utc_text,
    why,
    zone_of,
)

log = logging.getLogger(__name__)
T = TypeVar("T")

# What resets the sitting clock (domain.planner.TakenBreak); skipped and snoozed do not.
TAKEN_STATES = (BreakState.COMPLETED, BreakState.PARTIAL, BreakState.NATURAL_BREAK)


class Journal:
    """Read and write the journal. Build it with Journal.open() (for the app) or
    Journal.open_for_reading() (for commands that must not change anything)."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        clock: Clock,
        *,
        writable: bool,
        notice: str | None = None,
        on_notice: Callable[[str], None] | None = None,
    ) -> None:
        self._conn = conn
        self.path = path
        self._clock = clock
        self.writable = writable
        self.notice: str | None = None
        self._on_notice = on_notice
        self._told: set[str] = set()
        if notice:
            self._tell(notice)

    # -- opening -------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, clock: Clock, on_notice: Callable[[str], None] | None = None) -> Journal:
        """Open or create the journal for logging. Never raises; see the module doc."""
        path = Path(path)

        def make(conn: sqlite3.Connection, writable: bool, notice: str | None) -> Journal:
            return cls(conn, path, clock, writable=writable, notice=notice, on_notice=on_notice)

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
                return make(*fallback_connection(path, f"The journal {path} cannot be opened for writing: {why(exc)}"))
            return make(*cls._start_over(path, clock, exc))
        except OSError as exc:
            return make(
                *fallback_connection(path, f"The journal folder {path.parent} cannot be created: {exc.strerror}")
            )

        if version > SCHEMA_VERSION:
            conn.close()
            conn, _, _ = fallback_connection(path, "")
            return make(
                conn,
                False,
                (
                    f"The journal {path} was written by a newer movebreak (schema {version}; this "
                    f"version knows up to {SCHEMA_VERSION}). History is shown, but breaks are not "
                    "logged until you update movebreak."
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
            return make(*fallback_connection(path, f"The journal {path} cannot be written: {why(exc)}"))
        return make(conn, True, None)

    @classmethod
    def _start_over(cls, path: Path, clock: Clock, exc: Exception) -> tuple[sqlite3.Connection, bool, str]:
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
                (
                    f"The journal {path} is damaged ({exc}) and could not be moved aside "
                    f"({move_error.strerror}). Breaks are not being logged."
                ),
            )
        log.warning("journal %s is damaged (%s); kept as %s", path, exc, kept)
        fresh = cls.open(path, clock)
        notice = (
            f"The journal {path} was damaged and could not be read ({exc}). It was kept as "
            f"{kept.name} and a new journal was started."
        )
        if fresh.notice:
            notice += " " + fresh.notice
        return fresh._conn, fresh.writable, notice

    @classmethod
    def open_for_reading(cls, path: Path, clock: Clock) -> Journal:
        """Open an existing journal without changing it (the file is never migrated,
        moved or created). Raises JournalError if it cannot be read."""
        path = Path(path)
        try:
            conn = read_only(path)
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            conn.execute("PRAGMA quick_check").fetchone()
            if version < SCHEMA_VERSION:
                conn = upgraded_copy(conn, version)
        except sqlite3.Error as exc:
            raise JournalError(f"cannot read the journal: {why(exc)}", source=str(path)) from exc
        return cls(conn, path, clock, writable=False)

    def close(self) -> None:
        self._conn.close()

    # -- notices -------------------------------------------------------------------

    def _tell(self, message: str) -> None:
        if message in self._told:
            return
        self._told.add(message)
        self.notice = message
        log.warning("%s", message)
        if self._on_notice is not None:
            self._on_notice(message)

    def take_notice(self) -> str | None:
        """The pending notice, cleared so the app shows it once."""
        message, self.notice = self.notice, None
        return message

    # -- writing -------------------------------------------------------------------

    def _write(self, statements: Iterable[tuple[str, tuple[object, ...]]]) -> bool:
        """Run the statements as one transaction: all rows land, or none do."""
        if not self.writable:
            return False
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            for sql, params in statements:
                conn.execute(sql, params)
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                try:
                    conn.rollback()
                except sqlite3.Error:
                    log.debug("rollback failed after %s", exc)
            self._tell(
                f"Could not save a break to {self.path}: {why(exc)}. "
                "Recent breaks may be missing from your history until this is fixed."
            )
            return False
        return True

    def record_break(
        self,
        slot_id: str,
        planned_start: datetime,
        planned_minutes: int,
        state: str,
        *,
        shown_at: datetime | None = None,
        reason: str = "",
    ) -> bool:
        """Upsert the slot's row. True once durable; False if not written (see notice)."""
        stmt = break_upsert(slot_id, planned_start, planned_minutes, state, shown_at, reason, self._clock.now())
        return self._write([stmt])

    def record_exercise(self, slot_id: str, position: int, exercise_id: str, outcome: str, seconds: int) -> bool:
        """Upsert one exercise of a slot's routine (keyed on slot and position)."""
        return self._write([exercise_upsert(slot_id, position, exercise_id, outcome, seconds)])

    def record_routine(
        self,
        slot_id: str,
        planned_start: datetime,
        planned_minutes: int,
        state: str,
        exercises: Sequence[ExerciseRecord],
        *,
        shown_at: datetime | None = None,
        reason: str = "",
    ) -> bool:
        """The break and all its exercises in one transaction."""
        stmts = [break_upsert(slot_id, planned_start, planned_minutes, state, shown_at, reason, self._clock.now())]
        stmts += [exercise_upsert(slot_id, e.position, e.exercise_id, e.outcome, e.seconds) for e in exercises]
        return self._write(stmts)

    # -- reading -------------------------------------------------------------------

    def _query(self, sql: str, params: tuple[object, ...] = ()) -> list[Any]:
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            self._tell(f"Could not read the journal {self.path}: {why(exc)}.")
            return []

    def recent_exercise_ids(self, since: datetime) -> list[str]:
        """Completed exercise ids of breaks planned since then, most recent first."""
        rows = self._query(
            "SELECT e.exercise_id FROM exercises e JOIN breaks b ON b.slot_id = e.slot_id"
            " WHERE e.outcome = 'completed' AND b.planned_start_utc >= ?"
            " ORDER BY b.planned_start_utc DESC, e.position DESC",
            (utc_text(since),),
        )
        return [str(r[0]) for r in rows]

    def breaks(self, since: datetime | None = None, until: datetime | None = None) -> list[BreakRecord]:
        """Breaks planned in [since, until) with their exercises, oldest first."""
        where = "b.planned_start_utc >= ? AND b.planned_start_utc < ?"
        return self._records(f"WHERE {where} ORDER BY b.planned_start_utc, b.slot_id", utc_range(since, until))

    def recent_breaks(self, limit: int, since: datetime | None = None) -> list[BreakRecord]:
        """The newest `limit` breaks planned since then, newest first."""
        return self._records(
            "WHERE b.planned_start_utc >= ? ORDER BY b.planned_start_utc DESC, b.slot_id DESC LIMIT ?",
            (utc_range(since, None)[0], int(limit)),
        )

    def _records(self, tail: str, params: tuple[object, ...]) -> list[BreakRecord]:
        rows = self._query(f"SELECT {BREAK_COLUMNS} FROM breaks b {tail}", params)
        if not rows:
            return []
        found: dict[str, list[ExerciseRecord]] = {}
        ex_rows = self._query(
            "SELECT e.slot_id, e.position, e.exercise_id, e.outcome, e.seconds FROM exercises e"
            f" WHERE e.slot_id IN (SELECT b.slot_id FROM breaks b {tail})"
            " ORDER BY e.slot_id, e.position",
            params,
        )
        for slot_id, position, exercise_id, outcome, seconds in ex_rows:
            found.setdefault(str(slot_id), []).append(
                ExerciseRecord(int(position), str(exercise_id), str(outcome), int(seconds))
            )
        return [
            BreakRecord(
                slot_id=str(r[0]),
                planned_start=datetime.fromisoformat(r[1]).astimezone(zone_of(r[2])),
                planned_minutes=int(r[3]),
                shown_at=from_row(r[4], r[5]),
                state=str(r[6]),
                reason=str(r[7]),
                exercises=tuple(found.get(str(r[0]), ())),
            )
            for r in rows
        ]

    def day_tallies(self, since: datetime | None = None, until: datetime | None = None) -> list[DayTally]:
        """Per local day (by the offset stored with each break): counts per state and
        seconds moved. Aggregated in SQL so it stays fast on a large journal."""
        where = "b.planned_start_utc >= ? AND b.planned_start_utc < ?"
        params = utc_range(since, until)
        days: dict[date, DayTally] = {}
        for day, state, n in self._query(
            # '+' keeps SQLite from walking the whole by-day index for the grouping
            # when the by-start index narrows a range to a few rows.
            f"SELECT {LOCAL_DAY_SQL} AS d, b.state, COUNT(*) FROM breaks b WHERE {where}"
            f" GROUP BY +{LOCAL_DAY_SQL}, b.state",
            params,
        ):
            key = date.fromisoformat(str(day))
            days.setdefault(key, DayTally(key)).counts[str(state)] = int(n)
        for day, seconds in self._query(
            # CROSS JOIN keeps breaks as the outer loop: the range picks a few breaks,
            # rather than scanning every exercise row.
            f"SELECT {LOCAL_DAY_SQL} AS d, SUM(e.seconds) FROM breaks b"
            " CROSS JOIN exercises e ON e.slot_id = b.slot_id"
            f" WHERE {where} AND e.outcome = 'completed'"
            " GROUP BY d",
            params,
        ):
            key = date.fromisoformat(str(day))
            days.setdefault(key, DayTally(key)).seconds_moved = int(seconds)
        return [days[d] for d in sorted(days)]

    def exercise_tallies(self, since: datetime | None = None, until: datetime | None = None) -> list[ExerciseTally]:
        """Per exercise id over breaks planned in [since, until), sorted by id."""
        rows = self._query(
            "SELECT e.exercise_id, SUM(e.outcome = 'completed'), SUM(e.outcome = 'skipped'),"
            " SUM(e.outcome = 'not-reached'),"
            " SUM(CASE WHEN e.outcome = 'completed' THEN e.seconds ELSE 0 END)"
            " FROM breaks b CROSS JOIN exercises e ON e.slot_id = b.slot_id"
            " WHERE b.planned_start_utc >= ? AND b.planned_start_utc < ?"
            " GROUP BY e.exercise_id ORDER BY e.exercise_id",
            utc_range(since, until),
        )
        return [ExerciseTally(str(r[0]), int(r[1]), int(r[2]), int(r[3]), int(r[4])) for r in rows]

    def days_between(self, first: date | None, last: date | None) -> list[DayTally]:
        """Per stored local day in [first, last] (either end open), from the per-day
        aggregates: one row per day, however many breaks there are."""
        return self._read(lambda: journal_days.day_tallies(self._conn, first, last), [])

    def exercises_between(self, first: date | None, last: date | None) -> list[ExerciseTally]:
        """Per exercise id over the stored local days [first, last], from the aggregates."""
        return self._read(lambda: journal_days.exercise_tallies(self._conn, first, last), [])

    def day_flags(self, until: date) -> Iterator[tuple[date, bool, bool]]:
        """(day, any completed, any due) per local day up to `until`, newest first,
        read lazily so a caller can stop at the first day it needs."""
        try:
            yield from journal_days.day_flags(self._conn, until)
        except sqlite3.Error as exc:
            self._tell(f"Could not read the journal {self.path}: {why(exc)}.")

    def _read(self, read: Callable[[], T], fallback: T) -> T:
        try:
            return read()
        except sqlite3.Error as exc:
            self._tell(f"Could not read the journal {self.path}: {why(exc)}.")
            return fallback

    def first_break_start(self) -> datetime | None:
        rows = self._query(
            "SELECT planned_start_utc, planned_offset_min FROM breaks ORDER BY planned_start_utc LIMIT 1"
        )
        return from_row(str(rows[0][0]), int(rows[0][1])) if rows else None

    def taken_breaks(self, since: datetime) -> list[TakenBreak]:
        """Breaks really taken (done, partly done, natural) that ended since then: from when
        they were shown (natural ones: planned) to when their row was last written."""
        rows = self._query(
            "SELECT slot_id, COALESCE(shown_at_utc, planned_start_utc), updated_utc FROM breaks"
            " WHERE state IN (?, ?, ?) AND updated_utc >= ? ORDER BY updated_utc",
            (*TAKEN_STATES, utc_text(since)),
        )
        return [
            TakenBreak(datetime.fromisoformat(a), datetime.fromisoformat(b), str(slot)) for slot, a, b in rows if a <= b
        ]


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
