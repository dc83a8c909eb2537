"""Dashboard figures: grouped counts computed in SQL, a few rows each.

A cooperative's BA is the BA assigned to it in the directory of people the server sends
(storage/directory.py); a cooperative with two BAs counts for both, one with none is "not
assigned". Before a laptop has a directory (a server older than it, the sample data) the author
of its latest visit stands in. Visits count whatever their review status, from the day they
happened; visits dated after today (a typing slip) are left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any, TypeVar

from sqlalchemy import Select, case, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from kopdes_desktop.domain.enums import (
    BusinessUnitStatus,
    BusinessUnitType,
    OperationalStatus,
    OpportunityStatus,
    Sector,
    VisitStatus,
)
from kopdes_desktop.domain.listing import CooperativeListItem, CooperativeSort, Page
from kopdes_desktop.domain.reporting import (
    WIB,
    ActionDue,
    CoverageBucket,
    CoverageFilter,
    CoverageGroup,
    CoverageRow,
    Crosstab,
    PersonWeeks,
    ReviewBacklog,
    SentBackVisit,
    WaitingAge,
    WeeklyVisits,
)
from kopdes_desktop.storage import directory
from kopdes_desktop.storage.models import (
    AgreedActionRow,
    BusinessUnitRow,
    CooperativeAssignmentRow,
    CooperativeRow,
    OpportunityRow,
    RegionRow,
    ReviewCommentRow,
    VisitRow,
)
from kopdes_desktop.storage.review_queries import (
    SUBMITTED_STATES,
    author_names,
    in_area,
    parse_date,
    parse_time,
    submitted_at_column,
)

SelectT = TypeVar("SelectT", bound="Select[*tuple[Any, ...]]")


def _restrict(query: SelectT, area: Sequence[str]) -> SelectT:
    condition = in_area(area)
    return query if condition is None else query.where(condition)


# --- coverage --------------------------------------------------------------------------------


def last_visits(today: date) -> Any:
    """Per cooperative: the date of its latest visit and who made it."""
    return (
        select(
            VisitRow.cooperative_id.label("cooperative_id"),
            func.max(VisitRow.visit_date).label("last_date"),
            # SQLite returns the bare author_id of the row holding the max(): the latest visitor.
            VisitRow.author_id.label("last_author"),
        )
        .where(
            VisitRow.deleted.is_not(True),
            VisitRow.visit_date.is_not(None),
            VisitRow.visit_date <= today.isoformat(),
        )
        .group_by(VisitRow.cooperative_id)
        .subquery("last_visit")
    )


def _bucket_column(last_date: Any, today: date) -> Any:
    def cutoff(days: int) -> str:
        return (today - timedelta(days=days)).isoformat()

    return case(
        (last_date > cutoff(30), CoverageBucket.RECENT.value),
        (last_date > cutoff(60), CoverageBucket.DAYS_30.value),
        (last_date > cutoff(90), CoverageBucket.DAYS_60.value),
        else_=CoverageBucket.DAYS_90.value,
    )


def by_assignment(session: Session) -> bool:
    """Do BA figures follow the assignments (the laptop has the directory of people)?"""
    return directory.is_known(session)


def coverage(
    session: Session, group: CoverageGroup, today: date, area: Sequence[str] = ()
) -> list[CoverageRow]:
    last = last_visits(today)
    assigned = group is CoverageGroup.BA and by_assignment(session)
    if group is CoverageGroup.KABUPATEN:
        key: Any = CooperativeRow.kabupaten_code
    elif assigned:
        key = func.coalesce(CooperativeAssignmentRow.user_id, "")
    else:
        key = func.coalesce(last.c.last_author, "")
    bucket = _bucket_column(last.c.last_date, today)
    query = (
        select(key, bucket, func.count())
        .select_from(CooperativeRow)
        .outerjoin(last, last.c.cooperative_id == CooperativeRow.id)
        .where(CooperativeRow.deleted.is_not(True))
        .group_by(key, bucket)
    )
    if assigned:
        query = query.outerjoin(
            CooperativeAssignmentRow, CooperativeAssignmentRow.cooperative_id == CooperativeRow.id
        )
    query = _restrict(query, area)
    counts: dict[str, dict[CoverageBucket, int]] = {}
    for row_key, bucket_value, count in session.execute(query):
        counts.setdefault(row_key or "", {})[CoverageBucket(bucket_value)] = count
    labels = (
        _kabupaten_names(session, counts)
        if group is CoverageGroup.KABUPATEN
        else author_names(session)
    )
    rows = [
        CoverageRow(
            key=row_key,
            label=labels.get(row_key, ""),
            counts=tuple((bucket, by_bucket.get(bucket, 0)) for bucket in CoverageBucket),
        )
        for row_key, by_bucket in counts.items()
    ]
    # Named rows alphabetically; unnamed ones (never visited, unknown BA) last.
    return sorted(rows, key=lambda row: (row.key == "", row.label == "", row.label, row.key))


def _kabupaten_names(session: Session, codes: Sequence[str] | dict[str, Any]) -> dict[str, str]:
    query = select(RegionRow.code, RegionRow.name).where(RegionRow.code.in_(list(codes)))
    return {code: name for code, name in session.execute(query)}


def list_coverage(session: Session, criteria: CoverageFilter) -> Page[CooperativeListItem]:
    """The cooperatives behind one coverage bar, as the cooperative list shows them."""
    last = last_visits(criteria.today)
    desa, kecamatan, kabupaten = aliased(RegionRow), aliased(RegionRow), aliased(RegionRow)
    query = _restrict(
        select(
            CooperativeRow.id,
            CooperativeRow.name,
            CooperativeRow.village_code,
            func.coalesce(desa.name, ""),
            func.coalesce(kecamatan.name, ""),
            func.coalesce(kabupaten.name, ""),
            CooperativeRow.operational_status,
            CooperativeRow.member_count,
            last.c.last_date,
        )
        .outerjoin(last, last.c.cooperative_id == CooperativeRow.id)
        .outerjoin(desa, desa.code == CooperativeRow.village_code)
        .outerjoin(kecamatan, kecamatan.code == CooperativeRow.kecamatan_code)
        .outerjoin(kabupaten, kabupaten.code == CooperativeRow.kabupaten_code)
        .where(CooperativeRow.deleted.is_not(True)),
        criteria.area,
    )
    if criteria.group is CoverageGroup.KABUPATEN and criteria.key is not None:
        query = query.where(CooperativeRow.kabupaten_code == criteria.key)
    elif criteria.group is CoverageGroup.BA and criteria.key is not None:
        query = query.where(_coached_by(session, criteria.key, last))
    if criteria.bucket is not None:
        query = query.where(_bucket_column(last.c.last_date, criteria.today) == criteria.bucket)
    if criteria.not_visited_in_days is not None:
        cutoff = (criteria.today - timedelta(days=criteria.not_visited_in_days)).isoformat()
        query = query.where(or_(last.c.last_date.is_(None), last.c.last_date <= cutoff))
    sort_column: Any = {
        CooperativeSort.NAME: func.lower(CooperativeRow.name),
        CooperativeSort.VILLAGE: desa.name,
        CooperativeSort.KABUPATEN: kabupaten.name,
        CooperativeSort.STATUS: CooperativeRow.operational_status,
        CooperativeSort.MEMBERS: CooperativeRow.member_count,
        CooperativeSort.LAST_VISIT: last.c.last_date,
    }[criteria.sort]
    # Longest unvisited first: never-visited cooperatives lead an ascending last-visit sort.
    order = sort_column.desc() if criteria.descending else sort_column.asc()
    nulls = (
        order.nulls_first() if criteria.sort is CooperativeSort.LAST_VISIT else order.nulls_last()
    )
    query = query.order_by(nulls, CooperativeRow.id)
    page = criteria.page.clamped()
    total = session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0
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
            last_visit_date=parse_date(row[8]),
        )
        for row in session.execute(query.offset(page.offset).limit(page.limit))
    )
    return Page(items, total, page.offset)


def _coached_by(session: Session, key: str, last: Any) -> Any:
    """The cooperatives in a BA's coverage bar ("" : those without a BA)."""
    if not by_assignment(session):
        return func.coalesce(last.c.last_author, "") == key
    pairs = select(CooperativeAssignmentRow.cooperative_id)
    if not key:
        return CooperativeRow.id.not_in(pairs)
    return CooperativeRow.id.in_(pairs.where(CooperativeAssignmentRow.user_id == key))


