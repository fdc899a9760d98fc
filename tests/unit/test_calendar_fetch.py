"""URL sources against a real http.server on 127.0.0.1: cache, size limit, timeout, offline."""

from __future__ import annotations

import contextlib
import threading
import time as real_time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from movebreak.domain.clock import FakeClock
from movebreak.domain.planner import Window
from movebreak.domain.settings import CalendarSource, Settings
from movebreak.sources import calendar as cal
from movebreak.sources import fetch

FIXTURES = Path(__file__).parent.parent / "fixtures" / "calendars"
BERLIN = ZoneInfo("Europe/Berlin")
WINDOW = Window.for_days(date(2024, 6, 10), 1, BERLIN)


CLEAN = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:one@test\r\n"
    b"DTSTAMP:20240601T000000Z\r\nDTSTART:20240610T080000Z\r\nDTEND:20240610T090000Z\r\n"
    b"SUMMARY:Planning\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


class Handler(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, bytes, float]] = {}

    def do_GET(self) -> None:
        status, body, delay = self.routes.get(self.path, (404, b"not here", 0.0))
        if delay:
            real_time.sleep(delay)  # a slow server, to trip the client's timeout
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    Handler.routes = {
        "/mixed.ics": (200, (FIXTURES / "mixed.ics").read_bytes(), 0.0),
        "/html.ics": (200, b"<html><body>Please log in</body></html>\n", 0.0),
        "/big.ics": (200, b"BEGIN:VCALENDAR\n" + b"X-PAD:" + b"x" * 4000 + b"\n", 0.0),
        "/slow.ics": (200, b"BEGIN:VCALENDAR\nEND:VCALENDAR\n", 1.0),
        "/clean.ics": (200, CLEAN, 0.0),
    }
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def clock_at(hour: int) -> FakeClock:
    return FakeClock(datetime(2024, 6, 10, hour, tzinfo=BERLIN))


def test_refresh_caches_a_good_copy_and_collect_reads_it_offline(server, tmp_path) -> None:
    url = f"{server}/mixed.ics"
    assert fetch.refresh_url(url, tmp_path, clock=clock_at(8)) is None
    settings = Settings(calendars=(CalendarSource(url, name="Work"),))
    blocks, problems = cal.collect_blocks(settings, WINDOW, cache_dir=tmp_path, offline=True, clock=clock_at(11))
    titles = [b.title for b in blocks]
    assert titles == ["Planning meeting", "Floating meeting", "Deep work session", "Backwards event"]
    stale = [p for p in problems if "cached copy" in p.message]
    assert stale and "3 h 0 min old" in stale[0].message


def test_unreachable_url_falls_back_to_the_cache_with_its_age(server, tmp_path) -> None:
    url = f"{server}/mixed.ics"
    assert fetch.refresh_url(url, tmp_path, clock=clock_at(8)) is None
    del Handler.routes["/mixed.ics"]  # now the server answers 404
    report = cal.test_source(url, (), WINDOW, tmp_path, clock=clock_at(10))
    assert report.ok and report.events == 4
    assert report.cache_age == timedelta(hours=2)
    assert "HTTP 404" in str(report.warnings[0]) and "2 h 0 min old" in str(report.warnings[0])


def test_no_cache_and_no_server_is_a_clear_error(tmp_path) -> None:
    url = "http://127.0.0.1:9/nothing.ics"  # discard port: nothing listens
    report = cal.test_source(url, (), WINDOW, tmp_path, clock=clock_at(9))
    assert not report.ok
    assert "cannot be reached" in str(report.error)


def test_offline_without_a_cached_copy_says_so(tmp_path) -> None:
    blocks, problems = cal.collect_blocks(
        Settings(calendars=(CalendarSource("https://127.0.0.1:9/x.ics"),)),
        WINDOW,
        cache_dir=tmp_path,
        offline=True,
        clock=clock_at(9),
    )
    assert blocks == []
    assert "no cached copy" in str(problems[0])


