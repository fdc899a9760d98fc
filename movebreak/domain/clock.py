"""The injected source of "now": every module asks a Clock, never datetime.now()."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from typing import Protocol
from zoneinfo import ZoneInfo


class Clock(Protocol):
    def now(self) -> datetime:
        """An aware datetime in the local zone."""
        ...

    def tz(self) -> tzinfo:
        """The zone used for wall-clock planning."""
        ...

    def set_zone(self, zone: str | None) -> None:
        """Plan in `zone` from now on; None: the system's zone."""
        ...


def local_zone() -> tzinfo:
    """The system's zone, as a ZoneInfo where it can be named (so DST rules apply)."""
    import os

    name = os.environ.get("TZ")
    if name:
        try:
            return ZoneInfo(name.lstrip(":"))
        except (ValueError, OSError, KeyError):
            pass
    try:
        link = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in link:
            return ZoneInfo(link.split("zoneinfo/", 1)[1])
    except (ValueError, OSError, KeyError):
        pass
    local = datetime.now(UTC).astimezone().tzinfo
    return local if local is not None else UTC


class SystemClock:
    """The real clock. The zone is looked up on every call, so a zone change is seen."""

    def __init__(self, zone: str | None = None) -> None:
        self._zone = ZoneInfo(zone) if zone else None

    def set_zone(self, zone: str | None) -> None:
        self._zone = ZoneInfo(zone) if zone else None

    def tz(self) -> tzinfo:
        return self._zone or local_zone()

    def now(self) -> datetime:
        return datetime.now(self.tz())


class FakeClock:
    """A clock the tests move by hand: advance() for time passing, jump() for a clock change."""

    def __init__(self, start: datetime, zone: str | tzinfo | None = None) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self._zone: tzinfo = ZoneInfo(zone) if isinstance(zone, str) else (zone or start.tzinfo)
        self._now = start.astimezone(UTC)

    def tz(self) -> tzinfo:
        return self._zone

    def now(self) -> datetime:
        return self._now.astimezone(self._zone)

    def advance(self, delta: timedelta) -> None:
        self._now += delta

    def set(self, moment: datetime) -> None:
        if moment.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self._now = moment.astimezone(UTC)

    def set_zone(self, zone: str | tzinfo | None) -> None:
        """A new zone (a flight, or the user's setting); None: the system's zone."""
        self._zone = ZoneInfo(zone) if isinstance(zone, str) else (zone or local_zone())
