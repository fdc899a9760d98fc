"""Idle time on Wayland from the compositor's idle protocol.

On Wayland no client can read another's input. Compositors say when the seat went idle
through `ext_idle_notifier_v1` (wlroots 0.17+, KWin 6, ...) or KDE's older
`org_kde_kwin_idle` (sway 1.7, KWin 5). Both are events, not a query: a client registers
a threshold and hears "idled" after that long without input, "resumed" on the next input.
So the answer is exact only past the threshold: while idle, threshold + time since "idled";
while active, 0 (less than the threshold, which is all the coordinator asks: "idle at least
a routine's length?", "idle at least 30 s?"). The messages are written by runtime.wayland_wire
on a second connection to the compositor, read on the GUI thread through a QSocketNotifier."""

from __future__ import annotations

import logging
import struct
import time
from collections.abc import Callable, Mapping
from typing import Any

from movebreak.runtime.wayland_wire import Connection, WireError, bind, message, messages

log = logging.getLogger(__name__)

THRESHOLD_MS = 30_000  # the shortest question the coordinator asks (IDLE_PAUSES_COUNTDOWN_S)
# interface -> (version to bind, request opcode that makes the notification, seat arg last?)
IDLE_PROTOCOLS = {
    "ext_idle_notifier_v1": (1, 1, True),  # get_idle_notification(id, timeout, seat)
    "org_kde_kwin_idle": (1, 0, False),  # get_idle_timeout(id, seat, timeout)
}


class WaylandIdle:
    """An IdleBackend (runtime.idle) over the compositor's idle protocol; see the module docstring."""

    def __init__(self, conn: Connection, protocol: str, threshold_ms: int, clock: Callable[[], float]) -> None:
        self.name = f"wayland-{protocol}"
        self._sock = conn.sock
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
        conn = Connection.open(environ)
        if conn is None:
            return None
        try:
            globals_ = conn.globals()
            seat = globals_.get("wl_seat")
            protocol = next((p for p in IDLE_PROTOCOLS if p in globals_), None)
            if seat is None or protocol is None:
                log.info("Wayland compositor offers no idle protocol (has: %s)", ", ".join(sorted(globals_)))
                conn.close()
                return None
            backend = cls(conn, protocol, threshold_ms, clock)
            backend._register(conn, seat[0], globals_[protocol][0], protocol)
        except (OSError, WireError, struct.error) as exc:
            log.info("Wayland idle protocol unavailable: %s", exc)
            conn.close()
            return None
        conn.sock.setblocking(False)
        backend._watch_socket()
        return backend

    def _register(self, conn: Connection, seat_name: int, idle_name: int, protocol: str) -> None:
        version, opcode, seat_last = IDLE_PROTOCOLS[protocol]
        seat_id, manager_id, notification_id = conn.new_id(), conn.new_id(), conn.new_id()
        threshold = int(self._threshold_s * 1000)
        args = (notification_id, threshold, seat_id) if seat_last else (notification_id, seat_id, threshold)
        self._sock.sendall(
            bind(seat_name, "wl_seat", 1, seat_id)
            + bind(idle_name, protocol, version, manager_id)
            + message(manager_id, opcode, struct.pack("=III", *args))
        )
        self._notification_id = notification_id
        self._buffer = conn.take_pending()

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
        try:
            batch, self._buffer = messages(self._buffer)
        except WireError as exc:
            self._lost(str(exc))
            return
        for obj, opcode, body in batch:
            if obj == self._notification_id:
                # both protocols: event 0 = idle(d), event 1 = resumed
                if opcode == 0:
                    self._idle_since = self._clock() - self._threshold_s
                elif opcode == 1:
                    self._idle_since = None
            elif obj == 1 and opcode == 0:  # wl_display.error: fatal for the connection
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
