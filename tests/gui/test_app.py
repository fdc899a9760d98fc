"""The composition root: saving settings re-plans at once, without a restart."""

from __future__ import annotations

from datetime import time
from pathlib import Path

from movebreak.app import App
from movebreak.domain.settings import DEFAULTS, TimeRange


def test_saved_settings_replan_immediately(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "config" / "config.toml"
    config.parent.mkdir(parents=True, exist_ok=True)
    every_day = (TimeRange(time(0, 0), time(23, 59, 59)),)
    config.write_text(
        "[working_hours]\n"
        + "".join(f'{d} = ["00:00-23:59"]\n' for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun"))
    )
    app = App(qapp, config, explicit_config=True)
    assert app.start()
    try:
        before = app.coordinator.status()
        assert before.next_break is not None
        no_hours = DEFAULTS.with_changes(working_hours=((),) * 7)
        app._on_settings_saved(no_hours)
        after = app.coordinator.status()
        assert after.next_break is None and after.why_none == "no working hours set"
        app._on_settings_saved(DEFAULTS.with_changes(working_hours=(every_day,) * 7))
        assert app.coordinator.status().next_break is not None
    finally:
        app.quit()
