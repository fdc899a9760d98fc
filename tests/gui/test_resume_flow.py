"""Resume and zone change end to end on a fake clock: WakeWatcher -> Coordinator re-plan ->
SQLite journal and scheduler jobs, built by build_runtime as the app builds them. Only the prompt window is
a stand-in that records what it was asked to do."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QObject, Signal

from movebreak.domain.blocks import Block, blocks_from_rules
from movebreak.domain.clock import FakeClock
from movebreak.domain.planner import BreakSlot, Window
from movebreak.domain.settings import BlockRule, Settings
from movebreak.errors import Problem
from movebreak.runtime.wiring import build_runtime
from movebreak.storage.catalogue import load_catalogue
from movebreak.storage.journal import Journal

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
MONDAY_0900 = datetime(2026, 11, 23, 9, 0, tzinfo=BERLIN)
MONDAY_0700 = datetime(2026, 11, 23, 7, 0, tzinfo=BERLIN)
DEEP_WORK = BlockRule(days=(0, 1, 2, 3, 4), start=time(9, 0), end=time(12, 0))


class StandInPrompt(QObject):
    exercise_done = Signal(int, str, str, int)
    finished = Signal(str)

    def __init__(self, routine: Any) -> None:
        super().__init__()
        self.routine = routine
        self.shown = False

    def show_unfocused(self) -> None:
        self.shown = True

    def bring_forward(self) -> None:
        pass

    def set_countdown_paused(self, paused: bool) -> None:
        pass

    def close(self) -> bool:
        return True


class Uptime:
    """A boot clock the test moves: it runs through a suspend, a clock change skips it."""

    def __init__(self) -> None:
        self.seconds = 5_000.0

    def __call__(self) -> float:
        return self.seconds


class Rig:
    def __init__(self, tmp_path: Path, start: datetime, settings: Settings) -> None:
        self.clock = FakeClock(start, BERLIN)
        self.uptime = Uptime()
        self.journal = Journal.open(tmp_path / "journal.sqlite3", self.clock)
        catalogue, problems = load_catalogue(None)
        assert problems == []
        self.prompts: list[StandInPrompt] = []
        self.notes: list[tuple[str, str]] = []
        self.replans: list[str] = []
        self.runtime = build_runtime(
            clock=self.clock,
            settings=settings,
            catalogue=catalogue,
            journal=self.journal,
            notify=lambda t, m: self.notes.append((t, m)),
            prompt_factory=self.make_prompt,
            block_source=self.blocks,
            uptime=self.uptime,
            listen_logind=False,
            rng=random.Random(11),
        )
        self.scheduler = self.runtime.scheduler
        self.coordinator = self.runtime.coordinator
        self.watcher = self.runtime.wake
        self.coordinator.replanned.connect(self.replans.append)

    def blocks(self, settings: Settings, window: Window) -> tuple[list[Block], list[Problem]]:
        return blocks_from_rules(settings.blocks, window.start, window.end, window.tz), []

    def make_prompt(self, routine: Any) -> StandInPrompt:
        prompt = StandInPrompt(routine)
        self.prompts.append(prompt)
        return prompt

    def journal_states(self) -> dict[str, str]:
        return {r.slot_id: r.state for r in self.journal.breaks()}

    def due_jobs(self) -> list[str]:
        return sorted(job_id for job_id, _ in self.scheduler.scheduled() if ":" not in job_id)

    def close(self) -> None:
        self.runtime.stop()
        self.journal.close()


MakeRig = Callable[..., Rig]


@pytest.fixture
def make_rig(tmp_path: Path, qapp: Any) -> Iterator[MakeRig]:
    made: list[Rig] = []

    def build(start: datetime, settings: Settings | None = None) -> Rig:
        rig = Rig(tmp_path, start, settings or Settings())
        made.append(rig)
        return rig

    yield build
    for rig in made:
        rig.close()


def ny_hhmm(moment: datetime) -> str:
    return moment.astimezone(NEW_YORK).strftime("%H:%M")


def local_hhmm(slot: BreakSlot, zone: ZoneInfo) -> str:
    return slot.start.astimezone(zone).strftime("%a %H:%M")


# ------------------------------------------------------------------ suspend / resume


def test_three_hours_asleep_journals_passed_slots_missed_and_shows_nothing(make_rig: MakeRig, qtbot: Any) -> None:
    rig = make_rig(MONDAY_0900)
    rig.scheduler.start()
    before = rig.coordinator.replan("start")
    woke_at = MONDAY_0900 + timedelta(hours=3)
    passed = [s for s in before if s.start < woke_at]
    assert len(passed) >= 2, [local_hhmm(s, BERLIN) for s in before]

    rig.clock.advance(timedelta(hours=3))
    rig.uptime.seconds += 3 * 3600  # a suspend: the boot clock ran on, so it is not a clock change
    rig.watcher.check_now()
    qtbot.wait(50)  # any queued due/heads-up delivery would arrive now

    assert rig.replans == ["start", "resumed"]
    assert rig.journal_states() == {s.id: "missed" for s in passed}
    assert rig.prompts == []
    assert [t for t, _ in rig.notes] == []
    assert rig.coordinator.planned and all(s.start > woke_at for s in rig.coordinator.planned)
    assert rig.due_jobs() == sorted(s.id for s in rig.coordinator.planned)


def test_after_the_resume_the_next_slot_opens_exactly_one_prompt(make_rig: MakeRig, qtbot: Any) -> None:
    rig = make_rig(MONDAY_0900)
    rig.coordinator.replan("start")
    rig.clock.advance(timedelta(hours=3))
    rig.uptime.seconds += 3 * 3600
    rig.watcher.check_now()
    first, second = rig.coordinator.planned[:2]

    # A stale slot from before the sleep, delivered late by the scheduler, is not shown.
    rig.coordinator.on_due(
        BreakSlot("old", MONDAY_0900 + timedelta(minutes=50), MONDAY_0900 + timedelta(minutes=55), "gap")
    )
    rig.clock.set(first.start)
    rig.coordinator.on_due(first)
    rig.clock.set(second.start)
    rig.coordinator.on_due(second)  # the first prompt is still open

    assert len(rig.prompts) == 1 and rig.prompts[0].shown
    assert rig.journal_states()[first.id] == "shown"
    assert second.id not in rig.journal_states()


def test_a_forward_clock_jump_is_a_clock_change_and_also_journals_missed(make_rig: MakeRig, qtbot: Any) -> None:
    rig = make_rig(MONDAY_0900)
    before = rig.coordinator.replan("start")
    rig.clock.advance(timedelta(hours=3))  # the boot clock did not move: the clock was set
    rig.watcher.check_now()
    passed = [s for s in before if s.start < MONDAY_0900 + timedelta(hours=3)]
    assert rig.replans == ["start", "clock changed"]
    assert rig.journal_states() == {s.id: "missed" for s in passed}
    assert rig.prompts == []


# ------------------------------------------------------------------ time-zone change


def test_a_zone_change_re_plans_09_00_rules_on_the_new_zones_wall_clock(make_rig: MakeRig, qtbot: Any) -> None:
    rig = make_rig(MONDAY_0700, Settings(blocks=(DEEP_WORK,)))
    in_berlin = rig.coordinator.replan("start")
    assert local_hhmm(in_berlin[0], BERLIN) == "Mon 12:02"  # after the 09:00-12:00 block

    rig.clock.set_zone(NEW_YORK)  # flew to New York: same instant, 01:00 there
    rig.watcher.check_now()

    assert rig.replans == ["start", "time zone changed"]
    in_new_york = rig.coordinator.planned
    assert local_hhmm(in_new_york[0], NEW_YORK) == "Mon 12:02"
    deep = [b for b in rig.coordinator.blocks if b.start.astimezone(NEW_YORK).date().weekday() == 0]
    assert [(ny_hhmm(b.start), ny_hhmm(b.end)) for b in deep] == [("09:00", "12:00")]
    # Working hours follow too: nothing before 09:00 New York time.
    assert all(s.start.astimezone(NEW_YORK).time() >= time(9, 0) for s in in_new_york)
    # The Berlin plan's jobs are gone, none of them was journaled (none had passed).
    assert rig.due_jobs() == sorted(s.id for s in in_new_york)
    assert not {s.id for s in in_berlin} & set(rig.due_jobs())
    assert rig.journal_states() == {}
    assert rig.prompts == []
