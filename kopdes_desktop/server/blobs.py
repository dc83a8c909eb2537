"""Where photo bytes live: an interface, and its filesystem implementation.

Uploads arrive in pieces into a *partial* (keyed per uploader and hash) and become a blob only
after their SHA-256 matched. Every piece is appended the moment it arrives, so a request cut by a
dropped link keeps what it carried. An S3-compatible store would implement the same methods with
a multipart upload per partial and objects named by hash.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, Protocol

try:
    import fcntl
except ImportError:  # Windows: one server process per store is assumed there
    fcntl = None  # type: ignore[assignment]

CHUNK = 1024 * 1024
_SAFE_KEY = re.compile(r"^[0-9A-Za-z_-]{1,200}$")


class OffsetMismatchError(ValueError):
    def __init__(self, offset: int) -> None:
        super().__init__(f"upload is at byte {offset}")
        self.offset = offset


class BlobStore(Protocol):
    def has(self, sha256: str) -> bool: ...

    def size(self, sha256: str) -> int: ...

    def read(self, sha256: str, start: int = 0) -> Iterator[bytes]: ...

    def open_blob(self, sha256: str) -> BinaryIO: ...

    def read_thumbnail(self, sha256: str) -> bytes | None:
        """The small preview made when the photo arrived; None if it has none yet."""
        ...

    def put_thumbnail(self, sha256: str, data: bytes) -> None: ...

    def partial_size(self, key: str) -> int: ...

    def append_partial(self, key: str, offset: int, data: bytes) -> int:
        """Append at ``offset`` (must equal the bytes held); returns the new size."""
        ...

    def open_partial(self, key: str, offset: int) -> PartialWriter:
        """A writer appending from ``offset`` (must equal the bytes held) piece by piece."""
        ...

    def partial_sha256(self, key: str) -> str: ...

    def open_partial_for_reading(self, key: str) -> BinaryIO:
        """The bytes of a partial, to check what they are before they become a blob."""
        ...

    def free_bytes(self) -> int:
        """Room left where blobs are written."""
        ...

    def promote_partial(self, key: str, sha256: str) -> None:
        """Make a verified partial the blob named ``sha256``."""
        ...

    def discard_partial(self, key: str) -> None: ...

    def purge_partials(self, older_than_seconds: float) -> int:
        """Drop unfinished uploads untouched for that long; returns how many."""
        ...


class PartialWriter(Protocol):
    offset: int

    def write(self, data: bytes) -> None:
        """Append ``data``; raises :class:`OffsetMismatchError` if someone else appended."""
        ...

    def close(self) -> None:
        """Make what was written durable."""
        ...

    def __enter__(self) -> PartialWriter: ...

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None: ...


class _FilePartialWriter:
    """Appends to one partial file. Each piece is checked and written under an exclusive lock,
    so a stale request of the same upload (a half-open connection the server has not noticed
    yet) can never interleave its bytes with the request that resumed it."""

    SYNC_EVERY_S = 1.0

    def __init__(self, path: Path, offset: int) -> None:
        self.offset = offset
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        self._synced_at = time.monotonic()
        try:
            self._check()
        except BaseException:
            os.close(self._fd)
            raise

    def _check(self) -> None:
        held = os.fstat(self._fd).st_size
        if held != self.offset:
            raise OffsetMismatchError(held)

    def write(self, data: bytes) -> None:
        if fcntl is not None:
            fcntl.flock(self._fd, fcntl.LOCK_EX)
        try:
            self._check()
            view = memoryview(data)
            while view:
                written = os.write(self._fd, view)
                self.offset += written
                view = view[written:]
        finally:
            if fcntl is not None:
                fcntl.flock(self._fd, fcntl.LOCK_UN)
        if time.monotonic() - self._synced_at >= self.SYNC_EVERY_S:
            os.fsync(self._fd)
            self._synced_at = time.monotonic()

    def close(self) -> None:
        if self._fd < 0:
            return
        try:
            os.fsync(self._fd)
        finally:
            os.close(self._fd)
            self._fd = -1

    def __enter__(self) -> _FilePartialWriter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


class FilesystemBlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        self._partials = root / "partial"
        self._partials.mkdir(parents=True, exist_ok=True)

    def _blob_path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def _partial_path(self, key: str) -> Path:
        if not _SAFE_KEY.match(key):
            raise ValueError("unsafe partial key")
        return self._partials / key

    def has(self, sha256: str) -> bool:
        return self._blob_path(sha256).is_file()

    def size(self, sha256: str) -> int:
        return self._blob_path(sha256).stat().st_size

    def read(self, sha256: str, start: int = 0) -> Iterator[bytes]:
        with self._blob_path(sha256).open("rb") as handle:
            handle.seek(start)
            while chunk := handle.read(CHUNK):
                yield chunk

    def open_blob(self, sha256: str) -> BinaryIO:
        return self._blob_path(sha256).open("rb")

    def _thumbnail_path(self, sha256: str) -> Path:
        return self.root / "thumbs" / sha256[:2] / f"{sha256}.jpg"

    def read_thumbnail(self, sha256: str) -> bytes | None:
        path = self._thumbnail_path(sha256)
        return path.read_bytes() if path.is_file() else None

    def put_thumbnail(self, sha256: str, data: bytes) -> None:
        target = self._thumbnail_path(sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(".part")
        temporary.write_bytes(data)
        os.replace(temporary, target)

    def partial_size(self, key: str) -> int:
        path = self._partial_path(key)
        return path.stat().st_size if path.exists() else 0

    def append_partial(self, key: str, offset: int, data: bytes) -> int:
        with self.open_partial(key, offset) as writer:
            writer.write(data)
            return writer.offset

    def open_partial(self, key: str, offset: int) -> _FilePartialWriter:
        return _FilePartialWriter(self._partial_path(key), offset)

    def partial_sha256(self, key: str) -> str:
        digest = hashlib.sha256()
        with self._partial_path(key).open("rb") as handle:
            while chunk := handle.read(CHUNK):
                digest.update(chunk)
        return digest.hexdigest()

    def open_partial_for_reading(self, key: str) -> BinaryIO:
        return self._partial_path(key).open("rb")

    def free_bytes(self) -> int:
        return shutil.disk_usage(self._partials).free

    def promote_partial(self, key: str, sha256: str) -> None:
        target = self._blob_path(sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        # Same filesystem: an atomic rename, so a reader never sees half a photo.
        os.replace(self._partial_path(key), target)

    def discard_partial(self, key: str) -> None:
        self._partial_path(key).unlink(missing_ok=True)

    def purge_partials(self, older_than_seconds: float) -> int:
        cutoff = time.time() - older_than_seconds
        purged = 0
        for path in self._partials.iterdir():
            if path.is_file() and path.stat().st_mtime < cutoff:
                path.unlink(missing_ok=True)
                purged += 1
        return purged

    def remove_all(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)
