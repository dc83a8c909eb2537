"""Offline handover: unsent changes and their photos in one checksummed file.

For a BA with no signal for weeks: the file travels by USB stick or phone to the office, where
``kopdes-server import-bundle`` (or any connected laptop of the same account) delivers it. The
bundle keeps the install's client id and mutation ids, so exactly-once still holds when the
original laptop later syncs the same changes itself: the server answers them as duplicates.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kopdes_desktop.domain.records import RecordType
from kopdes_desktop.storage import outbox
from kopdes_desktop.storage.db import Database
from kopdes_desktop.sync.client import SyncClient
from kopdes_desktop.sync.protocol import ErrorCode, Mutation, MutationStatus, PushRequest
from kopdes_desktop.sync.transport import ServerRefusedError

FORMAT = "kopdes-handover"
FORMAT_VERSION = 1


class BundleError(ValueError):
    """The file is not a handover bundle, is damaged, or belongs to another account."""


@dataclass(frozen=True)
class Bundle:
    client_id: str
    user_id: str
    username: str
    server_url: str
    mutations: tuple[Mutation, ...]
    photos: dict[str, bytes]


def _checksum(payload: dict[str, Any]) -> str:
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(canonical.encode()).hexdigest()


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
) -> Bundle:
    mutations = pending_mutations(database)
    with database.read() as session:
        client_id = outbox.sync_state(session).client_id
    photos: dict[str, bytes] = {}
    for mutation in mutations:
        sha = mutation.fields.get("sha256") if mutation.record_type is RecordType.PHOTO else None
        if isinstance(sha, str) and (photos_dir / f"{sha}.jpg").exists():
            photos[sha] = (photos_dir / f"{sha}.jpg").read_bytes()
    payload = {
        "client_id": client_id,
        "user_id": user_id,
        "username": username,
        "server_url": server_url,
        "mutations": [m.model_dump(mode="json") for m in mutations],
        "photos": {sha: base64.b64encode(data).decode() for sha, data in photos.items()},
    }
    document = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "checksum": _checksum(payload),
        "payload": payload,
    }
    temporary = target.with_suffix(target.suffix + ".part")
    temporary.write_bytes(gzip.compress(json.dumps(document).encode(), compresslevel=9))
    temporary.replace(target)
    if mutations:
        with database.write() as session:
            state = outbox.sync_state(session)
            state.exported_mutation_id = max(state.exported_mutation_id, mutations[-1].mutation_id)
    return Bundle(client_id, user_id, username, server_url, tuple(mutations), photos)


def read_bundle(source: Path) -> Bundle:
    try:
        document = json.loads(gzip.decompress(source.read_bytes()))
    except (OSError, ValueError, EOFError) as error:
        raise BundleError(f"{source.name} is not a readable handover bundle") from error
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise BundleError(f"{source.name} is not a handover bundle")
    if document.get("version") != FORMAT_VERSION:
        raise BundleError(f"{source.name} was made by an unsupported app version")
    payload = document.get("payload")
    if not isinstance(payload, dict) or _checksum(payload) != document.get("checksum"):
        raise BundleError(f"{source.name} is damaged (checksum mismatch)")
    try:
        photos = {sha: base64.b64decode(data) for sha, data in payload["photos"].items()}
        for sha, data in photos.items():
            if hashlib.sha256(data).hexdigest() != sha:
                raise BundleError(f"photo {sha[:12]} in {source.name} is damaged")
        return Bundle(
            client_id=str(payload["client_id"]),
            user_id=str(payload["user_id"]),
            username=str(payload["username"]),
            server_url=str(payload["server_url"]),
            mutations=tuple(Mutation.model_validate(m) for m in payload["mutations"]),
            photos=photos,
        )
    except (KeyError, TypeError, ValueError) as error:
        if isinstance(error, BundleError):
            raise
        raise BundleError(f"{source.name} has an unexpected layout") from error


@dataclass
class DeliveryReport:
    applied: int = 0
    duplicates: int = 0
    rejected: int = 0
    photos_uploaded: int = 0


def deliver_bundle(client: SyncClient, bundle: Bundle, batch_size: int = 200) -> DeliveryReport:
    """Push a bundle under its own client id: what the server already has comes back as
    duplicates, so delivering twice, or after the laptop synced itself, changes nothing."""
    report = DeliveryReport()
    for sha, data in bundle.photos.items():
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
                if expected > batch[0].mutation_id:
                    # Part of the bundle arrived before (the laptop synced it): skip that part.
                    pending = [m for m in pending if m.mutation_id >= expected]
                    continue
                raise BundleError(
                    f"the server is missing changes made before this bundle (it expects "
                    f"change {expected}); sync the laptop that made it instead"
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
