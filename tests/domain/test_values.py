"""What a value may be (domain/values.py, codec, validation), against hostile input.

The promise: any value either round-trips unchanged (after normalisation) through the codec,
or is refused with an issue naming its field; nothing else is ever raised, and nothing that
passes can fail to be stored or sent.
"""

from __future__ import annotations

import dataclasses
import json
import math
import typing
import unicodedata
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kopdes_desktop.domain import codec, values
from kopdes_desktop.domain.records import (
    RECORD_CLASSES,
    AgreedAction,
    BusinessUnit,
    Cooperative,
    FieldConflict,
    Officer,
    Opportunity,
    Photo,
    Record,
    ReviewComment,
    Visit,
)
from kopdes_desktop.domain.validation import (
    NUMBER_RANGES,
    SPECIALLY_CHECKED_NUMBERS,
    IssueCode,
    Level,
    ValidationContext,
    validate_agreed_action,
    validate_business_unit,
    validate_cooperative,
    validate_officer,
    validate_opportunity,
    validate_photo,
    validate_values,
    validate_visit,
)

CLASSES = sorted(RECORD_CLASSES.values(), key=lambda c: c.__name__)
HOSTILE_NUMBERS = [10**20, 10**300, -(10**20), 2**53, -1, -(2**63)]
HOSTILE_TEXT = ["x\ud800y", "\udfff", "a\x00b", "bell\x07", "esc\x1b[31m", "del\x7f", "c1\x85"]

# JSON-ish values as a hostile client might send them: any Unicode (surrogates included), huge
# and negative numbers, floats where whole numbers belong, lists, objects, nulls.
any_text = st.text(st.characters(codec="utf-8") | st.characters(categories=("Cs", "Cc")))
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.sampled_from(HOSTILE_NUMBERS)
    | st.floats()
    | any_text
    | st.sampled_from(HOSTILE_TEXT),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(any_text, inner, max_size=3),
    max_leaves=6,
)


def _utf8_json(encoded: dict[str, Any]) -> bytes:
    return json.dumps(encoded, ensure_ascii=False, allow_nan=False).encode("utf-8")


def _storable(encoded: dict[str, Any]) -> None:
    """What SQLite, PostgreSQL and an HTTP answer all need of an encoded record."""
    _utf8_json(encoded)
    for value in encoded.values():
        if isinstance(value, int) and not isinstance(value, bool):
            assert -(2**63) < value < 2**63
        if isinstance(value, str):
            assert "\x00" not in value


def _decode_or_refusal(cls: type[Record], raw: dict[str, Any]) -> Record | codec.FieldDecodeError:
    try:
        return codec.decode(cls, raw)
    except codec.FieldDecodeError as refused:
        return refused


@settings(max_examples=400)
@given(cls=st.sampled_from(CLASSES), data=st.data())
def test_any_sent_value_is_decoded_or_refused_naming_its_field(
    cls: type[Record], data: st.DataObject
) -> None:
    names = list(codec.field_types(cls))
    raw = data.draw(st.dictionaries(st.sampled_from(names), json_values, max_size=6))
    raw = {"id": "r1", **{n: "p1" for n in names if n.endswith("_id")}, **raw}
    record = _decode_or_refusal(cls, raw)
    if isinstance(record, codec.FieldDecodeError):
        assert record.field in raw
        return
    encoded = codec.encode(record)
    _storable(encoded)
    assert codec.decode(cls, encoded) == record
    assert codec.encode(codec.decode(cls, encoded)) == encoded


def _unchecked(annotation: Any) -> st.SearchStrategy[Any] | None:
    """Any value of the field's Python type, with no rule applied."""
    inner = typing.get_args(annotation)[0] if typing.get_origin(annotation) else annotation
    if inner is str:
        return any_text | st.sampled_from(HOSTILE_TEXT)
    if inner is int:
        return st.integers() | st.sampled_from(HOSTILE_NUMBERS)
    if inner is float:
        return st.floats()
    return None


def _records_with_any_values(cls: type[Record]) -> st.SearchStrategy[Record]:
    overrides = {
        name: strategy
        for name, annotation in codec.field_types(cls).items()
        if (strategy := _unchecked(annotation)) is not None
    }
    return st.builds(cls, **overrides)


def _validate(record: Record, context: ValidationContext) -> list[Any]:
    validators: dict[type[Record], Any] = {
        Cooperative: lambda r: validate_cooperative(r, Level.DRAFT, context),
        Officer: lambda r: validate_officer(r, Level.DRAFT),
        BusinessUnit: lambda r: validate_business_unit(r, Level.DRAFT),
        Visit: lambda r: validate_visit(r, Level.DRAFT, context),
        AgreedAction: lambda r: validate_agreed_action(r, Level.DRAFT),
        Opportunity: lambda r: validate_opportunity(r, Level.DRAFT, context),
        Photo: validate_photo,
        ReviewComment: validate_values,
        FieldConflict: validate_values,
    }
    issues: list[Any] = validators[type(record)](record)
    return issues


