"""The prompt in a child process (ui.prompt_host): a real `movebreak prompt-window` child on
the offscreen platform reports the same outcomes as the window in process, and every way it
can go wrong still ends in one `finished`, or in the prompt shown in the tray process."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtTest import QSignalSpy

from movebreak.domain.exercises import Routine, RoutineItem
from movebreak.storage.catalogue import load_catalogue
from movebreak.ui.prompt import PromptWindow
from movebreak.ui.prompt_host import ChildPrompt, PromptPrewarm, child_command, routine_request

BY_ID = {e.id: e for e in load_catalogue(None)[0]}


def _routine() -> Routine:
    tilt, shrug = BY_ID["neck-side-tilt"], BY_ID["shoulder-shrugs"]
    items = (RoutineItem(tilt, "right", 20), RoutineItem(tilt, "left", 20), RoutineItem(shrug, None, 20))
    return Routine("Neck, 1 min", items)


class FakeFallback(QObject):
    """Stands in for the in-process window: records what the host asks of it."""

    exercise_done = Signal(int, str, str, int)
    finished = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def show_unfocused(self) -> None:
        self.calls.append("show")

    def bring_forward(self) -> None:
        self.calls.append("raise")

    def set_countdown_paused(self, paused: bool) -> None:
        self.calls.append(f"pause {paused}")

    def close(self) -> bool:
        self.calls.append("close")
        self.exercise_done.emit(0, "neck-side-tilt", "skipped", 0)
        self.finished.emit("skipped")
        return True


def _host(
    command: list[str] | None = None, request: dict[str, Any] | None = None
) -> tuple[ChildPrompt, dict[str, Any]]:
    seen: dict[str, Any] = {"done": [], "finished": [], "fallbacks": []}

    def fallback() -> FakeFallback:
        fb = FakeFallback()
        seen["fallbacks"].append(fb)
        return fb

    host = ChildPrompt(request or routine_request(_routine(), chime=False, snooze_minutes=5), fallback, command)
    host.exercise_done.connect(lambda *a: seen["done"].append(a))
    host.finished.connect(seen["finished"].append)
    return host, seen


def _in_process_outcomes_on_close(qtbot) -> tuple[list[list[Any]], list[str]]:  # type: ignore[no-untyped-def]
    window = PromptWindow(_routine(), tick_ms=0)
    qtbot.addWidget(window)
    done, finished = QSignalSpy(window.exercise_done), QSignalSpy(window.finished)
    window.show()
    window.close()
    return [done.at(i) for i in range(done.count())], [finished.at(i)[0] for i in range(finished.count())]


def test_a_child_prompt_reports_what_the_window_in_process_reports(qtbot) -> None:  # type: ignore[no-untyped-def]
    host, seen = _host()
    host.show_unfocused()
    qtbot.waitUntil(lambda: host.is_shown, timeout=30_000)
    host.bring_forward()
    host.set_countdown_paused(True)
    assert host.close()
    assert seen["fallbacks"] == []
    expected_done, expected_states = _in_process_outcomes_on_close(qtbot)
    assert [list(d[:3]) for d in seen["done"]] == [d[:3] for d in expected_done]
    assert seen["finished"] == expected_states == ["skipped"]
    qtbot.waitUntil(lambda: not shiboken6.isValid(host), timeout=5000)  # nothing left per break


def test_a_program_that_does_not_start_opens_the_prompt_here(qtbot) -> None:  # type: ignore[no-untyped-def]
    host, seen = _host(command=["/nonexistent/movebreak-prompt"])
    host.show_unfocused()
    qtbot.waitUntil(lambda: bool(seen["fallbacks"]), timeout=10_000)
    fallback = seen["fallbacks"][0]
    assert fallback.calls == ["show"]
    host.bring_forward()
    host.close()
    assert fallback.calls == ["show", "raise", "close"]
    assert seen["finished"] == ["skipped"]
    assert seen["done"] == [(0, "neck-side-tilt", "skipped", 0)]


def test_a_child_that_cannot_show_the_request_hands_it_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    request = routine_request(_routine(), chime=False, snooze_minutes=5)
    request["routine"]["items"][0]["id"] = "no-such-exercise"  # e.g. the user's file changed meanwhile
    host, seen = _host(request=request)
    host.set_countdown_paused(True)  # the user was idle before the window existed
    host.show_unfocused()
    qtbot.waitUntil(lambda: bool(seen["fallbacks"]), timeout=30_000)
    assert seen["fallbacks"][0].calls == ["show", "pause True"]
    assert seen["finished"] == []  # the routine is not over: it is shown here now


def test_a_child_that_dies_after_showing_counts_as_skipped(qtbot) -> None:  # type: ignore[no-untyped-def]
    host, seen = _host()
    host.show_unfocused()
    qtbot.waitUntil(lambda: host.is_shown, timeout=30_000)
    pid = host.child_pid()
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: seen["finished"] == ["skipped"], timeout=10_000)
    assert seen["fallbacks"] == []
    host.close()  # nothing more happens
    assert seen["finished"] == ["skipped"]


def test_the_child_ends_when_its_input_closes() -> None:
    """The tray app is gone (or closed our stdin): the child records the routine as skipped
    and exits, so no prompt is left on screen that nobody would log."""
    request = json.dumps(routine_request(_routine(), chime=False, snooze_minutes=5))
    proc = subprocess.run(child_command(), input=request + "\n", capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    events = [json.loads(line) for line in proc.stdout.splitlines()]
    assert events[0] == {"event": "shown"}
    assert [e["outcome"] for e in events if e["event"] == "exercise_done"] == ["skipped", "not-reached", "not-reached"]
    assert events[-1] == {"event": "finished", "state": "skipped"}


def test_commands_sent_with_the_request_are_not_lost() -> None:
    """The request and a command can arrive in one read; the command must still be run (here
    "close", with the input left open, so only the command can end the child)."""
    request = json.dumps(routine_request(_routine(), chime=False, snooze_minutes=5))
    proc = subprocess.Popen(child_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdin is not None and proc.stdout is not None
    try:
        proc.stdin.write(request + '\n{"cmd": "pause", "paused": true}\n{"cmd": "close"}\n')
        proc.stdin.flush()
        assert proc.wait(timeout=60) == 0
        events = [json.loads(line) for line in proc.stdout.read().splitlines()]
    finally:
        proc.kill()
        proc.stdin.close()
        proc.stdout.close()
    assert events[-1] == {"event": "finished", "state": "skipped"}


@pytest.mark.parametrize("line", ["not json", '{"routine": {"title": "x"}}'])
def test_a_bad_request_exits_2_with_a_message(line: str) -> None:
    proc = subprocess.run(child_command(), input=line + "\n", capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert "movebreak prompt-window: cannot show this request" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_the_child_command_uses_this_interpreter() -> None:
    assert child_command()[:3] == [sys.executable, "-m", "movebreak"]


# A stand-in for a prompt child that crashes: it shows, reports some exercises, then dies
# (exit 1) without its "finished" line. argv[1]: how many of the items it completes.
CRASHING_CHILD = """
import json, sys
request = json.loads(sys.stdin.readline())
items = request["routine"]["items"]
print(json.dumps({"event": "shown"}), flush=True)
for i, item in enumerate(items[: int(sys.argv[1])]):
    print(json.dumps({"event": "exercise_done", "index": i, "id": item["id"], "outcome": "completed",
                      "seconds": item["seconds"]}), flush=True)
