"""`movebreak prompt-window`: the break prompt as a child of the tray app (not for users).

The protocol and the reasons are in movebreak.ui.prompt_host. The request comes as the
first line on stdin; events go out on stdout, one JSON object per line. Exit codes: 0 when
the routine ended and was reported, 2 for a request this program cannot show (the tray app
then shows the prompt itself)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any


def _emit(event: dict[str, Any]) -> None:
    try:
        sys.stdout.write(json.dumps(event) + "\n")
        sys.stdout.flush()
    except (BrokenPipeError, ValueError):  # the tray app is gone: nobody to tell
        pass


def _routine(request: dict[str, Any]) -> Any:
    """The Routine the request names, from the same catalogue the tray app uses."""
    from movebreak import paths
    from movebreak.domain.exercises import Routine, RoutineItem
    from movebreak.storage.catalogue import load_catalogue

    exercises, _problems = load_catalogue(paths.user_exercises_dir())
    by_id = {ex.id: ex for ex in exercises}
    spec = request["routine"]
    items = []
    for item in spec["items"]:
        if item["id"] not in by_id:
            raise KeyError(f"exercise {item['id']!r} is not in the catalogue")
        items.append(RoutineItem(by_id[item["id"]], item["side"], int(item["seconds"])))
    return Routine(str(spec["title"]), tuple(items))


def _first_line(fd: int) -> tuple[bytes, bytearray]:
    """The request line, read from the descriptor itself (sys.stdin would buffer ahead and
    swallow commands sent right after it); returns it and whatever came after it."""
    data = bytearray()
    while b"\n" not in data:
        chunk = os.read(fd, 4096)
        if not chunk:
            break
        data.extend(chunk)
    line, _, rest = bytes(data).partition(b"\n")
    return line, bytearray(rest)


def run(_args: argparse.Namespace) -> int:
    fd = sys.stdin.fileno()
    try:
        line, pending = _first_line(fd)
        request = json.loads(line)
        routine = _routine(request)
    except (ValueError, KeyError, TypeError, OSError) as exc:
        print(f"movebreak prompt-window: cannot show this request: {exc}", file=sys.stderr)
        return 2

    from PySide6.QtCore import QSocketNotifier
    from PySide6.QtWidgets import QApplication

    from movebreak import APP_ID, APP_NAME
    from movebreak.ui.prompt import PromptWindow
    from movebreak.ui.tray import app_icon

    qapp = QApplication(sys.argv[:1])
    qapp.setApplicationName(APP_NAME)
    qapp.setDesktopFileName(APP_ID)
    qapp.setWindowIcon(app_icon())
    window = PromptWindow(
        routine,
        chime=bool(request.get("chime")),
        snooze_minutes=int(request.get("snooze_minutes", 5)),
        skip_allowed=request.get("skip_allowed", True) is not False,
        favourites=[str(f) for f in request.get("favourites", [])],
    )
    window.favourite_changed.connect(lambda ex_id, on: _emit({"event": "favourite", "id": ex_id, "on": on}))
    window.hidden.connect(lambda ex_id: _emit({"event": "hidden", "id": ex_id}))
    window.exercise_done.connect(
        lambda index, ex_id, outcome, seconds: _emit(
            {"event": "exercise_done", "index": index, "id": ex_id, "outcome": outcome, "seconds": seconds}
        )
    )

    ended: list[str] = []

    def on_finished(state: str) -> None:
        ended.append(state)
        _emit({"event": "finished", "state": state})
        qapp.quit()

    window.finished.connect(on_finished)

    os.set_blocking(fd, False)

    def on_input(*_signal_args: object) -> None:
        try:
            chunk = os.read(fd, 4096)
        except BlockingIOError:
            return
        if not chunk:  # the tray app closed our input: it is gone or wants us gone
            notifier.setEnabled(False)
            window.close()  # records the routine as skipped where not done
            qapp.quit()
            return
        pending.extend(chunk)
        run_commands()

    def run_commands() -> None:
        while b"\n" in pending:
            line, _, rest = bytes(pending).partition(b"\n")
            pending[:] = rest
            try:
                command = json.loads(line)
            except ValueError:
                continue
            if command.get("cmd") == "raise":
                window.bring_forward()
            elif command.get("cmd") == "pause":
                window.set_countdown_paused(bool(command.get("paused")))
            elif command.get("cmd") == "close":
                window.close()

    notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read)
    notifier.activated.connect(on_input)
    window.show_unfocused()
    _emit({"event": "shown"})
    run_commands()  # those that came with the request
    if not ended:
        qapp.exec()
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("prompt-window")  # no help=: argparse then leaves it out of --help
    p.set_defaults(func=run)
