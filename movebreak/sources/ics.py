"""iCalendar bytes -> Blocks: icalendar parses, recurring-ical-events expands; a broken event
is skipped and named (UID, line), a broken file is a CalendarError naming the line."""

from __future__ import annotations

import contextlib
import dataclasses
import re
from collections import Counter
from collections.abc import Sequence
from datetime import datetime, timedelta, tzinfo
from typing import Any

import icalendar
import recurring_ical_events

from movebreak.domain.blocks import Block, by_instant
from movebreak.errors import CalendarError, Problem
from movebreak.sources import ics_limits
from movebreak.texts import N_

_CONTENT_LINE = re.compile(r'^[A-Za-z0-9-]+(?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)*:')


def _physical_lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def syntax_problem(text: str, source: str, fallback: str) -> Problem:
    """Where icalendar gave up: the first line that is no content line, or an unclosed BEGIN."""
    stack: list[tuple[str, int]] = []
    valid = N_("Calendar", "an iCalendar (.ics) file: BEGIN:VCALENDAR ... END:VCALENDAR")
    first = True
    for n, line in enumerate(_physical_lines(text), start=1):
        if not line.strip() or line[:1] in (" ", "\t"):
            continue
        if not _CONTENT_LINE.match(line):
            return Problem.of(source, N_("Calendar", "not an iCalendar line: %1", repr(line[:60])), line=n, valid=valid)
        name, _, value = line.partition(":")
        if first and name.upper() != "BEGIN":
            return Problem.of(source, N_("Calendar", "does not start with BEGIN:VCALENDAR"), line=n, valid=valid)
        first = False
        if name.upper() == "BEGIN":
            stack.append((value.strip().upper(), n))
        elif name.upper() == "END":
            if not stack or stack[-1][0] != value.strip().upper():
                message = N_("Calendar", "END:%1 without its BEGIN", value.strip())
                return Problem.of(source, message, line=n, valid=valid)
            stack.pop()
    if first:
        return Problem.of(source, N_("Calendar", "is empty"), valid=valid)
    if stack:
        kind, n = stack[-1]
        last = len(_physical_lines(text.rstrip()))
        said = N_("Calendar", "the file ends at line %1 inside BEGIN:%2 (truncated?)", last, kind)
        return Problem.of(source, said, line=n, valid=valid)
    return Problem.of(source, N_("Calendar", "is not valid iCalendar: %1", fallback), valid=valid)


def _event_lines(text: str) -> list[int]:
    lines = _physical_lines(text)
    return [n for n, line in enumerate(lines, start=1) if line.strip().upper() == "BEGIN:VEVENT"]


def _event_problem(event: Any, renamed: dict[str, str]) -> tuple[str, str, str] | None:
    """(property, message, valid) for an event that cannot be used, else None."""
    for prop, reason in getattr(event, "errors", []) or []:
        return (
            str(prop),
            N_("Calendar", "invalid %1: %2", prop, reason),
            N_("Calendar", "a value as RFC 5545 defines it"),
        )
    for prop in ("DTSTART", "DTEND", "DURATION", "RECURRENCE-ID"):
        if isinstance(event.get(prop), list):  # icalendar keeps a repeated property as a list
            return prop, N_("Calendar", "has %1 more than once", prop), N_("Calendar", "one %1 per event", prop)
    dtstart = event.get("DTSTART")
    if dtstart is None:
        return "UID", N_("Calendar", "has no DTSTART"), N_("Calendar", "an event with DTSTART")
    start = dtstart.dt
    tzid = dtstart.params.get("TZID")
    if tzid and isinstance(start, datetime) and start.tzinfo is None:
        valid = N_("Calendar", "an IANA zone such as 'Europe/Berlin', or a VTIMEZONE in the file")
        name = ics_limits.unopened_zone(str(tzid), renamed)[:64]
        return "DTSTART", N_("Calendar", "unknown time zone %1", repr(name)), valid
    duration = event.get("DURATION")
    if duration is not None and isinstance(duration.dt, timedelta) and duration.dt < timedelta(0):
        return (
            "DURATION",
            N_("Calendar", "has a negative duration"),
            N_("Calendar", "a positive DURATION such as PT30M"),
        )
    too_long = ics_limits.duration_problem(event)
    if too_long:
        return "DURATION", too_long, N_("Calendar", "a DURATION such as PT30M")
    return None


