"""Draws an exercise's illustration with QPainter: the data-driven figure (ui.figure_pose) or a
user's SVG keyframes, animated between keyframes in FigureWidget, or rendered to PNG."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QPainter,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QWidget

from movebreak.domain.exercises import Exercise, PoseIllustration, SvgIllustration
from movebreak.i18n import exercise_text, translate
from movebreak.ui import figure_body as fb
from movebreak.ui import figure_pose as fp
from movebreak.ui import figure_props as fprops
from movebreak.ui.theme import FigureColors, dark_palette, figure_colors, light_palette

_ARROW_W = 2.5


def _pen(color: QColor, width: float, dash: bool = False) -> QPen:
    pen = QPen(
        color,
        width,
        Qt.PenStyle.DashLine if dash else Qt.PenStyle.SolidLine,
        Qt.PenCapStyle.RoundCap,
        Qt.PenJoinStyle.RoundJoin,
    )
    if dash:
        pen.setDashPattern([1.2, 1.8])
    return pen


def _poly(points: Sequence[fp.Point]) -> QPolygonF:
    return QPolygonF([QPointF(x, y) for x, y in points])


def _arrow_head(p: QPainter, tip: fp.Point, before: fp.Point, color: QColor, halo: float, k: float) -> None:
    dx, dy = tip[0] - before[0], tip[1] - before[1]
    n = math.hypot(dx, dy) or 1.0
    ux, uy = dx / n, dy / n
    size = 5.2 * k
    base = (tip[0] - ux * size, tip[1] - uy * size)
    head = _poly(
        [
            (tip[0] + ux * k, tip[1] + uy * k),
            (base[0] - uy * size * 0.75, base[1] + ux * size * 0.75),
            (base[0] + uy * size * 0.75, base[1] - ux * size * 0.75),
        ]
    )
    p.setPen(_pen(color, 0.8 + halo))
    p.setBrush(QBrush(color))
    p.drawPolygon(head)


def _paint_arrow(p: QPainter, arrow: Sequence[fp.Point], both: bool, colors: FigureColors, k: float) -> None:
    """A bold accent arrow with a halo in the background colour, so it reads over anything.
    `k` scales world units so the arrow has one size on screen whatever the camera's zoom."""
    body = arrow[1:-1] if both else arrow[:-1]
    for color, extra in ((colors.background, 2.2 * k), (colors.accent, 0.0)):
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(_pen(color, _ARROW_W * k + extra))
        p.drawPolyline(_poly(body))
        _arrow_head(p, arrow[-1], arrow[-3], color, extra, k)
        if both:
            _arrow_head(p, arrow[0], arrow[2], color, extra, k)


def _draw_eyes(p: QPainter, pose: dict[str, float], head: fp.Point, colors: FigureColors) -> None:
    open_ = max(0.0, min(1.0, pose["eyes_open"]))
    for side in (-1, 1):
        cx, cy = head[0] + side * 2.6, head[1] - 0.2
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(colors.background))
        p.drawEllipse(QPointF(cx, cy), 1.9, 1.9 * max(0.12, open_))
        if open_ > 0.3:
            p.setBrush(QBrush(colors.accent))
            look = (cx + pose["look_x"] * 0.9, cy + pose["look_y"] * 0.9 * open_)
            p.drawEllipse(QPointF(*look), 1.05, 1.05 * open_)
        else:
            p.setPen(_pen(colors.accent, 0.7))
            p.drawLine(QPointF(cx - 1.8, cy), QPointF(cx + 1.8, cy))


