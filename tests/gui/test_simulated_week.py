"""A whole simulated week, Mon 26 Oct - Sun 1 Nov 2026, on a fake clock.

Everything that decides is real: the config file loader, the app's block source, the planner,
the SlotScheduler (APScheduler, on the injected clock), the
Coordinator, the WakeWatcher's gap check, the prompt window and the SQLite journal. What is
faked is *time* and what the desktop reports:

- the clock is a FakeClock, and every part asks it, APScheduler's ClockScheduler included;
- every timer of those parts comes from ManualTimers, the runtime's timer factory for tests:
  a timer fires when the fake clock reaches its deadline, in order. A suspend shifts the
  deadlines, as the monotonic clock behind Qt timers stops while the machine sleeps;
- the idle probe and the do-not-disturb probe answer from a script of when the user is away
  or sharing a screen.

The week holds: an 8-hour suspend (Tue), a flight Berlin -> New York (Wed), a pause that
expires (Thu), a focus block (Thu), idle at slot time and a screen share (Fri) and the end of
daylight-saving time in New York (Sun 02:00 EDT -> 01:00 EST). Berlin left DST a day before
the week starts, so the week runs with the rare 5-hour Berlin/New York difference.

The expected journal and prompts are written out by hand below; each line says why.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication

from movebreak.app import block_source
from movebreak.domain.clock import FakeClock
from movebreak.runtime.timers import ManualTimers
from movebreak.runtime.wiring import build_runtime
from movebreak.storage.catalogue import load_catalogue
from movebreak.storage.config_file import load_config
from movebreak.storage.journal import Journal
from movebreak.ui.prompt import PromptWindow

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")

CONFIG = """\
[working_hours]
mon = ["09:00-17:30"]
tue = ["09:00-17:30"]
wed = ["09:00-17:30"]
thu = ["09:00-17:30"]
fri = ["09:00-17:30"]
sun = ["10:00-12:00"]

[[blocks]]
days = "mon-fri"
start = "09:00"
end = "09:15"
title = "Stand-up"

[[blocks]]
days = "sun"
start = "10:00"
end = "11:00"
title = "Sunday writing"

