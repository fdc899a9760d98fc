"""Which language is shown: the setting, else the system's UI languages, else English; and a
bad `language` in config.toml is a clear problem, the rest of the file still applies."""

from __future__ import annotations

import pytest

from movebreak.domain.settings_parse import settings_from_mapping
from movebreak.i18n import resolve


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [
        ("de", ["ja-JP"], "de"),  # the setting wins
        ("", ["de-DE", "en-US"], "de"),
        ("", ["de-AT"], "de"),
        ("", ["fr-CA", "de"], "fr"),
        ("", ["pt-PT"], "pt_BR"),  # closer than English
        ("", ["zh-CN"], "zh_CN"),
        ("", ["zh-TW"], "en"),  # Traditional Chinese is not shipped: not Simplified either
        ("", ["sv-SE", "nl-NL"], "nl"),  # the first shipped one in the user's list
        ("", ["en-GB", "de"], "en"),
        ("", ["he-IL"], "he"),
        ("", [], "en"),
        ("xx", ["sv-SE"], "en"),
    ],
)
def test_resolve(setting, system, expected):
    assert resolve(setting, system) == expected


def test_an_unknown_language_names_the_key_and_the_choices():
    settings, problems = settings_from_mapping({"system": {"language": "klingon", "snooze": 7}}, "config.toml")
    assert settings.language == ""
    assert settings.snooze == 5  # snooze lives in [breaks]; this one is reported as unknown below
    text = "\n".join(str(p) for p in problems)
    assert "system.language" in text and "'klingon'" in text
    assert "de" in text and "zh_CN" in text


def test_a_shipped_language_is_kept():
    settings, problems = settings_from_mapping({"system": {"language": "pt_BR"}}, "config.toml")
    assert (settings.language, problems) == ("pt_BR", [])
