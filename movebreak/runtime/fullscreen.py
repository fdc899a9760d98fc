"""Fullscreen windows: monitor geometry, and whether the focused X11 window hides the monitor a
prompt would open on (EWMH state through libX11, or xprop where libX11 cannot be loaded)."""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from movebreak.runtime.system import x11_display


@dataclass(frozen=True)
class Rect:
    """A rectangle in X11 root-window pixels (a window or a monitor)."""

    x: int
    y: int
    width: int
    height: int

    def covers(self, other: Rect) -> bool:
        return (
            self.x <= other.x
            and self.y <= other.y
            and self.x + self.width >= other.x + other.width
            and self.y + self.height >= other.y + other.height
        )

    def contains(self, px: int, py: int) -> bool:
        return self.x <= px < self.x + self.width and self.y <= py < self.y + self.height

    def overlap(self, other: Rect) -> int:
        """The area both share (0 when they do not meet)."""
        w = min(self.x + self.width, other.x + other.width) - max(self.x, other.x)
        h = min(self.y + self.height, other.y + other.height) - max(self.y, other.y)
        return w * h if w > 0 and h > 0 else 0


def monitor_of(window: Rect, monitors: Sequence[Rect]) -> Rect | None:
    """The monitor a window is on: the one it shares most area with (None if it is on none)."""
    best = max(monitors, key=window.overlap, default=None)
    return best if best is not None and window.overlap(best) > 0 else None


def prompt_monitor(pointer: tuple[int, int] | None, monitors: Sequence[Rect], primary: Rect | None) -> Rect | None:
    """Where a prompt opens (the rule of ui.prompt): the monitor under the pointer, else the
    primary one, else the first."""
    if pointer is not None:
        under = next((m for m in monitors if m.contains(*pointer)), None)
        if under is not None:
            return under
    return primary or (monitors[0] if monitors else None)


def hides_screen(window: Rect | None, ewmh_fullscreen: bool, monitors: Sequence[Rect], screen: Rect | None) -> bool:
    """Whether the focused window is fullscreen on `screen`, the monitor the prompt opens on.

    A fullscreen window on another monitor (slides on the projector, the prompt on the laptop)
    does not hold breaks. Where the prompt's screen is unknown, any monitor counts; where the
    window cannot be placed, its fullscreen state alone decides.
    """
    if screen is None:
        return ewmh_fullscreen or (window is not None and any(window.covers(m) for m in monitors))
    if window is None:
        return ewmh_fullscreen
    if window.covers(screen):
        return True
    if not ewmh_fullscreen:
        return False
    # Fullscreen but not (yet) sized to its monitor: it is on the monitor it shares most with.
    home = monitor_of(window, monitors)
    return home == screen if home is not None else window.overlap(screen) > 0


# ---------------------------------------------------------------- fullscreen (X11)


def fullscreen_window_focused(screen: Rect | None = None) -> bool:
    """The focused top-level window is fullscreen on `screen` (by default the monitor a prompt
    would open on): EWMH state, or it covers that whole monitor. On Wayland, the compositor's
    word: sway's IPC, else wlroots' foreign-toplevel list."""
    from movebreak.runtime.sway_ipc import sway_fullscreen

    sway = sway_fullscreen()
    if sway is not None:
        return sway
    if os.environ.get("WAYLAND_DISPLAY"):
        from movebreak.runtime.wayland_toplevels import focused_fullscreen

        wayland = focused_fullscreen()
        if wayland is not None:
            return wayland
    with x11_display() as x:
        if x is not None:
            return _x11_fullscreen(*x, screen=screen)
    return _xprop_fullscreen()


def _atom(lib: ctypes.CDLL, display: int, name: str) -> int:
    return int(lib.XInternAtom(display, name.encode(), 0))


def _window_property(lib: ctypes.CDLL, display: int, window: int, prop: str) -> list[int]:
    """A format-32 property as ints ([] when absent); Xlib hands those back as C longs."""
    actual_type, actual_format = ctypes.c_ulong(), ctypes.c_int()
    nitems, after = ctypes.c_ulong(), ctypes.c_ulong()
    data = ctypes.c_void_p()
    status = lib.XGetWindowProperty(
        display,
        window,
        _atom(lib, display, prop),
        0,
        64,
        0,
        0,  # AnyPropertyType
        ctypes.byref(actual_type),
        ctypes.byref(actual_format),
        ctypes.byref(nitems),
        ctypes.byref(after),
        ctypes.byref(data),
    )
    if status != 0 or not data.value:
        return []
    try:
        if actual_format.value != 32:
            return []
        values = ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))
        return [int(values[i]) for i in range(nitems.value)]
    finally:
        lib.XFree(data)


def _top_level(lib: ctypes.CDLL, display: int, window: int, root: int) -> int:
    """The child of the root that contains window (focus may sit on an inner widget)."""
    for _ in range(64):
        root_ret, parent = ctypes.c_ulong(), ctypes.c_ulong()
        children, count = ctypes.c_void_p(), ctypes.c_uint()
        if not lib.XQueryTree(
            display, window, ctypes.byref(root_ret), ctypes.byref(parent), ctypes.byref(children), ctypes.byref(count)
        ):
            return 0
        if children.value:
            lib.XFree(children)
        if parent.value in (0, root):
            return window
        window = parent.value
    return 0


