"""How long the user has been away from keyboard and mouse, from whichever backend answers."""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterable
from typing import Any, Protocol

from movebreak.runtime.system import dbus_call, qt_x11_display, x11_display

log = logging.getLogger(__name__)

NO_BACKEND_MESSAGE = "no idle backend answered; the user counts as active"


class IdleBackend(Protocol):
    name: str

    def idle_seconds(self) -> float | None:
        """Seconds since the last input, or None when the backend cannot tell right now."""
        ...


# ---------------------------------------------------------------- X11 XScreenSaver


class _XScreenSaverInfo(ctypes.Structure):
    _fields_ = [
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),
        ("eventMask", ctypes.c_ulong),
    ]


def _libxss() -> ctypes.CDLL | None:
    if sys.platform in ("win32", "darwin"):
        return None
    name = ctypes.util.find_library("Xss") or "libXss.so.1"
    try:
        lib = ctypes.CDLL(name)
    except OSError:
        return None
    vp, ci = ctypes.c_void_p, ctypes.c_int
    lib.XScreenSaverQueryExtension.restype = ci
    lib.XScreenSaverQueryExtension.argtypes = [vp, ctypes.POINTER(ci), ctypes.POINTER(ci)]
    lib.XScreenSaverQueryInfo.restype = ci
    lib.XScreenSaverQueryInfo.argtypes = [vp, ctypes.c_ulong, ctypes.POINTER(_XScreenSaverInfo)]
    return lib


class XScreenSaverIdle:
    """The X server's own input idle counter (MIT-SCREEN-SAVER extension, libXss)."""

    name = "x11-xscreensaver"

    def __init__(self, xss: ctypes.CDLL) -> None:
        self._xss = xss

    @classmethod
    def open(cls) -> XScreenSaverIdle | None:
        xss = _libxss()
        if xss is None:
            return None
        backend = cls(xss)
        return backend if backend.idle_seconds() is not None else None

    def idle_seconds(self) -> float | None:
        # Qt's connection first: a connection of our own per question costs ~6x the wake-ups.
        with qt_x11_display() as x:
            seconds = self._ask(*x) if x is not None else None
        if seconds is not None:
            return seconds
        with x11_display() as x:
            return self._ask(*x) if x is not None else None

    def _ask(self, lib: ctypes.CDLL, display: int) -> float | None:
        # Xlib caches the extension's presence per display: a round trip only the first time.
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        if not self._xss.XScreenSaverQueryExtension(display, ctypes.byref(event_base), ctypes.byref(error_base)):
            return None
        info = _XScreenSaverInfo()
        root = lib.XDefaultRootWindow(display)
        if not self._xss.XScreenSaverQueryInfo(display, root, ctypes.byref(info)):
            return None
        return float(info.idle) / 1000.0


# ---------------------------------------------------------------- D-Bus desktops


class DBusIdle:
    """An idle-time method on the session bus (GNOME Mutter, KDE and other ScreenSaver peers)."""

    def __init__(self, name: str, service: str, path: str, interface: str, method: str, unit_s: float) -> None:
        self.name = name
        self._where = (service, path, interface, method)
        self._unit_s = unit_s

    def idle_seconds(self) -> float | None:
        reply = dbus_call(*self._where)
        if not reply or isinstance(reply[0], bool) or not isinstance(reply[0], int | float):
            return None
        return float(reply[0]) * self._unit_s


def mutter_idle() -> DBusIdle:
    return DBusIdle(
        "gnome-mutter",
        "org.gnome.Mutter.IdleMonitor",
        "/org/gnome/Mutter/IdleMonitor/Core",
        "org.gnome.Mutter.IdleMonitor",
        "GetIdletime",
        0.001,
    )


def freedesktop_screensaver_idle() -> DBusIdle:
    # The method is outside the written spec; KDE Plasma answers in milliseconds
    # (KIdleTime), older implementations in seconds.
    desktop = os.environ.get("XDG_CURRENT_DESKTOP", "").upper()
    unit = 0.001 if "KDE" in desktop else 1.0
    return DBusIdle(
        "freedesktop-screensaver",
        "org.freedesktop.ScreenSaver",
        "/org/freedesktop/ScreenSaver",
        "org.freedesktop.ScreenSaver",
        "GetSessionIdleTime",
        unit,
    )


