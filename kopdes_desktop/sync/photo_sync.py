"""Moving photo bytes in a sync round: which photos go up or come down, and what is left.

The photo *records* travel with the outbox and the pull; the bytes follow here, each photo named
by its hash. Uploads are sent by :mod:`photo_upload` (streamed, paced, resumed from the server's
offset), downloads by :mod:`photo_download` (streamed to a partial file, resumed with ``Range``).
One photo that fails never stops the others; photos left for later are counted so the round can
say so (:class:`PhotosIncompleteError`) while the records are synced.

Photos on demand (:class:`PhotoPolicy`): a PMO's area holds tens of thousands of photos, so a
round brings down in full only the photos of the laptop's own records and those added in the last
``window_days``, newest first, while others' photos fit in ``cache_bytes``. Small previews come
first for those; every other photo is fetched when someone opens it.
"""

from __future__ import annotations

import base64
import binascii
import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import Enum
from pathlib import Path

from sqlalchemy import select

from kopdes_desktop.domain.ids import created_at
from kopdes_desktop.storage.db import Database
from kopdes_desktop.storage.models import OpportunityRow, PhotoRow, PhotoTransfer, VisitRow
from kopdes_desktop.sync.client import SyncClient
from kopdes_desktop.sync.photo_download import (
    PhotoDamagedError,
    TooLargeForRoomError,
    fetch_photo,
    partial_path,
)
from kopdes_desktop.sync.photo_upload import PhotoUploader, Upload, file_sha256
from kopdes_desktop.sync.protocol import MAX_THUMBNAIL_BATCH
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
    thumbnails: int = 0  # previews received
    not_on_server: int = 0  # photos whose bytes the server does not have (yet)
    on_demand: int = 0  # others' photos left on the server until opened (outside window/cache)


@dataclass(frozen=True, slots=True)
class PhotoPolicy:
    """Which full photos a round brings down: the laptop's own records' always; others' added in
    the last ``window_days`` (0: none), newest first, while they take at most ``cache_bytes``."""

    window_days: int = 30
    cache_bytes: int = 1024 * 1024 * 1024


@dataclass
class PhotoPlan:
    own: set[str] = field(default_factory=set)  # photos of records the user made
    window: list[str] = field(default_factory=list)  # others' photos in the window, newest first


def plan_photos(
    database: Database, user_id: str, policy: PhotoPolicy, now: datetime | None = None
) -> PhotoPlan:
    """What the laptop wants in full. A photo's age is that of its record's id (UUIDv7: made
    when the photo was added), the same for visits and opportunities."""
    cutoff = (now or datetime.now(UTC)) - timedelta(days=policy.window_days)
    with database.read() as session:
        rows = session.execute(
            select(PhotoRow.id, PhotoRow.sha256, VisitRow.author_id, OpportunityRow.author_id)
            .outerjoin(VisitRow, VisitRow.id == PhotoRow.parent_id)
            .outerjoin(OpportunityRow, OpportunityRow.id == PhotoRow.parent_id)
            .where(PhotoRow.deleted.is_(False), PhotoRow.sha256 != "")
        ).all()
    plan = PhotoPlan()
    dated: dict[str, datetime] = {}
    for record_id, sha, visit_author, opportunity_author in rows:
        if user_id and user_id in (visit_author, opportunity_author):
            plan.own.add(sha)
            continue
        added = created_at(record_id)
        if policy.window_days > 0 and added is not None and added >= cutoff:
            dated[sha] = max(added, dated.get(sha, added))
    plan.window = sorted(set(dated) - plan.own, key=lambda sha: dated[sha], reverse=True)
    return plan


def thumbnail_path(photos_dir: Path, sha256: str) -> Path:
    return photos_dir / f"{sha256}.thumb.jpg"


def full_photos(photos_dir: Path) -> dict[str, os.stat_result]:
    """The full photos on this laptop by hash (previews and partial downloads left out)."""
    found: dict[str, os.stat_result] = {}
    if not photos_dir.is_dir():
        return found
    with os.scandir(photos_dir) as entries:
        for entry in entries:
            sha = entry.name.removesuffix(".jpg")
            if len(sha) == 64 and entry.name == f"{sha}.jpg" and entry.is_file():
                found[sha] = entry.stat()
    return found


def others_cached_bytes(photos_dir: Path, own: set[str]) -> int:
    """Bytes taken by full photos that are not of the user's own records."""
    return sum(info.st_size for sha, info in full_photos(photos_dir).items() if sha not in own)


