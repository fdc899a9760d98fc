"""No test depends on the date it runs: the fast suite, run again with the wall clock moved
400 days ahead and 400 days back (libfaketime), passes as it does today."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.timeout(1800)
@pytest.mark.parametrize("shift", ["+400d", "-400d"])
def test_the_fast_suite_passes_with_the_clock_moved(shift: str, tmp_path: Path) -> None:
    faketime = shutil.which("faketime")
    if faketime is None:
        pytest.skip("faketime is not installed (Debian package faketime; .ci/run installs it)")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    run = subprocess.run(
        [
            faketime,
            "-f",
            shift,
            sys.executable,
            "-m",
            "pytest",
            "-m",
            "not e2e and not packaging and not slow",
            "-q",
            "-p",
            "no:cacheprovider",
            "--basetemp",
            str(tmp_path / "t"),
            "tests/unit",
            "tests/gui",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=1700,
    )
    tail = "\n".join(run.stdout.splitlines()[-25:])
    assert run.returncode == 0, f"with the clock moved {shift}:\n{tail}\n{run.stderr[-2000:]}"
    assert " passed" in tail and "failed" not in tail
