"""The break prompt: walks the user through a routine, one illustrated exercise at a time, and
reports an outcome for every exercise (completed, skipped, not-reached) and the routine's state.

It opens on the screen under the pointer without taking the keyboard focus; a click on it, or
the tray's "focus prompt" action (bring_forward), gives it the focus."""

from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QImage, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from movebreak.domain.exercises import Routine
from movebreak.domain.states import PROMPT_ENDINGS, ExerciseOutcome
from movebreak.i18n import exercise_text, routine_title, translate
from movebreak.ui import prompt_text
from movebreak.ui.figure import FigureWidget
from movebreak.ui.placement import fit_on_screen, screen_for
from movebreak.ui.prompt_likes import LikeBar
from movebreak.ui.prompt_walk import Moves, RoutineWalk
from movebreak.ui.prompt_widgets import (
    Chime,
    CountdownRing,
    FocusOnClick,
    ProgressDots,
    action_button,
    done_button_style,
    muted_style,
)

OUTCOMES: tuple[str, ...] = tuple(ExerciseOutcome)
STATES: tuple[str, ...] = PROMPT_ENDINGS
FIGURE_SIDE = 240
FIGURE_MIN_SIDE = 120
MIN_WIDTH = 640


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
        self._favourites = tuple(favourites)
        self._walk = RoutineWalk(routine.items)
        self._chime = Chime(chime, self)
        self._clicks = FocusOnClick(self)
        self._clicks.turned_to.connect(self.bring_forward)
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
        muted = muted_style(self.palette())
        for label in (self.side_label, self.safety_label, self.next_label, self.progress_label):
            label.setStyleSheet(muted)
        self.done_button.setStyleSheet(done_button_style(self.palette()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)

    def _button(self, text: str, name: str, key: str, slot: Callable[[], None]) -> QPushButton:
        return action_button(self, text, name, key, slot)

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
        return self._walk.index

    def seconds_left(self) -> int:
        return self._walk.left

    def _show_item(self) -> None:
        walk, item = self._walk, self._walk.current
        if item is None:
            self.likes.set_exercise(None)
            self.name_label.setText(translate("PromptWindow", "Nothing to do"))
            self.steps_label.setText(
                translate("PromptWindow", "No exercise matches your settings. Stand up and move a little.")
            )
            self.progress_label.setText("")
            self.figure.set_exercise(None)
            self.ring.hide()
            return
        ex = item.exercise
        self.likes.set_exercise(ex.id)
        self.progress_label.setText(prompt_text.progress_text(walk.index, len(walk.items)))
        self.dots.set_progress(walk.index, len(walk.items))
        self.name_label.setText(exercise_text(ex.name))
        self.side_label.setText(prompt_text.side_line(item, walk.side_now(item)))
        self.steps_label.setText(prompt_text.steps_html(ex))
        self.safety_label.setText(f"⚠ {exercise_text(ex.safety)}" if ex.safety else "")
        self.safety_label.setVisible(bool(ex.safety))
        self.next_label.setText(prompt_text.next_line(walk.items, walk.index))
        self.figure.set_exercise(ex, walk.side_now(item))
        self.figure.set_playing(True)
        self.ring.set_time(walk.left, item.seconds, walk.paused)
        self.figure.setAccessibleDescription(prompt_text.description(ex))

    def _report(self, moves: Moves) -> None:
        """Tell what the walk did: each exercise's outcome, then the next exercise or the end."""
        for index, exercise_id, outcome, spent in moves.outcomes:
            self.exercise_done.emit(index, exercise_id, outcome, spent)
        if moves.finished is not None:
            self._timer.stop()
            self.figure.set_playing(False)
            self.finished.emit(moves.finished)
            self.close()
        elif moves.next_item:
            self._chime.play()
            self._show_item()

    # ------------------------------------------------------------ actions

    def done(self) -> None:
        self._report(self._walk.done())

    def skip_exercise(self) -> None:
        self._report(self._walk.skip_exercise())

    def snooze(self) -> None:
        self._report(self._walk.snooze())

    def skip_routine(self) -> None:
        self._report(self._walk.skip_routine())

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
        moves = self._walk.shorten()
        if moves is not None:
            self._report(moves)
            self.skip_routine_button.setEnabled(False)
            self._show_item()

    def _on_timer(self) -> None:
        # A bound method, not a lambda: a lambda holding self, connected to a timer the window
        # owns, kept every closed prompt alive (tests/gui/test_simulated_week.py counts them).
        self.tick(max(1, round(self._tick_ms / 1000)))

    def tick(self, seconds: int = 1) -> None:
        """Count down; the runtime's timer calls this every second, tests call it directly."""
        walk = self._walk
        moves = walk.tick(seconds)
        self._report(moves)
        item = walk.current
        if not moves.counted or item is None:
            return
        if moves.switched_side:
            # halfway through a both-sides step: switch sides, with the chime as the cue
            self.side_label.setText(prompt_text.side_line(item, walk.side_now(item)))
            self.figure.set_exercise(item.exercise, walk.side_now(item))
            self.figure.set_playing(not walk.paused)
            self._chime.play()
        self.ring.set_time(walk.left, item.seconds, walk.paused)

    def set_countdown_paused(self, paused: bool) -> None:
        walk = self._walk
        walk.paused = paused
        if walk.items and not walk.over and walk.current is not None:
            self.ring.set_time(walk.left, walk.current.seconds, paused)
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
        self._clicks.start()
        if self._tick_ms > 0:
            self._timer.start()
        self._chime.play()

    def bring_forward(self) -> None:
        """Raise the prompt and give it the keyboard focus (tray action, or a click on it)."""
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, False)
        if not self.isVisible():
            self.show()
        self.raise_()
        self.activateWindow()
        self.done_button.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

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
        if not self._walk.over:
            self.skip_routine()
        self._clicks.stop()
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
