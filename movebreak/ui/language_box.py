"""The General page's language choice: "System default" plus every shipped language, each
named in itself, and a note on when the change shows."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from movebreak.i18n import language_choices, translate


class LanguageGroup(QGroupBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("LanguageGroup", "Language"), parent)
        self.combo = QComboBox()
        self.combo.setObjectName("languageCombo")
        for code, label in language_choices():
            self.combo.addItem(label, code)
        form = QFormLayout(self)
        label = QLabel(translate("LanguageGroup", "&Language of windows and exercises"))
        label.setBuddy(self.combo)
        form.addRow(label, self.combo)
        note = QLabel(
            translate("LanguageGroup", "Windows and breaks use it after Save; the tray menu at the next start.")
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def value(self) -> str:
        return str(self.combo.currentData() or "")

    def set_value(self, code: str) -> None:
        index = self.combo.findData(code)
        self.combo.setCurrentIndex(max(0, index))
