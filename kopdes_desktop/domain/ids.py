"""Record ids: UUIDv7 made on the device, so a record never needs remapping after sync."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import uuid6


def new_id() -> str:
    """A fresh UUIDv7 as text. Time-ordered, so new rows land at the end of indexes."""
    return str(uuid6.uuid7())


def is_valid_id(value: str) -> bool:
    try:
        return str(uuid.UUID(value)) == value
    except (ValueError, AttributeError, TypeError):
        return False


def created_at(value: str) -> datetime | None:
    """When a UUIDv7 id was made (its first 48 bits are Unix milliseconds); None for other ids."""
    try:
        parsed = uuid.UUID(value)
    except (ValueError, AttributeError, TypeError):
        return None
    if parsed.version != 7:
        return None
    return datetime.fromtimestamp((parsed.int >> 80) / 1000, tz=UTC)
