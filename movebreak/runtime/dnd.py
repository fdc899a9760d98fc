"""Do-not-disturb: whether a break must wait now (fullscreen, muted notifications, a process)."""

from __future__ import annotations

import ctypes
import json
import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from movebreak.runtime.system import dbus_property, x11_display

log = logging.getLogger(__name__)

FULLSCREEN = "fullscreen window"
INHIBITED = "notifications inhibited"
FOCUS_MODE = "focus mode"

# The kernel keeps at most 15 characters of a command name in /proc/<pid>/comm.
_COMM_LEN = 15
_NOTIFY = ("org.freedesktop.Notifications", "/org/freedesktop/Notifications")


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


class DndProbe:
    """Answers "may a break prompt appear now?"; called once per due slot, so no polling.

    Never raises; whatever cannot be detected counts as "not busy".
    """

    def __init__(
        self,
        *,
        fullscreen_check: bool = True,
        processes: Sequence[str] = (),
        prompt_screen: Callable[[], Rect | None] | None = None,
    ) -> None:
        """`prompt_screen` gives the monitor (root pixels) the prompt would open on; by
        default the X11 monitor under the pointer, else the primary one."""
        self._fullscreen_check = fullscreen_check
        self._processes = tuple(p.strip() for p in processes if p.strip())
        self._prompt_screen = prompt_screen

    def reason(self) -> str | None:
        """Why breaks must wait now, or None."""
        checks = (
            (self._fullscreen_check, self._fullscreen, FULLSCREEN),
            (True, notifications_inhibited, INHIBITED),
            (True, focus_mode_on, FOCUS_MODE),
        )
        for enabled, check, why in checks:
            if not enabled:
                continue
            try:
                if check():
                    return why
            except Exception as exc:  # one desktop's quirk must not block the others
                log.debug("DND check %s failed: %s", why, exc)
        if self._processes:
            try:
                running = running_process(self._processes)
            except Exception as exc:
                log.debug("process scan failed: %s", exc)
                running = None
            if running:
                return f"process {running} running"
        return None

    def _fullscreen(self) -> bool:
        screen = self._prompt_screen() if self._prompt_screen is not None else None
        return fullscreen_window_focused(screen)


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


# ---------------------------------------------------------------- notifications and focus


def notifications_inhibited() -> bool:
    """The notification server says notifications are held back (spec 1.2 `Inhibited`)."""
    if dbus_property(*_NOTIFY, "org.freedesktop.Notifications", "Inhibited") is True:
        return True
    # dunst predates the spec property and exposes its pause as its own property.
    return dbus_property(*_NOTIFY, "org.dunstproject.cmd0", "paused") is True


def focus_mode_on() -> bool:
    """The desktop's own do-not-disturb switch, where it can be read cheaply."""
    if sys.platform == "darwin":
        return _macos_focus_on(Path.home())
    if "GNOME" in os.environ.get("XDG_CURRENT_DESKTOP", "").upper():
        # GNOME's "Do Not Disturb" toggle turns banners off.
        return _gsettings_banners_off()
    return False


def _gsettings_banners_off() -> bool:
    gsettings = shutil.which("gsettings")
    if gsettings is None:
        return False
    try:
        out = subprocess.run(
            [gsettings, "get", "org.gnome.desktop.notifications", "show-banners"],
            capture_output=True,
            text=True,
            timeout=2,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return out.strip() == "false"


def _macos_focus_on(home: Path) -> bool:
    # Focus (macOS 12+) records active modes here; the file is readable by the user.
    path = home / "Library" / "DoNotDisturb" / "DB" / "Assertions.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    for entry in data.get("data", []) if isinstance(data, dict) else []:
        if isinstance(entry, dict) and entry.get("storeAssertionRecords"):
            return True
    return False


# ---------------------------------------------------------------- processes


def _normal(name: str) -> str:
    name = os.path.basename(name.strip()).lower()
    return name[:-4] if name.endswith(".exe") else name


def running_process(wanted: Iterable[str], proc: Path = Path("/proc")) -> str | None:
    """The first wanted name (as the user wrote it) that a running process has, or None."""
    by_name = {_normal(w): w for w in wanted if _normal(w)}
    if not by_name:
        return None
    if sys.platform.startswith("linux") or proc != Path("/proc"):
        names = _proc_names(proc)
    else:
        names = _ps_names()
    truncated = {n[:_COMM_LEN]: w for n, w in by_name.items()}
    for name in names:
        if name in by_name:
            return by_name[name]
        if len(name) == _COMM_LEN and name in truncated:
            return truncated[name]
    return None


def _proc_names(proc: Path) -> Iterable[str]:
    """Each process's command name and argv[0] basename, lower-cased."""
    try:
        entries = list(os.scandir(proc))
    except OSError:
        return
    for entry in entries:
        if not entry.name.isdigit():
            continue
        try:
            yield (Path(entry.path) / "comm").read_text(errors="replace").strip().lower()
            argv0 = (Path(entry.path) / "cmdline").read_bytes().split(b"\0", 1)[0]
        except OSError:
            continue  # the process ended while we looked
        if argv0:
            # argv[0] catches names longer than comm's 15 characters and renamed processes.
            yield _normal(argv0.decode(errors="replace").split(" ", 1)[0])


def _ps_names() -> Iterable[str]:
    if sys.platform == "win32":
        command = ["tasklist", "/fo", "csv", "/nh"]
    else:
        command = ["ps", "-A", "-o", "comm="]
    try:
        out = subprocess.run(command, capture_output=True, text=True, timeout=5, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    if sys.platform == "win32":
        return [_normal(line.split(",", 1)[0].strip('"')) for line in out.splitlines() if line]
    return [_normal(line) for line in out.splitlines() if line.strip()]
