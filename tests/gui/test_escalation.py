"""Gentle escalation: two skipped breaks in a row, and the next prompt offers one minute and
says how long the user has sat; the tooltip's "last moved". Real planner, journal and timers
on a fake clock; the prompt is test_coordinator's stand-in."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from movebreak.runtime.escalation import duration_words, gentle_title, skips_in_row
from tests.gui.test_coordinator import Rig


@pytest.fixture
def rig(tmp_path: Path, qapp) -> Iterator[Rig]:  # type: ignore[no-untyped-def]
    r = Rig(tmp_path)
    r.coordinator.replan()
    r.scheduler.start()
    yield r
    r.journal.close()


def next_prompt(rig: Rig):  # type: ignore[no-untyped-def]
    slot = rig.coordinator.status().next_break
    assert slot is not None
    rig.timers.run_until(slot.start)
    assert rig.coordinator.prompt is rig.prompts[-1]
    return slot, rig.prompts[-1]


def test_words() -> None:
    assert skips_in_row(["skipped", "missed", "skipped", "completed", "skipped"]) == 2
    assert skips_in_row(["natural-break", "skipped"]) == 0
    assert duration_words(timedelta(minutes=130)) == "2 h 10 min"
    assert duration_words(timedelta(minutes=120)) == "2 h"
    assert gentle_title(timedelta(minutes=95)) == "Just one minute: you have been sitting for 1 h 35 min"
    assert gentle_title(timedelta(minutes=95), at_least=True).endswith("for at least 1 h 35 min")
    assert gentle_title(None) == "Just one minute this time"


def test_after_two_skips_the_next_prompt_offers_one_minute_and_says_how_long(rig: Rig) -> None:
    _, first = next_prompt(rig)
    assert first.routine.total_seconds > 60
    first.complete_all()
    moved_at = rig.clock.now()
    for _ in range(2):
        _, prompt = next_prompt(rig)
        assert prompt.routine.total_seconds > 60  # no escalation before two skips
        prompt.finished.emit("skipped")
    slot, gentle = next_prompt(rig)
    assert 0 < gentle.routine.total_seconds <= 60
    sat = duration_words(rig.clock.now() - moved_at)
    assert gentle.routine.title == f"Just one minute: you have been sitting for {sat}"
    gentle.complete_all()
    assert rig.state_of(slot.id) == "completed"
    _, after = next_prompt(rig)  # the streak is over: a full routine again
    assert after.routine.total_seconds > 60


def test_the_skips_before_a_restart_count(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    first = Rig(tmp_path)
    first.coordinator.replan()
    first.scheduler.start()
    for _ in range(2):
        next_prompt(first)[1].finished.emit("skipped")
    first.journal.close()
    again = Rig(tmp_path, start=first.clock.now())
    again.coordinator.replan()
    again.scheduler.start()
    _, gentle = next_prompt(again)
    assert gentle.routine.total_seconds <= 60
    # nothing taken since this run began: only a lower bound is known
    assert "you have been sitting for at least" in gentle.routine.title
    again.journal.close()


def test_the_tooltip_says_when_you_last_moved(rig: Rig) -> None:
    assert rig.coordinator.status().moved_words() == "Last moved over 0 min ago"
    _, prompt = next_prompt(rig)
    prompt.complete_all()
    moved = rig.clock.now()
    rig.timers.run_until(moved + timedelta(minutes=12, seconds=30))
    status = rig.coordinator.status()
    assert status.moved_words() == f"Last moved 12 min ago, at {moved:%H:%M}"
    assert "Last moved 12 min ago" in status.summary()
    assert status.as_dict()["moved_minutes_ago"] == 12
    rig.idle = 0.0
    rig.timers.run_until(moved + timedelta(minutes=16))
    rig.idle = 600.0  # gone for ten minutes, seen by the next poll (every five minutes)
    poll = rig.timers.active()["away-poll"]
    rig.timers.run_until(poll)
    away = rig.coordinator.status()
    since = (poll - timedelta(minutes=10)).astimezone(rig.clock.tz())
    assert away.moved_words() == f"Away from the keyboard since {since:%H:%M}"
