"""sway's IPC (i3's protocol) for do-not-disturb: is the focused window fullscreen?

On Wayland an app cannot look at other windows. wlroots compositors offer the state through
the foreign-toplevel protocol; sway also answers it on its IPC socket ($SWAYSOCK) as JSON,
which needs no Wayland client library. Loaded only when a break comes due."""

from __future__ import annotations

import json
import logging
import os
import struct
from collections.abc import Mapping
from typing import Any

log = logging.getLogger(__name__)

MAGIC = b"i3-ipc"
GET_TREE = 4
HEADER = struct.Struct("=6sII")  # magic, payload length, message type (native byte order)
TIMEOUT_S = 1.0
WINDOW_TYPES = ("con", "floating_con")


def sway_tree(socket_path: str) -> dict[str, Any] | None:
    """sway's layout tree (`swaymsg -t get_tree`), or None when sway does not answer."""
    import socket  # here, not at the top: only a due break under sway needs it

    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(TIMEOUT_S)
            sock.connect(socket_path)
            sock.sendall(HEADER.pack(MAGIC, 0, GET_TREE))
            magic, length, _kind = HEADER.unpack(_read(sock, HEADER.size))
            if magic != MAGIC:
                return None
            tree = json.loads(_read(sock, length))
    except (OSError, ValueError, struct.error) as exc:
        log.debug("sway IPC at %s: %s", socket_path, exc)
        return None
    return tree if isinstance(tree, dict) else None


def _read(sock: Any, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            raise OSError("sway closed the IPC socket")
        data += chunk
    return data


def focused_is_fullscreen(tree: Mapping[str, Any]) -> bool:
    """The focused window (or a container holding it) is fullscreen."""

    def walk(node: Mapping[str, Any], fullscreen_above: bool) -> bool | None:
        # Workspaces report fullscreen_mode 1 too (i3's model): only windows and containers count.
        full = fullscreen_above or (node.get("type") in WINDOW_TYPES and bool(node.get("fullscreen_mode")))
        if node.get("focused"):
            return full
        for key in ("nodes", "floating_nodes"):
            for child in node.get(key) or ():
                if isinstance(child, Mapping):
                    found = walk(child, full)
                    if found is not None:
                        return found
        return None

    return bool(walk(tree, False))


def sway_fullscreen(environ: Mapping[str, str] | None = None) -> bool | None:
    """Under sway, whether the focused window is fullscreen; None when not under sway."""
    path = (os.environ if environ is None else environ).get("SWAYSOCK")
    if not path:
        return None
    tree = sway_tree(path)
    return None if tree is None else focused_is_fullscreen(tree)
