"""The history window: outcome bars, body-area coverage, the streak, recent breaks, export.

The charts live in ui.history_charts, the table in ui.history_table, the journal reads and
the export in ui.history_data; this module lays them out and keeps them current."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis, QChart, QChartView, QValueAxis
from PySide6.QtCore import QMargins, QSize, Qt, Slot
from PySide6.QtGui import QKeySequence, QPainter, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from movebreak.domain.clock import Clock
from movebreak.domain.stats import STREAK_EXPLANATION, BreakRecord, Summary
from movebreak.i18n import QT_TRANSLATE_NOOP, any_text, translate
from movebreak.storage.history_export import Range
from movebreak.storage.journal import Journal
from movebreak.ui import history_charts
from movebreak.ui.history_data import HistoryQuery, in_language, pretty_id
from movebreak.ui.history_table import TABLE_LIMIT, BreaksTable, table_title
from movebreak.ui.placement import fitted, screen_for, scrollable

RANGES = (
    (QT_TRANSLATE_NOOP("HistoryWindow", "7 days"), 7),
    (QT_TRANSLATE_NOOP("HistoryWindow", "30 days"), 30),
    (QT_TRANSLATE_NOOP("HistoryWindow", "All"), None),
)


class HistoryWindow(QWidget):
    """What the user did, at a glance. Call refresh() whenever a break is logged."""

    def __init__(
        self,
        journal: Journal,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        areas_of: Callable[[str], tuple[str, ...]] | None = None,
        name_of: Callable[[str], str] | None = None,
        favourites: Callable[[], Sequence[str]] = lambda: (),
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._clock = clock
        self._query = HistoryQuery(journal, clock, areas_of)
        self._areas_of = areas_of
        self._name_of = in_language(name_of or pretty_id)
        self._favourites = favourites
        self._days: int | None = 30
        self._dirty = False
        self._charts_day: date | None = None  # the day the charts end on
        self._table_breaks: list[BreakRecord] = []  # the rows the table shows
        self.summary: Summary | None = None
        self.setWindowTitle(translate("HistoryWindow", "movebreak — history"))
        self._placed = False  # sized to fit its screen when first shown
        self._build()
        # Esc closes, as in the settings window.
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.refresh()

    # -- layout --------------------------------------------------------------------

    def _build(self) -> None:
        body = QWidget()  # scrolls on a small screen (or a large scale)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrollable(body))
        root = QVBoxLayout(body)
        root.setContentsMargins(16, 14, 16, 14)
        root.setSpacing(10)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel { background: #f4d58d; color: #3b2f00; padding: 6px 10px; border-radius: 4px; }"
        )
        self.banner.setVisible(not self._journal.writable)
        if not self._journal.writable:
            self.banner.setText(
                any_text(self._journal.notice or "")
                or translate("HistoryWindow", "Breaks are not being logged: the journal is read-only.")
            )
        root.addWidget(self.banner)
        root.addLayout(self._top_row())

        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        root.addWidget(self.figures)

        charts = QHBoxLayout()
        self.outcome_chart, self.outcome_sets = history_charts.outcome_chart(self.palette(), self.isRightToLeft())
        self.coverage_chart, self.coverage_set = history_charts.coverage_chart(self.palette(), self.isRightToLeft())
        for chart, stretch in ((self.outcome_chart, 3), (self.coverage_chart, 2)):
            view = QChartView(chart)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(250)
            view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            charts.addWidget(view, stretch)
        root.addLayout(charts, 3)

        self.table_title = QLabel()
        root.addWidget(self.table_title)
        self.table = BreaksTable()
        root.addWidget(self.table, 2)

        self.status = QLabel()
        self.status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        root.addWidget(self.status)

    def _top_row(self) -> QHBoxLayout:
        """The streak and its explanation, the range buttons, Export."""
        top = QHBoxLayout()
        streak_box = QVBoxLayout()
        streak_box.setSpacing(0)
        self.streak_label = QLabel()
        font = self.streak_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.streak_label.setFont(font)
        self.streak_help = QLabel(translate("HistoryWindow", STREAK_EXPLANATION))  # i18n: marked elsewhere
        self.streak_help.setWordWrap(True)
        self.streak_help.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        streak_box.addWidget(self.streak_label)
        streak_box.addWidget(self.streak_help)
        top.addLayout(streak_box, 1)

        self.range_buttons = QButtonGroup(self)
        for i, (text, _days) in enumerate(RANGES):
            button = QPushButton(translate("HistoryWindow", text))  # i18n: marked elsewhere
            button.setCheckable(True)
            button.setChecked(_days == self._days)
            self.range_buttons.addButton(button, i)
            top.addWidget(button)
        self.range_buttons.idClicked.connect(self._range_chosen)
        self._mark_range()
        top.addSpacing(12)
        self.export_button = QPushButton(translate("HistoryWindow", "Export…"))
        self.export_button.clicked.connect(self._export_clicked)
        top.addWidget(self.export_button)
        return top

    # -- data ----------------------------------------------------------------------

    def current_range(self) -> Range:
        return self._query.span(self._days)

    def set_range(self, days: int | None) -> None:
        """7, 30 or None (all); the figures and the table follow, the charts keep
        their fixed windows."""
        self._days = days
        self._mark_range()
        self._reload(charts=False)

    def _mark_range(self) -> None:
        # Bold as well as checked: some styles (dark Fusion) barely show a checked button.
        for i, (_text, d) in enumerate(RANGES):
            button = self.range_buttons.button(i)
            button.setChecked(d == self._days)
            font = button.font()
            font.setBold(d == self._days)
            button.setFont(font)

    @Slot(int)
    def _range_chosen(self, index: int) -> None:
        self.set_range(RANGES[index][1])

    @Slot()
    def refresh(self) -> None:
        """Re-read the journal. While hidden, only note that a refresh is due."""
        self._reload(charts=True)

    def _reload(self, charts: bool) -> None:
        """The figures and the table; the charts too when the journal may have changed
        (refresh) or the day has turned. A range switch leaves the charts alone: their
        windows are fixed, and redrawing them was a third of the switch."""
        if not self.isVisible() and self.summary is not None:
            self._dirty = True
            return
        self._dirty = False
        today = self._clock.now().date()
        if charts or today != self._charts_day:
            self._charts_day = today
            history_charts.fill_outcomes(
                self.outcome_chart, self.outcome_sets, self._journal, today, self.isRightToLeft()
            )
            history_charts.fill_coverage(self.coverage_chart, self.coverage_set, self._journal, today, self._areas_of)
        span = self.current_range()
        self.summary = self._query.summary(span, today)
        self._fill_figures(self.summary)
        breaks = self._journal.recent_breaks(TABLE_LIMIT, span.since)
        self.table_title.setText(table_title(len(breaks), self._days))
        # Between "30 days" and "All" the newest 200 breaks are mostly the same (at seven
        # breaks a day or more): then a range switch keeps the rows already there.
        if charts or breaks != self._table_breaks:
            self._table_breaks = breaks
            self.table.fill(breaks, self._name_of)

    def setVisible(self, visible: bool) -> None:
        # Sized and placed before it is shown, not in showEvent: by then the layout had
        # already laid the charts out at the default size, and laying them out again at
        # the fitted size took a fifth of the time to open.
        if visible and not self._placed:
            self._placed = True
            self._place()
        super().setVisible(visible)

    def _place(self) -> None:
        """placement.fit_on_screen before the first show: the native window is made first,
        so the frame margins are those the platform knows before the window is mapped."""
        screen = screen_for(self)
        if screen is None:
            return
        self.winId()
        handle = self.windowHandle()
        frame = handle.frameMargins() if handle is not None else QMargins()
        rect = fitted(QSize(980, 720), self.minimumSizeHint(), screen.availableGeometry(), frame)
        self.setMinimumSize(self.minimumSize().boundedTo(rect.size()))
        self.setGeometry(rect)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    @staticmethod
    def axes(chart: QChart) -> tuple[QBarCategoryAxis, QValueAxis]:
        return history_charts.axes(chart)

    def _fill_figures(self, s: Summary) -> None:
        streak = translate("HistoryWindow", "Streak: %n days", None, s.streak.current)
        self.streak_label.setText(
            streak + "  ·  " + translate("HistoryWindow", "longest %1").replace("%1", str(s.streak.longest))
        )
        rate = f"{s.completion_rate:.0%}" if s.completion_rate is not None else "–"
        parts = [
            translate("HistoryWindow", "<b>%1</b> of %2 due breaks completed (<b>%3</b>)")
            .replace("%1", str(s.completed))
            .replace("%2", str(s.due))
            .replace("%3", rate),
            translate("HistoryWindow", "<b>%1</b> min moved").replace("%1", f"{s.minutes_moved:.0f}"),
            translate("HistoryWindow", "<b>%1</b> missed while asleep or off").replace("%1", str(s.missed_by_sleep)),
        ]
        if s.most_skipped:
            names = ", ".join(f"{self._name_of(i)} ×{n}" for i, n in s.most_skipped[:3])
            parts.append(translate("HistoryWindow", "most skipped: %1").replace("%1", names))
        liked = self._favourites()
        if liked:
            parts.append("♥ " + ", ".join(self._name_of(i) for i in liked))
        self.figures.setText("  ·  ".join(parts))

    # -- export --------------------------------------------------------------------

    def export_to(self, path: Path, fmt: str) -> int:
        """Write the chosen range as 'csv' or 'json'; returns how many breaks. The file
        is replaced whole, so a failed export never leaves half a file."""
        return self._query.export_to(path, fmt, self._days)

    @Slot()
    def _export_clicked(self) -> None:
        suggested = Path.home() / f"movebreak-history-{self._clock.now().date().isoformat()}.csv"
        name, chosen = QFileDialog.getSaveFileName(
            self,
            translate("HistoryWindow", "Export history"),
            str(suggested),
            translate("HistoryWindow", "CSV spreadsheet (*.csv);;JSON (*.json)"),
        )
        if not name:
            return
        path = Path(name)
        fmt = "json" if path.suffix.lower() == ".json" or "json" in chosen.lower() else "csv"
        try:
            n = self.export_to(path, fmt)
        except OSError as exc:
            self.status.setText(
                translate("HistoryWindow", "Could not export to %1: %2")
                .replace("%1", str(path))
                .replace("%2", str(exc.strerror or exc))
            )
            return
        self.status.setText(translate("HistoryWindow", "Exported %n breaks to %1", None, n).replace("%1", str(path)))
