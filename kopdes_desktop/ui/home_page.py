"""Beranda: what to do now. A BA's drafts, sent-back visits, changes to check, actions due,
visits planned this week and cooperatives not visited for a while; a PMO's review queue,
clashes and quiet BAs; and how sync stands. Each item opens its record by a click or Enter.

The lists are read by ``HomeService`` off the GUI thread (``refresh``, after every sync and
save). Every text is built in ``retranslate`` and ``_render`` from the data last read, so a
language change only has to call ``retranslate``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.domain.todo import HomeTodo, TodoItem, TodoKind, TodoSection
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.ui import icons, todo_text
from kopdes_desktop.ui.empty_state import EmptyState
from kopdes_desktop.ui.tasks import TaskRunner
from kopdes_desktop.ui.todo_text import NextAction

_ITEM = Qt.ItemDataRole.UserRole
_OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class TodoSectionView(QFrame):
    """One section: its title with the count, a hint, the first items, "Lihat semua (N)"."""

    activated = Signal(object)  # TodoItem
    show_all_toggled = Signal(object)  # TodoKind

    def __init__(self, kind: TodoKind) -> None:
        super().__init__()
        self.kind = kind
        self.setObjectName("todoSection")
        self.title = QLabel()
        self.title.setObjectName("todoSectionTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.hint = QLabel()
        self.hint.setObjectName("todoSectionHint")
        self.hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("todoList")
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setSpacing(2)  # rows a finger's breadth apart: easier to aim at, to read
        # A click opens (a to-do reads like links); Enter opens the current item. Qt's own
        # "activated" is not used: it fires on a double click as well, which would open twice.
        self.list.itemClicked.connect(self._open)
        self.list.installEventFilter(self)
        self.more = QPushButton()
        self.more.setObjectName("todoShowAll")
        self.more.setFlat(True)
        self.more.clicked.connect(lambda: self.show_all_toggled.emit(self.kind))
        more_row = QHBoxLayout()
        more_row.addWidget(self.more)
        more_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.list)
        layout.addLayout(more_row)

    def show_section(self, section: TodoSection, texts: list[str], expanded: bool) -> None:
        self.list.clear()
        for item, text in zip(section.items, texts, strict=True):
            row = QListWidgetItem(text)
            row.setToolTip(text)
            row.setData(_ITEM, item)
            self.list.addItem(row)
        rows = self.list.count()
        gap = self.list.spacing()
        height = sum(self.list.sizeHintForRow(r) + 2 * gap for r in range(rows))
        self.list.setFixedHeight(height + 2 * self.list.frameWidth())
        self.list.setVisible(rows > 0)
        self.more.setVisible(expanded or not section.complete)

    def item(self, row: int) -> TodoItem | None:
        found = self.list.item(row)
        entry = found.data(_ITEM) if found is not None else None
        return entry if isinstance(entry, TodoItem) else None

    def _open(self, row: QListWidgetItem) -> None:
        entry = row.data(_ITEM)
        if isinstance(entry, TodoItem):
            self.activated.emit(entry)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _OPEN_KEYS
        ):
            current = self.list.currentItem()
            if current is not None:
                self._open(current)
            return True
        return super().eventFilter(watched, event)


class HomePage(QWidget):
    help_topic = "home"  # its F1 guide: resources/help/<language>/home.md

    open_item = Signal(object)  # TodoItem: the window opens its record
    sync_requested = Signal()
    next_action_requested = Signal(object)  # NextAction: the empty to-do's button

    def __init__(self, services: AppServices, tasks: TaskRunner, language: str) -> None:
        super().__init__()
        self._services = services
        self._tasks = tasks
        self._language = language
        self._todo: HomeTodo | None = None
        self._full: dict[TodoKind, TodoSection] = {}  # sections shown in full ("Lihat semua")
        self._sync_text = ""
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.sync_label = QLabel()
        self.sync_label.setObjectName("homeSyncState")
        self.sync_label.setWordWrap(True)
        self.sync_button = QPushButton()
        self.sync_button.clicked.connect(self.sync_requested)
        sync_row = QHBoxLayout()
        sync_row.addWidget(self.sync_label, 1)
        sync_row.addWidget(self.sync_button)
        # Nothing to do: one sentence and the next step (the pages' shared empty state).
        self.empty = EmptyState(icons.HOME)
        self.empty_action = self.empty.action
        self.sections: dict[TodoKind, TodoSectionView] = {}
        self._body = QVBoxLayout()
        body = QWidget()
        body.setObjectName("homeBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.empty)
        column.addLayout(self._body)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(sync_row)
        layout.addWidget(scroll, 1)
        self.empty.setVisible(False)
        self.retranslate()

    def _next_action(self) -> None:
        if self._todo is not None:
            self.next_action_requested.emit(NextAction.after(self._todo))

    # --- reading --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the to-do again (after a sync, a save, a sign-in); sections shown in full stay
        in full."""
        home = self._services.home
        expanded = tuple(self._full)

        def read() -> tuple[HomeTodo, dict[TodoKind, TodoSection]]:
            todo = home.todo()
            shown = {s.kind for s in todo.sections}
            return todo, {kind: home.section(kind) for kind in expanded if kind in shown}

        self._tasks.read(read, self._show, self._failed)

    def _show(self, found: tuple[HomeTodo, dict[TodoKind, TodoSection]]) -> None:
        self._todo, self._full = found
        self._render()

    def _failed(self, error: Exception) -> None:
        self.empty.setVisible(True)
        self.empty.show_state(
            self.tr("The to-do list could not be read: %1").replace("%1", str(error))
        )

    def toggle_show_all(self, kind: TodoKind) -> None:
        if kind in self._full:
            del self._full[kind]
            self._render()
            return
        home = self._services.home

        def shown(section: TodoSection) -> None:
            self._full[kind] = section
            self._render()

        self._tasks.read(lambda: home.section(kind), shown, self._failed)

    def show_sync(self, text: str, button: str) -> None:
        """How sync stands, in the status bar's words, and its button's (Sinkronkan, or
        Masuk… when no one is signed in)."""
        self._sync_text = text
        self.sync_label.setText(todo_text.sync_line(text))
        self.sync_button.setText(button)

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Home: what to do now"))
        self.sync_button.setText(self.tr("Sync now"))
        self.sync_button.setToolTip(self.tr("Send and receive changes now (F5)"))
        self.sync_label.setText(todo_text.sync_line(self._sync_text))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _render(self) -> None:
        todo = self._todo
        if todo is None:
            return
        kinds = [s.kind for s in todo.sections]
        if list(self.sections) != kinds:  # the role changed: other sections
            self._rebuild(kinds)
        for summary in todo.sections:
            section = self._full.get(summary.kind, summary)
            view = self.sections[summary.kind]
            view.setVisible(section.total > 0)
            view.title.setText(todo_text.section_title(section, self._language))
            hint = todo_text.section_hint(section, self._language)
            if summary.kind in self._full and not section.complete:
                shown = todo_text.first_shown(len(section.items), self._language)
                hint = f"{hint} · {shown}" if hint else shown
            view.hint.setText(hint)
            view.hint.setVisible(bool(hint))
            texts = [todo_text.item_text(i, todo.today, self._language) for i in section.items]
            expanded = summary.kind in self._full
            view.show_section(section, texts, expanded)
            view.more.setText(
                todo_text.show_fewer() if expanded else todo_text.show_all(section, self._language)
            )
        self.empty.setVisible(todo.empty)
        self.empty.show_state(
            todo_text.all_done(todo),
            todo_text.next_action_text(NextAction.after(todo)),
            self._next_action,
        )

    def _rebuild(self, kinds: list[TodoKind]) -> None:
        for view in self.sections.values():
            self._body.removeWidget(view)
            view.deleteLater()
        self.sections = {}
        for kind in kinds:
            view = TodoSectionView(kind)
            view.activated.connect(self.open_item)
            view.show_all_toggled.connect(self.toggle_show_all)
            self._body.addWidget(view)
            self.sections[kind] = view
