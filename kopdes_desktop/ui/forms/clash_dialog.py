"""Asks the user, per clash, which value to keep when their save met a change made elsewhere.

Nothing is chosen for the user: the save button is enabled once every clash has an answer.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.domain.edits import Choice, Clash
from kopdes_desktop.ui import screen_fit
from kopdes_desktop.ui.forms.clash_wording import choice_texts, sentence
from kopdes_desktop.ui.i18n import current_language


class ClashDialog(QDialog):
    def __init__(self, clashes: Sequence[Clash], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        language = current_language()
        self.clashes = tuple(clashes)
        self.setWindowTitle(self.tr("Changed elsewhere while you were editing"))
        self.setMinimumWidth(620)
        # Room for a few clashes at once, less on a netbook (the list scrolls).
        screen_fit.size_dialog(self, QSize(720, 520))
        intro = QLabel(
            self.tr(
                "Someone changed the same data while this form was open (the change came with "
                "the last sync). Nothing is saved yet. For each item, choose which one to keep."
            )
        )
        intro.setWordWrap(True)

        rows = QWidget()
        rows_layout = QVBoxLayout(rows)
        self.sentences: list[QLabel] = []
        self.groups: list[QButtonGroup] = []
        self.mine_buttons: list[QRadioButton] = []
        self.theirs_buttons: list[QRadioButton] = []
        for clash in self.clashes:
            text = QLabel(sentence(clash, language))
            text.setWordWrap(True)
            mine_text, theirs_text = choice_texts(clash, language)
            mine, theirs = QRadioButton(mine_text), QRadioButton(theirs_text)
            group = QButtonGroup(self)
            group.addButton(mine)
            group.addButton(theirs)
            group.buttonToggled.connect(self._update)
            buttons = QHBoxLayout()
            buttons.addWidget(mine)
            buttons.addWidget(theirs)
            buttons.addStretch(1)
            rows_layout.addWidget(text)
            rows_layout.addLayout(buttons)
            line = QFrame()
            line.setFrameShape(QFrame.Shape.HLine)
            rows_layout.addWidget(line)
            self.sentences.append(text)
            self.groups.append(group)
            self.mine_buttons.append(mine)
            self.theirs_buttons.append(theirs)
        rows_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(rows)

        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Save with these choices"))
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.back_button = self.buttons.addButton(
            self.tr("Back to the form"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self._update()

    def choose(self, index: int, choice: Choice) -> None:
        buttons = self.mine_buttons if choice is Choice.MINE else self.theirs_buttons
        buttons[index].setChecked(True)

    def choices(self) -> dict[tuple[str, str], Choice]:
        chosen: dict[tuple[str, str], Choice] = {}
        for clash, mine, theirs in zip(
            self.clashes, self.mine_buttons, self.theirs_buttons, strict=True
        ):
            if mine.isChecked():
                chosen[clash.key] = Choice.MINE
            elif theirs.isChecked():
                chosen[clash.key] = Choice.THEIRS
        return chosen

    def _update(self, *_args: object) -> None:
        self.save_button.setEnabled(len(self.choices()) == len(self.clashes))
