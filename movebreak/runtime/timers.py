"""Named, bounded timers for the runtime, made by one factory the tests can replace.

Every timer of the runtime (APScheduler's wake-up, the midnight re-plan, the pause's end, the
do-not-disturb retry, the wake check, calendar refreshes) comes from a `Timers` factory:
- `QtTimers` makes real Qt timers, for the app;
- `ManualTimers` makes timers whose deadlines lie on a FakeClock; a test moves the clock with
  `run_until()` or `advance()` and every timer that falls due on the way fires, in order. So a
  FakeClock test moves time for the whole runtime at once, without touching QTimer.

One policy for delays past what a Qt timer can hold (2^31-1 ms, about 24.8 days): the timer
waits the longest span Qt allows and then the rest, so a far deadline fires on time instead of
overflowing or being cut short. A negative delay counts as zero.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Protocol

from PySide6.QtCore import QObject, QTimer

from movebreak.domain.clock import FakeClock

MAX_TIMER_MS = 2**31 - 1  # Qt timers overflow past this
MAX_SPAN = timedelta(milliseconds=MAX_TIMER_MS)


class Timer(Protocol):
    """One named timer: single-shot unless made with `Timers.repeating`."""

    name: str

    def start(self, delay: timedelta | None = None) -> None:
        """Fire after `delay` (a repeating timer: every `delay` from now on). Restarts if running.
        Without `delay`, a repeating timer keeps its interval."""
        ...

    def stop(self) -> None: ...

    def is_active(self) -> bool: ...


class Timers(Protocol):
    def single_shot(self, name: str, callback: Callable[[], object]) -> Timer: ...

    def repeating(self, name: str, interval: timedelta, callback: Callable[[], object]) -> Timer: ...


def _ms(delay: timedelta) -> int:
    return int(min(max(delay.total_seconds() * 1000, 0), MAX_TIMER_MS))


class QtTimer:
    """A QTimer behind the Timer interface, chaining waits past Qt's limit."""

    def __init__(self, name: str, callback: Callable[[], object], interval: timedelta | None, parent: QObject | None):
        self.name = name
        self._callback = callback
        self._interval = interval
        self._rest = timedelta(0)  # still to wait after the current span, for delays past the limit
        self._qt = QTimer(parent)
        self._qt.setObjectName(f"movebreak-{name}")
        # Single-shot always: a repeating timer re-arms itself, so a long interval chains too.
        # Qt's default CoarseTimer (5 % slack) lets the OS batch the wake-up with others.
        self._qt.setSingleShot(True)
        self._qt.timeout.connect(self._fired)

    def start(self, delay: timedelta | None = None) -> None:
        if delay is None:
            if self._interval is None:
                raise ValueError(f"timer {self.name!r}: a single-shot timer needs a delay")
            delay = self._interval
        elif self._interval is not None:
            self._interval = delay
        delay = max(delay, timedelta(0))
        self._rest = max(delay - MAX_SPAN, timedelta(0))
        self._qt.start(_ms(delay))

    def stop(self) -> None:
        self._rest = timedelta(0)
        self._qt.stop()

    def is_active(self) -> bool:
        return self._qt.isActive()

    def _fired(self) -> None:
        if self._rest > timedelta(0):
            rest, self._rest = self._rest, max(self._rest - MAX_SPAN, timedelta(0))
            self._qt.start(_ms(rest))
            return
        if self._interval is not None:
            self.start()
        self._callback()


class QtTimers:
    """The app's factory: real Qt timers, owned by `parent` (so they die with it)."""

    def __init__(self, parent: QObject | None = None) -> None:
        self._parent = parent

    def single_shot(self, name: str, callback: Callable[[], object]) -> QtTimer:
        return QtTimer(name, callback, None, self._parent)

    def repeating(self, name: str, interval: timedelta, callback: Callable[[], object]) -> QtTimer:
        if interval <= timedelta(0):
            raise ValueError(f"timer {name!r}: interval must be positive, not {interval}")
        return QtTimer(name, callback, interval, self._parent)