def test_a_non_calendar_answer_never_replaces_the_last_good_copy(server, tmp_path) -> None:
    good = f"{server}/mixed.ics"
    assert fetch.refresh_url(good, tmp_path, clock=clock_at(8)) is None
    Handler.routes["/mixed.ics"] = Handler.routes["/html.ics"]
    problem = fetch.refresh_url(good, tmp_path, clock=clock_at(9))
    assert problem is not None and problem.line == 1 and "not an iCalendar line" in problem.message
    data, age = fetch.cached_copy(good, tmp_path, clock_at(9))
    assert data == (FIXTURES / "mixed.ics").read_bytes() and age == timedelta(hours=1)


def test_size_limit_is_enforced(server, tmp_path) -> None:
    problem = fetch.refresh_url(f"{server}/big.ics", tmp_path, limit=1024, clock=clock_at(8))
    assert problem is not None and "limit" in problem.message
    assert fetch.cached_copy(f"{server}/big.ics", tmp_path, clock_at(8)) is None


def test_timeout_gives_a_clear_problem(server, tmp_path) -> None:
    problem = fetch.refresh_url(f"{server}/slow.ics", tmp_path, timeout=0.3, clock=clock_at(8))
    assert problem is not None and "within 0.3 s" in problem.message


def test_other_schemes_are_refused_and_files_need_no_fetch(tmp_path) -> None:
    problem = fetch.refresh_url("ftp://127.0.0.1/x.ics", tmp_path)
    assert problem is not None and "unsupported scheme 'ftp:'" in problem.message
    assert fetch.refresh_url(str(FIXTURES / "mixed.ics"), tmp_path) is None
    assert fetch.refresh_url((FIXTURES / "mixed.ics").as_uri(), tmp_path) is None
    assert "no such file" in str(fetch.refresh_url(str(tmp_path / "none.ics"), tmp_path))


def test_source_report_lists_the_next_three_blocks(tmp_path) -> None:
    window = Window.for_days(date(2024, 6, 3), 5, BERLIN)
    report = cal.test_source(str(FIXTURES / "exdate_moved.ics"), ["focus"], window, tmp_path)
    assert report.ok and report.events == 4
    assert [b.start.day for b in report.next_blocks] == [3, 4, 6]
    text = report.summary(BERLIN)
    assert "4 event(s)" in text and "Thu 06 Jun 14:00-15:30  Focus time (moved)" in text


def test_a_freshly_refreshed_copy_read_offline_raises_no_warning(server, tmp_path) -> None:
    # The app plans offline from the copy its watcher just fetched (HTTP 200): a warning
    # there ("using the cached copy, 0 min old") would notify the user of nothing wrong.
    url = f"{server}/clean.ics"
    assert fetch.refresh_url(url, tmp_path, clock=clock_at(8)) is None
    settings = Settings(calendars=(CalendarSource(url, name="Work"),), calendar_refresh=30)
    blocks, problems = cal.collect_blocks(settings, WINDOW, cache_dir=tmp_path, offline=True, clock=clock_at(8))
    assert [b.title for b in blocks] == ["Planning"]
    assert problems == []


def test_a_copy_older_than_two_refreshes_is_a_warning(server, tmp_path) -> None:
    url = f"{server}/clean.ics"
    assert fetch.refresh_url(url, tmp_path, clock=clock_at(8)) is None
    settings = Settings(calendars=(CalendarSource(url),), calendar_refresh=30)
    late = FakeClock(datetime(2024, 6, 10, 9, 1, tzinfo=BERLIN))
    _blocks, problems = cal.collect_blocks(settings, WINDOW, cache_dir=tmp_path, offline=True, clock=late)
    assert [p.message for p in problems] == ["using the cached copy, 1 h 1 min old"]


def test_a_url_the_app_is_still_fetching_for_the_first_time_is_no_problem(tmp_path) -> None:
    # At the first start with a new URL calendar the app plans before its watcher's first
    # fetch ends: "not fetched yet and no cached copy" was announced as a calendar problem.
    # The app plans from what its watcher has read (cached_only): a URL not read yet is pending.
    url = "https://127.0.0.1:9/new.ics"
    settings = Settings(calendars=(CalendarSource(url),))
    got = cal.collect(settings, WINDOW, cache_dir=tmp_path, offline=True, clock=clock_at(9), cached_only=True)
    assert got.blocks == [] and got.errors == [] and got.warnings == [] and got.pending == [url]
