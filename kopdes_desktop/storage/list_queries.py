"""The record lists, filtered, sorted and paged in SQL.

Lists never load whole tables: a page is one indexed query plus one count, so a PMO's laptop with
100,000 visits answers a filter keystroke as fast as a BA's with fifty.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, false, func, or_, select
from sqlalchemy.orm import Session, aliased

from kopdes_desktop.domain.enums import (
    OperationalStatus,
    OpportunityStatus,
    Priority,
    Sector,
    VisitPurpose,
    VisitStatus,
)
from kopdes_desktop.domain.listing import (
    COUNT_CAP,
    CooperativeFilter,
    CooperativeListItem,
    CooperativeOption,
    CooperativeSort,
    OpportunityFilter,
    OpportunityListItem,
    OpportunitySort,
    Page,
    PageRequest,
    VisitFilter,
    VisitListItem,
    VisitSort,
)
from kopdes_desktop.domain.regions import fold
from kopdes_desktop.storage.models import CooperativeRow, OpportunityRow, RegionRow, VisitRow


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _contains(column: Any, word: str) -> ColumnElement[bool]:
    # SQLite's LIKE already ignores ASCII case; wrapping the column in lower() would only
    # cost a function call per row.
    return column.like(_like(word), escape="\\")  # type: ignore[no-any-return]


def _cooperatives_named(word: str) -> Select[str]:
    # Matching the few hundred cooperative names once is far cheaper than testing the joined
    # name again for each of 100,000 visits (measured: halves a search keystroke).
    return select(CooperativeRow.id).where(_contains(CooperativeRow.name, word))


def _words(search: str) -> list[str]:
    return search.split()


def _page(
    session: Session, query: Select[*tuple[Any, ...]], page: PageRequest
) -> tuple[Sequence[Any], int]:
    page = page.clamped()
    capped = query.order_by(None).limit(COUNT_CAP + 1).subquery()
    total = session.scalar(select(func.count()).select_from(capped)) or 0
    rows = session.execute(query.offset(page.offset).limit(page.limit)).all()
    return rows, total


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


# --- cooperatives --------------------------------------------------------------------------


def list_cooperatives(session: Session, criteria: CooperativeFilter) -> Page[CooperativeListItem]:
    desa = aliased(RegionRow)
    kecamatan = aliased(RegionRow)
    kabupaten = aliased(RegionRow)
    last_visit = (
        select(func.max(VisitRow.visit_date))
        .where(VisitRow.cooperative_id == CooperativeRow.id, VisitRow.deleted.is_(False))
        .correlate(CooperativeRow)
        .scalar_subquery()
    )
    query = (
        select(
            CooperativeRow.id,
            CooperativeRow.name,
            CooperativeRow.village_code,
            func.coalesce(desa.name, ""),
            func.coalesce(kecamatan.name, ""),
            func.coalesce(kabupaten.name, ""),
            CooperativeRow.operational_status,
            CooperativeRow.member_count,
            last_visit.label("last_visit"),
        )
        .outerjoin(desa, desa.code == CooperativeRow.village_code)
        .outerjoin(kecamatan, kecamatan.code == CooperativeRow.kecamatan_code)
        .outerjoin(kabupaten, kabupaten.code == CooperativeRow.kabupaten_code)
        .where(CooperativeRow.deleted.is_(False))
    )
    for word in _words(criteria.search):
        folded = fold(word).strip()
        village_match = desa.folded_name.like(_like(folded), escape="\\") if folded else false()
        query = query.where(or_(_contains(CooperativeRow.name, word), village_match))
    if criteria.kabupaten_code:
        query = query.where(CooperativeRow.kabupaten_code == criteria.kabupaten_code)
    if criteria.kecamatan_code:
        query = query.where(CooperativeRow.kecamatan_code == criteria.kecamatan_code)
    if criteria.operational_status:
        query = query.where(CooperativeRow.operational_status == criteria.operational_status.value)
    sort_column: Any = {
        CooperativeSort.NAME: func.lower(CooperativeRow.name),
        CooperativeSort.VILLAGE: desa.name,
        CooperativeSort.KABUPATEN: kabupaten.name,
        CooperativeSort.STATUS: CooperativeRow.operational_status,
        CooperativeSort.MEMBERS: CooperativeRow.member_count,
        CooperativeSort.LAST_VISIT: last_visit,
    }[criteria.sort]
    order = sort_column.desc() if criteria.descending else sort_column.asc()
    query = query.order_by(order.nulls_last(), CooperativeRow.id)
    rows, total = _page(session, query, criteria.page)
    items = tuple(
        CooperativeListItem(
            id=row[0],
            name=row[1],
            village_code=row[2],
            village_name=row[3],
            kecamatan_name=row[4],
            kabupaten_name=row[5],
            operational_status=OperationalStatus(row[6]) if row[6] else None,
            member_count=row[7],
            last_visit_date=_date(row[8]),
        )
        for row in rows
    )
    return Page(items, total, criteria.page.clamped().offset)


def cooperative_choices(session: Session) -> list[tuple[str, str]]:
    query = (
        select(CooperativeRow.id, CooperativeRow.name)
        .where(CooperativeRow.deleted.is_(False))
        .order_by(func.lower(CooperativeRow.name))
    )
    return [(row[0], row[1]) for row in session.execute(query)]


def cooperative_options(session: Session) -> list[CooperativeOption]:
    """Every live cooperative with its village and kecamatan, by name."""
    desa = aliased(RegionRow)
    kecamatan = aliased(RegionRow)
    query = (
        select(
            CooperativeRow.id,
            CooperativeRow.name,
            func.coalesce(desa.name, ""),
            func.coalesce(kecamatan.name, ""),
        )
        .outerjoin(desa, desa.code == CooperativeRow.village_code)
        .outerjoin(kecamatan, kecamatan.code == CooperativeRow.kecamatan_code)
        .where(CooperativeRow.deleted.is_(False))
        .order_by(func.lower(CooperativeRow.name), CooperativeRow.id)
    )
    return [CooperativeOption(*row) for row in session.execute(query)]


def cooperative_in_village(
    session: Session, village_code: str, other_than: str
) -> tuple[str, str] | None:
    """(id, name) of the live cooperative of a village, other than ``other_than``, if any."""
    row = session.execute(
        select(CooperativeRow.id, CooperativeRow.name)
        .where(
            CooperativeRow.village_code == village_code,
            CooperativeRow.deleted.is_(False),
            CooperativeRow.id != other_than,
        )
        .limit(1)
    ).first()
    return (row[0], row[1]) if row is not None else None


# --- visits --------------------------------------------------------------------------------


def list_visits(session: Session, criteria: VisitFilter) -> Page[VisitListItem]:
    query = (
        select(
            VisitRow.id,
            VisitRow.cooperative_id,
            CooperativeRow.name,
            VisitRow.visit_date,
            VisitRow.status,
            VisitRow.purposes,
            VisitRow.findings,
        )
        .join(CooperativeRow, CooperativeRow.id == VisitRow.cooperative_id)
        .where(VisitRow.deleted.is_(False))
    )
    for word in _words(criteria.search):
        query = query.where(
            or_(
                VisitRow.cooperative_id.in_(_cooperatives_named(word)),
                _contains(VisitRow.findings, word),
                _contains(VisitRow.problems, word),
            )
        )
    if criteria.cooperative_id:
        query = query.where(VisitRow.cooperative_id == criteria.cooperative_id)
    if criteria.status:
        query = query.where(VisitRow.status == criteria.status.value)
    if criteria.date_from:
        query = query.where(VisitRow.visit_date >= criteria.date_from.isoformat())
    if criteria.date_to:
        query = query.where(VisitRow.visit_date <= criteria.date_to.isoformat())
    sort_column: Any = {
        VisitSort.DATE: VisitRow.visit_date,
        VisitSort.COOPERATIVE: func.lower(CooperativeRow.name),
        VisitSort.STATUS: VisitRow.status,
    }[criteria.sort]
    order = sort_column.desc() if criteria.descending else sort_column.asc()
    query = query.order_by(order.nulls_last(), VisitRow.id.desc())
    rows, total = _page(session, query, criteria.page)
    items = tuple(
        VisitListItem(
            id=row[0],
            cooperative_id=row[1],
            cooperative_name=row[2],
            visit_date=_date(row[3]),
            status=VisitStatus(row[4]),
            purposes=tuple(VisitPurpose(p) for p in row[5] or ()),
            findings=row[6],
        )
        for row in rows
    )
    return Page(items, total, criteria.page.clamped().offset)


# --- opportunities -------------------------------------------------------------------------


def list_opportunities(session: Session, criteria: OpportunityFilter) -> Page[OpportunityListItem]:
    query = (
        select(
            OpportunityRow.id,
            OpportunityRow.cooperative_id,
            CooperativeRow.name,
            OpportunityRow.title,
            OpportunityRow.sector,
            OpportunityRow.commodity,
            OpportunityRow.capital_needed,
            OpportunityRow.priority,
            OpportunityRow.status,
        )
        .join(CooperativeRow, CooperativeRow.id == OpportunityRow.cooperative_id)
        .where(OpportunityRow.deleted.is_(False))
    )
    for word in _words(criteria.search):
        query = query.where(
            or_(
                _contains(OpportunityRow.title, word),
                _contains(OpportunityRow.commodity, word),
                OpportunityRow.cooperative_id.in_(_cooperatives_named(word)),
            )
        )
    conditions = []
    if criteria.cooperative_id:
        conditions.append(OpportunityRow.cooperative_id == criteria.cooperative_id)
    if criteria.sector:
        conditions.append(OpportunityRow.sector == criteria.sector.value)
    if criteria.status:
        conditions.append(OpportunityRow.status == criteria.status.value)
    if criteria.priority:
        conditions.append(OpportunityRow.priority == criteria.priority.value)
    if conditions:
        query = query.where(and_(*conditions))
    sort_column: Any = {
        OpportunitySort.TITLE: func.lower(OpportunityRow.title),
        OpportunitySort.COOPERATIVE: func.lower(CooperativeRow.name),
        OpportunitySort.SECTOR: OpportunityRow.sector,
        OpportunitySort.STATUS: OpportunityRow.status,
        OpportunitySort.CAPITAL: OpportunityRow.capital_needed,
    }[criteria.sort]
    order = sort_column.desc() if criteria.descending else sort_column.asc()
    query = query.order_by(order.nulls_last(), OpportunityRow.id)
    rows, total = _page(session, query, criteria.page)
    items = tuple(
        OpportunityListItem(
            id=row[0],
            cooperative_id=row[1],
            cooperative_name=row[2],
            title=row[3],
            sector=Sector(row[4]) if row[4] else None,
            commodity=row[5],
            capital_needed=row[6],
            priority=Priority(row[7]) if row[7] else None,
            status=OpportunityStatus(row[8]),
        )
        for row in rows
    )
    return Page(items, total, criteria.page.clamped().offset)
