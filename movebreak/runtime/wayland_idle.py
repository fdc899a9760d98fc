"""Idle time on Wayland from the compositor's idle protocol, spoken on the wire directly.

On Wayland no client can read another's input. Compositors say when the seat went idle
through `ext_idle_notifier_v1` (wlroots 0.17+, KWin 6, ...) or KDE's older
`org_kde_kwin_idle` (sway 1.7, KWin 5). Both are events, not a query: a client registers
a threshold and hears "idled" after that long without input, "resumed" on the next input.
So the answer is exact only past the threshold: while idle, threshold + time since "idled";
while active, 0 (less than the threshold, which is all the coordinator asks: "idle at least
a routine's length?", "idle at least 30 s?").

The few messages needed are written here (the wire format is small and stable) rather than
through a Wayland client library: pywayland would need its protocol XML scanned at build
time, and Qt's own connection is not reachable from Python. The connection is a second one
to the compositor, read on the GUI thread through a QSocketNotifier."""

from __future__ import annotations

import logging
import os
import struct
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

THRESHOLD_MS = 30_000  # the shortest question the coordinator asks (IDLE_PAUSES_COUNTDOWN_S)
SETUP_TIMEOUT_S = 1.0
DISPLAY_ID, REGISTRY_ID, CALLBACK_ID = 1, 2, 3
# interface -> (version to bind, request opcode that makes the notification, seat arg last?)
IDLE_PROTOCOLS = {
    "ext_idle_notifier_v1": (1, 1, True),  # get_idle_notification(id, timeout, seat)
    "org_kde_kwin_idle": (1, 0, False),  # get_idle_timeout(id, seat, timeout)
}


def _string(text: str) -> bytes:
    data = text.encode() + b"\0"
    return struct.pack("=I", len(data)) + data + b"\0" * (-len(data) % 4)


def _message(obj: int, opcode: int, args: bytes) -> bytes:
    return struct.pack("=II", obj, ((8 + len(args)) << 16) | opcode) + args


def socket_path(environ: Mapping[str, str] | None = None) -> Path | None:
    env = os.environ if environ is None else environ
    name = env.get("WAYLAND_DISPLAY")
    if not name:
        return None
    return Path(name) if name.startswith("/") else Path(env.get("XDG_RUNTIME_DIR", ""), name)


