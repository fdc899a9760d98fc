"""One break, one notification: shown as a heads-up, updated when the prompt opens, withdrawn
when the break is over; its buttons (Start now, Snooze, Skip) act on that break.

The coordinator says where each break is (`phase(slot_id, phase)`, from its `break_phase`
signal) and sends its texts through `notify(title, text)` as before. Where the notification
server has actions (Linux, over D-Bus), the texts go out as that break's notification, with
replaces_id; anywhere else (plyer on Windows and macOS, a server without actions, no server)
they go through the plain notifier chain, without buttons, as before."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from movebreak import APP_NAME
from movebreak.i18n import translate
from movebreak.paths import asset
from movebreak.runtime.dbus_notify import FreedesktopNotifications
from movebreak.runtime.ports import OVER, SOON

log = logging.getLogger(__name__)

START, SNOOZE, SKIP = "start", "snooze", "skip"
ON_SCREEN_EXPIRE_MS = 60_000  # the prompt itself stays; the bubble need not


class BreakNotices(QObject):
    """Between the coordinator's break phases and the notification server."""

    action = Signal(str, str)  # slot id, START | SNOOZE | SKIP

    def __init__(
        self,
        server: FreedesktopNotifications | None,
        plain: Callable[[str, str], object],
        snooze_minutes: Callable[[], int],
        lead_seconds: Callable[[], int],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._server = server
        self._plain = plain
        self._snooze_minutes = snooze_minutes
        self._lead_seconds = lead_seconds
        self._slot: str | None = None  # the break the next notify() is about
        self._phase = ""
        self._ids: dict[str, int] = {}  # slot id -> notification id on screen
        if server is not None:
            server.action_invoked.connect(self._on_action)
            server.closed.connect(self._on_closed)

    def phase(self, slot_id: str, phase: str) -> None:
        if phase == OVER:
            if self._slot == slot_id:
                self._slot = None
            shown = self._ids.pop(slot_id, 0)
            if shown and self._server is not None:
                self._server.close(shown)
            return
        self._slot, self._phase = slot_id, phase

    def notify(self, title: str, text: str) -> object:
        slot = self._slot
        server = self._server
        if slot is None or server is None or not server.has_actions():
            return self._plain(title, text)
        snooze = translate("PromptWindow", "Snooze %n min", None, self._snooze_minutes())
        skip = translate("Notification", "Skip")
        if self._phase == SOON:
            start = translate("Notification", "Start now")
            actions = [("default", start), (START, start), (SNOOZE, snooze), (SKIP, skip)]
            expire = max(1, self._lead_seconds()) * 1000
        else:
            show = translate("Notification", "Show the break")
            actions = [("default", show), (START, show), (SNOOZE, snooze), (SKIP, skip)]
            expire = ON_SCREEN_EXPIRE_MS
        shown = server.send(title, text, replaces=self._ids.get(slot, 0), actions=actions, expire_ms=expire)
        if not shown:
            return self._plain(title, text)
        self._ids[slot] = shown
        return server.name

    def _slot_of(self, notification_id: int) -> str | None:
        return next((slot for slot, shown in self._ids.items() if shown == notification_id), None)

    def _on_action(self, notification_id: int, key: str) -> None:
        slot = self._slot_of(notification_id)
        if slot is None:
            return  # another app's notification, or one already withdrawn
        self.action.emit(slot, START if key == "default" else key)

    def _on_closed(self, notification_id: int, _reason: int) -> None:
        slot = self._slot_of(notification_id)
        if slot is not None:
            del self._ids[slot]


def linux_notifications(parent: QObject | None = None) -> FreedesktopNotifications | None:
    """The D-Bus notification path where there is one (Linux and the BSDs); None elsewhere."""
    import sys

    if sys.platform.startswith(("win", "darwin", "cygwin")):
        return None
    icon = asset("icons", "hicolor", "128x128", "apps", "io.github.movebreak.Movebreak.png")
    return FreedesktopNotifications(APP_NAME, str(icon) if icon.exists() else "", parent=parent)
