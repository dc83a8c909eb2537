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

from sqlalchemy import Select, and_, exists, func, literal, select, text
from sqlalchemy.orm import Session, aliased

from kopdes_desktop.domain.enums import VisitStatus
from kopdes_desktop.domain.todo import (
    COUNT_CAP,
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
from kopdes_desktop.storage.review_queries import (
    author_names_of,
    in_area,
    longest_waiting,
    not_looked_up,
    parse_date,
    waiting_count,
)


def _counted(
    session: Session,
    query: Select[*tuple[Any, ...]],
    limit: int,
    counted: Select[*tuple[Any, ...]] | None = None,
) -> tuple[int, list[Any]]:
    """How many rows ``query`` has (up to COUNT_CAP + 1; counted by ``counted`` when the same
    rows can be counted more cheaply) and the first ``limit`` of them."""
    rows_counted = (counted if counted is not None else query).order_by(None)
    capped = rows_counted.with_only_columns(literal(1)).limit(COUNT_CAP + 1)
    total = session.scalar(select(func.count()).select_from(capped.subquery())) or 0
    rows = list(session.execute(query.limit(limit)).all()) if total else []
    return total, rows


def _deleted_cooperatives() -> Select[str]:
    return select(CooperativeRow.id).where(CooperativeRow.deleted.is_(True))


def _own_visits(
    status: VisitStatus, author_id: str
) -> tuple[Select[*tuple[Any, ...]], Select[*tuple[Any, ...]]]:
    """The user's visits of one status, oldest first (the longer a visit waits, the harder it
    is to remember what happened), and the same rows without the cooperative's name: counted
    from ix_visit_author_status_date alone."""
    mine = (
        VisitRow.author_id == author_id,
        VisitRow.status == status.value,
        VisitRow.deleted.is_not(True),
        VisitRow.cooperative_id.not_in(_deleted_cooperatives()),
    )
    query = (
        select(VisitRow.id, CooperativeRow.name, VisitRow.visit_date)
        .join(CooperativeRow, CooperativeRow.id == VisitRow.cooperative_id)
        .where(*mine)
        .order_by(VisitRow.visit_date, CooperativeRow.name, VisitRow.id)
    )
    return query, select(VisitRow.id).where(*mine)


def has_cooperatives(session: Session) -> bool:
    found = session.scalar(
        select(CooperativeRow.id).where(CooperativeRow.deleted.is_not(True)).limit(1)
    )
    return found is not None


def drafts(session: Session, author_id: str, limit: int) -> TodoSection:
    """The user's visits not yet submitted."""
    query, counted = _own_visits(VisitStatus.DRAFT, author_id)
    total, rows = _counted(session, query, limit, counted)
    items = tuple(TodoItem(TodoKind.DRAFT, row[0], row[1], parse_date(row[2])) for row in rows)
    return TodoSection(TodoKind.DRAFT, total, items)


def sent_back(session: Session, author_id: str, limit: int) -> TodoSection:
    """The user's visits a PMO sent back, each with the latest send-back comment (what to fix)."""
    query, counted = _own_visits(VisitStatus.NEEDS_REVISION, author_id)
    total, rows = _counted(session, query, limit, counted)
    latest: dict[str, tuple[str, str]] = {}
    comments = (
        select(ReviewCommentRow.visit_id, ReviewCommentRow.comment, ReviewCommentRow.author_name)
        .where(
            ReviewCommentRow.visit_id.in_([row[0] for row in rows]),
            ReviewCommentRow.deleted.is_not(True),
            ReviewCommentRow.to_status == VisitStatus.NEEDS_REVISION.value,
        )
        .order_by(ReviewCommentRow.created_at, ReviewCommentRow.id)  # the last one wins
    )
    for visit_id, comment, reviewer in session.execute(comments):
        latest[visit_id] = (comment, reviewer)
    items = tuple(
        TodoItem(
            TodoKind.SENT_BACK,
            visit_id,
            name,
            parse_date(visit_date),
            text=latest.get(visit_id, ("", ""))[0],
            who=latest.get(visit_id, ("", ""))[1],
        )
        for visit_id, name, visit_date in rows
    )
    return TodoSection(TodoKind.SENT_BACK, total, items)


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
            not_looked_up(VisitRow.author_id) == author_id,
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
            not_looked_up(VisitRow.author_id) == author_id,
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
    it), everyone with a visit in the area, not yet named (``review_queries.author_names_of``
    names the few shown).
    """
    if directory.is_known(session):
        left = set(session.scalars(select(Person.user_id).where(Person.active.is_(False))))
        return [(user_id, name) for user_id, name in directory.bas(session) if user_id not in left]
    return [(author, "") for author in _authors(session) if _has_visit(session, author, area)]


def _authors(session: Session) -> list[str]:
    """Every visit author, one index seek each (a recursive walk from one author to the next
    in ix_visit_author_status_date) rather than reading every visit for DISTINCT."""
    walk = text(
        "WITH RECURSIVE author(id) AS ("
        " SELECT min(author_id) FROM visit WHERE author_id > ''"
        " UNION ALL"
        " SELECT (SELECT min(author_id) FROM visit WHERE author_id > author.id)"
        " FROM author WHERE author.id IS NOT NULL"
        ") SELECT id FROM author WHERE id IS NOT NULL"
    )
    return [str(author) for author in session.scalars(walk)]


def _authors_visits(author_id: str, area: Sequence[str], *columns: Any) -> Select[*tuple[Any, ...]]:
    """The author's live visits in the area (a walk down ix_visit_author_status_date)."""
    query = (
        select(*columns)
        .join(CooperativeRow, CooperativeRow.id == VisitRow.cooperative_id)
        .where(
            VisitRow.author_id == author_id,
            VisitRow.deleted.is_not(True),
            CooperativeRow.deleted.is_not(True),
        )
        .limit(1)
    )
    condition = in_area(area)
    return query if condition is None else query.where(condition)