def _geometry(lib: ctypes.CDLL, display: int, window: int, root: int) -> Rect | None:
    root_ret = ctypes.c_ulong()
    x, y = ctypes.c_int(), ctypes.c_int()
    w, h, border, depth = (ctypes.c_uint() for _ in range(4))
    if not lib.XGetGeometry(
        display,
        window,
        ctypes.byref(root_ret),
        ctypes.byref(x),
        ctypes.byref(y),
        ctypes.byref(w),
        ctypes.byref(h),
        ctypes.byref(border),
        ctypes.byref(depth),
    ):
        return None
    rx, ry, child = ctypes.c_int(), ctypes.c_int(), ctypes.c_ulong()
    if not lib.XTranslateCoordinates(
        display, window, root, 0, 0, ctypes.byref(rx), ctypes.byref(ry), ctypes.byref(child)
    ):
        return None
    return Rect(rx.value, ry.value, w.value, h.value)


def _monitors(lib: ctypes.CDLL, display: int, root: int) -> tuple[list[Rect], Rect | None]:
    """Monitor rectangles and the primary one, from RandR 1.5; else the whole screen."""
    rects, primary = _randr_monitors(display, root)
    if rects:
        return rects, primary
    screen = lib.XDefaultScreen(display)
    whole = Rect(0, 0, lib.XDisplayWidth(display, screen), lib.XDisplayHeight(display, screen))
    return [whole], whole


class _MonitorInfo(ctypes.Structure):
    _fields_ = [
        ("name", ctypes.c_ulong),
        ("primary", ctypes.c_int),
        ("automatic", ctypes.c_int),
        ("noutput", ctypes.c_int),
        ("x", ctypes.c_int),
        ("y", ctypes.c_int),
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("mwidth", ctypes.c_int),
        ("mheight", ctypes.c_int),
        ("outputs", ctypes.c_void_p),
    ]


def _randr_monitors(display: int, root: int) -> tuple[list[Rect], Rect | None]:
    try:
        xrandr = ctypes.CDLL("libXrandr.so.2")
        get = xrandr.XRRGetMonitors
    except (OSError, AttributeError):
        return [], None
    get.restype = ctypes.POINTER(_MonitorInfo)
    get.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.POINTER(ctypes.c_int)]
    xrandr.XRRFreeMonitors.argtypes = [ctypes.c_void_p]
    count = ctypes.c_int()
    monitors = get(display, root, 1, ctypes.byref(count))
    if not monitors:
        return [], None
    try:
        rects, primary = [], None
        for m in (monitors[i] for i in range(count.value)):
            if m.width > 0 and m.height > 0:
                rects.append(Rect(m.x, m.y, m.width, m.height))
                if m.primary and primary is None:
                    primary = rects[-1]
        return rects, primary
    finally:
        xrandr.XRRFreeMonitors(monitors)


def _pointer(lib: ctypes.CDLL, display: int, root: int) -> tuple[int, int] | None:
    root_ret, child = ctypes.c_ulong(), ctypes.c_ulong()
    rx, ry, wx, wy = (ctypes.c_int() for _ in range(4))
    mask = ctypes.c_uint()
    if not lib.XQueryPointer(
        display,
        root,
        ctypes.byref(root_ret),
        ctypes.byref(child),
        ctypes.byref(rx),
        ctypes.byref(ry),
        ctypes.byref(wx),
        ctypes.byref(wy),
        ctypes.byref(mask),
    ):
        return None  # the pointer is on another X screen
    return rx.value, ry.value


def _x11_fullscreen(lib: ctypes.CDLL, display: int, screen: Rect | None = None) -> bool:
    root = int(lib.XDefaultRootWindow(display))
    active = _window_property(lib, display, root, "_NET_ACTIVE_WINDOW")
    window = active[0] if active else 0
    if not window:
        # No EWMH window manager (e.g. a bare X server): the input focus is the answer.
        focus, revert = ctypes.c_ulong(), ctypes.c_int()
        lib.XGetInputFocus(display, ctypes.byref(focus), ctypes.byref(revert))
        # 0 = None, 1 = PointerRoot: nothing in particular has focus.
        if focus.value in (0, 1, root):
            return False
        window = _top_level(lib, display, focus.value, root)
        if not window:
            return False
    full = _atom(lib, display, "_NET_WM_STATE_FULLSCREEN")
    ewmh_fullscreen = full in _window_property(lib, display, window, "_NET_WM_STATE")
    monitors, primary = _monitors(lib, display, root)
    if screen is None:
        screen = prompt_monitor(_pointer(lib, display, root), monitors, primary)
    rect = _geometry(lib, display, window, root)
    return hides_screen(rect, ewmh_fullscreen, monitors, screen)


def _xprop_fullscreen() -> bool:
    """The same question through xprop, where libX11 cannot be loaded but the tool exists."""
    xprop = shutil.which("xprop")
    if xprop is None or not os.environ.get("DISPLAY") or sys.platform in ("win32", "darwin"):
        return False
    try:
        active = subprocess.run(
            [xprop, "-root", "_NET_ACTIVE_WINDOW"], capture_output=True, text=True, timeout=2, check=False
        ).stdout
        window = active.rsplit("#", 1)[-1].split(",")[0].strip() if "#" in active else ""
        if not window or int(window, 16) == 0:
            return False
        state = subprocess.run(
            [xprop, "-id", window, "_NET_WM_STATE"], capture_output=True, text=True, timeout=2, check=False
        ).stdout
    except (OSError, ValueError, subprocess.SubprocessError):
        return False
    return "_NET_WM_STATE_FULLSCREEN" in state
