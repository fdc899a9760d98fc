"""DndProbe: process list (real child processes and /proc parsing), and the quiet defaults."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from movebreak.runtime.dnd import (
    DndProbe,
    Rect,
    focus_mode_on,
    hides_screen,
    monitor_of,
    prompt_monitor,
    running_process,
)

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


@pytest.fixture(autouse=True)
def no_desktop(monkeypatch: pytest.MonkeyPatch) -> None:
    # Unit tests must not see the developer's own X session or session bus.
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.delenv("XDG_CURRENT_DESKTOP", raising=False)


@pytest.fixture
def sleeper(tmp_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    """`sleep` started through a symlink with a distinctive (16-character) name."""
    link = tmp_path / "mbtest-presenter"
    link.symlink_to(shutil.which("sleep") or "/bin/sleep")
    proc = subprocess.Popen([str(link), "60"])
    yield proc
    proc.kill()
    proc.wait()


@linux_only
def test_running_process_reports_a_child_started_under_a_distinctive_name(sleeper) -> None:
    probe = DndProbe(processes=["obs", "mbtest-presenter"])
    assert probe.reason() == "process mbtest-presenter running"


@linux_only
def test_process_gone_means_no_reason(tmp_path: Path) -> None:
    link = tmp_path / "mbtest-gone"
    link.symlink_to(shutil.which("sleep") or "/bin/sleep")
    proc = subprocess.Popen([str(link), "60"])
    assert running_process(["mbtest-gone"]) == "mbtest-gone"
    proc.kill()
    proc.wait()
    assert running_process(["mbtest-gone"]) is None


@linux_only
def test_renamed_argv0_is_matched_even_when_comm_differs() -> None:
    # Like `exec -a`: comm stays "sleep", argv[0] carries the name people know.
    proc = subprocess.Popen(["mbtest-zoom-call", "60"], executable=shutil.which("sleep"))
    try:
        assert running_process(["MBTEST-ZOOM-CALL"]) == "MBTEST-ZOOM-CALL"
    finally:
        proc.kill()
        proc.wait()


def test_a_name_nobody_runs_gives_none() -> None:
    assert DndProbe(processes=["mbtest-no-such-process-xyz"]).reason() is None


def test_no_processes_configured_and_nothing_detectable_means_not_dnd() -> None:
    assert DndProbe().reason() is None
    assert DndProbe(fullscreen_check=False, processes=["", "  "]).reason() is None


def _fake_proc(root: Path, entries: dict[str, tuple[str, bytes]]) -> Path:
    for pid, (comm, cmdline) in entries.items():
        (root / pid).mkdir(parents=True)
        (root / pid / "comm").write_text(comm + "\n")
        (root / pid / "cmdline").write_bytes(cmdline)
    (root / "self").mkdir()  # non-numeric entries are not processes
    (root / "42").mkdir()  # a process that ended between listing and reading
    return root


def test_proc_parsing_matches_comm_truncated_to_15_characters(tmp_path: Path) -> None:
    proc = _fake_proc(tmp_path / "proc", {"7": ("obs-studio-long", b"")})
    assert running_process(["obs-studio-longname"], proc) == "obs-studio-longname"


def test_proc_parsing_matches_argv0_basename_and_strips_exe(tmp_path: Path) -> None:
    proc = _fake_proc(
        tmp_path / "proc",
        {"9": ("MainThread", b"/opt/zoom/zoom\0--url\0x\0"), "10": ("bash", b"-bash\0")},
    )
    assert running_process(["Zoom.exe"], proc) == "Zoom.exe"
    assert running_process(["teams"], proc) is None


def test_proc_parsing_of_an_unreadable_proc_dir_gives_none(tmp_path: Path) -> None:
    assert running_process(["zoom"], tmp_path / "missing") is None


def test_rect_covers_only_when_every_edge_reaches() -> None:
    screen = Rect(0, 0, 1280, 800)
    assert Rect(0, 0, 1280, 800).covers(screen)
    assert Rect(-5, -5, 1300, 820).covers(screen)
    assert not Rect(0, 30, 1280, 770).covers(screen)
    assert not Rect(1280, 0, 1280, 800).covers(screen)


# Two monitors side by side: a laptop panel and a projector to its right.
LAPTOP = Rect(0, 0, 1920, 1080)
PROJECTOR = Rect(1920, 0, 1280, 720)
BOTH = [LAPTOP, PROJECTOR]


def test_rect_contains_points_with_the_right_and_bottom_edges_outside() -> None:
    assert LAPTOP.contains(0, 0) and LAPTOP.contains(1919, 1079)
    assert not LAPTOP.contains(1920, 10) and PROJECTOR.contains(1920, 10)
    assert not PROJECTOR.contains(2000, 720)


def test_rect_overlap_is_the_shared_area() -> None:
    assert LAPTOP.overlap(PROJECTOR) == 0  # touching edges share nothing
    assert Rect(1800, 0, 400, 100).overlap(LAPTOP) == 120 * 100
    assert Rect(1800, 0, 400, 100).overlap(PROJECTOR) == 280 * 100


def test_a_window_belongs_to_the_monitor_it_shares_most_with() -> None:
    assert monitor_of(Rect(1800, 0, 400, 100), BOTH) == PROJECTOR
    assert monitor_of(Rect(100, 100, 300, 300), BOTH) == LAPTOP
    assert monitor_of(Rect(5000, 5000, 10, 10), BOTH) is None


def test_the_prompt_opens_under_the_pointer_else_on_the_primary_else_the_first() -> None:
    assert prompt_monitor((2500, 300), BOTH, primary=LAPTOP) == PROJECTOR
    assert prompt_monitor((10, 10), BOTH, primary=PROJECTOR) == LAPTOP
    assert prompt_monitor(None, BOTH, primary=PROJECTOR) == PROJECTOR
    assert prompt_monitor((9000, 9000), BOTH, primary=None) == LAPTOP
    assert prompt_monitor(None, [], primary=None) is None


def test_fullscreen_on_the_prompts_screen_holds_the_break() -> None:
    assert hides_screen(PROJECTOR, True, BOTH, screen=PROJECTOR)
    # No EWMH state (no window manager), but it covers the whole prompt screen.
    assert hides_screen(Rect(1920, 0, 1280, 720), False, BOTH, screen=PROJECTOR)


def test_fullscreen_on_another_monitor_does_not_hold_the_break() -> None:
    # Slides fullscreen on the projector; the pointer, so the prompt, is on the laptop.
    assert not hides_screen(PROJECTOR, True, BOTH, screen=LAPTOP)
    assert not hides_screen(Rect(1920, 0, 1280, 720), False, BOTH, screen=LAPTOP)


def test_a_window_spanning_both_monitors_covers_each_of_them() -> None:
    assert hides_screen(Rect(0, 0, 3200, 1080), False, BOTH, screen=PROJECTOR)
    assert hides_screen(Rect(0, 0, 3200, 1080), False, BOTH, screen=LAPTOP)


def test_a_normal_window_on_the_prompts_screen_does_not_hold_the_break() -> None:
    assert not hides_screen(Rect(0, 30, 1920, 1050), False, BOTH, screen=LAPTOP)


def test_a_fullscreen_window_not_yet_sized_counts_on_the_monitor_it_is_on() -> None:
    small = Rect(2000, 100, 400, 300)  # EWMH says fullscreen; the WM has not resized it yet
    assert hides_screen(small, True, BOTH, screen=PROJECTOR)
    assert not hides_screen(small, True, BOTH, screen=LAPTOP)


def test_unknown_screen_or_geometry_falls_back_to_any_monitor_or_the_state() -> None:
    assert hides_screen(PROJECTOR, False, BOTH, screen=None)  # covers some monitor
    assert not hides_screen(Rect(0, 30, 800, 600), False, BOTH, screen=None)
    assert hides_screen(None, True, BOTH, screen=LAPTOP)
    assert not hides_screen(None, False, BOTH, screen=LAPTOP)


def test_the_probe_asks_its_injected_prompt_screen_and_survives_no_display() -> None:
    asked: list[int] = []

    def screen() -> Rect:
        asked.append(1)
        return LAPTOP

    # No DISPLAY here: nothing is fullscreen, but the probe did ask where the prompt goes.
    assert DndProbe(prompt_screen=screen).reason() is None
    assert asked == [1]


def test_macos_focus_file_read_and_bad_file_tolerated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # As on a Mac: focus_mode_on reads the Focus database under the user's home folder.
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setenv("HOME", str(tmp_path))
    db = tmp_path / "Library" / "DoNotDisturb" / "DB"
    db.mkdir(parents=True)
    assert focus_mode_on() is False  # no file
    (db / "Assertions.json").write_text("{not json")
    assert focus_mode_on() is False
    (db / "Assertions.json").write_text('{"data": [{"storeAssertionRecords": []}]}')
    assert focus_mode_on() is False
    (db / "Assertions.json").write_text('{"data": [{"storeAssertionRecords": [{"assertionDetails": {}}]}]}')
    assert focus_mode_on() is True
