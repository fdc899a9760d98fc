"""Renders every exercise's keyframes to PNG, light and dark, plus contact sheets, so a person
can look at them: python tools/render_exercises.py [--out DIR] [--ids a,b] [--size 240].

--blind DIR writes one unnamed keyframe strip per exercise (strip-01.png ...) in a shuffled
order, and the answer key to DIR/../blind-key.txt, for the blind check: a fresh reader gets
only the strips and names each movement (docs/illustrations.md)."""

from __future__ import annotations

import argparse
import os
import random
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication

from movebreak.domain.exercises import Exercise, PoseIllustration
from movebreak.storage.catalogue import load_catalogue
from movebreak.ui.figure import render_exercise_image


def contact_sheet(cells: list[tuple[str, list[QImage]]], path: Path, size: int, dark: bool) -> None:
    """One row per exercise: its name, then its keyframes side by side."""
    cols = max(len(images) for _, images in cells)
    label_h = 22
    per_row = 2  # exercises per sheet row
    rows = (len(cells) + per_row - 1) // per_row
    width = per_row * (cols * size + 16)
    sheet = QImage(width, rows * (size + label_h + 8), QImage.Format.Format_RGB32)
    sheet.fill(QColor("#232629" if dark else "#f4f2ee"))
    p = QPainter(sheet)
    p.setFont(QFont("DejaVu Sans", 10))
    p.setPen(QColor("#e8e6e3" if dark else "#26282b"))
    for n, (name, images) in enumerate(cells):
        x0 = (n % per_row) * (cols * size + 16)
        y0 = (n // per_row) * (size + label_h + 8)
        p.drawText(QRectF(x0 + 4, y0, cols * size, label_h), Qt.AlignmentFlag.AlignVCenter, name)
        for k, img in enumerate(images):
            p.drawImage(x0 + k * size, y0 + label_h, img)
        p.setPen(QColor("#888888"))
        p.drawRect(x0, y0 + label_h, len(images) * size - 1, size - 1)
        p.setPen(QColor("#e8e6e3" if dark else "#26282b"))
    p.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    sheet.save(str(path))


def strip_positions(ex: Exercise, most: int = 4) -> list[float]:
    """The frame positions a still strip shows: every keyframe, or for a long loop (a circle)
    `most` evenly spaced ones so the path still shows."""
    n = len(ex.illustration.frames)
    if n <= most:
        return [float(k) for k in range(n)]
    return [k * n / most for k in range(most)]


def strip_image(ex: Exercise, size: int, dark: bool) -> QImage:
    """The keyframes side by side, numbered, on the theme's background, with no name."""
    images = [render_exercise_image(ex, size, dark, pos) for pos in strip_positions(ex)]
    gap = 6
    strip = QImage(len(images) * (size + gap) - gap, size, QImage.Format.Format_RGB32)
    strip.fill(QColor("#232629" if dark else "#f4f2ee"))
    p = QPainter(strip)
    p.setFont(QFont("DejaVu Sans", 9))
    p.setPen(QColor("#9a9a9a"))
    for k, img in enumerate(images):
        p.drawImage(k * (size + gap), 0, img)
        p.drawText(QRectF(k * (size + gap) + 5, 3, 30, 16), Qt.AlignmentFlag.AlignLeft, str(k + 1))
    p.end()
    return strip


def write_blind(exercises: list[Exercise], out: Path, size: int, seed: int) -> Path:
    """One unnamed strip per exercise in a shuffled order; the key goes next to, not into,
    the folder the reader is given."""
    order = list(exercises)
    random.Random(seed).shuffle(order)
    out.mkdir(parents=True, exist_ok=True)
    key = []
    for n, ex in enumerate(order, 1):
        strip_image(ex, size, False).save(str(out / f"strip-{n:02d}.png"))
        key.append(f"{n:02d}\t{ex.id}\t{ex.name}")
    key_path = out.parent / f"{out.name}-key.txt"
    key_path.write_text("\n".join(key) + "\n", encoding="utf-8")
    return key_path


def overview_sheet(exercises: list[Exercise], path: Path, dark: bool, size: int = 110) -> None:
    """Every exercise in one picture: name over its strip, three exercises a row."""
    per_row, label_h, pad = 3, 18, 14
    strips = [(ex.name, strip_image(ex, size, dark)) for ex in exercises]
    cell_w = max(img.width() for _, img in strips) + pad
    rows = (len(strips) + per_row - 1) // per_row
    sheet = QImage(per_row * cell_w + pad, rows * (size + label_h + pad) + pad, QImage.Format.Format_RGB32)
    sheet.fill(QColor("#232629" if dark else "#f4f2ee"))
    p = QPainter(sheet)
    p.setFont(QFont("DejaVu Sans", 9))
    p.setPen(QColor("#e8e6e3" if dark else "#26282b"))
    for n, (name, img) in enumerate(strips):
        x0 = pad + (n % per_row) * cell_w
        y0 = pad + (n // per_row) * (size + label_h + pad)
        p.drawText(QRectF(x0, y0, cell_w, label_h), Qt.AlignmentFlag.AlignVCenter, name)
        p.drawImage(x0, y0 + label_h, img)
    p.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    sheet.save(str(path))


def render_prompt(ids: list[str], out: Path, dark: bool, dpr: float, index: int = 0, name: str = "") -> Path:
    """The prompt window for a routine of `ids`, showing item `index`, at a device pixel ratio."""
    from movebreak.domain.exercises import Routine, RoutineItem
    from movebreak.domain.routines import BOTH_SIDES
    from movebreak.ui.prompt import PromptWindow
    from movebreak.ui.theme import dark_palette, light_palette

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if dark else light_palette())
    catalogue = {e.id: e for e in load_catalogue(None)[0]}
    items: list[RoutineItem] = []
    for ident in ids:
        ex = catalogue[ident]
        # as the composer does it: both sides are one step
        items.append(RoutineItem(ex, BOTH_SIDES if ex.per_side else None, ex.seconds * (2 if ex.per_side else 1)))
    from movebreak.domain.routines import _title  # the same title the composer gives

    routine = Routine(_title(items, sum(i.seconds for i in items)), tuple(items))
    window = PromptWindow(routine, tick_ms=0)
    for _ in range(index):
        window.done()
    window.tick(7)
    window.figure.set_playing(False)
    window.figure.set_position(0.75)
    window.resize(window.sizeHint())
    window.show()
    app.processEvents()
    image = window.snapshot(dpr)
    name = name or f"prompt-{'dark' if dark else 'light'}-{dpr:g}x-{ids[min(index, len(ids) - 1)]}.png"
    out.mkdir(parents=True, exist_ok=True)
    image.save(str(out / name))
    window._done = True  # closing a screenshot is not the user skipping the routine
    window.close()
    return out / name


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default="build/exercises")
    ap.add_argument("--ids", default="")
    ap.add_argument("--size", type=int, default=240)
    ap.add_argument("--per-sheet", type=int, default=12)
    ap.add_argument("--mid", action="store_true", help="also render halfway between keyframes")
    ap.add_argument("--blind", default="", help="write unnamed, shuffled strips to this folder")
    ap.add_argument("--seed", type=int, default=15, help="the shuffle of --blind")
    ap.add_argument("--prompt", default="", help="comma-separated ids: render the prompt instead")
    ap.add_argument(
        "--screenshots",
        action="store_true",
        help="write the README's screenshots to docs/screenshots and every sheet to --out",
    )
    args = ap.parse_args(argv)
    _app = QApplication.instance() or QApplication([])
    if args.screenshots:
        docs = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
        shots = [
            (
                ["neck-side-tilt", "shoulder-shrugs", "look-far-20-20-20"],
                False,
                1.0,
                "prompt-light.png",
            ),
            (["wall-calf-stretch", "calf-raises", "eye-circles"], True, 1.0, "prompt-dark.png"),
            (["eye-circles", "palming"], False, 2.0, "prompt-light-2x.png"),
        ]
        for ids, dark, dpr, name in shots:
            print(render_prompt(ids, docs, dark, dpr, name=name))
        catalogue = load_catalogue(None)[0]
        for dark in (False, True):
            sheet = docs.parent / f"illustrations-{'dark' if dark else 'light'}.png"
            overview_sheet(catalogue, sheet, dark)
            print(sheet)
        sample = [
            "neck-side-tilt",
            "shoulder-rolls",
            "seated-cat-cow",
            "standing-quad-stretch",
            "wall-calf-stretch",
            "chest-opener",
            "wrist-circles",
            "fist-and-spread",
        ]
        by_id = {e.id: e for e in catalogue}
        cells = [
            (by_id[i].name, [render_exercise_image(by_id[i], 150, False, f) for f in strip_positions(by_id[i])])
            for i in sample
        ]
        contact_sheet(cells, docs / "exercises.png", 150, False)
        print(docs / "exercises.png")
    if args.blind:
        print(write_blind(load_catalogue(None)[0], Path(args.blind), args.size, args.seed))
        return 0
    if args.prompt:
        ids = [i for i in args.prompt.split(",") if i]
        for dark in (False, True):
            for dpr in (1.0, 2.0):
                print(render_prompt(ids, Path(args.out), dark, dpr))
        return 0
    exercises, problems = load_catalogue(None)
    for problem in problems:
        print(problem, file=sys.stderr)
    wanted = {i for i in args.ids.split(",") if i}
    exercises = [e for e in exercises if not wanted or e.id in wanted]
    out = Path(args.out)
    for dark in (False, True):
        theme = "dark" if dark else "light"
        cells: list[tuple[str, list[QImage]]] = []
        (out / theme).mkdir(parents=True, exist_ok=True)
        for ex in exercises:
            n = len(ex.illustration.frames)
            positions: list[float] = list(range(n))
            if args.mid and isinstance(ex.illustration, PoseIllustration):
                positions = [k / 2 for k in range(2 * n - 1)]
            images = []
            for pos in positions:
                img = render_exercise_image(ex, args.size, dark, pos)
                img.save(str(out / theme / f"{ex.id}-{pos:g}.png"))
                images.append(img)
            cells.append((f"{ex.name}  [{ex.id}; {', '.join(ex.areas)}; {ex.position}]", images))
        for start in range(0, len(cells), args.per_sheet):
            sheet = out / f"sheet-{theme}-{start // args.per_sheet + 1}.png"
            contact_sheet(cells[start : start + args.per_sheet], sheet, args.size, dark)
            print(sheet)
    print(f"{len(exercises)} exercises rendered to {out}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
