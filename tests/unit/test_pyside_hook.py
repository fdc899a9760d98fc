"""movebreak.pyside_hook: PySide6's import hook keeps no module source after lighten(), gives
the same answers as before, and is left alone when PySide6's private check changes shape.

Each case runs in a fresh interpreter: the hook is process-wide, and the test process has
long imported PySide6."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

AFTER_LIGHTEN = r"""
import json, linecache, sys
sys.path.insert(0, sys.argv[1])
from movebreak import pyside_hook
replaced = pyside_hook.lighten()
feature = sys.modules["shibokensupport.feature"]
linecache.clearcache()
import uses_qt, plain_module
print(json.dumps({
    "replaced": replaced,
    "cached": sorted(linecache.cache),
    "flags": [feature.pyside_feature_dict.get(n) for n in ("uses_qt", "plain_module")],
}))
"""

BEFORE = AFTER_LIGHTEN.replace("replaced = pyside_hook.lighten()", "import PySide6; replaced = False")

SAME_ANSWERS = r"""
import json, sys
import PySide6
original = sys.modules["shibokensupport.feature"]._mod_uses_pyside
from movebreak import pyside_hook
import movebreak.app, movebreak.domain.planner, json as json_module
mods = [movebreak.app, movebreak.domain.planner, json_module, sys]
print(json.dumps([[original(m), pyside_hook.mentions_pyside(m)] for m in mods]))
"""

CHANGED = r"""
import json, sys, types
import PySide6
real = sys.modules["shibokensupport.feature"]
from movebreak import pyside_hook
results = []
for fake in (
    types.SimpleNamespace(),  # the function is gone
    types.SimpleNamespace(_mod_uses_pyside=lambda module, strict: True),  # it takes more
):
    sys.modules["shibokensupport.feature"] = fake
    results.append([pyside_hook.lighten(), getattr(fake, "_mod_uses_pyside", None) is not pyside_hook.mentions_pyside])
print(json.dumps(results))
"""


def run(code: str, *args: str) -> object:
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def modules(tmp_path: Path) -> Path:
    (tmp_path / "uses_qt.py").write_text("from PySide6 import QtCore\nX = 1\n")
    (tmp_path / "plain_module.py").write_text("Y = 2\n")
    return tmp_path


def test_after_lighten_the_hook_keeps_no_source_and_flags_modules_as_before(tmp_path: Path) -> None:
    folder = modules(tmp_path)
    before = run(BEFORE, str(folder))
    after = run(AFTER_LIGHTEN, str(folder))
    assert isinstance(before, dict) and isinstance(after, dict)
    assert any(path.endswith("uses_qt.py") for path in before["cached"])  # PySide6's own check keeps it
    assert after["replaced"] is True
    assert [p for p in after["cached"] if p.endswith(("uses_qt.py", "plain_module.py"))] == []
    assert after["flags"] == before["flags"] == [0, -1]  # uses PySide: no feature; else ignored


def test_the_lighter_check_answers_as_pyside6s_own() -> None:
    answers = run(SAME_ANSWERS)
    assert answers == [[True, True], [False, False], [False, False], [False, False]]


def test_a_changed_private_check_is_left_alone() -> None:
    assert run(CHANGED) == [[False, True], [False, True]]