class ManualTimer:
    def __init__(self, owner: ManualTimers, name: str, callback: Callable[[], object], interval: timedelta | None):
        self.name = name
        self._owner = owner
        self._callback = callback
        self._interval = interval

    def start(self, delay: timedelta | None = None) -> None:
        if delay is None:
            if self._interval is None:
                raise ValueError(f"timer {self.name!r}: a single-shot timer needs a delay")
            delay = self._interval
        elif self._interval is not None:
            self._interval = delay
        self._owner._arm(self, max(delay, timedelta(0)))

    def stop(self) -> None:
        self._owner._disarm(self)

    def is_active(self) -> bool:
        return self._owner._is_armed(self)

    def fire(self) -> None:
        if self._interval is not None:
            self._owner._arm(self, self._interval)
        self._callback()


class ManualTimers:
    """Timers on a FakeClock, for tests: time passes only when the test says so.

    `run_until(moment)` moves the clock to each due deadline in turn and fires that timer
    (ties go to the timer started first), then to `moment`. `suspend(length)` is a sleeping
    machine: the clock jumps and every deadline moves with it, as the monotonic clock behind
    Qt timers stands still during a suspend. `settle` runs after every fire (for example to
    let Qt deliver posted events)."""

    def __init__(self, clock: FakeClock, settle: Callable[[], object] | None = None) -> None:
        self.clock = clock
        self._settle = settle
        self._deadlines: dict[ManualTimer, tuple[datetime, int]] = {}
        self._order = 0
        self.fired: list[str] = []  # names, in the order they fired

    def single_shot(self, name: str, callback: Callable[[], object]) -> ManualTimer:
        return ManualTimer(self, name, callback, None)

    def repeating(self, name: str, interval: timedelta, callback: Callable[[], object]) -> ManualTimer:
        if interval <= timedelta(0):
            raise ValueError(f"timer {name!r}: interval must be positive, not {interval}")
        return ManualTimer(self, name, callback, interval)

    def _arm(self, timer: ManualTimer, delay: timedelta) -> None:
        self._order += 1
        self._deadlines[timer] = (self.clock.now().astimezone(UTC) + delay, self._order)

    def _disarm(self, timer: ManualTimer) -> None:
        self._deadlines.pop(timer, None)

    def _is_armed(self, timer: ManualTimer) -> bool:
        return timer in self._deadlines

    def active(self) -> dict[str, datetime]:
        """Name -> deadline of every running timer."""
        return {t.name: d for t, (d, _) in self._deadlines.items()}

    def next_deadline(self) -> datetime | None:
        return min((d for d, _ in self._deadlines.values()), default=None)

    def run_until(self, moment: datetime, *, max_fires: int = 100_000) -> None:
        target = moment.astimezone(UTC)
        if target < self.clock.now().astimezone(UTC):
            raise ValueError(f"run_until({moment}): the fake clock is already past it; use clock.set() to go back")
        for _ in range(max_fires):
            due = [(d, o, t) for t, (d, o) in self._deadlines.items() if d <= target]
            if not due:
                self.clock.set(target)
                return
            deadline, _, timer = min(due, key=lambda item: (item[0], item[1]))
            if deadline > self.clock.now():
                self.clock.set(deadline)
            del self._deadlines[timer]
            self.fired.append(timer.name)
            timer.fire()
            if self._settle is not None:
                self._settle()
        raise AssertionError(f"more than {max_fires} timers fired before {moment}: a timer loop?")

    def advance(self, delta: timedelta) -> None:
        self.run_until(self.clock.now() + delta)

    def suspend(self, length: timedelta) -> None:
        self.clock.advance(length)
        for timer, (deadline, order) in list(self._deadlines.items()):
            self._deadlines[timer] = (deadline + length, order)
