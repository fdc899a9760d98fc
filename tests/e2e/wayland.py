"""Headless Wayland sessions for end-to-end tests: sway (with waybar as the tray and dunst),
weston and mutter, each on a private D-Bus session bus.

sway refuses to run as root, and a session's pieces must share one user (the session bus
lets in only its own user), so when the tests run as root every process of the session, the
app included, runs as the unprivileged user E2E_USER (created by .ci/run), through setpriv.
That user needs a Python it can read, with movebreak installed: the test's own interpreter
when readable, else build/user-venv (`make user-venv`, from Debian's /usr/bin/python3).

weston and mutter have no layer-shell, where dunst draws on Wayland, and no tray host; there
dunst draws on a private Xvfb of its own: it is only the session's notification server."""

from __future__ import annotations

import contextlib
import json
import os
import pwd
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tests.e2e.desktop import choose_in_dunst_menu, notify_calls_in, wait_for, write_dunstrc

E2E_USER = "movebreak-e2e"
REPO = Path(__file__).resolve().parents[2]
USER_VENV_PYTHON = REPO / "build" / "user-venv" / "bin" / "python"
SIZE = (1280, 800)

TOOLS = {
    "sway": ("sway", "swaymsg", "waybar", "dunst", "dunstctl", "dbus-daemon", "dbus-monitor", "grim"),
    "weston": ("weston", "dunst", "dunstctl", "Xvfb", "dbus-daemon", "dbus-monitor"),
    "mutter": ("mutter", "dunst", "dunstctl", "Xvfb", "dbus-daemon", "dbus-monitor"),
}

WAYBAR_CONFIG = {"layer": "top", "position": "top", "height": 28, "modules-right": ["tray"], "tray": {"spacing": 4}}


def _as_user() -> list[str]:
    if os.geteuid() != 0:
        return []
    return ["setpriv", f"--reuid={E2E_USER}", f"--regid={E2E_USER}", "--init-groups", "--"]


def why_not_runnable(compositor: str) -> str | None:
    """Why this session cannot be set up here (a missing tool or user), or None."""
    missing = [t for t in TOOLS[compositor] if shutil.which(t) is None]
    if missing:
        return f"{compositor} session needs: {', '.join(missing)} (Debian packages; .ci/run installs them)"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(E2E_USER)
        except KeyError:
            return f"running as root, and there is no user {E2E_USER!r} to run {compositor} as (.ci/run creates it)"
        if user_python() is None:
            return (
                f"user {E2E_USER!r} cannot run a Python with movebreak installed "
                f"({sys.executable} is not readable by it); `make user-venv` builds one"
            )
    return None


def user_python() -> str | None:
    """An interpreter the session's user can run, with movebreak and its dependencies."""
    candidates = (str(USER_VENV_PYTHON), sys.executable) if os.geteuid() == 0 else (sys.executable,)
    for python in candidates:
        if not Path(python).exists():
            continue
        # stat() through the symlinks too: QProcess refuses a program it cannot stat
        code = "import os, sys, movebreak, PySide6, jeepney; os.stat(os.path.realpath(sys.executable))"
        probe = subprocess.run(
            [*_as_user(), python, "-c", code],
            capture_output=True,
            timeout=60,
            cwd="/",
        )
        if probe.returncode == 0:
            return python
    return None


