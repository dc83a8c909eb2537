"""Delivering an offline-handover bundle at the office (``kopdes-server import-bundle``).

The bundle must be signed by the key its device registered (kopdes_desktop.sync.bundle_format);
it is then applied exactly as if its laptop had pushed it: under the laptop's own client id, as
the account of that device, through the same push code. So delivering it twice, or the laptop
syncing the same changes later, applies nothing twice. Every check (signature, limits, photo
hashes, the install's owner) runs before anything is stored, and all of the bundle's changes
are applied in one transaction: a bad bundle changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.server import device_keys, photos
from kopdes_desktop.server.blobs import BlobStore
from kopdes_desktop.server.config import Limits
from kopdes_desktop.server.db import Database
from kopdes_desktop.server.errors import ApiError
from kopdes_desktop.server.models import SyncClient
from kopdes_desktop.server.push import push_batches
from kopdes_desktop.sync.bundle_format import (
    BundleRefusedError,
    BundleSignatureError,
    open_bundle,
)
from kopdes_desktop.sync.protocol import MAX_MUTATIONS_PER_PUSH, MutationStatus, PushRequest


@dataclass
class HandoverReport:
    username: str = ""
    applied: int = 0
    duplicates: int = 0
    rejected: int = 0
    photos_stored: int = 0


def import_bundle(
    db: Database, catalog: RegionCatalog, blobs: BlobStore, limits: Limits, source: Path
) -> HandoverReport:
    with open_bundle(source) as bundle:
        manifest = bundle.manifest
        with db.read() as session:
            caller, public_key = device_keys.bundle_signer(session, manifest)
            install = session.get(SyncClient, manifest.client_id)
        bundle.verify(public_key)
        if install is not None and install.user_id != caller.user_id:
            raise BundleSignatureError(
                "the bundle's install belongs to another account", username=caller.username
            )
        expected = (install.last_mutation_id if install is not None else 0) + 1
        if manifest.mutations and manifest.mutations[0].mutation_id > expected:
            raise BundleRefusedError(
                f"the server is missing changes made before this bundle (it expects change "
                f"{expected}); sync the laptop that made it instead",
                expected=expected,
                reason=BundleRefusedError.MISSING_EARLIER,
            )
        bundle.check_photos(limits.max_photo_bytes)
        report = HandoverReport(username=caller.username)
        mutations = manifest.mutations
        batches = [
            PushRequest(
                client_id=manifest.client_id,
                mutations=mutations[start : start + MAX_MUTATIONS_PER_PUSH],
            )
            for start in range(0, len(mutations), MAX_MUTATIONS_PER_PUSH)
        ]
        try:
            # Photos first: a change linking a photo is only applied once its bytes are here.
            for sha, data in bundle.photos():
                stored = photos.upload(
                    db, blobs, limits, caller, sha, offset=0, length=len(data), data=data
                )
                report.photos_stored += int(stored.complete)
            responses = push_batches(db, catalog, caller, batches)
        except ApiError as error:
            raise BundleRefusedError(f"the server refused the bundle: {error}") from error
    for response in responses:
        for result in response.results:
            if result.duplicate:
                report.duplicates += 1
            elif result.status is MutationStatus.APPLIED:
                report.applied += 1
            else:
                report.rejected += 1
    return report
