"""The break prompt's small parts: the countdown ring, the progress bars, its buttons' look,
the click that gives it the keyboard, the chime."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QFont, QKeySequence, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QPushButton, QSizePolicy, QWidget

from movebreak import paths
from movebreak.i18n import translate
from movebreak.ui.theme import accent_color, mix


class CountdownRing(QWidget):
    """Seconds left in the current exercise, as a ring that empties."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.total, self.left, self.paused = 1, 1, False
        self.setFixedSize(76, 76)
        self.setAccessibleName(translate("PromptWindow", "Time left"))

    def set_time(self, left: int, total: int, paused: bool = False) -> None:
        self.left, self.total, self.paused = max(0, left), max(1, total), paused
        self.setToolTip(
            translate("PromptWindow", "Paused while you are away")
            if paused
            else translate("PromptWindow", "%n s left", None, self.left)
        )
        self.update()

    def paintEvent(self, event: object) -> None:
        pal = self.palette()
        side = min(self.width(), self.height()) - 8.0
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = mix(pal.windowText().color(), pal.window().color(), 0.82)
        p.setPen(QPen(track, 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawEllipse(rect)
        accent = accent_color(pal)
        p.setPen(
            QPen(
                mix(accent, pal.window().color(), 0.5) if self.paused else accent,
                6,
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
            )
        )
        span = round(-360 * 16 * self.left / self.total)
        if span:
            p.drawArc(rect, 90 * 16, span)
        p.setPen(pal.windowText().color())
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * (1.0 if self.paused else 1.35))
        font.setBold(True)
        p.setFont(font)
        text = (
            "paused"
            if self.paused
            else f"{self.left // 60}:{self.left % 60:02d}"
            if self.left >= 60
            else f"{self.left}"
        )
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        p.end()


class ProgressDots(QWidget):
    """One short bar per item: done ones filled, the current one in the accent colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count, self.current = 0, 0
        self.setFixedHeight(8)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_progress(self, current: int, count: int) -> None:
        self.current, self.count = current, count
        self.update()

    def paintEvent(self, event: object) -> None:
        if self.count <= 0:
            return
        pal = self.palette()
        accent = accent_color(pal)
        muted = mix(pal.windowText().color(), pal.window().color(), 0.8)
        gap = 6.0
        width = (self.width() - gap * (self.count - 1)) / self.count
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        for i in range(self.count):
            if i < self.current:
                color = mix(accent, pal.window().color(), 0.45)
            elif i == self.current:
                color = accent
            else:
                color = muted
            p.setBrush(color)
            p.drawRoundedRect(QRectF(i * (width + gap), 1, width, 6), 3, 3)
        p.end()


def action_button(parent: QWidget, text: str, name: str, key: str, slot: Callable[[], None]) -> QPushButton:
    """A prompt button whose tooltip names its key; it never takes Enter from Done."""
    b = QPushButton(text, parent)
    b.setObjectName(name)
    b.setToolTip(f"{text} ({QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)})")
    b.setAutoDefault(False)
    b.clicked.connect(slot)
    return b


def muted_style(pal: QPalette) -> str:
    """Secondary text (side, safety, next, progress), between the text and the window colour."""
    return f"color: {mix(pal.windowText().color(), pal.window().color(), 0.4).name()};"


def done_button_style(pal: QPalette) -> str:
    """Done in the accent colour, with a visible focus frame."""
    accent = accent_color(pal)
    text = "#ffffff" if accent.lightness() < 150 else "#1b1e20"
    return (
        f"QPushButton#doneButton {{ background: {accent.name()}; color: {text}; border: none;"
        f" border-radius: 4px; padding: 6px 18px; font-weight: bold; }}"
        f" QPushButton#doneButton:hover {{ background: {accent.lighter(110).name()}; }}"
        " QPushButton#doneButton:focus { outline: none;"
        f" border: 2px solid {pal.windowText().color().name()}; }}"
    )


class Chime(QObject):
    """A soft chime as an exercise starts or a step switches sides, when the user wants one.
    The sound is loaded at the first chime; without QtMultimedia (PySide6-Addons) it stays off."""

    def __init__(self, on: bool, parent: QObject) -> None:
        super().__init__(parent)
        self._on = on
        self._sound: QObject | None = None

    def play(self) -> None:
        if not self._on:
            return
        if self._sound is None:
            try:
                from PySide6.QtMultimedia import QSoundEffect
            except ImportError:  # QtMultimedia is optional (PySide6-Addons)
                self._on = False
                return
            sound = QSoundEffect(self)
            sound.setSource(QUrl.fromLocalFile(str(paths.asset("sounds", "chime.wav"))))
            sound.setVolume(0.35)
            self._sound = sound
        self._sound.play()  # type: ignore[attr-defined]


class FocusOnClick(QObject):
    """A click anywhere in the prompt (its parent) is the user turning to it: `turned_to`, to
    give it the keyboard. Watches the whole application while the prompt is up, since a click
    on a child widget never reaches the window itself. Holds no Python reference to the window
    (its Qt parent), so the window is freed as soon as it is dropped."""

    turned_to = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        w = self.parent()
        if (
            event.type() == QEvent.Type.MouseButtonPress
            and isinstance(watched, QWidget)
            and isinstance(w, QWidget)
            and (watched is w or w.isAncestorOf(watched))
            and not w.isActiveWindow()
        ):
            QTimer.singleShot(0, self.turned_to.emit)
        return False
