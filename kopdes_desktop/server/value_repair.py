"""Stored values the value rules now refuse (written before a rule existed), made sendable.

The rules of ``domain/values.py`` and ``validation.NUMBER_RANGES`` are checked at the door of
every push, but a server running since before a rule may hold values it would refuse today: a
lone surrogate that no pull answer can encode, a member count of 10**20 that no laptop can store.
Two things keep such a row from hurting anyone:

- every pull sends each record as :func:`repaired` makes it, so a pull never fails on one;
- ``kopdes-server migrate`` (and ``kopdes-server repair-values``) writes those repairs into the
  database as an admin edit with a new version, so every laptop pulls the repaired value and the
  record can be edited again. The original values are printed for the admin's records.

A repair keeps what can be kept: a refused character of a text is dropped (a lone surrogate
becomes U+FFFD, the replacement character, so the reader sees where something was lost), line
ends become LF, the text NFC; a number beyond its range becomes empty.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdes_desktop.domain import codec, values
from kopdes_desktop.domain.records import RECORD_CLASSES, RecordType
from kopdes_desktop.domain.validation import NUMBER_RANGES
from kopdes_desktop.server.models import RecordRow
from kopdes_desktop.server.versioning import WriteBatch

REPLACEMENT_CHARACTER = "\ufffd"
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SCAN_CHUNK = 1000


@dataclass(frozen=True, slots=True)
class Repair:
    record_type: str
    record_id: str
    field: str
    before: Any
    after: Any


def _repaired_text(text: str) -> str:
    if values.refused_character_position(text) is not None:
        text = _CONTROL.sub("", _SURROGATE.sub(REPLACEMENT_CHARACTER, text))
    return values.normalise_text(text)


def _number_fits(record_type: RecordType, name: str, number: int | float) -> bool:
    if not values.storable_number(number):
        return False
    bounds = NUMBER_RANGES.get(RECORD_CLASSES[record_type], {}).get(name)
    if bounds is None:
        return True
    return math.isfinite(number) and bounds.low <= number <= bounds.high


def _repaired_value(record_type: RecordType, name: str, annotation: Any, value: Any) -> Any:
    if isinstance(value, str):
        return _repaired_text(value)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return value
    optional = annotation in (int | None, float | None)
    return value if not optional or _number_fits(record_type, name, value) else None


def repaired(record_type: str, data: Mapping[str, Any]) -> dict[str, Any]:
    """The field values as the current rules accept them (the same dict if nothing changes)."""
    kind = RecordType(record_type)
    types = codec.field_types(RECORD_CLASSES[kind])
    changed: dict[str, Any] | None = None
    for name, value in data.items():
        annotation = types.get(name)
        if annotation is None:
            continue
        fixed = _repaired_value(kind, name, annotation, value)
        if fixed is not value and fixed != value:
            changed = changed if changed is not None else dict(data)
            changed[name] = fixed
    return dict(data) if changed is None else changed


def _needing_repair(session: Session) -> Iterator[str]:
    after = ""
    while True:
        rows = session.execute(
            select(RecordRow.record_id, RecordRow.record_type, RecordRow.data)
            .where(RecordRow.deleted.is_(False), RecordRow.record_id > after)
            .order_by(RecordRow.record_id)
            .limit(_SCAN_CHUNK)
        ).all()
        for record_id, record_type, data in rows:
            if repaired(record_type, data) != data:
                yield record_id
        if len(rows) < _SCAN_CHUNK:
            return
        after = rows[-1].record_id


def repair_stored_values(session: Session, *, dry_run: bool = False) -> list[Repair]:
    """Find (and unless ``dry_run``, write) every repair; one new version for all of them."""
    found: list[Repair] = []
    batch = WriteBatch(session, user_id=None, client_id="admin")
    for record_id in list(_needing_repair(session)):
        row = session.get(RecordRow, record_id, with_for_update=True)
        if row is None:
            continue
        fixed = repaired(row.record_type, row.data)
        changes = {name: value for name, value in fixed.items() if row.data.get(name) != value}
        found += [
            Repair(row.record_type, record_id, name, row.data.get(name), value)
            for name, value in changes.items()
        ]
        if not dry_run:
            batch.write_fields(row, changes)
    if batch.touched:
        batch.finish()
    return found


def describe(repair: Repair, width: int = 80) -> str:
    """One line for the admin: escaped, so the line itself can always be printed."""

    def shown(value: Any) -> str:
        text = ascii(value)
        return text if len(text) <= width else text[: width - 1] + "…"

    return (
        f"{repair.record_type} {repair.record_id} {repair.field}: "
        f"{shown(repair.before)} -> {shown(repair.after)}"
    )
