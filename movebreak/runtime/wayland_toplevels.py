"""Do-not-disturb on wlroots compositors: is the focused window fullscreen?

wlroots compositors (sway, Hyprland, river, labwc, Wayfire) list every window and its state
(activated, fullscreen, ...) through the zwlr_foreign_toplevel_manager_v1 protocol. On bind
the compositor sends all of them at once, so one round trip on a short-lived connection
answers the question a due break asks."""

from __future__ import annotations

import logging
import struct
from collections.abc import Mapping

from movebreak.runtime.wayland_wire import Connection, WireError, bind, read_array_u32

log = logging.getLogger(__name__)

MANAGER = "zwlr_foreign_toplevel_manager_v1"
MANAGER_VERSION = 3
ACTIVATED, FULLSCREEN = 2, 3  # zwlr_foreign_toplevel_handle_v1.state values
TOPLEVEL_EVENT, STATE_EVENT = 0, 4  # manager.toplevel(new_id), handle.state(array)


def toplevel_states(environ: Mapping[str, str] | None = None) -> list[set[int]] | None:
    """Each window's states, or None when there is no compositor or no such protocol."""
    conn = Connection.open(environ)
    if conn is None:
        return None
    try:
        manager = conn.globals().get(MANAGER)
        if manager is None:
            return None
        manager_id = conn.new_id()
        states: dict[int, set[int]] = {}
        for obj, opcode, body in conn.roundtrip(
            bind(manager[0], MANAGER, min(manager[1], MANAGER_VERSION), manager_id)
        ):
            if obj == manager_id and opcode == TOPLEVEL_EVENT:
                states[struct.unpack_from("=I", body)[0]] = set()
            elif obj in states and opcode == STATE_EVENT:
                states[obj] = set(read_array_u32(body)[0])
        return list(states.values())
    except (OSError, WireError, struct.error) as exc:
        log.debug("foreign-toplevel: %s", exc)
        return None
    finally:
        conn.close()


def focused_fullscreen(environ: Mapping[str, str] | None = None) -> bool | None:
    """Whether the activated window is fullscreen; None when the compositor cannot say."""
    states = toplevel_states(environ)
    if states is None:
        return None
    return any({ACTIVATED, FULLSCREEN} <= s for s in states)
