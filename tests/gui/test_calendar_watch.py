"""CalendarWatcher against real files (QFileSystemWatcher) and a real http.server on 127.0.0.1."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication

from movebreak.domain.clock import FakeClock, SystemClock
from movebreak.domain.planner import Window
from movebreak.domain.settings import CalendarSource, Settings
from movebreak.errors import Problem
from movebreak.runtime.calendar_watch import CalendarWatcher
from movebreak.runtime.timers import ManualTimers
from movebreak.sources.fetch import cached_copy

DEBOUNCE_MS = 100  # the real default is 1 s; the tests only need "after the writes"


def ics(summary: str, start: str = "20260601T090000Z", end: str = "20260601T100000Z") -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//movebreak tests//EN\r\n"
        f"BEGIN:VEVENT\r\nUID:{summary}@test\r\nDTSTAMP:20260101T000000Z\r\n"
        f"DTSTART:{start}\r\nDTEND:{end}\r\nSUMMARY:{summary}\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    ).encode()


class Handler(BaseHTTPRequestHandler):
    body = b""
    requests: list[str] = []

    def do_GET(self) -> None:
        type(self).requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/calendar")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(self.body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    Handler.body = ics("First")
    Handler.requests = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/work.ics"
    finally:
        httpd.shutdown()
        httpd.server_close()


def dead_url() -> str:
    """A port nobody listens on: bind one, note it, close it."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/gone.ics"


def settings_for(*locations: str, enabled: bool = True) -> Settings:
    return Settings(calendars=tuple(CalendarSource(loc, enabled=enabled) for loc in locations))


