"""No desktop session: one clear line and exit 1, before Qt would abort the process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from movebreak.runtime.session import display_problem


def _run_without_display(tmp_path: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(MOVEBREAK_CONFIG_DIR=str(tmp_path / "config"), MOVEBREAK_DATA_DIR=str(tmp_path / "data"), **extra)
    return subprocess.run([sys.executable, "-m", "movebreak"], capture_output=True, text=True, timeout=60, env=env)


def test_the_tray_app_without_a_display_says_so_in_one_line_and_exits_1(tmp_path: Path) -> None:
    proc = _run_without_display(tmp_path)
    assert proc.returncode == 1, proc.stderr  # Qt's abort would be -6 (SIGABRT)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("movebreak: no desktop session")
    assert "DISPLAY" in lines[0]
    assert "qt.qpa" not in proc.stderr


def test_a_wayland_socket_that_is_gone_is_named(tmp_path: Path) -> None:
    proc = _run_without_display(tmp_path, WAYLAND_DISPLAY="wayland-77", XDG_RUNTIME_DIR=str(tmp_path))
    assert proc.returncode == 1
    assert str(tmp_path / "wayland-77") in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_a_present_session_or_an_explicit_qt_platform_is_left_to_qt(tmp_path: Path) -> None:
    (tmp_path / "wayland-1").touch()
    assert display_problem({"DISPLAY": ":0"}, "linux") is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-1", "XDG_RUNTIME_DIR": str(tmp_path)}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({}, "linux") is not None
    # Windows and macOS have one window system, always there
    assert display_problem({}, "win32") is None
    assert display_problem({}, "darwin") is None
