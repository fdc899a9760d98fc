"""The history window: outcome bars, body-area coverage, the streak, recent breaks, export."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QSize, Qt, Slot
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from movebreak.domain.clock import Clock
from movebreak.domain.settings import BODY_AREAS
from movebreak.domain.stats import STREAK_EXPLANATION, Summary, coverage_by_area
from movebreak.i18n import (
    QT_TRANSLATE_NOOP,
    area_name,
    capitalized,
    exercise_text,
    exercises_text,
    minutes_text,
    outcome_name,
    short_day_name,
    translate,
    when_text,
)
from movebreak.storage.history_export import (
    Range,
    summary_for,
    to_csv,
    to_json,
)
from movebreak.storage.journal import Journal
from movebreak.ui.placement import fit_on_screen, scrollable

# Outcome colours chosen to read on light and dark backgrounds alike.
STATE_COLORS = {
    "completed": QColor("#3f9f62"),
    "partial": QColor("#e0a23a"),
    "skipped": QColor("#d0605e"),
    "missed": QColor("#8b95a8"),
}
RANGES = (
    (QT_TRANSLATE_NOOP("HistoryWindow", "7 days"), 7),
    (QT_TRANSLATE_NOOP("HistoryWindow", "30 days"), 30),
    (QT_TRANSLATE_NOOP("HistoryWindow", "All"), None),
)
TABLE_LIMIT = 200  # the table shows the newest breaks; export writes the whole range
SIZED_ROWS = 40  # rows measured to size the table's columns


def pretty_id(exercise_id: str) -> str:
    text = exercise_id.replace("-", " ").replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def _in_language(name_of: Callable[[str], str]) -> Callable[[str], str]:
    """Exercise names as the user reads them: a bundled exercise's name translated."""
    return lambda exercise_id: exercise_text(name_of(exercise_id))


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


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
        self._areas_of = areas_of
        self._name_of = _in_language(name_of or pretty_id)
        self._favourites = favourites
        self._days: int | None = 30
        self._dirty = False
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
                self._journal.notice
                or translate("HistoryWindow", "Breaks are not being logged: the journal is read-only.")
            )
        root.addWidget(self.banner)

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
        root.addLayout(top)

        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        root.addWidget(self.figures)

        charts = QHBoxLayout()
        self.outcome_chart, self.outcome_sets = self._outcome_chart()
        self.coverage_chart, self.coverage_set = self._coverage_chart()
        for chart, stretch in ((self.outcome_chart, 3), (self.coverage_chart, 2)):
            view = QChartView(chart)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(250)
            view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            charts.addWidget(view, stretch)
        root.addLayout(charts, 3)

        self.table_title = QLabel()
        root.addWidget(self.table_title)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                translate("HistoryWindow", "When"),
                translate("HistoryWindow", "Length"),
                translate("HistoryWindow", "Outcome"),
                translate("HistoryWindow", "Exercises"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        # Sized once after filling (see _fill_table): ResizeToContents would re-measure
        # every row on every setItem, which takes seconds for a full table.
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        # Measure a screenful and a bit for those widths, not all 200 rows: the columns hold
        # dates, lengths and state names of much the same width, and measuring every row
        # took a quarter of the time the window needs to open.
        header.setResizeContentsPrecision(SIZED_ROWS)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        root.addWidget(self.table, 2)

        self.status = QLabel()
        self.status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        root.addWidget(self.status)

    def _style_chart(self, chart: QChart, title: str) -> None:
        palette = self.palette()
        chart.setTheme(QChart.ChartTheme.ChartThemeDark if _is_dark(palette) else QChart.ChartTheme.ChartThemeLight)
        chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
        chart.setBackgroundRoundness(6)
        chart.setTitle(title)
        chart.setTitleBrush(palette.color(QPalette.ColorRole.Text))
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)

    def _style_axis(self, axis: QValueAxis | QBarCategoryAxis) -> None:
        palette = self.palette()
        axis.setLabelsBrush(palette.color(QPalette.ColorRole.Text))
        grid = QColor(palette.color(QPalette.ColorRole.Text))
        grid.setAlpha(40)
        axis.setGridLineColor(grid)
        axis.setLinePenColor(grid)

    def _outcome_chart(self) -> tuple[QChart, dict[str, QBarSet]]:
        chart = QChart()
        self._style_chart(chart, translate("HistoryWindow", "Last 14 days"))
        series = QStackedBarSeries()
        sets: dict[str, QBarSet] = {}
        for state, color in STATE_COLORS.items():
            bar = QBarSet(capitalized(outcome_name(state)))
            bar.setColor(color)
            bar.setBorderColor(color)
            series.append(bar)
            sets[state] = bar
        series.setBarWidth(0.7)
        chart.addSeries(series)
        x, y = QBarCategoryAxis(), QValueAxis()
        x.setTruncateLabels(False)
        y.setLabelFormat("%d")
        # Right to left (Hebrew), the counts stand on the right and the days run leftwards
        # (_fill_outcomes); Qt Charts mirror neither by themselves.
        leading = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        for axis, side in ((x, Qt.AlignmentFlag.AlignBottom), (y, leading)):
            self._style_axis(axis)
            chart.addAxis(axis, side)
            series.attachAxis(axis)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setLabelColor(self.palette().color(QPalette.ColorRole.Text))
        return chart, sets

    def _coverage_chart(self) -> tuple[QChart, QBarSet]:
        chart = QChart()
        self._style_chart(chart, translate("HistoryWindow", "Body areas moved, last 7 days (minutes)"))
        series = QHorizontalBarSeries()
        bar = QBarSet(translate("HistoryWindow", "minutes"))
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        bar.setColor(accent)
        bar.setBorderColor(accent)
        series.append(bar)
        series.setBarWidth(0.6)
        chart.addSeries(series)
        y, x = QBarCategoryAxis(), QValueAxis()
        x.setLabelFormat("%d")
        leading = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        x.setReverse(self.isRightToLeft())  # the bars grow from the areas' names, leftwards
        for axis, side in ((y, leading), (x, Qt.AlignmentFlag.AlignBottom)):
            self._style_axis(axis)
            chart.addAxis(axis, side)
            series.attachAxis(axis)
        chart.legend().setVisible(False)
        return chart, bar

    # -- data ----------------------------------------------------------------------

    def current_range(self) -> Range:
        today = self._clock.now().date()
        first = today - timedelta(days=self._days - 1) if self._days else None
        return Range(first, None, self._clock.tz())

    def set_range(self, days: int | None) -> None:
        """7, 30 or None (all); the figures and the table follow, the charts keep
        their fixed windows."""
        self._days = days
        self._mark_range()
        self.refresh()

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
        if not self.isVisible() and self.summary is not None:
            self._dirty = True
            return
        self._dirty = False
        today = self._clock.now().date()
        self._fill_outcomes(today)
        self._fill_coverage(today)
        span = self.current_range()
        self.summary = summary_for(self._journal, span, today, self._areas_of)
        self._fill_figures(self.summary)
        self._fill_table(span)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._placed:
            self._placed = True
            fit_on_screen(self, QSize(980, 720))
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def _fill_outcomes(self, today: date) -> None:
        first = today - timedelta(days=13)
        tallies = {t.day: t for t in self._journal.days_between(first, today)}
        days = [first + timedelta(days=i) for i in range(14)]
        if self.isRightToLeft():
            days.reverse()  # today on the left: time runs right to left
        # Two lines per day, so 14 labels fit a narrow chart. Chart labels are rich text,
        # where "\n" is only a space and the days ran together ("Mo 16Tu 17").
        labels = [f"{short_day_name(d.isoweekday())}<br>{d.day}" for d in days]
        top = 0
        for state, bar in self.outcome_sets.items():
            values = [float(tallies[d].count(state)) if d in tallies else 0.0 for d in days]
            bar.remove(0, bar.count())
            bar.append(values)
        for d in days:
            if d in tallies:
                top = max(top, sum(tallies[d].count(s) for s in STATE_COLORS))
        x, y = self.axes(self.outcome_chart)
        x.setCategories(labels)
        # Whole-number ticks: one per break up to 8, then Qt's nice numbers.
        if top <= 8:
            y.setRange(0, max(4, top))
            y.setTickCount(max(4, top) + 1)
        else:
            y.setRange(0, top)
            y.applyNiceNumbers()

    def _fill_coverage(self, today: date) -> None:
        week = self._journal.exercises_between(today - timedelta(days=6), today)
        coverage = coverage_by_area(week, self._areas_of)
        areas = list(reversed(coverage))  # the first area reads at the top
        self.coverage_set.remove(0, self.coverage_set.count())
        self.coverage_set.append([coverage[a] / 60 for a in areas])
        y, x = self.axes(self.coverage_chart)
        y.setCategories([area_name(a) if a in BODY_AREAS else a for a in areas])
        x.setRange(0, max(5.0, max(coverage.values(), default=0) / 60 * 1.1))
        x.applyNiceNumbers()

    @staticmethod
    def axes(chart: QChart) -> tuple[QBarCategoryAxis, QValueAxis]:
        axes = chart.axes()
        category = next(a for a in axes if isinstance(a, QBarCategoryAxis))
        value = next(a for a in axes if isinstance(a, QValueAxis))
        return category, value

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

    def _fill_table(self, span: Range) -> None:
        breaks = self._journal.recent_breaks(TABLE_LIMIT, span.since)
        last = translate("HistoryWindow", "Breaks in the last %n days", None, self._days or 0)
        what = translate("HistoryWindow", "All breaks") if self._days is None else last
        newest = translate("HistoryWindow", " (newest %1 shown)").replace("%1", str(TABLE_LIMIT))
        more = newest if len(breaks) == TABLE_LIMIT else ""
        none_yet = translate("HistoryWindow", "%1: none yet").replace("%1", f"<b>{what}</b>")
        self.table_title.setText(f"<b>{what}</b>{more}" if breaks else none_yet)
        self.table.setUpdatesEnabled(False)
        self.table.setRowCount(len(breaks))
        for row, b in enumerate(breaks):
            outcome = QTableWidgetItem(outcome_name(b.state))
            if b.state in STATE_COLORS:
                outcome.setForeground(STATE_COLORS[b.state])
            cells: Sequence[QTableWidgetItem] = (
                QTableWidgetItem(when_text(b.planned_start)),
                QTableWidgetItem(minutes_text(b.planned_minutes)),
                outcome,
                QTableWidgetItem(exercises_text(b, self._name_of)),
            )
            for col, item in enumerate(cells):
                self.table.setItem(row, col, item)
        self.table.setUpdatesEnabled(True)
        for col in range(3):
            self.table.resizeColumnToContents(col)

    # -- export --------------------------------------------------------------------

    def export_to(self, path: Path, fmt: str) -> int:
        """Write the chosen range as 'csv' or 'json'; returns how many breaks. The file
        is replaced whole, so a failed export never leaves half a file."""
        span = self.current_range()
        breaks = self._journal.breaks(span.since, span.until)
        if fmt == "json":
            today = self._clock.now().date()
            summary = summary_for(self._journal, span, today, self._areas_of)
            text = to_json(breaks, summary, span, self._clock.now())
        else:
            text = to_csv(breaks)
        tmp = path.with_name(path.name + ".part")
        tmp.write_text(text, encoding="utf-8", newline="")
        os.replace(tmp, path)
        return len(breaks)

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
