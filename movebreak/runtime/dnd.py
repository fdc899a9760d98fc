"""Do-not-disturb: whether a break must wait now (fullscreen, muted notifications, a process)."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from movebreak.runtime.fullscreen import Rect, fullscreen_window_focused, hides_screen, monitor_of, prompt_monitor
from movebreak.runtime.system import dbus_property

__all__ = ["DndProbe", "Rect", "fullscreen_window_focused", "hides_screen", "monitor_of", "prompt_monitor"]

log = logging.getLogger(__name__)

FULLSCREEN = "fullscreen window"
INHIBITED = "notifications inhibited"
FOCUS_MODE = "focus mode"

# The kernel keeps at most 15 characters of a command name in /proc/<pid>/comm.
_COMM_LEN = 15
_NOTIFY = ("org.freedesktop.Notifications", "/org/freedesktop/Notifications")


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
