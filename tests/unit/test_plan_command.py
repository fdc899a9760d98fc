"""`movebreak plan`: the JSON contract, the table, config handling and exit codes."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from movebreak.commands import plan as plan_command

FIXTURES = Path(__file__).parent.parent / "fixtures" / "calendars"
ROOT = Path(__file__).parent.parent.parent


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    # the same shape as movebreak.cli: a global --config, then the sub-command
    parser = argparse.ArgumentParser(prog="movebreak")
    parser.add_argument("--config")
    plan_command.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    code = args.func(args)
    out, err = capsys.readouterr()
    return code, out, err


BASE = ["plan", "--from", "2024-06-10", "--tz", "Europe/Berlin"]


def test_json_follows_the_contract(capsys) -> None:
    code, out, err = run(
        [*BASE, "--days", "2", "--format", "json", "--calendar", str(FIXTURES / "exdate_moved.ics")], capsys
    )
    assert code == 0 and err == ""
    data = json.loads(out)
    assert list(data) == ["timezone", "from", "days", "settings", "blocks", "breaks"]
    assert (data["timezone"], data["from"], data["days"]) == ("Europe/Berlin", "2024-06-10", 2)
    assert data["settings"] == {
        "after_block_delay": 2,
        "min_gap": 5,
        "max_sitting": 50,
        "routine_min": 2,
        "routine_max": 8,
    }
    assert data["blocks"][0] == {
        "start": "2024-06-10T10:00:00+02:00",
        "end": "2024-06-10T11:30:00+02:00",
        "title": "Focus time",
        "source": str(FIXTURES / "exdate_moved.ics"),
    }
    assert len(data["blocks"]) == 2
    for slot in data["breaks"]:
        assert list(slot) == ["id", "start", "end", "reason", "routine_minutes"]
        assert slot["reason"] in ("after-block", "gap", "sitting-limit")
        assert datetime.fromisoformat(slot["start"]).utcoffset() is not None
    after = [s for s in data["breaks"] if s["reason"] == "after-block"]
    assert after[0]["start"] == "2024-06-10T11:32:00+02:00" and after[0]["routine_minutes"] == 8


def test_same_command_gives_the_same_ids(capsys) -> None:
    argv = [*BASE, "--format", "json", "--calendar", str(FIXTURES / "mixed.ics")]
    first = json.loads(run(argv, capsys)[1])
    second = json.loads(run(argv, capsys)[1])
    assert [b["id"] for b in first["breaks"]] == [b["id"] for b in second["breaks"]]


def test_table_lists_each_day_with_blocks_and_breaks(capsys) -> None:
    code, out, _ = run([*BASE, "--days", "7", "--calendar", str(FIXTURES / "mixed.ics")], capsys)
    assert code == 0
    assert "Mon 2024-06-10  (09:00-17:30)" in out
    assert "  10:00-11:00     block  Planning meeting" in out
    assert "  11:02-11:10     break  8 min (after-block)" in out
    assert "Sat 2024-06-15  (no working hours)" in out and "  nothing planned" in out


def test_broken_event_is_a_warning_and_the_plan_still_prints(capsys) -> None:
    code, out, err = run([*BASE, "--calendar", str(FIXTURES / "mixed.ics")], capsys)
    assert code == 0 and "Planning meeting" in out
    assert "warning" in err and "inverted@test" in err and "mixed.ics:46" in err


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        (["--calendar", str(FIXTURES / "truncated.ics")], "truncated"),
        (["--calendar", "/no/such/file.ics"], "cannot be read"),
        (["--calendar", "gopher://example.org/x.ics"], "unsupported scheme"),
        (["--tz", "Mars/Base"], "unknown time zone 'Mars/Base'"),
        (["--from", "2024-13-01"], "invalid date '2024-13-01'"),
        (["--days", "0"], "--days"),
    ],
)
def test_bad_input_exits_2_with_a_clear_message(extra, words, capsys) -> None:
    code, out, err = run([*BASE, *extra], capsys)
    assert code == 2 and out == ""
    assert words in err and "Traceback" not in err


def test_explicit_config_is_strict_and_the_user_config_only_warns(tmp_path, capsys) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[planning]\nmin_gap = 999\n")
    code, _, err = run(["--config", str(bad), *BASE], capsys)
    assert code == 2 and "planning.min_gap" in err
    code, _, err = run([*BASE, "--config", str(tmp_path / "missing.toml")], capsys)
    assert code == 2 and "no such file" in err
    user = Path(os.environ["MOVEBREAK_CONFIG_DIR"]) / "config.toml"
    user.parent.mkdir(parents=True)
    user.write_text("[planning]\nmin_gap = 999\nmax_sitting = 30\n")
    code, out, err = run([*BASE, "--format", "json"], capsys)
    assert code == 0 and "warning" in err and "min_gap" in err
    assert json.loads(out)["settings"]["max_sitting"] == 30


def test_sub_command_config_and_calendars_from_config(tmp_path, capsys) -> None:
    config = tmp_path / "c.toml"
    config.write_text(
        '[working_hours]\nmon = ["09:00-12:00", "13:00-17:30"]\n'
        '[[blocks]]\ndays = "mon-thu"\nstart = "09:30"\nend = "11:30"\ntitle = "Deep work"\n'
        f'[[calendars]]\nsource = "{FIXTURES / "mixed.ics"}"\nkeywords = ["focus"]\nname = "Work"\n'
    )
    code, out, _ = run([*BASE, "--config", str(config), "--format", "json"], capsys)
    data = json.loads(out)
    assert code == 0
    assert [(b["title"], b["source"]) for b in data["blocks"]] == [
        ("Deep work", "settings"),
        ("Deep work session", "Work"),
    ]
    for slot in data["breaks"]:
        assert not ("12:00" <= slot["start"][11:16] < "13:00")


def test_real_cli_prints_json_without_traceback() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-m", "movebreak", "plan", "--from", "2024-06-10", "--tz", "UTC", "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["timezone"] == "UTC"
    proc = subprocess.run(
        [sys.executable, "-m", "movebreak", "plan", "--calendar", str(FIXTURES / "bad_date.ics")],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )
    assert proc.returncode == 2 and "bad-date@test" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_an_unknown_section_warns_once_without_using_the_default(tmp_path, capsys) -> None:
    # "(using the default)" means nothing for a whole section; an explicit --config is strict
    # about wrong values, not about sections a newer movebreak may have written.
    config = tmp_path / "c.toml"
    config.write_text("[mystery]\nx = 1\n[planning]\nmax_sitting = 30\n")
    code, out, err = run(["--config", str(config), *BASE, "--format", "json"], capsys)
    assert code == 0
    assert json.loads(out)["settings"]["max_sitting"] == 30
    assert err.count("Unknown section 'mystery', ignored") == 1
    assert "using the default" not in err


@pytest.mark.parametrize(
    ("start", "days", "ok"),
    [
        ("1900-01-01", 1, True),
        ("1899-12-31", 1, False),
        ("2199-12-31", 1, True),
        ("2200-01-01", 1, False),
        ("9999-12-31", 2, False),
        ("0001-01-01", 1, False),
        ("2024-06-10", plan_command.MAX_DAYS, True),
        ("2024-06-10", plan_command.MAX_DAYS + 1, False),
        ("2024-06-10", 0, False),
    ],
)
def test_plan_dates_and_days_hold_at_their_boundaries(capsys, start, days, ok) -> None:
    code, _out, err = run(["plan", "--from", start, "--days", str(days), "--tz", "UTC", "--format", "json"], capsys)
    assert (code == 0) == ok, err
    if not ok:
        assert code == 2 and "(valid: " in err and "Traceback" not in err