sys.exit(1)
"""


@pytest.mark.parametrize(("done", "state"), [("all", "completed"), ("1", "partial"), ("0", "skipped")])
def test_a_child_that_crashes_counts_by_the_exercises_it_reported(qtbot, done, state) -> None:  # type: ignore[no-untyped-def]
    request = routine_request(_routine(), chime=False, snooze_minutes=5)
    items = len(request["routine"]["items"])
    assert items >= 2  # otherwise "partial" could not be told from "completed"
    count = str(items) if done == "all" else done
    host, seen = _host(command=[sys.executable, "-c", CRASHING_CHILD, count], request=request)
    host.show_unfocused()
    qtbot.waitUntil(lambda: bool(seen["finished"]), timeout=30_000)
    assert seen["finished"] == [state]
    assert [d[2] for d in seen["done"]] == ["completed"] * int(count)
    assert seen["fallbacks"] == []


def test_a_child_started_ahead_shows_its_request_and_reports_like_a_fresh_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    prewarm = PromptPrewarm()
    prewarm.start()
    ready = prewarm.take()
    assert ready is not None and prewarm.take() is None  # handed over once
    pid = int(ready.processId())
    seen: dict[str, Any] = {"done": [], "finished": []}
    host = ChildPrompt(
        routine_request(_routine(), chime=False, snooze_minutes=5), lambda: pytest.fail("no fallback"), ready=ready
    )
    host.exercise_done.connect(lambda *a: seen["done"].append(a))
    host.finished.connect(seen["finished"].append)
    host.show_unfocused()
    qtbot.waitUntil(lambda: host.is_shown, timeout=30_000)
    assert host.child_pid() == pid  # the child started ahead, not a new one
    assert host.close()
    expected_done, expected_states = _in_process_outcomes_on_close(qtbot)
    assert [list(d[:3]) for d in seen["done"]] == [d[:3] for d in expected_done]
    assert seen["finished"] == expected_states == ["skipped"]


def test_a_child_started_ahead_and_not_needed_ends_when_stopped(qtbot) -> None:  # type: ignore[no-untyped-def]
    prewarm = PromptPrewarm()
    prewarm.start()
    pid = prewarm.child_pid()
    assert pid is not None
    prewarm.stop()
    assert prewarm.take() is None
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_a_child_with_no_request_ends_by_itself_after_its_wait(qtbot) -> None:  # type: ignore[no-untyped-def]
    env = {**os.environ, "MOVEBREAK_PROMPT_WAIT_S": "1", "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(child_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
    try:
        assert proc.wait(timeout=60) == 0
        assert proc.stdout is not None and proc.stdout.read() == b""  # it never showed anything
    finally:
        if proc.stdin is not None:
            proc.stdin.close()
        if proc.poll() is None:
            proc.kill()
