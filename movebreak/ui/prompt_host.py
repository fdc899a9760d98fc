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
  ("pause" with "paused": bool), {"cmd": "end", "state": "snoozed" | "skipped"};
- from the child: {"event": "shown"}, {"event": "exposed", "width", "height", "screen"} once
  the compositor shows it, {"event": "exercise_done", "index", "id", "outcome",
  "seconds"} and last {"event": "finished", "state"}.

If the child cannot start or ends before it showed the window (no display for it, an
exercise file changed in between, a broken install), the prompt opens in the tray process
instead: a break is never lost to this. If it ends after that without saying how the
routine ended (killed, crashed), the routine counts by the exercises it reported: completed
when all were, partial when some were, else skipped. When the tray app ends
first, the child sees its input close and ends too."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QProcess, Signal

from movebreak.i18n import routine_title

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
            "title": routine_title(routine),  # the child speaks the same language
            "items": [{"id": item.exercise.id, "side": item.side, "seconds": item.seconds} for item in routine.items],
        },
        "chime": chime,
        "snooze_minutes": snooze_minutes,
        "skip_allowed": skip_allowed,
        "favourites": list(favourites),
    }


def _child_process(command: list[str], parent: QObject) -> QProcess:
    proc = QProcess(parent)
    proc.setProgram(command[0])
    proc.setArguments(command[1:])
    proc.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
    return proc


class PromptPrewarm(QObject):
    """A prompt child started a little before a break is due, so the window is up moments
    after the slot instead of after Python, Qt and the figures have loaded (about 0.5 s
    here). The child waits for its request (commands.prompt_window.WAIT_S at most); one that
    is not taken is ended when the next one starts or the app quits."""

    def __init__(self, command: list[str] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._command = command or child_command()
        self._proc: QProcess | None = None

    def start(self) -> None:
        """Have a child ready; a running one is kept."""
        if self._proc is not None and self._proc.state() != QProcess.ProcessState.NotRunning:
            return
        self.stop()
        self._proc = _child_process(self._command, self)
        self._proc.start()

    def child_pid(self) -> int | None:
        """The ready child's pid, while there is one."""
        pid = self._proc.processId() if self._proc is not None else 0
        return int(pid) or None

    def take(self) -> QProcess | None:
        """The ready child, now the caller's; None when there is none running."""
        proc, self._proc = self._proc, None
        if proc is None or proc.state() == QProcess.ProcessState.NotRunning:
            if proc is not None:
                proc.deleteLater()
            return None
        return proc

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        proc.closeWriteChannel()  # its first line never comes: it ends by itself
        if not proc.waitForFinished(CLOSE_WAIT_MS):
            proc.kill()
            proc.waitForFinished(CLOSE_WAIT_MS)
        proc.deleteLater()


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
        *,
        ready: QProcess | None = None,
    ) -> None:
        """`ready`: a child already started (PromptPrewarm.take()) to send the request to."""
        super().__init__(parent)
        self._ready = ready
        self._request = request
        self._fallback_factory = fallback
        self._command = command or child_command()
        self._proc: QProcess | None = None
        self._buffer = b""
        self._shown = False
        self._ended = False  # finished was emitted: nothing more reaches the coordinator
        self._paused = False
        self._fallback: Any = None
        self._completed: set[int] = set()  # indexes the child reported completed

    # ------------------------------------------------------------ the Prompt interface

    def show_unfocused(self) -> None:
        proc, self._ready = self._ready, None
        started = proc is not None and proc.state() != QProcess.ProcessState.NotRunning
        if proc is not None and started:
            proc.setParent(self)
        else:
            proc = _child_process(self._command, self)
        proc.readyReadStandardOutput.connect(self._read)
        proc.finished.connect(self._on_exit)
        proc.errorOccurred.connect(self._on_error)
        self._proc = proc
        if not started:
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

    @property
    def is_shown(self) -> bool:
        """The child reported its window on screen."""
        return self._shown

    def child_pid(self) -> int | None:
        """The prompt process's pid while it runs."""
        proc = self._proc
        pid = proc.processId() if proc is not None else 0
        return int(pid) or None

    def end(self, state: str) -> None:
        """End the routine as "snoozed" or "skipped" (a notification's button); the child reports it."""
        if self._fallback is not None:
            self._fallback.end(state)
        else:
            self._send({"cmd": "end", "state": state})

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
        self._end(self._state_so_far(), "the prompt process did not report its end")
        return True

    def _state_so_far(self) -> str:
        """A routine whose child ended without saying how: its state follows the exercises
        it reported, so a crash after the last one still counts as completed."""
        items = len(self._request.get("routine", {}).get("items", []))
        if items and len(self._completed) >= items:
            return "completed"
        return "partial" if self._completed else "skipped"

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
        elif kind == "exposed":
            # Wayland compositors place windows themselves; the log says where it landed.
            log.info(
                "prompt window exposed on %r (%sx%s)", event.get("screen"), event.get("width"), event.get("height")
            )
        elif kind == "exercise_done" and not self._ended:
            if event["outcome"] == "completed":
                self._completed.add(int(event["index"]))
            self.exercise_done.emit(int(event["index"]), str(event["id"]), str(event["outcome"]), int(event["seconds"]))
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
                self._end(self._state_so_far(), f"the prompt process ended (exit code {code}) without a result")
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
        prompt.finished.connect(self._end)  # bound, not a lambda holding self (no cycle via Qt)
        if hasattr(prompt, "favourite_changed"):  # the real PromptWindow; a test's stand-in may lack them
            prompt.favourite_changed.connect(self.favourite_changed)
            prompt.hidden.connect(self.hidden)
        self._fallback = prompt
        prompt.show_unfocused()
        if self._paused:
            prompt.set_countdown_paused(True)
