"""Composing a routine for a slot: which exercises, in what order, for how long each.

Pure, like the rest of movebreak.domain: the catalogue, the recent history and the user's
preferences in, a Routine out."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Collection, Sequence

from movebreak.domain.exercises import Exercise, Routine, RoutineItem
from movebreak.domain.settings import Settings
from movebreak.texts import N_, N_plural, Text

_STRETCH = 1.5  # holds may grow to this factor of their default to fill the slot
BOTH_SIDES = "both"  # a per-side exercise is one step: the right side, then the left
# Desk-stretch guidance: hold a stretch 20-30 s. A step shorter than STEP_MIN feels rushed,
# and many short steps make a routine a count ("1 of 21") instead of a rest.
HOLD_MIN, HOLD_MAX = 25, 30
STEP_MIN = 40


def _cost(ex: Exercise) -> int:
    """Seconds of one step; a per-side step holds each side HOLD_MIN..HOLD_MAX seconds."""
    if ex.per_side:
        return 2 * min(max(ex.seconds, HOLD_MIN), HOLD_MAX)
    return max(ex.seconds, STEP_MIN)


def _title(items: Sequence[RoutineItem], total: int) -> str:
    """Areas in the order the routine reaches them, so the title matches what comes first:
    'Neck & shoulders, 4 min', or 'Neck, upper back & more, 5 min' for a wider routine."""
    seen: list[str] = []
    for item in items:
        seen += [a for a in item.exercise.areas if a not in seen]
    return str(title_text(seen, max(1, round(total / 60))))  # the journal keeps the English


def title_text(areas: Sequence[str], minutes: int) -> Text:
    """The composed title, marked: English where it is kept (journal, logs, JSON), translated
    where it is shown."""
    if not areas:
        return N_plural("Routine", "Move freely, %n min", minutes)
    # The area names are marked with the catalogue's words (tools/i18n_extract.py, "BodyArea").
    names = [Text("BodyArea", area) for area in areas]
    if len(names) == 1:
        named = names[0]
    elif len(names) == 2:
        named = N_("Routine", "%1 & %2", *names)
    else:
        named = N_("Routine", "%1, %2 & more", names[0], names[1])
    capital = Text(named.context, named.source, named.args, capital=True)
    return N_plural("Routine", "%1, %n min", minutes, capital)


def marked_title(routine: Routine) -> str:
    """The routine's title as a marked Text when the domain composed it; a title it did not
    compose (a user's own) stays as written."""
    composed = title_text(routine.areas, max(1, round(routine.total_seconds / 60)))
    return composed if routine.title == composed else routine.title


def compose_routine(
    minutes: int,
    history: Sequence[str],
    rng: random.Random,
    *,
    catalogue: Sequence[Exercise],
    settings: Settings,
    often_skipped: Collection[str] = (),
) -> Routine:
    """A routine no longer than `minutes`, filled to within about 15 s of it when the catalogue
    allows. Each pick favours body areas the routine (and then the recent history) has covered
    least; exercises in `history` (done in the last two days) are used only when nothing else
    fits. Disabled exercises and any exercise touching a disabled area are never used.

    What the user likes weighs in only where body areas leave a choice: at each pick the body
    areas decide first. Among equally balanced picks an exercise in `often_skipped` (skipped
    three times or more lately) comes last and a favourite (`settings.favourite_exercises`)
    first; a favourite is also exempt from the two-day rest. (A favourite picked early can
    still lead the greedy path to a routine less even than the one without it; hypothesis
    found such a case.)"""
    return _compose(minutes, history, rng, catalogue, settings, often_skipped)


def _compose(
    minutes: int,
    history: Sequence[str],
    rng: random.Random,
    catalogue: Sequence[Exercise],
    settings: Settings,
    often_skipped: Collection[str],
) -> Routine:
    """compose_routine's greedy picks (see there)."""
    budget = max(0, minutes) * 60
    disabled_ids, disabled_areas = set(settings.disabled_exercises), set(settings.disabled_areas)
    pool = [e for e in catalogue if e.id not in disabled_ids and not disabled_areas & set(e.areas)]
    favourites, avoid = set(settings.favourite_exercises), set(often_skipped)
    recent = set(history) - favourites
    recent_areas: Counter[str] = Counter()
    by_id = {e.id: e for e in catalogue}
    for ident in history:
        if ident in by_id:
            recent_areas.update(by_id[ident].areas)
    chosen: list[Exercise] = []
    covered: Counter[str] = Counter()
    left = budget
    noise = {e.id: rng.random() for e in pool}

    def score(e: Exercise) -> tuple[int, int, bool, bool, int, float]:
        # the area the routine already has most of decides, then the total, then what the
        # user skips and likes, then how much of it was done lately, then chance
        load = [covered[a] for a in e.areas]
        liked = (e.id in avoid, e.id not in favourites)
        return (max(load), sum(load), *liked, max(recent_areas[a] for a in e.areas), noise[e.id])

    for allow_recent in (False, True):
        while True:
            fits = [e for e in pool if e not in chosen and _cost(e) <= left and (allow_recent or e.id not in recent)]
            if not fits:
                break
            pick = min(fits, key=score)
            chosen.append(pick)
            covered.update(pick.areas)
            left -= _cost(pick)
    # Seated first, then standing, so nobody gets up and sits down again mid-routine.
    chosen.sort(key=lambda e: (not e.seated, e.areas == ("eyes",)))
    items = [RoutineItem(ex, BOTH_SIDES if ex.per_side else None, _cost(ex)) for ex in chosen]
    items = _fill(items, left)
    total = sum(i.seconds for i in items)
    return Routine(_title(items, total if items else budget), tuple(items))


def _fill(items: list[RoutineItem], spare: int) -> list[RoutineItem]:
    """Lengthen steps round by round (5 s, or 5 s a side) to use the spare seconds: first each
    up to _STRETCH times its length, a side's hold up to HOLD_MAX; then, if seconds are still
    left, the steps without sides up to twice their length."""
    seconds = [i.seconds for i in items]
    for stretch in (_STRETCH, 2.0):
        grew = True
        while grew and spare >= 5:
            grew = False
            for k, item in enumerate(items):
                both = item.side == BOTH_SIDES
                unit = 10 if both else 5
                cap = 2 * HOLD_MAX if both else int(item.seconds * stretch)
                if unit <= spare and seconds[k] + unit <= max(cap, item.seconds):
                    seconds[k] += unit
                    spare -= unit
                    grew = True
    return [RoutineItem(i.exercise, i.side, s) for i, s in zip(items, seconds, strict=True)]
