"""Loads the exercise catalogue: the bundled assets/exercises/*.toml, then the user's
<data dir>/exercises/*.toml. Bad files and bad entries are skipped one by one, each with a
Problem; a user entry with a bundled id replaces the bundled one. Nothing is executed."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from pathlib import Path

from movebreak import paths
from movebreak.domain.exercises import Exercise, SvgIllustration, exercise_from_mapping
from movebreak.errors import Problem
from movebreak.storage.bounded_read import CONFIG_LIMIT, read_text_bounded

# Qt reads an illustration whole, on the GUI thread; a drawing is a few KB.
SVG_LIMIT = 512 * 1024


def _resolve_svgs(ex: Exercise, folder: Path, source: str) -> tuple[Exercise | None, list[Problem]]:
    """SVG names are relative to the TOML file's folder (or to the bundled illustrations)."""
    ill = ex.illustration
    if not isinstance(ill, SvgIllustration):
        return ex, []
    resolved: list[str] = []
    for name in ill.frames:
        candidates = [folder / name, paths.asset("illustrations", name)]
        found = next((c for c in candidates if c.is_file() and ".." not in Path(name).parts), None)
        if found is None:
            return None, [
                Problem(
                    source,
                    f"SVG file {name!r} not found next to the TOML file",
                    key=f"exercise {ex.id!r}: illustration.svg",
                    valid=f"an .svg file in {folder}",
                )
            ]
        size = found.stat().st_size  # is_file() followed any symlink: this is the target's size
        if size > SVG_LIMIT:
            return None, [
                Problem(
                    source,
                    f"SVG file {name!r} is {size:,} bytes, more than the {SVG_LIMIT // 1024} KB limit",
                    key=f"exercise {ex.id!r}: illustration.svg",
                    valid=f"an .svg file of at most {SVG_LIMIT // 1024} KB",
                )
            ]
        resolved.append(str(found.resolve()))
    return replace(ex, illustration=SvgIllustration(tuple(resolved), ill.loop)), []


def load_file(path: Path) -> tuple[list[Exercise], list[Problem]]:
    source = str(path)
    try:
        # Symlinks are resolved first: a link to /dev/zero is refused, not read.
        data = tomllib.loads(read_text_bounded(path, CONFIG_LIMIT))
    except tomllib.TOMLDecodeError as exc:
        return [], [
            Problem(source, f"not valid TOML: {exc}", valid="TOML with [[exercise]] tables")
        ]
    except RecursionError:
        return [], [Problem(source, "not valid TOML: arrays or tables nest too deeply",
                            valid="TOML with [[exercise]] tables")]
    except (OSError, UnicodeDecodeError) as exc:
        return [], [Problem(source, f"cannot read the file: {exc}",
                            valid="a UTF-8 TOML file under 1 MB")]
    entries = data.get("exercise")
    if not isinstance(entries, list) or not entries:
        return [], [
            Problem(
                source,
                "no [[exercise]] tables found",
                key="exercise",
                valid="one or more [[exercise]] tables",
            )
        ]
    found: list[Exercise] = []
    problems: list[Problem] = []
    for entry in entries:
        ex, probs = exercise_from_mapping(entry, source)
        problems += probs
        if ex is not None:
            ex, probs = _resolve_svgs(ex, path.parent, source)
            problems += probs
        if ex is not None:
            found.append(ex)
    return found, problems


def _load_dir(folder: Path) -> tuple[list[Exercise], list[Problem]]:
    exercises: list[Exercise] = []
    problems: list[Problem] = []
    if not folder.is_dir():
        return exercises, problems
    for path in sorted(folder.glob("*.toml")):
        found, probs = load_file(path)
        exercises += found
        problems += probs
    return exercises, problems


def load_catalogue(user_dir: Path | None = None) -> tuple[list[Exercise], list[Problem]]:
    """The bundled exercises plus the user's. Duplicate ids: within one folder the first wins
    (and a Problem is reported); a user exercise replaces a bundled one on purpose."""
    bundled, problems = _load_dir(paths.asset("exercises"))
    by_id: dict[str, Exercise] = {}
    for ex in bundled:
        if ex.id in by_id:
            problems.append(
                Problem("bundled catalogue", f"duplicate exercise id {ex.id!r}", key="id")
            )
            continue
        by_id[ex.id] = ex
    if user_dir is not None:
        users, probs = _load_dir(user_dir)
        problems += probs
        seen: set[str] = set()
        for ex in users:
            if ex.id in seen:
                problems.append(
                    Problem(
                        str(user_dir),
                        f"duplicate exercise id {ex.id!r}; the first one is used",
                        key=f"exercise {ex.id!r}: id",
                        valid="ids unique across your files",
                    )
                )
                continue
            seen.add(ex.id)
            by_id[ex.id] = ex
    return list(by_id.values()), problems
