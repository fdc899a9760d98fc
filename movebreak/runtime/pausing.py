"""Pause ("no breaks for 1 h") and focus ("a block of 50 min from now") requests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QObject

from movebreak.domain.blocks import Block
from movebreak.domain.clock import Clock
from movebreak.domain.pause import Pause, parse_focus, pause_message, pause_until
from movebreak.runtime.planning import Plan
from movebreak.runtime.timers import Timers
from movebreak.texts import N_


class PauseControl(QObject):
    """Holds breaks until a pause ends, and always ends it (a timer re-plans at its end)."""

    def __init__(self, *, clock: Clock, plan: Plan, timers: Timers, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._plan = plan
        self._pause: Pause | None = None
        self._end = timers.single_shot("pause-end", self._expired)

    def _now(self) -> datetime:
        return self._clock.now().astimezone(UTC)

    @property
    def pause(self) -> Pause | None:
        """The pause in force, if any."""
        return self._pause if self.is_paused() else None

    def is_paused(self) -> bool:
        return self._pause is not None and self._now() < self._pause.until

    def set_pause(self, spec: str) -> str:
        now = self._now()
        current = self._plan.current_block()
        local = now.astimezone(self._clock.tz())
        pause = pause_until(spec, local, self._plan.settings, current.end if current else None)
        self._pause = pause
        if pause is None:
            self._end.stop()
            self._plan.hold_until(None)
            self._plan.replan("pause off")
            return N_("Pause", "Breaks resumed.")
        self._plan.hold_until(pause.until)
        self._end.start(pause.until - now)
        self._plan.replan("paused")
        return pause_message(pause, pause.until.astimezone(self._clock.tz()))

    def _expired(self) -> None:
        if self._pause is None:
            return
        if self._now() >= self._pause.until - timedelta(seconds=1):
            self._pause = None
            self._plan.hold_until(None)
            self._plan.replan("pause ended")
        else:  # the timer fired early (clock change): wait the rest
            self._end.start(self._pause.until - self._now())

    def start_focus(self, spec: str) -> str:
        length = parse_focus(spec)
        now = self._now()
        block = Block(now, now + length, "Focus", "manual")
        self._plan.set_focus(block)
        self._plan.replan("focus")
        end = f"{block.end.astimezone(self._clock.tz()):%H:%M}"
        return N_("Pause", "Focus until %1; the break comes after it.", end)
