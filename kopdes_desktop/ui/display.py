"""Clear, translated sentences instead of a Qt abort when the window cannot be shown.

Qt ends the process from C++ (no Python exception to catch) when there is no display or when
its X11 plugin cannot load, so both are checked before the first QApplication exists.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication

from kopdes_desktop.ui.i18n import install_language

# What Qt's X11 plugin needs beyond a desktop's usual libraries (Debian/Ubuntu package names).
X11_PACKAGES = (
    "libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 "
    "libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0"
)


def display_available() -> bool:
    if not sys.platform.startswith("linux"):
        return True  # Windows and macOS always have a desktop session when the app is started
    if os.environ.get("QT_QPA_PLATFORM"):
        return True  # the user chose a platform on purpose (offscreen, vnc, ...)
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def missing_x11_library() -> str | None:
    """The first library Qt's X11 plugin would fail on, or None when it will load."""
    if not sys.platform.startswith("linux") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    if os.environ.get("QT_QPA_PLATFORM", "xcb") != "xcb" or not os.environ.get("DISPLAY"):
        return None
    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        return None  # a bundle with its own layout; let Qt speak for itself
    try:
        ctypes.CDLL(str(plugin))
    except OSError as error:
        return str(error).split(":")[0]
    if ctypes.util.find_library("xcb-cursor") is None:
        return "libxcb-cursor.so.0"  # loaded by the plugin later, and required since Qt 6.5
    return None


def _translator(language: str) -> None:
    app = QCoreApplication.instance() or QCoreApplication([])
    install_language(app, language)


def no_display_message(language: str) -> str:
    _translator(language)
    return QCoreApplication.translate(
        "Startup",
        "Kopdes Desktop needs a graphical desktop, and none was found (DISPLAY and "
        "WAYLAND_DISPLAY are not set). Start it from the desktop, or use the command-line "
        "tools: kopdes-desktop --help.",
    )


def missing_library_message(language: str, library: str) -> str:
    _translator(language)
    return (
        QCoreApplication.translate(
            "Startup",
            "Kopdes Desktop cannot open its window because a system library is missing: %1. "
            "On Debian or Ubuntu, install what the window needs with:\n  sudo apt-get install %2",
        )
        .replace("%1", library)
        .replace("%2", X11_PACKAGES)
    )