def fetch_thumbnails(
    client: SyncClient, photos_dir: Path, sha256s: Iterable[str], stats: PhotoStats
) -> None:
    """Previews of photos whose full picture is not on this laptop. Best effort: a dropped link
    or an older server (no previews) leaves placeholders until the next round."""
    missing = [
        sha
        for sha in dict.fromkeys(sha256s)
        if not thumbnail_path(photos_dir, sha).exists() and not photo_path(photos_dir, sha).exists()
    ]
    for start in range(0, len(missing), MAX_THUMBNAIL_BATCH):
        try:
            found = client.thumbnails(missing[start : start + MAX_THUMBNAIL_BATCH])
        except TransientError as error:
            log.info("previews postponed: %s", error)
            return
        except ServerRefusedError as error:
            log.info("the server gives no previews (%s)", error)
            return
        for sha, jpeg in found.items():
            _write_thumbnail(photos_dir, sha, jpeg)
            stats.thumbnails += 1


def _write_thumbnail(photos_dir: Path, sha256: str, encoded: str) -> None:
    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        log.warning("preview of %s is not base64; ignored", sha256[:12])
        return
    if not data.startswith(b"\xff\xd8\xff"):
        log.warning("preview of %s is not a JPEG; ignored", sha256[:12])
        return
    target = thumbnail_path(photos_dir, sha256)
    temporary = target.with_suffix(".part")
    temporary.write_bytes(data)
    os.replace(temporary, target)


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
    NO_ROOM = "no_room"


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


def not_yet_sent(database: Database) -> set[str]:
    """Photos whose bytes have not gone up yet: the only copy may be this laptop's."""
    sent = {sha for sha, row in _transfers(database, UP).items() if row.state == DONE}
    return _local_hashes(database) - sent


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
    others_budget: int | None = None,
    own: set[str] | None = None,
    on_downloaded: Callable[[str], None] = lambda sha: None,
) -> None:
    """Fetch photos of pulled records that are not on this laptop yet: ``wanted`` in that order
    (default: every photo the laptop has a record of). Photos not in ``own`` come only while
    they fit in ``others_budget`` bytes; the others are left to be fetched when opened. A photo
    cut off midway keeps its partial file and is tried again after the others."""
    candidates = sorted(_local_hashes(database)) if wanted is None else list(dict.fromkeys(wanted))
    given_up = _given_up(database, DOWN)
    todo = [
        sha
        for sha in candidates
        if sha not in given_up and not photo_path(photos_dir, sha).exists()
    ]
    budget = others_budget
    dead = 0  # photos in a row that failed without a byte arriving
    for _attempt in (1, 2):  # the second pass resumes those cut off in the first
        cut: list[str] = []
        for sha in todo:
            room = None if own is None or sha in own else budget
            if dead >= MAX_DEAD_DOWNLOADS:
                cut.append(sha)
                continue
            outcome, progressed = _download_one(database, client, photos_dir, sha, stats, room=room)
            if outcome is _Outcome.DONE:
                if room is not None and budget is not None:
                    budget -= photo_path(photos_dir, sha).stat().st_size
                on_downloaded(sha)
            elif outcome is _Outcome.CUT:
                cut.append(sha)
            elif outcome is _Outcome.NO_ROOM:
                stats.on_demand += 1
            dead = 0 if progressed else dead + 1
        todo = cut
        if not todo or dead >= MAX_DEAD_DOWNLOADS:
            break
    stats.waiting_down += len(todo)


def _download_one(
    database: Database,
    client: SyncClient,
    photos_dir: Path,
    sha: str,
    stats: PhotoStats,
    *,
    room: int | None = None,
) -> tuple[_Outcome, bool]:
    """Try one photo (if it fits in ``room``); returns what happened and whether the link
    answered."""
    target = photo_path(photos_dir, sha)
    partial = partial_path(target)
    before = partial.stat().st_size if partial.exists() else 0
    if room is not None and room <= 0:
        return _Outcome.NO_ROOM, True
    try:
        fetched = fetch_photo(client, sha, target, room=room)
    except TooLargeForRoomError:
        return _Outcome.NO_ROOM, True
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
        _refused(database, sha, stats, error)
        return _Outcome.REFUSED, True  # the server answered: the link works
    stats.downloaded += 1
    stats.bytes_downloaded += fetched.received
    stats.resumed_downloads += int(fetched.resumed)
    mark_downloaded(database, sha)
    return _Outcome.DONE, True


def _refused(database: Database, sha: str, stats: PhotoStats, error: Exception) -> None:
    if isinstance(error, ServerRefusedError) and error.status == 404:
        # Not on the server (yet): its author's laptop may still have to send it. Asked again
        # next round, never given up on.
        _mark(database, sha, DOWN, PENDING, "not on the server yet")
        stats.not_on_server += 1
        return
    log.warning("photo %s not downloaded: %s", sha[:12], error)
    _mark(database, sha, DOWN, FAILED, str(error))
    stats.failed += 1


def mark_downloaded(database: Database, sha: str) -> None:
    _mark(database, sha, DOWN, DONE)
    _mark(database, sha, UP, DONE)  # the server has it: never upload it back
