"""Fixtures that run movebreak in a real X session with a tray host and a notification daemon."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from tests.e2e.desktop import DesktopSession, missing_tools, movebreak_cmd, wait_for

E2E_CONFIG = """\
# e2e: work every day, all day, so a break is always allowed
[working_hours]
mon = ["00:00-23:59"]
tue = ["00:00-23:59"]
wed = ["00:00-23:59"]
thu = ["00:00-23:59"]
fri = ["00:00-23:59"]
sat = ["00:00-23:59"]
sun = ["00:00-23:59"]
"""


@pytest.fixture(scope="module")
def desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DesktopSession]:
    missing = missing_tools()
    if missing:
        reason = (
            f"e2e needs these system tools: {', '.join(missing)} "
            "(apt-get install xvfb trayer dunst dbus-x11 x11-utils xdotool)"
        )
        print(reason)
        pytest.skip(reason)
    session = DesktopSession(tmp_path_factory.mktemp("desktop")).start()
    try:
        yield session
    finally:
        session.stop()


class RunningApp:
    """movebreak started in the desktop; `command` is how to run it (venv or frozen)."""

    def __init__(
        self,
        desktop: DesktopSession,
        root: Path,
        config: str | None = E2E_CONFIG,
        command: Sequence[str] | None = None,
    ) -> None:
        self.desktop = desktop
        self.command = list(command) if command is not None else movebreak_cmd()
        self.config_dir = root / "config"
        self.data_dir = root / "data"
        self.config_dir.mkdir(parents=True, exist_ok=True)
        if config is not None:
            (self.config_dir / "config.toml").write_text(config)
        self.env = {"MOVEBREAK_CONFIG_DIR": str(self.config_dir), "MOVEBREAK_DATA_DIR": str(self.data_dir)}
        self.proc: subprocess.Popen[str] | None = None

    def start(self) -> RunningApp:
        self.proc = self.desktop.launch(self.command, self.env)
        if not wait_for(lambda: self.cli("status").returncode == 0, timeout=30, interval=0.3):
            raise RuntimeError("movebreak did not start:\n" + self.desktop.app_log())
        return self

    def cli(self, *args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
        return self.desktop.run([*self.command, *args], timeout=timeout, extra_env=self.env)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()


@pytest.fixture
def running_app(desktop: DesktopSession, tmp_path: Path) -> Iterator[RunningApp]:
    app = RunningApp(desktop, tmp_path).start()
    try:
        yield app
    finally:
        app.stop()