class WaylandSession:
    """One headless compositor and its session pieces; `run`/`launch` start clients in it."""

    def __init__(self, compositor: str) -> None:
        self.compositor = compositor
        self.workdir = Path(tempfile.mkdtemp(prefix=f"movebreak-{compositor}-"))
        self.python = user_python() or sys.executable
        self.env: dict[str, str] = {}
        self._procs: list[subprocess.Popen[bytes]] = []
        self._dbus_pid: int | None = None
        self.notify_log = self.workdir / "notify.log"

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> WaylandSession:
        runtime, home, config = self.workdir / "runtime", self.workdir / "home", self.workdir / "xdg-config"
        for d in (runtime, home, config):
            d.mkdir(mode=0o700)
        write_dunstrc(self.workdir)
        if os.geteuid() == 0:
            user = pwd.getpwnam(E2E_USER)
            for root, dirs, files in os.walk(self.workdir):
                for name in [root, *(os.path.join(root, n) for n in dirs + files)]:
                    os.chown(name, user.pw_uid, user.pw_gid)
        keep = ("PATH", "LANG", "LC_ALL", "TZ", "PYTHONPATH")
        env = {k: v for k, v in os.environ.items() if k in keep}
        env.update(
            HOME=str(home),
            XDG_RUNTIME_DIR=str(runtime),
            XDG_CONFIG_HOME=str(config),
            XDG_SESSION_TYPE="wayland",
            XDG_CURRENT_DESKTOP={"sway": "sway", "weston": "weston", "mutter": "GNOME"}[self.compositor],
        )
        out = subprocess.run(
            [*_as_user(), "dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1", "--nosyslog"],
            capture_output=True,
            text=True,
            check=True,
            env=env,
            cwd=self.workdir,
        ).stdout.split()
        env["DBUS_SESSION_BUS_ADDRESS"], self._dbus_pid = out[0], int(out[1])
        self.env = env
        self._spawn(["dbus-monitor", "interface='org.freedesktop.Notifications'"], log=self.notify_log)
        getattr(self, f"_start_{self.compositor}")()
        if not wait_for(self._notifications_owned, timeout=15):
            raise RuntimeError(f"dunst did not start in the {self.compositor} session")
        return self

    def _wait_socket(self, name: str | None = None) -> None:
        runtime = Path(self.env["XDG_RUNTIME_DIR"])

        def socket() -> str | None:
            found = sorted(p.name for p in runtime.glob("wayland-*") if not p.name.endswith(".lock"))
            return (name if name in found else None) if name else (found[0] if found else None)

        found = wait_for(socket, timeout=20)
        if not found:
            raise RuntimeError(f"{self.compositor} did not open a Wayland socket:\n{self.log('compositor')}")
        self.env["WAYLAND_DISPLAY"] = str(found)

    def _start_sway(self) -> None:
        config = self.workdir / "sway.conf"
        waybar = Path(self.env["XDG_CONFIG_HOME"]) / "waybar"
        self._mkdir_owned(waybar)
        self._write_owned(waybar / "config", json.dumps(WAYBAR_CONFIG))
        self._write_owned(
            config,
            f"output HEADLESS-1 resolution {SIZE[0]}x{SIZE[1]} position 0 0\n"
            f"output HEADLESS-2 resolution {SIZE[0]}x{SIZE[1]} position {SIZE[0]} 0\n"
            "xwayland disable\n"
            "bar {\n    swaybar_command waybar\n}\n",
        )
        # two outputs side by side, as on a desk with two monitors
        extra = {
            "WLR_BACKENDS": "headless",
            "WLR_HEADLESS_OUTPUTS": "2",
            "WLR_LIBINPUT_NO_DEVICES": "1",
            "WLR_RENDERER": "pixman",
        }
        self._spawn(["sway", "-c", str(config)], log=self.workdir / "compositor.log", extra=extra)
        self._wait_socket()
        ipc = wait_for(lambda: sorted(Path(self.env["XDG_RUNTIME_DIR"]).glob("sway-ipc.*")), timeout=10)
        if not ipc:
            raise RuntimeError("sway did not open its IPC socket:\n" + self.log("compositor"))
        self.env["SWAYSOCK"] = str(ipc[0])  # type: ignore[index]
        self._spawn(["dunst"], log=self.workdir / "dunst.log")
        if not wait_for(lambda: self.sni_watcher_owned(), timeout=15):
            raise RuntimeError("waybar did not start its tray (StatusNotifierWatcher)")

    def _start_weston(self) -> None:
        self._spawn(
            [
                "weston",
                "--backend=headless-backend.so",
                "--use-pixman",
                "--socket=wayland-e2e",
                "--idle-time=0",
                f"--width={SIZE[0]}",
                f"--height={SIZE[1]}",
            ],
            log=self.workdir / "compositor.log",
        )
        self._wait_socket("wayland-e2e")
        self._dunst_on_private_x()

    def _start_mutter(self) -> None:
        self._spawn(
            [
                "mutter",
                "--headless",
                "--wayland",
                "--no-x11",
                "--wayland-display=wayland-e2e",
                "--virtual-monitor",
                f"{SIZE[0]}x{SIZE[1]}",
            ],
            log=self.workdir / "compositor.log",
        )
        self._wait_socket("wayland-e2e")
        self._dunst_on_private_x()

    def _dunst_on_private_x(self) -> None:
        read_fd, write_fd = os.pipe()
        xvfb = subprocess.Popen(
            [*_as_user(), "Xvfb", "-displayfd", str(write_fd), "-screen", "0", "640x480x24", "-nolisten", "tcp"],
            pass_fds=(write_fd,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=self.env,
            cwd=self.workdir,
        )
        os.close(write_fd)
        self._procs.append(xvfb)
        with os.fdopen(read_fd) as fh:
            display = fh.readline().strip()
        env = {k: v for k, v in self.env.items() if k != "WAYLAND_DISPLAY"}
        self._procs.append(
            subprocess.Popen(
                [*_as_user(), "dunst"],
                stdout=open(self.workdir / "dunst.log", "wb"),  # noqa: SIM115 - lives with dunst
                stderr=subprocess.STDOUT,
                env={**env, "DISPLAY": f":{display}"},
                cwd=self.workdir,
            )
        )

    def _mkdir_owned(self, path: Path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        self.own_tree(path)

    def own_tree(self, path: Path) -> None:
        """Hand a folder of the workdir, its contents and its parents up to the workdir, to the user."""
        if os.geteuid() != 0:
            return
        for root, dirs, files in os.walk(path):
            for name in [*dirs, *files]:
                self._own(Path(root, name))
        for folder in [path, *path.parents]:
            if folder == self.workdir or self.workdir not in folder.parents:
                break
            self._own(folder)

    def _write_owned(self, path: Path, text: str) -> None:
        path.write_text(text)
        self._own(path)

    def _own(self, path: Path) -> None:
        if os.geteuid() == 0:
            user = pwd.getpwnam(E2E_USER)
            os.chown(path, user.pw_uid, user.pw_gid)

    def _spawn(
        self, cmd: Sequence[str], log: Path | None = None, extra: dict[str, str] | None = None
    ) -> subprocess.Popen[bytes]:
        out = open(log, "ab") if log else subprocess.DEVNULL  # noqa: SIM115 - lives with the process
        proc = subprocess.Popen(
            [*_as_user(), *cmd],
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**self.env, **(extra or {})},
            cwd=self.workdir,
        )
        self._procs.append(proc)
        return proc

    def stop(self) -> None:
        for proc in reversed(self._procs):
            if proc.poll() is None:
                proc.terminate()
        for proc in self._procs:
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=5)
        if self._dbus_pid:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self._dbus_pid, signal.SIGTERM)
        shutil.rmtree(self.workdir, ignore_errors=True)

    # ------------------------------------------------------------------ clients
    def run(self, cmd: Sequence[str], timeout: float = 30, extra_env: dict[str, str] | None = None) -> Any:
        return subprocess.run(
            [*_as_user(), *cmd],
            capture_output=True,
            text=True,
            timeout=timeout,
            env={**self.env, **(extra_env or {})},
            cwd=self.workdir,
        )

    def launch(self, cmd: Sequence[str], extra_env: dict[str, str] | None = None) -> subprocess.Popen[str]:
        log = open(self.workdir / "app.log", "a")  # noqa: SIM115 - lives as long as the app
        return subprocess.Popen(
            [*_as_user(), *cmd],
            stdout=log,
            stderr=subprocess.STDOUT,
            text=True,
            env={**self.env, **(extra_env or {})},
            cwd=self.workdir,
        )

    def own_dir(self, name: str) -> Path:
        """A folder in the session's workdir that the session's user may write."""
        path = self.workdir / name
        self._mkdir_owned(path)
        return path

    def write(self, path: Path, text: str) -> None:
        self._mkdir_owned(path.parent)
        self._write_owned(path, text)

    def log(self, name: str) -> str:
        path = self.workdir / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def app_log(self) -> str:
        return self.log("app")

    # ------------------------------------------------------------------ looking
    def _bus_call(self, *args: str) -> str:
        out: str = self.run(["dbus-send", "--session", "--print-reply", *args], timeout=10).stdout
        return out

    def _name_owned(self, name: str) -> bool:
        return "boolean true" in self._bus_call(
            "--dest=org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.NameHasOwner",
            f"string:{name}",
        )

    def _notifications_owned(self) -> bool:
        return self._name_owned("org.freedesktop.Notifications")

    def sni_watcher_owned(self) -> bool:
        return self._name_owned("org.kde.StatusNotifierWatcher")

    def tray_items(self) -> list[str]:
        """The StatusNotifierItems registered with the session's watcher (waybar's)."""
        out = self._bus_call(
            "--dest=org.kde.StatusNotifierWatcher",
            "/StatusNotifierWatcher",
            "org.freedesktop.DBus.Properties.Get",
            "string:org.kde.StatusNotifierWatcher",
            "string:RegisteredStatusNotifierItems",
        )
        return [line.split('"')[1] for line in out.splitlines() if line.strip().startswith("string")]

    def notify_calls(self) -> list[str]:
        return notify_calls_in(self.notify_log)

    def notifications_displayed(self) -> int:
        return int(self.run(["dunstctl", "count", "displayed"], timeout=5).stdout.strip() or -1)

    def press_notification_button(self, label: str) -> list[str]:
        return choose_in_dunst_menu(self.workdir, label, lambda: self.run(["dunstctl", "context"], timeout=10))

    def sway_tree(self) -> dict[str, Any]:
        tree: dict[str, Any] = json.loads(self.run(["swaymsg", "-t", "get_tree", "--raw"], timeout=10).stdout)
        return tree

    def sway_windows(self) -> list[dict[str, Any]]:
        """Every window (tiled or floating) in sway's tree, with its rect, whether it floats
        and the output it is on."""
        found: list[dict[str, Any]] = []

        def walk(node: dict[str, Any], floating: bool, output: str) -> None:
            if node.get("type") == "output":
                output = str(node.get("name"))
            if node.get("pid") is not None:
                found.append({**node, "floating": floating, "output": output})
            for child in node.get("nodes", []):
                walk(child, floating, output)
            for child in node.get("floating_nodes", []):
                walk(child, True, output)

        walk(self.sway_tree(), False, "")
        return found

    def screenshot(self, path: Path) -> bool:
        """The whole screen as a PNG (grim, wlroots' screencopy: sway only); path in the workdir."""
        if self.compositor != "sway":
            return False
        return bool(self.run(["grim", str(path)], timeout=20).returncode == 0 and path.exists())
