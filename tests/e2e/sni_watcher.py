"""A StatusNotifierWatcher with a host, the D-Bus side of KDE's or GNOME+AppIndicator's tray,
for an X11 session that has no XEmbed tray: `python sni_watcher.py` on the session bus.

It owns org.kde.StatusNotifierWatcher, says a host is registered, and records the items that
register, as Plasma's watcher (kded) does; showing the icons is the panel's part, which the
tests replace by reading the item and its menu over D-Bus. It prints "ready" once it owns the
name, and the name of each item that registers."""

from __future__ import annotations

import sys

from jeepney import HeaderFields, MessageType, new_error, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import Proxy, open_dbus_connection
from jeepney.wrappers import DBusAddress

NAME = "org.kde.StatusNotifierWatcher"
PATH = "/StatusNotifierWatcher"

INTROSPECTION = f"""<!DOCTYPE node PUBLIC "-//freedesktop//DTD D-BUS Object Introspection 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/introspect.dtd">
<node>
  <interface name="{NAME}">
    <method name="RegisterStatusNotifierItem"><arg name="service" type="s" direction="in"/></method>
    <method name="RegisterStatusNotifierHost"><arg name="service" type="s" direction="in"/></method>
    <property name="RegisteredStatusNotifierItems" type="as" access="read"/>
    <property name="IsStatusNotifierHostRegistered" type="b" access="read"/>
    <property name="ProtocolVersion" type="i" access="read"/>
    <signal name="StatusNotifierItemRegistered"><arg type="s"/></signal>
    <signal name="StatusNotifierHostRegistered"/>
  </interface>
  <interface name="org.freedesktop.DBus.Properties">
    <method name="Get"><arg type="s" direction="in"/><arg type="s" direction="in"/>
      <arg type="v" direction="out"/></method>
    <method name="GetAll"><arg type="s" direction="in"/><arg type="a{{sv}}" direction="out"/></method>
  </interface>
  <interface name="org.freedesktop.DBus.Introspectable">
    <method name="Introspect"><arg type="s" direction="out"/></method>
  </interface>
</node>
"""


def main() -> int:
    conn = open_dbus_connection(bus="SESSION")
    if Proxy(message_bus, conn).RequestName(NAME, 4)[0] != 1:  # DO_NOT_QUEUE; 1 = primary owner
        print(f"{NAME} is taken", flush=True)
        return 1
    items: list[str] = []
    me = DBusAddress(PATH, interface=NAME)

    def props() -> dict[str, tuple[str, object]]:
        return {
            "RegisteredStatusNotifierItems": ("as", list(items)),
            "IsStatusNotifierHostRegistered": ("b", True),
            "ProtocolVersion": ("i", 0),
        }

    print("ready", flush=True)
    while True:
        msg = conn.receive()
        if msg.header.message_type != MessageType.method_call:
            continue
        member = msg.header.fields.get(HeaderFields.member)
        sender = msg.header.fields.get(HeaderFields.sender)
        if member == "RegisterStatusNotifierItem":
            service = str(msg.body[0])
            # Qt passes its bus name; some apps pass an object path on their own name
            item = service if not service.startswith("/") else f"{sender}{service}"
            items.append(item)
            conn.send(new_method_return(msg))
            conn.send(new_signal(me, "StatusNotifierItemRegistered", "s", (item,)))
            print(f"item {item}", flush=True)
        elif member == "RegisterStatusNotifierHost":
            conn.send(new_method_return(msg))
        elif member == "Get":
            value = props().get(str(msg.body[1]))
            if value is None:
                conn.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownProperty", "s", (str(msg.body[1]),)))
            else:
                conn.send(new_method_return(msg, "v", (value,)))
        elif member == "GetAll":
            conn.send(new_method_return(msg, "a{sv}", (props(),)))
        elif member == "Introspect":
            conn.send(new_method_return(msg, "s", (INTROSPECTION,)))
        else:
            conn.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod", "s", (str(member),)))


if __name__ == "__main__":
    sys.exit(main())
