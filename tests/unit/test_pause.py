"""Pause requests always expire, and read like a person writes them."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from movebreak.domain.pause import MAX_PAUSE, parse_focus, pause_message, pause_until
from movebreak.domain.settings import DEFAULTS

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 23, 10, 15, tzinfo=BERLIN)  # a Monday


@pytest.mark.parametrize(("spec", "minutes"), [("30m", 30), ("1h", 60), ("1h30m", 90), ("45", 45), ("2 h", 120)])
def test_durations(spec: str, minutes: int) -> None:
    pause = pause_until(spec, NOW, DEFAULTS)
    assert pause is not None and pause.until - NOW == timedelta(minutes=minutes)


def test_until_a_time_later_today() -> None:
    pause = pause_until("until 14:00", NOW, DEFAULTS)
    assert pause is not None and pause.until == datetime(2026, 11, 23, 14, 0, tzinfo=BERLIN)


def test_until_a_time_already_past_means_tomorrow() -> None:
    pause = pause_until("until 09:00", NOW, DEFAULTS)
    assert pause is not None and pause.until == datetime(2026, 11, 24, 9, 0, tzinfo=BERLIN)


def test_tomorrow_ends_at_the_start_of_next_working_hours() -> None:
    pause = pause_until("tomorrow", NOW, DEFAULTS)
    assert pause is not None and pause.until == datetime(2026, 11, 24, 9, 0, tzinfo=BERLIN)


def test_tomorrow_over_a_dst_switch_keeps_wall_clock_time() -> None:
    saturday = datetime(2026, 3, 28, 20, 0, tzinfo=BERLIN)  # DST starts Sunday 29 March
    hours = list(DEFAULTS.working_hours)
    hours[6] = hours[0]
    pause = pause_until("tomorrow", saturday, DEFAULTS.with_changes(working_hours=tuple(hours)))
    assert pause is not None
    assert pause.until.astimezone(BERLIN).hour == 9
    assert pause.until.utcoffset() == timedelta(hours=2)


def test_every_pause_is_capped() -> None:
    pause = pause_until("9999h", NOW, DEFAULTS)
    assert pause is not None and pause.until - NOW == MAX_PAUSE


def test_off_clears_the_pause() -> None:
    assert pause_until("off", NOW, DEFAULTS) is None


def test_block_needs_a_current_block() -> None:
    with pytest.raises(ValueError, match="no block"):
        pause_until("block", NOW, DEFAULTS, None)
    end = NOW + timedelta(minutes=40)
    pause = pause_until("block", NOW, DEFAULTS, end)
    assert pause is not None and pause.until == end


@pytest.mark.parametrize("spec", ["soon", "until 25:00", "-5m", "0h0m"])
def test_bad_specs_name_what_is_valid(spec: str) -> None:
    with pytest.raises(ValueError, match="valid"):
        pause_until(spec, NOW, DEFAULTS)


def test_focus_lengths() -> None:
    assert parse_focus("50m") == timedelta(minutes=50)
    with pytest.raises(ValueError, match="5m to 8h"):
        parse_focus("9h")


def test_days_are_a_unit_like_hours() -> None:
    # "pause 2d" was refused while "pause 25h" was accepted.
    pause = pause_until("2d", NOW, DEFAULTS)
    assert pause is not None and pause.until - NOW == timedelta(days=2)
    assert pause.label == "for 2 days"
    pause = pause_until("1d 2h", NOW, DEFAULTS)
    assert pause is not None and pause.until - NOW == timedelta(hours=26)


@pytest.mark.parametrize("spec", ["0m", "0", "0h"])
def test_a_zero_pause_is_refused_and_points_to_off(spec: str) -> None:
    # It used to answer "Breaks resumed.", which nobody asked for.
    with pytest.raises(ValueError, match="pauses nothing; to resume breaks use 'off'"):
        pause_until(spec, NOW, DEFAULTS)


def test_until_a_time_names_the_time_once() -> None:
    pause = pause_until("until 14:00", NOW, DEFAULTS)
    assert pause is not None
    assert pause_message(pause, pause.until) == "Paused until Mon 14:00."


def test_a_duration_names_its_end() -> None:
    pause = pause_until("30m", NOW, DEFAULTS)
    assert pause is not None
    assert pause_message(pause, pause.until) == "Paused for 30 min (until Mon 10:45)."
