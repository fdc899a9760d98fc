"""Single instance over a local socket, and the CLI's client side of it.

One JSON object per line each way, one request per connection. A stale socket left by a
crash is detected (nobody answers) and removed, so the app never believes it is running
when it is not.

Where Python has AF_UNIX (Linux, macOS), the app serves a plain Unix socket from the Qt
event loop through QSocketNotifier, and the CLI talks to it without starting Qt at all.
QtNetwork would cost about 2.5 MiB of resident memory for this one socket. The server uses
`_socket`, the C module under `socket`: the `socket` module itself adds about 0.25 MiB of
enums and helpers (and selectors) that a listening socket does not need. `_socket` and its
`socket._accept()` are CPython internals, so they are used only where both exist
(pick_socket_api); anywhere else the server runs on the public `socket` module. The client side
(the CLI, or a second start) uses `socket`. Elsewhere (Windows), QLocalServer and
QLocalSocket carry the same protocol."""

from __future__ import annotations

import _socket
import errno
import logging
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier

from movebreak.paths import runtime_socket_name

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_MS = 1000
REPLY_TIMEOUT_MS = 10_000
MAX_REQUEST = 64 * 1024  # a request is one short JSON line; anything longer is not ours

Handler = Callable[[dict[str, Any]], dict[str, Any]]
HAVE_UNIX_SOCKETS = hasattr(_socket, "AF_UNIX")


class SocketApi:
    """A socket module and how to accept one connection as a bare file descriptor."""

    def __init__(self, module: Any, accept_fd: Callable[[Any], int], name: str) -> None:
        self.module = module
        self.accept_fd = accept_fd
        self.name = name


def _public_socket_api() -> SocketApi:
    import socket

    return SocketApi(socket, lambda sock: sock.accept()[0].detach(), "socket")


def pick_socket_api(lean: Any = _socket) -> SocketApi:
    """CPython's `_socket` where its socket type still has `_accept()` (returns an fd, needs no
    socket.py); the public `socket` module otherwise, e.g. after a change in CPython."""
    if callable(getattr(getattr(lean, "socket", None), "_accept", None)) and hasattr(lean, "AF_UNIX"):
        return SocketApi(lean, lambda sock: sock._accept()[0], "_socket")
    log.info("the lean socket path is unavailable; the control socket uses the socket module")
    return _public_socket_api()


class NotRunning(Exception):
    """No movebreak instance answered on the socket."""


