"""Settings window pages Breaks and General, plus the inline
validation helpers every page shares. A page loads Settings, lists its errors, applies itself."""

from __future__ import annotations

import logging
from pathlib import Path
from zoneinfo import available_timezones

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from movebreak import paths
from movebreak.domain.clock import zone_named
from movebreak.domain.settings import OPTIONS_BY_KEY, Settings
from movebreak.i18n import QT_TRANSLATE_NOOP, translate
from movebreak.runtime import autostart
from movebreak.ui.language_box import LanguageGroup
from movebreak.ui.theme import is_dark

log = logging.getLogger(__name__)

# What each key is called in the window; '&' marks the mnemonic (Alt+letter).
LABELS: dict[str, str] = {
    "after_block_delay": QT_TRANSLATE_NOOP("SettingsPage", "&After a block ends, wait"),
    "min_gap": QT_TRANSLATE_NOOP("SettingsPage", "Skip &gaps shorter than"),
    "max_sitting": QT_TRANSLATE_NOOP("SettingsPage", "Longest stretch &without a break"),
    "routine_min": QT_TRANSLATE_NOOP("SettingsPage", "Sh&ortest routine"),
    "routine_max": QT_TRANSLATE_NOOP("SettingsPage", "&Longest routine"),
    "lead_time": QT_TRANSLATE_NOOP("SettingsPage", "&Heads-up before a break"),
    "snooze": QT_TRANSLATE_NOOP("SettingsPage", "S&nooze postpones by"),
    "skip_budget": QT_TRANSLATE_NOOP("SettingsPage", "Routines to s&kip a day"),
    "chime": QT_TRANSLATE_NOOP("SettingsPage", "Play a soft &chime at the start and between exercises"),
    "notifications": QT_TRANSLATE_NOOP("SettingsPage", "Announce breaks with a desktop &notification"),
    "idle_detection": QT_TRANSLATE_NOOP("SettingsPage", "Count time away from the keyboard as a &break"),
    "defer_when_fullscreen": QT_TRANSLATE_NOOP("SettingsPage", "Hold breaks while a &fullscreen window has focus"),
    "dnd_processes": QT_TRANSLATE_NOOP("SettingsPage", "Hold breaks while these &programs run"),
    "hold_during_calls": QT_TRANSLATE_NOOP("SettingsPage", "Hold breaks during a call (&microphone or camera in use)"),
    "timezone": QT_TRANSLATE_NOOP("SettingsPage", "Plan in &time zone"),
    "calendar_refresh": QT_TRANSLATE_NOOP("SettingsPage", "Fetch &URL calendars every"),
}


def error_style(widget: QWidget) -> str:
    colour = "#ff8a80" if is_dark(widget.palette()) else "#b3261e"
    return f"color: {colour};"


class ErrorLabel(QLabel):
    """The reason a value is invalid, right under it; hidden while there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(error_style(self))
        self.setAccessibleName(translate("SettingsPage", "Error"))
        self.hide()

    def set_error(self, message: str | None) -> None:
        self.setText(message or "")
        self.setVisible(bool(message))


def mark(widget: QWidget, message: str | None) -> None:
    """Flag an input as invalid (red frame, reason in its tooltip and accessible description)."""
    widget.setProperty("invalid", bool(message))
    colour = "#ff8a80" if is_dark(widget.palette()) else "#b3261e"
    widget.setStyleSheet(f"border: 2px solid {colour}; border-radius: 3px;" if message else "")
    widget.setToolTip(message or "")
    widget.setAccessibleDescription(message or "")


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def open_folder(folder: Path) -> bool:
    """Open a folder in the file manager, creating it first so the request cannot fail on that."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        log.warning("cannot create %s: %s", folder, exc)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class Page(QWidget):
    """A settings page. `changed` fires on every edit so the window can re-validate."""

    changed = Signal()
    title = ""

    def load(self, settings: Settings) -> None:
        """Show these settings in the page's inputs (subclasses fill in)."""

    def errors(self) -> list[str]:
        """Mark invalid inputs inline and return one line per problem."""
        return []

    def apply(self, settings: Settings) -> Settings:
        """`settings` with this page's values; only called when errors() is empty."""
        return settings


class RangeSpinBox(QSpinBox):
    """A spin box that keeps an out-of-range number as typed, so the page can say what is
    valid; a plain QSpinBox silently puts the old value back when the focus leaves.
    The arrows still stop at the bounds."""

    # Wide enough for any number a person types; the real bounds are low..high.
    _TYPING_LIMIT = 999_999

    def __init__(self, low: int, high: int, unit: str, label: str) -> None:
        super().__init__()
        self.low, self.high, self.unit, self.label = low, high, unit, label
        self.setRange(min(0, low), max(self._TYPING_LIMIT, high))

    def stepBy(self, steps: int) -> None:
        self.setValue(max(self.low, min(self.high, self.value() + steps)))

    def range_problem(self) -> str | None:
        value = self.value()
        if self.low <= value <= self.high:
            return None
        if value < self.low:
            text = translate("SettingsPage", "%1: %2 %3 is below the minimum; use %4 to %5 %3")
        else:
            text = translate("SettingsPage", "%1: %2 %3 is above the maximum; use %4 to %5 %3")
        for key, part in (("%1", self.label), ("%2", value), ("%3", self.unit), ("%4", self.low), ("%5", self.high)):
            text = text.replace(key, str(part))
        return text


