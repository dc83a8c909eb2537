"""The server's endpoints as typed calls (docs/sync-protocol.md), over :mod:`transport`."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any
from urllib.parse import quote

import requests

from kopdes_desktop.sync import id_table, push_codec, wire_codec
from kopdes_desktop.sync.protocol import (
    COMPACT_PUSH_PROTOCOL,
    MAX_PHOTO_STATUS_BATCH,
    UPLOAD_LENGTH_HEADER,
    UPLOAD_OFFSET_HEADER,
    DeviceKey,
    DeviceKeyRequest,
    ErrorCode,
    Health,
    LoginRequest,
    LoginResponse,
    PhotoStatus,
    PhotoStatusList,
    PhotoStatusRequest,
    PhotoUploadResult,
    PullPage,
    PullRequest,
    PushRequest,
    PushResponse,
    ThumbnailList,
    ThumbnailRequest,
    expand_change,
    expand_push_answer,
)
from kopdes_desktop.sync.transport import (
    Answer,
    RateLimitedError,
    ServerBusyError,
    ServerRefusedError,
    StreamedBody,
    Transport,
)

LOGIN_ATTEMPTS = 4
LOGIN_MAX_WAIT_SECONDS = 10.0


def _upload_headers(offset: int, total: int) -> dict[str, str]:
    return {
        UPLOAD_OFFSET_HEADER: str(offset),
        UPLOAD_LENGTH_HEADER: str(total),
        "Content-Type": "application/offset+octet-stream",
    }


def _server_seconds(answer: Answer) -> float:
    """The ``dur`` (milliseconds) of a ``Server-Timing`` header, in seconds."""
    for part in (answer.headers.get("Server-Timing") or "").split(";"):
        name, _, value = part.strip().partition("=")
        if name == "dur":
            try:
                return max(0.0, float(value) / 1000)
            except ValueError:
                return 0.0
    return 0.0


@contextmanager
def _told_the_offset() -> Iterator[None]:
    """A 409 offset mismatch says where the server stands: raise it as such."""
    try:
        yield
    except ServerRefusedError as error:
        if error.body.code is ErrorCode.UPLOAD_OFFSET_MISMATCH and error.body.offset is not None:
            raise OffsetMismatchError(error.body.offset) from error
        raise


class OffsetMismatchError(Exception):
    def __init__(self, offset: int) -> None:
        super().__init__(f"server holds {offset} bytes")
        self.offset = offset


def _unpacked(body: bytes, known: Sequence[str] = ()) -> Any:
    """A protocol-3 answer: JSON with its ids in a table (sync/id_table.py), after ``known``
    (those of the push it answers). A damaged one reads as garbage, which the caller treats as
    a cut link (the request is sent again)."""
    try:
        return id_table.unpack(body, known)
    except id_table.DamagedTableError as error:
        raise ValueError(str(error)) from error


class SyncClient:
    def __init__(self, transport: Transport) -> None:
        self.transport = transport
        # Whether the server keeps the bytes of a photo request cut midway (servers with the
        # batch status call do); None until the first status call tells.
        self.keeps_cut_uploads: bool | None = None

    def health(self) -> Health:
        return self.transport.get_json("/healthz", Health)

    def login(self, username: str, password: str, device_name: str) -> LoginResponse:
        request = LoginRequest(username=username, password=password, device_name=device_name)
        # A failed sign-in is not retried: retrying a wrong password only spends the user's
        # allowance of attempts. A request the server did not look at is: "busy, checking
        # other passwords" (503) or "your network is slowed down, a few seconds" (429).
        retries, self.transport.retries = self.transport.retries, 0
        try:
            for attempt in range(1, LOGIN_ATTEMPTS + 1):
                try:
                    return self.transport.post_json("/auth/v1/login", request, LoginResponse)
                except (ServerBusyError, RateLimitedError) as error:
                    if attempt == LOGIN_ATTEMPTS or error.retry_after > LOGIN_MAX_WAIT_SECONDS:
                        raise
                    self.transport.sleep(error.retry_after)
            raise AssertionError("unreachable")
        finally:
            self.transport.retries = retries

    def register_device_key(self, public_key: str) -> DeviceKey:
        return self.transport.post_json(
            "/auth/v1/device-key", DeviceKeyRequest(public_key=public_key), DeviceKey
        )

    def device_key(self, device_id: str) -> DeviceKey | None:
        """The handover key of a signed-in device of this account; None for any other."""
        try:
            path = f"/auth/v1/devices/{quote(device_id, safe='')}/key"
            return self.transport.get_json(path, DeviceKey)
        except ServerRefusedError as error:
            if error.status == 404:
                return None
            raise

    def push(self, request: PushRequest) -> PushResponse:
        """Protocol 3 sends the compact body (sync/push_codec.py) and reads the compact answer;
        against an older server the same request goes as JSON."""

        sent: list[str] = []  # the ids of the compact body's table: the answer names them

        def compact(protocol: int) -> tuple[bytes, dict[str, str]] | None:
            if protocol < COMPACT_PUSH_PROTOCOL:
                return None
            body = push_codec.encode(request)
            sent[:] = push_codec.ids_of(body)
            return wire_codec.compress(body), {"Content-Encoding": wire_codec.CODING}

        def expand(body: bytes) -> Any:
            if self.transport.protocol < COMPACT_PUSH_PROTOCOL:
                return json.loads(body)
            return expand_push_answer(_unpacked(body, sent))

        return self.transport.post_json(
            "/sync/v1/push", request, PushResponse, payload=compact, expand=expand
        )

    def pull(self, request: PullRequest) -> PullPage:
        def expand(body: bytes) -> Any:
            compact = self.transport.protocol >= COMPACT_PUSH_PROTOCOL
            page = _unpacked(body) if compact else json.loads(body)
            if self.transport.protocol < 2 or not isinstance(page, dict):
                return page
            if isinstance(page.get("changes"), list):
                page["changes"] = [
                    expand_change(c) if isinstance(c, dict) else c for c in page["changes"]
                ]
            return page

        return self.transport.post_json("/sync/v1/pull", request, PullPage, expand=expand)

    def photo_status(self, sha256: str) -> PhotoStatus:
        return self.transport.get_json(f"/photos/v1/{sha256}/status", PhotoStatus)

    def photo_statuses(self, sha256s: list[str]) -> dict[str, PhotoStatus]:
        """Where many uploads stand, one round trip per 500 photos (one per photo on a server
        older than the batch call, which :attr:`keeps_cut_uploads` then remembers)."""
        found: dict[str, PhotoStatus] = {}
        for start in range(0, len(sha256s), MAX_PHOTO_STATUS_BATCH):
            batch = sha256s[start : start + MAX_PHOTO_STATUS_BATCH]
            if self.keeps_cut_uploads is not False:
                try:
                    answer = self.transport.post_json(
                        "/photos/v1/status", PhotoStatusRequest(sha256s=batch), PhotoStatusList
                    )
                except ServerRefusedError as error:
                    if error.status not in (404, 405):
                        raise
                    self.keeps_cut_uploads = False
                else:
                    self.keeps_cut_uploads = True
                    found.update((status.sha256, status) for status in answer.photos)
                    continue
            found.update((sha, self.photo_status(sha)) for sha in batch)
        return found

    def send_photo_bytes(
        self, sha256: str, offset: int, total: int, body: StreamedBody
    ) -> tuple[PhotoUploadResult, float]:
        """One streaming PATCH: ``body`` goes out as it is produced, and the server keeps every
        byte that reaches it even if the link drops before the end. Also returns the seconds the
        server says it worked after the last byte (``Server-Timing``; 0 if it does not say)."""
        with _told_the_offset():
            response = self.transport.open(
                "PATCH", f"/photos/v1/{sha256}", body=body, headers=_upload_headers(offset, total)
            )
        with response:
            content = b"".join(self.transport.read_pieces(response, 4096))
        answer = Answer(response.status_code, content, response.headers)
        return self.transport.parse(answer, PhotoUploadResult), _server_seconds(answer)

    def thumbnails(self, sha256s: list[str]) -> dict[str, str]:
        """Previews (base64 JPEG) of the photos among ``sha256s`` the server lets us see."""
        answer = self.transport.post_json(
            "/photos/v1/thumbnails", ThumbnailRequest(sha256s=sha256s), ThumbnailList
        )
        return {found.sha256: found.jpeg for found in answer.thumbnails}

    def open_photo(self, sha256: str, start: int = 0) -> requests.Response:
        """The photo's bytes from ``start`` on, unread: the caller streams them to disk."""
        headers = {"Range": f"bytes={start}-"} if start else {}
        return self.transport.open("GET", f"/photos/v1/{sha256}", headers=headers, ok=(200, 206))

    def upload_photo_chunk(
        self, sha256: str, offset: int, total: int, chunk: bytes
    ) -> PhotoUploadResult:
        with _told_the_offset():
            answer = self.transport.request(
                "PATCH",
                f"/photos/v1/{sha256}",
                data=chunk,
                headers=_upload_headers(offset, total),
                ok=(200, 201, 204),
            )
        return self.transport.parse(answer, PhotoUploadResult)

    def download_photo(self, sha256: str, start: int = 0) -> bytes:
        headers = {"Range": f"bytes={start}-"} if start else {}
        answer = self.transport.request(
            "GET", f"/photos/v1/{sha256}", headers=headers, ok=(200, 206)
        )
        return answer.body if answer.status == 206 or not start else answer.body[start:]
