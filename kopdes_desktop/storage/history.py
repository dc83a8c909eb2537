"""Change history of cooperative profiles: who changed which field of the profile, its officers
and its business units, here or (through sync) elsewhere."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdes_desktop.domain.records import RecordType
from kopdes_desktop.storage import outbox
from kopdes_desktop.storage.models import HistoryEntry, SyncedRow

PROFILE_TYPES = frozenset({RecordType.COOPERATIVE, RecordType.OFFICER, RecordType.BUSINESS_UNIT})
LOCAL, SERVER = "local", "server"
# Ops of history rows besides the mutation ops: RECEIVE is a record sync brought that was edited
# after it was added, so whoever wrote it last is not who added it.
CREATE, RECEIVE = "create", "receive"
MAX_ENTRIES = 200


def note(
    session: Session,
    record_type: RecordType,
    row: SyncedRow,
    op: str,
    fields: Mapping[str, Any],
    *,
    source: str,
    author_id: str | None = None,
    changed_at: str | None = None,
) -> None:
    entry = entry_values(
        record_type,
        row.id,
        str(getattr(row, "cooperative_id", "")),
        op,
        fields,
        source=source,
        author_id=author_id,
        changed_at=changed_at,
    )
    if entry is not None:
        session.add(HistoryEntry(**entry))


def entry_values(
    record_type: RecordType,
    record_id: str,
    cooperative_id: str,
    op: str,
    fields: Mapping[str, Any],
    *,
    source: str,
    author_id: str | None = None,
    changed_at: str | None = None,
) -> dict[str, Any] | None:
    """The history row of one change as column values, or None when it is not kept (not a
    profile record, or nothing changed). For writers that insert many at once."""
    if record_type not in PROFILE_TYPES or (not fields and op != "delete"):
        return None
    return {
        "record_type": record_type.value,
        "record_id": record_id,
        "cooperative_id": record_id if record_type is RecordType.COOPERATIVE else cooperative_id,
        "source": source,
        "op": op,
        "fields": dict(fields),
        "device_time": outbox.device_now(),
        "author_id": author_id,
        "changed_at": changed_at,
    }


def entries_for(session: Session, cooperative_id: str) -> list[HistoryEntry]:
    query = (
        select(HistoryEntry)
        .where(HistoryEntry.cooperative_id == cooperative_id)
        .order_by(HistoryEntry.id.desc())
        .limit(MAX_ENTRIES)
    )
    return list(session.scalars(query))


def last_server_change(session: Session, record_id: str, field: str = "") -> str | None:
    """Device time at which sync last brought a change of ``field`` (any field if empty)."""
    found = last_server_entry(session, record_id, field)
    return None if found is None else found.device_time


def last_server_entry(session: Session, record_id: str, field: str = "") -> HistoryEntry | None:
    """The history entry of the last change of ``field`` (any field if empty) sync brought."""
    query = (
        select(HistoryEntry)
        .where(HistoryEntry.record_id == record_id, HistoryEntry.source == SERVER)
        .order_by(HistoryEntry.id.desc())
        .limit(MAX_ENTRIES)
    )
    for entry in session.scalars(query):
        if not field or field in (entry.fields or {}):
            return entry
    return None
