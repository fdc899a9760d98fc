"""A new user's first hour, in a real desktop, with a screenshot at each step: first start and
the welcome, the settings pages, a break with every button, history, export, pause, quit.

The screenshots go to $MOVEBREAK_SCREENSHOTS/walkthrough (else the test's temporary folder,
printed at the end): look at them after a change to the UI. The checks here are the ones a
person made by hand for issue 17, so that none of those defects comes back unnoticed."""

from __future__ import annotations

import csv
import io
import json
import os
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from movebreak.domain.settings import DEFAULTS
from movebreak.storage.config_file import load_config
from tests.e2e.conftest import RunningApp
from tests.e2e.desktop import PROMPT_TITLE, DesktopSession, wait_for

pytestmark = pytest.mark.e2e

SETTINGS_TITLE = "movebreak settings"
HISTORY_TITLE = "movebreak — history"


class Walk:
    """Screenshots numbered in the order taken, and keys sent to a window as a person would."""

    def __init__(self, desktop: DesktopSession, folder: Path) -> None:
        self.desktop = desktop
        self.folder = folder
        self.taken: list[Path] = []

    def shot(self, name: str) -> None:
        time.sleep(0.8)  # a window is mapped before it is painted; the picture is for a person
        path = self.folder / f"{len(self.taken) + 1:02d}-{name}.png"
        assert self.desktop.screenshot(path), f"no screenshot {path} (is imagemagick installed?)"
        self.taken.append(path)

    def window(self, title: str, timeout: float = 20) -> str:
        found = wait_for(lambda: self.desktop.visible_windows(title), timeout=timeout)
        assert found, f"no window {title!r}:\n{self.desktop.tree()}"
        return str(found[0])

    def gone(self, title: str) -> bool:
        return bool(wait_for(lambda: not self.desktop.visible_windows(title), timeout=15))

    def keys(self, window: str, *keys: str) -> None:
        # A click first: the prompt never takes the focus by itself.
        geometry = self.desktop.run(["xdotool", "getwindowgeometry", "--shell", window]).stdout
        size = dict(line.split("=", 1) for line in geometry.split())
        self.desktop.run(["xdotool", "mousemove", "--window", window, str(int(size["WIDTH"]) // 2), "10", "click", "1"])
        self.desktop.run(["xdotool", "windowfocus", "--sync", window])
        for key in keys:
            self.desktop.run(["xdotool", "key", "--delay", "150", key])

    def fits(self, window: str) -> None:
        """Issue 17 item 6: every window lies inside the screen."""
        geometry = self.desktop.run(["xdotool", "getwindowgeometry", "--shell", window]).stdout
        g = {k: int(v) for k, v in (line.split("=", 1) for line in geometry.split()) if k in "XYWIDTHEIGHT"}
        assert g["X"] >= 0 and g["Y"] >= 0, g
        assert g["X"] + g["WIDTH"] <= 1280 and g["Y"] + g["HEIGHT"] <= 800, g


def journal_rows(app: RunningApp) -> list[dict[str, object]]:
    got = app.cli("history", "--format", "json")
    assert got.returncode == 0, got.stderr
    data = json.loads(got.stdout)
    return list(data["breaks"])


def ics_today() -> bytes:
    start = datetime.now(UTC).replace(microsecond=0) + timedelta(hours=2)
    stamp = "%Y%m%dT%H%M%SZ"
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//movebreak walk//EN\r\nBEGIN:VEVENT\r\n"
        f"UID:walk@movebreak\r\nDTSTAMP:{start:{stamp}}\r\nDTSTART:{start:{stamp}}\r\n"
        f"DTEND:{start + timedelta(hours=1):{stamp}}\r\nSUMMARY:Team sync\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()


@pytest.fixture
def calendar_url() -> Iterator[str]:
    """A healthy calendar server on 127.0.0.1: every answer is 200 with a valid calendar."""
    body = ics_today()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/calendar")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/team.ics"
    finally:
        server.shutdown()
        server.server_close()


def test_a_new_user_walks_through_every_feature(desktop: DesktopSession, tmp_path: Path, calendar_url: str) -> None:
    base = Path(os.environ.get("MOVEBREAK_SCREENSHOTS") or tmp_path)
    folder = base / "walkthrough"
    folder.mkdir(parents=True, exist_ok=True)
    walk = Walk(desktop, folder)
    app = RunningApp(desktop, tmp_path, config=None)  # a first start: no config yet
    config = app.config_dir / "config.toml"
    try:
        # 1. First start: the welcome opens by itself. Esc keeps the defaults, as it says.
        app.start()
        welcome = walk.window(SETTINGS_TITLE)
        walk.fits(welcome)
        walk.shot("first-start-welcome")
        walk.keys(welcome, "Escape")
        assert walk.gone(SETTINGS_TITLE)
        assert wait_for(config.exists, timeout=10), "closing the welcome wrote no config"
        assert load_config(config).settings == DEFAULTS
        walk.shot("welcome-closed")

        # 2. The second start does not show the welcome again. A healthy URL calendar is
        # fetched, and no "calendar problem" is announced for it (issue 17 item 1).
        assert app.cli("quit").returncode == 0
        assert app.proc is not None and app.proc.wait(timeout=15) == 0
        with config.open("a", encoding="utf-8") as f:
            f.write(f'\n[[calendars]]\nsource = "{calendar_url}"\nname = "Team"\n')
        app.start()
        assert not wait_for(lambda: desktop.visible_windows(SETTINGS_TITLE), timeout=4)
        cache = app.data_dir / "cache" / "calendars"
        assert wait_for(lambda: list(cache.glob("*.ics")), timeout=20), desktop.app_log()
        assert not wait_for(lambda: [c for c in desktop.notify_calls() if "calendar problem" in c], timeout=4), (
            desktop.notify_calls()
        )

        # 3. Settings: every page, then Esc.
        assert app.cli("show", "settings").returncode == 0
        settings = walk.window(SETTINGS_TITLE)
        walk.fits(settings)
        walk.shot("settings-schedule")
        for page in ("breaks", "exercises", "general"):
            walk.keys(settings, "ctrl+Next")
            walk.shot(f"settings-{page}")
        walk.keys(settings, "Escape")
        assert walk.gone(SETTINGS_TITLE)

        # 4. A break with every button: Done (Enter), Skip exercise (S), Skip routine (Esc).
        assert app.cli("break-now").returncode == 0
        prompt = walk.window(PROMPT_TITLE)
        walk.fits(prompt)
        walk.shot("break-prompt")
        walk.keys(prompt, "Return")
        walk.shot("break-after-done")
        walk.keys(prompt, "s")
        walk.shot("break-after-skip-exercise")
        walk.keys(prompt, "Escape")
        assert walk.gone(PROMPT_TITLE)
        # ... and Snooze (Z) on a second break.
        assert app.cli("break-now").returncode == 0
        prompt = walk.window(PROMPT_TITLE)
        walk.keys(prompt, "z")
        assert walk.gone(PROMPT_TITLE)
        rows = wait_for(lambda: [r for r in journal_rows(app) if r["state"] in ("partial", "snoozed")], timeout=15)
        assert rows, journal_rows(app)
        states = {str(r["state"]) for r in journal_rows(app)}
        assert {"partial", "snoozed"} <= states, states
        outcomes = {str(e["outcome"]) for r in journal_rows(app) for e in r["exercises"]}  # type: ignore[attr-defined]
        assert {"completed", "skipped"} <= outcomes, outcomes

        # 5. History: the window shows them; Esc closes it (issue 17 item 9).
        assert app.cli("show", "history").returncode == 0
        history = walk.window(HISTORY_TITLE)
        walk.fits(history)
        walk.shot("history")
        walk.keys(history, "Escape")
        assert walk.gone(HISTORY_TITLE)

        # 6. Export, as a spreadsheet would read it.
        exported = app.cli("history", "--format", "csv")
        assert exported.returncode == 0, exported.stderr
        table = list(csv.DictReader(io.StringIO(exported.stdout)))
        assert {"partial", "snoozed"} <= {row["state"] for row in table}, table
        (folder / "export.csv").write_text(exported.stdout, encoding="utf-8")

        # 7. Pause, in the user's words (issue 17 item 12).
        paused = app.cli("pause", "until", "14:00")
        assert paused.returncode == 0, paused.stderr
        assert paused.stdout.count("14:00") == 1, paused.stdout
        assert app.cli("pause", "2d").returncode == 0
        zero = app.cli("pause", "0m")
        assert zero.returncode != 0 and "off" in (zero.stdout + zero.stderr)
        assert app.cli("pause", "off").returncode == 0
        bad = app.cli("plan", "--days", "0")
        assert bad.returncode == 2 and "movebreak: movebreak" not in bad.stderr, bad.stderr

        # 8. Quit.
        walk.shot("before-quit")
        assert app.cli("quit").returncode == 0
        assert app.proc.wait(timeout=15) == 0
        assert "Traceback" not in desktop.app_log()
    finally:
        app.stop()
        print(f"walk-through screenshots: {folder} ({len(walk.taken)} files)")


def test_at_twice_the_scale_every_window_fits_the_screen(desktop: DesktopSession, tmp_path: Path) -> None:
    """Issue 17 item 6 with the real app: a 1280x800 screen at QT_SCALE_FACTOR=2."""
    base = Path(os.environ.get("MOVEBREAK_SCREENSHOTS") or tmp_path)
    folder = base / "walkthrough-2x"
    folder.mkdir(parents=True, exist_ok=True)
    walk = Walk(desktop, folder)
    app = RunningApp(desktop, tmp_path)
    app.env["QT_SCALE_FACTOR"] = "2"
    try:
        app.start()
        assert app.cli("break-now").returncode == 0
        prompt = walk.window(PROMPT_TITLE)
        walk.fits(prompt)
        walk.shot("prompt")
        walk.keys(prompt, "Escape")
        assert walk.gone(PROMPT_TITLE)
        for which, title in (("settings", SETTINGS_TITLE), ("history", HISTORY_TITLE)):
            assert app.cli("show", which).returncode == 0
            window = walk.window(title)
            walk.fits(window)
            walk.shot(which)
            walk.keys(window, "Escape")
            assert walk.gone(title)
    finally:
        app.stop()
        print(f"2x screenshots: {folder} ({len(walk.taken)} files)")
