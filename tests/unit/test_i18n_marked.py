"""Every user-visible string literal in ui/ goes through translate(): an AST scan of the calls
that put text on screen. Files not yet marked are listed by name and must shrink, not grow."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "movebreak" / "ui"

# Calls whose positional string arguments end up on screen.
SINKS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setPlaceholderText",
    "setAccessibleName",
    "setAccessibleDescription",
    "addAction",
    "addMenu",
    "addItem",
    "addItems",
    "addTab",
    "setStatusTip",
    "setTitle",
    "setSpecialValueText",
    "setSuffix",
    "setPrefix",
    "addRow",
    "setItemText",
    "set_error",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QGroupBox",
    "QAction",
    "QRadioButton",
    "QToolButton",
    "information",
    "warning",
    "question",
    "critical",
    "_button",
    "_add",
    "showMessage",
    "setHorizontalHeaderLabels",
}
# Which positional arguments are text (default: the first): QMessageBox.warning(parent, title, text).
ARG_POSITIONS = {
    "information": (1, 2),
    "warning": (1, 2),
    "question": (1, 2),
    "critical": (1, 2),
    "setItemText": (1,),
    "addTab": (1,),
    "addAction": (0, 1),
}
LOGGERS = {"log", "logger", "logging", "warnings"}
# Text that is the same in every language.
ALLOWED_WORDS = {"movebreak"}
# Files whose strings are not all marked yet (the report of issue 18 lists them). Remove a
# file when it is marked; the last test fails when a listed file has nothing left to mark.
NOT_YET_MARKED: set[str] = set()


def _visible(text: str) -> bool:
    text = re.sub(r"<[^>]+>", " ", text)  # rich-text tags
    words = re.findall(r"[^\W\d_]+", text)
    return any(w.lower() not in ALLOWED_WORDS for w in words)


def _literal_text(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return " ".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    if isinstance(node, ast.IfExp):
        parts = [_literal_text(node.body), _literal_text(node.orelse)]
        return " ".join(p for p in parts if p) or None
    if isinstance(node, ast.BinOp):
        parts = [_literal_text(node.left), _literal_text(node.right)]
        return " ".join(p for p in parts if p) or None
    return None


def unmarked(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        if name not in SINKS:
            continue
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in LOGGERS:
            continue
        positions = ARG_POSITIONS.get(name, (0,))
        args = [a for i, a in enumerate(node.args) if i in positions]
        args += [k.value for k in node.keywords if k.arg in {"text", "title"}]
        for arg in args:
            text = _literal_text(arg)
            if text is not None and _visible(text):
                found.append(f"{path.name}:{arg.lineno}: {text!r}")
    return found


@pytest.mark.parametrize(
    "path", sorted(p for p in UI.glob("*.py") if p.name not in NOT_YET_MARKED), ids=lambda p: p.name
)
def test_marked_file_shows_no_literal_text(path):
    assert unmarked(path) == []


def test_the_scan_finds_an_unmarked_label(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        'label = QLabel("Hello")\nb.setToolTip(f"{n} left")\nw.setWindowTitle(f"movebreak — {t}")\n'
        'ok = QLabel(translate("X", "Hello"))\n'
    )
    assert unmarked(sample) == ["sample.py:1: 'Hello'", "sample.py:2: ' left'"]


def test_files_listed_as_unmarked_still_have_unmarked_text():
    done = [name for name in sorted(NOT_YET_MARKED) if not unmarked(UI / name)]
    assert done == [], f"fully marked now, remove from NOT_YET_MARKED: {done}"


# ---------------------------------------------------------------- domain and storage
# They stay Qt-free and English; their problems are shown to people (startup notice, settings
# window, check-config), so each message is marked with movebreak.texts.N_ and translated
# where it is shown. A plain literal handed to a Problem or an error is text nobody can translate.
MOVEBREAK = UI.parent
CORE = sorted([*(MOVEBREAK / "domain").glob("*.py"), *(MOVEBREAK / "storage").glob("*.py")])
CORE_SINKS = {
    "Problem": (1, 4),  # Problem(source, message, key, line, valid)
    "add": (1, 2),  # a problem collector's add(key, message, valid)
    "MovebreakError": (0,),
    "ConfigError": (0,),
    "UnreadableConfig": (0,),
    "CalendarError": (0,),
    "ExerciseError": (0,),
    "JournalError": (0,),
}
# Files whose problems are not all marked yet; the last test fails when one is done.
CORE_NOT_YET_MARKED: set[str] = set()


# A list of config names ("days, start, end, title") is the same in every language.
# So is a time format ('"HH:MM"') or a point ("[x, y]").
NAME_LIST = re.compile(r'^[a-z_]+(, [a-z_]+)+$|^"HH:MM(-HH:MM)?"$|^\[[a-z]+, [a-z]+\]$')


def core_unmarked(path: Path, sinks: dict[str, tuple[int, ...]] = CORE_SINKS) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        if name not in sinks:
            continue
        args = [a for i, a in enumerate(node.args) if i in sinks[name]]
        args += [k.value for k in node.keywords if k.arg in {"message", "valid", "problems", "late"}]
        for arg in args:
            text = _literal_text(arg)
            if text is not None and _visible(text) and not NAME_LIST.match(text):
                found.append(f"{path.name}:{arg.lineno}: {text!r}")
    return found


@pytest.mark.parametrize("path", [p for p in CORE if p.name not in CORE_NOT_YET_MARKED], ids=lambda p: p.name)
def test_domain_and_storage_problems_are_marked(path):
    assert core_unmarked(path) == []


def test_the_core_scan_finds_an_unmarked_problem(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        'p = Problem(src, f"Invalid value {v!r}", key="k")\nout.add(key, "Ranges overlap", N_("Problem", "x"))\n'
        'raise ConfigError(f"{path}: no such file")\nok = Problem.of(src, N_("Problem", "no such file"), valid="a")\n'
    )
    assert core_unmarked(sample) == [
        "sample.py:1: 'Invalid value '",
        "sample.py:2: 'Ranges overlap'",
        "sample.py:3: ': no such file'",
    ]


def test_core_files_listed_as_unmarked_still_have_unmarked_problems():
    done = [name for name in sorted(CORE_NOT_YET_MARKED) if not any(core_unmarked(p) for p in CORE if p.name == name)]
    assert done == [], f"fully marked now, remove from CORE_NOT_YET_MARKED: {done}"


# ---------------------------------------------------------------- calendar sources
# The calendar's problems reach the settings window's test, the tray's notice, `plan` and
# `check-config`. Besides the core's sinks: Problem.of (it keeps an unmarked message as it
# came), and the errors whose words become a problem (a size over the limit, a redirect).
SOURCES = sorted((MOVEBREAK / "sources").glob("*.py"))
SOURCE_SINKS = {**CORE_SINKS, "of": (1,), "ValueError": (0,), "URLError": (0,), "run_job": ()}
# Files whose problems are not all marked yet; the last test fails when one is done.
SOURCES_NOT_YET_MARKED: set[str] = set()


@pytest.mark.parametrize("path", [p for p in SOURCES if p.name not in SOURCES_NOT_YET_MARKED], ids=lambda p: p.name)
def test_calendar_source_problems_are_marked(path):
    assert core_unmarked(path, SOURCE_SINKS) == []


def test_the_source_scan_finds_an_unmarked_problem(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        'p = Problem.of(src, "no such file")\nraise ValueError(f"is more than the {n} MB limit")\n'
        'a = run_job(req, src, late=f"no answer within {t} s")\nok = Problem.of(src, N_("Calendar", "x"))\n'
    )
    assert core_unmarked(sample, SOURCE_SINKS) == [
        "sample.py:1: 'no such file'",
        "sample.py:2: 'is more than the   MB limit'",
        "sample.py:3: 'no answer within   s'",
    ]


def test_source_files_listed_as_unmarked_still_have_unmarked_problems():
    done = [
        n
        for n in sorted(SOURCES_NOT_YET_MARKED)
        if not any(core_unmarked(p, SOURCE_SINKS) for p in SOURCES if p.name == n)
    ]
    assert done == [], f"fully marked now, remove from SOURCES_NOT_YET_MARKED: {done}"


# ---------------------------------------------------------------- command line and replies
# The CLI's --help, and the running app's answers to pause, focus, break-now and show, which
# the CLI prints and the tray shows: marked (translate / N_), never a bare literal.
CLI_FILES = [MOVEBREAK / "cli.py", *sorted((MOVEBREAK / "commands").glob("*.py"))]
REPLY_FILES = [
    MOVEBREAK / "runtime" / "commands.py",
    MOVEBREAK / "runtime" / "pausing.py",
    MOVEBREAK / "domain" / "pause.py",
]


def cli_unmarked(path: Path) -> list[str]:
    """help= and description= given as literal text."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            for k in node.keywords:
                text = _literal_text(k.value) if k.arg in {"help", "description", "epilog"} else None
                if text is not None and _visible(text):
                    found.append(f"{path.name}:{k.value.lineno}: {text!r}")
    return found


