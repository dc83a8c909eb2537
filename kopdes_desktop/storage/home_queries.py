"""Beranda's to-do lists in SQL: each query returns how many there are and the first few.

Live rows are selected with ``deleted IS NOT 1`` (``is_not(True)``) as in review_queries.py, so
SQLite keeps to the status, date and cooperative indexes instead of the barely selective
``deleted`` one. Every list is ordered by what should be done first, ties by name and id so the
order is stable.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Select, and_, exists, func, select
from sqlalchemy.orm import Session, aliased

from kopdes_desktop.domain.enums import Role, VisitStatus
from kopdes_desktop.domain.todo import (
    TodoItem,
    TodoKind,
    TodoSection,
    due_by,
    not_visited_band,
    not_visited_since,
    this_month,
    this_week,
)
from kopdes_desktop.storage import directory
from kopdes_desktop.storage.models import (
    AgreedActionRow,
    CooperativeRow,
    Person,
    ReviewCommentRow,
    VisitRow,
)
from kopdes_desktop.storage.review_queries import in_area, parse_date, visit_authors


def _counted(
    session: Session, query: Select[*tuple[Any, ...]], limit: int
) -> tuple[int, list[Any]]:
    total = session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0
    rows = list(session.execute(query.limit(limit)).all()) if total else []
    return total, rows


def _own_visits(status: VisitStatus, author_id: str) -> Select[*tuple[Any, ...]]:
    return (
        select(VisitRow.id, CooperativeRow.name, VisitRow.visit_date)
        .join(CooperativeRow, CooperativeRow.id == VisitRow.cooperative_id)
        .where(
            VisitRow.status == status.value,
            VisitRow.deleted.is_not(True),
            CooperativeRow.deleted.is_not(True),
            VisitRow.author_id == author_id,
        )
        # Oldest first: the longer a visit waits, the harder it is to remember what happened.
        .order_by(VisitRow.visit_date.asc().nulls_first(), CooperativeRow.name, VisitRow.id)
    )


def has_cooperatives(session: Session) -> bool:
    found = session.scalar(
        select(CooperativeRow.id).where(CooperativeRow.deleted.is_not(True)).limit(1)
    )
    return found is not None


def drafts(session: Session, author_id: str, limit: int) -> TodoSection:
    """The user's visits not yet submitted."""
    total, rows = _counted(session, _own_visits(VisitStatus.DRAFT, author_id), limit)
    items = tuple(TodoItem(TodoKind.DRAFT, row[0], row[1], parse_date(row[2])) for row in rows)
    return TodoSection(TodoKind.DRAFT, total, items)


def sent_back(session: Session, author_id: str, limit: int) -> TodoSection:
    """The user's visits a PMO sent back, each with the latest review comment (what to fix)."""
    query = _own_visits(VisitStatus.NEEDS_REVISION, author_id)
    total, rows = _counted(session, query, limit)
    items = []
    for visit_id, name, visit_date in rows:
        latest = session.execute(
            select(ReviewCommentRow.comment, ReviewCommentRow.author_name)
            .where(
                ReviewCommentRow.visit_id == visit_id,
                ReviewCommentRow.deleted.is_not(True),
                ReviewCommentRow.to_status == VisitStatus.NEEDS_REVISION.value,
            )
            .order_by(ReviewCommentRow.created_at.desc(), ReviewCommentRow.id.desc())
            .limit(1)
        ).first()
        comment, reviewer = latest if latest is not None else ("", "")
        items.append(
            TodoItem(
                TodoKind.SENT_BACK,
                visit_id,
                name,
                parse_date(visit_date),
                text=comment,
                who=reviewer,
            )
        )
    return TodoSection(TodoKind.SENT_BACK, total, tuple(items))


def actions_due(session: Session, author_id: str, today: date, limit: int) -> TodoSection:
    """Open agreed actions of the user's visits, overdue or due soon, the most overdue first.
    The item opens the visit the action was agreed in."""
    query = (
        select(
            AgreedActionRow.visit_id,
            CooperativeRow.name,
            AgreedActionRow.due_date,
            AgreedActionRow.description,
            AgreedActionRow.owner,
        )
        .join(VisitRow, VisitRow.id == AgreedActionRow.visit_id)
        .join(CooperativeRow, CooperativeRow.id == VisitRow.cooperative_id)
        .where(
            AgreedActionRow.due_date <= due_by(today).isoformat(),
            AgreedActionRow.due_date.is_not(None),
            AgreedActionRow.done.is_(False),
            AgreedActionRow.deleted.is_not(True),
            VisitRow.deleted.is_not(True),
            VisitRow.author_id == author_id,
            CooperativeRow.deleted.is_not(True),
        )
        .order_by(AgreedActionRow.due_date, CooperativeRow.name, AgreedActionRow.id)
    )
    total, rows = _counted(session, query, limit)
    items = tuple(
        TodoItem(TodoKind.ACTION_DUE, row[0], row[1], parse_date(row[2]), text=row[3], who=row[4])
        for row in rows
    )
    return TodoSection(TodoKind.ACTION_DUE, total, items)


