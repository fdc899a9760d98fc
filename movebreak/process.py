"""Process-level set-up of the tray app: log file and terminal, unexpected errors, signals,
and handing back memory that start-up no longer needs."""

from __future__ import annotations

import logging
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from movebreak import paths
from movebreak.log_terminal import FILE_ONLY

log = logging.getLogger("movebreak.app")


def rotated_log(path: Path, max_bytes: int = 512_000, keep: int = 2) -> Path:
    """Rotate the log at start (log -> log.1 -> log.2) once it passed max_bytes.

    At start rather than while running (RotatingFileHandler): the app logs a few lines a day,
    and logging.handlers would load pickle, queue and friends (0.5 MiB) into the idle app."""
    try:
        if path.stat().st_size > max_bytes:
            for n in range(keep - 1, 0, -1):
                older = path.with_name(f"{path.name}.{n}")
                if older.exists():
                    older.replace(path.with_name(f"{path.name}.{n + 1}"))
            path.replace(path.with_name(f"{path.name}.1"))
    except FileNotFoundError:
        pass
    return path


def setup_logging(verbose: bool) -> None:
    try:
        log_dir = paths.log_dir()
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(rotated_log(log_dir / "movebreak.log"), encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root = logging.getLogger()
        root.addHandler(handler)
        root.setLevel(logging.DEBUG if verbose else logging.INFO)
        # APScheduler logs every job added at INFO: dozens of lines per re-plan.
        logging.getLogger("apscheduler").setLevel(logging.DEBUG if verbose else logging.WARNING)
    except OSError as exc:
        print(
            f"movebreak: cannot write logs to {paths.log_dir()}: {exc.strerror}; logging to stderr only",
            file=sys.stderr,
        )


def drop_source_caches() -> None:
    """Hand back what start-up, and then each break, no longer needs.

    PySide6's import hook (shibokensupport's __feature__ check) reads the source of every
    module imported after it into linecache, and keeps it. Start-up also leaves many freed
    blocks in the C heap (config and catalogue parsing, the first plan); glibc keeps them
    until malloc_trim() asks it to return whole free pages to the system. Measured under
    Xvfb, the trim takes about 0.7 MiB off the idle app (ctypes, which it needs, included)."""
    import gc
    import linecache

    linecache.clearcache()
    gc.collect()
    if sys.platform.startswith("linux"):
        import ctypes

        trim = getattr(ctypes.CDLL(None), "malloc_trim", None)  # glibc only (not musl)
        if trim is not None:
            trim(0)


def log_unexpected(exc_type: type[BaseException], exc: BaseException, tb: Any) -> None:
    """A bug in a Qt slot must not print a traceback at the user: log it, say one line."""
    log.error("unexpected error", exc_info=(exc_type, exc, tb), extra={FILE_ONLY: True})
    print(
        f"movebreak: internal error: {exc_type.__name__}: {exc} (details in {paths.log_dir() / 'movebreak.log'})",
        file=sys.stderr,
    )


def quit_on_signals(quit_app: Callable[[], object]) -> object:
    """Let Ctrl+C and SIGTERM end the Qt loop cleanly, without a polling timer.

    Python runs signal handlers only when it gets control; a wake-up fd watched by a
    QSocketNotifier gives it control the moment a signal arrives."""
    signal.signal(signal.SIGINT, lambda *_: quit_app())
    signal.signal(signal.SIGTERM, lambda *_: quit_app())
    if os.name != "posix":
        return None
    from PySide6.QtCore import QSocketNotifier

    read_end, write_end = os.pipe()  # a pipe, not a socket pair: no socket module at start
    os.set_blocking(read_end, False)
    os.set_blocking(write_end, False)
    signal.set_wakeup_fd(write_end)
    notifier = QSocketNotifier(read_end, QSocketNotifier.Type.Read)
    notifier.activated.connect(lambda *_: os.read(read_end, 64))
    return (notifier, read_end, write_end)
