"""Autostart on Linux: a real XDG .desktop file under $XDG_CONFIG_HOME/autostart."""

from __future__ import annotations

import configparser
import shlex
import sys
from pathlib import Path

import pytest

from movebreak.runtime import autostart

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the XDG autostart path is tested on Linux"
)


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg" / "autostart" / "movebreak.desktop"


def test_off_by_default(xdg: Path) -> None:
    assert autostart.is_enabled() is False


def test_enable_writes_a_valid_desktop_entry(xdg: Path) -> None:
    autostart.set_enabled(True)
    assert autostart.is_enabled() is True
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(xdg, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    argv = shlex.split(entry["Exec"].replace("%%", "%"))
    assert Path(argv[0]).is_absolute()
    assert argv == autostart.launch_command()


def test_disable_removes_the_entry(xdg: Path) -> None:
    autostart.set_enabled(True)
    autostart.set_enabled(False)
    assert not xdg.exists()
    assert autostart.is_enabled() is False
    autostart.set_enabled(False)  # idempotent


def test_entry_switched_off_by_the_desktop_counts_as_disabled(xdg: Path) -> None:
    autostart.set_enabled(True)
    xdg.write_text(xdg.read_text().replace("enabled=true", "enabled=false"), encoding="utf-8")
    assert autostart.is_enabled() is False


def test_relative_xdg_config_home_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/dir")
    monkeypatch.setenv("HOME", str(tmp_path))
    autostart.set_enabled(True)
    assert (tmp_path / ".config" / "autostart" / "movebreak.desktop").is_file()


def test_exec_quotes_paths_with_spaces() -> None:
    line = autostart.desktop_entry(["/opt/my apps/python", "-m", "movebreak"])
    exec_line = next(x for x in line.splitlines() if x.startswith("Exec="))
    assert exec_line == 'Exec="/opt/my apps/python" -m movebreak'


def test_launch_command_runs_this_python_or_script() -> None:
    argv = autostart.launch_command()
    assert Path(argv[0]).is_absolute()
    assert argv[-1] == "movebreak" or argv[0].endswith("movebreak")
