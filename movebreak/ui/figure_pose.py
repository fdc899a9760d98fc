"""The figure's geometry, without Qt: pose (joint angles) -> joint points,
interpolation between keyframes, the motion arrow's path and the camera.

World units: the standing figure is about 100 tall (head 14 = 1/7), y grows downwards,
the floor is at y = 100 and the figure stands around x = 0."""

from __future__ import annotations

import functools
import math

from movebreak.domain.exercises import BASE_POSES, POSE_DEFAULTS, PoseIllustration

Point = tuple[float, float]
HEAD_R = 7.0
FOOT_R = 1.9  # the foot's half thickness under the ankle (ui.figure_body)
LENGTHS = {
    "torso": 32.0,
    "neck": 4.0,
    "ua": 16.0,
    "fa": 15.0,
    "hd": 5.0,
    "th": 23.0,
    "sh": 23.0,
    "ft": 8.0,
}
FLOOR = 100.0
_ANGLE_KEYS = {"torso", "neck", "gaze", "nod"} | {
    f"{s}_{side}" for s in ("ua", "fa", "hd", "th", "sh", "ft") for side in ("l", "r")
}


def _dir(angle: float) -> Point:
    r = math.radians(angle)
    return math.sin(r), -math.cos(r)


def _add(p: Point, v: Point, k: float = 1.0) -> Point:
    return p[0] + v[0] * k, p[1] + v[1] * k


def solve(pose: dict[str, float], view: str) -> dict[str, Point]:
    """Joint positions for a pose."""
    j: dict[str, Point] = {}
    pelvis = (pose["x"], pose["y"])
    tdir = _dir(pose["torso"])
    neck_base = _add(pelvis, tdir, LENGTHS["torso"] * pose["torso_len"])
    sc = _add(neck_base, tdir, -3.0)
    sc = (sc[0] + pose["shoulder_dx"], sc[1] - pose["shrug"])
    if view == "front":
        perp = (-tdir[1], tdir[0])
        half = 9.0 * (1.0 - 0.55 * min(1.0, abs(pose["twist"])))
        j["shoulder_l"], j["shoulder_r"] = _add(sc, perp, -half), _add(sc, perp, half)
        j["hip_l"], j["hip_r"] = (pelvis[0] - 5.0, pelvis[1]), (pelvis[0] + 5.0, pelvis[1])
    else:
        j["shoulder_l"] = j["shoulder_r"] = sc
        j["hip_l"] = j["hip_r"] = pelvis
    j["pelvis"], j["neck_base"] = pelvis, neck_base
    # the spine's control point: "spine" > 0 rounds the back (the middle moves backwards,
    # against the facing direction), < 0 arches it
    mid = _add(pelvis, tdir, LENGTHS["torso"] * pose["torso_len"] / 2)
    j["spine"] = (mid[0] + tdir[1] * pose["spine"], mid[1] - tdir[0] * pose["spine"])
    ndir = _dir(pose["neck"])
    j["neck"] = _add(neck_base, ndir, LENGTHS["neck"])
    j["head"] = _add(neck_base, ndir, LENGTHS["neck"] + HEAD_R - 1.0)
    for side in ("l", "r"):

        def seg(start: Point, name: str, side: str = side) -> Point:
            key = f"{name}_{side}"
            return _add(start, _dir(pose[key]), LENGTHS[name] * pose[f"{key}_len"])

        j[f"elbow_{side}"] = seg(j[f"shoulder_{side}"], "ua")
        j[f"wrist_{side}"] = seg(j[f"elbow_{side}"], "fa")
        j[f"hand_{side}"] = seg(j[f"wrist_{side}"], "hd")
        j[f"knee_{side}"] = seg(j[f"hip_{side}"], "th")
        j[f"ankle_{side}"] = seg(j[f"knee_{side}"], "sh")
        j[f"toe_{side}"] = seg(j[f"ankle_{side}"], "ft")
    return j


# ---------------------------------------------------------------- time


def _ease(t: float) -> float:
    return 0.5 - 0.5 * math.cos(math.pi * max(0.0, min(1.0, t)))


def blend(a: dict[str, float], b: dict[str, float], t: float) -> dict[str, float]:
    out = {}
    for k, va in a.items():
        vb = b.get(k, va)
        if k in _ANGLE_KEYS:
            d = (vb - va + 180.0) % 360.0 - 180.0
            out[k] = va + d * t
        else:
            out[k] = va + (vb - va) * t
    return out


