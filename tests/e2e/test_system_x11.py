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


# Asks the idle probe several times from a real Qt app and counts the X connections it
# opens of its own (libX11's XOpenDisplay, wrapped: the library, not the probe, is watched).
QUESTIONS_SCRIPT = """
import sys, subprocess
from PySide6.QtWidgets import QApplication
from movebreak.runtime import system
from movebreak.runtime.idle import XScreenSaverIdle
app = QApplication(sys.argv)
lib = system.libx11()
opened = []
real_open = lib.XOpenDisplay
def counting_open(name):
    opened.append(name)
    return real_open(name)
lib.XOpenDisplay = counting_open
probe = XScreenSaverIdle.open()
answers = []
for _ in range(3):
    answers.append(probe.idle_seconds())
    subprocess.run(["xdotool", "mousemove", "10", "10"], check=True)
    subprocess.run(["sleep", "0.3"], check=True)
    answers.append(probe.idle_seconds())
    subprocess.run(["sleep", "1.2"], check=True)
print(app.platformName(), len(opened), *answers)
"""


def _ask_from_qt_app(platform: str) -> tuple[str, int, list[float]]:
    out = subprocess.run(
        [sys.executable, "-c", QUESTIONS_SCRIPT],
        env={**os.environ, "QT_QPA_PLATFORM": platform},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout.split()
    return out[0], int(out[1]), [float(a) for a in out[2:]]


def _assert_live(answers: list[float]) -> None:
    """Answers alternate: just after a mouse move, then 1.2 s on, then just after the next move."""
    assert len(answers) == 6
    assert answers[1] < answers[2] > answers[3] < answers[4] > answers[5]


def test_on_x11_the_idle_probe_asks_on_qts_connection_and_opens_none(xvfb: str) -> None:
    _need("xdotool")
    platform, opened, answers = _ask_from_qt_app("xcb")
    assert platform == "xcb"
    assert opened == 0  # every question, including the first, went over Qt's own connection
    _assert_live(answers)


def test_without_qt_on_x11_the_idle_probe_opens_a_connection_per_question(xvfb: str) -> None:
    _need("xdotool")
    platform, opened, answers = _ask_from_qt_app("offscreen")
    assert platform == "offscreen"
    assert opened == len(answers) + 1  # and one for open()'s own trial question
    _assert_live(answers)


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
