"""The tray app's questions to the system: idle time, do-not-disturb, calls; each probe built on first use."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from movebreak.domain.settings import Settings


class SystemProbes:
    """Idle time, do-not-disturb and calls, asked only when a break comes due (and idle
    time once a minute, for time away between breaks).

    The probes (ctypes, X11, D-Bus calls) are set up on the first question, not at start:
    between breaks the tray app never needs them, and they would stay in memory for good."""

    def __init__(self, settings: Callable[[], Settings]) -> None:
        self._settings = settings  # asked each time: saved settings take effect at once
        self._idle: Any = None
        self._dnd: Any = None
        self._calls: Any = None

    def idle_seconds(self) -> float | None:
        if self._idle is None:
            from movebreak.runtime.idle import IdleMonitor

            self._idle = IdleMonitor.detect()
        seconds: float | None = self._idle.idle_seconds()
        return seconds

    def dnd_reason(self) -> str | None:
        if self._dnd is None:
            from movebreak.runtime.dnd import DndProbe

            settings = self._settings()
            self._dnd = DndProbe(fullscreen_check=settings.defer_when_fullscreen, processes=settings.dnd_processes)
        reason: str | None = self._dnd.reason()
        return reason

    def call_reason(self) -> str | None:
        if not self._settings().hold_during_calls:
            return None
        if self._calls is None:
            from movebreak.runtime.calls import CallProbe

            self._calls = CallProbe()
        reason: str | None = self._calls.reason()
        return reason

    def settings_changed(self) -> None:
        """The do-not-disturb probe holds settings of its own: built again when next asked."""
        self._dnd = None
