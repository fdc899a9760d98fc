"""`pip install .` (and so `pipx install .`, which is pip in its own venv) gives a working
`movebreak` command that finds its bundled assets outside the source tree."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from movebreak import APP_ID, __version__

pytestmark = [pytest.mark.packaging, pytest.mark.timeout(600)]

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # An isolated build, as pip and pipx do it: the build backend comes from the index.
    result = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)],
        capture_output=True, text=True, timeout=540,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    wheels = list(out.glob("*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The wheel installed into its own directory; the dependencies come from this venv."""
    target = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-compile", "--target", str(target),
         str(wheel)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    yield target


def installed_env(target: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(target)
    return env


def test_wheel_is_named_for_this_version(wheel: Path) -> None:
    assert wheel.name == f"movebreak-{__version__}-py3-none-any.whl"


def test_wheel_carries_icons_exercises_and_the_console_script(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        entry_points = zf.read(f"movebreak-{__version__}.dist-info/entry_points.txt").decode()
    assert "movebreak/assets/icons/tray.svg" in names
    assert f"movebreak/assets/icons/hicolor/256x256/apps/{APP_ID}.png" in names
    assert any(n.startswith("movebreak/assets/exercises/") and n.endswith(".toml") for n in names)
    assert "movebreak = movebreak.cli:main" in entry_points


def test_installed_console_script_prints_the_version(installed: Path, tmp_path: Path) -> None:
    script = installed / "bin" / "movebreak"
    result = subprocess.run(
        [str(script), "--version"], capture_output=True, text=True, cwd=tmp_path, env=installed_env(installed),
        timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"movebreak {__version__}"


def test_installed_package_finds_its_assets_outside_the_source_tree(installed: Path, tmp_path: Path) -> None:
    probe = "import movebreak.paths as p; print(p.asset('icons', 'tray.svg'))"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path, env=installed_env(installed),
        timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    tray = Path(result.stdout.strip())
    assert tray.is_file()
    assert tray.is_relative_to(installed), f"{tray} is not inside the installed copy {installed}"
