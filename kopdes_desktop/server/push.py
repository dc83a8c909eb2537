"""``POST /sync/v1/push``: apply a client's outbox batch exactly once.

The client's row is locked first, so two copies of one batch queue behind each other; the second
then finds the mutations consumed and answers their stored results. Independently of that lock,
the primary key of ``applied_mutations`` makes a second application impossible: a racing insert
fails the whole transaction, which is retried and then sees the first one's results.
"""

from __future__ import annotations

import itertools

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.domain.values import escaped
from kopdes_desktop.server.accounts import Caller, now
from kopdes_desktop.server.db import Database
from kopdes_desktop.server.echo import note_inexact_writes
from kopdes_desktop.server.errors import ApiError
from kopdes_desktop.server.models import AppliedMutation, RecordRow, SyncClient
from kopdes_desktop.server.records_io import to_change
from kopdes_desktop.server.rules import MutationContext, RejectedError, apply_mutation
from kopdes_desktop.server.versioning import WriteBatch, current_version
from kopdes_desktop.sync.protocol import (
    Change,
    ErrorCode,
    Mutation,
    MutationResult,
    MutationStatus,
    PushRequest,
    PushResponse,
    ValidationIssue,
    mutation_digest,
)


def lock_client(session: Session, caller: Caller, client_id: str) -> SyncClient:
    """The caller's client row, locked until commit; registered on first contact."""
    client = session.get(SyncClient, client_id, with_for_update=True)
    if client is None:
        # A racing first request inserts the same key; the loser is retried and finds this row.
        client = SyncClient(
            client_id=client_id,
            user_id=caller.user_id,
            last_mutation_id=0,
            created_at=now(),
            last_seen_at=now(),
        )
        session.add(client)
        session.flush()
    if client.user_id != caller.user_id:
        raise ApiError(
            403, ErrorCode.CLIENT_OF_OTHER_USER, "this client id belongs to another account"
        )
    return client


def lock_records(session: Session, record_ids: set[str]) -> dict[str, RecordRow | None]:
    """Lock every existing record the batch names, in one statement and in id order.

    Two batches touching the same cooperatives in different orders would otherwise deadlock;
    a single global order makes one of them simply wait. The rows stay in the session, so the
    rules then find them (and know which ids are new) without another query.
    """
    found: dict[str, RecordRow | None] = dict.fromkeys(record_ids)
    if record_ids:
        rows = session.scalars(
            select(RecordRow)
            .where(RecordRow.record_id.in_(sorted(record_ids)))
            .order_by(RecordRow.record_id)
            .with_for_update()
        )
        found.update((row.record_id, row) for row in rows)
    return found


def _sendable(issues: list[ValidationIssue]) -> list[ValidationIssue]:
    """A refusal may name what the client sent (an unknown field); stored and answered, it must
    hold only characters JSON in UTF-8 and PostgreSQL can carry."""
    return [issue.model_copy(update={"field": escaped(issue.field)}) for issue in issues]


def _check_contiguous(request: PushRequest) -> None:
    ids = [m.mutation_id for m in request.mutations]
    if any(b != a + 1 for a, b in itertools.pairwise(ids)):
        raise ApiError(
            422, ErrorCode.INVALID_REQUEST, "mutation ids in a batch must be consecutive"
        )


def _answers_for_consumed(
    session: Session, client_id: str, last: int, request: PushRequest
) -> dict[int, MutationResult]:
    """Stored answers for the batch's already-consumed mutations, marked as duplicates.

    Only a true resend is a duplicate: a mutation whose content differs from the one consumed
    under its id comes from a laptop database that went back in time (restored, recovered or
    copied) and numbers new edits again from an old count. Answering it "duplicate" would make
    that laptop drop an edit the server never saw, so the whole batch is refused instead.
    """
    seen = [m for m in request.mutations if m.mutation_id <= last]
    if not seen:
        return {}
    stored = {
        row.mutation_id: row
        for row in session.scalars(
            select(AppliedMutation).where(
                AppliedMutation.client_id == client_id,
                AppliedMutation.mutation_id.in_([m.mutation_id for m in seen]),
            )
        )
    }
    results: dict[int, MutationResult] = {}
    for mutation in seen:  # ascending ids: the consumed part of a batch comes first
        row = stored.get(mutation.mutation_id)
        if row is not None and row.digest is not None and row.digest != mutation_digest(mutation):
            raise ApiError(
                409,
                ErrorCode.MUTATION_ID_REUSED,
                f"mutation {mutation.mutation_id} differs from the one consumed under that id: "
                "take a new client id for the changes from here on",
                matched_mutation_id=mutation.mutation_id - 1,
                last_mutation_id=last,
                results=[r.model_dump(mode="json") for r in results.values()],
            )
        if row is not None and row.result is not None:
            results[mutation.mutation_id] = MutationResult.model_validate(
                {**row.result, "duplicate": True}
            )
        else:
            # Consumed, but its stored answer was compacted away long ago.
            results[mutation.mutation_id] = MutationResult(
                mutation_id=mutation.mutation_id,
                status=MutationStatus.APPLIED,
                version=row.version if row is not None else 0,
                duplicate=True,
                message="consumed long ago; result no longer kept",
            )
    return results


