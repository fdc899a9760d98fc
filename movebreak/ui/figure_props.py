"""Paints the props around the figure as objects people recognise: a chair with seat, back and
legs, a desk with top and legs, a monitor with screen and stand, a wall as a surface and a
window with a view for looking far away. Solid shapes in the prop colour, surfaces in a tint."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF

from movebreak.domain.exercises import PoseIllustration
from movebreak.ui import figure_pose as fp
from movebreak.ui.theme import FigureColors, mix

Point = fp.Point
_LEG_W = 2.2


class _Props:
    def __init__(self, p: QPainter, colors: FigureColors) -> None:
        self.p = p
        self.solid = colors.prop
        self.tint = mix(colors.prop, colors.background, 0.6)
        self.background = colors.background

    def rect(self, x0: float, y0: float, x1: float, y1: float, color: QColor, r: float = 0.8) -> None:
        self.p.setPen(Qt.PenStyle.NoPen)
        self.p.setBrush(QBrush(color))
        self.p.drawRoundedRect(QRectF(min(x0, x1), min(y0, y1), abs(x1 - x0), abs(y1 - y0)), r, r)

    def poly(self, points: list[Point], color: QColor) -> None:
        self.p.setPen(Qt.PenStyle.NoPen)
        self.p.setBrush(QBrush(color))
        self.p.drawPolygon(QPolygonF([QPointF(*q) for q in points]))

    def bar(self, a: Point, b: Point, width: float, color: QColor | None = None) -> None:
        self.p.setPen(QPen(color or self.solid, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        self.p.drawLine(QPointF(*a), QPointF(*b))

    # ------------------------------------------------------------ objects

    def chair_side(self, x: float, seat: float) -> None:
        back_top = (x - 12.5, seat - 31)
        self.bar((x - 8.5, seat + 1), back_top, _LEG_W)
        # the backrest pad, in front of its post
        pad = [(x - 9.6, seat - 12), (x - 12.3, seat - 30.5), (x - 9.6, seat - 30.5), (x - 7.2, seat - 13)]
        self.poly(pad, self.solid)
        self.bar((x - 7, seat + 2), (x - 8, fp.FLOOR), _LEG_W)
        self.bar((x + 11, seat + 2), (x + 12, fp.FLOOR), _LEG_W)
        self.rect(x - 10, seat, x + 13, seat + 3, self.solid, 1.2)

    def chair_front(self, x: float, seat: float) -> None:
        self.rect(x - 13, seat - 36, x + 13, seat - 14, self.tint, 2.5)
        for side in (-1, 1):
            self.bar((x + side * 12, seat - 16), (x + side * 12, seat), _LEG_W, self.tint)
            self.bar((x + side * 13.5, seat + 2), (x + side * 14, fp.FLOOR), _LEG_W)
        self.poly([(x - 13, seat - 1.5), (x + 13, seat - 1.5), (x + 16, seat + 1), (x - 16, seat + 1)], self.tint)
        self.rect(x - 16, seat + 0.5, x + 16, seat + 3.2, self.solid, 1.0)

    def desk_side(self) -> None:
        self.bar((31, 63), (31, fp.FLOOR), _LEG_W + 0.4)
        self.bar((61, 63), (61, fp.FLOOR), _LEG_W + 0.4)
        self.bar((33, 75), (59, 75), 1.4, self.tint)  # the rail between the legs
        self.rect(27, 60, 66, 63.5, self.solid, 0.8)

    def monitor_side(self) -> None:
        # seen three-quarter from the user's side, so the screen shows as a screen
        # its top at the seated eye's height, as ergonomics guides place it
        self.rect(42, 58.5, 53, 60.2, self.solid, 0.8)
        self.bar((47.5, 59), (47.5, 53), 2.0)
        bezel = [(39.5, 39.0), (47.5, 36.5), (47.5, 55.5), (39.5, 54.5)]
        self.poly(bezel, self.solid)
        screen = [(40.8, 40.3), (46.2, 38.7), (46.2, 53.8), (40.8, 53.2)]
        self.poly(screen, self.tint)

    def wall(self, right: float, top: float) -> None:
        self.rect(40.5, top, right + 2, fp.FLOOR, self.tint, 0)
        self.bar((40, top), (40, fp.FLOOR), 1.6)
        self.rect(40, fp.FLOOR - 3.2, right + 2, fp.FLOOR, self.solid, 0)

    def window(self, right: float, top: float) -> None:
        """A window with hills and the sun in the picture's top right corner: far away."""
        x1, y0 = right - 3.0, top + 3.0
        x0, y1 = x1 - 19.0, y0 + 14.0
        self.rect(x0, y0, x1, y1, self.tint, 0.6)
        self.p.setPen(Qt.PenStyle.NoPen)
        self.p.setBrush(QBrush(self.solid))
        self.p.drawEllipse(QPointF(x1 - 5, y0 + 4.5), 2.2, 2.2)
        hills = QPainterPath(QPointF(x0, y1 - 4))
        hills.quadTo(QPointF(x0 + 5, y1 - 10), QPointF(x0 + 10, y1 - 6))
        hills.quadTo(QPointF(x0 + 14, y1 - 9), QPointF(x1, y1 - 7))
        hills.lineTo(QPointF(x1, y1))
        hills.lineTo(QPointF(x0, y1))
        hills.closeSubpath()
        self.p.drawPath(hills)
        frame = QPen(self.solid, 1.6)
        frame.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        self.p.setPen(frame)
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        self.p.drawRect(QRectF(x0, y0, x1 - x0, y1 - y0))
        self.bar((x0 - 1.5, y1 + 1.2), (x1 + 1.5, y1 + 1.2), 2.2)  # the sill


def paint_props(p: QPainter, ill: PoseIllustration, colors: FigureColors, box: tuple[float, float, float]) -> None:
    """The floor and the illustration's props, placed from the first keyframe's pose."""
    pose = ill.pose(0)
    x, y = pose["x"], pose["y"]
    seat = y + 4.5
    cx, cy, side = box
    props = _Props(p, colors)
    p.save()
    if "wall" in ill.props:
        props.wall(cx + side / 2, cy - side / 2 - 2)
    if "far" in ill.props:
        props.window(cx + side / 2, cy - side / 2)
    if ill.zoom == "body":
        props.rect(cx - side / 2 + 4, fp.FLOOR, cx + side / 2 - 4, fp.FLOOR + 2.2, props.tint, 1.0)
    for prop in ill.props:
        if prop == "chair" and ill.view == "side":
            props.chair_side(x, seat)
        elif prop == "chair":
            props.chair_front(x, seat)
        elif prop == "desk":
            props.desk_side()
        elif prop == "monitor":
            props.monitor_side()
    p.restore()
