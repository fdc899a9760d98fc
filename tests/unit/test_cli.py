"""The command line: the tray app starts without the sub-command modules, and the map of
sub-commands to modules matches what the modules register."""

from __future__ import annotations

import contextlib
import io
import re
import subprocess
import sys

import pytest

from movebreak.cli import COMMANDS, HIDDEN_COMMANDS, build_parser


def _accepted(argv: list[str] | None) -> set[str]:
    """The sub-commands the parser build_parser(argv) accepts, as argparse's own answer to an
    unknown one lists them (the public error a user sees)."""
    parser = build_parser(argv)
    err = io.StringIO()
    with contextlib.redirect_stderr(err), pytest.raises(SystemExit):
        parser.parse_args(["no-such-command"])
    found = re.search(r"choose from (.*)\)", err.getvalue())
    assert found is not None, err.getvalue()
    return set(re.findall(r"[a-z][a-z-]*", found.group(1)))


def test_every_sub_command_is_mapped_to_its_module() -> None:
    assert _accepted(None) == set(COMMANDS)
    for name, module in COMMANDS.items():
        # Naming a command loads only its module, so the parser then accepts exactly the
        # commands that module registers: the ones COMMANDS maps to it.
        assert _accepted([name]) == {n for n, m in COMMANDS.items() if m == module}, name


def test_the_command_word_skips_options_and_the_config_value() -> None:
    remote = {n for n, m in COMMANDS.items() if m == "remote"}
    assert _accepted([]) == set()  # no command word: the tray app, no sub-command module
    assert _accepted(["-v", "--config", "plan"]) == set()  # "plan" is the config file here
    assert _accepted(["--config", "x.toml", "status", "--json"]) == remote
    assert _accepted(["-v", "pause", "30m"]) == remote


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
