"""The settings window's live preview: today's and tomorrow's plan from the real planner,
drawn as a timeline (working hours as a band, blocks as bars, breaks as markers)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from movebreak.domain.blocks import Block
from movebreak.domain.clock import Clock, zone_named
from movebreak.domain.planner import BreakSlot, Window
from movebreak.domain.settings import Settings
from movebreak.i18n import date_text, day_name, minutes_text, time_text, translate
from movebreak.ui.theme import accent_color, mix

log = logging.getLogger(__name__)
DEBOUNCE_MS = 250
_LABEL_W = 86
_ROW_H = 34


@dataclass(frozen=True)
class DayPlan:
    day: date
    label: str
    hours: tuple[tuple[datetime, datetime], ...]
    blocks: tuple[Block, ...]
    breaks: tuple[BreakSlot, ...]
    tz: tzinfo


def _zone(settings: Settings, clock: Clock) -> tzinfo:
    zone = zone_named(settings.timezone) if settings.timezone else None
    return zone or clock.tz()


def compute_days(settings: Settings, clock: Clock, cache_dir: Path | None) -> list[DayPlan]:
    """Plan today (from now) and tomorrow as the app would, from the calendars already read.

    Only readings the app's watcher already has (cached_only): a calendar not read yet is left
    out rather than read here, as the GUI thread must never wait on someone else's calendar
    (the reader child may take up to its time limit)."""
    from movebreak.domain.blocks import wall_clock
    from movebreak.domain.planner import plan
    from movebreak.sources.calendar import collect

    tz = _zone(settings, clock)
    now = clock.now().astimezone(tz)
    window = Window.for_days(now.date(), 2, tz, now=now)
    blocks = collect(settings, window, cache_dir=cache_dir, offline=True, clock=clock, cached_only=True).blocks
    slots = plan(window, blocks, settings)
    out = []
    for offset, label in ((0, translate("PlanPreview", "Today")), (1, translate("PlanPreview", "Tomorrow"))):
        day = now.date() + timedelta(days=offset)
        lo, hi = wall_clock(day, datetime.min.time(), tz), wall_clock(day + timedelta(days=1), datetime.min.time(), tz)
        hours = tuple(
            (wall_clock(day, r.start, tz), wall_clock(day, r.end, tz)) for r in settings.working_hours[day.weekday()]
        )
        out.append(
            DayPlan(
                day,
                f"{label}\n{day_name(day.isoweekday())} {date_text(day)}",
                hours,
                tuple(b for b in blocks if b.end > lo and b.start < hi),
                tuple(s for s in slots if lo <= s.start < hi),
                tz,
            )
        )
    return out


class Timeline(QWidget):
    """Paints DayPlans; one row a day, a shared hour axis."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: list[DayPlan] = []
        self.now: datetime | None = None
        self.setMinimumHeight(2 * _ROW_H + 40)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("PlanPreview", "Plan preview timeline"))

    def sizeHint(self) -> QSize:
        return QSize(560, 2 * (_ROW_H + 8) + 30)

    def _span(self) -> tuple[float, float]:
        """Hours shown: the working hours (and blocks) of both days, padded, 7-19 if empty."""
        lo, hi = 24.0, 0.0
        for d in self.days:
            for a, b in d.hours:
                lo, hi = min(lo, _hour(a, d)), max(hi, _hour(b, d))
        if lo >= hi:
            return 7.0, 19.0
        return max(0.0, float(int(lo) - 1)), min(24.0, float(int(hi + 0.999) + 1))

    def paintEvent(self, event: object) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        window = pal.color(QPalette.ColorRole.Window)
        base = pal.color(QPalette.ColorRole.Base)
        block_col = mix(text, window, 0.55)
        accent = accent_color(pal)
        lo, hi = self._span()
        x0, x1 = float(_LABEL_W), float(self.width() - 10)
        # Right to left (Hebrew): day labels on the right and time running leftwards. The
        # layout is worked out left to right and each shape mirrored as it is drawn; text
        # is placed, never mirrored.
        rtl = self.isRightToLeft()
        width = float(self.width())

        def x_of(h: float) -> float:
            x = x0 + (x1 - x0) * (min(max(h, lo), hi) - lo) / (hi - lo)
            return width - x if rtl else x

        def box(r: QRectF) -> QRectF:
            return QRectF(width - r.right(), r.top(), r.width(), r.height()) if rtl else r

        fm = QFontMetrics(self.font())
        # hour axis
        p.setPen(QPen(mix(text, window, 0.5), 1))
        step = 1 if (hi - lo) <= 12 else 2
        h = int(lo)
        axis_y = 8 + 2 * (_ROW_H + 8)
        while h <= hi:
            x = x_of(h)
            p.drawLine(int(x), 6, int(x), axis_y - 2)
            label = f"{h:02d}"
            p.drawText(int(x - fm.horizontalAdvance(label) / 2), axis_y + fm.ascent(), label)
            h += step
        for row, d in enumerate(self.days):
            top = 8 + row * (_ROW_H + 8)
            p.setPen(text)
            label_box = box(QRectF(0, top, _LABEL_W - 6, _ROW_H))
            leading = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            p.drawText(label_box, Qt.AlignmentFlag.AlignVCenter | leading, d.label)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(mix(window, text, 0.06))
            p.drawRoundedRect(box(QRectF(x0, top, x1 - x0, _ROW_H)), 4, 4)
            p.setBrush(base)
            for a, b in d.hours:
                p.drawRoundedRect(_bar(x_of(_hour(a, d)), x_of(_hour(b, d)), top, _ROW_H), 4, 4)
            bars = [_bar(x_of(_hour(b.start, d)), x_of(_hour(b.end, d)), top + 6, _ROW_H - 12) for b in d.blocks]
            for r in bars:
                p.setPen(QPen(window, 1))  # an edge, so overlapping blocks stay two blocks
                p.setBrush(block_col)
                p.drawRoundedRect(r, 3, 3)
            # Labels last, each in the part of its bar no other block covers, so two
            # overlapping blocks never write over each other ("Deep wo Focus NY").
            spans = label_spans([(r.left(), r.right()) for r in bars])
            for blk, r, (a, b) in zip(d.blocks, bars, spans, strict=True):
                if b - a > 30:
                    p.setPen(base)
                    title = fm.elidedText(blk.title, Qt.TextElideMode.ElideRight, int(b - a - 6))
                    p.drawText(QRectF(a + 3, r.top(), b - a - 6, r.height()), Qt.AlignmentFlag.AlignVCenter, title)
            for s in d.breaks:
                a, b = x_of(_hour(s.start, d)), x_of(_hour(s.end, d))
                a, b = min(a, b), max(a, b)
                r = QRectF(a, top + 2, max(5.0, b - a), _ROW_H - 4)
                p.setPen(QPen(window, 1))
                p.setBrush(accent)
                p.drawRoundedRect(r, 2, 2)
            if self.now is not None and self.now.date() == d.day:
                x = x_of(_hour(self.now, d))
                p.setPen(QPen(QColor(text), 2))
                p.drawLine(int(x), top - 3, int(x), top + _ROW_H + 3)
        p.end()


