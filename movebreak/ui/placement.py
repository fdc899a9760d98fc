"""Where a window opens: on the screen under the pointer, wholly inside that screen's available
area at any scale (a 1280×800 screen at QT_SCALE_FACTOR=2 is 640×400 logical pixels)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QRect, QSize, QTimer
from PySide6.QtGui import QCursor, QGuiApplication, QScreen
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QWidget


def screen_for(window: QWidget) -> QScreen | None:
    """The screen under the pointer (where the person looks), else the window's own."""
    return QGuiApplication.screenAt(QCursor.pos()) or window.screen() or QGuiApplication.primaryScreen()


def frame_margins(window: QWidget) -> QMargins:
    """The window manager's frame around the client area; known only once it was shown."""
    if not window.isVisible():
        return QMargins()
    frame, inner = window.frameGeometry(), window.geometry()
    return QMargins(
        inner.left() - frame.left(),
        inner.top() - frame.top(),
        frame.right() - inner.right(),
        frame.bottom() - inner.bottom(),
    )


def fitted(preferred: QSize, minimum: QSize, area: QRect, frame: QMargins) -> QRect:
    """The client rectangle for a window that would like `preferred`: no smaller than its
    minimum where there is room, never larger than the area less the frame, centred across
    and in the upper part down (where the eye goes first)."""
    room = QSize(
        max(1, area.width() - frame.left() - frame.right()),
        max(1, area.height() - frame.top() - frame.bottom()),
    )
    size = preferred.expandedTo(minimum).boundedTo(room)
    x = area.x() + frame.left() + (room.width() - size.width()) // 2
    y = area.y() + frame.top() + (room.height() - size.height()) * 2 // 5
    return QRect(x, y, size.width(), size.height())


def fit_on_screen(window: QWidget, preferred: QSize | None = None) -> None:
    """Size and place a top-level window inside the available area of its screen."""
    screen = screen_for(window)
    if screen is None:
        return
    wanted = preferred or window.size()
    rect = fitted(wanted, window.minimumSizeHint(), screen.availableGeometry(), frame_margins(window))
    window.setMinimumSize(window.minimumSize().boundedTo(rect.size()))
    window.setGeometry(rect)


def scrollable(content: QWidget) -> QScrollArea:
    """Content that scrolls when the screen is too small for it, and looks unchanged otherwise."""
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


class PageStack(QStackedWidget):
    """Pages sized by the page on show, not the largest one. Inside a `scrollable` area the
    area then scrolls only when the page on show needs it: a page that scrolls by itself (the
    Schedule page's form under its plan preview) no longer sits in a second scroll bar
    because another page is tall."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()

    def heightForWidth(self, width: int) -> int:
        # A scroll area asks this whenever any page wraps text; the stack's own layout would
        # answer for the tallest page.
        page = self.currentWidget()
        if page is None:
            return super().heightForWidth(width)
        return page.heightForWidth(width) if page.hasHeightForWidth() else -1


class Revealer(QObject):
    """Scrolls `area` until all of `widget` shows. A label given new text is laid out later,
    which moves or resizes it and grows the scroll range: each of those scrolls again."""

    def __init__(self, area: QScrollArea, widget: QWidget) -> None:
        super().__init__(widget)
        self._area, self._widget = area, widget
        self._pending = False
        self._retries = 0
        widget.installEventFilter(self)
        area.verticalScrollBar().rangeChanged.connect(self._step)

    _RETRIES = 20  # deferred tries, for a layout that settles over several event-loop turns

    def reveal(self) -> None:
        self._pending = True
        self._retries = self._RETRIES
        self._step()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self._step()
        return False

    def _step(self) -> None:
        if not self._pending:
            return
        self._area.ensureWidgetVisible(self._widget, 0, 8)
        w = self._widget
        # New text is not laid out yet while the widget is shorter than it needs to be.
        needed = w.heightForWidth(w.width()) if w.hasHeightForWidth() else w.sizeHint().height()
        if w.isVisible() and w.height() >= needed and w.visibleRegion().boundingRect() == w.rect():
            self._pending = False
        elif self._retries > 0:
            self._retries -= 1
            QTimer.singleShot(20, self._step)
