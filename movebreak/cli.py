"""Command line: no sub-command runs the tray app; the others plan, inspect or talk to it."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from movebreak import __version__
from movebreak.errors import MovebreakError
from movebreak.texts import N_, Text

# Each module defines register(subparsers), which adds its sub-commands and sets
# `func` (args -> exit code) on them. Exit codes: 0 fine, 1 runtime failure, 2 bad input.
COMMAND_MODULES = ("plan", "history", "check_config", "remote", "prompt_window", "read_calendar")
# Which module registers each sub-command, so the tray app (no sub-command) imports none of
# them: they bring the journal, the exporters and the calendar sources, which the idle app
# does not need. tests/unit/test_cli.py keeps this in step with the modules.
COMMANDS = {
    "plan": "plan",
    "history": "history",
    "check-config": "check_config",
    **{name: "remote" for name in ("break-now", "pause", "focus", "status", "show", "quit")},
    "prompt-window": "prompt_window",  # the tray app's child for a break; not in --help
    "read-calendar": "read_calendar",  # the child that reads an untrusted calendar; not in --help
}
HIDDEN_COMMANDS = frozenset({"prompt-window", "read-calendar"})

log = logging.getLogger(__name__)


def _config_option(argv: Sequence[str]) -> str | None:
    """The --config FILE (or --config=FILE) the arguments give, if any."""
    for i, word in enumerate(argv):
        if word == "--config" and i + 1 < len(argv):
            return argv[i + 1]
        if word.startswith("--config="):
            return word.partition("=")[2]
    return None


def _command_word(argv: Sequence[str]) -> str | None:
    """The sub-command the arguments name, if any (the first word that is no option or option value)."""
    skip = False
    for word in argv:
        if skip:
            skip = False
        elif word == "--config":
            skip = True
        elif not word.startswith("-"):
            return word
    return None


def _asks_help(argv: Sequence[str]) -> bool:
    return bool({"-h", "--help"} & set(argv))


def _shown(marked: Text) -> str:
    """In the command line's language once main() installed it (a sub-command or --help);
    starting the tray app leaves Qt unloaded here, for movebreak.preload to run first."""
    if "movebreak.i18n" in sys.modules:
        from movebreak.i18n import text

        return text(marked)
    return str(marked)


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The whole parser; with argv that names no sub-command (and asks no help), only the
    options; with argv that names a known sub-command, only that sub-command's module."""
    parser = argparse.ArgumentParser(
        prog="movebreak",
        description=_shown(N_("CLI", "Short mobility routines planned into the gaps between your deep-work blocks.")),
    )
    parser.add_argument("--version", action="version", version=f"movebreak {__version__}")
    parser.add_argument(
        "--config", metavar="FILE", help=_shown(N_("CLI", "use this config file instead of the user's"))
    )
    parser.add_argument("-v", "--verbose", action="store_true", help=_shown(N_("CLI", "log debug messages to stderr")))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    word = _command_word(argv) if argv is not None else None
    asks_help = argv is not None and _asks_help(argv)
    if argv is not None and word is None and not asks_help:
        return parser
    modules = COMMAND_MODULES if argv is None or word not in COMMANDS else (COMMANDS[word],)
    for name in modules:
        module = importlib.import_module(f"movebreak.commands.{name}")
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    word = _command_word(argv)
    installed = None
    if word is not None or _asks_help(argv):  # before the parser, so its help is translated too
        from movebreak.cli_language import install_for

        installed = install_for(word, _config_option(argv))
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="movebreak: %(levelname)s: %(message)s",
    )
    try:
        if args.command is None:
            from movebreak.runtime.session import display_problem

            problem = display_problem()
            if problem is not None:
                from movebreak.cli_language import install_for
                from movebreak.i18n import any_text

                install_for(None, getattr(args, "config", None))  # a tray app's words: said in its language
                print(f"movebreak: {any_text(problem)}", file=sys.stderr)
                return 1
            import movebreak.preload  # noqa: F401  (before Qt; see its docstring)
            from movebreak import pyside_hook

            pyside_hook.lighten()  # PySide6's import hook then keeps no module source
            from movebreak.ui.early_tray import show_icon

            show_icon()  # the icon now, then the rest of the app (see ui.early_tray)
            from movebreak.app import run_app

            return run_app(args)
        if installed is None:
            from movebreak.cli_language import use_language

            use_language(args)
        return int(args.func(args))
    except MovebreakError as exc:
        if "movebreak.i18n" in sys.modules:  # the command's language is installed: say it in that
            from movebreak.i18n import problem_text

            print("\n".join(f"movebreak: {problem_text(p)}" for p in exc.problems), file=sys.stderr)
        else:
            print(f"movebreak: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
