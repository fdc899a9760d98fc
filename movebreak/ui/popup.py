"""The last-resort notification: a small frameless popup in the corner of the current screen.

Used by runtime.notify when neither a desktop notification service nor a tray is there.
It never takes the keyboard focus away from what the person is typing."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QCursor, QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

AUTO_HIDE_MS = 8000
_MARGIN = 16
# Popups shown and not yet closed: a top-level widget with no Python reference would be
# garbage-collected at once, and callers of show_popup() usually drop the return value.
_live: list[CornerPopup] = []


class CornerPopup(QFrame):
    """Title and message in a rounded card; click it (clicked) or wait for it to go away."""

    clicked = Signal()

    def __init__(self, title: str, message: str, *, timeout_ms: int = AUTO_HIDE_MS) -> None:
        super().__init__(
            None,
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus,
        )
        self.setObjectName("cornerPopup")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(title)
        self.setAccessibleDescription(message)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Palette roles, not fixed colours, so it reads well in light and dark themes.
        self.setStyleSheet(
            "#cornerPopup { background: palette(window); border: 1px solid palette(mid); border-radius: 8px; }"
        )
        self.title_label = QLabel(title)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.message_label = QLabel(message)
        self.message_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(4)
        layout.addWidget(self.title_label)
        layout.addWidget(self.message_label)
        self.setFixedWidth(320)
        self.hide_timer = QTimer(self)
        self.hide_timer.setObjectName("cornerPopupAutoHide")
        self.hide_timer.setSingleShot(True)
        self.hide_timer.setInterval(timeout_ms)
        self.hide_timer.timeout.connect(self.close)

    def place(self) -> None:
        """Bottom-right corner of the screen the pointer is on, above earlier popups."""
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        self.adjustSize()
        area = screen.availableGeometry()
        offset = sum(p.height() + 8 for p in _live if p is not self and p.isVisible())
        self.move(
            QPoint(
                area.right() - self.width() - _MARGIN,
                area.bottom() - self.height() - _MARGIN - offset,
            )
        )

    def popup(self) -> None:
        if self not in _live:
            _live.append(self)
        self.place()
        self.show()
        self.hide_timer.start()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
            self.close()
        event.accept()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self in _live:
            _live.remove(self)
        super().closeEvent(event)


def show_popup(title: str, message: str) -> CornerPopup:
    """Show a corner popup now and return it (connect to .clicked to act on a click)."""
    popup = CornerPopup(title, message)
    popup.popup()
    return popup


def open_popups() -> list[CornerPopup]:
    """The popups on screen now, oldest first."""
    return list(_live)
