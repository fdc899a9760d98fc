"""The call probe's parsers, on what a real PulseAudio printed, a /proc tree and a ConsentStore."""

from __future__ import annotations

import json
import os
from pathlib import Path

from movebreak.runtime.calls import (
    CallProbe,
    apps_in_use,
    camera_users,
    parse_monitor_sources,
    parse_source_outputs,
    recording_apps,
)

FIXTURES = Path(__file__).parent.parent / "fixtures" / "calls"
OUTPUTS = (FIXTURES / "pulseaudio_source_outputs.txt").read_text()
SOURCES = (FIXTURES / "pulseaudio_sources.txt").read_text()


def test_pactl_output_gives_each_capture_stream_and_its_source() -> None:
    streams = parse_source_outputs(OUTPUTS)
    assert [(s.index, s.source, s.corked, s.app) for s in streams] == [
        (0, 0, False, "parecord"),
        (1, 1, False, "parecord"),
    ]


def test_a_monitor_of_an_output_is_no_microphone() -> None:
    # Source #0 is "speakers.monitor" (Monitor of Sink: speakers); #1 the null source "testmic".
    assert parse_monitor_sources(SOURCES) == {0}
    streams = parse_source_outputs(OUTPUTS)
    assert recording_apps(streams, parse_monitor_sources(SOURCES)) == ["parecord"]
    assert recording_apps(streams[:1], parse_monitor_sources(SOURCES)) == []


def test_a_corked_stream_or_a_level_meter_is_no_call() -> None:
    corked = OUTPUTS.replace("Corked: no", "Corked: yes")
    assert recording_apps(parse_source_outputs(corked), {0}) == []
    meter = OUTPUTS.replace('application.name = "parecord"', 'application.id = "org.PulseAudio.pavucontrol"')
    streams = parse_source_outputs(meter)
    assert [s.app for s in streams] == ["pacat", "pacat"]  # the binary when there is no name
    assert recording_apps(streams, {0}) == []


def test_no_streams_or_garbage_is_no_call() -> None:
    assert parse_source_outputs("") == []
    assert parse_source_outputs("Source Output #x\n\tSource: ?\n") == []
    assert recording_apps(parse_source_outputs("Source Output #3\n\tCorked: no\n"), set()) == []


def test_a_process_holding_a_video_device_is_a_camera_user(tmp_path: Path) -> None:
    proc = tmp_path / "proc"
    for pid, comm, targets in (
        ("101", "zoom", ["/dev/null", "/dev/video0"]),
        ("102", "bash", ["/dev/pts/1"]),
        ("103", "v4l2-ctl", ["/dev/video10-not-a-device"]),
    ):
        fd = proc / pid / "fd"
        fd.mkdir(parents=True)
        (proc / pid / "comm").write_text(comm + "\n")
        for i, target in enumerate(targets):
            os.symlink(target, fd / str(i))
    (proc / "self").mkdir()
    assert camera_users(proc) == ["zoom"]
    assert camera_users(tmp_path / "nothing") == []


def test_consent_store_data_names_the_app_using_the_microphone_now() -> None:
    store = json.loads((FIXTURES / "consent_store_microphone.json").read_text())
    store.pop("_comment")
    assert apps_in_use(store) == ["Zoom.exe"]
    store["NonPackaged:C:#Users#ana#AppData#Roaming#Zoom#bin#Zoom.exe"]["LastUsedTimeStop"] = 133769379600000000
    assert apps_in_use(store) == []
    assert apps_in_use({"MSTeams_8wekyb3d8bbwe": {"LastUsedTimeStart": 1, "LastUsedTimeStop": 0}}) == [
        "MSTeams_8wekyb3d8bbwe"
    ]


def test_the_probe_says_what_is_in_use_and_survives_a_failing_check() -> None:
    def broken() -> list[str]:
        raise OSError("no sound server")

    assert CallProbe(microphone=lambda: [], camera=lambda: []).reason() is None
    assert CallProbe(microphone=lambda: ["Zoom", "Zoom"], camera=lambda: []).reason() == "microphone in use by Zoom"
    assert CallProbe(microphone=broken, camera=lambda: ["cheese"]).reason() == "camera in use by cheese"
