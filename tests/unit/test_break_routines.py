"""BreakRoutines keeps a slot's routine only while the slot can still ask for it: a break
that ended or a slot the plan dropped is forgotten, so a month of breaks keeps nothing."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from movebreak.domain.clock import FakeClock
from movebreak.domain.planner import BreakSlot
from movebreak.domain.settings import DEFAULTS
from movebreak.runtime.break_routines import BreakRoutines
from movebreak.storage.catalogue import load_catalogue

BERLIN = ZoneInfo("Europe/Berlin")
NOON = datetime(2026, 3, 2, 12, 0, tzinfo=BERLIN)


def routines() -> BreakRoutines:
    catalogue, problems = load_catalogue(None)
    assert problems == []
    plan = SimpleNamespace(settings=DEFAULTS)  # BreakRoutines reads only the plan's settings
    return BreakRoutines(
        clock=FakeClock(NOON, BERLIN),
        plan=plan,  # type: ignore[arg-type]
        catalogue=catalogue,
        journal=None,
        rng=random.Random(3),
    )


def slot(name: str, minutes_from_noon: int) -> BreakSlot:
    start = NOON + timedelta(minutes=minutes_from_noon)
    return BreakSlot(name, start, start + timedelta(minutes=5), "sitting")


def test_a_slot_keeps_its_routine_until_it_is_forgotten() -> None:
    r = routines()
    a, b = slot("a", 30), slot("b", 90)
    first_a, first_b = r.for_slot(a), r.for_slot(b)
    assert r.for_slot(a) is first_a  # composed once: the heads-up and the prompt agree
    r.keep_only([b.id])
    assert r.for_slot(b) is first_b
    assert r.for_slot(a) is not first_a  # forgotten: composed again if ever asked


def test_a_snoozed_break_takes_its_routine_along_and_leaves_none_behind() -> None:
    r = routines()
    a = slot("a", 30)
    later = slot("a~snooze", 40)
    routine = r.for_slot(a)
    r.carry_over(a, later)
    assert r.for_slot(later) is routine
    r.keep_only([later.id])  # the flow keeps the live slots: the snoozed one, not the old one
    assert r.for_slot(later) is routine
    assert r.for_slot(a) is not routine
