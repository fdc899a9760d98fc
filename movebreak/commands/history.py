"""`movebreak history`: the journal's breaks and exercises as a table, CSV or JSON."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from movebreak import paths
from movebreak.domain.clock import SystemClock
from movebreak.errors import ConfigError, Problem
from movebreak.i18n import translate
from movebreak.storage.history_export import Range, summary_for, to_csv, to_json, to_table
from movebreak.storage.journal import Journal


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "history",
        help=translate("CLI", "show the breaks you took and the exercises you did"),
        description=translate(
            "CLI",
            "List the journaled breaks with their exercises and outcomes, and a "
            "summary (completion rate, streak, minutes moved). Dates are local days, inclusive.",
        ),
    )
    p.add_argument("--since", metavar="YYYY-MM-DD", help=translate("CLI", "first day to include (default: all)"))
    p.add_argument("--until", metavar="YYYY-MM-DD", help=translate("CLI", "last day to include (default: today)"))
    p.add_argument(
        "--format",
        choices=("table", "csv", "json"),
        default="table",
        help=translate("CLI", "table for people (default), csv for spreadsheets, json for scripts"),
    )
    p.set_defaults(func=run)


def _day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ConfigError(
            [
                Problem(
                    "history",
                    f"{value!r} is not a date",
                    key=option,
                    valid="a date as YYYY-MM-DD, e.g. 2026-03-15",
                )
            ]
        ) from None


def run(args: argparse.Namespace) -> int:
    first = _day(args.since, "--since")
    last = _day(args.until, "--until")
    if first and last and first > last:
        raise ConfigError(
            [
                Problem(
                    "history",
                    f"{first} is after --until {last}",
                    key="--since",
                    valid="a first day on or before the last day",
                )
            ]
        )
    path = paths.journal_file()
    clock = SystemClock()
    if not path.exists():
        # The app creates the journal when it logs its first break.
        where = sys.stdout if args.format == "table" else sys.stderr
        print(translate("History", "No breaks logged yet (%1 does not exist).").replace("%1", str(path)), file=where)
        if args.format == "table":
            return 0
        path = Path(":memory:")  # an empty journal, so json and csv still give a valid document
    span = Range(first, last, clock.tz())
    journal = Journal.open_for_reading(path, clock) if path.exists() else Journal.open(path, clock)
    try:
        breaks = journal.breaks(span.since, span.until)
        summary = summary_for(journal, span, clock.now().date())
    finally:
        journal.close()
    if args.format == "json":
        sys.stdout.write(to_json(breaks, summary, span, clock.now()))
    elif args.format == "csv":
        sys.stdout.write(to_csv(breaks))
    elif not breaks:
        in_range, none_yet = (
            translate("History", "No breaks logged in that range."),
            translate("History", "No breaks logged yet."),
        )
        print(in_range if first or last else none_yet)
    else:
        sys.stdout.write(to_table(breaks, summary))
    return 0
