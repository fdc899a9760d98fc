"""The plan preview's drawing: overlapping blocks keep their labels apart, and break bars
stand out in a dark theme whose palette has no accent of its own."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from movebreak.domain.clock import FakeClock
from movebreak.domain.settings import DEFAULTS, BlockRule
from movebreak.ui.plan_preview import PlanPreview, label_spans
from movebreak.ui.theme import accent_color, contrast, dark_palette, light_palette

CLOCK = FakeClock(datetime(2024, 6, 10, 7, 0, tzinfo=ZoneInfo("Europe/Berlin")))
# How many dark themes build their palette: Accent is left black, Highlight navy.
PLAIN_DARK = QPalette(QColor("#353535"), QColor("#2b2b2b"))


def test_overlapping_blocks_get_label_spans_that_do_not_overlap() -> None:
    spans = label_spans([(100.0, 300.0), (200.0, 400.0)])
    assert spans == [(100.0, 200.0), (200.0, 400.0)]


def test_a_block_inside_another_keeps_its_label_and_the_outer_one_moves_aside() -> None:
    spans = label_spans([(100.0, 400.0), (150.0, 250.0)])
    assert spans == [(250.0, 400.0), (150.0, 250.0)]


def test_separate_blocks_keep_their_whole_width() -> None:
    assert label_spans([(0.0, 50.0), (60.0, 90.0)]) == [(0.0, 50.0), (60.0, 90.0)]


def test_a_block_wholly_covered_gets_no_label() -> None:
    assert label_spans([(10.0, 20.0), (0.0, 30.0)])[0] == (10.0, 10.0)


def test_the_accent_stands_out_when_the_palette_leaves_it_black() -> None:
    assert PLAIN_DARK.color(QPalette.ColorRole.Accent) == QColor("#000000")
    window = PLAIN_DARK.color(QPalette.ColorRole.Window)
    assert contrast(accent_color(PLAIN_DARK), window) >= 3.0


def test_the_accent_of_our_own_palettes_is_kept() -> None:
    assert accent_color(dark_palette()).name() == "#f0a050"
    for pal in (dark_palette(), light_palette()):
        assert contrast(accent_color(pal), pal.color(QPalette.ColorRole.Window)) >= 3.0


def test_break_bars_are_drawn_in_a_visible_colour_in_a_plain_dark_theme(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old = app.palette()
    app.setPalette(PLAIN_DARK)  # the whole desktop's theme, as the app gets it
    try:
        preview = PlanPreview(CLOCK, None)
        qtbot.addWidget(preview)
        rules = (
            BlockRule((0,), time(9), time(11), "Deep work"),
            BlockRule((0,), time(10), time(12), "Focus NY"),
        )
        preview.set_settings(DEFAULTS.with_changes(blocks=rules))
        preview.refresh()
        preview.resize(700, 200)
        preview.show()
        qtbot.waitExposed(preview)
        assert preview.days[0].breaks  # the planner placed breaks to draw
        image = preview.timeline.grab().toImage()
        window = PLAIN_DARK.color(QPalette.ColorRole.Window)
        bright = sum(
            1
            for x in range(image.width())
            for y in range(image.height())
            if QColor(image.pixel(x, y)).hslSaturation() > 100 and contrast(QColor(image.pixel(x, y)), window) >= 3.0
        )
        assert bright > 100  # break bars: coloured, and clearly lighter than the window
    finally:
        app.setPalette(old)
