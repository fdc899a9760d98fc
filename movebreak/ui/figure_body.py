"""Paints the figure as a body, not a stick: tapered limbs, a torso with chest and pelvis, a head
that shows which way it faces, hands with a thumb, and feet. Works on the joints from
ui.figure_pose; everything is a filled silhouette with thin cut lines in the background colour,
so one style reads the same on light and dark themes."""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF

from movebreak.ui import figure_pose as fp
from movebreak.ui.theme import FigureColors, mix

Point = fp.Point
CUT = 0.9  # width of the background-coloured line that separates overlapping parts
# (start radius, end radius) of each segment, in world units (the standing figure is 100 tall)
RADII = {
    "ua": (3.1, 2.5),
    "fa": (2.4, 1.7),
    "th": (4.6, 3.3),
    "sh": (3.2, 2.0),
    "neck": (2.5, 2.5),
}
# Torso half-widths along the spine (t: 0 = hip joint, 1 = neck base): (t, back, front) for a
# side view, (t, half width) for a front view.
_SIDE_TORSO = (
    (-0.16, 2.5, 2.0),
    (-0.06, 5.6, 4.0),
    (0.1, 6.4, 5.0),
    (0.38, 4.8, 4.6),
    (0.62, 5.0, 5.8),
    (0.8, 5.4, 6.6),
    (0.93, 4.8, 4.6),
    (1.02, 2.6, 2.4),
)
_FRONT_TORSO = ((-0.14, 4.0), (0.0, 7.6), (0.3, 6.4), (0.45, 6.3), (0.72, 7.8), (0.9, 8.6),
                (1.0, 6.2), (1.05, 2.8))  # fmt: skip


def _dir(angle: float) -> Point:
    r = math.radians(angle)
    return math.sin(r), -math.cos(r)


def _angle(a: Point, b: Point) -> float:
    return math.degrees(math.atan2(b[0] - a[0], -(b[1] - a[1])))


def _at(p: Point, angle: float, k: float) -> Point:
    d = _dir(angle)
    return p[0] + d[0] * k, p[1] + d[1] * k


def _area(points: Sequence[Point]) -> float:
    n = len(points)
    return sum(points[k][0] * points[(k + 1) % n][1] - points[(k + 1) % n][0] * points[k][1] for k in range(n)) / 2


_DISC = QPainterPath()
_DISC.addEllipse(QPointF(0, 0), 1, 1)
# the winding of Qt's ellipses; every polygon is added the same way round, so that in a
# WindingFill path overlapping parts add up to their union instead of cancelling to a hole
_ELLIPSE_SIGN = math.copysign(1.0, _area([(q.x(), q.y()) for q in _DISC.toFillPolygon()]))


def _add_polygon(path: QPainterPath, points: Sequence[Point]) -> None:
    pts = [QPointF(*q) for q in points]
    if math.copysign(1.0, _area(points)) != _ELLIPSE_SIGN:
        pts.reverse()
    path.addPolygon(QPolygonF(pts))
    path.closeSubpath()


class Shape:
    """One visual part: a single WindingFill path (the union of its discs and polygons, at a
    fraction of the cost of QPainterPath.united()) and the halos that are filled in the
    background colour under it, which cut it free from whatever it overlaps."""

    def __init__(self, path: QPainterPath, halos: Sequence[QPainterPath] = ()) -> None:
        path.setFillRule(Qt.FillRule.WindingFill)
        self.path = path
        self.halos = list(halos)

    @staticmethod
    def outlined(path: QPainterPath) -> Shape:
        """A shape whose halo is its outline stroked CUT wide on either side."""
        stroker = QPainterPathStroker()
        stroker.setWidth(CUT * 2)
        stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return Shape(path, [stroker.createStroke(path)])

    def united(self, other: Shape) -> Shape:
        path = QPainterPath(self.path)
        path.addPath(other.path)
        return Shape(path, self.halos + other.halos)


def disc(c: Point, rx: float, ry: float | None = None) -> Shape:
    def build(grow: float) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(*c), rx + grow, (ry if ry is not None else rx) + grow)
        return path

    return Shape(build(0.0), [build(CUT)])


def capsule(a: Point, b: Point, ra: float, rb: float) -> Shape:
    """A tapered limb segment: two discs joined by their outer tangents."""
    return Shape(_capsule_path(a, b, ra, rb), [_capsule_path(a, b, ra + CUT, rb + CUT)])


