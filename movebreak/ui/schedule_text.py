"""The Schedule page's text fields: working hours, day runs and block rows as people type
them, and what is wrong with a calendar location, in the words the page shows."""

from __future__ import annotations

import itertools
from datetime import tzinfo
from typing import TYPE_CHECKING

from movebreak.domain.settings import WEEKDAYS, TimeRange, parse_days, parse_range, parse_time
from movebreak.errors import MovebreakError
from movebreak.i18n import date_text, day_name, problem_message, problem_text, text, time_text, translate

if TYPE_CHECKING:  # icalendar's side loads only when a calendar is tested
    from movebreak.sources.calendar import SourceReport


def hours_text(ranges: tuple[TimeRange, ...]) -> str:
    return ", ".join(str(r) for r in ranges)


def format_day_runs(days: tuple[int, ...]) -> str:
    """(0, 1, 2, 4) -> 'mon-wed, fri': consecutive weekdays as ranges, easier to read."""
    runs: list[list[int]] = []
    for d in sorted(days):
        if runs and d == runs[-1][-1] + 1:
            runs[-1].append(d)
        else:
            runs.append([d])
    return ", ".join(WEEKDAYS[r[0]] if len(r) == 1 else f"{WEEKDAYS[r[0]]}-{WEEKDAYS[r[-1]]}" for r in runs)


def parse_hours(text: str) -> tuple[tuple[TimeRange, ...] | None, str | None]:
    """'09:00-12:30, 13:30-17:30' -> ranges, or None and the reason. Empty = day off."""
    ranges = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        r = parse_range(part)
        if r is None:
            halves = part.split("-")
            if len(halves) == 2 and all(parse_time(h) for h in halves):
                return None, translate("SchedulePage", "'%1': end must be after start").replace("%1", part)
            return None, translate("SchedulePage", "'%1' is not a range; write HH:MM-HH:MM, e.g. 09:00-17:30").replace(
                "%1", part
            )
        ranges.append(r)
    ranges.sort(key=lambda r: r.start)
    for a, b in itertools.pairwise(ranges):
        if a.end > b.start:
            return None, translate("SchedulePage", "%1 and %2 overlap").replace("%1", str(a)).replace("%2", str(b))
    return tuple(ranges), None


def block_problems(days: str, start: str, end: str) -> dict[int, str]:
    """Column -> reason for one row of the blocks table."""
    out: dict[int, str] = {}
    if parse_days(days) is None:
        out[0] = translate("SchedulePage", "days '%1': use weekdays such as mon-fri or mon, wed").replace("%1", days)
    s, e = parse_time(start), parse_time(end)
    if s is None:
        out[1] = translate("SchedulePage", "start '%1': use HH:MM").replace("%1", start)
    if e is None:
        out[2] = translate("SchedulePage", "end '%1': use HH:MM").replace("%1", end)
    if s is not None and e is not None and e <= s:
        out[2] = translate("SchedulePage", "end must be after start")
    return out


def comma_words(text: str) -> list[str]:
    """A comma-separated field (calendar keywords) as its non-empty, trimmed words."""
    return [w.strip() for w in text.split(",") if w.strip()]


def source_problem(location: str) -> str | None:
    """Why a calendar location cannot be used, in the user's language; None when it can."""
    if not location or location in ("https://", "http://"):
        return translate("SchedulePage", "enter the path of an .ics file or an http(s) URL")
    try:
        from movebreak.sources.fetch import classify

        classify(location)
    except MovebreakError as exc:
        return problem_message(exc.problems[0])
    except ImportError:
        return None
    return None


def source_report_text(report: SourceReport, tz: tzinfo) -> str:
    """The settings window's calendar test in the user's words: how many events count, the
    next ones, the cached copy's age, and each problem (SourceReport.summary is the English)."""
    from movebreak.sources.fetch import format_age

    if report.error is not None:
        return problem_text(report.error)
    lines = [translate("SchedulePage", "%n events count as blocks in the tested period.", None, report.events)]
    for block in report.next_blocks:
        s, e = block.start.astimezone(tz), block.end.astimezone(tz)
        lines.append(f"{day_name(s.isoweekday())} {date_text(s.date())} {time_text(s)}–{time_text(e)}  {block.title}")
    if report.cache_age is not None:
        age = text(format_age(report.cache_age))
        lines.append(translate("SchedulePage", "Using the cached copy, %1 old.").replace("%1", age))
    lines.extend(problem_text(w) for w in report.warnings)
    return "\n".join(lines)
