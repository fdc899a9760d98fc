"""A throwaway desktop for end-to-end tests: a private D-Bus session bus, Xvfb, trayer (a
system tray host), dunst (a notification daemon) and dbus-monitor logging Notify calls.

dbus-run-session is a wrapper around `dbus-daemon --session`; we start the daemon directly
so the test process itself can learn the bus address and hand it to every child."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REQUIRED_TOOLS = ("dbus-daemon", "dbus-monitor", "Xvfb", "trayer", "dunst", "dunstctl", "xdotool", "xwininfo", "xprop")


PROMPT_TITLE = "movebreak — "  # the break prompt's window title starts with this


def missing_tools() -> list[str]:
    return [t for t in REQUIRED_TOOLS if shutil.which(t) is None]


def wait_for(predicate: Callable[[], object], timeout: float = 15.0, interval: float = 0.1) -> object:
    """Poll an external process's state (X server, D-Bus log) until it holds or time runs out."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            return value
        time.sleep(interval)


class DesktopSession:
    def __init__(self, workdir: Path, tray: str = "xembed") -> None:
        """tray: "xembed" (trayer, an X11 system tray) or "sni" (a StatusNotifierWatcher with a
        host, as KDE Plasma and GNOME with AppIndicator have, and no XEmbed tray at all)."""
        self.tray = tray
        self.workdir = workdir
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.notify_log = workdir / "notify.log"
        self.env: dict[str, str] = {}
        self._procs: list[subprocess.Popen[bytes]] = []
        self._dbus_pid: int | None = None

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> DesktopSession:
        env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
        out = subprocess.run(
            ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1", "--nosyslog"],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        ).stdout.split()
        env["DBUS_SESSION_BUS_ADDRESS"], self._dbus_pid = out[0], int(out[1])
        read_fd, write_fd = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp", "-noreset"],
            pass_fds=(write_fd,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        os.close(write_fd)
        self._procs.append(xvfb)
        with os.fdopen(read_fd) as fh:
            display = fh.readline().strip()
        env["DISPLAY"] = f":{display}"
        env["XDG_RUNTIME_DIR"] = str(self.workdir / "runtime")
        Path(env["XDG_RUNTIME_DIR"]).mkdir(mode=0o700, exist_ok=True)
        env["XDG_CONFIG_HOME"] = str(self.workdir / "xdg-config")
        self.env = env
        write_dunstrc(self.workdir)
        if self.tray == "sni":
            self._start_sni_watcher()
        else:
            self._start_trayer()
        log = open(self.notify_log, "wb")  # noqa: SIM115 - closed with the process
        self._procs.append(
            subprocess.Popen(
                ["dbus-monitor", "interface='org.freedesktop.Notifications'"],
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
            )
        )
        self._spawn(["dunst"])
        if self.tray != "sni" and not wait_for(self.tray_window, timeout=10):
            raise RuntimeError("trayer did not take the system tray selection")
        wait_for(self._notifications_owned, timeout=10)
        return self

    def _start_sni_watcher(self) -> None:
        out = open(self.workdir / "sni-watcher.log", "wb")  # noqa: SIM115 - closed with the process
        script = Path(__file__).with_name("sni_watcher.py")
        self._procs.append(
            subprocess.Popen([sys.executable, str(script)], stdout=out, stderr=subprocess.STDOUT, env=self.env)
        )
        if not wait_for(lambda: "ready" in (self.workdir / "sni-watcher.log").read_text(), timeout=15):
            raise RuntimeError(
                "the StatusNotifierWatcher did not start: " + (self.workdir / "sni-watcher.log").read_text()
            )

    def _start_trayer(self) -> None:
        self._spawn(
            [
                "trayer",
                "--edge",
                "top",
                "--align",
                "right",
                "--widthtype",
                "request",
                "--height",
                "32",
                "--SetDockType",
                "true",
                "--expand",
                "true",
            ]
        )

    def _spawn(self, cmd: Sequence[str]) -> subprocess.Popen[bytes]:
        proc = subprocess.Popen(list(cmd), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=self.env)
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
        if self._dbus_pid:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self._dbus_pid, signal.SIGTERM)

    # ------------------------------------------------------------------ helpers
    def run(
        self, cmd: Sequence[str], timeout: float = 30, extra_env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            list(cmd), capture_output=True, text=True, timeout=timeout, env={**self.env, **(extra_env or {})}
        )

    def launch(self, cmd: Sequence[str], extra_env: dict[str, str] | None = None) -> subprocess.Popen[str]:
        log = open(self.workdir / "app.log", "a")  # noqa: SIM115 - lives as long as the app
        return subprocess.Popen(
            list(cmd), stdout=log, stderr=subprocess.STDOUT, text=True, env={**self.env, **(extra_env or {})}
        )

    def app_log(self) -> str:
        path = self.workdir / "app.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def _notifications_owned(self) -> bool:
        out = self.run(
            [
                "dbus-send",
                "--session",
                "--print-reply",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.NameHasOwner",
                "string:org.freedesktop.Notifications",
            ],
            timeout=5,
        ).stdout
        return "boolean true" in out

    def notifications_displayed(self) -> int:
        return int(self.run(["dunstctl", "count", "displayed"], timeout=5).stdout.strip() or -1)

    def press_notification_button(self, label: str) -> list[str]:
        """Press a notification's button the way a person does in dunst: its context menu.
        Returns the menu's lines (dunst lists "#label (summary) [id,key]" for each action)."""
        return choose_in_dunst_menu(self.workdir, label, lambda: self.run(["dunstctl", "context"], timeout=10))

    def tray_window(self) -> str | None:
        """trayer's panel window (WM_CLASS "panel", "trayer"), where icons get embedded."""
        out = self.run(["xdotool", "search", "--classname", "^panel$"], timeout=5).stdout.split()
        return out[0] if out else None

    def tray_icons(self) -> list[str]:
        """Names of the client windows embedded (XEmbed) inside the tray host's panel."""
        tray = self.tray_window()
        if tray is None:
            return []
        tree = self.run(["xwininfo", "-tree", "-id", tray], timeout=5).stdout
        body = tree.split("child", 1)[1] if "child" in tree else ""
        return re.findall(r'0x[0-9a-f]+ "([^"]+)"', body)

    def tree(self) -> str:
        return self.run(["xwininfo", "-root", "-tree"], timeout=5).stdout

    def notify_calls(self) -> list[str]:
        """Summaries of every org.freedesktop.Notifications.Notify call seen on the bus."""
        return notify_calls_in(self.notify_log)

    def balloons(self) -> list[str]:
        """Tray balloons on screen: mapped top-level windows of movebreak that are not the
        1x1 helpers (Qt draws a tray message itself when the tray is XEmbed, as trayer's is)."""
        found = []
        for line in self.tree().splitlines():
            m = re.match(r'^     (0x[0-9a-f]+) "movebreak": \("[^"]*" "movebreak"\)\s+(\d+)x(\d+)', line)
            if m and int(m.group(2)) > 60:
                info = self.run(["xwininfo", "-id", m.group(1)], timeout=5).stdout
                if "IsViewable" in info:
                    found.append(m.group(1))
        return found

    def visible_windows(self, name: str) -> list[str]:
        return self.run(["xdotool", "search", "--onlyvisible", "--name", name], timeout=5).stdout.split()

    def window_process(self, window: str) -> tuple[int, int]:
        """(pid, parent pid) of the process that owns an X window (its _NET_WM_PID)."""
        pid = int(self.run(["xdotool", "getwindowpid", window], timeout=5).stdout)
        parent = int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
        return pid, parent

    def screenshot(self, path: Path) -> bool:
        if shutil.which("import") is None:
            return False
        return self.run(["import", "-window", "root", str(path)], timeout=20).returncode == 0


def movebreak_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "movebreak", *args]


