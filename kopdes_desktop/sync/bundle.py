"""Offline handover from the laptop's side: export unsent changes, deliver someone's bundle.

For a BA with no signal for weeks: the file travels by USB stick or phone to the office, where
``kopdes-server import-bundle`` (or any connected laptop of the same account) delivers it. The
bundle keeps the install's client id and mutation ids (format: ``sync.protocol``), so
exactly-once still holds when the original laptop later syncs the same changes itself: the
server answers them as duplicates.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path

from kopdes_desktop.domain.records import RecordType
from kopdes_desktop.storage import outbox
from kopdes_desktop.storage.db import Database
from kopdes_desktop.sync.client import SyncClient
from kopdes_desktop.sync.protocol import (
    ErrorCode,
    HandoverError,
    HandoverPayload,
    Mutation,
    MutationStatus,
    PushRequest,
    decode_handover,
    encode_handover,
)
from kopdes_desktop.sync.transport import ServerRefusedError

BundleError = HandoverError


def pending_mutations(database: Database) -> list[Mutation]:
    with database.read() as session:
        return [
            Mutation(
                mutation_id=m.mutation_id,
                record_type=m.record_type,
                record_id=m.record_id,
                op=m.op,
                fields=dict(m.fields),
                base_versions=dict(m.base_versions),
                intent=m.intent,
                intent_args=dict(m.intent_args),
                device_time=m.device_time,
                schema_version=m.schema_version,
            )
            for m in outbox.pending(session)
        ]


def export_bundle(
    database: Database,
    photos_dir: Path,
    target: Path,
    *,
    user_id: str,
    username: str,
    server_url: str,
) -> HandoverPayload:
    mutations = pending_mutations(database)
    with database.read() as session:
        client_id = outbox.sync_state(session).client_id
    photos: dict[str, str] = {}
    for mutation in mutations:
        sha = mutation.fields.get("sha256") if mutation.record_type is RecordType.PHOTO else None
        if isinstance(sha, str) and (photos_dir / f"{sha}.jpg").exists():
            photos[sha] = base64.b64encode((photos_dir / f"{sha}.jpg").read_bytes()).decode()
    payload = HandoverPayload(
        client_id=client_id,
        user_id=user_id,
        username=username,
        server_url=server_url,
        mutations=mutations,
        photos=photos,
    )
    temporary = target.with_suffix(target.suffix + ".part")
    temporary.write_bytes(encode_handover(payload))
    temporary.replace(target)
    if mutations:
        with database.write() as session:
            state = outbox.sync_state(session)
            state.exported_mutation_id = max(state.exported_mutation_id, mutations[-1].mutation_id)
    return payload


def read_bundle(source: Path) -> HandoverPayload:
    try:
        return decode_handover(source.read_bytes())
    except OSError as error:
        raise HandoverError(f"{source.name} cannot be read: {error}") from error
    except HandoverError as error:
        raise HandoverError(f"{source.name}: {error}") from error


@dataclass
class DeliveryReport:
    applied: int = 0
    duplicates: int = 0
    rejected: int = 0
    photos_uploaded: int = 0


def deliver_bundle(
    client: SyncClient, bundle: HandoverPayload, batch_size: int = 200
) -> DeliveryReport:
    """Push a bundle under its own client id: what the server already has comes back as
    duplicates, so delivering twice, or after the laptop synced itself, changes nothing."""
    report = DeliveryReport()
    for sha, encoded in bundle.photos.items():
        data = base64.b64decode(encoded)
        status = client.photo_status(sha)
        if not status.complete:
            offset = status.offset
            while offset < len(data):
                uploaded = client.upload_photo_chunk(sha, offset, len(data), data[offset:])
                offset = uploaded.offset
            report.photos_uploaded += 1
    pending = list(bundle.mutations)
    while pending:
        batch = pending[:batch_size]
        try:
            response = client.push(PushRequest(client_id=bundle.client_id, mutations=batch))
        except ServerRefusedError as error:
            expected = error.body.expected_mutation_id
            if error.body.code is ErrorCode.MUTATION_GAP and expected is not None:
                raise HandoverError(
                    f"the server is missing changes made before this bundle (it expects "
                    f"change {expected}); sync the laptop that made it instead"
                ) from error
            if error.body.code is ErrorCode.MUTATION_ID_REUSED:
                raise HandoverError(
                    "the server already has other changes under this bundle's numbers (the "
                    "laptop that made it was restored from a backup or copied); sync that "
                    "laptop instead"
                ) from error
            raise
        for result in response.results:
            if result.duplicate:
                report.duplicates += 1
            elif result.status is MutationStatus.APPLIED:
                report.applied += 1
            else:
                report.rejected += 1
        pending = pending[batch_size:]
    return report
