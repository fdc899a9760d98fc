"""Exercises and routines as plain data: the catalogue entry, its illustration, a routine.
Reading an entry from its TOML mapping is in movebreak.domain.exercise_parse, composing a
routine in movebreak.domain.routines. Pure: no Qt, no files."""

from __future__ import annotations

from dataclasses import dataclass

# fmt: off
POSITIONS: tuple[str, ...] = ("seated", "standing")
VIEWS: tuple[str, ...] = ("front", "side")
ZOOMS: tuple[str, ...] = ("body", "upper", "head")
PROPS: tuple[str, ...] = ("chair", "desk", "wall", "monitor", "far")
# Parts the renderer can draw in the accent colour.
PARTS: tuple[str, ...] = (
    "head", "neck", "torso", "shoulders", "hips", "arm_l", "arm_r", "hand_l", "hand_r",
    "leg_l", "leg_r", "foot_l", "foot_r", "eyes",
)
JOINTS: tuple[str, ...] = (
    "head", "neck", "shoulder_l", "shoulder_r", "elbow_l", "elbow_r", "wrist_l", "wrist_r",
    "hand_l", "hand_r", "pelvis", "knee_l", "knee_r", "ankle_l", "ankle_r", "toe_l", "toe_r",
)
_SEGMENTS = ("torso", "ua_l", "fa_l", "hd_l", "ua_r", "fa_r", "hd_r",
             "th_l", "sh_l", "ft_l", "th_r", "sh_r", "ft_r")
# Angles are in degrees, 0 = straight up, 90 = towards the right of the picture, 180 = down.
# Segments: ua upper arm, fa forearm, hd hand, th thigh, sh shin, ft foot; _l/_r = picture
# left/right in a front view, far/near side in a side view (which faces right).
# "*_len" scale a segment (foreshortening in front views); the rest are offsets and 0..1 knobs:
# "nod" turns the head against its neck (a chin tuck keeps the face level while the neck moves
# back); "behind_l"/"behind_r" = 1 draws that arm behind the trunk and head in a front view.
POSE_KEYS: tuple[str, ...] = (
    "x", "y", "neck", *_SEGMENTS, *(f"{s}_len" for s in _SEGMENTS),
    "shrug", "shoulder_dx", "twist", "spine", "fingers_l", "fingers_r",
    "look_x", "look_y", "eyes_open", "gaze", "gaze_len", "nod", "behind_l", "behind_r",
)

_STAND_SIDE: dict[str, float] = {
    "x": 0, "y": 52, "torso": 0, "neck": 0, "ua_l": 183, "fa_l": 178, "hd_l": 178,
    "ua_r": 177, "fa_r": 172, "hd_r": 172, "th_l": 180, "sh_l": 180, "ft_l": 90,
    "th_r": 180, "sh_r": 180, "ft_r": 90,
}
_SIT_SIDE: dict[str, float] = {
    **_STAND_SIDE, "y": 75, "ua_l": 175, "fa_l": 110, "hd_l": 110, "ua_r": 170, "fa_r": 100,
    "hd_r": 100, "th_l": 90, "sh_l": 180, "th_r": 90, "sh_r": 176,
}
_STAND_FRONT: dict[str, float] = {
    "x": 0, "y": 52, "torso": 0, "neck": 0, "ua_l": 196, "fa_l": 188, "hd_l": 186,
    "ua_r": 164, "fa_r": 172, "hd_r": 174, "th_l": 186, "sh_l": 180, "ft_l": 250,
    "th_r": 174, "sh_r": 180, "ft_r": 110, "ft_l_len": 0.6, "ft_r_len": 0.6,
}
_SIT_FRONT: dict[str, float] = {
    **_STAND_FRONT, "y": 75, "ua_l": 194, "fa_l": 176, "hd_l": 176, "fa_l_len": 0.75,
    "ua_r": 166, "fa_r": 184, "hd_r": 184, "fa_r_len": 0.75, "th_l": 240, "th_l_len": 0.42,
    "sh_l": 181, "th_r": 120, "th_r_len": 0.42, "sh_r": 179,
}
BASE_POSES: dict[str, dict[str, float]] = {
    "stand-side": _STAND_SIDE, "sit-side": _SIT_SIDE,
    "stand-front": _STAND_FRONT, "sit-front": _SIT_FRONT,
}
POSE_DEFAULTS: dict[str, float] = {
    **{k: 1.0 for k in POSE_KEYS if k.endswith("_len")},
    "shrug": 0, "shoulder_dx": 0, "twist": 0, "spine": 0, "fingers_l": 0, "fingers_r": 0,
    "look_x": 0, "look_y": 0, "eyes_open": 1, "gaze": 90, "gaze_len": 0,
    "nod": 0, "behind_l": 0, "behind_r": 0,
}
# fmt: on

Frame = tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class Arrow:
    """The motion arrow: along the path a joint takes between keyframes, pushed `offset` units
    away from the body; or an explicit arc (circular motions) around `center`."""

    joint: str | None = None
    offset: float = 6.0
    center: tuple[float, float] | None = None
    radius: float = 8.0
    start: float = 0.0
    end: float = 300.0
    both: bool = False
    mirror: bool = False  # also drawn reflected across the figure's midline (both hands)
    shift: tuple[float, float] | None = None  # replaces the automatic "away from the body" push


@dataclass(frozen=True)
class PoseIllustration:
    """Keyframes drawn by ui.figure from joint angles (each frame = base pose + overrides)."""

    view: str
    base: str
    frames: tuple[Frame, ...]
    props: tuple[str, ...] = ()
    accent: tuple[str, ...] = ()
    arrow: Arrow | None = None
    zoom: str = "body"
    loop: bool = False

    def pose(self, index: int) -> dict[str, float]:
        """The full pose of keyframe `index`: defaults, then the base, then the overrides."""
        return {**POSE_DEFAULTS, **BASE_POSES[self.base], **dict(self.frames[index])}


@dataclass(frozen=True)
class SvgIllustration:
    """User-supplied SVG keyframes (absolute paths, resolved by storage.catalogue)."""

    frames: tuple[str, ...]
    loop: bool = False


Illustration = PoseIllustration | SvgIllustration


@dataclass(frozen=True)
class Exercise:
    id: str
    name: str
    areas: tuple[str, ...]
    position: str
    seconds: int
    per_side: bool
    steps: tuple[str, ...]
    safety: str
    illustration: Illustration

    @property
    def seated(self) -> bool:
        return self.position == "seated"


@dataclass(frozen=True)
class RoutineItem:
    exercise: Exercise
    side: str | None
    seconds: int


@dataclass(frozen=True)
class Routine:
    title: str
    items: tuple[RoutineItem, ...]

    @property
    def total_seconds(self) -> int:
        return sum(i.seconds for i in self.items)

    @property
    def areas(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for item in self.items:
            for area in item.exercise.areas:
                seen.setdefault(area, None)
        return tuple(seen)
