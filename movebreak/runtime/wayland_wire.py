"""The few pieces of the Wayland wire protocol that movebreak's own compositor questions need
(idle time, fullscreen windows): connect, list the globals, bind, write and read messages.

Written out rather than taken from a client library: pywayland needs its protocol XML
scanned at build time, and Qt's own connection is not reachable from Python. The format is
small and stable: a message is the object id (u32), then size << 16 | opcode (u32), then the
arguments, each a u32 or a length-prefixed, NUL-terminated string or array padded to 4."""

from __future__ import annotations

import os
import struct
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

DISPLAY_ID, REGISTRY_ID, CALLBACK_ID = 1, 2, 3
SETUP_TIMEOUT_S = 1.0


class WireError(ValueError):
    """The compositor said something this code cannot read, or reported a protocol error."""


def socket_path(environ: Mapping[str, str] | None = None) -> Path | None:
    env = os.environ if environ is None else environ
    name = env.get("WAYLAND_DISPLAY")
    if not name:
        return None
    return Path(name) if name.startswith("/") else Path(env.get("XDG_RUNTIME_DIR", ""), name)


def string(text: str) -> bytes:
    data = text.encode() + b"\0"
    return struct.pack("=I", len(data)) + data + b"\0" * (-len(data) % 4)


def message(obj: int, opcode: int, args: bytes = b"") -> bytes:
    return struct.pack("=II", obj, ((8 + len(args)) << 16) | opcode) + args


def bind(name: int, interface: str, version: int, new_id: int) -> bytes:
    """wl_registry.bind(name, new_id of `interface` at `version`)."""
    return message(REGISTRY_ID, 0, struct.pack("=I", name) + string(interface) + struct.pack("=II", version, new_id))


def sync(callback_id: int) -> bytes:
    return message(DISPLAY_ID, 0, struct.pack("=I", callback_id))


def messages(buffer: bytes) -> tuple[list[tuple[int, int, bytes]], bytes]:
    """The whole messages in buffer as (object, opcode, body), and the incomplete rest."""
    out = []
    while len(buffer) >= 8:
        obj, word = struct.unpack_from("=II", buffer)
        size, opcode = word >> 16, word & 0xFFFF
        if size < 8:
            raise WireError("malformed Wayland message")
        if len(buffer) < size:
            break
        out.append((obj, opcode, buffer[8:size]))
        buffer = buffer[size:]
    return out, buffer


def read_string(body: bytes, offset: int = 0) -> tuple[str, int]:
    """A string argument at offset, and the offset after it."""
    (length,) = struct.unpack_from("=I", body, offset)
    text = body[offset + 4 : offset + 4 + max(0, length - 1)].decode(errors="replace")
    return text, offset + 4 + length + (-length % 4)


def read_array_u32(body: bytes, offset: int = 0) -> tuple[list[int], int]:
    (length,) = struct.unpack_from("=I", body, offset)
    values = list(struct.unpack_from(f"={length // 4}I", body, offset + 4))
    return values, offset + 4 + length + (-length % 4)


class Connection:
    """A blocking client connection, for a question answered in a round trip or two."""

    def __init__(self, sock: Any) -> None:
        self.sock = sock
        self._pending = b""
        self._last_id = CALLBACK_ID  # display, registry and the first sync's callback

    def new_id(self) -> int:
        """The next object id: the compositor refuses ids handed out of order."""
        self._last_id += 1
        return self._last_id

    @classmethod
    def open(cls, environ: Mapping[str, str] | None = None) -> Connection | None:
        path = socket_path(environ)
        if path is None or not path.exists():
            return None
        import socket  # here: only a Wayland question needs it

        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.settimeout(SETUP_TIMEOUT_S)
            sock.connect(str(path))
        except OSError:
            sock.close()
            return None
        return cls(sock)

    def globals(self) -> dict[str, tuple[int, int]]:
        """wl_registry's globals: interface -> (name, version). Asked first, once."""
        found: dict[str, tuple[int, int]] = {}
        self.sock.sendall(message(DISPLAY_ID, 1, struct.pack("=I", REGISTRY_ID)) + sync(CALLBACK_ID))
        for obj, opcode, body in self.until_done(CALLBACK_ID):
            if obj == REGISTRY_ID and opcode == 0:
                (name,) = struct.unpack_from("=I", body)
                interface, offset = read_string(body, 4)
                (version,) = struct.unpack_from("=I", body, offset)
                found[interface] = (name, version)
        return found

    def roundtrip(self, requests: bytes = b"") -> list[tuple[int, int, bytes]]:
        """Send requests, then every event up to the compositor's answer to a sync."""
        callback = self.new_id()
        self.sock.sendall(requests + sync(callback))
        return list(self.until_done(callback))

    def until_done(self, callback_id: int) -> Iterator[tuple[int, int, bytes]]:
        while True:
            batch, self._pending = messages(self._pending)
            for obj, opcode, body in batch:
                if obj == callback_id:
                    # events after the callback's done belong to the next question
                    rest = batch[batch.index((obj, opcode, body)) + 1 :]
                    self._pending = b"".join(message(o, c, b) for o, c, b in rest) + self._pending
                    return
                if obj == DISPLAY_ID and opcode == 0:
                    raise WireError("Wayland protocol error")
                yield obj, opcode, body
            chunk = self.sock.recv(65536)
            if not chunk:
                raise OSError("the compositor closed the connection")
            self._pending += chunk

    def take_pending(self) -> bytes:
        data, self._pending = self._pending, b""
        return data

    def close(self) -> None:
        self.sock.close()
