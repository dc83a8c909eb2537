"""What the monthly reports and the spreadsheet exports read: whole records, in bulk.

Exports stream their rows (``yield_per``) so a PMO's 20,000 visits never sit in memory twice;
each row is a plain mapping of stored values (ISO text, enum values) plus joined names.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from kopdes_desktop.domain.records import (
    AgreedAction,
    Cooperative,
    Opportunity,
    Photo,
    RecordType,
    ReviewComment,
    Visit,
    VisitDetail,
)
from kopdes_desktop.domain.reporting import ExportDataset, ExportFilter, Period, created_between
from kopdes_desktop.storage import directory, record_store
from kopdes_desktop.storage.dashboard_queries import last_visits
from kopdes_desktop.storage.models import (
    AgreedActionRow,
    CooperativeAssignmentRow,
    CooperativeRow,
    OpportunityRow,
    PhotoRow,
    RegionRow,
    ReviewCommentRow,
    VisitRow,
)
from kopdes_desktop.storage.review_queries import author_names, in_area

STREAM_BATCH = 500


def _children_by_parent(
    session: Session, model: Any, parent_field: str, parent_ids: Sequence[str]
) -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = {}
    record_type = {
        AgreedActionRow: RecordType.AGREED_ACTION,
        PhotoRow: RecordType.PHOTO,
        ReviewCommentRow: RecordType.REVIEW_COMMENT,
    }[model]
    for start in range(0, len(parent_ids), STREAM_BATCH):
        chunk = parent_ids[start : start + STREAM_BATCH]
        rows = session.scalars(
            select(model)
            .where(getattr(model, parent_field).in_(chunk), model.deleted.is_not(True))
            .order_by(model.id)
        )
        for row in rows:
            record = record_store.row_to_record(record_type, row)
            found.setdefault(getattr(row, parent_field), []).append(record)
    return found


def visits_in_period(
    session: Session, period: Period, author_id: str | None, area: Sequence[str] = ()
) -> list[tuple[VisitDetail, Cooperative]]:
    """Visits dated in the period (any status but draft), oldest first, with their children."""
    query = (
        select(VisitRow, CooperativeRow)
        .join(CooperativeRow, CooperativeRow.id == VisitRow.cooperative_id)
        .where(
            VisitRow.deleted.is_not(True),
            VisitRow.status != "draft",
            VisitRow.visit_date >= period.start.isoformat(),
            VisitRow.visit_date <= period.end.isoformat(),
        )
        .order_by(VisitRow.visit_date, VisitRow.start_time, VisitRow.id)
    )
    if author_id:
        query = query.where(VisitRow.author_id == author_id)
    condition = in_area(area)
    if condition is not None:
        query = query.where(condition)
    pairs = session.execute(query).all()
    ids = [visit.id for visit, _coop in pairs]
    actions = _children_by_parent(session, AgreedActionRow, "visit_id", ids)
    photos = _children_by_parent(session, PhotoRow, "parent_id", ids)
    comments = _children_by_parent(session, ReviewCommentRow, "visit_id", ids)
    result = []
    for visit_row, coop_row in pairs:
        visit = record_store.row_to_record(RecordType.VISIT, visit_row)
        coop = record_store.row_to_record(RecordType.COOPERATIVE, coop_row)
        assert isinstance(visit, Visit)
        assert isinstance(coop, Cooperative)
        detail = VisitDetail(
            visit,
            tuple(a for a in actions.get(visit.id, ()) if isinstance(a, AgreedAction)),
            tuple(p for p in photos.get(visit.id, ()) if isinstance(p, Photo)),
            tuple(c for c in comments.get(visit.id, ()) if isinstance(c, ReviewComment)),
        )
        result.append((detail, coop))
    return result


def opportunities_made_in(
    session: Session, period: Period, author_id: str | None, area: Sequence[str] = ()
) -> list[tuple[Opportunity, str]]:
    """Opportunity notes made during the period (by their UUIDv7 ids), with cooperative names."""
    low, high = created_between(period)
    query = (
        select(OpportunityRow, CooperativeRow.name)
        .join(CooperativeRow, CooperativeRow.id == OpportunityRow.cooperative_id)
        .where(
            OpportunityRow.deleted.is_not(True), OpportunityRow.id >= low, OpportunityRow.id < high
        )
        .order_by(OpportunityRow.id)
    )
    if author_id:
        query = query.where(OpportunityRow.author_id == author_id)
    condition = in_area(area)
    if condition is not None:
        query = query.where(condition)
    result = []
    for row, name in session.execute(query):
        note = record_store.row_to_record(RecordType.OPPORTUNITY, row)
        assert isinstance(note, Opportunity)
        result.append((note, name))
    return result


def cooperative_coverage(
    session: Session,
    period: Period,
    *,
    area: Sequence[str] = (),
    visited_by: str | None = None,
    counted_author: str | None = None,
) -> list[tuple[str, str, str, date | None, int]]:
    """(id, name, village code, last visit up to the period's end, visits in the period).

    Visits in the period are the submitted ones (drafts are not reported), by
    ``counted_author`` when given. ``visited_by`` keeps the cooperatives assigned to that BA in
    the directory of people (a PMO's report on one BA), or, before the laptop has a directory,
    those the BA has ever visited; without it every cooperative of the area is listed (a BA's
    laptop holds their own).
    """
    last = last_visits(period.end)
    counted = (
        select(func.count())
        .where(
            VisitRow.cooperative_id == CooperativeRow.id,
            VisitRow.deleted.is_not(True),
            VisitRow.status != "draft",
            VisitRow.visit_date >= period.start.isoformat(),
            VisitRow.visit_date <= period.end.isoformat(),
        )
        .correlate(CooperativeRow)
    )
    if counted_author:
        counted = counted.where(VisitRow.author_id == counted_author)
    in_period = counted.scalar_subquery()
    query = (
        select(
            CooperativeRow.id,
            CooperativeRow.name,
            CooperativeRow.village_code,
            last.c.last_date,
            in_period,
        )
        .outerjoin(last, last.c.cooperative_id == CooperativeRow.id)
        .where(CooperativeRow.deleted.is_not(True))
        .order_by(func.lower(CooperativeRow.name), CooperativeRow.id)
    )
    condition = in_area(area)
    if condition is not None:
        query = query.where(condition)
    if visited_by and directory.is_known(session):
        query = query.where(
            CooperativeRow.id.in_(
                select(CooperativeAssignmentRow.cooperative_id).where(
                    CooperativeAssignmentRow.user_id == visited_by
                )
            )
        )
    elif visited_by:
        query = query.where(
            CooperativeRow.id.in_(
                select(VisitRow.cooperative_id).where(
                    VisitRow.author_id == visited_by, VisitRow.deleted.is_not(True)
                )
            )
        )
    return [
        (row[0], row[1], row[2], date.fromisoformat(row[3]) if row[3] else None, row[4])
        for row in session.execute(query)
    ]


def visit_counts_by_author_and_status(
    session: Session, period: Period, area: Sequence[str] = ()
) -> dict[str, dict[str, int]]:
    """Author id → status value → visits dated in the period."""
    query = (
        select(VisitRow.author_id, VisitRow.status, func.count())
        .join(CooperativeRow, CooperativeRow.id == VisitRow.cooperative_id)
        .where(
            VisitRow.deleted.is_not(True),
            VisitRow.visit_date >= period.start.isoformat(),
            VisitRow.visit_date <= period.end.isoformat(),
        )
        .group_by(VisitRow.author_id, VisitRow.status)
    )
    condition = in_area(area)
    if condition is not None:
        query = query.where(condition)
    counts: dict[str, dict[str, int]] = {}
    for author, status, count in session.execute(query):
        counts.setdefault(author, {})[status] = count
    return counts


def cooperatives_visited_by_author(
    session: Session, period: Period, area: Sequence[str] = ()
) -> dict[str, int]:
    query = (
        select(VisitRow.author_id, func.count(func.distinct(VisitRow.cooperative_id)))
        .join(CooperativeRow, CooperativeRow.id == VisitRow.cooperative_id)
        .where(
            VisitRow.deleted.is_not(True),
            VisitRow.visit_date >= period.start.isoformat(),
            VisitRow.visit_date <= period.end.isoformat(),
        )
        .group_by(VisitRow.author_id)
    )
    condition = in_area(area)
    if condition is not None:
        query = query.where(condition)
    return {author: count for author, count in session.execute(query)}


def assigned_per_ba(session: Session, area: Sequence[str] = ()) -> dict[str, int]:
    """BA id → live cooperatives of the area assigned to them (empty without a directory)."""
    query = (
        select(CooperativeAssignmentRow.user_id, func.count())
        .join(CooperativeRow, CooperativeRow.id == CooperativeAssignmentRow.cooperative_id)
        .where(CooperativeRow.deleted.is_not(True))
        .group_by(CooperativeAssignmentRow.user_id)
    )
    condition = in_area(area)
    if condition is not None:
        query = query.where(condition)
    return {user_id: number for user_id, number in session.execute(query)}


def names(session: Session) -> dict[str, str]:
    return author_names(session)


# --- exports ---------------------------------------------------------------------------------


def _visits_query(places: tuple[Any, ...], criteria: ExportFilter) -> Select[Any]:
    actions = (
        select(func.count())
        .where(AgreedActionRow.visit_id == VisitRow.id, AgreedActionRow.deleted.is_not(True))
        .correlate(VisitRow)
        .scalar_subquery()
    )
    query = (
        select(
            VisitRow,
            CooperativeRow.name.label("cooperative_name"),
            *places,
            actions.label("action_count"),
        )
        .join(CooperativeRow, CooperativeRow.id == VisitRow.cooperative_id)
        .where(VisitRow.deleted.is_not(True))
        .order_by(VisitRow.visit_date, func.lower(CooperativeRow.name), VisitRow.id)
    )
    if criteria.period is not None:
        query = query.where(
            VisitRow.visit_date >= criteria.period.start.isoformat(),
            VisitRow.visit_date <= criteria.period.end.isoformat(),
        )
    if criteria.visit_status is not None:
        query = query.where(VisitRow.status == criteria.visit_status.value)
    if criteria.author_id:
        query = query.where(VisitRow.author_id == criteria.author_id)
    return query


def _opportunities_query(places: tuple[Any, ...], criteria: ExportFilter) -> Select[Any]:
    query = (
        select(OpportunityRow, CooperativeRow.name.label("cooperative_name"), *places)
        .join(CooperativeRow, CooperativeRow.id == OpportunityRow.cooperative_id)
        .where(OpportunityRow.deleted.is_not(True))
        .order_by(func.lower(CooperativeRow.name), OpportunityRow.id)
    )
    if criteria.period is not None:
        low, high = created_between(criteria.period)
        query = query.where(OpportunityRow.id >= low, OpportunityRow.id < high)
    if criteria.author_id:
        query = query.where(OpportunityRow.author_id == criteria.author_id)
    return query


def _export_query(dataset: ExportDataset, criteria: ExportFilter) -> Select[Any]:
    desa, kecamatan, kabupaten = aliased(RegionRow), aliased(RegionRow), aliased(RegionRow)
    places = (
        func.coalesce(desa.name, "").label("village_name"),
        func.coalesce(kecamatan.name, "").label("kecamatan_name"),
        func.coalesce(kabupaten.name, "").label("kabupaten_name"),
    )
    if dataset is ExportDataset.COOPERATIVES:
        last = last_visits(date.max)
        query = (
            select(CooperativeRow, *places, last.c.last_date.label("last_visit"))
            .outerjoin(last, last.c.cooperative_id == CooperativeRow.id)
            .order_by(kabupaten.name, func.lower(CooperativeRow.name), CooperativeRow.id)
        )
    elif dataset is ExportDataset.VISITS:
        query = _visits_query(places, criteria)
    else:
        query = _opportunities_query(places, criteria)
    query = (
        query.outerjoin(desa, desa.code == CooperativeRow.village_code)
        .outerjoin(kecamatan, kecamatan.code == CooperativeRow.kecamatan_code)
        .outerjoin(kabupaten, kabupaten.code == CooperativeRow.kabupaten_code)
        .where(CooperativeRow.deleted.is_not(True))
    )
    if criteria.cooperative_id:
        query = query.where(CooperativeRow.id == criteria.cooperative_id)
    if criteria.kabupaten_code:
        query = query.where(CooperativeRow.kabupaten_code == criteria.kabupaten_code)
    condition = in_area(criteria.area)
    if condition is not None:
        query = query.where(condition)
    return query


def count_export_rows(session: Session, dataset: ExportDataset, criteria: ExportFilter) -> int:
    query = _export_query(dataset, criteria).order_by(None)
    return session.scalar(select(func.count()).select_from(query.subquery())) or 0


def export_rows(
    session: Session, dataset: ExportDataset, criteria: ExportFilter
) -> Iterator[dict[str, Any]]:
    """Each row as {field: stored value} of the record, plus the joined names."""
    names_by_author = author_names(session) if dataset is not ExportDataset.COOPERATIVES else {}
    result = session.execute(_export_query(dataset, criteria)).yield_per(STREAM_BATCH)
    for row in result:
        mapping = row._mapping
        record_row = row[0]
        values = {
            column.key: getattr(record_row, column.key) for column in record_row.__table__.columns
        }
        for key, value in mapping.items():
            if isinstance(key, str) and value is not record_row:
                values[key] = value
        if "author_id" in values:
            values["author_name"] = names_by_author.get(values["author_id"], "")
        yield values