# --- activity --------------------------------------------------------------------------------


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def weekly_visits(
    session: Session, today: date, weeks: int = 12, area: Sequence[str] = ()
) -> WeeklyVisits:
    """Visits per author per week (Monday to Sunday), the last ``weeks`` weeks up to today."""
    first = week_start(today) - timedelta(weeks=weeks - 1)
    mondays = tuple(first + timedelta(weeks=n) for n in range(weeks))
    query = _restrict(
        select(VisitRow.author_id, VisitRow.visit_date, func.count())
        .join(CooperativeRow, CooperativeRow.id == VisitRow.cooperative_id)
        .where(
            VisitRow.deleted.is_not(True),
            VisitRow.visit_date >= first.isoformat(),
            VisitRow.visit_date <= today.isoformat(),
        )
        .group_by(VisitRow.author_id, VisitRow.visit_date),
        area,
    )
    counts: dict[str, list[int]] = {}
    for author_id, visit_date, count in session.execute(query):
        index = (week_start(date.fromisoformat(str(visit_date))) - first).days // 7
        counts.setdefault(author_id, [0] * weeks)[index] += count
    names = author_names(session) if counts else {}
    people = sorted(
        (PersonWeeks(author, names.get(author, ""), tuple(c)) for author, c in counts.items()),
        key=lambda person: (person.name == "", person.name.lower(), person.person_id),
    )
    return WeeklyVisits(mondays, tuple(people))


