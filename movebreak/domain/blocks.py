"""Deep-work blocks: the busy stretches breaks must never interrupt, from weekly rules."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from movebreak.domain.settings import BlockRule


@dataclass(frozen=True, order=True)
class Block:
    """A busy stretch with aware start and end; source says where it came from."""

    start: datetime
    end: datetime
    title: str = ""
    source: str = ""

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("Block needs aware datetimes")


def wall_clock(day: date, moment: time, tz: tzinfo) -> datetime:
    """The aware instant at wall-clock `moment` on `day` in `tz`.

    A time inside a DST gap (02:30 on a spring-forward day) is normalised through UTC
    to the real instant it names, so durations stay right."""
    aware = datetime.combine(day, moment, tzinfo=tz)
    return aware.astimezone(UTC).astimezone(tz)


def days_between(start: datetime, end: datetime, tz: tzinfo) -> list[date]:
    first = start.astimezone(tz).date()
    last = end.astimezone(tz).date()
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def blocks_from_rules(rules: Sequence[BlockRule], start: datetime, end: datetime, tz: tzinfo) -> list[Block]:
    """Expand weekly rules into blocks that touch [start, end), on wall-clock time in tz."""
    out: list[Block] = []
    for day in days_between(start, end, tz):
        for rule in rules:
            if day.weekday() not in rule.days:
                continue
            begin, finish = wall_clock(day, rule.start, tz), wall_clock(day, rule.end, tz)
            b = Block(begin, finish, rule.title, "settings")
            if b.end > start and b.start < end:
                out.append(b)
    return sorted(out, key=by_instant)


def by_instant(block: Block) -> tuple[datetime, datetime]:
    """Sort key through UTC: Python compares two datetimes of the same zone on the wall clock,
    which misorders the repeated hour when DST ends."""
    return block.start.astimezone(UTC), block.end.astimezone(UTC)


def merge_busy(blocks: Iterable[Block]) -> list[tuple[datetime, datetime]]:
    """Overlapping and back-to-back blocks merge into one busy stretch (UTC instants)."""
    merged: list[tuple[datetime, datetime]] = []
    for start, end in sorted(by_instant(b) for b in blocks):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def block_to_json(block: Block, tz: tzinfo) -> dict[str, str]:
    """The `plan` contract's block object: ISO 8601 instants with the planning zone's offset."""
    return {
        "start": block.start.astimezone(tz).isoformat(),
        "end": block.end.astimezone(tz).isoformat(),
        "title": block.title,
        "source": block.source,
    }
