"""sway's tree read for do-not-disturb: the focused window, fullscreen itself or inside a
fullscreen container; a real sway answers in tests/e2e/test_wayland.py."""

from __future__ import annotations

from movebreak.runtime.sway_ipc import focused_is_fullscreen, sway_fullscreen


def _tree(*, focused: str, fullscreen: str = "", floating: bool = False) -> dict[str, object]:
    def win(name: str) -> dict[str, object]:
        kind = "floating_con" if name == "dialog" else "con"
        return {"type": kind, "name": name, "focused": name == focused, "fullscreen_mode": int(name == fullscreen)}

    # as sway reports them: workspaces have fullscreen_mode 1 (i3's model)
    workspace = {
        "type": "workspace",
        "name": "1",
        "focused": focused == "ws",
        "fullscreen_mode": 1,
        "nodes": [win("editor"), win("video")],
        "floating_nodes": [win("dialog")] if floating else [],
    }
    output = {"type": "output", "name": "HEADLESS-1", "fullscreen_mode": 0, "nodes": [workspace]}
    return {"type": "root", "name": "root", "fullscreen_mode": 0, "nodes": [output], "floating_nodes": []}


def test_a_focused_fullscreen_window_holds_the_break() -> None:
    assert focused_is_fullscreen(_tree(focused="video", fullscreen="video"))


def test_a_fullscreen_window_without_the_focus_does_not() -> None:
    assert not focused_is_fullscreen(_tree(focused="editor", fullscreen="video"))
    assert not focused_is_fullscreen(_tree(focused="dialog", fullscreen="video", floating=True))


def test_no_fullscreen_window_or_an_empty_workspace_does_not() -> None:
    assert not focused_is_fullscreen(_tree(focused="editor"))
    assert not focused_is_fullscreen(_tree(focused="ws"))
    assert not focused_is_fullscreen({})


def test_inside_a_fullscreen_container_counts() -> None:
    tree = {"nodes": [{"type": "con", "fullscreen_mode": 1, "nodes": [{"type": "con", "name": "a", "focused": True}]}]}
    assert focused_is_fullscreen(tree)


def test_not_under_sway_or_a_dead_socket_gives_no_answer(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert sway_fullscreen({}) is None
    assert sway_fullscreen({"SWAYSOCK": str(tmp_path / "gone.sock")}) is None
