"""`make bench`: every benchmark, figures printed as ratios against a bare PySide6 tray app."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
BENCHES = [
    ("idle footprint", ["idle.py", "--json", str(RESULTS / "idle.json")]),
    ("idle footprint after one break", ["idle.py", "--after-break", "--json", str(RESULTS / "idle-after-break.json")]),
    (
        "wake-ups with the welcome window open",
        ["idle.py", "--welcome", "--settle", "15", "--window", "30", "--json", str(RESULTS / "idle-welcome.json")],
    ),
    ("start-up (launch to tray icon)", ["bench_startup.py", "--json", str(RESULTS / "startup.json")]),
    ("planner", ["bench_planner.py"]),
    ("journal and stats", ["bench_journal.py"]),
    ("frozen app", ["bench_frozen.py"]),
]


def main() -> int:
    failed = 0
    for title, (script, *args) in BENCHES:
        path = HERE / script
        if not path.exists():
            print(f"== {title}: {script} not present, skipped")
            continue
        print(f"== {title}", flush=True)
        rc = subprocess.call([sys.executable, str(path), *args])
        if rc:
            print(f"== {title}: exited {rc}")
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
