"""The tray icon and its menu: next break, break now, pause, focus, windows, quit."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from movebreak import APP_ID
from movebreak.i18n import day_time_text, minutes_text, time_text, translate
from movebreak.paths import asset
from movebreak.ui.early_tray import take_icon
from movebreak.ui.status_text import no_break_text, status_summary

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    from movebreak.runtime.coordinator import Status

TRAY_SIZES = (16, 22, 24, 32, 48, 64)
APP_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def _fallback_icon(paused: bool) -> QIcon:
    """Drawn when the PNGs are missing, so the tray never shows an empty square."""
    # Imported here, not at the top: the Qt namespace alone costs 1.3 MiB, kept for good.
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QPainter, QPen, QPixmap

    pm = QPixmap(64, 64)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = QColor("#8a8a8a") if paused else QColor("#1f9e89")
    p.setBrush(color)
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRoundedRect(4, 4, 56, 56, 14, 14)
    p.setPen(QPen(QColor("white"), 6, c=Qt.PenCapStyle.RoundCap))
    p.setBrush(QColor("white"))
    p.drawEllipse(26, 10, 12, 12)
    p.drawLine(32, 26, 32, 42)
    p.drawLine(32, 28, 18, 16)
    p.drawLine(32, 28, 46, 16)
    p.drawLine(32, 42, 22, 54)
    p.drawLine(32, 42, 42, 54)
    p.end()
    return QIcon(pm)


def png_icon(*parts: str, sizes: tuple[int, ...], name: str) -> QIcon:
    """An icon from pre-rendered PNGs (tools/make_icons.py writes them from the SVGs).

    PNGs, not the SVG: loading an SVG icon maps QtSvg and its icon engine, about 0.8 MiB
    that the idle tray app would carry for good."""
    icon = QIcon()
    for size in sizes:
        path = asset(*parts, name.format(size=size))
        if path.exists():
            icon.addFile(str(path))
    return icon


def tray_icon(paused: bool = False) -> QIcon:
    icon = png_icon("icons", "tray", sizes=TRAY_SIZES, name="tray-paused-{size}.png" if paused else "tray-{size}.png")
    return icon if not icon.isNull() else _fallback_icon(paused)


def app_icon() -> QIcon:
    return png_icon("icons", "hicolor", sizes=APP_SIZES, name="{size}x{size}/apps/" + APP_ID + ".png")


def menu_needed_up_front() -> bool:
    """Whether the tray menu must exist before anyone clicks. A StatusNotifierItem host (KDE,
    GNOME with AppIndicator, waybar) reads the menu over D-Bus beforehand, and so do Windows
    and macOS; only an XEmbed tray (X11 without a StatusNotifierWatcher, as trayer, or
    stalonetray) asks at the click, where Qt tells the app (activated: Context). There the
    menu is built at the first right click: QMenu and its first layout touch about 2 MiB of
    Qt's widget libraries that the idle tray app otherwise never maps in (bench/idle.py)."""
    if not sys.platform.startswith("linux"):
        return True
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.platformName() != "xcb":
        return True
    from PySide6.QtDBus import QDBusConnection

    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False  # no session bus, no StatusNotifierItem: Qt uses the XEmbed tray
    interface = bus.interface()
    reply = interface.isServiceRegistered(SNI_WATCHER) if interface is not None else None
    return reply is None or not reply.isValid() or bool(reply.value())


SNI_WATCHER = "org.kde.StatusNotifierWatcher"
BALLOON_MS = 5000  # under the 6 s a passing answer should stay on screen


