"""`movebreak prompt-window`: the break prompt as a child of the tray app (not for users).

The protocol and the reasons are in movebreak.ui.prompt_host. The request comes as the
first line on stdin; events go out on stdout, one JSON object per line. Exit codes: 0 when
the routine ended and was reported (or no request came within WAIT_S), 2 for a request this
program cannot show (the tray app then shows the prompt itself).

The child gets ready before it reads its request: Qt, the prompt's modules and the exercise
catalogue load first. So the tray app can start it a little before a break is due (ui.
prompt_host.PromptPrewarm) and the window is up moments after the request arrives."""

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


WAIT_ENV = "MOVEBREAK_PROMPT_WAIT_S"  # how long a started child waits for its request
WAIT_S = 180.0


def _catalogue() -> dict[str, Any]:
    from movebreak import paths
    from movebreak.storage.catalogue import load_catalogue

    exercises, _problems = load_catalogue(paths.user_exercises_dir())
    return {ex.id: ex for ex in exercises}


def _routine(request: dict[str, Any], by_id: dict[str, Any]) -> Any:
    """The Routine the request names, from the same catalogue the tray app uses."""
    from movebreak.domain.exercises import Routine, RoutineItem

    spec = request["routine"]
    items = []
    for item in spec["items"]:
        if item["id"] not in by_id:
            raise KeyError(f"exercise {item['id']!r} is not in the catalogue")
        items.append(RoutineItem(by_id[item["id"]], item["side"], int(item["seconds"])))
    return Routine(str(spec["title"]), tuple(items))


def _first_line(fd: int, wait_s: float) -> tuple[bytes, bytearray]:
    """The request line, read from the descriptor itself (sys.stdin would buffer ahead and
    swallow commands sent right after it); returns it and whatever came after it. Gives up
    with TimeoutError when nothing came for `wait_s` seconds (a break that never showed)."""
    import select

    data = bytearray()
    while b"\n" not in data:
        ready, _, _ = select.select([fd], [], [], wait_s)
        if not ready:
            raise TimeoutError(f"no request within {wait_s:g} s")
        chunk = os.read(fd, 4096)
        if not chunk:
            break
        data.extend(chunk)
    line, _, rest = bytes(data).partition(b"\n")
    return line, bytearray(rest)


def run(_args: argparse.Namespace) -> int:
    fd = sys.stdin.fileno()
    # Ready first (the slow part), then wait for the request: see the module docstring.
    from PySide6.QtCore import QSocketNotifier
    from PySide6.QtWidgets import QApplication

    from movebreak import APP_ID, APP_NAME
    from movebreak.i18n import LANGUAGE_ENV
    from movebreak.i18n import install as install_language
    from movebreak.ui.prompt import PromptWindow
    from movebreak.ui.tray import app_icon

    qapp = QApplication(sys.argv[:1])
    qapp.setApplicationName(APP_NAME)
    qapp.setDesktopFileName(APP_ID)
    qapp.setWindowIcon(app_icon())
    install_language(os.environ.get(LANGUAGE_ENV, ""))  # the tray app's choice, passed down
    by_id = _catalogue()
    try:
        wait_s = float(os.environ.get(WAIT_ENV, WAIT_S))
    except ValueError:
        wait_s = WAIT_S
    try:
        line, pending = _first_line(fd, wait_s)
    except TimeoutError:
        return 0  # started ahead of a break that did not come to the screen
    if not line.strip():
        return 0  # the tray app closed our input before it had a break for us
    try:
        request = json.loads(line)
        routine = _routine(request, by_id)
    except (ValueError, KeyError, TypeError, OSError) as exc:
        print(f"movebreak prompt-window: cannot show this request: {exc}", file=sys.stderr)
        return 2
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
            elif command.get("cmd") == "end":
                window.end(str(command.get("state")))
            elif command.get("cmd") == "close":
                window.close()

    notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read)
    notifier.activated.connect(on_input)
    window.show_unfocused()
    _emit({"event": "shown"})
    exposure = _ExposureReport(window, ended)
    run_commands()  # those that came with the request
    if not ended:
        qapp.exec()
    del exposure
    return 0


class _ExposureReport:
    """Tells the tray app once the compositor really shows the window (Qt's expose event):
    on Wayland a window cannot place or raise itself, so "shown" alone proves little."""

    def __init__(self, window: Any, ended: list[str]) -> None:
        from PySide6.QtCore import QEvent, QObject

        self._ended = ended  # after "finished" the tray app expects nothing more
        self._handle = window.windowHandle()
        report = self

        class Filter(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Expose and report._handle.isExposed():
                    report.send()
                return False

        self._filter = Filter()
        self._sent = False
        if self._handle is not None:
            self._handle.installEventFilter(self._filter)
            if self._handle.isExposed():
                self.send()

    def send(self) -> None:
        if self._sent or self._ended:
            return
        self._sent = True
        handle = self._handle
        screen = handle.screen()
        _emit(
            {
                "event": "exposed",
                "width": handle.width(),
                "height": handle.height(),
                "screen": screen.name() if screen is not None else "",
            }
        )


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("prompt-window")  # no help=: argparse then leaves it out of --help
    p.set_defaults(func=run)
