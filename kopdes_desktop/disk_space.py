"""Recognising a full disk, whichever layer meets it first.

A laptop's disk fills up (photos, a movie copied from a phone) and every write fails at once:
SQLite answers "database or disk is full", file writes ``ENOSPC``, a quota ``EDQUOT``, and the
log file cannot take the message that would explain it. Every layer asks :func:`is_disk_full`
and turns the failure into :class:`DiskFullError`, so the user reads "disk penuh" instead of a
crash, nothing committed is lost (SQLite rolls the transaction back) and the same action works
once space is freed. Knows no layer: the log, storage, sync and the window all use it.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
_SQLITE_FULL = 13  # SQLITE_FULL: "database or disk is full"
# SQLite reports a WAL or journal it cannot create or grow as an I/O error (or as a file it
# cannot open), not as SQLITE_FULL: on a folder without room those mean a full disk too.
_SQLITE_IOERR = 10
_SQLITE_CANTOPEN = 14
NO_ROOM_BYTES = 1 << 20


class DiskFullError(OSError):
    """No room left to write; nothing was changed by the write that failed."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(errno.ENOSPC, "disk full", detail)


def _is_full_itself(error: BaseException) -> bool:
    if isinstance(error, OSError) and error.errno in _FULL_ERRNOS:
        return True
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        return code == _SQLITE_FULL or "database or disk is full" in str(error)
    return False


def no_room_left(folder: Path, below: int = NO_ROOM_BYTES) -> bool:
    """Whether the filesystem holding ``folder`` has (nearly) no space an app may use."""
    try:
        stats = os.statvfs(folder)
    except OSError:
        return False
    return stats.f_bavail * stats.f_frsize < below


def _is_io_failure(error: BaseException) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return (
        isinstance(error, sqlite3.Error)
        and code is not None
        and code & 0xFF
        in (
            _SQLITE_IOERR,
            _SQLITE_CANTOPEN,
        )
    )


def is_disk_full(error: BaseException, folder: Path | None = None) -> bool:
    """True when the error, or one it was raised from, says no more can be written.

    With ``folder`` (where the database lives), SQLite's I/O errors count as a full disk when
    that folder's filesystem has no room left: SQLite says "disk I/O error" when it cannot
    create its WAL on a full disk, and that must never be mistaken for a damaged file.
    """
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        # SQLAlchemy keeps the driver's error as ``orig``.
        original = getattr(current, "orig", None)
        for candidate in (current, original):
            if not isinstance(candidate, BaseException):
                continue
            if _is_full_itself(candidate):
                return True
            if folder is not None and _is_io_failure(candidate) and no_room_left(folder):
                return True
        current = current.__cause__ or current.__context__
    return False
