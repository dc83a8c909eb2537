"""Delivering an offline-handover bundle at the office (``kopdes-server import-bundle``).

The bundle is applied exactly as if its laptop had pushed it: under the laptop's own client id,
with the account that made it, through the same push code. So delivering it twice, or the laptop
syncing the same changes later, applies nothing twice.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.server import photos
from kopdes_desktop.server.accounts import AccountError, Caller, kabupaten_of
from kopdes_desktop.server.blobs import BlobStore
from kopdes_desktop.server.config import Limits
from kopdes_desktop.server.db import Database
from kopdes_desktop.server.errors import ApiError
from kopdes_desktop.server.models import User
from kopdes_desktop.server.push import push
from kopdes_desktop.sync.protocol import (
    MAX_MUTATIONS_PER_PUSH,
    HandoverError,
    MutationStatus,
    PushRequest,
    decode_handover,
)


@dataclass
class HandoverReport:
    username: str = ""
    applied: int = 0
    duplicates: int = 0
    rejected: int = 0
    photos_stored: int = 0


def import_bundle(
    db: Database, catalog: RegionCatalog, blobs: BlobStore, limits: Limits, data: bytes
) -> HandoverReport:
    payload = decode_handover(data)
    with db.read() as session:
        user = session.get(User, payload.user_id)
        if user is None or not user.active:
            raise AccountError(f"the bundle's account ({payload.username}) is unknown or blocked")
        caller = Caller(
            user_id=user.id,
            username=user.username,
            full_name=user.full_name,
            role=Role(user.role),
            kabupaten_codes=kabupaten_of(session, user.id),
            device_id="handover",
        )
    report = HandoverReport(username=caller.username)
    for sha, encoded in payload.photos.items():
        raw = base64.b64decode(encoded)
        stored = photos.upload(db, blobs, limits, caller, sha, offset=0, length=len(raw), data=raw)
        report.photos_stored += int(stored.complete)
    mutations = payload.mutations
    for start in range(0, len(mutations), MAX_MUTATIONS_PER_PUSH):
        batch = mutations[start : start + MAX_MUTATIONS_PER_PUSH]
        try:
            response = push(
                db, catalog, caller, PushRequest(client_id=payload.client_id, mutations=batch)
            )
        except ApiError as error:
            raise HandoverError(f"the server refused the bundle: {error}") from error
        for result in response.results:
            if result.duplicate:
                report.duplicates += 1
            elif result.status is MutationStatus.APPLIED:
                report.applied += 1
            else:
                report.rejected += 1
    return report
