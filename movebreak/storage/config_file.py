"""config.toml on disk: load with line-numbered problems, save atomically with a backup,
keeping the user's comments and unknown sections (tomlkit).

Loading uses the standard library's tomllib; tomlkit (about 1.5 MiB resident) is imported
only to save, so the idle tray app never carries it."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from movebreak.domain.settings import DEFAULTS, Settings
from movebreak.domain.settings_parse import settings_from_mapping, settings_to_mapping
from movebreak.errors import ConfigError, Problem
from movebreak.storage.bounded_read import CONFIG_LIMIT, read_text_bounded, why
from movebreak.texts import N_


class UnreadableConfig(ConfigError):
    """The file to save over cannot be read as TOML: saving would lose it, unless the user
    asks for a fresh file (save_config(fresh=True)), which keeps the old one as .bak."""


@dataclass
class ConfigLoad:
    """What loading gave: the settings to run on, and every problem found (empty when clean)."""

    path: Path | None
    settings: Settings = DEFAULTS
    problems: list[Problem] = field(default_factory=list)
    exists: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def errors(self) -> list[Problem]:
        """Values that are wrong: those keys run on their defaults."""
        return [p for p in self.problems if not p.warning]

    @property
    def warnings(self) -> list[Problem]:
        """Unknown keys and sections: kept in the file, ignored."""
        return [p for p in self.problems if p.warning]


_TOMLLIB_POSITION = re.compile(r"\s*\(at line (\d+), column \d+\)$")


def parse_error(exc: tomllib.TOMLDecodeError, source: str) -> Problem:
    """tomllib's message names the line at its end; the Problem carries it as a field."""
    message = str(exc)
    m = _TOMLLIB_POSITION.search(message)
    return Problem.of(
        source,
        N_("Problem", "is not valid TOML: %1", message[: m.start()] if m else message),
        line=int(m.group(1)) if m else None,
        valid=N_("Problem", "TOML syntax, see the README"),
    )


def too_deep(source: str) -> Problem:
    """tomllib recurses once per nested array or table: thousands deep exhaust the stack."""
    return Problem.of(
        source,
        N_("Problem", "is not valid TOML: arrays or tables nest too deeply"),
        valid=N_("Problem", "TOML nested a few levels deep, see the README"),
    )


_KEY_RE = re.compile(r"^([A-Za-z_][\w]*)(?:\[(\d+)\])?(?:\.(.+))?$")


def _line_of(text: str, key: str | None) -> int | None:
    """Best-effort line number of a dotted key such as 'planning.min_gap' or 'blocks[1].end'."""
    if not key:
        return None
    m = _KEY_RE.match(key)
    if not m:
        return None
    section, index, rest = m.group(1), m.group(2), m.group(3)
    lines = text.splitlines()
    header = re.compile(rf"^\s*\[\[?\s*{re.escape(section)}\s*\]\]?\s*(#.*)?$")
    starts = [i for i, line in enumerate(lines) if header.match(line)]
    if not starts:
        # `section = {...}` inline, or TOML dotted keys such as `planning.min_gap = 3`.
        name = re.escape(rest.split(".")[0]) if rest else None
        dotted = re.compile(rf"^\s*{re.escape(section)}\s*\.\s*{name}\s*=") if name else None
        inline = re.compile(rf"^\s*{re.escape(section)}\s*[=.]")
        for pattern in (dotted, inline):
            hits = [i for i, line in enumerate(lines) if pattern and pattern.match(line)]
            if hits:
                return hits[0] + 1
        return None
    start = starts[int(index)] if index is not None and int(index) < len(starts) else starts[0]
    if not rest:
        return start + 1
    name = rest.split(".")[0]
    key_re = re.compile(rf"^\s*[\"']?{re.escape(name)}[\"']?\s*=")
    for i in range(start + 1, len(lines)):
        if re.match(r"^\s*\[", lines[i]):
            break
        if key_re.match(lines[i]):
            return i + 1
    return start + 1


