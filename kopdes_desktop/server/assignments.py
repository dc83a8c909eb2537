"""Changing who sees what: BA ↔ cooperative and PMO ↔ kabupaten, with scope events."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.records import RecordType
from kopdes_desktop.server.accounts import AccountError, require_user
from kopdes_desktop.server.models import Assignment, RecordRow, UserArea
from kopdes_desktop.server.versioning import WriteBatch


def resolve_cooperative(session: Session, reference: str) -> str:
    """A cooperative id, given its id or the code of its village.

    The village is looked up in its own indexed column, never with a JSON operator in SQL:
    PostgreSQL's ``->>`` parses every row's data, so one value stored before the value rules (a
    lone surrogate escape) would make it fail for every cooperative.
    """
    found = session.scalar(
        select(RecordRow.record_id).where(
            RecordRow.record_type == RecordType.COOPERATIVE.value,
            RecordRow.deleted.is_(False),
            (RecordRow.record_id == reference) | (RecordRow.village_code == reference),
        )
    )
    if found is None:
        raise AccountError(f"no cooperative with id or village code {reference!a}")
    return str(found)


def cooperatives_of_kabupaten(session: Session, kabupaten_code: str) -> list[str]:
    return list(
        session.scalars(
            select(RecordRow.record_id).where(
                RecordRow.record_type == RecordType.COOPERATIVE.value,
                RecordRow.kabupaten_code == kabupaten_code,
                RecordRow.deleted.is_(False),
            )
        )
    )


def assign_cooperatives(
    session: Session, username: str, references: Iterable[str], *, remove: bool = False
) -> int:
    """Give a BA cooperatives (or take them away); returns how many assignments changed."""
    user = require_user(session, username)
    if user.role != Role.BA.value:
        raise AccountError(f"{username} is not a BA; PMOs are assigned kabupaten")
    batch = WriteBatch(session, user_id=None, client_id="admin")
    changed = []
    for reference in references:
        cooperative_id = resolve_cooperative(session, reference)
        exists = session.get(Assignment, (user.id, cooperative_id)) is not None
        if remove and exists:
            session.execute(
                delete(Assignment).where(
                    Assignment.user_id == user.id, Assignment.cooperative_id == cooperative_id
                )
            )
            changed.append(cooperative_id)
        elif not remove and not exists:
            session.add(Assignment(user_id=user.id, cooperative_id=cooperative_id))
            changed.append(cooperative_id)
    if changed:
        session.flush()
        batch.scope_changed(user.id, changed, added=not remove)
        batch.finish()
    return len(changed)


def assign_kabupaten(
    session: Session,
    username: str,
    codes: Iterable[str],
    known_codes: frozenset[str],
    *,
    remove: bool = False,
) -> int:
    user = require_user(session, username)
    if user.role != Role.PMO.value:
        raise AccountError(f"{username} is not a PMO; BAs are assigned cooperatives")
    batch = WriteBatch(session, user_id=None, client_id="admin")
    changed = 0
    for code in codes:
        if code not in known_codes:
            raise AccountError(f"unknown kabupaten code {code!r}")
        exists = session.get(UserArea, (user.id, code)) is not None
        if exists == remove:
            if remove:
                session.execute(
                    delete(UserArea).where(
                        UserArea.user_id == user.id, UserArea.kabupaten_code == code
                    )
                )
            else:
                session.add(UserArea(user_id=user.id, kabupaten_code=code))
            batch.scope_changed(user.id, cooperatives_of_kabupaten(session, code), added=not remove)
            changed += 1
    if changed:
        session.flush()
        batch.finish()
    return changed
