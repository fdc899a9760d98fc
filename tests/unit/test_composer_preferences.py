"""The composer's weighting of what the user likes (hypothesis, over the real catalogue):
favourites first and often-skipped exercises last, but only where body areas leave a choice."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from movebreak.domain.routines import compose_routine
from movebreak.domain.settings import DEFAULTS
from movebreak.storage.catalogue import load_catalogue

CATALOGUE = load_catalogue(None)[0]
IDS = [e.id for e in CATALOGUE]
BY_ID = {e.id: e for e in CATALOGUE}
CONFIG = settings(max_examples=120, deadline=None)

ids = st.lists(st.sampled_from(IDS), max_size=8, unique=True)


@CONFIG
@given(st.integers(1, 10), ids, ids, ids, ids, st.integers(0, 2**32))
def test_a_favourite_leads_when_one_can(
    minutes: int, favourites: list[str], often: list[str], disabled: list[str], history: list[str], seed: int
) -> None:
    s = DEFAULTS.with_changes(favourite_exercises=tuple(favourites), disabled_exercises=tuple(disabled))
    routine = compose_routine(
        minutes, history, random.Random(seed), catalogue=CATALOGUE, settings=s, often_skipped=often
    )
    got = [item.exercise.id for item in routine.items]
    assert not set(got) & set(disabled)
    assert sum(i.seconds for i in routine.items) <= minutes * 60
    # The first pick has nothing to balance against: a favourite that fits, is not disabled
    # and not often skipped must win it (a favourite ignores the two-day rest).
    fits = [f for f in favourites if f not in disabled and f not in often and _fits(f, minutes, s)]
    if fits:
        assert set(got) & set(favourites), (fits, got)


@CONFIG
@given(st.integers(1, 10), ids, st.integers(0, 2**32))
def test_an_often_skipped_exercise_never_leads_when_another_fits(minutes: int, often: list[str], seed: int) -> None:
    routine = compose_routine(
        minutes, [], random.Random(seed), catalogue=CATALOGUE, settings=DEFAULTS, often_skipped=often
    )
    got = [item.exercise.id for item in routine.items]
    others = [i for i in IDS if i not in often and _fits(i, minutes, DEFAULTS)]
    if others:
        assert set(got) - set(often), (others[:3], got)
    if len(got) == 1 and others:
        assert got[0] not in often


def test_no_likes_changes_nothing() -> None:
    for seed in range(20):
        one = compose_routine(5, ["palming"], random.Random(seed), catalogue=CATALOGUE, settings=DEFAULTS)
        two = compose_routine(
            5, ["palming"], random.Random(seed), catalogue=CATALOGUE, settings=DEFAULTS, often_skipped=()
        )
        assert one == two


def _fits(exercise_id: str, minutes: int, s: object) -> bool:
    """Whether the exercise alone fits the routine's length: a catalogue of just that one."""
    alone = compose_routine(minutes, [], random.Random(0), catalogue=[BY_ID[exercise_id]], settings=DEFAULTS)
    return bool(alone.items)
