"""The injected source of "now": every module asks a Clock, never datetime.now()."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from typing import Protocol
from zoneinfo import ZoneInfo

MAX_ZONE_NAME = 64  # the longest IANA name is 32 characters; a longer one is never a zone


def zone_named(name: str) -> ZoneInfo | None:
    """The zone by its IANA name, or None when zoneinfo has no such zone.

    ZoneInfo opens name as a path: a folder ("Europe") raises IsADirectoryError, a long name
    OSError. So the name must be one that zoneinfo lists, not merely a file that opens."""
    from zoneinfo import available_timezones

    if not name or len(name) > MAX_ZONE_NAME or name not in available_timezones():
        return None
    try:
        return ZoneInfo(name)
    except (ValueError, OSError, KeyError):  # listed, yet unreadable (a broken tzdata install)
        return None


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
        zone = zone_named(name.lstrip(":"))
        if zone is not None:
            return zone
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
        # an invalid name (already reported by the settings check) means the system's zone
        self._zone = zone_named(zone) if zone else None

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
