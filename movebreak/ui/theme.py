"""Colours for the illustrations and the prompt, taken from the Qt palette so both light and
dark themes work; plus explicit light and dark palettes for screenshots and tests."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette


@dataclass(frozen=True)
class FigureColors:
    background: QColor
    body: QColor
    far: QColor
    accent: QColor
    accent_far: QColor
    prop: QColor


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """`a` moved a fraction `t` of the way towards `b`."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


FALLBACK_ACCENT = QColor("#3daee9")  # when the palette offers no colour at all
_MIN_CONTRAST = 3.0  # WCAG's ratio for large shapes such as bars and rings


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours, 1 (none) to 21 (black on white)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def accent_color(palette: QPalette) -> QColor:
    """The palette's accent, moved in lightness until it stands out from the window background.

    A palette built as QPalette(button, window), as many dark themes are, leaves Accent
    black: then Highlight, else a fixed blue. Lightness moves in HSL, since QColor.lighter()
    cannot lift black off the floor."""
    role = getattr(QPalette.ColorRole, "Accent", QPalette.ColorRole.Highlight)
    candidates = (palette.color(role), palette.color(QPalette.ColorRole.Highlight), FALLBACK_ACCENT)
    accent = QColor(next((c for c in candidates if c.hslSaturation() >= 40), FALLBACK_ACCENT))
    bg = palette.color(QPalette.ColorRole.Window)
    step = 8 if is_dark(palette) else -8
    hue, sat, light = accent.hslHue(), accent.hslSaturation(), accent.lightness()
    while contrast(accent, bg) < _MIN_CONTRAST and 0 < light < 255:
        light = max(0, min(255, light + step))
        accent = QColor.fromHsl(hue, sat, light, accent.alpha())
    return accent


def figure_colors(palette: QPalette) -> FigureColors:
    bg = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    body = mix(text, bg, 0.18)
    accent = accent_color(palette)
    return FigureColors(
        background=QColor(bg),
        body=body,
        far=mix(body, bg, 0.45),
        accent=accent,
        accent_far=mix(accent, bg, 0.4),
        prop=mix(text, bg, 0.62),
    )


def _palette(colors: dict[QPalette.ColorRole, str]) -> QPalette:
    pal = QPalette()
    # Every group gets the colours, Disabled too: a QPalette() starts from the light
    # default, so a dark theme that left Disabled alone drew disabled buttons near-white.
    for role, value in colors.items():
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
            pal.setColor(group, role, QColor(value))
    disabled_text = mix(
        QColor(colors[QPalette.ColorRole.WindowText]),
        QColor(colors[QPalette.ColorRole.Window]),
        0.55,
    )
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        pal.setColor(QPalette.ColorGroup.Disabled, role, disabled_text)
    return pal


_R = QPalette.ColorRole


def light_palette() -> QPalette:
    return _palette(
        {
            _R.Window: "#f4f2ee",
            _R.WindowText: "#26282b",
            _R.Base: "#ffffff",
            _R.AlternateBase: "#eceae5",
            _R.Text: "#26282b",
            _R.Button: "#e9e6e0",
            _R.ButtonText: "#26282b",
            _R.Highlight: "#d2691e",
            _R.HighlightedText: "#ffffff",
            _R.ToolTipBase: "#ffffff",
            _R.ToolTipText: "#26282b",
            _R.PlaceholderText: "#7b7d80",
            _R.Mid: "#c9c5bd",
            _R.Dark: "#a29e96",
            _R.Light: "#ffffff",
            _R.Accent: "#d2691e",
        }
    )


def dark_palette() -> QPalette:
    return _palette(
        {
            _R.Window: "#232629",
            _R.WindowText: "#e8e6e3",
            _R.Base: "#1b1e20",
            _R.AlternateBase: "#2b2f33",
            _R.Text: "#e8e6e3",
            _R.Button: "#31363b",
            _R.ButtonText: "#e8e6e3",
            _R.Highlight: "#f0a050",
            _R.HighlightedText: "#1b1e20",
            _R.ToolTipBase: "#31363b",
            _R.ToolTipText: "#e8e6e3",
            _R.PlaceholderText: "#8a8d90",
            _R.Mid: "#4a4f55",
            _R.Dark: "#15171a",
            _R.Light: "#4d545b",
            _R.Accent: "#f0a050",
        }
    )
