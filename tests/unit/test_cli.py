"""The command line: the tray app starts without the sub-command modules, and the map of
sub-commands to modules matches what the modules register."""

from __future__ import annotations

import argparse
import subprocess
import sys

from movebreak.cli import COMMANDS, HIDDEN_COMMANDS, _command_word, build_parser


def _registered() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


def test_every_sub_command_is_mapped_to_its_module() -> None:
    assert set(_registered()) == set(COMMANDS)
    for name, module in COMMANDS.items():
        func = _registered()[name].get_default("func")
        assert func is not None, name
        assert func.__module__ == f"movebreak.commands.{module}", name


def test_the_command_word_skips_options_and_the_config_value() -> None:
    assert _command_word([]) is None
    assert _command_word(["-v", "--config", "plan"]) is None  # "plan" is the config file here
    assert _command_word(["--config", "x.toml", "status", "--json"]) == "status"
    assert _command_word(["-v", "pause", "30m"]) == "pause"


def test_help_still_lists_every_command_but_the_hidden_ones() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "movebreak", "--help"], capture_output=True, text=True, timeout=60, check=True
    ).stdout
    for name in set(COMMANDS) - HIDDEN_COMMANDS:
        assert name in out
    for name in HIDDEN_COMMANDS:
        assert name not in out


def _parsed_in_a_fresh_interpreter(argv: list[str]) -> str:
    """The command argv names, and the sub-command modules parsing it imported."""
    code = (
        "import sys; from movebreak.cli import build_parser; "
        f"args = build_parser({argv!r}).parse_args({argv!r}); "
        "print(args.command, sorted(m for m in sys.modules if m.startswith('movebreak.commands.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    return out.stdout.strip()


def test_a_named_command_imports_only_its_own_module() -> None:
    assert _parsed_in_a_fresh_interpreter(["status", "--json"]) == "status ['movebreak.commands.remote']"


def test_an_unknown_command_is_refused_with_the_valid_ones() -> None:
    proc = subprocess.run([sys.executable, "-m", "movebreak", "stretch"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert "invalid choice: 'stretch'" in proc.stderr and "break-now" in proc.stderr


def test_the_tray_path_imports_no_sub_command_module() -> None:
    assert _parsed_in_a_fresh_interpreter([]) == "None []"
