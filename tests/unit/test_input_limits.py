"""Config and exercise files movebreak does not control: zone names, nesting, size caps,
special files, and messages that say what is actually wrong. Never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from movebreak.commands.check_config import check
from movebreak.domain.exercise_parse import MAX_ID, MAX_NAME, MAX_SAFETY, MAX_STEP, exercise_from_mapping
from movebreak.domain.settings import DEFAULTS
from movebreak.domain.settings_parse import settings_from_mapping
from movebreak.storage.bounded_read import CALENDAR_LIMIT, CONFIG_LIMIT, ReadRefused, read_bounded
from movebreak.storage.catalogue import load_file
from movebreak.storage.config_file import load_config, save_config

DEEP = "x = " + "[" * 5000 + "]" * 5000 + "\n"


@pytest.mark.parametrize("zone", ["Europe", "America", "Z" * 300, "../../etc/passwd", "/etc/localtime"])
def test_a_zone_that_is_no_iana_zone_is_a_config_problem(tmp_path, zone) -> None:
    path = tmp_path / "config.toml"
    path.write_text(f'[system]\ntimezone = "{zone}"\n', encoding="utf-8")
    loaded = load_config(path)
    assert loaded.settings.timezone == ""  # the default: the system's zone
    assert len(loaded.problems) == 1
    assert f"Invalid value {zone[:64]!r} - unknown time zone" in str(loaded.problems[0])


def test_check_config_and_plan_on_a_zone_folder_say_so_without_a_traceback(tmp_path) -> None:
    (tmp_path / "config.toml").write_text('[system]\ntimezone = "Europe"\n', encoding="utf-8")
    env = {**os.environ, "MOVEBREAK_CONFIG_DIR": str(tmp_path), "MOVEBREAK_DATA_DIR": str(tmp_path / "data")}
    for args, code in ((["check-config"], 2), (["plan"], 0)):
        done = subprocess.run(
            [sys.executable, "-m", "movebreak", *args], capture_output=True, text=True, env=env, timeout=60, check=False
        )
        assert done.returncode == code, done.stderr
        assert "Traceback" not in done.stderr
        assert "'Europe' - unknown time zone" in done.stderr


def test_a_config_nested_five_thousand_deep_is_a_problem_not_a_recursion_error(tmp_path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(DEEP, encoding="utf-8")
    loaded = load_config(path)
    assert [p.message for p in loaded.problems] == ["is not valid TOML: arrays or tables nest too deeply"]


def test_an_exercise_file_nested_five_thousand_deep_is_skipped_with_a_problem(tmp_path) -> None:
    path = tmp_path / "deep.toml"
    path.write_text(DEEP, encoding="utf-8")
    found, problems = load_file(path)
    assert found == []
    assert [p.message for p in problems] == ["not valid TOML: arrays or tables nest too deeply"]


def test_a_config_with_a_utf8_bom_loads(tmp_path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(b"\xef\xbb\xbf[planning]\nmin_gap = 12\n")
    loaded = load_config(path)
    assert loaded.problems == []
    assert loaded.settings.min_gap == 12


def test_a_fifo_config_is_refused_at_once(tmp_path) -> None:
    path = tmp_path / "config.toml"
    os.mkfifo(path)  # nobody writes to it: reading it would wait for ever
    loaded = load_config(path)
    assert [p.message for p in loaded.problems] == ["cannot be read: is a named pipe (FIFO), not a file"]


def test_an_exercise_file_linked_to_dev_zero_is_refused_before_reading(tmp_path) -> None:
    path = tmp_path / "zero.toml"
    path.symlink_to("/dev/zero")
    found, problems = load_file(path)
    assert found == []
    assert [p.message for p in problems] == ["cannot read the file: is a device, not a file"]


@pytest.mark.parametrize("limit", [CONFIG_LIMIT, CALENDAR_LIMIT])
def test_the_size_caps_hold_at_their_boundary(tmp_path, limit) -> None:
    at = tmp_path / "at"
    at.write_bytes(b"#" * limit)
    assert len(read_bounded(at, limit)) == limit
    over = tmp_path / "over"
    over.write_bytes(b"#" * (limit + 1))
    with pytest.raises(ReadRefused, match="limit"):
        read_bounded(over, limit)
    link = tmp_path / "link"
    link.symlink_to(over)  # the cap applies to what a link points at
    with pytest.raises(ReadRefused, match="limit"):
        read_bounded(link, limit)


def test_a_config_over_one_megabyte_is_a_problem(tmp_path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("# padding\n" * (CONFIG_LIMIT // 10 + 1), encoding="utf-8")
    loaded = load_config(path)
    assert len(loaded.problems) == 1 and "more than the 1 MB limit" in loaded.problems[0].message


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ('"25:00-26:00"', "25:00 is no time of day"),
        ('"9:5-10:00"', "not written as HH:MM-HH:MM"),
        ("[9, 17]", 'write a range as a quoted "HH:MM-HH:MM" string'),
        ('"17:00-09:00"', "end must be after start"),
    ],
)
def test_a_bad_working_hours_range_is_named_for_what_is_wrong(value, said) -> None:
    import tomllib

    data = tomllib.loads(f"[working_hours]\nmon = {value if value.startswith('[') else '[' + value + ']'}\n")
    _settings, problems = settings_from_mapping(data, "config.toml")
    assert len(problems) == 1 and said in problems[0].message


def test_check_config_names_calendar_sources_that_can_never_be_read(tmp_path, capsys) -> None:
    folder = tmp_path / "cal.ics"
    folder.mkdir()
    path = tmp_path / "config.toml"
    sources = [
        "ftp://example.org/a.ics",
        "javascript:alert(1)",
        str(folder),
        "http://[::1",
        str(tmp_path / "missing.ics"),
    ]
    path.write_text("".join(f'[[calendars]]\nsource = "{s}"\n' for s in sources), encoding="utf-8")
    assert check(path, explicit=True) == 2
    err = capsys.readouterr().err
    for i in range(len(sources)):
        assert f"calendars[{i}].source" in err
    assert "unsupported scheme 'ftp:'" in err and "unsupported scheme 'javascript:'" in err
    assert "not a regular file" in err and "is not a valid URL" in err and "no such file" in err
    assert "5 problems" in err


def test_check_config_passes_a_readable_calendar(tmp_path, capsys) -> None:
    cal = tmp_path / "work.ics"
    cal.write_text("BEGIN:VCALENDAR\nEND:VCALENDAR\n")
    path = tmp_path / "config.toml"
    path.write_text(f'[[calendars]]\nsource = "{cal}"\n', encoding="utf-8")
    assert check(path, explicit=True) == 0
    assert capsys.readouterr().out.startswith("OK:")


def _exercise(**changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "id": "my-stretch",
        "name": "My stretch",
        "areas": ["neck"],
        "position": "seated",
        "seconds": 20,
        "steps": ["Sit tall.", "Breathe."],
        "illustration": {"view": "front", "base": "sit-front", "accent": ["head"], "frames": [{}, {"neck": -30}]},
    }
    data.update(changes)
    return data


@pytest.mark.parametrize(
    ("field", "limit", "value"),
    [
        ("name", MAX_NAME, lambda n: "N" * n),
        ("steps", MAX_STEP, lambda n: ["S" * n]),
        ("safety", MAX_SAFETY, lambda n: "W" * n),
        ("id", MAX_ID, lambda n: "i" * n),
    ],
)
def test_exercise_text_lengths_hold_at_their_boundary(field, limit, value) -> None:
    at, at_problems = exercise_from_mapping(_exercise(**{field: value(limit)}), "mine.toml")
    assert at is not None and at_problems == []
    over, problems = exercise_from_mapping(_exercise(**{field: value(limit + 1)}), "mine.toml")
    assert over is None and len(problems) == 1
    assert problems[0].key.endswith(field) and str(limit) in problems[0].valid


def test_a_300000_character_name_is_refused_in_a_short_message() -> None:
    ex, problems = exercise_from_mapping(_exercise(name="N" * 300_000), "mine.toml")
    assert ex is None
    assert [p.message for p in problems] == ["is 300,000 characters long"]
    assert len(str(problems[0])) < 200


def test_saving_through_a_dangling_symlink_keeps_the_link_and_writes_its_target(tmp_path) -> None:
    target = tmp_path / "dotfiles" / "movebreak.toml"
    link = tmp_path / "config.toml"
    link.symlink_to(target)  # dangling: the dotfiles folder is not there yet
    save_config(link, DEFAULTS.with_changes(min_gap=11))
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert load_config(link).settings.min_gap == 11


def test_saving_through_a_symlink_backs_up_the_file_it_points_at(tmp_path) -> None:
    target = tmp_path / "real.toml"
    target.write_text("# mine\n[planning]\nmin_gap = 7\n", encoding="utf-8")
    link = tmp_path / "config.toml"
    link.symlink_to(target)
    save_config(link, DEFAULTS.with_changes(min_gap=13))
    assert link.is_symlink()
    assert (tmp_path / "real.toml.bak").read_text(encoding="utf-8") == "# mine\n[planning]\nmin_gap = 7\n"
    text = target.read_text(encoding="utf-8")
    assert "# mine" in text and "min_gap = 13" in text
