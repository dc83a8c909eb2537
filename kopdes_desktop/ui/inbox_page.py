"""Kotak Masuk: visits sent back by a PMO, clashes on shared records to settle, changes the
server refused, and changes from the server this laptop could not apply."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, Qt, Signal
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
from kopdes_desktop.ui.formatting import format_date
from kopdes_desktop.ui.tasks import TaskRunner

_ITEM_ROLE = Qt.ItemDataRole.UserRole
translate = QCoreApplication.translate


class InboxPage(QWidget):
    open_visit = Signal(str)
    count_changed = Signal(int)

    def __init__(self, services: AppServices, tasks: TaskRunner, language: str) -> None:
        super().__init__()
        self._services = services
        self._tasks = tasks
        self._language = language
        title = QLabel(self.tr("Inbox"))
        title.setObjectName("pageTitle")
        self.empty = QLabel(self.tr("Nothing needs your attention."))
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open visit"))
        self.keep_kept = QPushButton(self.tr("Keep the current value"))
        self.keep_other = QPushButton(self.tr("Use the other value"))
        self.dismiss = QPushButton(self.tr("Understood, remove from inbox"))
        buttons = QHBoxLayout()
        for button in (self.open_button, self.keep_kept, self.keep_other, self.dismiss):
            buttons.addWidget(button)
            button.setVisible(False)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.list.currentItemChanged.connect(self._selected)
        self.list.itemActivated.connect(lambda _item: self._open())
        self.open_button.clicked.connect(self._open)
        self.keep_kept.clicked.connect(lambda: self._resolve(keep_other=False))
        self.keep_other.clicked.connect(lambda: self._resolve(keep_other=True))
        self.dismiss.clicked.connect(self._dismiss)

    def refresh(self) -> None:
        self._tasks.read(self._services.inbox.items, self._show)

    def _show(self, items: list[InboxItem]) -> None:
        # A refresh (after every sync) keeps the item the user is reading selected.
        current = self._current()
        reading = (current.kind, current.record_id) if current is not None else None
        self.list.clear()
        for item in items:
            entry = QListWidgetItem(self._headline(item))
            entry.setData(_ITEM_ROLE, item)
            self.list.addItem(entry)
            if (item.kind, item.record_id) == reading:
                self.list.setCurrentItem(entry)
        self.empty.setVisible(not items)
        self.count_changed.emit(len(items))
        self._selected(self.list.currentItem(), None)

    def _headline(self, item: InboxItem) -> str:
        when = format_date(item.when.date() if item.when else None, self._language)
        if item.kind is InboxKind.SENT_BACK:
            return (
                self.tr("Visit sent back — %1 (%2)").replace("%1", item.title).replace("%2", when)
            )
        if item.kind is InboxKind.REJECTED:
            return self.tr("Change refused by the server — %1").replace(
                "%1", rejection_reason(item.reason)
            )
        if item.kind is InboxKind.NOT_APPLIED:
            return self.tr("Change from the server not applied here — %1").replace(
                "%1", not_applied_reason(item.reason)
            )
        return self.tr("Clash on %1: %2").replace("%1", item.title).replace("%2", item.message)

    def _current(self) -> InboxItem | None:
        entry = self.list.currentItem()
        item: InboxItem | None = entry.data(_ITEM_ROLE) if entry is not None else None
        return item

    def _selected(self, current: QListWidgetItem | None, _previous: object) -> None:
        item = current.data(_ITEM_ROLE) if current is not None else None
        is_visit = item is not None and item.kind is InboxKind.SENT_BACK
        is_conflict = item is not None and item.kind is InboxKind.CONFLICT
        is_rejected = item is not None and item.kind is InboxKind.REJECTED
        is_not_applied = item is not None and item.kind is InboxKind.NOT_APPLIED
        self.open_button.setVisible(is_visit)
        self.keep_kept.setVisible(is_conflict)
        self.keep_other.setVisible(is_conflict)
        self.dismiss.setVisible(is_rejected or is_not_applied)
        if item is None:
            self.detail.clear()
        elif is_not_applied:
            self.detail.setText(
                self.tr(
                    "A change from the server (%1, %2) could not be saved on this laptop: %3. "
                    "Everything else was synced. The app tries again when the record changes "
                    "on the server and after an update; if this stays, tell your support "
                    "person. Technical detail: %4"
                )
                .replace("%1", record_kind(item.record_type))
                .replace("%2", item.title or "—")
                .replace("%3", not_applied_reason(item.reason))
                .replace("%4", item.message)
            )
        elif is_rejected:
            values = ", ".join(
                f"{name} = {_shown(json.dumps(value))}"
                for name, value in (item.values or {}).items()
            )
            self.detail.setText(
                self.tr("%1. The server keeps its own value; what you sent was: %2")
                .replace("%1", rejection_reason(item.reason))
                .replace("%2", values or "—")
            )
        elif is_visit:
            self.detail.setText(
                self.tr("%1 wrote: %2").replace("%1", item.author).replace("%2", item.message)
            )
        elif item.conflict is not None:
            conflict = item.conflict
            self.detail.setText(
                self.tr("Field %1 was changed by two people. Kept: %2 (by %3). Other: %4 (by %5).")
                .replace("%1", conflict.field_name)
                .replace("%2", _shown(conflict.kept_value))
                .replace("%3", conflict.kept_author)
                .replace("%4", _shown(conflict.other_value))
                .replace("%5", conflict.other_author)
            )

    def _open(self) -> None:
        item = self._current()
        if item is not None and item.kind is InboxKind.SENT_BACK:
            self.open_visit.emit(item.record_id)

    def _dismiss(self) -> None:
        item = self._current()
        if item is None:
            return
        item_id = int(item.record_id)
        inbox = self._services.inbox
        if item.kind is InboxKind.REJECTED:
            self._tasks.write(lambda: inbox.dismiss_rejection(item_id), lambda _: self.refresh())
        elif item.kind is InboxKind.NOT_APPLIED:
            self._tasks.write(lambda: inbox.dismiss_not_applied(item_id), lambda _: self.refresh())

    def _resolve(self, *, keep_other: bool) -> None:
        item = self._current()
        if item is None or item.kind is not InboxKind.CONFLICT:
            return
        conflict_id = item.record_id
        self._tasks.write(
            lambda: self._services.inbox.resolve_conflict(conflict_id, keep_other=keep_other),
            lambda _result: self.refresh(),
        )


def rejection_reason(code: str) -> str:
    reasons = {
        "validation": translate("Rejections", "The values do not pass the checks"),
        "bad_fields": translate("Rejections", "The change was malformed"),
        "out_of_scope": translate("Rejections", "This cooperative is no longer assigned to you"),
        "wrong_author": translate("Rejections", "Only its author may change this record"),
        "not_allowed": translate("Rejections", "Your role may not make this change"),
        "not_editable": translate("Rejections", "The visit was already submitted or reviewed"),
        "read_only_field": translate("Rejections", "This field cannot be changed here"),
        "unknown_record": translate("Rejections", "The record is not on the server"),
        "unknown_parent": translate("Rejections", "The record it belongs to is not on the server"),
        "deleted": translate("Rejections", "Someone deleted the record meanwhile"),
        "id_taken": translate("Rejections", "Another record already has this id"),
        "stale_status": translate("Rejections", "The visit's status changed meanwhile"),
        "invalid_transition": translate("Rejections", "That status change is not allowed"),
        "comment_required": translate("Rejections", "A comment is required"),
        "unsupported_schema": translate("Rejections", "The app is too old for the server"),
    }
    return reasons.get(code, code)


def not_applied_reason(code: str) -> str:
    reasons = {
        "unreadable": translate(
            "NotApplied", "it holds a value this version of the app cannot read"
        ),
        "too_large": translate("NotApplied", "it holds a number too large to store"),
        "missing_parent": translate("NotApplied", "the record it belongs to is not on this laptop"),
        "not_storable": translate("NotApplied", "the laptop's database refused it"),
    }
    return reasons.get(code, translate("NotApplied", "an unexpected error"))


def record_kind(record_type: str) -> str:
    kinds = {
        "cooperative": translate("NotApplied", "cooperative profile"),
        "officer": translate("NotApplied", "officer"),
        "business_unit": translate("NotApplied", "business unit"),
        "visit": translate("NotApplied", "visit"),
        "agreed_action": translate("NotApplied", "agreed action"),
        "review_comment": translate("NotApplied", "review comment"),
        "opportunity": translate("NotApplied", "business opportunity"),
        "photo": translate("NotApplied", "photo"),
        "conflict": translate("NotApplied", "clash record"),
    }
    return kinds.get(record_type, translate("NotApplied", "record"))


def _shown(json_text: str) -> str:
    try:
        value = json.loads(json_text) if json_text else None
    except ValueError:
        return json_text
    return "—" if value in (None, "") else str(value)