@settings(max_examples=400)
@given(record=st.sampled_from(CLASSES).flatmap(_records_with_any_values))
def test_any_record_is_refused_with_an_issue_or_round_trips(record: Record) -> None:
    context = ValidationContext(today=date(2026, 11, 30), village_exists=lambda _code: True)
    issues = _validate(record, context)
    fields = {f.name for f in dataclasses.fields(record)}
    assert all(issue.field.split("[")[0] in fields for issue in issues)
    if issues:
        return
    encoded = codec.encode(record)
    _storable(encoded)
    decoded = codec.decode(type(record), encoded)
    assert codec.encode(decoded) == encoded


@pytest.mark.parametrize("text", HOSTILE_TEXT)
def test_refused_characters_are_named_with_their_position(text: str) -> None:
    coop = Cooperative(id="c1", name="Koperasi", notes=text)
    (issue,) = validate_values(coop)
    assert (issue.field, issue.code) == ("notes", IssueCode.INVALID_CHARACTER)
    refused_character = text[int(issue.params["position"]) - 1]
    assert unicodedata.category(refused_character) in ("Cs", "Cc")
    with pytest.raises(codec.FieldDecodeError) as refused:
        codec.decode(Cooperative, {"id": "c1", "notes": text})
    assert (refused.value.field, refused.value.code) == ("notes", IssueCode.INVALID_CHARACTER)


def test_tabs_and_line_ends_are_kept_and_windows_line_ends_become_newlines() -> None:
    coop = codec.decode(Cooperative, {"id": "c1", "notes": "a\tb\r\nc\rd\ne"})
    assert coop.notes == "a\tb\nc\nd\ne"
    assert validate_values(Cooperative(id="c1", notes="a\tb\r\nc")) == []


def test_text_is_stored_in_nfc_on_both_sides() -> None:
    typed = "Kope\u0301rasi"  # e + combining acute: what some keyboards and PDFs produce
    composed = unicodedata.normalize("NFC", typed)
    assert composed != typed
    assert codec.encode(Cooperative(id="c1", name=typed))["name"] == composed
    assert codec.decode(Cooperative, {"id": "c1", "name": typed}).name == composed


@pytest.mark.parametrize("number", HOSTILE_NUMBERS)
@pytest.mark.parametrize(
    ("cls", "field"),
    [(cls, field) for cls, ranges in NUMBER_RANGES.items() for field in ranges]
    + [(Cooperative, "last_rat_year")],
)
def test_every_number_field_refuses_numbers_beyond_its_range(
    cls: type[Record], field: str, number: int, validation_context: ValidationContext
) -> None:
    parents = {n: "p1" for n in codec.field_names(cls) if n.endswith("_id")}
    record = dataclasses.replace(codec.decode(cls, {"id": "r1", **parents}), **{field: number})
    issues = [i for i in _validate(record, validation_context) if i.field == field]
    assert [i.code for i in issues] in (
        [IssueCode.NEGATIVE],
        [IssueCode.OUT_OF_RANGE],
    ), issues
    if issues[0].code is IssueCode.OUT_OF_RANGE:
        assert int(issues[0].params["max"]) < 2**53


@pytest.mark.parametrize("number", [math.inf, -math.inf, math.nan, 1e300])
def test_decimals_must_be_finite_and_in_range(
    number: float, validation_context: ValidationContext
) -> None:
    opportunity = Opportunity(id="o1", cooperative_id="c1", title="Madu", volume=number)
    issues = validate_opportunity(opportunity, Level.DRAFT, validation_context)
    assert [i.field for i in issues] == ["volume"]
    visit = Visit(id="v1", cooperative_id="c1", latitude=number, longitude=109.0)
    assert [i.field for i in validate_visit(visit, Level.DRAFT, validation_context)] == ["latitude"]


def test_every_number_field_of_every_record_has_a_range() -> None:
    for cls in CLASSES:
        for name, annotation in codec.field_types(cls).items():
            if annotation in (int | None, float | None, int, float):
                assert name in NUMBER_RANGES.get(cls, {}) or name in SPECIALLY_CHECKED_NUMBERS, (
                    f"{cls.__name__}.{name} has no realistic range"
                )


def test_the_codec_refuses_what_no_store_can_hold_naming_the_field() -> None:
    for raw in (10**20, 10**300, -(2**53)):
        with pytest.raises(codec.FieldDecodeError) as refused:
            codec.decode(Cooperative, {"id": "c1", "member_count": raw})
        assert (refused.value.field, refused.value.code) == ("member_count", IssueCode.OUT_OF_RANGE)
    with pytest.raises(codec.FieldDecodeError) as refused:
        codec.decode(Opportunity, {"id": "o1", "cooperative_id": "c1", "volume": 10**400})
    assert refused.value.field == "volume"
    with pytest.raises(codec.FieldDecodeError):
        codec.decode(Opportunity, {"id": "o1", "cooperative_id": "c1", "volume": math.inf})
    with pytest.raises(codec.FieldDecodeError) as refused:
        codec.decode(Cooperative, {"id": "c1", "member_count": 12.0})
    assert refused.value.field == "member_count"
    assert values.storable_number(2**53 - 1)
