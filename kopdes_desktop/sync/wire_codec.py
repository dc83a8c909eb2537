"""Protocol-2 body coding: zstd with a dictionary trained on our own message shapes.

Sync bodies are small JSON documents whose keys and enum values repeat from one message to the
next; gzip starts every body knowing nothing, zstd with a shared dictionary starts knowing the
shapes (bench/wire_dictionary.py trains it and compares the codecs). The dictionary ships with
the laptop and the server (``resources/sync/``) and belongs to the protocol version: both sides
must hold the same bytes, so a new dictionary comes with a new protocol version.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

import zstandard

from kopdes_desktop.paths import resources_dir

# The Content-Encoding / Accept-Encoding token. Not "zstd": a proxy that decodes zstd by itself
# could not, without the dictionary.
CODING = "kopdes-zstd"
DICTIONARY_PATH = resources_dir() / "sync" / "protocol-2.zdict"
LEVEL = 12  # ~1 ms for a push batch; higher levels gain next to nothing on bodies this small
MIN_BYTES = 200  # below this a body goes as it is


class DamagedBodyError(ValueError):
    """Bytes that are not a body coded with this dictionary."""


@cache
def _dictionary() -> zstandard.ZstdCompressionDict:
    return zstandard.ZstdCompressionDict(Path(DICTIONARY_PATH).read_bytes())


def compress(body: bytes) -> bytes:
    """One frame; a protocol-3 body with an id table (after a 0x00 byte, which JSON text never
    holds) in two, so the table's random bytes do not spoil the coding of the text (~150 B on a
    week's push). A decoder reading across frames gives back the body (RFC 8878)."""
    compressor = zstandard.ZstdCompressor(level=LEVEL, dict_data=_dictionary())
    text, separator, table = body.partition(b"\x00")
    if not separator or not table:
        return compressor.compress(body)
    return compressor.compress(text + separator) + compressor.compress(table)


def decompress(body: bytes, limit: int) -> bytes | None:
    """The body, or None when it would inflate beyond ``limit`` bytes (read no further). A body
    of several frames is their contents one after another (RFC 8878), as protocol 3's push
    sends it."""
    decompressor = zstandard.ZstdDecompressor(dict_data=_dictionary())
    reader = decompressor.stream_reader(io.BytesIO(body), read_across_frames=True)
    try:
        with reader:
            out = reader.read(limit + 1)
            if len(out) > limit:
                return None
            if reader.read(1):
                return None
    except zstandard.ZstdError as error:
        raise DamagedBodyError(str(error)) from error
    if not out and body:
        raise DamagedBodyError("no zstd frame")
    return out


def accepts(accept_encoding: str | None) -> bool:
    """Whether an Accept-Encoding header names this coding."""
    names = (part.split(";")[0].strip().lower() for part in (accept_encoding or "").split(","))
    return CODING in names
