"""The user's language: Qt translators for movebreak and Qt's own strings, the locale that
formats times and dates, and the layout direction. Called once per process (tray app, prompt
child, CLI) before any window is built; `translate()` is what the code calls for each string.

Strings live in assets/translations/movebreak_<lang>.ts (sources, edited by people) and the
.qm files pyside6-lrelease builds from them (`make translations`). English is the source
language; movebreak_en.qm only carries English plural forms ("1 minute", "3 minutes")."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTime, QTranslator

from movebreak.domain.exercises import Exercise, Routine
from movebreak.domain.languages import LANGUAGES, RIGHT_TO_LEFT
from movebreak.domain.routines import marked_title
from movebreak.errors import Problem
from movebreak.paths import asset
from movebreak.texts import Text, capitalized, fill

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
# The language the tray app resolved, for its children (the prompt window): they inherit the
# environment, and read no config of their own.
LANGUAGE_ENV = "MOVEBREAK_LANGUAGE"
_installed: list[QTranslator] = []  # kept referenced: Qt does not own installed translators


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QCoreApplication.translate under a short name; pyside6-lupdate reads `translate(` calls
    as (context, source[, disambiguation[, n]]), so pass n positionally for plurals."""
    if not _installed:
        return QCoreApplication.translate(context, text, disambiguation, n)  # i18n: marked elsewhere
    # Ours are asked directly, newest first, filling in %n as QCoreApplication.translate
    # would: a command-line process has no QCoreApplication (Qt then ignores translators),
    # and translators loaded before the application was made are not installed in it.
    for translator in reversed(_installed):
        found = translator.translate(context, text, disambiguation, n)
        if found:
            return found.replace("%n", str(n)) if n >= 0 else found
    return text.replace("%n", str(n)) if n >= 0 else text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Marks a string for lupdate without translating it here (tables of labels)."""
    return text


def translations_dir() -> Path:
    return asset("translations")


def resolve(setting: str, ui_languages: list[str] | None = None) -> str:
    """The shipped language to use: the setting when it names one, else the first of the
    system's UI languages (LANGUAGE, LC_MESSAGES, LANG on Linux) that we ship, else English."""
    if setting in LANGUAGES:
        return setting
    for name in ui_languages if ui_languages is not None else QLocale.system().uiLanguages():
        locale = QLocale(name)
        full, base = locale.name(), locale.name().split("_")[0]
        if full in LANGUAGES:
            return full
        # "pt" or "pt_PT" gets Brazilian Portuguese, "zh_SG" Simplified Chinese: closer than English.
        same_base = [code for code in LANGUAGES if code.split("_")[0] == base]
        if same_base and not (base == "zh" and locale.script() == QLocale.Script.TraditionalChineseScript):
            return same_base[0]
    return SOURCE_LANGUAGE


def _load(translator: QTranslator, name: str, folder: str) -> bool:
    ok = translator.load(name, folder)
    if ok:
        if QCoreApplication.instance() is not None:
            QCoreApplication.installTranslator(translator)
        _installed.append(translator)
    return ok


def install(setting: str = "") -> str:
    """Install the translators for `setting` ("" = system default) and make its locale the
    default for formatting; returns the language used. Safe to call again (Save in settings)."""
    reset()
    language = resolve(setting)
    os.environ[LANGUAGE_ENV] = language
    if not _load(QTranslator(), f"movebreak_{language}", str(translations_dir())):
        log.warning("no translation file for %r in %s; showing English", language, translations_dir())
    if language != SOURCE_LANGUAGE:
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if not _load(QTranslator(), f"qtbase_{language}", qt_dir):
            log.info("Qt ships no qtbase translation for %r; standard buttons stay English", language)
    system = QLocale.system()
    chosen = QLocale(language)
    # Keep the system's country (a 24-hour en_GB, a Swiss de_CH) when its language is the one
    # shown; otherwise day and month names would not match the rest of the window. By name:
    # Qt's system locale object answers from LC_TIME, which may be "C" while LANGUAGE says pl.
    QLocale.setDefault(QLocale(system.name()) if system.language() == chosen.language() else chosen)
    _set_direction(language)
    return language


def reset() -> None:
    """Back to the source language with the system's formats (tests, and `install` itself)."""
    for old in _installed:
        if QCoreApplication.instance() is not None:
            QCoreApplication.removeTranslator(old)
    _installed.clear()
    os.environ.pop(LANGUAGE_ENV, None)
    QLocale.setDefault(QLocale.system())
    _set_direction(SOURCE_LANGUAGE)


def _set_direction(language: str) -> None:
    app = QCoreApplication.instance()
    if app is None:  # a command-line process: no layout, and no QtGui to load for it
        return
    from PySide6.QtGui import QGuiApplication

    rtl = language in RIGHT_TO_LEFT
    if not isinstance(app, QGuiApplication) or rtl == QGuiApplication.isRightToLeft():
        return
    # Only on a change: the Qt namespace costs the idle tray app about 0.7 MiB for good.
    from PySide6.QtCore import Qt

    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)


def language_choices() -> list[tuple[str, str]]:
    """(code, label) for the settings: system default first, then every shipped language."""
    return [("", translate("Language", "System default")), *sorted(LANGUAGES.items(), key=lambda i: i[1].casefold())]


# ---------------------------------------------------------------- times and dates


