"""The summary summed in SQL (journal_days.range_totals, used by summary_for) equals the
one recomputed in Python from the journal's own rows: over DST days, breaks late in the
evening and across midnight, days with no breaks, days with only excused breaks, days
after today, and every range the history window and `movebreak history` ask for."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from movebreak.domain.clock import FakeClock
from movebreak.domain.stats import (
    BREAK_STATES,
    BreakRecord,
    ExerciseRecord,
    Streak,
    Summary,
    streaks,
    summarize,
    tally_days,
    tally_exercises,
)
from movebreak.storage.history_export import Range, summary_for
from movebreak.storage.journal import Journal

BERLIN = ZoneInfo("Europe/Berlin")
TOKYO = timezone(timedelta(hours=9))
TODAY = date(2026, 11, 5)
AREAS = {"ex-0": ("neck",), "ex-1": ("legs", "back"), "ex-2": ("eyes",)}


def areas_of(exercise_id: str) -> tuple[str, ...]:
    return AREAS.get(exercise_id, ())


def local(d: date, hour: int, minute: int = 0, fold: int = 0) -> datetime:
    return datetime(d.year, d.month, d.day, hour, minute, tzinfo=BERLIN, fold=fold)


def done(seconds: int) -> list[ExerciseRecord]:
    return [ExerciseRecord(0, "ex-0", "completed", seconds), ExerciseRecord(1, "ex-1", "skipped", 0)]


def edge_cases(journal: Journal) -> None:
    """Each line a case summing in Python and in SQL may get wrong."""
    spring, autumn = date(2026, 3, 29), date(2026, 10, 25)  # Berlin's DST changes
    cases: list[tuple[str, datetime, str, list[ExerciseRecord]]] = [
        ("spring-before", local(spring, 1, 30), "completed", done(30)),
        ("spring-after", local(spring, 3, 30), "skipped", [ExerciseRecord(0, "ex-2", "skipped", 0)]),
        ("autumn-first", local(autumn, 2, 30, fold=0), "completed", done(40)),
        ("autumn-again", local(autumn, 2, 30, fold=1), "missed", []),
        # Late in the evening, running past midnight: the day it was planned on.
        ("midnight", local(date(2026, 10, 26), 23, 58), "completed", done(50)),
        # Tokyo's evening: Berlin's afternoon of the 27th, but the 28th on its own clock.
        ("tokyo", datetime(2026, 10, 28, 0, 30, tzinfo=TOKYO), "completed", done(60)),
        # A day with only excused or undecided breaks neither extends nor breaks a run.
        ("excused-1", local(date(2026, 10, 29), 10), "natural-break", []),
        ("excused-2", local(date(2026, 10, 29), 11), "suppressed", []),
        ("excused-3", local(date(2026, 10, 29), 12), "snoozed", []),
        ("excused-4", local(date(2026, 10, 29), 13), "shown", []),
        # The 30th and 31st have no breaks at all.
        ("nov-1", local(date(2026, 11, 1), 9), "partial", done(20)),
        ("nov-2", local(date(2026, 11, 2), 9), "missed", []),  # due, none done: the run breaks
        ("nov-3", local(date(2026, 11, 3), 9), "completed", done(45)),
        ("nov-4", local(date(2026, 11, 4), 9), "completed", done(45)),
        ("today-skipped", local(TODAY, 9), "skipped", []),  # today does not break the run
        ("tomorrow", local(TODAY + timedelta(days=1), 9), "completed", done(10)),  # not in any streak
    ]
    for slot, start, state, exercises in cases:
        assert journal.record_routine(slot, start, 5, state, exercises)


def random_breaks(journal: Journal, rng: random.Random, days: int) -> None:
    for day in range(days):
        d = TODAY - timedelta(days=days - day + 20)
        for n in range(rng.choice([0, 0, 1, 3, 6])):
            zone = rng.choice([BERLIN, TOKYO, timezone(timedelta(hours=-7))])
            start = datetime(d.year, d.month, d.day, rng.randrange(24), rng.randrange(60), tzinfo=zone)
            exercises = [
                ExerciseRecord(p, f"ex-{rng.randrange(4)}", rng.choice(["completed", "skipped", "not-reached"]), 30)
                for p in range(rng.randrange(4))
            ]
            state = rng.choice(BREAK_STATES)
            assert journal.record_routine(f"r-{day}-{n}", start, 5, state, exercises)


def recomputed(records: list[BreakRecord], first: date | None, last: date | None, today: date) -> Summary:
    """The range's figures from the rows, as the window computed them before the SQL sums."""
    inside = [r for r in records if (first is None or r.local_day >= first) and (last is None or r.local_day <= last)]
    result = summarize(tally_days(inside), tally_exercises(inside), today, areas_of)
    current = streaks(tally_days(records), today).current
    return replace(result, streak=Streak(current, max(result.streak.longest, current)))


