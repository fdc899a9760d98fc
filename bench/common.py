"""What the benchmarks share: the bare PySide6 tray app they compare against, and a config."""

BARE_TRAY = """
import sys
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
app = QApplication(sys.argv)
pm = QPixmap(32, 32)
pm.fill(QColor("teal"))
tray = QSystemTrayIcon(QIcon(pm))
tray.show()
app.exec()
"""

CONFIG = """
[working_hours]
mon = ["09:00-17:30"]
tue = ["09:00-17:30"]
wed = ["09:00-17:30"]
thu = ["09:00-17:30"]
fri = ["09:00-17:30"]
"""