def load_config(path: Path | None) -> ConfigLoad:
    """Never raises for bad content: a broken file gives the defaults plus the problems."""
    if path is None:
        return ConfigLoad(None)
    source = str(path)
    try:
        text = read_text_bounded(path, CONFIG_LIMIT)
    except FileNotFoundError:
        return ConfigLoad(path)
    except (OSError, UnicodeDecodeError) as exc:
        return ConfigLoad(
            path,
            problems=[
                Problem.of(
                    source,
                    N_("Problem", "cannot be read: %1", why(exc)),
                    valid=N_("Problem", "a UTF-8 TOML file under 1 MB"),
                )
            ],
            exists=True,
        )
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return ConfigLoad(path, problems=[parse_error(exc, source)], exists=True)
    except RecursionError:
        return ConfigLoad(path, problems=[too_deep(source)], exists=True)
    settings, problems = settings_from_mapping(data, source)
    problems = [replace(p, line=_line_of(text, p.key)) for p in problems]
    return ConfigLoad(path, settings, problems, exists=True)


def load_config_strict(path: Path) -> Settings:
    """For commands given an explicit --config: a missing file or a wrong value is an error
    (exit 2); unknown keys and sections are not (the caller may list `load_config` warnings)."""
    if not path.exists():
        raise ConfigError([Problem.of(str(path), N_("Problem", "no such file"))])
    loaded = load_config(path)
    if loaded.errors:
        raise ConfigError(loaded.errors)
    return loaded.settings


def _merge(doc: Any, data: dict[str, Any]) -> None:
    """Write data into a tomlkit document in place, so comments and unknown keys survive."""
    import tomlkit

    for key, value in data.items():
        if isinstance(value, dict) and key in doc and isinstance(doc[key], dict):
            _merge(doc[key], value)
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            aot = tomlkit.aot()
            for item in value:
                aot.append(tomlkit.item(item))
            doc[key] = aot
        else:
            doc[key] = value


def save_config(path: Path, settings: Settings, *, fresh: bool = False) -> None:
    """Atomic write (temp file + rename) that keeps config.toml.bak of the previous file.

    Refuses (UnreadableConfig) to overwrite a file that does not parse: the user's text
    would be lost. With fresh=True it writes a new file instead, the old one kept as .bak."""
    import tomlkit
    from tomlkit.exceptions import ParseError, TOMLKitError

    # Through a symlink (a dotfiles manager's, or one left dangling) the file it points at
    # is written and backed up; replacing the link itself would lose where it pointed.
    path = Path(os.path.realpath(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    old_text: str | None = None
    doc: Any = None
    exists = path.exists()
    if exists and not path.is_file():
        raise ConfigError([Problem.of(str(path), N_("Problem", "not saved: it is not a regular file"))])
    if exists and not fresh:
        try:
            old_text = read_text_bounded(path, CONFIG_LIMIT)
        except (OSError, UnicodeDecodeError) as exc:
            unreadable = N_(
                "Problem",
                "not saved: the file there cannot be read (%1) and would be lost; "
                "fix or move it first, or save a fresh file (the old one is kept as .bak)",
                why(exc),
            )
            raise UnreadableConfig([Problem.of(str(path), unreadable)]) from exc
        try:
            doc = tomlkit.parse(old_text)
            data = settings_to_mapping(settings)
            _prune_and_merge(doc, data)
        except ParseError as exc:
            not_toml = N_(
                "Problem",
                "not saved: the file is not valid TOML and would be lost; "
                "fix or move it first, or save a fresh file (the old one is kept as .bak)",
            )
            raise UnreadableConfig([Problem.of(str(path), not_toml, line=exc.line)]) from exc
        except (TOMLKitError, RecursionError) as exc:  # a key twice in one table; nesting
            not_toml = N_(
                "Problem",
                "not saved: the file is not valid TOML (%1) and would be lost; "
                "fix or move it first, or save a fresh file (the old one is kept as .bak)",
                exc,
            )
            raise UnreadableConfig([Problem.of(str(path), not_toml)]) from exc
    else:
        doc = tomlkit.document()
        doc.add(tomlkit.comment("movebreak settings. Every key is documented in the README."))
        _prune_and_merge(doc, settings_to_mapping(settings))
    if exists:
        shutil.copy2(path, path.with_name(path.name + ".bak"))
    fd, tmp = tempfile.mkstemp(prefix=".config-", suffix=".toml", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(tomlkit.dumps(doc))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _prune_and_merge(doc: Any, data: dict[str, Any]) -> None:
    for empty in ("blocks", "calendars"):
        if not data[empty]:
            data.pop(empty)
            if empty in doc:
                del doc[empty]
    _merge(doc, data)
