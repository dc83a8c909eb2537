"""A clear, translated sentence instead of a Qt abort when there is no screen to draw on."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication

from kopdes_desktop.ui.i18n import install_language


def display_available() -> bool:
    if not sys.platform.startswith("linux"):
        return True  # Windows and macOS always have a desktop session when the app is started
    if os.environ.get("QT_QPA_PLATFORM"):
        return True  # the user chose a platform on purpose (offscreen, vnc, ...)
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def no_display_message(language: str) -> str:
    app = QCoreApplication.instance() or QCoreApplication([])
    install_language(app, language)
    return QCoreApplication.translate(
        "Startup",
        "Kopdes Desktop needs a graphical desktop, and none was found (DISPLAY and "
        "WAYLAND_DISPLAY are not set). Start it from the desktop, or use the command-line "
        "tools: kopdes-desktop --help.",
    )
