"""The PMO's review queue, paged in SQL, and the names behind author ids.

A visit carries only its author's id. The directory of people the server sends names everyone
of the area (storage/directory.py); before a laptop has one (a server older than it), names come
from the review history the server writes: every accepted submit creates a review comment signed
with the author's full name, so the latest submit comment of any of a BA's visits names that BA.

Live rows are selected with ``deleted IS NOT 1`` (``is_not(True)``) rather than ``deleted = 0``
here and in the dashboard and report queries: without ANALYZE statistics SQLite otherwise picks
the barely selective ``deleted`` index over ``visit_id``/``status`` and scans every review
comment once per visit (7.8 s instead of 27 ms for the queue on 20,000 visits).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, exists, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from kopdes_desktop.domain.enums import VisitPurpose, VisitStatus
from kopdes_desktop.domain.listing import Page
from kopdes_desktop.domain.mutations import Intent, MutationOp
from kopdes_desktop.domain.records import RecordType
from kopdes_desktop.domain.reporting import (
    PendingDecision,
    ReviewFilter,
    ReviewQueueItem,
    ReviewSort,
)
from kopdes_desktop.storage import directory
from kopdes_desktop.storage.models import (
    Account,
    CooperativeRow,
    OutboxEntry,
    RegionRow,
    ReviewCommentRow,
    VisitRow,
)

SUBMITTED_STATES = (VisitStatus.SUBMITTED.value, VisitStatus.RESUBMITTED.value)


def in_area(area: Sequence[str]) -> ColumnElement[bool] | None:
    """Cooperatives of the given kabupaten codes; None (no condition) for an empty area."""
    return CooperativeRow.kabupaten_code.in_(tuple(area)) if area else None


def not_looked_up(column: Any) -> Any:
    """``column || ''``: the same value, which SQLite will not look up in an index. Without
    ANALYZE statistics SQLite takes any equality on an indexed column as selective; where it is
    not (the author of a BA's own visits: nearly all of them; a waiting status on a PMO's
    laptop), this keeps the plan on the index that reads a few rows."""
    return column.concat("")


def parse_time(text: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def parse_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def author_names(session: Session) -> dict[str, str]:
    """User id → full name, for every author this laptop has a name for."""
    latest_submit = (
        select(
            VisitRow.author_id,
            ReviewCommentRow.author_name,
            func.max(ReviewCommentRow.created_at),
        )
        .join(VisitRow, VisitRow.id == ReviewCommentRow.visit_id)
        .where(
            ReviewCommentRow.deleted.is_not(True),
            ReviewCommentRow.to_status.in_(SUBMITTED_STATES),
            ReviewCommentRow.author_name != "",
        )
        # SQLite returns the bare author_name of the row holding the max(): the latest name.
        .group_by(VisitRow.author_id)
    )
    names = {row[0]: row[1] for row in session.execute(latest_submit) if row[0]}
    names.update(directory.names(session))
    account = session.scalars(select(Account).limit(1)).first()
    if account is not None and account.user_id and account.full_name:
        names[account.user_id] = account.full_name
    return names


def author_names_of(session: Session, author_ids: Sequence[str]) -> dict[str, str]:
    """``author_names`` for a few authors only (Beranda shows five): the same sources in the
    same order, without grouping the whole review history. An author's history name is that
    of the latest submit among their latest visit of each status that has one."""
    wanted = [author for author in dict.fromkeys(author_ids) if author]
    names: dict[str, str] = {}
    for author in wanted:
        signed = [
            found
            for status in VisitStatus
            if status is not VisitStatus.DRAFT  # never submitted: no submit comment
            and (found := _latest_submit_name(session, author, status)) is not None
        ]
        if signed:
            names[author] = max(signed, key=lambda pair: pair[1])[0]
    known = directory.names(session)
    names.update({author: known[author] for author in wanted if author in known})
    account = session.scalars(select(Account).limit(1)).first()
    if account is not None and account.user_id in wanted and account.full_name:
        names[account.user_id] = account.full_name
    return names


def _latest_submit_name(
    session: Session, author_id: str, status: VisitStatus
) -> tuple[str, str] | None:
    """(name, time) of the submit comment on the author's latest visit of ``status`` that has
    one: a walk down ix_visit_author_status_date that stops at the first."""
    row = session.execute(
        select(ReviewCommentRow.author_name, func.coalesce(ReviewCommentRow.created_at, ""))
        .join(VisitRow, VisitRow.id == ReviewCommentRow.visit_id)
        .where(
            VisitRow.author_id == author_id,
            VisitRow.status == status.value,
            ReviewCommentRow.deleted.is_not(True),
            ReviewCommentRow.to_status.in_(SUBMITTED_STATES),
            ReviewCommentRow.author_name != "",
        )
        .order_by(VisitRow.visit_date.desc())
        .limit(1)
    ).first()
    return (row[0], row[1]) if row is not None else None


def submitted_at_column() -> Any:
    """When the visit was last (re)submitted, by the server's clock in its review history."""
    return (
        select(func.max(ReviewCommentRow.created_at))
        .where(
            ReviewCommentRow.visit_id == VisitRow.id,
            ReviewCommentRow.deleted.is_not(True),
            ReviewCommentRow.to_status.in_(SUBMITTED_STATES),
        )
        .correlate(VisitRow)
        .scalar_subquery()
    )