@pytest.fixture
def make(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    made: list[CalendarWatcher] = []

    def build(settings: Settings) -> CalendarWatcher:
        watcher = CalendarWatcher(settings, tmp_path / "cache", debounce_ms=DEBOUNCE_MS)
        made.append(watcher)
        return watcher

    yield build
    for watcher in made:
        # Let a fetch in flight finish before the server fixture goes away.
        watcher.wait_for_fetches(15_000)
        watcher.deleteLater()


# ------------------------------------------------------------------ local files


def test_a_file_rewritten_in_place_emits_changed(qtbot, make, tmp_path) -> None:
    path = tmp_path / "work.ics"
    path.write_bytes(ics("First"))
    watcher = make(settings_for(str(path)))
    with qtbot.waitSignal(watcher.changed, timeout=5000):
        path.write_bytes(ics("Second"))


def test_a_file_replaced_by_rename_emits_changed_and_stays_watched(qtbot, make, tmp_path) -> None:
    path = tmp_path / "work.ics"
    path.write_bytes(ics("First"))
    watcher = make(settings_for(str(path)))
    # What editors do: write a new file, then rename it over the old one.
    tmp = tmp_path / ".work.ics.swp"
    tmp.write_bytes(ics("Second"))
    with qtbot.waitSignal(watcher.changed, timeout=5000):
        os.replace(tmp, path)
    qtbot.waitUntil(lambda: str(path) in watcher.watched_files(), timeout=3000)
    # The new inode is watched: an in-place write after the replace is seen too.
    with qtbot.waitSignal(watcher.changed, timeout=5000):
        path.write_bytes(ics("Third"))


def test_a_file_deleted_then_recreated_emits_changed(qtbot, make, tmp_path) -> None:
    path = tmp_path / "work.ics"
    path.write_bytes(ics("First"))
    watcher = make(settings_for(str(path)))
    with qtbot.waitSignal(watcher.changed, timeout=5000):
        path.unlink()
    with qtbot.waitSignal(watcher.changed, timeout=5000):
        path.write_bytes(ics("Back"))
    assert str(path) in watcher.watched_files()


def test_a_burst_of_writes_gives_one_changed(qtbot, make, tmp_path) -> None:
    path = tmp_path / "work.ics"
    path.write_bytes(ics("First"))
    watcher = make(settings_for(str(path)))
    seen: list[int] = []
    watcher.changed.connect(lambda: seen.append(1))
    with qtbot.waitSignal(watcher.changed, timeout=5000):
        for i in range(5):
            path.write_bytes(ics(f"Edit {i}"))
    qtbot.wait(3 * DEBOUNCE_MS)
    assert seen == [1]


def test_another_file_in_the_same_folder_emits_nothing(qtbot, make, tmp_path) -> None:
    path = tmp_path / "work.ics"
    path.write_bytes(ics("First"))
    watcher = make(settings_for(str(path)))
    with qtbot.assertNotEmitted(watcher.changed, wait=4 * DEBOUNCE_MS):
        (tmp_path / "notes.txt").write_text("unrelated")


def test_a_disabled_calendar_is_not_watched(qtbot, make, tmp_path) -> None:
    path = tmp_path / "work.ics"
    path.write_bytes(ics("First"))
    watcher = make(settings_for(str(path), enabled=False))
    assert watcher.files == [] and watcher.watched_files() == []
    with qtbot.assertNotEmitted(watcher.changed, wait=4 * DEBOUNCE_MS):
        path.write_bytes(ics("Second"))


def test_set_settings_moves_the_watch_to_the_new_file(qtbot, make, tmp_path) -> None:
    old, new = tmp_path / "old.ics", tmp_path / "new.ics"
    old.write_bytes(ics("Old"))
    new.write_bytes(ics("New"))
    watcher = make(settings_for(str(old)))
    watcher.set_settings(settings_for(str(new)))
    assert watcher.watched_files() == [str(new)]
    with qtbot.assertNotEmitted(watcher.changed, wait=4 * DEBOUNCE_MS):
        old.write_bytes(ics("Old, edited"))
    with qtbot.waitSignal(watcher.changed, timeout=5000):
        new.write_bytes(ics("New, edited"))


# ------------------------------------------------------------------ URL sources


def test_no_url_sources_means_no_timer_at_all(qtbot, make, tmp_path) -> None:
    path = tmp_path / "work.ics"
    path.write_bytes(ics("First"))
    watcher = make(settings_for(str(path)))
    assert [t.objectName() for t in watcher.findChildren(QTimer) if t.isActive()] == []
    assert not watcher.refreshing


def test_start_fetches_the_url_into_the_cache_and_emits(qtbot, make, server, tmp_path) -> None:
    watcher = make(settings_for(server))
    assert watcher.refreshing  # fetched at start, without waiting for the first interval
    with qtbot.waitSignal(watcher.changed, timeout=10_000):
        pass
    got = cached_copy(server, tmp_path / "cache", _clock())
    assert got is not None and b"SUMMARY:First" in got[0]
    assert Handler.requests == ["/work.ics"]


def test_changed_arrives_on_the_gui_thread(qtbot, make, server) -> None:
    threads: list[QThread] = []
    watcher = make(settings_for(server))
    watcher.changed.connect(lambda: threads.append(QThread.currentThread()))
    qtbot.waitUntil(lambda: bool(threads), timeout=10_000)
    assert threads == [qtbot_main_thread()]


def test_refresh_with_new_content_updates_the_cache_and_emits(qtbot, make, server, tmp_path):  # type: ignore[no-untyped-def]
    watcher = make(settings_for(server))
    cache = tmp_path / "cache"
    qtbot.waitUntil(lambda: cached_copy(server, cache, _clock()) is not None, timeout=10_000)
    qtbot.waitUntil(lambda: not watcher.refreshing, timeout=10_000)
    Handler.body = ics("Moved", "20260601T130000Z", "20260601T140000Z")
    with qtbot.waitSignal(watcher.changed, timeout=10_000):
        watcher.refresh_now()
    got = cached_copy(server, tmp_path / "cache", _clock())
    assert got is not None and b"SUMMARY:Moved" in got[0]


def test_refresh_with_the_same_content_emits_nothing(qtbot, make, server) -> None:
    watcher = make(settings_for(server))
    qtbot.waitUntil(lambda: len(Handler.requests) == 1 and not watcher.refreshing, timeout=10_000)
    with qtbot.assertNotEmitted(watcher.changed, wait=500):
        watcher.refresh_now()
        qtbot.waitUntil(lambda: len(Handler.requests) == 2, timeout=10_000)
        qtbot.waitUntil(lambda: not watcher.refreshing, timeout=10_000)


def test_url_sources_run_the_refresh_timer_at_the_configured_interval(qtbot, tmp_path, server) -> None:
    clock = FakeClock(datetime(2026, 3, 29, 0, 30, tzinfo=UTC), "Europe/Berlin")
    timers = ManualTimers(clock)
    watcher = CalendarWatcher(
        settings_for(server).with_changes(calendar_refresh=45), tmp_path / "cache", clock=clock, timers=timers
    )
    try:
        assert timers.active()["calendar-refresh"] == clock.now().astimezone(UTC) + timedelta(minutes=45)
        watcher.set_settings(settings_for(server).with_changes(calendar_refresh=90))
        assert timers.active()["calendar-refresh"] == clock.now().astimezone(UTC) + timedelta(minutes=90)
        watcher.set_settings(Settings())
        assert "calendar-refresh" not in timers.active()
    finally:
        watcher.wait_for_fetches(15_000)
        watcher.deleteLater()


def test_a_dead_url_emits_one_problem_naming_it(qtbot, make) -> None:
    url = dead_url()
    watcher = make(settings_for(url))
    with qtbot.waitSignal(watcher.problem, timeout=10_000) as blocker:
        pass
    problem = blocker.args[0]
    assert isinstance(problem, Problem)
    assert problem.source == url and "cannot be reached" in problem.message
    qtbot.waitUntil(lambda: not watcher.refreshing, timeout=10_000)
    # The same failure on the next refresh is not reported again.
    with qtbot.assertNotEmitted(watcher.problem, wait=300):
        watcher.refresh_now()
        qtbot.waitUntil(lambda: not watcher.refreshing, timeout=10_000)


def _clock() -> SystemClock:
    return SystemClock("UTC")


def qtbot_main_thread() -> QThread:
    app = QApplication.instance()
    assert app is not None
    return app.thread()


# ------------------------------------------------------------------ reading off the GUI thread

HOSTILE_RULES = ("FREQ=SECONDLY", "FREQ=DAILY;INTERVAL=0", *(["FREQ=MINUTELY"] * 20))


def hostile_calendar() -> bytes:
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:bad{i}\r\nSUMMARY:bad{i}\r\nDTSTART:20260601T080000Z\r\n"
        f"DTEND:20260601T080001Z\r\nRRULE:{rule}\r\nEND:VEVENT\r\n"
        for i, rule in enumerate(HOSTILE_RULES)
    )
    good = ics("Focus").decode().split("BEGIN:VEVENT", 1)[1].rsplit("END:VCALENDAR", 1)[0]
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n" + events + "BEGIN:VEVENT" + good + "END:VCALENDAR\r\n"
    ).encode()


