"""Reading a file movebreak does not control: only a regular file, found after resolving
symlinks, and never more than a size cap. A FIFO, /dev/zero or a symlink to either is
refused before a byte is read, so a read can neither hang nor fill the memory."""

from __future__ import annotations

import os
import stat
from pathlib import Path

CONFIG_LIMIT = 1024 * 1024  # config.toml and each exercise .toml
CALENDAR_LIMIT = 20 * 1024 * 1024  # a local .ics, like the URL download cap


class ReadRefused(OSError):
    """The file is not one movebreak reads: message says why and what would do."""


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _megabytes(size: int) -> str:
    """Limits are round numbers of MB; sizes near them in bytes, so 1 MB + 1 byte reads right."""
    mb = 1024 * 1024
    if size % mb == 0:
        return f"{size // mb} MB"
    return f"{size / mb:.0f} MB" if size >= 100 * mb else f"{size:,} bytes"


def read_bounded(path: Path, limit: int) -> bytes:
    """The bytes of a regular file no larger than limit. Raises FileNotFoundError when it is
    missing, ReadRefused when it is no regular file or too large, OSError otherwise."""
    real = Path(os.path.realpath(path))
    # O_NONBLOCK: opening a FIFO with no writer must not wait; it is refused by fstat below.
    fd = os.open(real, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ReadRefused(f"is {_kind(info.st_mode)}, not a file")
        if info.st_size > limit:
            raise ReadRefused(f"is {_megabytes(info.st_size)}, more than the {_megabytes(limit)} limit")
        chunks: list[bytes] = []
        size = 0
        while True:
            # The size can grow after fstat (a file being written): the cap holds anyway.
            chunk = os.read(fd, min(1024 * 1024, limit + 1 - size))
            if not chunk:
                break
            size += len(chunk)
            if size > limit:
                raise ReadRefused(f"is more than the {_megabytes(limit)} limit")
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_text_bounded(path: Path, limit: int) -> str:
    """As read_bounded, decoded as UTF-8 (a BOM is dropped: editors on Windows add one)."""
    data = read_bounded(path, limit)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    return data.decode("utf-8")
