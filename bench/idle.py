"""Idle footprint of movebreak against a bare PySide6 tray app, in the same desktop, same run.

Both run at once under one Xvfb with a tray host, so machine noise hits both alike. After
a settle time, each is sampled over the same window: PSS and RSS (MiB), CPU seconds per
minute, and wake-ups per minute (voluntary + involuntary context switches, all threads)."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import BARE_TRAY, CONFIG
from tests.e2e.desktop import DesktopSession, missing_tools, movebreak_cmd, wait_for


def _clk_tck() -> int:
    import os

    return os.sysconf("SC_CLK_TCK")


def sample(pid: int) -> dict[str, Any]:
    proc = Path(f"/proc/{pid}")
    rollup = (proc / "smaps_rollup").read_text()
    fields = {line.split(":")[0]: line.split()[1] for line in rollup.splitlines()[1:]}
    stat = (proc / "stat").read_text().rsplit(")", 1)[1].split()
    cpu = (int(stat[11]) + int(stat[12])) / _clk_tck()
    switches: dict[str, int] = {}
    for task in (proc / "task").iterdir():
        try:
            lines = (task / "status").read_text().splitlines()
        except OSError:  # the thread ended while we looked
            continue
        switches[task.name] = sum(
            int(line.split()[1])
            for line in lines
            if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches"))
        )
    return {"pss": int(fields["Pss"]) / 1024, "rss": int(fields["Rss"]) / 1024, "cpu": cpu, "switches": switches}


def wakeups(before: dict[str, int], after: dict[str, int]) -> int:
    """Context switches per thread between two samples; a thread born in between counts from 0.
    (A thread that ended in between is lost: /proc keeps no count for it.)"""
    return sum(n - before.get(tid, 0) for tid, n in after.items())


def measure(settle: float, window: float) -> dict[str, dict[str, float]]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        desktop = DesktopSession(root / "desktop").start()
        try:
            (root / "config").mkdir()
            (root / "config" / "config.toml").write_text(CONFIG)
            env = {"MOVEBREAK_CONFIG_DIR": str(root / "config"), "MOVEBREAK_DATA_DIR": str(root / "data")}
            bare = desktop.launch([sys.executable, "-c", BARE_TRAY])
            app = desktop.launch(movebreak_cmd(), env)
            if not wait_for(lambda: "movebreak" in desktop.tray_icons(), timeout=60):
                raise SystemExit("movebreak's tray icon never appeared:\n" + desktop.app_log())
            time.sleep(settle)
            before = {"bare": sample(bare.pid), "movebreak": sample(app.pid)}
            t0 = time.monotonic()
            time.sleep(window)
            minutes = (time.monotonic() - t0) / 60
            after = {"bare": sample(bare.pid), "movebreak": sample(app.pid)}
            result = {}
            for name in ("bare", "movebreak"):
                result[name] = {
                    "pss_mib": after[name]["pss"],
                    "rss_mib": after[name]["rss"],
                    "cpu_s_per_min": (after[name]["cpu"] - before[name]["cpu"]) / minutes,
                    "wakeups_per_min": wakeups(before[name]["switches"], after[name]["switches"]) / minutes,
                }
            app.terminate()
            bare.terminate()
            return result
        finally:
            desktop.stop()


def report(result: dict[str, dict[str, float]]) -> str:
    lines = [f"{'idle footprint':<22}{'bare tray':>12}{'movebreak':>12}{'ratio':>8}"]
    for key, label in (
        ("pss_mib", "PSS (MiB)"),
        ("rss_mib", "RSS (MiB)"),
        ("cpu_s_per_min", "CPU s/min"),
        ("wakeups_per_min", "wake-ups/min"),
    ):
        b, m = result["bare"][key], result["movebreak"][key]
        ratio = f"{m / b:.2f}x" if b else "n/a"
        lines.append(f"{label:<22}{b:>12.2f}{m:>12.2f}{ratio:>8}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--settle", type=float, default=10)
    parser.add_argument("--window", type=float, default=60)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    missing = missing_tools()
    if missing:
        print(f"bench/idle: needs {', '.join(missing)}", file=sys.stderr)
        return 1
    result = measure(args.settle, args.window)
    print(report(result))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
