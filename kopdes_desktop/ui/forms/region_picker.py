"""Kabupaten → kecamatan → desa, as three linked lists plus a search by village name."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QGridLayout, QLabel, QLineEdit, QWidget

from kopdes_desktop.domain.regions import RegionCatalog, RegionLevel, parent_codes
from kopdes_desktop.ui.forms.inputs import EMPTY_MARK


class RegionPicker(QWidget):
    changed = Signal()

    def __init__(self, catalog: RegionCatalog) -> None:
        super().__init__()
        self._catalog = catalog
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a village name to find it…"))
        self._search_index: dict[str, str] = {}
        for village in catalog.at_level(RegionLevel.DESA):
            path = catalog.path(village.code)
            assert path is not None
            kabupaten, kecamatan, _desa = path
            self._search_index[f"{village.name} — {kecamatan.name}, {kabupaten.name}"] = (
                village.code
            )
        completer = QCompleter(sorted(self._search_index), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.search.setCompleter(completer)
        completer.activated.connect(self._search_chosen)

        self.kabupaten = QComboBox()
        self.kecamatan = QComboBox()
        self.desa = QComboBox()
        self.kabupaten.addItem(EMPTY_MARK, None)
        for region in catalog.kabupaten():
            self.kabupaten.addItem(region.name, region.code)
        self._fill(self.kecamatan, None)
        self._fill(self.desa, None)
        # Why the village cannot be chosen here (only an admin moves a cooperative).
        self.locked_note = QLabel()
        self.locked_note.setWordWrap(True)
        self.locked_note.setVisible(False)

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 0, 0, 1, 3)
        layout.addWidget(self.kabupaten, 1, 0)
        layout.addWidget(self.kecamatan, 1, 1)
        layout.addWidget(self.desa, 1, 2)
        layout.addWidget(self.locked_note, 2, 0, 1, 3)
        self.kabupaten.currentIndexChanged.connect(self._kabupaten_changed)
        self.kecamatan.currentIndexChanged.connect(self._kecamatan_changed)
        self.desa.currentIndexChanged.connect(self.changed)

    def limit_to(self, kabupaten_codes: Collection[str]) -> None:
        """Offer only these kabupaten/kota (a PMO adds cooperatives in their own area)."""
        allowed = set(kabupaten_codes)
        for index in reversed(range(1, self.kabupaten.count())):
            if self.kabupaten.itemData(index) not in allowed:
                self.kabupaten.removeItem(index)
        self._search_index = {
            text: code
            for text, code in self._search_index.items()
            if parent_codes(code)[0] in allowed
        }
        completer = QCompleter(sorted(self._search_index), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._search_chosen)
        self.search.setCompleter(completer)
        if self.kabupaten.count() == 2 and not self.value():
            self.kabupaten.setCurrentIndex(1)

    def lock(self, reason: str) -> None:
        """Show the village, unchangeable, with the reason beneath."""
        for widget in (self.search, self.kabupaten, self.kecamatan, self.desa):
            widget.setEnabled(False)
        self.search.setVisible(False)
        self.locked_note.setText(reason)
        self.locked_note.setVisible(True)

    def value(self) -> str:
        return str(self.desa.currentData() or "")

    def set_value(self, village_code: str) -> None:
        path = self._catalog.path(village_code) if village_code else None
        if path is None:
            self.kabupaten.setCurrentIndex(0)
            return
        kabupaten, kecamatan, desa = path
        self.kabupaten.setCurrentIndex(self.kabupaten.findData(kabupaten.code))
        self.kecamatan.setCurrentIndex(self.kecamatan.findData(kecamatan.code))
        self.desa.setCurrentIndex(self.desa.findData(desa.code))

    def _fill(self, combo: QComboBox, parent_code: str | None) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(EMPTY_MARK, None)
        if parent_code:
            for region in self._catalog.children(parent_code):
                combo.addItem(region.name, region.code)
        combo.setEnabled(bool(parent_code))
        combo.blockSignals(False)

    def _kabupaten_changed(self) -> None:
        self._fill(self.kecamatan, self.kabupaten.currentData())
        self._fill(self.desa, None)
        self.changed.emit()

    def _kecamatan_changed(self) -> None:
        self._fill(self.desa, self.kecamatan.currentData())
        self.changed.emit()

    def _search_chosen(self, text: str) -> None:
        code = self._search_index.get(text)
        if code:
            self.set_value(code)
            self.search.clear()
