"""A clash of a position, seen and settled as one position (domain/position.py).

The server records one conflict per clashing coordinate; both carry the two whole positions
(coordinates and source). The inbox shows them as one clash, "keep" settles them all, and "the
other value" puts the other laptop's whole position back in one patch, its source with it.

Conflicts an earlier server recorded name one coordinate and its two values only. They are
settled as well as that allows: the other value of each clashing coordinate comes back, the
coordinate that did not clash stays as the record holds it, and the source becomes unknown
(nobody recorded which source those coordinates had) - docs/editing.md.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kopdes_desktop.domain import codec, position
from kopdes_desktop.domain.records import RECORD_CLASSES, FieldConflict, Record, RecordType
from kopdes_desktop.storage import record_store
from kopdes_desktop.storage.models import ConflictRow, model_for


@dataclass(frozen=True, slots=True)
class PositionClash:
    """Wire values of {"latitude", "longitude"[, "gps_source"]} on each side."""

    conflict_ids: tuple[str, ...]  # every unsettled conflict of this position, oldest first
    kept: dict[str, Any]
    other: dict[str, Any]
    complete: bool  # False: recorded by an earlier server, the other side's source is unknown


def unsettled_of(session: Session, record_type: str, record_id: str) -> list[FieldConflict]:
    """The position's unsettled conflicts (one per clashing coordinate and clash), oldest first."""
    rows = session.scalars(
        select(ConflictRow)
        .where(
            ConflictRow.deleted.is_(False),
            ConflictRow.resolved.is_(False),
            ConflictRow.record_type == record_type,
            ConflictRow.record_id == record_id,
            ConflictRow.field_name.in_(position.POSITION_FIELDS),
        )
        .order_by(ConflictRow.created_at, ConflictRow.id)
    ).all()
    conflicts = [record_store.row_to_record(RecordType.CONFLICT, row) for row in rows]
    return [c for c in conflicts if isinstance(c, FieldConflict)]


def clashes_to_settle(session: Session) -> int:
    """Unsettled clashes as the inbox counts them: a position's conflicts are one clash."""
    open_ = (ConflictRow.resolved.is_(False), ConflictRow.deleted.is_(False))
    of_position = ConflictRow.field_name.in_(position.POSITION_FIELDS)
    fields = session.scalar(select(func.count()).where(*open_, ~of_position)) or 0
    positions = session.scalar(
        select(func.count(func.distinct(ConflictRow.record_id))).where(*open_, of_position)
    )
    return fields + (positions or 0)


def current_record(session: Session, record_type: str, record_id: str) -> Record | None:
    if record_type not in set(RecordType):
        return None
    row = session.get(model_for(RecordType(record_type)), record_id)
    if row is None or row.deleted:
        return None
    return record_store.row_to_record(RecordType(record_type), row)


def gather(conflicts: Sequence[FieldConflict], current: Record | None) -> PositionClash:
    """One clash of the position from its conflicts (oldest first): the newest that carries
    whole positions decides; without one (an earlier server's), the coordinates they name are
    laid over the record's position."""
    ids = tuple(c.id for c in conflicts)
    whole = [c for c in conflicts if c.kept_position and c.other_position]
    if whole:
        newest = whole[-1]
        kept, other = _json_object(newest.kept_position), _json_object(newest.other_position)
        if kept is not None and other is not None:
            return PositionClash(ids, kept, other, complete=True)
    keeps_source = current is not None and position.has_source(type(current))
    now = position.whole_position(codec.encode(current) if current else {}, keeps_source)
    kept, other = dict(now), dict(now)
    for conflict in conflicts:
        kept[conflict.field_name] = _json_value(conflict.kept_value)
        other[conflict.field_name] = _json_value(conflict.other_value)
    if keeps_source:
        other[position.SOURCE_FIELD] = None
    return PositionClash(ids, kept, other, complete=False)


def put_other_back(
    session: Session, record_type: str, record_id: str, clash: PositionClash
) -> None:
    """The other side's whole position, in one patch (so one field version for all of it)."""
    kind = RecordType(record_type)
    changes = codec.decode_fields(RECORD_CLASSES[kind], clash.other)
    record_store.patch(session, kind, record_id, changes)


def _json_value(text: str) -> Any:
    try:
        return json.loads(text) if text else None
    except ValueError:
        return None


def _json_object(text: str) -> dict[str, Any] | None:
    value = _json_value(text)
    return dict(value) if isinstance(value, dict) else None
