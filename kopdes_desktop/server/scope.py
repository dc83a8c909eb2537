"""Who may see which cooperative: every read and write goes through these checks.

A BA sees the cooperatives assigned to them, a PMO every cooperative of their kabupaten, an
admin everything; every other record is visible exactly when its cooperative is.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, select, true
from sqlalchemy.orm import Session

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.records import RecordType
from kopdes_desktop.server.accounts import Caller
from kopdes_desktop.server.models import Assignment, RecordRow, UserArea


def scope_condition(caller: Caller) -> ColumnElement[bool]:
    """SQL condition on ``RecordRow.cooperative_id`` selecting what the caller may see."""
    if caller.role is Role.ADMIN:
        return true()
    if caller.role is Role.BA:
        assigned = select(Assignment.cooperative_id).where(Assignment.user_id == caller.user_id)
        return RecordRow.cooperative_id.in_(assigned)
    in_area = select(RecordRow.record_id).where(
        RecordRow.record_type == RecordType.COOPERATIVE.value,
        RecordRow.kabupaten_code.in_(sorted(caller.kabupaten_codes)),
    )
    return RecordRow.cooperative_id.in_(in_area)


def kabupaten_of_cooperative(session: Session, cooperative_id: str) -> str | None:
    return session.scalar(
        select(RecordRow.kabupaten_code).where(
            RecordRow.record_id == cooperative_id,
            RecordRow.record_type == RecordType.COOPERATIVE.value,
        )
    )


def can_see_cooperative(session: Session, caller: Caller, cooperative_id: str) -> bool:
    if caller.role is Role.ADMIN:
        return True
    if caller.role is Role.BA:
        return session.get(Assignment, (caller.user_id, cooperative_id)) is not None
    kabupaten = kabupaten_of_cooperative(session, cooperative_id)
    return kabupaten is not None and kabupaten in caller.kabupaten_codes


def supervises(caller: Caller, kabupaten_code: str | None) -> bool:
    """May review the visits of a cooperative in this kabupaten."""
    if caller.role is Role.ADMIN:
        return True
    return caller.role is Role.PMO and kabupaten_code in caller.kabupaten_codes


def users_seeing_kabupaten(session: Session, kabupaten_code: str) -> list[str]:
    """PMOs whose scope follows this kabupaten (for scope events when a cooperative moves)."""
    return list(
        session.scalars(select(UserArea.user_id).where(UserArea.kabupaten_code == kabupaten_code))
    )
