"""The runtime's Status in the user's words and language, for the tray's menu and tooltip.

Status.summary() stays English: `movebreak status --format json` carries it and must not
change with the language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from movebreak.i18n import QT_TRANSLATE_NOOP, day_time_text, time_text
from movebreak.runtime.status import NoBreak, Status

# The NoBreak values, marked for lupdate; translated by their English value.
_NO_BREAK = (
    QT_TRANSLATE_NOOP("NoBreak", "paused"),
    QT_TRANSLATE_NOOP("NoBreak", "no working hours set"),
    QT_TRANSLATE_NOOP("NoBreak", "outside working hours"),
    QT_TRANSLATE_NOOP("NoBreak", "no gap long enough"),
)


def no_break_text(why: NoBreak) -> str:
    return QCoreApplication.translate("NoBreak", str(why))  # i18n: marked elsewhere


def status_summary(status: Status) -> str:
    lines = []
    if status.next_break is not None:
        lines.append(
            QCoreApplication.translate("Status", "Next break: %1").replace("%1", time_text(status.next_break.start))
        )
    else:
        lines.append(
            QCoreApplication.translate("Status", "Next break: none (%1)").replace("%1", no_break_text(status.why_none))
        )
    if status.pause is not None:
        lines.append(
            QCoreApplication.translate("Status", "Paused until %1").replace("%1", day_time_text(status.pause.until))
        )
    if status.focus_until is not None:
        lines.append(
            QCoreApplication.translate("Status", "Focus until %1").replace("%1", time_text(status.focus_until))
        )
    if status.prompt_open:
        lines.append(QCoreApplication.translate("Status", "A break is on screen now"))
    if status.deferred is not None:
        held = QCoreApplication.translate("Status", "A break is held (%1); trying again at %2")
        lines.append(held.replace("%1", status.deferred.reason).replace("%2", time_text(status.deferred.retry_at)))
    return "\n".join(lines)
