"""Wire messages between a laptop and the central server (protocol versions 1, 2 and 3).

Shared by the server and the client sync engine, so both sides validate the same shapes. Every
request also carries the :data:`PROTOCOL_HEADER` and :data:`SCHEMA_HEADER` headers; the server
answers 426 with :class:`VersionRefusal` when it cannot speak the client's versions. The whole
protocol is described for people in docs/sync-protocol.md.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from kopdes_desktop.domain.mutations import RECORD_SCHEMA_VERSION, Intent, MutationOp
from kopdes_desktop.domain.records import RecordType
from kopdes_desktop.sync import id_table

# What this client speaks first; a server that answers 426 naming a lower maximum it can speak is
# then spoken to in that version (docs/sync-protocol.md, "Versions").
PROTOCOL_VERSION = 3
MIN_PROTOCOL_VERSION = 1
MAX_PROTOCOL_VERSION = 3
# Protocol 3 sends pushes as the compact body of sync/push_codec.py and answers them compactly.
COMPACT_PUSH_PROTOCOL = 3
MIN_SCHEMA_VERSION = 1
MAX_SCHEMA_VERSION = RECORD_SCHEMA_VERSION

PROTOCOL_HEADER = "X-Kopdes-Protocol"
SCHEMA_HEADER = "X-Kopdes-Schema"

# Photo upload headers (tus-style offsets: the client asks where to resume and sends from there).
UPLOAD_OFFSET_HEADER = "Upload-Offset"
UPLOAD_LENGTH_HEADER = "Upload-Length"

MAX_MUTATIONS_PER_PUSH = 500
MAX_PHOTO_STATUS_BATCH = 500
MAX_THUMBNAIL_BATCH = 200
THUMBNAIL_EDGE = 160  # px, the long edge of the previews that travel with the records
DEFAULT_PULL_LIMIT = 500
MAX_PULL_LIMIT = 2000
# Versions a pull may name as the client's own writes (protocol 2): a laptop pushes a handful of
# batches between pulls; more are simply not named (their records come back, nothing is lost).
MAX_OWN_VERSIONS = 1000

# Bounded, so a malformed or hostile request is refused by validation before any work is done.
# No NUL characters: PostgreSQL text cannot hold them.
_NO_NUL = r"^[^\x00]*$"
Identifier = Annotated[str, Field(min_length=1, max_length=64, pattern=_NO_NUL)]
Sha256Hex = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Answer(BaseModel):
    # Answers tolerate fields added by a newer server, so an older client keeps working.
    model_config = ConfigDict(extra="ignore", frozen=True)


# --- errors --------------------------------------------------------------------------------


class ErrorCode(StrEnum):
    """Machine-readable ``code`` of every non-2xx answer."""

    INVALID_REQUEST = "invalid_request"
    UNSUPPORTED_VERSION = "unsupported_version"
    UNAUTHENTICATED = "unauthenticated"
    FORBIDDEN = "forbidden"
    NOT_FOUND = "not_found"
    RATE_LIMITED = "rate_limited"
    TOO_LARGE = "too_large"
    MUTATION_GAP = "mutation_gap"
    MUTATION_ID_REUSED = "mutation_id_reused"
    RESET_REQUIRED = "reset_required"
    CLIENT_OF_OTHER_USER = "client_of_other_user"
    UPLOAD_OFFSET_MISMATCH = "upload_offset_mismatch"
    HASH_MISMATCH = "hash_mismatch"
    NOT_AN_IMAGE = "not_an_image"
    STORAGE_FULL = "storage_full"
    UPLOAD_QUOTA = "upload_quota"
    DEVICE_KEY_TAKEN = "device_key_taken"
    BUSY = "busy"
    INTERNAL = "internal"


class ErrorBody(_Answer):
    code: ErrorCode
    message: str
    # Present with MUTATION_GAP: the mutation id the server expects next.
    expected_mutation_id: int | None = None
    # Present with UPLOAD_OFFSET_MISMATCH: how many bytes the server already holds.
    offset: int | None = None
    # Present with INVALID_REQUEST when the body failed validation: where and why.
    details: list[dict[str, Any]] | None = None
    # Present with MUTATION_ID_REUSED: the batch matched what the server consumed up to this id
    # (trim up to it; ``results`` holds those duplicates' stored answers), the server's last
    # consumed id for the client, and nothing of the batch was applied.
    matched_mutation_id: int | None = None
    last_mutation_id: int | None = None
    results: list[MutationResult] | None = None


class VersionRefusal(_Answer):
    code: ErrorCode = ErrorCode.UNSUPPORTED_VERSION
    message: str
    min_protocol_version: int = MIN_PROTOCOL_VERSION
    max_protocol_version: int = MAX_PROTOCOL_VERSION
    min_schema_version: int = MIN_SCHEMA_VERSION
    max_schema_version: int = MAX_SCHEMA_VERSION


# --- authentication ------------------------------------------------------------------------


# The same bounds apply when an admin sets a password, so every password set can be typed in.
MAX_USERNAME_LENGTH = 100
MAX_PASSWORD_LENGTH = 200
# Base64 of a raw 32-byte Ed25519 public key.
DEVICE_PUBLIC_KEY_PATTERN = r"^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$"


class LoginRequest(_Message):
    username: Annotated[str, Field(min_length=1, max_length=MAX_USERNAME_LENGTH, pattern=_NO_NUL)]
    password: Annotated[str, Field(min_length=1, max_length=MAX_PASSWORD_LENGTH)]
    device_name: Annotated[str, Field(min_length=1, max_length=200, pattern=_NO_NUL)]


class LoginResponse(_Answer):
    token: str
    token_type: str = "bearer"
    device_id: str
    user_id: str
    username: str
    full_name: str
    role: str
    kabupaten_codes: list[str]


class DeviceKeyRequest(_Message):
    """Registers the public half of the key a laptop signs its handover bundles with."""

    public_key: Annotated[str, Field(pattern=DEVICE_PUBLIC_KEY_PATTERN)]


class DeviceKey(_Answer):
    device_id: str
    user_id: str
    public_key: str


# --- push ----------------------------------------------------------------------------------


class Mutation(_Message):
    """One outbox entry. ``fields`` hold encoded values (kopdes_desktop.domain.codec)."""

    mutation_id: Annotated[int, Field(ge=1, le=2**62)]
    record_type: RecordType
    record_id: Identifier
    op: MutationOp
    fields: dict[str, Any] = Field(default_factory=dict)
    # Field name → server version the edit was based on (0: never synced). Delete: {"*": v}.
    base_versions: dict[str, Annotated[int, Field(ge=0, le=2**62)]] = Field(default_factory=dict)
    intent: Intent | None = None
    intent_args: dict[str, Any] = Field(default_factory=dict)
    device_time: Annotated[str, Field(max_length=64, pattern=_NO_NUL)] = ""
    schema_version: Annotated[int, Field(ge=1, le=1000)] = RECORD_SCHEMA_VERSION


# What makes two mutations "the same one": a resend of a consumed mutation must match it exactly,
# while a different edit under a reused (client, mutation id) must not. A fixed list, so a field
# added to Mutation later never makes an old resend look different.
DIGEST_FIELDS = (
    "record_type",
    "record_id",
    "op",
    "fields",
    "base_versions",
    "intent",
    "intent_args",
    "device_time",
    "schema_version",
)


def mutation_digest(mutation: Mutation) -> str:
    """SHA-256 (hex) of the canonical JSON of the mutation's content, without its id."""
    content = mutation.model_dump(mode="json", include=set(DIGEST_FIELDS))
    canonical = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(canonical.encode()).hexdigest()


