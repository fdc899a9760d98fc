"""A notification's buttons, as the coordinator takes them (Coordinator.act_on_break), and
the phases it announces for the break's notification (break_phase). Real planner, catalogue,
scheduler and SQLite journal on a fake clock; the prompt is a stand-in that records what it
is asked. The same buttons pressed in a real dunst: tests/e2e/test_notification_actions.py."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QObject, Signal

from movebreak.domain.blocks import Block
from movebreak.domain.clock import FakeClock
from movebreak.domain.planner import Window
from movebreak.domain.settings import DEFAULTS, Settings
from movebreak.runtime.coordinator import Coordinator
from movebreak.runtime.scheduler import SlotScheduler
from movebreak.storage.catalogue import load_catalogue
from movebreak.storage.journal import Journal

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY_0800 = datetime(2026, 11, 23, 8, 0, tzinfo=BERLIN)


class StandInPrompt(QObject):
    exercise_done = Signal(int, str, str, int)
    finished = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def show_unfocused(self) -> None:
        self.asked.append("show")

    def bring_forward(self) -> None:
        self.asked.append("forward")

    def set_countdown_paused(self, paused: bool) -> None:
        self.asked.append(f"pause {paused}")

    def end(self, state: str) -> None:
        self.asked.append(f"end {state}")
        self.finished.emit(state)

    def close(self) -> bool:
        return True


class Rig:
    def __init__(self, tmp_path: Path, settings: Settings = DEFAULTS) -> None:
        self.clock = FakeClock(MONDAY_0800, BERLIN)
        self.journal = Journal.open(tmp_path / "journal.sqlite3", self.clock)
        catalogue, _ = load_catalogue(None)
        self.prompts: list[StandInPrompt] = []
        self.phases: list[tuple[str, str]] = []
        self.notes: list[str] = []
        self.scheduler = SlotScheduler(self.clock)
        self.coordinator = Coordinator(
            clock=self.clock,
            settings=settings,
            scheduler=self.scheduler,
            block_source=lambda s, w: self.blocks(s, w),
            catalogue=catalogue,
            journal=self.journal,
            notify=lambda title, _text: self.notes.append(title),
            prompt_factory=self.make_prompt,
            rng=random.Random(7),
        )
        self.coordinator.break_phase.connect(lambda slot, phase: self.phases.append((slot, phase)))

    def blocks(self, _settings: Settings, _window: Window) -> tuple[list[Block], list[Any]]:
        return [], []

    def make_prompt(self, _routine: Any) -> StandInPrompt:
        self.prompts.append(StandInPrompt())
        return self.prompts[-1]

    def states(self) -> dict[str, str]:
        return {r.slot_id: r.state for r in self.journal.breaks()}

    def heads_up(self) -> str:
        slot = self.coordinator.replan()[0]
        self.clock.set(slot.start - timedelta(minutes=1))
        self.coordinator.on_heads_up(slot)
        return slot.id


@pytest.fixture
def rig(tmp_path: Path, qapp: Any) -> Iterator[Rig]:
    r = Rig(tmp_path)
    yield r
    r.journal.close()


def test_the_heads_up_and_the_prompt_announce_their_phase_first(rig: Rig) -> None:
    slot = rig.heads_up()
    assert rig.phases == [(slot, "soon")] and rig.notes == ["Stretch break in 1 min"]
    rig.coordinator.act_on_break(slot, "start")
    assert rig.phases[-1] == (slot, "on-screen") and rig.notes[-1] == "Time to move"
    rig.prompts[0].end("skipped")
    assert rig.phases[-1] == (slot, "over")


def test_start_now_shows_that_break_before_its_time(rig: Rig) -> None:
    slot = rig.heads_up()
    rig.coordinator.act_on_break(slot, "start")
    assert len(rig.prompts) == 1 and rig.prompts[0].asked == ["show"]
    assert rig.states() == {slot: "shown"}
    planned = next(s for s in rig.coordinator.planned if s.id == slot)
    rig.clock.set(planned.start)
    rig.coordinator.on_due(planned)  # its due time comes while it is on screen: not twice
    assert len(rig.prompts) == 1


def test_snooze_on_the_heads_up_postpones_it_by_the_snooze_length(rig: Rig) -> None:
    slot = rig.heads_up()
    rig.coordinator.act_on_break(slot, "snooze")
    assert rig.prompts == []
    assert rig.states() == {slot: "snoozed"}
    assert rig.phases[-1] == (slot, "over")
    nxt = rig.coordinator.status().next_break
    assert nxt is not None and nxt.reason == "snooze"
    assert nxt.start == rig.clock.now() + timedelta(minutes=DEFAULTS.snooze)
    assert next(r for r in rig.journal.breaks() if r.slot_id == slot).shown_at is None


def test_skip_on_the_heads_up_skips_it(rig: Rig) -> None:
    slot = rig.heads_up()
    rig.coordinator.act_on_break(slot, "skip")
    assert rig.prompts == [] and rig.states() == {slot: "skipped"}
    nxt = rig.coordinator.status().next_break
    assert nxt is not None and nxt.id != slot


@pytest.mark.parametrize(
    "action,asked,state", [("snooze", "end snoozed", "snoozed"), ("skip", "end skipped", "skipped")]
)
def test_snooze_and_skip_end_the_break_on_screen(rig: Rig, action: str, asked: str, state: str) -> None:
    rig.coordinator.start_break_now()
    slot = rig.phases[-1][0]
    rig.coordinator.act_on_break(slot, "start")
    assert rig.prompts[0].asked == ["show", "forward"]  # Show the break: brought forward
    rig.coordinator.act_on_break(slot, action)
    assert rig.prompts[0].asked[-1] == asked
    assert rig.states()[slot] == state
    assert rig.coordinator.prompt is None


def test_a_button_of_a_break_that_is_over_changes_nothing(rig: Rig) -> None:
    slot = rig.heads_up()
    rig.coordinator.act_on_break(slot, "skip")
    rig.coordinator.act_on_break(slot, "start")  # a stale bubble, pressed late
    assert rig.prompts == [] and rig.states() == {slot: "skipped"}
    assert rig.phases[-1] == (slot, "over")  # its notification is withdrawn again


def test_a_heads_up_button_while_another_break_is_on_screen_waits(rig: Rig) -> None:
    slot = rig.heads_up()
    rig.coordinator.start_break_now()
    rig.coordinator.act_on_break(slot, "skip")
    assert slot not in rig.states()  # still planned
    assert len(rig.prompts) == 1 and rig.prompts[0].asked == ["show"]
