"""The break prompt: walks the user through a routine, one illustrated exercise at a time, and
reports an outcome for every exercise (completed, skipped, not-reached) and the routine's state.

It opens on the screen under the pointer without taking the keyboard focus; a click on it, or
the tray's "focus prompt" action (bring_forward), gives it the focus."""

from __future__ import annotations

import html
from collections.abc import Callable, Collection

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from movebreak import paths
from movebreak.domain.exercises import Routine, RoutineItem
from movebreak.domain.routines import BOTH_SIDES
from movebreak.domain.states import PROMPT_ENDINGS, ExerciseOutcome
from movebreak.i18n import exercise_text, minutes_text, routine_title, translate
from movebreak.ui.figure import FigureWidget
from movebreak.ui.placement import fit_on_screen, screen_for
from movebreak.ui.prompt_likes import LikeBar
from movebreak.ui.theme import accent_color, mix

OUTCOMES: tuple[str, ...] = tuple(ExerciseOutcome)
STATES: tuple[str, ...] = PROMPT_ENDINGS
FIGURE_SIDE = 240
FIGURE_MIN_SIDE = 120
MIN_WIDTH = 640


SHORTENED_SECONDS = 60  # "Shorten to 1 min"


def _side_words(side: str | None) -> str:
    if side == BOTH_SIDES:
        return translate("PromptWindow", "both sides")
    return {"left": translate("PromptWindow", "left side"), "right": translate("PromptWindow", "right side")}.get(
        side or "", side or ""
    )


def _minutes(seconds: int) -> str:
    return minutes_text(max(1, round(seconds / 60)))


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


