"""The history window's table of recent breaks: when, length, outcome, exercises."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from movebreak.domain.stats import BreakRecord
from movebreak.i18n import exercises_text, minutes_text, outcome_name, translate
from movebreak.ui.history_charts import STATE_COLORS

TABLE_LIMIT = 200  # the table shows the newest breaks; export writes the whole range
SIZED_ROWS = 40  # rows measured to size the table's columns


def table_title(shown: int, days: int | None) -> str:
    """The line above the table: which breaks it lists, or that there are none yet."""
    last = translate("HistoryWindow", "Breaks in the last %n days", None, days or 0)
    what = translate("HistoryWindow", "All breaks") if days is None else last
    newest = translate("HistoryWindow", " (newest %1 shown)").replace("%1", str(TABLE_LIMIT))
    more = newest if shown == TABLE_LIMIT else ""
    none_yet = translate("HistoryWindow", "%1: none yet").replace("%1", f"<b>{what}</b>")
    return f"<b>{what}</b>{more}" if shown else none_yet


class BreaksTable(QTableWidget):
    """Read-only rows, one per break, newest first; outcomes in their chart colours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels(
            [
                translate("HistoryWindow", "When"),
                translate("HistoryWindow", "Length"),
                translate("HistoryWindow", "Outcome"),
                translate("HistoryWindow", "Exercises"),
            ]
        )
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        # Sized once after filling (see fill): ResizeToContents would re-measure
        # every row on every setItem, which takes seconds for a full table.
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        # Measure a screenful and a bit for those widths, not all 200 rows: the columns hold
        # dates, lengths and state names of much the same width, and measuring every row
        # took a quarter of the time the window needs to open.
        header.setResizeContentsPrecision(SIZED_ROWS)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def fill(self, breaks: Sequence[BreakRecord], name_of: Callable[[str], str]) -> None:
        # The same few exercises, states and days recur down the table: name, translate
        # and format each once per fill, not once per row.
        names = _Memo(name_of)
        outcomes = _Memo(outcome_name)
        when = WhenTexts()
        self.setUpdatesEnabled(False)
        self.setRowCount(len(breaks))
        for row, b in enumerate(breaks):
            outcome = QTableWidgetItem(outcomes(b.state))
            if b.state in STATE_COLORS:
                outcome.setForeground(STATE_COLORS[b.state])
            cells: Sequence[QTableWidgetItem] = (
                QTableWidgetItem(when(b.planned_start)),
                QTableWidgetItem(minutes_text(b.planned_minutes)),
                outcome,
                QTableWidgetItem(exercises_text(b, names)),
            )
            for col, item in enumerate(cells):
                self.setItem(row, col, item)
        self.setUpdatesEnabled(True)
        for col in range(3):
            self.resizeColumnToContents(col)


class _Memo(dict[str, str]):
    """A text function's answers kept for one fill."""

    def __init__(self, text_of: Callable[[str], str]) -> None:
        super().__init__()
        self._text_of = text_of

    def __missing__(self, key: str) -> str:
        text = self[key] = self._text_of(key)
        return text

    def __call__(self, key: str) -> str:
        return self[key]


class WhenTexts:
    """i18n.when_text ("Fr. 27.11.26  14:30"), the same text, for a table's worth of
    breaks: one QLocale, and each day's name and date once. when_text builds three
    QLocales per call, and the column took a third of the table's fill."""

    def __init__(self) -> None:
        self._locale = QLocale()
        self._days: dict[date, str] = {}

    def __call__(self, moment: datetime) -> str:
        short = QLocale.FormatType.ShortFormat
        d = moment.date()
        day = self._days.get(d)
        if day is None:
            name = self._locale.dayName(d.isoweekday(), short)
            day = self._days[d] = f"{name} {self._locale.toString(QDate(d.year, d.month, d.day), short)}"
        return f"{day}  {self._locale.toString(QTime(moment.hour, moment.minute), short)}"
