"""A calendar source's bytes: where a location points, a local file read under the size cap,
and an http(s) URL fetched under limits into the cached last good copy.

The app never waits on the network: the reader child (commands.read_calendar, run by
sources.sandbox) calls `refresh_here` and `read_source_here`; the app plans from the cache.
sources.calendar turns the bytes of every source into blocks."""

from __future__ import annotations

import os
import tempfile
import time as monotonic_time
import urllib.parse
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from movebreak import __version__
from movebreak._sha1 import sha1_hex
from movebreak.domain.clock import Clock, SystemClock
from movebreak.errors import CalendarError, Problem
from movebreak.storage.bounded_read import CALENDAR_LIMIT, ReadRefused, read_bounded, why
from movebreak.texts import N_, Text

FETCH_TIMEOUT = 7.0  # the whole fetch: connect, headers, body
FETCH_LIMIT = CALENDAR_LIMIT
START_SLACK = 3.0  # the reader child's start-up and parse, on top of the fetch's deadline
NOT_FETCHED = N_("Calendar", "not fetched yet and no cached copy")
VALID_LOCATION = N_("Calendar", "a path to an .ics file, a file:// URL, or an http(s):// URL")


def format_age(age: timedelta) -> Text:
    minutes = int(age.total_seconds() // 60)
    if minutes < 60:
        return N_("Duration", "%1 min", minutes)
    if minutes < 48 * 60:
        return N_("Duration", "%1 h %2 min", minutes // 60, minutes % 60)
    return N_("Duration", "%1 days", minutes // (24 * 60))


def classify(location: str) -> tuple[str, str | Path]:
    """("url", url) for http(s), ("file", path) for a path or file:// URL; else CalendarError."""
    try:
        parsed = urllib.parse.urlsplit(location)
    except ValueError as exc:  # "http://[::1": an unclosed IPv6 bracket
        raise CalendarError(
            [Problem.of(location, N_("Calendar", "is not a valid URL: %1", exc), valid=VALID_LOCATION)]
        ) from exc
    scheme = parsed.scheme.lower()
    if scheme in ("http", "https"):
        return "url", location
    if scheme == "file":
        from urllib.request import url2pathname

        return "file", Path(url2pathname(parsed.path))
    if scheme == "" or (len(scheme) == 1 and os.name == "nt"):  # C:\... is a path on Windows
        return "file", Path(location).expanduser()
    if scheme == "webcal":
        said = N_("Calendar", "unsupported scheme '%1:' (use https:// instead of webcal://)", scheme)
    else:
        said = N_("Calendar", "unsupported scheme '%1:'", scheme)
    raise CalendarError([Problem.of(location, said, valid=VALID_LOCATION)])


# --- fetching and the cache ------------------------------------------------------------------


def cache_paths(cache_dir: Path, url: str) -> tuple[Path, Path]:
    """A URL's cached copy and its note (when it was fetched), named by the URL's digest."""
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


def _opener() -> Any:
    """urllib follows redirects to ftp:// too; every hop must be http(s)."""
    import urllib.error
    import urllib.request

    class HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str) -> Any:
            scheme = urllib.parse.urlsplit(newurl).scheme.lower()
            if scheme not in ("http", "https"):
                raise urllib.error.URLError(
                    N_("Calendar", "the server redirected to %1, which is not an http(s) URL", repr(newurl[:120]))
                )
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    return urllib.request.build_opener(HttpOnlyRedirects)


def _download(url: str, timeout: float, limit: int) -> bytes:
    # Imported here: the tray app only pays for http/ssl when it has a URL calendar.
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": f"movebreak/{__version__}"})
    deadline = monotonic_time.monotonic() + timeout
    # The socket time-out is per read; the whole fetch is bounded by the reader child's
    # wall-clock deadline (refresh_url), which a server sending a byte a second cannot stretch.
    with _opener().open(request, timeout=timeout) as response:
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise ValueError(
                N_(
                    "Calendar",
                    "is %1 MB, more than the %2 MB limit",
                    int(declared) // (1024 * 1024),
                    limit // (1024 * 1024),
                )
            )
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
                raise ValueError(N_("Calendar", "is more than the %1 MB limit", limit // (1024 * 1024)))
            chunks.append(chunk)
    return b"".join(chunks)


def refresh_url(
    location: str,
    cache_dir: Path,
    timeout: float = FETCH_TIMEOUT,
    limit: int = FETCH_LIMIT,
    *,
    clock: Clock | None = None,
) -> Problem | None:
    """Fetch a URL source and, if it is valid iCalendar, make it the cached last good copy.

    The fetch runs in the reader child, ended after `timeout` seconds in all (plus its
    start-up). Blocking: the app runs it in a worker thread. Local files need no fetch."""
    try:
        kind, target = classify(location)
    except CalendarError as exc:
        return exc.problems[0]
    if kind == "file":
        if Path(target).is_file():
            return None
        return Problem.of(location, N_("Calendar", "no such file"), valid=VALID_LOCATION)
    from movebreak.sources import sandbox

    now = (clock or SystemClock()).now()
    request = {
        "job": "refresh",
        "location": location,
        "cache_dir": str(cache_dir),
        "timeout": timeout,
        "limit": limit,
        "now": now.isoformat(),
    }
    answer = sandbox.run_job(
        request,
        location,
        wall=timeout + START_SLACK,
        late=N_("Calendar", "no complete answer within %1 s", f"{timeout:g}"),
    )
    if isinstance(answer, Problem):
        return answer
    return sandbox.problem_from_json(answer["problem"]) if answer.get("problem") else None


def refresh_here(location: str, cache_dir: Path, timeout: float, limit: int, clock: Clock) -> Problem | None:
    """refresh_url's work, in this process: the reader child runs it."""
    import urllib.error

    import icalendar

    from movebreak.sources.ics import syntax_problem

    try:
        data = _download(location, timeout, limit)
    except urllib.error.HTTPError as exc:
        return Problem.of(
            location,
            N_("Calendar", "the server answered HTTP %1 %2", exc.code, exc.reason),
            valid=N_("Calendar", "a URL that serves the .ics file"),
        )
    except (TimeoutError, OSError) as exc:
        if isinstance(exc, TimeoutError) or "timed out" in str(exc):
            return Problem.of(location, N_("Calendar", "no complete answer within %1 s", f"{timeout:g}"))
        reason = getattr(exc, "reason", exc)
        said = reason if isinstance(reason, Text) else str(reason) or type(reason).__name__  # some have no text
        return Problem.of(location, N_("Calendar", "cannot be reached: %1", said))
    except ValueError as exc:
        too_big = exc.args[0] if exc.args and isinstance(exc.args[0], Text) else str(exc)
        return Problem.of(location, too_big, valid=N_("Calendar", "a calendar under the size limit"))
    try:
        icalendar.Calendar.from_ical(data)
    except (ValueError, IndexError, KeyError, OverflowError, RecursionError, OSError) as exc:
        text = data.decode("utf-8", errors="replace")
        return syntax_problem(text, location, (str(exc).splitlines() or [type(exc).__name__])[0])
    import json  # only URL calendars keep this note; the idle app need not load json

    ics, meta = cache_paths(cache_dir, location)
    _write_atomic(ics, data)
    fetched = clock.now().isoformat()
    _write_atomic(meta, json.dumps({"url": location, "fetched_at": fetched}).encode())
    return None


def cached_copy(location: str, cache_dir: Path, clock: Clock) -> tuple[bytes, timedelta] | None:
    import json

    ics, meta = cache_paths(cache_dir, location)
    try:
        data = read_bounded(ics, FETCH_LIMIT)
        fetched = datetime.fromisoformat(json.loads(meta.read_text("utf-8"))["fetched_at"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return data, max(timedelta(0), clock.now() - fetched)


def read_source_here(
    location: str, cache_dir: Path | None, offline: bool, clock: Clock, fresh_for: timedelta = timedelta(0)
) -> tuple[bytes, Problem | None, timedelta | None]:
    """The bytes of a source, a warning when a stale cached copy stands in, and its age.

    Offline, a copy younger than `fresh_for` is what a healthy refresh keeps: no warning,
    since a warning must mean that something is wrong. In this process, without the child's
    limits: the reader child calls it."""
    kind, target = classify(location)
    if kind == "file":
        try:
            return read_bounded(Path(target), FETCH_LIMIT), None, None
        except ReadRefused as exc:
            raise CalendarError([Problem.of(location, why(exc), valid=VALID_LOCATION)]) from exc
        except OSError as exc:
            raise CalendarError(
                [Problem.of(location, N_("Calendar", "cannot be read: %1", exc.strerror or exc), valid=VALID_LOCATION)]
            ) from exc
    failure: Problem | None = None
    if not offline:
        if cache_dir is None:
            with tempfile.TemporaryDirectory() as scratch:
                failure = refresh_here(location, Path(scratch), FETCH_TIMEOUT, FETCH_LIMIT, clock)
                got = cached_copy(location, Path(scratch), clock)
            if got is not None:
                return got[0], None, None
            raise CalendarError([failure or Problem.of(location, N_("Calendar", "could not be fetched"))])
        failure = refresh_here(location, cache_dir, FETCH_TIMEOUT, FETCH_LIMIT, clock)
    got = cached_copy(location, cache_dir, clock) if cache_dir is not None else None
    if got is None:
        raise CalendarError(
            [failure or Problem.of(location, NOT_FETCHED, valid=N_("Calendar", "wait for the next refresh"))]
        )
    data, age = got
    if failure is None and not offline:
        return data, None, None
    if failure is None and age <= fresh_for:
        return data, None, age
    if failure is None:
        return data, Problem.of(location, N_("Calendar", "using the cached copy, %1 old", format_age(age))), age
    failed = failure.text or failure.message
    said = N_("Calendar", "%1; using the cached copy, %2 old", failed, format_age(age))
    return data, Problem.of(location, said), age
