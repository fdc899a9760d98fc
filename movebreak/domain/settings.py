"""Typed settings and their declarative schema: the keys behind config.toml, the settings
window and the README's key reference (domain.settings_parse reads and writes the file's shape;
domain.day_times the weekday and time-of-day text)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import time
from typing import Any

# Re-exported: the rest of movebreak knows these names from here.
from movebreak.domain.day_times import WEEKDAYS, TimeRange, format_days, parse_days, parse_range, parse_time
from movebreak.texts import N_, Text

__all__ = [
    "BODY_AREAS",
    "DEFAULTS",
    "OPTIONS",
    "OPTIONS_BY_KEY",
    "SECTIONS",
    "STRUCTURED_SECTIONS",
    "WEEKDAYS",
    "BlockRule",
    "CalendarSource",
    "Option",
    "Settings",
    "TimeRange",
    "format_days",
    "parse_days",
    "parse_range",
    "parse_time",
    "setting_names",
]

BODY_AREAS: tuple[str, ...] = (
    "neck",
    "shoulders",
    "upper back",
    "lower back",
    "hips",
    "legs",
    "wrists & hands",
    "eyes",
)


@dataclass(frozen=True)
class BlockRule:
    """A weekly deep-work block: on these weekdays (0 = Monday), from start to end."""

    days: tuple[int, ...]
    start: time
    end: time
    title: str = "Deep work"


@dataclass(frozen=True)
class CalendarSource:
    """An .ics file or URL. With keywords, only events whose summary or categories contain
    one of them count as blocks; without, every busy, confirmed, timed event counts."""

    location: str
    enabled: bool = True
    keywords: tuple[str, ...] = ()
    name: str = ""


def _default_hours() -> tuple[tuple[TimeRange, ...], ...]:
    day = (TimeRange(time(9, 0), time(17, 30)),)
    return (day, day, day, day, day, (), ())


@dataclass(frozen=True)
class Settings:
    working_hours: tuple[tuple[TimeRange, ...], ...] = field(default_factory=_default_hours)
    blocks: tuple[BlockRule, ...] = ()
    calendars: tuple[CalendarSource, ...] = ()
    # planning, in minutes
    after_block_delay: int = 2
    min_gap: int = 5
    max_sitting: int = 50
    routine_min: int = 2
    routine_max: int = 8
    # breaks
    lead_time: int = 60  # seconds
    snooze: int = 5  # minutes
    chime: bool = False
    notifications: bool = True
    skip_budget: int = 0  # skipped breaks a day before "Skip routine" becomes "Shorten"; 0 = no limit
    # exercises
    disabled_exercises: tuple[str, ...] = ()
    favourite_exercises: tuple[str, ...] = ()  # ♥ in the prompt
    disabled_areas: tuple[str, ...] = ()
    # system
    idle_detection: bool = True
    defer_when_fullscreen: bool = True
    dnd_processes: tuple[str, ...] = ()
    hold_during_calls: bool = True
    timezone: str = ""
    calendar_refresh: int = 30  # minutes
    language: str = ""  # a code from domain.languages; "" = the system's

    def with_changes(self, **changes: Any) -> Settings:
        return replace(self, **changes)


@dataclass(frozen=True)
class Option:
    """One scalar config key: where it lives, its type, bounds, default and help text."""

    section: str
    name: str
    kind: type
    help: str
    low: int | None = None
    high: int | None = None
    unit: str = ""
    item_choices: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return f"{self.section}.{self.name}"

    @property
    def default(self) -> Any:
        return getattr(DEFAULTS, self.name)

    @property
    def valid(self) -> str:
        return str(self.valid_text)

    @property
    def valid_text(self) -> Text:
        """What a value may be, marked for translation (the problem shows it in the user's language)."""
        if self.kind is bool:
            return N_("Problem", "true or false")
        if self.kind is int:
            if self.unit == "seconds":
                return N_("Problem", "a whole number of seconds from %1 to %2", self.low, self.high)
            if self.unit == "skips":
                return N_("Problem", "a whole number of skips from %1 to %2", self.low, self.high)
            return N_("Problem", "a whole number of minutes from %1 to %2", self.low, self.high)
        if self.item_choices:
            return N_("Problem", "a list of: %1", ", ".join(repr(c) for c in self.item_choices))
        if self.kind is tuple:
            return N_("Problem", "a list of strings")
        return N_("Problem", "a string")


DEFAULTS = Settings()

OPTIONS: tuple[Option, ...] = (
    Option(
        "planning",
        "after_block_delay",
        int,
        "Minutes after a block ends before the break starts.",
        0,
        30,
        "minutes",
    ),
    Option("planning", "min_gap", int, "Gaps shorter than this get no break.", 1, 60, "minutes"),
    Option("planning", "max_sitting", int, "Longest free stretch without a break.", 10, 240, "minutes"),
    Option("planning", "routine_min", int, "Shortest routine.", 1, 30, "minutes"),
    Option("planning", "routine_max", int, "Longest routine.", 1, 30, "minutes"),
    Option(
        "breaks",
        "lead_time",
        int,
        "Heads-up notification this long before a break (0 = off).",
        0,
        600,
        "seconds",
    ),
    Option("breaks", "snooze", int, "How long Snooze postpones a break.", 1, 60, "minutes"),
    Option(
        "breaks",
        "skip_budget",
        int,
        "Routines you may skip a day; then Skip routine becomes Shorten to 1 min (0 = no limit).",
        0,
        50,
        "skips",
    ),
    Option("breaks", "chime", bool, "Play a soft chime at the start and between exercises."),
    Option("breaks", "notifications", bool, "Announce breaks with a desktop notification."),
    Option("exercises", "disabled_exercises", tuple, "Exercise ids never to suggest."),
    Option("exercises", "favourite_exercises", tuple, "Exercise ids to suggest first where body areas allow."),
    Option(
        "exercises",
        "disabled_areas",
        tuple,
        "Body areas never to suggest.",
        item_choices=BODY_AREAS,
    ),
    Option("system", "idle_detection", bool, "Count time away from the keyboard as a natural break."),
    Option("system", "defer_when_fullscreen", bool, "Hold breaks while a fullscreen window has focus."),
    Option("system", "dnd_processes", tuple, "Hold breaks while any of these processes runs."),
    Option("system", "hold_during_calls", bool, "Hold breaks while the microphone or the camera is in use (a call)."),
    Option(
        "system",
        "timezone",
        str,
        "Plan in this IANA zone instead of the system's (empty = system).",
    ),
    Option(
        "system",
        "calendar_refresh",
        int,
        "How often URL calendars are fetched again.",
        5,
        1440,
        "minutes",
    ),
    Option("system", "language", str, "Language of the windows and exercises (empty = system)."),
)
OPTIONS_BY_KEY: dict[str, Option] = {o.key: o for o in OPTIONS}
STRUCTURED_SECTIONS: dict[str, str] = {
    "working_hours": ('Per weekday, a list of "HH:MM-HH:MM" ranges. Default: mon-fri ["09:00-17:30"].'),
    "blocks": "Weekly deep-work blocks: [[blocks]] with days, start, end, title.",
    "calendars": ("Calendar sources: [[calendars]] with source (path or URL), enabled, keywords, name."),
}
SECTIONS: tuple[str, ...] = ("planning", "breaks", "exercises", "system", *STRUCTURED_SECTIONS)


def setting_names() -> list[str]:
    return [f.name for f in fields(Settings)]
