"""Create, patch, delete and read synced records, each change paired with its outbox entry.

Callers pass an open write session (``Database.write()``); nothing here commits, so a service can
group several changes (a profile and its officers) into one all-or-nothing transaction.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdes_desktop.domain import codec, position
from kopdes_desktop.domain.mutations import Intent, MutationOp
from kopdes_desktop.domain.records import RECORD_CLASSES, Record, RecordType, record_type_of
from kopdes_desktop.domain.regions import parent_codes
from kopdes_desktop.storage import history, outbox
from kopdes_desktop.storage.models import CooperativeRow, SyncedRow, model_for

R = TypeVar("R", bound=Record)


class RecordNotFoundError(LookupError):
    def __init__(self, record_type: RecordType, record_id: str) -> None:
        self.record_type = record_type
        self.record_id = record_id
        super().__init__(f"{record_type.value} {record_id} does not exist")


def row_to_record(record_type: RecordType, row: SyncedRow) -> Record:
    cls = RECORD_CLASSES[record_type]
    values = {name: getattr(row, name) for name in codec.field_names(cls)}
    return codec.decode(cls, values)


def derived_columns(model: type[SyncedRow], values: Mapping[str, Any]) -> dict[str, Any]:
    """Columns kept in step with these field values (a cooperative's area codes), so lists
    filter by area without string tricks. Empty when the values touch none."""
    if model is not CooperativeRow or "village_code" not in values:
        return {}
    village = str(values["village_code"] or "")
    kabupaten, kecamatan = parent_codes(village) if village else ("", "")
    return {"kabupaten_code": kabupaten, "kecamatan_code": kecamatan}


def apply_values(row: SyncedRow, values: Mapping[str, Any]) -> None:
    """Set encoded field values on a row, keeping the derived area columns in step."""
    for name, value in {**values, **derived_columns(type(row), values)}.items():
        setattr(row, name, value)


def _live_row(session: Session, record_type: RecordType, record_id: str) -> SyncedRow:
    row = session.get(model_for(record_type), record_id)
    if row is None or row.deleted:
        raise RecordNotFoundError(record_type, record_id)
    return row


def insert(session: Session, record: Record) -> None:
    record_type = record_type_of(record)
    values = codec.encode(record)
    row = model_for(record_type)(id=record.id, server_version=0, deleted=False)
    row.local_changed_at = outbox.device_now()
    apply_values(row, values)
    session.add(row)
    session.flush()  # constraint failures surface here, before the outbox entry exists
    # Empty values are every field's default: leaving them out keeps a create small on the wire.
    fields = {k: v for k, v in values.items() if k != "id" and v not in (None, "", [])}
    outbox.append(session, record_type, record.id, MutationOp.CREATE, fields=fields)
    history.note(session, record_type, row, "create", fields, source=history.LOCAL)


def resend_create(session: Session, record_type: RecordType, record_id: str) -> bool:
    """Queue a record the server refused to create, as a create again (its current values);
    False when it is gone, or the server has it after all."""
    row = session.get(model_for(record_type), record_id)
    if row is None or row.deleted or row.server_version > 0:
        return False
    values = codec.encode(row_to_record(record_type, row))
    fields = {k: v for k, v in values.items() if k != "id" and v not in (None, "", [])}
    outbox.append(session, record_type, record_id, MutationOp.CREATE, fields=fields)
    return True


def patch(
    session: Session,
    record_type: RecordType,
    record_id: str,
    changes: Mapping[str, object],
    *,
    intent: Intent | None = None,
    intent_args: Mapping[str, Any] | None = None,
) -> Record:
    """Apply changed fields; writes an outbox entry only if something really changed.

    With ``intent`` the change travels as a named intent the server checks as a transition
    (e.g. a visit's status) instead of as plain field values.
    """
    row = _live_row(session, record_type, record_id)
    current = row_to_record(record_type, row)
    if "id" in changes:
        raise ValueError("a record's id never changes")
    keeps_source = position.has_source(type(current))
    if keeps_source:
        source = getattr(current, position.SOURCE_FIELD)
        changes = position.written_with_position(changes, changes, source)
    updated = dataclasses.replace(current, **cast(dict[str, Any], changes))
    before, after = codec.encode(current), codec.encode(updated)
    changed = {name: value for name, value in after.items() if before[name] != value}
    if keeps_source and changed:
        changed = position.stated_with_position(changed, after[position.SOURCE_FIELD])
    if not changed and intent is None:
        return current
    row.local_changed_at = outbox.device_now()
    apply_values(row, changed)
    known = row.field_versions or {}
    base = {name: int(known.get(name, 0)) for name in changed}
    if intent is None:
        outbox.append(
            session, record_type, record_id, MutationOp.PATCH, fields=changed, base_versions=base
        )
    else:
        outbox.append(
            session,
            record_type,
            record_id,
            MutationOp.INTENT,
            fields=changed,
            base_versions=base,
            intent=intent,
            intent_args=intent_args,
        )
    history.note(session, record_type, row, "patch", changed, source=history.LOCAL)
    session.flush()
    return row_to_record(record_type, row)


def delete(session: Session, record_type: RecordType, record_id: str) -> None:
    """Tombstone the record; it disappears from lists now and from the server at next sync."""
    row = _live_row(session, record_type, record_id)
    row.deleted = True
    row.local_changed_at = outbox.device_now()
    outbox.append(
        session,
        record_type,
        record_id,
        MutationOp.DELETE,
        base_versions={"*": row.server_version},
    )
    history.note(session, record_type, row, "delete", {}, source=history.LOCAL)
    session.flush()


def get(session: Session, cls: type[R], record_id: str) -> R | None:
    record_type = record_type_of_class(cls)
    row = session.get(model_for(record_type), record_id)
    if row is None or row.deleted:
        return None
    return cast(R, row_to_record(record_type, row))


def children(session: Session, cls: type[R], parent_field: str, parent_id: str) -> list[R]:
    record_type = record_type_of_class(cls)
    model = model_for(record_type)
    query = (
        select(model)
        .where(getattr(model, parent_field) == parent_id, model.deleted.is_(False))
        .order_by(model.id)  # UUIDv7: creation order
    )
    return [cast(R, row_to_record(record_type, row)) for row in session.scalars(query)]


def record_type_of_class(cls: type[Record]) -> RecordType:
    for record_type, known in RECORD_CLASSES.items():
        if known is cls:
            return record_type
    raise TypeError(f"not a synced record class: {cls.__name__}")
