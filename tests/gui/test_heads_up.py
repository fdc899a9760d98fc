"""The heads-up: says the lead time as set, is never sent for a break that will not come as
announced, and is withdrawn (break_phase "over") when the break becomes natural, held or paused."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from movebreak import i18n
from movebreak.domain.settings import DEFAULTS
from movebreak.runtime.break_flow import heads_up_title
from tests.gui.test_coordinator import Rig


def test_heads_up_title_says_the_lead_time_as_set() -> None:
    assert heads_up_title(30) == "Stretch break in 30 s"
    assert heads_up_title(45) == "Stretch break in 45 s"
    assert heads_up_title(60) == "Stretch break in 1 min"
    assert heads_up_title(90) == "Stretch break in 1 min 30 s"
    assert heads_up_title(300) == "Stretch break in 5 min"


def test_heads_up_title_in_seconds_is_translated(qapp) -> None:  # type: ignore[no-untyped-def]
    i18n.install("de")
    try:
        assert heads_up_title(30) == "Dehnpause in 30 s"
        assert heads_up_title(90) == "Dehnpause in 1 Min. 30 s"
    finally:
        i18n.reset()


@pytest.fixture
def rig(tmp_path: Path, qapp) -> Iterator[Rig]:  # type: ignore[no-untyped-def]
    r = Rig(tmp_path, DEFAULTS.with_changes(lead_time=45))
    r.phases: list[tuple[str, str]] = []  # type: ignore[misc]
    r.coordinator.break_phase.connect(lambda slot, phase: r.phases.append((slot, phase)))
    yield r
    r.journal.close()


def test_the_heads_up_comes_lead_time_early_and_says_so(rig: Rig) -> None:
    slot = rig.coordinator.replan()[0]
    rig.scheduler.start()
    rig.timers.run_until(slot.start - timedelta(seconds=46))
    assert rig.notes == []
    rig.timers.run_until(slot.start - timedelta(seconds=45))
    assert [title for title, _ in rig.notes] == ["Stretch break in 45 s"]
    assert rig.phases == [(slot.id, "soon")]
    rig.timers.run_until(slot.start)
    assert rig.phases == [(slot.id, "soon"), (slot.id, "on-screen")] and len(rig.prompts) == 1


def test_no_heads_up_for_someone_already_away_and_it_becomes_natural(rig: Rig) -> None:
    slot = rig.coordinator.replan()[0]
    rig.scheduler.start()
    rig.timers.run_until(slot.start - timedelta(minutes=10))
    rig.idle = 600.0  # away for ten minutes already: the break will be a natural one
    rig.timers.run_until(slot.start - timedelta(seconds=45))
    assert rig.notes == [] and rig.phases == []
    rig.idle = 645.0
    rig.timers.run_until(slot.start)
    assert rig.state_of(slot.id) == "natural-break" and rig.prompts == []


def test_a_heads_up_is_withdrawn_when_the_break_becomes_natural(rig: Rig) -> None:
    slot = rig.coordinator.replan()[0]
    rig.scheduler.start()
    rig.timers.run_until(slot.start - timedelta(seconds=45))
    assert rig.phases == [(slot.id, "soon")]
    rig.idle = slot.routine_minutes * 60 + 1.0  # the idle probe jumps: left in the last minute
    rig.timers.run_until(slot.start)
    assert rig.state_of(slot.id) == "natural-break"
    assert rig.phases == [(slot.id, "soon"), (slot.id, "over")]


def test_a_heads_up_is_withdrawn_when_the_break_is_held(rig: Rig) -> None:
    slot = rig.coordinator.replan()[0]
    rig.scheduler.start()
    rig.timers.run_until(slot.start - timedelta(seconds=45))
    rig.dnd = "fullscreen window"
    rig.timers.run_until(slot.start)
    assert rig.coordinator.status().deferred is not None
    assert rig.phases == [(slot.id, "soon"), (slot.id, "over")]
    rig.dnd = None
    rig.timers.run_until(slot.start + timedelta(minutes=2))
    assert rig.phases[-1] == (slot.id, "on-screen") and len(rig.prompts) == 1


def test_a_heads_up_is_withdrawn_by_a_pause(rig: Rig) -> None:
    slot = rig.coordinator.replan()[0]
    rig.scheduler.start()
    rig.timers.run_until(slot.start - timedelta(seconds=30))
    assert rig.coordinator.set_pause("30m").startswith("Paused")
    assert rig.phases == [(slot.id, "soon"), (slot.id, "over")]
    rig.timers.run_until(slot.start + timedelta(minutes=1))
    assert rig.prompts == []
