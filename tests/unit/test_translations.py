"""Every shipped language is complete, every .qm is built from its .ts, and the .ts files hold
exactly the strings the code and the catalogue mark (tools/i18n_extract.py reads both)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from movebreak.domain.languages import LANGUAGES
from tools.i18n_extract import Message, messages

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "assets" / "translations"
SHIPPED = sorted(code for code in LANGUAGES if code != "en")
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


def _read(code: str) -> dict[Message, list[str] | None]:
    """Message -> its translated forms, or None while unfinished."""
    out: dict[Message, list[str] | None] = {}
    for context in ET.parse(FOLDER / f"movebreak_{code}.ts").getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            plural = message.get("numerus") == "yes"
            key = Message(name, message.findtext("source") or "", plural)
            tr = message.find("translation")
            if tr is None or tr.get("type") in {"unfinished", "obsolete", "vanished"}:
                out[key] = None
                continue
            forms = [f.text or "" for f in tr.findall("numerusform")] if plural else [tr.text or ""]
            out[key] = forms if all(f.strip() for f in forms) else None
    return out


def test_ten_languages_and_one_right_to_left_are_shipped():
    assert len(SHIPPED) >= 10
    assert {"de", "fr", "es", "it", "pt_BR", "nl", "pl", "ja", "zh_CN"} <= set(SHIPPED)
    assert {"ar", "he"} & set(SHIPPED)


def test_every_ts_file_is_a_shipped_language():
    on_disk = {p.stem.removeprefix("movebreak_") for p in FOLDER.glob("movebreak_*.ts")}
    assert on_disk == set(LANGUAGES)


@pytest.mark.parametrize("code", SHIPPED)
def test_shipped_language_translates_every_marked_string(code):
    translated = _read(code)
    wanted = set(messages())
    missing = sorted(f"{m.context}|{m.source}" for m in wanted if translated.get(m) is None)
    assert not missing, (
        f"movebreak_{code}.ts lacks {len(missing)} strings (run make translations, then translate):\n"
        + "\n".join(missing[:20])
    )
    stale = sorted(f"{m.context}|{m.source}" for m in set(translated) - wanted)
    assert not stale, f"movebreak_{code}.ts has strings the code no longer marks (run make translations): {stale[:10]}"


@pytest.mark.parametrize("code", SHIPPED)
def test_placeholders_and_mnemonics_survive_translation(code):
    for message, forms in _read(code).items():
        for form in forms or []:
            for ph in re.findall(r"%[12]", message.source):
                assert ph in form, f"{code}: {message.source!r} -> {form!r} drops {ph}"
            if "&" in message.source and message.context == "Tray":
                assert len(re.findall(r"&(?!&)", form)) == 1, f"{code}: {form!r} needs one mnemonic"
        if forms and message.plural and len(forms) > 1:
            assert "%n" in forms[-1], f"{code}: the last plural form of {message.source!r} must show the count"


def test_english_gives_every_plural_its_forms():
    translated = _read("en")
    plurals = [m for m in messages() if m.plural]
    assert plurals
    assert [m.source for m in plurals if translated.get(m) is None] == []
    assert translated[Message("Tray", "%n hour(s)", True)] == ["%n hour", "%n hours"]


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_committed_qm_is_built_from_its_ts(code, tmp_path):
    if not LRELEASE.exists():
        pytest.skip(f"pyside6-lrelease not found next to {sys.executable} (it ships with PySide6)")
    built = tmp_path / f"movebreak_{code}.qm"
    shutil.copy(FOLDER / f"movebreak_{code}.ts", tmp_path)
    subprocess.run([str(LRELEASE), "-silent", str(tmp_path / f"movebreak_{code}.ts")], check=True)
    assert built.read_bytes() == (FOLDER / f"movebreak_{code}.qm").read_bytes(), "run: make translations"


def test_desktop_entry_and_metainfo_speak_every_shipped_language():
    import configparser

    linux = ROOT / "packaging" / "linux"
    entry = configparser.ConfigParser(interpolation=None, strict=False)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(linux / "io.github.movebreak.Movebreak.desktop", encoding="utf-8")
    metainfo = ET.parse(linux / "io.github.movebreak.Movebreak.metainfo.xml").getroot()
    lang_attr = "{http://www.w3.org/XML/1998/namespace}lang"
    summaries = {s.get(lang_attr) for s in metainfo.iter("summary")}
    for code in SHIPPED:
        for key in ("GenericName", "Comment", "Keywords"):
            assert entry["Desktop Entry"].get(f"{key}[{code}]"), f"{key}[{code}] missing"
        for action in ("Desktop Action BreakNow", "Desktop Action Pause"):
            assert entry[action].get(f"Name[{code}]"), f"{action}: Name[{code}] missing"
        assert code in summaries, f"metainfo: no <summary xml:lang={code!r}>"


def test_metainfo_description_is_in_every_shipped_language():
    """Each paragraph and list item of the store description is followed by its translations."""
    metainfo = ET.parse(ROOT / "packaging" / "linux" / "io.github.movebreak.Movebreak.metainfo.xml").getroot()
    lang_attr = "{http://www.w3.org/XML/1998/namespace}lang"
    description = metainfo.find("description")
    assert description is not None
    for tag in ("p", "li"):
        items = list(description.iter(tag))
        english = [e for e in items if e.get(lang_attr) is None]
        assert english, f"no English <{tag}>"
        for code in SHIPPED:
            assert len([e for e in items if e.get(lang_attr) == code]) == len(english), f"<{tag} xml:lang={code!r}>"
