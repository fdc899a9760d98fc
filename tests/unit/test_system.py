"""runtime.system plumbing: quiet answers where there is no X server, bus or application."""

from __future__ import annotations

import pytest

from movebreak.runtime import system


@pytest.fixture(autouse=True)
def no_desktop(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)


def test_reexports_the_three_probes() -> None:
    from movebreak.runtime.dnd import DndProbe
    from movebreak.runtime.idle import IdleMonitor
    from movebreak.runtime.wake import WakeWatcher

    assert system.IdleMonitor is IdleMonitor
    assert system.DndProbe is DndProbe
    assert system.WakeWatcher is WakeWatcher
    with pytest.raises(AttributeError):
        _ = system.NoSuchProbe


def test_no_display_means_no_x11_connection() -> None:
    with system.x11_display() as x:
        assert x is None


def test_dbus_without_an_application_or_bus_answers_none() -> None:
    assert (
        system.dbus_call(
            "org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "GetActive"
        )
        is None
    )
    assert (
        system.dbus_property(
            "org.freedesktop.Notifications",
            "/org/freedesktop/Notifications",
            "org.freedesktop.Notifications",
            "Inhibited",
        )
        is None
    )
    assert system.screen_is_locked() is None


def test_libx11_loads_with_prototypes_where_installed() -> None:
    lib = system.libx11()
    if lib is None:
        pytest.skip("libX11 is not installed on this machine")
    assert lib.XOpenDisplay.restype is not None
