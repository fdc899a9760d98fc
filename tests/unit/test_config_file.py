"""config.toml on disk: problems with lines, atomic save with a backup, comments survive."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest

from movebreak.domain.settings import DEFAULTS, BlockRule, CalendarSource
from movebreak.errors import ConfigError
from movebreak.storage.config_file import load_config, load_config_strict, save_config

HAND_EDITED = """\
# My movebreak config. I like long stretches.
[planning]
max_sitting = 60  # an hour is fine for me

# notes for my own scripts; movebreak doesn't know this section
[my_notes]
owner = "sam"

[[blocks]]
days = "mon-fri"
start = "09:00"
end = "11:00"
title = "Writing"
"""


def test_missing_file_gives_defaults_without_problems(tmp_path: Path) -> None:
    loaded = load_config(tmp_path / "config.toml")
    assert loaded.settings == DEFAULTS and loaded.ok and not loaded.exists


def test_save_keeps_comments_and_unknown_sections(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(HAND_EDITED, encoding="utf-8")
    settings = load_config(path).settings.with_changes(min_gap=7)
    save_config(path, settings)
    text = path.read_text(encoding="utf-8")
    assert "# My movebreak config. I like long stretches." in text
    assert "# an hour is fine for me" in text
    assert "[my_notes]" in text and 'owner = "sam"' in text
    again = load_config(path)
    assert again.settings.min_gap == 7 and again.settings.max_sitting == 60
    assert again.settings.blocks[0].title == "Writing"


def test_save_keeps_a_backup_of_the_previous_file(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(HAND_EDITED, encoding="utf-8")
    save_config(path, DEFAULTS.with_changes(snooze=9))
    assert (tmp_path / "config.toml.bak").read_text(encoding="utf-8") == HAND_EDITED
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".config-")]


def test_round_trip_of_every_structured_setting(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "config.toml"
    settings = DEFAULTS.with_changes(
        blocks=(BlockRule((0, 2), time(8, 30), time(10, 0), "Focus"),),
        calendars=(CalendarSource("/x/work.ics", False, ("Focus",), "Work"),),
        disabled_areas=("eyes",),
        chime=True,
    )
    save_config(path, settings)
    loaded = load_config(path)
    assert loaded.ok, loaded.problems
    assert loaded.settings == settings


def test_removing_all_blocks_removes_the_section(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(HAND_EDITED, encoding="utf-8")
    save_config(path, DEFAULTS)
    assert "[[blocks]]" not in path.read_text(encoding="utf-8")
    assert load_config(path).settings.blocks == ()


def test_unparseable_file_is_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[planning\nmin_gap = 3\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        save_config(path, DEFAULTS)
    assert path.read_text(encoding="utf-8") == "[planning\nmin_gap = 3\n"


def test_bad_values_keep_defaults_and_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[breaks]\nsnooze = 0\nchime = true\n", encoding="utf-8")
    loaded = load_config(path)
    assert loaded.settings.snooze == DEFAULTS.snooze and loaded.settings.chime is True
    assert [(p.key, p.line) for p in loaded.problems] == [("breaks.snooze", 2)]


def test_dotted_keys_get_their_line(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("# x\nplanning.min_gap = 0\n", encoding="utf-8")
    assert [p.line for p in load_config(path).problems] == [2]


def test_strict_load_raises_for_missing_and_bad_files(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such file"):
        load_config_strict(tmp_path / "nope.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[planning]\nmin_gap = 'x'\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"planning\.min_gap"):
        load_config_strict(bad)


def test_a_file_that_does_not_parse_names_its_line_and_runs_on_defaults(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("# mine\n[breaks]\nsnooze = 5\nchime = yes please\n", encoding="utf-8")
    loaded = load_config(path)
    assert loaded.settings == DEFAULTS and loaded.exists
    [problem] = loaded.problems
    assert problem.line == 4 and problem.source == str(path)
    assert problem.message.startswith("is not valid TOML: ") and "(at line" not in problem.message
    assert str(path) in str(problem) and "4" in str(problem)
