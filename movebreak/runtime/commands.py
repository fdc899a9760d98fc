"""Every command the CLI (over the instance socket) and the tray send, dispatched in one place.

One request, one reply, never raises: {"ok": bool, "message": str[, "text": {...}][, "code": 2]
[, "status": {...}]}. "message" is English (logs, `--json`); "text" is the same message as a
marked text (movebreak.texts) that the CLI shows in its own language."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from movebreak.texts import N_, Text

if TYPE_CHECKING:  # Qt-free at run time, so movebreak.preload can load it before PySide6
    from movebreak.runtime.coordinator import Coordinator

WINDOWS = ("settings", "history", "prompt")


def reply(ok: bool, message: str, **extra: Any) -> dict[str, Any]:
    """A reply whose message, when it is a marked Text, travels with its key and parts."""
    out: dict[str, Any] = {"ok": ok, "message": str(message), **extra}
    if isinstance(message, Text):
        out["text"] = message.as_dict()
    return out


class Commands:
    def __init__(
        self,
        coordinator: Coordinator,
        *,
        quit_app: Callable[[], object] = lambda: None,
        open_window: Callable[[str], object] = lambda what: None,
        already_running: Callable[[str], object] = lambda message: None,
    ) -> None:
        """`quit_app` is called later, from the event loop; `open_window` gets one of WINDOWS
        but "prompt"; `already_running` shows the reply to a second start (a tray balloon)."""
        self._coordinator = coordinator
        self._quit = quit_app
        self._open = open_window
        self._already_running = already_running

    def handle(self, request: dict[str, Any]) -> dict[str, Any]:
        cmd = request.get("cmd")
        arg = str(request.get("arg", "") or "")
        c = self._coordinator
        try:
            if cmd == "quit":
                self._quit()
                return reply(True, N_("Remote", "movebreak is quitting."))
            if cmd == "show":
                return self._show(arg or "status")
            if cmd == "break-now":
                return reply(True, c.start_break_now())
            if cmd == "pause":
                return reply(True, c.set_pause(arg))
            if cmd == "focus":
                return reply(True, c.start_focus(arg))
            if cmd == "status":
                st = c.status()
                return {"ok": True, "message": st.summary(), "status": st.as_dict()}
            if cmd == "replan":
                c.replan("requested")
                st = c.status()
                return {"ok": True, "message": st.summary(), "status": st.as_dict()}
        except ValueError as exc:
            said = exc.args[0] if exc.args and isinstance(exc.args[0], Text) else str(exc)
            return reply(False, said, code=2)
        return reply(False, N_("Remote", "unknown command %1", repr(cmd)), code=2)

    def _show(self, what: str) -> dict[str, Any]:
        if what == "prompt":
            if not self._coordinator.bring_prompt_forward():
                return reply(True, N_("Remote", "No break is on screen."))
            return reply(True, N_("Remote", "Opened the break."))
        if what == "settings":
            self._open(what)
            return reply(True, N_("Remote", "Opened the settings."))
        if what == "history":
            self._open(what)
            return reply(True, N_("Remote", "Opened the history."))
        status = self._coordinator.status()
        message = N_("Remote", "movebreak is already running.\n%1", status.summary())
        self._already_running(message)
        # The status as data too: the second `movebreak` prints it in its own language.
        return reply(True, message, status=status.as_dict())
