"""Photo upload and download: status, resumable upload, checks, quotas, scoped download.

An upload request's body is kept piece by piece as it arrives (tus-style append): when the link
drops mid-request, every byte that reached the server counts and the client resumes from there.

Who sees a photo: an account that sent its bytes (its *owner*: ``BlobOwner``), an admin, and
whoever can read a live photo record of that hash *made by an owner*. Linking a known hash to a
record of one's own therefore grants nothing: an account shows it holds a photo by sending its
bytes, once. Only real JPEG content becomes a photo.

Unfinished uploads are bounded per account in count and announced bytes (``PhotoUpload``); idle
ones make room for new ones and expire after days. Photo bytes stop (507) before the store's disk
runs out, so records keep syncing when photos cannot.
"""

from __future__ import annotations

import base64
import errno
import io
import logging
import threading
import time
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import BinaryIO

from PIL import Image, UnidentifiedImageError
from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kopdes_desktop.domain.records import RecordType
from kopdes_desktop.server.accounts import Caller, now
from kopdes_desktop.server.blobs import BlobStore, OffsetMismatchError, PartialWriter
from kopdes_desktop.server.config import Limits
from kopdes_desktop.server.db import Database
from kopdes_desktop.server.errors import ApiError, not_found
from kopdes_desktop.server.models import Blob, BlobOwner, PhotoUpload, RecordRow
from kopdes_desktop.server.scope import scope_condition
from kopdes_desktop.sync.protocol import (
    THUMBNAIL_EDGE,
    ErrorCode,
    PhotoStatus,
    PhotoUploadResult,
    Thumbnail,
)

log = logging.getLogger(__name__)

JPEG_START = b"\xff\xd8\xff"
THUMBNAIL_QUALITY = 70
MAX_PIXELS = 50_000_000  # a 50-megapixel original is the most a phone makes; resized ones are 2 MP
SWEEP_EVERY_S = 3600.0
_DISK_FULL = frozenset({errno.ENOSPC, errno.EDQUOT})


def _partial_key(user_id: str, sha256: str) -> str:
    # Per uploader: two people sending the same photo never interleave their bytes.
    return f"{user_id}-{sha256}".replace(".", "_")


# --- who holds a photo ----------------------------------------------------------------------


def holds(session: Session, caller: Caller, sha256: str) -> bool:
    """The photo is stored and the caller may have its bytes."""
    if session.get(Blob, sha256) is None:
        return False
    if caller.is_admin or session.get(BlobOwner, (sha256, caller.user_id)) is not None:
        return True
    owners = select(BlobOwner.user_id).where(BlobOwner.sha256 == sha256)
    visible = session.scalar(
        select(RecordRow.record_id)
        .where(
            RecordRow.sha256 == sha256,
            RecordRow.record_type == RecordType.PHOTO.value,
            RecordRow.deleted.is_(False),
            RecordRow.author_id.in_(owners),
            scope_condition(caller),
        )
        .limit(1)
    )
    return visible is not None


def statuses(
    db: Database, store: BlobStore, limits: Limits, caller: Caller, sha256s: Iterable[str]
) -> list[PhotoStatus]:
    with db.read() as session:
        return [
            PhotoStatus(
                sha256=sha,
                complete=complete,
                offset=0 if complete else store.partial_size(_partial_key(caller.user_id, sha)),
                max_size=limits.max_photo_bytes,
            )
            for sha in dict.fromkeys(sha256s)
            for complete in (holds(session, caller, sha),)
        ]


def status(
    db: Database, store: BlobStore, limits: Limits, caller: Caller, sha256: str
) -> PhotoStatus:
    return statuses(db, store, limits, caller, [sha256])[0]


def authorise_download(db: Database, caller: Caller, sha256: str) -> int:
    """Size of the photo if the caller may download it; 404 otherwise (existence stays secret)."""
    with db.read() as session:
        if holds(session, caller, sha256):
            blob = session.get(Blob, sha256)
            assert blob is not None
            return blob.size
    raise not_found("no such photo")


# --- uploading ------------------------------------------------------------------------------


def begin_upload(
    db: Database,
    store: BlobStore,
    limits: Limits,
    caller: Caller,
    sha256: str,
    *,
    offset: int,
    length: int,
) -> PhotoUploadResult | PartialWriter:
    """Check an upload request before its body is read: either the answer (the caller holds the
    photo already) or a writer positioned at ``offset``."""
    with db.read() as session:
        if holds(session, caller, sha256):
            return PhotoUploadResult(sha256=sha256, complete=True, offset=length)
    if length > limits.max_photo_bytes:
        raise ApiError(
            413, ErrorCode.TOO_LARGE, f"photos may be at most {limits.max_photo_bytes} bytes"
        )
    if length == 0 or offset > length:
        raise ApiError(400, ErrorCode.INVALID_REQUEST, "Upload-Offset is past Upload-Length")
    _sweep_now_and_then(db, store, limits)
    if store.free_bytes() - (length - offset) < limits.min_free_bytes:
        raise _storage_full()
    _reserve(db, store, limits, user_id=caller.user_id, sha256=sha256, length=length)
    try:
        return store.open_partial(_partial_key(caller.user_id, sha256), offset)
    except OffsetMismatchError as mismatch:
        raise _offset_mismatch(mismatch) from mismatch


