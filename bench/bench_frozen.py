"""The frozen bundle's size, and its start time (launch to tray icon embedded) against the
venv (`python -m movebreak`) and a bare PySide6 tray app, in the same desktop, same run.

Start time is measured from Popen until the tray host (trayer, under Xvfb) holds an
embedded icon; each contender runs alone, rounds interleave them, the median of 3 is shown.
The bundle is built first unless dist/ is newer than the sources (tests/packaging/frozen.py).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import BARE_TRAY, CONFIG
from tests.e2e.desktop import DesktopSession, missing_tools, wait_for
from tests.packaging import frozen

MIB = 1024 * 1024


def time_to_tray(desktop: DesktopSession, cmd: list[str], root: Path, quit_cmd: list[str] | None) -> float:
    """Seconds from launch to an icon embedded in the tray host; the tray is empty before."""
    config, data = root / "config", root / "data"
    config.mkdir(parents=True, exist_ok=True)
    (config / "config.toml").write_text(CONFIG)
    env = {"MOVEBREAK_CONFIG_DIR": str(config), "MOVEBREAK_DATA_DIR": str(data)}
    if desktop.tray_icons():
        raise RuntimeError(f"tray not empty before launch: {desktop.tray_icons()}")
    start = time.monotonic()
    proc = desktop.launch(cmd, env)
    embedded = wait_for(desktop.tray_icons, timeout=60, interval=0.02)
    elapsed = time.monotonic() - start
    if quit_cmd is not None:
        desktop.run(quit_cmd, extra_env=env)
    else:
        proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    wait_for(lambda: not desktop.tray_icons(), timeout=10)
    if not embedded:
        raise RuntimeError(f"{cmd[0]}: no tray icon after 60 s:\n{desktop.app_log()[-2000:]}")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)

    reason = frozen.pyinstaller_missing()
    if reason:
        print(f"frozen bench skipped: {reason}")
        return 0
    missing = missing_tools()
    if missing:
        print(f"frozen bench skipped: needs {', '.join(missing)}")
        return 0
    build_start = time.monotonic()
    exe, built = frozen.ensure_built()
    build_note = f"built in {time.monotonic() - build_start:.0f} s" if built else "reused dist/ (newer than sources)"
    size = frozen.bundle_size_bytes() / MIB
    files = sum(1 for p in frozen.BUNDLE.rglob("*") if p.is_file())

    with tempfile.TemporaryDirectory(prefix="movebreak-bench-frozen-") as tmp:
        workdir = Path(tmp)
        (workdir / "bare_tray.py").write_text(BARE_TRAY)
        contenders = {
            "bare PySide6 tray": ([sys.executable, str(workdir / "bare_tray.py")], None),
            "movebreak (venv)": ([sys.executable, "-m", "movebreak"], [sys.executable, "-m", "movebreak", "quit"]),
            "movebreak (frozen)": ([str(exe)], [str(exe), "quit"]),
        }
        times: dict[str, list[float]] = {name: [] for name in contenders}
        desktop = DesktopSession(workdir / "desktop").start()
        try:
            for round_no in range(args.rounds):
                for name, (cmd, quit_cmd) in contenders.items():
                    run_dir = workdir / f"run-{round_no}-{len(times[name])}-{name.split()[-1].strip('()')}"
                    times[name].append(time_to_tray(desktop, cmd, run_dir, quit_cmd))
        finally:
            desktop.stop()

    bare = statistics.median(times["bare PySide6 tray"])
    print(f"bundle dist/movebreak: {size:.1f} MiB in {files} files ({build_note})")
    print(f"start to tray icon, median of {args.rounds} (Xvfb + trayer):")
    for name, samples in times.items():
        median = statistics.median(samples)
        runs = ", ".join(f"{s:.2f}" for s in samples)
        print(f"  {name:<20} {median:6.2f} s  ({median / bare:4.2f}x bare)   runs: {runs}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        figures = {
            "bundle_mib": round(size, 1),
            "bundle_files": files,
            "start_to_tray_s": {name: statistics.median(s) for name, s in times.items()},
            "runs_s": times,
        }
        args.json.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
