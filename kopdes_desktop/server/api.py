"""HTTP routes: authentication, push, pull, photos and health."""

from __future__ import annotations

import time
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Path, Request
from fastapi.responses import Response, StreamingResponse
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from kopdes_desktop.server import device_keys, photos
from kopdes_desktop.server.accounts import Caller
from kopdes_desktop.server.api_deps import (
    CallerDep,
    ProtocolDep,
    Services,
    ServicesDep,
    require_versions,
)
from kopdes_desktop.server.errors import ApiError
from kopdes_desktop.server.headers import byte_count, range_start
from kopdes_desktop.server.login import login
from kopdes_desktop.server.middleware import PUSH_IDS
from kopdes_desktop.server.pull import pull
from kopdes_desktop.server.push import push
from kopdes_desktop.server.versioning import current_version
from kopdes_desktop.sync.protocol import (
    COMPACT_PUSH_PROTOCOL,
    MAX_OWN_VERSIONS,
    MAX_PROTOCOL_VERSION,
    MIN_PROTOCOL_VERSION,
    UPLOAD_LENGTH_HEADER,
    UPLOAD_OFFSET_HEADER,
    DeviceKey,
    DeviceKeyRequest,
    ErrorBody,
    Health,
    LoginRequest,
    LoginResponse,
    MutationStatus,
    PhotoStatus,
    PhotoStatusList,
    PhotoStatusRequest,
    PhotoUploadResult,
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    ThumbnailList,
    ThumbnailRequest,
    VersionRefusal,
    answer_json,
)

_COMMON_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody},
    401: {"model": ErrorBody},
    403: {"model": ErrorBody},
    413: {"model": ErrorBody},
    422: {"model": ErrorBody},
    426: {"model": VersionRefusal},
}
versioned = APIRouter(dependencies=[Depends(require_versions)], responses=_COMMON_ERRORS)
unversioned = APIRouter()

Sha256Path = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$", description="SHA-256, lower-case hex")]


@unversioned.get("/healthz", response_model=Health)
def healthz(svc: ServicesDep) -> Health:
    with svc.db.read() as session:
        version = current_version(session)
    return Health(
        status="ok",
        database=svc.db.dialect,
        server_version=version,
        protocol_versions=list(range(MIN_PROTOCOL_VERSION, MAX_PROTOCOL_VERSION + 1)),
    )


@versioned.post(
    "/auth/v1/login",
    response_model=LoginResponse,
    responses={429: {"model": ErrorBody}, 503: {"model": ErrorBody}},
)
async def post_login(body: LoginRequest, request: Request, svc: ServicesDep) -> LoginResponse:
    """Sign in. 429 (Retry-After) past the failure limits; 503 (Retry-After) while this server
    checks as many passwords as it allows at once and as many more wait."""
    address = request.client.host if request.client else "unknown"
    async with svc.password_checks.slot():
        return await run_in_threadpool(login, svc.db, svc.config.limits, body, address)


@versioned.post(
    "/auth/v1/device-key",
    response_model=DeviceKey,
    responses={404: {"model": ErrorBody}, 409: {"model": ErrorBody}},
)
def post_device_key(body: DeviceKeyRequest, caller: CallerDep, svc: ServicesDep) -> DeviceKey:
    """Register the public key this device signs its handover bundles with (once)."""
    with svc.db.write() as session:
        return device_keys.register(session, caller, body.public_key)


@versioned.get(
    "/auth/v1/devices/{device_id}/key",
    response_model=DeviceKey,
    responses={404: {"model": ErrorBody}},
)
def get_device_key(
    device_id: Annotated[str, Path(max_length=64)], caller: CallerDep, svc: ServicesDep
) -> DeviceKey:
    """The key of a signed-in device of the caller's own account, to check a bundle it made."""
    with svc.db.read() as session:
        return device_keys.of_own_device(session, caller, device_id)


