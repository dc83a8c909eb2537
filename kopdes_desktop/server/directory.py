"""The directory of people a laptop receives: who is who in the caller's scope.

Within the caller's scope (the cooperatives they may see): the assignments (which BA coaches
which of those cooperatives) and the people a laptop needs to name: those BAs, the PMOs of the
kabupaten those cooperatives lie in, whoever wrote a visit or opportunity there (a BA who has
since moved on is still named on their old visits), every admin, and the caller. An admin sees
everyone.

It travels whole (a few hundred rows for a PMO's kabupaten) with the first page of a pull whenever
it changed since the cursor (``server_state.directory_version``), and replaces what the laptop
held: people and assignments that left the scope are gone with it.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.records import RecordType
from kopdes_desktop.server.accounts import Caller
from kopdes_desktop.server.models import Assignment, RecordRow, User, UserArea
from kopdes_desktop.server.scope import scope_condition
from kopdes_desktop.sync.protocol import Directory, DirectoryAssignment, DirectoryPerson

_AUTHORED = (RecordType.VISIT.value, RecordType.OPPORTUNITY.value)


def changed_since(directory_version: int, base: int) -> bool:
    """Does a pull from ``base`` carry the directory? (A fresh download always does.)"""
    return base == 0 or directory_version > base


def directory_for(session: Session, caller: Caller) -> Directory:
    live_in_scope = select(RecordRow.record_id).where(
        RecordRow.record_type == RecordType.COOPERATIVE.value,
        RecordRow.deleted.is_(False),
        scope_condition(caller),
    )
    assignments = session.execute(
        select(Assignment.user_id, Assignment.cooperative_id)
        .where(Assignment.cooperative_id.in_(live_in_scope))
        .order_by(Assignment.cooperative_id, Assignment.user_id)
    ).all()
    people_query = select(User).order_by(User.full_name, User.id)
    if caller.role is not Role.ADMIN:
        kabupaten = select(RecordRow.kabupaten_code).where(
            RecordRow.record_id.in_(live_in_scope), RecordRow.kabupaten_code.is_not(None)
        )
        supervisors = select(UserArea.user_id).where(UserArea.kabupaten_code.in_(kabupaten))
        authors = select(RecordRow.author_id).where(
            RecordRow.record_type.in_(_AUTHORED),
            RecordRow.author_id.is_not(None),
            scope_condition(caller),
        )
        wanted = {caller.user_id, *(user_id for user_id, _ in assignments)}
        people_query = people_query.where(
            User.id.in_(wanted)
            | User.id.in_(supervisors)
            | User.id.in_(authors)
            | (User.role == Role.ADMIN.value)
        )
    return Directory(
        people=[
            DirectoryPerson(
                user_id=user.id, full_name=user.full_name, role=user.role, active=user.active
            )
            for user in session.scalars(people_query)
        ],
        assignments=[
            DirectoryAssignment(user_id=user_id, cooperative_id=cooperative_id)
            for user_id, cooperative_id in assignments
        ],
    )
