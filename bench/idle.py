"""Idle footprint of movebreak against a bare PySide6 tray app, in the same desktop, same run.

All run at once under one Xvfb with a tray host, so machine noise hits them alike. After
a settle time, each is sampled over the same window: PSS and RSS (MiB), CPU seconds per
minute, and wake-ups per minute (voluntary + involuntary context switches, all threads).

`--idle-detection` runs movebreak with `system.idle_detection` on (the default), off, or both
side by side (two instances with their own config dirs). PSS splits each shared page among
the processes that map it, so the PSS ratio is the issue's figure only with one movebreak
next to the bare tray: quote `on` or `off`, not `both`. The bar for idle detection on: at most 6
wake-ups a minute. `--hours always` makes every hour a working hour, so the scheduler holds
pending break jobs during the window instead of sitting outside working hours."""

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
from tests.e2e.desktop import PROMPT_TITLE, DesktopSession, missing_tools, movebreak_cmd, wait_for


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


ALWAYS_WORKING = "".join(f'{day} = ["00:00-23:59"]\n' for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun"))
WAKEUP_BAR = 6.0  # the bar for idle wake-ups per minute with idle detection on
PSS_BAR = 1.25  # issue 13's bar for idle PSS, as a ratio to the bare tray (one movebreak beside it)


def config_for(idle_detection: bool, hours: str) -> str:
    base = CONFIG if hours == "weekdays" else "[working_hours]\n" + ALWAYS_WORKING
    return f"{base}\n[system]\nidle_detection = {'true' if idle_detection else 'false'}\n"


def take_a_break(desktop: DesktopSession, env: dict[str, str]) -> None:
    """`movebreak break-now`, then Esc (skip the routine) in the prompt: after this the app
    holds what a break loads (prompt, figures, journal) the way it will after any real break."""
    started = desktop.run(movebreak_cmd("break-now"), extra_env=env)
    if started.returncode != 0:
        raise SystemExit(f"movebreak break-now failed: {started.stderr}")
    windows = wait_for(lambda: desktop.visible_windows(PROMPT_TITLE), timeout=30)
    if not windows:
        raise SystemExit("the prompt never appeared:\n" + desktop.app_log())
    win = windows[0]  # type: ignore[index]
    desktop.run(["xdotool", "mousemove", "--window", win, "40", "40", "click", "1"])
    desktop.run(["xdotool", "windowfocus", "--sync", win])
    desktop.run(["xdotool", "key", "Escape"])
    if not wait_for(lambda: not desktop.visible_windows(PROMPT_TITLE), timeout=30):
        raise SystemExit("the prompt did not close on Esc:\n" + desktop.app_log())


def measure(
    settle: float,
    window: float,
    variants: list[bool] | None = None,
    hours: str = "weekdays",
    after_break: bool = False,
    welcome: bool = False,
) -> dict[str, dict[str, float]]:
    """Figures per process: "bare", then "movebreak" (idle detection on) and/or
    "movebreak-idle-off"."""
    variants = [True] if variants is None else variants
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        desktop = DesktopSession(root / "desktop").start()
        try:
            procs = {"bare": desktop.launch([sys.executable, "-c", BARE_TRAY])}
            envs: list[dict[str, str]] = []
            for idle_on in variants:
                name = "movebreak" if idle_on else "movebreak-idle-off"
                (root / name / "config").mkdir(parents=True)
                if not welcome:  # without a config file, the first-run welcome opens
                    (root / name / "config" / "config.toml").write_text(config_for(idle_on, hours))
                env = {
                    "MOVEBREAK_CONFIG_DIR": str(root / name / "config"),
                    "MOVEBREAK_DATA_DIR": str(root / name / "data"),
                }
                procs[name] = desktop.launch(movebreak_cmd(), env)
                envs.append(env)
            if not wait_for(lambda: desktop.tray_icons().count("movebreak") >= len(variants), timeout=60):
                raise SystemExit("movebreak's tray icon never appeared:\n" + desktop.app_log())
            if after_break:
                for env in envs:
                    take_a_break(desktop, env)
            time.sleep(settle)
            before = {name: sample(p.pid) for name, p in procs.items()}
            t0 = time.monotonic()
            time.sleep(window)
            minutes = (time.monotonic() - t0) / 60
            after = {name: sample(p.pid) for name, p in procs.items()}
            result = {}
            for name in procs:
                result[name] = {
                    "pss_mib": after[name]["pss"],
                    "rss_mib": after[name]["rss"],
                    "cpu_s_per_min": (after[name]["cpu"] - before[name]["cpu"]) / minutes,
                    "wakeups_per_min": wakeups(before[name]["switches"], after[name]["switches"]) / minutes,
                }
            for proc in procs.values():
                proc.terminate()
            return result
        finally:
            desktop.stop()


def report(result: dict[str, dict[str, float]]) -> str:
    names = [n for n in ("movebreak", "movebreak-idle-off") if n in result]
    labels = {"movebreak": "idle det. on", "movebreak-idle-off": "idle det. off"}
    head = f"{'idle footprint':<16}{'bare tray':>11}" + "".join(f"{labels[n]:>15}{'ratio':>7}" for n in names)
    lines = [head]
    for key, label in (
        ("pss_mib", "PSS (MiB)"),
        ("rss_mib", "RSS (MiB)"),
        ("cpu_s_per_min", "CPU s/min"),
        ("wakeups_per_min", "wake-ups/min"),
    ):
        b = result["bare"][key]
        row = f"{label:<16}{b:>11.2f}"
        for n in names:
            m = result[n][key]
            row += f"{m:>15.2f}" + (f"{m / b:>6.2f}x" if b else f"{'n/a':>7}")
        lines.append(row)
    if "movebreak" in result:
        w = result["movebreak"]["wakeups_per_min"]
        verdict = "within" if w <= WAKEUP_BAR else "ABOVE"
        lines.append(f"idle detection on: {w:.2f} wake-ups/min, {verdict} the bar of {WAKEUP_BAR:g}")
    if len(names) == 1:  # with two instances beside each other, shared pages split three ways
        ratio = result[names[0]]["pss_mib"] / result["bare"]["pss_mib"]
        verdict = "within" if ratio <= PSS_BAR else "ABOVE"
        lines.append(f"PSS: {ratio:.3f} x the bare tray, {verdict} the bar of {PSS_BAR:g} x")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--settle", type=float, default=10)
    parser.add_argument("--window", type=float, default=60)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--idle-detection",
        choices=("on", "off", "both"),
        default="on",
        help="run movebreak with system.idle_detection on (default), off, or both side by side",
    )
    parser.add_argument(
        "--hours",
        choices=("weekdays", "always"),
        default="weekdays",
        help="working hours: Mon-Fri 09:00-17:30 (default) or all day every day",
    )
    parser.add_argument(
        "--after-break",
        action="store_true",
        help="start a break in each movebreak and skip it before settling: idle after a break, not after start",
    )
    parser.add_argument(
        "--welcome",
        action="store_true",
        help="start without a config, so the first-run welcome window stays open (untouched) all along;"
        " give --settle of more than 10 s, the caret's rest (ui.caret)",
    )
    args = parser.parse_args()
    missing = missing_tools()
    if missing:
        print(f"bench/idle: needs {', '.join(missing)}", file=sys.stderr)
        return 1
    variants = {"on": [True], "off": [False], "both": [True, False]}[args.idle_detection]
    result = measure(args.settle, args.window, variants, args.hours, args.after_break, args.welcome)
    if args.welcome:
        print("with the first-run welcome window open and untouched (the PSS bar is for the idle tray):")
    print(report(result))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
