"""UUIDs as 16 raw bytes in a table after a JSON document (protocol 3 bodies).

A UUID written as text costs ~18 bytes once compressed; its entropy is ~10. Every string value
of the document (at any depth; object keys never) that is a UUID in canonical lower-case form
becomes ``"~<index>"`` into a table of distinct ids, a string starting with ``~`` gets one more
``~`` in front, and the table follows the JSON after one ``0x00`` byte (which JSON text never
holds), byte plane by byte plane. :func:`unpack` gives back exactly the document packed.
docs/sync-protocol.md, *Protocol 3*, describes it for other clients.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Sequence
from typing import Any

ID_BYTES = 16
ESCAPE = "~"
SEPARATOR = b"\x00"
# Only the canonical, lower-case form: any other way of writing a UUID stays text, so
# unpacking always gives back the very string that was packed.
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class DamagedTableError(ValueError):
    """A body that is not a JSON document with an id table this module could have written."""


class Ids:
    """The id table being written: each distinct UUID once, in order of first use. ``known``:
    ids the reader holds already (those of the request an answer answers), numbered first and
    not written again."""

    def __init__(self, known: Sequence[str] = ()) -> None:
        self.index: dict[str, int] = {text: number for number, text in enumerate(known)}
        self.known = len(self.index)

    def ref(self, text: str) -> int | None:
        if not _UUID.fullmatch(text):
            return None
        return self.index.setdefault(text, len(self.index))

    def table(self) -> bytes:
        """The ids byte plane by byte plane (the first byte of every id, then the second...):
        ids made close in time share their leading bytes, which then sit side by side."""
        rows = [uuid.UUID(text).bytes for text in list(self.index)[self.known :]]
        return bytes(row[plane] for plane in range(ID_BYTES) for row in rows)

    def after(self, text: bytes) -> bytes:
        """``text`` (JSON) followed by the table, if any id was used."""
        table = self.table()
        return text + SEPARATOR + table if table else text


def read_table(table: bytes) -> list[str]:
    if len(table) % ID_BYTES:
        raise DamagedTableError("the id table is not a whole number of 16-byte ids")
    count = len(table) // ID_BYTES
    return [str(uuid.UUID(bytes=bytes(table[number::count]))) for number in range(count)]


def pack_value(value: Any, ids: Ids) -> Any:
    if isinstance(value, str):
        ref = ids.ref(value)
        if ref is not None:
            return f"{ESCAPE}{ref}"
        return ESCAPE + value if value.startswith(ESCAPE) else value
    if isinstance(value, list):
        return [pack_value(item, ids) for item in value]
    if isinstance(value, dict):
        return {key: pack_value(item, ids) for key, item in value.items()}
    return value


def id_at(value: object, ids: list[str]) -> str:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < len(ids):
        raise DamagedTableError(f"id {value} is not in the id table")
    return ids[value]


def unpack_value(value: Any, ids: list[str]) -> Any:
    if isinstance(value, str):
        if not value.startswith(ESCAPE):
            return value
        if value.startswith(ESCAPE * 2):
            return value[1:]
        index = value[1:]
        if not index.isascii() or not index.isdigit():
            raise DamagedTableError(f"{value!r}: a text starting with ~ must be ~~… or ~<id>")
        return id_at(int(index), ids)
    if isinstance(value, list):
        return [unpack_value(item, ids) for item in value]
    if isinstance(value, dict):
        return {key: unpack_value(item, ids) for key, item in value.items()}
    return value


def pack(document: Any, known: Sequence[str] = ()) -> bytes:
    ids = Ids(known)
    packed = pack_value(document, ids)
    return ids.after(json.dumps(packed, separators=(",", ":"), ensure_ascii=False).encode())


def split(body: bytes, known: Sequence[str] = ()) -> tuple[Any, list[str]]:
    """The JSON part (parsed, not yet unpacked) and the ids it may name: ``known`` (those of
    the request, for an answer), then the table's."""
    text, _, table = body.partition(SEPARATOR)
    ids = [*known, *read_table(table)]
    try:
        return json.loads(text), ids
    except (UnicodeDecodeError, ValueError) as error:
        raise DamagedTableError("the JSON part is not JSON") from error


def unpack(body: bytes, known: Sequence[str] = ()) -> Any:
    document, ids = split(body, known)
    return unpack_value(document, ids)
