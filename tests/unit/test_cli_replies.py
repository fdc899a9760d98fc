"""The running app's replies and the command line's help in the user's language: a reply
carries its message as English (logs, --json) and as a marked text the CLI translates."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from movebreak import i18n
from movebreak.cli import main
from movebreak.domain.pause import pause_message, pause_until
from movebreak.domain.settings import DEFAULTS
from movebreak.runtime.commands import reply
from movebreak.texts import N_, Text
from movebreak.ui.status_text import human_text

NOW = datetime(2024, 6, 10, 9, 15, tzinfo=ZoneInfo("Europe/Berlin"))  # a Monday


@pytest.fixture
def german(monkeypatch):
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "de")
    i18n.install("de")
    yield
    i18n.reset()


@pytest.fixture
def english(monkeypatch):
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "en")
    i18n.install("en")
    yield
    i18n.reset()


@pytest.fixture
def german_shell(monkeypatch):
    """Only the environment says German: main() must install the language itself."""
    i18n.reset()
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "de")
    yield
    i18n.reset()


def test_a_pause_reply_is_english_in_its_message_and_german_on_the_command_line(german):
    pause = pause_until("30m", NOW, DEFAULTS)
    assert pause is not None
    answer = reply(True, pause_message(pause, pause.until))
    assert answer["message"] == "Paused for 30 min (until Mon 09:45)."
    assert human_text({"cmd": "pause"}, answer) == "Pausiert für 30 Min. (bis Mo 09:45)."


def test_a_refused_pause_says_why_in_german(german):
    with pytest.raises(ValueError) as caught:
        pause_until("soon", NOW, DEFAULTS)
    answer = reply(False, caught.value.args[0], code=2)
    said = human_text({"cmd": "pause"}, answer)
    assert said.startswith("ungültige Unterbrechung 'soon'; gültig: eine Dauer wie 30m")
    assert answer["message"].startswith("invalid pause 'soon'; valid: a duration like 30m")


def test_a_reply_from_an_app_without_marked_texts_is_shown_as_sent(german):
    assert human_text({"cmd": "pause"}, {"ok": True, "message": "Paused for 45 min."}) == "Paused for 45 min."


def test_the_help_of_a_sub_command_is_german(german_shell, capsys):
    with pytest.raises(SystemExit):
        main(["check-config", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "Prüft eine movebreak-Konfigurationsdatei." in out
    assert "Warnungen (unbekannte Schlüssel und Abschnitte) als Fehler werten" in out


def test_the_top_level_help_lists_the_commands_in_german(german_shell, capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "Kurze Bewegungsroutinen" in out
    assert "jetzt eine Pause in der laufenden App starten" in out
    assert "diese Konfigurationsdatei statt deiner nutzen" in out


def test_the_routine_title_of_break_started_is_german_on_the_command_line(german):
    from movebreak.domain.routines import title_text

    title = title_text(["neck", "shoulders"], 4)
    answer = reply(True, N_("Remote", "Break started: %1", title))
    assert answer["message"] == "Break started: Neck & shoulders, 4 min"
    assert human_text({"cmd": "break-now"}, answer) == "Pause gestartet: Nacken & Schultern, 4 Min."


def test_a_routine_title_keeps_its_plural_and_capital_over_the_socket(english):
    from movebreak.domain.routines import title_text

    for areas, minutes, said in [
        (["upper back"], 1, "Upper back, 1 min"),
        (["neck", "wrists", "hips"], 5, "Neck, wrists & more, 5 min"),
        ([], 2, "Move freely, 2 min"),
    ]:
        marked = title_text(areas, minutes)
        assert marked == said
        again = Text.from_dict(json.loads(json.dumps(marked.as_dict())))
        assert again == said and i18n.text(again) == said


def test_a_second_start_prints_the_running_apps_status_in_german(german):
    from movebreak.runtime.status import NoBreak, Status

    moved = datetime(2024, 6, 10, 9, 3, tzinfo=ZoneInfo("Europe/Berlin"))
    status = Status(None, NoBreak.PAUSED, None, None, False, moved_ago=timedelta(minutes=72), moved_at=moved)
    answer = reply(True, N_("Remote", "movebreak is already running.\n%1", status.summary()), status=status.as_dict())
    answer = json.loads(json.dumps(answer))  # as it crosses the socket
    assert answer["message"] == (
        "movebreak is already running.\nNext break: none (paused)\nLast moved 1 h 12 min ago, at 09:03"
    )
    assert human_text({"cmd": "show"}, answer) == (
        "movebreak läuft schon.\nNächste Pause: keine (pausiert)\nZuletzt bewegt vor 1 Std. 12 Min., um 09:03"
    )


def test_the_gentle_routines_title_is_german_on_screen_and_english_in_the_journal(german):
    from movebreak.domain.exercises import Routine
    from movebreak.runtime.escalation import gentle_title

    title = gentle_title(timedelta(hours=2, minutes=5), at_least=True)
    assert title == "Just one minute: you have been sitting for at least 2 h 5 min"
    assert i18n.routine_title(Routine(title, ())) == "Nur eine Minute: Du sitzt seit mindestens 2 Std. 5 Min."
    assert i18n.routine_title(Routine("My own title", ())) == "My own title"


def test_a_replan_reply_is_the_status_in_german(german):
    from movebreak.runtime.status import NoBreak, Status

    status = Status(None, NoBreak.OUTSIDE_WORKING_HOURS, None, None, True)
    answer = json.loads(json.dumps({"ok": True, "message": status.summary(), "status": status.as_dict()}))
    assert (
        human_text({"cmd": "replan"}, answer)
        == "Nächste Pause: keine (außerhalb der Arbeitszeit)\nGerade läuft eine Pause"
    )
