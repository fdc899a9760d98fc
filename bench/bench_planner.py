"""Planner benchmark: one year against a calendar of 2,000+ expanded events, mostly recurring.

Prints the planning cost as a ratio against recurring-ical-events expanding the same calendar
alone (goal: planning adds at most 20 %), and `movebreak plan --days 7` end to end."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import icalendar  # noqa: E402
import recurring_ical_events  # noqa: E402

from movebreak.domain.planner import Window, plan  # noqa: E402
from movebreak.domain.settings import Settings  # noqa: E402
from movebreak.sources.ics import parse_ics  # noqa: E402

TZ = ZoneInfo("Europe/Berlin")
YEAR = 2025


def make_calendar() -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//movebreak bench//EN"]

    def event(uid: str, start: datetime, minutes: int, summary: str, rule: str = "") -> None:
        end = start + timedelta(minutes=minutes)
        lines.extend(
            [
                "BEGIN:VEVENT",
                f"UID:{uid}",
                "DTSTAMP:20250101T000000Z",
                f"DTSTART;TZID=Europe/Berlin:{start:%Y%m%dT%H%M%S}",
                f"DTEND;TZID=Europe/Berlin:{end:%Y%m%dT%H%M%S}",
                f"SUMMARY:{summary}",
            ]
        )
        if rule:
            lines.append(rule)
        lines.append("END:VEVENT")

    first_monday = date(YEAR, 1, 6)
    for i in range(12):  # weekly meetings on varied days and hours: 12 x 52
        day = first_monday + timedelta(days=i % 5)
        moment = datetime(day.year, day.month, day.day, 9 + i % 8, 15 * (i % 4), tzinfo=TZ)
        rule = f"RRULE:FREQ=WEEKLY;UNTIL={YEAR}1231T235959Z"
        event(f"weekly-{i}", moment, 45, f"Weekly {i}", rule)
    for i in range(3):  # daily focus blocks on weekdays: 3 x 261
        event(
            f"daily-{i}",
            datetime(YEAR, 1, 1, 8 + 3 * i, 30, tzinfo=TZ),
            90,
            f"Focus {i}",
            f"RRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;UNTIL={YEAR}1231T235959Z",
        )
    for i in range(600):  # one-off events
        day = date(YEAR, 1, 1) + timedelta(days=(i * 7) % 365)
        moment = datetime(day.year, day.month, day.day, 10 + i % 7, 0, tzinfo=TZ)
        event(f"single-{i}", moment, 30, f"One-off {i}")
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


def best_of(runs: int, func) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - t0)
    return min(times), result


def main() -> int:
    data = make_calendar()
    window = Window.for_days(date(YEAR, 1, 1), 365, TZ)
    start, end = window.day_span()
    settings = Settings()

    def expand_only() -> int:
        cal = icalendar.Calendar.from_ical(data)
        return len(list(recurring_ical_events.of(cal).between(start, end)))

    def blocks_and_plan() -> tuple[int, int]:
        blocks, _ = parse_ics(data, "bench.ics", start, end, TZ)
        return len(blocks), len(plan(window, blocks, settings))

    blocks, _ = parse_ics(data, "bench.ics", start, end, TZ)
    t_expand, events = best_of(3, expand_only)
    t_total, (n_blocks, n_slots) = best_of(3, blocks_and_plan)  # type: ignore[misc]
    t_plan, _ = best_of(3, lambda: plan(window, blocks, settings))
    print(f"calendar: {events} expanded events in {YEAR}; {n_blocks} blocks, {n_slots} break slots")
    print(f"recurring-ical-events expansion alone: {t_expand * 1000:.0f} ms")
    print(f"parse + expand + blocks + plan:        {t_total * 1000:.0f} ms (x{t_total / t_expand:.2f} of expansion)")
    if events < 2000:
        print(f"only {events} events: the benchmark needs at least 2,000")
        return 1
    print(
        f"plan() alone for the year:             {t_plan * 1000:.0f} ms "
        f"({100 * t_plan / t_expand:.1f} % of expansion; goal <= 20 %)"
    )

    with tempfile.TemporaryDirectory() as tmp:
        ics = Path(tmp) / "bench.ics"
        ics.write_bytes(data)
        env = {**os.environ, "PYTHONPATH": str(ROOT), "MOVEBREAK_CONFIG_DIR": tmp, "MOVEBREAK_DATA_DIR": tmp}
        cmd = [
            sys.executable,
            "-m",
            "movebreak",
            "plan",
            "--from",
            f"{YEAR}-06-02",
            "--days",
            "7",
            "--calendar",
            str(ics),
            "--tz",
            "Europe/Berlin",
            "--format",
            "json",
        ]
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT, env=env)
            times.append(time.perf_counter() - t0)
        bare = []
        for _ in range(3):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-c", "pass"], check=True)
            bare.append(time.perf_counter() - t0)
    print(
        f"`movebreak plan --days 7` end to end:  {statistics.median(times) * 1000:.0f} ms "
        f"(bare python start {statistics.median(bare) * 1000:.0f} ms)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