OwnVersions = Annotated[
    list[Annotated[int, Field(ge=1, le=2**62)]], Field(max_length=MAX_OWN_VERSIONS)
]


class PullAsk(_Message):
    """Protocol 3: the first page of a pull, asked for with the push (one round trip instead of
    two). The pull is the one :class:`PullRequest` would make with the push's ``client_id``."""

    cursor: Annotated[str, Field(min_length=1, max_length=4096, pattern=_NO_NUL)]
    limit: Annotated[int, Field(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT
    own_versions: OwnVersions = Field(default_factory=list)


class PushRequest(_Message):
    client_id: Identifier
    mutations: Annotated[list[Mutation], Field(max_length=MAX_MUTATIONS_PER_PUSH)]
    # Protocol 3: the answer also brings the first page of this pull, made after the push.
    pull: PullAsk | None = None


class MutationStatus(StrEnum):
    APPLIED = "applied"
    REJECTED = "rejected"


class RejectReason(StrEnum):
    """Why a mutation was consumed without effect. The client shows these in its inbox."""

    VALIDATION = "validation"  # domain rules refused the values; see ``issues``
    BAD_FIELDS = "bad_fields"  # unknown field or a value of the wrong shape
    OUT_OF_SCOPE = "out_of_scope"  # the record's cooperative is not in the caller's scope
    WRONG_AUTHOR = "wrong_author"  # single-author record edited by someone else
    NOT_ALLOWED = "not_allowed"  # the caller's role may not do this
    NOT_EDITABLE = "not_editable"  # e.g. a submitted visit
    READ_ONLY_FIELD = "read_only_field"  # e.g. status outside the intent, author, parent
    UNKNOWN_RECORD = "unknown_record"  # patch, delete or intent on an id the server lacks
    UNKNOWN_PARENT = "unknown_parent"  # create whose parent is missing or deleted
    DELETED = "deleted"  # the record was deleted meanwhile
    ID_TAKEN = "id_taken"  # create with an id another record already has
    STALE_STATUS = "stale_status"  # intent's "from" no longer matches the record
    INVALID_TRANSITION = "invalid_transition"
    COMMENT_REQUIRED = "comment_required"
    UNSUPPORTED_SCHEMA = "unsupported_schema"


class ValidationIssue(_Answer):
    field: str
    code: str
    params: dict[str, int | str] = Field(default_factory=dict)


class Change(_Answer):
    """The current server state of one record (or its tombstone)."""

    record_type: RecordType
    record_id: str
    cooperative_id: str
    version: int
    deleted: bool = False
    # Encoded values of every field except ``id``; None for a tombstone.
    fields: dict[str, Any] | None = None
    # Field name → version that last set it: the ``base_versions`` of the client's next edit.
    field_versions: dict[str, int] = Field(default_factory=dict)
    # Who made this version's change (a user id the directory names; None when the server
    # wrote it itself, e.g. an import) and when, by the server's clock (ISO 8601, UTC).
    changed_by: str | None = None
    changed_at: str | None = None


class MutationResult(_Answer):
    mutation_id: int
    status: MutationStatus
    reason: RejectReason | None = None
    message: str = ""
    issues: list[ValidationIssue] = Field(default_factory=list)
    # Server version of the transaction that consumed the mutation.
    version: int
    # True when this answer repeats the stored result of a mutation consumed earlier.
    duplicate: bool = False
    # Conflict records created by this mutation (ids), so the client can point at them.
    conflict_ids: list[str] = Field(default_factory=list)
    # With a fresh rejection of a record the caller can see: the record as the server now
    # holds it, so the laptop shows the server's values again instead of the refused ones
    # (which stay in its inbox). Never part of a repeated (duplicate) answer.
    record: Change | None = None


# ErrorBody names MutationResult before it is defined.
ErrorBody.model_rebuild()


class PushResponse(_Answer):
    results: list[MutationResult]
    last_mutation_id: int
    # Pull at least up to this version before showing server state after the push.
    server_version: int
    # Protocol 3, when the push asked for it (``PushRequest.pull``) and the pull could be
    # made: its first page. Absent otherwise: pull as usual.
    pull: PullPage | None = None


# --- pull ----------------------------------------------------------------------------------


class PullRequest(_Message):
    client_id: Identifier
    cursor: Annotated[str, Field(max_length=4096, pattern=_NO_NUL)] | None = None
    limit: Annotated[int, Field(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT
    # Protocol 2: versions of push answers this client holds (its own writes since the cursor).
    # A record whose every change since the cursor is such a write of this client, stored
    # exactly as sent, is left out of the pull: the laptop has it already ("no echo").
    own_versions: OwnVersions = Field(default_factory=list)


# Request fields a server speaking an older protocol does not know (it refuses unknown fields).
_NEWER_FIELDS: dict[type[BaseModel], dict[int, set[str]]] = {
    PullRequest: {1: {"own_versions"}},
    PushRequest: {1: {"pull"}, 2: {"pull"}},
}


def _compact(data: object) -> bytes:
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()


def request_json(message: BaseModel, protocol: int) -> bytes:
    """A request body as JSON, in the given protocol version.

    Protocol 2 leaves out every key whose value is the field's default (the server reads the
    default back), except a mutation's ``schema_version``: the two sides' defaults may differ.
    """
    leave_out = _NEWER_FIELDS.get(type(message), {}).get(protocol)
    if protocol < 2:
        return message.model_dump_json(exclude=leave_out).encode()
    data = message.model_dump(mode="json", exclude=leave_out, exclude_defaults=True)
    if isinstance(message, PushRequest):
        for sent, mutation in zip(data.get("mutations", []), message.mutations, strict=True):
            sent["schema_version"] = mutation.schema_version
    return _compact(data)


def answer_json(
    answer: BaseModel,
    protocol: int,
    *,
    pull: PullResponse | None = None,
    known_ids: Sequence[str] = (),
) -> bytes:
    """An answer as JSON, in the protocol version of the request.

    Protocol 2 leaves out keys whose value is the default (a client reads the default back) and,
    in a pull's changes, every field version equal to the change's ``version``
    (:func:`expand_change` puts them back). Protocol 3: a push answer may carry the first page
    of a pull (``pull``), written as a pull answer is, and push and pull answers carry their
    UUIDs in an id table (sync/id_table.py)."""
    if protocol < 2:
        return answer.model_dump_json().encode()
    data = answer.model_dump(mode="json", exclude_defaults=True)
    if isinstance(answer, PullResponse):
        data["changes"] = [compact_change(change) for change in answer.changes]
    if protocol < COMPACT_PUSH_PROTOCOL:
        return _compact(data)
    if isinstance(answer, PushResponse):
        data.update(_compact_results(answer.results))
        if pull is not None:
            data["pull"] = pull.model_dump(mode="json", exclude_defaults=True)
            data["pull"]["changes"] = [compact_change(change) for change in pull.changes]
    if isinstance(answer, PushResponse | PullResponse):
        return id_table.pack(data, known_ids)
    return _compact(data)


def _compact_results(results: list[MutationResult]) -> dict[str, Any]:
    """Protocol 3: a push's results without repeating what the client sent. A result that only
    says "applied at version V" (nearly all of them) is the number V, its mutation id the
    batch's ``first`` plus its place; any other result is written out whole."""
    if not results:
        return {"results": []}
    first = results[0].mutation_id
    written: list[int | dict[str, Any]] = []
    for place, result in enumerate(results):
        data = result.model_dump(mode="json", exclude_defaults=True)
        plain = result.status is MutationStatus.APPLIED and set(data) == {
            "mutation_id",
            "status",
            "version",
        }
        written.append(result.version if plain and result.mutation_id == first + place else data)
    if all(isinstance(item, dict) for item in written):
        return {"results": written}
    return {"first": first, "results": written}


def expand_push_answer(raw: Any) -> Any:
    """A protocol-3 push answer as protocol 2 writes it (numbers back into whole results), with
    the pull page it may carry in protocol 1's shape (:func:`expand_change`)."""
    if not isinstance(raw, dict) or not isinstance(raw.get("results"), list):
        return raw
    page = raw.get("pull")
    if isinstance(page, dict) and isinstance(page.get("changes"), list):
        changes = [expand_change(c) if isinstance(c, dict) else c for c in page["changes"]]
        raw = {**raw, "pull": {**page, "changes": changes}}
    first = raw.get("first")
    results = [
        {"mutation_id": first + place, "status": "applied", "version": item}
        if isinstance(item, int) and not isinstance(item, bool) and isinstance(first, int)
        else item
        for place, item in enumerate(raw["results"])
    ]
    return {**raw, "results": results}


def compact_change(change: Change) -> dict[str, Any]:
    """A pulled change in protocol 2: field versions listed only where they differ from the
    record's version (or name a field the change does not carry)."""
    data = change.model_dump(mode="json", exclude_defaults=True)
    fields = change.fields or {}
    differing = {
        name: version
        for name, version in change.field_versions.items()
        if name not in fields or version != change.version
    }
    data.pop("field_versions", None)
    if differing:
        data["field_versions"] = differing
    return data


def expand_change(raw: dict[str, Any]) -> dict[str, Any]:
    """A protocol-2 change as protocol 1 sends it (what the laptop applies). A change this
    cannot read is returned as it came: applying it sets it aside, with the others going in."""
    fields, version = raw.get("fields"), raw.get("version")
    if not isinstance(fields, dict) or not isinstance(version, int):
        return raw
    listed = raw.get("field_versions")
    if listed is not None and not isinstance(listed, dict):
        return raw
    return {**raw, "field_versions": {**dict.fromkeys(fields, version), **(listed or {})}}


class DirectoryPerson(_Answer):
    """Someone a laptop may need to name: a BA or PMO of the caller's area, an admin."""

    user_id: str
    full_name: str
    role: str
    active: bool = True


class DirectoryAssignment(_Answer):
    """A BA coaches a cooperative."""

    user_id: str
    cooperative_id: str


class Directory(_Answer):
    """The whole directory of the caller's scope: it replaces what the laptop held."""

    people: list[DirectoryPerson] = Field(default_factory=list)
    assignments: list[DirectoryAssignment] = Field(default_factory=list)


class PullResponse(_Answer):
    changes: list[Change]
    # Cooperatives that left the caller's scope: drop them and their children locally (keep
    # any with unsent edits). Sent on the first page of a pull only.
    removed_cooperative_ids: list[str] = Field(default_factory=list)
    cursor: str
    has_more: bool
    # The version this pull is fixed to; every page of one pull shares it.
    target_version: int
    # First page only, when the directory of the caller's scope changed since the cursor (and
    # on every pull from the start). Older clients ignore it.
    directory: Directory | None = None
    # First page only: how many changes the whole pull brings (counted as it starts), so the
    # client can show "45,000 of 90,000". For progress only; older servers leave it out.
    total_changes: int | None = None


class PullPage(_Answer):
    """A :class:`PullResponse` as a client reads it: each change stays a plain object until it
    is applied, so one the client cannot read (a newer server, a damaged record) is set aside on
    its own instead of making the whole page unreadable."""

    changes: list[dict[str, Any]]
    removed_cooperative_ids: list[str] = Field(default_factory=list)
    cursor: str
    has_more: bool
    target_version: int
    directory: Directory | None = None
    total_changes: int | None = None


# PushResponse names PullPage before it is defined.
PushResponse.model_rebuild()


# --- photos --------------------------------------------------------------------------------


class PhotoStatus(_Answer):
    sha256: str
    # The server holds the verified blob: skip the upload.
    complete: bool
    # Bytes of an unfinished upload already received: resume from here.
    offset: int
    max_size: int


class PhotoStatusRequest(_Message):
    """Where the uploads of several photos stand, in one round trip (``POST /photos/v1/status``)."""

    sha256s: Annotated[list[Sha256Hex], Field(min_length=1, max_length=MAX_PHOTO_STATUS_BATCH)]


class PhotoStatusList(_Answer):
    photos: list[PhotoStatus]


class ThumbnailRequest(_Message):
    """Previews of several photos (``POST /photos/v1/thumbnails``)."""

    sha256s: Annotated[list[Sha256Hex], Field(min_length=1, max_length=MAX_THUMBNAIL_BATCH)]


class Thumbnail(_Answer):
    sha256: str
    jpeg: str  # base64 of a JPEG whose long edge is at most THUMBNAIL_EDGE px


class ThumbnailList(_Answer):
    # Only the photos the caller may see and the server holds; the others are left out.
    thumbnails: list[Thumbnail]


class PhotoUploadResult(_Answer):
    sha256: str
    complete: bool
    offset: int


class Health(_Answer):
    status: str
    database: str
    server_version: int
    protocol_versions: list[int]
