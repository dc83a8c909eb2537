"""Dasbor: coverage, activity, opportunities, cooperatives and the review backlog as charts.

A PMO (or admin) sees the area's charts; clicking a bar lists what is behind it below the
charts (cooperatives not visited in 60 days of one BA, plantation ideas, ...). A BA sees their
own coverage, the agreed actions coming due or overdue, and the visits sent back to them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.domain.enums import (
    BusinessUnitStatus,
    BusinessUnitType,
    OperationalStatus,
    OpportunityStatus,
    Sector,
)
from kopdes_desktop.domain.listing import (
    CooperativeFilter,
    CooperativeListItem,
    OpportunityFilter,
    OpportunityListItem,
)
from kopdes_desktop.domain.reporting import (
    CoverageBucket,
    CoverageFilter,
    CoverageGroup,
    CoverageRow,
    WaitingAge,
)
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.dashboard import BaDashboard, DashboardService, PmoDashboard
from kopdes_desktop.ui import counts, labels
from kopdes_desktop.ui.charts import BarSet, StackedBarChart
from kopdes_desktop.ui.cooperative_names import (
    distinguishing_name,
    elide_in_middle,
    fit_columns_to_contents,
)
from kopdes_desktop.ui.formatting import format_count, format_date
from kopdes_desktop.ui.list_columns import cooperative_columns, opportunity_columns
from kopdes_desktop.ui.paged_table_model import PagedTableModel
from kopdes_desktop.ui.review_columns import author_label
from kopdes_desktop.ui.tasks import TaskRunner

translate = QCoreApplication.translate
TWO_CHART_COLUMNS_FROM = 900  # px of the charts' area: below it, one chart per row


def bucket_label(bucket: CoverageBucket) -> str:
    """The same words as the map's legend (labels.py): one set of visit-age bands."""
    return labels.label(bucket)


def waiting_label(age: WaitingAge) -> str:
    return {
        WaitingAge.UNDER_7: translate("Dashboard", "Under a week"),
        WaitingAge.DAYS_7: translate("Dashboard", "1–2 weeks"),
        WaitingAge.DAYS_14: translate("Dashboard", "2 weeks or more"),
    }[age]


def coverage_sets(rows: list[CoverageRow] | tuple[CoverageRow, ...]) -> list[BarSet]:
    return [BarSet(bucket_label(b), [row.count(b) for row in rows]) for b in CoverageBucket]


def _enum_label(enum_type: Any, value: str) -> str:
    try:
        return labels.label(enum_type(value))
    except ValueError:
        return translate("Dashboard", "Not recorded")


def _say_when_empty(widget: QListWidget, sentence: str) -> None:
    """An empty list says so in a line of its own (that cannot be chosen or opened)."""
    if widget.count() == 0:
        line = QListWidgetItem(sentence)
        line.setFlags(Qt.ItemFlag.NoItemFlags)
        widget.addItem(line)


