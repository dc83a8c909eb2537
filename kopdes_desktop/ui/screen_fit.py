"""Windows and dialogs that fit the screen they open on, down to a 1024×600 netbook.

A window's frame (title bar, borders) must fit too, and a taskbar takes part of the screen: the
sizes below are measured against the screen's *available* geometry, less the frame.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QComboBox, QWidget

# What a window manager adds around a window: Windows 10/11 has a ~31 px title bar and thin
# borders. Used before a window is shown, when its real frame is not known yet.
FRAME_ALLOWANCE = QSize(16, 40)
# Below this available area the main window opens maximised: on a 1366×768 laptop (728 px high
# above the taskbar) or a 1024×600 netbook a smaller window only wastes room.
SMALL_SCREEN = QSize(1600, 900)
PREFERRED_WINDOW = QSize(1280, 800)
COMPACT_COMBO_CHARACTERS = 14


def screen_of(widget: QWidget) -> QScreen:
    """The screen a widget shows on, or will: a dialog opens over its parent's window."""
    parent = widget.parentWidget()
    shown_on = parent.window().screen() if parent is not None else widget.screen()
    return shown_on or QGuiApplication.primaryScreen()


def usable_area(widget: QWidget) -> QRect:
    return screen_of(widget).availableGeometry()


def is_small(area: QRect) -> bool:
    return area.width() < SMALL_SCREEN.width() or area.height() < SMALL_SCREEN.height()


def fitted_size(widget: QWidget, preferred: QSize) -> QSize:
    """``preferred``, made smaller where the screen (less a window frame) has no room for it."""
    area = usable_area(widget)
    room = QSize(area.width() - FRAME_ALLOWANCE.width(), area.height() - FRAME_ALLOWANCE.height())
    return preferred.boundedTo(room)


def size_dialog(dialog: QWidget, preferred: QSize) -> None:
    """Give a dialog its preferred size where the screen allows; call before it is shown, so Qt
    centres it over its parent with the size it will have."""
    dialog.resize(fitted_size(dialog, preferred))


def fits(widget: QWidget) -> bool:
    """Whether the whole window, frame included, is inside the screen's available area."""
    return usable_area(widget).contains(widget.frameGeometry())


def centred(size: QSize, area: QRect) -> QRect:
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(area.center())
    return rect


def compact_combo(combo: QComboBox, characters: int = COMPACT_COMBO_CHARACTERS) -> None:
    """Size a combo box by a few characters rather than by its longest entry, so a list of long
    names cannot widen a row past a small screen's edge; the open list still shows them whole."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
