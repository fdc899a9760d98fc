"""The walking-skeleton journey on Wayland: sway (waybar's tray, dunst), weston and mutter.

Tray, notification, prompt, the routine journaled as completed, quit. Nobody can press Done
on weston or mutter from outside (neither offers a virtual keyboard to clients), so the
routine here is one 5-second exercise from the user's catalogue, which the prompt's own
countdown completes: "completed" in the journal is the same path as pressing Done on the
last exercise. That the prompt is on screen is Qt's own word: the prompt process reports
its first expose event, with the output it landed on (ui.prompt_host logs it)."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QImage

from movebreak.runtime.dnd import FULLSCREEN, INHIBITED
from movebreak.storage.catalogue import load_catalogue
from tests.e2e.conftest import E2E_CONFIG, RunningApp
from tests.e2e.desktop import PROMPT_TITLE, wait_for
from tests.e2e.wayland import SIZE, WaylandSession, why_not_runnable

pytestmark = pytest.mark.e2e

QUICK_EXERCISE = """\
[[exercise]]
id = "e2e-quick-look"
name = "Look out of the window"
areas = ["eyes"]
position = "seated"
seconds = 5
steps = ["Look at something far away."]
[exercise.illustration]
view = "side"
base = "sit-side"
accent = ["eyes"]
frames = [{}, { neck = 8 }]
"""

# The user's window: a plain Qt window, tiled by sway like an editor would be.
USER_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QPlainTextEdit
app = QApplication(sys.argv)
w = QPlainTextEdit()
w.setWindowTitle(sys.argv[1])
w.show()
app.exec()
"""

# Each compositor's output name, as Qt reports it on that compositor
OUTPUTS = {"sway": "HEADLESS-1", "weston": "headless", "mutter": "Meta-0"}


def quick_config() -> str:
    bundled, _ = load_catalogue(None)
    ids = ", ".join(json.dumps(e.id) for e in bundled)
    return E2E_CONFIG + f"\n[exercises]\ndisabled_exercises = [{ids}]\n"


def _session(compositor: str) -> Iterator[WaylandSession]:
    reason = why_not_runnable(compositor)
    if reason is not None:
        print(f"SKIP reason: {reason}")
        pytest.skip(reason)
    started = time.monotonic()
    session = WaylandSession(compositor).start()
    print(f"{compositor} session up in {time.monotonic() - started:.1f} s")
    try:
        yield session
    finally:
        session.stop()


@pytest.fixture(scope="module", params=["sway", "weston", "mutter"])
def wayland(request: pytest.FixtureRequest) -> Iterator[WaylandSession]:
    yield from _session(request.param)


@pytest.fixture(scope="module")
def sway() -> Iterator[WaylandSession]:
    yield from _session("sway")


def start_app(session: WaylandSession, name: str) -> RunningApp:
    root = session.own_dir(name)
    app = RunningApp(session, root, config=quick_config(), command=[session.python, "-m", "movebreak"])  # type: ignore[arg-type]
    session.write(app.data_dir / "exercises" / "quick.toml", QUICK_EXERCISE)
    session.own_tree(root)
    return app.start()


def app_file_log(app: RunningApp) -> str:
    path = app.data_dir / "logs" / "movebreak.log"
    return path.read_text(errors="replace") if path.exists() else ""


def exposed(app: RunningApp) -> tuple[str, int, int] | None:
    found = re.findall(r"prompt window exposed on '([^']*)' \((\d+)x(\d+)\)", app_file_log(app))
    return (found[-1][0], int(found[-1][1]), int(found[-1][2])) if found else None


def history_states(app: RunningApp) -> list[str]:
    result = app.cli("history", "--format", "json")
    return [r["state"] for r in json.loads(result.stdout)["breaks"]] if result.returncode == 0 else []


def test_the_journey(wayland: WaylandSession) -> None:
    started = time.monotonic()
    app = start_app(wayland, "journey")
    try:
        # the tray: waybar's StatusNotifierWatcher on sway; weston and mutter have no tray host
        if wayland.compositor == "sway":
            assert wait_for(wayland.tray_items, timeout=10), wayland.app_log()
        else:
            assert wait_for(lambda: "No system tray was found" in wayland.app_log(), timeout=10)
        # idle time is followed from the start (Wayland's idle protocols count from then)
        source = IDLE_SOURCES[wayland.compositor]
        expected = f"idle time from {source}" if source != "none" else "no idle backend answered"
        assert wait_for(lambda: expected in app_file_log(app), timeout=10), app_file_log(app)
        wayland.run(["dunstctl", "close-all"])  # the no-tray notice, on weston and mutter
        calls = len(wayland.notify_calls())
        assert app.cli("break-now").returncode == 0
        assert wait_for(lambda: "Time to move" in wayland.notify_calls()[calls:], timeout=10), wayland.app_log()
        where = wait_for(lambda: exposed(app), timeout=15)
        assert where, app_file_log(app) + wayland.app_log()
        assert where[0] == OUTPUTS[wayland.compositor]
        assert 0 < where[1] <= SIZE[0] and 0 < where[2] <= SIZE[1]
        # the 5-second routine runs out: completed, and its notification is withdrawn
        assert wait_for(lambda: history_states(app) == ["completed"], timeout=20), history_states(app)
        assert wait_for(lambda: wayland.notifications_displayed() == 0, timeout=5)
        assert app.cli("quit").returncode == 0
        assert app.proc is not None and app.proc.wait(timeout=15) == 0
        assert "Traceback" not in wayland.app_log()
    finally:
        app.stop()
    print(f"{wayland.compositor} journey: {time.monotonic() - started:.1f} s")


