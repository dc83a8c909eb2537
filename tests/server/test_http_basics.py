"""Health, OpenAPI, version negotiation, sign-in, tokens, limits and gzip, over real HTTP."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import socket

import httpx
import pytest
from PIL import Image

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.server import accounts
from tests.server.helpers import PASSWORD, VERSION_HEADERS, LiveServer


def test_health_reports_database_and_version(server: LiveServer) -> None:
    body = httpx.get(f"{server.base_url}/healthz").json()
    assert body["status"] == "ok"
    assert body["database"] == {"sqlite": "sqlite", "postgres": "postgresql"}[server.backend]
    assert body["protocol_versions"] == [1, 2, 3]


def test_openapi_lists_every_endpoint(server: LiveServer) -> None:
    spec = httpx.get(f"{server.base_url}/openapi.json").json()
    assert {"/auth/v1/login", "/sync/v1/push", "/sync/v1/pull", "/photos/v1/{sha256}",
            "/photos/v1/{sha256}/status", "/healthz"} <= set(spec["paths"])  # fmt: skip


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"X-Kopdes-Protocol": "99", "X-Kopdes-Schema": "1"},
        {"X-Kopdes-Protocol": "1", "X-Kopdes-Schema": "99"},
        {"X-Kopdes-Protocol": "1"},
    ],
)
def test_unsupported_versions_are_refused_with_the_supported_range(
    server: LiveServer, headers: dict[str, str]
) -> None:
    response = httpx.post(
        f"{server.base_url}/sync/v1/pull", json={"client_id": "x"}, headers=headers
    )
    assert response.status_code == 426
    body = response.json()
    assert body["code"] == "unsupported_version"
    assert (body["min_protocol_version"], body["max_protocol_version"]) == (1, 3)
    assert body["max_schema_version"] >= 1


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("X-Kopdes-Protocol", "²"),
        ("X-Kopdes-Protocol", "one"),
        ("X-Kopdes-Protocol", "1.0"),
        ("X-Kopdes-Schema", "¹"),
        ("X-Kopdes-Schema", "-1"),
    ],
)
def test_malformed_version_headers_are_400_even_without_a_token(
    server: LiveServer, name: str, value: str
) -> None:
    # Sent as a client could: the raw byte (latin-1 "²" is 0xB2, which str.isdigit() accepts).
    headers = {**VERSION_HEADERS, name: value.encode("latin-1")}
    response = httpx.post(
        f"{server.base_url}/sync/v1/pull", json={"client_id": "x"}, headers=headers
    )
    assert response.status_code == 400, response.text
    assert response.json()["code"] == "invalid_request"
    assert name in response.json()["message"]


def test_malformed_upload_offsets_and_ranges_are_400(server: LiveServer) -> None:
    ba = server.user(Role.BA)
    headers = {**VERSION_HEADERS, "Authorization": f"Bearer {server.token(ba)}"}
    photo = "ab" * 32
    with httpx.Client(base_url=server.base_url, headers=headers) as http:
        for offset, length in (("²", "10"), ("0", "³"), ("0x1", "10"), ("", "10")):
            response = http.patch(
                f"/photos/v1/{photo}",
                content=b"0123456789",
                headers={"Upload-Offset": offset.encode("latin-1"),
                         "Upload-Length": length.encode("latin-1"),
                         "Content-Type": "application/offset+octet-stream"},
            )  # fmt: skip
            assert response.status_code == 400, (offset, length, response.text)
            assert response.json()["code"] == "invalid_request"
        # No client library sends a malformed Content-Length; write the request by hand.
        host, port = server.base_url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=30) as raw:
            raw.sendall(
                f"PATCH /photos/v1/{photo} HTTP/1.1\r\nHost: x\r\n".encode()
                + b"Content-Length: \xb2\r\nX-Kopdes-Protocol: 1\r\nX-Kopdes-Schema: 1\r\n\r\nx"
            )
            assert raw.recv(64).startswith(b"HTTP/1.1 4")
        jpeg = io.BytesIO()
        Image.new("RGB", (8, 8), "red").save(jpeg, "JPEG")
        data = jpeg.getvalue()
        sha = hashlib.sha256(data).hexdigest()
        uploaded = http.patch(
            f"/photos/v1/{sha}", content=data,
            headers={"Upload-Offset": "0", "Upload-Length": str(len(data)),
                     "Content-Type": "application/offset+octet-stream"},
        )  # fmt: skip
        assert uploaded.status_code == 200, uploaded.text
        for spec in ("bytes=²-", "bytes=¹²-", "bytes=a-", "bytes=1x-"):
            response = http.get(f"/photos/v1/{sha}", headers={"Range": spec.encode("latin-1")})
            assert response.status_code == 400, (spec, response.text)
        assert http.get(f"/photos/v1/{sha}", headers={"Range": "bytes=2-"}).content == data[2:]
        assert http.get(f"/photos/v1/{sha}", headers={"Range": "bytes=0-1"}).status_code == 416


def login(server: LiveServer, username: str, password: str) -> httpx.Response:
    return httpx.post(
        f"{server.base_url}/auth/v1/login",
        json={"username": username, "password": password, "device_name": "Laptop BA"},
        headers=VERSION_HEADERS,
    )


def test_login_gives_a_device_token_that_revocation_ends(server: LiveServer) -> None:
    pmo = server.user(Role.PMO, kabupaten=["61.01"], name="Bu Sari")
    response = login(server, pmo.username, PASSWORD)
    assert response.status_code == 200
    body = response.json()
    assert body["role"] == "pmo"
    assert body["kabupaten_codes"] == ["61.01"]
    assert body["full_name"] == "Bu Sari"
    headers = {**VERSION_HEADERS, "Authorization": f"Bearer {body['token']}"}
    pull = {"client_id": "revocation-test"}
    assert httpx.post(f"{server.base_url}/sync/v1/pull", json=pull, headers=headers).is_success
    with server.db.write() as session:
        assert accounts.revoke_devices(session, pmo.username, body["device_id"]) == 1
    refused = httpx.post(f"{server.base_url}/sync/v1/pull", json=pull, headers=headers)
    assert refused.status_code == 401
    assert refused.json()["code"] == "unauthenticated"


def test_deactivated_user_can_neither_sign_in_nor_sync(server: LiveServer) -> None:
    ba = server.user(Role.BA)
    token = server.token(ba)
    with server.db.write() as session:
        accounts.deactivate_user(session, ba.username)
    assert login(server, ba.username, PASSWORD).status_code == 401
    headers = {**VERSION_HEADERS, "Authorization": f"Bearer {token}"}
    response = httpx.post(
        f"{server.base_url}/sync/v1/pull", json={"client_id": "d"}, headers=headers
    )
    assert response.status_code == 401


def test_wrong_password_and_unknown_user_look_the_same(server: LiveServer) -> None:
    ba = server.user(Role.BA)
    wrong = login(server, ba.username, "not the password")
    unknown = login(server, "nobody-by-this-name", "whatever1")
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()


def test_login_attempts_are_rate_limited_per_account_and_address(server: LiveServer) -> None:
    ba = server.user(Role.BA)
    for _ in range(5):
        assert login(server, ba.username, "guess-guess").status_code == 401
    blocked = login(server, ba.username, PASSWORD)  # even the right password waits now
    assert blocked.status_code == 429
    assert blocked.json()["code"] == "rate_limited"
    assert int(blocked.headers["Retry-After"]) > 0
    other = server.user(Role.BA)
    assert login(server, other.username, PASSWORD).status_code == 200


def test_requests_without_a_token_are_unauthenticated(server: LiveServer) -> None:
    for token in (None, "kd1_made-up"):
        headers = dict(VERSION_HEADERS)
        if token:
            headers["Authorization"] = f"Bearer {token}"
        response = httpx.post(
            f"{server.base_url}/sync/v1/push", json={"client_id": "c", "mutations": []},
            headers=headers,
        )  # fmt: skip
        assert response.status_code == 401


def test_bad_json_is_a_4xx_with_a_reason(server: LiveServer) -> None:
    ba = server.user(Role.BA)
    headers = {**VERSION_HEADERS, "Authorization": f"Bearer {server.token(ba)}",
               "Content-Type": "application/json"}  # fmt: skip
    for body in (b"{not json", b"[]", b'{"client_id": 5}', b'{"client_id": "c", "extra": 1}'):
        response = httpx.post(f"{server.base_url}/sync/v1/pull", content=body, headers=headers)
        assert response.status_code == 422, body
        assert response.json()["code"] == "invalid_request"
        assert response.json()["message"]


def test_body_size_limit(server: LiveServer) -> None:
    ba = server.user(Role.BA)
    headers = {**VERSION_HEADERS, "Authorization": f"Bearer {server.token(ba)}",
               "Content-Type": "application/json"}  # fmt: skip
    huge = json.dumps({"client_id": "c", "cursor": "x" * (9 * 1024 * 1024)}).encode()
    response = httpx.post(f"{server.base_url}/sync/v1/pull", content=huge, headers=headers)
    assert response.status_code == 413
    bomb = gzip.compress(b" " * (64 * 1024 * 1024))  # 64 MB of spaces in ~64 KB
    response = httpx.post(
        f"{server.base_url}/sync/v1/pull", content=bomb,
        headers={**headers, "Content-Encoding": "gzip"},
    )  # fmt: skip
    assert response.status_code == 413


def test_gzip_both_ways(server: LiveServer) -> None:
    admin = server.user(Role.ADMIN)
    for _ in range(3):
        server.cooperative()
    headers = {**VERSION_HEADERS, "Authorization": f"Bearer {server.token(admin)}",
               "Content-Type": "application/json", "Content-Encoding": "gzip",
               "Accept-Encoding": "gzip"}  # fmt: skip
    body = gzip.compress(json.dumps({"client_id": "gzip-client", "limit": 50}).encode())
    with httpx.Client() as client:
        response = client.post(f"{server.base_url}/sync/v1/pull", content=body, headers=headers)
    assert response.status_code == 200
    assert response.headers["content-encoding"] == "gzip"
    assert len(response.json()["changes"]) >= 3
    damaged = httpx.post(f"{server.base_url}/sync/v1/pull", content=b"\x1f\x8bnot gzip",
                         headers=headers)  # fmt: skip
    assert damaged.status_code == 400