# OpenAPI links: how a client's calls follow each other (a client, or a stateful fuzzer, can
# chain them): the next push and a pull use the same client id; a pull's cursor feeds the next.
PUSH_ID = "post_push_sync_v1_push_post"
PULL_ID = "post_pull_sync_v1_pull_post"
_SAME_CLIENT = {"client_id": "$request.body#/client_id"}
_PUSH_LINKS = {
    "PullAfterPush": {"operationId": PULL_ID, "requestBody": _SAME_CLIENT},
    "NextPush": {"operationId": PUSH_ID, "requestBody": _SAME_CLIENT},
}
_PULL_LINKS = {
    "NextPage": {
        "operationId": PULL_ID,
        "requestBody": {**_SAME_CLIENT, "cursor": "$response.body#/cursor"},
    },
    "PushAfterPull": {"operationId": PUSH_ID, "requestBody": _SAME_CLIENT},
}


@versioned.post(
    "/sync/v1/push",
    response_model=PushResponse,
    responses={
        200: {"links": _PUSH_LINKS},
        409: {"model": ErrorBody},
        503: {"model": ErrorBody},
    },
)
def post_push(
    body: PushRequest,
    caller: CallerDep,
    svc: ServicesDep,
    protocol: ProtocolDep,
    request: Request,
) -> Response:
    answer = push(svc.db, svc.catalog, caller, body)
    if protocol < COMPACT_PUSH_PROTOCOL:
        return _json(answer, protocol)
    page = None if body.pull is None else _pull_after(svc, caller, body, answer)
    # The ids the compact push sent are named by number, not sent back (docs/sync-protocol.md).
    known: list[str] = request.scope.get(PUSH_IDS, [])
    coded = answer_json(answer, protocol, pull=page, known_ids=known)
    return Response(coded, media_type="application/json")


def _pull_after(
    svc: Services, caller: Caller, body: PushRequest, answer: PushResponse
) -> PullResponse | None:
    """The first page of the pull the push asked for (protocol 3): the pull the client would
    send next, naming this push's fresh versions as its own. None when that pull would fail
    (a reset, an unknown cursor): the client then pulls on its own and meets the error there."""
    assert body.pull is not None
    fresh = {
        result.version
        for result in answer.results
        if result.status is MutationStatus.APPLIED and not result.duplicate
    }
    own = sorted(set(body.pull.own_versions) | fresh)[-MAX_OWN_VERSIONS:]
    asked = PullRequest(
        client_id=body.client_id, cursor=body.pull.cursor, limit=body.pull.limit, own_versions=own
    )
    try:
        return pull(svc.db, caller, asked)
    except ApiError:
        return None


@versioned.post(
    "/sync/v1/pull",
    response_model=PullResponse,
    responses={200: {"links": _PULL_LINKS}, 409: {"model": ErrorBody}},
)
def post_pull(
    body: PullRequest, caller: CallerDep, svc: ServicesDep, protocol: ProtocolDep
) -> Response:
    return _json(pull(svc.db, caller, body), protocol)


def _json(answer: PushResponse | PullResponse, protocol: int) -> Response:
    """The answer in the request's protocol version (protocol 2 leaves out default values)."""
    return Response(answer_json(answer, protocol), media_type="application/json")


@versioned.get(
    "/photos/v1/{sha256}/status",
    response_model=PhotoStatus,
)
def get_photo_status(sha256: Sha256Path, caller: CallerDep, svc: ServicesDep) -> PhotoStatus:
    return photos.status(svc.db, svc.blobs, svc.config.limits, caller, sha256)


@versioned.post("/photos/v1/status", response_model=PhotoStatusList)
def post_photo_statuses(
    body: PhotoStatusRequest, caller: CallerDep, svc: ServicesDep
) -> PhotoStatusList:
    """The status of many photos at once, so a laptop starts its uploads after one round trip."""
    return PhotoStatusList(
        photos=photos.statuses(svc.db, svc.blobs, svc.config.limits, caller, body.sha256s)
    )


