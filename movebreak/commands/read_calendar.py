"""`movebreak read-calendar`: the child that fetches and expands one untrusted calendar under
hard limits (sources.sandbox starts it; not for users). A JSON request on stdin, a JSON
answer on stdout; past a limit the kernel or the parent ends it."""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

REQUEST_LIMIT = 1024 * 1024


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("read-calendar")
    p.set_defaults(func=run)


def _handle(request: dict[str, Any]) -> dict[str, Any]:
    from movebreak.domain.clock import FakeClock
    from movebreak.errors import CalendarError
    from movebreak.sources import fetch, sandbox

    location = str(request["location"])
    cache_dir = Path(request["cache_dir"]) if request.get("cache_dir") else None
    clock = FakeClock(datetime.fromisoformat(request["now"]))
    if request["job"] == "refresh":
        assert cache_dir is not None
        failure = fetch.refresh_here(location, cache_dir, float(request["timeout"]), int(request["limit"]), clock)
        return {"problem": sandbox.problem_to_json(failure) if failure else None}
    from movebreak.sources.ics import parse_ics

    tz = sandbox.zone_from_json(request["tz"])
    start, end = (datetime.fromisoformat(request[k]).astimezone(tz) for k in ("start", "end"))
    try:
        fresh_for = timedelta(seconds=float(request.get("fresh_for", 0)))
        data, stale, age = fetch.read_source_here(location, cache_dir, bool(request["offline"]), clock, fresh_for)
        blocks, warnings = parse_ics(data, location, start, end, tz, tuple(request["keywords"]), str(request["label"]))
    except CalendarError as exc:
        return {"errors": [sandbox.problem_to_json(p) for p in exc.problems]}
    return {
        "blocks": [sandbox.block_to_wire(b) for b in blocks],
        "warnings": [sandbox.problem_to_json(p) for p in ([stale] if stale else []) + warnings],
        "age": age.total_seconds() if age is not None else None,
    }


def run(args: argparse.Namespace) -> int:
    from movebreak.sources import sandbox

    sandbox.apply_limits(sandbox.CPU_SECONDS, sandbox.MEMORY_BYTES)
    try:
        try:
            request = json.loads(sys.stdin.buffer.read(REQUEST_LIMIT))
            answer = _handle(request)
        except (ValueError, KeyError, TypeError, AssertionError) as exc:  # not a request from movebreak
            print(f"movebreak read-calendar: not a valid request ({type(exc).__name__}: {exc})", file=sys.stderr)
            return 2
        sys.stdout.write(json.dumps(answer))
        sys.stdout.flush()
    except MemoryError:
        os._exit(sandbox.EXIT_OUT_OF_MEMORY)  # no clean-up: it may need memory too
    return 0
