"""Records to and from plain JSON-able dicts: the form used in the outbox and on the wire.

Dates travel as ISO text, enums as their stable values, multi-selects as lists. Decoding is
strict: a value of the wrong shape, or one no store can hold (``domain.values``: a lone
surrogate, a control character, a number beyond ±2**53−1, infinity), raises
:class:`FieldDecodeError` naming the field, so the server can refuse it with a reason instead of
failing later. Text is normalised (LF line ends, NFC) both when encoding and when decoding, so
the laptop and the server store the same value.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date, datetime, time
from enum import Enum
from typing import Any, TypeVar, cast

from kopdes_desktop.domain.issues import IssueCode
from kopdes_desktop.domain.records import Record
from kopdes_desktop.domain.values import escaped, normalise_text, number_issue, text_issue

JsonValue = str | int | float | bool | None | list[str]
FieldValues = dict[str, JsonValue]

R = TypeVar("R", bound=Record)


class FieldDecodeError(ValueError):
    def __init__(
        self,
        field: str,
        reason: str,
        code: IssueCode = IssueCode.BAD_VALUE,
        params: typing.Mapping[str, int | str] | None = None,
    ) -> None:
        self.field = field
        self.reason = reason
        self.code = code
        self.params: dict[str, int | str] = dict(params or {})
        super().__init__(f"{field}: {reason}")


_FIELD_TYPES: dict[type[Record], dict[str, Any]] = {}


def field_types(cls: type[Record]) -> dict[str, Any]:
    """Field name → resolved annotation, for every field of a record class."""
    known = _FIELD_TYPES.get(cls)
    if known is None:
        hints = typing.get_type_hints(cls)
        known = _FIELD_TYPES[cls] = {f.name: hints[f.name] for f in dataclasses.fields(cls)}
    return known


def field_names(cls: type[Record]) -> tuple[str, ...]:
    return tuple(field_types(cls))


def encode_value(value: object) -> JsonValue:
    if isinstance(value, Enum):
        # StrEnum members are str: encode them as their plain value.
        return typing.cast(JsonValue, value.value)
    if isinstance(value, str):
        return normalise_text(value)
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, tuple):
        return [str(encode_value(item)) for item in value]
    raise TypeError(f"cannot encode {type(value).__name__}")


def encode(record: Record) -> FieldValues:
    return {name: encode_value(getattr(record, name)) for name in field_types(type(record))}


def changed_fields(before: Record, after: Record) -> dict[str, object]:
    """Fields of ``after`` whose value differs from ``before`` (same record class)."""
    return {
        name: getattr(after, name)
        for name in field_types(type(after))
        if getattr(before, name) != getattr(after, name)
    }


def _optional_inner(annotation: Any) -> tuple[Any, bool]:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0], True
    return annotation, False


# What decoding a field of an annotation needs, worked out once per annotation: a pull applies
# tens of thousands of records, and typing's introspection per value was most of its cost.
_Shape = tuple[Any, bool, str, Any]  # (inner type, optional, kind, item annotation of a tuple)
_SHAPES: dict[Any, _Shape] = {}


def _shape(annotation: Any) -> _Shape:
    known = _SHAPES.get(annotation)
    if known is not None:
        return known
    inner, optional = _optional_inner(annotation)
    item: Any = None
    if typing.get_origin(inner) is tuple:
        kind = "tuple"
        (item, _ellipsis) = typing.get_args(inner)
    elif isinstance(inner, type) and issubclass(inner, Enum):
        kind = "enum"
    elif inner in (bool, int, float, str):
        kind = inner.__name__
    elif inner in (date, time, datetime):
        kind = "temporal"
    else:
        kind = "unsupported"
    _SHAPES[annotation] = shape = (inner, optional, kind, item)
    return shape


def decode_value(name: str, annotation: Any, raw: object) -> object:  # noqa: PLR0911, PLR0912
    inner, optional, kind, item_type = _shape(annotation)
    if raw is None:
        if optional:
            return None
        raise FieldDecodeError(name, "must not be null")
    try:
        if kind == "tuple":
            if not isinstance(raw, list | tuple):
                raise FieldDecodeError(name, "must be a list")
            return tuple(decode_value(name, item_type, item) for item in raw)
        if kind == "enum":
            return inner(raw)
        if kind == "bool":
            if not isinstance(raw, bool):
                raise FieldDecodeError(name, "must be true or false")
            return raw
        if kind == "int":
            if isinstance(raw, bool) or not isinstance(raw, int):
                raise FieldDecodeError(name, "must be a whole number")
            return _storable(name, raw)
        if kind == "float":
            if isinstance(raw, bool) or not isinstance(raw, int | float):
                raise FieldDecodeError(name, "must be a number")
            return float(_storable(name, raw))
        if kind == "str":
            if not isinstance(raw, str):
                raise FieldDecodeError(name, "must be text")
            return _text(name, raw)
        if kind == "temporal":
            if not isinstance(raw, str):
                raise FieldDecodeError(name, "must be ISO 8601 text")
            return inner.fromisoformat(raw)
    except ValueError as error:
        if isinstance(error, FieldDecodeError):
            raise
        raise FieldDecodeError(name, "is not an allowed value") from error
    raise TypeError(f"unsupported annotation for {name}: {annotation!r}")


def _storable(name: str, number: int | float) -> int | float:
    issue = number_issue(name, number)
    if issue is not None:
        reason = "must be a finite number" if isinstance(number, float) else "is too large to store"
        raise FieldDecodeError(name, reason, issue.code, issue.params)
    return number


def _text(name: str, text: str) -> str:
    issue = text_issue(name, text)
    if issue is not None:
        raise FieldDecodeError(
            name,
            f"holds a character that cannot be stored at position {issue.params['position']}",
            issue.code,
            issue.params,
        )
    return normalise_text(text)


def decode_fields(cls: type[Record], values: typing.Mapping[str, object]) -> dict[str, object]:
    """Decode a subset of fields (as in a patch); unknown field names are refused."""
    types_ = field_types(cls)
    decoded: dict[str, object] = {}
    for name, raw in values.items():
        if name not in types_:
            raise FieldDecodeError(escaped(name), "is not a field of this record")
        decoded[name] = decode_value(name, types_[name], raw)
    return decoded


def stored_fields(cls: type[Record], values: typing.Mapping[str, object]) -> FieldValues:
    """A subset of fields decoded and encoded again: checked as :func:`decode_fields` checks
    them, in the form every store holds (text normalised, dates in ISO form)."""
    types_ = field_types(cls)
    stored: FieldValues = {}
    for name, raw in values.items():
        if name not in types_:
            raise FieldDecodeError(escaped(name), "is not a field of this record")
        stored[name] = _stored_value(name, types_[name], raw)
    return stored


_ENUM_VALUES: dict[Any, frozenset[str]] = {}


def _stored_value(name: str, annotation: Any, raw: object) -> JsonValue:  # noqa: PLR0911
    """One value as :func:`stored_fields` stores it. The usual shapes (text, an enum's value, a
    whole number, true/false, a list of enum values) are checked directly, the rest through
    the decoder; both apply the same rules."""
    inner, optional, kind, item = _shape(annotation)
    if raw is None and optional:
        return None
    if isinstance(raw, str):
        if kind == "str":
            return _text(name, raw)  # already normalised: encoding again changes nothing
        if kind == "enum" and raw in _enum_values(inner):
            return raw
    elif isinstance(raw, bool):
        if kind == "bool":
            return raw
    elif isinstance(raw, int):
        if kind == "int":
            return _storable(name, raw)
    elif (
        isinstance(raw, list)
        and kind == "tuple"
        and _shape(item)[2] == "enum"
        and all(isinstance(v, str) and v in _enum_values(_shape(item)[0]) for v in raw)
    ):
        return list(raw)
    return encode_value(decode_value(name, annotation, raw))


def _enum_values(enum: Any) -> frozenset[str]:
    known = _ENUM_VALUES.get(enum)
    if known is None:
        known = _ENUM_VALUES[enum] = frozenset(str(member.value) for member in enum)
    return known


def decode(cls: type[R], values: typing.Mapping[str, object]) -> R:
    """Build a record from a full or partial dict; missing fields take their defaults."""
    decoded = decode_fields(cls, values)
    try:
        return cast(Any, cls)(**decoded)  # type: ignore[no-any-return]
    except TypeError as error:  # a required field (id, parent id) is missing
        raise FieldDecodeError("id", str(error)) from error
