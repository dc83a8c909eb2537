"""Photos: existence check, resumable upload, hash verification, scoped download."""

from __future__ import annotations

import hashlib
import os

import httpx

from kopdes_desktop.domain.enums import Role
from tests.server.helpers import VERSION_HEADERS, LiveServer
from tests.server.test_push import visit_fields


def auth(server: LiveServer, token: str) -> dict[str, str]:
    return {**VERSION_HEADERS, "Authorization": f"Bearer {token}"}


def send(
    server: LiveServer, token: str, sha: str, data: bytes, *, offset: int, length: int
) -> httpx.Response:
    headers = {
        **auth(server, token),
        "Upload-Offset": str(offset),
        "Upload-Length": str(length),
        "Content-Type": "application/offset+octet-stream",
    }
    return httpx.patch(f"{server.base_url}/photos/v1/{sha}", content=data, headers=headers)


def status(server: LiveServer, token: str, sha: str) -> dict[str, object]:
    response = httpx.get(f"{server.base_url}/photos/v1/{sha}/status", headers=auth(server, token))
    assert response.status_code == 200, response.text
    body: dict[str, object] = response.json()
    return body


def test_interrupted_upload_resumes_where_it_stopped(server: LiveServer) -> None:
    token = server.token(server.user(Role.BA))
    photo = os.urandom(300_000)
    sha = hashlib.sha256(photo).hexdigest()
    assert status(server, token, sha) == {
        "sha256": sha, "complete": False, "offset": 0, "max_size": 2 * 1024 * 1024,
    }  # fmt: skip
    first = send(server, token, sha, photo[:100_000], offset=0, length=len(photo))
    assert first.json() == {"sha256": sha, "complete": False, "offset": 100_000}
    # The link dropped; the laptop asks where to resume instead of starting over.
    assert status(server, token, sha)["offset"] == 100_000
    stale = send(server, token, sha, photo[:100_000], offset=0, length=len(photo))
    assert stale.status_code == 409
    assert stale.json()["offset"] == 100_000
    done = send(server, token, sha, photo[100_000:], offset=100_000, length=len(photo))
    assert done.json()["complete"] is True
    assert status(server, token, sha)["complete"] is True
    # Anyone else with the same photo skips the upload entirely.
    other = server.token(server.user(Role.BA))
    assert status(server, other, sha)["complete"] is True


def test_bytes_that_do_not_match_their_hash_never_count(server: LiveServer) -> None:
    token = server.token(server.user(Role.BA))
    photo = os.urandom(5000)
    claimed = hashlib.sha256(b"another photo").hexdigest()
    response = send(server, token, claimed, photo, offset=0, length=len(photo))
    assert response.status_code == 422
    assert response.json()["code"] == "hash_mismatch"
    assert status(server, token, claimed) == {
        "sha256": claimed, "complete": False, "offset": 0, "max_size": 2 * 1024 * 1024,
    }  # fmt: skip


def test_photo_size_limits_and_bad_headers(server: LiveServer) -> None:
    token = server.token(server.user(Role.BA))
    sha = hashlib.sha256(b"x").hexdigest()
    assert send(server, token, sha, b"x", offset=0, length=3 * 1024 * 1024).status_code == 413
    assert send(server, token, sha, b"xx", offset=0, length=1).status_code == 400
    bad = httpx.patch(
        f"{server.base_url}/photos/v1/{sha}", content=b"x", headers=auth(server, token)
    )
    assert bad.status_code == 400
    not_hex = httpx.get(f"{server.base_url}/photos/v1/NOTAHASH/status", headers=auth(server, token))
    assert not_hex.status_code == 422