def spin_for(key: str, changed: Signal) -> RangeSpinBox:
    opt = OPTIONS_BY_KEY[key]
    unit = translate("SettingsPage", "s") if opt.unit == "seconds" else translate("SettingsPage", "min")
    label = translate("SettingsPage", LABELS[opt.name]).replace("&", "")  # i18n: marked elsewhere
    box = RangeSpinBox(opt.low or 0, opt.high or 0, unit, label)
    box.setSuffix(f" {unit}")
    box.setToolTip(translate("Option", opt.help))  # i18n: marked elsewhere
    box.setAccessibleName(box.label)
    box.valueChanged.connect(changed)
    return box


def range_errors(page: str, spins: list[RangeSpinBox], label: ErrorLabel) -> list[str]:
    """Mark each out-of-range spin box and show the reasons under its group."""
    problems = []
    for box in spins:
        problem = box.range_problem()
        mark(box, problem)
        if problem:
            problems.append(problem)
    label.set_error("\n".join(problems) or None)
    return [f"{page}: {p}" for p in problems]


class BreaksPage(Page):
    title = QT_TRANSLATE_NOOP("SettingsPage", "Breaks")
    _PLANNING = (
        "planning.after_block_delay",
        "planning.min_gap",
        "planning.max_sitting",
        "planning.routine_min",
        "planning.routine_max",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        timing = QGroupBox(translate("BreaksPage", "When breaks happen"))
        form = QFormLayout(timing)
        self.spins: dict[str, RangeSpinBox] = {}
        self.range_error = ErrorLabel()
        for key in self._PLANNING:
            name = key.split(".")[1]
            box = spin_for(key, self.changed)
            self.spins[name] = box
            label = QLabel(translate("SettingsPage", LABELS[name]))  # i18n: marked elsewhere
            label.setBuddy(box)
            form.addRow(label, box)
        form.addRow("", self.range_error)
        layout.addWidget(timing)
        announce = QGroupBox(translate("BreaksPage", "How breaks are announced"))
        form2 = QFormLayout(announce)
        for name in ("lead_time", "snooze", "skip_budget"):
            box = spin_for(f"breaks.{name}", self.changed)
            self.spins[name] = box
            label = QLabel(translate("SettingsPage", LABELS[name]))  # i18n: marked elsewhere
            label.setBuddy(box)
            form2.addRow(label, box)
        self.announce_error = ErrorLabel()
        form2.addRow("", self.announce_error)
        self.spins["lead_time"].setSpecialValueText(translate("BreaksPage", "off"))
        self.spins["skip_budget"].setSpecialValueText(translate("BreaksPage", "no limit"))
        self.chime = QCheckBox(translate("SettingsPage", LABELS["chime"]))  # i18n: marked elsewhere
        self.chime.toggled.connect(self.changed)
        form2.addRow(self.chime)
        layout.addWidget(announce)
        layout.addWidget(
            hint(
                translate(
                    "BreaksPage",
                    "A break is planned in each free gap of your working hours, never inside a "
                    "block. Its length fits the gap, between the shortest and longest routine.",
                )
            )
        )
        layout.addStretch(1)

    def load(self, settings: Settings) -> None:
        for name, box in self.spins.items():
            box.setValue(getattr(settings, name))
        self.chime.setChecked(settings.chime)

    def errors(self) -> list[str]:
        timing = [self.spins[k.split(".")[1]] for k in self._PLANNING]
        out = range_errors(translate("SettingsPage", "Breaks"), timing, self.range_error)
        announce = [self.spins["lead_time"], self.spins["snooze"]]
        out += range_errors(translate("SettingsPage", "Breaks"), announce, self.announce_error)
        if out:
            return out
        lo, hi = self.spins["routine_min"].value(), self.spins["routine_max"].value()
        message = (
            translate("BreaksPage", "must be at least the shortest routine (%n min)", None, lo) if hi < lo else None
        )
        self.range_error.set_error(
            translate("BreaksPage", "Longest routine %1").replace("%1", message) if message else None
        )
        mark(self.spins["routine_max"], message)
        return [translate("BreaksPage", "Breaks: longest routine %1").replace("%1", message)] if message else []

    def apply(self, settings: Settings) -> Settings:
        values = {name: box.value() for name, box in self.spins.items()}
        return settings.with_changes(chime=self.chime.isChecked(), **values)


class GeneralPage(Page):
    title = QT_TRANSLATE_NOOP("SettingsPage", "General")

    def __init__(self, config_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.config_path = config_path
        layout = QVBoxLayout(self)
        startup = QGroupBox(translate("GeneralPage", "Start and notifications"))
        col = QVBoxLayout(startup)
        self.autostart = QCheckBox(translate("GeneralPage", "Start movebreak when I log &in"))
        self.autostart_was = False
        try:
            self.autostart_was = autostart.is_enabled()
        except OSError as exc:
            log.warning("cannot read the autostart state: %s", exc)
        self.autostart.setChecked(self.autostart_was)
        self.notifications = QCheckBox(translate("SettingsPage", LABELS["notifications"]))  # i18n: marked elsewhere
        col.addWidget(self.autostart)
        col.addWidget(self.notifications)
        layout.addWidget(startup)
        system = QGroupBox(translate("GeneralPage", "Fitting in with the rest of the desktop"))
        form = QFormLayout(system)
        self.checks: dict[str, QCheckBox] = {}
        for name in ("idle_detection", "defer_when_fullscreen", "hold_during_calls"):
            box = QCheckBox(translate("SettingsPage", LABELS[name]))  # i18n: marked elsewhere
            box.setToolTip(translate("Option", OPTIONS_BY_KEY[f"system.{name}"].help))  # i18n: marked elsewhere
            self.checks[name] = box
            form.addRow(box)
        self.dnd = QLineEdit()
        self.dnd.setPlaceholderText(translate("GeneralPage", "e.g. zoom, obs"))
        self.timezone = QLineEdit()
        self.timezone.setPlaceholderText(translate("GeneralPage", "empty: the system's zone"))
        completer = QCompleter(sorted(available_timezones()), self.timezone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone.setCompleter(completer)
        self.timezone_error = ErrorLabel()
        self.refresh_error = ErrorLabel()
        self.refresh = spin_for("system.calendar_refresh", self.changed)
        for name, widget in (
            ("dnd_processes", self.dnd),
            ("timezone", self.timezone),
            ("calendar_refresh", self.refresh),
        ):
            label = QLabel(translate("SettingsPage", LABELS[name]))  # i18n: marked elsewhere
            label.setBuddy(widget)
            widget.setToolTip(translate("Option", OPTIONS_BY_KEY[f"system.{name}"].help))  # i18n: marked elsewhere
            form.addRow(label, widget)
            if name == "timezone":
                form.addRow("", self.timezone_error)
            if name == "calendar_refresh":
                form.addRow("", self.refresh_error)
        layout.addWidget(system)
        where = QGroupBox(translate("GeneralPage", "Where your settings and data live"))
        grid = QGridLayout(where)
        self.config_label = QLabel(str(config_path))
        self.data_label = QLabel(str(paths.data_dir()))
        for row, (name, label, folder, mnemonic) in enumerate(
            (
                (
                    translate("GeneralPage", "Settings"),
                    self.config_label,
                    config_path.parent,
                    translate("GeneralPage", "Open s&ettings folder"),
                ),
                (
                    translate("GeneralPage", "Data"),
                    self.data_label,
                    paths.data_dir(),
                    translate("GeneralPage", "Open &data folder"),
                ),
            )
        ):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            button = QPushButton(mnemonic)
            button.clicked.connect(lambda _=False, f=folder: open_folder(f))
            grid.addWidget(QLabel(f"<b>{name}</b>"), row, 0)
            grid.addWidget(label, row, 1)
            grid.addWidget(button, row, 2)
        grid.setColumnStretch(1, 1)
        layout.addWidget(where)
        self.language = LanguageGroup()
        layout.addWidget(self.language)
        self.language.changed.connect(self.changed)
        layout.addStretch(1)
        for box in (self.notifications, self.autostart, *self.checks.values()):
            box.toggled.connect(self.changed)
        self.dnd.textChanged.connect(self.changed)
        self.timezone.textChanged.connect(self.changed)

    def load(self, settings: Settings) -> None:
        self.notifications.setChecked(settings.notifications)
        for name, box in self.checks.items():
            box.setChecked(getattr(settings, name))
        self.dnd.setText(", ".join(settings.dnd_processes))
        self.timezone.setText(settings.timezone)
        self.refresh.setValue(settings.calendar_refresh)
        self.language.set_value(settings.language)

    def errors(self) -> list[str]:
        zone = self.timezone.text().strip()
        message = None
        if zone and zone_named(zone) is None:
            message = translate(
                "GeneralPage", "Unknown time zone '%1': use an IANA name such as Europe/Berlin"
            ).replace("%1", zone[:64])
        self.timezone_error.set_error(message)
        mark(self.timezone, message)
        return ([translate("GeneralPage", "General: %1").replace("%1", message)] if message else []) + range_errors(
            translate("SettingsPage", "General"), [self.refresh], self.refresh_error
        )

    def apply(self, settings: Settings) -> Settings:
        dnd = tuple(p.strip() for p in self.dnd.text().split(",") if p.strip())
        return settings.with_changes(
            notifications=self.notifications.isChecked(),
            dnd_processes=dnd,
            timezone=self.timezone.text().strip(),
            calendar_refresh=self.refresh.value(),
            language=self.language.value(),
            **{name: box.isChecked() for name, box in self.checks.items()},
        )

    def autostart_changed(self) -> bool:
        return self.autostart.isChecked() != self.autostart_was