class WaylandIdle:
    """An IdleBackend (runtime.idle) over the compositor's idle protocol; see the module docstring."""

    def __init__(self, sock: Any, protocol: str, threshold_ms: int, clock: Callable[[], float]) -> None:
        self.name = f"wayland-{protocol}"
        self._sock = sock
        self._threshold_s = threshold_ms / 1000
        self._clock = clock
        self._idle_since: float | None = None
        self._buffer = b""
        self._notification_id = 0
        self._watch: Any = None

    @classmethod
    def open(
        cls,
        environ: Mapping[str, str] | None = None,
        threshold_ms: int = THRESHOLD_MS,
        clock: Callable[[], float] = time.monotonic,
    ) -> WaylandIdle | None:
        """Connected and registered, or None when there is no compositor or no idle protocol."""
        path = socket_path(environ)
        if path is None or not path.exists():
            return None
        import socket

        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.settimeout(SETUP_TIMEOUT_S)
            sock.connect(str(path))
            sock.sendall(
                _message(DISPLAY_ID, 1, struct.pack("=I", REGISTRY_ID))  # wl_display.get_registry
                + _message(DISPLAY_ID, 0, struct.pack("=I", CALLBACK_ID))  # wl_display.sync
            )
            globals_, rest = _read_globals(sock)
            seat = globals_.get("wl_seat")
            protocol = next((p for p in IDLE_PROTOCOLS if p in globals_), None)
            if seat is None or protocol is None:
                log.info("Wayland compositor offers no idle protocol (has: %s)", ", ".join(sorted(globals_)))
                sock.close()
                return None
            backend = cls(sock, protocol, threshold_ms, clock)
            backend._buffer = rest
            backend._register(seat[0], globals_[protocol][0], protocol)
        except (OSError, ValueError, struct.error) as exc:
            log.info("Wayland idle protocol unavailable: %s", exc)
            sock.close()
            return None
        sock.setblocking(False)
        backend._watch_socket()
        return backend

    def _register(self, seat_name: int, idle_name: int, protocol: str) -> None:
        version, opcode, seat_last = IDLE_PROTOCOLS[protocol]
        seat_id, manager_id, notification_id = 4, 5, 6
        bind = _message(
            REGISTRY_ID, 0, struct.pack("=I", seat_name) + _string("wl_seat") + struct.pack("=II", 1, seat_id)
        )
        bind += _message(
            REGISTRY_ID, 0, struct.pack("=I", idle_name) + _string(protocol) + struct.pack("=II", version, manager_id)
        )
        threshold = int(self._threshold_s * 1000)
        args = (notification_id, threshold, seat_id) if seat_last else (notification_id, seat_id, threshold)
        self._sock.sendall(bind + _message(manager_id, opcode, struct.pack("=III", *args)))
        self._notification_id = notification_id

    def _watch_socket(self) -> None:
        from PySide6.QtCore import QSocketNotifier

        self._watch = QSocketNotifier(self._sock.fileno(), QSocketNotifier.Type.Read)
        self._watch.activated.connect(self._read)

    def _read(self, *_args: object) -> None:
        try:
            while True:
                chunk = self._sock.recv(4096)
                if not chunk:
                    self._lost("the compositor closed the connection")
                    return
                self._buffer += chunk
        except BlockingIOError:
            pass
        except OSError as exc:
            self._lost(str(exc))
            return
        self._dispatch()

    def _dispatch(self) -> None:
        while len(self._buffer) >= 8:
            obj, word = struct.unpack_from("=II", self._buffer)
            size, opcode = word >> 16, word & 0xFFFF
            if size < 8 or len(self._buffer) < size:
                return
            body, self._buffer = self._buffer[8:size], self._buffer[size:]
            if obj == self._notification_id:
                # both protocols: event 0 = idle(d), event 1 = resumed
                if opcode == 0:
                    self._idle_since = self._clock() - self._threshold_s
                elif opcode == 1:
                    self._idle_since = None
            elif obj == DISPLAY_ID and opcode == 0:  # wl_display.error: fatal for the connection
                self._lost(f"protocol error {body[4:8].hex()}")
                return

    def _lost(self, why: str) -> None:
        log.warning("Wayland idle connection lost: %s", why)
        if self._watch is not None:
            self._watch.setEnabled(False)
        self._sock.close()
        self._notification_id = -1

    def idle_seconds(self) -> float | None:
        if self._notification_id < 0:
            return None
        self._read()  # events already waiting (the event loop may not have run yet)
        since = self._idle_since
        return 0.0 if since is None else self._clock() - since


def _read_globals(sock: Any) -> tuple[dict[str, tuple[int, int]], bytes]:
    """wl_registry.global events up to the sync callback's done: interface -> (name, version)."""
    found: dict[str, tuple[int, int]] = {}
    buffer = b""
    while True:
        while len(buffer) >= 8:
            obj, word = struct.unpack_from("=II", buffer)
            size, opcode = word >> 16, word & 0xFFFF
            if size < 8:
                raise ValueError("malformed Wayland message")
            if len(buffer) < size:
                break
            body, buffer = buffer[8:size], buffer[size:]
            if obj == REGISTRY_ID and opcode == 0:
                name, length = struct.unpack_from("=II", body)
                interface = body[8 : 8 + length - 1].decode(errors="replace")
                (version,) = struct.unpack_from("=I", body, 8 + length + (-length % 4))
                found[interface] = (name, version)
            elif obj == CALLBACK_ID:
                return found, buffer
            elif obj == DISPLAY_ID and opcode == 0:
                raise ValueError("Wayland protocol error during setup")
        chunk = sock.recv(65536)
        if not chunk:
            raise OSError("the compositor closed the connection")
        buffer += chunk
