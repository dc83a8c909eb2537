"""Strict parsing of the numeric request headers of photo transfers.

``str.isdigit`` accepts "²" and other non-ASCII digits that ``int`` then refuses, so every number
taken from a header goes through these: ASCII digits only, bounded length, 400 (or 416 for a
range) with a reason otherwise, never a 500.
"""

from __future__ import annotations

import re

from kopdes_desktop.server.errors import ApiError
from kopdes_desktop.sync.protocol import ErrorCode

_BYTE_COUNT = re.compile(r"[0-9]{1,18}")
_OPEN_RANGE = re.compile(r"bytes=([0-9]{1,18})-")


def byte_count(value: str | None, name: str) -> int:
    """A whole number of bytes, e.g. ``Upload-Offset: 65536``."""
    text = (value or "").strip(" \t")
    if not _BYTE_COUNT.fullmatch(text):
        raise ApiError(400, ErrorCode.INVALID_REQUEST, f"{name} must be a whole number of bytes")
    return int(text)


def range_start(value: str | None, size: int) -> int:
    """Start of an open-ended ``Range: bytes=N-`` (all a resuming download needs); 0 if absent."""
    if value is None or not value.strip(" \t"):
        return 0
    match = _OPEN_RANGE.fullmatch(value.strip(" \t"))
    if match is None:
        raise ApiError(416, ErrorCode.INVALID_REQUEST, "only 'Range: bytes=N-' is supported")
    start = int(match.group(1))
    if start >= size:
        raise ApiError(416, ErrorCode.INVALID_REQUEST, "range starts past the end of the photo")
    return start
