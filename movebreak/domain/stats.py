"""Journal records and the figures drawn from them: rates, streaks, minutes moved, coverage."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from movebreak.domain.settings import BODY_AREAS
from movebreak.domain.states import BreakState, ExerciseOutcome

# A break's state: 'shown' while its prompt is open, then one final state.
BREAK_STATES: tuple[str, ...] = tuple(BreakState)
# States the user chose in the prompt. Once a break holds one, only another user
# outcome replaces it: a late 'missed' from a resume, or a repeated 'shown', must not
# overwrite what the person actually did.
USER_OUTCOMES: frozenset[str] = frozenset({"completed", "partial", "skipped"})
EXERCISE_OUTCOMES: tuple[str, ...] = tuple(ExerciseOutcome)
# Breaks that were due and could have been done. Natural breaks (the user was away
# already) and suppressed ones (do-not-disturb) are excused; 'shown' is not final; and a
# snoozed break is deferred, not decided: its follow-up slot carries the outcome.
DUE_STATES: frozenset[str] = frozenset({"completed", "partial", "skipped", "missed"})

STREAK_EXPLANATION = (
    "Days in a row with at least one routine completed. "
    "Days with no breaks due (weekends, days off) don't break a streak."
)


@dataclass(frozen=True)
class ExerciseRecord:
    position: int
    exercise_id: str
    outcome: str
    seconds: int


@dataclass(frozen=True)
class BreakRecord:
    """One planned slot as journaled. Datetimes carry the UTC offset in force when written."""

    slot_id: str
    planned_start: datetime
    planned_minutes: int
    state: str
    shown_at: datetime | None = None
    reason: str = ""
    exercises: tuple[ExerciseRecord, ...] = ()

    @property
    def local_day(self) -> date:
        return self.planned_start.date()

    @property
    def seconds_moved(self) -> int:
        return sum(e.seconds for e in self.exercises if e.outcome == "completed")


@dataclass
class DayTally:
    """How many breaks of each state fell on one local day, and the seconds moved."""

    day: date
    counts: dict[str, int] = field(default_factory=dict)
    seconds_moved: int = 0

    def count(self, state: str) -> int:
        return self.counts.get(state, 0)

    @property
    def due(self) -> int:
        return sum(n for s, n in self.counts.items() if s in DUE_STATES)

    @property
    def completed(self) -> int:
        return self.count("completed")


@dataclass
class ExerciseTally:
    """How one exercise went over a range: how often each outcome, and seconds done."""

    exercise_id: str
    completed: int = 0
    skipped: int = 0
    not_reached: int = 0
    seconds: int = 0


@dataclass(frozen=True)
class Streak:
    current: int
    longest: int


def tally_days(breaks: Iterable[BreakRecord]) -> list[DayTally]:
    """One pass over breaks → one tally per local day that has any, oldest first."""
    days: dict[date, DayTally] = {}
    for b in breaks:
        t = days.get(b.local_day)
        if t is None:
            t = days[b.local_day] = DayTally(b.local_day)
        t.counts[b.state] = t.counts.get(b.state, 0) + 1
        t.seconds_moved += b.seconds_moved
    return [days[d] for d in sorted(days)]


def tally_exercises(breaks: Iterable[BreakRecord]) -> list[ExerciseTally]:
    """One pass over the breaks' exercises → one tally per exercise id, sorted by id."""
    found: dict[str, ExerciseTally] = {}
    for b in breaks:
        for e in b.exercises:
            t = found.setdefault(e.exercise_id, ExerciseTally(e.exercise_id))
            if e.outcome == "completed":
                t.completed += 1
                t.seconds += e.seconds
            elif e.outcome == "skipped":
                t.skipped += 1
            elif e.outcome == "not-reached":
                t.not_reached += 1
    return [found[k] for k in sorted(found)]


def completion_rate(tallies: Iterable[DayTally]) -> float | None:
    """Completed ÷ due breaks over the tallies; None when nothing was due."""
    due = completed = 0
    for t in tallies:
        due += t.due
        completed += t.completed
    return completed / due if due else None


def completion_rate_by_day(tallies: Iterable[DayTally]) -> dict[date, float | None]:
    return {t.day: completion_rate([t]) for t in tallies}


def completion_rate_by_week(tallies: Iterable[DayTally]) -> dict[date, float | None]:
    """Keyed by the Monday that starts each ISO week."""
    weeks: dict[date, list[DayTally]] = defaultdict(list)
    for t in tallies:
        weeks[t.day - timedelta(days=t.day.weekday())].append(t)
    return {monday: completion_rate(ts) for monday, ts in sorted(weeks.items())}


