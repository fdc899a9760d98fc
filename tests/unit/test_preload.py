"""movebreak.preload imports, before PySide6, every module without Qt that the tray app needs
at start, so PySide6's import hook never reads their source (see the module's docstring)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

START_AND_LIST = r"""
import json, socket, sys, threading, time

def ask(cmd):
    with socket.socket(socket.AF_UNIX) as s:
        s.settimeout(5)
        s.connect(sys.argv[2])
        s.sendall(json.dumps({"cmd": cmd}).encode() + b"\n")
        return s.recv(65536)

def watch():
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            ask("status")
        except OSError:
            time.sleep(0.1)
            continue
        names = list(sys.modules)
        with open(sys.argv[1], "w") as fh:
            json.dump(names[names.index("PySide6"):], fh)
        break
    ask("quit")

threading.Thread(target=watch, daemon=True).start()
from movebreak.cli import main
sys.exit(main([]))
"""


def _mentions_pyside(name: str) -> bool:
    module = sys.modules.get(name)
    if module is None:
        __import__(name)
        module = sys.modules[name]
    path = getattr(module, "__file__", None)
    if not path or not path.endswith(".py"):
        return True  # compiled or built in: the hook has no source to read
    source = Path(path).read_text(encoding="utf-8")
    return not source.strip() or "PySide6" in source  # an empty package __init__ costs nothing


def test_the_preload_itself_imports_no_qt() -> None:
    code = "import sys, movebreak.preload; print('PySide6' not in sys.modules and 'apscheduler' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "True"


def _modules_after_pyside6_at_start(tmp_path: Path, monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """The modules the tray app imported, from PySide6 on, once it answers on its socket."""
    listing = tmp_path / "after-pyside6.json"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "MOVEBREAK_CONFIG_DIR": str(tmp_path / "config"),
        "MOVEBREAK_DATA_DIR": str(tmp_path / "data"),
    }
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "config.toml").write_text('[working_hours]\nmon = ["09:00-17:30"]\n')
    for key, value in env.items():  # the test's own socket_path() must match the app's
        monkeypatch.setenv(key, value)
    from movebreak.runtime.instance import socket_path

    path = socket_path()
    proc = subprocess.run(
        [sys.executable, "-c", START_AND_LIST, str(listing), str(path)],
        capture_output=True,
        text=True,
        timeout=90,
        env=env,
    )
    assert listing.exists(), proc.stderr
    return list(json.loads(listing.read_text()))


def test_no_module_without_qt_is_imported_after_pyside6_at_start(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    after = _modules_after_pyside6_at_start(tmp_path, monkeypatch)
    missed = [
        name
        for name in after
        if not name.startswith(("PySide6", "shiboken", "signature", "encodings.", "tzdata", "_"))
        and not _mentions_pyside(name)
    ]
    assert missed == [], f"add these to movebreak/preload.py: {missed}"


def test_the_figure_is_not_loaded_at_start_so_idle_memory_does_not_grow(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # the illustrated prompt runs in its own process; the tray app never draws a figure
    after = _modules_after_pyside6_at_start(tmp_path, monkeypatch)
    assert "movebreak.ui.tray" in after  # the listing is the running tray app's
    assert [m for m in after if m.startswith("movebreak.ui.figure")] == []