def not_visited(session: Session, today: date, limit: int) -> TodoSection:
    """Cooperatives on this laptop whose latest visit is 30 days old or more, or that were
    never visited: never visited first, then the longest ago."""
    last_visit = (
        select(func.max(VisitRow.visit_date))
        .where(VisitRow.cooperative_id == CooperativeRow.id, VisitRow.deleted.is_not(True))
        .correlate(CooperativeRow)
        .scalar_subquery()
        .label("last_visit")
    )
    since = not_visited_since(today).isoformat()
    query = (
        select(CooperativeRow.id, CooperativeRow.name, last_visit)
        .where(CooperativeRow.deleted.is_not(True))
        .order_by(last_visit.asc().nulls_first(), CooperativeRow.name, CooperativeRow.id)
    )
    # One pass over the cooperatives (hundreds, each an index lookup): the bands need them all.
    stale = [
        (row[0], row[1], parse_date(row[2]))
        for row in session.execute(query)
        if row[2] is None or row[2] <= since
    ]
    bands: dict[int, int] = {}
    for _id, _name, last in stale:
        band = not_visited_band(last, today)
        if band is not None:
            bands[band] = bands.get(band, 0) + 1
    items = tuple(
        TodoItem(TodoKind.NOT_VISITED, coop_id, name, last) for coop_id, name, last in stale[:limit]
    )
    return TodoSection(TodoKind.NOT_VISITED, len(stale), items, tuple(sorted(bands.items())))


def planned_this_week(session: Session, author_id: str, today: date, limit: int) -> TodoSection:
    """Next visits the user planned for this week (Monday to Sunday) that have not happened:
    no later visit of the cooperative since the one that planned it. Opens the planning visit."""
    monday, sunday = this_week(today)
    later = aliased(VisitRow)
    query = (
        select(VisitRow.id, CooperativeRow.name, VisitRow.next_visit_date, VisitRow.next_visit_plan)
        .join(CooperativeRow, CooperativeRow.id == VisitRow.cooperative_id)
        .where(
            VisitRow.next_visit_date.between(monday.isoformat(), sunday.isoformat()),
            VisitRow.deleted.is_not(True),
            VisitRow.author_id == author_id,
            CooperativeRow.deleted.is_not(True),
            ~exists().where(
                and_(
                    later.cooperative_id == VisitRow.cooperative_id,
                    later.visit_date > VisitRow.visit_date,
                    later.deleted.is_not(True),
                )
            ),
        )
        .order_by(VisitRow.next_visit_date, CooperativeRow.name, VisitRow.id)
    )
    total, rows = _counted(session, query, limit)
    items = tuple(
        TodoItem(TodoKind.PLANNED, row[0], row[1], parse_date(row[2]), text=row[3]) for row in rows
    )
    return TodoSection(TodoKind.PLANNED, total, items)


def known_bas(session: Session, area: Sequence[str]) -> list[tuple[str, str]]:
    """(user id, name or "") of the BAs of the area, as far as this laptop knows them.

    The one place that decides who the BAs are: the active BAs of the directory of people the
    server sends (storage/directory.py, already limited to the account's area), so a BA who
    never logged a visit is counted too; before a laptop has a directory (a server older than
    it), everyone with a visit in the area, named from the review history.
    """
    if directory.is_known(session):
        active = set(
            session.scalars(
                select(Person.user_id).where(Person.active.is_(True), Person.role == Role.BA.value)
            )
        )
        return [(user_id, name) for user_id, name in directory.bas(session) if user_id in active]
    return visit_authors(session, area)


def quiet_bas(session: Session, area: Sequence[str], today: date, limit: int) -> TodoSection:
    """BAs of the area without a visit dated this month, the longest quiet first (their latest
    visit, if any, is the item's date). Drafts count: the BA was there."""
    bas = known_bas(session, area)
    if not bas:
        return TodoSection(TodoKind.QUIET_BA, 0, ())
    first, _last = this_month(today)
    latest = (
        select(VisitRow.author_id, func.max(VisitRow.visit_date))
        .join(CooperativeRow, CooperativeRow.id == VisitRow.cooperative_id)
        .where(VisitRow.deleted.is_not(True), VisitRow.author_id.in_([ba for ba, _ in bas]))
        .group_by(VisitRow.author_id)
    )
    condition = in_area(area)
    if condition is not None:
        latest = latest.where(condition)
    last_visit = {author: parse_date(day) for author, day in session.execute(latest)}
    quiet = [
        (ba, name, last_visit.get(ba))
        for ba, name in bas
        if (last_visit.get(ba) or date.min) < first
    ]
    quiet.sort(key=lambda entry: (entry[2] or date.min, entry[1].lower(), entry[0]))
    items = tuple(
        TodoItem(TodoKind.QUIET_BA, ba, when=last, who=name) for ba, name, last in quiet[:limit]
    )
    return TodoSection(TodoKind.QUIET_BA, len(quiet), items)
