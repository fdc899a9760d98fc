"""Start at login: XDG autostart entry on Linux, LaunchAgent on macOS, Run key on Windows."""

from __future__ import annotations

import contextlib
import os
import plistlib
import shlex
import shutil
import sys
from pathlib import Path

from movebreak import APP_ID, APP_NAME

_RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


def launch_command() -> list[str]:
    """How to start this very install: the `movebreak` script next to the running Python,
    a frozen executable, or `python -m movebreak` as the fallback that always works."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).resolve())]
    script_dir = Path(sys.executable).parent
    for candidate in (script_dir / APP_NAME, script_dir / f"{APP_NAME}.exe"):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return [str(candidate.absolute())]
    found = shutil.which(APP_NAME)
    if found:
        return [str(Path(found).absolute())]
    return [str(Path(sys.executable).absolute()), "-m", APP_NAME]


def _xdg_file() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or ""
    # The spec says a relative $XDG_CONFIG_HOME is invalid and must be ignored.
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".config"
    return root / "autostart" / f"{APP_NAME}.desktop"


def _plist_file() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{APP_ID}.plist"


def _desktop_exec(argv: list[str]) -> str:
    # Desktop Entry Exec quoting: double quotes around arguments with reserved characters,
    # and '%' doubled so it is not read as a field code.
    def quote(arg: str) -> str:
        arg = arg.replace("%", "%%")
        if any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`"):
            return '"' + "".join("\\" + c if c in '"`$\\' else c for c in arg) + '"'
        return arg

    return " ".join(quote(a) for a in argv)


def desktop_entry(argv: list[str]) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=movebreak\n"
        "Comment=Short mobility breaks between your deep-work blocks\n"
        f"Exec={_desktop_exec(argv)}\n"
        "Icon=movebreak\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
        "X-GNOME-Autostart-Delay=10\n"
    )


def is_enabled() -> bool:
    if sys.platform == "win32":
        return _win_get() is not None
    if sys.platform == "darwin":
        return _plist_file().is_file()
    path = _xdg_file()
    if not path.is_file():
        return False
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    # A user (or GNOME Tweaks) may switch the entry off without deleting it.
    lowered = text.lower().replace(" ", "")
    return "hidden=true" not in lowered and "x-gnome-autostart-enabled=false" not in lowered


def set_enabled(enabled: bool) -> None:
    """Create or remove the login entry. Raises OSError when the location is not writable."""
    argv = launch_command()
    if sys.platform == "win32":
        _win_set(subprocess_line(argv) if enabled else None)
        return
    path = _plist_file() if sys.platform == "darwin" else _xdg_file()
    if not enabled:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    if sys.platform == "darwin":
        data = plistlib.dumps(
            {
                "Label": APP_ID,
                "ProgramArguments": argv,
                "RunAtLoad": True,
                "ProcessType": "Interactive",
            }
        )
        _write_atomic(path, data)
    else:
        _write_atomic(path, desktop_entry(argv).encode("utf-8"))


def subprocess_line(argv: list[str]) -> str:
    """A command line for the Windows Run key (quoted the way CreateProcess splits it)."""
    if sys.platform == "win32":
        import subprocess

        return subprocess.list2cmdline(argv)
    return shlex.join(argv)


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _win_get() -> str | None:
    import winreg  # only exists on Windows

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, _RUN_KEY) as key:
            value, _kind = winreg.QueryValueEx(key, APP_NAME)
            return str(value)
    except OSError:
        return None


def _win_set(command: str | None) -> None:
    import winreg  # only exists on Windows

    with winreg.OpenKey(winreg.HKEY_CURRENT_USER, _RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
        if command is None:
            with contextlib.suppress(FileNotFoundError):
                winreg.DeleteValue(key, APP_NAME)
        else:
            winreg.SetValueEx(key, APP_NAME, 0, winreg.REG_SZ, command)
