"""The directory of people on the laptop: names, roles and which BA coaches which cooperative.

Filled by sync from the server's directory (sync.protocol.Directory), which arrives whole and
replaces what was here: people and assignments that left the account's scope go with it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.storage.models import CooperativeAssignmentRow, CooperativeRow, Person


def replace(session: Session, directory: Mapping[str, Any]) -> None:
    session.execute(delete(Person))
    session.execute(delete(CooperativeAssignmentRow))
    people = {
        str(person["user_id"]): person
        for person in directory.get("people", ())
        if person.get("user_id")
    }
    session.add_all(
        Person(
            user_id=user_id,
            full_name=str(person.get("full_name") or ""),
            role=str(person.get("role") or ""),
            active=bool(person.get("active", True)),
        )
        for user_id, person in people.items()
    )
    pairs = {
        (str(item["user_id"]), str(item["cooperative_id"]))
        for item in directory.get("assignments", ())
        if item.get("user_id") and item.get("cooperative_id")
    }
    session.add_all(
        CooperativeAssignmentRow(user_id=user_id, cooperative_id=cooperative_id)
        for user_id, cooperative_id in sorted(pairs)
    )


def names(session: Session) -> dict[str, str]:
    """User id → full name of everyone in the directory."""
    return {
        user_id: full_name
        for user_id, full_name in session.execute(select(Person.user_id, Person.full_name))
        if full_name
    }


def bas(session: Session) -> list[tuple[str, str]]:
    """(user id, name) of the directory's BAs, by name."""
    query = (
        select(Person.user_id, Person.full_name)
        .where(Person.role == Role.BA.value)
        .order_by(Person.full_name, Person.user_id)
    )
    return [(user_id, full_name) for user_id, full_name in session.execute(query)]


def cooperatives_of(session: Session, user_id: str) -> list[str]:
    """Ids of the live cooperatives on this laptop assigned to the BA."""
    query = (
        select(CooperativeAssignmentRow.cooperative_id)
        .join(CooperativeRow, CooperativeRow.id == CooperativeAssignmentRow.cooperative_id)
        .where(CooperativeAssignmentRow.user_id == user_id, CooperativeRow.deleted.is_not(True))
        .order_by(CooperativeAssignmentRow.cooperative_id)
    )
    return list(session.scalars(query))


def assigned_bas(session: Session, cooperative_ids: Sequence[str] = ()) -> dict[str, list[str]]:
    """Cooperative id → the BAs assigned to it (all cooperatives when none are named)."""
    query = select(CooperativeAssignmentRow.cooperative_id, CooperativeAssignmentRow.user_id)
    if cooperative_ids:
        query = query.where(CooperativeAssignmentRow.cooperative_id.in_(list(cooperative_ids)))
    found: dict[str, list[str]] = {}
    query = query.order_by(CooperativeAssignmentRow.user_id)
    for cooperative_id, user_id in session.execute(query):
        found.setdefault(cooperative_id, []).append(user_id)
    return found


def is_known(session: Session) -> bool:
    """Has this laptop received a directory yet (a server older than it sends none)?"""
    return session.scalars(select(Person.user_id).limit(1)).first() is not None
