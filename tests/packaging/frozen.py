"""Builds the PyInstaller bundle once, or reuses dist/ when it is newer than every source.

Shared by the frozen smoke tests (a session fixture) and bench/bench_frozen.py, so a
test run and a bench run on an unchanged tree build at most once between them.
Set MOVEBREAK_FROZEN_REBUILD=1 to force a build.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "pyinstaller" / "movebreak.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "movebreak"
EXECUTABLE = BUNDLE / ("movebreak.exe" if sys.platform == "win32" else "movebreak")
BUILD_LOG = ROOT / "build" / "pyinstaller-build.log"
# What ends up in the bundle: when any of it is newer than the executable, rebuild.
SOURCES = (ROOT / "movebreak", ROOT / "assets", ROOT / "packaging" / "pyinstaller", ROOT / "pyproject.toml")


class BuildFailed(RuntimeError):
    pass


def pyinstaller_missing() -> str | None:
    """Why the bundle cannot be built here, or None when it can."""
    if importlib.util.find_spec("PyInstaller") is None:
        return f"PyInstaller is not installed in {sys.prefix} (pip install '.[package]')"
    return None


def newest_source_mtime() -> float:
    newest = 0.0
    for source in SOURCES:
        paths = source.rglob("*") if source.is_dir() else [source]
        for path in paths:
            if "__pycache__" in path.parts or not path.is_file():
                continue
            newest = max(newest, path.stat().st_mtime)
    return newest


def is_fresh() -> bool:
    return EXECUTABLE.is_file() and EXECUTABLE.stat().st_mtime > newest_source_mtime()


@contextlib.contextmanager
def _build_lock() -> Iterator[None]:
    # Two test sessions building into the same dist/ at once would corrupt both.
    BUILD_LOG.parent.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # Windows: no flock; CI builds there one job at a time
        yield
        return
    with open(BUILD_LOG.parent / "pyinstaller.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def build() -> Path:
    """Run the spec exactly as `make package` does; the full log goes to BUILD_LOG."""
    cmd = [
        sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm",
        "--distpath", str(DIST), "--workpath", str(WORK),
    ]  # fmt: skip
    with open(BUILD_LOG, "w") as log:
        rc = subprocess.call(cmd, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    if rc != 0 or not EXECUTABLE.is_file():
        tail = BUILD_LOG.read_text(errors="replace").splitlines()[-30:]
        raise BuildFailed(f"PyInstaller exited {rc}; last lines of {BUILD_LOG}:\n" + "\n".join(tail))
    # COLLECT may keep the bootloader's older mtime; stamp it so freshness means "built now".
    os.utime(EXECUTABLE)
    return EXECUTABLE


def ensure_built(force: bool | None = None) -> tuple[Path, bool]:
    """The frozen executable, and whether it was built just now (False: reused dist/)."""
    if force is None:
        force = os.environ.get("MOVEBREAK_FROZEN_REBUILD", "") not in ("", "0")
    with _build_lock():
        if not force and is_fresh():
            return EXECUTABLE, False
        return build(), True


def bundle_size_bytes(bundle: Path = BUNDLE) -> int:
    return sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
