"""Calendar sources -> Blocks: .ics files and http(s) URLs (parsing lives in sources.ics).
URL copies are cached, so the app plans from the cache and never waits on the network."""

from __future__ import annotations

import os
import tempfile
import time as monotonic_time
import urllib.parse
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from pathlib import Path

from movebreak import __version__
from movebreak._sha1 import sha1_hex
from movebreak.domain.blocks import Block, blocks_from_rules, by_instant
from movebreak.domain.clock import Clock, SystemClock
from movebreak.domain.planner import Window
from movebreak.domain.settings import CalendarSource, Settings
from movebreak.errors import CalendarError, Problem

FETCH_TIMEOUT = 10.0
FETCH_LIMIT = 20 * 1024 * 1024
VALID_LOCATION = "a path to an .ics file, a file:// URL, or an http(s):// URL"


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


def format_age(age: timedelta) -> str:
    minutes = int(age.total_seconds() // 60)
    if minutes < 60:
        return f"{minutes} min"
    if minutes < 48 * 60:
        return f"{minutes // 60} h {minutes % 60} min"
    return f"{minutes // (24 * 60)} days"


def classify(location: str) -> tuple[str, str | Path]:
    """("url", url) for http(s), ("file", path) for a path or file:// URL; else CalendarError."""
    parsed = urllib.parse.urlsplit(location)
    scheme = parsed.scheme.lower()
    if scheme in ("http", "https"):
        return "url", location
    if scheme == "file":
        from urllib.request import url2pathname

        return "file", Path(url2pathname(parsed.path))
    if scheme == "" or (len(scheme) == 1 and os.name == "nt"):  # C:\... is a path on Windows
        return "file", Path(location).expanduser()
    hint = " (use https:// instead of webcal://)" if scheme == "webcal" else ""
    raise CalendarError(
        [Problem(location, f"unsupported scheme '{scheme}:'{hint}", valid=VALID_LOCATION)]
    )


# --- fetching and the cache ------------------------------------------------------------------


def _cache_paths(cache_dir: Path, url: str) -> tuple[Path, Path]:
    key = sha1_hex(url.encode())[:20]
    folder = cache_dir / "calendars"
    return folder / f"{key}.ics", folder / f"{key}.json"


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".part-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _download(url: str, timeout: float, limit: int) -> bytes:
    # Imported here: the tray app only pays for http/ssl when it has a URL calendar.
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": f"movebreak/{__version__}"})
    deadline = monotonic_time.monotonic() + timeout
    with urllib.request.urlopen(request, timeout=timeout) as response:
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise ValueError(f"is {int(declared) // (1024 * 1024)} MB, more than the "
                             f"{limit // (1024 * 1024)} MB limit")
        chunks: list[bytes] = []
        size = 0
        while True:
            # urlopen's timeout is per socket read; the deadline bounds a slow trickle too
            if monotonic_time.monotonic() > deadline:
                raise TimeoutError
            chunk = response.read(64 * 1024)
            if not chunk:
                break
            size += len(chunk)
            if size > limit:
                raise ValueError(f"is more than the {limit // (1024 * 1024)} MB limit")
            chunks.append(chunk)
    return b"".join(chunks)


def refresh_url(location: str, cache_dir: Path, timeout: float = FETCH_TIMEOUT,
                limit: int = FETCH_LIMIT, *, clock: Clock | None = None) -> Problem | None:
    """Fetch a URL source and, if it is valid iCalendar, make it the cached last good copy.

    Blocking: the app runs it in a worker thread. Local files need no fetch (None)."""
    try:
        kind, target = classify(location)
    except CalendarError as exc:
        return exc.problems[0]
    if kind == "file":
        if Path(target).is_file():
            return None
        return Problem(location, "no such file", valid=VALID_LOCATION)
    import urllib.error

    import icalendar

    from movebreak.sources.ics import syntax_problem

    try:
        data = _download(location, timeout, limit)
    except urllib.error.HTTPError as exc:
        return Problem(location, f"the server answered HTTP {exc.code} {exc.reason}",
                       valid="a URL that serves the .ics file")
    except (TimeoutError, OSError) as exc:
        if isinstance(exc, TimeoutError) or "timed out" in str(exc):
            return Problem(location, f"no complete answer within {timeout:g} s")
        reason = getattr(exc, "reason", exc)
        return Problem(location, f"cannot be reached: {reason}")
    except ValueError as exc:
        return Problem(location, str(exc), valid="a calendar under the size limit")
    try:
        icalendar.Calendar.from_ical(data)
    except (ValueError, IndexError, KeyError) as exc:
        text = data.decode("utf-8", errors="replace")
        return syntax_problem(text, location, str(exc).splitlines()[0])
    import json  # only URL calendars keep this note; the idle app need not load json

    ics, meta = _cache_paths(cache_dir, location)
    _write_atomic(ics, data)
    fetched = (clock or SystemClock()).now().isoformat()
    _write_atomic(meta, json.dumps({"url": location, "fetched_at": fetched}).encode())
    return None


def cached_copy(location: str, cache_dir: Path, clock: Clock) -> tuple[bytes, timedelta] | None:
    import json

    ics, meta = _cache_paths(cache_dir, location)
    try:
        data = ics.read_bytes()
        fetched = datetime.fromisoformat(json.loads(meta.read_text("utf-8"))["fetched_at"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return data, max(timedelta(0), clock.now() - fetched)


def read_source(location: str, cache_dir: Path | None, offline: bool, clock: Clock,
                fresh_for: timedelta = timedelta(0)) -> tuple[bytes, Problem | None, timedelta | None]:
    """The bytes of a source, a warning when a stale cached copy stands in, and its age.

    Offline, a copy younger than `fresh_for` is what a healthy refresh keeps: no warning,
    since a warning must mean that something is wrong."""
    kind, target = classify(location)
    if kind == "file":
        try:
            return Path(target).read_bytes(), None, None
        except OSError as exc:
            raise CalendarError([Problem(location, f"cannot be read: {exc.strerror or exc}",
                                         valid=VALID_LOCATION)]) from exc
    failure: Problem | None = None
    if not offline:
        if cache_dir is None:
            with tempfile.TemporaryDirectory() as scratch:
                failure = refresh_url(location, Path(scratch), clock=clock)
                got = cached_copy(location, Path(scratch), clock)
            if got is not None:
                return got[0], None, None
            raise CalendarError([failure or Problem(location, "could not be fetched")])
        failure = refresh_url(location, cache_dir, clock=clock)
    got = cached_copy(location, cache_dir, clock) if cache_dir is not None else None
    if got is None:
        raise CalendarError([failure or Problem(location, "not fetched yet and no cached copy",
                                                valid="wait for the next refresh")])
    data, age = got
    if failure is None and not offline:
        return data, None, None
    if failure is None and age <= fresh_for:
        return data, None, age
    why = f"{failure.message}; " if failure else ""
    return data, Problem(location, f"{why}using the cached copy, {format_age(age)} old"), age


# --- what the app and the CLI call ----------------------------------------------------------


def _sources(settings: Settings, extra: Iterable[str]) -> list[CalendarSource]:
    return [c for c in settings.calendars if c.enabled] + [CalendarSource(loc) for loc in extra]


def collect(settings: Settings, window: Window, *, cache_dir: Path | None,
            extra_sources: Sequence[str] = (), offline: bool = False,
            clock: Clock | None = None, first_fetch_pending: bool = False) -> Collection:
    """Weekly rules plus every enabled source, for the whole local days the window touches.

    `first_fetch_pending`: the app's watcher is fetching URLs it has no copy of yet; such a
    URL is left out without a problem (nothing is wrong yet; a failed fetch is reported)."""
    clock = clock or SystemClock()
    start, end = window.day_span()
    out = Collection(blocks=blocks_from_rules(settings.blocks, start, end, window.tz))
    sources = _sources(settings, extra_sources)
    if sources:
        # icalendar and its ~100 modules load only for users who have a calendar.
        from movebreak.sources.ics import parse_ics
    # The app refreshes URL copies every `calendar_refresh` minutes; one missed refresh is
    # no problem yet, two are.
    fresh_for = timedelta(minutes=2 * settings.calendar_refresh)
    for src in sources:
        try:
            if first_fetch_pending and offline and _never_fetched(src.location, cache_dir, clock):
                continue
            data, stale, _age = read_source(src.location, cache_dir, offline, clock, fresh_for)
            blocks, warnings = parse_ics(data, src.location, start, end, window.tz,
                                         src.keywords, src.name or src.location)
        except CalendarError as exc:
            out.errors.extend(exc.problems)
            continue
        out.blocks.extend(blocks)
        out.warnings.extend(([stale] if stale else []) + warnings)
    out.blocks.sort(key=by_instant)
    return out


def _never_fetched(location: str, cache_dir: Path | None, clock: Clock) -> bool:
    return (cache_dir is not None and classify(location)[0] == "url"
            and cached_copy(location, cache_dir, clock) is None)


def collect_blocks(settings: Settings, window: Window, *, cache_dir: Path | None,
                   extra_sources: Sequence[str] = (), offline: bool = False,
                   clock: Clock | None = None,
                   first_fetch_pending: bool = False) -> tuple[list[Block], list[Problem]]:
    got = collect(settings, window, cache_dir=cache_dir, extra_sources=extra_sources,
                  offline=offline, clock=clock, first_fetch_pending=first_fetch_pending)
    return got.blocks, got.errors + got.warnings


def test_source(location: str, keywords: Sequence[str], window: Window, cache_dir: Path | None,
                *, clock: Clock | None = None, offline: bool = False) -> SourceReport:
    """Try one source now (fetching a URL unless offline): events found, the next three
    blocks, or the exact error."""
    from movebreak.sources.ics import parse_ics

    clock = clock or SystemClock()
    try:
        data, stale, age = read_source(location, cache_dir, offline, clock)
        blocks, warnings = parse_ics(data, location, window.start, window.end, window.tz,
                                     tuple(keywords))
    except CalendarError as exc:
        return SourceReport(location, error=exc.problems[0])
    upcoming = tuple(b for b in blocks if b.end > window.start)[:3]
    return SourceReport(location, len(blocks), upcoming,
                        tuple(([stale] if stale else []) + warnings), None, age)

