"""The reader child's hard limits and the fetch's rules, against real servers, files and the
real `movebreak plan`: each hostile input ends in a clear notice naming the source, never a
hang or a traceback. Outcomes are asserted, not durations."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import threading
import time as real_time
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from movebreak.domain.planner import Window
from movebreak.domain.settings import CalendarSource, Settings
from movebreak.sources import calendar as cal
from movebreak.sources import fetch, sandbox
from movebreak.storage.bounded_read import CALENDAR_LIMIT

BERLIN = ZoneInfo("Europe/Berlin")
WINDOW = Window.for_days(date(2026, 11, 30), 7, BERLIN)
GOOD = (
    "BEGIN:VEVENT\r\nUID:good\r\nSUMMARY:Focus\r\nDTSTART;TZID=Europe/Berlin:20261130T090000\r\n"
    "DTEND;TZID=Europe/Berlin:20261130T110000\r\nEND:VEVENT\r\n"
)


def ics(*events: str) -> bytes:
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n" + "".join(events) + "END:VCALENDAR\r\n").encode()


def hostile(uid: str, rule: str, start: str = "20261130T080000Z") -> str:
    return (
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nSUMMARY:{uid}\r\nDTSTART:{start}\r\n"
        f"DTEND:{start[:-3]}01Z\r\nRRULE:{rule}\r\nEND:VEVENT\r\n"
    )


class Trickle(BaseHTTPRequestHandler):
    """A server that never finishes: a header line, or a body byte, every 0.2 s."""

    def do_GET(self) -> None:
        with contextlib.suppress(OSError):
            if self.path == "/headers.ics":
                self.wfile.write(b"HTTP/1.1 200 OK\r\n")
                for i in range(10_000):
                    self.wfile.write(f"X-Slow-{i}: 1\r\n".encode())
                    self.wfile.flush()
                    real_time.sleep(0.2)
            elif self.path == "/body.ics":
                self.send_response(200)
                self.send_header("Content-Length", "100000")
                self.end_headers()
                for _ in range(100_000):
                    self.wfile.write(b"B")
                    self.wfile.flush()
                    real_time.sleep(0.2)
            else:  # a redirect to another scheme
                self.send_response(302)
                self.send_header("Location", self.server.redirect_to)  # type: ignore[attr-defined]
                self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[ThreadingHTTPServer]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Trickle)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield httpd
    finally:
        httpd.shutdown()
        httpd.server_close()


def url(httpd: ThreadingHTTPServer, path: str) -> str:
    return f"http://127.0.0.1:{httpd.server_address[1]}{path}"


@pytest.mark.parametrize("path", ["/headers.ics", "/body.ics"])
def test_a_trickling_server_is_cut_off_by_the_whole_fetch_deadline(server, tmp_path, path) -> None:
    problem = fetch.refresh_url(url(server, path), tmp_path, timeout=1.0)
    assert problem is not None
    assert "no complete answer within 1 s" in str(problem)


def test_a_redirect_to_ftp_is_refused_and_never_connects(server, tmp_path) -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.setblocking(False)
    server.redirect_to = f"ftp://127.0.0.1:{listener.getsockname()[1]}/x.ics"  # type: ignore[attr-defined]
    try:
        problem = fetch.refresh_url(url(server, "/moved.ics"), tmp_path)
        assert problem is not None
        assert "redirected to 'ftp://127.0.0.1" in str(problem) and "not an http(s) URL" in str(problem)
        with pytest.raises(BlockingIOError):
            listener.accept()  # nobody knocked
    finally:
        listener.close()


@pytest.mark.parametrize("location", ["http://[::1", "https://[fe80::1/cal.ics"])
def test_an_unparseable_url_is_a_problem_not_a_traceback(tmp_path, location) -> None:
    problem = fetch.refresh_url(location, tmp_path)
    assert problem is not None and "is not a valid URL" in str(problem)
    got = cal.collect(Settings(calendars=(CalendarSource(location),)), WINDOW, cache_dir=tmp_path)
    assert [p.source for p in got.errors] == [location]


def test_a_fifo_a_device_and_a_folder_are_refused_without_reading(tmp_path) -> None:
    fifo = tmp_path / "cal.ics"
    os.mkfifo(fifo)
    link = tmp_path / "zero.ics"
    link.symlink_to("/dev/zero")
    folder = tmp_path / "folder.ics"
    folder.mkdir()
    sources = tuple(CalendarSource(str(p)) for p in (fifo, link, folder))
    got = cal.collect(Settings(calendars=sources), WINDOW, cache_dir=tmp_path)
    said = {p.source: p.message for p in got.errors}
    assert said == {
        str(fifo): "is a named pipe (FIFO), not a file",
        str(link): "is a device, not a file",
        str(folder): "is a folder, not a file",
    }


def test_a_local_calendar_over_the_size_cap_is_refused(tmp_path) -> None:
    big = tmp_path / "big.ics"
    body = ics(GOOD)
    big.write_bytes(
        body[: -len(b"END:VCALENDAR\r\n")]
        + b"X-PAD:"
        + b"x" * (CALENDAR_LIMIT - len(body))
        + b"\r\n"
        + b"END:VCALENDAR\r\n"
    )
    assert big.stat().st_size > CALENDAR_LIMIT
    got = cal.collect(Settings(calendars=(CalendarSource(str(big)),)), WINDOW, cache_dir=tmp_path)
    assert len(got.errors) == 1 and "more than the 20 MB limit" in got.errors[0].message


@pytest.mark.slow
def test_a_calendar_that_needs_too_much_memory_is_ended_by_the_limit(tmp_path) -> None:
    # About 19 MB of small events: icalendar would need some 600 MB and most of a minute.
    event = (
        "BEGIN:VEVENT\r\nUID:e{i}\r\nSUMMARY:s\r\nDTSTART:20261201T090000Z\r\nDTEND:20261201T091000Z\r\nEND:VEVENT\r\n"
    )
    events = "".join(event.format(i=i) for i in range(200_000))
    path = tmp_path / "many.ics"
    path.write_bytes(ics(events))
    assert path.stat().st_size < CALENDAR_LIMIT
    got = cal.collect(Settings(calendars=(CalendarSource(str(path)),)), WINDOW, cache_dir=tmp_path)
    assert len(got.errors) == 1
    message = got.errors[0].message
    assert "needs more than 200 MB of memory" in message or "processor time" in message or "took longer" in message


def run_plan(tmp_path: Path, *calendars: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "MOVEBREAK_CONFIG_DIR": str(tmp_path / "cfg"),
        "MOVEBREAK_CACHE_DIR": str(tmp_path / "cache"),
        "MOVEBREAK_DATA_DIR": str(tmp_path / "data"),
    }
    args = [arg for c in calendars for arg in ("--calendar", str(c))]
    return subprocess.run(
        [sys.executable, "-m", "movebreak", "plan", *args, "--from", "2026-11-30", "--days", "7", "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_plan_on_every_hostile_rule_at_once_names_each_and_plans_the_rest(tmp_path) -> None:
    minutes = ",".join(str(m) for m in range(60))
    path = tmp_path / "hostile.ics"
    path.write_bytes(
        ics(
            hostile("secondly", "FREQ=SECONDLY"),
            hostile("interval0", "FREQ=DAILY;INTERVAL=0"),
            *(hostile(f"minutely{i}", "FREQ=MINUTELY") for i in range(30)),
            hostile("burst", f"FREQ=MONTHLY;BYMINUTE={minutes};BYSECOND={minutes}", "20000101T080000Z"),
            hostile("year1", "FREQ=HOURLY", "00010101T080000Z"),
            GOOD,
        )
    )
    done = run_plan(tmp_path, path)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    plan = json.loads(done.stdout)
    assert [b["title"] for b in plan["blocks"]] == ["Focus"]
    assert plan["breaks"]
    warned = [line for line in done.stderr.splitlines() if line.startswith("movebreak: warning:")]
    assert len(warned) == 34
    assert any("event secondly" in w and "occurs every second; ignored" in w for w in warned)
    assert any("event interval0" in w and "INTERVAL=0" in w for w in warned)
    assert any("event year1" in w and "0001-01-01" in w for w in warned)


@pytest.mark.parametrize("zone", ["Europe", "Z" * 300])
def test_plan_with_a_zone_folder_or_long_zone_says_so_in_one_line(tmp_path, zone) -> None:
    env = {**os.environ, "MOVEBREAK_CONFIG_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "movebreak", "plan", "--tz", zone],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().count("\n") == 0
    assert f"unknown time zone {zone[:64]!r}" in done.stderr


@pytest.mark.parametrize("request_text", ["garbage", "{}", '{"job": "collect"}', "[1]"])
def test_the_reader_child_refuses_a_bad_request_in_one_line(request_text) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "movebreak", "read-calendar"],
        input=request_text,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.startswith("movebreak read-calendar: not a valid request")
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


@pytest.mark.slow  # waits out the whole budget (sandbox.WALL_SECONDS)
def test_all_sources_of_one_plan_share_one_wall_clock_budget(server, tmp_path) -> None:
    good = tmp_path / "good.ics"
    good.write_bytes(ics(GOOD))
    sources = (CalendarSource(url(server, "/headers.ics")), CalendarSource(str(good)))
    got = cal.collect(Settings(calendars=sources), WINDOW, cache_dir=tmp_path / "cache")
    said = [(p.source, p.message) for p in got.errors]
    wall = sandbox.WALL_SECONDS
    assert said == [
        (url(server, "/headers.ics"), f"took longer than the {wall:g} s that reading calendars may take; skipped"),
        (str(good), f"not read: the calendars before it took the {wall:g} s that reading calendars may take"),
    ]


@pytest.mark.slow  # waits out one source's time (sandbox.WALL_SECONDS)
def test_without_one_deadline_each_source_has_its_own(server, tmp_path) -> None:
    # The app's worker thread reads this way: a slow source must not leave the next unread.
    good = tmp_path / "good.ics"
    good.write_bytes(ics(GOOD))
    sources = (CalendarSource(url(server, "/headers.ics")), CalendarSource(str(good)))
    got = cal.collect(Settings(calendars=sources), WINDOW, cache_dir=tmp_path / "cache", one_deadline=False)
    assert [p.source for p in got.errors] == [url(server, "/headers.ics")]
    assert [b.title for b in got.blocks] == ["Focus"]


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(c) for c in text.split()]


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs /proc to find the reader child")
def test_ctrl_c_in_plan_leaves_no_reader_child_behind(server, tmp_path) -> None:
    import signal

    env = {**os.environ, "MOVEBREAK_CONFIG_DIR": str(tmp_path / "cfg"), "MOVEBREAK_DATA_DIR": str(tmp_path / "data")}
    plan = subprocess.Popen(
        [sys.executable, "-m", "movebreak", "plan", "--calendar", url(server, "/headers.ics")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        for _ in range(300):  # until the reader child exists (the trickle keeps it busy)
            readers = _children(plan.pid)
            if readers:
                break
            real_time.sleep(0.05)
        assert readers, "plan started no reader child"
        plan.send_signal(signal.SIGINT)
        assert plan.wait(timeout=30) == 130
    finally:
        if plan.poll() is None:
            plan.kill()
    for pid in readers:
        assert not Path(f"/proc/{pid}").exists() or "zombie" in Path(f"/proc/{pid}/status").read_text()
