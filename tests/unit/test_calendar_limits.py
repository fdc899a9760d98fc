"""Hostile calendars: every class of costly or broken event is skipped with a notice naming
it, and the calendar's other events still plan. Assertions are on outcomes, never timing."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest

from movebreak.domain.planner import Window, plan
from movebreak.domain.settings import Settings
from movebreak.sources import ics_limits
from movebreak.sources.ics import parse_ics

BERLIN = ZoneInfo("Europe/Berlin")
START = datetime(2026, 11, 30, tzinfo=BERLIN)  # a Monday
END = START + timedelta(days=7)

GOOD = """BEGIN:VEVENT
UID:good
SUMMARY:Focus
DTSTART;TZID=Europe/Berlin:20261130T090000
DTEND;TZID=Europe/Berlin:20261130T110000
END:VEVENT
"""


def event(uid: str, lines: str, start: str = "20261129T230000Z", dtend: bool = True) -> str:
    """One event lasting one second from start (UTC, as written in the file)."""
    first = datetime.strptime(start, "%Y%m%dT%H%M%SZ")  # noqa: DTZ007 - the Z is in the text
    end = f"DTEND:{utc_text(first + timedelta(seconds=1))}\n" if dtend else ""
    return f"BEGIN:VEVENT\nUID:{uid}\nSUMMARY:hostile {uid}\nDTSTART:{start}\n{end}{lines}END:VEVENT\n"


def utc_text(moment: datetime) -> str:
    """As iCalendar writes UTC; isoformat pads year 1 to 0001 where strftime does not."""
    naive = moment.astimezone(ZoneInfo("UTC")).replace(tzinfo=None) if moment.tzinfo else moment
    return naive.isoformat().replace("-", "").replace(":", "") + "Z"


def calendar(*events: str, head: str = "") -> bytes:
    body = "".join(events)
    text = f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\n{head}{body}END:VCALENDAR\n"
    return text.replace("\n", "\r\n").encode()


def parse(data: bytes):
    return parse_ics(data, "hostile.ics", START, END, BERLIN)


def only_good_plans(data: bytes) -> list[str]:
    """The good event is still a block, the planner plans around it; the notices' texts."""
    blocks, problems = parse(data)
    assert [b.title for b in blocks] == ["Focus"]
    window = Window.for_days(START.date(), 1, BERLIN)
    slots = plan(window, blocks, Settings())
    assert slots and all(not (s.start < blocks[0].end and s.end > blocks[0].start) for s in slots)
    return [str(p) for p in problems]


ALL_MINUTES = ",".join(str(m) for m in range(60))


@pytest.mark.parametrize(
    ("rule", "start", "said"),
    [
        ("RRULE:FREQ=SECONDLY\n", "20261130T080000Z", "occurs every second; ignored"),
        ("RRULE:FREQ=SECONDLY;INTERVAL=30\n", "20261130T080000Z", "occurs every 30 seconds; ignored"),
        ("RRULE:FREQ=MINUTELY\n", "20261130T080000Z", "occurs every minute; ignored"),
        ("RRULE:FREQ=MINUTELY;INTERVAL=14\n", "20261130T080000Z", "occurs every 14 minutes; ignored"),
        (
            f"RRULE:FREQ=MONTHLY;BYMINUTE={ALL_MINUTES};BYSECOND={ALL_MINUTES}\n",
            "20000101T080000Z",
            "occurs every second; ignored",
        ),
        (
            f"RRULE:FREQ=DAILY;BYHOUR={','.join(str(h) for h in range(24))};BYMINUTE=0,10,20,30,40,50\n",
            "20261130T080000Z",
            "occurs every 10 minutes; ignored",
        ),
        ("RRULE:FREQ=DAILY;INTERVAL=0\n", "20261130T080000Z", "INTERVAL=0 is not a valid interval; ignored"),
        ("RRULE:FREQ=WEEKLY;INTERVAL=-2\n", "20261130T080000Z", "INTERVAL=-2 is not a valid interval; ignored"),
        ("RRULE:FREQ=HOURLY\n", "00010101T080000Z", "repeats from 0001-01-01"),
        ("RRULE:FREQ=DAILY\n", "17000101T080000Z", "repeats from 1700-01-01"),
    ],
)
def test_costly_rule_is_ignored_by_name_and_the_rest_plans(rule, start, said) -> None:
    texts = only_good_plans(calendar(event("bad", rule, start), GOOD))
    assert len(texts) == 1
    assert "hostile.ics:" in texts[0] and "event bad" in texts[0] and "'hostile bad'" in texts[0]
    assert said in texts[0]


