"""Guards against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 released one reference to None each time a Qt call returned an empty value
(an unset item's data, no current item). After enough calls the interpreter aborts, usually at
exit after every test passed. pyproject.toml excludes that release; this test fails if a binding
with the same fault is ever installed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QListWidget, QListWidgetItem

CALLS = 200


def test_empty_values_from_qt_keep_none_alive(qapp: QApplication) -> None:
    combo = QComboBox()
    combo.addItem("no data")
    item = QListWidgetItem("no data")
    empty_list = QListWidget()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        combo.currentData()
        item.data(Qt.ItemDataRole.UserRole)
        empty_list.currentItem()
    # Other threads may take or drop a few references meanwhile; a faulty binding drops 600.
    assert sys.getrefcount(None) - before > -CALLS
