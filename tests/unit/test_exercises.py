"""Exercise validation and compose_routine's properties (pure domain, no Qt)."""

from __future__ import annotations

import random
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from movebreak.domain.exercise_parse import exercise_from_mapping
from movebreak.domain.exercises import Exercise, PoseIllustration, Routine
from movebreak.domain.routines import BOTH_SIDES, compose_routine
from movebreak.domain.settings import BODY_AREAS, Settings
from movebreak.storage.catalogue import load_catalogue

CATALOGUE, _PROBLEMS = load_catalogue(None)
DEFAULT = Settings()


def _entry(**changes):
    data = {
        "id": "my-stretch",
        "name": "My stretch",
        "areas": ["neck"],
        "position": "seated",
        "seconds": 20,
        "per_side": False,
        "steps": ["Sit tall.", "Breathe."],
        "safety": "",
        "illustration": {
            "view": "front",
            "base": "sit-front",
            "accent": ["head"],
            "frames": [{}, {"neck": -30}],
        },
    }
    data.update(changes)
    return data


def test_valid_entry_gives_an_exercise():
    ex, problems = exercise_from_mapping(_entry(), "f.toml")
    assert problems == []
    assert isinstance(ex, Exercise) and ex.id == "my-stretch"
    assert isinstance(ex.illustration, PoseIllustration)
    assert ex.illustration.pose(1)["neck"] == -30


@pytest.mark.parametrize(
    ("changes", "key", "valid_word"),
    [
        ({"areas": ["knees"]}, "areas", "wrists & hands"),
        ({"position": "lying"}, "position", "seated"),
        ({"seconds": 0}, "seconds", "5 to 300"),
        ({"id": "Bad Id"}, "id", "lower-case"),
        ({"steps": []}, "steps", "1 to 6"),
        ({"colour": "red"}, "colour", "illustration"),
        (
            {
                "illustration": {
                    "view": "top",
                    "base": "sit-front",
                    "accent": ["head"],
                    "frames": [{}, {}],
                }
            },
            "illustration.view",
            "front",
        ),
        (
            {
                "illustration": {
                    "view": "side",
                    "base": "sit-side",
                    "accent": ["head"],
                    "frames": [{}],
                }
            },
            "illustration.frames",
            "two keyframes",
        ),
        (
            {
                "illustration": {
                    "view": "side",
                    "base": "sit-side",
                    "accent": ["head"],
                    "frames": [{}, {"elbow": 3}],
                }
            },
            "illustration.frames[1].elbow",
            "ua_l",
        ),
        ({"illustration": {"svg": ["a.png"]}}, "illustration.svg", ".svg"),
        (
            {
                "illustration": {
                    "view": "front",
                    "base": "sit-front",
                    "accent": ["hand_r"],
                    "arrow": {"center": [0, 40], "mirror": "yes"},
                    "frames": [{}, {"spine": 4}],
                }
            },
            "illustration.arrow.mirror",
            "true or false",
        ),
    ],
)
def test_bad_entry_names_key_and_what_is_valid(changes, key, valid_word):
    ex, problems = exercise_from_mapping(_entry(**changes), "f.toml")
    assert ex is None
    assert any(p.key and p.key.endswith(key) and valid_word in (p.valid or "") + p.message for p in problems), problems
    assert all(p.source == "f.toml" for p in problems)


def test_entry_that_is_not_a_table_is_a_problem():
    ex, problems = exercise_from_mapping(["x"], "f.toml")
    assert ex is None and problems


def test_bundled_catalogue_loads_cleanly():
    assert _PROBLEMS == []
    assert len(CATALOGUE) >= 30


def test_exercise_ids_are_unique():
    ids = [e.id for e in CATALOGUE]
    assert len(ids) == len(set(ids))


def test_every_body_area_has_three_exercises():
    counts = Counter(a for e in CATALOGUE for a in e.areas)
    assert {a: counts[a] for a in BODY_AREAS if counts[a] < 3} == {}


def test_ten_exercises_can_be_done_seated():
    assert sum(e.seated for e in CATALOGUE) >= 10


def test_every_exercise_has_two_to_four_short_steps_and_two_keyframes():
    for e in CATALOGUE:
        assert 2 <= len(e.steps) <= 4, e.id
        assert all(len(s) <= 80 for s in e.steps), e.id
        assert len(e.illustration.frames) >= 2, e.id


