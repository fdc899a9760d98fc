"""Settings window pages Breaks and General, plus the inline
validation helpers every page shares. A page loads Settings, lists its errors, applies itself."""

from __future__ import annotations

import logging
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

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
from movebreak.domain.settings import OPTIONS_BY_KEY, Settings
from movebreak.runtime import autostart
from movebreak.ui.theme import is_dark

log = logging.getLogger(__name__)

# What each key is called in the window; '&' marks the mnemonic (Alt+letter).
LABELS: dict[str, str] = {
    "after_block_delay": "&After a block ends, wait",
    "min_gap": "Skip &gaps shorter than",
    "max_sitting": "Longest stretch &without a break",
    "routine_min": "&Shortest routine",
    "routine_max": "&Longest routine",
    "lead_time": "&Heads-up before a break",
    "snooze": "S&nooze postpones by",
    "skip_budget": "Routines to s&kip a day",
    "chime": "Play a soft &chime at the start and between exercises",
    "notifications": "Announce breaks with a desktop &notification",
    "idle_detection": "Count time away from the keyboard as a &break",
    "defer_when_fullscreen": "Hold breaks while a &fullscreen window has focus",
    "dnd_processes": "Hold breaks while these &programs run",
    "hold_during_calls": "Hold breaks during a call (&microphone or camera in use)",
    "timezone": "Plan in &time zone",
    "calendar_refresh": "Fetch &URL calendars every",
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
        self.setAccessibleName("Error")
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


def spin_for(key: str, changed: Signal) -> QSpinBox:
    opt = OPTIONS_BY_KEY[key]
    box = QSpinBox()
    box.setRange(opt.low or 0, opt.high or 0)
    box.setSuffix(" s" if opt.unit == "seconds" else " min")
    box.setToolTip(opt.help)
    box.setAccessibleName(LABELS[opt.name].replace("&", ""))
    box.valueChanged.connect(changed)
    return box


class BreaksPage(Page):
    title = "Breaks"
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
        timing = QGroupBox("When breaks happen")
        form = QFormLayout(timing)
        self.spins: dict[str, QSpinBox] = {}
        self.range_error = ErrorLabel()
        for key in self._PLANNING:
            name = key.split(".")[1]
            box = spin_for(key, self.changed)
            self.spins[name] = box
            label = QLabel(LABELS[name])
            label.setBuddy(box)
            form.addRow(label, box)
        form.addRow("", self.range_error)
        layout.addWidget(timing)
        announce = QGroupBox("How breaks are announced")
        form2 = QFormLayout(announce)
        for name in ("lead_time", "snooze", "skip_budget"):
            box = spin_for(f"breaks.{name}", self.changed)
            self.spins[name] = box
            label = QLabel(LABELS[name])
            label.setBuddy(box)
            form2.addRow(label, box)
        self.spins["lead_time"].setSpecialValueText("off")
        self.spins["skip_budget"].setSpecialValueText("no limit")
        self.chime = QCheckBox(LABELS["chime"])
        self.chime.toggled.connect(self.changed)
        form2.addRow(self.chime)
        layout.addWidget(announce)
        layout.addWidget(
            hint(
                "A break is planned in each free gap of your working hours, never inside a "
                "block. Its length fits the gap, between the shortest and longest routine."
            )
        )
        layout.addStretch(1)

    def load(self, settings: Settings) -> None:
        for name, box in self.spins.items():
            box.setValue(getattr(settings, name))
        self.chime.setChecked(settings.chime)

    def errors(self) -> list[str]:
        lo, hi = self.spins["routine_min"].value(), self.spins["routine_max"].value()
        message = f"must be at least the shortest routine ({lo} min)" if hi < lo else None
        self.range_error.set_error(f"Longest routine {message}" if message else None)
        mark(self.spins["routine_max"], message)
        return [f"Breaks: longest routine {message}"] if message else []

    def apply(self, settings: Settings) -> Settings:
        values = {name: box.value() for name, box in self.spins.items()}
        return settings.with_changes(chime=self.chime.isChecked(), **values)


class GeneralPage(Page):
    title = "General"

    def __init__(self, config_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.config_path = config_path
        layout = QVBoxLayout(self)
        startup = QGroupBox("Start and notifications")
        col = QVBoxLayout(startup)
        self.autostart = QCheckBox("Start movebreak when I log &in")
        self.autostart_was = False
        try:
            self.autostart_was = autostart.is_enabled()
        except OSError as exc:
            log.warning("cannot read the autostart state: %s", exc)
        self.autostart.setChecked(self.autostart_was)
        self.notifications = QCheckBox(LABELS["notifications"])
        col.addWidget(self.autostart)
        col.addWidget(self.notifications)
        layout.addWidget(startup)
        system = QGroupBox("Fitting in with the rest of the desktop")
        form = QFormLayout(system)
        self.checks: dict[str, QCheckBox] = {}
        for name in ("idle_detection", "defer_when_fullscreen", "hold_during_calls"):
            box = QCheckBox(LABELS[name])
            box.setToolTip(OPTIONS_BY_KEY[f"system.{name}"].help)
            self.checks[name] = box
            form.addRow(box)
        self.dnd = QLineEdit()
        self.dnd.setPlaceholderText("e.g. zoom, obs")
        self.timezone = QLineEdit()
        self.timezone.setPlaceholderText("empty: the system's zone")
        completer = QCompleter(sorted(available_timezones()), self.timezone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone.setCompleter(completer)
        self.timezone_error = ErrorLabel()
        self.refresh = spin_for("system.calendar_refresh", self.changed)
        for name, widget in (
            ("dnd_processes", self.dnd),
            ("timezone", self.timezone),
            ("calendar_refresh", self.refresh),
        ):
            label = QLabel(LABELS[name])
            label.setBuddy(widget)
            widget.setToolTip(OPTIONS_BY_KEY[f"system.{name}"].help)
            form.addRow(label, widget)
            if name == "timezone":
                form.addRow("", self.timezone_error)
        layout.addWidget(system)
        where = QGroupBox("Where your settings and data live")
        grid = QGridLayout(where)
        self.config_label = QLabel(str(config_path))
        self.data_label = QLabel(str(paths.data_dir()))
        for row, (name, label, folder, mnemonic) in enumerate(
            (
                ("Settings", self.config_label, config_path.parent, "Open s&ettings folder"),
                ("Data", self.data_label, paths.data_dir(), "Open &data folder"),
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

    def errors(self) -> list[str]:
        zone = self.timezone.text().strip()
        message = None
        if zone:
            try:
                ZoneInfo(zone)
            except (ZoneInfoNotFoundError, ValueError):
                message = f"Unknown time zone '{zone}': use an IANA name such as Europe/Berlin"
        self.timezone_error.set_error(message)
        mark(self.timezone, message)
        return [f"General: {message}"] if message else []

    def apply(self, settings: Settings) -> Settings:
        dnd = tuple(p.strip() for p in self.dnd.text().split(",") if p.strip())
        return settings.with_changes(
            notifications=self.notifications.isChecked(),
            dnd_processes=dnd,
            timezone=self.timezone.text().strip(),
            calendar_refresh=self.refresh.value(),
            **{name: box.isChecked() for name, box in self.checks.items()},
        )

    def autostart_changed(self) -> bool:
        return self.autostart.isChecked() != self.autostart_was