def test_dozens_of_minutely_series_are_each_named() -> None:
    bad = [event(f"m{i}", "RRULE:FREQ=MINUTELY\n") for i in range(40)]
    texts = only_good_plans(calendar(*bad, GOOD))
    assert len(texts) == 40
    assert {t.split("event ")[1].split(":")[0] for t in texts} == {f"m{i}" for i in range(40)}


def test_every_fifteen_minutes_is_the_most_that_counts() -> None:
    at_limit = event("q", "RRULE:FREQ=MINUTELY;INTERVAL=15\n")
    blocks, problems = parse(calendar(at_limit))
    assert problems == []
    assert len(blocks) == 7 * ics_limits.MAX_OCCURRENCES_PER_DAY


def test_expansion_steps_limit_holds_at_its_boundary() -> None:
    # A daily rule costs one step per day from DTSTART to the window's end (plus one).
    limit = ics_limits.MAX_STEPS_PER_EVENT
    inside = event("in", "RRULE:FREQ=DAILY\n", utc_text(END - timedelta(days=limit - 2)))
    outside = event("out", "RRULE:FREQ=DAILY\n", utc_text(END - timedelta(days=limit + 2)))
    blocks, problems = parse(calendar(inside, outside))
    assert {b.title for b in blocks} == {"hostile in"}
    assert len(problems) == 1 and "event out" in str(problems[0])
    assert f"more than {limit:,}" in str(problems[0])


def test_the_calendar_budget_stops_many_costly_events_and_names_the_first_one_over() -> None:
    # Each one is under the per-event limit; together they are over the calendar's.
    per_event = ics_limits.MAX_STEPS_PER_EVENT - 10
    first = utc_text(END - timedelta(days=per_event))
    count = ics_limits.MAX_STEPS_PER_CALENDAR // per_event + 2
    costly = [event(f"c{i}", "RRULE:FREQ=DAILY\n", first) for i in range(count)]
    blocks, problems = parse(calendar(*costly, GOOD))
    texts = [str(p) for p in problems]
    named = [t.split("event ")[1].split(":")[0] for t in texts]
    kept = ics_limits.MAX_STEPS_PER_CALENDAR // per_event
    assert named == [f"c{i}" for i in range(kept, count)]
    assert {b.title for b in blocks} == {"Focus"} | {f"hostile c{i}" for i in range(kept)}
    assert all("budget" in t for t in texts)


def test_an_rdate_list_over_the_cap_is_ignored_after_expansion() -> None:
    cap = ics_limits.occurrence_cap(START, END)
    dates = ",".join(f"{START + timedelta(minutes=i):%Y%m%dT%H%M%S}" for i in range(cap + 1))
    rdates = event("rd", f"RDATE;TZID=Europe/Berlin:{dates}\n")
    texts = only_good_plans(calendar(rdates, GOOD))
    assert len(texts) == 1 and "event rd" in texts[0]
    assert f"more than {cap:,}; ignored" in texts[0]


def test_a_duration_that_overflows_datetime_is_named() -> None:
    huge = event("dur", "DURATION:P99999999W\n", dtend=False)
    texts = only_good_plans(calendar(huge, GOOD))
    assert len(texts) == 1 and "event dur" in texts[0] and "longer than 366 days" in texts[0]