def _capsule_path(a: Point, b: Point, ra: float, rb: float) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    path.addEllipse(QPointF(*a), ra, ra)
    path.addEllipse(QPointF(*b), rb, rb)
    dx, dy = b[0] - a[0], b[1] - a[1]
    d = math.hypot(dx, dy)
    if d < 1e-6 or d <= abs(ra - rb):
        return path
    ux, uy = dx / d, dy / d
    # the tangent touches each disc a little off the perpendicular when the radii differ
    s = (ra - rb) / d
    c = math.sqrt(max(0.0, 1 - s * s))
    ends = []
    for sign in (1, -1):
        nx, ny = s * ux - sign * c * uy, s * uy + sign * c * ux
        ends.append(((a[0] + nx * ra, a[1] + ny * ra), (b[0] + nx * rb, b[1] + ny * rb)))
    (a1, b1), (a2, b2) = ends
    _add_polygon(path, [a1, b1, b2, a2])
    return path


def _bezier(p0: Point, c: Point, p1: Point, t: float) -> tuple[Point, Point]:
    """Point and unit tangent of a quadratic curve at t (extrapolated straight outside 0..1)."""
    tt = max(0.0, min(1.0, t))
    x = (1 - tt) ** 2 * p0[0] + 2 * (1 - tt) * tt * c[0] + tt**2 * p1[0]
    y = (1 - tt) ** 2 * p0[1] + 2 * (1 - tt) * tt * c[1] + tt**2 * p1[1]
    tx = 2 * (1 - tt) * (c[0] - p0[0]) + 2 * tt * (p1[0] - c[0])
    ty = 2 * (1 - tt) * (c[1] - p0[1]) + 2 * tt * (p1[1] - c[1])
    n = math.hypot(tx, ty) or 1.0
    tx, ty = tx / n, ty / n
    if t != tt:
        length = math.dist(p0, p1)
        x, y = x + tx * (t - tt) * length, y + ty * (t - tt) * length
    return (x, y), (tx, ty)


def torso_path(j: dict[str, Point], view: str, shoulder_scale: float) -> Shape:
    """The trunk from pelvis to neck base along the (possibly curved) spine."""
    p0, c, p1 = j["pelvis"], j["spine"], j["neck_base"]
    left: list[Point] = []
    right: list[Point] = []
    rows: list[tuple[float, float, float]] = list(_SIDE_TORSO)
    if view != "side":
        rows = []
        for t, w in _FRONT_TORSO:
            w *= shoulder_scale if t > 0.6 else 1.0
            rows.append((t, w, w))
    # smooth between the rows so the outline has no corners
    samples: list[tuple[float, float, float]] = []
    for (t0, b0, f0), (t1, b1, f1) in pairwise(rows):
        for k in range(4):
            u = k / 4
            e = 0.5 - 0.5 * math.cos(math.pi * u)
            samples.append((t0 + (t1 - t0) * u, b0 + (b1 - b0) * e, f0 + (f1 - f0) * e))
    samples.append(rows[-1])
    for t, back, front in samples:
        (x, y), (tx, ty) = _bezier(p0, c, p1, t)
        # forward is the spine direction turned a quarter clockwise (side views face right)
        fx, fy = -ty, tx
        right.append((x + fx * front, y + fy * front))
        left.append((x - fx * back, y - fy * back))
    path = QPainterPath()
    _add_polygon(path, right + left[::-1])
    return Shape.outlined(path)


def _smooth(points: Sequence[Point]) -> QPainterPath:
    path = QPainterPath(QPointF(*points[0]))
    for a, b in pairwise(points[1:]):
        path.quadTo(QPointF(*a), QPointF((a[0] + b[0]) / 2, (a[1] + b[1]) / 2))
    path.lineTo(QPointF(*points[-1]))
    return path


