"""The two test screens (tests/conftest.py) and the check that a window fits the one it is on.

"Fits" means what a user needs: the window, frame included, inside the screen's usable area, and
every button and input either in plain view or, inside a scrolling form, brought into view by
scrolling; none cut by its parent or covered, no button squeezed below the width of its text.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.ui.main_window import MainWindow
from kopdes_desktop.ui.screen_fit import FRAME_ALLOWANCE

LAPTOP = "laptop"  # 1366×768
NETBOOK = "netbook"  # 1024×600
SIZES = (LAPTOP, NETBOOK)
TASKBAR_HEIGHT = 40  # Windows 10/11 at 100 % scale
INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
    QTabBar,
)


def screen_named(name: str) -> QScreen:
    for screen in QGuiApplication.screens():
        if screen.name() == name:
            return screen
    raise AssertionError(f"no test screen {name!r}; is QT_QPA_PLATFORM offscreen?")


def open_window_on(qtbot: QtBot, services: AppServices, screen_name: str) -> MainWindow:
    """The main window as a user first sees it on that screen (nothing remembered yet)."""
    window = MainWindow(services, "id")
    qtbot.addWidget(window)
    window.move(screen_named(screen_name).availableGeometry().topLeft())
    window.show()
    qtbot.waitExposed(window)
    return window


def controls(window: QWidget) -> list[QWidget]:
    """The buttons and inputs a user can see now (current tab and page only)."""
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisible():
            continue
        # Qt's inner parts (a spin box's text, a calendar's buttons) are checked as their whole;
        # a tab widget's bar (qt_tabwidget_tabbar) is a control of its own.
        inner = widget.objectName().startswith("qt_") and not isinstance(widget, QTabBar)
        if inner or _inside_part_of_another(widget, window):
            continue
        found.append(widget)
    return found


def _inside_part_of_another(widget: QWidget, window: QWidget) -> bool:
    # A combo's line edit, a spin box's text, a table's cell editors, the scroll buttons of a
    # tab bar, a text field's clear and calendar buttons: parts of a control checked itself.
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QAbstractItemView, QTabBar, QLineEdit)):
            return True
        parent = parent.parentWidget()
    return False


def rect_in(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def problems(window: QWidget) -> list[str]:
    """What keeps a user from seeing or reaching a control of ``window``; empty when all fit."""
    found = []
    screen = window.screen()
    area = screen.availableGeometry()
    if not area.contains(window.frameGeometry()):
        found.append(f"window {window.frameGeometry()} is not inside {screen.name()} {area}")
    # The test screens have no taskbar and their windows no title bar: on a real laptop the
    # window can only shrink to fit what is left if its minimum size allows it.
    room = QSize(
        area.width() - FRAME_ALLOWANCE.width(),
        area.height() - TASKBAR_HEIGHT - FRAME_ALLOWANCE.height(),
    )
    needed = window.minimumSizeHint().expandedTo(window.minimumSize())
    if needed.width() > room.width() or needed.height() > room.height():
        found.append(f"window needs {needed}; {screen.name()} with a taskbar leaves {room}")
    for widget in controls(window):
        _scroll_to(widget)
        what = _describe(widget)
        shown = widget.visibleRegion().boundingRect()
        if shown.isEmpty():
            found.append(f"{what} cannot be seen at all")
        elif shown != widget.rect() and _fits_its_viewport(widget):
            found.append(f"{what} is cut: only {shown} of {widget.rect()} shows")
        if not window.rect().contains(rect_in(widget, window)) and _fits_its_viewport(widget):
            found.append(f"{what} at {rect_in(widget, window)} is outside the window")
        if isinstance(widget, QAbstractButton) and (
            widget.width() < widget.minimumSizeHint().width()
        ):
            found.append(f"{what} is squeezed to {widget.width()} px")
        if isinstance(widget, QTabBar):
            found.extend(
                f"tab {widget.tabText(i)!r} is scrolled out of its bar"
                for i in range(widget.count())
                if not widget.rect().contains(widget.tabRect(i))
            )
    return found


def _scroll_areas(widget: QWidget) -> list[QScrollArea]:
    areas = []
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            areas.append(parent)
        parent = parent.parentWidget()
    return areas


def _scroll_to(widget: QWidget) -> None:
    # Not ensureWidgetVisible: for a text field it only brings the cursor into view.
    for area in _scroll_areas(widget):
        content = area.widget()
        if content is None or not content.isAncestorOf(widget):
            continue
        top_left = widget.mapTo(content, QPoint(0, 0))
        area.ensureVisible(top_left.x() + widget.width(), top_left.y() + widget.height(), 0, 0)
        area.ensureVisible(top_left.x(), top_left.y(), 0, 0)


def _fits_its_viewport(widget: QWidget) -> bool:
    """A text box taller than its scroll area can only ever show in part: that is fine."""
    return all(
        area.viewport().height() >= widget.height() and area.viewport().width() >= widget.width()
        for area in _scroll_areas(widget)
    )


def _describe(widget: QWidget) -> str:
    text = ""
    for getter in ("text", "currentText", "placeholderText", "accessibleName"):
        value = getattr(widget, getter, None)
        if callable(value) and value():
            text = str(value())
            break
    return f"{type(widget).__name__} {text!r}"
