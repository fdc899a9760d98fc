"""The system probes against a real X server (Xvfb): XScreenSaver idle time and fullscreen DND."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from typing import TypeVar

import pytest

from movebreak.runtime.dnd import FULLSCREEN, DndProbe
from movebreak.runtime.idle import IdleMonitor

pytestmark = pytest.mark.e2e

T = TypeVar("T")

# A Qt window in its own process, as another application on the desktop would be.
WINDOW_SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
w = QLabel(sys.argv[1])
w.setWindowTitle(sys.argv[1])
if sys.argv[2] == "full":
    w.showFullScreen()
else:
    w.resize(320, 200)
    w.show()
w.activateWindow()
app.exec()
"""


def _need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        print(f"SKIP reason: {tool} is not installed (Debian package: xvfb / xdotool)")
        pytest.skip(f"{tool} is not installed")
    return path


def _wait_for(what: str, probe: Callable[[], T | None], timeout_s: float = 10.0) -> T:
    """Poll a real-world condition until it holds; the X server runs on real time."""
    deadline = time.monotonic() + timeout_s
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what} (last: {value!r})")
        time.sleep(0.05)


@pytest.fixture
def xvfb(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A private Xvfb (1024x768, no window manager); DISPLAY points at it for the test."""
    xvfb = _need("Xvfb")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        # -noreset: a bare X server regenerates (and zeroes its idle counter) whenever its
        # last client disconnects; a real desktop always has clients connected.
        [xvfb, "-displayfd", str(write_fd), "-screen", "0", "1024x768x24", "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        server.wait()
        pytest.fail("Xvfb did not report a display number")
    display = f":{number}"
    monkeypatch.setenv("DISPLAY", display)
    # No session bus: the X11 backends must answer on their own.
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    yield display
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture
def window(xvfb: str) -> Iterator[Callable[[str, str], str]]:
    started: list[subprocess.Popen[bytes]] = []
    xdotool = _need("xdotool")

    def open_window(title: str, mode: str) -> str:
        """Show a window, focus it, and return its X id."""
        env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
        started.append(
            subprocess.Popen([sys.executable, "-c", WINDOW_SCRIPT, title, mode], env=env, stderr=subprocess.DEVNULL)
        )
        window_id = _wait_for(
            f"window {title!r} to map",
            lambda: subprocess.run(
                [xdotool, "search", "--onlyvisible", "--name", title], capture_output=True, text=True
            ).stdout.split(),
        )[0]
        # Without a window manager nobody hands out focus; give it as a WM would.
        subprocess.run([xdotool, "windowfocus", "--sync", window_id], check=False, stderr=subprocess.DEVNULL)
        return str(window_id)

    yield open_window
    for proc in started:
        proc.kill()
        proc.wait()


def test_xscreensaver_idle_grows_and_resets_on_mouse_motion(xvfb: str) -> None:
    xdotool = _need("xdotool")
    monitor = IdleMonitor.detect()
    assert monitor.backend == "x11-xscreensaver"
    first = monitor.idle_seconds()
    assert first is not None
    grown = _wait_for(
        "idle time to grow past 1 s", lambda: (s := monitor.idle_seconds()) is not None and s > first + 1 and s
    )
    subprocess.run([xdotool, "mousemove", "200", "150"], check=True)
    after = monitor.idle_seconds()
    assert after is not None
    assert after < grown


def test_fullscreen_window_defers_breaks(window: Callable[[str, str], str]) -> None:
    window("movebreak-e2e-presentation", "full")
    probe = DndProbe()
    assert _wait_for("DND to see the fullscreen window", probe.reason) == FULLSCREEN


def test_normal_window_does_not_defer_until_it_covers_the_screen(
    window: Callable[[str, str], str],
) -> None:
    window_id = window("movebreak-e2e-editor", "normal")
    assert DndProbe().reason() is None
    # No window manager here, so no _NET_WM_STATE: the geometry rule has to see it.
    subprocess.run(
        [
            _need("xdotool"),
            "windowmove",
            "--sync",
            window_id,
            "0",
            "0",
            "windowsize",
            "--sync",
            window_id,
            "1024",
            "768",
        ],
        check=True,
    )
    assert _wait_for("DND to see the screen-sized window", DndProbe().reason) == FULLSCREEN


def test_fullscreen_check_can_be_turned_off(window: Callable[[str, str], str]) -> None:
    window("movebreak-e2e-video", "full")
    _wait_for("DND to see the fullscreen window", DndProbe().reason)
    assert DndProbe(fullscreen_check=False).reason() is None


@pytest.fixture
def session_bus(xvfb: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A private session bus (dbus-daemon) for this test only."""
    daemon = _need("dbus-daemon")
    bus = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    yield address
    bus.terminate()
    bus.wait(timeout=10)


def test_paused_notification_daemon_defers_breaks(qapp, session_bus: str) -> None:
    from PySide6.QtDBus import QDBusConnection

    dunst, dunstctl = _need("dunst"), _need("dunstctl")
    daemon = subprocess.Popen([dunst], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        bus = QDBusConnection.connectToBus(session_bus, "movebreak-e2e-check")
        _wait_for(
            "dunst to own org.freedesktop.Notifications",
            lambda: bus.interface().isServiceRegistered("org.freedesktop.Notifications").value(),
        )
        QDBusConnection.disconnectFromBus("movebreak-e2e-check")
        probe = DndProbe(fullscreen_check=False)
        assert probe.reason() is None
        subprocess.run([dunstctl, "set-paused", "true"], check=True)
        assert probe.reason() == "notifications inhibited"
        subprocess.run([dunstctl, "set-paused", "false"], check=True)
        assert probe.reason() is None
    finally:
        daemon.kill()
        daemon.wait()
