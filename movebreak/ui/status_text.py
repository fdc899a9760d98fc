"""The runtime's Status in the user's words and language, for the tray's menu and tooltip.

Status.summary() stays English: `movebreak status --json` carries it and must not change
with the language. A Qt module (it needs movebreak.i18n, so PySide6): not for preload.py."""

from __future__ import annotations

from datetime import datetime
from types import SimpleNamespace
from typing import Any

from movebreak.i18n import QT_TRANSLATE_NOOP, day_time_text, text, time_text, translate
from movebreak.runtime.status import Held, NoBreak, Status
from movebreak.texts import Text

# The NoBreak values, marked for lupdate; translated by their English value.
_NO_BREAK = (
    QT_TRANSLATE_NOOP("NoBreak", "paused"),
    QT_TRANSLATE_NOOP("NoBreak", "no working hours set"),
    QT_TRANSLATE_NOOP("NoBreak", "outside working hours"),
    QT_TRANSLATE_NOOP("NoBreak", "no gap long enough"),
)


def no_break_text(why: NoBreak) -> str:
    return translate("NoBreak", str(why))  # i18n: marked elsewhere


def status_summary(status: Status) -> str:
    lines = []
    if status.next_break is not None:
        lines.append(translate("Status", "Next break: %1").replace("%1", time_text(status.next_break.start)))
    else:
        lines.append(translate("Status", "Next break: none (%1)").replace("%1", no_break_text(status.why_none)))
    if status.pause is not None:
        lines.append(translate("Status", "Paused until %1").replace("%1", day_time_text(status.pause.until)))
    if status.focus_until is not None:
        lines.append(translate("Status", "Focus until %1").replace("%1", time_text(status.focus_until)))
    if status.prompt_open:
        lines.append(translate("Status", "A break is on screen now"))
    if status.deferred is not None:
        held = translate("Status", "A break is held (%1); trying again at %2")
        lines.append(held.replace("%1", status.deferred.reason).replace("%2", time_text(status.deferred.retry_at)))
    return "\n".join(lines)


def human_text(request: dict[str, Any], reply: dict[str, Any]) -> str:
    """What the CLI prints for a reply, in its language: the status rebuilt from the reply's
    data, other replies from their marked text (the app's own message is English, like the
    JSON); a reply without either (an app of another version) as sent."""
    data = reply.get("status")
    if request.get("cmd") != "status" or not isinstance(data, dict):
        marked = Text.from_dict(reply["text"]) if isinstance(reply.get("text"), dict) else None
        return text(marked) if marked is not None else str(reply.get("message", ""))
    try:
        return status_summary(_status_from_dict(data))
    except (KeyError, TypeError, ValueError):  # an app of another version: its own words
        return str(reply.get("message", ""))


def _status_from_dict(data: dict[str, Any]) -> Status:
    def when(value: str | None) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)

    nb = data["next_break"]
    slot = None if nb is None else SimpleNamespace(start=datetime.fromisoformat(nb["start"]))
    pause = None if data["paused_until"] is None else SimpleNamespace(until=when(data["paused_until"]))
    held = data.get("deferred")
    deferred = None if held is None else Held(held["id"], held["reason"], datetime.fromisoformat(held["retry_at"]))
    return Status(
        next_break=slot,  # type: ignore[arg-type]  # only .start is read
        why_none=NoBreak(data["why_none"]),
        pause=pause,  # type: ignore[arg-type]  # only .until is read
        focus_until=when(data["focus_until"]),
        prompt_open=bool(data["prompt_open"]),
        deferred=deferred,
    )
