"""The tray app's windows, opened on demand: settings and history, one of each at most."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from movebreak.domain.settings import Settings
from movebreak.i18n import translate

if TYPE_CHECKING:
    from movebreak.app import App


class AppWindows:
    """Each window is built when first asked for and forgotten when it is destroyed; it reads
    the app's settings, journal and catalogue as they are at that moment."""

    def __init__(self, app: App) -> None:
        self._app = app
        self._open: dict[str, QWidget] = {}

    def show(self, what: str) -> None:
        """`movebreak show settings|history` and the tray menu."""
        if what == "settings":
            self.show_settings()
        elif what == "history":
            self.show_history()

    def show_settings(self) -> None:
        app = self._app
        win = self._open.get("settings")
        if win is None:
            try:
                from movebreak.ui.settings_window import SettingsWindow
            except ImportError:
                # The settings window is still being built (issue 7); say where to edit instead.
                said = translate(
                    "App",
                    "The settings window is not available yet. Edit %1 "
                    "(every key is in docs/config.md); `movebreak check-config` validates it.",
                )
                app.notify("movebreak", said.replace("%1", str(app.config_path)))
                return

            win = SettingsWindow(
                app.settings,
                app.config_path,
                clock=app.clock,
                problems=app.config_problems,
                first_run=app.first_run,
                catalogue=app.catalogue,
            )
            win.saved.connect(app.apply_settings)
            win.destroyed.connect(lambda: self._open.pop("settings", None))
            self._open["settings"] = win
        self._raise(win)

    def show_history(self) -> None:
        app = self._app
        win = self._open.get("history")
        if win is None:
            from movebreak.ui.history_window import HistoryWindow

            if app.journal is None:
                app.notify("movebreak", translate("App", "History is unavailable: the data folder is not writable."))
                return
            areas = {e.id: tuple(e.areas) for e in app.catalogue}
            names = {e.id: e.name for e in app.catalogue}
            win = HistoryWindow(
                app.journal,
                app.clock,
                areas_of=lambda i: areas.get(i, ()),
                name_of=lambda i: names.get(i, i),
                favourites=lambda: app.settings.favourite_exercises,
            )
            win.destroyed.connect(lambda: self._open.pop("history", None))
            self._open["history"] = win
        self._raise(win)

    @staticmethod
    def _raise(win: QWidget) -> None:
        win.show()
        win.raise_()
        win.activateWindow()

    def refresh_history(self) -> None:
        """A break was logged (or the favourites changed): an open history window re-reads."""
        win = self._open.get("history")
        if win is not None:
            win.refresh()  # type: ignore[attr-defined]

    def likes_saved(self, settings: Settings) -> None:
        """The prompt's ♥ or "Don't show this again" was saved: an open settings window takes
        it in (its Save would write back its older copy), the history lists the favourites."""
        win = self._open.get("settings")
        if win is not None:
            win.take_likes(settings)  # type: ignore[attr-defined]
        self.refresh_history()

    def close_all(self) -> None:
        for win in list(self._open.values()):
            # quitting (tray Quit, `movebreak quit`, log-out) must not wait on a question
            getattr(win, "close_discarding", win.close)()
