"""Test-wide setup: offscreen Qt, and config/data dirs that never touch the user's own."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MOVEBREAK_NO_SINGLE_INSTANCE", "0")
# English unless a test picks a language: a developer's own LANGUAGE/LANG must not change
# what the tests read (the app and the CLI follow the system language).
os.environ["LANGUAGE"] = "en"
os.environ.pop("MOVEBREAK_LANGUAGE", None)


@pytest.fixture(autouse=True)
def english():
    """English with its plural forms ("1 day", "2 days"), as the app shows it; a test that
    picks another language gets English back after it."""
    from movebreak import i18n

    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path, monkeypatch):
    """Every test gets its own config and data dirs."""
    config = tmp_path / "config"
    data = tmp_path / "data"
    monkeypatch.setenv("MOVEBREAK_CONFIG_DIR", str(config))
    monkeypatch.setenv("MOVEBREAK_DATA_DIR", str(data))
    return config, data
