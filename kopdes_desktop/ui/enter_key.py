"""Enter presses the focused button, everywhere in the app.

Qt makes Enter press a focused push button only inside dialogs (``autoDefault``); on the main
window's pages it did nothing, and people used to Windows press Enter, not Space, on a button
they reached with Tab. Buttons that already react to Enter (dialog buttons) are left to Qt.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPushButton, QToolButton

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterPressesButton(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER_KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and _presses_itself(watched)
        ):
            watched.animateClick()  # type: ignore[attr-defined]
            return True
        return super().eventFilter(watched, event)


def _presses_itself(widget: QObject) -> bool:
    if isinstance(widget, QPushButton):
        return widget.isEnabled() and not (widget.autoDefault() or widget.isDefault())
    return isinstance(widget, QToolButton) and widget.isEnabled()


def install() -> None:
    """Once per application (windows are rebuilt on a language change)."""
    app = QCoreApplication.instance()
    if app is None or app.property("kopdesEnterKey"):
        return
    app.setProperty("kopdesEnterKey", True)
    app.installEventFilter(EnterPressesButton(app))
