"""`movebreak check-config [FILE]`: validate a config file and list every problem in it at once."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from movebreak import paths
from movebreak.i18n import translate
from movebreak.storage.config_file import load_config


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "check-config",
        help="validate a config file and report every problem (exit 0 if fine, 2 if not)",
        description="Validate a movebreak config file. Every problem is listed with its line, "
        "what is wrong and what would be valid; misspelt keys get a 'did you mean'.",
    )
    parser.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        help="the config file to check (default: --config, or the user's config file)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    explicit = args.file or getattr(args, "config", None)
    path = Path(explicit) if explicit else paths.config_file()
    return check(path, explicit=bool(explicit))


def check(path: Path, *, explicit: bool) -> int:
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
    if loaded.ok:
        print(translate("CheckConfig", "OK: %1").replace("%1", str(path)))
        return 0
    # In file order, so the list reads top to bottom alongside the editor.
    ordered = sorted(loaded.problems, key=lambda p: (p.line is None, p.line or 0))
    for problem in ordered:
        print(problem, file=sys.stderr)
    count = len(loaded.problems)
    print(translate("CheckConfig", "%n problems in %1", None, count).replace("%1", str(path)), file=sys.stderr)
    return 2
