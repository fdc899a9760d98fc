"""What the user sees of a break, for the tray app: its notification (with buttons) and its
prompt window (a child process, started a little early), and the likes the prompt sends back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QObject, QTimer

from movebreak.domain.settings import Settings
from movebreak.process import drop_source_caches

PROMPT_PREPARE_LEAD = timedelta(seconds=15)  # the prompt child starts this long before a break


class BreakPresenter(QObject):
    """Built before the runtime (which asks it for prompts and notifications), then attached
    to the runtime's coordinator. Notifications and prompt children start at the first break,
    not at start: the idle tray app never loads them."""

    def __init__(
        self,
        settings: Callable[[], Settings],
        plain_notify: Callable[[str, str], object],
        save_settings: Callable[[Settings], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings  # asked each time: saved settings take effect at once
        self._plain_notify = plain_notify
        self._save_settings = save_settings
        self._coordinator: Any = None
        self._notices: Any = None  # runtime.break_notice.BreakNotices, at the first break
        self._prewarm: Any = None  # ui.prompt_host.PromptPrewarm, at the first prepare

    def attach(self, coordinator: Any, prepare: Any) -> None:
        """The coordinator's break phases and the scheduler's `prepare` signal."""
        self._coordinator = coordinator
        coordinator.break_phase.connect(self._break_phase)
        prepare.connect(self._prepare_prompt)

    # ----------------------------------------------------------------- notifications
    def notify(self, title: str, text: str) -> object:
        """A break's notification (heads-up, due, over): the break notices' own path."""
        return self._break_center().notify(title, text)

    def _break_center(self) -> Any:
        """Breaks' own notifications, with buttons, over D-Bus on Linux (runtime.break_notice).
        Built at the first break, not at start: its modules and D-Bus client cost the idle
        app about 0.2 MiB before any break needs them."""
        if self._notices is None:
            from movebreak.runtime.break_notice import BreakNotices, linux_notifications

            notices = BreakNotices(
                linux_notifications(self),
                plain=self._plain_notify,
                snooze_minutes=lambda: self._settings().snooze,
                lead_seconds=lambda: self._settings().lead_time,
                parent=self,
            )
            notices.action.connect(self._coordinator.act_on_break)
            self._notices = notices
        return self._notices

    def _break_phase(self, slot_id: str, phase: str) -> None:
        if phase == "over" and self._notices is None:
            return  # no notification was ever shown: nothing to withdraw
        self._break_center().phase(slot_id, phase)

    # ----------------------------------------------------------------- prompts
    def _prepare_prompt(self, _slot: Any) -> None:
        """A break is due in PROMPT_PREPARE_LEAD: start its prompt child now, so the window is
        up on the slot's second rather than half a second after it."""
        if self._coordinator.prompt is not None:
            return
        from movebreak.ui.prompt_host import PromptPrewarm

        if self._prewarm is None:
            self._prewarm = PromptPrewarm(parent=self)
        self._prewarm.start()

    def make_prompt(self, routine: Any) -> Any:
        """The prompt runs in a child process, so its memory leaves with it (ui.prompt_host)."""
        from movebreak.ui.prompt_host import ChildPrompt, routine_request

        settings = self._settings()
        skip = self._coordinator.flow.skip_allowed()  # asked while the flow shows this routine
        request = routine_request(
            routine,
            chime=settings.chime,
            snooze_minutes=settings.snooze,
            skip_allowed=skip,
            favourites=settings.favourite_exercises,
        )
        ready = self._prewarm.take() if self._prewarm is not None else None
        prompt = ChildPrompt(request, fallback=lambda: self._make_prompt_here(routine), parent=self, ready=ready)
        prompt.favourite_changed.connect(self._on_favourite)
        prompt.hidden.connect(self._on_hidden)
        # A break leaves freed blocks in the C heap and the sources of modules it loaded in
        # linecache: hand them back once the prompt is gone, as after start.
        prompt.destroyed.connect(lambda *_: QTimer.singleShot(0, drop_source_caches))
        return prompt

    def _make_prompt_here(self, routine: Any) -> Any:
        from movebreak.ui.prompt import PromptWindow

        settings = self._settings()
        return PromptWindow(
            routine,
            chime=settings.chime,
            snooze_minutes=settings.snooze,
            skip_allowed=self._coordinator.flow.skip_allowed(),
            favourites=settings.favourite_exercises,
        )

    def stop(self) -> None:
        """Ends a prompt child started early and not yet taken."""
        if self._prewarm is not None:
            self._prewarm.stop()

    # ----------------------------------------------------------------- likes
    def _on_favourite(self, exercise_id: str, on: bool) -> None:
        """♥ in the prompt: kept in config.toml ([exercises] favourite_exercises)."""
        settings = self._settings()
        now = [f for f in settings.favourite_exercises if f != exercise_id] + ([exercise_id] if on else [])
        self._save_settings(settings.with_changes(favourite_exercises=tuple(now)))

    def _on_hidden(self, exercise_id: str) -> None:
        """The prompt's "Don't show this again": a disabled exercise, undone in Settings ▸ Exercises."""
        settings = self._settings()
        if exercise_id not in settings.disabled_exercises:
            off = (*settings.disabled_exercises, exercise_id)
            self._save_settings(settings.with_changes(disabled_exercises=off))
