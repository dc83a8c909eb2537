"""The map's figures: per cooperative, the facts a village is coloured by; the visits with GPS.

A handful of grouped queries per refresh (one row per cooperative or per opportunity group), so
the whole province redraws after a sync without paging through the visits.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kopdes_desktop.domain.coverage_map import (
    OPEN_OPPORTUNITY_STATES,
    CooperativeOnMap,
    OpportunityCount,
)
from kopdes_desktop.domain.enums import OperationalStatus, Sector
from kopdes_desktop.domain.reporting import Period
from kopdes_desktop.storage import directory
from kopdes_desktop.storage.dashboard_queries import last_visits
from kopdes_desktop.storage.models import (
    CooperativeAssignmentRow,
    CooperativeRow,
    OpportunityRow,
    VisitRow,
)
from kopdes_desktop.storage.review_queries import (
    SUBMITTED_STATES,
    author_names,
    in_area,
    parse_date,
    visit_authors,
)


def _sector(value: str | None) -> Sector | None:
    return Sector(value) if value and value in Sector._value2member_map_ else None


def _status(value: str | None) -> OperationalStatus | None:
    if value and value in OperationalStatus._value2member_map_:
        return OperationalStatus(value)
    return None


def cooperatives_on_map(
    session: Session,
    period: Period,
    area: Sequence[str] = (),
    author_id: str | None = None,
) -> list[CooperativeOnMap]:
    """Every live cooperative of the area with the facts its village is coloured by.

    Last visit: anyone's, on or before the period's end. Waiting for review: visits dated in the
    period (by ``author_id`` when given) that are submitted and not yet decided.
    """
    query = select(
        CooperativeRow.id,
        CooperativeRow.name,
        CooperativeRow.village_code,
        CooperativeRow.operational_status,
    ).where(CooperativeRow.deleted.is_not(True))
    area_condition = in_area(area)
    if area_condition is not None:
        query = query.where(area_condition)
    rows = session.execute(query.order_by(CooperativeRow.village_code, CooperativeRow.id)).all()
    if not rows:
        return []
    wanted = {row[0] for row in rows}

    last = last_visits(period.end)
    last_dates = {
        coop_id: parse_date(day)
        for coop_id, day in session.execute(select(last.c.cooperative_id, last.c.last_date))
        if coop_id in wanted
    }

    waiting_query = (
        select(VisitRow.cooperative_id, func.count())
        .where(
            VisitRow.deleted.is_not(True),
            VisitRow.status.in_(SUBMITTED_STATES),
            VisitRow.visit_date >= period.start.isoformat(),
            VisitRow.visit_date <= period.end.isoformat(),
        )
        .group_by(VisitRow.cooperative_id)
    )
    if author_id:
        waiting_query = waiting_query.where(VisitRow.author_id == author_id)
    waiting = {coop_id: n for coop_id, n in session.execute(waiting_query) if coop_id in wanted}

    opportunity_query = (
        select(
            OpportunityRow.cooperative_id,
            OpportunityRow.sector,
            func.trim(OpportunityRow.commodity),
            func.count(),
        )
        .where(
            OpportunityRow.deleted.is_not(True),
            OpportunityRow.status.in_([s.value for s in OPEN_OPPORTUNITY_STATES]),
        )
        .group_by(
            OpportunityRow.cooperative_id,
            OpportunityRow.sector,
            func.trim(OpportunityRow.commodity),
        )
    )
    opportunities: dict[str, list[OpportunityCount]] = {}
    for coop_id, sector, commodity, count in session.execute(opportunity_query):
        if coop_id in wanted:
            opportunities.setdefault(coop_id, []).append(
                OpportunityCount(_sector(sector), commodity or "", count)
            )

    return [
        CooperativeOnMap(
            id=coop_id,
            name=name,
            village_code=village_code,
            operational_status=_status(status),
            last_visit=last_dates.get(coop_id),
            waiting_review=waiting.get(coop_id, 0),
            opportunities=tuple(opportunities.get(coop_id, ())),
        )
        for coop_id, name, village_code, status in rows
    ]


def cooperatives_of_ba(session: Session, author_id: str, today: date) -> list[str]:
    """Ids of the cooperatives a BA coaches: those assigned to them in the directory of
    people. Before the laptop has a directory (a server older than it, the sample data): those
    whose latest visit is theirs (the dashboards' rule then)."""
    if directory.is_known(session):
        return directory.cooperatives_of(session, author_id)
    last = last_visits(today)
    query = select(last.c.cooperative_id).where(last.c.last_author == author_id)
    return list(session.scalars(query))


def ba_choices(session: Session, area: Sequence[str]) -> list[tuple[str, str]]:
    """(user id, name) of the BAs the map can be narrowed to: those assigned to a cooperative
    of the area, and anyone with a visit there (a BA who moved on still has dots on the map)."""
    found = dict(visit_authors(session, area))
    if directory.is_known(session):
        names = author_names(session)
        query = (
            select(CooperativeAssignmentRow.user_id)
            .join(CooperativeRow, CooperativeRow.id == CooperativeAssignmentRow.cooperative_id)
            .where(CooperativeRow.deleted.is_not(True))
            .distinct()
        )
        area_condition = in_area(area)
        if area_condition is not None:
            query = query.where(area_condition)
        for user_id in session.scalars(query):
            found[user_id] = names.get(user_id, "")
    return sorted(found.items(), key=lambda pair: (pair[1] == "", pair[1].lower(), pair[0]))


@dataclass(frozen=True, slots=True)
class GpsVisit:
    visit_id: str
    cooperative_id: str
    cooperative_name: str
    village_code: str
    author_id: str
    visit_date: date | None
    latitude: float
    longitude: float
    gps_source: str | None = None  # device, photo, manual (domain/position); None: not known


def visits_with_gps(
    session: Session, period: Period, area: Sequence[str] = (), author_id: str | None = None
) -> list[GpsVisit]:
    """The period's visits that carry both coordinates."""
    query = (
        select(
            VisitRow.id,
            VisitRow.cooperative_id,
            CooperativeRow.name,
            CooperativeRow.village_code,
            VisitRow.author_id,
            VisitRow.visit_date,
            VisitRow.latitude,
            VisitRow.longitude,
            VisitRow.gps_source,
        )
        .join(CooperativeRow, CooperativeRow.id == VisitRow.cooperative_id)
        .where(
            VisitRow.deleted.is_not(True),
            CooperativeRow.deleted.is_not(True),
            VisitRow.latitude.is_not(None),
            VisitRow.longitude.is_not(None),
            VisitRow.visit_date >= period.start.isoformat(),
            VisitRow.visit_date <= period.end.isoformat(),
        )
    )
    area_condition = in_area(area)
    if area_condition is not None:
        query = query.where(area_condition)
    if author_id:
        query = query.where(VisitRow.author_id == author_id)
    # In no particular order: sorting 17,000 rows costs more than the map needs.
    return [
        GpsVisit(row[0], row[1], row[2], row[3], row[4], parse_date(row[5]), row[6], row[7], row[8])
        for row in session.execute(query)
        if row[6] is not None and row[7] is not None
    ]


def commodities(session: Session, area: Sequence[str] = (), limit: int = 40) -> list[str]:
    """Commodities of open opportunities in the area, most frequent first (as first typed)."""
    query = (
        select(func.min(func.trim(OpportunityRow.commodity)), func.count())
        .join(CooperativeRow, CooperativeRow.id == OpportunityRow.cooperative_id)
        .where(
            OpportunityRow.deleted.is_not(True),
            CooperativeRow.deleted.is_not(True),
            OpportunityRow.status.in_([s.value for s in OPEN_OPPORTUNITY_STATES]),
            func.trim(OpportunityRow.commodity) != "",
        )
        .group_by(func.lower(func.trim(OpportunityRow.commodity)))
        .order_by(func.count().desc(), func.lower(func.trim(OpportunityRow.commodity)))
        .limit(limit)
    )
    area_condition = in_area(area)
    if area_condition is not None:
        query = query.where(area_condition)
    return [str(name) for name, _count in session.execute(query)]
