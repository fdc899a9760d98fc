"""Renders the app icon SVG to PNGs (16-256 px), a Windows .ico and a macOS .icns, and the
tray icon SVGs to PNGs (16-64 px).

Run from the repo root: `.venv/bin/python tools/make_icons.py`. The outputs are
committed, so building a package never needs Qt's SVG renderer at build time.
`--preview FILE` also writes a contact sheet of the tray icons at 16/22/32 px on
light, mid-grey and dark panels, magnified, to judge them by eye.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "assets" / "icons"
APP_ID = "io.github.movebreak.Movebreak"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size.
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}
TRAY_SIZES = (16, 22, 24, 32, 48, 64)  # the tray loads these PNGs, so the idle app never loads QtSvg
PANELS = (("light", "#f2f2f2"), ("mid", "#7f7f7f"), ("dark", "#232629"))


def render(svg: Path, size: int, background: QColor | None = None) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(background if background is not None else Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def write_ico(path: Path, images: dict[int, bytes]) -> None:
    """An ICO whose entries are PNG streams (valid since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in sorted(images.items()):
        # A size byte of 0 means 256.
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    path.write_bytes(header + entries + blobs)


def write_icns(path: Path, images: dict[int, bytes]) -> None:
    body = b""
    for size, blob in sorted(images.items()):
        body += ICNS_TYPES[size] + struct.pack(">I", 8 + len(blob)) + blob
    path.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


def preview(out: Path) -> None:
    """Tray icons on three panel colours, each size magnified 6x with hard pixels."""
    svgs = [ICONS / "tray.svg", ICONS / "tray-paused.svg", ICONS / "movebreak.svg"]
    sizes = (16, 22, 32)
    scale, pad = 6, 12
    cell = 32 * scale + pad
    sheet = QImage(
        pad + cell * len(sizes) * len(svgs),
        pad + cell * len(PANELS),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    sheet.fill(QColor("#ffffff"))
    painter = QPainter(sheet)
    for row, (_name, colour) in enumerate(PANELS):
        for col_svg, svg in enumerate(svgs):
            for col_size, size in enumerate(sizes):
                image = render(svg, size, QColor(colour))
                big = image.scaled(size * scale, size * scale, mode=Qt.TransformationMode.FastTransformation)
                x = pad + cell * (col_svg * len(sizes) + col_size)
                y = pad + cell * row
                painter.fillRect(x, y, 32 * scale, 32 * scale, QColor(colour))
                painter.drawImage(x, y, big)
    painter.end()
    sheet.save(str(out))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--preview", type=Path, help="also write a contact sheet PNG here")
    args = parser.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    app_svg = ICONS / "movebreak.svg"
    png_dir = ICONS / "hicolor"
    pngs: dict[int, bytes] = {}
    for size in (*PNG_SIZES, 512):
        pngs[size] = png_bytes(render(app_svg, size))
    for size in PNG_SIZES:
        target = png_dir / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
    for name in ("tray", "tray-paused"):
        for size in TRAY_SIZES:
            target = ICONS / "tray" / f"{name}-{size}.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(png_bytes(render(ICONS / f"{name}.svg", size)))
    windows = ROOT / "packaging" / "windows"
    macos = ROOT / "packaging" / "macos"
    windows.mkdir(parents=True, exist_ok=True)
    macos.mkdir(parents=True, exist_ok=True)
    write_ico(windows / "movebreak.ico", {s: pngs[s] for s in ICO_SIZES})
    write_icns(macos / "movebreak.icns", {s: pngs[s] for s in ICNS_TYPES})
    print(f"make_icons: wrote {len(PNG_SIZES)} PNGs under {png_dir.relative_to(ROOT)}, .ico, .icns")
    if args.preview:
        preview(args.preview)
        print(f"make_icons: preview sheet {args.preview}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
