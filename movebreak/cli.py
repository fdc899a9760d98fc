"""Command line: no sub-command runs the tray app; the others plan, inspect or talk to it."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from movebreak import __version__
from movebreak.errors import MovebreakError

# Each module defines register(subparsers), which adds its sub-commands and sets
# `func` (args -> exit code) on them. Exit codes: 0 fine, 1 runtime failure, 2 bad input.
COMMAND_MODULES = ("plan", "history", "check_config", "remote")

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="movebreak",
        description="Short mobility routines planned into the gaps between your deep-work blocks.",
    )
    parser.add_argument("--version", action="version", version=f"movebreak {__version__}")
    parser.add_argument("--config", metavar="FILE", help="use this config file instead of the user's")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"movebreak.commands.{name}")
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="movebreak: %(levelname)s: %(message)s",
    )
    try:
        if args.command is None:
            from movebreak.app import run_app

            return run_app(args)
        return int(args.func(args))
    except MovebreakError as exc:
        print(f"movebreak: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
