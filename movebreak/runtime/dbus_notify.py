"""org.freedesktop.Notifications spoken directly over D-Bus, with actions (Linux).

plyer's notify-send path cannot say which notification it showed, so it can neither update
one nor withdraw it, and it cannot report a click. Here one connection sends Notify (with
replaces_id, actions, an icon and an expiry), CloseNotification, and receives the server's
ActionInvoked and NotificationClosed signals: servers send those only to
the connection that sent the Notify (dunst addresses them to it), so sending and receiving
share it.

jeepney, not QtDBus: PySide6 marshals a Python int as int32, and Notify's replaces_id is a
uint32, which servers refuse ("Type of message, '(sisssasa{sv}i)', does not match..."). The
jeepney socket is watched by a QSocketNotifier, so signals arrive on the GUI thread without a
thread or a polling timer."""

from __future__ import annotations

import contextlib
import logging
from collections import deque
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from movebreak import APP_ID

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
REPLY_TIMEOUT_S = 2.0  # a local bus answers in milliseconds; a hung server must not freeze the app
PLAIN_EXPIRE_MS = 10_000


def _open_session() -> Any:
    from jeepney.io.blocking import open_dbus_connection

    return open_dbus_connection(bus="SESSION")


class FreedesktopNotifications(QObject):
    """One session-bus connection to the notification server; a Notifier (name "dbus") too.

    Opened on first use, so the idle app between breaks carries no socket it does not need."""

    name = "dbus"
    action_invoked = Signal(int, str)  # notification id, action key ("default" for a body click)
    closed = Signal(int, int)  # notification id, reason (1 expired, 2 dismissed, 3 closed by us)

    def __init__(
        self,
        app_name: str,
        icon: str,
        connect: Callable[[], Any] = _open_session,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._app_name = app_name
        self._icon = icon
        self._connect = connect
        self._conn: Any = None
        self._watch: QSocketNotifier | None = None
        self._queue: deque[Any] = deque()
        self._filter: Any = None
        self._caps: frozenset[str] | None = None

    # ------------------------------------------------------------ connection
    def _connection(self) -> Any:
        if self._conn is not None:
            return self._conn
        try:
            from jeepney import MatchRule, message_bus
            from jeepney.io.blocking import Proxy

            conn = self._connect()
            rule = MatchRule(type="signal", interface=SERVICE, path=PATH)
            # Servers that broadcast their signals (not only to us) reach us through the match.
            Proxy(message_bus, conn, timeout=REPLY_TIMEOUT_S).AddMatch(rule)
            self._filter = conn.filter(rule, queue=self._queue)
        except Exception as exc:  # no bus, no jeepney, refused: the chain tries the next path
            log.info("no D-Bus session for notifications: %s", exc)
            return None
        self._conn = conn
        self._watch = QSocketNotifier(conn.sock.fileno(), QSocketNotifier.Type.Read, self)
        self._watch.activated.connect(self._on_readable)
        return conn

    def _drop(self, why: object) -> None:
        log.warning("notification connection lost: %s", why)
        if self._watch is not None:
            self._watch.setEnabled(False)
            self._watch.deleteLater()
            self._watch = None
        if self._conn is not None:
            with contextlib.suppress(OSError):
                self._conn.close()
        self._conn = None
        self._caps = None

    def _call(self, method: str, signature: str, body: tuple[Any, ...]) -> tuple[Any, ...] | None:
        from jeepney import DBusAddress, MessageType, new_method_call

        conn = self._connection()
        if conn is None:
            return None
        msg = new_method_call(DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE), method, signature, body)
        try:
            reply = conn.send_and_get_reply(msg, timeout=REPLY_TIMEOUT_S)
        except (OSError, TimeoutError, ValueError) as exc:
            self._drop(exc)
            return None
        # Signals read while waiting for the reply sit in the queue: hand them on soon.
        if self._queue:
            QTimer.singleShot(0, self._dispatch)
        if reply.header.message_type == MessageType.error:
            log.warning("%s refused %s: %s", SERVICE, method, reply.body)
            return None
        return tuple(reply.body)

    def _on_readable(self, *_args: object) -> None:
        conn = self._conn
        if conn is None:
            return
        try:
            while True:
                conn.recv_messages(timeout=0)
        except TimeoutError:
            pass
        except (OSError, ValueError) as exc:  # the bus went away (log-out)
            self._drop(exc)
        self._dispatch()

    def _dispatch(self) -> None:
        while self._queue:
            msg = self._queue.popleft()
            member = msg.header.fields.get(3)  # HeaderFields.member
            body = tuple(msg.body)
            if member == "ActionInvoked" and len(body) == 2:
                self.action_invoked.emit(int(body[0]), str(body[1]))
            elif member == "NotificationClosed" and len(body) == 2:
                self.closed.emit(int(body[0]), int(body[1]))

    # ------------------------------------------------------------ server
    def capabilities(self) -> frozenset[str]:
        if self._caps is None:
            reply = self._call("GetCapabilities", "", ())
            if reply is None:
                return frozenset()
            self._caps = frozenset(str(c) for c in reply[0])
        return self._caps

    def has_actions(self) -> bool:
        return "actions" in self.capabilities()

    def send(
        self,
        title: str,
        text: str,
        *,
        replaces: int = 0,
        actions: Sequence[tuple[str, str]] = (),
        expire_ms: int = PLAIN_EXPIRE_MS,
    ) -> int:
        """Show (or, with replaces, update) a notification; its id, 0 when it failed."""
        flat = [part for pair in actions for part in pair]
        hints = {"desktop-entry": ("s", APP_ID)}
        reply = self._call(
            "Notify",
            "susssasa{sv}i",
            (self._app_name, replaces, self._icon, title, text, flat, hints, max(1, expire_ms)),
        )
        return int(reply[0]) if reply else 0

    def close(self, notification_id: int) -> None:
        if notification_id and self._conn is not None:
            self._call("CloseNotification", "u", (notification_id,))

    # ------------------------------------------------------------ Notifier
    def available(self) -> bool:
        return bool(self.capabilities())

    def notify(self, title: str, message: str) -> bool:
        return self.send(title, message) != 0
