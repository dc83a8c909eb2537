"""Strict parsing of the numbers clients put in headers, shared by every route and middleware.

Only ASCII digits count: ``str.isdigit()`` also accepts "²" or "٣", which ``int()`` then
refuses (or reads as another number), and a header is no place for either. A malformed number is
always a 400 with a reason, whether or not the request carries a token; a well-formed range this
server does not serve is a 416.
"""

from __future__ import annotations

import re

from kopdes_desktop.server.errors import ApiError
from kopdes_desktop.sync.protocol import ErrorCode

MAX_DIGITS = 18  # well inside a 64-bit integer
_ASCII_NUMBER = re.compile(rf"[0-9]{{1,{MAX_DIGITS}}}")


def ascii_int(raw: str | None) -> int | None:
    """The whole number in ``raw`` (surrounding spaces allowed), or None if it is not one."""
    if raw is None:
        return None
    text = raw.strip(" \t")
    return int(text) if _ASCII_NUMBER.fullmatch(text) else None


def malformed(name: str, expected: str) -> ApiError:
    return ApiError(400, ErrorCode.INVALID_REQUEST, f"{name} must be {expected}")


def byte_count(raw: str | None, name: str) -> int:
    """A whole number of bytes, e.g. ``Upload-Offset: 65536``."""
    value = ascii_int(raw)
    if value is None:
        raise malformed(name, "a whole number of bytes")
    return value


def range_start(header: str | None, size: int) -> int:
    """Start of an open-ended ``Range: bytes=N-`` (all a resuming download needs); 0 without."""
    if header is None or not header.strip(" \t"):
        return 0
    unit, _, spec = header.partition("=")
    start_text, dash, end_text = spec.partition("-")
    if unit.strip() != "bytes" or not dash or end_text.strip() or not start_text.strip():
        raise ApiError(416, ErrorCode.INVALID_REQUEST, "only 'Range: bytes=N-' is supported")
    start = ascii_int(start_text)
    if start is None:
        raise malformed("Range", "'bytes=N-' with N a whole number")
    if start >= size:
        raise ApiError(416, ErrorCode.INVALID_REQUEST, "range starts past the end of the photo")
    return start
