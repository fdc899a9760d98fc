"""The composition root: saving settings re-plans at once, without a restart."""

from __future__ import annotations

from datetime import time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from movebreak.app import App
from movebreak.domain.exercises import Routine, RoutineItem
from movebreak.domain.settings import DEFAULTS, TimeRange
from movebreak.storage.config_file import load_config
from movebreak.ui.settings_window import SettingsWindow

EVERY_DAY = "".join(f'{d} = ["09:00-17:00"]\n' for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun"))


def start_app(qapp, tmp_path: Path, text: str) -> App:  # type: ignore[no-untyped-def]
    config = tmp_path / "config" / "config.toml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(text)
    app = App(qapp, config, explicit_config=True)
    assert app.start()
    return app


def test_saved_settings_replan_immediately(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    every_day = (TimeRange(time(0, 0), time(23, 59, 59)),)
    app = start_app(qapp, tmp_path, "[working_hours]\n" + EVERY_DAY.replace("09:00-17:00", "00:00-23:59"))
    try:
        before = app.coordinator.status()
        assert before.next_break is not None
        no_hours = DEFAULTS.with_changes(working_hours=((),) * 7)
        app.apply_settings(no_hours)
        after = app.coordinator.status()
        assert after.next_break is None and after.why_none == "no working hours set"
        app.apply_settings(DEFAULTS.with_changes(working_hours=(every_day,) * 7))
        assert app.coordinator.status().next_break is not None
    finally:
        app.quit()


@pytest.mark.parametrize(("first", "second"), [("Asia/Tokyo", "America/Chicago"), ("America/Chicago", "Asia/Tokyo")])
def test_a_saved_time_zone_re_plans_on_its_wall_clock_at_once(qapp, tmp_path: Path, first: str, second: str) -> None:  # type: ignore[no-untyped-def]
    """09:00-17:00 in Tokyo and in Chicago never overlap, so every slot tells its zone."""
    app = start_app(qapp, tmp_path, f'[working_hours]\n{EVERY_DAY}[system]\ntimezone = "{first}"\n')
    try:

        def in_hours(zone: str) -> bool:
            planned = app.coordinator.planned
            local = [s.start.astimezone(ZoneInfo(zone)).time() for s in planned]
            return bool(local) and all(time(9) <= t < time(17) for t in local)

        assert in_hours(first) and not in_hours(second)
        app.apply_settings(app.settings.with_changes(timezone=second))
        assert app.clock.tz() == ZoneInfo(second)
        assert in_hours(second) and not in_hours(first)
    finally:
        app.quit()


def test_likes_from_the_prompt_survive_a_save_in_a_settings_window_opened_before_them(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = start_app(qapp, tmp_path, "[working_hours]\n" + EVERY_DAY)
    try:
        app.show_settings()
        win = next(w for w in qapp.topLevelWidgets() if isinstance(w, SettingsWindow) and w.isVisible())
        chin = next(e for e in app.catalogue if e.id == "chin-tuck")
        prompt = app.breaks.make_prompt(Routine("Neck, 1 min", (RoutineItem(chin, None, 40),)))
        # what the prompt child reports for ♥ and for "Don't show this again"
        prompt.favourite_changed.emit("chin-tuck", True)
        prompt.hidden.emit("eye-circles")
        on_disk = load_config(app.config_path).settings
        assert on_disk.favourite_exercises == ("chin-tuck",) and on_disk.disabled_exercises == ("eye-circles",)
        assert not win.has_unsaved_edits()  # taking the likes in is no edit of the user's
        win.breaks.spins["max_sitting"].setValue(40)
        assert win.save()
        saved = load_config(app.config_path).settings
        assert saved.max_sitting == 40
        assert saved.favourite_exercises == ("chin-tuck",)
        assert saved.disabled_exercises == ("eye-circles",)
        assert app.settings == saved
    finally:
        app.quit()
