"""Figures for the home page and the status bar."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.storage import outbox
from kopdes_desktop.storage.models import (
    CooperativeRow,
    OpportunityRow,
    RejectedChange,
    SyncedRow,
    VisitRow,
)


@dataclass(frozen=True, slots=True)
class Overview:
    cooperatives: int
    visits: int
    opportunities: int
    pending_changes: int
    refused_changes: int = 0  # the server refused them; open in the inbox


class OverviewService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def overview(self) -> Overview:
        def live(model: type[SyncedRow]) -> int:
            query = select(func.count()).select_from(model).where(model.deleted.is_(False))
            return session.scalar(query) or 0

        with self._context.database.read() as session:
            return Overview(
                cooperatives=live(CooperativeRow),
                visits=live(VisitRow),
                opportunities=live(OpportunityRow),
                pending_changes=outbox.pending_count(session),
                refused_changes=session.scalar(
                    select(func.count())
                    .select_from(RejectedChange)
                    .where(RejectedChange.dismissed.is_(False))
                )
                or 0,
            )