def _queue_query(criteria: ReviewFilter) -> tuple[Select[Any], dict[ReviewSort, Any]]:
    kabupaten = aliased(RegionRow)
    submitted_at = submitted_at_column()
    query = (
        select(
            VisitRow.id,
            VisitRow.cooperative_id,
            CooperativeRow.name,
            CooperativeRow.kabupaten_code,
            func.coalesce(kabupaten.name, ""),
            VisitRow.author_id,
            VisitRow.visit_date,
            VisitRow.status,
            submitted_at.label("submitted_at"),
            VisitRow.purposes,
        )
        .join(CooperativeRow, CooperativeRow.id == VisitRow.cooperative_id)
        .outerjoin(kabupaten, kabupaten.code == CooperativeRow.kabupaten_code)
        .where(
            VisitRow.deleted.is_not(True),
            CooperativeRow.deleted.is_not(True),
            VisitRow.status.in_(SUBMITTED_STATES),
        )
    )
    area = in_area(criteria.area)
    if area is not None:
        query = query.where(area)
    if criteria.author_id:
        query = query.where(VisitRow.author_id == criteria.author_id)
    if criteria.kabupaten_code:
        query = query.where(CooperativeRow.kabupaten_code == criteria.kabupaten_code)
    if criteria.cooperative_id:
        query = query.where(VisitRow.cooperative_id == criteria.cooperative_id)
    if criteria.date_from:
        query = query.where(VisitRow.visit_date >= criteria.date_from.isoformat())
    if criteria.date_to:
        query = query.where(VisitRow.visit_date <= criteria.date_to.isoformat())
    sorts = {
        ReviewSort.DATE: VisitRow.visit_date,
        ReviewSort.COOPERATIVE: func.lower(CooperativeRow.name),
        ReviewSort.AUTHOR: VisitRow.author_id,
        # A visit with no submit comment yet was submitted on this laptop: it waits shortest.
        ReviewSort.WAITING: func.coalesce(submitted_at, "9999"),
    }
    return query, sorts


def review_queue(session: Session, criteria: ReviewFilter) -> Page[ReviewQueueItem]:
    query, sorts = _queue_query(criteria)
    column = sorts[criteria.sort]
    order = column.desc() if criteria.descending else column.asc()
    query = query.order_by(order.nulls_last(), VisitRow.visit_date, VisitRow.id)
    page = criteria.page.clamped()
    total = session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0
    rows = session.execute(query.offset(page.offset).limit(page.limit)).all()
    names = author_names(session) if rows else {}
    items = tuple(
        ReviewQueueItem(
            id=row[0],
            cooperative_id=row[1],
            cooperative_name=row[2],
            kabupaten_code=row[3],
            kabupaten_name=row[4],
            author_id=row[5],
            author_name=names.get(row[5], ""),
            visit_date=parse_date(row[6]),
            status=VisitStatus(row[7]),
            submitted_at=parse_time(row[8]),
            purposes=tuple(VisitPurpose(p) for p in row[9] or ()),
        )
        for row in rows
    )
    return Page(items, total, page.offset)


