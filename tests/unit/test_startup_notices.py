"""The tray app's first words, before any window: a data folder it cannot write and a user's
exercise file it skipped are said in the user's language, on the terminal and as notices."""

from __future__ import annotations

import pytest

from movebreak import i18n
from movebreak.app_startup import read_startup


@pytest.fixture
def german_config(tmp_path, monkeypatch):
    monkeypatch.delenv(i18n.LANGUAGE_ENV, raising=False)
    config = tmp_path / "config" / "config.toml"
    config.parent.mkdir()
    config.write_text('[system]\nlanguage = "de"\n')
    monkeypatch.setenv("MOVEBREAK_CONFIG_DIR", str(config.parent))
    yield config
    i18n.reset()


def test_a_data_folder_that_cannot_be_written_is_said_in_german(german_config, tmp_path, monkeypatch, capsys):
    in_a_file = tmp_path / "a-file"
    in_a_file.write_text("")
    monkeypatch.setenv("MOVEBREAK_DATA_DIR", str(in_a_file / "data"))
    startup = read_startup(german_config, explicit_config=True)
    said = f"In den Datenordner {in_a_file / 'data'} kann nicht geschrieben werden ("
    assert startup.data_problem is not None and startup.data_problem.startswith("The data folder ")
    assert any(n.startswith(said) for n in startup.notices), startup.notices
    assert f"movebreak: {said}" in capsys.readouterr().err


def test_a_skipped_exercise_is_said_in_german_on_the_terminal(german_config, tmp_path, monkeypatch, capsys):
    data = tmp_path / "data"
    (data / "exercises").mkdir(parents=True)
    (data / "exercises" / "mine.toml").write_text("[[exercise]\nid = ")
    monkeypatch.setenv("MOVEBREAK_DATA_DIR", str(data))
    startup = read_startup(german_config, explicit_config=True)
    err = capsys.readouterr().err
    assert startup.data_problem is None
    assert "movebreak: Übung übersprungen: " in err and "mine.toml" in err
    assert "skipped exercise" not in err


def test_no_desktop_session_is_said_in_the_users_language(tmp_path):
    from movebreak.runtime.session import display_problem

    gone = display_problem({"WAYLAND_DISPLAY": "wayland-9", "XDG_RUNTIME_DIR": str(tmp_path)}, "linux")
    assert gone is not None and gone.startswith(f"no desktop session: WAYLAND_DISPLAY names {tmp_path}/wayland-9")
    i18n.install("de")
    try:
        assert i18n.any_text(gone).startswith(f"keine Desktop-Sitzung: WAYLAND_DISPLAY nennt {tmp_path}/wayland-9")
        assert i18n.any_text(display_problem({}, "linux") or "").startswith("keine Desktop-Sitzung: Weder")
    finally:
        i18n.reset()
