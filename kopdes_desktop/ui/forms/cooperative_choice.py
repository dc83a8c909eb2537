"""Choosing the cooperative a visit or opportunity belongs to, by typing part of its name or of
its village's.

Typing filters the suggestions (every word typed must appear in the cooperative's name, village
or kecamatan, case and accents aside); nothing is chosen until a suggestion is taken (Enter or a
click), the list is opened and a row picked, or the whole name is typed. ↓ opens the
suggestions, it never picks a row by itself. Text that names no cooperative stays as typed and
``problem()`` says so, so the form can explain it beside the field.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter

from kopdes_desktop.domain.listing import CooperativeOption
from kopdes_desktop.domain.regions import fold

_ID_ROLE = Qt.ItemDataRole.UserRole
_SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


def option_label(option: CooperativeOption) -> str:
    """What a user reads in the suggestions: the name, then where it is."""
    place = ", ".join(part for part in (option.village_name, option.kecamatan_name) if part)
    return f"{option.name} — {place}" if place else option.name


class _WordFilter(QSortFilterProxyModel):
    """Rows whose name or place holds every word typed; the empty "no choice" row never."""

    def __init__(self) -> None:
        super().__init__()
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        words = [fold(word) for word in text.split()]
        self.beginFilterChange()
        self._words = [word for word in words if word]
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        searched = str(index.data(_SEARCH_ROLE) or "")
        return bool(searched) and all(word in searched for word in self._words)


class CooperativeChoice(QComboBox):
    changed = Signal()  # the chosen cooperative changed (or the choice was undone by typing)

    def __init__(self, options: Sequence[CooperativeOption], placeholder: str = "") -> None:
        """``placeholder``: what the empty field says (a list filter: "all cooperatives")."""
        super().__init__()
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.lineEdit()
        assert line is not None
        line.setPlaceholderText(
            placeholder or self.tr("Type part of the cooperative or village name…")
        )
        line.setClearButtonEnabled(True)
        self.addItem("", "")  # row 0: nothing chosen yet
        for option in options:
            self._add(option)
        self._filter = _WordFilter()
        self._filter.setSourceModel(self.model())
        completer = QCompleter(self._filter, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        # A suggestion wider than the popup loses its middle, not the village that tells it apart.
        popup = completer.popup()
        if popup is not None:
            popup.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setCompleter(completer)
        self.setCurrentIndex(0)
        self._chosen = ""
        line.textEdited.connect(self._typed)
        line.editingFinished.connect(self._take_exact_name)
        self.currentIndexChanged.connect(self._index_changed)

    # --- value ------------------------------------------------------------------------------

    def value(self) -> str:
        """The chosen cooperative's id; "" while none is chosen (typed text alone is no choice)."""
        index = self.currentIndex()
        if index <= 0 or self.currentText() != self.itemText(index):
            return ""
        return str(self.itemData(index, _ID_ROLE) or "")

    def set_value(self, cooperative_id: str, name: str = "") -> None:
        index = self.findData(cooperative_id, _ID_ROLE) if cooperative_id else 0
        if index < 0:  # not on this laptop (any more): still show what the record holds
            self._add(CooperativeOption(cooperative_id, name or cooperative_id))
            index = self.count() - 1
        self.setCurrentIndex(index)
        self.setEditText(self.itemText(index))
        self._note_choice()

    def set_options(self, options: Sequence[CooperativeOption]) -> None:
        """Offer these cooperatives instead (read again), keeping the one chosen if still there;
        a choice that disappeared is undone (``changed`` says so)."""
        chosen, typed = self.value(), self.currentText()
        self.blockSignals(True)
        while self.count() > 1:
            self.removeItem(self.count() - 1)
        for option in options:
            self._add(option)
        index = self.findData(chosen, _ID_ROLE) if chosen else -1
        self.setCurrentIndex(max(0, index))
        # Text being typed (nothing chosen yet) stays as it is.
        self.setEditText(self.itemText(index) if index > 0 else "" if chosen else typed)
        self.blockSignals(False)
        self._note_choice()

    def problem(self) -> bool:
        """Text typed that names no cooperative: the user still has to pick one."""
        return bool(self.currentText().strip()) and not self.value()

    def show_suggestions(self) -> None:
        completer = self.completer()
        assert completer is not None
        self._filter.set_text(self._typed_words())
        completer.setCompletionPrefix("")
        completer.complete()

    # --- behaviour --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A plain combo box takes ↓/↑ as "choose the next row": here they open the suggestions.
        arrows = (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)
        if event.key() in arrows and not event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.show_suggestions()
            return
        super().keyPressEvent(event)

    def _add(self, option: CooperativeOption) -> None:
        self.addItem(option_label(option), option.id)
        searched = fold(" ".join((option.name, option.village_name, option.kecamatan_name)))
        self.setItemData(self.count() - 1, searched, _SEARCH_ROLE)

    def _typed_words(self) -> str:
        # Once a choice is shown whole, opening the list shows them all, not just that one.
        return "" if self.value() else self.currentText()

    def _typed(self, text: str) -> None:
        self._filter.set_text(text)
        self._note_choice()

    def _take_exact_name(self) -> None:
        """The whole name (or suggestion) typed out is as clear a choice as a click."""
        if self.value() or not self.currentText().strip():
            return
        typed = fold(self.currentText())
        matches = [
            row
            for row in range(1, self.count())
            if typed in (fold(self.itemText(row)), fold(self.itemText(row).split(" — ")[0]))
        ]
        if len(matches) == 1:
            self.setCurrentIndex(matches[0])
            self.setEditText(self.itemText(matches[0]))
            self._note_choice()

    def _index_changed(self, _index: int) -> None:
        self._note_choice()

    def _note_choice(self) -> None:
        chosen = self.value()
        if chosen != self._chosen:
            self._chosen = chosen
            self.changed.emit()
