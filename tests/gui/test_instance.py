"""The single-instance socket: the CLI reaches the running app, and a stale socket is reclaimed."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from movebreak.runtime.instance import InstanceServer, pick_socket_api, socket_path


def _cli(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ}
    return subprocess.Popen(
        [sys.executable, "-m", "movebreak", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )


def test_cli_command_reaches_the_running_instance(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    requests: list[dict[str, object]] = []

    def handler(request: dict[str, object]) -> dict[str, object]:
        requests.append(request)
        return {"ok": True, "message": "Paused for 45 min."}

    server = InstanceServer(handler)
    assert server.listen()
    try:
        proc = _cli("pause", "45m")
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=20_000)
        out, err = proc.communicate()
    finally:
        server.close()
    assert proc.returncode == 0, err
    assert requests == [{"cmd": "pause", "arg": "45m"}]
    assert out.strip() == "Paused for 45 min."


def test_refused_command_exits_with_the_code_the_app_gives(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    server = InstanceServer(lambda r: {"ok": False, "code": 2, "message": "invalid pause"})
    assert server.listen()
    try:
        proc = _cli("pause", "whenever")
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=20_000)
        _, err = proc.communicate()
    finally:
        server.close()
    assert proc.returncode == 2
    assert "invalid pause" in err


def test_no_instance_means_exit_1_and_a_clear_message() -> None:
    proc = subprocess.run([sys.executable, "-m", "movebreak", "status"], capture_output=True, text=True, timeout=30)
    assert proc.returncode == 1
    assert "not running" in proc.stderr


SECOND_INSTANCE = """
import sys
from PySide6.QtCore import QCoreApplication
from movebreak.runtime.instance import InstanceServer
app = QCoreApplication(sys.argv)
server = InstanceServer(lambda r: {"ok": True, "message": ""})
print("listening" if server.listen() else "refused")
"""


def test_a_second_instance_refuses_while_the_first_lives(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    first = InstanceServer(lambda r: {"ok": True, "message": ""})
    assert first.listen()
    try:
        proc = subprocess.Popen(
            [sys.executable, "-c", SECOND_INSTANCE], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=20_000)  # serves its ping meanwhile
        out, err = proc.communicate()
    finally:
        first.close()
    assert out.strip() == "refused", err


def test_a_stale_socket_from_a_crash_is_reclaimed(qapp) -> None:  # type: ignore[no-untyped-def]
    if sys.platform == "win32":
        return
    # Leave a socket file nobody serves, as a killed instance would.
    import socket

    path = socket_path()
    path.unlink(missing_ok=True)
    s = socket.socket(socket.AF_UNIX)
    s.bind(str(path))
    s.close()
    assert path.exists()
    server = InstanceServer(lambda r: {"ok": True, "message": ""})
    try:
        assert server.listen()
    finally:
        server.close()
    assert not path.exists(), "close() removes the socket file"


def test_a_bad_request_gets_a_clear_refusal_and_the_socket_is_private(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    if sys.platform == "win32":
        return
    import json
    import socket
    import stat
    import threading

    server = InstanceServer(lambda r: {"ok": True, "message": "handled"})
    assert server.listen()
    path = socket_path()
    replies: list[bytes] = []

    def client() -> None:
        with socket.socket(socket.AF_UNIX) as s:
            s.settimeout(10)
            s.connect(str(path))
            s.sendall(b"this is not json\n")
            replies.append(s.recv(4096))

    try:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        worker = threading.Thread(target=client)
        worker.start()
        qtbot.waitUntil(lambda: bool(replies), timeout=10_000)
        worker.join()
    finally:
        server.close()
    reply = json.loads(replies[0])
    assert reply["ok"] is False and reply["code"] == 2
    assert reply["message"].startswith("bad request")


class WithoutPrivateAccept:
    """A `_socket` of a CPython whose socket type no longer has `_accept()`."""

    AF_UNIX = 1

    class socket:
        pass


def test_without_cpythons_private_accept_the_public_socket_module_is_used() -> None:
    import _socket

    assert pick_socket_api(_socket).name == "_socket"
    fallback = pick_socket_api(WithoutPrivateAccept)
    assert fallback.name == "socket" and fallback.module.__name__ == "socket"


def test_the_cli_reaches_a_server_on_the_public_socket_module(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    server = InstanceServer(
        lambda r: {"ok": True, "message": f"got {r['cmd']}"}, socket_api=pick_socket_api(WithoutPrivateAccept)
    )
    assert server.listen()
    try:
        proc = _cli("status")
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=20_000)
        out, err = proc.communicate()
    finally:
        server.close()
    assert proc.returncode == 0, err
    assert out.strip() == "got status"


def test_a_folder_at_the_socket_path_is_kept_and_the_app_runs_unreachable(qapp, capfd) -> None:  # type: ignore[no-untyped-def]
    path = socket_path()
    path.mkdir()
    (path / "keep.txt").write_text("the user's")
    server = InstanceServer(lambda r: {"ok": True, "message": ""})
    try:
        assert server.listen()  # the app runs on, only unreachable
    finally:
        server.close()
    assert (path / "keep.txt").read_text() == "the user's"
    err = capfd.readouterr().err
    assert f"cannot open the control socket {path}: something that is not a socket is in the way" in err
    assert "Traceback" not in err
    (path / "keep.txt").unlink()
    path.rmdir()


FIRST_INSTANCE = """
import sys
from PySide6.QtCore import QCoreApplication
from movebreak.runtime.instance import InstanceServer
app = QCoreApplication(sys.argv)
server = InstanceServer(lambda r: {"ok": True, "message": "pong"})
print("listening" if server.listen() else "refused", flush=True)
app.exec()
"""


@pytest.mark.slow  # status waits out its 10 s reply time-out on the stopped instance
def test_a_stopped_first_instance_keeps_the_lock_and_no_second_one_starts(qapp) -> None:  # type: ignore[no-untyped-def]
    import signal

    first = subprocess.Popen([sys.executable, "-c", FIRST_INSTANCE], stdout=subprocess.PIPE, text=True)
    try:
        assert first.stdout is not None and first.stdout.readline().strip() == "listening"
        os.kill(first.pid, signal.SIGSTOP)  # alive, but it answers nothing now
        second = InstanceServer(lambda r: {"ok": True, "message": ""})
        try:
            assert not second.listen()
        finally:
            second.close()
        status = _cli("status")
        _out, err = status.communicate(timeout=60)
        assert status.returncode == 1
        assert "running but does not answer" in err
    finally:
        os.kill(first.pid, signal.SIGCONT)
        first.terminate()
        first.wait(timeout=30)
    # Its end released the lock: a new instance starts.
    after = InstanceServer(lambda r: {"ok": True, "message": ""})
    try:
        assert after.listen()
    finally:
        after.close()
