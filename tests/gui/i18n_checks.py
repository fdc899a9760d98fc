"""Finds text a window does not show whole: labels and buttons narrower (or, word-wrapped,
shorter) than their text needs, and text Qt elided with "…". Used by the language tests."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractButton, QLabel, QListWidget, QWidget


def _plain(label: QLabel) -> str:
    if label.textFormat().name == "RichText" or "<" in label.text():
        doc = QTextDocument()
        doc.setHtml(label.text())
        return doc.toPlainText()
    return label.text()


def clipped_texts(window: QWidget) -> list[str]:
    found = []
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window):
            continue
        if isinstance(w, QLabel) and w.text() and w.pixmap().isNull():
            text = _plain(w)
            if w.buddy() is not None:  # '&' marks the mnemonic and takes no room
                text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
            if w.wordWrap():
                if w.heightForWidth(w.contentsRect().width()) > w.contentsRect().height() + 1:
                    found.append(f"{w.objectName() or 'QLabel'}: {text!r} needs more height")
            else:
                widest = max(w.fontMetrics().horizontalAdvance(line) for line in text.splitlines() or [""])
                if widest > w.contentsRect().width() + 1:
                    found.append(f"{w.objectName() or 'QLabel'}: {text!r} needs {widest}px, has {w.width()}")
        elif isinstance(w, QAbstractButton) and w.text() and w.width() < w.sizeHint().width():
            found.append(f"{w.objectName() or type(w).__name__}: {w.text()!r} narrower than its text")
        elif isinstance(w, QListWidget):
            # Items wider than the list are elided when painted ("Einstellu…").
            room = (
                w.viewport().width()
                - 12
                - (w.iconSize().width() + 6 if w.count() and not w.item(0).icon().isNull() else 0)
            )
            for i in range(w.count()):
                need = w.fontMetrics().horizontalAdvance(w.item(i).text())
                if need > room:
                    found.append(
                        f"{w.objectName() or 'QListWidget'}: item {w.item(i).text()!r} needs {need}px, has {room}"
                    )
    return found


def visible_texts(window: QWidget) -> list[tuple[str, str]]:
    """(where, text) for the text a person sees or hears in a window: labels, buttons, group
    titles, list items, table headers, placeholders, tooltips and accessible names."""
    from PySide6.QtWidgets import QGroupBox, QLineEdit, QTableWidget

    found: list[tuple[str, str]] = []
    for w in [window, *window.findChildren(QWidget)]:
        if w is not window and not w.isVisibleTo(window):
            continue
        where = w.objectName() or type(w).__name__
        if isinstance(w, QLabel):
            found.append((where, _plain(w)))
        elif isinstance(w, QAbstractButton):
            found.append((where, w.text()))
        elif isinstance(w, QGroupBox):
            found.append((where, w.title()))
        elif isinstance(w, QLineEdit):
            found.append((where + ".placeholder", w.placeholderText()))
        elif isinstance(w, QListWidget):
            found += [(where + ".item", w.item(i).text()) for i in range(w.count())]
        elif isinstance(w, QTableWidget):
            headers = (w.horizontalHeaderItem(i) for i in range(w.columnCount()))
            found += [(where + ".header", h.text()) for h in headers if h is not None]
        found.append((where + ".toolTip", w.toolTip()))
        found.append((where + ".accessibleName", w.accessibleName()))
    if window.windowTitle():
        found.append(("windowTitle", window.windowTitle()))
    return [(where, text) for where, text in found if text]


def untranslated(texts: list[tuple[str, str]], allowed: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """Texts with words outside the pseudo-translation's brackets. Paths, numbers, times, the
    app's name and `allowed` words (user data, native language names) do not count."""
    import re

    from PySide6.QtCore import QLocale

    locale = QLocale()
    for day in range(1, 8):  # day names come from the locale, not from a translation
        for form in (QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat):
            allowed = allowed | set(re.findall(r"[^\W\d_]+", locale.dayName(day, form)))
    out = []
    for where, text in texts:
        rest, previous = text, None
        while rest != previous:  # pseudo-translated parts, innermost first
            previous, rest = rest, re.sub(r"\[[^\[\]]*\]", " ", rest)
        rest = re.sub(r"(/[\w.\-]+)+|\b\w+\.(toml|ics|csv|json|sqlite3)\b|https?://\S*", " ", rest)
        words = [w for w in re.findall(r"[^\W\d_]{2,}", rest) if w.lower() != "movebreak" and w not in allowed]
        if words:
            out.append(f"{where}: {text!r}")
    return out
