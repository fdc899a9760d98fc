"""Composition root: the only place that builds the parts and connects their signals."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from movebreak import APP_ID, APP_NAME, __version__, paths
from movebreak.domain.blocks import Block
from movebreak.domain.clock import SystemClock
from movebreak.domain.planner import Window
from movebreak.domain.settings import Settings
from movebreak.errors import MovebreakError, Problem
from movebreak.i18n import QT_TRANSLATE_NOOP, config_notice, problem_text, translate
from movebreak.i18n import install as install_language
from movebreak.log_terminal import one_line_on_terminal
from movebreak.process import drop_source_caches, log_unexpected, quit_on_signals, setup_logging
from movebreak.runtime.calendar_watch import CalendarWatcher
from movebreak.runtime.instance import InstanceServer, NotRunning, send_command
from movebreak.runtime.notify import NotifierChain, PlyerNotifier, PopupNotifier, TrayNotifier
from movebreak.runtime.wiring import build_runtime
from movebreak.storage.config_file import load_config
from movebreak.storage.journal_handle import JournalOnDemand

log = logging.getLogger(__name__)

PROMPT_PREPARE_LEAD = timedelta(seconds=15)  # the prompt child starts this long before a break
NO_TRAY_HELP = QT_TRANSLATE_NOOP(
    "App",
    "No system tray was found, so movebreak runs without an icon. Breaks still appear. "
    "Use `movebreak status`, `movebreak break-now`, `movebreak pause 30m`, "
    "`movebreak show settings`, `movebreak show history` and `movebreak quit`.",
)


def _data_dir_problem() -> str | None:
    data = paths.data_dir()
    try:
        data.mkdir(parents=True, exist_ok=True)
        probe = data / ".write-test"
        probe.write_text("")
        probe.unlink()
    except OSError as exc:
        return (
            f"The data folder {data} is not writable ({exc.strerror}). Breaks still appear, "
            "but nothing is logged. Fix its permissions or set MOVEBREAK_DATA_DIR."
        )
    return None


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
        loaded = load_config(config_path)
        self.settings = loaded.settings
        install_language(self.settings.language)  # before any window or menu is built
        self.first_run = not loaded.exists and not explicit_config
        self.clock = SystemClock(self.settings.timezone or None)
        self._windows: dict[str, QWidget] = {}
        self._notices: list[str] = []
        if loaded.problems:
            shown = "\n".join(problem_text(p) for p in loaded.problems[:5])
            self._notices.append(config_notice(loaded.problems) + f"\n{shown}")
            print(f"movebreak: {config_notice(loaded.problems)}", file=sys.stderr)
            for p in loaded.problems:
                print(f"  {problem_text(p)}", file=sys.stderr)
        self.config_problems = loaded.problems

        data_problem = _data_dir_problem()
        self.journal: JournalOnDemand | None = None
        if data_problem:
            self._notices.append(data_problem)
            print(f"movebreak: {data_problem}", file=sys.stderr)
        else:
            self.journal = JournalOnDemand(paths.journal_file(), self.clock, on_notice=self._journal_notice)

        from movebreak.storage.catalogue import load_catalogue

        self.catalogue, cat_problems = load_catalogue(paths.user_exercises_dir())
        for p in cat_problems:
            print(f"movebreak: skipped exercise: {p}", file=sys.stderr)
        if cat_problems:
            self._notices.append(
                translate(
                    "App", "%n exercise file problems; those exercises were skipped. First: %1", None, len(cat_problems)
                ).replace("%1", problem_text(cat_problems[0]))
            )

        self.tray_available = QSystemTrayIcon.isSystemTrayAvailable()
        self.tray: Any = None
        if self.tray_available:
            from movebreak.ui.tray import Tray

            self.tray = Tray(self)
        self.notifier = NotifierChain(
            [PlyerNotifier(), TrayNotifier(self.tray.icon if self.tray else None), PopupNotifier(self._popup)],
            enabled=self.settings.notifications,
        )
        self._break_notices: Any = None  # built at the first break (_break_center)
        self._dnd_probe: Any = None
        idle, dnd, calls = self._system_probes()
        self._idle_probe = idle
        # Calendars are read by the watcher's worker thread, never by the GUI thread (issue 20).
        self.calendars = CalendarWatcher(self.settings, paths.cache_dir(), parent=self, clock=self.clock)
        self.runtime = build_runtime(
            clock=self.clock,
            settings=self.settings,
            catalogue=self.catalogue,
            journal=self.journal,
            notify=lambda title, text: self._break_center().notify(title, text),
            prompt_factory=self._make_prompt,
            block_source=self.calendars.block_source,
            idle_seconds=idle,
            dnd_reason=dnd,
            call_reason=calls,
            on_resumed=[self.calendars.refresh_now],
            quit_app=lambda: QTimer.singleShot(0, self.quit),
            open_window=self._open_window,
            already_running=self._show_running,
            prepare_lead=PROMPT_PREPARE_LEAD,
            parent=self,
        )
        self.scheduler = self.runtime.scheduler
        self.coordinator = self.runtime.coordinator
        self.coordinator.break_phase.connect(self._break_phase)
        self._prewarm: Any = None  # ui.prompt_host.PromptPrewarm, at the first prepare
        self.scheduler.prepare.connect(self._prepare_prompt)
        self.coordinator.problems_found.connect(self._on_problems)
        self.coordinator.break_logged.connect(self._on_break_logged)
        self.calendars.changed.connect(lambda: self.coordinator.replan("calendar changed"))
        calendar_problem = translate("App", "movebreak: calendar problem")
        self.calendars.problem.connect(lambda problem: self._notify(calendar_problem, str(problem)))
        self.server = InstanceServer(self.handle_command, parent=self)
        if self.tray is not None:
            t = self.tray
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

    # ----------------------------------------------------------------- parts
    def _system_probes(self) -> tuple[Any, Any, Any]:
        """Idle time, do-not-disturb and calls, asked only when a break comes due (and idle
        time once a minute, for time away between breaks).

        The probes (ctypes, X11, D-Bus calls) are set up on the first question, not at start:
        between breaks the tray app never needs them, and they would stay in memory for good."""
        probes: dict[str, Any] = {}

        def idle_seconds() -> float | None:
            if "idle" not in probes:
                from movebreak.runtime.idle import IdleMonitor

                probes["idle"] = IdleMonitor.detect()
            seconds: float | None = probes["idle"].idle_seconds()
            return seconds

        def dnd_reason() -> str | None:
            probe = self._dnd_probe
            if probe is None:
                from movebreak.runtime.dnd import DndProbe

                probe = self._dnd_probe = DndProbe(
                    fullscreen_check=self.settings.defer_when_fullscreen, processes=self.settings.dnd_processes
                )
            reason: str | None = probe.reason()
            return reason

        def call_reason() -> str | None:
            if not self.settings.hold_during_calls:
                return None
            if "calls" not in probes:
                from movebreak.runtime.calls import CallProbe

                probes["calls"] = CallProbe()
            reason: str | None = probes["calls"].reason()
            return reason

        return idle_seconds, dnd_reason, call_reason

    def _journal_notice(self, message: str) -> None:
        print(f"movebreak: {message}", file=sys.stderr)
        if hasattr(self, "notifier"):
            self._notify("movebreak", message)
        else:
            self._notices.append(message)

    def _popup(self, title: str, message: str) -> object:
        from movebreak.ui.popup import show_popup

        popup = show_popup(title, message)
        popup.clicked.connect(self.coordinator.bring_prompt_forward)
        return popup

    def _break_center(self) -> Any:
        """Breaks' own notifications, with buttons, over D-Bus on Linux (runtime.break_notice).
        Built at the first break, not at start: its modules and D-Bus client cost the idle
        app about 0.2 MiB before any break needs them."""
        if self._break_notices is None:
            from movebreak.runtime.break_notice import BreakNotices, linux_notifications

            notices = BreakNotices(
                linux_notifications(self),
                plain=self._notify,
                snooze_minutes=lambda: self.settings.snooze,
                lead_seconds=lambda: self.settings.lead_time,
                parent=self,
            )
            notices.action.connect(self.coordinator.act_on_break)
            self._break_notices = notices
        return self._break_notices

    def _break_phase(self, slot_id: str, phase: str) -> None:
        if phase == "over" and self._break_notices is None:
            return  # no notification was ever shown: nothing to withdraw
        self._break_center().phase(slot_id, phase)

    def _notify(self, title: str, message: str) -> object:
        return self.notifier.notify(title, message)

    def _prepare_prompt(self, _slot: Any) -> None:
        """A break is due in PROMPT_PREPARE_LEAD: start its prompt child now, so the window is
        up on the slot's second rather than half a second after it."""
        if self.coordinator.prompt is not None:
            return
        from movebreak.ui.prompt_host import PromptPrewarm

        if self._prewarm is None:
            self._prewarm = PromptPrewarm(parent=self)
        self._prewarm.start()

    def _make_prompt(self, routine: Any) -> Any:
        """The prompt runs in a child process, so its memory leaves with it (ui.prompt_host)."""
        from movebreak.ui.prompt_host import ChildPrompt, routine_request

        chime, snooze = self.settings.chime, self.settings.snooze
        skip = self.coordinator.flow.skip_allowed()  # asked while the flow shows this routine
        favourites = self.settings.favourite_exercises
        request = routine_request(routine, chime=chime, snooze_minutes=snooze, skip_allowed=skip, favourites=favourites)
        ready = self._prewarm.take() if self._prewarm is not None else None
        prompt = ChildPrompt(request, fallback=lambda: self._make_prompt_here(routine), parent=self, ready=ready)
        prompt.favourite_changed.connect(self._on_favourite)
        prompt.hidden.connect(self._on_hidden)
        return prompt

    def _make_prompt_here(self, routine: Any) -> Any:
        from movebreak.ui.prompt import PromptWindow

        return PromptWindow(
            routine,
            chime=self.settings.chime,
            snooze_minutes=self.settings.snooze,
            skip_allowed=self.coordinator.flow.skip_allowed(),
            favourites=self.settings.favourite_exercises,
        )

    def _on_favourite(self, exercise_id: str, on: bool) -> None:
        """♥ in the prompt: kept in config.toml ([exercises] favourite_exercises)."""
        now = [f for f in self.settings.favourite_exercises if f != exercise_id] + ([exercise_id] if on else [])
        self._save_likes(self.settings.with_changes(favourite_exercises=tuple(now)))

    def _on_hidden(self, exercise_id: str) -> None:
        """The prompt's "Don't show this again": a disabled exercise, undone in Settings ▸ Exercises."""
        if exercise_id not in self.settings.disabled_exercises:
            off = (*self.settings.disabled_exercises, exercise_id)
            self._save_likes(self.settings.with_changes(disabled_exercises=off))

    def _save_likes(self, settings: Settings) -> None:
        from movebreak.storage.config_file import save_config

        if self.config_problems:  # saving would replace the user's text we could not read
            self._notify("movebreak", "Not saved: config.toml has problems; fix them first (movebreak check-config).")
            return
        try:
            save_config(self.config_path, settings)
        except (MovebreakError, OSError) as exc:
            self._notify("movebreak", f"Your choice was not saved: {exc}")
            return
        self.apply_settings(settings)
        self._on_break_logged()  # the history window lists the favourites

    # ----------------------------------------------------------------- windows
    def show_settings(self) -> None:
        win = self._windows.get("settings")
        if win is None:
            try:
                from movebreak.ui.settings_window import SettingsWindow
            except ImportError:
                # The settings window is still being built (issue 7); say where to edit instead.
                self._notify(
                    "movebreak",
                    f"The settings window is not available yet. Edit {self.config_path} "
                    "(every key is in docs/config.md); `movebreak check-config` validates it.",
                )
                return

            win = SettingsWindow(
                self.settings,
                self.config_path,
                clock=self.clock,
                problems=self.config_problems,
                first_run=self.first_run,
                catalogue=self.catalogue,
            )
            win.saved.connect(self.apply_settings)
            win.destroyed.connect(lambda: self._windows.pop("settings", None))
            self._windows["settings"] = win
        win.show()
        win.raise_()
        win.activateWindow()

    def show_history(self) -> None:
        win = self._windows.get("history")
        if win is None:
            from movebreak.ui.history_window import HistoryWindow

            if self.journal is None:
                self._notify("movebreak", translate("App", "History is unavailable: the data folder is not writable."))
                return
            areas = {e.id: tuple(e.areas) for e in self.catalogue}
            names = {e.id: e.name for e in self.catalogue}
            win = HistoryWindow(
                self.journal,
                self.clock,
                areas_of=lambda i: areas.get(i, ()),
                name_of=lambda i: names.get(i, i),
                favourites=lambda: self.settings.favourite_exercises,
            )
            win.destroyed.connect(lambda: self._windows.pop("history", None))
            self._windows["history"] = win
        win.show()
        win.raise_()
        win.activateWindow()

    def _on_break_logged(self) -> None:
        win = self._windows.get("history")
        if win is not None:
            win.refresh()  # type: ignore[attr-defined]

    def apply_settings(self, settings: Settings) -> None:
        """Saved settings take effect at once, the time zone included."""
        self.settings = settings
        install_language(settings.language)  # windows and breaks from now on; the tray menu at next start
        self.first_run = False
        self.config_problems = []
        self.notifier.enabled = settings.notifications
        self._dnd_probe = None  # built again, from the new settings, when next asked
        self.calendars.set_settings(settings)
        self.runtime.apply_settings(settings)

    def _on_problems(self, problems: Sequence[Problem]) -> None:
        text = "\n".join(str(p) for p in problems[:3])
        for p in problems:
            print(f"movebreak: {p}", file=sys.stderr)
        self._notify(translate("App", "movebreak: calendar problem"), text)

    # ----------------------------------------------------------------- commands
    def _tray_command(self, request: dict[str, Any]) -> None:
        reply = self.handle_command(request)
        if not reply.get("ok") and self.tray is not None:
            from movebreak.ui.status_text import human_text

            self.tray.say("movebreak", human_text(request, reply))

    def handle_command(self, request: dict[str, Any]) -> dict[str, Any]:
        return self.runtime.commands.handle(request)

    def _open_window(self, what: str) -> None:
        if what == "settings":
            self.show_settings()
        elif what == "history":
            self.show_history()

    def _show_running(self, _message: str) -> None:
        if self.tray is not None:  # the status in the tray's words, not the reply's English
            from movebreak.ui.status_text import status_summary

            running = translate("Remote", "movebreak is already running.")
            self.tray.say("movebreak", f"{running}\n{status_summary(self.coordinator.status())}")

    def start(self) -> bool:
        if not self.server.listen():
            return False
        if self.tray is not None:
            self.tray.show()
        self.runtime.start()
        if os.environ.get("WAYLAND_DISPLAY") and self.settings.idle_detection:
            # Wayland's idle protocols send events and count from the first question: ask now,
            # so the first break can already be a natural one.
            QTimer.singleShot(0, self._idle_probe)
        if not self.tray_available:
            print(f"movebreak: {NO_TRAY_HELP}", file=sys.stderr)
            self._notices.insert(0, translate("App", NO_TRAY_HELP))  # i18n: marked elsewhere
        for notice in self._notices:
            self._notify("movebreak", notice)
        if self.first_run:
            QTimer.singleShot(0, self.show_settings)
        drop_source_caches()
        return True

    def quit(self) -> None:
        self.runtime.stop()
        if self._prewarm is not None:
            self._prewarm.stop()
        self.server.close()
        if self.coordinator.prompt is not None:
            # Closing the prompt records its outcomes; the journal must still be open then.
            self.coordinator.prompt.close()
        for win in list(self._windows.values()):
            # quitting (tray Quit, `movebreak quit`, log-out) must not wait on a question
            getattr(win, "close_discarding", win.close)()
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
        reply = send_command({"cmd": "show"})
        print(reply.get("message", "movebreak is already running."))
        return 0
    except NotRunning:
        pass
    app = App(qapp, config_path, explicit)
    if not app.start():
        print("movebreak is already running.", file=sys.stderr)
        return 0
    _notifier = quit_on_signals(app.quit)
    return int(qapp.exec())
