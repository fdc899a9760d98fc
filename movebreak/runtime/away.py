"""Time away from the keyboard between breaks: a natural break that resets the sitting clock.

A break slot that comes while the user is away is journaled as a natural break by the flow.
This watch covers the rest of the day: when the user comes back after at least the shortest
routine's length away, it reports the time away as a TakenBreak, and the plan moves the next
sitting-limit break. It also knows when the user last moved, for the tray's tooltip."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QObject, Signal

from movebreak.domain.clock import Clock
from movebreak.domain.planner import TakenBreak
from movebreak.runtime.timers import Timers

log = logging.getLogger(__name__)

# On X11 each question is one round trip on Qt's own X connection (runtime.idle): about 4
# wake-ups (about 13 where the probe must open a connection of its own). Every five minutes
# keeps the app near the bare tray's wake-ups (README, Footprint). The time away is
# exact (the idle counter says when input stopped and resumed); only a stretch away shorter
# than the poll that ends between two polls goes unseen.
AWAY_POLL = timedelta(minutes=5)


class AwayWatch(QObject):
    returned = Signal(object)  # TakenBreak: the user is back after a natural break
    ticked = Signal()  # a poll passed: "last moved" reads differently

    def __init__(
        self,
        *,
        clock: Clock,
        idle_seconds: Callable[[], float | None],
        threshold: Callable[[], timedelta | None],
        timers: Timers,
        parent: QObject | None = None,
    ) -> None:
        """`threshold` is how long away counts as a break; None turns the watch off (idle
        detection off in the settings)."""
        super().__init__(parent)
        self._clock = clock
        self._idle_seconds = idle_seconds
        self._threshold = threshold
        self._away_since: datetime | None = None
        self.last_moved: datetime | None = None  # the end of the last break or time away
        self.watching_since = clock.now().astimezone(UTC)  # a floor when nothing else is known
        self._poll = timers.repeating("away-poll", AWAY_POLL, self._check)
        self._poll.start()

    def note_moved(self, moment: datetime) -> None:
        """A break was taken (the flow tells): the sitting clock starts again then."""
        if self.last_moved is None or moment > self.last_moved:
            self.last_moved = moment

    @property
    def away_since(self) -> datetime | None:
        """Since when the user has been away, while they still are (as of the last poll)."""
        return self._away_since

    def sitting_since(self) -> tuple[datetime, bool]:
        """Since when the user has sat, and True when that is only when watching began."""
        if self.last_moved is not None:
            return self.last_moved, False
        return self.watching_since, True

    def _check(self) -> None:
        try:
            self._look()
        finally:
            self.ticked.emit()

    def _look(self) -> None:
        threshold = self._threshold()
        if threshold is None:
            self._away_since = None
            return
        try:
            idle = self._idle_seconds()
        except Exception as exc:  # a probe's failure must not stop the timer's owner
            log.debug("idle probe failed: %s", exc)
            idle = None
        if idle is None:
            return
        now = self._clock.now().astimezone(UTC)
        since = now - timedelta(seconds=idle)
        if idle >= threshold.total_seconds():
            if self._away_since is None or since < self._away_since:
                self._away_since = since
            return
        away, self._away_since = self._away_since, None
        if away is None:
            return
        # back `idle` seconds ago: the first input after the time away
        log.info("back after %s away: counted as a natural break", since - away)
        self.note_moved(since)
        self.returned.emit(TakenBreak(away, since, f"away@{int(away.timestamp())}"))
