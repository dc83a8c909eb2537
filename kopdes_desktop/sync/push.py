"""Sending the outbox: in batches, oldest first, trimming only what the server confirmed."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from kopdes_desktop.domain.mutations import MutationOp
from kopdes_desktop.storage import outbox
from kopdes_desktop.storage.db import Database
from kopdes_desktop.storage.models import OutboxEntry, RejectedChange, model_for
from kopdes_desktop.sync import own_writes
from kopdes_desktop.sync.apply import ApplyStats, apply_change, touched_fields
from kopdes_desktop.sync.client import SyncClient
from kopdes_desktop.sync.protocol import (
    MAX_MUTATIONS_PER_PUSH,
    ErrorBody,
    ErrorCode,
    Mutation,
    MutationResult,
    MutationStatus,
    PullAsk,
    PullPage,
    PushRequest,
)
from kopdes_desktop.sync.transport import ServerRefusedError, TransientError

log = logging.getLogger(__name__)

MIN_BATCH = 10
FIRST_BATCH = 100
MAX_BATCH_BYTES = 256 * 1024  # what a 64 kbit/s link moves in about half a minute, gzipped less
FAST_ENOUGH_S = 5.0


@dataclass
class PushStats:
    sent: int = 0
    applied: int = 0
    duplicates: int = 0  # consumed before: a lost answer, or a delivered handover bundle
    rejected: int = 0
    server_version: int = 0
    # The laptop became a new client this round (a restored or copied database, see
    # outbox.take_new_identity).
    new_client_id: bool = False
    # Protocol 3: the first page of the pull, brought by the answer to the last batch.
    first_page: PullPage | None = None


class BatchSizer:
    """Shrinks batches when a link times out, grows them again while answers come fast."""

    def __init__(self, size: int = FIRST_BATCH) -> None:
        self.size = size

    def failed(self) -> None:
        self.size = max(MIN_BATCH, self.size // 2)

    def succeeded(self, seconds: float) -> None:
        if seconds < FAST_ENOUGH_S:
            self.size = min(MAX_MUTATIONS_PER_PUSH, int(self.size * 1.5) + 1)


def _mutations(database: Database, limit: int) -> tuple[str, list[Mutation]]:
    """The client id to push under and the next batch of the outbox."""
    with database.read() as session:
        state = outbox.sync_state(session)
        client_id, restored = state.client_id, state.restored_mutation_id
        pending = outbox.pending(session, limit)
    if restored is not None:
        # A restored copy: only what it held may go under this id (see take_new_identity).
        pending = [entry for entry in pending if entry.mutation_id <= restored]
    batch: list[Mutation] = []
    size = 0
    for entry in pending:
        mutation = Mutation(
            mutation_id=entry.mutation_id,
            record_type=entry.record_type,
            record_id=entry.record_id,
            op=entry.op,
            fields=dict(entry.fields),
            base_versions=dict(entry.base_versions),
            intent=entry.intent,
            intent_args=dict(entry.intent_args),
            device_time=entry.device_time,
            schema_version=entry.schema_version,
        )
        size += len(mutation.model_dump_json())
        if batch and size > MAX_BATCH_BYTES:
            break
        batch.append(mutation)
    return client_id, batch


def _record_results(
    database: Database,
    client_id: str,
    sent: list[Mutation],
    results: list[MutationResult],
    last_id: int,
) -> int:
    """Keep rejections for the inbox and trim the outbox, in one transaction."""
    by_id = {mutation.mutation_id: mutation for mutation in sent}
    rejected = 0
    with database.write() as session:
        for result in results:
            if result.status is not MutationStatus.REJECTED or result.mutation_id not in by_id:
                continue
            mutation = by_id[result.mutation_id]
            known = session.scalar(
                select(RejectedChange.id).where(
                    RejectedChange.client_id == client_id,
                    RejectedChange.mutation_id == mutation.mutation_id,
                )
            )
            if known is None:
                session.add(
                    RejectedChange(
                        client_id=client_id,
                        mutation_id=mutation.mutation_id,
                        record_type=mutation.record_type.value,
                        record_id=mutation.record_id,
                        op=mutation.op.value,
                        fields=dict(mutation.fields),
                        reason=(result.reason.value if result.reason else "unknown"),
                        message=result.message,
                        issues=[issue.model_dump() for issue in result.issues],
                        rejected_at=outbox.device_now(),
                    )
                )
                rejected += 1
        _settle_refusals(session, by_id, results)
        own_writes.adopt_versions(session, by_id, results)
        outbox.acknowledge(session, last_id)
        _show_server_state(session, results)
    return rejected


def _settle_refusals(
    session: Session, sent: dict[int, Mutation], results: list[MutationResult]
) -> None:
    """A refusal leaves the inbox (and the record's mark) once a later change of the same
    record that covers it was accepted: the values were sent again, or the record deleted."""
    for result in results:
        mutation = sent.get(result.mutation_id)
        if mutation is None or result.status is not MutationStatus.APPLIED:
            continue
        open_refusals = session.scalars(
            select(RejectedChange).where(
                RejectedChange.record_id == mutation.record_id,
                RejectedChange.dismissed.is_(False),
            )
        )
        for refusal in open_refusals:
            if _covers(mutation, refusal):
                refusal.dismissed = True


def _covers(mutation: Mutation, refusal: RejectedChange) -> bool:
    if mutation.op is MutationOp.DELETE:
        return True
    if refusal.op == MutationOp.INTENT.value:
        return mutation.op is MutationOp.INTENT
    if refusal.op == MutationOp.CREATE.value:
        return mutation.op is MutationOp.CREATE
    if refusal.op == MutationOp.PATCH.value:
        return mutation.op is not MutationOp.INTENT and set(refusal.fields) <= set(mutation.fields)
    return False


def _show_server_state(session: Session, results: list[MutationResult]) -> None:
    """Refused records go back to what the server holds (the refused values stay in the
    inbox); fields with newer unsent edits keep them, as in any pull."""
    states = [result.record for result in results if result.record is not None]
    if not states:
        return
    session.execute(text("PRAGMA defer_foreign_keys=ON"))
    touched = touched_fields(session)
    stats = ApplyStats()
    for change in states:
        row = session.get(model_for(change.record_type), change.record_id)
        if row is not None and row.server_version > change.version:
            continue  # a pull already brought something newer
        apply_change(session, change, touched, stats)


def _renumber_from(database: Database, expected: int) -> None:
    """The server lost mutations we had trimmed (restored from an old backup): our pending ones
    continue its numbering, or it would wait for ids that will never come again."""
    with database.write() as session:
        state = outbox.sync_state(session)
        first = session.scalar(select(func.min(OutboxEntry.mutation_id)))
        shift = first - expected if first is not None else 0
        if shift <= 0:
            return
        state.last_mutation_id = outbox.renumber_pending(session, expected)
        state.last_acked_mutation_id = expected - 1
        if state.restored_mutation_id is not None:
            state.restored_mutation_id -= shift
    log.warning("server expected mutation %d; renumbered the outbox by -%d", expected, shift)


def _start_as_new_client(database: Database) -> bool:
    """A restored copy whose own pending entries are all through: become a new client before
    anything edited since the restore goes out. False when nothing is waiting."""
    with database.write() as session:
        state = outbox.sync_state(session)
        if state.restored_mutation_id is None or outbox.pending_count(session) == 0:
            return False
        old = state.client_id
        new = outbox.take_new_identity(session)
    log.warning("restored database: changes made since go out as new client %s (was %s)", new, old)
    return True


def _after_reused_ids(
    database: Database, client_id: str, batch: list[Mutation], body: ErrorBody
) -> None:
    """The server consumed some of these ids for other edits: this database went back in time
    (restored, recovered or copied to another laptop). Keep what matched, then go on as a new
    client with everything unsent, in its order."""
    matched = body.matched_mutation_id
    if matched is None:
        matched = batch[0].mutation_id - 1
    _record_results(database, client_id, batch, list(body.results or []), matched)
    with database.write() as session:
        new = outbox.take_new_identity(session)
    log.warning(
        "server consumed mutation ids up to %s of client %s for other changes (restored or "
        "copied database); pending changes go out as new client %s",
        body.last_mutation_id,
        client_id,
        new,
    )


def _is_last(database: Database, batch: list[Mutation]) -> bool:
    with database.read() as session:
        return outbox.pending_count(session) == len(batch)


def push_outbox(
    database: Database,
    client: SyncClient,
    sizer: BatchSizer,
    pull_ask: Callable[[], PullAsk | None] = lambda: None,
) -> PushStats:
    """``pull_ask``: the pull to ask for with the last batch (protocol 3), if any; its first
    page ends up in :attr:`PushStats.first_page`."""
    stats = PushStats()
    while True:
        client_id, batch = _mutations(database, sizer.size)
        if not batch:
            if _start_as_new_client(database):
                stats.new_client_id = True
                continue
            return stats
        started = time.monotonic()
        asked = pull_ask() if _is_last(database, batch) else None
        try:
            response = client.push(PushRequest(client_id=client_id, mutations=batch, pull=asked))
        except TransientError:
            sizer.failed()
            raise
        except ServerRefusedError as error:
            expected = error.body.expected_mutation_id
            if error.body.code is ErrorCode.MUTATION_ID_REUSED:
                _after_reused_ids(database, client_id, batch, error.body)
                stats.new_client_id = True
                continue
            if error.body.code is ErrorCode.CLIENT_OF_OTHER_USER:
                with database.write() as session:
                    new = outbox.take_identity_of_this_account(session)
                log.warning("client %s belongs to another account; now client %s", client_id, new)
                stats.new_client_id = True
                continue
            if error.body.code is ErrorCode.MUTATION_GAP and expected is not None:
                if expected > batch[0].mutation_id:
                    # The server consumed these already (its answer was lost): trim and go on.
                    with database.write() as session:
                        outbox.acknowledge(session, expected - 1)
                else:
                    _renumber_from(database, expected)
                continue
            raise
        sizer.succeeded(time.monotonic() - started)
        # Trim only what this batch carried: a server that consumed more under this client id
        # either has them from an earlier, larger batch (they come back as duplicates next) or
        # got them from another copy of this database (they differ, and must still go out).
        confirmed = min(response.last_mutation_id, batch[-1].mutation_id)
        stats.rejected += _record_results(database, client_id, batch, response.results, confirmed)
        stats.sent += len(batch)
        stats.duplicates += sum(1 for r in response.results if r.duplicate)
        stats.applied += sum(
            1 for r in response.results if r.status is MutationStatus.APPLIED and not r.duplicate
        )
        stats.server_version = max(stats.server_version, response.server_version)
        if asked is not None and response.pull is not None:
            stats.first_page = response.pull
