"""The Schedule page: working hours, weekly deep-work blocks, calendar sources (with Test) and
the live plan preview."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from movebreak.domain.clock import Clock
from movebreak.domain.planner import Window
from movebreak.domain.settings import (
    BlockRule,
    CalendarSource,
    Settings,
    parse_days,
    parse_time,
)
from movebreak.errors import MovebreakError
from movebreak.i18n import QT_TRANSLATE_NOOP, problem_text, translate
from movebreak.ui.placement import Revealer
from movebreak.ui.plan_preview import PlanPreview
from movebreak.ui.schedule_text import (
    block_problems,
    comma_words,
    format_day_runs,
    hours_text,
    parse_hours,
    source_problem,
    source_report_text,
)
from movebreak.ui.settings_pages import ErrorLabel, Page, hint, is_dark, mark

DAY_NAMES = (
    QT_TRANSLATE_NOOP("SchedulePage", "&Monday"),
    QT_TRANSLATE_NOOP("SchedulePage", "T&uesday"),
    QT_TRANSLATE_NOOP("SchedulePage", "&Wednesday"),
    QT_TRANSLATE_NOOP("SchedulePage", "Thu&rsday"),
    QT_TRANSLATE_NOOP("SchedulePage", "&Friday"),
    QT_TRANSLATE_NOOP("SchedulePage", "Sa&turday"),
    QT_TRANSLATE_NOOP("SchedulePage", "Su&nday"),
)
BLOCK_COLUMNS = (
    QT_TRANSLATE_NOOP("SchedulePage", "Days"),
    QT_TRANSLATE_NOOP("SchedulePage", "Start"),
    QT_TRANSLATE_NOOP("SchedulePage", "End"),
    QT_TRANSLATE_NOOP("SchedulePage", "Title"),
)
CAL_COLUMNS = (
    QT_TRANSLATE_NOOP("SchedulePage", "On"),
    QT_TRANSLATE_NOOP("SchedulePage", "Source (file or URL)"),
    QT_TRANSLATE_NOOP("SchedulePage", "Only events containing"),
    QT_TRANSLATE_NOOP("SchedulePage", "Name"),
)


class _Relay(QObject):
    """Carries a calendar test result from its worker thread back to the GUI thread."""

    done = Signal(object)


class SchedulePage(Page):
    title = QT_TRANSLATE_NOOP("SettingsPage", "Schedule")

    def __init__(self, clock: Clock, cache_dir: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.cache_dir = cache_dir
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        self.scroll = scroll

        hours_box = QGroupBox(translate("SchedulePage", "Working hours (no break is planned outside them)"))
        grid = QGridLayout(hours_box)
        self.hours: list[QLineEdit] = []
        self.hour_errors: list[ErrorLabel] = []
        for i, name in enumerate(DAY_NAMES):
            edit = QLineEdit()
            edit.setPlaceholderText(translate("SchedulePage", "day off"))
            edit.textChanged.connect(self.changed)
            label = QLabel(translate("SchedulePage", name))  # i18n: marked elsewhere
            label.setBuddy(edit)
            err = ErrorLabel()
            grid.addWidget(label, 2 * i, 0)
            grid.addWidget(edit, 2 * i, 1)
            grid.addWidget(err, 2 * i + 1, 1)
            self.hours.append(edit)
            self.hour_errors.append(err)
        grid.addWidget(
            hint(translate("SchedulePage", "Several ranges are separated by commas: 09:00-12:30, 13:30-17:30")), 14, 1
        )
        layout.addWidget(hours_box)

        blocks_box = QGroupBox(translate("SchedulePage", "Weekly deep-work blocks (never interrupted)"))
        col = QVBoxLayout(blocks_box)
        self.blocks = self._table(BLOCK_COLUMNS)
        self.blocks.setAccessibleName(translate("SchedulePage", "Deep-work blocks"))
        self.blocks.itemChanged.connect(lambda _i: self.changed.emit())
        col.addWidget(self.blocks)
        self.block_error = ErrorLabel()
        col.addWidget(self.block_error)
        row = QHBoxLayout()
        self.add_block = QPushButton(translate("SchedulePage", "&Add block"))
        self.dup_block = QPushButton(translate("SchedulePage", "Du&plicate"))
        self.remove_block = QPushButton(translate("SchedulePage", "Remo&ve"))
        self.add_block.clicked.connect(lambda: self._add_block(["mon-fri", "09:00", "11:00", "Deep work"]))
        self.dup_block.clicked.connect(self._duplicate_block)
        self.remove_block.clicked.connect(lambda: self._remove_row(self.blocks))
        for b in (self.add_block, self.dup_block, self.remove_block):
            row.addWidget(b)
        row.addStretch(1)
        col.addLayout(row)
        layout.addWidget(blocks_box)

        cal_box = QGroupBox(translate("SchedulePage", "Calendars (their busy events are blocks too)"))
        col = QVBoxLayout(cal_box)
        self.calendars = self._table(CAL_COLUMNS)
        self.calendars.setAccessibleName(translate("SchedulePage", "Calendar sources"))
        self.calendars.itemChanged.connect(lambda _i: self.changed.emit())
        col.addWidget(self.calendars)
        self.cal_error = ErrorLabel()
        col.addWidget(self.cal_error)
        row = QHBoxLayout()
        self.add_file = QPushButton(translate("SchedulePage", "Add f&ile…"))
        self.add_url = QPushButton(translate("SchedulePage", "Add UR&L"))
        self.remove_cal = QPushButton(translate("SchedulePage", "Remove &calendar"))
        self.test_cal = QPushButton(translate("SchedulePage", "T&est"))
        self.add_file.clicked.connect(self._choose_file)
        self.add_url.clicked.connect(self._add_url)
        self.remove_cal.clicked.connect(lambda: self._remove_row(self.calendars))
        self.test_cal.clicked.connect(self.test_selected)
        for b in (self.add_file, self.add_url, self.remove_cal, self.test_cal):
            row.addWidget(b)
        row.addStretch(1)
        col.addLayout(row)
        col.addWidget(
            hint(
                translate(
                    "SchedulePage",
                    "Leave 'Only events containing' empty to count every busy event; or "
                    "list words (summary or category), e.g. Focus, Deep work.",
                )
            )
        )
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The result sits below the calendars, past the visible part of the page.
        self.reveal_test_result = Revealer(scroll, self.test_result).reveal
        col.addWidget(self.test_result)
        layout.addWidget(cal_box)

        preview_box = QGroupBox(translate("SchedulePage", "Plan preview: today and tomorrow"))
        col = QVBoxLayout(preview_box)
        self.preview = PlanPreview(clock, cache_dir)
        col.addWidget(self.preview)
        outer.insertWidget(0, preview_box)
        self._relay = _Relay(self)
        self._relay.done.connect(self._show_test)

    def hasHeightForWidth(self) -> bool:
        # The form scrolls by itself under the preview: the page takes the height it is
        # given, and a window's scroll area around the pages has nothing to scroll here.
        return False

    # ---------------------------------------------------------------- tables
    def _table(self, columns: tuple[str, ...]) -> QTableWidget:
        table = QTableWidget(0, len(columns))
        table.setHorizontalHeaderLabels([translate("SchedulePage", c) for c in columns])  # i18n: marked elsewhere
        table.verticalHeader().setVisible(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        table.setMinimumHeight(90)
        table.setMaximumHeight(160)
        header = table.horizontalHeader()
        for i in range(len(columns)):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(columns) - 1, QHeaderView.ResizeMode.Stretch)
        if columns is CAL_COLUMNS:
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        return table

    def _add_block(self, values: list[str]) -> None:
        self.blocks.blockSignals(True)
        row = self.blocks.rowCount()
        self.blocks.insertRow(row)
        for c, v in enumerate(values):
            self.blocks.setItem(row, c, QTableWidgetItem(v))
        self.blocks.blockSignals(False)
        self.blocks.setCurrentCell(row, 0)
        self.changed.emit()

    def _duplicate_block(self) -> None:
        row = self.blocks.currentRow()
        if row >= 0:
            self._add_block([self._text(self.blocks, row, c) for c in range(4)])

    def _remove_row(self, table: QTableWidget) -> None:
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)
            self.changed.emit()

    def add_calendar(self, source: CalendarSource) -> None:
        t = self.calendars
        t.blockSignals(True)
        row = t.rowCount()
        t.insertRow(row)
        on = QTableWidgetItem()
        on.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        on.setCheckState(Qt.CheckState.Checked if source.enabled else Qt.CheckState.Unchecked)
        t.setItem(row, 0, on)
        for c, v in ((1, source.location), (2, ", ".join(source.keywords)), (3, source.name)):
            t.setItem(row, c, QTableWidgetItem(v))
        t.blockSignals(False)
        t.setCurrentCell(row, 1)
        self.changed.emit()

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("SchedulePage", "Add a calendar file"),
            str(Path.home()),
            translate("WelcomePage", "iCalendar files (*.ics);;All files (*)"),
        )
        if name:
            self.add_calendar(CalendarSource(name))

    def _add_url(self) -> None:
        self.add_calendar(CalendarSource("https://"))
        self.calendars.editItem(self.calendars.item(self.calendars.rowCount() - 1, 1))

    @staticmethod
    def _text(table: QTableWidget, row: int, col: int) -> str:
        item = table.item(row, col)
        return item.text().strip() if item is not None else ""

    # ---------------------------------------------------------------- test
    def test_selected(self) -> None:
        row = self.calendars.currentRow()
        if row < 0:
            self.test_result.setText(translate("SchedulePage", "Select a calendar to test."))
            return
        location = self._text(self.calendars, row, 1)
        keywords = comma_words(self._text(self.calendars, row, 2))
        self.test_result.setText(translate("SchedulePage", "Testing %1…").replace("%1", location))
        self.reveal_test_result()
        self.test_cal.setEnabled(False)
        tz = self.clock.tz()
        now = self.clock.now()
        window = Window(now, now + timedelta(days=14), tz)
        relay, clock, cache = self._relay, self.clock, self.cache_dir

        def work() -> None:
            try:
                from movebreak.sources.calendar import test_source

                report = test_source(location, keywords, window, cache, clock=clock)
                text = source_report_text(report, tz)
            except (MovebreakError, OSError, ImportError, ValueError) as exc:
                said = "; ".join(problem_text(p) for p in exc.problems) if isinstance(exc, MovebreakError) else str(exc)
                text = translate("SchedulePage", "Test failed: %1").replace("%1", said)
            relay.done.emit(text)

        # A URL can take seconds to fetch; the window must stay responsive meanwhile.
        threading.Thread(target=work, name="calendar-test", daemon=True).start()

    def _show_test(self, text: str) -> None:
        self.test_cal.setEnabled(True)
        self.test_result.setText(text)
        self.reveal_test_result()

    # ---------------------------------------------------------------- Page
    def load(self, settings: Settings) -> None:
        for edit, ranges in zip(self.hours, settings.working_hours, strict=True):
            edit.setText(hours_text(ranges))
        self.blocks.setRowCount(0)
        for b in settings.blocks:
            days = format_day_runs(b.days)
            self._add_block([days, f"{b.start:%H:%M}", f"{b.end:%H:%M}", b.title])
        self.calendars.setRowCount(0)
        for c in settings.calendars:
            self.add_calendar(c)
        self.blocks.setCurrentCell(-1, -1)

    def errors(self) -> list[str]:
        out = []
        for i, (edit, err) in enumerate(zip(self.hours, self.hour_errors, strict=True)):
            _, message = parse_hours(edit.text())
            err.set_error(message)
            mark(edit, message)
            if message:
                day = translate("SchedulePage", DAY_NAMES[i]).replace("&", "")  # i18n: marked elsewhere
                out.append(translate("SchedulePage", "Working hours, %1: %2").replace("%1", day).replace("%2", message))
        bad_bg = QBrush(QColor("#5c2a2a" if is_dark(self.palette()) else "#fde2e0"))
        block_lines = []
        self.blocks.blockSignals(True)
        for row in range(self.blocks.rowCount()):
            cells = [self._text(self.blocks, row, c) for c in range(3)]
            problems = block_problems(*cells)
            for c in range(4):
                item = self.blocks.item(row, c)
                if item is None:
                    item = QTableWidgetItem("")
                    self.blocks.setItem(row, c, item)
                item.setBackground(bad_bg if c in problems else QBrush())
                item.setToolTip(problems.get(c, ""))
            block_lines += [
                translate("SchedulePage", "Block %1: %2").replace("%1", str(row + 1)).replace("%2", m)
                for m in problems.values()
            ]
        self.blocks.blockSignals(False)
        self.block_error.set_error("\n".join(block_lines) or None)
        cal_lines = []
        self.calendars.blockSignals(True)
        for row in range(self.calendars.rowCount()):
            message = source_problem(self._text(self.calendars, row, 1))
            item = self.calendars.item(row, 1)
            if item is not None:
                item.setBackground(bad_bg if message else QBrush())
                item.setToolTip(message or "")
            if message:
                cal_lines.append(
                    translate("SchedulePage", "Calendar %1: %2").replace("%1", str(row + 1)).replace("%2", message)
                )
        self.calendars.blockSignals(False)
        self.cal_error.set_error("\n".join(cal_lines) or None)
        return out + block_lines + cal_lines

    def apply(self, settings: Settings) -> Settings:
        hours = tuple(parse_hours(e.text())[0] or () for e in self.hours)
        blocks = []
        for row in range(self.blocks.rowCount()):
            days, start, end, title = (self._text(self.blocks, row, c) for c in range(4))
            d, s, e = parse_days(days), parse_time(start), parse_time(end)
            if d is not None and s is not None and e is not None:
                blocks.append(BlockRule(d, s, e, title or "Deep work"))
        cals = []
        for row in range(self.calendars.rowCount()):
            on = self.calendars.item(row, 0)
            cals.append(
                CalendarSource(
                    self._text(self.calendars, row, 1),
                    on is not None and on.checkState() == Qt.CheckState.Checked,
                    tuple(comma_words(self._text(self.calendars, row, 2))),
                    self._text(self.calendars, row, 3),
                )
            )
        return settings.with_changes(working_hours=hours, blocks=tuple(blocks), calendars=tuple(cals))
