"""The journal's history for people and programs: ranges, summaries, and table/CSV/JSON export."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from movebreak.domain.stats import BreakRecord, Streak, Summary, current_streak, summary_of
from movebreak.i18n import QT_TRANSLATE_NOOP, day_name, minutes_text, outcome_name, translate
from movebreak.storage.journal import Journal

JSON_FORMAT = "movebreak-history"
JSON_VERSION = 1
CSV_COLUMNS = (
    "slot_id",
    "date",
    "time",
    "utc_offset",
    "planned_minutes",
    "state",
    "reason",
    "shown_at",
    "position",
    "exercise_id",
    "outcome",
    "seconds",
)


@dataclass(frozen=True)
class Range:
    """Local days [first, last], either end open. `since`/`until` are the instants."""

    first: date | None
    last: date | None
    zone: tzinfo

    @property
    def since(self) -> datetime | None:
        return local_midnight(self.first, self.zone) if self.first else None

    @property
    def until(self) -> datetime | None:
        return local_midnight(self.last + timedelta(days=1), self.zone) if self.last else None


def local_midnight(day: date, zone: tzinfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone)


def summary_for(
    journal: Journal,
    span: Range,
    today: date,
    areas_of: Callable[[str], Sequence[str]] | None = None,
) -> Summary:
    """Figures for the range's local days (each break's day by the offset stored with it),
    read from the journal's per-day aggregates. The current streak looks past the range's
    start; the longest one is the longest within the range (never shorter than the current)."""
    totals = journal.totals_between(span.first, span.last, today)
    exercises = journal.exercises_between(span.first, span.last)
    current = current_streak(journal.day_flags(today), today)
    return summary_of(totals, exercises, Streak(current, max(totals.longest_streak, current)), areas_of)


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def break_to_json(b: BreakRecord) -> dict[str, Any]:
    return {
        "slot_id": b.slot_id,
        "planned_start": _iso(b.planned_start),
        "planned_minutes": b.planned_minutes,
        "shown_at": _iso(b.shown_at),
        "state": b.state,
        "reason": b.reason,
        "exercises": [
            {
                "position": e.position,
                "exercise_id": e.exercise_id,
                "outcome": e.outcome,
                "seconds": e.seconds,
            }
            for e in b.exercises
        ],
    }


def summary_to_json(s: Summary) -> dict[str, Any]:
    return {
        "breaks": s.breaks,
        "due": s.due,
        "completed": s.completed,
        "completion_rate": round(s.completion_rate, 4) if s.completion_rate is not None else None,
        "current_streak_days": s.streak.current,
        "longest_streak_days": s.streak.longest,
        "minutes_moved": round(s.minutes_moved, 1),
        "missed_by_sleep": s.missed_by_sleep,
        "most_skipped": [{"exercise_id": i, "skipped": n} for i, n in s.most_skipped],
    }


def to_json(breaks: Sequence[BreakRecord], summary: Summary, span: Range, generated_at: datetime) -> str:
    document = {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "generated_at": generated_at.isoformat(timespec="seconds"),
        "since": span.first.isoformat() if span.first else None,
        "until": span.last.isoformat() if span.last else None,
        "summary": summary_to_json(summary),
        "breaks": [break_to_json(b) for b in breaks],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def to_csv(breaks: Sequence[BreakRecord]) -> str:
    """One row per exercise (a break without exercises gets one row), dates and times
    in separate local columns so spreadsheets recognise them."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for b in breaks:
        start = b.planned_start
        offset = start.strftime("%z")
        head = [
            b.slot_id,
            start.strftime("%Y-%m-%d"),
            start.strftime("%H:%M:%S"),
            f"{offset[:3]}:{offset[3:]}",
            b.planned_minutes,
            b.state,
            b.reason,
            b.shown_at.strftime("%Y-%m-%d %H:%M:%S") if b.shown_at else "",
        ]
        if not b.exercises:
            writer.writerow([*head, "", "", "", ""])
        for e in b.exercises:
            writer.writerow([*head, e.position, e.exercise_id, e.outcome, e.seconds])
    return out.getvalue()


def describe_exercises(b: BreakRecord, name_of: Callable[[str], str] = str) -> str:
    parts = []
    for e in b.exercises:
        if e.outcome == "completed":
            parts.append(f"{name_of(e.exercise_id)} ({translate('Units', '%n s', None, e.seconds)})")
        else:
            parts.append(f"{name_of(e.exercise_id)} ({outcome_name(e.outcome)})")
    return ", ".join(parts)


def _days(n: int) -> str:
    return translate("History", "%n days", None, n)


def describe_summary(s: Summary) -> list[str]:
    rate = f"{s.completion_rate:.0%}" if s.completion_rate is not None else "–"
    done = translate("History", "%1 of %2 due completed (%3)").replace("%1", str(s.completed))
    done = done.replace("%2", str(s.due))
    moved = translate("History", "%1 min moved").replace("%1", f"{s.minutes_moved:.0f}")
    missed = translate("History", "%1 missed while asleep or off").replace("%1", str(s.missed_by_sleep))
    streak = translate("History", "streak: %1 (longest %2)").replace("%1", _days(s.streak.current))
    streak = streak.replace("%2", _days(s.streak.longest))
    lines = [
        f"{translate('History', '%n breaks', None, s.breaks)}, {done.replace('%3', rate)}, {moved}, {missed}",
        streak,
    ]
    if s.most_skipped:
        skipped = ", ".join(f"{i} ×{n}" for i, n in s.most_skipped)
        lines.append(translate("History", "most skipped: %1").replace("%1", skipped))
    return lines


# The table's column heads, marked for translation (to_table translates them).
_HEADS = (
    QT_TRANSLATE_NOOP("History", "when"),
    QT_TRANSLATE_NOOP("History", "length"),
    QT_TRANSLATE_NOOP("History", "outcome"),
    QT_TRANSLATE_NOOP("History", "exercises"),
)


def to_table(breaks: Sequence[BreakRecord], summary: Summary) -> str:
    when, length, outcome, exercises = (translate("History", h) for h in _HEADS)  # i18n: marked elsewhere
    rows = [(when, length, outcome, exercises)]
    for b in breaks:
        rows.append(
            (
                f"{b.planned_start:%Y-%m-%d} {day_name(b.planned_start.isoweekday())} {b.planned_start:%H:%M}",
                minutes_text(b.planned_minutes),
                outcome_name(b.state),
                describe_exercises(b),
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    lines = ["  ".join(cell.ljust(widths[i]) if i < 3 else cell for i, cell in enumerate(r)).rstrip() for r in rows]
    return "\n".join([*lines, "", *describe_summary(summary)]) + "\n"
