"""Record ids: UUIDv7 made on the device, so a record never needs remapping after sync."""

from __future__ import annotations

import uuid

import uuid6


def new_id() -> str:
    """A fresh UUIDv7 as text. Time-ordered, so new rows land at the end of indexes."""
    return str(uuid6.uuid7())


def is_valid_id(value: str) -> bool:
    try:
        return str(uuid.UUID(value)) == value
    except (ValueError, AttributeError, TypeError):
        return False
