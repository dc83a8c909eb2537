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
import sqlite3

_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
_SQLITE_FULL = 13  # SQLITE_FULL: "database or disk is full"


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


def is_disk_full(error: BaseException) -> bool:
    """True when the error, or one it was raised from, says no more can be written."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if _is_full_itself(current):
            return True
        # SQLAlchemy keeps the driver's error as ``orig``.
        original = getattr(current, "orig", None)
        if isinstance(original, BaseException) and _is_full_itself(original):
            return True
        current = current.__cause__ or current.__context__
    return False
