"""Reading the unsent changes (outbox) of a database file that may be damaged.

When a damaged file is replaced by a backup, the user must be told which of their unsent
changes the backup lacks, so they can enter them again. The damaged file is read with plain
``sqlite3``, row by row, keeping whatever comes out before the damage stops the read.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from kopdes_desktop.storage.backup import NotAKopdesDatabaseError, connect_file

log = logging.getLogger(__name__)
# Fields that let a person recognise a change: a cooperative's name, a visit's date, ...
_HINT_FIELDS = ("name", "title", "full_name", "visit_date", "caption")
MAX_HINT_CHARS = 80


@dataclass(frozen=True, slots=True)
class UnsentChange:
    """One outbox entry, as much of it as a possibly damaged file still gives up."""

    mutation_id: int
    record_type: str
    record_id: str
    op: str
    device_time: str
    hint: str  # may be empty


@dataclass(frozen=True, slots=True)
class OutboxReadout:
    changes: tuple[UnsentChange, ...]
    last_mutation_id: int | None  # from sync_state; None when it could not be read
    complete: bool  # False when reading stopped at damage: there may be more


def _hint(fields_json: object) -> str:
    try:
        fields = json.loads(fields_json) if isinstance(fields_json, str | bytes) else {}
    except ValueError:
        return ""
    if not isinstance(fields, dict):
        return ""
    for key in _HINT_FIELDS:
        value = fields.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()[:MAX_HINT_CHARS]
    return ""


def _last_mutation_id(connection: sqlite3.Connection, path: Path) -> int | None:
    try:
        row = connection.execute(
            "SELECT last_mutation_id FROM sync_state ORDER BY id LIMIT 1"
        ).fetchone()
    except sqlite3.Error as error:
        log.warning("sync_state of %s unreadable: %s", path, error)
        return None
    return int(row[0]) if row else 0


def read_outbox(path: Path) -> OutboxReadout:
    """The unsent changes in a file, reading as far as damage allows."""
    changes: list[UnsentChange] = []
    last_mutation_id: int | None = None
    complete = True
    try:
        with connect_file(path) as connection:
            last_mutation_id = _last_mutation_id(connection, path)
            cursor = connection.execute(
                "SELECT mutation_id, record_type, record_id, op, device_time, fields"
                " FROM outbox ORDER BY mutation_id"
            )
            for mutation_id, record_type, record_id, op, device_time, fields in cursor:
                changes.append(
                    UnsentChange(
                        mutation_id=int(mutation_id),
                        record_type=str(record_type),
                        record_id=str(record_id),
                        op=str(op),
                        device_time=str(device_time),
                        hint=_hint(fields),
                    )
                )
    except (sqlite3.Error, NotAKopdesDatabaseError) as error:
        log.warning("outbox of %s read only in part (%d entries): %s", path, len(changes), error)
        complete = False
    return OutboxReadout(tuple(changes), last_mutation_id, complete)


def changes_missing_from(damaged: OutboxReadout, backup: OutboxReadout) -> list[UnsentChange]:
    """Unsent changes of the damaged file that the backup does not hold.

    Mutation ids are gap-free and only grow, so the backup holds every change up to its own
    ``last_mutation_id``; anything newer in the damaged file exists only there.
    """
    known = backup.last_mutation_id
    if known is None:
        known = max((change.mutation_id for change in backup.changes), default=0)
    return [change for change in damaged.changes if change.mutation_id > known]
