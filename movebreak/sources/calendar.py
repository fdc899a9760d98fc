"""Calendar sources -> Blocks: weekly rules plus every enabled .ics file or http(s) URL, read
in the reader child (sources.reader) from the bytes sources.fetch gives; parsing lives in
sources.ics. URL copies are cached, so the app plans from the cache and never waits on the
network."""

from __future__ import annotations

import time as monotonic_time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta, tzinfo
from pathlib import Path

from movebreak.domain.blocks import Block, blocks_from_rules, by_instant
from movebreak.domain.clock import Clock, SystemClock
from movebreak.domain.planner import Window
from movebreak.domain.settings import CalendarSource, Settings
from movebreak.errors import Problem
from movebreak.sources.fetch import format_age
from movebreak.texts import N_


@dataclass(frozen=True)
class SourceReport:
    """What the settings window's "Test" button shows for one source."""

    location: str
    events: int = 0
    next_blocks: tuple[Block, ...] = ()
    warnings: tuple[Problem, ...] = ()
    error: Problem | None = None
    cache_age: timedelta | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def summary(self, tz: tzinfo) -> str:
        if self.error is not None:
            return str(self.error)
        lines = [f"{self.events} event(s) count as blocks in the tested period."]
        for b in self.next_blocks:
            s, e = b.start.astimezone(tz), b.end.astimezone(tz)
            lines.append(f"{s:%a %d %b %H:%M}-{e:%H:%M}  {b.title}")
        if self.cache_age is not None:
            lines.append(f"Using the cached copy, {format_age(self.cache_age)} old.")
        lines.extend(str(w) for w in self.warnings)
        return "\n".join(lines)


@dataclass
class Collection:
    """Blocks from every source; errors are whole sources skipped, warnings are events skipped
    or a stale cached copy used."""

    blocks: list[Block] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)  # sources not read yet (cached_only)


# --- what the app and the CLI call ----------------------------------------------------------


def _sources(settings: Settings, extra: Iterable[str]) -> list[CalendarSource]:
    return [c for c in settings.calendars if c.enabled] + [CalendarSource(loc) for loc in extra]


def collect(
    settings: Settings,
    window: Window,
    *,
    cache_dir: Path | None,
    extra_sources: Sequence[str] = (),
    offline: bool = False,
    clock: Clock | None = None,
    cached_only: bool = False,
    one_deadline: bool = True,
) -> Collection:
    """Weekly rules plus every enabled source, for the whole local days the window touches.

    cached_only: only answers already read for the sources' current content (the GUI
    thread must not wait on the reader child); the others are listed in `pending`.
    one_deadline: all sources share the reader's wall-clock limit, so a command ends within
    it; without, each source has its own (the app's worker thread, where nobody waits and a
    source left unread for lack of time would stay unread until its content changes)."""
    clock = clock or SystemClock()
    start, end = window.day_span()
    out = Collection(blocks=blocks_from_rules(settings.blocks, start, end, window.tz))
    from movebreak.sources.reader import known_reading, read_limited
    from movebreak.sources.sandbox import WALL_SECONDS

    # One deadline for all the sources together, so `plan` ends within it whatever they hold.
    deadline = monotonic_time.monotonic() + WALL_SECONDS
    # The app refreshes URL copies every `calendar_refresh` minutes; one missed refresh is
    # no problem yet, two are.
    fresh_for = timedelta(minutes=2 * settings.calendar_refresh)
    for src in _sources(settings, extra_sources):
        label = src.name or src.location
        if cached_only:
            known = known_reading(src.location, src.keywords, label, start, end, window.tz, cache_dir)
            if known is None:
                out.pending.append(src.location)
                continue
            out.blocks.extend(known[0])
            out.errors.extend(known[1])
            out.warnings.extend(known[2])
            continue
        left = deadline - monotonic_time.monotonic() if one_deadline else WALL_SECONDS
        if left < 1.0:
            out.errors.append(
                Problem.of(
                    src.location,
                    N_(
                        "Calendar",
                        "not read: the calendars before it took the %1 s that reading calendars may take",
                        f"{WALL_SECONDS:g}",
                    ),
                )
            )
            continue
        # icalendar and its ~100 modules load only in the reader child, never here.
        blocks, errors, warnings, _age = read_limited(
            src.location,
            src.keywords,
            label,
            start,
            end,
            window.tz,
            cache_dir,
            offline,
            clock,
            wall=left,
            fresh_for=fresh_for,
        )
        out.blocks.extend(blocks)
        out.errors.extend(errors)
        out.warnings.extend(warnings)
    out.blocks.sort(key=by_instant)
    return out


def collect_blocks(
    settings: Settings,
    window: Window,
    *,
    cache_dir: Path | None,
    extra_sources: Sequence[str] = (),
    offline: bool = False,
    clock: Clock | None = None,
) -> tuple[list[Block], list[Problem]]:
    got = collect(settings, window, cache_dir=cache_dir, extra_sources=extra_sources, offline=offline, clock=clock)
    return got.blocks, got.errors + got.warnings


def test_source(
    location: str,
    keywords: Sequence[str],
    window: Window,
    cache_dir: Path | None,
    *,
    clock: Clock | None = None,
    offline: bool = False,
) -> SourceReport:
    """Try one source now (fetching a URL unless offline): events found, the next three
    blocks, or the exact error."""
    from movebreak.sources.reader import read_limited

    clock = clock or SystemClock()
    blocks, errors, warnings, age = read_limited(
        location, tuple(keywords), "", window.start, window.end, window.tz, cache_dir, offline, clock
    )
    if errors:
        return SourceReport(location, error=errors[0])
    upcoming = tuple(b for b in blocks if b.end > window.start)[:3]
    return SourceReport(location, len(blocks), upcoming, tuple(warnings), None, age)
