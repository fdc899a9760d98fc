"""The text caret stops blinking when nobody types, as GTK's cursor-blink-timeout does.

A focused text field (the welcome page's first time field has focus as soon as it opens)
blinks its caret forever, and every blink is a timer, a repaint and an X round trip: with
the welcome page open the app woke about 500 times a minute while nothing else happened.
So after CARET_REST_S seconds without a key or a click, the caret rests, solid; the next
key or click brings the desktop's blinking back. The caret stays visible throughout."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication

# GTK's default cursor-blink-timeout, in seconds.
CARET_REST_S = 10.0
_WAKING = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.InputMethod,
        QEvent.Type.Wheel,
    }
)
_desktop_flash_ms: int | None = None  # the platform's own blink period, read once


def _set_flash(ms: int) -> None:
    hints = QGuiApplication.styleHints()
    if hints.cursorFlashTime() != ms:
        hints.setCursorFlashTime(ms)


class CaretRest(QObject):
    """While `owner` lives, the caret blinks only in the CARET_REST_S seconds after input.
    The blink period is application-wide in Qt, so the desktop's is restored when the
    owner goes."""

    def __init__(self, owner: QObject) -> None:
        super().__init__(owner)
        global _desktop_flash_ms
        if _desktop_flash_ms is None:
            _desktop_flash_ms = QGuiApplication.styleHints().cursorFlashTime()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(int(CARET_REST_S * 1000))
        self._timer.timeout.connect(lambda: _set_flash(0))
        flash = _desktop_flash_ms
        owner.destroyed.connect(lambda: _set_flash(flash))
        app = QGuiApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _WAKING:
            if _desktop_flash_ms:
                _set_flash(_desktop_flash_ms)
            self._timer.start()
        return False
