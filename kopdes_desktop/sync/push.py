"""Sending the outbox: in batches, oldest first, trimming only what the server confirmed."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from sqlalchemy import select, update

from kopdes_desktop.storage import outbox
from kopdes_desktop.storage.db import Database
from kopdes_desktop.storage.models import OutboxEntry, RejectedChange
from kopdes_desktop.sync.client import SyncClient
from kopdes_desktop.sync.protocol import (
    MAX_MUTATIONS_PER_PUSH,
    ErrorCode,
    Mutation,
    MutationResult,
    MutationStatus,
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


class BatchSizer:
    """Shrinks batches when a link times out, grows them again while answers come fast."""

    def __init__(self, size: int = FIRST_BATCH) -> None:
        self.size = size

    def failed(self) -> None:
        self.size = max(MIN_BATCH, self.size // 2)

    def succeeded(self, seconds: float) -> None:
        if seconds < FAST_ENOUGH_S:
            self.size = min(MAX_MUTATIONS_PER_PUSH, int(self.size * 1.5) + 1)


def _mutations(database: Database, limit: int) -> list[Mutation]:
    with database.read() as session:
        pending = outbox.pending(session, limit)
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
    return batch


def _record_results(
    database: Database, sent: list[Mutation], results: list[MutationResult], last_id: int
) -> int:
    """Keep rejections for the inbox and trim the outbox, in one transaction."""
    by_id = {mutation.mutation_id: mutation for mutation in sent}
    rejected = 0
    with database.write() as session:
        for result in results:
            if result.status is not MutationStatus.REJECTED or result.mutation_id not in by_id:
                continue
            mutation = by_id[result.mutation_id]
            if session.get(RejectedChange, mutation.mutation_id) is None:
                session.add(
                    RejectedChange(
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
        outbox.acknowledge(session, last_id)
    return rejected


def _renumber_from(database: Database, expected: int) -> None:
    """The server lost mutations we had trimmed (restored from an old backup): our pending ones
    continue its numbering, or it would wait for ids that will never come again."""
    with database.write() as session:
        entries = list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.mutation_id)))
        shift = entries[0].mutation_id - expected if entries else 0
        if shift <= 0:
            return
        for entry in entries:  # ascending, so the new ids never collide with unshifted ones
            session.execute(
                update(OutboxEntry)
                .where(OutboxEntry.mutation_id == entry.mutation_id)
                .values(mutation_id=entry.mutation_id - shift)
            )
        state = outbox.sync_state(session)
        state.last_mutation_id -= shift
        state.last_acked_mutation_id = expected - 1
    log.warning("server expected mutation %d; renumbered the outbox by -%d", expected, shift)


def push_outbox(
    database: Database, client: SyncClient, client_id: str, sizer: BatchSizer
) -> PushStats:
    stats = PushStats()
    while True:
        batch = _mutations(database, sizer.size)
        if not batch:
            return stats
        started = time.monotonic()
        try:
            response = client.push(PushRequest(client_id=client_id, mutations=batch))
        except TransientError:
            sizer.failed()
            raise
        except ServerRefusedError as error:
            expected = error.body.expected_mutation_id
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
        stats.rejected += _record_results(
            database, batch, response.results, response.last_mutation_id
        )
        stats.sent += len(batch)
        stats.duplicates += sum(1 for r in response.results if r.duplicate)
        stats.applied += sum(
            1 for r in response.results if r.status is MutationStatus.APPLIED and not r.duplicate
        )
        stats.server_version = max(stats.server_version, response.server_version)
