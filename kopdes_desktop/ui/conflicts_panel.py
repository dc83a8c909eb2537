"""Clashes on cooperative profiles in the PMO's area, to settle one by one.

The same records and the same choice as the inbox (services/inbox.py): keep the value the
server kept, or put the other one back. The PMO sees every clash of the kabupaten.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.inbox import InboxItem, InboxKind
from kopdes_desktop.ui.clash_text import item_detail, item_field
from kopdes_desktop.ui.formatting import format_date
from kopdes_desktop.ui.tasks import TaskRunner

_ITEM_ROLE = Qt.ItemDataRole.UserRole


class ConflictsPanel(QWidget):
    count_changed = Signal(int)

    def __init__(self, services: AppServices, tasks: TaskRunner, language: str) -> None:
        super().__init__()
        self._services = services
        self._tasks = tasks
        self._language = language
        self.empty = QLabel(self.tr("No clashes to settle."))
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.keep_kept = QPushButton(self.tr("Keep the current value"))
        self.keep_other = QPushButton(self.tr("Use the other value"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_kept)
        buttons.addWidget(self.keep_other)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.list.currentItemChanged.connect(lambda current, _previous: self._selected(current))
        self.keep_kept.clicked.connect(lambda: self._resolve(keep_other=False))
        self.keep_other.clicked.connect(lambda: self._resolve(keep_other=True))
        self._selected(None)

    def refresh(self) -> None:
        self._tasks.read(self._services.inbox.items, self._show)

    def _show(self, items: list[InboxItem]) -> None:
        conflicts = [item for item in items if item.kind is InboxKind.CONFLICT]
        self.list.clear()
        for item in conflicts:
            when = format_date(item.when.date() if item.when else None, self._language)
            text = (
                self.tr("%1: %2 (%3)")
                .replace("%1", item.title)
                .replace("%2", item_field(item))
                .replace("%3", when)
            )
            entry = QListWidgetItem(text)
            entry.setData(_ITEM_ROLE, item)
            self.list.addItem(entry)
        self.empty.setVisible(not conflicts)
        self.count_changed.emit(len(conflicts))
        self._selected(self.list.currentItem())

    def _selected(self, current: QListWidgetItem | None) -> None:
        item: InboxItem | None = current.data(_ITEM_ROLE) if current is not None else None
        for button in (self.keep_kept, self.keep_other):
            button.setEnabled(item is not None)
        if item is None or item.conflict is None:
            self.detail.clear()
            return
        self.detail.setText(item_detail(item, self._language))

    def _resolve(self, *, keep_other: bool) -> None:
        entry = self.list.currentItem()
        item: InboxItem | None = entry.data(_ITEM_ROLE) if entry is not None else None
        if item is None:
            return
        conflict_id = item.record_id
        self._tasks.write(
            lambda: self._services.inbox.resolve_conflict(conflict_id, keep_other=keep_other),
            lambda _result: self.refresh(),
        )
