"""The break prompt in a short-lived child process, seen from the tray app.

The prompt is the heaviest thing the app shows: widgets, fonts, the figure renderer and
its illustrations. In the tray process they would stay resident for the rest of the day
after the first break (measured: about 13 MiB, 1.8 times the bare tray). So the tray app
starts `movebreak prompt-window` for each break, and the child's memory goes back to the
system when the routine ends. The tray app keeps everything that matters: the plan, the
idle and do-not-disturb checks and the journal.

ChildPrompt has the interface of ui.prompt.PromptWindow that the coordinator uses
(runtime.coordinator.Prompt). One JSON object per line each way:

- to the child: first the request, {"routine": {"title", "items": [{"id", "side", "seconds"}]},
  "chime", "snooze_minutes"}; then commands {"cmd": "raise" | "pause" | "close"}
  ("pause" with "paused": bool);
- from the child: {"event": "shown"}, {"event": "exercise_done", "index", "id", "outcome",
  "seconds"} and last {"event": "finished", "state"}.

If the child cannot start or ends before it showed the window (no display for it, an
exercise file changed in between, a broken install), the prompt opens in the tray process
instead: a break is never lost to this. If it ends after that without saying how the
routine ended (killed, crashed), the routine counts as skipped. When the tray app ends
first, the child sees its input close and ends too."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QProcess, Signal

log = logging.getLogger(__name__)

CLOSE_WAIT_MS = 3000  # close(): how long the child may take to report its last outcomes


def child_command() -> list[str]:
    """How to start the prompt child: the frozen binary, or this interpreter with -m."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "prompt-window"]
    return [sys.executable, "-m", "movebreak", "prompt-window"]


def routine_request(
    routine: Any, *, chime: bool, snooze_minutes: int, skip_allowed: bool = True, favourites: Sequence[str] = ()
) -> dict[str, Any]:
    """The first line to the child: the routine by exercise id, and the prompt's settings."""
    return {
        "routine": {
            "title": routine.title,
            "items": [
                {"id": item.exercise.id, "side": item.side, "seconds": item.seconds}
                for item in routine.items
            ],
        },
        "chime": chime,
        "snooze_minutes": snooze_minutes,
        "skip_allowed": skip_allowed,
        "favourites": list(favourites),
    }


class ChildPrompt(QObject):
    """A prompt window run by a child process; see the module docstring."""

    exercise_done = Signal(int, str, str, int)  # index, exercise id, outcome, seconds spent
    finished = Signal(str)  # completed | partial | skipped | snoozed
    favourite_changed = Signal(str, bool)  # ♥ in the prompt: exercise id, now a favourite
    hidden = Signal(str)  # "Don't show this again": exercise id

    def __init__(
        self,
        request: dict[str, Any],
        fallback: Callable[[], Any],
        command: list[str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._request = request
        self._fallback_factory = fallback
        self._command = command or child_command()
        self._proc: QProcess | None = None
        self._buffer = b""
        self._shown = False
        self._ended = False  # finished was emitted: nothing more reaches the coordinator
        self._paused = False
        self._fallback: Any = None

    # ------------------------------------------------------------ the Prompt interface

    def show_unfocused(self) -> None:
        proc = QProcess(self)
        proc.setProgram(self._command[0])
        proc.setArguments(self._command[1:])
        proc.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        proc.readyReadStandardOutput.connect(self._read)
        proc.finished.connect(self._on_exit)
        proc.errorOccurred.connect(self._on_error)
        self._proc = proc
        proc.start()
        self._send(self._request)

    def bring_forward(self) -> None:
        if self._fallback is not None:
            self._fallback.bring_forward()
        else:
            self._send({"cmd": "raise"})

    def set_countdown_paused(self, paused: bool) -> None:
        self._paused = paused
        if self._fallback is not None:
            self._fallback.set_countdown_paused(paused)
        else:
            self._send({"cmd": "pause", "paused": paused})

    def close(self) -> bool:
        """End the routine (counts as skipped where not done) and report its outcomes now."""
        if self._fallback is not None:
            return bool(self._fallback.close())
        proc = self._proc
        if proc is None or self._ended:
            return True
        self._send({"cmd": "close"})
        proc.closeWriteChannel()
        if proc.waitForFinished(CLOSE_WAIT_MS):
            self._read()
        else:
            proc.kill()
            proc.waitForFinished(CLOSE_WAIT_MS)
        self._end("skipped", "the prompt process did not report its end")
        return True

    # ------------------------------------------------------------ the child

    def _send(self, message: dict[str, Any]) -> None:
        proc = self._proc
        if proc is not None and proc.state() != QProcess.ProcessState.NotRunning:
            proc.write(json.dumps(message).encode() + b"\n")

    def _read(self) -> None:
        proc = self._proc
        if proc is None:
            return
        self._buffer += bytes(proc.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            try:
                event = json.loads(line)
                self._handle(event)
            except (ValueError, KeyError, TypeError) as exc:
                log.warning("prompt process: bad line %r: %s", line[:200], exc)

    def _handle(self, event: dict[str, Any]) -> None:
        kind = event["event"]
        if kind == "shown":
            self._shown = True
            if self._paused:  # paused before the window existed
                self._send({"cmd": "pause", "paused": True})
        elif kind == "exercise_done" and not self._ended:
            self.exercise_done.emit(
                int(event["index"]), str(event["id"]), str(event["outcome"]), int(event["seconds"])
            )
        elif kind == "finished":
            self._end(str(event["state"]))
        elif kind == "favourite":
            self.favourite_changed.emit(str(event["id"]), bool(event["on"]))
        elif kind == "hidden":
            self.hidden.emit(str(event["id"]))

    def _end(self, state: str, why: str = "") -> None:
        if self._ended:
            return
        self._ended = True
        if why:
            log.warning("%s; the routine counts as %s", why, state)
        self.finished.emit(state)
        self._dispose_when_done()

    def _on_exit(self, code: int, _status: object) -> None:
        self._read()
        if not self._ended:
            if not self._shown:
                self._open_here(f"the prompt process ended (exit code {code}) before it showed the window")
            else:
                self._end("skipped", f"the prompt process ended (exit code {code}) without a result")
        self._dispose_when_done()

    def _dispose_when_done(self) -> None:
        """One ChildPrompt per break, parented to the app: delete it (and its QProcess) once
        the routine is reported and the child has exited, so a day of breaks leaves nothing."""
        proc = self._proc
        if self._ended and (proc is None or proc.state() == QProcess.ProcessState.NotRunning):
            self.deleteLater()

    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and not self._ended and self._fallback is None:
            self._open_here(f"the prompt process did not start ({self._command[0]})")

    def _open_here(self, why: str) -> None:
        log.warning("%s; showing the prompt in the tray process", why)
        prompt = self._fallback_factory()
        prompt.exercise_done.connect(self.exercise_done)
        prompt.finished.connect(lambda state: self._end(state))
        if hasattr(prompt, "favourite_changed"):  # the real PromptWindow; a test's stand-in may lack them
            prompt.favourite_changed.connect(self.favourite_changed)
            prompt.hidden.connect(self.hidden)
        self._fallback = prompt
        prompt.show_unfocused()
        if self._paused:
            prompt.set_countdown_paused(True)
