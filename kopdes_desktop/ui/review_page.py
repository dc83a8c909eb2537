"""Tinjauan: the PMO's queue of submitted visits, each shown in full, approved or sent back.

Decisions are saved locally at once (the visit leaves the queue) and travel to the server at
the next sync. A BA sees the queue read-only: the decision buttons are only for PMOs and
admins. A second tab lists clashes on cooperative profiles to settle.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QImage, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.domain.enums import VisitStatus
from kopdes_desktop.domain.listing import CooperativeOption
from kopdes_desktop.domain.records import VisitDetail
from kopdes_desktop.domain.reporting import ReviewFilter, ReviewQueueItem
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.review import CommentRequiredError, ReviewService, VisitUnderReview
from kopdes_desktop.ui import confirmation, counts, icons, theme
from kopdes_desktop.ui.conflicts_panel import ConflictsPanel
from kopdes_desktop.ui.cooperative_names import elide_in_middle, fit_columns_to_contents
from kopdes_desktop.ui.empty_state import EmptyState
from kopdes_desktop.ui.flow_layout import FlowLayout, labelled
from kopdes_desktop.ui.forms.cooperative_choice import CooperativeChoice
from kopdes_desktop.ui.forms.inputs import DateEdit
from kopdes_desktop.ui.paged_table_model import PagedTableModel
from kopdes_desktop.ui.review_columns import author_label, review_columns
from kopdes_desktop.ui.screen_fit import compact_combo
from kopdes_desktop.ui.tasks import TaskRunner
from kopdes_desktop.ui.visit_review_view import VisitReviewView, load_photos

# BAs, kabupaten (id, name), and the cooperatives the filters offer.
_Choices = tuple[list[tuple[str, str]], list[tuple[str, str]], list[CooperativeOption]]


# Below this page width the visit is shown under the queue instead of beside it.
SIDE_BY_SIDE_FROM = 1000


class ReviewPage(QWidget):
    help_topic = "review"  # its F1 guide: resources/help/<language>/review.md
    decision_saved = Signal(str)  # visit id
    count_changed = Signal(int)
    sync_requested = Signal()  # the empty queue's next step

    def __init__(self, services: AppServices, tasks: TaskRunner, language: str) -> None:
        super().__init__()
        self.services = services
        self.review = ReviewService(services.context)
        self.tasks = tasks
        self.language = language
        self.model: PagedTableModel[ReviewQueueItem, ReviewFilter] = PagedTableModel(
            self.review.queue, review_columns(language), ReviewFilter(), tasks
        )
        self._current: VisitUnderReview | None = None

        title = QLabel(self.tr("Review"))
        title.setObjectName("pageTitle")
        self.tabs = QTabWidget()
        self.tabs.addTab(self._queue_tab(), self.tr("Visits to review"))
        self.conflicts = ConflictsPanel(services, tasks, language)
        self.tabs.addTab(self.conflicts, self.tr("Clashes to settle"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

        self.model.total_changed.connect(self._total_changed)
        self.model.load_failed.connect(self._show_error)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        for combo in (self.author, self.kabupaten):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.cooperative.changed.connect(self.apply_filters)
        for edit in (self.date_from, self.date_to):
            edit.value_changed.connect(self.apply_filters)
        self.approve_button.clicked.connect(self.approve)
        self.send_back_button.clicked.connect(self.send_back)
        self.comment.textChanged.connect(lambda: self.error.setVisible(False))
        self._show_decision_buttons()

    # --- layout -----------------------------------------------------------------------------

    def _filters(self) -> QWidget:
        self.author = QComboBox()
        self.kabupaten = QComboBox()
        self.cooperative = CooperativeChoice([], placeholder=self.tr("All cooperatives"))
        self.date_from = DateEdit(self.services.context.today)
        self.date_to = DateEdit(self.services.context.today)
        bar = QWidget()
        filters = FlowLayout(bar)
        filters.setContentsMargins(0, 0, 0, 0)
        for text, widget, stretch in (
            (self.tr("&BA:"), self.author, 2),
            (self.tr("&Kabupaten:"), self.kabupaten, 2),
            (self.tr("&Cooperative:"), self.cooperative, 3),
            (self.tr("&From:"), self.date_from, 0),
            (self.tr("T&o:"), self.date_to, 0),
        ):
            if isinstance(widget, QComboBox):
                compact_combo(widget)
            filters.addWidget(labelled(text, widget), stretch)
        self._fill_combo(self.author, self.tr("All BAs"), [])
        self._fill_combo(self.kabupaten, self.tr("All kabupaten"), [])
        return bar

    def _queue_tab(self) -> QWidget:
        filters = self._filters()
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move inside
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        fit_columns_to_contents(self.table)
        elide_in_middle(self.table, 0)
        # The queue starts in order of arrival: say so on the "Submitted" column.
        header.setSortIndicator(len(review_columns(self.language)) - 1, Qt.SortOrder.AscendingOrder)
        self.count = QLabel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        # Where the queue is, when nothing waits: why, and what to do next.
        self.empty = EmptyState(icons.REVIEW)
        self.queue_area = QStackedWidget()
        self.queue_area.addWidget(self.table)
        self.queue_area.addWidget(self.empty)
        left_layout.addWidget(self.queue_area, 1)
        left_layout.addWidget(self.count)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self._decision_panel())
        splitter.setSizes([700, 420])
        splitter.setStretchFactor(0, 1)  # on a wider screen the queue grows first
        self.splitter = splitter
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(filters)
        layout.addWidget(splitter, 1)
        return tab

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Side by side the queue keeps about half a netbook's width: only the cooperative column
        # showed, the BA and dates behind a sideways scroll. There the visit goes under it.
        wide = self.width() >= SIDE_BY_SIDE_FROM
        wanted = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
            self.splitter.setSizes([700, 420] if wide else [220, 300])

    def _decision_panel(self) -> QWidget:
        self.view = VisitReviewView(self.language)
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(
            self.tr("What should the BA fix? (required to send a visit back)")
        )
        self.comment.setMaximumHeight(70)
        self.comment.setTabChangesFocus(True)
        self.approve_button = QPushButton(self.tr("&Approve"))
        self.send_back_button = QPushButton(self.tr("Needs &revision"))
        self.error = QLabel()
        theme.set_tone(self.error, theme.ERROR)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.read_only_note = QLabel(self.tr("Only a PMO of this kabupaten can review visits."))
        self.read_only_note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.send_back_button)
        buttons.addStretch(1)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.view, 1)
        right_layout.addWidget(self.read_only_note)
        right_layout.addWidget(self.comment)
        right_layout.addWidget(self.error)
        right_layout.addLayout(buttons)
        return right

    @staticmethod
    def _fill_combo(combo: QComboBox, everything: str, choices: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for value, text in choices:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    # --- data -------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Re-read the queue, the filter choices and the clashes (after a sync or a decision)."""
        self._show_decision_buttons()
        self.tasks.read(self._choices, self._show_choices)
        self.model.set_filter(self.criteria())
        self.conflicts.refresh()

    def _choices(self) -> _Choices:
        authors = [(i, author_label(i, name)) for i, name in self.review.authors()]
        return authors, self.review.kabupaten_choices(), self.services.cooperatives.options()

    def _show_choices(self, choices: _Choices) -> None:
        authors, kabupaten, cooperatives = choices
        self._fill_combo(self.author, self.tr("All BAs"), authors)
        self._fill_combo(self.kabupaten, self.tr("All kabupaten"), kabupaten)
        # A PMO of one kabupaten has nothing to choose: "all" would only mean the same.
        only_one = len(kabupaten) == 1
        if only_one:
            self.kabupaten.blockSignals(True)
            self.kabupaten.removeItem(self.kabupaten.findData(None))
            self.kabupaten.blockSignals(False)
        self.kabupaten.setEnabled(not only_one)
        self.cooperative.set_options(cooperatives)

    def criteria(self) -> ReviewFilter:
        current = self.model.criteria
        return replace(
            current,
            author_id=self.author.currentData(),
            kabupaten_code=self.kabupaten.currentData(),
            cooperative_id=self.cooperative.value() or None,
            date_from=self.date_from.value(),
            date_to=self.date_to.value(),
        )

    def apply_filters(self) -> None:
        self.model.set_filter(self.criteria())

    def _total_changed(self, total: int) -> None:
        self.count.setText(self.tr("%1 waiting for review").replace("%1", counts.visits(total)))
        self.count_changed.emit(total)
        self._show_empty_state(total == 0)
        still_listed = self._current is not None and self.model.row_of(
            self._current.detail.visit.id
        )
        if not still_listed:
            self._show_visit(None)

    def _show_empty_state(self, empty: bool) -> None:
        if not empty:
            self.queue_area.setCurrentWidget(self.table)
            return
        # A kabupaten the PMO cannot change (their only one) is their scope, not a filter.
        chosen = (
            self.author.currentData(),
            self.kabupaten.currentData() if self.kabupaten.isEnabled() else None,
            self.cooperative.value(),
            self.date_from.value(),
            self.date_to.value(),
        )
        if any(chosen):
            self.empty.show_state(
                self.tr("No visit waiting for review matches these filters."),
                self.tr("Show all"),
                self.clear_filters,
            )
        else:
            self.empty.show_state(
                self.tr("No visits wait for your review. Visits the BAs submit come with sync."),
                self.tr("Sync now"),
                self.sync_requested.emit,
            )
        self.queue_area.setCurrentWidget(self.empty)

    def clear_filters(self) -> None:
        fields = (self.author, self.kabupaten, self.cooperative, self.date_from, self.date_to)
        for field in fields:
            field.blockSignals(True)
        self.author.setCurrentIndex(0)
        self.kabupaten.setCurrentIndex(0)
        self.cooperative.set_value("")
        self.date_from.set_value(None)
        self.date_to.set_value(None)
        for field in fields:
            field.blockSignals(False)
        self.apply_filters()

    def _show_error(self, reason: str) -> None:
        self.error.setText(self.tr("The list could not be read: %1").replace("%1", reason))
        self.error.setVisible(True)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if not rows:
            return
        visit_id = self.model.item(rows[0].row()).id
        self.open_visit(visit_id)

    def open_visit(self, visit_id: str) -> None:
        def read() -> tuple[VisitUnderReview, dict[str, QImage]]:
            shown = self.review.get(visit_id)
            return shown, load_photos(shown)

        self.tasks.read(read, lambda result: self._show_visit_and_previews(*result))

    def _show_visit_and_previews(self, shown: VisitUnderReview, images: dict[str, QImage]) -> None:
        """Show the visit now; photos not on this laptop get their previews fetched, then the
        visit is shown again with them."""
        self._show_visit(shown, images)
        missing = [photo.sha256 for photo in shown.detail.photos if photo.sha256 not in images]
        if not missing:
            return
        service = self.services.photos

        def previews() -> dict[str, QImage]:
            service.previews(missing)
            return load_photos(shown)

        def arrived(found: dict[str, QImage]) -> None:
            still_shown = self._current is not None and self._current.detail.visit.id == (
                shown.detail.visit.id
            )
            if still_shown and len(found) > len(images):
                self.view.show_visit(shown, found)

        self.tasks.fetch(previews, arrived)

    def _show_visit(
        self, shown: VisitUnderReview | None, images: dict[str, QImage] | None = None
    ) -> None:
        self._current = shown
        if shown is None:
            self.view.show_nothing()
        else:
            self.view.show_visit(shown, images or {})
        self.comment.clear()
        self.error.setVisible(False)
        self._show_decision_buttons()

    def _show_decision_buttons(self) -> None:
        can_review = self.review.can_review
        awaiting = self._current is not None and self._current.detail.visit.status.awaiting_review
        for widget in (self.approve_button, self.send_back_button, self.comment):
            widget.setVisible(can_review)
            widget.setEnabled(awaiting)
        self.read_only_note.setVisible(not can_review)

    # --- decisions ----------------------------------------------------------------------------

    def approve(self) -> None:
        if self._current is not None:
            visit_id = self._current.detail.visit.id
            self._decide(lambda: self.review.approve(visit_id))

    def send_back(self) -> None:
        if self._current is None:
            return
        comment = self.comment.toPlainText().strip()
        if not comment:
            self._decision_failed(CommentRequiredError())
            self.comment.setFocus()
            return
        visit_id = self._current.detail.visit.id
        self._decide(lambda: self.review.send_back(visit_id, comment))

    def _decide(self, decision: Callable[[], VisitDetail]) -> None:
        self.approve_button.setEnabled(False)
        self.send_back_button.setEnabled(False)
        self.tasks.write(decision, self._decided, self._decision_failed)

    def _decided(self, detail: VisitDetail) -> None:
        self.decision_saved.emit(detail.visit.id)
        if detail.visit.status is VisitStatus.NEEDS_REVISION:
            what = self.tr("Visit sent back to the BA for revision; they see your comment.")
        else:
            what = self.tr("Visit approved.")
        confirmation.confirm(self, confirmation.saved(what, self.services.context.sample))
        self._show_visit(None)
        self.model.refresh()

    def _decision_failed(self, error: Exception) -> None:
        messages = {
            "comment_required": self.tr("Write what the BA should fix before sending it back."),
            "not_allowed": self.tr("Only a PMO of this kabupaten can review this visit."),
            "not_editable": self.tr("This visit is no longer waiting for review."),
        }
        code = getattr(error, "code", "")
        self.error.setText(
            messages.get(code, self.tr("The decision was not saved: %1").replace("%1", str(error)))
        )
        self.error.setVisible(True)
        self._show_decision_buttons()
