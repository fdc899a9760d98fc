"""The coordinator's decisions, driven by a fake clock, with the real planner, catalogue,
routine composer, APScheduler-backed scheduler and SQLite journal. Only the prompt window is
a stand-in (its own tests live in test_prompt*.py): it records what it was asked to do."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QObject, Signal

from movebreak.domain.blocks import Block, blocks_from_rules
from movebreak.domain.clock import FakeClock
from movebreak.domain.planner import BreakSlot, Window
from movebreak.domain.settings import DEFAULTS, BlockRule, Settings, parse_time
from movebreak.runtime.commands import Commands
from movebreak.runtime.coordinator import Coordinator
from movebreak.runtime.scheduler import SlotScheduler
from movebreak.runtime.timers import ManualTimers
from movebreak.storage.catalogue import load_catalogue
from movebreak.storage.journal import Journal

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY_0800 = datetime(2026, 11, 23, 8, 0, tzinfo=BERLIN)


class StandInPrompt(QObject):
    exercise_done = Signal(int, str, str, int)
    finished = Signal(str)

    def __init__(self, routine) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.routine = routine
        self.shown = False
        self.forward = 0
        self.paused: list[bool] = []

    def show_unfocused(self) -> None:
        self.shown = True

    def bring_forward(self) -> None:
        self.forward += 1

    def set_countdown_paused(self, paused: bool) -> None:
        self.paused.append(paused)

    def close(self) -> bool:
        return True

    def complete_all(self) -> None:
        for i, item in enumerate(self.routine.items):
            self.exercise_done.emit(i, item.exercise.id, "completed", item.seconds)
        self.finished.emit("completed")


class Rig:
    def __init__(self, tmp_path: Path, settings: Settings = DEFAULTS, start: datetime = MONDAY_0800) -> None:
        self.clock = FakeClock(start, BERLIN)
        self.journal = Journal.open(tmp_path / "journal.sqlite3", self.clock)
        self.catalogue, problems = load_catalogue(None)
        assert problems == []
        self.prompts: list[StandInPrompt] = []
        self.notes: list[tuple[str, str]] = []
        self.idle: float | None = None
        self.dnd: str | None = None
        self.timers = ManualTimers(self.clock)
        self.scheduler = SlotScheduler(self.clock, timers=self.timers)
        self.coordinator = Coordinator(
            timers=self.timers,
            clock=self.clock,
            settings=settings,
            scheduler=self.scheduler,
            block_source=self.blocks,
            catalogue=self.catalogue,
            journal=self.journal,
            notify=lambda t, m: self.notes.append((t, m)),
            prompt_factory=self.make_prompt,
            idle_seconds=lambda: self.idle,
            dnd_reason=lambda: self.dnd,
            rng=random.Random(7),
        )
        self.commands = Commands(self.coordinator)

    def blocks(self, settings: Settings, window: Window) -> tuple[list[Block], list]:  # type: ignore[type-arg]
        return blocks_from_rules(settings.blocks, window.start, window.end, window.tz), []

    def make_prompt(self, routine) -> StandInPrompt:  # type: ignore[no-untyped-def]
        prompt = StandInPrompt(routine)
        self.prompts.append(prompt)
        return prompt

    def state_of(self, slot_id: str) -> str | None:
        rows = {r.slot_id: r.state for r in self.journal.breaks()}
        return rows.get(slot_id)


@pytest.fixture
def rig(tmp_path: Path, qapp) -> Rig:  # type: ignore[no-untyped-def]
    r = Rig(tmp_path)
    yield r
    r.journal.close()


def test_replan_schedules_every_future_slot(rig: Rig) -> None:
    slots = rig.coordinator.replan()
    assert slots, "a default working day has breaks"
    assert all(s.start > rig.clock.now() for s in slots)
    due_jobs = [job_id for job_id, _ in rig.scheduler.scheduled() if ":" not in job_id]
    assert sorted(due_jobs) == sorted(s.id for s in slots)


def test_due_slot_opens_one_prompt_and_journals_completion(rig: Rig) -> None:
    slot = rig.coordinator.replan()[0]
    rig.clock.set(slot.start)
    rig.coordinator.on_due(slot)
    assert len(rig.prompts) == 1 and rig.prompts[0].shown
    assert rig.state_of(slot.id) == "shown"
    assert rig.notes[-1][0] == "Time to move"
    rig.prompts[0].complete_all()
    rec = next(r for r in rig.journal.breaks() if r.slot_id == slot.id)
    assert rec.state == "completed"
    assert [e.outcome for e in rec.exercises] == ["completed"] * len(rig.prompts[0].routine.items)
    assert rig.coordinator.prompt is None


def test_never_more_than_one_prompt(rig: Rig) -> None:
    first, second = rig.coordinator.replan()[:2]
    rig.clock.set(first.start)
    rig.coordinator.on_due(first)
    rig.clock.set(second.start)
    rig.coordinator.on_due(second)
    assert len(rig.prompts) == 1


def test_a_stale_slot_after_sleep_is_missed_not_prompted(rig: Rig) -> None:
    slot = rig.coordinator.replan()[0]
    rig.clock.set(slot.start + timedelta(hours=1))  # the laptop slept through it
    rig.coordinator.on_due(slot)
    assert rig.prompts == []
    assert rig.state_of(slot.id) == "missed"


def test_resume_replan_journals_every_passed_slot_as_missed_and_shows_none(rig: Rig) -> None:
    slots = rig.coordinator.replan()
    passed = [s for s in slots if s.start < MONDAY_0800 + timedelta(hours=5)]
    assert len(passed) >= 2
    rig.clock.set(MONDAY_0800 + timedelta(hours=5))
    rig.coordinator.replan("resumed")
    assert rig.prompts == []
    assert {s.id: rig.state_of(s.id) for s in passed} == {s.id: "missed" for s in passed}
    assert all(s.start > rig.clock.now() for s in rig.coordinator.planned)


def test_idle_user_gets_a_natural_break(rig: Rig) -> None:
    slot = rig.coordinator.replan()[0]
    rig.clock.set(slot.start)
    rig.idle = slot.routine_minutes * 60 + 1
    rig.coordinator.on_due(slot)
    assert rig.prompts == []
    assert rig.state_of(slot.id) == "natural-break"


def test_no_input_in_front_of_a_fullscreen_window_is_not_a_natural_break(rig: Rig) -> None:
    """A film or a talk watched without touching anything is sitting still: the break is
    held like any do-not-disturb break, and only a user still away when it ends gets credit."""
    slot = rig.coordinator.replan()[0]
    rig.clock.set(slot.start)
    rig.idle = slot.routine_minutes * 60 + 1
    rig.dnd = "fullscreen window"
    rig.coordinator.on_due(slot)
    assert rig.prompts == [] and rig.state_of(slot.id) is None  # held, not credited
    assert rig.coordinator.status().deferred is not None
    rig.dnd = None  # the film ends; the user has left the desk since
    rig.idle = slot.routine_minutes * 60 + 121
    rig.timers.advance(timedelta(minutes=2))
    assert rig.state_of(slot.id) == "natural-break"


def test_do_not_disturb_defers_and_retries_every_two_minutes_then_shows(rig: Rig) -> None:
    slot = rig.coordinator.replan()[0]
    rig.clock.set(slot.start)
    rig.dnd = "fullscreen window"
    rig.coordinator.on_due(slot)
    assert rig.prompts == [] and rig.state_of(slot.id) is None  # deferred, not decided
    assert rig.timers.active()["dnd-retry"] == slot.start + timedelta(minutes=2)
    assert rig.coordinator.status().deferred is not None
    rig.timers.advance(timedelta(minutes=2))
    assert rig.prompts == []
    rig.dnd = None
    rig.timers.advance(timedelta(minutes=2))
    assert len(rig.prompts) == 1 and rig.state_of(slot.id) == "shown"


def test_do_not_disturb_to_the_end_of_the_gap_suppresses(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    # A block 10:00-11:00 and another at 11:20: the break after the first has a 20 min gap.
    rules = (
        BlockRule((0,), parse_time("10:00"), parse_time("11:00"), "A"),  # type: ignore[arg-type]
        BlockRule((0,), parse_time("11:20"), parse_time("12:30"), "B"),
    )  # type: ignore[arg-type]
    rig = Rig(tmp_path, DEFAULTS.with_changes(blocks=rules), start=datetime(2026, 11, 23, 10, 30, tzinfo=BERLIN))
    slot = next(s for s in rig.coordinator.replan() if s.reason == "after-block")
    assert slot.start == datetime(2026, 11, 23, 11, 2, tzinfo=BERLIN)
    rig.clock.set(slot.start)
    rig.dnd = "process zoom running"
    rig.coordinator.on_due(slot)
    retries = 0
    while rig.coordinator.status().deferred is not None:
        rig.timers.advance(timedelta(minutes=2))
        retries += 1
    assert rig.state_of(slot.id) == "suppressed"
    assert rig.prompts == []
    # retried while a whole routine still fitted before 11:20, and not after
    assert rig.clock.now() + (slot.end - slot.start) > datetime(2026, 11, 23, 11, 20, tzinfo=BERLIN) - timedelta(
        minutes=2
    )
    assert retries >= 1
    rig.journal.close()


def test_snooze_reschedules_the_routine_after_the_snooze_length(rig: Rig) -> None:
    slot = rig.coordinator.replan()[0]
    rig.clock.set(slot.start)
    rig.coordinator.on_due(slot)
    rig.prompts[0].finished.emit("snoozed")
    assert rig.state_of(slot.id) == "snoozed"
    snoozed = [s for s in rig.coordinator.planned if s.reason == "snooze"]
    assert len(snoozed) == 1
    assert snoozed[0].start == slot.start + timedelta(minutes=DEFAULTS.snooze)


def test_pause_drops_slots_until_it_ends_and_always_ends(rig: Rig) -> None:
    rig.coordinator.replan()
    message = rig.coordinator.set_pause("2h")
    assert "until" in message
    assert all(s.start >= MONDAY_0800 + timedelta(hours=2) for s in rig.coordinator.planned)
    assert rig.coordinator.status().pause is not None
    rig.timers.advance(timedelta(hours=2, seconds=1))
    assert rig.coordinator.pause is None
    assert rig.coordinator.status().pause is None


def test_focus_block_pushes_the_break_to_its_end(rig: Rig) -> None:
    rig.clock.set(datetime(2026, 11, 23, 10, 0, tzinfo=BERLIN))
    rig.coordinator.replan()
    rig.coordinator.start_focus("50m")
    focus_end = datetime(2026, 11, 23, 10, 50, tzinfo=BERLIN)
    assert not any(focus_end - timedelta(minutes=50) < s.start < focus_end for s in rig.coordinator.planned)
    after = [s for s in rig.coordinator.planned if s.start >= focus_end]
    assert after[0].start == focus_end + timedelta(minutes=DEFAULTS.after_block_delay)


def test_break_now_shows_a_manual_routine_and_status_reports_it(rig: Rig) -> None:
    rig.coordinator.replan()
    reply = rig.commands.handle({"cmd": "break-now"})
    assert reply["ok"] and len(rig.prompts) == 1
    assert rig.coordinator.status().prompt_open
    again = rig.commands.handle({"cmd": "break-now"})
    assert "already" in again["message"] and rig.prompts[0].forward == 1


def test_bad_commands_get_exit_code_2(rig: Rig) -> None:
    assert rig.commands.handle({"cmd": "pause", "arg": "whenever"})["code"] == 2
    assert rig.commands.handle({"cmd": "dance"})["code"] == 2


def test_weekly_block_keeps_wall_clock_time_across_dst_and_break_follows_it(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    rule = BlockRule((6,), parse_time("09:00"), parse_time("11:00"), "Deep work")  # type: ignore[arg-type]
    hours = list(DEFAULTS.working_hours)
    hours[6] = hours[0]
    settings = DEFAULTS.with_changes(blocks=(rule,), working_hours=tuple(hours))
    # Sunday 29 March 2026: Berlin springs forward at 02:00.
    rig = Rig(tmp_path, settings, start=datetime(2026, 3, 29, 1, 30, tzinfo=BERLIN))
    slots = rig.coordinator.replan()
    first: BreakSlot = slots[0]
    assert first.start.astimezone(BERLIN).strftime("%H:%M") == "11:02"
    assert first.start.utcoffset() == timedelta(hours=2)
    rig.journal.close()


@pytest.mark.parametrize(("done", "expected"), [("all", "completed"), ("one", "partial"), ("none", "skipped")])
def test_a_break_left_open_by_a_crash_is_settled_from_its_exercises_at_the_next_start(
    tmp_path: Path,
    qapp,
    done: str,
    expected: str,  # type: ignore[no-untyped-def]
) -> None:
    rig = Rig(tmp_path)
    slot = rig.coordinator.replan()[0]
    rig.clock.set(slot.start)
    rig.coordinator.on_due(slot)
    prompt = rig.prompts[0]
    items = prompt.routine.items
    assert len(items) >= 2
    count = {"all": len(items), "one": 1, "none": 0}[done]
    for i, item in enumerate(items[:count]):
        prompt.exercise_done.emit(i, item.exercise.id, "completed", item.seconds)
    assert rig.state_of(slot.id) == "shown"
    rig.journal.close()  # the app dies here: the prompt never reports its end
    reopened = Journal.open(tmp_path / "journal.sqlite3", rig.clock)
    try:
        assert {r.slot_id: r.state for r in reopened.breaks()}[slot.id] == expected
    finally:
        reopened.close()


def test_two_manual_breaks_in_the_same_second_are_two_breaks(rig: Rig) -> None:
    rig.coordinator.replan()
    rig.coordinator.start_break_now()
    rig.prompts[0].complete_all()
    rig.coordinator.start_break_now()  # the fake clock has not moved at all
    rig.prompts[1].complete_all()
    manual = [r for r in rig.journal.breaks() if r.slot_id.startswith("manual@")]
    assert len(manual) == 2 and all(r.state == "completed" for r in manual)