@pytest.mark.parametrize("zone", ["Europe", "America", "A" * 300, "Etc", "x" * 5000])
def test_a_tzid_that_is_a_zone_folder_or_too_long_is_named(zone) -> None:
    bad = (
        f"BEGIN:VEVENT\nUID:tz\nSUMMARY:zoned\nDTSTART;TZID={zone}:20261201T090000\n"
        f"DTEND;TZID={zone}:20261201T100000\nEND:VEVENT\n"
    )
    texts = only_good_plans(calendar(bad, GOOD))
    assert len(texts) == 1 and "event tz" in texts[0]
    assert f"unknown time zone {zone[:64]!r}" in texts[0]


@pytest.mark.parametrize("zone", ["Europe", "B" * 300, "Not/AZone"])
def test_an_x_wr_timezone_that_is_no_zone_is_ignored_with_a_notice(zone) -> None:
    blocks, problems = parse(calendar(GOOD, head=f"X-WR-TIMEZONE:{zone}\n"))
    assert [b.title for b in blocks] == ["Focus"]
    assert [p.key for p in problems] == ["X-WR-TIMEZONE"]
    assert f"{zone[:64]!r} is not a time zone; ignored" in str(problems[0])


def test_a_valid_x_wr_timezone_still_applies_to_floating_times() -> None:
    floating = "BEGIN:VEVENT\nUID:f\nSUMMARY:Floating\nDTSTART:20261201T090000\nDTEND:20261201T100000\nEND:VEVENT\n"
    blocks, problems = parse(calendar(floating, head="X-WR-TIMEZONE:America/New_York\n"))
    assert problems == []
    assert blocks[0].start == datetime(2026, 12, 1, 9, tzinfo=ZoneInfo("America/New_York"))


def test_an_event_duration_holds_at_its_boundary() -> None:
    days = ics_limits.MAX_EVENT_DURATION.days
    at = event("at", f"DURATION:P{days}D\n", dtend=False)
    over = event("over", f"DURATION:P{days + 1}D\n", dtend=False)
    blocks, problems = parse(calendar(at, over))
    assert [b.title for b in blocks] == ["hostile at"]
    assert len(problems) == 1 and "event over" in str(problems[0])


def test_the_occurrence_cap_is_96_a_day_of_the_window() -> None:
    assert ics_limits.occurrence_cap(START, END) == 7 * ics_limits.MAX_OCCURRENCES_PER_DAY


def test_one_off_events_outside_the_window_are_dropped_before_expansion_at_its_edges() -> None:
    # Expansion skips them (a calendar of ten years holds thousands); what plans is unchanged.
    def one_off(uid: str, first: datetime, last: datetime) -> str:
        return (
            f"BEGIN:VEVENT\nUID:{uid}\nSUMMARY:{uid}\nDTSTART:{utc_text(first)}\nDTEND:{utc_text(last)}\nEND:VEVENT\n"
        )

    second = timedelta(seconds=1)
    events = [
        one_off("ends-at-start", START - timedelta(hours=1), START),
        one_off("starts-at-end", END, END + timedelta(hours=1)),
        one_off("overlaps-start", START - timedelta(hours=1), START + second),
        one_off("overlaps-end", END - second, END + timedelta(hours=1)),
        "BEGIN:VEVENT\nUID:allday\nSUMMARY:allday\nDTSTART;VALUE=DATE:20261201\nEND:VEVENT\n",
    ]
    blocks, problems = parse(calendar(*events))
    assert problems == []
    assert sorted(b.title for b in blocks) == ["overlaps-end", "overlaps-start"]
    event = icalendar.Calendar.from_ical(calendar(events[0])).walk("VEVENT")[0]
    assert ics_limits.outside_window(event, START, END, BERLIN, 1)
    assert not ics_limits.outside_window(event, START, END, BERLIN, 2)  # its UID is shared: keep
