"""A built wheel, installed into a fresh venv, runs and finds its bundled assets."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow

CHECK_ASSETS = """
import movebreak.paths as p
from movebreak.storage.catalogue import load_catalogue
exercises, problems = load_catalogue(None)
print(p.assets_dir())
print(len(exercises), len(problems))
print(p.asset("icons", "tray.svg").is_file())
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(work / "dist"), str(ROOT)],
        check=True,
        timeout=600,
    )
    wheels = list((work / "dist").glob("movebreak-*.whl"))
    assert len(wheels) == 1
    env_dir = work / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    subprocess.run(
        [str(env_dir / "bin" / "python"), "-m", "pip", "install", "--quiet", str(wheels[0])], check=True, timeout=900
    )
    return env_dir


def _clean_env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["MOVEBREAK_CONFIG_DIR"] = str(tmp / "c")
    env["MOVEBREAK_DATA_DIR"] = str(tmp / "d")
    return env


def _run_installed(installed: Path, tmp_path: Path, program: str, *args: str) -> subprocess.CompletedProcess[str]:
    """A program of the fresh venv, run outside the source tree with its own config and data."""
    return subprocess.run(
        [str(installed / "bin" / program), *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_clean_env(tmp_path),
        timeout=120,
    )


def test_installed_command_reports_its_version(installed: Path, tmp_path: Path) -> None:
    from movebreak import __version__

    out = _run_installed(installed, tmp_path, "movebreak", "--version")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"movebreak {__version__}"


def test_installed_package_finds_its_assets_inside_site_packages(installed: Path, tmp_path: Path) -> None:
    out = _run_installed(installed, tmp_path, "python", "-c", CHECK_ASSETS)
    assert out.returncode == 0, out.stderr
    assets_dir, counts, tray = out.stdout.splitlines()
    assert Path(assets_dir).is_relative_to(installed), assets_dir
    n_exercises, n_problems = map(int, counts.split())
    assert n_exercises >= 30 and n_problems == 0
    assert tray == "True"


def test_installed_metadata_names_the_license_and_ships_its_text(installed: Path, tmp_path: Path) -> None:
    code = (
        "import importlib.metadata as m; d = m.distribution('movebreak'); "
        "print(d.metadata['License-Expression']); "
        "print(any(str(f).endswith('LICENSE') for f in d.files))"
    )
    out = _run_installed(installed, tmp_path, "python", "-c", code)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["GPL-3.0-or-later", "True"]
