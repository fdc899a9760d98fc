"""A process that journals outcomes in a loop, for the kill test: prints each slot id once durable.

Usage: python tests/helpers/journal_writer.py JOURNAL_PATH FIRST_INDEX
Each iteration writes one break and three exercises in one call; after the call
returns True the slot id is printed and flushed, so the parent knows which rows
were acknowledged before it sends SIGKILL.
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from movebreak.domain.clock import FakeClock
from movebreak.domain.stats import ExerciseRecord
from movebreak.storage.journal import Journal


def main() -> int:
    path, first = Path(sys.argv[1]), int(sys.argv[2])
    zone = timezone(timedelta(hours=2))
    clock = FakeClock(datetime(2026, 6, 1, 9, 0, tzinfo=zone))
    journal = Journal.open(path, clock)
    if not journal.writable:
        print(f"NOT WRITABLE: {journal.notice}", flush=True)
        return 1
    i = first
    while True:
        slot = f"slot-{i:06d}"
        start = clock.now() + timedelta(minutes=10 * i)
        exercises = [ExerciseRecord(p, f"ex-{(i + p) % 7}", "completed", 30 + p) for p in range(3)]
        # Two calls per slot, like the app: 'shown' first, then the outcome with exercises.
        journal.record_break(slot, start, 5, "shown", shown_at=start)
        if journal.record_routine(slot, start, 5, "completed", exercises, shown_at=start):
            print(slot, flush=True)
        i += 1


if __name__ == "__main__":
    sys.exit(main())
