"""Composition root: the only place that builds the parts and connects their signals."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
from collections.abc import Sequence
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
from movebreak.runtime.calendar_watch import CalendarWatcher
from movebreak.runtime.instance import InstanceServer, NotRunning, send_command
from movebreak.runtime.notify import NotifierChain, PlyerNotifier, PopupNotifier, TrayNotifier
from movebreak.runtime.wiring import build_runtime
from movebreak.storage.config_file import load_config
from movebreak.storage.journal_handle import JournalOnDemand

log = logging.getLogger(__name__)

NO_TRAY_HELP = (
    "No system tray was found, so movebreak runs without an icon. Breaks still appear. "
    "Use `movebreak status`, `movebreak break-now`, `movebreak pause 30m`, "
    "`movebreak show settings`, `movebreak show history` and `movebreak quit`."
)


def _rotated(path: Path, max_bytes: int = 512_000, keep: int = 2) -> Path:
    """Rotate the log at start (log -> log.1 -> log.2) once it passed max_bytes.

    At start rather than while running (RotatingFileHandler): the app logs a few lines a day,
    and logging.handlers would load pickle, queue and friends (0.5 MiB) into the idle app."""
    try:
        if path.stat().st_size > max_bytes:
            for n in range(keep - 1, 0, -1):
                older = path.with_name(f"{path.name}.{n}")
                if older.exists():
                    older.replace(path.with_name(f"{path.name}.{n + 1}"))
            path.replace(path.with_name(f"{path.name}.1"))
    except FileNotFoundError:
        pass
    return path


def _setup_logging(verbose: bool) -> None:
    try:
        log_dir = paths.log_dir()
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(_rotated(log_dir / "movebreak.log"), encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root = logging.getLogger()
        root.addHandler(handler)
        root.setLevel(logging.DEBUG if verbose else logging.INFO)
        # APScheduler logs every job added at INFO: dozens of lines per re-plan.
        logging.getLogger("apscheduler").setLevel(logging.DEBUG if verbose else logging.WARNING)
    except OSError as exc:
        print(
            f"movebreak: cannot write logs to {paths.log_dir()}: {exc.strerror}; logging to stderr only",
            file=sys.stderr,
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

    return collect_blocks(settings, window, cache_dir=paths.cache_dir(), offline=True)


class App(QObject):
    """Holds every long-lived part and the windows opened on demand."""

    def __init__(self, qapp: QApplication, config_path: Path, explicit_config: bool) -> None:
        super().__init__()
        self.qapp = qapp
        self.config_path = config_path
        loaded = load_config(config_path)
        self.settings = loaded.settings
        self.first_run = not loaded.exists and not explicit_config
        self.clock = SystemClock(self.settings.timezone or None)
        self._windows: dict[str, QWidget] = {}
        self._notices: list[str] = []
        if loaded.problems:
            shown = "\n".join(str(p) for p in loaded.problems[:5])
            self._notices.append(
                f"Your config has problems; movebreak runs on defaults for those keys. "
                f"The file was not changed.\n{shown}"
            )
            print("movebreak: config problems (running on defaults for these):", file=sys.stderr)
            for p in loaded.problems:
                print(f"  {p}", file=sys.stderr)
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
                f"{len(cat_problems)} exercise file problem(s); those exercises were skipped. First: {cat_problems[0]}"
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
        self._dnd_probe: Any = None
        idle, dnd, calls = self._system_probes()
        self.calendars = CalendarWatcher(self.settings, paths.cache_dir(), parent=self)
        self.runtime = build_runtime(
            clock=self.clock,
            settings=self.settings,
            catalogue=self.catalogue,
            journal=self.journal,
            notify=self._notify,
            prompt_factory=self._make_prompt,
            block_source=block_source,
            idle_seconds=idle,
            dnd_reason=dnd,
            call_reason=calls,
            on_resumed=[self.calendars.refresh_now],
            quit_app=lambda: QTimer.singleShot(0, self.quit),
            open_window=self._open_window,
            already_running=self._show_running,
            parent=self,
        )
        self.scheduler = self.runtime.scheduler
        self.coordinator = self.runtime.coordinator
        self.coordinator.problems_found.connect(self._on_problems)
        self.coordinator.break_logged.connect(self._on_break_logged)
        self.calendars.changed.connect(lambda: self.coordinator.replan("calendar changed"))
        self.calendars.problem.connect(lambda problem: self._notify("movebreak: calendar problem", str(problem)))
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

    def _notify(self, title: str, message: str) -> object:
        return self.notifier.notify(title, message)

    def _make_prompt(self, routine: Any) -> Any:
        """The prompt runs in a child process, so its memory leaves with it (ui.prompt_host)."""
        from movebreak.ui.prompt_host import ChildPrompt, routine_request

        chime, snooze = self.settings.chime, self.settings.snooze
        skip = self.coordinator.flow.skip_allowed()  # asked while the flow shows this routine
        favourites = self.settings.favourite_exercises
        request = routine_request(routine, chime=chime, snooze_minutes=snooze, skip_allowed=skip, favourites=favourites)
        prompt = ChildPrompt(request, fallback=lambda: self._make_prompt_here(routine), parent=self)
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
                self._notify("movebreak", "History is unavailable: the data folder is not writable.")
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
        self._notify("movebreak: calendar problem", text)

    # ----------------------------------------------------------------- commands
    def _tray_command(self, request: dict[str, Any]) -> None:
        reply = self.handle_command(request)
        if not reply.get("ok") and self.tray is not None:
            self.tray.icon.showMessage("movebreak", str(reply.get("message")))

    def handle_command(self, request: dict[str, Any]) -> dict[str, Any]:
        return self.runtime.commands.handle(request)

    def _open_window(self, what: str) -> None:
        if what == "settings":
            self.show_settings()
        elif what == "history":
            self.show_history()

    def _show_running(self, message: str) -> None:
        if self.tray is not None:
            self.tray.icon.showMessage("movebreak", message)

    def start(self) -> bool:
        if not self.server.listen():
            return False
        if self.tray is not None:
            self.tray.show()
        self.runtime.start()
        if not self.tray_available:
            print(f"movebreak: {NO_TRAY_HELP}", file=sys.stderr)
            self._notices.insert(0, NO_TRAY_HELP)
        for notice in self._notices:
            self._notify("movebreak", notice)
        if self.first_run:
            QTimer.singleShot(0, self.show_settings)
        _drop_source_caches()
        return True

    def quit(self) -> None:
        self.runtime.stop()
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


def _drop_source_caches() -> None:
    """Hand back what start-up no longer needs.

    PySide6's import hook (shibokensupport's __feature__ check) reads the source of every
    module imported after it into linecache, and keeps it. Start-up also leaves many freed
    blocks in the C heap (config and catalogue parsing, the first plan); glibc keeps them
    until malloc_trim() asks it to return whole free pages to the system. Measured under
    Xvfb, the trim takes about 0.7 MiB off the idle app (ctypes, which it needs, included)."""
    import gc
    import linecache

    linecache.clearcache()
    gc.collect()
    if sys.platform.startswith("linux"):
        import ctypes

        trim = getattr(ctypes.CDLL(None), "malloc_trim", None)  # glibc only (not musl)
        if trim is not None:
            trim(0)


def _log_unexpected(exc_type: type[BaseException], exc: BaseException, tb: Any) -> None:
    """A bug in a Qt slot must not print a traceback at the user: log it, say one line."""
    log.error("unexpected error", exc_info=(exc_type, exc, tb))
    print(
        f"movebreak: internal error: {exc_type.__name__}: {exc} (details in {paths.log_dir() / 'movebreak.log'})",
        file=sys.stderr,
    )


def run_app(args: argparse.Namespace) -> int:
    _setup_logging(getattr(args, "verbose", False))
    sys.excepthook = _log_unexpected
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
    _notifier = _quit_on_signals(app)
    return int(qapp.exec())


def _quit_on_signals(app: App) -> object:
    """Let Ctrl+C and SIGTERM end the Qt loop cleanly, without a polling timer.

    Python runs signal handlers only when it gets control; a wake-up fd watched by a
    QSocketNotifier gives it control the moment a signal arrives."""
    signal.signal(signal.SIGINT, lambda *_: app.quit())
    signal.signal(signal.SIGTERM, lambda *_: app.quit())
    if os.name != "posix":
        return None
    from PySide6.QtCore import QSocketNotifier

    read_end, write_end = os.pipe()  # a pipe, not a socket pair: no socket module at start
    os.set_blocking(read_end, False)
    os.set_blocking(write_end, False)
    signal.set_wakeup_fd(write_end)
    notifier = QSocketNotifier(read_end, QSocketNotifier.Type.Read)
    notifier.activated.connect(lambda *_: os.read(read_end, 64))
    return (notifier, read_end, write_end)
