"""Tray icons: the PNG set loads, and the drawn fallback (no PNGs found) still tells paused from active."""

from __future__ import annotations

from movebreak.ui.tray import _fallback_icon, app_icon, tray_icon


def test_the_png_icons_load_at_every_tray_size(qapp) -> None:  # type: ignore[no-untyped-def]
    for paused in (False, True):
        icon = tray_icon(paused)
        assert not icon.isNull()
        assert {s.width() for s in icon.availableSizes()} == {16, 22, 24, 32, 48, 64}
    assert 256 in {s.width() for s in app_icon().availableSizes()}


def test_the_drawn_fallback_shows_paused_in_grey(qapp) -> None:  # type: ignore[no-untyped-def]
    active = _fallback_icon(False).pixmap(64, 64).toImage().pixelColor(8, 32)
    paused = _fallback_icon(True).pixmap(64, 64).toImage().pixelColor(8, 32)
    assert active.name() == "#1f9e89"
    assert paused.name() == "#8a8a8a"
