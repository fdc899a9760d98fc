"""movebreak.domain stays pure: no Qt, APScheduler, sqlite3, plyer or network module."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import movebreak.domain

FORBIDDEN = (
    "PySide6",
    "shiboken6",
    "apscheduler",
    "sqlite3",
    "_sqlite3",
    "plyer",
    "socket",
    "ssl",
    "urllib.request",
    "http.client",
    "requests",
)
DOMAIN_DIR = Path(movebreak.domain.__file__).parent


def test_domain_modules_import_nothing_forbidden_at_runtime() -> None:
    modules = sorted(p.stem for p in DOMAIN_DIR.glob("*.py") if p.stem != "__init__")
    code = (
        "import sys\n"
        + "".join(f"import movebreak.domain.{m}\n" for m in modules)
        + f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r} or m in {FORBIDDEN!r})\n"
        + "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"domain pulled in: {out.stdout.strip()}"
    assert len(modules) >= 5


def test_domain_source_has_no_forbidden_import_statement() -> None:
    offenders = []
    for path in DOMAIN_DIR.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in FORBIDDEN or n in FORBIDDEN]
    assert offenders == []
