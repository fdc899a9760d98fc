"""Never during a call: whether the microphone or the camera is in use right now.

Asked like the do-not-disturb probe, once per due slot and per retry, so no polling.

- Linux, microphone: the sound server's capture streams (`pactl list source-outputs`; PipeWire
  answers it through pipewire-pulse), counting only streams from a real source, not from a
  monitor of an output (a level meter or a screen recorder's "what you hear"), and not corked.
- Linux, camera: any process holding a `/dev/video*` device open (its /proc/<pid>/fd links).
- Windows: the CapabilityAccessManager ConsentStore, where Windows records per app when it
  started and stopped using the microphone or the webcam; a stop time of 0 means "now".
  `consent_store_in_use()` reads it; the parsing (`apps_in_use`) is tested on data here.
- macOS: not implemented; docs/calls.md says how it would be done.

Never raises: whatever cannot be read counts as "no call"."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

MICROPHONE = "microphone in use"
CAMERA = "camera in use"
_VIDEO = re.compile(r"^/dev/video\d+$")
# Level meters that open a capture stream on every source just to draw it.
_METER_APPS = ("org.PulseAudio.pavucontrol", "org.pulseaudio.pavucontrol", "pavucontrol")


@dataclass(frozen=True)
class CaptureStream:
    """One `Source Output` of the sound server: who records from which source."""

    index: int
    source: int
    corked: bool
    app: str
    app_id: str


def _blocks(text: str, header: str) -> Iterable[list[str]]:
    block: list[str] = []
    for line in text.splitlines():
        if line.startswith(header):
            if block:
                yield block
            block = [line]
        elif block:
            block.append(line)
    if block:
        yield block


def _field(block: list[str], name: str) -> str | None:
    prefix = f"{name}:"
    for line in block:
        stripped = line.strip()
        if stripped.startswith(prefix):
            return stripped[len(prefix) :].strip()
    return None


def _prop(block: list[str], name: str) -> str | None:
    prefix = f"{name} = "
    for line in block:
        stripped = line.strip()
        if stripped.startswith(prefix):
            return stripped[len(prefix) :].strip().strip('"')
    return None


def parse_source_outputs(text: str) -> list[CaptureStream]:
    """`LC_ALL=C pactl list source-outputs` -> the capture streams."""
    out = []
    for block in _blocks(text, "Source Output #"):
        try:
            index = int(block[0].split("#", 1)[1])
            source = int(_field(block, "Source") or "")
        except ValueError:
            continue  # a block we do not understand is no call
        app = _prop(block, "application.name") or _prop(block, "application.process.binary") or "an app"
        app_id = _prop(block, "application.id") or ""
        out.append(CaptureStream(index, source, _field(block, "Corked") == "yes", app, app_id))
    return out


def parse_monitor_sources(text: str) -> set[int]:
    """`LC_ALL=C pactl list sources` -> the indexes of sources that monitor an output."""
    monitors = set()
    for block in _blocks(text, "Source #"):
        try:
            index = int(block[0].split("#", 1)[1])
        except ValueError:
            continue
        monitor_of = _field(block, "Monitor of Sink")
        name = _field(block, "Name") or ""
        if (monitor_of is not None and monitor_of != "n/a") or name.endswith(".monitor"):
            monitors.add(index)
    return monitors


def recording_apps(streams: Iterable[CaptureStream], monitors: set[int]) -> list[str]:
    """The apps recording from a real source right now."""
    return [
        s.app
        for s in streams
        if not s.corked and s.source not in monitors and s.app_id not in _METER_APPS and s.app not in _METER_APPS
    ]


def _pactl(*args: str) -> str | None:
    pactl = shutil.which("pactl")
    if pactl is None:
        return None
    env = {**os.environ, "LC_ALL": "C"}  # the field names are translated otherwise
    try:
        done = subprocess.run([pactl, *args], capture_output=True, text=True, timeout=3, check=False, env=env)
    except (OSError, subprocess.SubprocessError) as exc:
        log.debug("pactl %s failed: %s", " ".join(args), exc)
        return None
    return done.stdout if done.returncode == 0 else None


def microphone_users() -> list[str]:
    """Apps capturing from a real microphone (PulseAudio or PipeWire), [] when none or unknown."""
    outputs = _pactl("list", "source-outputs")
    if not outputs or "Source Output #" not in outputs:
        return []
    sources = _pactl("list", "sources") or ""
    return recording_apps(parse_source_outputs(outputs), parse_monitor_sources(sources))


def camera_users(proc: Path = Path("/proc")) -> list[str]:
    """Names of processes holding a /dev/video* device open (those this user may look at)."""
    users = []
    try:
        pids = [e for e in os.scandir(proc) if e.name.isdigit()]
    except OSError:
        return []
    for entry in pids:
        fd_dir = Path(entry.path) / "fd"
        try:
            fds = list(os.scandir(fd_dir))
        except OSError:
            continue  # another user's process, or it ended
        for fd in fds:
            try:
                target = os.readlink(fd.path)
            except OSError:
                continue
            if _VIDEO.match(target):
                try:
                    users.append((Path(entry.path) / "comm").read_text(errors="replace").strip())
                except OSError:
                    users.append(f"process {entry.name}")
                break
    return users


# ---------------------------------------------------------------- Windows


def apps_in_use(store: Mapping[str, Mapping[str, int]]) -> list[str]:
    """ConsentStore entries (app key -> its values) -> the apps using the device now.

    Packaged apps are keyed by package family name; desktop apps sit under `NonPackaged`,
    keyed by their path with `#` for `\\`. Windows writes LastUsedTimeStart when an app opens
    the device and LastUsedTimeStop (a FILETIME) when it lets go: 0 while in use."""
    using = []
    for key, values in sorted(store.items()):
        start, stop = values.get("LastUsedTimeStart", 0), values.get("LastUsedTimeStop", 0)
        if start and not stop:
            using.append(key.replace("#", "\\").rsplit("\\", 1)[-1] or key)
    return using


def _read_consent_store(device: str) -> dict[str, dict[str, int]]:  # pragma: no cover - Windows only
    import winreg  # type: ignore[import-not-found,unused-ignore]

    root = rf"Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager\ConsentStore\{device}"
    found: dict[str, dict[str, int]] = {}

    def read(path: str, prefix: str) -> None:
        try:
            key = winreg.OpenKey(winreg.HKEY_CURRENT_USER, path)
        except OSError:
            return
        with key:
            i = 0
            while True:
                try:
                    name = winreg.EnumKey(key, i)
                except OSError:
                    break
                i += 1
                if name == "NonPackaged" and not prefix:
                    read(rf"{path}\{name}", "NonPackaged:")
                    continue
                values: dict[str, int] = {}
                try:
                    with winreg.OpenKey(key, name) as app:
                        for value in ("LastUsedTimeStart", "LastUsedTimeStop"):
                            with contextlib.suppress(OSError, ValueError):  # a value not written yet
                                values[value] = int(winreg.QueryValueEx(app, value)[0])
                except OSError:
                    continue
                found[prefix + name] = values

    read(root, "")
    return found


def consent_store_in_use(device: str) -> list[str]:
    """Windows: apps using "microphone" or "webcam" now; [] elsewhere or when unreadable."""
    if sys.platform != "win32":
        return []
    try:
        store = _read_consent_store(device)
    except Exception as exc:  # the registry layout is not a documented API
        log.debug("ConsentStore %s unreadable: %s", device, exc)
        return []
    return [name.removeprefix("NonPackaged:") for name in apps_in_use(store)]


# ---------------------------------------------------------------- the probe


class CallProbe:
    """Answers "is the user in a call?" with a reason for `status`, or None."""

    def __init__(
        self,
        microphone: Callable[[], list[str]] | None = None,
        camera: Callable[[], list[str]] | None = None,
    ) -> None:
        if sys.platform == "win32":
            default_mic: Callable[[], list[str]] = lambda: consent_store_in_use("microphone")  # noqa: E731
            default_cam: Callable[[], list[str]] = lambda: consent_store_in_use("webcam")  # noqa: E731
        elif sys.platform == "darwin":
            default_mic = default_cam = lambda: []  # docs/calls.md: on paper only
        else:
            default_mic, default_cam = microphone_users, camera_users
        self._checks = ((MICROPHONE, microphone or default_mic), (CAMERA, camera or default_cam))

    def reason(self) -> str | None:
        for what, check in self._checks:
            try:
                users = check()
            except Exception as exc:  # one probe's quirk must not hold or lose a break
                log.debug("call check %s failed: %s", what, exc)
                continue
            if users:
                return f"{what} by {', '.join(sorted(set(users)))}"
        return None
