"""`movebreak history`: table, CSV and JSON from the journal; bad dates exit 2; nothing created."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from movebreak import paths
from movebreak.cli import main
from movebreak.domain.clock import FakeClock
from movebreak.domain.stats import ExerciseRecord
from movebreak.storage.journal import Journal

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def seeded(monkeypatch):
    """Three days of breaks in March 2026, written by the real journal."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    clock = FakeClock(datetime(2026, 3, 10, 8, 0, tzinfo=BERLIN))
    j = Journal.open(paths.journal_file(), clock)
    day1 = datetime(2026, 3, 2, 10, 0, tzinfo=BERLIN)
    j.record_routine(
        "d1-a",
        day1,
        5,
        "completed",
        [
            ExerciseRecord(0, "neck-tilt", "completed", 60),
            ExerciseRecord(1, "wrist-circles", "completed", 45),
        ],
        shown_at=day1,
    )
    j.record_routine(
        "d1-b",
        day1 + timedelta(hours=2),
        4,
        "partial",
        [
            ExerciseRecord(0, "squat, chair", "completed", 30),
            ExerciseRecord(1, "wrist-circles", "skipped", 0),
        ],
    )
    j.record_break("d2-a", day1 + timedelta(days=1), 5, "missed", reason="asleep")
    j.record_routine(
        "d3-a",
        day1 + timedelta(days=2),
        5,
        "completed",
        [ExerciseRecord(0, "neck-tilt", "completed", 60)],
    )
    j.close()


def test_no_journal_says_so_and_creates_nothing(capsys):
    assert main(["history"]) == 0
    assert "No breaks logged yet" in capsys.readouterr().out
    assert not paths.journal_file().exists()
    assert not paths.data_dir().exists()


def test_no_journal_still_gives_valid_json_and_csv(capsys):
    """Before the app logs its first break there is no journal file; scripts still get a document."""
    assert main(["history", "--format", "json"]) == 0
    out = capsys.readouterr()
    doc = json.loads(out.out)
    assert doc["breaks"] == [] and doc["summary"]["breaks"] == 0
    assert "No breaks logged yet" in out.err
    assert main(["history", "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith("slot_id,date,time,")
    assert not paths.data_dir().exists()


def test_table_lists_breaks_with_exercises_and_a_summary(seeded, capsys):
    assert main(["history", "--since", "2026-03-01", "--until", "2026-03-31"]) == 0
    out = capsys.readouterr().out
    assert "2026-03-02 Mon 10:00" in out
    assert "neck-tilt (60 s), wrist-circles (45 s)" in out
    assert "wrist-circles (skipped)" in out
    assert "4 breaks, 2 of 4 due completed (50%)" in out
    assert "missed while asleep" in out


def test_csv_has_one_row_per_exercise_and_spreadsheet_friendly_dates(seeded, capsys):
    assert main(["history", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 2 + 2 + 1 + 1  # the missed break has one row without an exercise
    squat = next(r for r in rows if r["exercise_id"] == "squat, chair")
    assert (squat["date"], squat["time"], squat["utc_offset"]) == (
        "2026-03-02",
        "12:00:00",
        "+01:00",
    )
    assert (squat["state"], squat["outcome"], squat["seconds"]) == ("partial", "completed", "30")
    missed = next(r for r in rows if r["slot_id"] == "d2-a")
    assert (missed["reason"], missed["exercise_id"]) == ("asleep", "")


def test_json_lists_breaks_with_exercises_and_outcomes(seeded, capsys):
    assert main(["history", "--format", "json", "--since", "2026-03-03"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert (doc["format"], doc["version"], doc["since"], doc["until"]) == (
        "movebreak-history",
        1,
        "2026-03-03",
        None,
    )
    assert [b["slot_id"] for b in doc["breaks"]] == ["d2-a", "d3-a"]
    d3 = doc["breaks"][1]
    assert d3["planned_start"] == "2026-03-04T10:00:00+01:00"
    assert d3["exercises"] == [{"position": 0, "exercise_id": "neck-tilt", "outcome": "completed", "seconds": 60}]
    assert doc["summary"]["missed_by_sleep"] == 1
    assert doc["summary"]["minutes_moved"] == 1.0


def test_until_is_inclusive_of_its_day(seeded, capsys):
    assert main(["history", "--format", "json", "--until", "2026-03-02"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [b["slot_id"] for b in doc["breaks"]] == ["d1-a", "d1-b"]


@pytest.mark.parametrize(
    ("argv", "text"),
    [
        (["--since", "2026-13-01"], "'2026-13-01' is not a date"),
        (["--until", "last tuesday"], "'last tuesday' is not a date"),
        (["--since", "2026-03-05", "--until", "2026-03-01"], "is after --until"),
    ],
)
def test_bad_dates_exit_2_with_a_clear_message(seeded, capsys, argv, text):
    assert main(["history", *argv]) == 2
    err = capsys.readouterr().err
    assert (text in err and "YYYY-MM-DD" in err) or "on or before" in err


def test_a_damaged_journal_is_reported_not_moved(capsys):
    path = paths.journal_file()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a database" * 100)
    assert main(["history"]) == 1
    assert "cannot read the journal" in capsys.readouterr().err
    assert path.read_bytes() == b"not a database" * 100


@pytest.mark.parametrize(
    ("current", "longest", "text"),
    [
        (1, 1, "streak: 1 day (longest 1 day)"),
        (2, 5, "streak: 2 days (longest 5 days)"),
        (0, 1, "streak: 0 days (longest 1 day)"),
    ],
)
def test_the_streak_line_says_day_or_days(current: int, longest: int, text: str) -> None:
    from dataclasses import replace
    from datetime import date

    from movebreak.domain.stats import Streak, summarize
    from movebreak.storage.history_export import describe_summary

    summary = replace(summarize([], [], date(2026, 3, 10)), streak=Streak(current, longest))
    assert text in describe_summary(summary)


def test_a_bad_option_is_prefixed_once(capsys):
    # It read "movebreak: movebreak plan: --days: ...".
    assert main(["plan", "--days", "0"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("movebreak: plan: --days")
    assert "movebreak: movebreak" not in err
    assert main(["history", "--since", "2026-13-01"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("movebreak: history: ") and "movebreak: movebreak" not in err