def ranges(records: list[BreakRecord], today: date) -> list[tuple[date | None, date | None]]:
    days = sorted({r.local_day for r in records})
    return [
        (None, None),
        (today - timedelta(days=6), None),
        (today - timedelta(days=29), None),
        (today, today),
        (date(2026, 3, 29), date(2026, 3, 29)),
        (date(2026, 10, 25), date(2026, 10, 28)),
        (date(2026, 10, 30), date(2026, 10, 31)),  # only empty days
        (days[len(days) // 3], days[2 * len(days) // 3]),
        (None, days[len(days) // 2]),
        (today + timedelta(days=1), None),
    ]


@pytest.mark.parametrize("seed", [None, 1, 2, 3])
def test_sql_sums_equal_the_python_summary(tmp_path: Path, seed: int | None) -> None:
    clock = FakeClock(local(TODAY, 15))
    journal = Journal.open(tmp_path / "journal.sqlite3", clock)
    edge_cases(journal)
    if seed is not None:
        random_breaks(journal, random.Random(seed), 90)
    records = journal.breaks()
    for today in (TODAY, TODAY - timedelta(days=3), date(2026, 3, 29)):
        for first, last in ranges(records, today):
            got = summary_for(journal, Range(first, last, BERLIN), today, areas_of)
            assert got == recomputed(records, first, last, today), (today, first, last)
    journal.close()


def test_the_edge_cases_sum_as_a_person_would_count_them(tmp_path: Path) -> None:
    """The expected figures written out, so the two computations cannot agree on a mistake."""
    journal = Journal.open(tmp_path / "journal.sqlite3", FakeClock(local(TODAY, 15)))
    edge_cases(journal)
    everything = summary_for(journal, Range(None, None, BERLIN), TODAY, areas_of)
    assert everything.breaks == 16
    # completed ×7 (one of them tomorrow), partial, skipped ×2, missed ×2
    assert (everything.completed, everything.due) == (7, 12)
    assert everything.missed_by_sleep == 2
    assert everything.minutes_moved == (30 + 40 + 50 + 60 + 20 + 45 + 45 + 10) / 60
    # The run: Nov 3 and 4 (today skipped does not end it; Nov 2 missed did). Longest:
    # Mar 29, Oct 25, 26 and 28: days without breaks (the months between, the 27th) and
    # the excused 29th break no run; Nov 1, a partial (due, none completed), ends it.
    assert everything.streak == Streak(current=2, longest=4)
    spring = summary_for(journal, Range(date(2026, 3, 29), date(2026, 3, 29), BERLIN), TODAY, areas_of)
    assert (spring.breaks, spring.completed, spring.due, spring.minutes_moved) == (2, 1, 2, 0.5)
    assert spring.most_skipped == [("ex-1", 1), ("ex-2", 1)]
    empty = summary_for(journal, Range(date(2026, 10, 30), date(2026, 10, 31), BERLIN), TODAY, areas_of)
    assert (empty.breaks, empty.due, empty.completion_rate, empty.minutes_moved) == (0, 0, None, 0.0)
    journal.close()