[planning]
max_sitting = 90
routine_min = 2
routine_max = 5
"""


def berlin(day: int, hh: int, mm: int) -> datetime:
    return datetime(2026, 10, day, hh, mm, tzinfo=BERLIN)


def new_york(month: int, day: int, hh: int, mm: int) -> datetime:
    return datetime(2026, month, day, hh, mm, tzinfo=NEW_YORK)


class BootClock:
    """CLOCK_BOOTTIME: runs on through a suspend, ignores changes to the wall clock. This week
    has no clock changes, so it moves exactly with the fake clock."""

    def __init__(self, clock: FakeClock) -> None:
        self._clock = clock
        self._offset = 50_000.0 - clock.now().timestamp()

    def __call__(self) -> float:
        return self._clock.now().timestamp() + self._offset


class Script:
    """What a desktop probe answers, by fake time: (start, end, value) spans."""

    def __init__(self, clock: FakeClock, answer: Callable[[datetime, datetime], Any], default: Any) -> None:
        self._clock = clock
        self._answer = answer
        self._default = default
        self.spans: list[tuple[datetime, datetime]] = []

    def __call__(self) -> Any:
        now = self._clock.now()
        for start, end in self.spans:
            if start <= now < end:
                return self._answer(start, now)
        return self._default


class Week:
    """The app's runtime, built by build_runtime as App builds it, on the fake clock."""

    def __init__(self, tmp_path: Path, qapp: QApplication) -> None:
        self.qapp = qapp
        self.clock = FakeClock(berlin(26, 8, 0), BERLIN)
        self.boot = BootClock(self.clock)
        self.timers = ManualTimers(self.clock, settle=self._settle)
        config = tmp_path / "config.toml"
        config.write_text(CONFIG)
        loaded = load_config(config)
        assert loaded.problems == []
        self.settings = loaded.settings
        self.journal = Journal.open(tmp_path / "journal.sqlite3", self.clock)
        catalogue, problems = load_catalogue(None)
        assert problems == []
        self.away = Script(self.clock, lambda start, now: (now - start).total_seconds(), 0.0)
        self.sharing = Script(self.clock, lambda start, now: "fullscreen window", None)
        self.prompts: list[str] = []
        self.notes: list[str] = []
        self.replans: list[str] = []
        self.answer_prompts = True  # False: a prompt stays open until answer() is called

        self.runtime = build_runtime(
            clock=self.clock,
            settings=self.settings,
            catalogue=catalogue,
            journal=self.journal,
            notify=lambda title, text: self.notes.append(f"{self.local_now()} {title}"),
            prompt_factory=self._make_prompt,
            block_source=block_source,
            timers=self.timers,
            idle_seconds=self.away,
            dnd_reason=self.sharing,
            uptime=self.boot,
            listen_logind=False,
        )
        self.coordinator = self.runtime.coordinator
        self.coordinator.replanned.connect(self._on_replanned)

    # ------------------------------------------------------------ wiring
    def _on_replanned(self, reason: str) -> None:
        if reason in ("start", "resumed", "clock changed", "time zone changed"):  # not asked for by a test step
            self.replans.append(f"{self.local_now()} {reason}")

    def _make_prompt(self, routine: Any) -> PromptWindow:
        self.prompts.append(self.local_now())
        return PromptWindow(routine, chime=self.settings.chime, snooze_minutes=self.settings.snooze)

    def local_now(self) -> str:
        return self.clock.now().strftime("%a %d %H:%M %z")

    # ------------------------------------------------------------ driving time
    def start(self) -> None:
        self.runtime.start()
        self._settle()

    def run_until(self, moment: datetime) -> None:
        """Let fake time pass up to `moment`, firing every timer that falls due on the way."""
        self.timers.run_until(moment)

    def suspend(self, length: timedelta) -> None:
        """The lid closes now and opens `length` later: no timer runs in between."""
        self.timers.suspend(length)

    def fly_to(self, zone: ZoneInfo) -> None:
        self.clock.set_zone(zone)

    def _settle(self) -> None:
        """Deliver what Qt queued, and answer any prompt that opened (Done on each exercise)."""
        for _ in range(20):
            for _ in range(3):
                QCoreApplication.sendPostedEvents()
                QCoreApplication.processEvents()
            prompt = self.coordinator.prompt
            if prompt is None or not self.answer_prompts:
                return
            self.answer()
        raise AssertionError("the runtime never settled")

    def answer(self) -> None:
        """Done on each exercise of the open prompt."""
        prompt = self.coordinator.prompt
        if isinstance(prompt, PromptWindow):
            for _ in prompt.routine.items:
                prompt.done()
        QCoreApplication.sendPostedEvents()

    def journal_rows(self) -> list[tuple[str, str]]:
        return [(r.planned_start.strftime("%a %d %H:%M %z"), r.state) for r in self.journal.breaks()]

    def close(self) -> None:
        self.runtime.stop()
        self.journal.close()