class DashboardPage(QWidget):
    help_topic = "dashboard"  # its F1 guide: resources/help/<language>/dashboard.md
    open_visit = Signal(str)

    def __init__(self, services: AppServices, tasks: TaskRunner, language: str) -> None:
        super().__init__()
        self.services = services
        self.dashboard = DashboardService(services.context)
        self.tasks = tasks
        self.language = language
        self.board: PmoDashboard | None = None
        self._ba_rows: list[CoverageRow] = []  # the BA chart's bars, in order (clicks map to them)
        title = QLabel(self.tr("Dashboard"))
        title.setObjectName("pageTitle")
        self.views = QStackedWidget()
        self.views.addWidget(self._pmo_view())
        self.views.addWidget(self._ba_view())
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.views, 1)

    # --- PMO ----------------------------------------------------------------------------------

    def _pmo_view(self) -> QWidget:
        self.by_kabupaten = StackedBarChart(self.tr("Cooperatives by last visit, per kabupaten"))
        self.by_ba = StackedBarChart(self.tr("Cooperatives by last visit, per BA"))
        self.weekly = StackedBarChart(self.tr("Visits per BA per week"), horizontal=False)
        self.opportunities = StackedBarChart(self.tr("Business opportunities by sector and status"))
        self.operational = StackedBarChart(self.tr("Cooperatives by operational status"))
        self.units = StackedBarChart(self.tr("Business units by type and status"))
        self.backlog = StackedBarChart(self.tr("Visits waiting for review, by BA"))
        self.backlog_summary = QLabel()
        self.backlog_summary.setWordWrap(True)  # one long sentence must not widen the page
        self.unassigned = self._unassigned_button()
        charts = QWidget()
        self._chart_grid = QGridLayout(charts)
        self._charts = (
            self.by_kabupaten,
            self.by_ba,
            self.weekly,
            self.backlog,
            self.opportunities,
            self.operational,
            self.units,
        )
        self._chart_columns = 0
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(charts)
        # Two charts side by side where they fit, one under the other on a netbook.
        self._chart_scroll = scroll
        scroll.viewport().installEventFilter(self)
        self._arrange_charts(2)

        today = self.services.context.today()
        self.coverage_model: PagedTableModel[CooperativeListItem, CoverageFilter] = PagedTableModel(
            self.dashboard.coverage_list,
            cooperative_columns(self.language),
            CoverageFilter(today),
            self.tasks,
        )
        self.cooperative_model: PagedTableModel[CooperativeListItem, CooperativeFilter] = (
            PagedTableModel(
                self.services.cooperatives.list,
                cooperative_columns(self.language),
                CooperativeFilter(),
                self.tasks,
            )
        )
        self.opportunity_model: PagedTableModel[OpportunityListItem, OpportunityFilter] = (
            PagedTableModel(
                self.services.opportunities.list,
                opportunity_columns(self.language),
                OpportunityFilter(),
                self.tasks,
            )
        )
        self.drill_title = QLabel(self.tr("Click a bar to list what is behind it."))
        self.drill_table = QTableView()
        self.drill_table.setTabKeyNavigation(False)
        self.drill_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.drill_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.drill_table.setAlternatingRowColors(True)
        self.drill_table.verticalHeader().setVisible(False)
        self.drill_table.setModel(self.coverage_model)
        elide_in_middle(self.drill_table, 0, 1)  # cooperative lists; opportunities' second
        fit_columns_to_contents(self.drill_table)
        drill = QWidget()
        drill_layout = QVBoxLayout(drill)
        drill_layout.setContentsMargins(0, 0, 0, 0)
        drill_layout.addWidget(self.drill_title)
        drill_layout.addWidget(self.drill_table, 1)

        self.by_kabupaten.bar_clicked.connect(
            lambda s, c: self._coverage_clicked(CoverageGroup.KABUPATEN, s, c)
        )
        self.by_ba.bar_clicked.connect(lambda s, c: self._coverage_clicked(CoverageGroup.BA, s, c))
        self.opportunities.bar_clicked.connect(self._opportunity_clicked)
        self.operational.bar_clicked.connect(self._operational_clicked)
        for model in (self.coverage_model, self.cooperative_model, self.opportunity_model):
            model.total_changed.connect(self._drill_total)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(scroll)
        splitter.addWidget(drill)
        splitter.setSizes([460, 200])
        return splitter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._chart_scroll.viewport() and event.type() == QEvent.Type.Resize:
            wide = self._chart_scroll.viewport().width() >= TWO_CHART_COLUMNS_FROM
            self._arrange_charts(2 if wide else 1)
        return super().eventFilter(watched, event)

    def _arrange_charts(self, columns: int) -> None:
        if columns == self._chart_columns:
            return
        self._chart_columns = columns
        for index, chart in enumerate(self._charts):
            self._chart_grid.addWidget(chart, index // columns, index % columns)
        rows = (len(self._charts) + columns - 1) // columns
        self._chart_grid.addWidget(self.unassigned, rows, 0, 1, columns)
        self._chart_grid.addWidget(self.backlog_summary, rows + 1, 0, 1, columns)

    def show_pmo(self, board: PmoDashboard) -> None:
        self.board = board
        kabupaten = board.coverage_by_kabupaten
        self.by_kabupaten.set_data(
            [row.label or row.key for row in kabupaten], coverage_sets(kabupaten)
        )
        self._show_coverage_by_ba(board)
        weekly = board.weekly_visits
        self.weekly.set_data(
            [format_date(monday, self.language).rsplit(" ", 1)[0] for monday in weekly.weeks],
            [BarSet(author_label(p.person_id, p.name), p.counts) for p in weekly.people],
        )
        opportunities = board.opportunities
        self.opportunities.set_data(
            [_enum_label(Sector, key) for key in opportunities.row_keys],
            [
                BarSet(
                    _enum_label(OpportunityStatus, status),
                    [opportunities.count(row, status) for row in opportunities.row_keys],
                )
                for status in opportunities.column_keys
            ],
        )
        self.operational.set_data(
            [_enum_label(OperationalStatus, status) for status, _n in board.operational_status],
            [BarSet(self.tr("Cooperatives"), [n for _s, n in board.operational_status])],
        )
        units = board.business_units
        self.units.set_data(
            [_enum_label(BusinessUnitType, key) for key in units.row_keys],
            [
                BarSet(
                    _enum_label(BusinessUnitStatus, status),
                    [units.count(row, status) for row in units.row_keys],
                )
                for status in units.column_keys
            ],
        )
        backlog = board.backlog
        self.backlog.set_data(
            [author_label(author, name) for author, name, _n in backlog.by_author],
            [BarSet(self.tr("Visits"), [n for _a, _name, n in backlog.by_author])],
        )
        ages = ", ".join(
            f"{waiting_label(age)}: {format_count(n, self.language)}" for age, n in backlog.by_age
        )
        self.backlog_summary.setText(
            self.tr("Waiting for review: %1 (%2); the oldest for %3.")
            .replace("%1", counts.visits(backlog.total))
            .replace("%2", ages)
            .replace("%3", counts.days(backlog.oldest_waiting_days or 0))
        )

    def _unassigned_button(self) -> QPushButton:
        # Cooperatives nobody is assigned to are told in words, not as a bar: a bar of 175
        # beside BAs with 10 each would flatten every BA's bar to nothing.
        button = QPushButton()
        button.setVisible(False)
        button.clicked.connect(self._unassigned_clicked)
        return button

    def _show_coverage_by_ba(self, board: PmoDashboard) -> None:
        people = board.coverage_by_ba
        unassigned = None
        if board.coverage_by_assignment:
            unassigned = next((row for row in people if not row.key), None)
            people = tuple(row for row in people if row.key)
        self._ba_rows = list(people)
        never = self.tr("Never visited")
        self.by_ba.set_data(
            [author_label(row.key, row.label) if row.key else never for row in people],
            coverage_sets(people),
        )
        count = unassigned.total if unassigned is not None else 0
        self.unassigned.setVisible(count > 0)
        self.unassigned.setText(
            self.tr("No BA assigned: %1 (list them)").replace("%1", counts.cooperatives(count))
        )

    def _unassigned_clicked(self) -> None:
        self._show_drill(self.coverage_model, self.tr("No BA assigned"))
        self.coverage_model.set_filter(
            CoverageFilter(self.services.context.today(), CoverageGroup.BA, "")
        )

    def _show_drill(self, model: PagedTableModel[Any, Any], title: str) -> None:
        self.drill_table.setModel(model)
        fit_columns_to_contents(self.drill_table)
        self._drill_heading = title
        self.drill_title.setText(title)

    def _drill_total(self, total: int) -> None:
        if self.sender() is self.drill_table.model():
            self.drill_title.setText(
                f"{self._drill_heading} — {format_count(total, self.language)}"
            )

    def _coverage_clicked(self, group: CoverageGroup, set_index: int, category: int) -> None:
        if self.board is None:
            return
        rows = (
            self.board.coverage_by_kabupaten if group is CoverageGroup.KABUPATEN else self._ba_rows
        )
        row, bucket = rows[category], list(CoverageBucket)[set_index]
        chart = self.by_kabupaten if group is CoverageGroup.KABUPATEN else self.by_ba
        self._show_drill(
            self.coverage_model,
            f"{chart.categories[category]}: {bucket_label(bucket)}",
        )
        self.coverage_model.set_filter(
            CoverageFilter(self.services.context.today(), group, row.key, bucket)
        )

    def _opportunity_clicked(self, set_index: int, category: int) -> None:
        if self.board is None:
            return
        crosstab = self.board.opportunities
        sector, status = crosstab.row_keys[category], crosstab.column_keys[set_index]
        self._show_drill(
            self.opportunity_model,
            f"{self.opportunities.categories[category]}: {self.opportunities.sets[set_index].name}",
        )
        self.opportunity_model.set_filter(
            OpportunityFilter(
                sector=Sector(sector) if sector else None,
                status=OpportunityStatus(status) if status else None,
            )
        )

    def _operational_clicked(self, _set_index: int, category: int) -> None:
        if self.board is None:
            return
        status = self.board.operational_status[category][0]
        self._show_drill(self.cooperative_model, self.operational.categories[category])
        self.cooperative_model.set_filter(
            CooperativeFilter(operational_status=OperationalStatus(status) if status else None)
        )

    # --- BA -----------------------------------------------------------------------------------

    def _ba_view(self) -> QWidget:
        self.own_coverage = StackedBarChart(self.tr("My cooperatives by last visit"))
        self.overdue = QListWidget()
        self.due_soon = QListWidget()
        self.sent_back = QListWidget()
        self.sent_back.itemActivated.connect(
            lambda item: self.open_visit.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        view = QWidget()
        grid = QGridLayout(view)
        grid.addWidget(self.own_coverage, 0, 0, 1, 3)
        for column, (text, widget) in enumerate(
            (
                (self.tr("Agreed actions overdue"), self.overdue),
                (self.tr("Agreed actions due in the next 14 days"), self.due_soon),
                (self.tr("Visits sent back to me"), self.sent_back),
            )
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            label.setWordWrap(True)  # three side by side must fit a netbook's width
            grid.addWidget(label, 1, column)
            grid.addWidget(widget, 2, column)
        return view

    def show_ba(self, board: BaDashboard) -> None:
        self.own_coverage.set_data([self.tr("My cooperatives")], coverage_sets([board.coverage]))
        for widget, actions, none in (
            (self.overdue, board.overdue, self.tr("No agreed action is overdue.")),
            (
                self.due_soon,
                board.due_soon,
                self.tr("Nothing due in the next 14 days."),
            ),
        ):
            widget.clear()
            for action in actions:
                due = format_date(action.due_date, self.language)
                widget.addItem(
                    f"{due} · {distinguishing_name(action.cooperative_name)}: "
                    f"{action.description}" + (f" ({action.owner})" if action.owner else "")
                )
            _say_when_empty(widget, none)
        self.sent_back.clear()
        for visit in board.sent_back:
            when = format_date(visit.visit_date, self.language)
            self.sent_back.addItem(
                f"{distinguishing_name(visit.cooperative_name)}, {when}: {visit.comment}"
            )
            self.sent_back.item(self.sent_back.count() - 1).setData(
                Qt.ItemDataRole.UserRole, visit.visit_id
            )
        _say_when_empty(self.sent_back, self.tr("No visit is sent back to you."))

    # --- refresh ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        if self.dashboard.shows_supervision:
            self.views.setCurrentIndex(0)
            self.tasks.read(self.dashboard.pmo, self.show_pmo)
        else:
            self.views.setCurrentIndex(1)
            self.tasks.read(self.dashboard.ba, self.show_ba)
