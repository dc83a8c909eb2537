"""Beranda: what the user should do now, read in one call off the GUI thread.

A BA sees visits sent back (with the PMO's comment), changes refused by the server or set
aside here, clashes to settle, agreed actions due or overdue, drafts to finish, next visits
planned this week and the cooperatives not visited for 30 days or more. A PMO (or an admin)
sees visits waiting for review (oldest first), clashes to settle and the BAs without a visit
this month. Each section holds its count and the first few items; ``section`` reads one of
them in full ("Lihat semua").
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from kopdes_desktop.domain.todo import (
    BA_SECTIONS,
    FIRST_FEW,
    PMO_SECTIONS,
    SHOW_ALL_LIMIT,
    HomeTodo,
    TodoItem,
    TodoKind,
    TodoSection,
)
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.inbox import InboxKind, InboxService
from kopdes_desktop.services.refusals import RefusalService
from kopdes_desktop.storage import home_queries


class HomeService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context
        self._inbox = InboxService(context)
        self._refusals = RefusalService(context)

    @property
    def supervising(self) -> bool:
        return self._context.supervises

    def todo(self) -> HomeTodo:
        """Every section of the user's to-do, each with its first few items."""
        kinds = PMO_SECTIONS if self.supervising else BA_SECTIONS
        with self._context.database.read() as session:
            sections = tuple(self._read(session, kind, FIRST_FEW) for kind in kinds)
            has_cooperatives = home_queries.has_cooperatives(session)
        return HomeTodo(self.supervising, self._context.today(), sections, has_cooperatives)

    def section(self, kind: TodoKind, limit: int = SHOW_ALL_LIMIT) -> TodoSection:
        """One section with up to ``limit`` items ("Lihat semua (N)")."""
        with self._context.database.read() as session:
            return self._read(session, kind, limit)

    def _read(self, session: Session, kind: TodoKind, limit: int) -> TodoSection:
        context, today, me = self._context, self._context.today(), self._context.user_id
        readers: dict[TodoKind, Callable[[], TodoSection]] = {
            TodoKind.DRAFT: lambda: home_queries.drafts(session, me, limit),
            TodoKind.SENT_BACK: lambda: home_queries.sent_back(session, me, limit),
            TodoKind.REFUSED: lambda: self._to_check(session, limit),
            TodoKind.ACTION_DUE: lambda: home_queries.actions_due(session, me, today, limit),
            TodoKind.NOT_VISITED: lambda: home_queries.not_visited(session, today, limit),
            TodoKind.PLANNED: lambda: home_queries.planned_this_week(session, me, today, limit),
            TodoKind.REVIEW: lambda: home_queries.review_queue(session, context.area(), limit),
            TodoKind.CONFLICT: lambda: self._conflicts(session, limit),
            TodoKind.QUIET_BA: lambda: home_queries.quiet_bas(
                session, context.area(), today, limit
            ),
        }
        return readers[kind]()

    def _to_check(self, session: Session, limit: int) -> TodoSection:
        """Changes of this user the server refused (one item per record, as the inbox groups
        them), then changes from the server this laptop set aside; newest first."""
        refused = [
            TodoItem(
                TodoKind.REFUSED,
                group.record_id,
                group.cooperative_name or group.name,
                group.when.date() if group.when else None,
                text=group.main_change.reason,
                record_type=group.record_type.value,
            )
            for group in self._refusals.groups_in(session)
        ]
        set_aside = [
            TodoItem(
                TodoKind.NOT_APPLIED,
                item.record_id,
                item.title,
                item.when.date() if item.when else None,
                text=item.reason,
                record_type=item.record_type,
            )
            for item in self._inbox.not_applied_in(session)
        ]
        found = refused + set_aside
        return TodoSection(TodoKind.REFUSED, len(found), tuple(found[:limit]))

    def _conflicts(self, session: Session, limit: int) -> TodoSection:
        """Clashes not yet settled, the oldest first; the page words the field that clashed."""
        clashes = sorted(
            self._inbox.conflicts_in(session),
            key=lambda item: (item.when is None, item.when.isoformat() if item.when else ""),
        )
        items = tuple(
            TodoItem(
                TodoKind.CONFLICT,
                item.record_id,
                item.title,
                item.when.date() if item.when else None,
                text=item.message,
                who=item.author,
                record_type=item.conflict.record_type if item.conflict else "",
            )
            for item in clashes[:limit]
            if item.kind is InboxKind.CONFLICT
        )
        return TodoSection(TodoKind.CONFLICT, len(clashes), items)
