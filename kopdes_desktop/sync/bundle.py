"""Offline handover from the laptop's side: export unsent changes, deliver someone's bundle.

For a BA with no signal for weeks: the file travels by USB stick or phone to the office, where
``kopdes-server import-bundle`` (or any connected laptop of the same account) delivers it. The
bundle keeps the install's client id and mutation ids (format: ``sync.bundle_format``), so
exactly-once still holds when the original laptop later syncs the same changes itself: the
server answers them as duplicates. Bundles are signed with the laptop's device key; a laptop
delivering one first asks the server for the key of the device the bundle names, which the
server gives only for a signed-in device of the same account.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kopdes_desktop.domain.records import RecordType
from kopdes_desktop.storage import outbox
from kopdes_desktop.storage.db import Database
from kopdes_desktop.sync.bundle_format import (
    BundleAccountError,
    BundleManifest,
    BundlePhoto,
    BundleRefusedError,
    HandoverError,
    open_bundle,
    write_bundle,
)
from kopdes_desktop.sync.client import SyncClient
from kopdes_desktop.sync.protocol import (
    ErrorCode,
    Mutation,
    MutationStatus,
    PushRequest,
)
from kopdes_desktop.sync.transport import ServerRefusedError

log = logging.getLogger(__name__)
BundleError = HandoverError


@dataclass(frozen=True, slots=True)
class BundleAccount:
    """Who signs the bundle: the signed-in account and this laptop's device."""

    user_id: str
    username: str
    device_id: str
    server_url: str
    private_key: str


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


def _photo_files(mutations: list[Mutation], photos_dir: Path) -> dict[str, Path]:
    """The local files of photos the mutations link, when they are whole (hash matches)."""
    found: dict[str, Path] = {}
    for mutation in mutations:
        sha = mutation.fields.get("sha256") if mutation.record_type is RecordType.PHOTO else None
        path = photos_dir / f"{sha}.jpg"
        if not isinstance(sha, str) or sha in found or not path.exists():
            continue
        if hashlib.sha256(path.read_bytes()).hexdigest() != sha:
            log.warning("photo %s is damaged on this laptop; left out of the bundle", sha)
            continue
        found[sha] = path
    return found


def export_bundle(
    database: Database, photos_dir: Path, target: Path, account: BundleAccount
) -> BundleManifest:
    mutations = pending_mutations(database)
    with database.read() as session:
        client_id = outbox.sync_state(session).client_id
    photo_files = _photo_files(mutations, photos_dir)
    manifest = BundleManifest(
        client_id=client_id,
        user_id=account.user_id,
        username=account.username,
        device_id=account.device_id,
        server_url=account.server_url,
        created_at=outbox.device_now(),
        mutations=mutations,
        photos=[
            BundlePhoto(sha256=sha, size=path.stat().st_size) for sha, path in photo_files.items()
        ],
    )
    write_bundle(target, manifest, account.private_key, photo_files)
    if mutations:
        with database.write() as session:
            state = outbox.sync_state(session)
            state.exported_mutation_id = max(state.exported_mutation_id, mutations[-1].mutation_id)
    return manifest


@dataclass
class DeliveryReport:
    applied: int = 0
    duplicates: int = 0
    rejected: int = 0
    photos_uploaded: int = 0


def deliver_bundle(
    client: SyncClient, source: Path, user_id: str, batch_size: int = 200
) -> DeliveryReport:
    """Check a bundle completely, then push it under its own client id: what the server already
    has comes back as duplicates, so delivering twice, or after the laptop synced itself,
    changes nothing."""
    try:
        with open_bundle(source) as bundle:
            manifest = bundle.manifest
            if manifest.user_id != user_id:
                raise BundleAccountError(
                    f"the bundle belongs to {manifest.username}", owner=manifest.username
                )
            key = client.device_key(manifest.device_id)
            bundle.verify(key.public_key if key and key.user_id == user_id else None)
            if manifest.photos:
                limit = client.photo_status(manifest.photos[0].sha256).max_size
                bundle.check_photos(limit)
            return _deliver(client, bundle.photos(), manifest, batch_size)
    except HandoverError as error:
        raise type(error)(f"{source.name}: {error}", **error.params) from error
    except OSError as error:
        raise HandoverError(f"{source.name} cannot be read: {error}") from error


def _deliver(
    client: SyncClient, photos: Iterator[tuple[str, bytes]], manifest: BundleManifest, batch: int
) -> DeliveryReport:
    report = DeliveryReport()
    for sha, data in photos:
        status = client.photo_status(sha)
        if not status.complete:
            offset = status.offset
            while offset < len(data):
                uploaded = client.upload_photo_chunk(sha, offset, len(data), data[offset:])
                offset = uploaded.offset
            report.photos_uploaded += 1
    pending = list(manifest.mutations)
    while pending:
        try:
            response = client.push(
                PushRequest(client_id=manifest.client_id, mutations=pending[:batch])
            )
        except ServerRefusedError as error:
            expected = error.body.expected_mutation_id
            if error.body.code is ErrorCode.MUTATION_GAP and expected is not None:
                raise BundleRefusedError(
                    f"the server is missing changes made before this bundle (it expects "
                    f"change {expected}); sync the laptop that made it instead",
                    expected=expected,
                    reason=BundleRefusedError.MISSING_EARLIER,
                ) from error
            if error.body.code is ErrorCode.MUTATION_ID_REUSED:
                # Every change before the reused number is already on the server (the server
                # only reports reuse at or below its count), so nothing new was delivered.
                raise BundleRefusedError(
                    "the server already has other changes under this bundle's numbers (the "
                    "laptop that made it was restored from a backup or copied); sync that "
                    "laptop instead",
                    reason=BundleRefusedError.REUSED_IDS,
                ) from error
            raise
        for result in response.results:
            if result.duplicate:
                report.duplicates += 1
            elif result.status is MutationStatus.APPLIED:
                report.applied += 1
            else:
                report.rejected += 1
        pending = pending[batch:]
    return report
