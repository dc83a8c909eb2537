"""The app's icons: Phosphor (MIT) through qtawesome, drawn from a font shipped in the package.

Nothing is fetched at run time: qtawesome's fonts are files of the installed package (and of
the PyInstaller bundle, packaging/kopdes-desktop.spec). Icons are drawn in the current theme's
colours, so screens ask again for them when the theme changes. Licences:
resources/icons/ICONS-LICENSE.md.
"""

from __future__ import annotations

import os

# qtawesome speaks to Qt through QtPy; name the binding the app uses so it never looks for
# another one that may happen to be installed.
os.environ.setdefault("QT_API", "pyside6")

import qtawesome
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QAbstractButton, QApplication

from kopdes_desktop.ui import theme

HOME = "ph.house-bold"
COOPERATIVES = "ph.buildings-bold"
VISITS = "ph.clipboard-text-bold"
OPPORTUNITIES = "ph.lightbulb-bold"
INBOX = "ph.tray-bold"
REVIEW = "ph.check-square-offset-bold"
DASHBOARD = "ph.chart-bar-bold"
MAP = "ph.map-trifold-bold"
REPORTS = "ph.file-text-bold"
SETTINGS = "ph.gear-bold"
HELP = "ph.question-bold"
NEW = "ph.plus-bold"
SYNC = "ph.arrows-clockwise-bold"
SEARCH = "ph.magnifying-glass-bold"
SAMPLE_DATA = "ph.folder-open-bold"
CLEAR_FILTERS = "ph.funnel-bold"
EMPTY_CHART = "ph.chart-bar-horizontal-bold"
CALENDAR = "ph.calendar-blank-bold"
_NAME, _ON_MAIN = "kopdesIcon", "kopdesIconOnMain"  # properties of a button with a themed icon


def icon(name: str, *, colour: str | None = None, selected_colour: str | None = None) -> QIcon:
    """``name`` in the theme's text colour (or ``colour``); selected rows draw it in
    ``selected_colour`` (the text colour of a selected row by default)."""
    palette = theme.current()
    return qtawesome.icon(  # type: ignore[no-any-return]
        name,
        color=colour or palette.text,
        color_active=colour or palette.text,
        color_selected=selected_colour or palette.on_selection,
        color_disabled=palette.disabled,
    )


def set_icon(button: QAbstractButton, name: str, *, on_main_button: bool = False) -> None:
    """Give ``button`` an icon that follows theme changes (``repaint``)."""
    button.setProperty(_NAME, name)
    button.setProperty(_ON_MAIN, on_main_button)
    button.setIcon(_themed(name, on_main_button=on_main_button))


def repaint() -> None:
    """Draw every icon set by ``set_icon`` again, in the colours of the theme now applied."""
    for widget in QApplication.allWidgets():
        name = widget.property(_NAME)
        if isinstance(widget, QAbstractButton) and isinstance(name, str):
            on_main = bool(widget.property(_ON_MAIN))
            widget.setIcon(_themed(name, on_main_button=on_main))


def _themed(name: str, *, on_main_button: bool) -> QIcon:
    # A main button is red with white text in both themes: its icon is white too.
    return icon(name, colour=theme.current().on_selection if on_main_button else None)
