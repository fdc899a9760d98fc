"""`movebreak plan`: the blocks and break slots for the coming days, as a table or as JSON."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from movebreak import paths
from movebreak.domain.blocks import Block, block_to_json
from movebreak.domain.clock import SystemClock, zone_named
from movebreak.domain.planner import BreakSlot, TakenBreak, Window, plan
from movebreak.domain.settings import Settings
from movebreak.errors import CalendarError, ConfigError, JournalError, MovebreakError, Problem
from movebreak.i18n import day_name, minutes_text, problem_text, reason_name, translate
from movebreak.sources.calendar import collect
from movebreak.storage.config_file import load_config, load_config_strict
from movebreak.storage.journal import Journal

MAX_DAYS = 366
# Dates past these overflow datetime once a zone offset or a week is added; nobody plans there.
FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2199, 12, 31)
PLANNING_KEYS = ("after_block_delay", "min_gap", "max_sitting", "routine_min", "routine_max")


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "plan",
        help=translate("CLI", "show the deep-work blocks and the breaks planned between them"),
        description=translate(
            "CLI",
            "Show the blocks (weekly rules + calendars) and the break slots planned "
            "into the gaps between them. Without --from: today, from now on.",
        ),
    )
    p.add_argument(
        "--config",
        metavar="FILE",
        dest="config",
        default=argparse.SUPPRESS,
        help=translate("CLI", "use this config file instead of the user's"),
    )
    p.add_argument(
        "--calendar",
        metavar="FILE_OR_URL",
        action="append",
        default=[],
        help=translate("CLI", "add an .ics file or http(s) URL as a calendar source (repeatable)"),
    )
    p.add_argument(
        "--from",
        dest="start",
        metavar="YYYY-MM-DD",
        help=translate("CLI", "first day to plan, whole days (default: today, from now on)"),
    )
    p.add_argument(
        "--days",
        type=int,
        default=1,
        metavar="N",
        help=translate("CLI", "number of days to plan, 1 to %1 (default: 1)").replace("%1", str(MAX_DAYS)),
    )
    p.add_argument(
        "--tz",
        metavar="ZONE",
        help=translate("CLI", "plan in this IANA zone (default: the config's, else the system's)"),
    )
    p.add_argument(
        "--format",
        choices=("table", "json"),
        default="table",
        help=translate("CLI", "table for people (default), json for scripts"),
    )
    p.set_defaults(func=run)


def _bad(message: str, valid: str, key: str) -> ConfigError:
    # ConfigError is the "bad input, exit 2" error; the source names the option.
    return ConfigError([Problem("plan", message, key=key, valid=valid)])


def _settings(args: argparse.Namespace) -> Settings:
    explicit = getattr(args, "config", None)
    path = Path(explicit) if explicit else paths.config_file()
    settings = load_config_strict(path) if explicit else None
    loaded = load_config(path)
    for problem in loaded.warnings if explicit else loaded.problems:
        # An unknown key or section is ignored: "using the default" would mean nothing there.
        said = problem_text(problem)
        text = said if problem.warning else translate("Plan", "warning: %1 (using the default)").replace("%1", said)
        print(f"movebreak: {text}", file=sys.stderr)
    return settings or loaded.settings


def _zone(args: argparse.Namespace, settings: Settings) -> tuple[tzinfo, str]:
    name = args.tz or settings.timezone
    if name:
        zone = zone_named(name)
        if zone is None:
            raise _bad(
                f"unknown time zone {name[:64]!r}",
                "an IANA zone such as 'Europe/Berlin'",
                "--tz" if args.tz else "timezone",
            )
        return zone, name
    tz = SystemClock().tz()
    return tz, str(getattr(tz, "key", None) or tz)


@dataclass
class PlanResult:
    settings: Settings
    tz: tzinfo
    zone_name: str
    first: date
    days: int
    blocks: list[Block]
    slots: list[BreakSlot]
    warnings: list[Problem]

    def to_json(self) -> dict[str, Any]:
        """The `plan` contract (DESIGN.md): keep these keys and shapes stable."""
        return {
            "timezone": self.zone_name,
            "from": self.first.isoformat(),
            "days": self.days,
            "settings": {key: getattr(self.settings, key) for key in PLANNING_KEYS},
            "blocks": [block_to_json(b, self.tz) for b in self.blocks],
            "breaks": [s.to_json() for s in self.slots],
        }


def build(args: argparse.Namespace) -> PlanResult:
    """Load settings, collect blocks, plan. Bad input raises a MovebreakError (exit 2)."""
    if not 1 <= args.days <= MAX_DAYS:
        raise _bad(f"invalid value {args.days}", f"a whole number from 1 to {MAX_DAYS}", "--days")
    if args.start:
        try:
            first = date.fromisoformat(args.start)
        except ValueError as exc:
            raise _bad(f"invalid date {args.start[:40]!r}", "a date as YYYY-MM-DD, e.g. 2024-06-10", "--from") from exc
        if not FIRST_DAY <= first <= LAST_DAY:
            raise _bad(f"{first.isoformat()} is out of range", f"a date from {FIRST_DAY} to {LAST_DAY}", "--from")
    settings = _settings(args)
    tz, zone_name = _zone(args, settings)
    clock = SystemClock(zone_name if isinstance(tz, ZoneInfo) else None)
    if args.start:
        window = Window.for_days(first, args.days, tz)
    else:
        # without --from the plan is what the app would do: today, from now on
        first = clock.now().astimezone(tz).date()
        window = Window.for_days(first, args.days, tz, now=clock.now())
    got = collect(settings, window, cache_dir=paths.cache_dir(), extra_sources=args.calendar, clock=clock)
    if got.errors:
        raise CalendarError(got.errors)
    # without --from, what the app would do: breaks taken today reset the sitting clock
    taken = [] if args.start else _taken_today(window, clock)
    slots = plan(window, got.blocks, settings, taken)
    shown = [b for b in got.blocks if b.end > window.start and b.start < window.end]
    return PlanResult(settings, tz, zone_name, first, args.days, shown, slots, got.warnings)


def _taken_today(window: Window, clock: SystemClock) -> list[TakenBreak]:
    """The journal's taken breaks of the window's days; none when there is no readable journal
    (the app writes it with its first break)."""
    path = paths.journal_file()
    if not path.exists():
        return []
    try:
        journal = Journal.open_for_reading(path, clock)
    except JournalError as exc:
        why = "; ".join(problem_text(p) for p in exc.problems)
        said = translate("Plan", "warning: %1 (planning without the breaks taken today)").replace("%1", why)
        print(f"movebreak: {said}", file=sys.stderr)
        return []
    try:
        return journal.taken_breaks(window.day_span()[0] - timedelta(days=1))
    finally:
        journal.close()


def render_table(result: PlanResult) -> str:
    """Day by day: working hours, then blocks and breaks in time order."""
    tz = result.tz
    rows: dict[date, list[tuple[datetime, str]]] = {}
    for b in result.blocks:
        s, e = b.start.astimezone(tz), b.end.astimezone(tz)
        end_text = f"{e:%H:%M}" if e.date() == s.date() else f"{day_name(e.isoweekday())} {e:%H:%M}"
        source = f"  [{b.source}]" if b.source else ""
        rows.setdefault(s.date(), []).append(
            (s, f"  {s:%H:%M}-{end_text:<9} {translate('Plan', 'block'):<6} {b.title}{source}")
        )
    for slot in result.slots:
        s, e = slot.start.astimezone(tz), slot.end.astimezone(tz)
        length = minutes_text(slot.routine_minutes)
        text = f"  {s:%H:%M}-{e:%H:%M}     {translate('Plan', 'break'):<6} {length} ({reason_name(slot.reason)})"
        rows.setdefault(s.date(), []).append((s, text))
    head = translate("Plan", "Plan for %n days from %1 (%2)", None, result.days)
    lines = [head.replace("%1", f"{result.first:%Y-%m-%d}").replace("%2", result.zone_name)]
    for i in range(result.days):
        day = result.first + timedelta(days=i)
        hours = result.settings.working_hours[day.weekday()]
        hours_text = ", ".join(str(r) for r in hours) if hours else translate("Plan", "no working hours")
        lines += ["", f"{day_name(day.isoweekday())} {day:%Y-%m-%d}  ({hours_text})"]
        entries = sorted(rows.get(day, []), key=lambda r: r[0])
        lines.extend(text for _, text in entries)
        if not entries:
            lines.append("  " + translate("Plan", "nothing planned"))
    counts = (
        translate("Plan", "%n breaks", None, len(result.slots)),
        translate("Plan", "%n blocks", None, len(result.blocks)),
    )
    lines += ["", f"{counts[0]}, {counts[1]}."]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    try:
        result = build(args)
    except MovebreakError as exc:
        for problem in exc.problems:
            print(f"movebreak: {problem_text(problem)}", file=sys.stderr)
        return exc.exit_code
    for problem in result.warnings:
        print(f"movebreak: {translate('Problem', 'warning: %1').replace('%1', problem_text(problem))}", file=sys.stderr)
    if args.format == "json":
        print(json.dumps(result.to_json(), indent=2))
    else:
        print(render_table(result))
    return 0
