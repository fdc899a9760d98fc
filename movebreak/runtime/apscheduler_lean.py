"""APScheduler 3, imported without three standard-library packages it loads but movebreak never uses.

At import time, APScheduler 3.11 on Python < 3.14 loads:
- asyncio, only for `iscoroutinefunction`; asyncio loads ssl and OpenSSL's libcrypto
  (about 7.5 MiB resident, a quarter of the whole idle app);
- importlib.metadata, for its own version string and to list plugin entry points; it loads
  email, zipfile and csv (about 2.5 MiB);
- multiprocessing and concurrent.futures.process, for the process-pool executor (0.5 MiB).

movebreak runs plain functions (never coroutines) on the thread-pool executor, and passes
trigger, executor and job-store *instances* (never plugin names such as "date"). So while
APScheduler's modules load, small stand-ins take the place of those packages, and they leave
sys.modules as soon as the import is done: any later `import asyncio` gets the real module.
A stand-in is used only where the real package is not loaded yet (under pytest it often is).
apscheduler.__version__ is then looked up on first use. tests/unit/test_apscheduler_lean.py
runs a job through the result in a fresh interpreter, and checks the stand-ins answer as the
real functions do."""

from __future__ import annotations

import inspect
import sys
from collections.abc import Iterator
from concurrent.futures import BrokenExecutor
from contextlib import contextmanager
from types import ModuleType
from typing import Any


class PackageNotFoundError(ModuleNotFoundError):
    """What importlib.metadata.version() raises; APScheduler then falls back to a default."""


class BrokenProcessPool(BrokenExecutor):
    """Only caught by APScheduler's process-pool executor, which movebreak does not use."""


def _no_entry_points(**_selection: Any) -> tuple[()]:
    return ()


def _version(_name: str) -> str:
    raise PackageNotFoundError(_name)


def _stand_ins() -> dict[str, ModuleType]:
    asyncio = ModuleType("asyncio", "stand-in while APScheduler loads; see movebreak.runtime.apscheduler_lean")
    asyncio.iscoroutinefunction = inspect.iscoroutinefunction  # type: ignore[attr-defined]
    metadata = ModuleType("importlib.metadata", asyncio.__doc__)
    metadata.version = _version  # type: ignore[attr-defined]
    metadata.PackageNotFoundError = PackageNotFoundError  # type: ignore[attr-defined]
    metadata.entry_points = _no_entry_points  # type: ignore[attr-defined]
    process = ModuleType("concurrent.futures.process", asyncio.__doc__)
    process.BrokenProcessPool = BrokenProcessPool  # type: ignore[attr-defined]
    multiprocessing = ModuleType("multiprocessing", asyncio.__doc__)
    return {
        "asyncio": asyncio,
        "importlib.metadata": metadata,
        "concurrent.futures.process": process,
        "multiprocessing": multiprocessing,
    }


@contextmanager
def _standing_in() -> Iterator[list[str]]:
    placed = [name for name in _stand_ins() if name not in sys.modules]
    stand_ins = _stand_ins()
    for name in placed:
        sys.modules[name] = stand_ins[name]
    try:
        yield placed
    finally:
        for name in placed:
            if sys.modules.get(name) is stand_ins[name]:
                del sys.modules[name]


def _version_on_demand(name: str) -> Any:
    if name in ("version", "__version__", "release", "version_info"):
        from importlib.metadata import version

        release = version("APScheduler").split("-")[0]
        info = tuple(int(x) if x.isdigit() else x for x in release.split("."))
        return {"release": release, "version_info": info}.get(name, ".".join(str(x) for x in info[:3]))
    raise AttributeError(f"module 'apscheduler' has no attribute {name!r}")


def load() -> ModuleType:
    """Import APScheduler's Qt scheduler and what movebreak uses with it; returns apscheduler."""
    if "apscheduler.schedulers.qt" in sys.modules:
        return sys.modules["apscheduler"]
    with _standing_in() as placed:
        import apscheduler
        import apscheduler.executors.pool
        import apscheduler.schedulers.base
        import apscheduler.triggers.date

        # isort: off
        import apscheduler.schedulers.qt  # last: it imports PySide6.QtCore (see movebreak.preload)
        # isort: on
    if "importlib.metadata" in placed:  # the version it read is the fallback, not the real one
        for name in ("version", "__version__", "release", "version_info"):
            vars(apscheduler).pop(name, None)
        apscheduler.__getattr__ = _version_on_demand  # type: ignore[attr-defined]
    return apscheduler
