"""IdleMonitor: backend choice, the "user counts as active" fallback and its single log line."""

from __future__ import annotations

import logging

import pytest

from movebreak.runtime import idle
from movebreak.runtime.idle import NO_BACKEND_MESSAGE, IdleMonitor, XScreenSaverIdle


@pytest.fixture(autouse=True)
def no_desktop(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", "/nonexistent-movebreak-test")


class Answers:
    """A backend with scripted answers: stands for a desktop, not for the monitor under test."""

    def __init__(self, name: str, *answers: float | None) -> None:
        self.name = name
        self._answers = list(answers)

    def idle_seconds(self) -> float | None:
        return self._answers.pop(0) if len(self._answers) > 1 else self._answers[0]


class Broken:
    name = "broken"

    def idle_seconds(self) -> float | None:
        raise OSError("desktop went away")


def test_without_display_or_bus_no_backend_answers_and_it_is_logged_once(caplog) -> None:
    caplog.set_level(logging.INFO, logger="movebreak.runtime.idle")
    monitor = IdleMonitor.detect()
    assert monitor.backend == "none"
    assert monitor.idle_seconds() is None
    assert monitor.idle_seconds() is None
    warnings = [r for r in caplog.records if NO_BACKEND_MESSAGE in r.getMessage()]
    assert len(warnings) == 1
    assert "no idle backend answered" in warnings[0].getMessage()


def test_xscreensaver_backend_declines_without_display() -> None:
    assert XScreenSaverIdle.open() is None


def test_detect_takes_the_first_backend_that_answers() -> None:
    monitor = IdleMonitor.detect(
        [
            lambda: None,
            lambda: Broken(),
            lambda: Answers("silent", None),
            lambda: Answers("gnome", 12.5),
            lambda: Answers("later", 1.0),
        ]
    )
    assert monitor.backend == "gnome"
    assert monitor.idle_seconds() == 12.5


def test_a_backend_that_fails_later_gives_none_and_never_raises(caplog) -> None:
    caplog.set_level(logging.WARNING, logger="movebreak.runtime.idle")
    monitor = IdleMonitor(Answers("flaky", 3.0, None, None, -1.0))
    assert monitor.idle_seconds() == 3.0
    assert monitor.idle_seconds() is None
    assert monitor.idle_seconds() is None
    assert monitor.idle_seconds() is None  # negative readings are nonsense, not "active"
    assert len([r for r in caplog.records if NO_BACKEND_MESSAGE in r.getMessage()]) == 1
    assert IdleMonitor(Broken()).idle_seconds() is None


def test_platform_candidates_on_linux_try_x11_then_gnome_then_freedesktop(monkeypatch) -> None:
    monkeypatch.setattr(idle.sys, "platform", "linux")
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "KDE")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)  # X11 order
    names = []
    for make in idle.platform_candidates():
        backend = make()
        if backend is not None:
            names.append(backend.name)
            assert backend.idle_seconds() is None  # no bus in a unit test
    assert names == ["gnome-mutter", "freedesktop-screensaver"]


def test_windows_and_mac_backends_refuse_on_other_platforms() -> None:
    assert idle.WindowsIdle().idle_seconds() is None
    assert idle.MacIdle().idle_seconds() is None
