"""Prompt latency: from a planned break slot to the prompt window mapped on the X server,
against a bare PySide6 window process from launch to mapped, same desktop, same run.

Issue 15's bar is absolute: "the prompt still opens within 0.4 s of its slot". The ratio to
the bare window is printed too, so a figure from a slow or busy machine can be read.

How a round is made: the tray app (`python -m movebreak`, idle detection on, as by default)
plans from one calendar file. Each round rewrites it with an event that ends a whole second
`--lead` seconds ahead; with `after_block_delay = 0` the after-block slot starts at that
instant. The bench waits until `movebreak status --json` names that slot, moves the pointer
(input, so the slot is not taken for a natural break), then waits for the X server to map a
window titled "movebreak — ..." (bench.xmap stamps the MapNotify as it arrives). The
prompt child's start, read from /proc, splits the time into "slot -> prompt process
started" (the scheduler's timer, the break flow, the spawn) and "process -> mapped". The
prompt is closed with Esc (Skip routine) and the bench waits until it is unmapped.

The default lead of 30 s: a Qt coarse timer armed 20 s or more ahead becomes a "very
coarse" one (whole seconds), which is how the app's scheduler waits for a slot in real use,
hours ahead. Both kinds like to fire on a whole second of the monotonic clock, and slots
start on whole wall-clock seconds, so the report prints how far apart those two are on this
boot: much of "slot -> prompt process started" is that phase, constant until a reboot.

Rounds alternate which of the two goes first; one unmeasured warm-up of each comes first.
Every wait has a timeout: the bench fails with a message (and the app's log) rather than hang.
Run: python bench/bench_prompt.py [--rounds N] [--lead S] [--json FILE]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.xmap import MapWatcher, WindowEvent
from tests.e2e.desktop import PROMPT_TITLE, DesktopSession, missing_tools, movebreak_cmd, wait_for

BAR_S = 0.4  # issue 15: the prompt opens within 0.4 s of its slot (absolute, not a ratio)
BARE_TITLE = "bare window — baseline"
BARE_WINDOW = f"""
import sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
window = QWidget()
window.setWindowTitle({BARE_TITLE!r})
window.resize(640, 480)
window.show()
app.exec()
"""
ALL_DAY = "".join(f'{day} = ["00:00-24:00"]\n' for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun"))
MAP_TIMEOUT_S = 60  # past the slot (or the launch): a loaded 2-core machine is slow, not this slow
CLOSE_TIMEOUT_S = 30


class BenchFailed(Exception):
    """A step did not happen in time; the message says which."""


def config_text(ics: Path) -> str:
    return f'[working_hours]\n{ALL_DAY}\n[planning]\nafter_block_delay = 0\n\n[[calendars]]\nsource = "{ics}"\n'


def calendar_text(block_end: datetime, serial: int) -> str:
    """One busy event that ends at block_end: the after-block slot starts right there."""
    stamp = "%Y%m%dT%H%M%SZ"
    start = block_end - timedelta(minutes=30)
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//movebreak//bench prompt//EN\r\n"
        f"BEGIN:VEVENT\r\nUID:bench-prompt-{serial}@movebreak\r\nDTSTAMP:{datetime.now(UTC):{stamp}}\r\n"
        f"DTSTART:{start:{stamp}}\r\nDTEND:{block_end:{stamp}}\r\nSUMMARY:Bench block {serial}\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def process_started_at(pid: int) -> float | None:
    """Wall-clock time a process started (10 ms steps: /proc counts clock ticks since boot)."""
    try:
        ticks = int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19])
    except (OSError, IndexError, ValueError):
        return None
    # /proc/uptime, not clock_gettime: both it and the start ticks are the kernel's own count,
    # so the difference holds even under a faked clock (libfaketime shifts clock_gettime).
    try:
        uptime = float(Path("/proc/uptime").read_text().split()[0])
    except (OSError, IndexError, ValueError):
        return None
    since_start = uptime - ticks / os.sysconf("SC_CLK_TCK")
    return time.time() - since_start


class Bench:
    def __init__(self, desktop: DesktopSession, watcher: MapWatcher, root: Path, lead: float) -> None:
        self.desktop = desktop
        self.watcher = watcher
        self.lead = lead
        self.ics = root / "calendar" / "bench.ics"
        self.ics.parent.mkdir(parents=True)
        self.bare_script = root / "bare_window.py"
        self.bare_script.write_text(BARE_WINDOW)
        config = root / "config"
        config.mkdir()
        (config / "config.toml").write_text(config_text(self.ics))
        self.env = {"MOVEBREAK_CONFIG_DIR": str(config), "MOVEBREAK_DATA_DIR": str(root / "data")}
        self.serial = 0
        self.app: subprocess.Popen[str] | None = None
        self.ics.write_text(calendar_text(datetime.now(UTC) - timedelta(hours=1), self.serial))

    def fail(self, what: str) -> BenchFailed:
        return BenchFailed(f"{what}\n--- app log (last 3000 characters) ---\n{self.desktop.app_log()[-3000:]}")

    def status(self) -> dict[str, Any]:
        out = self.desktop.run(movebreak_cmd("status", "--json"), extra_env=self.env)
        if out.returncode != 0:
            return {}
        try:
            reply: dict[str, Any] = json.loads(out.stdout)
        except json.JSONDecodeError:
            return {}
        return reply

    # ------------------------------------------------------------------ the app
    def start_app(self) -> None:
        self.app = self.desktop.launch(movebreak_cmd(), self.env)
        if not wait_for(lambda: "movebreak" in self.desktop.tray_icons(), timeout=90):
            raise self.fail("movebreak's tray icon did not appear within 90 s")

    def quit_app(self) -> None:
        """`movebreak quit`; ended for sure if it does not (the bench failed half-way, say)."""
        if self.app is None:
            return
        if self.app.poll() is None:
            self.desktop.run(movebreak_cmd("quit"), extra_env=self.env)
        try:
            self.app.wait(timeout=CLOSE_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self.app.kill()
            self.app.wait()

    def plan_slot(self) -> datetime:
        """Rewrite the calendar so a slot starts `lead` s ahead; the slot once the app plans it."""
        for _attempt in range(3):
            self.serial += 1
            slot = datetime.fromtimestamp(round(time.time() + self.lead), UTC)
            self.ics.write_text(calendar_text(slot, self.serial))

            def planned(slot: datetime = slot) -> bool:
                nxt = self.status().get("next_break")
                return bool(nxt) and datetime.fromisoformat(nxt["start"]) == slot

            # Leave the last seconds before the slot quiet: no status calls while it comes due.
            if wait_for(planned, timeout=max(1.0, slot.timestamp() - time.time() - 8), interval=0.5):
                return slot
            print(f"  (the app had not planned the slot at {slot:%H:%M:%S} UTC in time; trying a later one)")
            # It may still plan it late: let that slot pass, and skip its prompt if one opens.
            time.sleep(max(0.0, slot.timestamp() + 5 - time.time()))
            for window in self.desktop.visible_windows(PROMPT_TITLE):
                self.close_prompt(int(window))
        raise self.fail(
            "the app never planned the calendar's after-block slot (within 5 minutes of local midnight"
            f" the day ends before the minimum gap, and no slot fits); status: {self.status()}"
        )

    # ------------------------------------------------------------------ one round each
    def prompt_round(self) -> dict[str, float | None]:
        slot = self.plan_slot()
        # Input now, so idle detection (on, as by default) sees a person at the keyboard.
        self.desktop.run(["xdotool", "mousemove_relative", "--", "3", "3"])
        mark = self.watcher.mark()
        mapped = self.watcher.wait_mapped(PROMPT_TITLE, mark, slot.timestamp() - time.time() + MAP_TIMEOUT_S)
        if mapped is None:
            raise self.fail(f"no prompt window was mapped within {MAP_TIMEOUT_S} s of the slot at {slot:%H:%M:%S} UTC")
        child_start = self.window_process_start(mapped)
        self.close_prompt(mapped.window)
        at = slot.timestamp()
        spawn = child_start - at if child_start is not None and at - 5 < child_start <= mapped.at else None
        return {
            "latency": mapped.at - at,
            "to_process": spawn,
            "process_to_map": None if spawn is None else mapped.at - at - spawn,
        }

    def window_process_start(self, mapped: WindowEvent) -> float | None:
        out = self.desktop.run(["xdotool", "getwindowpid", str(mapped.window)], timeout=10).stdout.strip()
        return process_started_at(int(out)) if out.isdigit() else None

    def close_prompt(self, window: int) -> None:
        """Esc in the prompt (Skip routine), as a person does: click it, focus it, press the key."""
        mark = self.watcher.mark()
        win = str(window)
        self.desktop.run(["xdotool", "mousemove", "--window", win, "40", "40", "click", "1"])
        self.desktop.run(["xdotool", "windowfocus", "--sync", win])
        self.desktop.run(["xdotool", "key", "Escape"])
        if self.watcher.wait_gone(window, mark, CLOSE_TIMEOUT_S) is None:
            raise self.fail(f"the prompt did not close within {CLOSE_TIMEOUT_S} s of Esc")
        if not wait_for(lambda: self.status().get("prompt_open") is False, timeout=CLOSE_TIMEOUT_S):
            raise self.fail("the app still reports a prompt open after it closed")

    def bare_round(self) -> float:
        mark = self.watcher.mark()
        start = time.time()
        proc = self.desktop.launch([sys.executable, str(self.bare_script)])
        mapped = self.watcher.wait_mapped(BARE_TITLE, mark, MAP_TIMEOUT_S)
        proc.terminate()
        proc.wait(timeout=CLOSE_TIMEOUT_S)
        if mapped is None:
            raise self.fail(f"the bare PySide6 window was not mapped within {MAP_TIMEOUT_S} s")
        return mapped.at - start


def measure(rounds: int, lead: float) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="movebreak-bench-prompt-") as tmp:
        root = Path(tmp)
        desktop = DesktopSession(root / "desktop").start()
        watcher: MapWatcher | None = None
        bench: Bench | None = None
        try:
            watcher = MapWatcher(desktop.env["DISPLAY"]).start()
            bench = Bench(desktop, watcher, root, lead)
            bench.start_app()
            print(f"  warm-up (not counted), then {rounds} rounds of about {lead + 10:.0f} s", flush=True)
            bench.bare_round()
            bench.prompt_round()
            prompt: list[dict[str, float | None]] = []
            bare: list[float] = []
            for round_no in range(rounds):
                if round_no % 2:  # alternate who goes first, so drift hits both alike
                    prompt.append(bench.prompt_round())
                    bare.append(bench.bare_round())
                else:
                    bare.append(bench.bare_round())
                    prompt.append(bench.prompt_round())
                print(
                    f"  round {round_no + 1}: prompt {prompt[-1]['latency'] * 1000:.0f} ms after its slot,"  # type: ignore[operator]
                    f" bare window {bare[-1] * 1000:.0f} ms after launch",
                    flush=True,
                )
            return {"prompt": prompt, "bare": bare}
        finally:
            if bench is not None:
                bench.quit_app()
            if watcher is not None:
                watcher.stop()
            desktop.stop()


def clock_phase() -> float:
    """How far past a whole second of CLOCK_MONOTONIC each whole wall-clock second falls.

    Qt's very coarse timers (any coarse timer of 20 s or more) fire on a whole monotonic
    second, while slots start on whole wall-clock seconds: a slot timer that rounds up is
    late by about this much, the same on every slot until the machine reboots."""
    return (time.time() - time.monotonic()) % 1


def spread(samples: list[float]) -> str:
    ms = [s * 1000 for s in samples]
    sd = statistics.stdev(ms) if len(ms) > 1 else 0.0
    return f"median {statistics.median(ms):5.0f} ms   min-max {min(ms):.0f}-{max(ms):.0f} ms   stdev {sd:.0f} ms"


def report(result: dict[str, Any], lead: float) -> tuple[str, dict[str, Any]]:
    latency = [r["latency"] for r in result["prompt"]]
    bare = result["bare"]
    to_process = [r["to_process"] for r in result["prompt"] if r["to_process"] is not None]
    process_to_map = [r["process_to_map"] for r in result["prompt"] if r["process_to_map"] is not None]
    ratio = statistics.median(latency) / statistics.median(bare)
    over = sum(1 for s in latency if s > BAR_S)
    lines = [
        f"prompt latency, {len(latency)} rounds alternating, slots planned {lead:g} s ahead (Xvfb + trayer, no WM):",
        f"  movebreak, slot -> prompt mapped     {spread(latency)}",
    ]
    if to_process:
        lines.append(f"    slot -> prompt process started     {spread(to_process)}")
        lines.append(f"    prompt process -> mapped           {spread(process_to_map)}")
        lines.append(
            f"    (on this boot each wall-clock second starts {clock_phase() * 1000:.0f} ms after a whole"
            " monotonic second, where Qt's coarse timers like to fire)"
        )
    lines += [
        f"  bare PySide6 window, launch -> mapped {spread(bare)}",
        f"  ratio of the medians: {ratio:.2f}x the bare window",
        f"  runs (ms): prompt {', '.join(f'{s * 1000:.0f}' for s in latency)};"
        f" bare {', '.join(f'{s * 1000:.0f}' for s in bare)}",
        f"  issue 15's bar is absolute, {BAR_S:g} s from the slot (not a ratio): "
        + ("MET in every round" if over == 0 else f"NOT MET in {over} of {len(latency)} rounds")
        + f" (median {statistics.median(latency):.3f} s, worst {max(latency):.3f} s)",
    ]
    figures = {
        "bar_s": BAR_S,
        "lead_s": lead,
        "median_s": {"prompt": statistics.median(latency), "bare": statistics.median(bare)},
        "ratio": ratio,
        "clock_phase_s": clock_phase(),
        "rounds_over_bar": over,
        "runs_s": result,
    }
    return "\n".join(lines), figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7, help="measured rounds (at least 5)")
    parser.add_argument("--lead", type=float, default=30, help="seconds from planning a slot to the slot (>= 12)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    if args.rounds < 5 or args.lead < 12:
        parser.error("--rounds must be at least 5 and --lead at least 12 (seconds)")
    missing = missing_tools()
    if missing:
        print(f"prompt bench skipped: needs {', '.join(missing)}")
        return 0
    # As pip does on install: the prompt child must not compile movebreak on every launch.
    compileall.compile_dir(str(Path(__file__).resolve().parent.parent / "movebreak"), quiet=1)
    try:
        result = measure(args.rounds, args.lead)
    except (BenchFailed, RuntimeError, OSError, subprocess.TimeoutExpired) as err:
        print(f"prompt bench FAILED: {err}", file=sys.stderr)
        return 1
    text, figures = report(result, args.lead)
    print(text)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
