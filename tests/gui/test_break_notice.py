"""One break, one notification, against a notification server on a private D-Bus session bus:
what goes out (actions, icon, expiry, replaces_id, CloseNotification), what a button does,
and the fallback to the plain path when the server has no actions."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from movebreak.runtime.break_notice import BreakNotices, linux_notifications
from movebreak.runtime.ports import ON_SCREEN, OVER, SOON

SERVER = Path(__file__).resolve().parents[1] / "helpers" / "notify_server.py"


class Server:
    def __init__(self, address: str, capabilities: list[str], log: Path) -> None:
        self.log = log
        self.proc = subprocess.Popen(
            [sys.executable, str(SERVER), *capabilities],
            stdin=subprocess.PIPE,
            stdout=log.open("w"),
            stderr=subprocess.STDOUT,
            env={"DBUS_SESSION_BUS_ADDRESS": address, "PATH": "/usr/bin:/bin"},
        )
        deadline = time.monotonic() + 20
        while "ready" not in log.read_text():
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.05)

    def calls(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.log.read_text().splitlines() if line.startswith("{")]

    def invoke(self, ident: int, key: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"invoke {ident} {key}\n".encode())
        self.proc.stdin.flush()

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


@pytest.fixture
def bus(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        print("SKIP reason: dbus-daemon is not installed (Debian package: dbus)")
        pytest.skip("dbus-daemon is not installed")
    proc = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    address = proc.stdout.readline().strip()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    yield address
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture
def serve(bus: str, tmp_path: Path) -> Iterator[Callable[[list[str]], Server]]:
    started: list[Server] = []

    def start(capabilities: list[str]) -> Server:
        server = Server(bus, capabilities, tmp_path / f"server{len(started)}.log")
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


def notices(plain: list[tuple[str, str]]) -> BreakNotices:
    return BreakNotices(
        linux_notifications(),
        plain=lambda title, text: plain.append((title, text)),
        snooze_minutes=lambda: 5,
        lead_seconds=lambda: 60,
    )


def test_a_break_is_one_notification_updated_then_withdrawn(qtbot, serve) -> None:  # type: ignore[no-untyped-def]
    server = serve(["actions", "body"])
    plain: list[tuple[str, str]] = []
    center = notices(plain)
    center.phase("slot-1", SOON)
    center.notify("Stretch break in 1 min", "Neck & more, 3 min")
    center.phase("slot-1", ON_SCREEN)
    center.notify("Time to move", "Neck & more, 3 min")
    center.phase("slot-1", OVER)
    qtbot.waitUntil(lambda: len(server.calls()) == 3, timeout=10_000)
    heads_up, shown, closed = server.calls()
    assert plain == []
    assert heads_up["replaces"] == 0
    assert heads_up["actions"] == [
        "default",
        "Start now",
        "start",
        "Start now",
        "snooze",
        "Snooze 5 min",
        "skip",
        "Skip",
    ]
    assert heads_up["expire"] == 60_000  # until the break is due, not 0 (never)
    assert Path(heads_up["icon"]).is_file()
    assert heads_up["hints"] == {"desktop-entry": "io.github.movebreak.Movebreak"}
    assert shown["replaces"] == heads_up["id"] and shown["summary"] == "Time to move"
    assert shown["expire"] > 0
    assert closed == {"call": "CloseNotification", "id": heads_up["id"]}


def test_two_breaks_are_two_notifications(qtbot, serve) -> None:  # type: ignore[no-untyped-def]
    server = serve(["actions"])
    center = notices([])
    for slot in ("a", "b"):
        center.phase(slot, SOON)
        center.notify("Stretch break in 1 min", slot)
    qtbot.waitUntil(lambda: len(server.calls()) == 2, timeout=10_000)
    first, second = server.calls()
    assert second["replaces"] == 0 and second["id"] != first["id"]


def test_a_button_acts_on_its_break(qtbot, serve) -> None:  # type: ignore[no-untyped-def]
    server = serve(["actions"])
    center = notices([])
    seen: list[tuple[str, str]] = []
    center.action.connect(lambda slot, action: seen.append((slot, action)))
    center.phase("slot-7", SOON)
    center.notify("Stretch break in 1 min", "Hips")
    qtbot.waitUntil(lambda: len(server.calls()) == 1, timeout=10_000)
    ident = server.calls()[0]["id"]
    server.invoke(ident, "snooze")
    qtbot.waitUntil(lambda: seen == [("slot-7", "snooze")], timeout=10_000)
    server.invoke(ident, "default")  # a click on the body starts it
    qtbot.waitUntil(lambda: seen[-1:] == [("slot-7", "start")], timeout=10_000)
    server.invoke(ident + 100, "skip")  # another app's notification: not ours
    qtbot.wait(300)
    assert len(seen) == 2


def test_a_server_without_actions_gets_the_plain_path(qtbot, serve) -> None:  # type: ignore[no-untyped-def]
    server = serve(["body"])
    plain: list[tuple[str, str]] = []
    center = notices(plain)
    center.phase("slot-1", SOON)
    center.notify("Stretch break in 1 min", "Wrists")
    assert plain == [("Stretch break in 1 min", "Wrists")]
    qtbot.wait(200)
    assert [c["call"] for c in server.calls()] == []


def test_no_server_gets_the_plain_path_and_no_break_text_is_plain(qtbot, bus) -> None:  # type: ignore[no-untyped-def]
    plain: list[tuple[str, str]] = []
    center = notices(plain)
    center.notify("movebreak", "a notice that is no break")
    center.phase("slot-1", SOON)
    center.notify("Stretch break in 1 min", "Eyes")
    assert plain == [("movebreak", "a notice that is no break"), ("Stretch break in 1 min", "Eyes")]
