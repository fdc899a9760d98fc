"""iCalendar sources against the fixture calendars: DST, recurrence edits, filters, bad input."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from movebreak.domain.planner import Window, plan
from movebreak.domain.settings import BlockRule, CalendarSource, Settings
from movebreak.errors import CalendarError
from movebreak.sources import calendar as cal
from movebreak.sources import fetch
from movebreak.sources.ics import parse_ics

FIXTURES = Path(__file__).parent.parent / "fixtures" / "calendars"
BERLIN = ZoneInfo("Europe/Berlin")


def blocks_of(name: str, tz: ZoneInfo, first: date, last: date, keywords: tuple[str, ...] = ()):
    start = datetime.combine(first, time(0), tzinfo=tz)
    end = datetime.combine(last, time(0), tzinfo=tz)
    return parse_ics((FIXTURES / name).read_bytes(), name, start, end, tz, keywords)


@pytest.mark.parametrize(
    ("name", "zone", "before", "after"),
    [
        ("dst_berlin.ics", "Europe/Berlin", date(2024, 3, 25), date(2024, 4, 1)),
        ("dst_berlin.ics", "Europe/Berlin", date(2024, 10, 21), date(2024, 10, 28)),
        ("dst_new_york.ics", "America/New_York", date(2024, 3, 4), date(2024, 3, 11)),
        ("dst_new_york.ics", "America/New_York", date(2024, 10, 28), date(2024, 11, 4)),
        ("lord_howe.ics", "Australia/Lord_Howe", date(2024, 4, 1), date(2024, 4, 8)),
    ],
)
def test_weekly_event_stays_at_nine_local_across_dst(name, zone, before, after) -> None:
    tz = ZoneInfo(zone)
    blocks, problems = blocks_of(name, tz, before, after + timedelta(days=1))
    assert not problems
    starts = {b.start.astimezone(tz).date(): b.start.astimezone(tz) for b in blocks}
    assert starts[before].time() == time(9) and starts[after].time() == time(9)
    assert starts[before].utcoffset() != starts[after].utcoffset()


def test_lord_howe_half_hour_shift_keeps_real_durations() -> None:
    tz = ZoneInfo("Australia/Lord_Howe")
    blocks, _ = blocks_of("lord_howe.ics", tz, date(2024, 4, 1), date(2024, 4, 9))
    offsets = {b.start.utcoffset() for b in blocks}
    assert offsets == {timedelta(hours=11), timedelta(hours=10, minutes=30)}
    lengths = {b.end.astimezone(UTC) - b.start.astimezone(UTC) for b in blocks}
    assert lengths == {timedelta(minutes=90)}
    # the planner puts the after-block slot at 10:32 local on both sides of the switch
    window = Window.for_days(date(2024, 4, 1), 8, tz)
    slots = plan(window, blocks, Settings())
    after = [s.start.astimezone(tz) for s in slots if s.reason == "after-block"]
    assert [s.time() for s in after] == [time(10, 32), time(10, 32)]


def test_weekly_rule_block_stays_at_nine_across_berlin_spring_forward() -> None:
    window = Window.for_days(date(2024, 3, 29), 4, BERLIN)
    rules = (BlockRule((0, 1, 2, 3, 4), time(9), time(10), "Deep work"),)
    blocks, problems = cal.collect_blocks(Settings(blocks=rules), window, cache_dir=None)
    assert not problems
    assert [b.start.astimezone(BERLIN).time() for b in blocks] == [time(9), time(9)]
    assert [b.start.utcoffset() for b in blocks] == [timedelta(hours=1), timedelta(hours=2)]


def test_exdate_removes_and_recurrence_id_moves_an_occurrence() -> None:
    blocks, problems = blocks_of("exdate_moved.ics", BERLIN, date(2024, 6, 3), date(2024, 6, 8))
    assert not problems
    by_day = {b.start.date(): (b.start.time(), b.title) for b in blocks}
    assert date(2024, 6, 5) not in by_day
    assert by_day[date(2024, 6, 6)] == (time(14), "Focus time (moved)")
    assert by_day[date(2024, 6, 7)] == (time(10), "Focus time")


def test_all_day_transparent_and_cancelled_events_are_not_blocks() -> None:
    blocks, _ = blocks_of("mixed.ics", BERLIN, date(2024, 6, 10), date(2024, 6, 11))
    titles = [b.title for b in blocks]
    assert "Conference (all day)" not in titles
    assert "Lunch option (free)" not in titles
    assert "Cancelled review" not in titles
    assert titles == ["Planning meeting", "Floating meeting", "Deep work session", "Backwards event"]


def test_floating_time_is_read_in_the_planning_zone() -> None:
    tokyo = ZoneInfo("Asia/Tokyo")
    blocks, _ = blocks_of("mixed.ics", tokyo, date(2024, 6, 10), date(2024, 6, 11))
    floating = next(b for b in blocks if b.title == "Floating meeting")
    assert floating.start == datetime(2024, 6, 10, 13, tzinfo=tokyo)


def test_duration_instead_of_dtend() -> None:
    blocks, _ = blocks_of("mixed.ics", BERLIN, date(2024, 6, 10), date(2024, 6, 11))
    deep = next(b for b in blocks if b.title == "Deep work session")
    assert deep.end - deep.start == timedelta(minutes=45)


def test_event_ending_before_it_starts_counts_swapped_with_a_notice_naming_uid_and_line() -> None:
    # As recurring-ical-events (its issue 132) and calendar apps read it: busy 16:00-17:00.
    blocks, problems = blocks_of("mixed.ics", BERLIN, date(2024, 6, 10), date(2024, 6, 11))
    backwards = next(b for b in blocks if b.title == "Backwards event")
    assert (backwards.start, backwards.end) == (
        datetime(2024, 6, 10, 16, tzinfo=BERLIN),
        datetime(2024, 6, 10, 17, tzinfo=BERLIN),
    )
    [problem] = problems
    assert problem.key == "event inverted@test"
    assert "ends before it starts; counted as busy with start and end swapped" in problem.message
    lines = (FIXTURES / "mixed.ics").read_text().splitlines()
    assert lines[problem.line - 1].startswith("DTEND")


def test_a_calendar_whose_only_event_is_inverted_is_usable() -> None:
    # It used to exit 2: "no event in this calendar can be used".
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:swap@t\r\n"
        b"DTSTAMP:20240101T000000Z\r\nDTSTART:20240610T120000Z\r\nDTEND:20240610T110000Z\r\n"
        b"SUMMARY:Swapped\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    window = Window.for_days(date(2024, 6, 10), 1, BERLIN)
    blocks, problems = parse_ics(data, "swap.ics", window.start, window.end, BERLIN)
    assert [(b.title, b.end - b.start) for b in blocks] == [("Swapped", timedelta(hours=1))]
    assert [p.key for p in problems] == ["event swap@t"]


def test_x_wr_timezone_places_floating_times_in_the_calendar_zone() -> None:
    blocks, _ = blocks_of("x_wr_timezone.ics", BERLIN, date(2024, 6, 10), date(2024, 6, 12))
    [block] = blocks
    assert block.start == datetime(2024, 6, 10, 9, tzinfo=ZoneInfo("America/New_York"))


def test_keywords_narrow_to_summary_or_category_matches() -> None:
    blocks, _ = blocks_of("mixed.ics", BERLIN, date(2024, 6, 10), date(2024, 6, 11), ("writing",))
    assert [b.title for b in blocks] == ["Deep work session"]  # by category
    blocks, _ = blocks_of("mixed.ics", BERLIN, date(2024, 6, 10), date(2024, 6, 11), ("PLANNING",))
    assert [b.title for b in blocks] == ["Planning meeting"]  # by summary, any case


def test_one_broken_event_is_skipped_and_the_rest_counts() -> None:
    blocks, problems = blocks_of("one_bad_event.ics", BERLIN, date(2024, 6, 10), date(2024, 6, 11))
    assert [b.title for b in blocks] == ["Good one", "Good two"]
    [problem] = problems
    assert problem.key == "event broken@test" and problem.line == 14  # its DTSTART line
    assert "DTSTART" in problem.message


@pytest.mark.parametrize(
    ("name", "line", "words"),
    [
        ("not_ical.ics", 1, "not an iCalendar line"),
        ("truncated.ics", 4, "truncated"),
        ("bad_date.ics", 7, "invalid DTSTART"),
        ("unknown_tzid.ics", 7, "unknown time zone 'Mars/Olympus_Mons'"),
    ],
)
def test_unusable_file_is_a_calendar_error_naming_source_and_line(name, line, words) -> None:
    with pytest.raises(CalendarError) as info:
        blocks_of(name, BERLIN, date(2024, 6, 1), date(2024, 7, 1))
    first = info.value.problems[0]
    assert first.source == name and first.line == line
    assert words in str(info.value)


def test_unsupported_scheme_is_refused_with_what_is_valid() -> None:
    with pytest.raises(CalendarError) as info:
        fetch.classify("webcal://example.org/cal.ics")
    assert "https://" in str(info.value) and "valid" in str(info.value)
    with pytest.raises(CalendarError):
        fetch.classify("ftp://example.org/cal.ics")


def test_collect_skips_a_bad_source_and_keeps_the_others(tmp_path) -> None:
    settings = Settings(
        calendars=(
            CalendarSource(str(FIXTURES / "not_ical.ics")),
            CalendarSource((FIXTURES / "mixed.ics").as_uri(), name="Work"),
            CalendarSource(str(FIXTURES / "exdate_moved.ics"), enabled=False),
        )
    )
    window = Window.for_days(date(2024, 6, 10), 1, BERLIN)
    got = cal.collect(settings, window, cache_dir=tmp_path, extra_sources=[str(tmp_path / "missing.ics")])
    assert [b.source for b in got.blocks] == ["Work"] * 4
    bad = {str(FIXTURES / "not_ical.ics"), str(tmp_path / "missing.ics")}
    assert {p.source for p in got.errors} == bad
    assert [p.key for p in got.warnings] == ["event inverted@test"]