def _hour(moment: datetime, d: DayPlan) -> float:
    day = d.day
    local = moment.astimezone(d.tz)
    days = (local.date() - day).days
    return days * 24 + local.hour + local.minute / 60


def label_spans(bars: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """For each bar (left, right), in drawing order, the widest stretch of it that no bar
    drawn later covers: where its label can go. A bar wholly covered gets (a, a)."""
    spans = []
    for i, (a, b) in enumerate(bars):
        cuts = sorted((max(a, c), min(b, e)) for c, e in bars[i + 1 :] if c < b and e > a)
        free, pos = [], a
        for c, e in cuts:
            if c > pos:
                free.append((pos, c))
            pos = max(pos, e)
        if pos < b:
            free.append((pos, b))
        spans.append(max(free, key=lambda s: s[1] - s[0], default=(a, a)))
    return spans


def _bar(a: float, b: float, top: float, height: float) -> QRectF:
    """A bar from a to b, which may run right to left (a > b): the same rectangle."""
    a, b = min(a, b), max(a, b)
    return QRectF(a, top, max(2.0, b - a), height)


class PlanPreview(QWidget):
    """Recomputes the plan (debounced) when settings change; never raises into the window."""

    updated = Signal()

    def __init__(self, clock: Clock, cache_dir: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._cache_dir = cache_dir
        self._settings: Settings | None = None
        self.days: list[DayPlan] = []
        self.timeline = Timeline(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.timeline)
        layout.addWidget(self.summary)
        self._timer = QTimer(self)
        self._timer.setObjectName("planPreviewDebounce")
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)

    def set_settings(self, settings: Settings | None) -> None:
        """None means the form has invalid values: keep the last good preview."""
        if settings is None:
            self.summary.setText(translate("PlanPreview", "Preview paused until every value is valid."))
            return
        self._settings = settings
        self._timer.start()

    def refresh(self) -> None:
        self._timer.stop()
        if self._settings is None:
            return
        try:
            self.days = compute_days(self._settings, self._clock, self._cache_dir)
        except Exception as exc:  # a preview bug must not take the window down
            log.warning("plan preview failed: %s", exc, exc_info=True)
            self.days = []
            self.summary.setText(translate("PlanPreview", "Preview unavailable: %1").replace("%1", str(exc)))
        else:
            self.summary.setText(self._describe())
        self.timeline.days = self.days
        self.timeline.now = self._clock.now()
        self.timeline.update()
        self.updated.emit()

    def _describe(self) -> str:
        parts = []
        for d in self.days:
            name = d.label.split("\n")[0]
            if not d.hours:
                parts.append(translate("PlanPreview", "%1: not a working day.").replace("%1", name))
                continue
            n = len(d.breaks)
            if d.breaks:
                times = ", ".join(f"{time_text(s.start)} ({minutes_text(s.routine_minutes)})" for s in d.breaks[:6])
                text = translate("PlanPreview", "%1: %n breaks at %2", None, n).replace("%1", name)
                text = text.replace("%2", times) + (" …" if n > 6 else ".")
            else:
                text = translate("PlanPreview", "%1: no breaks.").replace("%1", name)
            parts.append(text)
        return "\n".join(parts)
