"""The history window shows the real journal's figures, follows new breaks, and exports."""

from __future__ import annotations

import csv
import io
import itertools
import json
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QFileDialog

from movebreak.domain.clock import FakeClock
from movebreak.domain.stats import ExerciseRecord
from movebreak.storage.journal import Journal
from movebreak.ui.history_window import HistoryWindow

BERLIN = ZoneInfo("Europe/Berlin")
AREAS = {"neck-tilt": ("neck",), "shoulder-rolls": ("shoulders", "upper back"), "squat": ("legs",)}
NOW = datetime(2026, 3, 27, 15, 0, tzinfo=BERLIN)  # a Friday


def at(days_ago: int, hour: int) -> datetime:
    d = (NOW - timedelta(days=days_ago)).date()
    return datetime(d.year, d.month, d.day, hour, 0, tzinfo=BERLIN)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


@pytest.fixture
def journal(tmp_path: Path, clock: FakeClock):
    """Today: completed + skipped; yesterday: completed + missed; 20 days ago: partial."""
    j = Journal.open(tmp_path / "journal.sqlite3", clock)
    done = [
        ExerciseRecord(0, "neck-tilt", "completed", 60),
        ExerciseRecord(1, "squat", "completed", 90),
    ]
    j.record_routine("t-1", at(0, 10), 5, "completed", done)
    j.record_routine("t-2", at(0, 12), 5, "skipped", [ExerciseRecord(0, "squat", "skipped", 0)])
    j.record_routine("y-1", at(1, 10), 5, "completed", [ExerciseRecord(0, "shoulder-rolls", "completed", 120)])
    j.record_break("y-2", at(1, 14), 5, "missed", reason="asleep")
    j.record_routine("old", at(20, 10), 5, "partial", [ExerciseRecord(0, "squat", "completed", 30)])
    yield j
    j.close()


@pytest.fixture
def window(qtbot, journal, clock):
    w = HistoryWindow(journal, clock, areas_of=lambda i: AREAS.get(i, ()))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def bar_values(w: HistoryWindow, state: str) -> list[float]:
    bar = w.outcome_sets[state]
    return [bar.at(i) for i in range(bar.count())]


def test_outcome_bars_cover_14_days_ending_today(window):
    assert bar_values(window, "completed")[-2:] == [1.0, 1.0]
    assert bar_values(window, "skipped")[-1] == 1.0
    assert bar_values(window, "missed")[-2] == 1.0
    assert len(bar_values(window, "partial")) == 14
    assert sum(bar_values(window, "partial")) == 0  # the partial break was 20 days ago
    x, _y = window.axes(window.outcome_chart)
    assert x.categories()[-1].endswith("27")


def test_coverage_counts_minutes_per_body_area_for_7_days(window):
    areas = list(reversed(window.axes(window.coverage_chart)[0].categories()))
    minutes = dict(
        zip(
            areas,
            reversed([window.coverage_set.at(i) for i in range(window.coverage_set.count())]),
            strict=True,
        )
    )
    assert minutes["neck"] == 1.0
    assert minutes["legs"] == 1.5  # the 20-day-old squat is outside the window
    assert minutes["shoulders"] == minutes["upper back"] == 2.0
    assert minutes["eyes"] == 0.0


def test_streak_and_figures_are_shown_and_explained(window):
    assert window.streak_label.text().startswith("Streak: 2 days")
    assert "at least one routine completed" in window.streak_help.text()
    assert "<b>2</b> of 5 due breaks completed" in window.figures.text()  # 30 days
    assert "missed while asleep" in window.figures.text()


def test_table_lists_recent_breaks_with_exercises(window):
    assert window.table.rowCount() == 5
    assert window.table.item(0, 2).text() == "skipped"
    assert window.table.item(0, 3).text() == "Squat (skipped)"
    assert window.table.item(1, 3).text() == "Neck tilt (60 s), Squat (90 s)"