def _storage_full() -> ApiError:
    return ApiError(
        507,
        ErrorCode.STORAGE_FULL,
        "the server's photo storage is full; photos stay on the laptop and go later",
    )


def _offset_mismatch(mismatch: OffsetMismatchError) -> ApiError:
    return ApiError(
        409,
        ErrorCode.UPLOAD_OFFSET_MISMATCH,
        f"resume from byte {mismatch.offset}",
        offset=mismatch.offset,
    )


def _reserve(
    db: Database, store: BlobStore, limits: Limits, *, user_id: str, sha256: str, length: int
) -> None:
    """Count the upload against the account's quota (making room from its idle uploads)."""
    moment = now()
    dropped: list[str] = []
    with db.write() as session:
        row = session.get(PhotoUpload, (user_id, sha256))
        if row is not None and row.length == length:
            row.touched_at = moment
            return
        if row is not None:
            session.delete(row)  # announced another length: that upload starts over
            session.flush()
            dropped.append(sha256)
        others = list(
            session.scalars(
                select(PhotoUpload)
                .where(PhotoUpload.user_id == user_id)
                .order_by(PhotoUpload.touched_at)
                .with_for_update()
            )
        )
        count = len(others) + 1
        announced = sum(other.length for other in others) + length
        idle_before = moment - timedelta(seconds=limits.upload_idle_seconds)
        for other in others:
            if count <= limits.max_unfinished_uploads and announced <= limits.max_unfinished_bytes:
                break
            if _aware(other.touched_at) >= idle_before:
                break
            session.delete(other)
            dropped.append(other.sha256)
            count -= 1
            announced -= other.length
        if count > limits.max_unfinished_uploads or announced > limits.max_unfinished_bytes:
            raise ApiError(
                507,
                ErrorCode.UPLOAD_QUOTA,
                f"at most {limits.max_unfinished_uploads} unfinished photo uploads "
                f"({limits.max_unfinished_bytes} bytes) per account at once; finish those first",
            )
        session.add(
            PhotoUpload(
                user_id=user_id, sha256=sha256, length=length, created_at=moment, touched_at=moment
            )
        )
    for sha in dropped:
        store.discard_partial(_partial_key(user_id, sha))


