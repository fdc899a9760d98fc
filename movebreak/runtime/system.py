"""What the desktop tells us: shared X11/D-Bus plumbing for the idle, DND and wake probes.

The probes themselves live in idle.py, dnd.py and wake.py; this module re-exports them
(IdleMonitor, DndProbe, WakeWatcher) so callers import one place.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from movebreak.runtime.dnd import DndProbe
    from movebreak.runtime.idle import IdleMonitor
    from movebreak.runtime.wake import WakeWatcher

__all__ = [
    "DndProbe",
    "IdleMonitor",
    "WakeWatcher",
    "dbus_call",
    "dbus_property",
    "qt_x11_display",
    "screen_is_locked",
    "x11_display",
]

log = logging.getLogger(__name__)

# A D-Bus peer that hangs must not freeze the GUI thread for long.
DBUS_TIMEOUT_MS = 400


def __getattr__(name: str) -> Any:
    # Lazy re-export: idle/dnd/wake import the plumbing below, so importing them eagerly
    # here would make the import order matter.
    if name == "IdleMonitor":
        from movebreak.runtime.idle import IdleMonitor

        return IdleMonitor
    if name == "DndProbe":
        from movebreak.runtime.dnd import DndProbe

        return DndProbe
    if name == "WakeWatcher":
        from movebreak.runtime.wake import WakeWatcher

        return WakeWatcher
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# ---------------------------------------------------------------- X11 through ctypes

_ErrorHandler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


def _ignore_x_error(_display: int | None, _event: int | None) -> int:
    # Xlib's default handler exits the process on BadWindow; a window that vanished
    # between two calls is normal here, so the call simply fails.
    return 0


_IGNORE_X_ERROR = _ErrorHandler(_ignore_x_error)
_x_lock = threading.Lock()


@cache
def libx11() -> ctypes.CDLL | None:
    """libX11 with the prototypes we use, or None off X11 or where it is not installed."""
    if sys.platform in ("win32", "darwin"):
        return None
    name = ctypes.util.find_library("X11") or "libX11.so.6"
    try:
        lib = ctypes.CDLL(name)
    except OSError:
        return None
    vp, ul, ci = ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int
    pi, pul = ctypes.POINTER(ci), ctypes.POINTER(ul)
    protos: dict[str, tuple[Any, list[Any]]] = {
        "XOpenDisplay": (vp, [ctypes.c_char_p]),
        "XCloseDisplay": (ci, [vp]),
        "XDefaultRootWindow": (ul, [vp]),
        "XDefaultScreen": (ci, [vp]),
        "XDisplayWidth": (ci, [vp, ci]),
        "XDisplayHeight": (ci, [vp, ci]),
        "XInternAtom": (ul, [vp, ctypes.c_char_p, ci]),
        "XGetWindowProperty": (
            ci,
            [vp, ul, ul, ctypes.c_long, ctypes.c_long, ci, ul, pul, pi, pul, pul, ctypes.POINTER(ctypes.c_void_p)],
        ),
        "XFree": (ci, [vp]),
        "XGetInputFocus": (ci, [vp, pul, pi]),
        "XQueryTree": (ci, [vp, ul, pul, pul, ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctypes.c_uint)]),
        "XGetGeometry": (ci, [vp, ul, pul, pi, pi] + [ctypes.POINTER(ctypes.c_uint)] * 4),
        "XTranslateCoordinates": (ci, [vp, ul, ul, ci, ci, pi, pi, pul]),
        "XQueryPointer": (ci, [vp, ul, pul, pul, pi, pi, pi, pi, ctypes.POINTER(ctypes.c_uint)]),
        "XSetErrorHandler": (vp, [vp]),
        "XSync": (ci, [vp, ci]),
    }
    try:
        for fname, (restype, argtypes) in protos.items():
            func = getattr(lib, fname)
            func.restype = restype
            func.argtypes = argtypes
    except AttributeError:
        return None
    return lib


@contextmanager
def x11_display() -> Iterator[tuple[ctypes.CDLL, int] | None]:
    """A short-lived connection to $DISPLAY with X errors ignored, or None.

    One connection per question: it is cheap, and it never goes stale when the X server
    restarts. The previous error handler (Qt may have one) is put back afterwards.
    """
    lib = libx11()
    if lib is None or not os.environ.get("DISPLAY"):
        yield None
        return
    with _x_lock:
        previous = lib.XSetErrorHandler(ctypes.cast(_IGNORE_X_ERROR, ctypes.c_void_p))
        display = lib.XOpenDisplay(None)
        try:
            yield (lib, display) if display else None
        finally:
            if display:
                lib.XCloseDisplay(display)
            lib.XSetErrorHandler(previous)


def _qt_xlib_display() -> int | None:
    """Qt's Xlib Display* when this app runs on X11 (xcb) and the caller is on Qt's GUI thread."""
    gui = sys.modules.get("PySide6.QtGui")  # never import Qt here: the probe also runs without it
    if gui is None:
        return None
    app = gui.QGuiApplication.instance()
    if app is None or app.platformName() != "xcb":
        return None
    from PySide6.QtCore import QThread

    if QThread.currentThread() != app.thread():  # Xlib calls on Qt's display belong to its thread
        return None
    try:
        native = app.nativeInterface()  # QNativeInterface::QX11Application (public since Qt 6.2)
        display = native.display() if native is not None else None
    except (AttributeError, TypeError, RuntimeError):  # a Qt built without X11, or a binding change
        return None
    return int(display) if display else None


@contextmanager
def qt_x11_display() -> Iterator[tuple[ctypes.CDLL, int] | None]:
    """Qt's own X connection with X errors ignored, or None (not on X11, no Qt app, other thread).

    A question on it is one round trip on a socket Qt keeps open anyway: about 2 wake-ups,
    where x11_display's connection of its own costs about 12 (connect, setup and the
    extension queries). It lives as long as the app (Qt quits when it breaks), so it never
    goes stale."""
    lib = libx11()
    display = _qt_xlib_display() if lib is not None else None
    if lib is None or display is None:
        yield None
        return
    with _x_lock:
        previous = lib.XSetErrorHandler(ctypes.cast(_IGNORE_X_ERROR, ctypes.c_void_p))
        try:
            yield lib, display
        finally:
            lib.XSetErrorHandler(previous)


# ---------------------------------------------------------------- D-Bus through QtDBus


def _session_bus_known() -> bool:
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return True
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    return runtime is not None and os.path.exists(os.path.join(runtime, "bus"))


def _bus(system: bool) -> Any | None:
    """The session (or system) bus, or None without a QCoreApplication or a bus."""
    try:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtDBus import QDBusConnection
    except ImportError:
        return None
    # QtDBus warns and misbehaves when used before the application object exists.
    if QCoreApplication.instance() is None:
        return None
    if not system and not _session_bus_known():
        # Without an address libdbus may autolaunch a stray daemon; don't.
        return None
    bus = QDBusConnection.systemBus() if system else QDBusConnection.sessionBus()
    return bus if bus.isConnected() else None


def _plain(value: Any) -> Any:
    from PySide6.QtDBus import QDBusVariant

    return value.variant() if isinstance(value, QDBusVariant) else value


def dbus_call(
    service: str,
    path: str,
    interface: str,
    method: str,
    *args: Any,
    system: bool = False,
    timeout_ms: int = DBUS_TIMEOUT_MS,
) -> list[Any] | None:
    """A blocking call's reply arguments, or None when the bus, service or method is absent.

    A service that is not running is not D-Bus-activated: asking must not start a daemon.
    """
    bus = _bus(system)
    if bus is None:
        return None
    try:
        from PySide6.QtDBus import QDBus, QDBusMessage

        registered = bus.interface().isServiceRegistered(service)
        if not registered.isValid() or not registered.value():
            return None
        message = QDBusMessage.createMethodCall(service, path, interface, method)
        if args:
            message.setArguments(list(args))
        reply = bus.call(message, QDBus.CallMode.Block, timeout_ms)
    except (RuntimeError, TypeError) as exc:
        log.debug("D-Bus %s.%s failed: %s", interface, method, exc)
        return None
    if reply.type() != QDBusMessage.MessageType.ReplyMessage:
        log.debug("D-Bus %s.%s: %s", interface, method, reply.errorName())
        return None
    return [_plain(a) for a in reply.arguments()]


def dbus_property(service: str, path: str, interface: str, name: str, *, system: bool = False) -> Any | None:
    """One property's value, or None when it cannot be read."""
    reply = dbus_call(service, path, "org.freedesktop.DBus.Properties", "Get", interface, name, system=system)
    return reply[0] if reply else None


def screen_is_locked() -> bool | None:
    """Whether the freedesktop screen saver (screen lock) is active; None when unknown."""
    for path in ("/org/freedesktop/ScreenSaver", "/ScreenSaver"):
        reply = dbus_call("org.freedesktop.ScreenSaver", path, "org.freedesktop.ScreenSaver", "GetActive")
        if reply and isinstance(reply[0], bool):
            return reply[0]
    return None
