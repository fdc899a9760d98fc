"""A private PulseAudio daemon for tests: a null sink (its monitor is a source too) and a null
source standing in for a microphone; `parecord` from it is the "call"."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest

TOOLS = ("pulseaudio", "pactl", "parecord")
MIC = "testmic"
MONITOR = "speakers.monitor"


def require_tools() -> None:
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing:
        reason = f"needs {', '.join(missing)} (apt-get install pulseaudio pulseaudio-utils; .ci/run installs them)"
        print(reason)
        pytest.skip(reason)


class PulseServer:
    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.socket = workdir / "pulse.sock"
        self.env = {"PULSE_SERVER": f"unix:{self.socket}"}
        self._proc: subprocess.Popen[bytes] | None = None
        self._recordings: list[subprocess.Popen[bytes]] = []

    def start(self) -> PulseServer:
        # its own runtime dir and home: nothing of a desktop's sound server is touched
        env = {"HOME": str(self.workdir), "XDG_RUNTIME_DIR": str(self.workdir), "PATH": "/usr/bin:/bin"}
        self._proc = subprocess.Popen(
            ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--disable-shm=yes",
             "--use-pid-file=no", "--log-target=stderr",
             "-L", f"module-native-protocol-unix socket={self.socket} auth-anonymous=1",
             "-L", "module-null-sink sink_name=speakers",
             "-L", f"module-null-source source_name={MIC}"],
            env=env, stdout=subprocess.DEVNULL, stderr=open(self.workdir / "pulse.log", "wb"),  # noqa: SIM115
        )  # fmt: skip
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.pactl("info").returncode == 0:
                return self
            time.sleep(0.2)
        raise RuntimeError("pulseaudio did not start:\n" + (self.workdir / "pulse.log").read_text(errors="replace"))

    def pactl(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["pactl", *args], env={"PATH": "/usr/bin:/bin", **self.env}, capture_output=True, text=True, timeout=10
        )

    def record(self, source: str = MIC) -> subprocess.Popen[bytes]:
        """Start recording from `source` and return once the server lists the stream."""
        before = self.pactl("list", "short", "source-outputs").stdout.count("\n")
        proc = subprocess.Popen(
            ["parecord", "-d", source, "/dev/null"], env={"PATH": "/usr/bin:/bin", **self.env},
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        self._recordings.append(proc)
        deadline = time.monotonic() + 10
        while self.pactl("list", "short", "source-outputs").stdout.count("\n") <= before:
            if time.monotonic() > deadline:
                raise RuntimeError(f"parecord from {source} never showed up as a capture stream")
            time.sleep(0.1)
        return proc

    def stop_recording(self, proc: subprocess.Popen[bytes]) -> None:
        proc.terminate()
        proc.wait(timeout=10)

    def stop(self) -> None:
        for proc in self._recordings:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        if self._proc is not None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
