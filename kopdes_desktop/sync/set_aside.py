"""Pulled changes this laptop cannot apply: set aside, shown to the user, tried again later.

One bad record (a value a newer server sends, a number beyond what a column holds, a child whose
parent never arrived, a record damaged on the server) must never stop a laptop's sync. The pull
applies everything else and moves its cursor on; the change that failed is kept here as it came,
with the reason, and is tried again when a newer version of the record arrives (which replaces
it), when its parent record arrives, and after the app is updated.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import pydantic
from sqlalchemy import delete, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kopdes_desktop import __version__
from kopdes_desktop.domain import codec
from kopdes_desktop.domain.issues import IssueCode
from kopdes_desktop.storage import outbox
from kopdes_desktop.storage.models import SetAsideChange

_DETAIL_LIMIT = 500


class SetAsideReason(StrEnum):
    UNREADABLE = "unreadable"  # a value or shape this version cannot read
    TOO_LARGE = "too_large"  # a number beyond what the database column holds
    MISSING_PARENT = "missing_parent"  # the record it belongs to is not on this laptop
    NOT_STORABLE = "not_storable"  # the database refused it (a constraint)
    UNEXPECTED = "unexpected"


@dataclass(frozen=True, slots=True)
class Problem:
    raw: Mapping[str, Any]
    reason: SetAsideReason
    detail: str


def _causes(error: BaseException) -> Iterable[BaseException]:
    """The error and what lies under it (SQLAlchemy's ``orig``, an explicit ``raise from``)."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        orig = getattr(current, "orig", None)
        current = orig if isinstance(orig, BaseException) else current.__cause__


def is_environment_error(error: BaseException) -> bool:
    """The database itself failed (disk full, locked, I/O): no fault of the change, so the
    pull must fail and be retried rather than set the change aside."""
    return any(isinstance(cause, sqlite3.OperationalError) for cause in _causes(error))


def classify(error: BaseException) -> SetAsideReason:
    causes = list(_causes(error))
    out_of_range = any(
        isinstance(c, codec.FieldDecodeError) and c.code is IssueCode.OUT_OF_RANGE for c in causes
    )
    if out_of_range or any(isinstance(c, OverflowError) for c in causes):
        return SetAsideReason.TOO_LARGE
    if any(isinstance(c, codec.FieldDecodeError | pydantic.ValidationError) for c in causes):
        return SetAsideReason.UNREADABLE
    if any(isinstance(c, IntegrityError | sqlite3.IntegrityError) for c in causes):
        return SetAsideReason.NOT_STORABLE
    if any(isinstance(c, ValueError | TypeError | KeyError) for c in causes):
        return SetAsideReason.UNREADABLE
    return SetAsideReason.UNEXPECTED


def problem(raw: Mapping[str, Any], error: BaseException) -> Problem:
    return Problem(raw, classify(error), f"{type(error).__name__}: {error}"[:_DETAIL_LIMIT])


def record_id_of(raw: Mapping[str, Any]) -> str:
    value = raw.get("record_id")
    return value if isinstance(value, str) else repr(value)[:64]


def _text(raw: Mapping[str, Any], name: str) -> str:
    value = raw.get(name)
    return value if isinstance(value, str) else ""


def _version(raw: Mapping[str, Any]) -> int:
    value = raw.get("version")
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def keep(session: Session, problems: Iterable[Problem]) -> int:
    """Store problems, each replacing what was set aside for the same record; returns how many
    are new. The same change failing again for the same reason stays as it was (a user who
    dismissed it does not see it come back at every sync)."""
    added = 0
    for item in problems:
        record_id = record_id_of(item.raw)
        version = _version(item.raw)
        rows = list(
            session.scalars(select(SetAsideChange).where(SetAsideChange.record_id == record_id))
        )
        same = [r for r in rows if (r.version, r.reason) == (version, item.reason.value)]
        if same:
            same[0].app_version, same[0].detail = __version__, item.detail
            continue
        for row in rows:
            session.delete(row)
        session.add(
            SetAsideChange(
                record_type=_text(item.raw, "record_type")[:30],
                record_id=record_id,
                cooperative_id=_text(item.raw, "cooperative_id")[:64],
                version=version,
                change=dict(item.raw),
                reason=item.reason.value,
                detail=item.detail,
                app_version=__version__,
                set_aside_at=outbox.device_now(),
            )
        )
        added += 1
    return added


def clear(session: Session, record_ids: Iterable[str]) -> None:
    """These records were applied (or superseded): what was set aside for them is done."""
    ids = list(record_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        session.execute(delete(SetAsideChange).where(SetAsideChange.record_id.in_(chunk)))


def to_retry(session: Session) -> list[tuple[dict[str, Any], SetAsideReason]]:
    """Set-aside changes worth another try now: those an older app version failed on, and those
    that waited for their parent record (which a later pull may have brought)."""
    rows = session.scalars(
        select(SetAsideChange)
        .where(
            or_(
                SetAsideChange.app_version != __version__,
                SetAsideChange.reason == SetAsideReason.MISSING_PARENT.value,
            )
        )
        .order_by(SetAsideChange.version, SetAsideChange.id)
    )
    return [(dict(row.change), SetAsideReason(row.reason)) for row in rows]


def forget_cooperatives(session: Session, cooperative_ids: Iterable[str]) -> None:
    """The cooperatives left the user's scope: nothing of theirs needs applying any more."""
    ids = list(cooperative_ids)
    if ids:
        session.execute(delete(SetAsideChange).where(SetAsideChange.cooperative_id.in_(ids)))


def forget_unseen(session: Session, seen: set[str]) -> None:
    """After a full re-download: the server no longer sends these records at all."""
    stale = [
        record_id
        for record_id in session.scalars(select(SetAsideChange.record_id))
        if record_id not in seen
    ]
    clear(session, stale)


def open_count(session: Session) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(SetAsideChange)
            .where(SetAsideChange.dismissed.is_(False))
        )
        or 0
    )
