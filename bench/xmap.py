"""When top-level windows are mapped and unmapped on an X server, stamped as they happen.

The benchmarks time windows to the X server's MapNotify, not to a poll: a poll of
`xdotool search` every 20 ms costs a process launch each time (CPU the measured app then
lacks on a 2-core machine) and is late by up to its interval, and `xdotool search --sync`
polls every half second. A thread here selects SubstructureNotify on the root window
through libX11 (ctypes, public Xlib API only) and stamps each event with time.time() when
it arrives; with no window manager in the bench's Xvfb, every top-level window is a child
of the root, so its map and unmap reach us directly."""

from __future__ import annotations

import ctypes
import ctypes.util
import select
import threading
import time
from dataclasses import dataclass

MAP_NOTIFY, UNMAP_NOTIFY, DESTROY_NOTIFY = 19, 18, 17
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19


class _MapLikeEvent(ctypes.Structure):
    # The head shared by XMapEvent, XUnmapEvent and XDestroyWindowEvent.
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("event", ctypes.c_ulong),
        ("window", ctypes.c_ulong),
    ]


class _XEvent(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("map", _MapLikeEvent), ("pad", ctypes.c_long * 24)]


# An X error (a window gone before we asked its name) must not end the process, which is
# what Xlib's default handler does.
_ERROR_HANDLER_TYPE = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
_ignore_errors = _ERROR_HANDLER_TYPE(lambda _display, _error: 0)


def _libx11() -> ctypes.CDLL:
    lib = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    vp, ul, ci = ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int
    lib.XOpenDisplay.restype = vp
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XDefaultRootWindow.restype = ul
    lib.XDefaultRootWindow.argtypes = [vp]
    lib.XSelectInput.argtypes = [vp, ul, ctypes.c_long]
    lib.XConnectionNumber.argtypes = [vp]
    lib.XPending.argtypes = [vp]
    lib.XNextEvent.argtypes = [vp, ctypes.POINTER(_XEvent)]
    lib.XFlush.argtypes = [vp]
    lib.XInternAtom.restype = ul
    lib.XInternAtom.argtypes = [vp, ctypes.c_char_p, ci]
    lib.XGetWindowProperty.argtypes = [
        vp, ul, ul, ctypes.c_long, ctypes.c_long, ci, ul,
        ctypes.POINTER(ul), ctypes.POINTER(ci), ctypes.POINTER(ul), ctypes.POINTER(ul), ctypes.POINTER(vp),
    ]  # fmt: skip
    lib.XFree.argtypes = [vp]
    lib.XCloseDisplay.argtypes = [vp]
    lib.XSetErrorHandler.argtypes = [_ERROR_HANDLER_TYPE]
    return lib


@dataclass(frozen=True)
class WindowEvent:
    at: float  # time.time() when the event reached us
    kind: str  # "mapped" | "unmapped" | "destroyed"
    window: int
    name: str  # the window's title when it was mapped ("" for the others, or a window already gone)


class MapWatcher:
    """Records every top-level map/unmap/destroy on `display` from start() to stop()."""

    def __init__(self, display: str) -> None:
        self._lib = _libx11()
        self._lib.XSetErrorHandler(_ignore_errors)
        self._dpy = self._lib.XOpenDisplay(display.encode())
        if not self._dpy:
            raise RuntimeError(f"cannot open X display {display!r}")
        self._utf8 = self._lib.XInternAtom(self._dpy, b"UTF8_STRING", 0)
        self._net_wm_name = self._lib.XInternAtom(self._dpy, b"_NET_WM_NAME", 0)
        self._wm_name = self._lib.XInternAtom(self._dpy, b"WM_NAME", 0)
        self._events: list[WindowEvent] = []
        self._changed = threading.Condition()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="x-map-watcher", daemon=True)

    def start(self) -> MapWatcher:
        self._lib.XSelectInput(self._dpy, self._lib.XDefaultRootWindow(self._dpy), SUBSTRUCTURE_NOTIFY_MASK)
        self._lib.XFlush(self._dpy)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        if not self._thread.is_alive():
            self._lib.XCloseDisplay(self._dpy)

    def _run(self) -> None:
        fd = self._lib.XConnectionNumber(self._dpy)
        event = _XEvent()
        while not self._stop.is_set():
            while self._lib.XPending(self._dpy):
                self._lib.XNextEvent(self._dpy, ctypes.byref(event))
                at = time.time()
                kind = {MAP_NOTIFY: "mapped", UNMAP_NOTIFY: "unmapped", DESTROY_NOTIFY: "destroyed"}.get(event.type)
                if kind is None:
                    continue
                window = event.map.window
                name = self._name(window) if kind == "mapped" else ""
                with self._changed:
                    self._events.append(WindowEvent(at, kind, window, name))
                    self._changed.notify_all()
            select.select([fd], [], [], 0.2)

    def _name(self, window: int) -> str:
        for prop in (self._net_wm_name, self._wm_name):
            actual_type, fmt = ctypes.c_ulong(), ctypes.c_int()
            count, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
            status = self._lib.XGetWindowProperty(
                self._dpy, window, prop, 0, 1024, 0, 0,
                ctypes.byref(actual_type), ctypes.byref(fmt), ctypes.byref(count), ctypes.byref(after),
                ctypes.byref(data),
            )  # fmt: skip
            if status != 0 or not data.value:
                continue
            raw = ctypes.string_at(data.value, count.value) if fmt.value == 8 else b""
            self._lib.XFree(data)
            if raw:
                return raw.decode("utf-8" if actual_type.value == self._utf8 else "latin-1", errors="replace")
        return ""

    # ------------------------------------------------------------------ queries
    def mark(self) -> int:
        """A position in the event record: wait_* calls with it look only at later events."""
        with self._changed:
            return len(self._events)

    def wait_mapped(self, title_prefix: str, since: int, timeout: float) -> WindowEvent | None:
        """The first window mapped after `since` whose title starts with title_prefix."""

        def found() -> WindowEvent | None:
            return next(
                (e for e in self._events[since:] if e.kind == "mapped" and e.name.startswith(title_prefix)), None
            )

        with self._changed:
            self._changed.wait_for(found, timeout=timeout)
            return found()

    def wait_gone(self, window: int, since: int, timeout: float) -> WindowEvent | None:
        """The unmap (or destroy) of `window` after `since`."""

        def found() -> WindowEvent | None:
            return next((e for e in self._events[since:] if e.window == window and e.kind != "mapped"), None)

        with self._changed:
            self._changed.wait_for(found, timeout=timeout)
            return found()
