"""Photo upload and download: existence check, resumable upload, hash check, scoped download.

An upload request's body is kept piece by piece as it arrives (tus-style append): when the link
drops mid-request, every byte that reached the server counts and the client resumes from there.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from kopdes_desktop.domain.records import RecordType
from kopdes_desktop.server.accounts import Caller, now
from kopdes_desktop.server.blobs import BlobStore, OffsetMismatchError, PartialWriter
from kopdes_desktop.server.config import Limits
from kopdes_desktop.server.db import Database
from kopdes_desktop.server.errors import ApiError, not_found
from kopdes_desktop.server.models import Blob, RecordRow
from kopdes_desktop.server.scope import scope_condition
from kopdes_desktop.sync.protocol import ErrorCode, PhotoStatus, PhotoUploadResult


def _partial_key(caller: Caller, sha256: str) -> str:
    # Per uploader: two people sending the same photo never interleave their bytes.
    return f"{caller.user_id}-{sha256}".replace(".", "_")


def _is_stored(db: Database, sha256: str) -> bool:
    with db.read() as session:
        return session.get(Blob, sha256) is not None


def status(
    db: Database, store: BlobStore, limits: Limits, caller: Caller, sha256: str
) -> PhotoStatus:
    complete = _is_stored(db, sha256)
    offset = 0 if complete else store.partial_size(_partial_key(caller, sha256))
    return PhotoStatus(
        sha256=sha256, complete=complete, offset=offset, max_size=limits.max_photo_bytes
    )


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
    """Check an upload request before its body is read: either the answer (the photo is there
    already) or a writer positioned at ``offset``."""
    if _is_stored(db, sha256):
        return PhotoUploadResult(sha256=sha256, complete=True, offset=length)
    if length > limits.max_photo_bytes:
        raise ApiError(
            413, ErrorCode.TOO_LARGE, f"photos may be at most {limits.max_photo_bytes} bytes"
        )
    if length == 0 or offset > length:
        raise ApiError(400, ErrorCode.INVALID_REQUEST, "Upload-Offset is past Upload-Length")
    try:
        return store.open_partial(_partial_key(caller, sha256), offset)
    except OffsetMismatchError as mismatch:
        raise _offset_mismatch(mismatch) from mismatch


def _offset_mismatch(mismatch: OffsetMismatchError) -> ApiError:
    return ApiError(
        409,
        ErrorCode.UPLOAD_OFFSET_MISMATCH,
        f"resume from byte {mismatch.offset}",
        offset=mismatch.offset,
    )


def append(writer: PartialWriter, length: int, data: bytes) -> None:
    """Keep one piece of the body the moment it arrives (a drop later loses none of it)."""
    if writer.offset + len(data) > length:
        raise ApiError(400, ErrorCode.INVALID_REQUEST, "more bytes than Upload-Length announced")
    try:
        writer.write(data)
    except OffsetMismatchError as mismatch:
        raise _offset_mismatch(mismatch) from mismatch


def finish_upload(
    db: Database, store: BlobStore, caller: Caller, sha256: str, *, received: int, length: int
) -> PhotoUploadResult:
    if received < length:
        return PhotoUploadResult(sha256=sha256, complete=False, offset=received)
    key = _partial_key(caller, sha256)
    if store.partial_sha256(key) != sha256:
        store.discard_partial(key)
        raise ApiError(422, ErrorCode.HASH_MISMATCH, "the bytes do not match their SHA-256; resend")
    store.promote_partial(key, sha256)
    try:
        with db.write() as session:
            if session.get(Blob, sha256) is None:
                session.add(
                    Blob(sha256=sha256, size=length, uploaded_by=caller.user_id, created_at=now())
                )
    except IntegrityError:
        pass  # someone else finished the same photo a moment earlier: same bytes, same name
    return PhotoUploadResult(sha256=sha256, complete=True, offset=length)


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
    """Append bytes held in memory (a handover bundle's photo) in one go."""
    started = begin_upload(db, store, limits, caller, sha256, offset=offset, length=length)
    if isinstance(started, PhotoUploadResult):
        return started
    with started as writer:
        append(writer, length, data)
    return finish_upload(db, store, caller, sha256, received=writer.offset, length=length)


def authorise_download(db: Database, caller: Caller, sha256: str) -> int:
    """Size of the photo if the caller may download it; 404 otherwise (existence stays secret)."""
    with db.read() as session:
        blob = session.get(Blob, sha256)
        if blob is None:
            raise not_found("no such photo")
        if caller.is_admin or blob.uploaded_by == caller.user_id:
            return blob.size
        visible = session.scalar(
            select(RecordRow.record_id)
            .where(
                RecordRow.sha256 == sha256,
                RecordRow.record_type == RecordType.PHOTO.value,
                RecordRow.deleted.is_(False),
                scope_condition(caller),
            )
            .limit(1)
        )
        if visible is not None:
            return blob.size
    raise not_found("no such photo")
