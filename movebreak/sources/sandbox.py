"""Untrusted calendars are fetched and expanded in a child process with hard limits: processor
time and address space set by setrlimit in the child, wall-clock time by the parent, which
kills it. Whatever a calendar or a server does, the caller gets an answer within WALL_SECONDS
plus the child's start-up, as a result or as a Problem naming the source."""

from __future__ import annotations

import sys
import threading
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from typing import Any

from movebreak.domain.blocks import Block
from movebreak.domain.clock import zone_named
from movebreak.errors import Problem
from movebreak.texts import N_, Text

# The whole job: fetch, parse, expand. 9 s, so that `plan` with its own start-up ends within 10 s.
WALL_SECONDS = 9.0
CPU_SECONDS = 8  # RLIMIT_CPU: SIGXCPU ends the child past this
# RLIMIT_AS: the child starts in about 35 MB; with the tray app (about 60 MB) beside it the
# total stays under 300 MB.
MEMORY_BYTES = 200 * 1024 * 1024
EXIT_OUT_OF_MEMORY = 3
VALID = N_("Calendar", "a calendar that expands within the limits in docs/limits.md")


def child_command() -> list[str]:
    """The frozen binary takes the sub-command directly; a source install runs -m."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "read-calendar"]
    return [sys.executable, "-m", "movebreak", "read-calendar"]


def apply_limits(cpu_seconds: int, memory_bytes: int) -> None:
    """Called first thing in the child, before any untrusted byte is read. Where there is
    no setrlimit (Windows) the parent's wall-clock deadline is the only limit."""
    try:
        import resource
    except ImportError:
        return
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))


# --- the wire format between parent and child ------------------------------------------------


def zone_to_json(tz: tzinfo) -> str | float:
    key = getattr(tz, "key", None)
    if isinstance(key, str):
        return key
    offset = tz.utcoffset(datetime.now(UTC))
    return offset.total_seconds() if offset is not None else 0.0


def zone_from_json(value: str | float) -> tzinfo:
    if isinstance(value, str):
        return zone_named(value) or UTC
    return timezone(timedelta(seconds=value))


def problem_to_json(p: Problem) -> dict[str, Any]:
    out = {"source": p.source, "message": p.message, "key": p.key, "line": p.line, "valid": p.valid}
    # The marked texts too, so the parent shows the child's problems in the user's language.
    if p.text is not None:
        out["text"] = p.text.as_dict()
    if p.valid_text is not None:
        out["valid_text"] = p.valid_text.as_dict()
    return out


def problem_from_json(d: dict[str, Any]) -> Problem:
    text = Text.from_dict(d["text"]) if isinstance(d.get("text"), dict) else None
    valid_text = Text.from_dict(d["valid_text"]) if isinstance(d.get("valid_text"), dict) else None
    return Problem(
        str(d["source"]),
        str(d["message"]),
        d.get("key"),
        d.get("line"),
        d.get("valid"),
        bool(d.get("warning", False)),
        text,
        valid_text,
    )


def block_to_wire(b: Block) -> list[str]:
    return [b.start.isoformat(), b.end.isoformat(), b.title, b.source]


def block_from_wire(item: list[str], tz: tzinfo) -> Block:
    start, end = (datetime.fromisoformat(t).astimezone(tz) for t in item[:2])
    return Block(start, end, item[2], item[3])


# --- the parent's side -----------------------------------------------------------------------

# subprocess and json load on the first read: the idle tray app without calendars needs neither.
_LIVE: set[Any] = set()  # the running children (subprocess.Popen)
_LIVE_LOCK = threading.Lock()
_STOPPING = threading.Event()
QUITTING = N_("Calendar", "not read: movebreak is quitting")


def stop_all() -> None:
    """End every reader child now and start no more (the app is quitting)."""
    _STOPPING.set()
    with _LIVE_LOCK:
        for proc in _LIVE:
            proc.kill()


def _ended(returncode: int, stderr: bytes) -> Text:
    import signal

    if returncode == EXIT_OUT_OF_MEMORY:
        return N_("Calendar", "needs more than %1 MB of memory to read", MEMORY_BYTES // (1024 * 1024))
    if returncode in (-signal.SIGXCPU, -signal.SIGKILL):
        return N_("Calendar", "needs more than %1 s of processor time to read", CPU_SECONDS)
    last = stderr.decode("utf-8", errors="replace").strip().splitlines()[-1:] or [""]
    return N_("Calendar", "could not be read (the reader ended with code %1: %2)", returncode, last[0][:200])


def run_job(
    request: dict[str, Any], location: str, *, wall: float = WALL_SECONDS, late: Text | None = None
) -> dict[str, Any] | Problem:
    """Run one job in a fresh child; its JSON answer, or a Problem saying which limit it hit.

    Blocks for at most `wall` seconds, the child's start-up included: the GUI thread never
    calls it (sources.reader keeps answers; the calendar watcher reads in its worker)."""
    import json
    import subprocess

    if _STOPPING.is_set():
        return Problem.of(location, QUITTING)
    try:
        proc = subprocess.Popen(
            child_command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,  # a Ctrl+C in the terminal is for the parent to handle
        )
    except OSError as exc:
        return Problem.of(location, N_("Calendar", "could not start the calendar reader: %1", exc.strerror or exc))
    with _LIVE_LOCK:
        _LIVE.add(proc)
        if _STOPPING.is_set():  # stop_all ran between the check above and now
            proc.kill()
    try:
        out, err = proc.communicate(json.dumps(request).encode(), timeout=wall)
    except subprocess.TimeoutExpired:
        slow = late or N_("Calendar", "took longer than %1 s to read; skipped", f"{wall:g}")
        return Problem.of(location, slow, valid=VALID)
    finally:
        # Past the deadline, and on Ctrl+C in `plan` (KeyboardInterrupt): no child outlives this.
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
        with _LIVE_LOCK:
            _LIVE.discard(proc)
    if proc.returncode != 0:
        if _STOPPING.is_set():
            return Problem.of(location, QUITTING)
        return Problem.of(location, _ended(proc.returncode, err), valid=VALID)
    try:
        answer = json.loads(out)
    except ValueError:
        return Problem.of(location, N_("Calendar", "could not be read (the reader's answer was garbled)"))
    return answer if isinstance(answer, dict) else Problem.of(location, N_("Calendar", "could not be read"))