def _event_notice(event: Any) -> tuple[str, str, str] | None:
    """(property, message, valid) for an event that is used but written oddly.

    Some servers swap DTSTART and DTEND. recurring-ical-events reads such an event with
    the two swapped (its issue 132), as calendar apps do: so do we, and say so."""
    dtstart, dtend = event.get("DTSTART"), event.get("DTEND")
    if dtstart is None or dtend is None:
        return None
    start, end = dtstart.dt, dtend.dt
    comparable = type(end) is type(start) and (
        not isinstance(start, datetime) or (start.tzinfo is None) == (end.tzinfo is None)
    )
    if comparable and end < start:
        return (
            "DTEND",
            N_("Calendar", "ends before it starts; counted as busy with start and end swapped"),
            N_("Calendar", "DTEND at or after DTSTART"),
        )
    return None


def _title(event: Any) -> str:
    return str(event.get("SUMMARY", ""))[:80] or N_("Calendar", "(no title)")


def _describe(event: Any, index: int, lines: list[int], source: str, prop: str, message: str, valid: str) -> Problem:
    """A skipped event, named by UID and by the line of the bad property (or of its BEGIN)."""
    uid = str(event.get("UID", "")) or f"#{index + 1}"
    line = lines[index] if index < len(lines) else None
    said = message if message.endswith("; ignored") else N_("Calendar", "%1; event skipped", message)
    return Problem.of(source, said, key=f"event {uid}", line=line, valid=valid)


def _property_line(text: str, begin: int | None, prop: str) -> int | None:
    if begin is None:
        return None
    name = re.compile(rf"^{re.escape(prop)}[;:]", re.IGNORECASE)
    for n, line in enumerate(_physical_lines(text)[begin - 1 :], start=begin):
        if line.strip().upper() == "END:VEVENT":
            break
        if name.match(line):
            return n
    return begin


# What recurring-ical-events and dateutil raise on a rule they cannot walk; OverflowError
# near year 1 or 9999 (a zone offset pushes a date past datetime's range). Any other error
# is a bug of theirs or ours; the reader child reports it in one line.
_EXPANSION_ERRORS = (ValueError, TypeError, KeyError, AttributeError, OverflowError, IndexError)


def _expand(cal: Any, start: datetime, end: datetime) -> list[Any]:
    return list(recurring_ical_events.of(cal).between(start, end))


def _expand_per_uid(
    cal: Any, start: datetime, end: datetime, source: str, text: str, problems: list[Problem]
) -> list[Any]:
    """Slow path, only after the whole calendar failed: expand each series alone so one bad
    series is skipped and named while the others still count."""
    zones = list(cal.walk("VTIMEZONE"))
    groups: dict[str, list[Any]] = {}
    for ev in cal.walk("VEVENT"):
        groups.setdefault(str(ev.get("UID", id(ev))), []).append(ev)
    lines = _event_lines(text)
    index = {id(ev): i for i, ev in enumerate(cal.walk("VEVENT"))}
    out: list[Any] = []
    for events in groups.values():
        mini = icalendar.Calendar()
        for key in ("X-WR-TIMEZONE", "CALSCALE"):
            if key in cal:
                mini[key] = cal[key]
        for part in (*zones, *events):
            mini.add_component(part)
        try:
            out.extend(_expand(mini, start, end))
        except _EXPANSION_ERRORS as exc:
            problems.append(
                _describe(
                    events[0],
                    index[id(events[0])],
                    lines,
                    source,
                    "UID",
                    N_("Calendar", "cannot be expanded: %1", exc),
                    N_("Calendar", "a valid RRULE/RDATE/EXDATE"),
                )
            )
    return out


def _matches(event: Any, keywords: Sequence[str]) -> bool:
    if not keywords:
        return True
    words = [str(event.get("SUMMARY", ""))]
    with contextlib.suppress(AttributeError, ValueError, TypeError):
        words += [str(c) for c in event.categories]
    text = " ".join(words).casefold()
    return any(k.casefold() in text for k in keywords if k.strip())


def _to_block(event: Any, tz: tzinfo, label: str, keywords: Sequence[str]) -> Block | None:
    if str(event.get("TRANSP", "OPAQUE")).upper() == "TRANSPARENT":
        return None
    if str(event.get("STATUS", "")).upper() == "CANCELLED":
        return None
    start = event["DTSTART"].dt
    if not isinstance(start, datetime):  # all-day events are not busy time
        return None
    dtend = event.get("DTEND")
    try:
        end = dtend.dt if dtend is not None else event.end
    except (ValueError, KeyError, AttributeError, OverflowError):
        end = start
    if not isinstance(end, datetime):
        return None
    # floating times mean "this wall clock wherever you are": the planning zone
    start = start.replace(tzinfo=tz) if start.tzinfo is None else start
    end = end.replace(tzinfo=tz) if end.tzinfo is None else end
    if end < start:  # swapped by the server; the library swaps them back too (see _event_notice)
        start, end = end, start
    if end <= start or not _matches(event, keywords):
        return None
    return Block(start, end, str(event.get("SUMMARY", "")) or "(busy)", label)


