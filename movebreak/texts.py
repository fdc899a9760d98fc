"""English text marked for translation and kept with its parts until it is shown.

The domain, storage and runtime stay Qt-free and English (their words are logged, and `--json`
and `--format json/csv` carry them): they say `N_("Problem", "Invalid value %1", value)`,
which tools/i18n_extract.py reads like QT_TRANSLATE_NOOP. A Text is that English string, so
code that only needs English uses it as one; the window or command that shows it to a person
translates its template and fills in the parts (movebreak.i18n.text)."""

from __future__ import annotations

import re
from typing import Any

_PLACEHOLDER = re.compile(r"%([1-9])")


def fill(template: str, args: tuple[str, ...]) -> str:
    """%1..%9 replaced in one pass, so a part that itself says "%2" stays as written."""
    if not args:
        return template

    def part(m: re.Match[str]) -> str:
        i = int(m.group(1))
        return args[i - 1] if i <= len(args) else m.group(0)

    return _PLACEHOLDER.sub(part, template)


class Text(str):
    """The filled English text; `context` and `source` are its translation key, `args` its
    parts (a part may be a Text itself: "for %1" with "2 days"). `n` is the count of a plural
    ("%1, %n min", marked with N_plural), -1 for none; `capital` gives the filled text a capital
    first letter ("Neck & shoulders": an area name begins the routine's title)."""

    context: str
    source: str
    args: tuple[str, ...]
    n: int
    capital: bool

    def __new__(cls, context: str, source: str, args: tuple[str, ...] = (), n: int = -1, capital: bool = False) -> Text:
        english = fill(source, args)
        if n >= 0:
            english = english.replace("%n", str(n))
        self = super().__new__(cls, capitalized(english) if capital else english)
        self.context, self.source, self.args, self.n, self.capital = context, source, args, n, capital
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # copy and pickle rebuild it from its key
        return (Text, (self.context, self.source, self.args, self.n, self.capital))

    def as_dict(self) -> dict[str, Any]:
        """For a reply over the instance socket: the CLI translates it in its own language."""
        data: dict[str, Any] = {
            "context": self.context,
            "source": self.source,
            "args": [a.as_dict() if isinstance(a, Text) else a for a in self.args],
        }
        if self.n >= 0:
            data["n"] = self.n
        if self.capital:
            data["capital"] = True
        return data

    @staticmethod
    def from_dict(data: Any) -> Text | None:
        """The reverse of as_dict; None for anything else (an app of another version)."""
        try:
            args = tuple(Text.from_dict(a) or "" if isinstance(a, dict) else str(a) for a in data["args"])
            n, capital = int(data.get("n", -1)), bool(data.get("capital", False))
            return Text(str(data["context"]), str(data["source"]), args, n, capital)
        except (KeyError, TypeError, ValueError, AttributeError):
            return None


def capitalized(text: str) -> str:
    """First letter upper case, the rest as written ("upper back" -> "Upper back")."""
    return text[:1].upper() + text[1:]


def N_plural(context: str, source: str, n: int, *args: object) -> Text:
    """N_ for a text with plural forms: `source` says %n, and `n` picks the form."""
    return Text(context, source, tuple(a if isinstance(a, Text) else str(a) for a in args), n)


def N_(context: str, source: str, *args: object) -> Text:
    """Marks `source` for lupdate (context and source must be literals) and keeps its parts."""
    return Text(context, source, tuple(a if isinstance(a, Text) else str(a) for a in args))
