"""The figure renderer: every illustration renders with the accent, light and dark, 1x and 2x."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from movebreak.domain.exercises import PoseIllustration
from movebreak.storage.catalogue import load_catalogue
from movebreak.ui import figure_pose as fp
from movebreak.ui.figure import FigureWidget, paint_pose, render_exercise_image, render_exercise_png
from movebreak.ui.theme import dark_palette, figure_colors, light_palette

CATALOGUE, _ = load_catalogue(None)
BY_ID = {e.id: e for e in CATALOGUE}


def _count(image: QImage, color: QColor, tolerance: int = 40) -> int:
    """Pixels close to `color`, sampled every 2 px."""
    n = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if abs(c.red() - color.red()) + abs(c.green() - color.green()) + abs(c.blue() - color.blue()) < tolerance:
                n += 1
    return n


def _ink(image: QImage, background: QColor) -> int:
    return image.width() * image.height() // 4 - _count(image, background, 12)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_keyframe_renders_with_the_body_and_the_accent(qapp, dark):
    colors = figure_colors(dark_palette() if dark else light_palette())
    for ex in CATALOGUE:
        for frame in range(len(ex.illustration.frames)):
            image = render_exercise_image(ex, 120, dark=dark, frame=frame)
            assert _count(image, colors.accent) > 8, (ex.id, frame, "no accent")
            assert _count(image, colors.body) > 8, (ex.id, frame, "no body")


def test_keyframes_differ_so_the_movement_shows(qapp):
    for ex in CATALOGUE:
        first = render_exercise_image(ex, 96, frame=0)
        last = render_exercise_image(ex, 96, frame=len(ex.illustration.frames) - 1)
        assert first != last, ex.id


def test_figure_proportions_head_is_a_seventh_of_standing_height():
    ill = BY_ID["calf-raises"].illustration
    j = fp.solve(ill.pose(0), ill.view)
    height = j["ankle_r"][1] + fp.FOOT_R - (j["head"][1] - fp.HEAD_R)
    assert 6.5 <= height / (2 * fp.HEAD_R) <= 7.5


def test_dpr2_render_is_twice_the_pixels_and_as_sharp(qapp):
    ex = BY_ID["neck-side-tilt"]
    one = render_exercise_image(ex, 120, frame=1, dpr=1.0)
    two = render_exercise_image(ex, 120, frame=1, dpr=2.0)
    assert (two.width(), two.height()) == (240, 240) and two.devicePixelRatio() == 2.0
    bg = figure_colors(light_palette()).background
    # same drawing, four times the pixels: the ink area scales by about 4
    ratio = _ink(two, bg) / max(1, _ink(one, bg))
    assert 3.3 < ratio < 4.7


def test_render_png_writes_a_file(qapp, tmp_path):
    path = render_exercise_png(BY_ID["palming"], tmp_path / "p.png", size=100, dark=True, frame=1)
    image = QImage(str(path))
    assert image.width() == 100 and not image.isNull()


def test_pose_interpolation_passes_between_keyframes():
    ill = BY_ID["neck-side-tilt"].illustration
    first, last = ill.pose(0)["neck"], ill.pose(1)["neck"]
    assert first != last
    assert fp.pose_at(ill, 0.5)["neck"] == pytest.approx((first + last) / 2)
    positions = [fp.position_at(ill, t / 10) for t in range(40)]
    assert min(positions) == 0 and max(positions) == 1
    assert any(0 < p < 1 for p in positions)


def test_a_stretch_is_held_on_its_last_keyframe_longer_than_on_the_others():
    ill = BY_ID["neck-side-tilt"].illustration
    cycle = [fp.position_at(ill, t / 100) for t in range(int(100 * (2 * fp.MOVE_S + fp.REST_S + fp.HOLD_S)))]
    at_end = sum(1 for p in cycle if p == 1.0)
    at_start = sum(1 for p in cycle if p == 0.0)
    assert at_end > 2 * at_start > 0


def test_widget_animates_and_stops(qtbot):
    widget = FigureWidget()
    qtbot.addWidget(widget)
    widget.set_exercise(BY_ID["shoulder-rolls"], side="left")
    widget.set_playing(True)
    assert widget.is_playing()
    qtbot.waitUntil(lambda: widget.position > 0, timeout=3000)
    widget.set_playing(False)
    assert not widget.is_playing()
    widget.resize(240, 240)
    image = widget.grab().toImage()
    assert _count(image, figure_colors(widget.palette()).accent) > 8


def test_a_side_view_draws_the_far_arm_and_leg_shaded_back(qapp):
    colors = figure_colors(light_palette())
    for ident in ("chin-tuck", "hip-flexor-lunge", "seated-leg-extension"):
        image = render_exercise_image(BY_ID[ident], 240, frame=0)
        assert _count(image, colors.far, 20) > 30, ident


def test_every_seated_side_close_up_has_the_same_camera_and_so_do_the_whole_body_views():
    boxes: dict[tuple[str, str, str], set[tuple[float, float, float]]] = {}
    for ex in CATALOGUE:
        ill = ex.illustration
        if isinstance(ill, PoseIllustration):
            boxes.setdefault((ill.base, ill.view, ill.zoom), set()).add(fp.world_box(ill))
    assert len(boxes[("sit-side", "side", "upper")]) == 1
    assert len(boxes[("sit-front", "front", "upper")]) == 1
    assert boxes[("stand-side", "side", "body")] == {fp.STANDING_BOX}
    # seated whole-body views share the closer seated camera, except sitting down to stand up
    assert boxes[("sit-side", "side", "body")] == {fp.SEATED_BOX, fp.STANDING_BOX}
    assert fp.world_box(BY_ID["sit-to-stand"].illustration) == fp.STANDING_BOX


def test_a_standing_figure_fits_inside_its_camera_in_every_keyframe():
    for ex in CATALOGUE:
        ill = ex.illustration
        if not isinstance(ill, PoseIllustration) or ill.zoom != "body":
            continue
        cx, cy, side = fp.world_box(ill)
        for k in range(len(ill.frames)):
            j = fp.solve(ill.pose(k), ill.view)
            assert j["head"][1] - fp.HEAD_R > cy - side / 2, (ex.id, k, "head cut off")
            assert all(abs(x - cx) < side / 2 for x, _ in j.values()), (ex.id, k, "cut off at a side")


def test_circles_turn_through_eight_keyframes_so_the_path_shows():
    loops = [e for e in CATALOGUE if isinstance(e.illustration, PoseIllustration) and e.illustration.loop]
    assert {e.id for e in loops} >= {"wrist-circles", "shoulder-rolls", "ankle-circles", "eye-circles"}
    for ex in loops:
        assert len(ex.illustration.frames) >= 8, ex.id


def _render_pose(view: str, base: str, accent: tuple[str, ...], **pose: float) -> QImage:
    ill = PoseIllustration(view, base, (tuple(pose.items()),), (), accent, None, "upper")
    colors = figure_colors(light_palette())
    image = QImage(200, 200, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(colors.background)
    p = QPainter(image)
    paint_pose(p, QRectF(0, 0, 200, 200), ill, 0, colors)
    p.end()
    return image


def _mask(image: QImage, color: QColor) -> set[tuple[int, int]]:
    """The pixels close to `color`, moved so that their bounding box starts at (0, 0)."""
    pts = set()
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if abs(c.red() - color.red()) + abs(c.green() - color.green()) + abs(c.blue() - color.blue()) < 40:
                pts.add((x, y))
    x0, y0 = min(x for x, _ in pts), min(y for _, y in pts)
    return {(x - x0, y - y0) for x, y in pts}


def test_nod_keeps_the_face_level_while_the_neck_leans_so_a_chin_tuck_is_not_a_nod(qapp):
    accent = figure_colors(light_palette()).accent
    upright = _mask(_render_pose("side", "sit-side", ("head",), neck=0), accent)
    level = _mask(_render_pose("side", "sit-side", ("head",), neck=40, nod=-40), accent)
    tipped = _mask(_render_pose("side", "sit-side", ("head",), neck=40), accent)
    # the level head is the upright head moved; the tipped one is turned
    assert len(upright ^ level) < 0.2 * len(upright)  # antialiased edges differ a little
    assert len(upright ^ tipped) > 0.35 * len(upright)


def test_an_arm_marked_behind_goes_under_the_head_in_a_front_view(qapp):
    colors = figure_colors(light_palette())
    # the right forearm crosses the face from above: in front of it, or hidden behind it
    arm = {"ua_r": 4, "ua_r_len": 1.2, "fa_r": 250, "hd_r": 250}
    front = _render_pose("front", "stand-front", ("arm_r",), **arm)
    behind = _render_pose("front", "stand-front", ("arm_r",), behind_r=1, **arm)
    # the face: the head's centre is at world (0, 10); the upper camera is 70 units wide on
    # 200 px, centred on (0, 29)
    k = 200 / 70
    face = [(round(100 + x * k), round(100 + (y - 29) * k)) for x in range(-4, 5) for y in range(6, 15)]

    def lit(image: QImage) -> int:
        return sum(1 for x, y in face if image.pixelColor(x, y) == colors.accent)

    assert lit(front) >= 5
    assert lit(behind) == 0
    # the arm is still drawn where the head does not cover it
    assert _count(behind, colors.accent) > 8
