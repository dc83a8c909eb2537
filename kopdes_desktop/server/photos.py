"""Photo upload and download: existence check, resumable upload, hash check, scoped download."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from kopdes_desktop.domain.records import RecordType
from kopdes_desktop.server.accounts import Caller, now
from kopdes_desktop.server.blobs import BlobStore, OffsetMismatchError
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
    if _is_stored(db, sha256):
        return PhotoUploadResult(sha256=sha256, complete=True, offset=length)
    if length > limits.max_photo_bytes:
        raise ApiError(
            413, ErrorCode.TOO_LARGE, f"photos may be at most {limits.max_photo_bytes} bytes"
        )
    if offset + len(data) > length:
        raise ApiError(400, ErrorCode.INVALID_REQUEST, "more bytes than Upload-Length announced")
    key = _partial_key(caller, sha256)
    try:
        received = store.append_partial(key, offset, data)
    except OffsetMismatchError as mismatch:
        raise ApiError(
            409,
            ErrorCode.UPLOAD_OFFSET_MISMATCH,
            f"resume from byte {mismatch.offset}",
            offset=mismatch.offset,
        ) from mismatch
    if received < length:
        return PhotoUploadResult(sha256=sha256, complete=False, offset=received)
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