def test_range_buttons_change_the_figures_and_table(qtbot, window):
    qtbot.mouseClick(window.range_buttons.button(0), Qt.MouseButton.LeftButton)
    assert window.table.rowCount() == 4
    assert window.table_title.text().startswith("<b>Breaks in the last 7 days")
    qtbot.mouseClick(window.range_buttons.button(2), Qt.MouseButton.LeftButton)
    assert window.table.rowCount() == 5
    assert window.summary is not None and window.summary.breaks == 5


def test_a_range_switch_after_midnight_moves_the_charts_to_the_new_day(window, clock):
    # A range switch leaves the charts as they are unless the day has turned.
    window.set_range(7)
    assert window.axes(window.outcome_chart)[0].categories()[-1].endswith("27")
    clock.advance(timedelta(days=1))
    window.set_range(30)
    assert window.axes(window.outcome_chart)[0].categories()[-1].endswith("28")
    assert bar_values(window, "completed")[-3:] == [1.0, 1.0, 0.0]


def test_a_range_switch_shows_the_breaks_of_the_new_range(window, journal, clock):
    window.set_range(None)  # the same five rows as 30 days
    assert [window.table.item(r, 2).text() for r in range(5)] == [
        "skipped",
        "completed",
        "missed",
        "completed",
        "partial",
    ]
    # Written without a refresh, as many rows as before; the next switch reads them.
    journal.record_routine("t-2", at(0, 12), 5, "partial", [ExerciseRecord(0, "squat", "completed", 30)])
    window.set_range(30)
    assert window.table.rowCount() == 5
    assert (window.table.item(0, 2).text(), window.table.item(0, 3).text()) == ("partial", "Squat (30 s)")
    journal.record_break("t-3", clock.now(), 5, "completed")
    window.set_range(None)
    assert window.table.rowCount() == 6 and window.table.item(0, 2).text() == "completed"


def test_refresh_shows_a_newly_logged_break(window, journal, clock):
    clock.advance(timedelta(minutes=30))
    journal.record_routine("t-3", clock.now(), 5, "completed", [ExerciseRecord(0, "neck-tilt", "completed", 60)])
    window.refresh()
    assert bar_values(window, "completed")[-1] == 2.0
    assert window.table.rowCount() == 6
    assert window.table.item(0, 3).text() == "Neck tilt (60 s)"


def test_a_hidden_window_refreshes_when_shown_again(qtbot, window, journal, clock):
    window.hide()
    journal.record_break("t-4", clock.now(), 5, "completed")
    window.refresh()
    assert window.table.rowCount() == 5  # deferred while hidden
    window.show()
    qtbot.waitExposed(window)
    assert window.table.rowCount() == 6


def test_export_writes_csv_and_json_of_the_chosen_range(window, tmp_path):
    window.set_range(None)
    assert window.export_to(tmp_path / "h.csv", "csv") == 5
    rows = list(csv.DictReader(io.StringIO((tmp_path / "h.csv").read_text(encoding="utf-8"))))
    assert {r["slot_id"] for r in rows} == {"t-1", "t-2", "y-1", "y-2", "old"}
    window.set_range(7)
    assert window.export_to(tmp_path / "h.json", "json") == 4
    doc = json.loads((tmp_path / "h.json").read_text(encoding="utf-8"))
    assert doc["format"] == "movebreak-history"
    assert [b["slot_id"] for b in doc["breaks"]] == ["y-1", "y-2", "t-1", "t-2"]
    assert not list(tmp_path.glob("*.part"))