# ---------------------------------------------------------------- Windows and macOS


class WindowsIdle:
    """GetLastInputInfo: milliseconds since the last input event in this session."""

    name = "windows-lastinput"

    def idle_seconds(self) -> float | None:
        if sys.platform != "win32":
            return None

        class LastInputInfo(ctypes.Structure):
            _fields_ = [("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint)]

        info = LastInputInfo(ctypes.sizeof(LastInputInfo), 0)
        windll: Any = getattr(ctypes, "windll")  # noqa: B009 - exists on win32 only
        if not windll.user32.GetLastInputInfo(ctypes.byref(info)):
            return None
        # Both are 32-bit tick counts that wrap after 49.7 days.
        now = windll.kernel32.GetTickCount() & 0xFFFFFFFF
        return ((now - info.dwTime) & 0xFFFFFFFF) / 1000.0


_HID_IDLE = re.compile(r'"HIDIdleTime"\s*=\s*(\d+)')


class MacIdle:
    """IOKit's HIDIdleTime (nanoseconds), read through ioreg."""

    name = "macos-hididle"

    def idle_seconds(self) -> float | None:
        if sys.platform != "darwin":
            return None
        try:
            out = subprocess.run(
                ["ioreg", "-c", "IOHIDSystem", "-d", "4", "-k", "HIDIdleTime"],
                capture_output=True,
                text=True,
                timeout=2,
                check=False,
            ).stdout
        except (OSError, subprocess.SubprocessError):
            return None
        match = _HID_IDLE.search(out)
        return int(match.group(1)) / 1e9 if match else None


def platform_candidates() -> Iterable[Callable[[], IdleBackend | None]]:
    """The idle backends this platform may have, in the order IdleMonitor.detect tries them."""
    if sys.platform == "win32":
        yield WindowsIdle
        return
    if sys.platform == "darwin":
        yield MacIdle
        return
    if os.environ.get("WAYLAND_DISPLAY"):
        # Under Wayland, Xwayland's XScreenSaver sees only input to X windows: ask the compositor.
        yield mutter_idle
        yield wayland_idle
        yield freedesktop_screensaver_idle
        yield XScreenSaverIdle.open
        return
    yield XScreenSaverIdle.open
    yield mutter_idle
    yield freedesktop_screensaver_idle


def wayland_idle() -> IdleBackend | None:
    from movebreak.runtime.wayland_idle import WaylandIdle  # its socket only on Wayland

    return WaylandIdle.open()


# ---------------------------------------------------------------- the monitor


class IdleMonitor:
    """Idle seconds from one backend; None (the user counts as active) when none answers.

    Never raises. The "no backend" fact is logged once, not on every question.
    """

    def __init__(self, backend: IdleBackend | None) -> None:
        self._backend = backend
        self._warned = False

    @classmethod
    def detect(cls, candidates: Iterable[Callable[[], IdleBackend | None]] | None = None) -> IdleMonitor:
        """The first backend that answers now, tried in platform order."""
        for make in platform_candidates() if candidates is None else candidates:
            try:
                backend = make()
                if backend is not None and backend.idle_seconds() is not None:
                    log.info("idle time from %s", backend.name)
                    return cls(backend)
            except Exception as exc:  # a broken backend must not stop the others
                log.debug("idle backend failed: %s", exc)
        monitor = cls(None)
        monitor._warn_once()
        return monitor

    @property
    def backend(self) -> str:
        return self._backend.name if self._backend is not None else "none"

    def idle_seconds(self) -> float | None:
        if self._backend is None:
            self._warn_once()
            return None
        try:
            seconds = self._backend.idle_seconds()
        except Exception as exc:  # never let a desktop quirk reach the coordinator
            log.debug("idle backend %s failed: %s", self._backend.name, exc)
            seconds = None
        if seconds is None or seconds < 0:
            self._warn_once()
            return None
        return seconds

    def _warn_once(self) -> None:
        if not self._warned:
            self._warned = True
            log.warning("%s (tried: %s)", NO_BACKEND_MESSAGE, self.backend)