def _paint_body(
    p: QPainter,
    j: dict[str, fp.Point],
    pose: dict[str, float],
    view: str,
    colors: FigureColors,
    accent: set[str],
) -> None:
    """The body in depth order: in a side view the far ("_l") limbs first, shaded back; in a
    front view the arms go over the trunk."""
    body = fb.Painter(p, colors, accent)
    scale = 1.0 - 0.45 * min(1.0, abs(pose["twist"]))
    if view == "side":
        body.arm(j, pose, "l", view, far=True)
        body.leg(j, "l", view, far=True)
        body.trunk(j, view, scale)
        body.leg(j, "r", view, far=False)
        body.head(j, pose, view)
        body.arm(j, pose, "r", view, far=False)
    else:
        # an arm reaching behind the back or the head goes under the trunk and the head
        behind = [s for s in ("l", "r") if pose[f"behind_{s}"] > 0.5]
        for s in behind:
            body.arm(j, pose, s, view, far=False)
        body.leg(j, "l", view, far=False)
        body.leg(j, "r", view, far=False)
        body.trunk(j, view, scale)
        body.head(j, pose, view)
        for s in ("l", "r"):
            if s not in behind:
                body.arm(j, pose, s, view, far=False)
    if "eyes" in accent and view == "front":
        _draw_eyes(p, pose, j["head"], colors)


def paint_pose(
    p: QPainter,
    rect: QRectF,
    ill: PoseIllustration,
    position: float,
    colors: FigureColors,
    mirror: bool = False,
) -> None:
    """Paint the figure at a frame position into `rect` (square-fitted, centred)."""
    cx, cy, side = fp.world_box(ill)
    scale = min(rect.width(), rect.height()) / side
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.translate(rect.center())
    p.scale(-scale if mirror else scale, scale)
    p.translate(-cx, -cy)
    p.setClipRect(QRectF(cx - side / 2, cy - side / 2, side, side))
    fprops.paint_props(p, ill, colors, (cx, cy, side))
    pose = fp.pose_at(ill, position)
    joints = fp.solve(pose, ill.view)
    accent = set(ill.accent)
    arrow = fp.arrow_path(ill)
    _paint_body(p, joints, pose, ill.view, colors, accent)
    if pose["gaze_len"] > 0.5:
        head = joints["head"]
        d = (math.sin(math.radians(pose["gaze"])), -math.cos(math.radians(pose["gaze"])))
        start = (head[0] + d[0] * (fp.HEAD_R + 2), head[1] + d[1] * (fp.HEAD_R + 2))
        end = (start[0] + d[0] * pose["gaze_len"], start[1] + d[1] * pose["gaze_len"])
        p.setPen(_pen(colors.accent, 1.5, dash=True))
        p.drawLine(QPointF(*start), QPointF(*end))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(colors.accent))
        p.drawEllipse(QPointF(*end), 1.6, 1.6)
    if len(arrow) > 1:
        both = ill.arrow is not None and ill.arrow.both
        k = max(0.45, side / 120.0)
        _paint_arrow(p, arrow, both, colors, k)
        if ill.arrow is not None and ill.arrow.mirror:
            mid = ill.pose(0)["x"]
            _paint_arrow(p, [(2 * mid - x, y) for x, y in arrow], both, colors, k)
    p.restore()


def paint_svg(p: QPainter, rect: QRectF, renderers: list[QSvgRenderer], position: float, loop: bool) -> None:
    """Cross-fade between a user's SVG keyframes."""
    n = len(renderers)
    if n == 0:
        return
    position = position % n if loop else max(0.0, min(n - 1.0, position))
    i = int(position)
    t = position - i
    side = min(rect.width(), rect.height())
    target = QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)
    p.save()
    p.setOpacity(1.0 - t if n > 1 else 1.0)
    renderers[i].render(p, target)
    if t > 0 and n > 1:
        p.setOpacity(t)
        renderers[(i + 1) % n].render(p, target)
    p.restore()