def test_export_button_asks_for_a_file_and_reports(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "export.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "JSON (*.json)"))
    qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    assert json.loads(target.read_text(encoding="utf-8"))["breaks"]
    assert window.status.text() == f"Exported 5 breaks to {target}"  # 30 days


def test_export_failure_is_reported_not_raised(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "no such folder" / "h.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    assert window.status.text().startswith("Could not export to")


def test_a_journal_that_cannot_log_shows_a_banner(qtbot, tmp_path, clock):
    path = tmp_path / "journal.sqlite3"
    path.mkdir()  # a folder where the file should be: nothing can be logged
    j = Journal.open(path, clock)
    w = HistoryWindow(j, clock)
    qtbot.addWidget(w)
    w.show()
    assert w.banner.isVisible() and "not being logged" in w.banner.text()
    assert w.table.rowCount() == 0 and "none yet" in w.table_title.text()
    j.close()


def dark_palette() -> QPalette:
    pal = QPalette()
    for role, color in (
        (QPalette.ColorRole.Window, "#2b2d31"),
        (QPalette.ColorRole.WindowText, "#e8e8e8"),
        (QPalette.ColorRole.Base, "#1f2023"),
        (QPalette.ColorRole.AlternateBase, "#26282c"),
        (QPalette.ColorRole.Text, "#e8e8e8"),
        (QPalette.ColorRole.Button, "#3a3d42"),
        (QPalette.ColorRole.ButtonText, "#e8e8e8"),
        (QPalette.ColorRole.Highlight, "#5b9bd5"),
    ):
        pal.setColor(role, QColor(color))
    return pal


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_renders_in_light_and_dark(qtbot, journal, clock, tmp_path, theme):
    app = QApplication.instance()
    before = app.palette()
    if theme == "dark":
        app.setPalette(dark_palette())
    try:
        w = HistoryWindow(journal, clock, areas_of=lambda i: AREAS.get(i, ()))
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        image = w.grab().toImage()
        assert image.save(str(tmp_path / f"history-{theme}.png"))
        chart_bg = w.outcome_chart.backgroundBrush().color()
        text = w.palette().color(QPalette.ColorRole.Text)
        # Chart text must stand out from the chart's own background in both themes.
        assert abs(chart_bg.lightness() - text.lightness()) > 120
        assert (chart_bg.lightness() < 128) == (theme == "dark")
    finally:
        app.setPalette(before)


def day_labels(w: HistoryWindow) -> list:
    """Where the 14-day chart's x-axis labels were drawn (text items between the plot and the legend)."""
    chart = w.outcome_chart
    plot, legend = chart.plotArea(), chart.legend().geometry()
    text_type = 8  # QGraphicsTextItem.Type: QtCharts draws axis labels with it
    rects = [
        item.sceneBoundingRect() for item in chart.scene().items() if item.type() == text_type and item.isVisible()
    ]
    return sorted((r for r in rects if r.top() >= plot.bottom() and r.bottom() <= legend.top()), key=lambda r: r.left())


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_day_labels_are_all_drawn_and_apart(qtbot, journal, clock, theme: str) -> None:
    from movebreak.ui.theme import dark_palette, light_palette

    app = QApplication.instance()
    old = app.palette()
    app.setPalette(dark_palette() if theme == "dark" else light_palette())
    try:
        w = HistoryWindow(journal, clock, areas_of=lambda i: AREAS.get(i, ()))
        qtbot.addWidget(w)
        w.resize(796, 680)  # narrow: 14 days share about 400 px
        w.show()
        qtbot.waitExposed(w)
        labels = day_labels(w)
        assert len(labels) == 14
        for left, right in itertools.pairwise(labels):
            assert left.right() <= right.left(), (left, right)
    finally:
        app.setPalette(old)


def test_escape_closes_the_history_window(window, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)


def test_the_figures_list_the_favourites(qtbot, journal, clock):
    liked: list[str] = []
    w = HistoryWindow(journal, clock, name_of=lambda i: i.replace("-", " ").capitalize(), favourites=lambda: liked)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert "♥" not in w.figures.text()
    liked.append("chin-tuck")
    w.refresh()
    assert "♥ Chin tuck" in w.figures.text()
