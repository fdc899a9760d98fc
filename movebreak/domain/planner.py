"""plan(window, blocks, settings) -> the break slots, in the gaps between blocks. Pure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

from movebreak.domain.blocks import Block
from movebreak.domain.settings import Settings

REASONS = ("after-block", "gap", "sitting-limit", "manual", "snooze")


@dataclass(frozen=True)
class Window:
    """The planning window [start, end), and the zone whose wall clock the rules use."""

    start: datetime
    end: datetime
    tz: tzinfo


@dataclass(frozen=True)
class BreakSlot:
    id: str
    start: datetime
    end: datetime
    reason: str

    @property
    def routine_minutes(self) -> int:
        return max(1, round((self.end - self.start).total_seconds() / 60))


def plan(window: Window, blocks: Sequence[Block], settings: Settings) -> list[BreakSlot]:
    raise NotImplementedError("planner lands with issue 3")
