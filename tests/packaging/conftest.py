"""Fixtures for the packaging tests: the frozen bundle (built once per session) and the
e2e desktop session, reused from tests/e2e so there is one desktop fixture, not two."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.conftest import desktop  # noqa: F401 - re-exported as a fixture for this folder
from tests.packaging import frozen


@pytest.fixture(scope="session")
def frozen_exe() -> Path:
    """dist/movebreak/movebreak, built now unless dist/ is newer than every source."""
    reason = frozen.pyinstaller_missing()
    if reason:
        print(f"packaging tests skipped: {reason}")
        pytest.skip(reason)
    try:
        exe, built = frozen.ensure_built()
    except frozen.BuildFailed as exc:
        pytest.fail(str(exc), pytrace=False)
    print(f"frozen app: {exe} ({'built now' if built else 'reused, newer than the sources'})")
    return exe
