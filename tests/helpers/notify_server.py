"""A minimal org.freedesktop.Notifications server for tests: `python notify_server.py CAPS...`.

It answers GetCapabilities with the capabilities given on the command line (so a server
without "actions" can be had, which dunst cannot be made into), numbers the notifications
as the spec says (replaces_id kept when given), prints one JSON line per call it receives,
and on the line "invoke ID KEY" on its stdin emits ActionInvoked(ID, KEY) to the sender of
that notification, as real servers do. Prints "ready" once it owns the name."""

from __future__ import annotations

import json
import os
import select
import sys
from itertools import count

from jeepney import HeaderFields, MessageType, new_error, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import Proxy, open_dbus_connection
from jeepney.wrappers import DBusAddress

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


def main(capabilities: list[str]) -> int:
    conn = open_dbus_connection(bus="SESSION")
    if Proxy(message_bus, conn).RequestName(NAME, 4)[0] != 1:
        print(json.dumps({"error": f"{NAME} is taken"}), flush=True)
        return 1
    ids = count(1)
    senders: dict[int, str] = {}
    print("ready", flush=True)
    stdin = sys.stdin.fileno()
    while True:
        readable, _, _ = select.select([conn.sock, stdin], [], [])
        if stdin in readable:
            line = os.read(stdin, 4096).decode()
            if not line:
                return 0
            for command in line.splitlines():
                _, ident, key = command.split()
                target = DBusAddress(PATH, interface=NAME)
                signal = new_signal(target, "ActionInvoked", "us", (int(ident), key))
                signal.header.fields[HeaderFields.destination] = senders[int(ident)]
                conn.send(signal)
        if conn.sock not in readable:
            continue
        msg = conn.receive()
        if msg.header.message_type != MessageType.method_call:
            continue
        member = msg.header.fields.get(HeaderFields.member)
        body = list(msg.body)
        if member == "GetCapabilities":
            conn.send(new_method_return(msg, "as", (capabilities,)))
        elif member == "Notify":
            ident = int(body[1]) or next(ids)
            senders[ident] = str(msg.header.fields.get(HeaderFields.sender))
            conn.send(new_method_return(msg, "u", (ident,)))
            hints = {k: v[1] for k, v in body[6].items()}
            print(
                json.dumps(
                    {
                        "call": "Notify",
                        "id": ident,
                        "replaces": body[1],
                        "icon": body[2],
                        "summary": body[3],
                        "actions": body[5],
                        "hints": hints,
                        "expire": body[7],
                    }
                ),
                flush=True,
            )
        elif member == "CloseNotification":
            conn.send(new_method_return(msg))
            print(json.dumps({"call": "CloseNotification", "id": int(body[0])}), flush=True)
        elif member == "GetServerInformation":
            conn.send(new_method_return(msg, "ssss", ("test-server", "movebreak", "1", "1.2")))
        else:
            conn.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod", "s", (str(member),)))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
