"""WakeWatcher hears logind's PrepareForSleep over a real (private) D-Bus system bus."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage

ROOT = Path(__file__).resolve().parents[2]

# The watcher runs in its own process: QtDBus caches the system bus per process, so only a
# fresh one can be pointed at the private bus.
WATCHER_SCRIPT = """
from PySide6.QtCore import QCoreApplication, QTimer
from movebreak.domain.clock import SystemClock
from movebreak.runtime.wake import WakeWatcher
app = QCoreApplication([])
watcher = WakeWatcher(SystemClock())
watcher.resumed.connect(lambda: (print("resumed", flush=True), app.quit()))
print("logind", watcher.logind, flush=True)
QTimer.singleShot(20000, app.quit)
app.exec()
"""


@pytest.fixture
def fake_system_bus() -> Iterator[str]:
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        print("SKIP reason: dbus-daemon is not installed (Debian package dbus)")
        pytest.skip("dbus-daemon is not installed")
    bus = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert bus.stdout is not None
    yield bus.stdout.readline().strip()
    bus.terminate()
    bus.wait(timeout=10)


def _prepare_for_sleep(bus: QDBusConnection, going_to_sleep: bool) -> None:
    signal = QDBusMessage.createSignal("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep")
    signal.setArguments([going_to_sleep])
    assert bus.send(signal)


def test_logind_resume_signal_emits_resumed(qapp, fake_system_bus: str) -> None:
    logind = QDBusConnection.connectToBus(fake_system_bus, "movebreak-fake-logind")
    try:
        assert logind.registerService("org.freedesktop.login1")
        env = {
            **os.environ,
            "DBUS_SYSTEM_BUS_ADDRESS": fake_system_bus,
            "PYTHONPATH": str(ROOT),
            "QT_QPA_PLATFORM": "offscreen",
        }
        watcher = subprocess.Popen([sys.executable, "-c", WATCHER_SCRIPT], env=env, stdout=subprocess.PIPE, text=True)
        assert watcher.stdout is not None
        try:
            assert watcher.stdout.readline().strip() == "logind True"
            _prepare_for_sleep(logind, True)
            _prepare_for_sleep(logind, False)
            assert watcher.stdout.readline().strip() == "resumed"
        finally:
            watcher.kill()
            watcher.wait()
    finally:
        QDBusConnection.disconnectFromBus("movebreak-fake-logind")
