"""The prompt's walk through a routine, without a window: outcomes, the routine's state, sides."""

from __future__ import annotations

from movebreak.domain.exercises import RoutineItem
from movebreak.domain.routines import BOTH_SIDES
from movebreak.storage.catalogue import load_catalogue
from movebreak.ui.prompt_walk import SHORTENED_SECONDS, RoutineWalk

CATALOGUE, _ = load_catalogue(None)
BY_ID = {e.id: e for e in CATALOGUE}


def _items() -> tuple[RoutineItem, ...]:
    return (
        RoutineItem(BY_ID["neck-side-tilt"], BOTH_SIDES, 40),
        RoutineItem(BY_ID["shoulder-shrugs"], None, 20),
        RoutineItem(BY_ID["eye-circles"], None, 20),
    )


def test_time_up_on_every_exercise_completes_the_routine_in_order() -> None:
    walk = RoutineWalk(_items())
    reported = []
    for _ in range(3):
        moves = walk.tick(60)
        reported += moves.outcomes
    assert [(i, o, s) for i, _id, o, s in reported] == [
        (0, "completed", 40),
        (1, "completed", 20),
        (2, "completed", 20),
    ]
    assert moves.finished == "completed" and walk.over


def test_a_both_sides_step_switches_to_the_left_halfway() -> None:
    walk = RoutineWalk(_items())
    item = walk.items[0]
    assert walk.side_now(item) == "right"
    assert not walk.tick(19).switched_side
    switched = walk.tick(1)
    assert switched.switched_side and walk.side_now(item) == "left"


def test_snooze_reports_the_rest_not_reached_and_ignores_later_actions() -> None:
    walk = RoutineWalk(_items())
    walk.skip_exercise()
    moves = walk.snooze()
    assert [o for _i, _id, o, _s in moves.outcomes] == ["not-reached", "not-reached"]
    assert moves.finished == "snoozed"
    assert walk.done().outcomes == [] and walk.tick(5).counted is False


def test_shorten_keeps_a_minute_of_the_exercise_on_screen_and_ends_partial_at_most() -> None:
    items = (RoutineItem(BY_ID["shoulder-shrugs"], None, 90), *_items()[1:])
    walk = RoutineWalk(items)
    moves = walk.shorten()
    assert moves is not None and [i for i, *_ in moves.outcomes] == [1, 2]
    assert walk.left == SHORTENED_SECONDS
    assert walk.shorten() is None  # once only
    assert walk.done().finished == "partial"  # shortened: never "completed"
