"""APScheduler loaded through movebreak.runtime.apscheduler_lean: a fresh interpreter gets a
working scheduler without asyncio, importlib.metadata, the pool executors, tzlocal, calendar
or uuid, and the stand-ins are gone from sys.modules afterwards."""

from __future__ import annotations

import asyncio
import calendar
import functools
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from movebreak.runtime import apscheduler_lean

FRESH = r"""
import sys
from datetime import datetime, timedelta, timezone
from PySide6.QtCore import QCoreApplication, QTimer
import movebreak.runtime.scheduler as s
from movebreak.domain.clock import SystemClock
from movebreak.runtime.timers import QtTimers
app = QCoreApplication([])
sched = s.ClockScheduler(SystemClock("UTC"), QtTimers(), misfire_grace=timedelta(seconds=60))
ran = []
soon = datetime.now(timezone.utc) + timedelta(milliseconds=200)
sched.add_job(lambda: ran.append(1), s.DateTrigger(soon, timezone.utc), id="x")
sched.start()
QTimer.singleShot(10_000, app.quit)
def check():
    if ran:
        app.quit()
    else:
        QTimer.singleShot(50, check)
check()
app.exec()
sched.shutdown(wait=False)
left_out = [m for m in ("asyncio", "ssl", "importlib.metadata", "email", "multiprocessing", "concurrent.futures",
                        "apscheduler.executors.pool", "tzlocal", "calendar", "uuid") if m in sys.modules]
import asyncio, importlib.metadata, apscheduler
real_version = apscheduler.__version__ == importlib.metadata.version("APScheduler")
print(left_out, ran, hasattr(asyncio, "get_event_loop"), real_version)
"""

# A release of APScheduler that imports one more name than the stand-ins offer.
NEEDS_MORE = r"""
import logging, sys
logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
from movebreak.runtime import apscheduler_lean
apscheduler = apscheduler_lean.load()
import asyncio
base = sys.modules["apscheduler.schedulers.base"]
print(apscheduler.__file__.startswith(sys.argv[1]), base.run_coroutine_threadsafe is asyncio.run_coroutine_threadsafe,
      hasattr(asyncio, "get_event_loop"))
"""


def test_a_fresh_interpreter_runs_jobs_without_the_left_out_packages() -> None:
    out = subprocess.run(
        [sys.executable, "-c", FRESH],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.returncode == 0, out.stderr
    # nothing left out was loaded, even after a job ran; later imports get the real asyncio
    # and version
    assert out.stdout.split() == ["[]", "[1]", "True", "True"], out.stdout + out.stderr


def test_an_apscheduler_that_needs_one_more_name_loads_in_full_with_one_warning(tmp_path: Path) -> None:
    import apscheduler

    copy = tmp_path / "site" / "apscheduler"
    shutil.copytree(Path(apscheduler.__file__).parent, copy)
    base = copy / "schedulers" / "base.py"
    base.write_text(base.read_text() + "\nfrom asyncio import run_coroutine_threadsafe\n")
    out = subprocess.run(
        [sys.executable, "-c", NEEDS_MORE, str(copy)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(copy.parent)},
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["True", "True", "True"], out.stdout + out.stderr
    warnings = [line for line in out.stderr.splitlines() if line.startswith("WARNING")]
    assert len(warnings) == 1 and "loaded in full instead" in warnings[0], out.stderr


def test_the_asyncio_stand_in_answers_as_asyncio_does() -> None:
    stand_in = apscheduler_lean.stand_ins()["asyncio"]

    def plain() -> None: ...

    async def coroutine() -> None: ...

    for func in (plain, coroutine, functools.partial(plain), print, len):
        assert stand_in.iscoroutinefunction(func) == asyncio.iscoroutinefunction(func), func


def test_stand_ins_never_replace_a_loaded_package() -> None:
    real = sys.modules["asyncio"]
    with apscheduler_lean.standing_in() as placed:
        assert "asyncio" not in placed and sys.modules["asyncio"] is real
    assert sys.modules["asyncio"] is real


def test_the_timegm_stand_in_answers_as_calendar_does() -> None:
    timegm = apscheduler_lean.stand_ins()["calendar"].timegm
    when = datetime(1903, 2, 28, 23, 59, 59, tzinfo=UTC)
    while when.year < 2200:
        t = when.utctimetuple()
        assert timegm(t) == calendar.timegm(t), when
        when += timedelta(days=97, hours=5, minutes=7, seconds=11)


def test_the_lazy_stand_ins_give_the_real_objects() -> None:
    import tzlocal
    from apscheduler.executors.pool import ThreadPoolExecutor

    stand_ins = apscheduler_lean.stand_ins()
    assert stand_ins["tzlocal"].get_localzone() == tzlocal.get_localzone()
    assert stand_ins["uuid"].uuid4().version == 4
    executor = stand_ins["apscheduler.executors.pool"].ThreadPoolExecutor(max_workers=1)
    assert isinstance(executor, ThreadPoolExecutor)
