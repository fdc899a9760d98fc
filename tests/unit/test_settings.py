"""The settings schema: every default is valid under its own type, and parsing collects problems."""

from __future__ import annotations

from datetime import time

from hypothesis import given, settings
from hypothesis import strategies as st

from movebreak.domain.settings import (
    DEFAULTS,
    OPTIONS,
    TimeRange,
    parse_days,
    parse_range,
)
from movebreak.domain.settings_parse import settings_from_mapping, settings_to_mapping, validate


def test_every_default_is_valid_under_its_own_option() -> None:
    for opt in OPTIONS:
        _, problems = settings_from_mapping({opt.section: {opt.name: _toml(opt.default)}})
        assert problems == [], opt.key


def _toml(value: object) -> object:
    return list(value) if isinstance(value, tuple) else value


def test_defaults_validate_clean() -> None:
    assert validate(DEFAULTS) == []


def test_every_problem_is_collected() -> None:
    _, problems = settings_from_mapping({"planning": {"min_gap": 0, "max_sitting": "x"}, "breaks": {"snoze": 3}})
    assert [p.key for p in problems] == ["planning.min_gap", "planning.max_sitting", "breaks.snoze"]
    assert "did you mean 'snooze'" in problems[2].message


def test_routine_max_below_min_is_a_problem() -> None:
    s, problems = settings_from_mapping({"planning": {"routine_min": 9, "routine_max": 3}})
    assert [p.key for p in problems] == ["planning.routine_max"]
    assert (s.routine_min, s.routine_max) == (DEFAULTS.routine_min, DEFAULTS.routine_max)


def test_overlapping_working_hours_are_rejected() -> None:
    _, problems = settings_from_mapping({"working_hours": {"mon": ["09:00-12:00", "11:00-13:00"]}})
    assert problems and problems[0].message == "Ranges overlap"


def test_days_forms() -> None:
    assert parse_days("mon-fri") == (0, 1, 2, 3, 4)
    assert parse_days("fri-mon") == (0, 4, 5, 6)
    assert parse_days(["wed", "mon"]) == (0, 2)
    assert parse_days("mon-tue,fri") == (0, 1, 4)
    assert parse_days("someday") is None
    assert parse_days(3) is None


def test_range_end_must_be_after_start() -> None:
    assert parse_range("09:00-17:30") == TimeRange(time(9), time(17, 30))
    assert parse_range("10:00-09:00") is None
    assert parse_range("25:00-26:00") is None


@settings(max_examples=60, deadline=None)
@given(
    min_gap=st.integers(1, 60),
    max_sitting=st.integers(10, 240),
    lo=st.integers(1, 30),
    span=st.integers(0, 29),
    chime=st.booleans(),
)
def test_round_trip_through_the_toml_shape(min_gap: int, max_sitting: int, lo: int, span: int, chime: bool) -> None:
    hi = min(30, lo + span)
    s = DEFAULTS.with_changes(min_gap=min_gap, max_sitting=max_sitting, routine_min=lo, routine_max=hi, chime=chime)
    back, problems = settings_from_mapping(settings_to_mapping(s))
    assert problems == [] and back == s
