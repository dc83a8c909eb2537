"""The transactional outbox: every local change leaves a numbered note for the server.

Entries are appended inside the caller's write transaction, so the change and its note commit
together or not at all. Mutation ids come from a counter in the same transaction, which keeps
them gap-free: the server treats a gap as a lost mutation.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.mutations import RECORD_SCHEMA_VERSION, Intent, MutationOp
from kopdes_desktop.domain.records import RecordType
from kopdes_desktop.storage.models import OutboxEntry, SyncState

_STATE_ROW = 1


@dataclass(frozen=True, slots=True)
class PendingMutation:
    mutation_id: int
    record_type: RecordType
    record_id: str
    op: MutationOp
    fields: Mapping[str, Any]
    base_versions: Mapping[str, int]
    intent: Intent | None
    intent_args: Mapping[str, Any]
    device_time: str
    schema_version: int


def device_now() -> str:
    """Device wall-clock time, for the audit trail only: laptops' clocks can be years off."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def sync_state(session: Session) -> SyncState:
    """The install's single sync-state row, created with a fresh client id on first use."""
    state = session.get(SyncState, _STATE_ROW)
    if state is None:
        state = SyncState(id=_STATE_ROW, client_id=new_id(), last_mutation_id=0)
        session.add(state)
        session.flush()
    return state


def append(
    session: Session,
    record_type: RecordType,
    record_id: str,
    op: MutationOp,
    *,
    fields: Mapping[str, Any] | None = None,
    base_versions: Mapping[str, int] | None = None,
    intent: Intent | None = None,
    intent_args: Mapping[str, Any] | None = None,
) -> int:
    state = sync_state(session)
    state.last_mutation_id += 1
    session.add(
        OutboxEntry(
            mutation_id=state.last_mutation_id,
            record_type=record_type.value,
            record_id=record_id,
            op=op.value,
            fields=dict(fields or {}),
            base_versions=dict(base_versions or {}),
            intent=intent.value if intent else None,
            intent_args=dict(intent_args or {}),
            device_time=device_now(),
            schema_version=RECORD_SCHEMA_VERSION,
        )
    )
    session.flush()
    return state.last_mutation_id


def _to_pending(entry: OutboxEntry) -> PendingMutation:
    return PendingMutation(
        mutation_id=entry.mutation_id,
        record_type=RecordType(entry.record_type),
        record_id=entry.record_id,
        op=MutationOp(entry.op),
        fields=dict(entry.fields),
        base_versions={k: int(v) for k, v in entry.base_versions.items()},
        intent=Intent(entry.intent) if entry.intent else None,
        intent_args=dict(entry.intent_args),
        device_time=entry.device_time,
        schema_version=entry.schema_version,
    )


def pending(session: Session, limit: int | None = None) -> list[PendingMutation]:
    query = select(OutboxEntry).order_by(OutboxEntry.mutation_id)
    if limit is not None:
        query = query.limit(limit)
    return [_to_pending(entry) for entry in session.scalars(query)]


def pending_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(OutboxEntry)) or 0


def pending_record_ids(session: Session) -> set[str]:
    """Records that hold unsent edits (they must survive scope changes and resets)."""
    return set(session.scalars(select(OutboxEntry.record_id).distinct()))


def acknowledge(session: Session, up_to_mutation_id: int) -> int:
    """Drop entries the server confirmed; returns how many were removed."""
    state = sync_state(session)
    state.last_acked_mutation_id = max(state.last_acked_mutation_id, up_to_mutation_id)
    result = session.execute(
        delete(OutboxEntry).where(OutboxEntry.mutation_id <= up_to_mutation_id)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def renumber_pending(session: Session, first: int) -> int:
    """Give the pending entries consecutive ids from ``first``, in their order; returns the new
    highest id (``first - 1`` when nothing is pending)."""
    ids = select(OutboxEntry.mutation_id).order_by(OutboxEntry.mutation_id)
    entries = list(session.scalars(ids))
    if entries and entries[0] != first:
        # Moving down, ascending order never lands on an id still in use; moving up, descending.
        moves = list(enumerate(entries, start=first))
        if first > entries[0]:
            moves.reverse()
        for new, old in moves:
            session.execute(
                update(OutboxEntry).where(OutboxEntry.mutation_id == old).values(mutation_id=new)
            )
    return first + len(entries) - 1


def take_new_identity(session: Session) -> str:
    """Become a new client to the server: a fresh client id, pending entries numbered from 1.

    For a database that went back in time (restored, recovered, copied to another laptop): the
    server consumed this client's ids past the point the copy remembers, for edits the copy never
    saw, so new edits numbered from the old count would be taken for resends. Unsent work is
    kept, in its order; what was exported to a handover bundle counts as unsent again.
    """
    state = sync_state(session)
    state.last_mutation_id = renumber_pending(session, 1)
    state.client_id = new_id()
    state.last_acked_mutation_id = 0
    state.exported_mutation_id = 0
    state.restored_mutation_id = None
    session.flush()
    return state.client_id


def mark_restored(session: Session) -> None:
    """This file was just put back from a copy: what is pending now may already be on the server
    (it goes first, under the current id, and is answered as duplicates); anything edited from
    now on waits for a new client id. See :func:`take_new_identity`."""
    state = sync_state(session)
    earlier = state.restored_mutation_id
    state.restored_mutation_id = (
        state.last_mutation_id if earlier is None else min(earlier, state.last_mutation_id)
    )


def take_identity_of_this_account(session: Session) -> str:
    """The server says this install's client id belongs to another account: the database was
    copied from a colleague's laptop, or another person signs in here. Changes exported to a
    handover bundle before the switch are that account's and travel in the bundle, so they
    leave the outbox; the rest were made under this account and go out under a new client id."""
    state = sync_state(session)
    session.execute(
        delete(OutboxEntry).where(OutboxEntry.mutation_id <= state.exported_mutation_id)
    )
    return take_new_identity(session)
