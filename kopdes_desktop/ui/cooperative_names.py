"""How a cooperative's name reads where many are listed: the part that tells it apart.

Nearly every cooperative is "Koperasi Desa Merah Putih <village>" (or Kelurahan, or the short
forms KDMP/KKMP/KDKMP), so a list cell cut at its right edge read the same for Sungai Bulan,
Sungai Dungun and Sungai Nibung. Lists drop that shared prefix (the column header already says
"Koperasi") and keep the full name in the cell's tooltip; a name still too long for its column is
cut in the middle, so both its start and its end show.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

_SHARED_PREFIX = re.compile(
    r"^\s*(?:koperasi\s+(?:desa|kelurahan|desa\s*/\s*kelurahan)\s+merah\s+putih"
    r"|kopdes\s+merah\s+putih|kdkmp|kdmp|kkmp)\s+",
    re.IGNORECASE,
)


def distinguishing_name(name: str) -> str:
    """``name`` without the programme's shared prefix: "Koperasi Desa Merah Putih Sungai Bulan"
    reads "Sungai Bulan". A name that is nothing but the prefix stays whole."""
    short = _SHARED_PREFIX.sub("", name, count=1).strip()
    return short or name


class _MiddleElide(QStyledItemDelegate):
    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


def elide_in_middle(table: QTableView, *columns: int) -> None:
    """Names in these columns, when longer than the column, are cut in the middle
    ("Sungai…Nibung"), not at the end that tells them apart."""
    for column in columns:
        table.setItemDelegateForColumn(column, _MiddleElide(table))


def fit_columns_to_contents(table: QTableView) -> None:
    """A short list (review queue, dashboard drill-down): the first column, what the row is,
    takes the room left; the others are as wide as their title or the rows on screen need (only
    those rows are measured, so a long list costs nothing more)."""
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(0)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