class FigureWidget(QWidget):
    """The animated illustration of one exercise, about a second per movement, eased."""

    def __init__(self, parent: QWidget | None = None, *, card: bool = True) -> None:
        super().__init__(parent)
        self._card = card
        self._exercise: Exercise | None = None
        self._mirror = False
        self._svgs: list[QSvgRenderer] = []
        self._position = 0.0
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setObjectName("figureAnimationTimer")
        self._timer.setInterval(33)
        self._timer.timeout.connect(self._advance)
        self.setMinimumSize(160, 160)
        self.setAccessibleName(translate("FigureWidget", "Exercise illustration"))

    def sizeHint(self) -> QSize:
        return QSize(240, 240)

    def set_exercise(self, exercise: Exercise | None, side: str | None = None) -> None:
        """Show an exercise; the left side of a per-side exercise is shown mirrored."""
        self._exercise = exercise
        self._mirror = side == "left"
        self._svgs = []
        ill = exercise.illustration if exercise else None
        if isinstance(ill, SvgIllustration):
            self._svgs = [r for r in (QSvgRenderer(f) for f in ill.frames) if r.isValid()]
        self._position = 0.0
        self._clock.restart()
        self.setToolTip(exercise_text(exercise.name) if exercise else "")
        self.update()

    def set_playing(self, playing: bool) -> None:
        if playing and not self._timer.isActive():
            self._clock.restart()
            self._timer.start()
        elif not playing:
            self._timer.stop()

    def is_playing(self) -> bool:
        return self._timer.isActive()

    @property
    def position(self) -> float:
        """Where the animation is in its loop (seconds)."""
        return self._position

    def set_position(self, position: float) -> None:
        """Show a fixed frame position (tests and screenshots)."""
        self._position = position
        self.update()

    def _advance(self) -> None:
        ill = self._exercise.illustration if self._exercise else None
        seconds = self._clock.elapsed() / 1000.0
        if isinstance(ill, PoseIllustration):
            self._position = fp.position_at(ill, seconds)
        elif isinstance(ill, SvgIllustration) and self._svgs:
            n = len(self._svgs)
            self._position = (seconds % n) if ill.loop else (seconds % max(1, 2 * (n - 1)))
            if not ill.loop and self._position > n - 1:
                self._position = 2 * (n - 1) - self._position
        self.update()

    def paintEvent(self, event: object) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        colors = figure_colors(self.palette())
        rect = QRectF(self.rect())
        if self._card:
            # the figure sits on a card of the palette's Base colour, which it also uses as
            # its own background (eye whites)
            card = self.palette().color(QPalette.ColorRole.Base)
            colors = replace(colors, background=card)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QBrush(card))
            p.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 10, 10)
            rect = rect.adjusted(6, 6, -6, -6)
        if self._exercise is not None:
            paint_exercise(p, rect, self._exercise, self._position, colors, self._mirror, self._svgs)
        p.end()


def paint_exercise(
    p: QPainter,
    rect: QRectF,
    exercise: Exercise,
    position: float,
    colors: FigureColors,
    mirror: bool = False,
    svgs: list[QSvgRenderer] | None = None,
) -> None:
    ill = exercise.illustration
    if isinstance(ill, PoseIllustration):
        paint_pose(p, rect, ill, position, colors, mirror)
    else:
        renderers = svgs if svgs is not None else [QSvgRenderer(f) for f in ill.frames]
        paint_svg(p, rect, [r for r in renderers if r.isValid()], position, ill.loop)


def render_exercise_image(
    exercise: Exercise,
    size: int = 240,
    dark: bool = False,
    frame: float = 0,
    dpr: float = 1.0,
    palette: QPalette | None = None,
) -> QImage:
    """The illustration at `frame` on the theme's window colour (never on transparency)."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("render_exercise_image needs a QGuiApplication")
    pal = palette or (dark_palette() if dark else light_palette())
    colors = figure_colors(pal)
    image = QImage(round(size * dpr), round(size * dpr), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(dpr)
    image.fill(colors.background)
    p = QPainter(image)
    paint_exercise(p, QRectF(0, 0, size, size), exercise, frame, colors)
    p.end()
    return image


def render_exercise_png(
    exercise: Exercise,
    path: Path | str,
    size: int = 240,
    dark: bool = False,
    frame: float = 0,
    dpr: float = 1.0,
) -> Path:
    image = render_exercise_image(exercise, size, dark, frame, dpr)
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out)):
        raise OSError(f"could not write {out}")
    return out