def streaks(tallies: Iterable[DayTally], today: date) -> Streak:
    """Current and longest runs of days with a completed routine.

    A day with nothing due (no rows, or only excused breaks) neither extends nor
    breaks a run. Today only counts once it has a completion: a morning with no
    routine done yet keeps yesterday's streak alive.
    """
    longest = run = 0
    last_good: date | None = None
    broken_after_last_good = False
    for t in sorted(tallies, key=lambda t: t.day):
        if t.day > today:
            break
        if t.completed > 0:
            run += 1
            longest = max(longest, run)
            last_good = t.day
            broken_after_last_good = False
        elif t.due > 0:
            if t.day == today:
                continue
            run = 0
            broken_after_last_good = True
    current = run if last_good is not None and not broken_after_last_good else 0
    return Streak(current=current, longest=longest)


def current_streak(days_newest_first: Iterable[tuple[date, bool, bool]], today: date) -> int:
    """The run ending today from (day, any completed, any due) newest first; the same
    rules as streaks(), but it stops reading at the first day that breaks the run."""
    run = 0
    for day, completed, due in days_newest_first:
        if day > today:
            continue
        if completed:
            run += 1
        elif due and day != today:
            break
    return run


def minutes_moved(tallies: Iterable[DayTally]) -> float:
    return sum(t.seconds_moved for t in tallies) / 60


def missed_by_sleep(tallies: Iterable[DayTally]) -> int:
    """Breaks journaled as missed: the machine was asleep or off when they were due."""
    return sum(t.count("missed") for t in tallies)


def coverage_by_area(
    exercises: Iterable[ExerciseTally],
    areas_of: Callable[[str], Sequence[str]] | None,
) -> dict[str, int]:
    """Seconds of completed exercise per body area. An exercise counts fully for each
    area it works. Every known area is present (0 when untouched), in catalogue order;
    areas the catalogue adds beyond BODY_AREAS follow."""
    result: dict[str, int] = dict.fromkeys(BODY_AREAS, 0)
    if areas_of is None:
        return result
    for t in exercises:
        if not t.seconds:
            continue
        for area in areas_of(t.exercise_id):
            result[area] = result.get(area, 0) + t.seconds
    return result


def most_skipped(exercises: Iterable[ExerciseTally], limit: int = 5) -> list[tuple[str, int]]:
    """Exercise ids by how often they were skipped, most first; never-skipped left out."""
    ranked = sorted(
        ((t.exercise_id, t.skipped) for t in exercises if t.skipped > 0),
        key=lambda pair: (-pair[1], pair[0]),
    )
    return ranked[:limit]


@dataclass(frozen=True)
class Summary:
    """Every figure the history window and `movebreak history` show for one range."""

    breaks: int
    due: int
    completed: int
    completion_rate: float | None
    streak: Streak
    minutes_moved: float
    missed_by_sleep: int
    coverage: Mapping[str, int]
    most_skipped: list[tuple[str, int]]


@dataclass(frozen=True)
class RangeTotals:
    """A range's day tallies summed, and the longest streak within it: what a Summary
    needs of them. The journal sums them in SQL (journal_days.range_totals), so the "All"
    range does not build a tally per day of years of use."""

    counts: Mapping[str, int]
    seconds_moved: int
    longest_streak: int


def summary_of(
    totals: RangeTotals,
    exercises: Sequence[ExerciseTally],
    streak: Streak,
    areas_of: Callable[[str], Sequence[str]] | None = None,
) -> Summary:
    """All figures for a range, from its totals and its per-exercise tallies."""
    counts = totals.counts
    due = sum(n for state, n in counts.items() if state in DUE_STATES)
    completed = counts.get("completed", 0)
    return Summary(
        breaks=sum(counts.values()),
        due=due,
        completed=completed,
        completion_rate=completed / due if due else None,
        streak=streak,
        minutes_moved=totals.seconds_moved / 60,
        missed_by_sleep=counts.get("missed", 0),
        coverage=coverage_by_area(exercises, areas_of),
        most_skipped=most_skipped(exercises),
    )


def summarize(
    days: Sequence[DayTally],
    exercises: Sequence[ExerciseTally],
    today: date,
    areas_of: Callable[[str], Sequence[str]] | None = None,
    streak_days: Sequence[DayTally] | None = None,
) -> Summary:
    """All figures for a range. Streaks need the whole history, so pass it as
    streak_days when `days` covers only part of it."""
    counts: dict[str, int] = {}
    seconds = 0
    for t in days:
        for state, n in t.counts.items():
            counts[state] = counts.get(state, 0) + n
        seconds += t.seconds_moved
    streak = streaks(streak_days if streak_days is not None else days, today)
    return summary_of(RangeTotals(counts, seconds, streak.longest), exercises, streak, areas_of)
