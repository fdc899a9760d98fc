"""Notices suspend/resume, wall-clock jumps and time-zone changes, so the coordinator re-plans."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo

from PySide6.QtCore import QObject, Signal, Slot

from movebreak.domain.clock import Clock, SystemClock
from movebreak.runtime.timers import QtTimers, Timers

log = logging.getLogger(__name__)

# A timer fires late under load; only a gap beyond the interval plus this counts.
SLACK = timedelta(seconds=60)

_LOGIND = ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager")


def boot_clock() -> Callable[[], float] | None:
    """Seconds on a clock that runs through suspend but ignores wall-clock changes."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if sys.platform.startswith("linux") and boottime is not None:
        return lambda: time.clock_gettime(boottime)
    return None


def _zone_key(now: datetime, zone: tzinfo) -> tuple[str, timedelta | None]:
    name = getattr(zone, "key", None) or str(zone)
    return (name, now.utcoffset())


class WakeWatcher(QObject):
    """Emits resumed, clock_changed and zone_changed; one wake-up per check_interval_s at most.

    Sources: logind's PrepareForSleep on the system bus where there is one, and a repeating
    coarse timer that compares the clock with where it should be. A wall-clock gap larger
    than the interval (plus a minute's slack) means we slept or the clock was set forward;
    `uptime` (CLOCK_BOOTTIME for the system clock) tells the two apart. Without it a gap
    counts as a resume: both mean "time passed without us", and both re-plan.
    """

    resumed = Signal()
    clock_changed = Signal()
    zone_changed = Signal()

    def __init__(
        self,
        clock: Clock,
        *,
        check_interval_s: int = 300,
        parent: QObject | None = None,
        uptime: Callable[[], float] | None = None,
        listen_logind: bool = True,
        timers: Timers | None = None,
    ) -> None:
        super().__init__(parent)
        if check_interval_s <= 0:
            raise ValueError(f"check_interval_s={check_interval_s}: must be at least 1 second")
        self._clock = clock
        self._interval = timedelta(seconds=check_interval_s)
        if uptime is None and isinstance(clock, SystemClock):
            uptime = boot_clock()
        self._uptime = uptime
        self._last_resumed: datetime | None = None
        self._reset_baseline()
        self._timer = (timers or QtTimers(self)).repeating("wake-check", self._interval, self.check_now)
        self._timer.start()
        self.logind = listen_logind and self._connect_logind()

    # ------------------------------------------------------------ the checks

    def _reset_baseline(self) -> None:
        now = self._clock.now()
        # UTC: subtracting two datetimes that share a ZoneInfo ignores a DST switch between.
        self._last_wall = now.astimezone(UTC)
        self._last_up = self._uptime() if self._uptime is not None else None
        self._zone = _zone_key(now, self._clock.tz())

    @Slot()
    def check_now(self) -> None:
        """Compare the clock with the last check and emit what changed. Never raises."""
        try:
            self._check()
        except Exception:  # a probe must never take the event loop down
            log.exception("wake check failed")

    def _check(self) -> None:
        elapsed = self._clock.now().astimezone(UTC) - self._last_wall
        up_elapsed = self._uptime() - self._last_up if self._uptime is not None and self._last_up is not None else None
        zone_before = self._zone
        self._reset_baseline()
        if elapsed < -SLACK:
            log.info("wall clock went back by %s", -elapsed)
            self.clock_changed.emit()
        elif elapsed > self._interval + SLACK:
            if up_elapsed is not None and up_elapsed < (elapsed - SLACK).total_seconds():
                log.info("wall clock jumped forward by %s", elapsed)
                self.clock_changed.emit()
            else:
                self._emit_resumed(f"wall-clock gap of {elapsed}")
        elif up_elapsed is not None and abs(elapsed.total_seconds() - up_elapsed) > SLACK.seconds:
            # Inside one interval, but wall and boot clocks disagree: the clock was set.
            log.info("wall clock set by %.0f s", elapsed.total_seconds() - up_elapsed)
            self.clock_changed.emit()
        if self._zone != zone_before:
            log.info("time zone changed: %s -> %s", zone_before, self._zone)
            self.zone_changed.emit()

    # ------------------------------------------------------------ logind

    def _connect_logind(self) -> bool:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return False
        bus = QDBusConnection.systemBus()
        if not bus.isConnected():
            return False
        # "1" is Qt's SLOT() prefix: the receiver is a slot with this signature. PySide6's
        # stubs say bytes, but at runtime only str is accepted.
        try:
            return bool(
                bus.connect(  # type: ignore[call-overload]
                    *_LOGIND, "PrepareForSleep", self, "1on_prepare_for_sleep(bool)"
                )
            )
        except (TypeError, ValueError, RuntimeError) as exc:
            log.info("cannot listen to logind: %s", exc)
            return False

    @Slot(bool)
    def on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        """logind: True just before suspend, False right after resume."""
        try:
            if going_to_sleep:
                return
            zone_before = self._zone
            self._reset_baseline()
            self._emit_resumed("logind")
            if self._zone != zone_before:
                self.zone_changed.emit()
        except Exception:
            log.exception("resume handling failed")

    def _emit_resumed(self, source: str) -> None:
        # logind and the gap check both see the same resume; whichever is first reports it.
        now = self._clock.now().astimezone(UTC)
        last = self._last_resumed
        if last is not None and timedelta(0) <= now - last <= 2 * SLACK:
            return
        self._last_resumed = now
        log.info("resumed (%s)", source)
        self.resumed.emit()
