"""Reading a file movebreak does not control: only a regular file, found after resolving
symlinks, and never more than a size cap. A FIFO, /dev/zero or a symlink to either is
refused before a byte is read, so a read can neither hang nor fill the memory."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from movebreak.texts import N_, Text

CONFIG_LIMIT = 1024 * 1024  # config.toml and each exercise .toml
CALENDAR_LIMIT = 20 * 1024 * 1024  # a local .ics, like the URL download cap


class ReadRefused(OSError):
    """The file is not one movebreak reads: message (a marked Text) says why."""


def why(exc: BaseException) -> str:
    """What went wrong reading a file: a refusal's marked text (translated where it is shown),
    else the system's own words."""
    if isinstance(exc, ReadRefused) and exc.args and isinstance(exc.args[0], Text):
        return exc.args[0]
    return str(exc)


def _kind(mode: int) -> Text:
    if stat.S_ISDIR(mode):
        return N_("Problem", "is a folder, not a file")
    if stat.S_ISFIFO(mode):
        return N_("Problem", "is a named pipe (FIFO), not a file")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return N_("Problem", "is a device, not a file")
    if stat.S_ISSOCK(mode):
        return N_("Problem", "is a socket, not a file")
    return N_("Problem", "is not a regular file")


def _megabytes(size: int) -> Text:
    """Limits are round numbers of MB; sizes near them in bytes, so 1 MB + 1 byte reads right."""
    mb = 1024 * 1024
    if size % mb == 0:
        return N_("Problem", "%1 MB", size // mb)
    return N_("Problem", "%1 MB", f"{size / mb:.0f}") if size >= 100 * mb else N_("Problem", "%1 bytes", f"{size:,}")


def read_bounded(path: Path, limit: int) -> bytes:
    """The bytes of a regular file no larger than limit. Raises FileNotFoundError when it is
    missing, ReadRefused when it is no regular file or too large, OSError otherwise."""
    real = Path(os.path.realpath(path))
    # O_NONBLOCK: opening a FIFO with no writer must not wait; it is refused by fstat below.
    fd = os.open(real, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ReadRefused(_kind(info.st_mode))
        if info.st_size > limit:
            too_big = N_("Problem", "is %1, more than the %2 limit", _megabytes(info.st_size), _megabytes(limit))
            raise ReadRefused(too_big)
        chunks: list[bytes] = []
        size = 0
        while True:
            # The size can grow after fstat (a file being written): the cap holds anyway.
            chunk = os.read(fd, min(1024 * 1024, limit + 1 - size))
            if not chunk:
                break
            size += len(chunk)
            if size > limit:
                raise ReadRefused(N_("Problem", "is more than the %1 limit", _megabytes(limit)))
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
