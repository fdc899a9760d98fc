"""Right to left (Hebrew), time runs leftwards: the plan preview's timeline and the history
charts put the labels and counts on the right and the later times to the left. Left to right
is the same picture the other way round."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from movebreak import i18n
from movebreak.domain.clock import FakeClock
from movebreak.domain.planner import BreakSlot
from movebreak.domain.stats import ExerciseRecord
from movebreak.storage.journal import Journal
from movebreak.ui.history_window import HistoryWindow
from movebreak.ui.plan_preview import DayPlan, Timeline
from movebreak.ui.theme import accent_color

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 3, 27, 15, 0, tzinfo=BERLIN)  # a Friday
SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots" / "rtl"


@pytest.fixture(params=["en", "he"])
def language(request, qapp):
    i18n.install(request.param)
    yield request.param
    i18n.reset()


def _at(hour: int, minute: int = 0) -> datetime:
    return NOW.replace(hour=hour, minute=minute)


def _accent_columns(image: QImage, accent: QColor) -> list[int]:
    return [
        x
        for x in range(image.width())
        for y in range(0, image.height(), 2)
        if QColor(image.pixel(x, y)).rgb() == accent.rgb()
    ]


def test_the_timeline_puts_an_early_break_on_the_leading_side(qtbot, language):
    timeline = Timeline()
    qtbot.addWidget(timeline)
    timeline.resize(560, timeline.sizeHint().height())
    early = BreakSlot("b", _at(9, 0), _at(9, 10), "sitting-limit")
    timeline.days = [DayPlan(NOW.date(), "Fri", ((_at(9), _at(17, 30)),), (), (early,), BERLIN)]
    image = timeline.grab().toImage()
    SHOTS.mkdir(parents=True, exist_ok=True)
    image.save(str(SHOTS / f"timeline_{language}.png"))
    columns = _accent_columns(image, accent_color(timeline.palette()))
    assert columns, "the break bar is drawn"
    middle = sum(columns) / len(columns)
    assert timeline.isRightToLeft() == (language == "he")
    # The span shown is about 08:00-19:00: 09:00 is near the start of the day's side.
    if language == "he":
        assert middle > timeline.width() * 0.75
    else:
        assert middle < timeline.width() * 0.25


@pytest.fixture
def history(qtbot, tmp_path, language):
    clock = FakeClock(NOW)
    journal = Journal.open(tmp_path / "journal.sqlite3", clock)
    journal.record_routine("t-1", _at(10), 5, "completed", [ExerciseRecord(0, "neck-tilt", "completed", 60)])
    journal.record_break("y-1", _at(10) - timedelta(days=1), 5, "missed", reason="asleep")
    w = HistoryWindow(journal, clock, areas_of=lambda _i: ("neck",))
    qtbot.addWidget(w)
    w.resize(980, 720)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.grab().save(str(SHOTS / f"history_{language}.png"))
    journal.close()


def test_the_outcome_chart_runs_from_today_on_the_leading_side(history, language):
    SHOTS.mkdir(parents=True, exist_ok=True)
    days, counts = history.axes(history.outcome_chart)
    completed = history.outcome_sets["completed"]
    missed = history.outcome_sets["missed"]
    today, yesterday = (0, 1) if language == "he" else (13, 12)
    assert days.categories()[today].endswith("27") and days.categories()[yesterday].endswith("26")
    assert completed.at(today) == 1.0 and missed.at(yesterday) == 1.0
    leading = Qt.AlignmentFlag.AlignRight if language == "he" else Qt.AlignmentFlag.AlignLeft
    assert counts.alignment() == leading


def test_the_coverage_bars_grow_away_from_the_area_names(history, language):
    areas, minutes = history.axes(history.coverage_chart)
    leading = Qt.AlignmentFlag.AlignRight if language == "he" else Qt.AlignmentFlag.AlignLeft
    assert areas.alignment() == leading
    assert minutes.isReverse() == (language == "he")
