"""Dasbor: the figures behind the PMO's and the BA's charts, as plain data.

Each call is one read transaction of grouped SQL counts (a few dozen rows), so the screens can
redraw every chart after a sync without paging through the visits themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kopdes_desktop.domain.listing import CooperativeListItem, Page
from kopdes_desktop.domain.reporting import (
    ActionDue,
    CoverageBucket,
    CoverageFilter,
    CoverageGroup,
    CoverageRow,
    Crosstab,
    ReviewBacklog,
    SentBackVisit,
    WeeklyVisits,
)
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.storage import dashboard_queries as queries

WEEKS_SHOWN = 12
DUE_SOON_DAYS = 14


@dataclass(frozen=True, slots=True)
class PmoDashboard:
    coverage_by_kabupaten: tuple[CoverageRow, ...]
    coverage_by_ba: tuple[CoverageRow, ...]
    weekly_visits: WeeklyVisits
    opportunities: Crosstab  # sector × status
    operational_status: tuple[tuple[str, int], ...]  # (status value or "", cooperatives)
    business_units: Crosstab  # unit type × unit status
    backlog: ReviewBacklog
    # BA rows count the cooperatives assigned to each BA (the row without a BA: not assigned);
    # False before the laptop has the directory: each cooperative counts for its latest visitor.
    coverage_by_assignment: bool = True


@dataclass(frozen=True, slots=True)
class BaDashboard:
    coverage: CoverageRow  # every cooperative on the laptop: the BA's assigned ones
    overdue: tuple[ActionDue, ...]
    due_soon: tuple[ActionDue, ...]
    sent_back: tuple[SentBackVisit, ...]


class DashboardService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    @property
    def shows_supervision(self) -> bool:
        """PMOs and admins see the area's figures; a BA sees their own."""
        return self._context.supervises

    def _area(self) -> tuple[str, ...]:
        return self._context.area()

    def pmo(self) -> PmoDashboard:
        today, area = self._context.today(), self._area()
        with self._context.database.read() as session:
            return PmoDashboard(
                coverage_by_kabupaten=tuple(
                    queries.coverage(session, CoverageGroup.KABUPATEN, today, area)
                ),
                coverage_by_ba=tuple(queries.coverage(session, CoverageGroup.BA, today, area)),
                weekly_visits=queries.weekly_visits(session, today, WEEKS_SHOWN, area),
                opportunities=queries.opportunities_by_sector_and_status(session, area),
                operational_status=tuple(queries.cooperatives_by_operational_status(session, area)),
                business_units=queries.business_units_by_type_and_status(session, area),
                backlog=queries.review_backlog(session, today, area),
                coverage_by_assignment=queries.by_assignment(session),
            )

    def ba(self) -> BaDashboard:
        today, author = self._context.today(), self._context.user_id or None
        with self._context.database.read() as session:
            rows = queries.coverage(session, CoverageGroup.KABUPATEN, today)
            overdue, due_soon = queries.actions_due(session, today, DUE_SOON_DAYS, author)
            sent_back = queries.sent_back_visits(session, author)
        # A BA's laptop holds only their assigned cooperatives: one row covers them all.
        totals = tuple((b, sum(row.count(b) for row in rows)) for b in CoverageBucket)
        coverage = CoverageRow(key="", label="", counts=totals)
        return BaDashboard(coverage, tuple(overdue), tuple(due_soon), tuple(sent_back))

    def coverage_list(self, criteria: CoverageFilter) -> Page[CooperativeListItem]:
        """The cooperatives behind a coverage bar (click-through), paged."""
        criteria = replace(criteria, area=self._area())
        with self._context.database.read() as session:
            return queries.list_coverage(session, criteria)
