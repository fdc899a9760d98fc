"""Is there a desktop session to show a tray icon and windows in? Asked before Qt starts.

Without one, Qt's xcb plugin aborts the process (SIGABRT, "could not load the Qt platform
plugin"), which over SSH or on a text console reads like a crash. One clear line is better."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from movebreak.texts import N_

NO_DISPLAY = N_(
    "App",
    "no desktop session: neither WAYLAND_DISPLAY nor DISPLAY is set. movebreak is a tray app "
    "and needs a graphical session; start it from your desktop (or its autostart). "
    "Over SSH, `movebreak status`, `plan` and `history` work without one.",
)


def display_problem(environ: Mapping[str, str] | None = None, platform: str | None = None) -> str | None:
    """Why the tray app cannot show anything here, or None when it can try.

    Only on Linux and the BSDs: Windows and macOS always have their one window system.
    QT_QPA_PLATFORM set by the user (offscreen, vnc, eglfs...) is their explicit choice."""
    env = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if platform.startswith(("win", "darwin", "cygwin")) or env.get("QT_QPA_PLATFORM"):
        return None
    if env.get("DISPLAY"):
        return None
    wayland = env.get("WAYLAND_DISPLAY")
    if wayland:
        runtime = env.get("XDG_RUNTIME_DIR", "")
        socket = Path(wayland) if wayland.startswith("/") else Path(runtime, wayland)
        if socket.exists():
            return None
        return N_(
            "App",
            "no desktop session: WAYLAND_DISPLAY names %1, which does not exist "
            "(the compositor ended, or XDG_RUNTIME_DIR is not the session's), and DISPLAY is not set.",
            socket,
        )
    return NO_DISPLAY
