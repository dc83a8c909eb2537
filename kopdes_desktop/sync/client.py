"""The server's endpoints as typed calls (docs/sync-protocol.md), over :mod:`transport`."""

from __future__ import annotations

from urllib.parse import quote

from kopdes_desktop.sync.protocol import (
    UPLOAD_LENGTH_HEADER,
    UPLOAD_OFFSET_HEADER,
    DeviceKey,
    DeviceKeyRequest,
    ErrorCode,
    Health,
    LoginRequest,
    LoginResponse,
    PhotoStatus,
    PhotoUploadResult,
    PullPage,
    PullRequest,
    PushRequest,
    PushResponse,
)
from kopdes_desktop.sync.transport import ServerRefusedError, Transport


class OffsetMismatchError(Exception):
    def __init__(self, offset: int) -> None:
        super().__init__(f"server holds {offset} bytes")
        self.offset = offset


class SyncClient:
    def __init__(self, transport: Transport) -> None:
        self.transport = transport

    def health(self) -> Health:
        return self.transport.get_json("/healthz", Health)

    def login(self, username: str, password: str, device_name: str) -> LoginResponse:
        request = LoginRequest(username=username, password=password, device_name=device_name)
        # A failed sign-in is not retried: retrying a wrong password only spends the user's
        # allowance of attempts.
        retries, self.transport.retries = self.transport.retries, 0
        try:
            return self.transport.post_json("/auth/v1/login", request, LoginResponse)
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
        return self.transport.post_json("/sync/v1/push", request, PushResponse)

    def pull(self, request: PullRequest) -> PullPage:
        return self.transport.post_json("/sync/v1/pull", request, PullPage)

    def photo_status(self, sha256: str) -> PhotoStatus:
        return self.transport.get_json(f"/photos/v1/{sha256}/status", PhotoStatus)

    def upload_photo_chunk(
        self, sha256: str, offset: int, total: int, chunk: bytes
    ) -> PhotoUploadResult:
        try:
            answer = self.transport.request(
                "PATCH",
                f"/photos/v1/{sha256}",
                data=chunk,
                headers={
                    UPLOAD_OFFSET_HEADER: str(offset),
                    UPLOAD_LENGTH_HEADER: str(total),
                    "Content-Type": "application/offset+octet-stream",
                },
                ok=(200, 201, 204),
            )
        except ServerRefusedError as error:
            if (
                error.body.code is ErrorCode.UPLOAD_OFFSET_MISMATCH
                and error.body.offset is not None
            ):
                raise OffsetMismatchError(error.body.offset) from error
            raise
        return self.transport.parse(answer, PhotoUploadResult)

    def download_photo(self, sha256: str, start: int = 0) -> bytes:
        headers = {"Range": f"bytes={start}-"} if start else {}
        answer = self.transport.request(
            "GET", f"/photos/v1/{sha256}", headers=headers, ok=(200, 206)
        )
        return answer.body if answer.status == 206 or not start else answer.body[start:]
