"""Fuzzing the loaders and the planner with random and mutated TOML and iCalendar: the only
exceptions allowed out are movebreak's own (MovebreakError); everything else is a bug.

Runtime is kept modest for CI: 4 tests x 150 examples = 600 cases (about 10 s),
derandomized so a failure reproduces. The seeds of the mutations are the project's fixtures and the hostile
lines from issue 20."""

from __future__ import annotations

import os
import tomllib
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from movebreak.domain.planner import Window, plan
from movebreak.domain.settings import Settings
from movebreak.domain.settings_parse import settings_from_mapping
from movebreak.errors import MovebreakError
from movebreak.sources.ics import parse_ics
from movebreak.storage.catalogue import load_file
from movebreak.storage.config_file import load_config

FIXTURES = Path(__file__).parent.parent / "fixtures" / "calendars"
BERLIN = ZoneInfo("Europe/Berlin")
START = datetime(2024, 6, 10, tzinfo=BERLIN)
END = START + timedelta(days=7)
# MOVEBREAK_FUZZ_EXAMPLES=5000 hunts for new cases with fresh random draws; CI runs the fixed 150.
HUNT = os.environ.get("MOVEBREAK_FUZZ_EXAMPLES")
EXAMPLES = int(HUNT) if HUNT else 150
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,  # a parse's duration varies with the machine; limits are tested elsewhere
    derandomize=not HUNT,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

CONFIG = """\
[schedule]
mon = ["09:00-12:00", "13:00-17:00"]
[planning]
min_gap = 10
max_sitting = 50
timezone = "Europe/Berlin"
[[blocks]]
days = ["mon", "tue"]
start = "09:00"
end = "10:30"
[[calendars]]
source = "work.ics"
keywords = ["focus"]
"""
EXERCISE = """\
[[exercise]]
id = "neck"
name = "Neck rolls"
minutes = 2
steps = ["Roll slowly", "Other way"]
"""
TOML_PIECES = [
    "[",
    "]",
    "[[",
    "]]",
    "=",
    '"',
    "'''",
    "\n",
    "x = ",
    "1e999",
    "-0",
    "inf",
    "nan",
    "1979-05-27T07:32:00Z",
    "24:00",
    "25:00-26:00",
    '"9:5-10:00"',
    "[9, 17]",
    "\ufeff",
    "\x00",
    "[" * 50 + "]" * 50,
    "{a = 1}",
    'timezone = "Europe"',
    f'timezone = "{"Z" * 300}"',
    "min_gap = -1",
    "max_sitting = 99999999999999999999",
]
HOSTILE_ICS_LINES = [
    "RRULE:FREQ=SECONDLY",
    "RRULE:FREQ=DAILY;INTERVAL=0",
    "RRULE:FREQ=MINUTELY;COUNT=5",
    "RRULE:FREQ=HOURLY",
    "RRULE:FREQ=MONTHLY;BYMINUTE=0,30;BYSECOND=0,30",
    "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
    "RRULE:FREQ=WEEKLY;UNTIL=99991231T000000Z",
    "RRULE:FREQ=DAILY;BYHOUR=99",
    "RRULE:FREQ=FOO",
    "DTSTART:00010101T000000Z",
    "DTSTART;TZID=Europe:20240610T090000",
    "DTSTART;TZID=America/New_York:99991231T230000",
    "DTEND:99991231T235959Z",
    "DURATION:P99999999W",
    "DURATION:-PT1H",
    "DURATION:PT",
    "X-WR-TIMEZONE:Europe",
    f"DTSTART;TZID={'A' * 300}:20240610T090000",
    "EXDATE:20240611T090000Z",
    "RDATE:20240612T090000Z,bad",
    "RECURRENCE-ID:20240611T090000Z",
    "STATUS:CANCELLED",
    "TRANSP:TRANSPARENT",
    "BEGIN:VEVENT",
    "END:VEVENT",
    "BEGIN:VTIMEZONE",
    "END:VTIMEZONE",
    "TZID:Europe",
    "DTSTART;VALUE=DATE:20240610",
    "SUMMARY:\x00\ud7ff",
]


def _mutate(lines: list[str], edits: list[tuple[int, int, str]]) -> list[str]:
    out = list(lines)
    for op, where, piece in edits:
        if not out:
            out.append(piece)
            continue
        i = where % len(out)
        if op == 0:
            del out[i]
        elif op == 1:
            out.insert(i, piece)
        elif op == 2:
            out[i] = piece
        elif op == 3:
            out.insert(i, out[i])
        else:
            out[i] = out[i][: where % (len(out[i]) + 1)] + piece
    return out


edits = st.lists(
    st.tuples(st.integers(0, 4), st.integers(0, 10_000), st.sampled_from(TOML_PIECES) | st.text(max_size=20)),
    max_size=8,
)
ics_edits = st.lists(
    st.tuples(st.integers(0, 4), st.integers(0, 10_000), st.sampled_from(HOSTILE_ICS_LINES) | st.text(max_size=20)),
    max_size=8,
)
ICS_SEEDS = sorted(p.name for p in FIXTURES.glob("*.ics"))


@FUZZ
@given(seed=st.sampled_from([CONFIG, ""]), changes=edits)
def test_config_loader_reports_problems_and_never_raises(tmp_path_factory, seed, changes) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "config.toml"
    path.write_text("\n".join(_mutate(seed.splitlines(), changes)), encoding="utf-8", errors="surrogatepass")
    loaded = load_config(path)
    assert isinstance(loaded.settings, Settings)
    assert all(p.source == str(path) for p in loaded.problems)


@FUZZ
@given(changes=edits)
def test_exercise_loader_reports_problems_and_never_raises(tmp_path_factory, changes) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "mine.toml"
    path.write_text("\n".join(_mutate(EXERCISE.splitlines(), changes)), encoding="utf-8", errors="surrogatepass")
    found, problems = load_file(path)
    assert found or problems


toml_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30) | st.dates() | st.times(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=20,
)


@FUZZ
@given(
    data=st.dictionaries(
        st.sampled_from(["schedule", "planning", "blocks", "calendars", "timezone", "breaks", "x"]),
        toml_values,
        max_size=5,
    )
)
def test_settings_from_any_mapping_gives_settings_or_problems(data) -> None:
    settings_value, problems = settings_from_mapping({k: v for k, v in data.items() if v is not None}, "fuzz.toml")
    assert isinstance(settings_value, Settings)
    assert all(p.source == "fuzz.toml" for p in problems)


@FUZZ
@given(seed=st.sampled_from(ICS_SEEDS), changes=ics_edits)
def test_calendar_parser_and_planner_raise_only_calendar_errors(seed, changes) -> None:
    text = (FIXTURES / seed).read_text(encoding="utf-8")
    data = "\r\n".join(_mutate(text.splitlines(), changes)).encode("utf-8", errors="surrogatepass")
    try:
        blocks, problems = parse_ics(data, seed, START, END, BERLIN)
    except MovebreakError as exc:
        assert exc.problems
        return
    assert all(p.source == seed for p in problems)
    window = Window.for_days(date(2024, 6, 10), 7, BERLIN)
    plan(window, blocks, Settings())


def test_the_fuzz_seeds_are_valid_inputs(tmp_path) -> None:
    # Mutations start from something that works: otherwise the fuzz only tests the first error.
    assert tomllib.loads(CONFIG) and tomllib.loads(EXERCISE)
    assert len(ICS_SEEDS) >= 5
