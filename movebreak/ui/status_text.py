"""The runtime's Status in the user's words and language, for the tray's menu and tooltip.

Status.summary() stays English: `movebreak status --json` carries it and must not change
with the language. A Qt module (it needs movebreak.i18n, so PySide6): not for preload.py."""

from __future__ import annotations

from datetime import datetime, timedelta
from types import SimpleNamespace
from typing import Any

from movebreak.i18n import QT_TRANSLATE_NOOP, day_time_text, text, time_text, translate
from movebreak.runtime.escalation import duration_words
from movebreak.runtime.status import Held, NoBreak, Status
from movebreak.texts import Text, fill

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
    moved = moved_text(status)
    if moved is not None:
        lines.append(moved)
    return "\n".join(lines)


def moved_text(status: Status) -> str | None:
    """Status.moved_words in the user's language: when the user last moved, or since when away."""
    if status.away_since is not None:
        return translate("Status", "Away from the keyboard since %1").replace("%1", time_text(status.away_since))
    if status.moved_ago is None:
        return None
    ago = text(duration_words(status.moved_ago))
    if status.moved_floor:
        return translate("Status", "Last moved over %1 ago").replace("%1", ago)
    if status.moved_at is None:
        return translate("Status", "Last moved %1 ago").replace("%1", ago)
    return fill(translate("Status", "Last moved %1 ago, at %2"), (ago, time_text(status.moved_at)))


def human_text(request: dict[str, Any], reply: dict[str, Any]) -> str:
    """What the CLI prints for a reply, in its language: the status rebuilt from the reply's
    data, other replies from their marked text (the app's own message is English, like the
    JSON); a reply without either (an app of another version) as sent."""
    data = reply.get("status")
    marked = Text.from_dict(reply["text"]) if isinstance(reply.get("text"), dict) else None
    summary = None
    if isinstance(data, dict):
        try:
            summary = status_summary(_status_from_dict(data))
        except (KeyError, TypeError, ValueError):  # an app of another version: its own words
            summary = None
    if summary is not None and (request.get("cmd") == "status" or marked is None):
        return summary  # a reply that is the status (status, replan)
    if marked is not None and summary is not None and marked.args:
        # "movebreak is already running.\n%1": its part is the status, rebuilt here in our words.
        return text(Text(marked.context, marked.source, (*marked.args[:-1], summary)))
    return text(marked) if marked is not None else str(reply.get("message", ""))


def _status_from_dict(data: dict[str, Any]) -> Status:
    def when(value: str | None) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)

    nb = data["next_break"]
    slot = None if nb is None else SimpleNamespace(start=datetime.fromisoformat(nb["start"]))
    pause = None if data["paused_until"] is None else SimpleNamespace(until=when(data["paused_until"]))
    held = data.get("deferred")
    moved = data.get("moved_minutes_ago")
    deferred = None if held is None else Held(held["id"], held["reason"], datetime.fromisoformat(held["retry_at"]))
    return Status(
        next_break=slot,  # type: ignore[arg-type]  # only .start is read
        why_none=NoBreak(data["why_none"]),
        pause=pause,  # type: ignore[arg-type]  # only .until is read
        focus_until=when(data["focus_until"]),
        prompt_open=bool(data["prompt_open"]),
        deferred=deferred,
        moved_ago=None if moved is None else timedelta(minutes=int(moved)),
        moved_floor=bool(data.get("moved_floor", False)),
        away_since=when(data.get("away_since")),
        moved_at=when(data.get("moved_at")),
    )