def visit_authors(session: Session, area: Sequence[str]) -> list[tuple[str, str]]:
    """(author id, name) of everyone with a visit in the area, for the "BA" filter."""
    query = (
        select(VisitRow.author_id)
        .join(CooperativeRow, CooperativeRow.id == VisitRow.cooperative_id)
        .where(VisitRow.deleted.is_not(True), VisitRow.author_id != "")
        .distinct()
    )
    condition = in_area(area)
    if condition is not None:
        query = query.where(condition)
    names = author_names(session)
    authors = [(author_id, names.get(author_id, "")) for author_id in session.scalars(query)]
    return sorted(authors, key=lambda pair: (pair[1] == "", pair[1].lower(), pair[0]))


def cooperative_kabupaten(session: Session, cooperative_id: str) -> str | None:
    return session.scalar(
        select(CooperativeRow.kabupaten_code).where(CooperativeRow.id == cooperative_id)
    )


def pending_decisions(session: Session, visit_id: str) -> list[PendingDecision]:
    """Status intents for the visit still waiting in the outbox, oldest first."""
    entries = session.scalars(
        select(OutboxEntry)
        .where(
            OutboxEntry.record_type == RecordType.VISIT.value,
            OutboxEntry.record_id == visit_id,
            OutboxEntry.op == MutationOp.INTENT.value,
            OutboxEntry.intent == Intent.SET_VISIT_STATUS.value,
        )
        .order_by(OutboxEntry.mutation_id)
    )
    return [
        PendingDecision(
            visit_id=visit_id,
            from_status=VisitStatus(entry.intent_args["from"]),
            to_status=VisitStatus(entry.intent_args["to"]),
            comment=str(entry.intent_args.get("comment", "")),
            device_time=entry.device_time,
        )
        for entry in entries
    ]


def kabupaten_codes_present(session: Session) -> list[str]:
    query = (
        select(CooperativeRow.kabupaten_code)
        .where(CooperativeRow.deleted.is_not(True), CooperativeRow.kabupaten_code != "")
        .distinct()
    )
    return sorted(session.scalars(query))


def waiting_count(session: Session, area: Sequence[str], cap: int) -> int:
    """How many visits wait for review in the area, counted up to ``cap`` + 1."""
    query = (
        select(literal(1))
        .select_from(VisitRow)
        .join(CooperativeRow, CooperativeRow.id == VisitRow.cooperative_id)
        .where(
            VisitRow.status.in_(SUBMITTED_STATES),
            VisitRow.deleted.is_not(True),
            CooperativeRow.deleted.is_not(True),
        )
    )
    condition = in_area(area)
    if condition is not None:
        query = query.where(condition)
    return session.scalar(select(func.count()).select_from(query.limit(cap + 1).subquery())) or 0


# How many submit comments the walk of ``longest_waiting`` reads at a time.
_WALK_BATCH = 256


def longest_waiting(
    session: Session, area: Sequence[str], limit: int
) -> list[tuple[str, str, str, str | None, datetime | None]]:
    """The first ``limit`` visits of the review queue in its WAITING order (the longest
    waiting first, then visit date and id; visits with no submit time last): (visit id,
    cooperative name, author id, visit date, submitted at).

    The queue itself computes every waiting visit's submit time and sorts them: on a laptop
    holding tens of thousands of waiting visits that takes a second. Here the submit comments
    are read in time order from just before the oldest waiting visit's date (a visit is
    submitted after it happened) and a visit is taken at its latest submit comment, so only a
    few hundred rows are read.
    """
    oldest = session.scalar(
        select(func.min(VisitRow.visit_date)).where(
            VisitRow.status.in_(SUBMITTED_STATES), VisitRow.deleted.is_not(True)
        )
    )
    found: list[tuple[str, str, str, str | None, datetime | None]] = []
    if oldest is not None:
        # Two days early: a comment's server time is UTC, a visit's date is local (WIB).
        after = ((parse_date(oldest) or date.min) - timedelta(days=2)).isoformat()
        found = _walk_submits(session, area, limit, after)
    if len(found) < limit:
        found += _never_submitted_here(session, area, limit - len(found))
    return found


