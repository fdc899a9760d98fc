"""Desktop notifications as a strategy: plyer first, then the tray's balloon, then a popup."""

from __future__ import annotations

import logging
import warnings
from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtWidgets import QSystemTrayIcon

from movebreak import APP_NAME
from movebreak.paths import asset

log = logging.getLogger(__name__)


class Notifier(Protocol):
    name: str

    def available(self) -> bool: ...

    def notify(self, title: str, message: str) -> bool:
        """Show it; False when this path failed and the next one should be tried."""
        ...


def notification_server_present() -> bool:
    """Whether an org.freedesktop.Notifications server owns its name on the session bus.

    plyer's notify-send path cannot report a missing daemon, so we ask D-Bus first."""
    try:
        from PySide6.QtDBus import QDBusConnection
    except ImportError:  # QtDBus is missing on some platforms' wheels
        return True
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    reply = bus.interface().isServiceRegistered("org.freedesktop.Notifications")
    return bool(reply.value()) if reply.isValid() else False


class PlyerNotifier:
    name = "plyer"

    def __init__(self, server_check: Callable[[], bool] = notification_server_present) -> None:
        self._server_check = server_check

    def available(self) -> bool:
        import sys

        if sys.platform.startswith("linux") and not self._server_check():
            return False
        try:
            from plyer import notification

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                # plyer's Proxy hides the backend; ask it directly which one it picked.
                impl = object.__getattribute__(notification, "_ensure_obj")()
            return type(impl).__name__ != "Notification"
        except Exception as exc:
            log.info("plyer has no usable notification backend: %s", exc)
            return False

    def notify(self, title: str, message: str) -> bool:
        try:
            from plyer import notification

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                notification.notify(
                    title=title,
                    message=message,
                    app_name=APP_NAME,
                    app_icon=str(asset("icons", "movebreak.svg")),
                    timeout=10,
                )
            return True
        except Exception as exc:
            log.warning("plyer notification failed: %s", exc)
            return False


class TrayNotifier:
    name = "tray"

    def __init__(self, tray: QSystemTrayIcon | None) -> None:
        self._tray = tray

    def available(self) -> bool:
        return self._tray is not None and self._tray.isVisible() and QSystemTrayIcon.supportsMessages()

    def notify(self, title: str, message: str) -> bool:
        if self._tray is None:
            return False
        self._tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 10_000)
        return True


class PopupNotifier:
    """Last resort: a small frameless popup in the corner of the screen."""

    name = "popup"

    def __init__(self, show: Callable[[str, str], object]) -> None:
        # The popup widget lives in ui/; the composition root hands its factory in.
        self._show = show
        self._popup: object | None = None

    def available(self) -> bool:
        return True

    def notify(self, title: str, message: str) -> bool:
        self._popup = self._show(title, message)  # keep a reference while it is shown
        return True


class NotifierChain:
    """Tries each path in order; the first that is available and succeeds wins.

    Which path is active is logged once, when it first changes."""

    def __init__(self, notifiers: Sequence[Notifier], enabled: bool = True) -> None:
        self._notifiers = list(notifiers)
        self.enabled = enabled
        self.active: str | None = None

    def notify(self, title: str, message: str) -> str | None:
        if not self.enabled:
            return None
        for notifier in self._notifiers:
            if notifier.available() and notifier.notify(title, message):
                if self.active != notifier.name:
                    log.warning("notifications go through: %s", notifier.name)
                    self.active = notifier.name
                return notifier.name
        return None
