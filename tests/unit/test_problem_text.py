"""Problems from the domain and storage stay English in the code (logs, str(problem)) and are
shown in the user's language: settings window, startup notice, check-config, plan."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from movebreak import i18n
from movebreak.commands.check_config import check
from movebreak.domain.settings_parse import settings_from_mapping
from movebreak.errors import Problem
from movebreak.storage.config_file import load_config
from movebreak.texts import N_, Text, fill


@pytest.fixture
def english():
    i18n.install("en")  # English plural forms
    yield
    i18n.reset()


@pytest.fixture
def german():
    i18n.install("de")
    yield
    i18n.reset()


def test_a_part_that_says_percent_two_is_not_filled_again():
    assert fill("%1 and %2", ("50%2", "x")) == "50%2 and x"
    assert N_("Problem", "Invalid value %1", "'%2'") == "Invalid value '%2'"


def test_a_text_is_its_english_string_and_keeps_its_key():
    text = N_("Problem", "Invalid value %1 - out of range", 0)
    assert text == "Invalid value 0 - out of range"
    assert (text.context, text.source, text.args) == ("Problem", "Invalid value %1 - out of range", ("0",))
    assert Text.from_dict(text.as_dict()) == text


def test_a_settings_problem_is_english_in_the_code_and_german_on_screen(german):
    _, problems = settings_from_mapping({"planning": {"min_gap": 0}}, "config.toml")
    [problem] = problems
    assert str(problem) == (
        "config.toml: planning.min_gap: Invalid value 0 - out of range (valid: a whole number of minutes from 1 to 60)"
    )
    assert i18n.problem_text(problem) == (
        "config.toml: planning.min_gap: Ungültiger Wert 0 – außerhalb des Bereichs "
        "(gültig: eine ganze Zahl von Minuten von 1 bis 60)"
    )


def test_an_unknown_key_is_a_translated_warning_with_its_suggestion(german):
    _, problems = settings_from_mapping({"breaks": {"snoze": 3}}, "config.toml")
    text = i18n.problem_text(problems[0])
    assert "Warnung: Unbekannter Schlüssel 'snoze', ignoriert; meintest du 'snooze'?" in text
    assert "Unknown" not in text


def test_words_that_are_not_ours_stay_as_they_came(german):
    problem = Problem("cal.ics", "is a named pipe (FIFO), not a file")
    assert i18n.problem_text(problem) == "cal.ics: is a named pipe (FIFO), not a file"


def _notice(data: dict) -> str:
    return i18n.config_notice(settings_from_mapping(data, "config.toml")[1])


def test_the_startup_notice_says_unknown_keys_are_ignored_not_defaulted(english):
    only_unknown = _notice({"breaks": {"snoze": 3}, "colours": {}})
    assert "ignores them" in only_unknown and "default" not in only_unknown
    assert "2 unknown keys or sections" in only_unknown
    assert "1 unknown key or section; movebreak ignores it" in _notice({"breaks": {"snoze": 3}})


def test_the_startup_notice_names_defaults_for_wrong_values_and_says_both_when_both(english):
    assert "runs on defaults for those keys" in _notice({"planning": {"min_gap": 0}})
    both = _notice({"planning": {"min_gap": 0, "mingap": 3}})
    assert "defaults for the wrong values" in both and "ignores the unknown keys" in both


def test_the_startup_notice_for_a_file_that_does_not_parse(english, tmp_path: Path):
    path = tmp_path / "config.toml"
    path.write_text("[planning\n")
    assert i18n.config_notice(load_config(path).problems).startswith("Your config file cannot be read")


def test_check_config_lists_problems_in_the_users_language(german, tmp_path: Path, capsys):
    path = tmp_path / "config.toml"
    path.write_text("[planning]\nmin_gap = 0\n[breaks]\nsnoze = 3\n")
    assert check(path, explicit=True) == 2
    err = capsys.readouterr().err
    assert f"{path}:2: planning.min_gap: Ungültiger Wert 0 – außerhalb des Bereichs" in err
    assert "Invalid value" not in err and "Unknown key" not in err


def test_a_skipped_exercise_says_why_in_german(german, tmp_path: Path):
    from movebreak.storage.catalogue import load_file

    path = tmp_path / "mine.toml"
    path.write_text(
        '[[exercise]]\nid = "my-stretch"\nname = "Mine"\nareas = ["neck"]\nposition = "seated"\nseconds = 2\n'
    )
    _, problems = load_file(path)
    shown = [i18n.problem_text(p) for p in problems]
    seconds = "seconds: Ungültiger Wert 2 (gültig: eine ganze Zahl von Sekunden von 5 bis 300)"
    assert f"{path}: exercise 'my-stretch': {seconds}" in shown
    assert not any("Invalid value" in s for s in shown)


def test_a_config_that_is_no_file_says_so_in_german(german, tmp_path: Path):
    import os

    path = tmp_path / "config.toml"
    os.mkfifo(path)
    [problem] = load_config(path).problems
    assert problem.message == "cannot be read: is a named pipe (FIFO), not a file"
    assert i18n.problem_text(problem).startswith(f"{path}: nicht lesbar: ist eine benannte Pipe (FIFO), keine Datei")


def test_a_journal_that_cannot_be_read_is_said_in_german(german, tmp_path):
    from movebreak.domain.clock import FakeClock
    from movebreak.errors import JournalError
    from movebreak.storage.journal import Journal

    broken = tmp_path / "journal.sqlite3"
    broken.write_bytes(b"this is not a database" * 100)
    with pytest.raises(JournalError) as raised:
        Journal.open_for_reading(broken, FakeClock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC)))
    [problem] = raised.value.problems
    assert str(problem).startswith(f"{broken}: cannot read the journal: ")
    assert i18n.problem_text(problem).startswith(f"{broken}: das Protokoll kann nicht gelesen werden: ")


def test_a_journal_notice_is_english_in_the_log_and_german_on_screen(german, tmp_path):
    from movebreak.domain.clock import FakeClock
    from movebreak.storage.journal import Journal

    in_a_file = tmp_path / "a-file"
    in_a_file.write_text("")
    journal = Journal.open(in_a_file / "journal.sqlite3", FakeClock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC)))
    notice = journal.take_notice()
    assert notice is not None and notice.startswith(f"The journal folder {in_a_file} cannot be created: ")
    shown = i18n.any_text(notice)
    assert shown.startswith(f"Der Protokollordner {in_a_file} kann nicht angelegt werden: ")
    assert shown.endswith("Pausen werden erst wieder aufgezeichnet, wenn das behoben ist.")
    assert i18n.any_text("as it came") == "as it came"


def test_a_calendar_problem_from_the_reader_child_is_shown_in_german(german):
    import json

    from movebreak.errors import CalendarError
    from movebreak.sources import sandbox
    from movebreak.sources.fetch import classify

    with pytest.raises(CalendarError) as raised:
        classify("webcal://example.com/team.ics")
    [problem] = raised.value.problems
    wired = sandbox.problem_from_json(json.loads(json.dumps(sandbox.problem_to_json(problem))))
    assert (
        str(wired)
        == str(problem)
        == (
            "webcal://example.com/team.ics: unsupported scheme 'webcal:' (use https:// instead of webcal://) "
            "(valid: a path to an .ics file, a file:// URL, or an http(s):// URL)"
        )
    )
    assert i18n.problem_text(wired) == (
        "webcal://example.com/team.ics: nicht unterstütztes Schema 'webcal:' (nimm https:// statt webcal://) "
        "(gültig: ein Pfad zu einer .ics-Datei, eine file://-URL oder eine http(s)://-URL)"
    )


def test_check_config_names_a_bad_calendar_location_in_german(german, tmp_path, capsys):
    config = tmp_path / "config.toml"
    config.write_text(f'[[calendars]]\nsource = "{tmp_path / "gone.ics"}"\n')
    assert check(config, explicit=True) == 2
    err = capsys.readouterr().err
    assert f"calendars[0].source: {tmp_path / 'gone.ics'}: Datei nicht gefunden (gültig: ein Pfad" in err


def test_a_broken_ics_file_is_described_in_german(german):
    from movebreak.errors import CalendarError
    from movebreak.sources.ics import parse_ics

    start = datetime(2026, 3, 2, tzinfo=UTC)
    data = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Standup\r\n"
    with pytest.raises(CalendarError) as raised:
        parse_ics(data, "team.ics", start, start.replace(day=9), UTC)
    [problem] = raised.value.problems
    assert str(problem).startswith("team.ics:3: the file ends at line 5 inside BEGIN:VEVENT (truncated?)")
    assert i18n.problem_text(problem) == (
        "team.ics:3: die Datei endet in Zeile 5 innerhalb von BEGIN:VEVENT (abgeschnitten?) "
        "(gültig: eine iCalendar-Datei (.ics): BEGIN:VCALENDAR ... END:VCALENDAR)"
    )
