"""The compact push body of protocol 3: the same mutations, without what the receiver can infer.

A protocol-2 push spends about a third of its compressed bytes on the envelope rather than on the
user's values: record ids as 36 characters of hex text, a device time and a mutation id per
mutation, record type and operation spelt out. This body sends

- every UUID (record ids and id values inside fields) once, as 16 raw bytes in a table after the
  JSON part, and refers to it by its index;
- mutation ids as the batch's first id (the rest follow one by one, as protocol 1 demands);
- device times as milliseconds after the previous mutation's time;
- record type and operation as two letters; base versions as one number when every field sent
  has the same one.

:func:`decode` turns the body back into exactly the :class:`PushRequest` the client encoded
(tests/sync/test_push_codec.py proves it for random batches), so the server stores, digests and
merges the same mutations as for protocol 1 and 2. docs/sync-protocol.md describes the format
for the writers of other clients.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from typing import Any

from kopdes_desktop.domain.mutations import Intent, MutationOp
from kopdes_desktop.domain.records import RecordType
from kopdes_desktop.sync import id_table, wire_codec
from kopdes_desktop.sync.id_table import Ids, id_at, pack_value, unpack_value
from kopdes_desktop.sync.protocol import Mutation, PushRequest

MEDIA_TYPE = "application/vnd.kopdes.push"

TYPE_CODES: dict[RecordType, str] = {
    RecordType.COOPERATIVE: "C",
    RecordType.OFFICER: "O",
    RecordType.BUSINESS_UNIT: "B",
    RecordType.VISIT: "V",
    RecordType.AGREED_ACTION: "A",
    RecordType.REVIEW_COMMENT: "R",
    RecordType.OPPORTUNITY: "P",
    RecordType.PHOTO: "F",
    RecordType.CONFLICT: "X",
}
OP_CODES: dict[MutationOp, str] = {
    MutationOp.CREATE: "c",
    MutationOp.PATCH: "p",
    MutationOp.DELETE: "d",
    MutationOp.INTENT: "i",
}
_TYPES = {code: kind for kind, code in TYPE_CODES.items()}
_OPS = {code: op for op, code in OP_CODES.items()}

# The device times this app writes (outbox.device_now); any other text goes as it is.
_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00")


class CompactBodyError(ValueError):
    """A body that is not a compact push this module could have written."""


def _time(text: str) -> datetime | None:
    if not _TIME.fullmatch(text):
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _time_text(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def _pack_text(text: str, ids: Ids) -> int | str:
    ref = ids.ref(text)
    return text if ref is None else ref


def coded(request: PushRequest) -> bytes:
    """The body as sent (``Content-Encoding: kopdes-zstd``)."""
    return wire_codec.compress(encode(request))


def ids_of(body: bytes) -> list[str]:
    """The ids of an encoded body's table, in order: the answer may name them by number."""
    return id_table.read_table(body.partition(id_table.SEPARATOR)[2])


def encode(request: PushRequest) -> bytes:
    """The compact body of a push (JSON, then the id table), before any compression."""
    ids = Ids()
    client = _pack_text(request.client_id, ids)
    rows: list[list[Any]] = []
    previous: datetime | None = None
    schema = request.mutations[0].schema_version if request.mutations else 1
    for mutation in request.mutations:
        row: list[Any] = [
            TYPE_CODES[mutation.record_type] + OP_CODES[mutation.op],
            _pack_text(mutation.record_id, ids),
        ]
        moment = _time(mutation.device_time)
        if previous is not None and moment is not None:
            delta_ms = (moment - previous) // timedelta(milliseconds=1)
            exact = _time_text(previous + timedelta(milliseconds=delta_ms))
            row.append(delta_ms if exact == mutation.device_time else mutation.device_time)
        else:
            row.append(mutation.device_time)
        previous = moment
        row.append(pack_value(mutation.fields, ids))
        row.append(_pack_base(mutation))
        extra: dict[str, Any] = {}
        if mutation.intent is not None:
            extra["intent"] = mutation.intent.value
        if mutation.intent_args:
            extra["intent_args"] = pack_value(mutation.intent_args, ids)
        if mutation.schema_version != schema:
            extra["schema_version"] = mutation.schema_version
        row.append(extra)
        while len(row) > 3 and row[-1] in ({}, None):
            row.pop()
        rows.append(row)
    head: dict[str, Any] = {"client_id": client, "schema_version": schema, "mutations": rows}
    if request.mutations:
        head["first"] = request.mutations[0].mutation_id
    if request.pull is not None:
        head["pull"] = request.pull.model_dump(mode="json", exclude_defaults=True)
    return ids.after(json.dumps(head, separators=(",", ":"), ensure_ascii=False).encode())


def _pack_base(mutation: Mutation) -> int | dict[str, int] | None:
    base = mutation.base_versions
    if not base:
        return None
    values = set(base.values())
    if len(values) == 1 and set(base) == set(mutation.fields) and mutation.fields:
        return values.pop()
    return dict(base)


# --- decoding (the server) ------------------------------------------------------------------


