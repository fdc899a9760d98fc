"""Single instance over a local socket (QLocalServer), and the CLI's client side of it.

One JSON object per line each way. A stale socket left by a crash is detected (nobody
answers) and removed, so the app never believes it is running when it is not."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from movebreak.paths import runtime_socket_name

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_MS = 1000
REPLY_TIMEOUT_MS = 10_000

Handler = Callable[[dict[str, Any]], dict[str, Any]]


class NotRunning(Exception):
    """No movebreak instance answered on the socket."""


def send_command(
    request: dict[str, Any], name: str | None = None, timeout_ms: int = REPLY_TIMEOUT_MS
) -> dict[str, Any]:
    """Send one request to the running instance and return its reply. Raises NotRunning."""
    sock = QLocalSocket()
    sock.connectToServer(name or runtime_socket_name())
    if not sock.waitForConnected(CONNECT_TIMEOUT_MS):
        raise NotRunning(sock.errorString())
    sock.write(json.dumps(request).encode() + b"\n")
    sock.flush()
    sock.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    buf = b""
    while b"\n" not in buf:
        if not sock.waitForReadyRead(timeout_ms):
            raise NotRunning("the running instance did not answer")
        buf += bytes(sock.readAll().data())
    sock.disconnectFromServer()
    reply: dict[str, Any] = json.loads(buf.split(b"\n", 1)[0])
    return reply


class InstanceServer(QObject):
    def __init__(self, handler: Handler, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._handler = handler
        self._name = name or runtime_socket_name()
        self._server = QLocalServer(self)
        # No UserAccessOption: with it Qt binds in a temp dir and renames over the path,
        # which silently steals the socket from a running instance. Connecting to a Unix
        # socket needs write permission, which the umask keeps to the user.
        self._server.newConnection.connect(self._on_connection)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Listen on the socket; False when another live instance already does."""
        if self._server.listen(self._name):
            return True
        try:
            send_command({"cmd": "ping"}, self._name, timeout_ms=CONNECT_TIMEOUT_MS)
            return False
        except NotRunning:
            log.info("removing a stale instance socket %s", self._name)
            QLocalServer.removeServer(self._name)
            return self._server.listen(self._name)

    def close(self) -> None:
        self._server.close()

    def _on_connection(self) -> None:
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            self._buffers[sock] = b""
            sock.readyRead.connect(lambda s=sock: self._on_ready(s))
            # Connected to the C++ slot directly: at shutdown the server may already have
            # deleted the socket, and a Python lambda would then touch a dead wrapper.
            sock.disconnected.connect(sock.deleteLater)
            sock.destroyed.connect(lambda _obj=None, s=sock: self._buffers.pop(s, None))

    def _on_ready(self, sock: QLocalSocket) -> None:
        self._buffers[sock] = self._buffers.get(sock, b"") + bytes(sock.readAll().data())
        if b"\n" not in self._buffers[sock]:
            return
        line = self._buffers[sock].split(b"\n", 1)[0]
        try:
            request = json.loads(line)
            if not isinstance(request, dict):
                raise ValueError("not an object")
            reply = {"ok": True, "message": "pong"} if request.get("cmd") == "ping" else self._handler(request)
        except ValueError as exc:
            reply = {"ok": False, "code": 2, "message": f"bad request: {exc}"}
        sock.write(json.dumps(reply).encode() + b"\n")
        sock.flush()