@versioned.post("/photos/v1/thumbnails", response_model=ThumbnailList)
def post_thumbnails(body: ThumbnailRequest, caller: CallerDep, svc: ServicesDep) -> ThumbnailList:
    """Small previews of photos the caller may see, to show before (or instead of) the photo."""
    return ThumbnailList(thumbnails=photos.thumbnails(svc.db, svc.blobs, caller, body.sha256s))


@versioned.patch(
    "/photos/v1/{sha256}",
    response_model=PhotoUploadResult,
    responses={409: {"model": ErrorBody}},
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/offset+octet-stream": {
                    "schema": {"type": "string", "format": "binary"}
                }
            },
        }
    },
)
async def patch_photo(
    *,
    sha256: Sha256Path,
    request: Request,
    response: Response,
    caller: CallerDep,
    svc: ServicesDep,
    upload_offset: Annotated[str | None, Header(alias=UPLOAD_OFFSET_HEADER, max_length=20)] = None,
    upload_length: Annotated[str | None, Header(alias=UPLOAD_LENGTH_HEADER, max_length=20)] = None,
) -> PhotoUploadResult | Response:
    """Append bytes at ``Upload-Offset`` of a photo of ``Upload-Length`` bytes (tus-style).

    The body is streamed to the partial as it arrives: a request cut off midway keeps every byte
    that reached the server, and the next request continues from there.
    """
    offset = byte_count(upload_offset, UPLOAD_OFFSET_HEADER)
    length = byte_count(upload_length, UPLOAD_LENGTH_HEADER)
    started = await run_in_threadpool(
        photos.begin_upload,
        svc.db,
        svc.blobs,
        svc.config.limits,
        caller,
        sha256,
        offset=offset,
        length=length,
    )
    if isinstance(started, PhotoUploadResult):
        return started
    with started as writer:
        try:
            async for piece in request.stream():
                if piece:
                    await run_in_threadpool(photos.append, writer, length, piece)
        except ClientDisconnect:
            # The link dropped: what arrived is kept (closing the writer makes it durable) and
            # nobody is left to answer.
            await run_in_threadpool(photos.touch, svc.db, caller, sha256)
            return Response(status_code=400)
    body_done = time.perf_counter()
    result = await run_in_threadpool(
        photos.finish_upload,
        svc.db,
        svc.blobs,
        caller,
        sha256,
        received=writer.offset,
        length=length,
    )
    # How long the server worked after the last byte (hashing, checking, storing): a client
    # pacing its bytes tells this apart from time its bytes spent queued on the link.
    response.headers["Server-Timing"] = f"photo;dur={(time.perf_counter() - body_done) * 1000:.0f}"
    return result


@versioned.get(
    "/photos/v1/{sha256}",
    response_class=Response,
    responses={
        200: {"content": {"image/jpeg": {}}, "description": "The photo bytes"},
        206: {"content": {"image/jpeg": {}}, "description": "The rest of the photo bytes"},
        404: {"model": ErrorBody},
        416: {"model": ErrorBody},
    },
)
def get_photo(
    sha256: Sha256Path,
    caller: CallerDep,
    svc: ServicesDep,
    range_header: Annotated[str | None, Header(alias="Range", max_length=100)] = None,
) -> Response:
    size = photos.authorise_download(svc.db, caller, sha256)
    start = range_start(range_header, size)
    headers = {
        "Content-Length": str(size - start),
        "Accept-Ranges": "bytes",
        "ETag": f'"{sha256}"',
        "Cache-Control": "private, max-age=31536000, immutable",
        # The bytes are served as what they were checked to be, never as what a browser guesses.
        "X-Content-Type-Options": "nosniff",
    }
    status = 200
    if start:
        status = 206
        headers["Content-Range"] = f"bytes {start}-{size - 1}/{size}"
    return StreamingResponse(
        svc.blobs.read(sha256, start), status_code=status, media_type="image/jpeg", headers=headers
    )
