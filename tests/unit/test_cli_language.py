"""The command line in the user's language: `plan`, `history` and `check-config` print their
human output translated (day names from the locale), while `--format json/csv` stay the
same bytes in every language."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from movebreak import i18n
from movebreak.cli import main

PLAN = ["plan", "--from", "2024-06-14", "--days", "2", "--tz", "Europe/Berlin"]


def _run(argv: list[str], language: str) -> str:
    env = {**os.environ, "LANGUAGE": language}
    env.pop(i18n.LANGUAGE_ENV, None)  # the tray app's hand-down to its children; a shell has none
    proc = subprocess.run(
        [sys.executable, "-m", "movebreak", *argv], capture_output=True, text=True, timeout=60, env=env, check=True
    )
    return proc.stdout


@pytest.fixture
def cli_language(monkeypatch):
    """main() in this process, in a language; the translators are removed afterwards."""

    def use(code: str) -> None:
        monkeypatch.setenv(i18n.LANGUAGE_ENV, code)

    yield use
    i18n.reset()


def test_plan_table_in_german_and_polish():
    de = _run(PLAN, "de")
    assert de.startswith("Plan für 2 Tage ab 2024-06-14 (Europe/Berlin)")
    assert "Fr. 2024-06-14  (09:00-17:30)" in de
    assert "  09:50-09:58     Pause  8 Min. (Sitzlimit)" in de
    assert "Sa. 2024-06-15  (keine Arbeitszeit)\n  nichts geplant" in de
    assert de.rstrip().endswith("8 Pausen, 0 Blöcke.")
    pl = _run(PLAN, "pl")
    assert pl.rstrip().endswith("8 przerw, 0 bloków.")  # the genitive plural after 5 and more


def test_plan_json_is_the_same_in_every_language():
    english = _run([*PLAN, "--format", "json"], "en")
    assert '"reason": "sitting-limit"' in english
    for language in ("de", "ja", "he"):
        assert _run([*PLAN, "--format", "json"], language) == english


def test_check_config_in_french(cli_language, capsys, tmp_path):
    cli_language("fr")
    assert main(["check-config"]) == 0
    assert capsys.readouterr().out.startswith("OK : ")
    bad = tmp_path / "bad.toml"
    bad.write_text("[breaks]\nsnooze = 0\nchime = 3\n")
    assert main(["check-config", str(bad)]) == 2
    assert capsys.readouterr().err.rstrip().endswith(f"2 problèmes dans {bad}")


def test_history_in_german_and_its_json_untranslated(cli_language, capsys):
    cli_language("en")
    assert main(["history", "--format", "json"]) == 0
    english = capsys.readouterr()
    cli_language("de")
    assert main(["history"]) == 0
    assert "Noch keine Pausen aufgezeichnet" in capsys.readouterr().out
    assert main(["history", "--format", "json"]) == 0
    german = json.loads(capsys.readouterr().out)
    english_doc = json.loads(english.out)
    for document in (german, english_doc):
        document.pop("generated_at")  # the clock's, not the language's
    assert german == english_doc
