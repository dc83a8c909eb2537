"""The directory of people on this laptop: who is who in the account's area, and which BA
coaches which cooperative (sent by the server with each sync that changed it)."""

from __future__ import annotations

from sqlalchemy import select

from kopdes_desktop.domain.records import CooperativeAssignment, Person
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.storage import directory
from kopdes_desktop.storage.models import CooperativeAssignmentRow
from kopdes_desktop.storage.models import Person as PersonRow


class PeopleService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def people(self) -> list[Person]:
        """Everyone in the directory, by name."""
        with self._context.database.read() as session:
            rows = session.scalars(select(PersonRow).order_by(PersonRow.full_name))
            return [Person(r.user_id, r.full_name, r.role, r.active) for r in rows]

    def assignments(self) -> list[CooperativeAssignment]:
        with self._context.database.read() as session:
            query = select(
                CooperativeAssignmentRow.user_id, CooperativeAssignmentRow.cooperative_id
            ).order_by(CooperativeAssignmentRow.user_id, CooperativeAssignmentRow.cooperative_id)
            return [CooperativeAssignment(u, c) for u, c in session.execute(query)]

    def cooperatives_of(self, user_id: str) -> list[str]:
        """The live cooperatives assigned to a BA."""
        with self._context.database.read() as session:
            return directory.cooperatives_of(session, user_id)
