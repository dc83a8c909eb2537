"""Bringing pulled server state into the local database without losing local work.

Records with unsent edits are rebased: the server's values land in every field the user did not
touch, the user's values stay in the fields they did. Everything else simply takes the server's
state. Cooperatives that left the user's scope are dropped with everything under them, unless
something under them still holds unsent edits.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from kopdes_desktop.domain.records import RecordType
from kopdes_desktop.storage.models import (
    ConflictRow,
    OutboxEntry,
    PhotoRow,
    SyncedRow,
    model_for,
)
from kopdes_desktop.sync import set_aside
from kopdes_desktop.sync.bulk_write import (
    ALL_FIELDS,
    ApplyStats,
    ChunkWriter,
    Prepared,
    known_values,
    prepare,
)
from kopdes_desktop.sync.protocol import Change

log = logging.getLogger(__name__)
__all__ = ["ALL_FIELDS", "Applied", "ApplyStats", "apply_change", "apply_changes"]

# Children are found through these parent columns when a cooperative leaves the scope.
_UNDER_COOPERATIVE = (
    RecordType.OFFICER,
    RecordType.BUSINESS_UNIT,
    RecordType.VISIT,
    RecordType.OPPORTUNITY,
)


def touched_fields(session: Session) -> dict[str, set[str]]:
    """Record id → fields with unsent local edits (``*`` for a pending delete)."""
    touched: dict[str, set[str]] = {}
    for record_id, fields in session.execute(select(OutboxEntry.record_id, OutboxEntry.fields)):
        touched.setdefault(record_id, set()).update(fields or {})
    for (record_id,) in session.execute(
        select(OutboxEntry.record_id).where(OutboxEntry.op == "delete")
    ):
        touched.setdefault(record_id, set()).add(ALL_FIELDS)
    return touched


def apply_change(
    session: Session, change: Change, touched: Mapping[str, set[str]], stats: ApplyStats
) -> None:
    """Apply one change already read (a refused record's server state in a push answer)."""
    values = None
    if not change.deleted and change.fields is not None:
        values = known_values(change.record_type, change.fields)
    ChunkWriter(session, touched, stats).write([Prepared(change, values)])


@dataclass
class Applied:
    """What applying pulled changes did, record by record."""

    # Record id → the problem of its last change, or None when that one went in.
    last: dict[str, set_aside.Problem | None] = field(default_factory=dict)
    written: dict[RecordType, list[str]] = field(default_factory=dict)  # live rows written

    def add(self, other: Applied) -> None:
        self.last.update(other.last)
        for record_type, ids in other.written.items():
            self.written.setdefault(record_type, []).extend(ids)

    def went_in(self, change: Change) -> None:
        self.last[change.record_id] = None
        if not change.deleted and change.fields is not None:
            self.written.setdefault(change.record_type, []).append(change.record_id)

    def succeeded(self) -> list[str]:
        return [record_id for record_id, problem in self.last.items() if problem is None]

    def problems(self) -> list[set_aside.Problem]:
        return [problem for problem in self.last.values() if problem is not None]


# Changes are applied in chunks inside one savepoint each (sync.bulk_write: the chunk's rows
# fetched in one query per record type, its writes as executemany statements); only a chunk
# that fails is redone change by change, each in its own savepoint, to find the one that cannot
# be applied.
CHUNK = 2000


def apply_changes(
    session: Session,
    changes: Iterable[Mapping[str, Any]],
    touched: Mapping[str, set[str]],
    stats: ApplyStats,
    skip: Mapping[str, set_aside.SetAsideReason] | None = None,
    *,
    chunk_done: Callable[[int], None] = lambda count: None,
) -> Applied:
    """Apply pulled changes (as they came over the wire), each standing on its own.

    A change that cannot be applied, whatever the reason, is rolled back alone and reported as
    a problem; the others are applied. ``skip`` names records not to apply at all (found
    orphaned by an earlier attempt at this pull): they become problems with that reason.
    Errors of the database itself (disk full, locked) are raised: they are no change's fault.
    """
    # Parents and children can arrive in any order within a pull; check references at commit.
    session.execute(text("PRAGMA defer_foreign_keys=ON"))
    skip = skip or {}
    pending = list(changes)
    result = Applied()
    for start in range(0, len(pending), CHUNK):
        chunk = pending[start : start + CHUNK]
        chunk_stats, outcome = ApplyStats(), Applied()
        try:
            with session.begin_nested():
                _apply_chunk(session, chunk, touched, stats=chunk_stats, skip=skip, outcome=outcome)
            failed = False
        except Exception as error:
            if set_aside.is_environment_error(error):
                raise
            failed = True
        if failed:  # outside the handler, so errors found now are not chained to this one
            chunk_stats, outcome = ApplyStats(), Applied()
            for raw in chunk:
                _apply_alone(session, raw, touched, stats=chunk_stats, skip=skip, outcome=outcome)
        stats.add(chunk_stats)
        result.add(outcome)
        chunk_done(len(chunk))
    return result


def _skipped(raw: Mapping[str, Any], skip: Mapping[str, set_aside.SetAsideReason]) -> bool:
    return set_aside.record_id_of(raw) in skip


def _left_out(raw: Mapping[str, Any], skip: Mapping[str, set_aside.SetAsideReason]) -> Applied:
    record_id = set_aside.record_id_of(raw)
    detail = "the record it belongs to is not on this laptop"
    return Applied(last={record_id: set_aside.Problem(raw, skip[record_id], detail)})


def _apply_chunk(
    session: Session,
    chunk: list[Mapping[str, Any]],
    touched: Mapping[str, set[str]],
    *,
    stats: ApplyStats,
    skip: Mapping[str, set_aside.SetAsideReason],
    outcome: Applied,
) -> None:
    """Apply a chunk, raising at the first change that fails."""
    prepared: list[Prepared] = []
    for raw in chunk:
        if _skipped(raw, skip):
            outcome.add(_left_out(raw, skip))
        else:
            prepared.append(prepare(raw))
    ChunkWriter(session, touched, stats).write(prepared)
    for item in prepared:
        outcome.went_in(item.change)


def _apply_alone(
    session: Session,
    raw: Mapping[str, Any],
    touched: Mapping[str, set[str]],
    *,
    stats: ApplyStats,
    skip: Mapping[str, set_aside.SetAsideReason],
    outcome: Applied,
) -> None:
    """Apply one change in its own savepoint; one that fails becomes a problem."""
    if _skipped(raw, skip):
        outcome.add(_left_out(raw, skip))
        return
    own = ApplyStats()
    try:
        with session.begin_nested():
            item = prepare(raw)
            ChunkWriter(session, touched, own).write([item])
    except Exception as error:
        if set_aside.is_environment_error(error):
            raise
        record_id = set_aside.record_id_of(raw)
        log.warning("set aside a change of %s from the server: %s", record_id, error)
        outcome.last[record_id] = set_aside.problem(raw, error)
        return
    stats.add(own)
    outcome.went_in(item.change)


# Rows whose parent must exist on the laptop (the foreign keys of storage/models.py).
_PARENT_COLUMN = {
    RecordType.OFFICER: ("cooperative_id", RecordType.COOPERATIVE),
    RecordType.BUSINESS_UNIT: ("cooperative_id", RecordType.COOPERATIVE),
    RecordType.VISIT: ("cooperative_id", RecordType.COOPERATIVE),
    RecordType.OPPORTUNITY: ("cooperative_id", RecordType.COOPERATIVE),
    RecordType.AGREED_ACTION: ("visit_id", RecordType.VISIT),
    RecordType.REVIEW_COMMENT: ("visit_id", RecordType.VISIT),
}


def orphans(session: Session, written: Mapping[RecordType, list[str]]) -> set[str]:
    """Rows just written whose parent is not on the laptop (it never came, or was set aside):
    left in, they would fail the foreign-key check at commit and with it the whole pull."""
    found: set[str] = set()
    for record_type, ids in written.items():
        if record_type not in _PARENT_COLUMN:
            continue
        column_name, parent_type = _PARENT_COLUMN[record_type]
        model, parent = model_for(record_type), model_for(parent_type)
        column = getattr(model, column_name)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            found.update(
                session.scalars(
                    select(model.id).where(model.id.in_(chunk), column.not_in(select(parent.id)))
                )
            )
    return found


def _subtree(session: Session, cooperative_id: str) -> dict[RecordType, list[str]]:
    tree: dict[RecordType, list[str]] = {RecordType.COOPERATIVE: [cooperative_id]}
    for record_type in _UNDER_COOPERATIVE:
        model = model_for(record_type)
        tree[record_type] = list(
            session.scalars(select(model.id).where(model.cooperative_id == cooperative_id))  # type: ignore[attr-defined]
        )
    visits = tree[RecordType.VISIT]
    for record_type, column in (
        (RecordType.AGREED_ACTION, "visit_id"),
        (RecordType.REVIEW_COMMENT, "visit_id"),
    ):
        model = model_for(record_type)
        tree[record_type] = list(
            session.scalars(select(model.id).where(getattr(model, column).in_(visits)))
        )
    parents = visits + tree[RecordType.OPPORTUNITY]
    tree[RecordType.PHOTO] = list(
        session.scalars(select(PhotoRow.id).where(PhotoRow.parent_id.in_(parents)))
    )
    all_ids = [i for ids in tree.values() for i in ids]
    tree[RecordType.CONFLICT] = list(
        session.scalars(select(ConflictRow.id).where(ConflictRow.record_id.in_(all_ids)))
    )
    return tree


def remove_from_scope(
    session: Session,
    cooperative_ids: Iterable[str],
    touched: Mapping[str, set[str]],
    stats: ApplyStats,
) -> None:
    for cooperative_id in cooperative_ids:
        tree = _subtree(session, cooperative_id)
        if any(record_id in touched for ids in tree.values() for record_id in ids):
            log.info("cooperative %s left the scope but holds unsent edits; kept", cooperative_id)
            continue
        # Leaves first, so no reference is ever left dangling.
        for record_type in reversed(list(tree)):
            ids = tree[record_type]
            if ids:
                model = model_for(record_type)
                session.execute(delete(model).where(model.id.in_(ids)))
                stats.removed_from_scope += len(ids)


_SWEEP_ORDER = (
    RecordType.CONFLICT,
    RecordType.PHOTO,
    RecordType.REVIEW_COMMENT,
    RecordType.AGREED_ACTION,
    RecordType.VISIT,
    RecordType.OPPORTUNITY,
    RecordType.OFFICER,
    RecordType.BUSINESS_UNIT,
    RecordType.COOPERATIVE,
)


def sweep_missing(
    session: Session, seen: set[str], touched: Mapping[str, set[str]], stats: ApplyStats
) -> None:
    """After a full re-download: drop server-known rows it no longer brought, keep unsent work."""
    for record_type in _SWEEP_ORDER:
        model: type[SyncedRow] = model_for(record_type)
        stale = [
            record_id
            for record_id in session.scalars(select(model.id).where(model.server_version > 0))
            if record_id not in seen and record_id not in touched
        ]
        for start in range(0, len(stale), 500):
            chunk = stale[start : start + 500]
            session.execute(delete(model).where(model.id.in_(chunk)))
        stats.swept += len(stale)


def parent_missing(session: Session, raw: Mapping[str, Any]) -> bool:
    """Whether the record a pulled change belongs to is still not on the laptop."""
    record_type = raw.get("record_type")
    fields = raw.get("fields")
    if record_type not in set(RecordType) or not isinstance(fields, dict):
        return False
    column = _PARENT_COLUMN.get(RecordType(record_type))
    if column is None:
        return False
    parent_id = fields.get(column[0])
    return not isinstance(parent_id, str) or session.get(model_for(column[1]), parent_id) is None
