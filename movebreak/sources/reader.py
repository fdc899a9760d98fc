"""One calendar source read under the reader child's limits (sources.sandbox), with the
answers kept per source content, so a re-plan with nothing changed starts no child and the
GUI thread can ask for what is already known without waiting."""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

from movebreak.domain.blocks import Block
from movebreak.domain.clock import Clock
from movebreak.errors import CalendarError, Problem
from movebreak.sources import sandbox
from movebreak.texts import N_

Reading = tuple[list[Block], list[Problem], list[Problem], timedelta | None]  # blocks, errors, warnings, age

# Dict operations are atomic under the GIL: the watcher's worker thread fills this while
# the GUI thread reads it.
_MEMO: dict[tuple[Any, ...], Reading] = {}
_MEMO_SIZE = 256  # far more than sources x windows in use: a miss would re-read for ever


def source_state(location: str, cache_dir: Path | None, offline: bool) -> tuple[int, ...] | Problem | None:
    """What the source holds now, as cheap to get as a stat; a Problem that needs no reading
    (a bad location, a missing file or cache); None when only reading can tell."""
    from movebreak.sources.fetch import NOT_FETCHED, VALID_LOCATION, cache_paths, classify

    try:
        kind, target = classify(location)
    except CalendarError as exc:
        return exc.problems[0]
    if kind == "url":
        if not offline or cache_dir is None:
            return None  # a fetch is asked for
        target = cache_paths(cache_dir, location)[0]
    try:
        info = os.stat(os.path.realpath(target))
    except FileNotFoundError:
        if kind == "url":
            return Problem.of(location, NOT_FETCHED, valid=N_("Calendar", "wait for the next refresh"))
        return Problem.of(
            location, N_("Calendar", "cannot be read: %1", N_("Calendar", "no such file")), valid=VALID_LOCATION
        )
    except OSError as exc:  # a symlink loop, a folder without permission: reading cannot help
        return Problem.of(location, N_("Calendar", "cannot be read: %1", exc.strerror or exc), valid=VALID_LOCATION)
    return (info.st_ino, info.st_size, info.st_mtime_ns)


def _key(
    location: str,
    state: tuple[int, ...],
    keywords: Sequence[str],
    label: str,
    start: datetime,
    end: datetime,
    tz: tzinfo,
) -> tuple[Any, ...]:
    return (location, state, start, end, sandbox.zone_to_json(tz), tuple(keywords), label)


def known_reading(
    location: str,
    keywords: Sequence[str],
    label: str,
    start: datetime,
    end: datetime,
    tz: tzinfo,
    cache_dir: Path | None,
) -> Reading | None:
    """The offline reading of the source's current content if already known; never reads.

    A URL with no cached copy yet is not known yet (None), not a problem: the app's watcher is
    fetching it, and reports a failed fetch itself (issue 17: no false calendar warnings)."""
    state = source_state(location, cache_dir, True)
    if isinstance(state, Problem):
        from movebreak.sources.fetch import NOT_FETCHED

        return None if state.message == NOT_FETCHED else ([], [state], [], None)
    if state is None:
        return None
    return _MEMO.get(_key(location, state, keywords, label, start, end, tz))


def read_limited(
    location: str,
    keywords: Sequence[str],
    label: str,
    start: datetime,
    end: datetime,
    tz: tzinfo,
    cache_dir: Path | None,
    offline: bool,
    clock: Clock,
    wall: float | None = None,
    fresh_for: timedelta = timedelta(0),
) -> Reading:
    """Blocks, errors, warnings and cache age of one source, read and expanded in the reader
    child so no calendar can hang or exhaust this process."""
    state = source_state(location, cache_dir, offline)
    if isinstance(state, Problem):
        return [], [state], [], None
    key = _key(location, state, keywords, label, start, end, tz) if state is not None else None
    if key is not None and key in _MEMO:
        return _MEMO[key]
    request = {
        "job": "collect",
        "location": location,
        "cache_dir": str(cache_dir) if cache_dir else None,
        "offline": offline,
        "start": start.isoformat(),
        "end": end.isoformat(),
        "tz": sandbox.zone_to_json(tz),
        "keywords": list(keywords),
        "label": label,
        "now": clock.now().isoformat(),
        "fresh_for": fresh_for.total_seconds(),
    }
    late = N_(
        "Calendar", "took longer than the %1 s that reading calendars may take; skipped", f"{sandbox.WALL_SECONDS:g}"
    )
    answer = sandbox.run_job(request, location, wall=wall or sandbox.WALL_SECONDS, late=late)
    if isinstance(answer, Problem):
        got: Reading = ([], [answer], [], None)
    else:
        age = answer.get("age")
        got = (
            [sandbox.block_from_wire(b, tz) for b in answer.get("blocks", [])],
            [sandbox.problem_from_json(p) for p in answer.get("errors", [])],
            [sandbox.problem_from_json(p) for p in answer.get("warnings", [])],
            timedelta(seconds=age) if age is not None else None,
        )
    if key is not None:
        if len(_MEMO) >= _MEMO_SIZE:
            _MEMO.pop(next(iter(_MEMO)), None)
        _MEMO[key] = got
    return got