def _crosstab(
    pairs: Sequence[tuple[str | None, str | None, int]],
    row_order: Sequence[str],
    column_order: Sequence[str],
) -> Crosstab:
    table: dict[str, dict[str, int]] = {}
    for row_key, column_key, count in pairs:
        table.setdefault(row_key or "", {})[column_key or ""] = count
    # Known keys in their product order, then anything unknown (an empty value last).
    rows = [key for key in row_order if key in table]
    rows += sorted(key for key in table if key not in row_order)
    columns = list(column_order) + sorted(
        {c for by_column in table.values() for c in by_column} - set(column_order)
    )
    return Crosstab(
        tuple(rows),
        tuple(columns),
        tuple(tuple(table[r].get(c, 0) for c in columns) for r in rows),
    )


def opportunities_by_sector_and_status(session: Session, area: Sequence[str] = ()) -> Crosstab:
    query = _restrict(
        select(OpportunityRow.sector, OpportunityRow.status, func.count())
        .join(CooperativeRow, CooperativeRow.id == OpportunityRow.cooperative_id)
        .where(OpportunityRow.deleted.is_not(True), CooperativeRow.deleted.is_not(True))
        .group_by(OpportunityRow.sector, OpportunityRow.status),
        area,
    )
    rows = [(r[0], r[1], r[2]) for r in session.execute(query)]
    return _crosstab(rows, [s.value for s in Sector], [s.value for s in OpportunityStatus])


def cooperatives_by_operational_status(
    session: Session, area: Sequence[str] = ()
) -> list[tuple[str, int]]:
    """(status value, or "" when not recorded; count) in the product's order."""
    query = _restrict(
        select(CooperativeRow.operational_status, func.count())
        .where(CooperativeRow.deleted.is_not(True))
        .group_by(CooperativeRow.operational_status),
        area,
    )
    counts = {status or "": count for status, count in session.execute(query)}
    order = [s.value for s in OperationalStatus] + [""]
    return [(status, counts[status]) for status in order if status in counts]


def business_units_by_type_and_status(session: Session, area: Sequence[str] = ()) -> Crosstab:
    query = _restrict(
        select(BusinessUnitRow.unit_type, BusinessUnitRow.status, func.count())
        .join(CooperativeRow, CooperativeRow.id == BusinessUnitRow.cooperative_id)
        .where(BusinessUnitRow.deleted.is_not(True), CooperativeRow.deleted.is_not(True))
        .group_by(BusinessUnitRow.unit_type, BusinessUnitRow.status),
        area,
    )
    rows = [(r[0], r[1], r[2]) for r in session.execute(query)]
    return _crosstab(
        rows, [t.value for t in BusinessUnitType], [s.value for s in BusinessUnitStatus]
    )


# --- review backlog and a BA's to-do -----------------------------------------------------------


