"""`movebreak check-config [FILE]`: validate a config file and list every problem in it at once."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from movebreak import paths
from movebreak.domain.settings import Settings
from movebreak.errors import CalendarError, Problem
from movebreak.i18n import problem_text, translate
from movebreak.storage.config_file import load_config
from movebreak.texts import N_


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "check-config",
        help=translate("CLI", "validate a config file and report every problem (exit 0 if usable, 2 if not)"),
        description=translate(
            "CLI",
            "Validate a movebreak config file. Every problem is listed with its line, "
            "what is wrong and what would be valid. Unknown keys and sections are warnings with a "
            "'did you mean' (a newer movebreak may have written them): exit 0 unless --strict. "
            "A wrong value exits 2.",
        ),
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help=translate("CLI", "treat warnings (unknown keys and sections) as errors: exit 2"),
    )
    parser.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        help=translate("CLI", "the config file to check (default: --config, or the user's config file)"),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    explicit = args.file or getattr(args, "config", None)
    path = Path(explicit) if explicit else paths.config_file()
    return check(path, explicit=bool(explicit), strict=bool(getattr(args, "strict", False)))


def source_problems(settings: Settings, source: str) -> list[Problem]:
    """Calendar locations that can never be read: a scheme other than http(s) or file, a
    URL that does not parse, a path that is missing or no regular file. Nothing is fetched."""
    from movebreak.sources.fetch import VALID_LOCATION, classify

    found: list[Problem] = []
    for i, cal in enumerate(settings.calendars):
        key = f"calendars[{i}].source"
        try:
            kind, target = classify(cal.location)
        except CalendarError as exc:
            first = exc.problems[0]
            found.append(Problem.of(source, first.text or first.message, key=key, valid=VALID_LOCATION))
            continue
        if kind == "file":
            real = Path(os.path.realpath(target))
            if not real.exists():
                found.append(
                    Problem.of(source, N_("Calendar", "%1: no such file", cal.location), key=key, valid=VALID_LOCATION)
                )
            elif not real.is_file():
                said = N_("Calendar", "%1: not a regular file", cal.location)
                found.append(Problem.of(source, said, key=key, valid=VALID_LOCATION))
    return found


def check(path: Path, *, explicit: bool, strict: bool = False) -> int:
    """Print OK or every problem; the exit code follows the CLI's convention (2 = bad input)."""
    if path.is_dir():
        print(f"movebreak: {path}: " + translate("CheckConfig", "is a directory, not a config file"), file=sys.stderr)
        return 2
    if not path.exists():
        if explicit:
            print(f"movebreak: {path}: " + translate("CheckConfig", "no such file"), file=sys.stderr)
            return 2
        # No config of their own is a normal state: the app runs on defaults.
        print(translate("CheckConfig", "OK: %1 (does not exist; the defaults are used)").replace("%1", str(path)))
        return 0
    loaded = load_config(path)
    sources = source_problems(loaded.settings, str(path))
    problems = loaded.problems + sources
    if not problems:
        print(translate("CheckConfig", "OK: %1").replace("%1", str(path)))
        return 0
    # In file order, so the list reads top to bottom alongside the editor.
    ordered = sorted(problems, key=lambda p: (p.line is None, p.line or 0))
    for problem in ordered:
        print(problem_text(problem), file=sys.stderr)
    errors, warnings = len(loaded.errors) + len(sources), len(loaded.warnings)
    parts = [translate("CheckConfig", "%n problems", None, errors)] if errors else []
    if warnings:
        parts.append(translate("CheckConfig", "%n warnings", None, warnings))
    failed = errors > 0 or strict
    and_ = translate("CheckConfig", " and ")
    if failed:
        verdict = translate("CheckConfig", "%1 in %2").replace("%1", and_.join(parts))
        print(verdict.replace("%2", str(path)), file=sys.stderr)
    else:  # the verdict goes where "OK: path" goes; the warnings above stay on stderr
        print(translate("CheckConfig", "OK with %1: %2").replace("%1", and_.join(parts)).replace("%2", str(path)))
    return 2 if failed else 0