class PromptWindow(QWidget):
    """One routine, one exercise at a time. Done (Enter), Skip exercise (S), Snooze (Z),
    Skip routine (Esc or closing the window). With `skip_allowed` False (the day's skip budget
    is spent) the Esc button is Shorten to 1 min instead; closing the window still skips."""

    exercise_done = Signal(int, str, str, int)  # index, exercise id, outcome, seconds spent
    finished = Signal(str)  # completed | partial | skipped | snoozed
    favourite_changed = Signal(str, bool)  # ♥ on the exercise on screen (exercise id, on)
    hidden = Signal(str)  # "Don't show this again": that exercise is skipped now, and for good

    def __init__(
        self,
        routine: Routine,
        *,
        chime: bool = False,
        parent: QWidget | None = None,
        snooze_minutes: int = 5,
        tick_ms: int = 1000,
        skip_allowed: bool = True,
        favourites: Collection[str] = (),
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.routine = routine
        self.snooze_minutes = snooze_minutes
        self.skip_allowed = skip_allowed
        self._shortened = False
        self._favourites = tuple(favourites)
        self._items: tuple[RoutineItem, ...] = routine.items
        self._index = 0
        self._left = self._items[0].seconds if self._items else 0
        self._spent = 0
        self._paused = False
        self._done = False
        self._outcomes: list[str] = []
        self._chime_on = chime
        self._sound: QObject | None = None
        self.setObjectName("promptWindow")
        self.setWindowTitle(f"movebreak — {routine_title(routine)}")
        self._build()
        self._timer = QTimer(self)
        self._timer.setObjectName("countdownTimer")
        self._tick_ms = tick_ms
        if tick_ms > 0:
            self._timer.setInterval(tick_ms)
            self._timer.timeout.connect(self._on_timer)
        self._show_item()

    # ------------------------------------------------------------ layout

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(22, 18, 22, 18)
        root.setSpacing(10)
        head = QHBoxLayout()
        self.title_label = QLabel(routine_title(self.routine), objectName="routineTitle")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.title_label.setFont(font)
        self.progress_label = QLabel(objectName="progressLabel")
        head.addWidget(self.title_label)
        head.addStretch(1)
        head.addWidget(self.progress_label)
        root.addLayout(head)
        self.dots = ProgressDots(self)
        root.addWidget(self.dots)

        body = QHBoxLayout()
        body.setSpacing(18)
        self.figure = FigureWidget(self)
        self.figure.setObjectName("figure")
        self.figure.setFixedSize(FIGURE_SIDE, FIGURE_SIDE)
        body.addWidget(self.figure, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.setSpacing(6)
        name_row = QHBoxLayout()
        names = QVBoxLayout()
        names.setSpacing(0)
        self.name_label = QLabel(objectName="exerciseName")
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.5)
        big.setBold(True)
        self.name_label.setFont(big)
        self.name_label.setWordWrap(True)
        self.side_label = QLabel(objectName="sideLabel")
        names.addWidget(self.name_label)
        names.addWidget(self.side_label)
        name_row.addLayout(names, 1)
        self.ring = CountdownRing(self)
        self.ring.setObjectName("countdownRing")
        name_row.addWidget(self.ring, 0, Qt.AlignmentFlag.AlignTop)
        text.addLayout(name_row)
        self.steps_label = QLabel(objectName="stepsLabel")
        self.steps_label.setWordWrap(True)
        self.steps_label.setTextFormat(Qt.TextFormat.RichText)
        text.addWidget(self.steps_label)
        self.safety_label = QLabel(objectName="safetyLabel")
        self.safety_label.setWordWrap(True)
        text.addWidget(self.safety_label)
        text.addStretch(1)
        self.next_label = QLabel(objectName="nextLabel")
        text.addWidget(self.next_label)
        self.likes = LikeBar(self._favourites, self)
        self.likes.favourite_changed.connect(self.favourite_changed)
        self.likes.hide_requested.connect(self._hide_exercise)
        text.addWidget(self.likes)
        body.addLayout(text, 1)
        root.addLayout(body, 1)

        buttons = QHBoxLayout()
        if self.skip_allowed:
            self.skip_routine_button = self._button(
                translate("PromptWindow", "Skip routine"), "skipRoutineButton", "Esc", self.skip_routine
            )
        else:
            self.skip_routine_button = self._button(
                translate("PromptWindow", "Shorten to 1 min"), "skipRoutineButton", "Esc", self.shorten
            )
        self.snooze_button = self._button(
            translate("PromptWindow", "Snooze %n min", None, self.snooze_minutes), "snoozeButton", "Z", self.snooze
        )
        self.skip_button = self._button(
            translate("PromptWindow", "Skip exercise"), "skipButton", "S", self.skip_exercise
        )
        self.done_button = self._button(translate("PromptWindow", "Done"), "doneButton", "Enter", self.done)
        self.done_button.setMinimumWidth(120)
        buttons.addWidget(self.skip_routine_button)
        buttons.addStretch(1)
        for b in (self.snooze_button, self.skip_button, self.done_button):
            buttons.addWidget(b)
        root.addLayout(buttons)
        self.setMinimumWidth(MIN_WIDTH)
        self._restyle()

    def _restyle(self) -> None:
        """Muted secondary text and an accent Done button, from the current palette."""
        pal = self.palette()
        muted = mix(pal.windowText().color(), pal.window().color(), 0.4).name()
        for label in (self.side_label, self.safety_label, self.next_label, self.progress_label):
            label.setStyleSheet(f"color: {muted};")
        accent = accent_color(pal)
        text = "#ffffff" if accent.lightness() < 150 else "#1b1e20"
        self.done_button.setStyleSheet(
            f"QPushButton#doneButton {{ background: {accent.name()}; color: {text}; border: none;"
            f" border-radius: 4px; padding: 6px 18px; font-weight: bold; }}"
            f" QPushButton#doneButton:hover {{ background: {accent.lighter(110).name()}; }}"
            " QPushButton#doneButton:focus { outline: none;"
            f" border: 2px solid {pal.windowText().color().name()}; }}"
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)

    def _button(self, text: str, name: str, key: str, slot: Callable[[], None]) -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName(name)
        b.setToolTip(f"{text} ({QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)})")
        b.setAutoDefault(False)
        b.clicked.connect(slot)
        return b

    def sizeHint(self) -> QSize:
        return QSize(680, 400)

    def _fit_content(self, room: QSize) -> None:
        """On a small screen (or a large scale) the figure gives up height before anything
        is cut off; the text and the buttons matter more than a big drawing."""
        self.setMinimumWidth(min(MIN_WIDTH, room.width()))
        self.figure.setFixedSize(FIGURE_SIDE, FIGURE_SIDE)
        need = self.minimumSizeHint()
        excess = max(need.width() - room.width(), need.height() - room.height())
        if excess > 0:
            side = max(FIGURE_MIN_SIDE, FIGURE_SIDE - excess)
            self.figure.setFixedSize(side, side)

    # ------------------------------------------------------------ state

    def current_index(self) -> int:
        return self._index

    def seconds_left(self) -> int:
        return self._left

    def _show_item(self) -> None:
        count = len(self._items)
        if count == 0:
            self.likes.set_exercise(None)
            self.name_label.setText(translate("PromptWindow", "Nothing to do"))
            self.steps_label.setText(
                translate("PromptWindow", "No exercise matches your settings. Stand up and move a little.")
            )
            self.progress_label.setText("")
            self.figure.set_exercise(None)
            self.ring.hide()
            return
        item = self._items[self._index]
        ex = item.exercise
        self.likes.set_exercise(ex.id)
        self.progress_label.setText(
            translate("PromptWindow", "%1 of %2").replace("%1", str(self._index + 1)).replace("%2", str(count))
        )
        self.dots.set_progress(self._index, count)
        self.name_label.setText(exercise_text(ex.name))
        self._show_side(item)
        steps = "".join(f"<li>{html.escape(exercise_text(s))}</li>" for s in ex.steps)
        self.steps_label.setText(f"<ol style='margin-left:-18px; -qt-list-indent:1'>{steps}</ol>")
        self.safety_label.setText(f"⚠ {exercise_text(ex.safety)}" if ex.safety else "")
        self.safety_label.setVisible(bool(ex.safety))
        if self._index + 1 < count:
            nxt = self._items[self._index + 1]
            side = _side_words(nxt.side)
            upcoming = f"{exercise_text(nxt.exercise.name)}{f' ({side})' if side else ''}"
            self.next_label.setText(translate("PromptWindow", "Next: %1").replace("%1", upcoming))
        else:
            self.next_label.setText(translate("PromptWindow", "Last one"))
        self.figure.set_exercise(ex, self._side_now(item))
        self.figure.set_playing(True)
        self.ring.set_time(self._left, item.seconds, self._paused)
        self.figure.setAccessibleDescription(
            f"{exercise_text(ex.name)}: " + " ".join(exercise_text(s) for s in ex.steps)
        )

    def _side_now(self, item: RoutineItem) -> str | None:
        """The side being done: a both-sides step does the right side for its first half."""
        if item.side != BOTH_SIDES:
            return item.side
        return "right" if self._left > item.seconds // 2 else "left"

    def _show_side(self, item: RoutineItem) -> None:
        where = translate("PromptWindow", "Seated") if item.exercise.seated else translate("PromptWindow", "Standing")
        side = self._side_now(item)
        if item.side == BOTH_SIDES:
            then = translate("PromptWindow", "Right side, then left"), translate("PromptWindow", "Now the left side")
            text = f"{where} · {then[0] if side == 'right' else then[1]}"
        else:
            named = {"left": translate("PromptWindow", "Left side"), "right": translate("PromptWindow", "Right side")}
            text = f"{where} · {named.get(side, side)}" if side else where
        self.side_label.setText(text)

    def _record(self, outcome: str) -> None:
        item = self._items[self._index]
        self._outcomes.append(outcome)
        spent = self._spent if outcome != "not-reached" else 0
        self.exercise_done.emit(self._index, item.exercise.id, outcome, spent)

    def _advance(self) -> None:
        self._index += 1
        if self._index >= len(self._items):
            completed = self._outcomes.count("completed")
            full = completed == len(self._items) and not self._shortened
            state = "completed" if full else "partial" if completed else "skipped"
            self._finish(state)
            return
        self._left = self._items[self._index].seconds
        self._spent = 0
        self._play_chime()
        self._show_item()

    def _finish(self, state: str) -> None:
        if self._done:
            return
        self._done = True
        self._timer.stop()
        self.figure.set_playing(False)
        self.finished.emit(state)
        self.close()

    def _end_early(self, current: str, state: str | None) -> None:
        """Record `current` for the shown exercise and not-reached for the rest, then finish."""
        if self._done:
            return
        if not self._items:
            self._finish(state or "skipped")
            return
        self._record(current)
        for i in range(self._index + 1, len(self._items)):
            self._index = i
            self._record("not-reached")
        completed = self._outcomes.count("completed")
        self._finish(state or ("partial" if completed else "skipped"))

    # ------------------------------------------------------------ actions

    def done(self) -> None:
        if self._done:
            return
        if not self._items:
            self._finish("completed")
            return
        self._record("completed")
        self._advance()

    def skip_exercise(self) -> None:
        if self._done or not self._items:
            return
        self._record("skipped")
        self._advance()

    def snooze(self) -> None:
        self._end_early("not-reached", "snoozed")

    def skip_routine(self) -> None:
        self._end_early("skipped", None)

    def end(self, state: str) -> None:
        """End from outside the window (a notification's Snooze or Skip): "snoozed" or "skipped"."""
        if state == "snoozed":
            self.snooze()
        else:
            self.skip_routine()

    def _hide_exercise(self, exercise_id: str) -> None:
        self.hidden.emit(exercise_id)
        self.skip_exercise()

    def shorten(self) -> None:
        """End with the exercise on screen, a minute of it at most; the rest is not reached."""
        if self._done or not self._items or self._shortened:
            return
        self._shortened = True
        for i in range(self._index + 1, len(self._items)):
            self._outcomes.append("not-reached")
            self.exercise_done.emit(i, self._items[i].exercise.id, "not-reached", 0)
        self._items = self._items[: self._index + 1]
        self._left = min(self._left, SHORTENED_SECONDS)
        self.skip_routine_button.setEnabled(False)
        self._show_item()

    def _on_timer(self) -> None:
        # A bound method, not a lambda: a lambda holding self, connected to a timer the window
        # owns, kept every closed prompt alive (tests/gui/test_simulated_week.py counts them).
        self.tick(max(1, round(self._tick_ms / 1000)))

    def tick(self, seconds: int = 1) -> None:
        """Count down; the runtime's timer calls this every second, tests call it directly."""
        if self._done or self._paused or not self._items:
            return
        step = min(seconds, self._left)
        item = self._items[self._index]
        side_before = self._side_now(item)
        self._left -= step
        self._spent += step
        if self._left <= 0:
            self.done()
            return
        if self._side_now(item) != side_before:
            # halfway through a both-sides step: switch sides, with the chime as the cue
            self._show_side(item)
            self.figure.set_exercise(item.exercise, self._side_now(item))
            self.figure.set_playing(not self._paused)
            self._play_chime()
        self.ring.set_time(self._left, self._items[self._index].seconds, self._paused)

    def set_countdown_paused(self, paused: bool) -> None:
        self._paused = paused
        if self._items and not self._done:
            self.ring.set_time(self._left, self._items[self._index].seconds, paused)
            self.figure.set_playing(not paused)

    # ------------------------------------------------------------ window

    def show_unfocused(self) -> None:
        """Show on the screen under the pointer, leaving the keyboard focus where it is."""
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.adjustSize()
        screen = screen_for(self)
        if screen is not None:
            self._fit_content(screen.availableGeometry().size())
        fit_on_screen(self, self.sizeHint())
        # A fixed size (min = max) is what tiling compositors (sway, i3) read as a dialog:
        # the prompt floats over the user's windows instead of halving them.
        self.setFixedSize(self.size())
        self.show()
        if screen is not None and not screen.availableGeometry().contains(self.frameGeometry()):
            fit_on_screen(self, self.size())  # the frame is known now: keep it on the screen too
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        if self._tick_ms > 0:
            self._timer.start()
        self._play_chime()

    def bring_forward(self) -> None:
        """Raise the prompt and give it the keyboard focus (tray action, or a click on it)."""
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, False)
        if not self.isVisible():
            self.show()
        self.raise_()
        self.activateWindow()
        self.done_button.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # a click anywhere in the prompt is the user turning to it: give it the keyboard
        if (
            event.type() == QEvent.Type.MouseButtonPress
            and isinstance(watched, QWidget)
            and (watched is self or self.isAncestorOf(watched))
            and not self.isActiveWindow()
        ):
            QTimer.singleShot(0, self.bring_forward)
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        actions = {
            Qt.Key.Key_Return: self.done,
            Qt.Key.Key_Enter: self.done,
            Qt.Key.Key_S: self.skip_exercise,
            Qt.Key.Key_Z: self.snooze,
            Qt.Key.Key_F: self.likes.toggle_favourite,
            Qt.Key.Key_H: self.likes.hide_current,
            Qt.Key.Key_Escape: self.skip_routine if self.skip_allowed else self.shorten,
        }
        action = actions.get(Qt.Key(event.key()))
        if action is None or mods not in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.ShiftModifier,
        ):
            super().keyPressEvent(event)
            return
        event.accept()
        action()

    def closeEvent(self, event: QCloseEvent) -> None:
        # the window manager's close button counts as Skip routine
        if not self._done:
            self.skip_routine()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._timer.stop()
        self.figure.set_playing(False)
        event.accept()

    def snapshot(self, dpr: float = 1.0) -> QImage:
        """The window drawn at a device pixel ratio (screenshots and HiDPI tests)."""
        image = QImage(round(self.width() * dpr), round(self.height() * dpr), QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(dpr)
        image.fill(self.palette().window().color())
        self.render(image)
        return image

    # ------------------------------------------------------------ chime

    def _play_chime(self) -> None:
        if not self._chime_on:
            return
        if self._sound is None:
            try:
                from PySide6.QtMultimedia import QSoundEffect
            except ImportError:  # QtMultimedia is optional (PySide6-Addons)
                self._chime_on = False
                return
            sound = QSoundEffect(self)
            sound.setSource(QUrl.fromLocalFile(str(paths.asset("sounds", "chime.wav"))))
            sound.setVolume(0.35)
            self._sound = sound
        self._sound.play()  # type: ignore[attr-defined]
