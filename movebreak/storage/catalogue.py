"""Loads the exercise catalogue: the bundled assets/exercises/*.toml, then the user's
<data dir>/exercises/*.toml. Bad files and bad entries are skipped one by one, each with a
Problem; a user entry with a bundled id replaces the bundled one. Nothing is executed."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from pathlib import Path

from movebreak import paths
from movebreak.domain.exercise_parse import exercise_from_mapping
from movebreak.domain.exercises import Exercise, SvgIllustration
from movebreak.errors import Problem
from movebreak.storage.bounded_read import CONFIG_LIMIT, read_text_bounded, why
from movebreak.texts import N_

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
                Problem.of(
                    source,
                    N_("Problem", "SVG file %1 not found next to the TOML file", repr(name)),
                    key=f"exercise {ex.id!r}: illustration.svg",
                    valid=N_("Problem", "an .svg file in %1", folder),
                )
            ]
        size = found.stat().st_size  # is_file() followed any symlink: this is the target's size
        if size > SVG_LIMIT:
            return None, [
                Problem.of(
                    source,
                    N_(
                        "Problem",
                        "SVG file %1 is %2 bytes, more than the %3 KB limit",
                        repr(name),
                        f"{size:,}",
                        SVG_LIMIT // 1024,
                    ),
                    key=f"exercise {ex.id!r}: illustration.svg",
                    valid=N_("Problem", "an .svg file of at most %1 KB", SVG_LIMIT // 1024),
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
        valid = N_("Problem", "TOML with [[exercise]] tables")
        return [], [Problem.of(source, N_("Problem", "not valid TOML: %1", exc), valid=valid)]
    except RecursionError:
        deep = N_("Problem", "not valid TOML: arrays or tables nest too deeply")
        return [], [Problem.of(source, deep, valid=N_("Problem", "TOML with [[exercise]] tables"))]
    except (OSError, UnicodeDecodeError) as exc:
        unreadable = N_("Problem", "cannot read the file: %1", why(exc))
        return [], [Problem.of(source, unreadable, valid=N_("Problem", "a UTF-8 TOML file under 1 MB"))]
    entries = data.get("exercise")
    if not isinstance(entries, list) or not entries:
        return [], [
            Problem.of(
                source,
                N_("Problem", "no [[exercise]] tables found"),
                key="exercise",
                valid=N_("Problem", "one or more [[exercise]] tables"),
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
                Problem.of("bundled catalogue", N_("Problem", "duplicate exercise id %1", repr(ex.id)), key="id")
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
                    Problem.of(
                        str(user_dir),
                        N_("Problem", "duplicate exercise id %1; the first one is used", repr(ex.id)),
                        key=f"exercise {ex.id!r}: id",
                        valid=N_("Problem", "ids unique across your files"),
                    )
                )
                continue
            seen.add(ex.id)
            by_id[ex.id] = ex
    return list(by_id.values()), problems
