"""Every command the CLI (over the instance socket) and the tray send, dispatched in one place.

One request, one reply, never raises: {"ok": bool, "message": str[, "code": 2][, "status": {...}]}."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # Qt-free at run time, so movebreak.preload can load it before PySide6
    from movebreak.runtime.coordinator import Coordinator

WINDOWS = ("settings", "history", "prompt")


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
                return {"ok": True, "message": "movebreak is quitting."}
            if cmd == "show":
                return self._show(arg or "status")
            if cmd == "break-now":
                return {"ok": True, "message": c.start_break_now()}
            if cmd == "pause":
                return {"ok": True, "message": c.set_pause(arg)}
            if cmd == "focus":
                return {"ok": True, "message": c.start_focus(arg)}
            if cmd == "status":
                st = c.status()
                return {"ok": True, "message": st.summary(), "status": st.as_dict()}
            if cmd == "replan":
                c.replan("requested")
                return {"ok": True, "message": c.status().summary()}
        except ValueError as exc:
            return {"ok": False, "code": 2, "message": str(exc)}
        return {"ok": False, "code": 2, "message": f"unknown command {cmd!r}"}

    def _show(self, what: str) -> dict[str, Any]:
        if what == "prompt":
            if not self._coordinator.bring_prompt_forward():
                return {"ok": True, "message": "No break is on screen."}
            return {"ok": True, "message": "Opened prompt."}
        if what in WINDOWS:
            self._open(what)
            return {"ok": True, "message": f"Opened {what}."}
        message = "movebreak is already running.\n" + self._coordinator.status().summary()
        self._already_running(message)
        return {"ok": True, "message": message}
