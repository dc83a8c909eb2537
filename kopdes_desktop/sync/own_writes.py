"""What this laptop wrote itself, as the server's push answers confirm it (no echo).

A push answer gives every applied mutation the version of the transaction that stored it. The
laptop records that version on the record (and on the fields it sent), so its next edit of those
fields is based on the right version, and names the versions it holds when it pulls: the server
then leaves out records it holds exactly as this laptop sent them (docs/sync-protocol.md, "No
echo"). The versions are read from the records themselves, so a database put back from a copy
names only what that copy received, and gets everything else back.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdes_desktop.domain import codec
from kopdes_desktop.domain.mutations import MutationOp
from kopdes_desktop.domain.records import RECORD_CLASSES
from kopdes_desktop.storage import outbox
from kopdes_desktop.storage.models import SYNCED_MODELS, model_for
from kopdes_desktop.sync.protocol import (
    MAX_OWN_VERSIONS,
    Mutation,
    MutationResult,
    MutationStatus,
)


def adopt_versions(
    session: Session, sent: Mapping[int, Mutation], results: Iterable[MutationResult]
) -> None:
    """Give the records of mutations this push applied the version the server stored them with.

    Not for a duplicate: the transaction that consumed it may have carried other mutations
    under this client id that this database never held (a copy of it sent them), so the record
    must come back with the pull."""
    for result in results:
        mutation = sent.get(result.mutation_id)
        if mutation is None or result.status is not MutationStatus.APPLIED or result.duplicate:
            continue
        if mutation.op is MutationOp.DELETE:
            continue
        row = session.get(model_for(mutation.record_type), mutation.record_id)
        if row is None or row.deleted or result.version < row.server_version:
            continue  # gone here, or a pull already brought a newer version
        if mutation.op is MutationOp.CREATE:
            names = set(codec.field_names(RECORD_CLASSES[mutation.record_type])) - {"id"}
        else:
            names = set(mutation.fields)
        versions = dict(row.field_versions or {})
        versions.update(dict.fromkeys(names, result.version))
        row.field_versions = versions
        row.server_version = result.version


def own_versions(session: Session) -> list[int]:
    """Versions of this laptop's own writes it holds that are newer than its last pull."""
    pulled = outbox.sync_state(session).pulled_version
    found: set[int] = set()
    for model in SYNCED_MODELS.values():
        found.update(
            session.scalars(
                select(model.server_version).where(model.server_version > pulled).distinct()
            )
        )
    return sorted(found)[-MAX_OWN_VERSIONS:]
