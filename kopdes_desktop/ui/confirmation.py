"""A short sentence that says what just happened and what comes next, then fades by itself.

Shown after a save, a submit, an approval or a send-back, over the bottom of the window the
user is looking at: the form when it stays open (a draft), else the main window behind it.
Nothing to click or dismiss; the same sentence is not needed later, the record's list says the
rest.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPropertyAnimation, Qt, QTimer
from PySide6.QtWidgets import QGraphicsOpacityEffect, QLabel, QWidget

SHOWN_MS = 4000  # long enough to read two short sentences
FADE_MS = 800
MARGIN = 24


class Confirmation(QLabel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("confirmation")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # Its colours: ui/theme.py (QLabel#confirmation).
        self._opacity = QGraphicsOpacityEffect(self)
        self.setGraphicsEffect(self._opacity)
        self._fade = QPropertyAnimation(self._opacity, b"opacity", self)
        self._fade.setDuration(FADE_MS)
        self._fade.setStartValue(1.0)
        self._fade.setEndValue(0.0)
        self._fade.finished.connect(self.hide)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOWN_MS)
        self._timer.timeout.connect(self._fade.start)
        self.hide()
        parent.installEventFilter(self)  # stays at the bottom when the window is resized

    def say(self, text: str) -> None:
        self._fade.stop()
        self._opacity.setOpacity(1.0)
        self.setText(text)
        self._place()
        self.show()
        self.raise_()
        self._timer.start()

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        width = min(560, max(200, parent.width() - 2 * MARGIN))
        self.setFixedWidth(width)
        self.adjustSize()
        self.move((parent.width() - width) // 2, parent.height() - self.height() - 3 * MARGIN)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False


def confirm(widget: QWidget, text: str) -> Confirmation:
    """Say ``text`` over the bottom of the window ``widget`` is in."""
    window = widget.window()
    # Its own only: a form is a child of the main window and may hold one too.
    shown = window.findChild(
        Confirmation, "confirmation", Qt.FindChildOption.FindDirectChildrenOnly
    )
    if shown is None:
        shown = Confirmation(window)
    shown.say(text)
    return shown


def what_next(sample: bool) -> str:
    """What happens to a change saved on this laptop."""
    if sample:
        return QCoreApplication.translate(
            "Confirmation", "Sample data: it stays on this laptop and is never sent."
        )
    return QCoreApplication.translate("Confirmation", "It will be sent at the next sync.")


def saved(what: str, sample: bool) -> str:
    """ "Visit submitted." and what comes next, as one text."""
    return f"{what} {what_next(sample)}"
