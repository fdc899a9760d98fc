"""Stats over plain records: rates, streaks, minutes, coverage, most skipped, missed by sleep."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from movebreak.domain.stats import (
    BODY_AREAS,
    DUE_STATES,
    BreakRecord,
    DayTally,
    ExerciseRecord,
    ExerciseTally,
    completion_rate,
    completion_rate_by_day,
    completion_rate_by_week,
    coverage_by_area,
    current_streak,
    minutes_moved,
    missed_by_sleep,
    most_skipped,
    streaks,
    summarize,
    tally_days,
    tally_exercises,
)

PLUS2 = timezone(timedelta(hours=2))
MON = date(2026, 6, 1)


def day(d: date, **counts: int) -> DayTally:
    return DayTally(d, {k.replace("_", "-"): v for k, v in counts.items()})


def test_tally_days_groups_by_local_day_and_counts_completed_seconds():
    late = BreakRecord(
        "a",
        datetime(2026, 6, 1, 23, 30, tzinfo=PLUS2),
        5,
        "completed",
        exercises=(
            ExerciseRecord(0, "neck", "completed", 40),
            ExerciseRecord(1, "wrist", "skipped", 0),
            ExerciseRecord(2, "hips", "not-reached", 0),
        ),
    )
    missed = BreakRecord("b", datetime(2026, 6, 1, 10, 0, tzinfo=PLUS2), 5, "missed")
    [tally] = tally_days([late, missed])
    assert tally.day == date(2026, 6, 1)
    assert tally.counts == {"completed": 1, "missed": 1}
    assert tally.seconds_moved == 40


def test_completion_rate_excuses_natural_and_suppressed_breaks():
    t = day(MON, completed=2, skipped=1, missed=1, natural_break=5, suppressed=3, shown=1, snoozed=2)
    assert completion_rate([t]) == 2 / 4
    assert completion_rate([day(MON, natural_break=2)]) is None


def test_completion_rate_per_week_is_keyed_by_monday():
    tallies = [
        day(MON, completed=1, skipped=1),
        day(MON + timedelta(days=6), completed=2),
        day(MON + timedelta(days=7), skipped=1),
    ]
    assert completion_rate_by_week(tallies) == {MON: 3 / 4, MON + timedelta(days=7): 0.0}
    assert completion_rate_by_day(tallies)[MON] == 0.5


def test_streak_skips_days_with_nothing_due():
    fri = MON + timedelta(days=4)
    tallies = [
        day(MON, completed=1),
        day(MON + timedelta(days=1), skipped=2),  # breaks the run
        day(MON + timedelta(days=2), completed=1),
        day(MON + timedelta(days=3), completed=3, missed=1),
        day(fri, completed=1),
        # the weekend has no rows at all
        day(fri + timedelta(days=3), completed=1),
    ]
    s = streaks(tallies, today=fri + timedelta(days=3))
    assert (s.current, s.longest) == (4, 4)


def test_a_morning_without_a_routine_yet_keeps_the_streak():
    tallies = [day(MON, completed=1), day(MON + timedelta(days=1), missed=1, shown=1)]
    assert streaks(tallies, today=MON + timedelta(days=1)).current == 1
    # ...but a finished day with breaks due and none done ends it.
    assert streaks(tallies, today=MON + timedelta(days=2)).current == 0


def test_only_excused_breaks_neither_extend_nor_break_a_streak():
    tallies = [
        day(MON, completed=1),
        day(MON + timedelta(days=1), natural_break=3),
        day(MON + timedelta(days=2), completed=1),
    ]
    assert streaks(tallies, today=MON + timedelta(days=2)).current == 2


def test_minutes_moved_and_missed_by_sleep():
    tallies = [DayTally(MON, {"missed": 2}, 90), DayTally(MON, {"missed": 1, "completed": 1}, 30)]
    assert minutes_moved(tallies) == 2.0
    assert missed_by_sleep(tallies) == 3


def test_coverage_counts_an_exercise_for_each_area_it_works():
    areas = {"neck-roll": ("neck", "shoulders"), "squat": ("legs", "hips"), "twist": ("core",)}
    tallies = [
        ExerciseTally("neck-roll", completed=2, seconds=120),
        ExerciseTally("squat", skipped=3),
        ExerciseTally("twist", completed=1, seconds=30),
    ]
    cov = coverage_by_area(tallies, lambda i: areas.get(i, ()))
    assert list(cov)[: len(BODY_AREAS)] == list(BODY_AREAS)
    assert cov["neck"] == cov["shoulders"] == 120
    assert cov["legs"] == 0 and cov["core"] == 30
    assert set(coverage_by_area(tallies, None).values()) == {0}


def test_most_skipped_ranks_by_count_then_id():
    tallies = [
        ExerciseTally("b", skipped=2),
        ExerciseTally("a", skipped=2),
        ExerciseTally("c", skipped=5),
        ExerciseTally("d", completed=9),
    ]
    assert most_skipped(tallies) == [("c", 5), ("a", 2), ("b", 2)]
    assert most_skipped(tallies, limit=1) == [("c", 5)]


records = st.lists(
    st.builds(
        BreakRecord,
        slot_id=st.text(min_size=1, max_size=4),
        planned_start=st.datetimes(
            min_value=datetime(2026, 1, 1),  # noqa: DTZ001 (hypothesis wants naive bounds)
            max_value=datetime(2026, 2, 1),  # noqa: DTZ001
            timezones=st.sampled_from([UTC, PLUS2, timezone(timedelta(hours=-8))]),
        ),
        planned_minutes=st.integers(1, 10),
        state=st.sampled_from(["completed", "partial", "skipped", "missed", "natural-break"]),
        exercises=st.lists(
            st.builds(
                ExerciseRecord,
                position=st.integers(0, 5),
                exercise_id=st.sampled_from(["a", "b", "c"]),
                outcome=st.sampled_from(["completed", "skipped", "not-reached"]),
                seconds=st.integers(0, 120),
            ),
            max_size=3,
        ).map(tuple),
    ),
    max_size=30,
)


@settings(max_examples=60, deadline=None)
@given(records, st.dates(min_value=date(2025, 12, 25), max_value=date(2026, 2, 5)))
def test_tallies_and_summary_agree_with_a_brute_force_count(breaks, today):
    days = tally_days(breaks)
    assert sum(sum(t.counts.values()) for t in days) == len(breaks)
    for t in days:
        mine = [b for b in breaks if b.planned_start.date() == t.day]
        assert t.completed == sum(b.state == "completed" for b in mine)
        assert t.seconds_moved == sum(b.seconds_moved for b in mine)
    ex = tally_exercises(breaks)
    assert sum(t.skipped for t in ex) == sum(e.outcome == "skipped" for b in breaks for e in b.exercises)
    s = summarize(days, ex, today)
    assert 0 <= s.streak.current <= s.streak.longest
    flags = [(t.day, t.completed > 0, t.due > 0) for t in reversed(days)]
    assert current_streak(flags, today) == s.streak.current
    good_days = {b.planned_start.date() for b in breaks if b.state == "completed" and b.planned_start.date() <= today}
    assert s.streak.longest <= len(good_days)
    if good_days:
        assert s.streak.longest >= 1
    assert round(s.minutes_moved * 60) == sum(b.seconds_moved for b in breaks)
    assert s.breaks == len(breaks)
    assert s.due == sum(b.state in DUE_STATES for b in breaks)
    assert s.completed == sum(b.state == "completed" for b in breaks)
    assert s.missed_by_sleep == sum(b.state == "missed" for b in breaks)
