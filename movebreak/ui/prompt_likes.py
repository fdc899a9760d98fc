"""The prompt's two buttons about the exercise on screen: ♥ (a favourite, suggested first
where body areas allow) and "Don't show this again" (undone in Settings ▸ Exercises)."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from movebreak.i18n import translate


def _heart(on: bool) -> str:
    """The favourite button's text: the glyph shows the state, the word is translated."""
    return ("♥ " if on else "♡ ") + translate("PromptWindow", "Favourite")


class LikeBar(QWidget):
    favourite_changed = Signal(str, bool)  # exercise id, now a favourite
    hide_requested = Signal(str)  # exercise id

    def __init__(self, favourites: Collection[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._favourites = set(favourites)
        self._exercise: str | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.heart = QPushButton(_heart(False), self, objectName="favouriteButton", checkable=True)
        self.heart.setToolTip(translate("PromptWindow", "Suggest this exercise more often (F)"))
        self.heart.setAutoDefault(False)
        self.heart.toggled.connect(self._toggled)
        self.hide_button = QPushButton(
            translate("PromptWindow", "Don't show this again"), self, objectName="hideExerciseButton"
        )
        self.hide_button.setToolTip(
            translate("PromptWindow", "Never suggest this exercise; undo it in Settings ▸ Exercises (H)")
        )
        self.hide_button.setAutoDefault(False)
        self.hide_button.clicked.connect(self._hide)
        row.addWidget(self.heart)
        row.addWidget(self.hide_button)
        row.addStretch(1)

    def set_exercise(self, exercise_id: str | None) -> None:
        self._exercise = exercise_id
        self.setVisible(exercise_id is not None)
        self.heart.blockSignals(True)  # showing the state is no change of mind
        self.heart.setChecked(exercise_id in self._favourites)
        self.heart.blockSignals(False)
        self.heart.setText(_heart(self.heart.isChecked()))

    def toggle_favourite(self) -> None:
        if self._exercise is not None:
            self.heart.toggle()

    def _toggled(self, on: bool) -> None:
        self.heart.setText(_heart(on))
        if self._exercise is None:
            return
        (self._favourites.add if on else self._favourites.discard)(self._exercise)
        self.favourite_changed.emit(self._exercise, on)

    def hide_current(self) -> None:
        self._hide()

    def _hide(self) -> None:
        if self._exercise is not None:
            self.hide_requested.emit(self._exercise)
