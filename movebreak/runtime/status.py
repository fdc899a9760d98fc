"""What the tray and `movebreak status` show: a value, never a dict built on the fly."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, NamedTuple

from movebreak.domain.pause import Pause
from movebreak.domain.planner import BreakSlot
from movebreak.runtime.escalation import duration_words


class NoBreak(StrEnum):
    """Why no break is planned (the values are what `status` prints and its JSON carries)."""

    PLANNED = ""  # there is a next break
    PAUSED = "paused"
    NO_WORKING_HOURS = "no working hours set"
    OUTSIDE_WORKING_HOURS = "outside working hours"
    NO_GAP = "no gap long enough"


class Held(NamedTuple):
    """A due break held by do-not-disturb: which one, why, and the next try."""

    slot_id: str
    reason: str
    retry_at: datetime


@dataclass(frozen=True)
class Status:
    next_break: BreakSlot | None
    why_none: NoBreak
    pause: Pause | None
    focus_until: datetime | None
    prompt_open: bool
    deferred: Held | None = None
    # Time since the user last moved (a break taken, back from time away); `moved_floor`: only
    # known to be at least that (nothing taken since the app started). None while away.
    moved_ago: timedelta | None = None
    moved_floor: bool = False
    away_since: datetime | None = None
    moved_at: datetime | None = None  # local time of the last move, when known (not a floor)

    def moved_words(self) -> str | None:
        if self.away_since is not None:
            return f"Away from the keyboard since {self.away_since:%H:%M}"
        if self.moved_ago is None:
            return None
        ago = f"Last moved {'over ' if self.moved_floor else ''}{duration_words(self.moved_ago)} ago"
        # the clock time keeps a tooltip refreshed every few minutes exact
        return ago if self.moved_at is None else f"{ago}, at {self.moved_at:%H:%M}"

    def summary(self) -> str:
        lines = []
        if self.next_break is not None:
            lines.append(f"Next break: {self.next_break.start:%H:%M}")  # planner gives local times
        else:
            lines.append(f"Next break: none ({self.why_none})")
        if self.pause is not None:
            lines.append(f"Paused until {self.pause.until:%a %H:%M}")
        if self.focus_until is not None:
            lines.append(f"Focus until {self.focus_until:%H:%M}")
        if self.prompt_open:
            lines.append("A break is on screen now")
        if self.deferred is not None:
            lines.append(f"A break is held ({self.deferred.reason}); trying again at {self.deferred.retry_at:%H:%M}")
        moved = self.moved_words()
        if moved is not None:
            lines.append(moved)
        return "\n".join(lines)

    def as_dict(self) -> dict[str, Any]:
        nb = self.next_break
        return {
            "next_break": None
            if nb is None
            else {"id": nb.id, "start": nb.start.isoformat(), "end": nb.end.isoformat(), "reason": nb.reason},
            "why_none": str(self.why_none),
            "paused_until": None if self.pause is None else self.pause.until.isoformat(),
            "focus_until": None if self.focus_until is None else self.focus_until.isoformat(),
            "prompt_open": self.prompt_open,
            "deferred": None
            if self.deferred is None
            else {
                "id": self.deferred.slot_id,
                "reason": self.deferred.reason,
                "retry_at": self.deferred.retry_at.isoformat(),
            },
            "moved_minutes_ago": None if self.moved_ago is None else int(self.moved_ago.total_seconds() // 60),
            "away_since": None if self.away_since is None else self.away_since.isoformat(),
            "moved_floor": self.moved_floor,
            "moved_at": None if self.moved_at is None else self.moved_at.isoformat(),
            "summary": self.summary(),
        }
