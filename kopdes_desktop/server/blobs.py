"""Where photo bytes live: an interface, and its filesystem implementation.

Uploads arrive in pieces into a *partial* (keyed per uploader and hash) and become a blob only
after their SHA-256 matched. An S3-compatible store would implement the same methods with a
multipart upload per partial and objects named by hash.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

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

    def partial_size(self, key: str) -> int: ...

    def append_partial(self, key: str, offset: int, data: bytes) -> int:
        """Append at ``offset`` (must equal the bytes held); returns the new size."""
        ...

    def partial_sha256(self, key: str) -> str: ...

    def promote_partial(self, key: str, sha256: str) -> None:
        """Make a verified partial the blob named ``sha256``."""
        ...

    def discard_partial(self, key: str) -> None: ...

    def purge_partials(self, older_than_seconds: float) -> int:
        """Drop unfinished uploads untouched for that long; returns how many."""
        ...


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

    def partial_size(self, key: str) -> int:
        path = self._partial_path(key)
        return path.stat().st_size if path.exists() else 0

    def append_partial(self, key: str, offset: int, data: bytes) -> int:
        path = self._partial_path(key)
        with path.open("ab") as handle:
            current = handle.tell()
            if current != offset:
                raise OffsetMismatchError(current)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
            return handle.tell()

    def partial_sha256(self, key: str) -> str:
        digest = hashlib.sha256()
        with self._partial_path(key).open("rb") as handle:
            while chunk := handle.read(CHUNK):
                digest.update(chunk)
        return digest.hexdigest()

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
