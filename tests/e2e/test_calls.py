"""Never during a call, against a real PulseAudio daemon: the probe sees `parecord` recording
from a null source (and not from a monitor), and the running app holds a due break while it
records, says why in `status`, and shows the break at the first retry after it stops."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from movebreak.runtime.calls import MICROPHONE, CallProbe, microphone_users
from tests.e2e.conftest import RunningApp
from tests.e2e.desktop import DesktopSession, wait_for
from tests.e2e.test_dnd_idle_app import (
    app_log,
    history,
    next_whole_minute,
    prompt_windows,
    quick_break_config,
    status,
)
from tests.helpers.pulse import MONITOR, PulseServer, require_tools

pytestmark = [pytest.mark.e2e]


@pytest.fixture
def pulse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[PulseServer]:
    require_tools()
    server = PulseServer(tmp_path).start()
    monkeypatch.setenv("PULSE_SERVER", server.env["PULSE_SERVER"])  # for the probe in this process
    try:
        yield server
    finally:
        server.stop()


def test_the_probe_sees_a_recording_from_a_real_source_only(pulse: PulseServer) -> None:
    assert microphone_users() == []
    assert CallProbe(camera=lambda: []).reason() is None
    meter = pulse.record(MONITOR)  # "what you hear": no microphone
    assert microphone_users() == []
    call = pulse.record()
    assert microphone_users() == ["parecord"]
    assert CallProbe(camera=lambda: []).reason() == f"{MICROPHONE} by parecord"
    pulse.stop_recording(call)
    assert microphone_users() == []
    pulse.stop_recording(meter)


@pytest.mark.slow
@pytest.mark.timeout(480)
def test_a_recording_holds_the_break_until_it_stops(
    desktop: DesktopSession, tmp_path: Path, pulse: PulseServer
) -> None:
    due = next_whole_minute(timedelta(seconds=20))
    config = quick_break_config(due, "idle_detection = false\n")  # the call is the subject here
    app = RunningApp(desktop, tmp_path / "app", config=config)
    app.env.update(pulse.env)
    app.start()
    try:
        slot_id = status(app)["next_break"]["id"]
        call = pulse.record()
        held = wait_for(
            lambda: status(app)["deferred"],
            timeout=(due - datetime.now().astimezone()).total_seconds() + 30,
            interval=0.5,
        )
        assert held, app_log(app)
        assert held["id"] == slot_id and held["reason"] == f"{MICROPHONE} by parecord"
        retry_at = datetime.fromisoformat(held["retry_at"])
        assert "A break is held (microphone in use by parecord); trying again at" in status(app)["summary"]
        assert prompt_windows(desktop) == [] and history(app) == []
        # Still recording at the first retry: held again, two minutes on.
        wait_for(lambda: datetime.now().astimezone() > retry_at + timedelta(seconds=5), timeout=200, interval=1)
        held = status(app)["deferred"]
        assert held and datetime.fromisoformat(held["retry_at"]) >= retry_at + timedelta(minutes=2), app_log(app)
        retry_at = datetime.fromisoformat(held["retry_at"])
        assert prompt_windows(desktop) == []

        pulse.stop_recording(call)  # the call ends; the next retry shows the break
        shown = wait_for(
            lambda: prompt_windows(desktop), timeout=(retry_at - datetime.now().astimezone()).total_seconds() + 30
        )
        assert shown, app_log(app)
        rows = history(app)
        assert [(r["slot_id"], r["state"]) for r in rows] == [(slot_id, "shown")]
        assert datetime.fromisoformat(rows[0]["shown_at"]) >= retry_at - timedelta(seconds=5)
    finally:
        app.stop()
