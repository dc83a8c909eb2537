"""What a single text or number may be, wherever it comes from: the same rule on both sides.

Text:

- no lone UTF-16 surrogates (U+D800–U+DFFF): they cannot be encoded as UTF-8, so neither
  SQLite, PostgreSQL nor a JSON answer can carry them;
- no control characters other than tab and line feed (C0, DEL and C1: NUL cannot be stored in
  PostgreSQL, the others are invisible and almost always debris of a copy-paste);
- line ends are normalised to LF (a CR or CR LF from a Windows clipboard or a CSV file is a
  line end, not an error) and the text to Unicode NFC, so "é" typed as one character or as
  "e" + combining accent is the same value on every laptop and on the server.

Numbers: whole numbers must fit JSON, SQLite and PostgreSQL alike (±2**53−1, exact even in a
JSON reader that uses doubles); decimals must be finite. Realistic per-field ranges are
validation rules (``validation.NUMBER_RANGES``).

The codec applies these when decoding (refusing) and encoding (normalising); validation reports
them as issues beside the field.
"""

from __future__ import annotations

import math
import re
import unicodedata

from kopdes_desktop.domain.issues import Issue, IssueCode

MAX_WHOLE_NUMBER = 2**53 - 1

# Lone surrogates, and control characters except TAB (09), LF (0A) and CR (0D, normalised).
_REFUSED_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_LINE_END = re.compile("\r\n?")


def refused_character_position(text: str) -> int | None:
    """Position (from 1) of the first character text may not hold, or None."""
    found = _REFUSED_CHARACTER.search(text)
    return None if found is None else found.start() + 1


def text_issue(field: str, text: str) -> Issue | None:
    position = refused_character_position(text)
    if position is None:
        return None
    return Issue(field, IssueCode.INVALID_CHARACTER, {"position": position})


def escaped(text: str) -> str:
    """Text with every refused character written as ``\\uXXXX``: safe to echo in a message."""
    return _REFUSED_CHARACTER.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


def normalise_text(text: str) -> str:
    """LF line ends and NFC. Cheap for plain ASCII, which is already both."""
    if text.isascii() and "\r" not in text:
        return text
    return unicodedata.normalize("NFC", _LINE_END.sub("\n", text))


def storable_number(value: int | float) -> bool:
    if isinstance(value, float):
        return math.isfinite(value)
    return -MAX_WHOLE_NUMBER <= value <= MAX_WHOLE_NUMBER


def number_issue(field: str, value: int | float) -> Issue | None:
    """An issue for a number no store can hold (too large, infinite or NaN)."""
    if storable_number(value):
        return None
    return Issue(field, IssueCode.OUT_OF_RANGE, {"min": -MAX_WHOLE_NUMBER, "max": MAX_WHOLE_NUMBER})
