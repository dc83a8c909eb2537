"""Editing a record's child rows (officers, business units, agreed actions) in place.

Each row keeps the id of the record it shows, so an edited row stays the same record (one small
patch on sync) and only a removed row becomes a delete.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.records import Record
from kopdes_desktop.ui.forms.inputs import DateEdit, EnumCombo
from kopdes_desktop.ui.forms.issue_messages import unreadable_date

R = TypeVar("R", bound=Record)


@dataclass(frozen=True, slots=True)
class ChildColumn(Generic[R]):
    title: str
    field: str
    make: Callable[[], QWidget]
    load: Callable[[QWidget, Any], None]
    read: Callable[[QWidget], Any]
    stretch: bool = False
    # For cells that can hold text they cannot read (a typed date): what to tell the user.
    unreadable_message: Callable[[], str] | None = None


class ChildTable(QWidget, Generic[R]):
    changed = Signal()

    def __init__(
        self,
        columns: Sequence[ChildColumn[R]],
        build: Callable[[str, dict[str, Any]], R],
        add_text: str,
        remove_text: str,
    ) -> None:
        super().__init__()
        self._columns = tuple(columns)
        self._build = build
        self._ids: list[str] = []
        self.table = QTableWidget(0, len(self._columns))
        self.table.setHorizontalHeaderLabels([c.title for c in self._columns])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for index, column in enumerate(self._columns):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column.stretch
                else (QHeaderView.ResizeMode.ResizeToContents)
            )
            header.setSectionResizeMode(index, mode)
        self.add_button = QPushButton(add_text)
        self.remove_button = QPushButton(remove_text)
        self.add_button.clicked.connect(self._add_blank_row)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def set_rows(self, records: Sequence[R]) -> None:
        self.table.setRowCount(0)
        self._ids.clear()
        for record in records:
            self.add_row(record)

    def add_row(self, record: R | None = None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._ids.append(record.id if record is not None else new_id())
        for column_index, column in enumerate(self._columns):
            widget = column.make()
            if record is not None:
                column.load(widget, getattr(record, column.field))
            self.table.setCellWidget(row, column_index, widget)
            _connect_change(widget, self.changed.emit)
        self.table.resizeRowsToContents()
        self.changed.emit()
        return row

    def _add_blank_row(self) -> None:
        row = self.add_row()
        self.cell(row, 0).setFocus()

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
            del self._ids[row]
        if rows:
            self.changed.emit()

    def rows(self) -> tuple[R, ...]:
        records = []
        for row, record_id in enumerate(self._ids):
            values = {
                column.field: column.read(self.cell(row, index))
                for index, column in enumerate(self._columns)
            }
            records.append(self._build(record_id, values))
        return tuple(records)

    def unreadable(self, field: str) -> dict[str, str]:
        """``{field: message}`` naming the rows whose cells hold text that cannot be read."""
        messages = [
            f"#{row + 1}: {column.unreadable_message()}"
            for row in range(self.table.rowCount())
            for index, column in enumerate(self._columns)
            if column.unreadable_message is not None
            and getattr(self.cell(row, index), "problem", lambda: False)()
        ]
        return {field: " ".join(messages)} if messages else {}

    def cell(self, row: int, column: int) -> QWidget:
        widget = self.table.cellWidget(row, column)
        assert widget is not None
        return widget

    def set_read_only(self, read_only: bool) -> None:
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)
        for row in range(self.table.rowCount()):
            for column in range(len(self._columns)):
                self.cell(row, column).setEnabled(not read_only)


def _connect_change(widget: QWidget, callback: Callable[[], None]) -> None:
    for signal_name in ("textChanged", "currentIndexChanged", "toggled"):
        signal = getattr(widget, signal_name, None)
        if signal is not None:
            signal.connect(lambda *_args: callback())
            return


def text_column(title: str, field: str, *, stretch: bool = False) -> ChildColumn[Any]:
    def load(widget: QWidget, value: Any) -> None:
        assert isinstance(widget, QLineEdit)
        widget.setText(value or "")

    def read(widget: QWidget) -> str:
        assert isinstance(widget, QLineEdit)
        return widget.text().strip()

    return ChildColumn(title, field, QLineEdit, load, read, stretch)


def enum_column(
    title: str, field: str, enum_type: type[Any], *, allow_empty: bool = True
) -> ChildColumn[Any]:
    def load(widget: QWidget, value: Any) -> None:
        assert isinstance(widget, EnumCombo)
        widget.set_value(value)

    def read(widget: QWidget) -> Any:
        assert isinstance(widget, EnumCombo)
        return widget.value()

    return ChildColumn(
        title, field, lambda: EnumCombo(enum_type, allow_empty=allow_empty), load, read
    )


def date_column(title: str, field: str) -> ChildColumn[Any]:
    def load(widget: QWidget, value: Any) -> None:
        assert isinstance(widget, DateEdit)
        widget.set_value(value)

    def read(widget: QWidget) -> Any:
        assert isinstance(widget, DateEdit)
        return widget.value()

    return ChildColumn(title, field, DateEdit, load, read, unreadable_message=unreadable_date)


def check_column(title: str, field: str) -> ChildColumn[Any]:
    def load(widget: QWidget, value: Any) -> None:
        assert isinstance(widget, QCheckBox)
        widget.setChecked(bool(value))

    def read(widget: QWidget) -> bool:
        assert isinstance(widget, QCheckBox)
        return widget.isChecked()

    return ChildColumn(title, field, QCheckBox, load, read)