def decode(body: bytes) -> PushRequest:
    """The push a compact body carries, validated like a protocol-1 push (ValidationError)."""
    return PushRequest.model_validate(decode_plain(body))


def decode_plain(body: bytes) -> dict[str, Any]:
    return decode_plain_with_ids(body)[0]


def decode_plain_with_ids(body: bytes) -> tuple[dict[str, Any], list[str]]:
    """The push a compact body carries, as the protocol-1 JSON object (not yet validated: the
    server's push route does that, the same for every protocol). :class:`CompactBodyError`
    says why a body is unreadable."""
    try:
        head, ids = id_table.split(body)
    except id_table.DamagedTableError as error:
        raise CompactBodyError(str(error)) from error
    if not isinstance(head, dict) or not isinstance(head.get("mutations"), list):
        raise CompactBodyError("expected an object with a list of mutations")
    unknown = set(head) - {"client_id", "first", "schema_version", "mutations", "pull"}
    if unknown:
        raise CompactBodyError(f"unknown keys {sorted(unknown)}")
    first = head.get("first", 1)
    schema = head.get("schema_version", 1)
    if not _is_int(first) or not _is_int(schema):
        raise CompactBodyError("first and schema_version must be whole numbers")
    mutations = []
    previous: datetime | None = None
    for number, row in enumerate(head["mutations"]):
        mutation = _unpack_row(row, first + number, schema, previous, ids)
        mutations.append(mutation)
        moment = mutation["device_time"]
        previous = _time(moment) if isinstance(moment, str) else None
    plain = {"client_id": _unpack_text(head.get("client_id"), ids), "mutations": mutations}
    if "pull" in head:
        plain["pull"] = head["pull"]  # as in JSON: the route validates it
    return plain, ids


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _unpack_row(
    row: object, mutation_id: int, schema: int, previous: datetime | None, ids: list[str]
) -> dict[str, Any]:
    if not isinstance(row, list) or not 3 <= len(row) <= 6:
        raise CompactBodyError(f"mutation {mutation_id}: expected a list of 3 to 6 items")
    code, record_id, moment, *rest = row
    fields, base, extra = (*rest, None, None, None)[:3]
    if not isinstance(code, str) or len(code) != 2 or code[0] not in _TYPES or code[1] not in _OPS:
        raise CompactBodyError(f"mutation {mutation_id}: unknown record type or operation")
    if fields is None:
        fields = {}
    if not isinstance(fields, dict):
        raise CompactBodyError(f"mutation {mutation_id}: fields must be an object")
    fields = _unpack_fields(fields, ids)
    extra = {} if extra is None else extra
    if not isinstance(extra, dict):
        raise CompactBodyError(f"mutation {mutation_id}: the last item must be an object")
    unknown = set(extra) - {"intent", "intent_args", "schema_version"}
    if unknown:
        raise CompactBodyError(f"mutation {mutation_id}: unknown keys {sorted(unknown)}")
    mutation: dict[str, Any] = {
        "mutation_id": mutation_id,
        "record_type": _TYPES[code[0]].value,
        "record_id": _unpack_text(record_id, ids),
        "op": _OPS[code[1]].value,
        "fields": fields,
        "base_versions": _unpack_base(base, fields, mutation_id),
        "device_time": _unpack_time(moment, previous, mutation_id),
        "schema_version": extra.get("schema_version", schema),
    }
    if "intent" in extra:
        intent = extra["intent"]
        if intent not in {member.value for member in Intent}:
            raise CompactBodyError(f"mutation {mutation_id}: unknown intent")
        mutation["intent"] = intent
    if "intent_args" in extra:
        mutation["intent_args"] = _unpack_fields(extra["intent_args"], ids)
    return mutation


def _unpack_text(value: object, ids: list[str]) -> object:
    if isinstance(value, int) and not isinstance(value, bool):
        try:
            return id_at(value, ids)
        except id_table.DamagedTableError as error:
            raise CompactBodyError(str(error)) from error
    return value  # a string, or something validation then refuses


def _unpack_fields(value: Any, ids: list[str]) -> Any:
    try:
        return unpack_value(value, ids)
    except id_table.DamagedTableError as error:
        raise CompactBodyError(str(error)) from error


def _unpack_base(base: object, fields: dict[str, Any], mutation_id: int) -> object:
    if base is None:
        return {}
    if _is_int(base):
        return dict.fromkeys(fields, base)
    if isinstance(base, dict):
        return base
    raise CompactBodyError(f"mutation {mutation_id}: base versions must be a number or an object")


def _unpack_time(moment: object, previous: datetime | None, mutation_id: int) -> object:
    if not _is_int(moment):
        return moment
    assert isinstance(moment, int)
    if previous is None:
        raise CompactBodyError(
            f"mutation {mutation_id}: a device time in milliseconds needs the previous "
            "mutation's time in the app's format"
        )
    try:
        return _time_text(previous + timedelta(milliseconds=moment))
    except OverflowError as error:
        raise CompactBodyError(f"mutation {mutation_id}: device time out of range") from error