def socket_path(name: str | None = None) -> Path:
    """The socket file: in the user's private runtime dir when there is one, else the temp dir."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    base = Path(runtime) if runtime and Path(runtime).is_dir() else Path(tempfile.gettempdir())
    return base / (name or runtime_socket_name())


def answer(handler: Handler, line: bytes) -> bytes:
    """The reply line to one request line; never raises for a bad request."""
    import json  # here, not at the top: the idle tray app has no use for it until asked

    try:
        request = json.loads(line)
        if not isinstance(request, dict):
            raise ValueError("not an object")
        reply = {"ok": True, "message": "pong"} if request.get("cmd") == "ping" else handler(request)
    except ValueError as exc:
        reply = {"ok": False, "code": 2, "message": f"bad request: {exc}"}
    return json.dumps(reply).encode() + b"\n"


def send_command(
    request: dict[str, Any], name: str | None = None, timeout_ms: int = REPLY_TIMEOUT_MS
) -> dict[str, Any]:
    """Send one request to the running instance and return its reply. Raises NotRunning."""
    if HAVE_UNIX_SOCKETS and not socket_path(name).exists():
        # the tray app asks this at every start: answer without loading json
        raise NotRunning(os.strerror(errno.ENOENT))
    import json

    line = json.dumps(request).encode() + b"\n"
    raw = _send_unix(line, name, timeout_ms) if HAVE_UNIX_SOCKETS else _send_qt(line, name, timeout_ms)
    reply: dict[str, Any] = json.loads(raw.split(b"\n", 1)[0])
    return reply


def _send_unix(line: bytes, name: str | None, timeout_ms: int) -> bytes:
    import socket

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(CONNECT_TIMEOUT_MS / 1000)
        try:
            sock.connect(str(socket_path(name)))
            sock.sendall(line)
        except OSError as exc:
            raise NotRunning(exc.strerror or str(exc)) from None
        sock.settimeout(timeout_ms / 1000)
        buf = b""
        while b"\n" not in buf:
            try:
                chunk = sock.recv(4096)
            except OSError:
                chunk = b""
            if not chunk:
                raise NotRunning("the running instance did not answer")
            buf += chunk
        return buf


def _send_qt(line: bytes, name: str | None, timeout_ms: int) -> bytes:  # pragma: no cover - Windows
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtNetwork import QLocalSocket

    _app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    sock = QLocalSocket()
    sock.connectToServer(name or runtime_socket_name())
    if not sock.waitForConnected(CONNECT_TIMEOUT_MS):
        raise NotRunning(sock.errorString())
    sock.write(line)
    sock.flush()
    sock.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    buf = b""
    while b"\n" not in buf:
        if not sock.waitForReadyRead(timeout_ms):
            raise NotRunning("the running instance did not answer")
        buf += bytes(sock.readAll().data())
    sock.disconnectFromServer()
    return buf


class InstanceServer(QObject):
    """The running app's end of the socket. listen() is False when another live instance owns it."""

    def __init__(
        self,
        handler: Handler,
        name: str | None = None,
        parent: QObject | None = None,
        *,
        socket_api: SocketApi | None = None,
    ) -> None:
        super().__init__(parent)
        self._handler = handler
        self._name = name or runtime_socket_name()
        self._backend: _UnixServer | _QtServer = (
            _UnixServer(self._handler, socket_path(self._name), socket_api or pick_socket_api(), self)
            if HAVE_UNIX_SOCKETS
            else _QtServer(self._handler, self._name, self)
        )

    def listen(self) -> bool:
        """Listen on the socket; False when another live instance already does."""
        return self._backend.listen(lambda: _alive(self._name))

    def close(self) -> None:
        self._backend.close()


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def hold_instance_lock(path: Path) -> int | None:
    """Take the single-instance lock beside the socket: its fd (kept open while the app
    runs), None when another process holds it, -1 when locking is not possible here.

    The kernel drops the lock when its holder ends, however it ends; a stopped (SIGSTOP)
    instance keeps it, so no second instance starts beside one that cannot answer."""
    import fcntl

    try:
        fd = os.open(lock_path(path), os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    except OSError:
        return -1
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    except OSError:
        os.close(fd)
        return -1
    return fd


def instance_holds_lock(name: str | None = None) -> bool:
    """Whether a movebreak instance lives (for a message when it does not answer)."""
    if not HAVE_UNIX_SOCKETS:
        return False
    fd = hold_instance_lock(socket_path(name))
    if fd is not None and fd >= 0:
        os.close(fd)
    return fd is None


def _alive(name: str) -> bool:
    try:
        send_command({"cmd": "ping"}, name, timeout_ms=CONNECT_TIMEOUT_MS)
    except NotRunning:
        return False
    return True


class _UnixServer(QObject):
    def __init__(self, handler: Handler, path: Path, api: SocketApi, parent: QObject) -> None:
        super().__init__(parent)
        self._handler = handler
        self._path = path
        self._api = api
        self._sock: Any = None
        self._notifier: QSocketNotifier | None = None
        self._clients: dict[int, tuple[Any, QSocketNotifier, bytearray]] = {}
        self._lock_fd = -1

    def listen(self, alive: Callable[[], bool]) -> bool:
        held = hold_instance_lock(self._path)
        if held is None:
            return False  # another instance lives, even if it is stopped and cannot answer
        self._lock_fd = held
        try:
            self._bind()
        except OSError as exc:
            if exc.errno != errno.EADDRINUSE:
                return self._unreachable(exc.strerror or str(exc))
            if held < 0 and alive():  # no lock to go by (a file system without flock)
                return False
            if not self._path.is_socket():
                # Never remove what we did not create: a folder or a file is the user's.
                return self._unreachable("something that is not a socket is in the way; move it")
            log.info("removing a stale instance socket %s", self._path)
            try:
                self._path.unlink(missing_ok=True)
                self._bind()
            except OSError as again:
                return self._unreachable(again.strerror or str(again))
        return True

    def _unreachable(self, why: str) -> bool:
        from movebreak.i18n import translate  # the tray app has its language installed by now

        said = translate(
            "App",
            "cannot open the control socket %1: %2. "
            "This instance runs, but `movebreak status`, `pause` and the others cannot reach it.",
        )
        print(f"movebreak: {said.replace('%1', str(self._path)).replace('%2', why)}", file=sys.stderr)
        log.warning("cannot listen on %s: %s", self._path, why)
        return True

    def _bind(self) -> None:
        sock = self._api.module.socket(self._api.module.AF_UNIX, self._api.module.SOCK_STREAM)
        try:
            old = os.umask(0o177)  # the socket file is the user's alone (rw-------)
            try:
                sock.bind(str(self._path))
            finally:
                os.umask(old)
            sock.listen(8)
            sock.setblocking(False)
        except OSError:
            sock.close()
            raise
        self._sock = sock
        self._notifier = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)

    def close(self) -> None:
        for fd in list(self._clients):
            self._drop(fd)
        if self._sock is not None:
            assert self._notifier is not None
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._sock.close()
            self._sock = None
            self._path.unlink(missing_ok=True)
        if self._lock_fd >= 0:
            os.close(self._lock_fd)  # releases the lock; the file stays (unlinking it races)
            self._lock_fd = -1

    def _accept(self) -> None:
        assert self._sock is not None
        while True:
            try:
                fd = self._api.accept_fd(self._sock)
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                log.warning("control socket: accept failed: %s", exc)
                return
            conn = self._api.module.socket(fileno=fd)
            conn.setblocking(False)
            notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
            notifier.activated.connect(lambda *_signal_args, fd=fd: self._read(fd))
            self._clients[fd] = (conn, notifier, bytearray())

    def _read(self, fd: int) -> None:
        entry = self._clients.get(fd)
        if entry is None:
            return
        conn, _notifier, buf = entry
        try:
            chunk = conn.recv(4096)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            chunk = b""
        if not chunk or len(buf) + len(chunk) > MAX_REQUEST:
            self._drop(fd)
            return
        buf += chunk
        if b"\n" not in buf:
            return
        reply = answer(self._handler, bytes(buf.split(b"\n", 1)[0]))
        try:
            conn.setblocking(True)
            conn.settimeout(CONNECT_TIMEOUT_MS / 1000)
            conn.sendall(reply)
        except OSError as exc:  # the client gave up waiting
            log.info("control socket: could not reply: %s", exc)
        self._drop(fd)

    def _drop(self, fd: int) -> None:
        conn, notifier, _buf = self._clients.pop(fd)
        notifier.setEnabled(False)
        notifier.deleteLater()
        conn.close()


class _QtServer(QObject):  # pragma: no cover - Windows, where Python has no AF_UNIX
    def __init__(self, handler: Handler, name: str, parent: QObject) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self._handler = handler
        self._name = name
        # No UserAccessOption: with it Qt binds in a temp dir and renames over the path,
        # which silently steals the socket from a running instance.
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._on_connection)
        self._buffers: dict[Any, bytes] = {}

    def listen(self, alive: Callable[[], bool]) -> bool:
        if self._server.listen(self._name):
            return True
        if alive():
            return False
        self._server.removeServer(self._name)
        return bool(self._server.listen(self._name))

    def close(self) -> None:
        self._server.close()

    def _on_connection(self) -> None:
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            self._buffers[sock] = b""
            sock.readyRead.connect(lambda s=sock: self._on_ready(s))
            sock.disconnected.connect(sock.deleteLater)
            sock.destroyed.connect(lambda _obj=None, s=sock: self._buffers.pop(s, None))

    def _on_ready(self, sock: Any) -> None:
        self._buffers[sock] = self._buffers.get(sock, b"") + bytes(sock.readAll().data())
        if b"\n" in self._buffers[sock]:
            sock.write(answer(self._handler, self._buffers[sock].split(b"\n", 1)[0]))
            sock.flush()