def time_text(moment: datetime) -> str:
    """Wall-clock time as the locale writes it (14:30, 2:30 PM); the datetime's own zone."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def day_time_text(moment: datetime) -> str:
    """Short day name and time: "Fr. 14:30", "Fri 2:30 PM"."""
    day = QLocale().dayName(moment.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{day} {time_text(moment)}"


def day_name(iso_weekday: int) -> str:
    """Short day name (1 = Monday): "Mo.", "lun.", "月"."""
    return QLocale().dayName(iso_weekday, QLocale.FormatType.ShortFormat)


def short_day_name(iso_weekday: int) -> str:
    """At most three letters, for chart axes: "Fr", "Fri", "ven", "ו׳", "金"."""
    locale = QLocale()
    name = locale.dayName(iso_weekday, QLocale.FormatType.ShortFormat).rstrip(".")
    return name if len(name) <= 3 else locale.dayName(iso_weekday, QLocale.FormatType.NarrowFormat)


def date_text(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def when_text(moment: datetime) -> str:
    """Day name, date and time: "Fr. 27.11.26  14:30"."""
    return f"{day_name(moment.isoweekday())} {date_text(moment.date())}  {time_text(moment)}"


def first_day_of_week() -> int:
    """ISO weekday (1 = Monday) the locale starts its week on."""
    return QLocale().firstDayOfWeek().value


# ---------------------------------------------------------------- texts built from parts


def text(marked: Text) -> str:
    """A text the domain or storage marked (movebreak.texts.N_), translated, its parts filled in."""
    args = tuple(text(a) if isinstance(a, Text) else a for a in marked.args)
    filled = fill(translate(marked.context, marked.source, None, marked.n), args)  # i18n: marked elsewhere
    return capitalized(filled) if marked.capital else filled


def any_text(message: str) -> str:
    """A message that may be marked (a journal notice): translated if it is, else as it came."""
    return text(message) if isinstance(message, Text) else message


def problem_text(problem: Problem) -> str:
    """A Problem as str(problem) writes it, in the user's language: where, what, what is valid.
    Words that are not ours (an OS error) stay as they came."""
    where = problem.source
    if problem.line is not None:
        where += f":{problem.line}"
    if problem.key:
        where += f": {problem.key}"
    message = text(problem.text) if problem.text else problem.message
    if problem.warning:
        message = translate("Problem", "warning: %1").replace("%1", message)
    valid = text(problem.valid_text) if problem.valid_text else problem.valid
    if valid:
        message = fill(translate("Problem", "%1 (valid: %2)"), (message, valid))
    return f"{where}: {message}"


def config_notice(problems: list[Problem]) -> str:
    """The startup notice's first line for a config with problems, true to what happens: wrong
    values run on their defaults, unknown keys and sections are only ignored, and a file that
    cannot be read at all leaves every key on its default."""
    errors = [p for p in problems if not p.warning]
    if any(p.key is None for p in errors):
        return translate(
            "App", "Your config file cannot be read; movebreak runs on its defaults. The file was not changed."
        )
    if not errors:
        return translate(
            "App",
            "Your config has %n unknown keys or sections; movebreak ignores them. The file was not changed.",
            None,
            len(problems),
        )
    if len(errors) < len(problems):
        return translate(
            "App",
            "Your config has problems; movebreak runs on defaults for the wrong values "
            "and ignores the unknown keys. The file was not changed.",
        )
    return translate(
        "App", "Your config has problems; movebreak runs on defaults for those keys. The file was not changed."
    )


def problem_message(problem: Problem) -> str:
    """Only what is wrong, in the user's language (a field's tooltip says where)."""
    return text(problem.text) if problem.text else problem.message


def minutes_text(minutes: int) -> str:
    return translate("Units", "%n min", None, minutes)


def area_name(area: str) -> str:
    """A body area as the catalogue names it ("upper back"), in the user's language."""
    return translate("BodyArea", area)  # i18n: marked elsewhere


def position_name(exercise: Exercise) -> str:
    return translate("PromptWindow", "Seated") if exercise.seated else translate("PromptWindow", "Standing")


def outcome_name(state: str) -> str:
    """A break state or exercise outcome ("natural-break") in words ("natural break")."""
    return translate("Outcome", state.replace("-", " "))  # i18n: marked elsewhere


def exercises_text(record: Any, name_of: Callable[[str], str]) -> str:
    """A journal record's exercises, as storage.history_export.describe_exercises writes them
    for the CLI, in the user's language: "Chin tuck (60 s), Squat (skipped)"."""
    parts = []
    for e in record.exercises:
        if e.outcome == "completed":
            parts.append(f"{name_of(e.exercise_id)} ({translate('Units', '%n s', None, e.seconds)})")
        else:
            parts.append(f"{name_of(e.exercise_id)} ({outcome_name(e.outcome)})")
    return ", ".join(parts)


def reason_name(reason: str) -> str:
    """Why the planner put a break there ("after-block", "sitting-limit"), in words."""
    return translate("Reason", reason)  # i18n: marked elsewhere


def exercise_text(text: str) -> str:
    """A bundled exercise's name, step or safety note, keyed by its English text. A user's own
    exercise has no entry, so it stays as written."""
    return translate("Exercise", text)  # i18n: marked elsewhere


def routine_title(routine: Routine) -> str:
    """The routine's title ("Neck & shoulders, 4 min") in the user's language. The domain's
    English title stays the journal's record; a title it did not compose is shown as it is."""
    return any_text(marked_title(routine))