def june_window() -> Window:
    return Window.for_days(date(2026, 6, 1), 2, ZoneInfo("UTC"))


def test_a_hostile_calendar_is_read_by_the_worker_and_the_rest_plans(qtbot, make, tmp_path) -> None:
    path = tmp_path / "shared.ics"
    path.write_bytes(hostile_calendar())
    settings = settings_for(str(path))
    watcher = make(settings)
    ticks: list[int] = []
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(1))
    ticker.start(0)
    try:
        with qtbot.waitSignal(watcher.changed, timeout=30_000):
            blocks, problems = watcher.block_source(settings, june_window())
            assert (blocks, problems) == ([], [])  # not read yet: the GUI thread does not wait
            assert watcher.reading
    finally:
        ticker.stop()
    assert ticks, "the GUI thread's event loop ran while the calendar was read"
    blocks, problems = watcher.block_source(settings, june_window())
    assert [b.title for b in blocks] == ["Focus"]
    assert sorted(p.key for p in problems) == sorted(f"event bad{i}" for i in range(len(HOSTILE_RULES)))
    assert "occurs every second; ignored" in str(next(p for p in problems if p.key == "event bad0"))
    assert not watcher.reading


def test_a_fifo_as_calendar_neither_hangs_the_watcher_nor_the_reading(qtbot, make, tmp_path) -> None:
    path = tmp_path / "pipe.ics"
    os.mkfifo(path)
    settings = settings_for(str(path))
    watcher = make(settings)  # hashes the file: it must not open the FIFO for reading and wait
    with qtbot.waitSignal(watcher.changed, timeout=30_000):
        watcher.block_source(settings, june_window())
    blocks, problems = watcher.block_source(settings, june_window())
    assert blocks == []
    assert [p.message for p in problems] == ["is a named pipe (FIFO), not a file"]


QUIT_SCRIPT = """
import sys, time
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo
from PySide6.QtCore import QCoreApplication, QTimer
from movebreak.domain.planner import Window
from movebreak.domain.settings import CalendarSource, Settings
from movebreak.runtime.calendar_watch import CalendarWatcher
from movebreak.runtime.timers import ManualTimers

from movebreak.sources.reader import known_reading

app = QCoreApplication([])
settings = Settings(calendars=(CalendarSource(sys.argv[1]),))
window = Window.for_days(date(2026, 6, 1), 1, ZoneInfo("UTC"))
watcher = CalendarWatcher(settings, __import__("pathlib").Path(sys.argv[2]))
watcher.block_source(settings, window)
QTimer.singleShot(500, app.quit)  # quit while the reader child still parses
app.exec()
assert watcher.wait_idle(30_000)  # the killed child lets the worker thread go
start, end = window.day_span()
got = known_reading(sys.argv[1], (), sys.argv[1], start, end, window.tz, None)
print("reading ended with:", [p.message for p in got[1]] if got else None)
"""


@pytest.mark.slow
def test_quitting_while_a_huge_calendar_is_read_ends_the_reader(tmp_path) -> None:
    event = "BEGIN:VEVENT\r\nUID:e{i}\r\nDTSTART:20260601T090000Z\r\nDTEND:20260601T091000Z\r\nEND:VEVENT\r\n"
    path = tmp_path / "huge.ics"
    path.write_bytes(
        ("BEGIN:VCALENDAR\r\n" + "".join(event.format(i=i) for i in range(150_000)) + "END:VCALENDAR\r\n").encode()
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", QUIT_SCRIPT, str(path), str(tmp_path / "cache")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    # The reader was ended by the quit, not waited for until it hit a limit of its own.
    assert "reading ended with: ['not read: movebreak is quitting']" in done.stdout
