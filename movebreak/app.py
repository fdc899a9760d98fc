"""Composition root: the only place that builds the parts and connects their signals.

What it builds from: app_startup (config, catalogue, data folder, their notices), app_probes
(idle, do-not-disturb, calls), app_breaks (a break's notification and prompt), app_windows
(settings and history)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from movebreak import APP_ID, APP_NAME, __version__, paths
from movebreak.app_breaks import PROMPT_PREPARE_LEAD, BreakPresenter
from movebreak.app_probes import SystemProbes
from movebreak.app_startup import read_startup
from movebreak.app_windows import AppWindows
from movebreak.domain.blocks import Block
from movebreak.domain.clock import SystemClock
from movebreak.domain.planner import Window
from movebreak.domain.settings import Settings
from movebreak.errors import MovebreakError, Problem
from movebreak.i18n import QT_TRANSLATE_NOOP, any_text, problem_text, translate
from movebreak.i18n import install as install_language
from movebreak.log_terminal import one_line_on_terminal
from movebreak.process import drop_source_caches, log_unexpected, quit_on_signals, setup_logging
from movebreak.runtime.calendar_watch import CalendarWatcher
from movebreak.runtime.instance import InstanceServer, NotRunning, send_command
from movebreak.runtime.notify import NotifierChain, PlyerNotifier, PopupNotifier, TrayNotifier
from movebreak.runtime.wiring import build_runtime
from movebreak.storage.journal_handle import JournalOnDemand

log = logging.getLogger(__name__)

NO_TRAY_HELP = QT_TRANSLATE_NOOP(
    "App",
    "No system tray was found, so movebreak runs without an icon. Breaks still appear. "
    "Use `movebreak status`, `movebreak break-now`, `movebreak pause 30m`, "
    "`movebreak show settings`, `movebreak show history` and `movebreak quit`.",
)


def block_source(settings: Settings, window: Window) -> tuple[list[Block], list[Problem]]:
    """Weekly rules plus calendars; URL sources from their cache only (never block the GUI)."""
    from movebreak.sources.calendar import collect_blocks

    # The calendar watcher fetches a new URL at once; until then it is no "calendar problem".
    return collect_blocks(settings, window, cache_dir=paths.cache_dir(), offline=True)


class App(QObject):
    """Holds every long-lived part and the windows opened on demand."""

    def __init__(self, qapp: QApplication, config_path: Path, explicit_config: bool) -> None:
        super().__init__()
        self.qapp = qapp
        self.config_path = config_path
        startup = read_startup(config_path, explicit_config)
        self.settings = startup.settings
        self.first_run = startup.first_run
        self.config_problems = startup.config_problems
        self.catalogue = startup.catalogue
        self._notices = startup.notices
        self.clock = SystemClock(self.settings.timezone or None)
        self.journal: JournalOnDemand | None = None
        if startup.data_problem is None:
            self.journal = JournalOnDemand(paths.journal_file(), self.clock, on_notice=self._journal_notice)
        self.windows = AppWindows(self)

        self.tray_available = QSystemTrayIcon.isSystemTrayAvailable()
        self.tray: Any = None
        if self.tray_available:
            from movebreak.ui.tray import Tray

            self.tray = Tray(self)
        self.notifier = NotifierChain(
            [PlyerNotifier(), TrayNotifier(self.tray.icon if self.tray else None), PopupNotifier(self._popup)],
            enabled=self.settings.notifications,
        )
        self.probes = SystemProbes(lambda: self.settings)
        self.breaks = BreakPresenter(lambda: self.settings, self.notify, self._save_likes, parent=self)
        # Calendars are read by the watcher's worker thread, never by the GUI thread (issue 20).
        self.calendars = CalendarWatcher(self.settings, paths.cache_dir(), parent=self, clock=self.clock)
        self.runtime = build_runtime(
            clock=self.clock,
            settings=self.settings,
            catalogue=self.catalogue,
            journal=self.journal,
            notify=self.breaks.notify,
            prompt_factory=self.breaks.make_prompt,
            block_source=self.calendars.block_source,
            idle_seconds=self.probes.idle_seconds,
            dnd_reason=self.probes.dnd_reason,
            call_reason=self.probes.call_reason,
            on_resumed=[self.calendars.refresh_now],
            quit_app=lambda: QTimer.singleShot(0, self.quit),
            open_window=self.windows.show,
            already_running=self._show_running,
            prepare_lead=PROMPT_PREPARE_LEAD,
            parent=self,
        )
        self.scheduler = self.runtime.scheduler
        self.coordinator = self.runtime.coordinator
        self.breaks.attach(self.coordinator, self.scheduler.prepare)
        self.coordinator.problems_found.connect(self._on_problems)
        self.coordinator.break_logged.connect(self.windows.refresh_history)
        self.calendars.changed.connect(lambda: self.coordinator.replan("calendar changed"))
        calendar_problem = translate("App", "movebreak: calendar problem")
        self.calendars.problem.connect(lambda problem: self.notify(calendar_problem, problem_text(problem)))
        self.server = InstanceServer(self.handle_command, parent=self)
        if self.tray is not None:
            self._connect_tray(self.tray)

    def _connect_tray(self, t: Any) -> None:
        t.break_now.connect(self.coordinator.start_break_now)
        t.pause_requested.connect(lambda spec: self._tray_command({"cmd": "pause", "arg": spec}))
        t.focus_requested.connect(lambda spec: self._tray_command({"cmd": "focus", "arg": spec}))
        t.focus_prompt.connect(self.coordinator.bring_prompt_forward)
        t.open_settings.connect(self.show_settings)
        t.open_history.connect(self.show_history)
        t.quit_requested.connect(self.quit)
        t.icon.messageClicked.connect(self.coordinator.bring_prompt_forward)
        self.coordinator.changed.connect(lambda: t.update_status(self.coordinator.status()))
        self.coordinator.ticked.connect(lambda: t.update_tooltip(self.coordinator.status()))

    # ----------------------------------------------------------------- notices
    def _journal_notice(self, message: str) -> None:
        message = any_text(message)  # the journal's words are marked English
        print(f"movebreak: {message}", file=sys.stderr)
        if hasattr(self, "notifier"):
            self.notify("movebreak", message)
        else:
            self._notices.append(message)

    def _popup(self, title: str, message: str) -> object:
        from movebreak.ui.popup import show_popup

        popup = show_popup(title, message)
        popup.clicked.connect(self.coordinator.bring_prompt_forward)
        return popup

    def notify(self, title: str, message: str) -> object:
        """A plain notice (not a break's): the notifier chain, down to the popup."""
        return self.notifier.notify(title, message)

    def _on_problems(self, problems: Sequence[Problem]) -> None:
        text = "\n".join(problem_text(p) for p in problems[:3])
        for p in problems:
            print(f"movebreak: {p}", file=sys.stderr)
        self.notify(translate("App", "movebreak: calendar problem"), text)

    # ----------------------------------------------------------------- settings
    def _save_likes(self, settings: Settings) -> None:
        """The prompt's ♥ and "Don't show this again", saved to config.toml at once."""
        from movebreak.storage.config_file import save_config

        if self.config_problems:  # saving would replace the user's text we could not read
            self.notify(
                "movebreak",
                translate("App", "Not saved: config.toml has problems; fix them first (movebreak check-config)."),
            )
            return
        try:
            save_config(self.config_path, settings)
        except (MovebreakError, OSError) as exc:
            self.notify("movebreak", translate("App", "Your choice was not saved: %1").replace("%1", _why(exc)))
            return
        self.apply_settings(settings)
        self.windows.likes_saved(settings)

    def apply_settings(self, settings: Settings) -> None:
        """Saved settings take effect at once, the time zone included."""
        self.settings = settings
        install_language(settings.language)  # windows and breaks from now on; the tray menu at next start
        self.first_run = False
        self.config_problems = []
        self.notifier.enabled = settings.notifications
        self.probes.settings_changed()
        self.calendars.set_settings(settings)
        self.runtime.apply_settings(settings)

    # ----------------------------------------------------------------- windows
    def show_settings(self) -> None:
        self.windows.show_settings()

    def show_history(self) -> None:
        self.windows.show_history()

    # ----------------------------------------------------------------- commands
    def _tray_command(self, request: dict[str, Any]) -> None:
        reply = self.handle_command(request)
        if not reply.get("ok") and self.tray is not None:
            from movebreak.ui.status_text import human_text

            self.tray.say("movebreak", human_text(request, reply))

    def handle_command(self, request: dict[str, Any]) -> dict[str, Any]:
        return self.runtime.commands.handle(request)

    def _show_running(self, _message: str) -> None:
        if self.tray is not None:  # the status in the tray's words, not the reply's English
            from movebreak.ui.status_text import status_summary

            running = translate("Remote", "movebreak is already running.")
            self.tray.say("movebreak", f"{running}\n{status_summary(self.coordinator.status())}")

    # ----------------------------------------------------------------- life
    def start(self) -> bool:
        if not self.server.listen():
            return False
        if self.tray is not None:
            self.tray.show()
        self.runtime.start()
        if os.environ.get("WAYLAND_DISPLAY") and self.settings.idle_detection:
            # Wayland's idle protocols send events and count from the first question: ask now,
            # so the first break can already be a natural one.
            QTimer.singleShot(0, self.probes.idle_seconds)
        if not self.tray_available:
            no_tray = translate("App", NO_TRAY_HELP)  # i18n: marked elsewhere
            print(f"movebreak: {no_tray}", file=sys.stderr)
            self._notices.insert(0, no_tray)
        for notice in self._notices:
            self.notify("movebreak", notice)
        if self.first_run:
            QTimer.singleShot(0, self.show_settings)
        drop_source_caches()
        return True

    def quit(self) -> None:
        self.runtime.stop()
        self.breaks.stop()
        self.server.close()
        if self.coordinator.prompt is not None:
            # Closing the prompt records its outcomes; the journal must still be open then.
            self.coordinator.prompt.close()
        self.windows.close_all()
        if self.journal is not None:
            self.journal.close()
        if self.tray is not None:
            self.tray.icon.hide()
        self.qapp.quit()


def run_app(args: argparse.Namespace) -> int:
    setup_logging(getattr(args, "verbose", False))
    one_line_on_terminal()
    sys.excepthook = log_unexpected
    explicit = bool(getattr(args, "config", None))
    config_path = Path(args.config).expanduser() if explicit else paths.config_file()
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName(APP_NAME)
    qapp.setApplicationVersion(__version__)
    qapp.setDesktopFileName(APP_ID)
    qapp.setQuitOnLastWindowClosed(False)
    from movebreak.ui.tray import app_icon

    icon = app_icon()
    if not icon.isNull():
        qapp.setWindowIcon(icon)
    try:
        request = {"cmd": "show"}
        reply = send_command(request)
        _say_on_terminal(args, request, reply)
        return 0
    except NotRunning:
        pass
    app = App(qapp, config_path, explicit)
    if not app.start():
        print(translate("Remote", "movebreak is already running."), file=sys.stderr)
        return 0
    _notifier = quit_on_signals(app.quit)
    return int(qapp.exec())


def _say_on_terminal(args: argparse.Namespace, request: dict[str, Any], reply: dict[str, Any]) -> None:
    """A second `movebreak`: the running app's answer (its status), in the user's language."""
    from movebreak.cli_language import install_for
    from movebreak.ui.status_text import human_text

    install_for(None, getattr(args, "config", None))
    print(human_text(request, reply) or translate("Remote", "movebreak is already running."))


def _why(exc: Exception) -> str:
    """An error's words: ours in the user's language, the system's as they came."""
    if isinstance(exc, MovebreakError):
        return "; ".join(problem_text(p) for p in exc.problems)
    return str(exc)