def _capped(occurrences: list[Any], cap: int, source: str, problems: list[Problem]) -> list[Any]:
    """Drops every event with more occurrences in the window than the cap (RDATE lists, rules
    the price list underestimated), naming each."""
    counts = ics_limits.count_by_uid(occurrences)
    over = {uid for uid, n in counts.items() if n > cap}
    if not over:
        return occurrences
    for uid in sorted(over):
        first = next(o for o in occurrences if str(o.get("UID", "")) == uid)
        problems.append(
            Problem.of(
                source,
                N_(
                    "Calendar",
                    "%1 occurs %2 times in the planned days, more than %3; ignored",
                    repr(str(_title(first))),
                    f"{counts[uid]:,}",
                    f"{cap:,}",
                ),
                key=f"event {uid}",
                valid=ics_limits.RULE_VALID,
            )
        )
    return [o for o in occurrences if str(o.get("UID", "")) not in over]


def _out_of_memory(exc: BaseException | None) -> bool:
    """icalendar turns any failure inside a line, MemoryError too, into a ValueError."""
    seen = 0
    while exc is not None and seen < 20:
        if isinstance(exc, MemoryError):
            return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False


def parse_ics(
    data: bytes, source: str, start: datetime, end: datetime, tz: tzinfo, keywords: Sequence[str] = (), label: str = ""
) -> tuple[list[Block], list[Problem]]:
    """Blocks from one calendar between start and end, plus a warning per skipped event.

    Raises CalendarError when the file as a whole is unusable: not iCalendar, truncated, or
    every event in it broken."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    data, zone_notices, renamed = ics_limits.neutralise_zones(data)
    text = data.decode("utf-8", errors="replace")
    try:
        cal = icalendar.Calendar.from_ical(data)
    # The parser is the boundary to untrusted bytes, and icalendar raises whatever its code
    # trips on (AttributeError on a VTIMEZONE with two TZIDs, found by the fuzz test).
    except Exception as exc:
        if _out_of_memory(exc):
            raise MemoryError from exc  # the reader child reports the memory limit, not bad syntax
        raise CalendarError([syntax_problem(text, source, (str(exc).splitlines() or [""])[0])]) from exc
    problems = [
        Problem.of(source, n, key="X-WR-TIMEZONE", valid=N_("Calendar", "an IANA zone such as 'Europe/Berlin'"))
        for n in zone_notices
    ]
    events = list(cal.walk("VEVENT"))
    bad: list[Any] = []
    lines: list[int] | None = None
    budget = ics_limits.ExpansionBudget(start, end, tz)
    for i, ev in enumerate(events):
        found = _event_problem(ev, renamed)
        if found is None:
            costly = budget.check(ev)
            # The event's title, then why its rule is not expanded ("'Standup' occurs every minute; ignored").
            said = N_("Calendar", "%1 %2", repr(str(_title(ev))), costly) if costly else None
            found = ("RRULE", said, ics_limits.RULE_VALID) if said else None
        notice = None if found is not None else _event_notice(ev)
        for what in (found, notice):
            if what is not None:
                lines = lines if lines is not None else _event_lines(text)
                problem = _describe(ev, i, lines, source, *what)
                line = _property_line(text, problem.line, what[0])
                problems.append(dataclasses.replace(problem, line=line))
        if found is not None:
            bad.append(ev)
    if events and len(bad) == len(events):
        problems.append(
            Problem.of(
                source,
                N_("Calendar", "no event in this calendar can be used"),
                valid=N_("Calendar", "an iCalendar file with at least one valid VEVENT"),
            )
        )
        raise CalendarError(problems)
    drop = {id(ev) for ev in bad}
    uids = Counter(str(ev.get("UID", "")) for ev in events)
    drop |= {
        id(ev)
        for ev in events
        if id(ev) not in drop and ics_limits.outside_window(ev, start, end, tz, uids[str(ev.get("UID", ""))])
    }
    if drop:
        # By identity: list.remove compares components deeply, quadratic in a big calendar.
        for holder in cal.walk("VCALENDAR"):
            holder.subcomponents = [c for c in holder.subcomponents if id(c) not in drop]
    try:
        occurrences = _expand(cal, start, end)
    except _EXPANSION_ERRORS:
        occurrences = _expand_per_uid(cal, start, end, source, text, problems)
    occurrences = _capped(occurrences, budget.cap, source, problems)
    blocks: list[Block] = []
    for occ in occurrences:
        block = _to_block(occ, tz, label or source, keywords)
        if block is not None and block.end > start and block.start < end:
            blocks.append(block)
    return sorted(blocks, key=by_instant), problems
