"""First run: one short page (working hours, deep-work blocks to tick, a calendar to import)
that turns into the first config.toml when the person presses Finish."""

from __future__ import annotations

from datetime import time
from pathlib import Path

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from movebreak.domain.settings import WEEKDAYS, BlockRule, CalendarSource, Settings, TimeRange
from movebreak.i18n import QT_TRANSLATE_NOOP, day_name, translate
from movebreak.ui.caret import CaretRest
from movebreak.ui.settings_pages import ErrorLabel, hint, mark

# (label, rule): three common shapes of protected focus time, none ticked by default.
SUGGESTED_BLOCKS: tuple[tuple[str, BlockRule], ...] = (
    (
        QT_TRANSLATE_NOOP("WelcomePage", "&Mornings, 09:00–11:00, Monday to Friday"),
        BlockRule((0, 1, 2, 3, 4), time(9, 0), time(11, 0), "Deep work"),
    ),
    (
        QT_TRANSLATE_NOOP("WelcomePage", "&Afternoons, 14:00–16:00, Monday to Thursday"),
        BlockRule((0, 1, 2, 3), time(14, 0), time(16, 0), "Deep work"),
    ),
    (
        QT_TRANSLATE_NOOP("WelcomePage", "W&ednesday mornings, 09:00–12:30 (a no-meeting half day)"),
        BlockRule((2,), time(9, 0), time(12, 30), "Focus morning"),
    ),
)


class WelcomePage(QWidget):
    """Emits finish_requested; `result(base)` gives the Settings the choices describe."""

    finish_requested = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar_files: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        heading = QLabel(translate("WelcomePage", "Welcome to movebreak"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        intro = QLabel(
            translate(
                "WelcomePage",
                "movebreak plans short, illustrated stretching breaks into the gaps between your "
                "deep-work blocks, and never interrupts them.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        hours = QGroupBox(translate("WelcomePage", "Your working hours"))
        col = QVBoxLayout(hours)
        row = QHBoxLayout()
        first = next((r for r in settings.working_hours if r), (TimeRange(time(9), time(17, 30)),))
        self.start = QTimeEdit(QTime(first[0].start.hour, first[0].start.minute))
        self.end = QTimeEdit(QTime(first[-1].end.hour, first[-1].end.minute))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
            edit.timeChanged.connect(self._validate)
        start_label = QLabel(translate("WelcomePage", "I &work from"))
        start_label.setBuddy(self.start)
        end_label = QLabel(translate("WelcomePage", "t&o"))
        end_label.setBuddy(self.end)
        for w in (start_label, self.start, end_label, self.end):
            row.addWidget(w)
        row.addStretch(1)
        col.addLayout(row)
        # The days on a row of their own, so the page fits a narrow (or scaled) screen.
        row = QHBoxLayout()
        self.days: list[QCheckBox] = []
        for i, _day in enumerate(WEEKDAYS):
            box = QCheckBox(day_name(i + 1))
            box.setChecked(bool(settings.working_hours[i]))
            box.toggled.connect(self._validate)
            self.days.append(box)
            row.addWidget(box)
        row.addStretch(1)
        col.addLayout(row)
        self.hours_error = ErrorLabel()
        col.addWidget(self.hours_error)
        layout.addWidget(hours)

        deep = QGroupBox(translate("WelcomePage", "When do you do deep work?"))
        col = QVBoxLayout(deep)
        col.addWidget(hint(translate("WelcomePage", "Tick what fits; breaks will never land inside these blocks.")))
        self.suggestions: list[QCheckBox] = []
        for label, _rule in SUGGESTED_BLOCKS:
            box = QCheckBox(translate("WelcomePage", label))  # i18n: marked elsewhere
            self.suggestions.append(box)
            col.addWidget(box)
        row = QHBoxLayout()
        self.import_button = QPushButton(translate("WelcomePage", "&Import a calendar…"))
        self.import_button.clicked.connect(self._import)
        self.imported = QLabel()
        self.imported.setWordWrap(True)
        row.addWidget(self.import_button)
        row.addWidget(self.imported, 1)
        col.addLayout(row)
        layout.addWidget(deep)
        layout.addWidget(
            hint(
                translate(
                    "WelcomePage",
                    "You can change all of this, and more, in the settings later. "
                    "Closing this window keeps the defaults.",
                )
            )
        )
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.finish = QPushButton(translate("WelcomePage", "&Finish"))
        self.finish.setDefault(True)
        self.finish.clicked.connect(self.finish_requested)
        buttons.addWidget(self.finish)
        layout.addLayout(buttons)
        self._validate()
        # The first time field has focus: without this its caret blinks (and wakes the
        # app) for as long as the page stays open untouched.
        CaretRest(self)

    def _import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("WelcomePage", "Import a calendar"),
            str(Path.home()),
            translate("WelcomePage", "iCalendar files (*.ics);;All files (*)"),
        )
        if name:
            self.add_calendar_file(name)

    def add_calendar_file(self, path: str) -> None:
        if path not in self.calendar_files:
            self.calendar_files.append(path)
        self.imported.setText(
            translate("WelcomePage", "Calendar: ") + ", ".join(Path(p).name for p in self.calendar_files)
        )

    def _validate(self) -> None:
        message = None
        if self.end.time() <= self.start.time():
            message = translate("WelcomePage", "The end of the working day must be after its start.")
        elif not any(b.isChecked() for b in self.days):
            message = translate("WelcomePage", "Tick at least one working day.")
        self.hours_error.set_error(message)
        mark(self.end, message if self.end.time() <= self.start.time() else None)
        self.finish.setEnabled(message is None)

    def result(self, base: Settings) -> Settings:
        start, end = self.start.time(), self.end.time()
        day = (TimeRange(time(start.hour(), start.minute()), time(end.hour(), end.minute())),)
        hours = tuple(day if box.isChecked() else () for box in self.days)
        blocks = tuple(
            rule for box, (_l, rule) in zip(self.suggestions, SUGGESTED_BLOCKS, strict=True) if box.isChecked()
        )
        cals = tuple(CalendarSource(p, name=Path(p).stem) for p in self.calendar_files)
        return base.with_changes(working_hours=hours, blocks=base.blocks + blocks, calendars=base.calendars + cals)
