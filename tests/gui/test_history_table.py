"""The history table's own formatting matches the shared text functions it stands in for."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale

from movebreak.i18n import when_text
from movebreak.ui.history_table import WhenTexts

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize("language", ["en_US", "de_DE", "he_IL", "ja_JP", "fr_FR"])
def test_the_when_column_reads_as_when_text(qapp, language: str) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(language))
    try:
        when = WhenTexts()
        moments = [
            datetime(2026, 3, 29, 1, 30, tzinfo=BERLIN),  # the night the clocks go forward
            datetime(2026, 3, 29, 3, 30, tzinfo=BERLIN),
            datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=BERLIN),
            datetime(2026, 11, 27, 23, 58, tzinfo=BERLIN),
            datetime(2026, 11, 28, 0, 30, tzinfo=timezone(timedelta(hours=9))),
            datetime(2026, 11, 27, 14, 5, tzinfo=BERLIN),  # a day already seen, another time
        ]
        assert [when(m) for m in moments] == [when_text(m) for m in moments]
        assert when(moments[3]) != when(moments[5])
    finally:
        QLocale.setDefault(before)
