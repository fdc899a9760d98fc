"""Finds text a window does not show whole: labels and buttons narrower (or, word-wrapped,
shorter) than their text needs, and text Qt elided with "…". Used by the language tests."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget


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
        text = w.text() if isinstance(w, QLabel | QAbstractButton) else ""
        if "…" in text and not text.rstrip("&").endswith("…"):
            found.append(f"{w.objectName()}: {text!r} is elided")
    return found
