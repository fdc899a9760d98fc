"""Per-day aggregates of the journal, and the reads that use them.

Stats over years of breaks must not read every break and exercise row: at 100k breaks and
400k exercises that took over half a second. So the journal keeps two small tables, one row
per local day (a count per state, and the seconds moved) and one per (local day, exercise
id), that SQLite triggers update inside the very statement (so the very transaction) that
writes a break or exercise row. They cannot drift from the rows, whoever writes them.
All-time figures then read one row per day, and one per day and exercise.

A break's day is its stored local day (the offset in force when it was planned), as in
`breaks.local_day`. Exercise rows only count once their break row exists, as the joins
that computed these figures before did.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date

from movebreak.domain.stats import DUE_STATES, DayTally, ExerciseTally, RangeTotals

# Migration 4. Released migrations are never edited: change this only by adding another
# (a new break state needs a new column; a test checks every state has one).
DAY_STATE_COLUMNS: dict[str, str] = {
    "shown": "shown",
    "completed": "completed",
    "partial": "partial",
    "skipped": "skipped",
    "snoozed": "snoozed",
    "missed": "missed",
    "natural-break": "natural_break",
    "suppressed": "suppressed",
}
_COUNTS = ", ".join(DAY_STATE_COLUMNS.values())
_ANY_BREAK = " + ".join(DAY_STATE_COLUMNS.values()) + " > 0"
_SLOT_SECONDS = (
    "(SELECT COALESCE(SUM(seconds), 0) FROM exercises WHERE slot_id = {x}.slot_id AND outcome = 'completed')"
)
_DAY_ADD = (
    f"INSERT INTO days (local_day, {_COUNTS}, seconds) VALUES ({{x}}.local_day, "
    + ", ".join(f"{{x}}.state = '{s}'" for s in DAY_STATE_COLUMNS)
    + f", {_SLOT_SECONDS}) ON CONFLICT (local_day) DO UPDATE SET "
    + ", ".join(f"{c} = {c} + excluded.{c}" for c in DAY_STATE_COLUMNS.values())
    + ", seconds = seconds + excluded.seconds;"
)
_DAY_REMOVE = (
    "UPDATE days SET "
    + ", ".join(f"{c} = {c} - ({{x}}.state = '{s}')" for s, c in DAY_STATE_COLUMNS.items())
    + f", seconds = seconds - {_SLOT_SECONDS} WHERE local_day = {{x}}.local_day;"
    f" DELETE FROM days WHERE local_day = {{x}}.local_day AND NOT ({_ANY_BREAK});"
)
# One exercise row's completed seconds onto (or off) its break's day.
_DAY_SECONDS = (
    "UPDATE days SET seconds = seconds {sign} {x}.seconds * ({x}.outcome = 'completed')"
    " WHERE local_day = (SELECT local_day FROM breaks WHERE slot_id = {x}.slot_id);"
)
_ADD_EXERCISE = (
    "INSERT INTO day_exercises"
    " SELECT b.local_day, {x}.exercise_id, {x}.outcome = 'completed', {x}.outcome = 'skipped',"
    " {x}.outcome = 'not-reached', {x}.seconds * ({x}.outcome = 'completed')"
    " FROM breaks b WHERE b.slot_id = {x}.slot_id"
    " ON CONFLICT (local_day, exercise_id) DO UPDATE SET"
    " completed = completed + excluded.completed, skipped = skipped + excluded.skipped,"
    " not_reached = not_reached + excluded.not_reached, seconds = seconds + excluded.seconds;"
)
_REMOVE_EXERCISE = (
    "UPDATE day_exercises SET"
    " completed = completed - ({x}.outcome = 'completed'),"
    " skipped = skipped - ({x}.outcome = 'skipped'),"
    " not_reached = not_reached - ({x}.outcome = 'not-reached'),"
    " seconds = seconds - {x}.seconds * ({x}.outcome = 'completed')"
    " WHERE exercise_id = {x}.exercise_id"
    " AND local_day = (SELECT local_day FROM breaks WHERE slot_id = {x}.slot_id);"
    " DELETE FROM day_exercises WHERE exercise_id = {x}.exercise_id"
    " AND local_day = (SELECT local_day FROM breaks WHERE slot_id = {x}.slot_id)"
    " AND completed + skipped + not_reached = 0;"
)
# All exercises of one break, added to (or taken from) its day: when a break row appears
# after its exercises, moves to another day, or goes.
_ADD_SLOT = (
    "INSERT INTO day_exercises SELECT {x}.local_day, exercise_id, SUM(outcome = 'completed'),"
    " SUM(outcome = 'skipped'), SUM(outcome = 'not-reached'),"
    " SUM(seconds * (outcome = 'completed'))"
    " FROM exercises WHERE slot_id = {x}.slot_id GROUP BY exercise_id"
    " ON CONFLICT (local_day, exercise_id) DO UPDATE SET"
    " completed = completed + excluded.completed, skipped = skipped + excluded.skipped,"
    " not_reached = not_reached + excluded.not_reached, seconds = seconds + excluded.seconds;"
)


def _slot_part(column: str, value: str, outcome: str) -> str:
    return (
        f" {column} = {column} - (SELECT COALESCE(SUM({value} * (e.outcome = '{outcome}')), 0)"
        " FROM exercises e WHERE e.slot_id = {x}.slot_id"
        " AND e.exercise_id = day_exercises.exercise_id)"
    )


# Correlated subqueries rather than UPDATE … FROM, which needs SQLite 3.33.
_REMOVE_SLOT = (
    "UPDATE day_exercises SET"
    + ",".join(
        _slot_part(c, v, o)
        for c, v, o in (
            ("completed", "1", "completed"),
            ("skipped", "1", "skipped"),
            ("not_reached", "1", "not-reached"),
            ("seconds", "e.seconds", "completed"),
        )
    )
    + " WHERE local_day = {x}.local_day"
    " AND exercise_id IN (SELECT exercise_id FROM exercises WHERE slot_id = {x}.slot_id);"
    " DELETE FROM day_exercises"
    " WHERE local_day = {x}.local_day AND completed + skipped + not_reached = 0;"
)

DAY_AGGREGATES: tuple[str, ...] = (
    "CREATE TABLE days (local_day TEXT PRIMARY KEY, "
    + ", ".join(f"{c} INTEGER NOT NULL" for c in DAY_STATE_COLUMNS.values())
    + ", seconds INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE TABLE day_exercises (local_day TEXT NOT NULL, exercise_id TEXT NOT NULL,"
    " completed INTEGER NOT NULL, skipped INTEGER NOT NULL, not_reached INTEGER NOT NULL,"
    " seconds INTEGER NOT NULL, PRIMARY KEY (local_day, exercise_id)) WITHOUT ROWID",
    # All-time tallies per exercise read this, in order, without a sort.
    "CREATE INDEX day_exercises_by_id ON day_exercises (exercise_id, completed, skipped, not_reached, seconds)",
    # Backfill from the rows already there.
    f"INSERT INTO days (local_day, {_COUNTS}, seconds) SELECT b.local_day, "
    + ", ".join(f"SUM(b.state = '{s}')" for s in DAY_STATE_COLUMNS)
    + ", COALESCE(SUM((SELECT SUM(e.seconds) FROM exercises e"
    " WHERE e.slot_id = b.slot_id AND e.outcome = 'completed')), 0)"
    " FROM breaks b GROUP BY b.local_day",
    "INSERT INTO day_exercises SELECT b.local_day, e.exercise_id, SUM(e.outcome = 'completed'),"
    " SUM(e.outcome = 'skipped'), SUM(e.outcome = 'not-reached'),"
    " SUM(e.seconds * (e.outcome = 'completed'))"
    " FROM exercises e JOIN breaks b ON b.slot_id = e.slot_id GROUP BY b.local_day, e.exercise_id",
    "CREATE TRIGGER breaks_added AFTER INSERT ON breaks BEGIN "
    + _DAY_ADD.format(x="NEW")
    + _ADD_SLOT.format(x="NEW")
    + " END",
    # The upsert names every column, so this fires on every re-record: WHEN skips the
    # ones that changed neither the day nor the state.
    "CREATE TRIGGER breaks_changed AFTER UPDATE OF local_day, state, slot_id ON breaks"
    " WHEN OLD.local_day IS NOT NEW.local_day OR OLD.state IS NOT NEW.state"
    " OR OLD.slot_id IS NOT NEW.slot_id BEGIN " + _DAY_REMOVE.format(x="OLD") + _DAY_ADD.format(x="NEW") + " END",
    "CREATE TRIGGER breaks_moved AFTER UPDATE OF local_day, slot_id ON breaks"
    " WHEN OLD.local_day IS NOT NEW.local_day OR OLD.slot_id IS NOT NEW.slot_id BEGIN "
    + _REMOVE_SLOT.format(x="OLD")
    + _ADD_SLOT.format(x="NEW")
    + " END",
    "CREATE TRIGGER breaks_removed AFTER DELETE ON breaks BEGIN "
    + _DAY_REMOVE.format(x="OLD")
    + _REMOVE_SLOT.format(x="OLD")
    + " END",
    "CREATE TRIGGER exercises_added AFTER INSERT ON exercises BEGIN "
    + _ADD_EXERCISE.format(x="NEW")
    + _DAY_SECONDS.format(x="NEW", sign="+")
    + " END",
    "CREATE TRIGGER exercises_changed AFTER UPDATE ON exercises BEGIN "
    + _REMOVE_EXERCISE.format(x="OLD")
    + _DAY_SECONDS.format(x="OLD", sign="-")
    + _ADD_EXERCISE.format(x="NEW")
    + _DAY_SECONDS.format(x="NEW", sign="+")
    + " END",
    "CREATE TRIGGER exercises_removed AFTER DELETE ON exercises BEGIN "
    + _REMOVE_EXERCISE.format(x="OLD")
    + _DAY_SECONDS.format(x="OLD", sign="-")
    + " END",
)


def _bounds(first: date | None, last: date | None) -> tuple[str, str]:
    return (first.isoformat() if first else "", last.isoformat() if last else "9999")


def day_tallies(conn: sqlite3.Connection, first: date | None, last: date | None) -> list[DayTally]:
    """One tally per local day in [first, last] (either end open) that has breaks."""
    states = list(DAY_STATE_COLUMNS)
    tallies = []
    for row in conn.execute(
        f"SELECT local_day, seconds, {_COUNTS} FROM days WHERE local_day >= ? AND local_day <= ? ORDER BY local_day",
        _bounds(first, last),
    ):
        counts = {s: int(n) for s, n in zip(states, row[2:], strict=True) if n}
        tallies.append(DayTally(date.fromisoformat(row[0]), counts, int(row[1])))
    return tallies


def exercise_tallies(conn: sqlite3.Connection, first: date | None, last: date | None) -> list[ExerciseTally]:
    """One tally per exercise id over the local days [first, last], sorted by id."""
    sums = "exercise_id, SUM(completed), SUM(skipped), SUM(not_reached), SUM(seconds)"
    if first is None and last is None:  # all time: walk the by-id index, no sort
        rows = conn.execute(f"SELECT {sums} FROM day_exercises GROUP BY exercise_id ORDER BY exercise_id").fetchall()
    else:
        rows = conn.execute(
            f"SELECT {sums} FROM day_exercises WHERE local_day >= ? AND local_day <= ?"
            " GROUP BY exercise_id ORDER BY exercise_id",
            _bounds(first, last),
        ).fetchall()
    return [ExerciseTally(str(r[0]), int(r[1]), int(r[2]), int(r[3]), int(r[4])) for r in rows]


def day_flags(conn: sqlite3.Connection, until: date) -> Iterator[tuple[date, bool, bool]]:
    """(day, any completed, any due) per local day up to `until`, newest first, lazily."""
    due = " + ".join(DAY_STATE_COLUMNS[s] for s in sorted(DUE_STATES))
    cursor = conn.execute(
        f"SELECT local_day, completed > 0, {due} > 0 FROM days WHERE local_day <= ? ORDER BY local_day DESC",
        (until.isoformat(),),
    )
    for day, completed, is_due in cursor:
        yield date.fromisoformat(day), bool(completed), bool(is_due)


_DUE = " + ".join(DAY_STATE_COLUMNS[s] for s in sorted(DUE_STATES))
_SUMS = ", ".join(f"COALESCE(SUM({c}), 0)" for c in DAY_STATE_COLUMNS.values())
# The longest run of days with a completion, as stats.streaks() counts it, over the days
# up to today that have a completion or something due (the others neither extend nor
# break a run): each such day's run is the number of days before it that broke one (due,
# none completed). Today breaking a run would only matter for days after it, left out.
_LONGEST = (
    "SELECT COALESCE(MAX(n), 0) FROM (SELECT COUNT(*) AS n FROM ("
    " SELECT completed > 0 AS good, SUM(completed = 0) OVER (ORDER BY local_day ROWS UNBOUNDED PRECEDING) AS run"
    " FROM days WHERE local_day >= ?1 AND local_day <= ?2 AND local_day <= ?3"
    f" AND (completed > 0 OR {_DUE} > 0)"
    ") WHERE good GROUP BY run)"
)


def range_totals(conn: sqlite3.Connection, first: date | None, last: date | None, today: date) -> RangeTotals:
    """The local days [first, last] summed, with their longest streak, in one statement:
    one row back, however many days the range holds."""
    row = conn.execute(
        f"SELECT {_SUMS}, COALESCE(SUM(seconds), 0), ({_LONGEST}) FROM days WHERE local_day >= ?1 AND local_day <= ?2",
        (*_bounds(first, last), today.isoformat()),
    ).fetchone()
    counts = {s: int(n) for s, n in zip(DAY_STATE_COLUMNS, row[: len(DAY_STATE_COLUMNS)], strict=True) if n}
    return RangeTotals(counts, int(row[-2]), int(row[-1]))
