"""Kotak Masuk: visits sent back by a PMO, clashes on shared records to settle, changes from the
server this laptop could not apply, and below them the changes the server refused, grouped by
the record they belong to."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.domain.records import RecordType
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.inbox import InboxItem, InboxKind
from kopdes_desktop.services.refusals import PutBack, RefusalGroup
from kopdes_desktop.ui import counts, icons
from kopdes_desktop.ui.clash_text import item_detail, item_field
from kopdes_desktop.ui.empty_state import EmptyState
from kopdes_desktop.ui.formatting import format_date
from kopdes_desktop.ui.permission_text import refusal_text
from kopdes_desktop.ui.refusal_text import (
    explain,
    group_title,
    part_label,
    reason_text,
    values_text,
    what_happened,
)
from kopdes_desktop.ui.tasks import TaskRunner

_ITEM_ROLE = Qt.ItemDataRole.UserRole
translate = QCoreApplication.translate
Entry = InboxItem | RefusalGroup


class InboxPage(QWidget):
    help_topic = "inbox"  # its F1 guide: resources/help/<language>/inbox.md
    open_visit = Signal(str)
    sync_requested = Signal()  # the empty inbox's next step
    open_record = Signal(str, str)  # record type (cooperative, visit, opportunity), id
    put_back_form = Signal(object)  # an AutosavedForm: the refused values, to save as a new edit
    changed_locally = Signal()  # refused new records were queued again: sync soon
    count_changed = Signal(int)

    def __init__(self, services: AppServices, tasks: TaskRunner, language: str) -> None:
        super().__init__()
        self._services = services
        self._tasks = tasks
        self._language = language
        self._groups: list[RefusalGroup] = []
        self._wanted: tuple[str, str] | None = None  # the entry to select once the list is read
        title = QLabel(self.tr("Inbox"))
        title.setObjectName("pageTitle")
        self.empty = EmptyState(icons.INBOX)
        self.empty.show_state(
            self.tr(
                "Nothing needs your attention. Visits sent back to you and changes the server "
                "refused appear here after a sync."
            ),
            self.tr("Sync now"),
            self.sync_requested.emit,
        )
        self.empty.setVisible(False)  # until the first read says the inbox is empty
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open visit"))
        self.keep_kept = QPushButton(self.tr("Keep the current value"))
        self.keep_other = QPushButton(self.tr("Use the other value"))
        self.put_back = QPushButton(self.tr("Put the values back into the form"))
        self.dismiss = QPushButton(self.tr("Understood, remove from inbox"))
        self.dismiss_kind = QPushButton()
        self._buttons = (
            self.open_button,
            self.keep_kept,
            self.keep_other,
            self.put_back,
            self.dismiss,
            self.dismiss_kind,
        )
        buttons = QHBoxLayout()
        for button in self._buttons:
            buttons.addWidget(button)
            button.setVisible(False)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.list.currentItemChanged.connect(self._selected)
        self.list.itemActivated.connect(lambda _item: self._open())
        self.open_button.clicked.connect(self._open)
        self.keep_kept.clicked.connect(lambda: self._resolve(keep_other=False))
        self.keep_other.clicked.connect(lambda: self._resolve(keep_other=True))
        self.put_back.clicked.connect(self._put_back)
        self.dismiss.clicked.connect(self._dismiss)
        self.dismiss_kind.clicked.connect(self._dismiss_kind)

    def show_entry(self, kind: str, record_id: str) -> None:
        """Select one entry once the list is read again (Beranda opens refusals and clashes
        here): ``kind`` is an InboxKind value, or "refused" for the refusals of a record."""
        self._wanted = (kind, record_id)
        self.refresh()

    def refresh(self) -> None:
        services = self._services
        self._tasks.read(lambda: (services.inbox.items(), services.refusals.groups()), self._show)

    # --- the list -----------------------------------------------------------------------

    def _show(self, found: tuple[list[InboxItem], list[RefusalGroup]]) -> None:
        items, groups = found
        reading = self._wanted or self._key(self._current())
        wanted, self._wanted = self._wanted, None
        self._groups = groups
        self.list.clear()
        # Sent-back visits and clashes first: they ask for a decision, refusals for a look.
        for item in items:
            self._add(self._headline(item), item, reading)
        if groups:
            header = QListWidgetItem(
                self.tr("Changes the server refused (%1)").replace(
                    "%1", str(sum(len(g.changes) for g in groups))
                )
            )
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = QFont(header.font())
            font.setBold(True)
            header.setFont(font)
            self.list.addItem(header)
            warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            for group in groups:
                entry = self._add(self._group_headline(group), group, reading)
                entry.setIcon(warning)
        self.empty.setVisible(not items and not groups)
        self.list.setVisible(bool(items or groups))  # the sentence takes the list's place
        self.count_changed.emit(len(items) + len(groups))
        self._selected(self.list.currentItem(), None)
        if wanted is not None:
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _add(self, text: str, entry: Entry, reading: tuple[str, str] | None) -> QListWidgetItem:
        row = QListWidgetItem(text)
        row.setToolTip(text)
        row.setData(_ITEM_ROLE, entry)
        self.list.addItem(row)
        if reading is not None and self._key(entry) == reading:
            self.list.setCurrentItem(row)  # a refresh after a sync keeps what is being read
        return row

    @staticmethod
    def _key(entry: Entry | None) -> tuple[str, str] | None:
        if isinstance(entry, RefusalGroup):
            return "refused", entry.record_id
        return (entry.kind.value, entry.record_id) if entry is not None else None

    def _headline(self, item: InboxItem) -> str:
        when = format_date(item.when.date() if item.when else None, self._language)
        if item.kind is InboxKind.SENT_BACK:
            return (
                self.tr("Visit sent back — %1 (%2)").replace("%1", item.title).replace("%2", when)
            )
        if item.kind is InboxKind.NOT_APPLIED:
            return self.tr("Change from the server not applied here — %1").replace(
                "%1", not_applied_reason(item.reason)
            )
        field = item_field(item)
        return self.tr("Clash on %1: %2").replace("%1", item.title).replace("%2", field)

    def _group_headline(self, group: RefusalGroup) -> str:
        newest = group.main_change
        return (
            self.tr("%1 — %2 refused: %3")
            .replace("%1", group_title(group, self._language))
            .replace("%2", counts.changes(len(group.changes)))
            .replace("%3", explain(newest))
        )

    def _current(self) -> Entry | None:
        row = self.list.currentItem()
        entry: Entry | None = row.data(_ITEM_ROLE) if row is not None else None
        return entry

    # --- what the selection offers --------------------------------------------------------

    def _selected(self, current: QListWidgetItem | None, _previous: object) -> None:
        entry = current.data(_ITEM_ROLE) if current is not None else None
        for button in self._buttons:
            button.setVisible(False)
        if isinstance(entry, RefusalGroup):
            self._show_group(entry)
        elif isinstance(entry, InboxItem):
            self._show_item(entry)
        else:
            self.detail.clear()

    def _show_item(self, item: InboxItem) -> None:
        if item.kind is InboxKind.SENT_BACK:
            self.open_button.setText(self.tr("Open visit"))
            self.open_button.setVisible(True)
            self.detail.setText(
                html.escape(
                    self.tr("%1 wrote: %2").replace("%1", item.author).replace("%2", item.message)
                )
            )
        elif item.kind is InboxKind.NOT_APPLIED:
            self.dismiss.setVisible(True)
            self.detail.setText(
                html.escape(
                    self.tr(
                        "A change from the server (%1, %2) could not be saved on this laptop: "
                        "%3. Everything else was synced. The app tries again when the record "
                        "changes on the server and after an update; if this stays, tell your "
                        "support person. Technical detail: %4"
                    )
                    .replace("%1", record_kind(item.record_type))
                    .replace("%2", item.title or "—")
                    .replace("%3", not_applied_reason(item.reason))
                    .replace("%4", item.message)
                )
            )
        elif item.conflict is not None:
            self.keep_kept.setVisible(True)
            self.keep_other.setVisible(True)
            self.detail.setText(html.escape(item_detail(item, self._language)))

    def _show_group(self, group: RefusalGroup) -> None:
        lines = [f"<b>{html.escape(group_title(group, self._language))}</b>"]
        for change in group.changes:
            sent = values_text(change, self._language, self._services.catalog)
            line = (
                f"• <b>{html.escape(part_label(change))}</b> ({html.escape(what_happened(change))})"
                f": {html.escape(explain(change))}"
            )
            if sent:
                line += "<br>&nbsp;&nbsp;" + html.escape(
                    self.tr("What you sent: %1").replace("%1", sent)
                )
            lines.append(line)
        blocked = self._put_back_blocked(group)
        if group.put_back is not None and blocked:
            lines.append(f"<i>{html.escape(blocked)}</i>")
        elif group.put_back is None and group.here:
            lines.append(
                html.escape(
                    self.tr("The record shows the server's values again; open it to go on.")
                )
            )
        self.detail.setText("<br>".join(lines))
        open_texts = {
            RecordType.COOPERATIVE: self.tr("Open cooperative"),
            RecordType.VISIT: self.tr("Open visit"),
            RecordType.OPPORTUNITY: self.tr("Open note"),
        }
        self.open_button.setText(open_texts.get(group.record_type, self.tr("Open")))
        self.open_button.setVisible(group.here and group.record_type in open_texts)
        if group.put_back is not None:
            self.put_back.setText(
                self.tr("Send again")
                if group.put_back is PutBack.RESEND
                else self.tr("Put the values back into the form")
            )
            self.put_back.setVisible(True)
            self.put_back.setEnabled(not blocked)
            self.put_back.setToolTip(blocked)
        self.dismiss.setVisible(True)
        alike = [g for g in self._groups if g.kind == group.kind]
        self.dismiss_kind.setText(
            self.tr("Remove all like this (%1)").replace("%1", str(len(alike)))
        )
        self.dismiss_kind.setVisible(len(alike) > 1)

    def _put_back_blocked(self, group: RefusalGroup) -> str:
        """Why the refused values cannot go back now ("" when they can)."""
        if group.put_back_refused is not None:
            return refusal_text(group.put_back_refused)
        if group.waits_for_parent:
            return self.tr(
                "Its cooperative is not on the server: it can be sent again once the PMO has "
                "assigned the cooperative to you and it has arrived with a sync."
            )
        return ""

    # --- actions --------------------------------------------------------------------------

    def _open(self) -> None:
        entry = self._current()
        if isinstance(entry, InboxItem) and entry.kind is InboxKind.SENT_BACK:
            self.open_visit.emit(entry.record_id)
        elif isinstance(entry, RefusalGroup) and entry.here:
            self.open_record.emit(entry.record_type.value, entry.record_id)

    def _put_back(self) -> None:
        group = self._current()
        if not isinstance(group, RefusalGroup) or self._put_back_blocked(group):
            return
        refusals = self._services.refusals
        if group.put_back is PutBack.RESEND:

            def queued(_count: int) -> None:
                self.refresh()
                self.changed_locally.emit()

            self._tasks.write(lambda: refusals.resend(group), queued)
        else:
            self._tasks.read(lambda: refusals.put_back_form(group), self.put_back_form.emit)

    def _dismiss(self) -> None:
        entry = self._current()
        if isinstance(entry, RefusalGroup):
            self._dismiss_ids(entry.ids)
        elif isinstance(entry, InboxItem) and entry.kind is InboxKind.NOT_APPLIED:
            item_id, inbox = int(entry.record_id), self._services.inbox
            self._tasks.write(lambda: inbox.dismiss_not_applied(item_id), lambda _: self.refresh())

    def _dismiss_kind(self) -> None:
        group = self._current()
        if isinstance(group, RefusalGroup):
            alike = [i for g in self._groups if g.kind == group.kind for i in g.ids]
            self._dismiss_ids(tuple(alike))

    def _dismiss_ids(self, ids: tuple[int, ...]) -> None:
        refusals = self._services.refusals
        self._tasks.write(lambda: refusals.dismiss(ids), lambda _result: self.refresh())

    def _resolve(self, *, keep_other: bool) -> None:
        item = self._current()
        if not isinstance(item, InboxItem) or item.kind is not InboxKind.CONFLICT:
            return
        conflict_id = item.record_id
        self._tasks.write(
            lambda: self._services.inbox.resolve_conflict(conflict_id, keep_other=keep_other),
            lambda _result: self.refresh(),
        )


def rejection_reason(code: str) -> str:
    """The server's reason code in plain words (kept for older callers)."""
    return reason_text(code)


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
