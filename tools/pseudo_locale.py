"""A pseudo-translation of every marked string: accented and about 40 % longer, in brackets
("[Ŝķîþ ŕöûţîñé ·····]"). Text that shows in a window without the brackets did not come
from a translation; text cut short shows the layout has no room for longer languages.

    python tools/pseudo_locale.py build/i18n/movebreak_pseudo.qm

writes the .ts next to the .qm and builds it with pyside6-lrelease (tests load it directly)."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools.i18n_extract import messages  # noqa: E402 - after the path is set

ACCENTS = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
# Placeholders, HTML tags, entities, mnemonics and file patterns stay as they are.
KEEP = re.compile(r"(%[0-9n]|<[^>]+>|&[a-z]+;|&&|&(?=\w)|\(\*\.[a-z]+\)|;;|\b[A-Z]{2,}\b|HH:MM)")
START, END, PAD = "[", "]", "·"


def pseudo(text: str) -> str:
    parts = KEEP.split(text)
    out = "".join(p if KEEP.fullmatch(p) else p.translate(ACCENTS) for p in parts)
    lead = len(out) - len(out.lstrip(" "))
    body = out.strip(" ")
    if not body:
        return text
    pad = PAD * max(1, round(len(body) * 0.4))
    return f"{out[:lead]}{START}{body} {pad}{END}{out[len(out.rstrip(' ')) :]}"


def write_ts(path: Path) -> None:
    ts = ET.Element("TS", version="2.1", language="en", sourcelanguage="en")
    by_context: dict[str, ET.Element] = {}
    for m in messages():
        ctx = by_context.get(m.context)
        if ctx is None:
            ctx = by_context[m.context] = ET.SubElement(ts, "context")
            ET.SubElement(ctx, "name").text = m.context
        msg = ET.SubElement(ctx, "message", numerus="yes") if m.plural else ET.SubElement(ctx, "message")
        ET.SubElement(msg, "source").text = m.source
        tr = ET.SubElement(msg, "translation")
        if m.plural:
            for _ in range(2):
                ET.SubElement(tr, "numerusform").text = pseudo(m.source)
        else:
            tr.text = pseudo(m.source)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(ts, encoding="unicode"))


def build(qm: Path) -> Path:
    ts = qm.with_suffix(".ts")
    qm.parent.mkdir(parents=True, exist_ok=True)
    write_ts(ts)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


if __name__ == "__main__":
    print(build(Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "build" / "i18n" / "movebreak_pseudo.qm")))