def live_parts(week: Week) -> tuple[int, int, list[str]]:
    """Qt objects with a Python side, widgets, and the names of the running timers. Objects
    deleted later (deleteLater) are deleted first, as the event loop would by now."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()
    qobjects = sum(1 for o in gc.get_objects() if isinstance(o, QObject))
    return qobjects, len(QApplication.allWidgets()), sorted(week.timers.active())


@pytest.fixture
def week(tmp_path: Path, qapp: QApplication) -> Iterator[Week]:
    w = Week(tmp_path, qapp)
    yield w
    w.close()


def test_a_simulated_week_journals_and_prompts_exactly_as_planned(week: Week, caplog: pytest.LogCaptureFixture) -> None:
    week.start()
    at_start = live_parts(week)
    # Mon: an ordinary day in Berlin.
    week.run_until(berlin(27, 9, 15) + timedelta(seconds=30))
    # Tue 09:15:30-17:15:30: the laptop sleeps for 8 hours. APScheduler's timer (due 09:16
    # for a heads-up) is the first to fire after the wake; the gap check follows at 17:20.
    week.suspend(timedelta(hours=8))
    week.run_until(berlin(28, 13, 0))
    # Wed 13:00 Berlin: fly; the laptop wakes in New York at 08:00 EDT (13:00 Berlin).
    week.fly_to(NEW_YORK)
    week.run_until(new_york(10, 29, 10, 0))
    # Thu 10:00: pause for an hour; nobody turns it off.
    assert week.coordinator.set_pause("1h") == "Paused for 1 h (until Thu 11:00)."
    week.run_until(new_york(10, 29, 11, 1))
    assert week.coordinator.pause is None and week.coordinator.status().pause is None
    week.run_until(new_york(10, 29, 14, 0))
    # Thu 14:00: 50 minutes of focus.
    assert week.coordinator.start_focus("50m") == "Focus until 14:50; the break comes after it."
    week.run_until(new_york(10, 30, 12, 0))
    # Fri: away from the desk 12:10-13:30, then a screen share 14:54-15:03.
    week.away.spans.append((new_york(10, 30, 12, 10), new_york(10, 30, 13, 30)))
    week.sharing.spans.append((new_york(10, 30, 14, 54), new_york(10, 30, 15, 3)))
    week.run_until(new_york(11, 1, 23, 59))
    # A week of breaks leaves no Qt object, widget or timer behind.
    assert live_parts(week) == at_start

    # Working day 09:00-17:30 with a stand-up to 09:15: an after-block slot at 09:17 (5 min),
    # then the fewest 5-minute slots keeping every sitting stretch within 90 min: 488 min
    # from 09:22 need five, 77.2 min apart, so 10:40, 12:02, 13:24, 14:46, 16:08.
    assert week.journal_rows() == [
        ("Mon 26 09:17 +0100", "completed"),
        ("Mon 26 10:40 +0100", "completed"),
        ("Mon 26 12:02 +0100", "completed"),
        ("Mon 26 13:24 +0100", "completed"),
        ("Mon 26 14:46 +0100", "completed"),
        ("Mon 26 16:08 +0100", "completed"),
        # Slept through: journaled at the resume, never prompted.
        ("Tue 27 09:17 +0100", "missed"),
        ("Tue 27 10:40 +0100", "missed"),
        ("Tue 27 12:02 +0100", "missed"),
        ("Tue 27 13:24 +0100", "missed"),
        ("Tue 27 14:46 +0100", "missed"),
        ("Tue 27 16:08 +0100", "missed"),
        # Wednesday morning in Berlin; the Berlin afternoon slots had not passed at take-off,
        # so they are simply dropped...
        ("Wed 28 09:17 +0100", "completed"),
        ("Wed 28 10:40 +0100", "completed"),
        ("Wed 28 12:02 +0100", "completed"),
        # ...and the day is planned again on New York's wall clock.
        ("Wed 28 09:17 -0400", "completed"),
        ("Wed 28 10:40 -0400", "completed"),
        ("Wed 28 12:02 -0400", "completed"),
        ("Wed 28 13:24 -0400", "completed"),
        ("Wed 28 14:46 -0400", "completed"),
        ("Wed 28 16:08 -0400", "completed"),
        # Thu: 10:40 fell in the pause (10:00-11:00); the focus block 14:00-14:50 replaces
        # 14:46 with 14:52, and the 153 min after it get one more slot at 16:11.
        ("Thu 29 09:17 -0400", "completed"),
        ("Thu 29 12:02 -0400", "completed"),
        ("Thu 29 13:24 -0400", "completed"),
        ("Thu 29 14:52 -0400", "completed"),
        ("Thu 29 16:11 -0400", "completed"),
        # Fri: away since 12:10, 74 min by 13:24, longer than its 5-minute routine. Back at
        # 13:30: the sitting clock starts again, so 90 min later, 15:00, and the 145 min
        # from 15:05 get one more slot at 16:15.
        ("Fri 30 09:17 -0400", "completed"),
        ("Fri 30 10:40 -0400", "completed"),
        ("Fri 30 12:02 -0400", "completed"),
        ("Fri 30 13:24 -0400", "natural-break"),
        ("Fri 30 15:00 -0400", "completed"),
        ("Fri 30 16:15 -0400", "completed"),
        # Sun: New York is back on EST since 02:00; the 10:00-11:00 block still ends at 11:00.
        ("Sun 01 11:02 -0500", "completed"),
    ]
    assert week.prompts == [
        "Mon 26 09:17 +0100",
        "Mon 26 10:40 +0100",
        "Mon 26 12:02 +0100",
        "Mon 26 13:24 +0100",
        "Mon 26 14:46 +0100",
        "Mon 26 16:08 +0100",
        "Wed 28 09:17 +0100",
        "Wed 28 10:40 +0100",
        "Wed 28 12:02 +0100",
        "Wed 28 09:17 -0400",
        "Wed 28 10:40 -0400",
        "Wed 28 12:02 -0400",
        "Wed 28 13:24 -0400",
        "Wed 28 14:46 -0400",
        "Wed 28 16:08 -0400",
        "Thu 29 09:17 -0400",
        "Thu 29 12:02 -0400",
        "Thu 29 13:24 -0400",
        "Thu 29 14:52 -0400",
        "Thu 29 16:11 -0400",
        "Fri 30 09:17 -0400",
        "Fri 30 10:40 -0400",
        "Fri 30 12:02 -0400",
        # 15:00 fell in the screen share: retried at 15:02 (still sharing), shown at 15:04.
        "Fri 30 15:04 -0400",
        "Fri 30 16:15 -0400",
        "Sun 01 11:02 -0500",
    ]
    # What re-planned on its own: the gap check after the wake, the zone change at the next
    # 5-minute check after landing, and the UTC offset change at the end of DST.
    assert week.replans == [
        "Mon 26 08:00 +0100 start",
        "Tue 27 17:20 +0100 resumed",
        "Wed 28 08:05 -0400 time zone changed",
        "Sun 01 01:00 -0500 time zone changed",
    ]
    # No stale heads-up or prompt after the wake, and no bubble during the screen share.
    assert [n for n in week.notes if n.startswith("Tue")] == []
    assert [n for n in week.notes if n.startswith(("Fri 30 12", "Fri 30 13", "Fri 30 14", "Fri 30 15"))] == [
        "Fri 30 12:01 -0400 Stretch break in 1 min",
        "Fri 30 12:02 -0400 Time to move",
        # none at 13:23: away for 73 min, the 13:24 break was going to be a natural one
        "Fri 30 15:04 -0400 Time to move",
    ]
    # The wake itself: APScheduler's timer fired first (17:16) and dropped all twelve of
    # Tuesday's jobs (six slots, six heads-ups) as misfired; none reached the coordinator.
    misfired = [r for r in caplog.records if "was missed by" in r.getMessage()]
    assert len(misfired) == 12


def test_a_manual_break_at_ten_moves_the_next_sitting_limit_break(week: Week) -> None:
    """Monday as planned (09:17, 10:40, 12:02...) until a break-now at 10:00 that takes its
    five minutes: the sitting clock starts again at 10:05, so nothing before 11:35."""
    week.start()
    week.run_until(berlin(26, 10, 0))
    assert week.coordinator.status().next_break.start == berlin(26, 10, 40)  # type: ignore[union-attr]
    week.answer_prompts = False
    assert week.coordinator.start_break_now().startswith("Break started: ")
    week.run_until(berlin(26, 10, 5))
    week.answer()
    week.answer_prompts = True
    week.run_until(berlin(26, 10, 6))
    routine, sitting = timedelta(minutes=5), timedelta(minutes=90)
    nxt = week.coordinator.status().next_break
    assert nxt is not None and nxt.reason == "sitting-limit"
    assert nxt.start >= berlin(26, 10, 0) + routine + sitting
    assert f"Next break: {nxt.start:%H:%M}" in week.coordinator.status().summary()
    week.run_until(berlin(26, 17, 30))
    # the rest of the day spread evenly from the moved slot; no prompt at 10:40
    assert week.prompts == [
        "Mon 26 09:17 +0100",
        "Mon 26 10:00 +0100",
        "Mon 26 11:35 +0100",
        "Mon 26 13:04 +0100",
        "Mon 26 14:33 +0100",
        "Mon 26 16:02 +0100",
    ]
    assert [row for row in week.journal_rows() if row[1] != "completed"] == []