# dunst's context menu runs the `dmenu` program with one line per action on its input and
# invokes the line it prints. This one prints the line holding the label in `menu-choice`.
DMENU_SCRIPT = """#!/bin/sh
here=$(dirname "$0")
cat > "$here/menu-offered.part"
grep -F -- "$(cat "$here/menu-choice")" "$here/menu-offered.part" | head -n 1
mv "$here/menu-offered.part" "$here/menu-offered"
"""


def write_dunstrc(workdir: Path) -> None:
    """dunst's config in the session's XDG_CONFIG_HOME: the test's menu picker as dmenu."""
    picker = workdir / "dmenu-pick"
    picker.write_text(DMENU_SCRIPT)
    picker.chmod(0o755)
    conf = workdir / "xdg-config" / "dunst"
    conf.mkdir(parents=True, exist_ok=True)
    (conf / "dunstrc").write_text(f"[global]\n    dmenu = {picker}\n")


def choose_in_dunst_menu(workdir: Path, label: str, open_menu: Callable[[], object]) -> list[str]:
    offered = workdir / "menu-offered"
    offered.unlink(missing_ok=True)
    (workdir / "menu-choice").write_text(label)
    open_menu()
    wait_for(offered.exists, timeout=5)
    return offered.read_text().splitlines() if offered.exists() else []


def notify_calls_in(log: Path) -> list[str]:
    """Summaries of the Notify calls in a dbus-monitor log."""
    text = log.read_text(errors="replace") if log.exists() else ""
    calls = []
    for chunk in text.split("method call")[1:]:
        if "member=Notify" not in chunk.split("\n", 1)[0]:
            continue
        strings = re.findall(r'^\s+string "(.*)"$', chunk, flags=re.MULTILINE)
        # Notify(app_name, replaces_id, app_icon, summary, body, ...): summary is the 3rd string
        if len(strings) >= 4:
            calls.append(strings[2])
    return calls
