"""Fetching one photo: streamed to a partial file, resumed with ``Range`` after a cut.

The bytes go to ``<sha256>.download`` as they arrive, a piece at a time (a photo is never held
whole in memory), and are hashed on the way. A dropped link leaves the partial file in place; the
next attempt asks only for the rest (``Range: bytes=N-``). The photo takes its real name only
once the whole file matches its SHA-256.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kopdes_desktop.sync.client import SyncClient
from kopdes_desktop.sync.transport import LinkDroppedError, ServerRefusedError

PIECE = 64 * 1024

DownloadProgress = Callable[[int, int], None]  # (bytes on this laptop, photo size)


class PhotoDamagedError(Exception):
    """The downloaded bytes do not match their name; the partial file was dropped."""


class TooLargeForRoomError(Exception):
    """The photo is larger than the room left for it; nothing was downloaded."""


@dataclass(frozen=True, slots=True)
class Fetched:
    received: int  # bytes that crossed the link in this attempt
    resumed: bool  # continued a partial file left by an earlier attempt


def partial_path(target: Path) -> Path:
    return target.with_suffix(".download")


def _hash_of(path: Path) -> tuple[hashlib._Hash, int]:
    digest = hashlib.sha256()
    size = 0
    if path.exists():
        with path.open("rb") as handle:
            while piece := handle.read(PIECE):
                digest.update(piece)
                size += len(piece)
    return digest, size


def _total_size(headers: object, start: int, status: int) -> int:
    get = getattr(headers, "get", lambda name, default=None: default)
    content_range = str(get("Content-Range", "") or "")
    if status == 206 and "/" in content_range:
        total = content_range.rsplit("/", 1)[1]
        if total.isascii() and total.isdigit():
            return int(total)
    length = str(get("Content-Length", "") or "")
    return start + int(length) if length.isascii() and length.isdigit() else 0


def fetch_photo(
    client: SyncClient,
    sha256: str,
    target: Path,
    progress: DownloadProgress = lambda done, total: None,
    *,
    room: int | None = None,
) -> Fetched:
    """Download the photo to ``target``; raises :class:`TransientError` with the partial kept,
    :class:`ServerRefusedError` when the server will not give it, :class:`PhotoDamagedError`,
    and :class:`TooLargeForRoomError` (before reading the body) if it is larger than ``room``."""
    partial = partial_path(target)
    digest, start = _hash_of(partial)
    try:
        response = client.open_photo(sha256, start)
    except ServerRefusedError as error:
        if error.status != 416 or not start:
            raise
        partial.unlink(missing_ok=True)  # longer than the photo: not a prefix of it
        digest, start = hashlib.sha256(), 0
        response = client.open_photo(sha256, 0)
    received = 0
    with response:
        if start and response.status_code == 200:
            digest, start = hashlib.sha256(), 0  # the server sent it all from byte 0
            partial.unlink(missing_ok=True)
        total = _total_size(response.headers, start, response.status_code)
        if room is not None and total > room:
            raise TooLargeForRoomError(f"photo {sha256[:12]} has {total} bytes, room for {room}")
        with partial.open("ab") as out:
            try:
                for piece in client.transport.read_pieces(response, PIECE):
                    out.write(piece)
                    digest.update(piece)
                    received += len(piece)
                    progress(start + received, total)
            finally:
                out.flush()
                os.fsync(out.fileno())
    if total and start + received < total:
        raise LinkDroppedError(f"photo {sha256[:12]} cut off at byte {start + received} of {total}")
    if digest.hexdigest() != sha256:
        partial.unlink(missing_ok=True)
        raise PhotoDamagedError(f"photo {sha256[:12]} arrived damaged")
    os.replace(partial, target)
    return Fetched(received, resumed=start > 0)
