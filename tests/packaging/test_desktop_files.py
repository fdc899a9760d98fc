"""Desktop integration files: validated by the distributions' own tools, and kept in step
with the code (app id, version, CLI commands, screenshots, icons)."""

from __future__ import annotations

import ast
import shlex
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

import pytest

from movebreak import APP_ID, APP_NAME, __version__
from movebreak.cli import build_parser

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "assets" / "icons"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
SCREENSHOT_URL = "https://raw.githubusercontent.com/movebreak/movebreak/main/"


def require_tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        reason = f"{name} is not installed (Debian package {package})"
        print(reason)
        pytest.skip(reason)
    return path


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def desktop_entry() -> ConfigParser:
    parser = ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser


# ---------------------------------------------------------------- the distributions' validators


def test_desktop_file_passes_desktop_file_validate() -> None:
    tool = require_tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_passes_appstreamcli_validate() -> None:
    tool = require_tool("appstreamcli", "appstream")
    result = subprocess.run([tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


# ---------------------------------------------------------------- in step with the code


def test_desktop_file_is_named_after_the_app_id_and_uses_its_icon() -> None:
    entry = desktop_entry()["Desktop Entry"]
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == APP_NAME


def test_every_desktop_exec_line_is_a_valid_cli_command() -> None:
    parser = build_parser()
    entry = desktop_entry()
    for section in entry.sections():
        argv = shlex.split(entry[section]["Exec"])
        assert argv[0] == APP_NAME, section
        parser.parse_args(argv[1:])  # argparse exits (SystemExit) on an unknown command


def test_metainfo_names_the_app_id_desktop_file_and_version() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == APP_NAME
    releases = root.findall("releases/release")
    assert releases[0].get("version") == __version__
    assert releases[0].get("date") == "2026-11-21"


def test_metainfo_screenshots_exist_in_the_repo_with_the_stated_size() -> None:
    images = ET.parse(METAINFO).getroot().findall("screenshots/screenshot/image")
    assert images
    for image in images:
        url = (image.text or "").strip()
        assert url.startswith(SCREENSHOT_URL), url
        local = ROOT / url.removeprefix(SCREENSHOT_URL)
        assert local.is_file(), f"{url}: no {local.relative_to(ROOT)} in the repo"
        stated = (int(image.get("width", "0")), int(image.get("height", "0")))
        assert png_size(local.read_bytes()) == stated, url


# ---------------------------------------------------------------- icons


@pytest.mark.parametrize("size", PNG_SIZES)
def test_app_icon_png_has_its_size(size: int) -> None:
    path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert png_size(path.read_bytes()) == (size, size)


def test_windows_icon_holds_sizes_16_to_256() -> None:
    data = (ROOT / "packaging" / "windows" / "movebreak.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes


def test_macos_icon_is_an_icns_with_a_retina_size() -> None:
    data = (ROOT / "packaging" / "macos" / "movebreak.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    assert b"ic08" in data  # 256 px


def render_on(svg: Path, size: int, panel: str):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    assert renderer.isValid(), svg
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor(panel))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


@pytest.mark.parametrize("name", ["tray.svg", "tray-paused.svg"])
@pytest.mark.parametrize("size", [16, 22, 32])
@pytest.mark.parametrize(("panel", "luma"), [("#f2f2f2", 0xF2), ("#232629", 0x26)])
def test_tray_icon_stands_out_on_light_and_dark_panels(qapp, name: str, size: int, panel: str, luma: int) -> None:  # type: ignore[no-untyped-def]
    image = render_on(ICONS / name, size, panel)
    pixels = [image.pixelColor(x, y) for x in range(size) for y in range(size)]
    # A glyph reads when a good share of its pixels differ clearly in brightness from the panel.
    contrasting = sum(1 for c in pixels if abs(c.lightness() - luma) > 96)
    assert contrasting >= 0.08 * size * size, f"{name} at {size}px on {panel}: {contrasting} contrasting pixels"


@pytest.mark.parametrize("name", ["tray.svg", "tray-paused.svg"])
def test_tray_icon_is_monochrome(qapp, name: str) -> None:  # type: ignore[no-untyped-def]
    image = render_on(ICONS / name, 32, "#7f7f7f")
    for x in range(32):
        for y in range(32):
            c = image.pixelColor(x, y)
            assert max(c.red(), c.green(), c.blue()) - min(c.red(), c.green(), c.blue()) <= 2, (name, x, y)


# ---------------------------------------------------------------- macOS, Windows, Flatpak


def spec_info_plist() -> dict[str, object]:
    tree = ast.parse((ROOT / "packaging" / "pyinstaller" / "movebreak.spec").read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg == "info_plist" and isinstance(node.value, ast.Dict):
            plist: dict[str, object] = {}
            for key, value in zip(node.value.keys, node.value.values, strict=True):
                if isinstance(key, ast.Constant):
                    # Values computed in the spec (the version) are kept as source text.
                    plist[key.value] = value.value if isinstance(value, ast.Constant) else ast.unparse(value)
            return plist
    raise AssertionError("no info_plist={...} in the spec")


def test_macos_info_plist_is_tray_only_and_opts_out_of_app_nap() -> None:
    plist = spec_info_plist()
    assert plist["LSUIElement"] is True
    assert plist["LSAppNapIsDisabled"] is True


def inno_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in (ROOT / "packaging" / "windows" / "movebreak.iss").read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


def test_inno_setup_script_has_version_start_menu_entry_and_optional_autostart() -> None:
    sections = inno_sections()
    assert f'#define AppVersion "{__version__}"' in sections[""]
    assert f'#define AppId "{APP_ID}"' in sections[""]
    assert any(line.startswith('Name: "{group}\\{#AppName}"') for line in sections["Icons"])
    tasks = [line for line in sections["Tasks"] if line.startswith('Name: "autostart"')]
    assert tasks, sections["Tasks"]  # a task is a tick box on the installer's Tasks page
    run_keys = [line for line in sections["Registry"] if "CurrentVersion\\Run" in line]
    # The same Run value the app's own "Start at login" switch uses (runtime/autostart.py).
    assert run_keys and 'ValueName: "{#AppName}"' in run_keys[0] and "Tasks: autostart" in run_keys[0]
    assert 'Source: "..\\..\\dist\\movebreak\\*"' in sections["Files"][0]


def test_flatpak_manifest_lints() -> None:
    import json

    manifest_path = ROOT / "packaging" / "flatpak" / f"{APP_ID}.json"
    manifest = json.loads(manifest_path.read_text())
    assert manifest["id"] == APP_ID
    assert manifest["runtime"] == "org.kde.Platform" and manifest["runtime-version"].startswith("6.")
    assert manifest["sdk"] == "org.kde.Sdk"
    assert manifest["base"] == "io.qt.PySide.BaseApp"
    assert manifest["command"] == APP_NAME
    assert "--talk-name=org.freedesktop.Notifications" in manifest["finish-args"]
    assert "--talk-name=org.kde.StatusNotifierWatcher" in manifest["finish-args"]
    wheel = f"{APP_NAME}-{__version__}-py3-none-any.whl"
    for module in manifest["modules"]:
        for source in module["sources"]:
            path = (manifest_path.parent / source["path"]).resolve()
            if path.name.endswith(".whl"):
                assert path.name == wheel and path.parent == ROOT / "dist", source
                assert any(wheel in cmd for cmd in module["build-commands"])
            else:
                assert path.exists(), source


def test_flatpak_requirements_match_pyproject_minus_pyside() -> None:
    import tomllib

    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    expected = {d.split(";")[0].strip() for d in deps if not d.startswith(("PySide6", "tzdata"))}
    lines = (ROOT / "packaging" / "flatpak" / "requirements-flatpak.txt").read_text().splitlines()
    listed = {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    assert listed == expected


@pytest.mark.parametrize("name", ["tray", "tray-paused"])
def test_tray_pngs_are_the_svg_rendered(qapp, name: str) -> None:  # type: ignore[no-untyped-def]
    """The tray loads PNGs (no QtSvg in the idle app); they must match the SVG they came from.
    After editing an SVG: `.venv/bin/python tools/make_icons.py`."""
    from PySide6.QtGui import QColor, QImage, QPainter

    from movebreak.ui.tray import TRAY_SIZES, tray_icon

    assert not tray_icon(paused=name == "tray-paused").isNull()
    for size in TRAY_SIZES:
        png = QImage(str(ICONS / "tray" / f"{name}-{size}.png"))
        assert (png.width(), png.height()) == (size, size), f"{name}-{size}.png"
        svg = render_on(ICONS / f"{name}.svg", size, "#7f7f7f")
        flat = QImage(size, size, QImage.Format.Format_RGB32)
        flat.fill(QColor("#7f7f7f"))
        painter = QPainter(flat)
        painter.drawImage(0, 0, png)
        painter.end()
        worst = max(
            abs(flat.pixelColor(x, y).lightness() - svg.pixelColor(x, y).lightness())
            for x in range(size)
            for y in range(size)
        )
        assert worst <= 8, f"{name}-{size}.png differs from {name}.svg by {worst}; run tools/make_icons.py"
