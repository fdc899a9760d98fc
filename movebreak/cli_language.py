"""The command line's language: the human output of `plan`, `history`, `check-config` and
`status` in the user's language, chosen like the tray app's (the config's `language`, else
the system's). `--format json/csv` and `--json` output are data and never translated.

No QCoreApplication is made: movebreak.i18n asks its translators itself when there is none
(tests call cli.main in the same process as their QApplication)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

# Commands with no human text of their own, or with their own QApplication.
_SKIP = frozenset({"prompt-window"})


def _configured(explicit: str | None) -> str:
    from movebreak import paths
    from movebreak.storage.config_file import load_config

    path = Path(explicit).expanduser() if explicit else paths.config_file()
    try:
        return load_config(path).settings.language  # problems are the command's to report
    except Exception:  # a language is never worth failing a command for
        return ""


def use_language(args: argparse.Namespace) -> str | None:
    """Install the translators for this command; returns the language, or None if skipped."""
    return install_for(args.command, getattr(args, "config", None))


def install_for(command: str | None, config: str | None) -> str | None:
    """The same before the arguments are parsed (cli.main: the help is translated too)."""
    if command in _SKIP:
        return None
    from movebreak.i18n import LANGUAGE_ENV, install

    return install(os.environ.get(LANGUAGE_ENV) or _configured(config))