class Tray(QObject):
    """Owns the QSystemTrayIcon; every action is a signal the composition root connects."""

    break_now = Signal()
    pause_requested = Signal(str)  # a pause spec: "30m", "1h", "tomorrow", "block", "off"
    focus_requested = Signal(str)
    focus_prompt = Signal()
    open_settings = Signal()
    open_history = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        early = take_icon()  # already on the panel since start-up (ui.early_tray)
        if early is not None:
            early.setParent(self)
        self.icon = early or QSystemTrayIcon(tray_icon(), self)
        # One QIcon per look, set only when the look changes: every new QIcon leaves its
        # rendered pixmaps in Qt's pixmap cache (up to 10 MiB), and a status change comes
        # several times a break (tests/e2e/test_long_run.py).
        self._icons: dict[bool, QIcon] = {False: self.icon.icon()}
        self._paused_look = False
        self._menu: QMenu | None = None
        self._status: Status | None = None
        self.icon.activated.connect(self._on_activated)
        self.icon.setToolTip("movebreak")
        if menu_needed_up_front():
            self._build_menu()

    @property
    def menu(self) -> QMenu:
        """The context menu, built on first use (see menu_needed_up_front)."""
        return self._menu if self._menu is not None else self._build_menu()

    def _build_menu(self) -> QMenu:
        from PySide6.QtWidgets import QMenu

        self._menu = QMenu()
        self._menu.setObjectName("trayMenu")
        self._next = self._menu.addAction(translate("Tray", "Next break: —"))
        self._next.setEnabled(False)
        self._pause_state = self._menu.addAction("")
        self._pause_state.setEnabled(False)
        self._pause_state.setVisible(False)
        self._menu.addSeparator()
        self._add(self._menu, translate("Tray", "&Start a break now"), self.break_now.emit)
        self._prompt_action = self._add(self._menu, translate("Tray", "Show the &break"), self.focus_prompt.emit)
        self._prompt_action.setVisible(False)
        pause = self._menu.addMenu(translate("Tray", "&Pause"))
        for label, spec in (
            (minutes_text(30), "30m"),
            (translate("Tray", "%n hour(s)", None, 1), "1h"),
            (translate("Tray", "%n hour(s)", None, 2), "2h"),
            (translate("Tray", "Until tomorrow"), "tomorrow"),
            (translate("Tray", "Until the current block ends"), "block"),
        ):
            self._add(pause, label, lambda s=spec: self.pause_requested.emit(s))
        pause.addSeparator()
        self._resume = self._add(pause, translate("Tray", "&Resume breaks"), lambda: self.pause_requested.emit("off"))
        focus = self._menu.addMenu(translate("Tray", "&Focus now"))
        for minutes in (25, 50, 90):
            self._add(focus, minutes_text(minutes), lambda m=minutes: self.focus_requested.emit(f"{m}m"))
        self._menu.addSeparator()
        self._add(self._menu, translate("Tray", "S&ettings…"), self.open_settings.emit)
        self._add(self._menu, translate("Tray", "&History…"), self.open_history.emit)
        self._menu.addSeparator()
        self._add(self._menu, translate("Tray", "&Quit"), self.quit_requested.emit)
        self.icon.setContextMenu(self._menu)
        if self._status is not None:
            self._show_status(self._status)
        return self._menu

    def _add(self, menu: QMenu, text: str, slot: Callable[[], None]) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.focus_prompt.emit()
        elif reason == QSystemTrayIcon.ActivationReason.Context and self._menu is None:
            # The first right click on an XEmbed tray: Qt had no menu to open, so open it
            # here; from now on Qt opens it itself.
            from PySide6.QtGui import QCursor

            self.menu.popup(QCursor.pos())

    def show(self) -> None:
        self.icon.show()

    def say(self, title: str, message: str) -> None:
        """A short balloon that answers something the person just did (a second start, a
        refused command): a few seconds, not the default ten."""
        self.icon.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, BALLOON_MS)

    def update_status(self, status: Status) -> None:
        self._status = status
        if self._menu is not None:
            self._show_status(status)
        paused = status.pause is not None
        if paused != self._paused_look:
            self._paused_look = paused
            if paused not in self._icons:
                self._icons[paused] = tray_icon(paused)
            self.icon.setIcon(self._icons[paused])
        self.update_tooltip(status)

    def _show_status(self, status: Status) -> None:
        if status.next_break is not None:
            start = time_text(status.next_break.start)
            self._next.setText(translate("Tray", "Next break: %1").replace("%1", start))
        else:
            why = no_break_text(status.why_none)
            self._next.setText(translate("Tray", "No break planned (%1)").replace("%1", why))
        paused = status.pause is not None
        self._pause_state.setVisible(paused)
        if paused and status.pause is not None:
            until = day_time_text(status.pause.until)
            self._pause_state.setText(translate("Tray", "Paused until %1").replace("%1", until))
        self._resume.setEnabled(paused)
        self._prompt_action.setVisible(status.prompt_open)

    def update_tooltip(self, status: Status) -> None:
        """Only the tooltip (once a minute for "last moved"): the icon and menu stay untouched,
        as sending the icon to the tray host again wakes both up."""
        self.icon.setToolTip("movebreak\n" + status_summary(status))