def _aware(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes for timezone-aware columns: they are UTC."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def append(writer: PartialWriter, length: int, data: bytes) -> None:
    """Keep one piece of the body the moment it arrives (a drop later loses none of it)."""
    if writer.offset + len(data) > length:
        raise ApiError(400, ErrorCode.INVALID_REQUEST, "more bytes than Upload-Length announced")
    if writer.offset < len(JPEG_START):
        head = JPEG_START[writer.offset : writer.offset + len(data)]
        if data[: len(head)] != head:
            raise ApiError(415, ErrorCode.NOT_AN_IMAGE, "photos are JPEG pictures")
    try:
        writer.write(data)
    except OffsetMismatchError as mismatch:
        raise _offset_mismatch(mismatch) from mismatch
    except OSError as error:
        if error.errno in _DISK_FULL:
            log.error("photo store full: %s", error)
            raise _storage_full() from error
        raise


def touch(db: Database, caller: Caller, sha256: str) -> None:
    """The upload made progress: it is not idle, and does not expire."""
    with db.write() as session:
        session.execute(
            update(PhotoUpload)
            .where(PhotoUpload.user_id == caller.user_id, PhotoUpload.sha256 == sha256)
            .values(touched_at=now())
        )


def finish_upload(
    db: Database, store: BlobStore, caller: Caller, sha256: str, *, received: int, length: int
) -> PhotoUploadResult:
    if received < length:
        touch(db, caller, sha256)
        return PhotoUploadResult(sha256=sha256, complete=False, offset=received)
    key = _partial_key(caller.user_id, sha256)
    if store.partial_sha256(key) != sha256:
        _forget(db, store, caller.user_id, sha256)
        raise ApiError(422, ErrorCode.HASH_MISMATCH, "the bytes do not match their SHA-256; resend")
    with store.open_partial_for_reading(key) as stream:
        preview = thumbnail_of(stream)
    if preview is None:
        _forget(db, store, caller.user_id, sha256)
        raise ApiError(415, ErrorCode.NOT_AN_IMAGE, "photos are JPEG pictures")
    with db.read() as session:
        stored = session.get(Blob, sha256) is not None
    if stored:
        store.discard_partial(key)  # the same bytes are there: this account now holds them too
    else:
        store.promote_partial(key, sha256)
        store.put_thumbnail(sha256, preview)
    moment = now()
    try:
        with db.write() as session:
            if session.get(Blob, sha256) is None:
                session.add(
                    Blob(sha256=sha256, size=length, uploaded_by=caller.user_id, created_at=moment)
                )
            if session.get(BlobOwner, (sha256, caller.user_id)) is None:
                session.add(BlobOwner(sha256=sha256, user_id=caller.user_id, created_at=moment))
            session.execute(
                delete(PhotoUpload).where(
                    PhotoUpload.user_id == caller.user_id, PhotoUpload.sha256 == sha256
                )
            )
    except IntegrityError:
        pass  # the same account finished the same photo twice at once: same bytes, same rows
    return PhotoUploadResult(sha256=sha256, complete=True, offset=length)


def _forget(db: Database, store: BlobStore, user_id: str, sha256: str) -> None:
    store.discard_partial(_partial_key(user_id, sha256))
    with db.write() as session:
        session.execute(
            delete(PhotoUpload).where(PhotoUpload.user_id == user_id, PhotoUpload.sha256 == sha256)
        )


def thumbnail_of(stream: BinaryIO) -> bytes | None:
    """The preview of a JPEG picture, or None if the bytes are not one (decoding it at a reduced
    scale proves the whole file is a readable picture of a sane size)."""
    try:
        with Image.open(stream) as picture:
            if picture.format != "JPEG":
                return None
            width, height = picture.size
            if width * height > MAX_PIXELS:
                return None
            scale = min(1.0, THUMBNAIL_EDGE / max(width, height, 1))
            # Decode at the smallest scale still at least the preview's size: quick, and every
            # block of the file is still read, so a damaged picture fails here.
            picture.draft("RGB", (max(1, int(width * scale)), max(1, int(height * scale))))
            small = picture.convert("RGB")
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        return None
    small.thumbnail((THUMBNAIL_EDGE, THUMBNAIL_EDGE))
    buffer = io.BytesIO()
    small.save(buffer, "JPEG", quality=THUMBNAIL_QUALITY, optimize=True)
    return buffer.getvalue()


def thumbnails(
    db: Database, store: BlobStore, caller: Caller, sha256s: Iterable[str]
) -> list[Thumbnail]:
    """Previews of the photos the caller may see; made now for photos stored before previews
    existed."""
    found: list[Thumbnail] = []
    with db.read() as session:
        visible = [sha for sha in dict.fromkeys(sha256s) if holds(session, caller, sha)]
    for sha in visible:
        preview = store.read_thumbnail(sha)
        if preview is None:
            with store.open_blob(sha) as stream:
                preview = thumbnail_of(stream)
            if preview is None:
                continue
            store.put_thumbnail(sha, preview)
        found.append(Thumbnail(sha256=sha, jpeg=base64.b64encode(preview).decode()))
    return found


def upload(
    db: Database,
    store: BlobStore,
    limits: Limits,
    caller: Caller,
    sha256: str,
    *,
    offset: int,
    length: int,
    data: bytes,
) -> PhotoUploadResult:
    """Append bytes held in memory (a handover bundle's photo) in one go, from byte 0."""
    if offset == 0:
        store.discard_partial(_partial_key(caller.user_id, sha256))  # whatever a cut upload left
    started = begin_upload(db, store, limits, caller, sha256, offset=offset, length=length)
    if isinstance(started, PhotoUploadResult):
        return started
    with started as writer:
        append(writer, length, data)
    return finish_upload(db, store, caller, sha256, received=writer.offset, length=length)


# --- expiry ---------------------------------------------------------------------------------


def purge_expired_uploads(
    db: Database, store: BlobStore, limits: Limits, *, days: float | None = None
) -> int:
    """Delete unfinished uploads untouched for ``unfinished_upload_days`` (or ``days`` if
    sooner), and partial files of that age that nothing accounts for; returns how many."""
    days = (
        min(days, limits.unfinished_upload_days)
        if days is not None
        else (limits.unfinished_upload_days)
    )
    cutoff = now() - timedelta(days=days)
    with db.write() as session:
        expired = list(session.scalars(select(PhotoUpload).where(PhotoUpload.touched_at < cutoff)))
        for row in expired:
            session.delete(row)
    for row in expired:
        store.discard_partial(_partial_key(row.user_id, row.sha256))
    stray = store.purge_partials(days * 86_400)
    return len(expired) + stray


class _Sweeper:
    """Runs the expiry sweep at most once an hour per server process, on upload requests."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._last: float | None = None

    def __call__(self, db: Database, store: BlobStore, limits: Limits) -> None:
        with self._lock:
            if self._last is not None and time.monotonic() - self._last < SWEEP_EVERY_S:
                return
            self._last = time.monotonic()
        purged = purge_expired_uploads(db, store, limits)
        if purged:
            log.info("%d expired unfinished photo upload(s) deleted", purged)


_sweep_now_and_then = _Sweeper()