def sway_window(session: WaylandSession, title: str) -> dict[str, Any] | None:
    return next((w for w in session.sway_windows() if str(w.get("name", "")).startswith(title)), None)


def test_on_sway_the_prompt_floats_and_the_users_window_keeps_its_size(sway: WaylandSession) -> None:
    wayland = sway
    editor = wayland.launch([wayland.python, "-c", USER_WINDOW, "e2e editor"])
    app = start_app(wayland, "float")
    try:
        before = wait_for(lambda: sway_window(wayland, "e2e editor"), timeout=15)
        assert before, wayland.sway_windows()
        assert not before["floating"]
        assert app.cli("break-now").returncode == 0
        prompt = wait_for(lambda: sway_window(wayland, PROMPT_TITLE), timeout=15)
        assert prompt, wayland.sway_windows()
        assert prompt["floating"]
        after = sway_window(wayland, "e2e editor")
        assert after is not None and after["rect"] == before["rect"]  # not halved
        # sway gives every new window the keyboard focus; an app cannot decline it (pinned)
        assert prompt["focused"]
        # and it is drawn there: grim's screenshot differs from the editor's colour inside it
        shot = wayland.workdir / "float.png"
        assert wayland.screenshot(shot), wayland.log("compositor")
        image = QImage(str(shot))
        r = prompt["rect"]
        inside = image.pixelColor(r["x"] + r["width"] // 2, r["y"] + r["height"] - 30)  # Done's row
        beside = image.pixelColor(r["x"] // 2, r["y"] + r["height"] // 2)  # the editor, left of it
        assert inside != beside, (inside.name(), beside.name())
        # its notification's Skip ends the break on Wayland too
        wayland.press_notification_button("Skip")
        assert wait_for(lambda: history_states(app) == ["skipped"], timeout=15), wayland.app_log()
        assert wait_for(lambda: sway_window(wayland, PROMPT_TITLE) is None, timeout=10)
    finally:
        app.stop()
        editor.terminate()
        editor.wait(timeout=10)


# Where the app reads idle time from in each session (runtime.idle): GNOME's compositor
# answers org.gnome.Mutter.IdleMonitor; sway 1.7 has KDE's org_kde_kwin_idle protocol
# (runtime.wayland_idle); weston 10 offers no idle protocol to clients at all.
IDLE_SOURCES = {"sway": "wayland-org_kde_kwin_idle", "weston": "none", "mutter": "gnome-mutter"}


def test_idle_time_comes_from_the_compositor_where_it_tells(wayland: WaylandSession) -> None:
    code = (  # with a Qt application, as in the app: QtDBus needs one
        "from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]); "
        "from movebreak.runtime.idle import IdleMonitor; m = IdleMonitor.detect(); "
        "print(m.backend, m.idle_seconds())"
    )
    result = wayland.run([wayland.python, "-c", code], timeout=30)
    backend, seconds = result.stdout.split()
    assert backend == IDLE_SOURCES[wayland.compositor], result.stderr
    if backend == "none":
        assert seconds == "None"
    else:
        # nobody touched the headless session since it started a few seconds ago
        assert 0 <= float(seconds) < 600


FULLSCREEN_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
w = QLabel(sys.argv[1])
w.setWindowTitle(sys.argv[1])
w.showFullScreen()
app.exec()
"""


def dnd_reason(session: WaylandSession) -> str:
    code = (  # with a Qt application, as in the app: QtDBus needs one
        "from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]); "
        "from movebreak.runtime.dnd import DndProbe; print(DndProbe(fullscreen_check=True).reason())"
    )
    result = session.run([session.python, "-c", code], timeout=30)
    assert result.returncode == 0, result.stderr
    return str(result.stdout.strip())


def test_on_sway_a_focused_fullscreen_window_is_do_not_disturb(sway: WaylandSession) -> None:
    assert dnd_reason(sway) == "None"
    video = sway.launch([sway.python, "-c", FULLSCREEN_WINDOW, "e2e video"])
    try:
        assert wait_for(lambda: (sway_window(sway, "e2e video") or {}).get("fullscreen_mode") == 1, timeout=15)
        assert dnd_reason(sway) == FULLSCREEN
    finally:
        video.terminate()
        video.wait(timeout=10)
    assert wait_for(lambda: sway_window(sway, "e2e video") is None, timeout=10)
    assert dnd_reason(sway) == "None"


def test_wlroots_foreign_toplevel_list_tells_a_focused_fullscreen_window(sway: WaylandSession) -> None:
    """The same question through the protocol every wlroots compositor has (no sway IPC)."""
    code = (
        "from movebreak.runtime.wayland_toplevels import focused_fullscreen, toplevel_states; "
        "print(focused_fullscreen(), len(toplevel_states()))"
    )

    def ask() -> str:
        result = sway.run([sway.python, "-c", code], timeout=30, extra_env={"SWAYSOCK": ""})
        assert result.returncode == 0, result.stderr
        return str(result.stdout.strip())

    editor = sway.launch([sway.python, "-c", USER_WINDOW, "e2e notes"])
    try:
        assert wait_for(lambda: sway_window(sway, "e2e notes"), timeout=15)
        assert ask() == "False 1"
        video = sway.launch([sway.python, "-c", FULLSCREEN_WINDOW, "e2e film"])
        try:
            assert wait_for(lambda: (sway_window(sway, "e2e film") or {}).get("fullscreen_mode") == 1, timeout=15)
            assert ask() == "True 2"
            # the fullscreen window loses the focus: no longer do-not-disturb
            assert sway.run(["swaymsg", '[title="e2e notes"] focus']).returncode == 0
            assert wait_for(lambda: (sway_window(sway, "e2e notes") or {}).get("focused"), timeout=10)
            assert ask() == "False 2"
        finally:
            video.terminate()
            video.wait(timeout=10)
    finally:
        editor.terminate()
        editor.wait(timeout=10)
    assert wait_for(lambda: sway_window(sway, "e2e notes") is None, timeout=10)


def test_on_sway_a_paused_notification_server_is_do_not_disturb(sway: WaylandSession) -> None:
    assert sway.run(["dunstctl", "set-paused", "true"]).returncode == 0
    try:
        assert dnd_reason(sway) == INHIBITED
    finally:
        sway.run(["dunstctl", "set-paused", "false"])
    assert dnd_reason(sway) == "None"


def test_on_sway_the_prompt_opens_on_the_output_the_user_is_on(sway: WaylandSession) -> None:
    app = start_app(sway, "second-output")
    try:
        assert sway.run(["swaymsg", "focus", "output", "HEADLESS-2"]).returncode == 0
        assert app.cli("break-now").returncode == 0
        prompt = wait_for(lambda: sway_window(sway, PROMPT_TITLE), timeout=15)
        assert prompt, sway.sway_windows()
        assert prompt["output"] == "HEADLESS-2"
        assert prompt["rect"]["x"] >= SIZE[0]  # right of the first output
        # shown there (Qt's screen() at the first expose is still the first output: Qt learns
        # the output from wl_surface.enter only later, so the compositor's tree is the witness)
        assert wait_for(lambda: exposed(app), timeout=10), app_file_log(app)
    finally:
        app.stop()
        sway.run(["swaymsg", "focus", "output", "HEADLESS-1"])


IDLE_PROBE = """
import subprocess, sys, time
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from movebreak.runtime.wayland_idle import WaylandIdle
idle = WaylandIdle.open(threshold_ms=1000)

def after(seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.05)
    return round(idle.idle_seconds(), 1)

print(idle.name, idle.idle_seconds(), after(1.5), after(0.5), end=" ")
subprocess.run(["swaymsg", "seat", "seat0", "cursor", "move", "5", "5"], capture_output=True)  # input
print(after(0.3), after(1.5))
"""


def test_on_sway_idle_time_follows_the_seat(sway: WaylandSession) -> None:
    result = sway.run([sway.python, "-c", IDLE_PROBE], timeout=30)
    name, at_start, idle_1, idle_2, after_input, idle_again = result.stdout.split()
    assert name == "wayland-org_kde_kwin_idle", result.stderr
    assert float(at_start) == 0.0  # less than the threshold: counts as active
    assert 1.0 <= float(idle_1) <= 1.6 and float(idle_2) >= float(idle_1) + 0.4  # idle, and growing
    assert float(after_input) == 0.0  # the pointer moved: active again
    assert 1.0 <= float(idle_again) <= 1.9  # 1.8 s since the input
