"""Stored values the value rules now refuse (written before a rule existed), made sendable.

The rules of ``domain/values.py`` and ``validation.NUMBER_RANGES`` are checked at the door of
every push, but a server running since before a rule may hold values it would refuse today: a
lone surrogate that no pull answer can encode, a member count of 10**20 that no laptop can store.
Two things keep such a row from hurting anyone:

- every pull sends each record as :func:`sendable` makes it (lone surrogates replaced, numbers
  no column holds left empty), so a pull never fails on one;
- ``kopdes-server migrate`` (and ``kopdes-server repair-values``) writes those repairs into the
  database as an admin edit with a new version, so every laptop pulls the repaired value and the
  record can be edited again. The original values are printed for the admin's records.

A repair keeps what can be kept: a refused character of a text is dropped (a lone surrogate
becomes U+FFFD, the replacement character, so the reader sees where something was lost), line
ends become LF, the text NFC; a number beyond its range becomes empty.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdes_desktop.domain import codec, values
from kopdes_desktop.domain.records import RECORD_CLASSES, RecordType
from kopdes_desktop.domain.validation import NUMBER_RANGES, Range
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


def _text_needs_repair(text: str) -> bool:
    # Checked on every pulled text: the common case (clean ASCII) costs one scan.
    if "\r" in text or values.refused_character_position(text) is not None:
        return True
    return not text.isascii() and not unicodedata.is_normalized("NFC", text)


def _repaired_text(text: str) -> str:
    if values.refused_character_position(text) is not None:
        text = _CONTROL.sub("", _SURROGATE.sub(REPLACEMENT_CHARACTER, text))
    return values.normalise_text(text)


@functools.cache
def _number_bounds(record_type: str) -> dict[str, Range | None]:
    """The optional number fields of a record type and their realistic range (None: any
    storable number)."""
    cls = RECORD_CLASSES[RecordType(record_type)]
    ranges = NUMBER_RANGES.get(cls, {})
    return {
        name: ranges.get(name)
        for name, annotation in codec.field_types(cls).items()
        if annotation in (int | None, float | None)
    }


def _number_fits(number: int | float, bounds: Range | None) -> bool:
    if not values.storable_number(number):
        return False
    return bounds is None or bounds.low <= number <= bounds.high


def repaired(record_type: str, data: Mapping[str, Any]) -> dict[str, Any]:
    """The field values as the current rules accept them (a copy, changed or not)."""
    numbers = _number_bounds(record_type)
    changed = dict(data)
    for name, value in data.items():
        if isinstance(value, str):
            if _text_needs_repair(value):
                changed[name] = _repaired_text(value)
        elif (
            name in numbers
            and isinstance(value, int | float)
            and not isinstance(value, bool)
            and not _number_fits(value, numbers[name])
        ):
            changed[name] = None
    return changed


def sendable(record_type: str, data: Mapping[str, Any]) -> dict[str, Any]:
    """What a pull sends (a copy): the least repair that keeps one old value from breaking
    the answer (a lone surrogate cannot be encoded) or a laptop (a number no column holds).

    Cheaper than :func:`repaired`, since it runs on every pulled row: the rest of a repair
    (control characters, NFC, realistic ranges) waits for ``migrate``; a laptop's codec leaves
    such a field out meanwhile.
    """
    numbers = _number_bounds(record_type)
    sent = dict(data)
    for name, value in data.items():
        if isinstance(value, str):
            if not value.isascii() and _SURROGATE.search(value):
                sent[name] = _SURROGATE.sub(REPLACEMENT_CHARACTER, value)
        elif (
            name in numbers
            and isinstance(value, int | float)
            and not isinstance(value, bool)
            and not values.storable_number(value)
        ):
            sent[name] = None
    return sent


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
