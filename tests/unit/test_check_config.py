"""check-config: every problem at once, with lines and suggestions; exit 0 or 2."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from movebreak.commands import check_config

BAD = """\
# my config
[planning]
min_gap = 500
max_siting = 40

[working_hours]
thurs = ["09:00-17:00"]

[[blocks]]
days = "mon"
start = "14:00"
end = "13:00"
"""


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--config")
    check_config.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return int(args.func(args))


def test_clean_file_prints_ok_and_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "c.toml"
    f.write_text("[planning]\nmin_gap = 10\n", encoding="utf-8")
    assert run(["check-config", str(f)]) == 0
    assert capsys.readouterr().out.strip() == f"OK: {f}"


def test_every_problem_is_reported_with_line_and_suggestion(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "c.toml"
    f.write_text(BAD, encoding="utf-8")
    assert run(["check-config", str(f)]) == 2
    err = capsys.readouterr().err
    assert f"{f}:3: planning.min_gap" in err
    assert f"{f}:4: planning.max_siting" in err and "did you mean 'max_sitting'" in err
    assert f"{f}:7: working_hours.thurs" in err and "did you mean 'thu'" in err
    assert f"{f}:12: blocks[0].end: end must be after start" in err
    assert "3 problems and 1 warning in" in err  # a misspelt weekday is a wrong value


def test_toml_syntax_error_names_the_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "c.toml"
    f.write_text("[planning]\nmin_gap = = 3\n", encoding="utf-8")
    assert run(["check-config", str(f)]) == 2
    assert f"{f}:2:" in capsys.readouterr().err


def test_explicit_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["check-config", str(tmp_path / "nope.toml")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_global_config_option_is_the_file_checked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "c.toml"
    f.write_text("[breaks]\nchime = 'yes'\n", encoding="utf-8")
    assert run(["--config", str(f), "check-config"]) == 2
    assert "breaks.chime" in capsys.readouterr().err


def test_default_user_file_missing_is_fine(capsys: pytest.CaptureFixture[str]) -> None:
    # conftest points MOVEBREAK_CONFIG_DIR at an empty temp dir.
    assert run(["check-config"]) == 0
    assert "defaults are used" in capsys.readouterr().out


def test_default_user_file_is_checked(isolated_dirs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    config_dir, _ = isolated_dirs
    config_dir.mkdir(parents=True)
    (config_dir / "config.toml").write_text("[breaks]\nsnooze = 0\n", encoding="utf-8")
    assert run(["check-config"]) == 2
    assert "breaks.snooze" in capsys.readouterr().err


def test_an_unknown_section_is_a_warning_with_a_suggestion_and_exit_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The docs promise unknown sections are kept: a newer movebreak may have written them.
    f = tmp_path / "c.toml"
    f.write_text("[mystery]\nx = 1\n\n[sytem]\n", encoding="utf-8")
    assert run(["check-config", str(f)]) == 0
    out, err = capsys.readouterr()
    assert out == f"OK with 2 warnings: {f}\n"
    assert f"{f}:1: mystery: warning: Unknown section 'mystery', ignored" in err
    assert f"{f}:4: sytem: warning: Unknown section 'sytem', ignored; did you mean 'system'?" in err


def test_an_unknown_key_follows_the_same_rule(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "c.toml"
    f.write_text("[planning]\nmax_siting = 40\n", encoding="utf-8")
    assert run(["check-config", str(f)]) == 0
    assert "did you mean 'max_sitting'" in capsys.readouterr().err


def test_strict_makes_warnings_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "c.toml"
    f.write_text("[mystery]\nx = 1\n", encoding="utf-8")
    assert run(["check-config", "--strict", str(f)]) == 2
    assert "1 warning in" in capsys.readouterr().err
    f.write_text("[planning]\nmin_gap = 10\n", encoding="utf-8")
    assert run(["check-config", "--strict", str(f)]) == 0


def test_directory_is_rejected(tmp_path: Path) -> None:
    assert run(["check-config", str(tmp_path)]) == 2
