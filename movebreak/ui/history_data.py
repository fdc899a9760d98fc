"""What the history window reads from the journal: the chosen range, its summary, its export.

No widgets here: the window shows what this reads."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from movebreak.domain.clock import Clock
from movebreak.domain.stats import Summary
from movebreak.i18n import exercise_text
from movebreak.storage.history_export import Range, summary_for, to_csv, to_json
from movebreak.storage.journal import Journal


def pretty_id(exercise_id: str) -> str:
    text = exercise_id.replace("-", " ").replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def in_language(name_of: Callable[[str], str]) -> Callable[[str], str]:
    """Exercise names as the user reads them: a bundled exercise's name translated."""
    return lambda exercise_id: exercise_text(name_of(exercise_id))


class HistoryQuery:
    """The journal seen through a range of days ending today (None: all of it)."""

    def __init__(
        self,
        journal: Journal,
        clock: Clock,
        areas_of: Callable[[str], tuple[str, ...]] | None = None,
    ) -> None:
        self.journal = journal
        self.clock = clock
        self.areas_of = areas_of

    def span(self, days: int | None) -> Range:
        today = self.clock.now().date()
        first = today - timedelta(days=days - 1) if days else None
        return Range(first, None, self.clock.tz())

    def summary(self, span: Range, today: date) -> Summary:
        return summary_for(self.journal, span, today, self.areas_of)

    def export_to(self, path: Path, fmt: str, days: int | None) -> int:
        """Write the range as 'csv' or 'json'; returns how many breaks. The file is replaced
        whole, so a failed export never leaves half a file."""
        span = self.span(days)
        breaks = self.journal.breaks(span.since, span.until)
        if fmt == "json":
            text = to_json(breaks, self.summary(span, self.clock.now().date()), span, self.clock.now())
        else:
            text = to_csv(breaks)
        tmp = path.with_name(path.name + ".part")
        tmp.write_text(text, encoding="utf-8", newline="")
        os.replace(tmp, path)
        return len(breaks)
