"""APScheduler 3, imported without the standard-library packages it loads but movebreak never uses.

At import time, APScheduler 3.10 and 3.11 on Python < 3.14 loads:
- asyncio, only for `iscoroutinefunction`; asyncio loads ssl and OpenSSL's libcrypto
  (about 7.5 MiB resident, a quarter of the whole idle app);
- importlib.metadata, for its own version string and to list plugin entry points; it loads
  email, zipfile and csv (about 2.5 MiB);
- its thread- and process-pool executors (apscheduler.executors.pool), for the default
  executor; they load concurrent.futures, queue and multiprocessing (0.8 MiB);
- tzlocal, for the scheduler's zone when none is given (movebreak always gives one), which
  loads calendar, locale and a table of Windows zone names; calendar also for `timegm`;
- uuid, for ids of jobs added without one (movebreak always gives one), which loads platform.

movebreak runs plain functions (never coroutines) on the GUI thread through APScheduler's
DebugExecutor, and passes trigger, executor and job-store *instances* (never plugin names
such as "date"). So while APScheduler's modules load, small stand-ins take the place of those
modules, and they leave sys.modules as soon as the import is done: any later `import asyncio`
gets the real module. A stand-in is used only where the real module is not loaded yet (under
pytest it often is). The few functions APScheduler keeps from a stand-in (get_localzone,
uuid4, the pool executors) import the real thing when first called; timegm is the
standard library's own sum. apscheduler.__version__ is looked up on first use.
tests/unit/test_apscheduler_lean.py runs a job through the result in a fresh interpreter,
and checks the stand-ins answer as the real functions do."""

from __future__ import annotations

import importlib
import inspect
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from types import ModuleType
from typing import Any


class PackageNotFoundError(ModuleNotFoundError):
    """What importlib.metadata.version() raises; APScheduler then falls back to a default."""


def _no_entry_points(**_selection: Any) -> tuple[()]:
    return ()


def _version(_name: str) -> str:
    raise PackageNotFoundError(_name)


_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


def _timegm(t: tuple[int, ...]) -> int:
    """calendar.timegm: seconds since the epoch of a UTC time tuple (the stdlib's own sum)."""
    year, month, day, hour, minute, second = t[:6]
    days = date(year, month, 1).toordinal() - _EPOCH_ORDINAL + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second


def _get_localzone() -> Any:
    """tzlocal.get_localzone, imported when first asked."""
    from tzlocal import get_localzone

    return get_localzone()


def _uuid4() -> Any:
    """uuid.uuid4, imported when first asked."""
    from uuid import uuid4

    return uuid4()


def _thread_pool_executor(*args: Any, **kwargs: Any) -> Any:
    """apscheduler.executors.pool.ThreadPoolExecutor, imported when first built."""
    from apscheduler.executors.pool import ThreadPoolExecutor

    return ThreadPoolExecutor(*args, **kwargs)


def stand_ins() -> dict[str, ModuleType]:
    asyncio = ModuleType("asyncio", "stand-in while APScheduler loads; see movebreak.runtime.apscheduler_lean")
    asyncio.iscoroutinefunction = inspect.iscoroutinefunction  # type: ignore[attr-defined]
    metadata = ModuleType("importlib.metadata", asyncio.__doc__)
    metadata.version = _version  # type: ignore[attr-defined]
    metadata.PackageNotFoundError = PackageNotFoundError  # type: ignore[attr-defined]
    metadata.entry_points = _no_entry_points  # type: ignore[attr-defined]
    pool = ModuleType("apscheduler.executors.pool", asyncio.__doc__)
    pool.ThreadPoolExecutor = _thread_pool_executor  # type: ignore[attr-defined]
    tzlocal = ModuleType("tzlocal", asyncio.__doc__)
    tzlocal.get_localzone = _get_localzone  # type: ignore[attr-defined]
    calendar = ModuleType("calendar", asyncio.__doc__)
    calendar.timegm = _timegm  # type: ignore[attr-defined]
    uuid = ModuleType("uuid", asyncio.__doc__)
    uuid.uuid4 = _uuid4  # type: ignore[attr-defined]
    return {
        "asyncio": asyncio,
        "importlib.metadata": metadata,
        "apscheduler.executors.pool": pool,
        "tzlocal": tzlocal,
        "calendar": calendar,
        "uuid": uuid,
    }


@contextmanager
def standing_in() -> Iterator[list[str]]:
    modules = stand_ins()
    placed = [name for name in modules if name not in sys.modules]
    for name in placed:
        sys.modules[name] = modules[name]
    try:
        yield placed
    finally:
        for name in placed:
            if sys.modules.get(name) is modules[name]:
                del sys.modules[name]


def _version_on_demand(name: str) -> Any:
    if name in ("version", "__version__", "release", "version_info"):
        from importlib.metadata import version

        release = version("APScheduler").split("-")[0]
        info = tuple(int(x) if x.isdigit() else x for x in release.split("."))
        return {"release": release, "version_info": info}.get(name, ".".join(str(x) for x in info[:3]))
    raise AttributeError(f"module 'apscheduler' has no attribute {name!r}")


_MODULES = (
    "apscheduler",
    "apscheduler.executors.debug",
    "apscheduler.jobstores.memory",
    "apscheduler.schedulers.base",
    "apscheduler.triggers.date",
)


def _forget_apscheduler() -> None:
    for name in [m for m in sys.modules if m == "apscheduler" or m.startswith("apscheduler.")]:
        del sys.modules[name]


def load() -> ModuleType:
    """Import what movebreak uses of APScheduler; returns the apscheduler package.

    Fail-safe: if a stand-in no longer fits the installed APScheduler (a release that imports
    one more name from asyncio, say), the half-imported modules are dropped, the real packages
    are imported instead and one warning is logged. The app then costs more memory, but starts."""
    if all(name in sys.modules for name in _MODULES):
        return sys.modules["apscheduler"]
    try:
        with standing_in() as placed:
            for name in _MODULES:
                importlib.import_module(name)
    except (ImportError, AttributeError) as exc:
        _forget_apscheduler()
        for name in _MODULES:
            importlib.import_module(name)
        logging.getLogger(__name__).warning(
            "APScheduler %s does not load with movebreak's lean stand-ins (%s): loaded in full instead",
            _installed_version(),
            exc,
        )
        return sys.modules["apscheduler"]
    apscheduler = sys.modules["apscheduler"]
    if "importlib.metadata" in placed:  # the version it read is the fallback, not the real one
        for name in ("version", "__version__", "release", "version_info"):
            vars(apscheduler).pop(name, None)
        apscheduler.__getattr__ = _version_on_demand  # type: ignore[attr-defined]
    return apscheduler


def _installed_version() -> str:
    try:
        from importlib.metadata import version

        return version("APScheduler")
    except Exception:  # only for a log line
        return "(unknown version)"
