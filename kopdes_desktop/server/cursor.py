"""The pull cursor: opaque to clients, a small signed-free JSON document to the server.

It needs no secret: a forged cursor can only ask for records the caller may see anyway, and one
from another database (epoch) or another account is answered with "reset required".
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import asdict, dataclass
from typing import Literal

Phase = Literal["backfill", "changes"]


class InvalidCursorError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class Cursor:
    epoch: str
    user_id: str
    # Everything up to this version is on the client (0: nothing yet).
    base: int
    # While a pull is paging: the version it is fixed to, and where the next page starts.
    target: int | None = None
    phase: Phase = "changes"
    after_version: int = 0
    after_id: str = ""

    def encode(self) -> str:
        raw = json.dumps(asdict(self), separators=(",", ":")).encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    @classmethod
    def decode(cls, text: str) -> Cursor:
        try:
            raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
            values = json.loads(raw)
            cursor = cls(**values)
        except (binascii.Error, ValueError, TypeError, UnicodeDecodeError) as error:
            raise InvalidCursorError("the cursor is not one this server issued") from error
        numbers_ok = all(
            isinstance(value, int) and not isinstance(value, bool) and value >= 0
            for value in (cursor.base, cursor.after_version)
        )
        target_ok = cursor.target is None or (
            isinstance(cursor.target, int) and cursor.target >= cursor.base
        )
        texts_ok = all(isinstance(v, str) for v in (cursor.epoch, cursor.user_id, cursor.after_id))
        if not (numbers_ok and target_ok and texts_ok and cursor.phase in ("backfill", "changes")):
            raise InvalidCursorError("the cursor is not one this server issued")
        return cursor
