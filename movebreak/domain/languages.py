"""The languages movebreak ships, by Qt locale name, each with its own name for the settings.

Qt-free so that settings validation (domain) and the translator loader (movebreak.i18n) share
one list; a test checks that every code here has a complete .ts file and the other way round."""

from __future__ import annotations

# Locale name -> the language's name in itself (what a speaker looks for in a list).
LANGUAGES: dict[str, str] = {
    "de": "Deutsch",
    "en": "English",  # the source language: its .ts only holds plural forms
    "es": "Español",
    "fr": "Français",
    "he": "עברית",
    "it": "Italiano",
    "ja": "日本語",
    "nl": "Nederlands",
    "pl": "Polski",
    "pt_BR": "Português (Brasil)",
    "zh_CN": "简体中文",
}

RIGHT_TO_LEFT: frozenset[str] = frozenset({"he"})