def _has_visit(session: Session, author_id: str, area: Sequence[str]) -> bool:
    return session.scalar(_authors_visits(author_id, area, VisitRow.id)) is not None


def _visited_since(session: Session, author_id: str, area: Sequence[str], first: date) -> bool:
    """Whether the author has a visit dated ``first`` or later: one look per status."""
    query = _authors_visits(author_id, area, VisitRow.id).where(
        VisitRow.status.in_([status.value for status in VisitStatus]),
        VisitRow.visit_date >= first.isoformat(),
    )
    return session.scalar(query) is not None


def _latest_visit(
    session: Session, author_id: str, area: Sequence[str], status: VisitStatus
) -> str | None:
    """The date of the author's latest visit of one status, or None."""
    query = (
        _authors_visits(author_id, area, VisitRow.visit_date)
        .where(VisitRow.status == status.value, VisitRow.visit_date.is_not(None))
        .order_by(VisitRow.visit_date.desc())
    )
    found: str | None = session.scalar(query)
    return found


def quiet_bas(session: Session, area: Sequence[str], today: date, limit: int) -> TodoSection:
    """BAs of the area without a visit dated this month, the longest quiet first (their latest
    visit, if any, is the item's date). Drafts count: the BA was there."""
    first, _last = this_month(today)
    quiet = []
    for ba, name in known_bas(session, area):
        if _visited_since(session, ba, area, first):
            continue
        # Per status: each a walk down ix_visit_author_status_date that stops at the first hit.
        dates = [_latest_visit(session, ba, area, status) for status in VisitStatus]
        last = max((date.fromisoformat(day) for day in dates if day), default=None)
        quiet.append((ba, name, last))
    quiet.sort(key=lambda entry: (entry[2] or date.min, entry[1].lower(), entry[0]))
    shown = quiet[:limit]
    names = author_names_of(session, [ba for ba, name, _last in shown if not name])
    items = tuple(
        TodoItem(TodoKind.QUIET_BA, ba, when=last, who=name or names.get(ba, ""))
        for ba, name, last in shown
    )
    return TodoSection(TodoKind.QUIET_BA, len(quiet), items)


def review_queue(session: Session, area: Sequence[str], limit: int) -> TodoSection:
    """Visits waiting for review in the area, the longest waiting first (the review queue's
    own order), each with its BA's name."""
    total = waiting_count(session, area, COUNT_CAP)
    waiting = longest_waiting(session, area, limit) if total else []
    names = author_names_of(session, [author for _v, _n, author, _d, _at in waiting])
    items = tuple(
        TodoItem(
            TodoKind.REVIEW,
            visit_id,
            name,
            parse_date(day),
            who=names.get(author, ""),
            since=submitted.date() if submitted else None,
        )
        for visit_id, name, author, day, submitted in waiting
    )
    return TodoSection(TodoKind.REVIEW, total, items)