class Painter:
    """Paints one figure: fill colour per part, a background cut line around each shape."""

    def __init__(self, p: QPainter, colors: FigureColors, accent: set[str]) -> None:
        self.p, self.colors, self.accent = p, colors, accent

    def color(self, part: str, far: bool) -> QColor:
        lit = part in self.accent
        if far:
            return self.colors.accent_far if lit else self.colors.far
        return self.colors.accent if lit else self.colors.body

    def fill(self, shape: Shape, color: QColor, cut: bool = True) -> None:
        if cut:
            ground = QBrush(self.colors.background)
            for halo in shape.halos:
                self.p.fillPath(halo, ground)
        self.p.fillPath(shape.path, QBrush(color))

    def line(self, points: Sequence[Point], width: float, color: QColor | None = None) -> None:
        self.p.setPen(QPen(color or self.colors.background, width, Qt.PenStyle.SolidLine,
                           Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))  # fmt: skip
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        self.p.drawPath(_smooth(points))

    def dot(self, c: Point, r: float, color: QColor | None = None) -> None:
        self.p.setPen(Qt.PenStyle.NoPen)
        self.p.setBrush(QBrush(color or self.colors.background))
        self.p.drawEllipse(QPointF(*c), r, r)

    def hair(self, head: Shape, line: list[Point], around: list[Point], col: QColor) -> None:
        """The head's part beyond `line` (closed round the outside by `around`) in a darker
        tone of the head's colour, with a cut line along the hairline."""
        region = QPainterPath(QPointF(*line[0]))
        for q in [*line[1:], *around]:
            region.lineTo(QPointF(*q))
        region.closeSubpath()
        light_theme = self.colors.background.lightness() > col.lightness()
        tone = col.darker(145) if light_theme else mix(col, self.colors.background, 0.4)
        self.p.save()
        self.p.setClipPath(region, Qt.ClipOperation.IntersectClip)
        self.fill(head, tone, cut=False)
        self.p.restore()
        self.line(line, 0.6)

    # ------------------------------------------------------------ parts

    def arm(self, j: dict[str, Point], pose: dict[str, float], s: str, view: str, far: bool) -> None:
        col = self.color(f"arm_{s}", far)
        sh, el, wr = j[f"shoulder_{s}"], j[f"elbow_{s}"], j[f"wrist_{s}"]
        path = capsule(sh, el, *RADII["ua"]).united(capsule(el, wr, *RADII["fa"]))
        self.fill(path, col)
        hand_col = self.color(f"hand_{s}", far) if f"hand_{s}" in self.accent else col
        self.hand(wr, j[f"hand_{s}"], pose, s, view, hand_col)

    def hand(self, wr: Point, tip: Point, pose: dict[str, float], s: str, view: str,
             col: QColor) -> None:  # fmt: skip
        ang = _angle(wr, tip)
        length = math.dist(wr, tip)
        spread = max(0.0, min(1.0, pose.get(f"fingers_{s}", 0.0)))
        # the thumb sits forward-and-up in a side view, outward in a front view
        options = (ang - 55, ang + 55)
        if view == "side":
            thumb_ang = max(options, key=lambda a: _dir(a)[0] - _dir(a)[1])
        else:
            outward = -1.0 if s == "l" else 1.0
            thumb_ang = max(options, key=lambda a: _dir(a)[0] * outward)
        if length < 4.4 and spread < 0.05:
            # a fist: a ball with the thumb folded across it
            centre = _at(wr, ang, 2.2)
            path = capsule(wr, centre, 1.7, 2.6)
            self.fill(path, col)
            self.line([_at(centre, thumb_ang, 2.2), _at(centre, ang, 1.2)], 0.7)
            return
        palm_end = _at(wr, ang, length * 0.6 if spread > 0.05 else length * 0.55)
        path = capsule(wr, palm_end, 1.7, 2.1)
        thumb_len = 3.0 + 1.2 * spread
        t_ang = thumb_ang + (25 if thumb_ang > ang else -25) * spread
        path = path.united(capsule(_at(wr, ang, 1.0), _at(_at(wr, ang, 1.0), t_ang, thumb_len),
                                   1.0, 0.8))  # fmt: skip
        if spread > 0.05:
            for k in (-1.5, -0.5, 0.5, 1.5):
                a = ang + k * 16 * spread
                path = path.united(capsule(palm_end, _at(palm_end, a, 3.6), 0.75, 0.6))
            if spread > 0.5 and col == self.colors.accent:
                # short rays past the fingertips say "spread wide"
                for k in (-2.2, 0.0, 2.2):
                    a = ang + k * 16 * spread
                    self.line([_at(palm_end, a, 5.6), _at(palm_end, a, 7.4)], 0.7, col)
        else:
            path = path.united(capsule(palm_end, tip, 1.9, 1.3))
        self.fill(path, col)

    def leg(self, j: dict[str, Point], s: str, view: str, far: bool) -> None:
        col = self.color(f"leg_{s}", far)
        hip, knee, ankle = j[f"hip_{s}"], j[f"knee_{s}"], j[f"ankle_{s}"]
        th = RADII["th"] if view == "side" else (4.2, 3.2)
        path = capsule(hip, knee, *th).united(capsule(knee, ankle, *RADII["sh"]))
        foot_col = self.color(f"foot_{s}", far) if f"foot_{s}" in self.accent else col
        toe = j[f"toe_{s}"]
        fa = _angle(ankle, toe)
        if view == "side":
            heel = _at(_at(ankle, fa, -1.6), fa + 90, 0.6)
            foot = capsule(heel, toe, 1.9, 1.2).united(capsule(ankle, _at(ankle, fa, 2.5), 2.0, 1.9))
        else:
            foot = capsule(ankle, toe, 1.9, 2.0)
        if foot_col == col:
            self.fill(path.united(foot), col)
        else:
            self.fill(path, col)
            self.fill(foot, foot_col)

    def trunk(self, j: dict[str, Point], view: str, shoulder_scale: float) -> None:
        # the neck first and without a cut line, so it grows out of the trunk into the head
        neck = capsule(_at(j["neck_base"], _angle(j["neck"], j["neck_base"]), 2.0), j["neck"], *RADII["neck"])
        self.fill(neck, self.color("neck", False), cut=False)
        col = self.color("torso", False)
        body = torso_path(j, view, shoulder_scale)
        if view == "front":
            # shoulders: the top of the trunk spans both shoulder joints
            body = body.united(capsule(j["shoulder_l"], j["shoulder_r"], 3.1, 3.1))
        self.fill(body, col)
        if "shoulders" in self.accent:
            sh = (capsule(j["shoulder_l"], j["neck_base"], 3.2, 2.6)
                  .united(capsule(j["neck_base"], j["shoulder_r"], 2.6, 3.2)))  # fmt: skip
            if view == "side":
                sh = capsule(_at(j["shoulder_r"], _angle(j["pelvis"], j["neck_base"]), 1.0),
                             _at(j["shoulder_r"], _angle(j["pelvis"], j["neck_base"]), -6), 3.6, 3.2)  # fmt: skip
            self.fill(sh, self.colors.accent, cut=False)
        if "hips" in self.accent:
            self.fill(capsule(j["hip_l"], j["hip_r"], 5.0, 5.0), self.colors.accent, cut=False)

    def head(self, j: dict[str, Point], pose: dict[str, float], view: str) -> None:
        col = self.color("head", False)
        c = j["head"]
        up = pose["neck"] + pose["nod"]
        r = fp.HEAD_R
        if view == "side":
            # a skull with a jaw and a nose towards the facing direction (right)
            path = disc(c, r).united(capsule(_at(c, up + 180, 1.0), _at(c, up + 128, 4.3), 4.6, 3.0))
            nose = QPainterPath()
            _add_polygon(nose, [_at(c, up + 70, r - 0.6), _at(_at(c, up + 96, r), up + 110, 1.8),
                                _at(c, up + 118, r - 0.8)])  # fmt: skip
            path = path.united(Shape(nose))
            self.fill(path, col)
            # hair over the crown and the back of the head, so the face side reads at once
            hairline = [_at(c, up + 62, r), _at(c, up + 20, 3.2), _at(c, up - 60, 2.4),
                        _at(c, up - 120, 3.6), _at(c, up - 150, r + 0.4)]  # fmt: skip
            self.hair(path, hairline, [_at(c, a, r + 4) for a in (up - 150, up - 90, up, up + 62)], col)
            ear = _at(c, up - 95, 0.6)
            self.line([_at(ear, up - 20, 1.7), _at(ear, up + 60, 1.8), _at(ear, up + 160, 1.6)], 0.7)
            self.dot(_at(c, up + 72, 4.0), 0.85)
            return
        path = disc(c, r * 0.92, r)
        for side in (-1, 1):
            path = path.united(
                capsule(_at(c, up + side * 90, r * 0.88), _at(c, up + side * 90 + 30, r * 0.8), 1.5, 1.2)
            )
        self.fill(path, col)
        # a fringe high on the forehead, parted to one side, so the face stays open
        fringe = [_at(c, up - 70, r * 0.95), _at(_at(c, up, 3.6), up - 90, 2.6),
                  _at(_at(c, up, 4.1), up + 90, 1.2), _at(c, up + 72, r * 0.95)]  # fmt: skip
        self.hair(path, fringe, [_at(c, a, r + 4) for a in (up + 78, up + 30, up - 30, up - 76)], col)
        if "eyes" not in self.accent:
            for side in (-1, 1):
                self.dot(_at(_at(c, up + 180, 0.6), up + 90, side * 2.6), 0.85)
            mouth = _at(c, up + 180, 3.9)
            self.line([_at(mouth, up - 90, 1.4), _at(mouth, up + 180, 0.5), _at(mouth, up + 90, 1.4)], 0.6)
