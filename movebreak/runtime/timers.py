"""Named, bounded timers for the runtime, made by one factory the tests can replace.

Every timer of the runtime (APScheduler's wake-up, the midnight re-plan, the pause's end, the
do-not-disturb retry, the wake check, calendar refreshes) comes from a `Timers` factory:
- `QtTimers` makes real Qt timers, for the app;
- `ManualTimers` makes timers whose deadlines lie on a FakeClock; a test moves the clock with
  `run_until()` or `advance()` and every timer that falls due on the way fires, in order. So a
  FakeClock test moves time for the whole runtime at once, without touching QTimer.

One policy for delays past what a Qt timer can hold (2^31-1 ms, about 24.8 days): the timer
waits the longest span Qt allows and then the rest, so a far deadline fires on time instead of
overflowing or being cut short. A negative delay counts as zero. Single-shot timers (a break's
slot, midnight, a pause's end) keep their deadline to a few milliseconds (see next_leg).
"""

from __future__ import annotations

import time
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


ON_TIME = 0.002  # seconds: a precise timer this close to its deadline fires


def next_leg(remaining: float) -> float:
    """The next wait, in seconds, toward a deadline `remaining` seconds away.

    Qt's default timers are coarse: they may fire 5 % off their interval, and those of 20 s or
    more on a whole second. Every leg but the last stops short by more than that, so the
    deadline is met to a few milliseconds with a handful of wake-ups (about six for a
    deadline half an hour away) and no precise timer (whose Qt enum alone costs the idle app
    1.3 MiB: see movebreak.preload)."""
    if remaining >= 20:
        return min(remaining - max(2.5, 0.07 * remaining), MAX_SPAN.total_seconds())
    if remaining > 0.02:
        return remaining * 0.93
    return max(remaining, 0.0)


class QtTimer:
    """A QTimer behind the Timer interface.

    Single-shot timers are precise: they keep a deadline on the monotonic clock (which, like
    Qt's timers, stands still while the machine sleeps) and reach it in legs (next_leg), so a
    break starts on its second, not up to 5 % of the wait late. Repeating timers (checks and
    polls, where a second does not matter) stay coarse and cost one wake-up per interval;
    an interval past Qt's limit is waited in spans."""

    def __init__(self, name: str, callback: Callable[[], object], interval: timedelta | None, parent: QObject | None):
        self.name = name
        self._callback = callback
        self._interval = interval
        self._precise = interval is None
        self._deadline = 0.0  # time.monotonic() of the deadline, for a precise timer
        self._rest = timedelta(0)  # still to wait after the current span (repeating timers)
        self._qt = QTimer(parent)
        self._qt.setObjectName(f"movebreak-{name}")
        # Single-shot always: a repeating timer re-arms itself, so a long interval chains too.
        # Qt's default CoarseTimer lets the OS batch the wake-up with others.
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
        if self._precise:
            self._deadline = time.monotonic() + delay.total_seconds()
            self._qt.start(_ms(timedelta(seconds=next_leg(delay.total_seconds()))))
            return
        self._rest = max(delay - MAX_SPAN, timedelta(0))
        self._qt.start(_ms(delay))

    def stop(self) -> None:
        self._rest = timedelta(0)
        self._qt.stop()

    def is_active(self) -> bool:
        return self._qt.isActive()

    def _fired(self) -> None:
        if self._precise:
            remaining = self._deadline - time.monotonic()
            if remaining > ON_TIME:
                self._qt.start(_ms(timedelta(seconds=next_leg(remaining))))
                return
            self._callback()
            return
        if self._rest > timedelta(0):
            rest, self._rest = self._rest, max(self._rest - MAX_SPAN, timedelta(0))
            self._qt.start(_ms(rest))
            return
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
