"""PySide6's import hook, made to forget what it reads.

Once PySide6 is imported, its import hook (shibokensupport's __feature__ support) asks of
every module imported after it whether its source mentions "PySide6", with
inspect.getsource(). That reads the whole file into linecache and keeps it: for the tray
app's Qt modules, thousands of small strings interleaved with the modules' own objects. The
app drops linecache after start (process.drop_source_caches), but the memory stays
fragmented: measured under Xvfb, about 2.2 MiB of the idle tray app (anonymous memory
20.8 -> 18.6 MiB).

`lighten()` swaps the hook's check (`_mod_uses_pyside(module)`, a private function) for one
that gives the same answer from the file's bytes and keeps nothing. It is private API, so it
is guarded: if the function is missing or does not take one module, nothing is changed and
the app keeps PySide6's own check (more memory, same behaviour). tests/unit/test_pyside_hook.py
simulates such a change."""

from __future__ import annotations

import inspect
import logging
import sys
from types import ModuleType

log = logging.getLogger(__name__)

FEATURE_MODULES = ("shibokensupport.feature", "PySide6.support.feature")


def mentions_pyside(module: ModuleType) -> bool:
    """Does the module's source file mention PySide6? What PySide6's check answers, for a
    module with a .py source (without one, PySide6's check answers False as well)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as fh:
            return b"PySide6" in fh.read()
    except OSError:
        return False


def _feature_module() -> ModuleType | None:
    return next((sys.modules[name] for name in FEATURE_MODULES if name in sys.modules), None)


def lighten() -> bool:
    """Import PySide6 (which installs the hook) and replace the hook's source check; True when
    it was replaced."""
    import PySide6  # noqa: F401

    feature = _feature_module()
    check = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(check):
        log.debug("PySide6's import hook has no _mod_uses_pyside: left as it is")
        return False
    try:
        params = list(inspect.signature(check).parameters.values())
    except (TypeError, ValueError):
        params = []
    if len(params) != 1 or params[0].kind not in (params[0].POSITIONAL_ONLY, params[0].POSITIONAL_OR_KEYWORD):
        log.debug("PySide6's _mod_uses_pyside takes %d arguments, not a module: left as it is", len(params))
        return False
    feature._mod_uses_pyside = mentions_pyside  # type: ignore[union-attr]
    return True
