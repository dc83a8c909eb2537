"""The band across the top of the window while it shows the sample data ("Data contoh").

It says, in plain words, that these records are only for trying the app and never reach a
server, and offers the two ways out: sign in to one's own data, or remove the sample data.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


@dataclass(frozen=True, slots=True)
class DataSwitch:
    """What the window asks to show next: the sample data or the user's own, and what then."""

    sample: bool
    sign_in: bool = False  # open the sign-in dialog on the user's own data
    remove_sample: bool = False  # remove the sample data once its window is closed


class SampleBanner(QFrame):
    sign_in_clicked = Signal()
    remove_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sampleBanner")  # its colours: ui/theme.py
        self.title = QLabel(self.tr("<b>Sample data</b>"))
        self.text = QLabel(
            self.tr(
                "Made-up cooperatives, visits and notes for trying the app. They stay on this "
                "laptop and are never sent to a server."
            )
        )
        self.text.setWordWrap(True)
        self.sign_in_button = QPushButton(self.tr("Sign in with your account"))
        self.remove_button = QPushButton(self.tr("Remove sample data"))
        layout = QHBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.sign_in_button)
        layout.addWidget(self.remove_button)
        self.sign_in_button.clicked.connect(self.sign_in_clicked)
        self.remove_button.clicked.connect(self.remove_clicked)
