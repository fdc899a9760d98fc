"""The completion journal: one SQLite row per planned slot and per exercise, never lost.

Durability: WAL with synchronous=FULL, one transaction per call, so a write that
returned True survives a crash or a kill. Idempotency: rows are keyed on the slot's
stable id (and the exercise's position), and writes are upserts.

Failure policy: `Journal.open` never raises (storage.journal_open: a damaged file is moved
aside, a file from a newer movebreak is opened read-only, and an unwritable file or folder
is read, or replaced by an empty in-memory journal, without logging). Write methods never
raise for storage failures either: they return False and set `notice` once per kind of
failure.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
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
    RangeTotals,
)
from movebreak.errors import JournalError
from movebreak.storage import journal_days
from movebreak.storage.journal_open import open_read_only, open_writable
from movebreak.storage.journal_schema import (
    BREAK_COLUMNS,
    LOCAL_DAY_SQL,
    break_upsert,
    exercise_upsert,
    from_row,
    utc_range,
    utc_text,
    why,
    zone_of,
)
from movebreak.texts import N_

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
        conn, writable, notice = open_writable(path, clock)
        return cls(conn, path, clock, writable=writable, notice=notice, on_notice=on_notice)

    @classmethod
    def open_for_reading(cls, path: Path, clock: Clock) -> Journal:
        """Open an existing journal without changing it (the file is never migrated,
        moved or created). Raises JournalError if it cannot be read."""
        path = Path(path)
        try:
            conn = open_read_only(path)
        except sqlite3.Error as exc:
            raise JournalError(N_("Problem", "cannot read the journal: %1", why(exc)), source=str(path)) from exc
        return cls(conn, path, clock, writable=False)

    @property
    def durability(self) -> tuple[str, str]:
        """(journal mode, synchronous level) as SQLite reports them for this connection,
        lower case: ('wal', 'full') for a journal the app logs into."""
        levels = {0: "off", 1: "normal", 2: "full", 3: "extra"}
        mode = self._query("PRAGMA journal_mode")
        sync = self._query("PRAGMA synchronous")
        return (
            str(mode[0][0]).lower() if mode else "",
            levels.get(int(sync[0][0]), str(sync[0][0])) if sync else "",
        )

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
                N_(
                    "Journal",
                    "Could not save a break to %1: %2. "
                    "Recent breaks may be missing from your history until this is fixed.",
                    self.path,
                    why(exc),
                )
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
            self._tell(N_("Journal", "Could not read the journal %1: %2.", self.path, why(exc)))
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

    def totals_between(self, first: date | None, last: date | None, today: date) -> RangeTotals:
        """The stored local days [first, last] summed in SQL, with their longest streak
        (days after `today` left out of it)."""
        return self._read(lambda: journal_days.range_totals(self._conn, first, last, today), RangeTotals({}, 0, 0))

    def exercises_between(self, first: date | None, last: date | None) -> list[ExerciseTally]:
        """Per exercise id over the stored local days [first, last], from the aggregates."""
        return self._read(lambda: journal_days.exercise_tallies(self._conn, first, last), [])

    def day_flags(self, until: date) -> Iterator[tuple[date, bool, bool]]:
        """(day, any completed, any due) per local day up to `until`, newest first,
        read lazily so a caller can stop at the first day it needs."""
        try:
            yield from journal_days.day_flags(self._conn, until)
        except sqlite3.Error as exc:
            self._tell(N_("Journal", "Could not read the journal %1: %2.", self.path, why(exc)))

    def _read(self, read: Callable[[], T], fallback: T) -> T:
        try:
            return read()
        except sqlite3.Error as exc:
            self._tell(N_("Journal", "Could not read the journal %1: %2.", self.path, why(exc)))
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