def _walk_submits(
    session: Session, area: Sequence[str], limit: int, after: str
) -> list[tuple[str, str, str, str | None, datetime | None]]:
    later = aliased(ReviewCommentRow)
    is_latest = ~exists().where(
        later.visit_id == ReviewCommentRow.visit_id,
        later.to_status.in_(SUBMITTED_STATES),
        later.deleted.is_not(True),
        later.created_at > ReviewCommentRow.created_at,
    )
    query = (
        select(
            VisitRow.id,
            CooperativeRow.name,
            VisitRow.author_id,
            VisitRow.visit_date,
            ReviewCommentRow.created_at,
            ReviewCommentRow.id,
        )
        .select_from(ReviewCommentRow)
        .join(VisitRow, VisitRow.id == ReviewCommentRow.visit_id)
        .join(CooperativeRow, CooperativeRow.id == VisitRow.cooperative_id)
        .where(
            ReviewCommentRow.to_status.in_(SUBMITTED_STATES),
            ReviewCommentRow.deleted.is_not(True),
            not_looked_up(VisitRow.status).in_(SUBMITTED_STATES),  # the comments lead
            VisitRow.deleted.is_not(True),
            CooperativeRow.deleted.is_not(True),
            is_latest,
        )
    )
    if area:  # checked per comment, not looked up: the comments lead
        query = query.where(not_looked_up(CooperativeRow.kabupaten_code).in_(tuple(area)))
    found: list[tuple[str, str, str, str | None, str]] = []
    cursor = (after, "")
    while True:
        # One batch of comments in time order, from the cursor on: the comment table leads,
        # its time index gives the order, each comment's visit is looked up by id.
        comments = session.execute(
            select(ReviewCommentRow.created_at, ReviewCommentRow.id)
            .where(
                ReviewCommentRow.created_at >= cursor[0],
                or_(ReviewCommentRow.created_at > cursor[0], ReviewCommentRow.id > cursor[1]),
                ReviewCommentRow.to_status.in_(SUBMITTED_STATES),
                ReviewCommentRow.deleted.is_not(True),
            )
            .order_by(ReviewCommentRow.created_at, ReviewCommentRow.id)
            .limit(_WALK_BATCH)
        ).all()
        if not comments:
            break
        ids = [comment_id for _created, comment_id in comments]
        for row in session.execute(query.where(ReviewCommentRow.id.in_(ids))):
            found.append((row[0], row[1], row[2], row[3], row[4] or ""))
        cursor = (comments[-1][0] or "", comments[-1][1])
        found.sort(key=lambda entry: (entry[4], entry[3] or "", entry[0]))
        # Done once ``limit`` are found and no later comment can come before the last of them.
        if len(found) >= limit and cursor[0] > found[limit - 1][4]:
            break
    return [(v, name, author, day, parse_time(at)) for v, name, author, day, at in found[:limit]]


def _never_submitted_here(
    session: Session, area: Sequence[str], limit: int
) -> list[tuple[str, str, str, str | None, datetime | None]]:
    """Waiting visits without a submit comment (submitted on this laptop): last, by date."""
    submitted = (
        select(ReviewCommentRow.id)
        .where(
            ReviewCommentRow.visit_id == VisitRow.id,
            ReviewCommentRow.to_status.in_(SUBMITTED_STATES),
            ReviewCommentRow.deleted.is_not(True),
        )
        .exists()
    )
    query = (
        select(VisitRow.id, CooperativeRow.name, VisitRow.author_id, VisitRow.visit_date)
        .join(CooperativeRow, CooperativeRow.id == VisitRow.cooperative_id)
        .where(
            VisitRow.status.in_(SUBMITTED_STATES),
            VisitRow.deleted.is_not(True),
            CooperativeRow.deleted.is_not(True),
            ~submitted,
        )
        .order_by(VisitRow.visit_date, VisitRow.id)
        .limit(limit)
    )
    condition = in_area(area)
    if condition is not None:
        query = query.where(condition)
    return [(row[0], row[1], row[2], row[3], None) for row in session.execute(query)]
