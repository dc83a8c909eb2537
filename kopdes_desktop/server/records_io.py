"""Turning stored rows into domain records and wire changes, and back."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from kopdes_desktop.domain import codec
from kopdes_desktop.domain.records import RECORD_CLASSES, Record, RecordType
from kopdes_desktop.server.models import RecordRow
from kopdes_desktop.server.value_repair import sendable
from kopdes_desktop.sync.protocol import Change


def record_class(record_type: str) -> type[Record]:
    return RECORD_CLASSES[RecordType(record_type)]


def to_record(row: RecordRow, data: dict[str, Any] | None = None) -> Record:
    """Decode a row (or candidate field values for it) into its domain record."""
    values = dict(row.data if data is None else data)
    values["id"] = row.record_id
    return codec.decode(record_class(row.record_type), values)


def normalised(record: Record) -> dict[str, Any]:
    """Encoded field values without the id: what a row stores and a pull sends."""
    encoded: dict[str, Any] = codec.encode(record)
    encoded.pop("id", None)
    return encoded


def to_change(row: RecordRow) -> Change:
    """A row as pulled. Values written before a rule existed are sent made sendable
    (server/value_repair.py), so one old value can never make a pull fail."""
    return Change(
        record_type=RecordType(row.record_type),
        record_id=row.record_id,
        cooperative_id=row.cooperative_id,
        version=row.version,
        deleted=row.deleted,
        fields=None if row.deleted else sendable(row.record_type, row.data),
        field_versions={
            name: int(meta["v"]) for name, meta in row.field_meta.items() if "v" in meta
        },
        changed_by=last_writer(row),
        changed_at=_utc_text(row.updated_at),
    )


def last_writer(row: RecordRow) -> str | None:
    """The user who wrote this version's fields (one write is one person's); None when the
    server wrote them itself or the version wrote no field (a tombstone)."""
    writers = sorted(
        str(meta["u"])
        for meta in row.field_meta.values()
        if meta.get("v") == row.version and meta.get("u")
    )
    return writers[0] if writers else None


def _utc_text(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    # SQLite hands back naive datetimes; the server always writes UTC.
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).isoformat(timespec="seconds")