def _compose(minutes, history=(), seed=0, settings=DEFAULT, catalogue=CATALOGUE) -> Routine:
    return compose_routine(minutes, list(history), random.Random(seed), catalogue=catalogue, settings=settings)


@settings(max_examples=60, deadline=None)
@given(minutes=st.integers(2, 8), seed=st.integers(0, 10_000))
def test_routine_fills_the_slot_without_overrunning(minutes, seed):
    routine = _compose(minutes, seed=seed)
    assert routine.total_seconds <= minutes * 60
    assert routine.total_seconds >= minutes * 60 - 20


@settings(max_examples=60, deadline=None)
@given(minutes=st.integers(2, 8), seed=st.integers(0, 10_000))
def test_no_exercise_repeats_and_both_sides_are_one_step(minutes, seed):
    routine = _compose(minutes, seed=seed)
    seen = Counter(i.exercise.id for i in routine.items)
    assert max(seen.values()) == 1
    for item in routine.items:
        assert item.side == (BOTH_SIDES if item.exercise.per_side else None)


@settings(max_examples=60, deadline=None)
@given(minutes=st.integers(2, 8), seed=st.integers(0, 10_000))
def test_holds_are_calm_20_to_30_seconds_a_side_and_steps_at_least_30(minutes, seed):
    for item in _compose(minutes, seed=seed).items:
        if item.side == BOTH_SIDES:
            assert item.seconds % 2 == 0 and 20 <= item.seconds // 2 <= 30, item
        else:
            assert item.seconds >= 30, item


@pytest.mark.parametrize("seed", range(20))
def test_an_eight_minute_routine_is_a_dozen_steps_at_most(seed):
    # it was 21 steps of about 20 s, each per-side exercise counted twice
    assert len(_compose(8, seed=seed).items) <= 12


@settings(max_examples=40, deadline=None)
@given(
    minutes=st.integers(2, 6),
    seed=st.integers(0, 10_000),
    history_size=st.integers(1, 12),
    hist_seed=st.integers(0, 1000),
)
def test_recent_exercises_are_avoided_when_alternatives_exist(minutes, seed, history_size, hist_seed):
    history = random.Random(hist_seed).sample([e.id for e in CATALOGUE], history_size)
    routine = _compose(minutes, history=history, seed=seed)
    used = {i.exercise.id for i in routine.items}
    # the catalogue has far more fresh exercises than a 6-minute routine needs
    assert not used & set(history)


def test_recent_exercises_are_used_when_nothing_else_is_left():
    small = CATALOGUE[:3]
    routine = _compose(8, history=[e.id for e in small], catalogue=small)
    assert {i.exercise.id for i in routine.items} == {e.id for e in small}


@pytest.mark.parametrize("seed", range(5))
def test_routine_balances_body_areas(seed):
    routine = _compose(8, seed=seed)
    areas = Counter(a for e in {i.exercise for i in routine.items} for a in e.areas)
    assert set(areas) == set(BODY_AREAS)  # eight minutes reach every area
    assert max(areas.values()) - min(areas.values()) <= 2


def test_short_routine_spreads_over_different_areas():
    routine = _compose(2, seed=0)
    firsts = [e.areas[0] for e in {i.exercise for i in routine.items}]
    assert len(firsts) == len(set(firsts))


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10_000), area=st.sampled_from(BODY_AREAS))
def test_disabled_areas_and_exercises_are_respected(seed, area):
    off = [e.id for e in CATALOGUE if "eyes" not in e.areas][:4]
    s = Settings(disabled_areas=(area,), disabled_exercises=tuple(off))
    routine = _compose(8, seed=seed, settings=s)
    for item in routine.items:
        assert area not in item.exercise.areas
        assert item.exercise.id not in off


def test_everything_disabled_gives_an_empty_routine_not_an_error():
    routine = _compose(5, settings=Settings(disabled_areas=BODY_AREAS))
    assert routine.items == () and routine.total_seconds == 0 and "5 min" in routine.title


def test_title_names_the_main_areas_and_minutes():
    routine = _compose(4, seed=1)
    assert routine.title.endswith(", 4 min")
    first = routine.title.split(",")[0].lower()
    assert any(a in first for a in routine.areas)


def test_title_starts_with_the_area_the_routine_starts_with():
    for seed in range(20):
        routine = _compose(5, seed=seed)
        assert routine.title.lower().startswith(routine.items[0].exercise.areas[0])


def test_same_seed_same_routine():
    assert _compose(6, seed=42) == _compose(6, seed=42)