def review_backlog(session: Session, today: date, area: Sequence[str] = ()) -> ReviewBacklog:
    query = _restrict(
        select(VisitRow.author_id, VisitRow.visit_date, submitted_at_column())
        .join(CooperativeRow, CooperativeRow.id == VisitRow.cooperative_id)
        .where(VisitRow.deleted.is_not(True), VisitRow.status.in_(SUBMITTED_STATES)),
        area,
    )
    by_age = dict.fromkeys(WaitingAge, 0)
    by_author: dict[str, int] = {}
    oldest: int | None = None
    for author_id, visit_date, submitted_text in session.execute(query):
        submitted = parse_time(submitted_text)
        # Server time of the submit when the history has it; the visit's own date otherwise.
        since = (
            submitted.astimezone(WIB).date()
            if submitted is not None and submitted.tzinfo is not None
            else submitted.date()
            if submitted is not None
            else parse_date(visit_date) or today
        )
        days = max(0, (today - since).days)
        by_age[WaitingAge.of(days)] += 1
        by_author[author_id] = by_author.get(author_id, 0) + 1
        oldest = days if oldest is None else max(oldest, days)
    names = author_names(session) if by_author else {}
    authors = sorted(
        ((author, names.get(author, ""), count) for author, count in by_author.items()),
        key=lambda entry: (-entry[2], entry[1].lower(), entry[0]),
    )
    return ReviewBacklog(
        total=sum(by_age.values()),
        by_age=tuple(by_age.items()),
        by_author=tuple(authors),
        oldest_waiting_days=oldest,
    )


def actions_due(
    session: Session, today: date, within_days: int = 14, author_id: str | None = None
) -> tuple[list[ActionDue], list[ActionDue]]:
    """(overdue, coming due within ``within_days``) agreed actions not yet done."""
    query = (
        select(
            AgreedActionRow.id,
            AgreedActionRow.visit_id,
            CooperativeRow.name,
            AgreedActionRow.description,
            AgreedActionRow.owner,
            AgreedActionRow.due_date,
        )
        .join(VisitRow, VisitRow.id == AgreedActionRow.visit_id)
        .join(CooperativeRow, CooperativeRow.id == VisitRow.cooperative_id)
        .where(
            AgreedActionRow.deleted.is_not(True),
            AgreedActionRow.done.is_(False),
            AgreedActionRow.due_date.is_not(None),
            AgreedActionRow.due_date <= (today + timedelta(days=within_days)).isoformat(),
            VisitRow.deleted.is_not(True),
        )
        .order_by(AgreedActionRow.due_date, CooperativeRow.name, AgreedActionRow.id)
    )
    if author_id:
        query = query.where(VisitRow.author_id == author_id)
    overdue: list[ActionDue] = []
    coming: list[ActionDue] = []
    for row in session.execute(query):
        due = date.fromisoformat(str(row[5]))
        action = ActionDue(row[0], row[1], row[2], row[3], row[4], due)
        (overdue if due < today else coming).append(action)
    return overdue, coming


def sent_back_visits(session: Session, author_id: str | None = None) -> list[SentBackVisit]:
    latest = (
        select(
            ReviewCommentRow.visit_id.label("visit_id"),
            ReviewCommentRow.comment.label("comment"),
            ReviewCommentRow.author_name.label("reviewer"),
            # SQLite returns the bare columns of the row holding the max(): the latest comment.
            func.max(ReviewCommentRow.created_at).label("created_at"),
        )
        .where(
            ReviewCommentRow.deleted.is_not(True),
            ReviewCommentRow.to_status == VisitStatus.NEEDS_REVISION.value,
        )
        .group_by(ReviewCommentRow.visit_id)
        .subquery()
    )
    query = (
        select(
            VisitRow.id,
            CooperativeRow.name,
            VisitRow.visit_date,
            func.coalesce(latest.c.comment, literal("")),
            func.coalesce(latest.c.reviewer, literal("")),
        )
        .join(CooperativeRow, CooperativeRow.id == VisitRow.cooperative_id)
        .outerjoin(latest, latest.c.visit_id == VisitRow.id)
        .where(VisitRow.deleted.is_not(True), VisitRow.status == VisitStatus.NEEDS_REVISION.value)
        .order_by(VisitRow.visit_date, VisitRow.id)
    )
    if author_id:
        query = query.where(VisitRow.author_id == author_id)
    return [
        SentBackVisit(row[0], row[1], parse_date(row[2]), row[3], row[4])
        for row in session.execute(query)
    ]
