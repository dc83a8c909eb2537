"""``codec.stored_fields`` (what a pull stores, with fast paths for the usual shapes) gives exactly
what decoding and encoding again gives, and refuses exactly what decoding refuses."""

from __future__ import annotations

from typing import Any

import pytest

from kopdes_desktop.domain import codec
from kopdes_desktop.domain.records import RECORD_CLASSES

ODD_VALUES: list[Any] = [
    None,
    "",
    "Jl. Desa\r\nNo. 1",
    "Cafe\u0301",  # NFD: stored as NFC
    "rapat\x00",
    "ketua",
    "preparing",
    "bukan-nilai",
    "2026-11-20",
    "09:30:00",
    "2026-11-20T09:30:00+00:00",
    0,
    7,
    -3,
    2**53,
    10**300,
    1.5,
    float("inf"),
    True,
    False,
    [],
    ["pengurus", "village_head"],
    ["pengurus", "bukan-nilai"],
    ["pengurus", 3],
    {"a": 1},
]


def stored(cls: Any, name: str, raw: Any) -> Any:
    return codec.stored_fields(cls, {name: raw})[name]


def decoded_and_encoded(cls: Any, name: str, raw: Any) -> Any:
    return codec.encode_value(codec.decode_fields(cls, {name: raw})[name])


def outcome(call: Any, *args: Any) -> Any:
    try:
        return ("stored", call(*args))
    except codec.FieldDecodeError as error:
        return ("refused", error.field, error.code)
    except (ValueError, TypeError) as error:
        return ("refused", type(error).__name__)


@pytest.mark.parametrize("cls", list(RECORD_CLASSES.values()), ids=lambda c: c.__name__)
def test_stored_fields_matches_decoding_and_encoding_again(cls: Any) -> None:
    for name in codec.field_names(cls):
        for raw in ODD_VALUES:
            fast = outcome(stored, cls, name, raw)
            slow = outcome(decoded_and_encoded, cls, name, raw)
            assert fast == slow, (cls.__name__, name, raw)
