"""The pull cursor: opaque to clients, a small signed-free document to the server.

It needs no secret: a forged cursor can only ask for records the caller may see anyway, and one
from another database (epoch) or another account is answered with "reset required".

Written as ``.`` + base64url of a few bytes (the two UUIDs raw, numbers as varints): a cursor
crosses a village link twice per sync round, and the JSON form cost ~200 characters each time.
Cursors issued before (base64url JSON, never starting with ``.``) are still read.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import uuid
from dataclasses import asdict, dataclass
from typing import Literal

Phase = Literal["backfill", "changes"]

_COMPACT = "."
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_BACKFILL, _TARGET, _AFTER_ID = 1, 2, 4


def _varint(number: int) -> bytes:
    out = bytearray()
    while True:
        low, number = number & 0x7F, number >> 7
        out.append(low | (0x80 if number else 0))
        if not number:
            return bytes(out)


def _read_varint(raw: bytes, at: int) -> tuple[int, int]:
    number = shift = 0
    while True:
        if at >= len(raw) or shift > 63:
            raise ValueError("truncated number")
        byte = raw[at]
        number |= (byte & 0x7F) << shift
        at, shift = at + 1, shift + 7
        if not byte & 0x80:
            return number, at


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
        compact = self._compact()
        if compact is not None:
            return _COMPACT + base64.urlsafe_b64encode(compact).decode().rstrip("=")
        raw = json.dumps(asdict(self), separators=(",", ":")).encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    def _compact(self) -> bytes | None:
        ids_ok = all(_UUID.fullmatch(text) for text in (self.epoch, self.user_id))
        if not ids_ok or not (self.after_id == "" or _UUID.fullmatch(self.after_id)):
            return None  # ids this form cannot hold (never made by this server): JSON
        flags = (
            (_BACKFILL if self.phase == "backfill" else 0)
            | (_TARGET if self.target is not None else 0)
            | (_AFTER_ID if self.after_id else 0)
        )
        parts = [uuid.UUID(self.epoch).bytes, uuid.UUID(self.user_id).bytes, bytes([flags])]
        parts.append(_varint(self.base))
        if self.target is not None:
            parts.append(_varint(self.target))
        parts.append(_varint(self.after_version))
        if self.after_id:
            parts.append(uuid.UUID(self.after_id).bytes)
        return b"".join(parts)

    @classmethod
    def _from_compact(cls, raw: bytes) -> Cursor:
        if len(raw) < 33:
            raise ValueError("too short")
        epoch, user_id, flags = (
            str(uuid.UUID(bytes=raw[:16])),
            str(uuid.UUID(bytes=raw[16:32])),
            raw[32],
        )
        base, at = _read_varint(raw, 33)
        target = None
        if flags & _TARGET:
            target, at = _read_varint(raw, at)
        after_version, at = _read_varint(raw, at)
        after_id = ""
        if flags & _AFTER_ID:
            after_id, at = str(uuid.UUID(bytes=raw[at : at + 16])), at + 16
        if at != len(raw) or flags & ~(_BACKFILL | _TARGET | _AFTER_ID):
            raise ValueError("not a cursor")
        phase: Phase = "backfill" if flags & _BACKFILL else "changes"
        return cls(epoch, user_id, base, target, phase, after_version, after_id)

    @classmethod
    def decode(cls, text: str) -> Cursor:
        try:
            if text.startswith(_COMPACT):
                body = text[len(_COMPACT) :]
                cursor = cls._from_compact(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
            else:
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