def _refused_records(
    context: MutationContext,
    fresh: list[Mutation],
    outcomes: list[tuple[int, RejectedError | None, list[str]]],
) -> dict[int, Change]:
    """Mutation id → the state of the record it failed to change, for the last refusal of each
    record the caller can see (a refused create of a record the server never had: nothing)."""
    refused = {mutation_id for mutation_id, rejection, _c in outcomes if rejection is not None}
    last_refusal: dict[str, Mutation] = {m.record_id: m for m in fresh if m.mutation_id in refused}
    states: dict[int, Change] = {}
    for record_id, mutation in last_refusal.items():
        row = context.row(record_id)
        if row is None or row.record_type != mutation.record_type.value:
            continue
        if context.can_see(row.cooperative_id):
            states[mutation.mutation_id] = to_change(row)
    return states


def push(
    db: Database, catalog: RegionCatalog, caller: Caller, request: PushRequest
) -> PushResponse:
    return push_batches(db, catalog, caller, [request])[0]


def push_batches(
    db: Database, catalog: RegionCatalog, caller: Caller, requests: list[PushRequest]
) -> list[PushResponse]:
    """Apply several batches of one client in ONE transaction: all of them or none (a handover
    bundle delivered at the office is never half-applied)."""
    for request in requests:
        _check_contiguous(request)
    return db.write_with_retry(
        lambda session: [_apply_batch(session, catalog, caller, r) for r in requests]
    )


def _apply_batch(
    session: Session, catalog: RegionCatalog, caller: Caller, request: PushRequest
) -> PushResponse:
    client = lock_client(session, caller, request.client_id)
    client.last_seen_at = now()
    last = client.last_mutation_id
    fresh = [m for m in request.mutations if m.mutation_id > last]
    if fresh and fresh[0].mutation_id != last + 1:
        raise ApiError(
            409,
            ErrorCode.MUTATION_GAP,
            f"mutation {last + 1} is missing: send it first",
            expected_mutation_id=last + 1,
        )
    results = _answers_for_consumed(session, client.client_id, last, request)
    if not fresh:
        return PushResponse(
            results=[results[m.mutation_id] for m in request.mutations],
            last_mutation_id=last,
            server_version=current_version(session),
        )
    locked = lock_records(session, {m.record_id for m in fresh})
    batch = WriteBatch(session, user_id=caller.user_id, client_id=client.client_id)
    context = MutationContext(session, batch, caller, client.client_id, catalog, locked)
    outcomes: list[tuple[int, RejectedError | None, list[str]]] = []
    for mutation in fresh:
        try:
            conflicts = apply_mutation(context, mutation)
            outcomes.append((mutation.mutation_id, None, conflicts))
        except RejectedError as refused:
            outcomes.append((mutation.mutation_id, refused, []))
    applied = {mutation_id for mutation_id, rejection, _c in outcomes if rejection is None}
    note_inexact_writes(batch, [m for m in fresh if m.mutation_id in applied])
    version = batch.finish()
    refused_records = _refused_records(context, fresh, outcomes)
    digests = {m.mutation_id: mutation_digest(m) for m in fresh}
    for mutation_id, rejection, conflicts in outcomes:
        result = MutationResult(
            mutation_id=mutation_id,
            status=MutationStatus.APPLIED if rejection is None else MutationStatus.REJECTED,
            reason=None if rejection is None else rejection.reason,
            message="" if rejection is None else escaped(rejection.message),
            issues=[] if rejection is None else _sendable(rejection.issues),
            version=version,
            conflict_ids=conflicts,
        )
        session.add(
            AppliedMutation(
                client_id=client.client_id,
                mutation_id=mutation_id,
                version=version,
                result=result.model_dump(mode="json"),
                digest=digests[mutation_id],
            )
        )
        # Sent now, never stored: a repeated answer would carry an old state back.
        record = refused_records.get(mutation_id)
        results[mutation_id] = result.model_copy(update={"record": record}) if record else result
    client.last_mutation_id = fresh[-1].mutation_id
    session.flush()
    return PushResponse(
        results=[results[m.mutation_id] for m in request.mutations],
        last_mutation_id=client.last_mutation_id,
        server_version=version,
    )
