"""The runtime's one wiring: scheduler, coordinator, wake watcher and commands on one clock and
one timer factory. The app builds it with the system clock and Qt timers; the tests build the
very same thing with a FakeClock and ManualTimers, so no test copies the composition."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta

from PySide6.QtCore import QObject

from movebreak.domain.clock import Clock
from movebreak.domain.exercises import Exercise, Routine
from movebreak.domain.settings import Settings
from movebreak.runtime.commands import Commands
from movebreak.runtime.coordinator import Coordinator
from movebreak.runtime.planning import BlockSource
from movebreak.runtime.ports import Journal, Prompt
from movebreak.runtime.scheduler import SlotScheduler
from movebreak.runtime.timers import QtTimers, Timers
from movebreak.runtime.wake import WakeWatcher


@dataclass
class Runtime:
    clock: Clock
    timers: Timers
    scheduler: SlotScheduler
    coordinator: Coordinator
    wake: WakeWatcher
    commands: Commands

    def start(self) -> None:
        self.scheduler.start()
        self.coordinator.replan("start")

    def stop(self) -> None:
        self.scheduler.shutdown()

    def apply_settings(self, settings: Settings) -> None:
        """Saved settings take effect at once: a new zone re-plans on its wall clock."""
        if settings.timezone != self.coordinator.settings.timezone:
            self.clock.set_zone(settings.timezone or None)
        self.coordinator.set_settings(settings)


def build_runtime(
    *,
    clock: Clock,
    settings: Settings,
    catalogue: Sequence[Exercise],
    journal: Journal | None,
    notify: Callable[[str, str], object],
    prompt_factory: Callable[[Routine], Prompt],
    block_source: BlockSource,
    timers: Timers | None = None,
    idle_seconds: Callable[[], float | None] = lambda: None,
    dnd_reason: Callable[[], str | None] = lambda: None,
    call_reason: Callable[[], str | None] = lambda: None,
    uptime: Callable[[], float] | None = None,
    listen_logind: bool = True,
    on_resumed: Sequence[Callable[[], object]] = (),
    quit_app: Callable[[], object] = lambda: None,
    open_window: Callable[[str], object] = lambda what: None,
    already_running: Callable[[str], object] = lambda message: None,
    rng: random.Random | None = None,
    prepare_lead: timedelta | None = None,
    parent: QObject | None = None,
) -> Runtime:
    """`prepare_lead`: the scheduler's `prepare` signal comes this long before each slot."""
    timers = timers or QtTimers(parent)
    scheduler = SlotScheduler(clock, timers=timers, prepare_lead=prepare_lead, parent=parent)
    coordinator = Coordinator(
        clock=clock,
        settings=settings,
        scheduler=scheduler,
        block_source=block_source,
        catalogue=catalogue,
        journal=journal,
        notify=notify,
        prompt_factory=prompt_factory,
        idle_seconds=idle_seconds,
        dnd_reason=dnd_reason,
        call_reason=call_reason,
        rng=rng,
        timers=timers,
        parent=parent,
    )
    wake = WakeWatcher(clock, parent=parent, uptime=uptime, listen_logind=listen_logind, timers=timers)
    wake.resumed.connect(lambda: coordinator.replan("resumed"))
    for also in on_resumed:  # Qt timers stop while asleep: e.g. fetch URL calendars now
        wake.resumed.connect(also)
    wake.clock_changed.connect(lambda: coordinator.replan("clock changed"))
    wake.zone_changed.connect(lambda: coordinator.replan("time zone changed"))
    commands = Commands(coordinator, quit_app=quit_app, open_window=open_window, already_running=already_running)
    return Runtime(clock, timers, scheduler, coordinator, wake, commands)


__all__ = ["Runtime", "build_runtime"]