def reply_unmarked(path: Path) -> list[str]:
    """Replies as literals: returned, put under "message", or raised as a ValueError."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        values: list[ast.expr] = []
        if isinstance(node, ast.Return) and node.value is not None:
            values.append(node.value)
        elif isinstance(node, ast.Dict):
            values += [
                v
                for k, v in zip(node.keys, node.values, strict=True)
                if isinstance(k, ast.Constant) and k.value == "message"
            ]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in {"ValueError", "reply"}:
            values += node.args[:2]
        for value in values:
            text = _literal_text(value)
            if text is not None and _visible(text):
                found.append(f"{path.name}:{value.lineno}: {text!r}")
    return found


@pytest.mark.parametrize("path", CLI_FILES, ids=lambda p: p.name)
def test_command_line_help_is_marked(path):
    assert cli_unmarked(path) == []


@pytest.mark.parametrize("path", REPLY_FILES, ids=lambda p: p.name)
def test_replies_to_commands_are_marked(path):
    assert reply_unmarked(path) == []


def test_the_cli_and_reply_scans_find_literals(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        'p.add_argument("--x", help="do a thing")\nok = p.add_argument("--y", help=translate("CLI", "y"))\n'
        'def f():\n    return "Breaks resumed."\nd = {"message": f"Opened {what}."}\nraise ValueError("bad pause")\n'
    )
    assert cli_unmarked(sample) == ["sample.py:1: 'do a thing'"]
    assert reply_unmarked(sample) == [
        "sample.py:4: 'Breaks resumed.'",
        "sample.py:5: 'Opened  .'",
        "sample.py:6: 'bad pause'",
    ]
