"""Records survive the trip to plain values and back, for any storable values Hypothesis can
think of (hostile values are in test_values.py)."""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kopdes_desktop.domain import codec
from kopdes_desktop.domain.records import RECORD_CLASSES, Cooperative, Record, Visit

finite = st.floats(allow_nan=False, allow_infinity=False)
# Text a person can type: no surrogates, no control characters but tab and newline (values.py).
storable_text = st.text(
    st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\t\n")
).map(lambda text: unicodedata.normalize("NFC", text))
storable_int = st.integers(-(2**53) + 1, 2**53 - 1)


def records_of(cls: type[Record]) -> st.SearchStrategy[Record]:
    overrides: dict[str, Any] = {}
    for name, annotation in codec.field_types(cls).items():
        if annotation == float | None:
            overrides[name] = st.none() | finite
        elif annotation == int | None:
            overrides[name] = st.none() | storable_int
        elif annotation is str and name != "id":
            overrides[name] = storable_text
    return st.builds(cls, id=storable_text, **overrides)


any_record = st.sampled_from(sorted(RECORD_CLASSES.values(), key=lambda c: c.__name__)).flatmap(
    records_of
)


@given(any_record)
def test_encode_then_decode_gives_the_same_record(record: Record) -> None:
    assert codec.decode(type(record), codec.encode(record)) == record


@given(any_record)
def test_encoded_values_are_plain_json_types(record: Record) -> None:
    for value in codec.encode(record).values():
        assert value is None or isinstance(value, str | int | float | bool | list)


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"id": "c1", "member_count": "12"}, "member_count"),
        ({"id": "c1", "member_count": True}, "member_count"),
        ({"id": "c1", "akta_date": "28/11/2026"}, "akta_date"),
        ({"id": "c1", "formation_model": "franchise"}, "formation_model"),
        ({"id": "c1", "name": None}, "name"),
        ({"id": "c1", "owner_password": "x"}, "owner_password"),
    ],
)
def test_malformed_values_name_the_field(values: dict[str, object], field: str) -> None:
    with pytest.raises(codec.FieldDecodeError) as raised:
        codec.decode(Cooperative, values)
    assert raised.value.field == field


def test_multi_select_must_be_a_list_of_known_values() -> None:
    with pytest.raises(codec.FieldDecodeError):
        codec.decode(Visit, {"id": "v1", "cooperative_id": "c1", "purposes": "training"})
    with pytest.raises(codec.FieldDecodeError):
        codec.decode(Visit, {"id": "v1", "cooperative_id": "c1", "purposes": ["fishing"]})
