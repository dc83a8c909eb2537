"""What a page shows where its list would be when the list is empty: one sentence saying why,
and a button for the next step ("Kunjungan baru", "Hapus filter", "Sinkronkan sekarang")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kopdes_desktop.ui import icons, theme

ICON_SIZE = 40


class EmptyState(QWidget):
    def __init__(self, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")  # its colours: ui/theme.py
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._icon_name = icon_name
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        self.sentence.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.action = QPushButton()
        self.action.setProperty("primary", True)
        self._callback: Callable[[], None] | None = None
        self.action.clicked.connect(self._act)
        self._layout = QVBoxLayout(self)
        self._layout.addStretch(1)
        self._layout.addWidget(self.picture)
        self._layout.addWidget(self.sentence)
        self._layout.addWidget(self.action, 0, Qt.AlignmentFlag.AlignHCenter)
        self._layout.addStretch(2)
        self._paint()

    def add_button(self, button: QPushButton) -> None:
        """A page's own button for a next step of its own (shown and hidden by the page)."""
        self._layout.insertWidget(
            self._layout.count() - 1, button, 0, Qt.AlignmentFlag.AlignHCenter
        )

    def show_state(
        self, sentence: str, action: str = "", callback: Callable[[], None] | None = None
    ) -> None:
        """The sentence, and the button (left out when there is no next step to offer)."""
        self._paint()  # the icon in the colours of the theme applied now
        self.sentence.setText(sentence)
        self.action.setText(action)
        self._callback = callback
        self.action.setVisible(bool(action) and callback is not None)

    def _paint(self) -> None:
        muted = theme.current().muted
        pixmap = icons.icon(self._icon_name, colour=muted).pixmap(QSize(ICON_SIZE, ICON_SIZE))
        self.picture.setPixmap(pixmap)

    def _act(self) -> None:
        if self._callback is not None:
            self._callback()
