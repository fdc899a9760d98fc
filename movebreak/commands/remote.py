"""Sub-commands that talk to the running tray app over its local socket."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from movebreak.domain.pause import PAUSE_HELP
from movebreak.i18n import text, translate
from movebreak.ui.status_text import human_text


def _send(request: dict[str, Any], as_json: bool = False) -> int:
    from movebreak.runtime.instance import NotRunning, instance_holds_lock, send_command

    try:
        reply = send_command(request)
    except NotRunning:
        if instance_holds_lock():
            print(
                translate(
                    "Remote",
                    "movebreak is running but does not answer (stopped or busy). "
                    "`kill -CONT` it, or end it and start it again.",
                ),
                file=sys.stderr,
            )
            return 1
        not_running = translate("Remote", "movebreak is not running. Start it with `movebreak` (or `make run`).")
        print(not_running, file=sys.stderr)
        return 1
    if as_json:
        print(json.dumps(reply.get("status", reply), indent=2))
    else:
        print(human_text(request, reply), file=sys.stdout if reply.get("ok") else sys.stderr)
    if reply.get("ok"):
        return 0
    return int(reply.get("code", 1))


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("break-now", help=translate("CLI", "start a break now in the running app"))
    p.set_defaults(func=lambda a: _send({"cmd": "break-now"}))

    p = sub.add_parser("pause", help=translate("CLI", "hold breaks for a while; every pause ends by itself"))
    p.add_argument("spec", nargs="+", help=text(PAUSE_HELP))
    p.set_defaults(func=lambda a: _send({"cmd": "pause", "arg": " ".join(a.spec)}))

    p = sub.add_parser("focus", help=translate("CLI", "a manual deep-work block; the break comes when it ends"))
    p.add_argument("length", help=translate("CLI", "25m, 50m, 90m ..."))
    p.set_defaults(func=lambda a: _send({"cmd": "focus", "arg": a.length}))

    p = sub.add_parser("status", help=translate("CLI", "show the next break and any pause"))
    p.add_argument("--json", action="store_true", help=translate("CLI", "machine-readable output"))
    p.set_defaults(func=lambda a: _send({"cmd": "status"}, as_json=a.json))

    p = sub.add_parser("show", help=translate("CLI", "open a window of the running app"))
    p.add_argument("window", choices=["settings", "history", "prompt"])
    p.set_defaults(func=lambda a: _send({"cmd": "show", "arg": a.window}))

    p = sub.add_parser("quit", help=translate("CLI", "quit the running app"))
    p.set_defaults(func=lambda a: _send({"cmd": "quit"}))
