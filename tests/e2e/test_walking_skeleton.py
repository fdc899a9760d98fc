"""The whole path in a real desktop: tray icon, Notify call, prompt window, journal, quit."""

from __future__ import annotations

import signal

import pytest

from movebreak.domain.clock import SystemClock
from movebreak.storage.journal import Journal
from tests.e2e.conftest import RunningApp
from tests.e2e.desktop import PROMPT_TITLE, wait_for

pytestmark = pytest.mark.e2e


def test_tray_icon_is_embedded_in_the_tray_host(running_app: RunningApp) -> None:
    assert wait_for(lambda: "movebreak" in running_app.desktop.tray_icons(), timeout=15), running_app.desktop.tree()


def test_break_now_sends_a_real_notify_call(running_app: RunningApp) -> None:
    result = running_app.cli("break-now")
    assert result.returncode == 0, result.stderr
    assert wait_for(lambda: "Time to move" in running_app.desktop.notify_calls(), timeout=15), (
        running_app.desktop.notify_calls()
    )


def test_break_now_maps_the_prompt_window(running_app: RunningApp) -> None:
    assert running_app.cli("break-now").returncode == 0
    windows = wait_for(lambda: running_app.desktop.visible_windows(PROMPT_TITLE), timeout=15)
    assert windows, running_app.desktop.tree()
    # the prompt belongs to a child of the tray app (ui.prompt_host), whose memory leaves with it
    pid, parent = running_app.desktop.window_process(windows[0])
    assert running_app.proc is not None and pid != running_app.proc.pid
    assert parent == running_app.proc.pid


def test_pressing_done_writes_a_completed_row(running_app: RunningApp) -> None:
    desktop = running_app.desktop
    assert running_app.cli("break-now").returncode == 0
    windows = wait_for(lambda: desktop.visible_windows(PROMPT_TITLE), timeout=15)
    assert windows
    win = windows[0]
    # A click makes the prompt accept focus (it never steals it); then Enter presses Done.
    geometry = desktop.run(["xdotool", "getwindowgeometry", "--shell", win]).stdout
    size = dict(line.split("=", 1) for line in geometry.split())
    desktop.run(["xdotool", "mousemove", "--window", win, str(int(size["WIDTH"]) // 2), "40", "click", "1"])
    desktop.run(["xdotool", "windowfocus", "--sync", win])

    def done_pressed() -> bool:
        desktop.run(["xdotool", "key", "Return"])
        journal = Journal.open(running_app.data_dir / "journal.sqlite3", SystemClock())
        try:
            records = journal.breaks()
        finally:
            journal.close()
        return any(ex.outcome == "completed" for rec in records for ex in rec.exercises)

    assert wait_for(done_pressed, timeout=20, interval=0.5), desktop.app_log()


def test_quit_ends_the_process_with_exit_code_zero(running_app: RunningApp) -> None:
    result = running_app.cli("quit")
    assert result.returncode == 0, result.stderr
    assert running_app.proc is not None
    assert running_app.proc.wait(timeout=15) == 0


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_ends_the_process_cleanly(running_app: RunningApp, signum: int) -> None:
    """SIGTERM (log-out) and Ctrl+C wake the Qt loop through the wake-up pipe at once (there
    is no polling timer): exit code 0, no traceback, and the CLI then finds no instance."""
    assert running_app.proc is not None
    running_app.proc.send_signal(signum)
    assert running_app.proc.wait(timeout=15) == 0
    assert "Traceback" not in running_app.desktop.app_log()
    assert running_app.cli("status").returncode == 1


def test_cli_without_a_running_instance_says_so_and_exits_1(desktop, tmp_path) -> None:  # type: ignore[no-untyped-def]
    app = RunningApp(desktop, tmp_path)
    result = app.cli("status")
    assert result.returncode == 1
    assert "not running" in result.stderr


def test_second_start_hands_over_to_the_first(running_app: RunningApp) -> None:
    from tests.e2e.desktop import movebreak_cmd

    second = running_app.desktop.run(movebreak_cmd(), timeout=30, extra_env=running_app.env)
    assert second.returncode == 0
    assert "already running" in second.stdout
    assert running_app.proc is not None and running_app.proc.poll() is None


def test_a_second_start_in_german_says_the_status_in_german(running_app: RunningApp) -> None:
    """The running app answers in English data; the second process prints it in its language."""
    from tests.e2e.desktop import movebreak_cmd

    german = {**running_app.env, "LANGUAGE": "de", "LANG": "de_DE.UTF-8", "MOVEBREAK_LANGUAGE": ""}
    second = running_app.desktop.run(movebreak_cmd(), timeout=30, extra_env=german)
    assert second.returncode == 0
    assert second.stdout.startswith("movebreak läuft schon.\nNächste Pause: "), second.stdout
    assert "Next break" not in second.stdout


def test_the_second_start_balloon_goes_away_within_6_s(running_app: RunningApp) -> None:
    """The answer to a second start is a passing note, gone within 6 s (Qt's default is
    10 s). Timed on the real X server, in wall-clock time: the one thing this test is about."""
    import time

    from tests.e2e.desktop import movebreak_cmd, wait_for

    desktop = running_app.desktop
    assert desktop.balloons() == []
    second = desktop.run(movebreak_cmd(), timeout=30, extra_env=running_app.env)
    assert second.returncode == 0
    assert wait_for(desktop.balloons, timeout=10), desktop.tree()
    shown = time.monotonic()
    gone = wait_for(lambda: not desktop.balloons(), timeout=15, interval=0.2)
    assert gone, "the balloon was still on screen after 15 s"
    assert time.monotonic() - shown <= 6.0
