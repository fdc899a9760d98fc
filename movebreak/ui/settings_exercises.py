"""The Exercises settings page: body areas and single exercises on or off, each with its
illustration, an animated preview, and the user's own exercises folder."""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPalette, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from movebreak import paths
from movebreak.domain.exercises import Exercise
from movebreak.domain.settings import BODY_AREAS, Settings
from movebreak.i18n import QT_TRANSLATE_NOOP, area_name, capitalized, exercise_text, position_name, translate
from movebreak.ui.settings_pages import Page, hint, open_folder
from movebreak.ui.theme import is_dark

log = logging.getLogger(__name__)


class ExercisesPage(Page):
    title = QT_TRANSLATE_NOOP("SettingsPage", "Exercises")

    def __init__(self, catalogue: Sequence[Exercise], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = list(catalogue)
        self._unknown_disabled: tuple[str, ...] = ()
        layout = QVBoxLayout(self)
        areas_box = QGroupBox(translate("ExercisesPage", "Body &areas to include"))
        grid = QGridLayout(areas_box)
        self.areas: dict[str, QCheckBox] = {}
        for i, area in enumerate(BODY_AREAS):
            box = QCheckBox(capitalized(area_name(area)).replace("&", "&&"))
            box.toggled.connect(self._areas_changed)
            self.areas[area] = box
            grid.addWidget(box, i // 4, i % 4)
        layout.addWidget(areas_box)
        row = QHBoxLayout()
        left = QVBoxLayout()
        title = QLabel(translate("ExercisesPage", "E&xercises (untick one to never get it)"))
        self.list = QListWidget()
        self.list.setIconSize(QSize(40, 40))
        title.setBuddy(self.list)
        left.addWidget(title)
        left.addWidget(self.list, 1)
        row.addLayout(left, 3)
        right = QVBoxLayout()
        self.figure: QWidget | None = None
        try:
            from movebreak.ui.figure import FigureWidget

            self.figure = FigureWidget(self)
            right.addWidget(self.figure, 1)
        except ImportError as exc:
            right.addWidget(QLabel(translate("ExercisesPage", "Illustrations unavailable: %1").replace("%1", str(exc))))
        self.steps = QLabel()
        self.steps.setWordWrap(True)
        self.steps.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        right.addWidget(self.steps)
        self.play = QPushButton(translate("ExercisesPage", "&Play preview"))
        self.play.setCheckable(True)
        self.play.toggled.connect(self._play_toggled)
        right.addWidget(self.play)
        row.addLayout(right, 2)
        layout.addLayout(row, 1)
        folder_row = QHBoxLayout()
        self.open_folder_button = QPushButton(translate("ExercisesPage", "&Open my exercises folder"))
        self.open_folder_button.clicked.connect(lambda: open_folder(paths.user_exercises_dir()))
        folder_row.addWidget(
            hint(
                translate(
                    "ExercisesPage",
                    "Your own exercises are .toml files in this folder; they are loaded at the next start.",
                )
            ),
            1,
        )
        folder_row.addWidget(self.open_folder_button)
        layout.addLayout(folder_row)
        if not self.catalogue:
            self.steps.setText(translate("ExercisesPage", "No exercises were found. Check the exercise files."))
        for ex in self.catalogue:
            item = QListWidgetItem(exercise_text(ex.name))
            item.setData(Qt.ItemDataRole.UserRole, ex.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setToolTip(", ".join(area_name(a) for a in ex.areas) + f" · {position_name(ex)}")
            item.setIcon(self._icon(ex))
            self.list.addItem(item)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self.list.currentItemChanged.connect(self._show_current)
        if self.catalogue:
            self.list.setCurrentRow(0)

    def _icon(self, ex: Exercise) -> QIcon:
        try:
            from movebreak.ui.figure import render_exercise_image

            image = render_exercise_image(
                ex, 40, is_dark(self.palette()), 1.0, self.devicePixelRatioF(), self.palette()
            )
            return QIcon(QPixmap.fromImage(image))
        except Exception as exc:  # a broken illustration must not hide the list
            log.warning("no icon for %s: %s", ex.id, exc)
            return QIcon()

    def _show_current(self, item: QListWidgetItem | None) -> None:
        ex = self._exercise(item)
        if self.figure is not None:
            self.figure.set_exercise(ex)  # type: ignore[attr-defined]
            self.figure.set_playing(self.play.isChecked())  # type: ignore[attr-defined]
        if ex is None:
            self.steps.setText("")
            return
        steps = "".join(f"<li>{exercise_text(s)}</li>" for s in ex.steps)
        areas = ", ".join(area_name(a) for a in ex.areas)
        safety = exercise_text(ex.safety) if ex.safety else ""
        self.steps.setText(f"<b>{exercise_text(ex.name)}</b> · {areas}<ol>{steps}</ol><i>{safety}</i>")

    def _exercise(self, item: QListWidgetItem | None) -> Exercise | None:
        if item is None:
            return None
        wanted = item.data(Qt.ItemDataRole.UserRole)
        return next((e for e in self.catalogue if e.id == wanted), None)

    def _play_toggled(self, playing: bool) -> None:
        self.play.setText(
            translate("ExercisesPage", "Sto&p preview") if playing else translate("ExercisesPage", "&Play preview")
        )
        if self.figure is not None:
            self.figure.set_playing(playing)  # type: ignore[attr-defined]

    def _areas_changed(self) -> None:
        off = {a for a, box in self.areas.items() if not box.isChecked()}
        for i in range(self.list.count()):
            item = self.list.item(i)
            ex = self._exercise(item)
            # An exercise whose every area is switched off will not be suggested either.
            dimmed = ex is not None and set(ex.areas) <= off
            item.setForeground(
                self.palette().color(
                    QPalette.ColorGroup.Disabled if dimmed else QPalette.ColorGroup.Active, QPalette.ColorRole.Text
                )
            )
        self.changed.emit()

    def load(self, settings: Settings) -> None:
        known = {e.id for e in self.catalogue}
        self._unknown_disabled = tuple(i for i in settings.disabled_exercises if i not in known)
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            item = self.list.item(i)
            off = item.data(Qt.ItemDataRole.UserRole) in settings.disabled_exercises
            item.setCheckState(Qt.CheckState.Unchecked if off else Qt.CheckState.Checked)
        self.list.blockSignals(False)
        self._show_hearts(settings.favourite_exercises)
        for area, box in self.areas.items():
            box.setChecked(area not in settings.disabled_areas)
        self._areas_changed()

    def _show_hearts(self, favourites: Collection[str]) -> None:
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            item = self.list.item(i)
            ex = self._exercise(item)
            if ex is not None:  # ♥ from the prompt; unticking is how "Don't show this again" is undone
                liked = ex.id in favourites
                item.setText(f"♥ {exercise_text(ex.name)}" if liked else exercise_text(ex.name))
                item.setToolTip(translate("ExercisesPage", "A favourite (♥ in the prompt)") if liked else "")
        self.list.blockSignals(False)

    def take_likes(self, favourites: Collection[str], hidden: Collection[str]) -> None:
        """♥ and "Don't show this again" from a prompt while this page is open: hearts shown,
        the hidden exercises unticked; the user's other ticks stay as they are."""
        self._show_hearts(favourites)
        listed = {self.list.item(i).data(Qt.ItemDataRole.UserRole): self.list.item(i) for i in range(self.list.count())}
        self.list.blockSignals(True)
        for exercise_id in hidden:
            if exercise_id in listed:
                listed[exercise_id].setCheckState(Qt.CheckState.Unchecked)
            elif exercise_id not in self._unknown_disabled:
                self._unknown_disabled += (exercise_id,)
        self.list.blockSignals(False)

    def in_list_order(self, exercise_ids: Collection[str]) -> tuple[str, ...]:
        """Disabled ids as `apply` writes them: the listed ones in list order, then the unlisted."""
        listed = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]
        return tuple(i for i in listed if i in exercise_ids) + tuple(
            i for i in self._unknown_disabled if i in exercise_ids
        )

    def apply(self, settings: Settings) -> Settings:
        off = [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Unchecked
        ]
        # ids of exercises not in this catalogue (a user file removed for now) stay disabled
        return settings.with_changes(
            disabled_exercises=tuple(off) + self._unknown_disabled,
            disabled_areas=tuple(a for a in BODY_AREAS if not self.areas[a].isChecked()),
        )
