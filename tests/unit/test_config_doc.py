"""docs/config.md is generated from the schema and must match it, so the reference can't drift."""

from __future__ import annotations

import importlib.util
import sys
import tomllib
from pathlib import Path
from types import ModuleType

from movebreak.domain.settings import OPTIONS, STRUCTURED_SECTIONS
from movebreak.domain.settings_parse import settings_from_mapping

ROOT = Path(__file__).resolve().parents[2]


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_config_doc", ROOT / "tools" / "gen_config_doc.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["gen_config_doc"] = module
    spec.loader.exec_module(module)
    return module


def test_committed_reference_is_up_to_date() -> None:
    committed = (ROOT / "docs" / "config.md").read_text(encoding="utf-8")
    assert committed == _generator().render(), "run: python tools/gen_config_doc.py"


def test_every_key_is_documented_with_its_default() -> None:
    text = _generator().render()
    for opt in OPTIONS:
        row = next((line for line in text.splitlines() if line.startswith(f"| `{opt.name}` |")), None)
        assert row is not None, opt.key
        assert opt.help.replace("|", "\\|") in row
    for section in STRUCTURED_SECTIONS:
        assert f"**`{section}`**" in text


def test_example_in_the_reference_is_a_valid_config() -> None:
    gen = _generator()
    data = tomllib.loads(gen._EXAMPLE)
    settings, problems = settings_from_mapping(data, "docs example")
    assert problems == []
    assert settings.max_sitting == 45
    assert settings.blocks[0].days == (0, 1, 2, 3)
