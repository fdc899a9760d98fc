"""The history window's two charts: outcomes per day (last 14 days) and minutes per body area (last 7)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPalette

from movebreak.domain.settings import BODY_AREAS
from movebreak.domain.stats import coverage_by_area
from movebreak.i18n import area_name, capitalized, outcome_name, short_day_name, translate
from movebreak.storage.journal import Journal

# Outcome colours chosen to read on light and dark backgrounds alike.
STATE_COLORS = {
    "completed": QColor("#3f9f62"),
    "partial": QColor("#e0a23a"),
    "skipped": QColor("#d0605e"),
    "missed": QColor("#8b95a8"),
}
OUTCOME_DAYS = 14
COVERAGE_DAYS = 7


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def axes(chart: QChart) -> tuple[QBarCategoryAxis, QValueAxis]:
    """A bar chart's category axis and value axis."""
    found = chart.axes()
    category = next(a for a in found if isinstance(a, QBarCategoryAxis))
    value = next(a for a in found if isinstance(a, QValueAxis))
    return category, value


def _style_chart(chart: QChart, palette: QPalette, title: str) -> None:
    chart.setTheme(QChart.ChartTheme.ChartThemeDark if is_dark(palette) else QChart.ChartTheme.ChartThemeLight)
    chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
    chart.setBackgroundRoundness(6)
    chart.setTitle(title)
    chart.setTitleBrush(palette.color(QPalette.ColorRole.Text))
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)


def _style_axis(axis: QValueAxis | QBarCategoryAxis, palette: QPalette) -> None:
    axis.setLabelsBrush(palette.color(QPalette.ColorRole.Text))
    grid = QColor(palette.color(QPalette.ColorRole.Text))
    grid.setAlpha(40)
    axis.setGridLineColor(grid)
    axis.setLinePenColor(grid)


def outcome_chart(palette: QPalette, rtl: bool = False) -> tuple[QChart, dict[str, QBarSet]]:
    """Stacked bars, one per day, one set per outcome."""
    chart = QChart()
    _style_chart(chart, palette, translate("HistoryWindow", "Last 14 days"))
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
    # (fill_outcomes); Qt Charts mirror neither by themselves.
    leading = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    for axis, side in ((x, Qt.AlignmentFlag.AlignBottom), (y, leading)):
        _style_axis(axis, palette)
        chart.addAxis(axis, side)
        series.attachAxis(axis)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.legend().setLabelColor(palette.color(QPalette.ColorRole.Text))
    return chart, sets


def coverage_chart(palette: QPalette, rtl: bool = False) -> tuple[QChart, QBarSet]:
    """Horizontal bars: minutes moved per body area."""
    chart = QChart()
    _style_chart(chart, palette, translate("HistoryWindow", "Body areas moved, last 7 days (minutes)"))
    series = QHorizontalBarSeries()
    bar = QBarSet(translate("HistoryWindow", "minutes"))
    accent = palette.color(QPalette.ColorRole.Highlight)
    bar.setColor(accent)
    bar.setBorderColor(accent)
    series.append(bar)
    series.setBarWidth(0.6)
    chart.addSeries(series)
    y, x = QBarCategoryAxis(), QValueAxis()
    y.setTruncateLabels(False)  # "wrists & hands" in Hebrew or German: whole, never "…"
    x.setLabelFormat("%d")
    leading = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    x.setReverse(rtl)  # the bars grow from the areas' names, leftwards
    for axis, side in ((y, leading), (x, Qt.AlignmentFlag.AlignBottom)):
        _style_axis(axis, palette)
        chart.addAxis(axis, side)
        series.attachAxis(axis)
    chart.legend().setVisible(False)
    return chart, bar


def fill_outcomes(chart: QChart, sets: dict[str, QBarSet], journal: Journal, today: date, rtl: bool = False) -> None:
    first = today - timedelta(days=OUTCOME_DAYS - 1)
    tallies = {t.day: t for t in journal.days_between(first, today)}
    days = [first + timedelta(days=i) for i in range(OUTCOME_DAYS)]
    if rtl:
        days.reverse()  # today on the left: time runs right to left
    # Two lines per day, so 14 labels fit a narrow chart. Chart labels are rich text,
    # where "\n" is only a space and the days ran together ("Mo 16Tu 17").
    labels = [f"{short_day_name(d.isoweekday())}<br>{d.day}" for d in days]
    top = 0
    for state, bar in sets.items():
        values = [float(tallies[d].count(state)) if d in tallies else 0.0 for d in days]
        bar.remove(0, bar.count())
        bar.append(values)
    for d in days:
        if d in tallies:
            top = max(top, sum(tallies[d].count(s) for s in STATE_COLORS))
    x, y = axes(chart)
    x.setCategories(labels)
    # Whole-number ticks: one per break up to 8, then Qt's nice numbers.
    if top <= 8:
        y.setRange(0, max(4, top))
        y.setTickCount(max(4, top) + 1)
    else:
        y.setRange(0, top)
        y.applyNiceNumbers()


def fill_coverage(
    chart: QChart,
    bar: QBarSet,
    journal: Journal,
    today: date,
    areas_of: Callable[[str], tuple[str, ...]] | None,
) -> None:
    week = journal.exercises_between(today - timedelta(days=COVERAGE_DAYS - 1), today)
    coverage = coverage_by_area(week, areas_of)
    areas = list(reversed(coverage))  # the first area reads at the top
    bar.remove(0, bar.count())
    bar.append([coverage[a] / 60 for a in areas])
    y, x = axes(chart)
    y.setCategories([area_name(a) if a in BODY_AREAS else a for a in areas])
    x.setRange(0, max(5.0, max(coverage.values(), default=0) / 60 * 1.1))
    x.applyNiceNumbers()
