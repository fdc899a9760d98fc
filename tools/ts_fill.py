"""Fills translations into a Qt .ts file from a JSON file, for translators without Qt Linguist.

    python tools/ts_fill.py assets/translations/movebreak_de.ts my_de.json

The JSON maps "Context|English source" to the translation: a string, or for a plural
("%n min") a list with one entry per plural form of the language, in Qt's order (lupdate
writes that many <numerusform> slots). Entries already translated are replaced; sources the
.ts does not have are listed and left out. Then run `make translations` to build the .qm."""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def fill(ts_path: Path, entries: dict[str, str | list[str]]) -> list[str]:
    """Writes `entries` into the .ts; returns the keys it has no message for."""
    tree = ET.parse(ts_path)
    unused = dict(entries)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = f"{name}|{message.findtext('source')}"
            if key not in unused:
                continue
            value = unused.pop(key)
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                forms = translation.findall("numerusform")
                values = value if isinstance(value, list) else [value]
                if len(values) != len(forms):
                    raise SystemExit(f"{key}: {len(forms)} plural forms expected, got {len(values)}")
                for form, text in zip(forms, values, strict=True):
                    form.text = text
            else:
                translation.text = value if isinstance(value, str) else value[0]
    ET.indent(tree, "    ")
    ts_path.write_text(HEADER + ET.tostring(tree.getroot(), encoding="unicode") + "\n", encoding="utf-8")
    return list(unused)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    missing = fill(Path(sys.argv[1]), json.loads(Path(sys.argv[2]).read_text(encoding="utf-8")))
    for key in missing:
        print(f"not in {sys.argv[1]}: {key}", file=sys.stderr)
