"""X11 with a StatusNotifierItem tray and no XEmbed tray (KDE Plasma, GNOME with AppIndicator):
the app's item registers with the watcher, and its D-Bus menu's "Start a break now", clicked
through com.canonical.dbusmenu as a panel does, starts a break: notification and prompt; Done is journaled; quit."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from movebreak.domain.clock import SystemClock
from movebreak.storage.journal import Journal
from tests.e2e.conftest import RunningApp
from tests.e2e.desktop import PROMPT_TITLE, DesktopSession, missing_tools, wait_for

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def sni_desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DesktopSession]:
    missing = [t for t in missing_tools() if t != "trayer"]
    if missing:
        print(f"SKIP reason: e2e needs these system tools: {', '.join(missing)}")
        pytest.skip(f"e2e needs these system tools: {', '.join(missing)}")
    session = DesktopSession(tmp_path_factory.mktemp("sni-desktop"), tray="sni").start()
    try:
        yield session
    finally:
        session.stop()


class Bus:
    """A client connection to the session's bus, to read and click the item as a panel does."""

    def __init__(self, address: str) -> None:
        from jeepney.io.blocking import open_dbus_connection

        self.conn = open_dbus_connection(bus=address)

    def call(
        self, service: str, path: str, interface: str, member: str, sig: str = "", body: tuple[Any, ...] = ()
    ) -> Any:
        from jeepney import DBusAddress, MessageType, new_method_call

        msg = new_method_call(DBusAddress(path, bus_name=service, interface=interface), member, sig, body)
        reply = self.conn.send_and_get_reply(msg, timeout=10)
        assert reply.header.message_type == MessageType.method_return, reply.body
        return reply.body

    def prop(self, service: str, path: str, interface: str, name: str) -> Any:
        ((_sig, value),) = self.call(service, path, "org.freedesktop.DBus.Properties", "Get", "ss", (interface, name))
        return value

    def close(self) -> None:
        self.conn.close()


def menu_items(layout: Any) -> Iterator[tuple[int, str]]:
    """(id, label) of every entry in a dbusmenu layout (ia{sv}av), depth first."""
    ident, props, children = layout
    label = props.get("label", ("s", ""))[1]
    yield int(ident), str(label)
    for _sig, child in children:
        yield from menu_items(child)


def registered_items(bus: Bus) -> list[str]:
    return list(
        bus.prop(
            "org.kde.StatusNotifierWatcher",
            "/StatusNotifierWatcher",
            "org.kde.StatusNotifierWatcher",
            "RegisteredStatusNotifierItems",
        )
    )


def focus_prompt(desktop: DesktopSession, win: str) -> None:
    """A click makes the prompt accept focus (it never steals it)."""
    geometry = desktop.run(["xdotool", "getwindowgeometry", "--shell", win]).stdout
    width = int(dict(line.split("=", 1) for line in geometry.split())["WIDTH"])
    desktop.run(["xdotool", "mousemove", "--window", win, str(width // 2), "40", "click", "1"])
    desktop.run(["xdotool", "windowfocus", "--sync", win])


def completed_exercises(app: RunningApp) -> int:
    journal = Journal.open(app.data_dir / "journal.sqlite3", SystemClock())
    try:
        return sum(ex.outcome == "completed" for rec in journal.breaks() for ex in rec.exercises)
    finally:
        journal.close()


def test_the_item_registers_and_its_menu_starts_a_break(sni_desktop: DesktopSession, tmp_path: Path) -> None:
    desktop = sni_desktop
    assert desktop.tray_window() is None  # no XEmbed tray in this session
    app = RunningApp(desktop, tmp_path).start()
    bus = Bus(desktop.env["DBUS_SESSION_BUS_ADDRESS"])
    try:
        items = wait_for(lambda: registered_items(bus), timeout=15)
        assert items and len(items) == 1, desktop.app_log()
        service = items[0].split("/", 1)[0]
        iface = "org.kde.StatusNotifierItem"
        assert bus.prop(service, "/StatusNotifierItem", iface, "Status") == "Active"
        assert bus.prop(service, "/StatusNotifierItem", iface, "ToolTip")[2].startswith("movebreak\nNext break")
        assert "No system tray was found" not in desktop.app_log()
        menu_path = bus.prop(service, "/StatusNotifierItem", iface, "Menu")
        _revision, layout = bus.call(service, menu_path, "com.canonical.dbusmenu", "GetLayout", "iias", (0, -1, []))
        labels = {label.replace("_", "").replace("&", ""): ident for ident, label in menu_items(layout)}
        assert "Start a break now" in labels, labels
        calls = len(desktop.notify_calls())
        bus.call(
            service,
            menu_path,
            "com.canonical.dbusmenu",
            "Event",
            "isvu",
            (labels["Start a break now"], "clicked", ("i", 0), 0),
        )
        assert wait_for(lambda: "Time to move" in desktop.notify_calls()[calls:], timeout=15), desktop.app_log()
        windows = wait_for(lambda: desktop.visible_windows(PROMPT_TITLE), timeout=15)
        assert windows, desktop.tree()
        focus_prompt(desktop, str(windows[0]))  # type: ignore[index]

        def done_pressed() -> bool:
            desktop.run(["xdotool", "key", "Return"])  # Enter presses Done
            return completed_exercises(app) > 0

        assert wait_for(done_pressed, timeout=20, interval=0.5), desktop.app_log()
        assert app.cli("quit").returncode == 0
        assert app.proc is not None and app.proc.wait(timeout=15) == 0
        # the item goes with the app: its bus name loses its owner
        has_owner = [
            "dbus-send",
            "--session",
            "--print-reply",
            "--dest=org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.NameHasOwner",
            f"string:{service}",
        ]
        assert wait_for(lambda: "boolean false" in desktop.run(has_owner).stdout, timeout=10)
    finally:
        bus.close()
        app.stop()
