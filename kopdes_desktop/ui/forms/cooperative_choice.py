"""Choosing the cooperative a visit or opportunity belongs to, by typing part of its name."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from kopdes_desktop.ui.forms.inputs import EMPTY_MARK


class CooperativeChoice(QComboBox):
    def __init__(self, choices: Sequence[tuple[str, str]]) -> None:
        super().__init__()
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem(EMPTY_MARK, "")
        for cooperative_id, name in choices:
            self.addItem(name, cooperative_id)
        completer = self.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def value(self) -> str:
        # Typed text that matches no cooperative counts as no choice, not as a new cooperative.
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchExactly)
        return str(self.itemData(index) or "") if index >= 0 else ""

    def set_value(self, cooperative_id: str, name: str = "") -> None:
        index = self.findData(cooperative_id)
        if index < 0 and cooperative_id:
            self.addItem(name or cooperative_id, cooperative_id)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))
