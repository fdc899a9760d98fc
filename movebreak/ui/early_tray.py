"""The tray icon, shown before the rest of the app is imported or built.

Launch to tray icon was 1.6-1.8x a bare PySide6 tray app: the icon appeared only after the
config, the exercise catalogue, the scheduler, the coordinator and the first plan. Now
cli.main calls show_icon() right after movebreak.preload (which must stay before Qt: it
keeps the idle app 2.5 MiB smaller); the icon is on the panel while the rest loads, and
ui.tray.Tray adopts it (take_icon) instead of making a second one. Its menu arrives with
the Tray, a moment later.

When another instance is running (its socket exists) or there is no tray, nothing is
shown here, and the app's own start decides what to do, as before."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from movebreak import APP_ID, APP_NAME, __version__

_early: list[QSystemTrayIcon] = []


def show_icon() -> None:
    """Create the QApplication and show the tray icon now, if this is the only instance."""
    from movebreak.runtime.instance import HAVE_UNIX_SOCKETS, socket_path

    if HAVE_UNIX_SOCKETS and socket_path().exists():
        return  # maybe running already: run_app asks it, and must not flash a second icon
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    # The name the tray host lists the icon under, as run_app sets it.
    qapp.setApplicationName(APP_NAME)
    qapp.setApplicationVersion(__version__)
    qapp.setDesktopFileName(APP_ID)
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return
    from movebreak.ui.tray import tray_icon

    icon = QSystemTrayIcon(tray_icon())
    icon.setToolTip(APP_NAME)
    icon.show()
    # Send the dock request now: the event loop only starts after everything else is built.
    qapp.processEvents()
    _early.append(icon)


def take_icon() -> QSystemTrayIcon | None:
    """The icon show_icon() put up, once; None if it showed none."""
    return _early.pop() if _early else None
