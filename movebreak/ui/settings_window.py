"""The settings window (tray → Settings…): pages that validate as you type, a banner for
problems in the loaded config, an atomic save that the app re-plans on, and the first-run
welcome."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from movebreak import paths
from movebreak.domain.clock import Clock
from movebreak.domain.exercises import Exercise
from movebreak.domain.settings import Settings
from movebreak.domain.settings_parse import validate
from movebreak.errors import MovebreakError, Problem
from movebreak.i18n import problem_message, problem_text, translate
from movebreak.runtime import autostart
from movebreak.storage.config_file import UnreadableConfig, save_config
from movebreak.ui.placement import PageStack, fit_on_screen, scrollable
from movebreak.ui.settings_pages import BreaksPage, ErrorLabel, GeneralPage, Page, is_dark
from movebreak.ui.settings_schedule import SchedulePage
from movebreak.ui.welcome import WelcomePage

if TYPE_CHECKING:
    from movebreak.ui.settings_exercises import ExercisesPage

log = logging.getLogger(__name__)
_BANNER_MAX = 8
PREFERRED_SIZE = QSize(880, 680)


class SettingsWindow(QWidget):
    """Edits a copy of the settings; `saved` carries the new Settings after a successful save."""

    saved = Signal(object)

    def __init__(
        self,
        settings: Settings,
        config_path: Path,
        *,
        clock: Clock,
        problems: Sequence[Problem] = (),
        first_run: bool = False,
        catalogue: Sequence[Exercise] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(translate("SettingsWindow", "movebreak settings"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.settings = settings
        self.config_path = config_path
        self.candidate: Settings | None = settings
        self.problems: list[str] = []  # why the edits cannot be saved (revalidate keeps it current)
        self._closing_anyway = False  # close without asking about unsaved edits
        self.unsaved_box: QMessageBox | None = None  # the question, while it is open
        self._placed = False  # sized to fit its screen when first shown

        outer = QVBoxLayout(self)
        self.banner = QFrame()
        self.banner.setObjectName("problemBanner")
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_text)
        # Shown only when the file on disk cannot be read, so saving into it would lose it.
        self.fresh_button = QPushButton(translate("SettingsWindow", "Save a fresh file"))
        self.fresh_button.setToolTip(
            translate("SettingsWindow", "Write your settings to a new file; the old one is kept as .bak")
        )
        self.fresh_button.clicked.connect(self.save_fresh)
        self.fresh_button.hide()
        banner_layout.addWidget(self.fresh_button)
        outer.addWidget(self.banner)
        self.show_problems(list(problems))

        self.modes = QStackedWidget()
        outer.addWidget(self.modes, 1)
        self.welcome = WelcomePage(settings)
        self.welcome.finish_requested.connect(self.finish_welcome)
        self.modes.addWidget(scrollable(self.welcome))

        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.nav = QListWidget()
        self.nav.setAccessibleName(translate("SettingsWindow", "Settings pages"))
        self.nav.setFixedWidth(130)
        self.nav.setStyleSheet("QListWidget::item { padding: 6px 8px; }")
        self.stack = PageStack()
        self.schedule = SchedulePage(clock, paths.cache_dir())
        self.breaks = BreaksPage()
        self.general = GeneralPage(config_path)
        self.exercises = _exercises_page(catalogue)
        self.pages: list[Page] = [self.schedule, self.breaks, self.exercises, self.general]
        for page in self.pages:
            self.nav.addItem(translate("SettingsPage", page.title))  # i18n: marked elsewhere
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        row.addWidget(self.nav)
        # The pages scroll on a small screen; Save and Close below them stay in view.
        self.page_scroll = scrollable(self.stack)
        row.addWidget(self.page_scroll, 1)
        main_layout.addLayout(row, 1)
        bottom = QHBoxLayout()
        self.status = ErrorLabel()
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved_note = QLabel()
        self.save_button = QPushButton(translate("SettingsWindow", "&Save"))
        self.save_button.setToolTip(translate("SettingsWindow", "Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(translate("SettingsWindow", "Close"))
        self.close_button.setToolTip(translate("SettingsWindow", "Close (Esc)"))
        self.close_button.clicked.connect(self.close)
        bottom.addWidget(self.status, 1)
        bottom.addStretch(0)
        bottom.addWidget(self.saved_note)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)
        main_layout.addLayout(bottom)
        self.modes.addWidget(main)

        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self._step_page(1))
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self._step_page(-1))

        self.load(settings)
        for page in self.pages:
            page.changed.connect(self.revalidate)
        self.nav.setCurrentRow(0)
        self.modes.setCurrentIndex(0 if first_run else 1)
        self.revalidate()
        self.schedule.preview.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._placed:
            self._placed = True
            fit_on_screen(self, PREFERRED_SIZE)
        super().showEvent(event)

    # ---------------------------------------------------------------- state
    def load(self, settings: Settings) -> None:
        for page in self.pages:
            page.blockSignals(True)
            page.load(settings)
            page.blockSignals(False)

    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    def show_page(self, title: str) -> None:
        self.modes.setCurrentIndex(1)
        self.nav.setCurrentRow([p.title for p in self.pages].index(title))

    def _step_page(self, step: int) -> None:
        self.nav.setCurrentRow((self.nav.currentRow() + step) % len(self.pages))

    def errors(self) -> list[str]:
        return [e for page in self.pages for e in page.errors()]

    def revalidate(self) -> None:
        """Mark every invalid value inline; Save only while everything is valid and changed."""
        problems = self.errors()
        candidate: Settings | None = None
        if not problems:
            built = self.settings
            for page in self.pages:
                built = page.apply(built)
            # The schema's own checks are the last word: the window must never save a
            # config that check-config would reject.
            problems = [f"{p.key}: {problem_message(p)}" for p in validate(built, "settings window")]
            candidate = None if problems else built
        self.candidate = candidate
        self.problems = problems
        dirty = candidate is not None and (candidate != self.settings or self.general.autostart_changed())
        self.save_button.setEnabled(dirty)
        if problems:
            more = translate("SettingsWindow", " (and %n more)", None, len(problems) - 1) if len(problems) > 1 else ""
            self.status.set_error(translate("SettingsWindow", "Not saved: %1").replace("%1", problems[0] + more))
        else:
            self.status.set_error(None)
        if dirty:
            self.saved_note.setText("")
        self.schedule.preview.set_settings(candidate)

    def show_problems(self, problems: list[Problem], *, heading: str | None = None) -> None:
        if not problems:
            self.banner.hide()
            return
        dark = is_dark(self.palette())
        self.banner.setStyleSheet(
            "#problemBanner { background: %s; border: 1px solid %s; border-radius: 6px; }"
            % (("#4a3b12", "#8a6d1f") if dark else ("#fff4ce", "#e0c060"))
        )
        self.banner_text.setForegroundRole(QPalette.ColorRole.WindowText)
        head = heading or _banner_heading(problems)
        lines = [problem_text(p) for p in problems[:_BANNER_MAX]]
        if len(problems) > _BANNER_MAX:
            lines.append(
                translate(
                    "SettingsWindow", "… and %n more (run movebreak check-config)", None, len(problems) - _BANNER_MAX
                )
            )
        self.banner_text.setText(head + "\n" + "\n".join("• " + line for line in lines))
        self.banner.show()

    # ---------------------------------------------------------------- saving
    def save(self) -> bool:
        """Write the config atomically; on failure say why and keep every edit."""
        if self.modes.currentIndex() == 0:
            self.finish_welcome()
            return self.modes.currentIndex() == 1
        self.revalidate()
        if not self.save_button.isEnabled() or self.candidate is None:
            return False
        return self._write(self.candidate, apply_autostart=self.general.autostart_changed())

    def save_fresh(self) -> bool:
        """After a save refused because the file cannot be read: a new file, the old as .bak."""
        self.revalidate()
        if self.candidate is None:
            return False
        return self._write(self.candidate, apply_autostart=self.general.autostart_changed(), fresh=True)

    def _write(self, settings: Settings, *, apply_autostart: bool, fresh: bool = False) -> bool:
        self.fresh_button.hide()
        try:
            save_config(self.config_path, settings, fresh=fresh)
        except UnreadableConfig as exc:
            self.show_problems(exc.problems, heading=translate("SettingsWindow", "Your settings were not saved:"))
            self.fresh_button.show()
            return False
        except (MovebreakError, OSError) as exc:
            problems = (
                exc.problems
                if isinstance(exc, MovebreakError)
                else [
                    Problem(
                        str(self.config_path),
                        translate("SettingsWindow", "could not be written: %1").replace("%1", str(exc)),
                    )
                ]
            )
            self.show_problems(problems, heading=translate("SettingsWindow", "Your settings were not saved:"))
            return False
        self.banner.hide()
        if apply_autostart:
            wanted = self.general.autostart.isChecked()
            try:
                autostart.set_enabled(wanted)
                self.general.autostart_was = wanted
            except OSError as exc:
                self.show_problems(
                    [Problem(translate("SettingsWindow", "start at login"), str(exc))],
                    heading=translate("SettingsWindow", "Saved, but starting at login could not be changed:"),
                )
        self.settings = settings
        self.saved_note.setText(translate("SettingsWindow", "Saved to %1").replace("%1", self.config_path.name))
        log.info("settings saved to %s", self.config_path)
        self.saved.emit(settings)
        self.revalidate()
        return True

    def finish_welcome(self) -> None:
        if not self.welcome.finish.isEnabled():
            return
        settings = self.welcome.result(self.settings)
        if self._write(settings, apply_autostart=False):
            self.load(settings)
            self.show_page("Schedule")
            self.revalidate()

    def _keep_defaults(self) -> None:
        """The welcome promises that closing it keeps the defaults: write them, so that it
        does not come back at every start. A file that appeared meanwhile is left alone."""
        if self.config_path.exists():
            return
        if not self._write(self.settings, apply_autostart=False):
            log.warning("the welcome was closed but the defaults could not be written to %s", self.config_path)

    def take_likes(self, settings: Settings) -> None:
        """The prompt's ♥ and "Don't show this again", saved while this window is open, go into
        its copy of the settings, so a Save here keeps them; the user's edits stay."""
        hidden = [i for i in settings.disabled_exercises if i not in self.settings.disabled_exercises]
        self.exercises.take_likes(settings.favourite_exercises, hidden)
        off = self.exercises.in_list_order({*self.settings.disabled_exercises, *hidden})
        likes = {"favourite_exercises": settings.favourite_exercises, "disabled_exercises": off}
        self.settings = self.settings.with_changes(**likes)
        self.revalidate()

    def has_unsaved_edits(self) -> bool:
        """Something was changed and not saved (valid or not). The welcome page saves as it
        finishes, so it never counts."""
        if self.modes.currentIndex() == 0:
            return False
        return self.candidate is None or self.save_button.isEnabled()

    def close_discarding(self) -> None:
        """Close without asking (the app is quitting): unsaved edits are dropped."""
        self._closing_anyway = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing_anyway and self.has_unsaved_edits():
            event.ignore()
            self._ask_about_unsaved_edits()
            return
        if self.modes.currentIndex() == 0 and not self._closing_anyway:
            self._keep_defaults()
        # Stop the exercise animation and any pending preview work before the window goes.
        figure = getattr(self.exercises, "figure", None)
        if figure is not None:
            figure.set_playing(False)
        super().closeEvent(event)

    def _ask_about_unsaved_edits(self) -> None:
        """Save / Discard / Cancel, as a sheet on this window (no nested event loop)."""
        if self.unsaved_box is not None:
            self.unsaved_box.raise_()
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("SettingsWindow", "Unsaved settings"))
        buttons = QMessageBox.StandardButton
        if self.candidate is None:  # not valid, so it cannot be saved as it is
            box.setText(translate("SettingsWindow", "Your changes are not valid, so they cannot be saved."))
            box.setInformativeText(
                f"{self.problems[0]}\n\n" + translate("SettingsWindow", "Discard them, or keep editing?")
            )
            box.setStandardButtons(buttons.Discard | buttons.Cancel)
            box.setDefaultButton(buttons.Cancel)
        else:
            box.setText(translate("SettingsWindow", "Save your changes to the settings?"))
            box.setInformativeText(translate("SettingsWindow", "They go to %1.").replace("%1", str(self.config_path)))
            box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
            box.setDefaultButton(buttons.Save)
        box.button(buttons.Cancel).setText(translate("SettingsWindow", "Keep editing"))
        box.setEscapeButton(buttons.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(lambda _result: self._on_unsaved_answer(box))
        self.unsaved_box = box
        box.open()

    def _on_unsaved_answer(self, box: QMessageBox) -> None:
        self.unsaved_box = None
        role = box.standardButton(box.clickedButton()) if box.clickedButton() else QMessageBox.StandardButton.Cancel
        box.deleteLater()
        if role == QMessageBox.StandardButton.Discard or (role == QMessageBox.StandardButton.Save and self.save()):
            self.close_discarding()


def _banner_heading(problems: Sequence[Problem]) -> str:
    """Wrong values run on their defaults; unknown keys and sections are only kept and ignored,
    so "use their defaults" would mean nothing for them."""
    errors = sum(not p.warning for p in problems)
    if not errors:
        n = len(problems)
        return translate(
            "SettingsWindow",
            "%n unknown keys or sections in your config "
            "file: kept there, and ignored (a typo, or written by a newer movebreak?):",
            None,
            n,
        )
    return translate(
        "SettingsWindow",
        "%n problems in your config file. "
        "Those values use their defaults until you fix them here or in the file "
        "(saving replaces them; the old file is kept as .bak):",
        None,
        errors,
    )


def _exercises_page(catalogue: Sequence[Exercise]) -> ExercisesPage:
    from movebreak.ui.settings_exercises import ExercisesPage

    return ExercisesPage(catalogue)
