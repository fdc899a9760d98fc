"""What the tray app reads before it builds anything: config, catalogue, data folder, and the
notices about their problems (shown once the app is up, printed on the terminal at once).

No Qt here (movebreak.preload imports this before PySide6); translate() is imported when a
notice is written, after the app has installed the user's language."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from movebreak import paths
from movebreak.domain.exercises import Exercise
from movebreak.domain.settings import Settings
from movebreak.errors import Problem
from movebreak.storage.config_file import load_config
from movebreak.texts import N_


def data_dir_problem() -> str | None:
    data = paths.data_dir()
    try:
        data.mkdir(parents=True, exist_ok=True)
        probe = data / ".write-test"
        probe.write_text("")
        probe.unlink()
    except OSError as exc:
        return N_(
            "App",
            "The data folder %1 is not writable (%2). Breaks still appear, "
            "but nothing is logged. Fix its permissions or set MOVEBREAK_DATA_DIR.",
            data,
            exc.strerror or exc,
        )
    return None


@dataclass
class Startup:
    settings: Settings
    config_problems: list[Problem]
    first_run: bool
    catalogue: list[Exercise]
    data_problem: str | None
    notices: list[str] = field(default_factory=list)  # for the user, in order, once the app is up


def read_startup(config_path: Path, explicit_config: bool) -> Startup:
    """Config first, so the user's language is installed before any notice is worded."""
    from movebreak.i18n import any_text, problem_text, translate
    from movebreak.i18n import install as install_language

    loaded = load_config(config_path)
    install_language(loaded.settings.language)  # before any window or menu is built
    notices: list[str] = []
    if loaded.problems:
        notices.append(_config_notice(loaded.problems))
    data_problem = data_dir_problem()
    if data_problem:
        notices.append(any_text(data_problem))
        print(f"movebreak: {any_text(data_problem)}", file=sys.stderr)

    from movebreak.storage.catalogue import load_catalogue

    catalogue, cat_problems = load_catalogue(paths.user_exercises_dir())
    for p in cat_problems:
        print(f"movebreak: {translate('App', 'skipped exercise: %1').replace('%1', problem_text(p))}", file=sys.stderr)
    if cat_problems:
        notices.append(_catalogue_notice(cat_problems))
    return Startup(
        settings=loaded.settings,
        config_problems=loaded.problems,
        first_run=not loaded.exists and not explicit_config,
        catalogue=catalogue,
        data_problem=data_problem,
        notices=notices,
    )


def _config_notice(problems: Sequence[Problem]) -> str:
    from movebreak.i18n import config_notice, problem_text

    shown = "\n".join(problem_text(p) for p in problems[:5])
    print(f"movebreak: {config_notice(problems)}", file=sys.stderr)
    for p in problems:
        print(f"  {problem_text(p)}", file=sys.stderr)
    return config_notice(problems) + f"\n{shown}"


def _catalogue_notice(problems: Sequence[Problem]) -> str:
    from movebreak.i18n import problem_text, translate

    return translate(
        "App", "%n exercise file problems; those exercises were skipped. First: %1", None, len(problems)
    ).replace("%1", problem_text(problems[0]))
