"""Moving photo bytes: uploads that resume where a dropped link left them, and downloads.

The photo *records* travel with the outbox; the bytes follow here, each named by its hash. An
upload first asks the server how much it already holds and continues from there, so a link that
drops every few seconds still finishes the photo without ever starting over at byte 0.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from kopdes_desktop.storage.db import Database
from kopdes_desktop.storage.models import PhotoRow, PhotoTransfer
from kopdes_desktop.sync.client import OffsetMismatchError, SyncClient
from kopdes_desktop.sync.transport import ServerRefusedError

log = logging.getLogger(__name__)

CHUNK_BYTES = 64 * 1024  # ~8 s on a 64 kbit/s link: little is lost when it drops
UP, DOWN = "up", "down"
DONE, PENDING, FAILED = "done", "pending", "failed"
MAX_ATTEMPTS = 5


@dataclass
class PhotoStats:
    uploaded: int = 0
    skipped: int = 0
    downloaded: int = 0
    bytes_uploaded: int = 0
    failed: int = 0


def photo_path(photos_dir: Path, sha256: str) -> Path:
    return photos_dir / f"{sha256}.jpg"


def _transfers(database: Database, direction: str) -> dict[str, PhotoTransfer]:
    with database.read() as session:
        rows = session.scalars(select(PhotoTransfer).where(PhotoTransfer.direction == direction))
        return {row.sha256: row for row in rows}


def _mark(database: Database, sha256: str, direction: str, state: str, error: str = "") -> None:
    with database.write() as session:
        row = session.get(PhotoTransfer, (sha256, direction))
        if row is None:
            row = PhotoTransfer(sha256=sha256, direction=direction, attempts=0, last_error="")
            session.add(row)
        row.state = state
        row.last_error = error
        if state == FAILED:
            row.attempts += 1


def _local_hashes(database: Database) -> set[str]:
    with database.read() as session:
        return set(
            session.scalars(
                select(PhotoRow.sha256).where(PhotoRow.deleted.is_(False), PhotoRow.sha256 != "")
            )
        )


def upload_photos(
    database: Database,
    client: SyncClient,
    photos_dir: Path,
    stats: PhotoStats,
    progress: Callable[[int, int], None] = lambda done, total: None,
) -> None:
    transfers = _transfers(database, UP)
    todo = sorted(
        sha
        for sha in _local_hashes(database)
        if transfers.get(sha) is None or transfers[sha].state != DONE
        if photo_path(photos_dir, sha).exists()
    )
    for index, sha in enumerate(todo):
        data = photo_path(photos_dir, sha).read_bytes()
        if hashlib.sha256(data).hexdigest() != sha:
            log.error("photo %s is damaged on this laptop; not uploaded", sha)
            _mark(database, sha, UP, FAILED, "damaged on this laptop")
            stats.failed += 1
            continue
        status = client.photo_status(sha)
        if status.complete:
            stats.skipped += 1
        else:
            _upload_from(client, sha, data, status.offset, stats)
            stats.uploaded += 1
        _mark(database, sha, UP, DONE)
        progress(index + 1, len(todo))


def _upload_from(client: SyncClient, sha: str, data: bytes, offset: int, stats: PhotoStats) -> None:
    while offset < len(data):
        chunk = data[offset : offset + CHUNK_BYTES]
        try:
            result = client.upload_photo_chunk(sha, offset, len(data), chunk)
        except OffsetMismatchError as mismatch:
            offset = mismatch.offset  # the server says where it really stands
            continue
        stats.bytes_uploaded += len(chunk)
        offset = result.offset
        if result.complete:
            return


def download_photos(
    database: Database, client: SyncClient, photos_dir: Path, stats: PhotoStats
) -> None:
    """Fetch the photos of pulled records that are not on this laptop yet."""
    failed = {
        sha
        for sha, row in _transfers(database, DOWN).items()
        if row.state == FAILED and row.attempts >= MAX_ATTEMPTS
    }
    for sha in sorted(_local_hashes(database) - failed):
        target = photo_path(photos_dir, sha)
        if target.exists():
            continue
        partial = target.with_suffix(".download")
        start = partial.stat().st_size if partial.exists() else 0
        try:
            data = client.download_photo(sha, start)
        except ServerRefusedError as error:
            _mark(database, sha, DOWN, FAILED, str(error))
            stats.failed += 1
            continue
        with partial.open("ab") as handle:
            handle.write(data)
        if hashlib.sha256(partial.read_bytes()).hexdigest() != sha:
            partial.unlink()
            _mark(database, sha, DOWN, FAILED, "hash mismatch")
            stats.failed += 1
            continue
        os.replace(partial, target)
        _mark(database, sha, DOWN, DONE)
        _mark(database, sha, UP, DONE)  # the server has it: never upload it back
        stats.downloaded += 1