def pose_at(ill: PoseIllustration, position: float) -> dict[str, float]:
    """The pose at a continuous frame position: 1.5 is halfway between keyframes 1 and 2.
    Looping illustrations wrap from the last frame back to the first."""
    n = len(ill.frames)
    position = position % n if ill.loop else max(0.0, min(n - 1.0, position))
    i = math.floor(position)
    nxt = (i + 1) % n if ill.loop else min(i + 1, n - 1)
    return blend(ill.pose(i), ill.pose(nxt), position - i)


MOVE_S = 0.9  # one movement between keyframes, eased
REST_S = 0.4  # a pause on each keyframe, so each pose registers
HOLD_S = 1.6  # the pause on the last keyframe: that is the stretch being held


def position_at(ill: PoseIllustration, seconds: float) -> float:
    """Where the animation is after `seconds`. A looping one turns at one frame per 0.3 s
    (a circle with 8 keyframes takes 2.4 s). A back-and-forth one eases between keyframes,
    pauses briefly on each and holds on the last one, as the person holds the stretch."""
    n = len(ill.frames)
    if ill.loop:
        return (seconds / 0.3) % n
    # the timeline: rest, move, rest, ... hold at the end, then move back
    steps: list[tuple[float, float, float]] = []  # (duration, from, to)
    for i in range(n - 1):
        steps.append((REST_S, i, i))
        steps.append((MOVE_S, i, i + 1))
    steps.append((HOLD_S, n - 1, n - 1))
    for i in range(n - 1, 0, -1):
        steps.append((MOVE_S, i, i - 1))
        if i > 1:
            steps.append((REST_S, i - 1, i - 1))
    t = seconds % sum(d for d, _, _ in steps)
    for duration, start, end in steps:
        if t < duration:
            return start + (end - start) * _ease(t / duration)
        t -= duration
    return 0.0


@functools.lru_cache(maxsize=64)
def arrow_path(ill: PoseIllustration) -> tuple[Point, ...]:
    """The motion arrow's polyline, start to end (cached: the prompt paints 30 times a second)."""
    arrow = ill.arrow
    if arrow is None:
        return ()
    if arrow.center is not None:
        cx, cy = arrow.center
        steps = 28
        return tuple(
            _add((cx, cy), _dir(arrow.start + (arrow.end - arrow.start) * k / steps), arrow.radius)
            for k in range(steps + 1)
        )
    joint = arrow.joint or "head"
    last = len(ill.frames) - 1
    pts = [solve(pose_at(ill, last * k / 24), ill.view)[joint] for k in range(25)]
    body = solve(ill.pose(0), ill.view)
    centre = (
        (body["pelvis"][0] + body["neck_base"][0]) / 2,
        (body["pelvis"][1] + body["neck_base"][1]) / 2,
    )
    mid = pts[len(pts) // 2]
    away = (mid[0] - centre[0], mid[1] - centre[1])
    norm = math.hypot(*away) or 1.0
    shift = arrow.shift or (away[0] / norm * arrow.offset, away[1] / norm * arrow.offset)
    pts = [(p[0] + shift[0], p[1] + shift[1]) for p in pts]
    # trim the ends so the arrow does not touch the limb at its end poses
    return tuple(pts[2:-2] if len(pts) > 6 else pts)


# ---------------------------------------------------------------- framing

# (centre x, centre y, side) of the two whole-body cameras
STANDING_BOX = (0.0, 46.0, 120.0)
SEATED_BOX = (13.0, 61.0, 90.0)


@functools.lru_cache(maxsize=64)
def world_box(ill: PoseIllustration) -> tuple[float, float, float]:
    """(centre x, centre y, side) of the square of the world the picture shows."""
    if ill.zoom == "body":
        # a seated whole-body view gets the closer seated camera unless someone stands up in it
        heads = [solve(ill.pose(k), ill.view)["head"][1] - HEAD_R for k in range(len(ill.frames))]
        seated = ill.base.startswith("sit") and min(heads) > SEATED_BOX[1] - SEATED_BOX[2] / 2
        return SEATED_BOX if seated else STANDING_BOX
    # one camera per view: framed on the base pose, never on the exercise's own first frame,
    # so every seated side close-up has the same scale and crop
    j = solve({**POSE_DEFAULTS, **BASE_POSES[ill.base]}, ill.view)
    if ill.zoom == "upper":
        return (
            j["neck_base"][0] + (11.0 if ill.view == "side" else 0.0),
            j["neck_base"][1] + 9.0,
            70.0,
        )
    return j["head"][0], j["head"][1] + 5.0, 40.0
