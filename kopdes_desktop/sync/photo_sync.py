"""Moving photo bytes in a sync round: which photos go up or come down, and what is left.

The photo *records* travel with the outbox and the pull; the bytes follow here, each photo named
by its hash. Uploads are sent by :mod:`photo_upload` (streamed, paced, resumed from the server's
offset), downloads by :mod:`photo_download` (streamed to a partial file, resumed with ``Range``).
One photo that fails never stops the others; photos left for later are counted so the round can
say so (:class:`PhotosIncompleteError`) while the records are synced.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from sqlalchemy import select

from kopdes_desktop.storage.db import Database
from kopdes_desktop.storage.models import PhotoRow, PhotoTransfer
from kopdes_desktop.sync.client import SyncClient
from kopdes_desktop.sync.photo_download import PhotoDamagedError, fetch_photo, partial_path
from kopdes_desktop.sync.photo_upload import PhotoUploader, Upload, file_sha256
from kopdes_desktop.sync.transport import ServerRefusedError, TransientError

log = logging.getLogger(__name__)

UP, DOWN = "up", "down"
DONE, PENDING, FAILED = "done", "pending", "failed"
MAX_ATTEMPTS = 5
# Downloads in a row that failed without a byte: the link is gone, stop asking for this round.
MAX_DEAD_DOWNLOADS = 3


@dataclass
class PhotoStats:
    uploaded: int = 0
    skipped: int = 0  # the server had them already
    downloaded: int = 0
    bytes_uploaded: int = 0  # handed to the link
    bytes_kept: int = 0  # of those, what the server confirmed it holds
    bytes_downloaded: int = 0
    resumed_downloads: int = 0
    upload_drops: int = 0
    failed: int = 0
    waiting_up: int = 0  # left for a later round (link dropped, server full)
    waiting_down: int = 0
    stopped_by: str = ""  # "link", "storage_full", "upload_quota": why uploads stopped early


class PhotosIncompleteError(TransientError):
    """The records are synced, but some photos are still waiting to go up or come down."""

    code = "photos_incomplete"

    def __init__(self, stats: PhotoStats, report: object = None) -> None:
        reason = stats.stopped_by or "link"
        super().__init__(
            f"{stats.waiting_up} photo(s) still to send, {stats.waiting_down} to receive ({reason})"
        )
        self.stats = stats
        self.reason = reason
        self.report = report  # the round's SyncReport: everything else in it did happen


class _Outcome(Enum):
    DONE = "done"
    CUT = "cut"
    REFUSED = "refused"


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


def _given_up(database: Database, direction: str) -> set[str]:
    return {
        sha
        for sha, row in _transfers(database, direction).items()
        if row.state == FAILED and row.attempts >= MAX_ATTEMPTS
    }


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
    *,
    uploader: PhotoUploader,
    progress: Callable[[int, int], None] = lambda done, total: None,
) -> None:
    transfers = _transfers(database, UP)
    given_up = _given_up(database, UP)
    todo = sorted(
        sha
        for sha in _local_hashes(database) - given_up
        if transfers.get(sha) is None or transfers[sha].state != DONE
        if photo_path(photos_dir, sha).exists()
    )
    uploads = []
    for sha in todo:
        path = photo_path(photos_dir, sha)
        if file_sha256(path) != sha:
            log.error("photo %s is damaged on this laptop; not uploaded", sha)
            _mark(database, sha, UP, FAILED, "damaged on this laptop")
            stats.failed += 1
            continue
        uploads.append(Upload(sha, path, path.stat().st_size))
    finished = 0

    def done(sha: str) -> None:
        nonlocal finished
        _mark(database, sha, UP, DONE)
        finished += 1
        progress(finished, len(uploads))

    try:
        outcome = uploader.run(client, uploads, done)
    except TransientError as error:
        # Not even the status round trip got through: every photo waits for the next round,
        # and the round goes on to the pull.
        log.info("photo uploads postponed: %s", error)
        stats.waiting_up += len(uploads) - finished
        return
    for sha, reason in outcome.refused.items():
        _mark(database, sha, UP, FAILED, reason)
    stats.skipped += outcome.skipped
    stats.uploaded += len(outcome.done) - outcome.skipped
    stats.bytes_uploaded += outcome.bytes_sent
    stats.bytes_kept += outcome.bytes_kept
    stats.upload_drops += outcome.drops
    stats.failed += len(outcome.refused)
    stats.waiting_up += len(set(outcome.waiting))
    stats.stopped_by = stats.stopped_by or outcome.stopped_by


def download_photos(
    database: Database,
    client: SyncClient,
    photos_dir: Path,
    stats: PhotoStats,
    *,
    wanted: Iterable[str] | None = None,
    on_downloaded: Callable[[str], None] = lambda sha: None,
) -> None:
    """Fetch the photos of pulled records that are not on this laptop yet (``wanted``: only
    those). A photo cut off midway keeps its partial file and is tried again after the others."""
    candidates = _local_hashes(database) if wanted is None else set(wanted)
    todo = sorted(
        sha
        for sha in candidates - _given_up(database, DOWN)
        if not photo_path(photos_dir, sha).exists()
    )
    dead = 0  # photos in a row that failed without a byte arriving
    for _attempt in (1, 2):  # the second pass resumes those cut off in the first
        cut: list[str] = []
        for sha in todo:
            if dead >= MAX_DEAD_DOWNLOADS:
                cut.append(sha)
                continue
            outcome, progressed = _download_one(database, client, photos_dir, sha, stats)
            if outcome is _Outcome.DONE:
                on_downloaded(sha)
            elif outcome is _Outcome.CUT:
                cut.append(sha)
            dead = 0 if progressed else dead + 1
        todo = cut
        if not todo or dead >= MAX_DEAD_DOWNLOADS:
            break
    stats.waiting_down += len(todo)


def _download_one(
    database: Database, client: SyncClient, photos_dir: Path, sha: str, stats: PhotoStats
) -> tuple[_Outcome, bool]:
    """Try one photo; returns what happened and whether any byte arrived."""
    target = photo_path(photos_dir, sha)
    partial = partial_path(target)
    before = partial.stat().st_size if partial.exists() else 0
    try:
        fetched = fetch_photo(client, sha, target)
    except TransientError as error:
        after = partial.stat().st_size if partial.exists() else 0
        stats.bytes_downloaded += max(0, after - before)
        log.info(
            "photo %s cut off at byte %d (%s); the part that arrived is kept",
            sha[:12],
            after,
            error,
        )
        _mark(database, sha, DOWN, PENDING, "cut off")
        return _Outcome.CUT, after > before
    except (ServerRefusedError, PhotoDamagedError) as error:
        log.warning("photo %s not downloaded: %s", sha[:12], error)
        _mark(database, sha, DOWN, FAILED, str(error))
        stats.failed += 1
        return _Outcome.REFUSED, True  # the server answered: the link works
    stats.downloaded += 1
    stats.bytes_downloaded += fetched.received
    stats.resumed_downloads += int(fetched.resumed)
    _mark(database, sha, DOWN, DONE)
    _mark(database, sha, UP, DONE)  # the server has it: never upload it back
    return _Outcome.DONE, True
