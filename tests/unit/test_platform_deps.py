"""Linux-only dependencies stay off Windows and macOS: the D-Bus notification path (jeepney)
is for Linux; elsewhere plyer carries notifications. Checked on the declared markers, as an
installer evaluates them (`uv pip compile --python-platform windows|macos` resolves the same)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from packaging.requirements import Requirement

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"
PLATFORMS = {"linux": "Linux", "win32": "Windows", "darwin": "Darwin"}


def _installed_on(platform: str) -> set[str]:
    deps = tomllib.loads(PYPROJECT.read_text())["project"]["dependencies"]
    env = {"sys_platform": platform, "platform_system": PLATFORMS[platform], "python_version": "3.11"}
    return {r.name.lower() for r in map(Requirement, deps) if r.marker is None or r.marker.evaluate(env)}


def test_jeepney_is_a_linux_dependency_only() -> None:
    assert "jeepney" in _installed_on("linux")
    assert "jeepney" not in _installed_on("win32")
    assert "jeepney" not in _installed_on("darwin")
    for platform in PLATFORMS:
        assert {"plyer", "pyside6-essentials"} <= _installed_on(platform)
