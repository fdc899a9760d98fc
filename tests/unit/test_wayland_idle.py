"""runtime.wayland_idle without a compositor: where the socket is looked for, and no answer
(so the next idle backend is tried) when nothing listens. A real sway answers in
tests/e2e/test_wayland.py."""

from __future__ import annotations

from pathlib import Path

from movebreak.runtime.wayland_idle import WaylandIdle
from movebreak.runtime.wayland_wire import socket_path


def test_the_socket_is_named_by_wayland_display_in_the_runtime_dir() -> None:
    assert socket_path({"WAYLAND_DISPLAY": "wayland-1", "XDG_RUNTIME_DIR": "/run/user/7"}) == Path(
        "/run/user/7/wayland-1"
    )
    assert socket_path({"WAYLAND_DISPLAY": "/tmp/w-0", "XDG_RUNTIME_DIR": "/run/user/7"}) == Path("/tmp/w-0")
    assert socket_path({}) is None


def test_no_compositor_gives_no_backend(tmp_path: Path) -> None:
    assert WaylandIdle.open({}) is None
    assert WaylandIdle.open({"WAYLAND_DISPLAY": "wayland-9", "XDG_RUNTIME_DIR": str(tmp_path)}) is None
    (tmp_path / "wayland-9").touch()  # a file, not a listening socket
    assert WaylandIdle.open({"WAYLAND_DISPLAY": "wayland-9", "XDG_RUNTIME_DIR": str(tmp_path)}) is None