def test_download_only_within_scope_and_resumable(server: LiveServer) -> None:
    cooperative = server.cooperative()
    author, outsider = server.user(Role.BA), server.user(Role.BA)
    pmo = server.user(Role.PMO, kabupaten=["61.01"])
    server.assign(author, cooperative)
    laptop = server.laptop(author)
    photo = os.urandom(40_000)
    sha = hashlib.sha256(photo).hexdigest()
    visit = laptop.create("visit", visit_fields(cooperative))
    link = laptop.create("photo", {"parent_id": visit["record_id"], "sha256": sha})
    assert [r["status"] for r in laptop.push(visit, link)] == ["applied", "applied"]
    uploader = server.token(author)
    assert send(server, uploader, sha, photo, offset=0, length=len(photo)).json()["complete"]
    url = f"{server.base_url}/photos/v1/{sha}"
    for user in (author, pmo):
        response = httpx.get(url, headers=auth(server, server.token(user)))
        assert response.status_code == 200
        assert response.content == photo
    hidden = httpx.get(url, headers=auth(server, server.token(outsider)))
    assert hidden.status_code == 404
    rest = httpx.get(url, headers={**auth(server, server.token(pmo)), "Range": "bytes=30000-"})
    assert rest.status_code == 206
    assert rest.content == photo[30_000:]
    assert httpx.get(url, headers=VERSION_HEADERS).status_code == 401


def cut_upload(
    server: LiveServer, token: str, sha: str, data: bytes, *, offset: int, length: int, sent: int
) -> None:
    """A PATCH announcing all of ``data`` whose connection dies after ``sent`` body bytes, the
    way a village link drops mid-request."""
    import socket
    import time
    from urllib.parse import urlsplit

    address = urlsplit(server.base_url)
    head = (
        f"PATCH /photos/v1/{sha} HTTP/1.1\r\nHost: {address.netloc}\r\n"
        + "".join(f"{k}: {v}\r\n" for k, v in auth(server, token).items())
        + f"Upload-Offset: {offset}\r\nUpload-Length: {length}\r\n"
        + "Content-Type: application/offset+octet-stream\r\n"
        + f"Content-Length: {len(data)}\r\n\r\n"
    ).encode()
    with socket.create_connection((address.hostname, address.port)) as connection:
        connection.sendall(head + data[:sent])
        time.sleep(0.3)  # let the server take in what arrived before the line goes dead


def test_bytes_of_a_request_cut_midway_count(server: LiveServer) -> None:
    token = server.token(server.user(Role.BA))
    photo = os.urandom(200_000)
    sha = hashlib.sha256(photo).hexdigest()
    cut_upload(server, token, sha, photo, offset=0, length=len(photo), sent=70_000)
    held = int(str(status(server, token, sha)["offset"]))
    assert held == 70_000  # every byte that arrived was kept
    cut_upload(server, token, sha, photo[held:], offset=held, length=len(photo), sent=50_000)
    held = int(str(status(server, token, sha)["offset"]))
    assert held == 120_000
    done = send(server, token, sha, photo[held:], offset=held, length=len(photo))
    assert done.json() == {"sha256": sha, "complete": True, "offset": len(photo)}
    url = f"{server.base_url}/photos/v1/{sha}"
    assert httpx.get(url, headers=auth(server, token)).content == photo


def test_numeric_headers_take_ascii_digits_only(server: LiveServer) -> None:
    token = server.token(server.user(Role.BA))
    photo = os.urandom(1000)
    sha = hashlib.sha256(photo).hexdigest()
    for offset, length in (("²", "1000"), ("0", "１"), ("-1", "1000"), ("0", "1" * 19), ("", "1")):
        response = httpx.patch(
            f"{server.base_url}/photos/v1/{sha}",
            content=b"x",
            headers={
                **auth(server, token),
                "Upload-Offset": offset.encode(),
                "Upload-Length": length.encode(),
            },
        )
        assert response.status_code == 400, (offset, length, response.text)
    assert send(server, token, sha, photo, offset=0, length=len(photo)).json()["complete"]
    for bad_range in ("bytes=²-", "bytes=0-1", "items=0-", "bytes=-5", "bytes=1000-"):
        response = httpx.get(
            f"{server.base_url}/photos/v1/{sha}",
            headers={**auth(server, token), "Range": bad_range.encode()},
        )
        assert response.status_code == 416, (bad_range, response.text)
