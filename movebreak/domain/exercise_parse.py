"""A catalogue entry from its TOML mapping: every key checked, each problem named with its
key and what would be valid (marked for translation), the entry skipped when it cannot be
used. Pure: no Qt, no files."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any, TypeGuard

from movebreak.domain.exercises import (
    BASE_POSES,
    JOINTS,
    PARTS,
    POSE_KEYS,
    POSITIONS,
    PROPS,
    VIEWS,
    ZOOMS,
    Arrow,
    Exercise,
    Frame,
    Illustration,
    PoseIllustration,
    SvgIllustration,
)
from movebreak.domain.settings import BODY_AREAS
from movebreak.errors import Problem
from movebreak.texts import N_, Text

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{1,48}$")


# ---------------------------------------------------------------- validation


class _Out:
    def __init__(self, source: str, prefix: str) -> None:
        self.source, self.prefix = source, prefix
        self.problems: list[Problem] = []

    def add(self, key: str, message: Text, valid: Text | str) -> None:
        self.problems.append(Problem.of(self.source, message, key=f"{self.prefix}{key}", valid=valid))


def _invalid(value: object) -> Text:
    return N_("Problem", "Invalid value %1", _shown(value))


_NUMBER = N_("Problem", "a number")
_BOOL = N_("Problem", "true or false")


def _is_num(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)


def _str_list(v: Any) -> TypeGuard[list[str]]:
    return isinstance(v, list) and all(isinstance(s, str) and s.strip() for s in v)


def _frames(raw: Any, out: _Out) -> tuple[Frame, ...] | None:
    if not isinstance(raw, list) or len(raw) < 2 or not all(isinstance(f, Mapping) for f in raw):
        out.add(
            "illustration.frames",
            N_("Problem", "needs at least two keyframes"),
            N_("Problem", "a list of tables such as %1 (each overrides the base pose)", "[{}, {neck = -30}]"),
        )
        return None
    frames: list[Frame] = []
    for i, frame in enumerate(raw):
        items: list[tuple[str, float]] = []
        for k, v in frame.items():
            if k not in POSE_KEYS:
                out.add(
                    f"illustration.frames[{i}].{k}", N_("Problem", "Unknown pose key %1", repr(k)), ", ".join(POSE_KEYS)
                )
                return None
            if not _is_num(v):
                out.add(f"illustration.frames[{i}].{k}", _invalid(v), _NUMBER)
                return None
            items.append((k, float(v)))
        frames.append(tuple(sorted(items)))
    return tuple(frames)


def _arrow(raw: Any, out: _Out) -> Arrow | None:
    key = "illustration.arrow"
    valid = N_(
        "Problem", "%1 or %2", "{joint = 'wrist_r', offset = 6}", "{center = [x, y], radius = 8, start = 0, end = 300}"
    )
    if not isinstance(raw, Mapping):
        out.add(key, _invalid(raw), valid)
        return None
    joint = raw.get("joint")
    center = raw.get("center")
    if joint is not None and joint not in JOINTS:
        out.add(f"{key}.joint", N_("Problem", "Unknown joint %1", repr(joint)), ", ".join(JOINTS))
        return None
    if center is not None and not (isinstance(center, list) and len(center) == 2 and all(map(_is_num, center))):
        out.add(f"{key}.center", _invalid(center), "[x, y]")
        return None
    if (joint is None) == (center is None):
        out.add(key, N_("Problem", "needs exactly one of %1 or %2", "'joint'", "'center'"), valid)
        return None
    nums = {}
    for name, default in (("offset", 6.0), ("radius", 8.0), ("start", 0.0), ("end", 300.0)):
        v = raw.get(name, default)
        if not _is_num(v):
            out.add(f"{key}.{name}", _invalid(v), _NUMBER)
            return None
        nums[name] = float(v)
    flags = {}
    for name in ("both", "mirror"):
        flag = raw.get(name, False)
        if not isinstance(flag, bool):
            out.add(f"{key}.{name}", _invalid(flag), _BOOL)
            return None
        flags[name] = flag
    shift = raw.get("shift")
    if shift is not None and not (isinstance(shift, list) and len(shift) == 2 and all(map(_is_num, shift))):
        out.add(f"{key}.shift", _invalid(shift), "[dx, dy]")
        return None
    return Arrow(
        joint=joint,
        center=(float(center[0]), float(center[1])) if center else None,
        both=flags["both"],
        mirror=flags["mirror"],
        shift=(float(shift[0]), float(shift[1])) if shift else None,
        **nums,
    )


def _illustration(raw: Any, out: _Out) -> Illustration | None:
    if not isinstance(raw, Mapping):
        out.add(
            "illustration",
            N_("Problem", "is missing or not a table"),
            N_("Problem", "a table with view, base and frames, or with %1", "svg = ['a.svg', 'b.svg']"),
        )
        return None
    loop = raw.get("loop", False)
    if not isinstance(loop, bool):
        out.add("illustration.loop", _invalid(loop), _BOOL)
        return None
    if "svg" in raw:
        svg = raw["svg"]
        if not _str_list(svg) or not svg or not all(s.lower().endswith(".svg") for s in svg):
            out.add(
                "illustration.svg",
                _invalid(svg),
                N_("Problem", "a list of .svg file names, e.g. %1", "['me-1.svg', 'me-2.svg']"),
            )
            return None
        return SvgIllustration(tuple(svg), loop)
    view, base, zoom = raw.get("view", "side"), raw.get("base"), raw.get("zoom", "body")
    if view not in VIEWS:
        out.add("illustration.view", _invalid(view), ", ".join(VIEWS))
        return None
    if zoom not in ZOOMS:
        out.add("illustration.zoom", _invalid(zoom), ", ".join(ZOOMS))
        return None
    if base not in BASE_POSES:
        out.add("illustration.base", _invalid(base), ", ".join(BASE_POSES))
        return None
    props = raw.get("props", [])
    if not isinstance(props, list) or any(p not in PROPS for p in props):
        out.add("illustration.props", _invalid(props), N_("Problem", "a list of: %1", ", ".join(PROPS)))
        return None
    accent = raw.get("accent", [])
    if not isinstance(accent, list) or not accent or any(p not in PARTS for p in accent):
        out.add(
            "illustration.accent",
            _invalid(accent),
            N_("Problem", "a non-empty list of: %1", ", ".join(PARTS)),
        )
        return None
    frames = _frames(raw.get("frames"), out)
    arrow = _arrow(raw["arrow"], out) if "arrow" in raw else None
    if frames is None or ("arrow" in raw and arrow is None):
        return None
    return PoseIllustration(view, base, frames, tuple(props), tuple(accent), arrow, zoom, loop)


# Text shown in the prompt: longer than these and it runs off the window (issue 20).
MAX_ID = 49  # as _ID_RE allows
MAX_NAME = 60
MAX_STEP = 200
MAX_SAFETY = 300


def _shown(value: object) -> str:
    """A value quoted in a message, cut short: a 300,000-character name is no message."""
    text = repr(value)
    return text if len(text) <= 60 else f"{text[:57]}..."


_FIELDS = (
    "id",
    "name",
    "areas",
    "position",
    "seconds",
    "per_side",
    "steps",
    "safety",
    "illustration",
)


def exercise_from_mapping(data: Any, source: str) -> tuple[Exercise | None, list[Problem]]:
    """Validate one catalogue entry. Returns (None, problems) when it cannot be used."""
    ident = data.get("id") if isinstance(data, Mapping) else None
    out = _Out(source, f"exercise {_shown(ident)}: " if isinstance(ident, str) else "")
    if not isinstance(data, Mapping):
        out.add("exercise", N_("Problem", "must be a table"), N_("Problem", "an [[exercise]] table"))
        return None, out.problems
    for k in data:
        if k not in _FIELDS:
            out.add(k, N_("Problem", "Unknown key %1", repr(k)), ", ".join(_FIELDS))
    if not isinstance(ident, str) or not _ID_RE.match(ident) or len(ident) > MAX_ID:
        out.add(
            "id",
            _invalid(ident),
            N_("Problem", "up to %1 lower-case letters, digits and '-', e.g. %2", MAX_ID, "'neck-side-tilt'"),
        )
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        out.add("name", _invalid(name), N_("Problem", "a non-empty string"))
    elif len(name.strip()) > MAX_NAME:
        out.add(
            "name",
            N_("Problem", "is %1 characters long", f"{len(name.strip()):,}"),
            N_("Problem", "a name of at most %1 characters", MAX_NAME),
        )
    areas = data.get("areas")
    if not _str_list(areas) or not areas or any(a not in BODY_AREAS for a in areas):
        out.add("areas", _invalid(areas), N_("Problem", "a list of: %1", ", ".join(BODY_AREAS)))
    position = data.get("position")
    if position not in POSITIONS:
        out.add("position", _invalid(position), ", ".join(POSITIONS))
    seconds = data.get("seconds")
    if not isinstance(seconds, int) or isinstance(seconds, bool) or not 5 <= seconds <= 300:
        out.add("seconds", _invalid(seconds), N_("Problem", "a whole number of seconds from %1 to %2", 5, 300))
    per_side = data.get("per_side", False)
    if not isinstance(per_side, bool):
        out.add("per_side", _invalid(per_side), _BOOL)
    steps = data.get("steps")
    if not _str_list(steps) or not 1 <= len(steps) <= 6:
        out.add("steps", _invalid(steps), N_("Problem", "a list of 1 to 6 short instructions"))
    elif any(len(str(step).strip()) > MAX_STEP for step in steps):
        longest = max(len(str(step).strip()) for step in steps)
        out.add(
            "steps",
            N_("Problem", "a step is %1 characters long", f"{longest:,}"),
            N_("Problem", "steps of at most %1 characters", MAX_STEP),
        )
    safety = data.get("safety", "")
    if not isinstance(safety, str):
        out.add("safety", _invalid(safety), N_("Problem", "a string"))
    elif len(safety.strip()) > MAX_SAFETY:
        out.add(
            "safety",
            N_("Problem", "is %1 characters long", f"{len(safety.strip()):,}"),
            N_("Problem", "at most %1 characters", MAX_SAFETY),
        )
    illustration = _illustration(data.get("illustration"), out)
    if out.problems or illustration is None:
        return None, out.problems
    exercise = Exercise(
        id=str(ident),
        name=str(name).strip(),
        areas=tuple(str(a) for a in data["areas"]),
        position=str(position),
        seconds=int(data["seconds"]),
        per_side=bool(per_side),
        steps=tuple(str(s).strip() for s in data["steps"]),
        safety=str(safety).strip(),
        illustration=illustration,
    )
    return exercise, []
