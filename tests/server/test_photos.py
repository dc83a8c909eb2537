"""Photos: status, resumable upload that keeps cut requests, hash and content checks, who may
see a photo (scope and possession), strict headers."""

from __future__ import annotations

import hashlib
import io
import random
import socket
import time
from urllib.parse import urlsplit

import httpx
from PIL import Image

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.server.models import User
from tests.server.helpers import MEMPAWAH, SAMBAS, VERSION_HEADERS, LiveServer
from tests.server.test_push import visit_fields

TEST_MAX_PHOTO = 2 * 1024 * 1024  # tests/server/conftest.py


def jpeg(seed: int, width: int = 400, height: int = 300) -> bytes:
    """A real JPEG that barely compresses: about width × height × 0.5 bytes."""
    rng = random.Random(seed)
    image = Image.frombytes("RGB", (width, height), rng.randbytes(width * height * 3))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def sha_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


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


def upload_whole(server: LiveServer, token: str, data: bytes) -> str:
    sha = sha_of(data)
    answer = send(server, token, sha, data, offset=0, length=len(data))
    assert answer.status_code == 200, answer.text
    assert answer.json()["complete"] is True
    return sha


def status(server: LiveServer, token: str, sha: str) -> dict[str, object]:
    response = httpx.get(f"{server.base_url}/photos/v1/{sha}/status", headers=auth(server, token))
    assert response.status_code == 200, response.text
    body: dict[str, object] = response.json()
    return body


def download(server: LiveServer, token: str, sha: str, **headers: str) -> httpx.Response:
    return httpx.get(
        f"{server.base_url}/photos/v1/{sha}", headers={**auth(server, token), **headers}
    )


def patch_head(
    server: LiveServer, token: str, sha: str, *, offset: int, length: int, body_length: int
) -> bytes:
    """The head of a photo PATCH as raw bytes, for tests that then send its body by hand."""
    address = urlsplit(server.base_url)
    return (
        f"PATCH /photos/v1/{sha} HTTP/1.1\r\nHost: {address.netloc}\r\n"
        + "".join(f"{k}: {v}\r\n" for k, v in auth(server, token).items())
        + f"Upload-Offset: {offset}\r\nUpload-Length: {length}\r\n"
        + "Content-Type: application/offset+octet-stream\r\n"
        + f"Content-Length: {body_length}\r\n\r\n"
    ).encode()


def cut_upload(
    server: LiveServer, token: str, sha: str, data: bytes, *, offset: int, length: int, sent: int
) -> None:
    """A PATCH announcing all of ``data`` whose connection dies after ``sent`` body bytes, the
    way a village link drops mid-request."""
    address = urlsplit(server.base_url)
    head = patch_head(server, token, sha, offset=offset, length=length, body_length=len(data))
    with socket.create_connection((address.hostname, address.port)) as connection:
        connection.sendall(head + data[:sent])
        time.sleep(0.3)  # let the server take in what arrived before the line goes dead


def photo_of_visit(server: LiveServer, author: User, cooperative: str, sha: str) -> None:
    laptop = server.laptop(author)
    visit = laptop.create("visit", visit_fields(cooperative))
    link = laptop.create("photo", {"parent_id": visit["record_id"], "sha256": sha})
    assert [r["status"] for r in laptop.push(visit, link)] == ["applied", "applied"]


# --- uploading ------------------------------------------------------------------------------


def test_interrupted_upload_resumes_where_it_stopped(server: LiveServer) -> None:
    token = server.token(server.user(Role.BA))
    photo = jpeg(1, 600, 500)
    sha = sha_of(photo)
    assert status(server, token, sha) == {
        "sha256": sha, "complete": False, "offset": 0, "max_size": TEST_MAX_PHOTO,
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
    assert done.headers["Server-Timing"].startswith("photo;dur=")  # its work after the last byte
    assert status(server, token, sha)["complete"] is True


def test_bytes_of_a_request_cut_midway_count(server: LiveServer) -> None:
    token = server.token(server.user(Role.BA))
    photo = jpeg(2, 600, 500)
    sha = sha_of(photo)
    cut_upload(server, token, sha, photo, offset=0, length=len(photo), sent=70_000)
    held = int(str(status(server, token, sha)["offset"]))
    assert held == 70_000  # every byte that arrived was kept
    cut_upload(server, token, sha, photo[held:], offset=held, length=len(photo), sent=50_000)
    held = int(str(status(server, token, sha)["offset"]))
    assert held == 120_000
    done = send(server, token, sha, photo[held:], offset=held, length=len(photo))
    assert done.json() == {"sha256": sha, "complete": True, "offset": len(photo)}
    assert download(server, token, sha).content == photo


def test_many_statuses_in_one_round_trip(server: LiveServer) -> None:
    token = server.token(server.user(Role.BA))
    done, started = jpeg(3), jpeg(4)
    upload_whole(server, token, done)
    send(server, token, sha_of(started), started[:1000], offset=0, length=len(started))
    never = sha_of(b"never sent")
    answer = httpx.post(
        f"{server.base_url}/photos/v1/status",
        json={"sha256s": [sha_of(done), sha_of(started), never, sha_of(done)]},
        headers=auth(server, token),
    )
    assert answer.status_code == 200, answer.text
    assert [(p["complete"], p["offset"]) for p in answer.json()["photos"]] == [
        (True, 0), (False, 1000), (False, 0),
    ]  # fmt: skip
    too_many = httpx.post(
        f"{server.base_url}/photos/v1/status",
        json={"sha256s": [never] * 501},
        headers=auth(server, token),
    )
    assert too_many.status_code == 422


def test_bytes_that_do_not_match_their_hash_never_count(server: LiveServer) -> None:
    token = server.token(server.user(Role.BA))
    photo = jpeg(5)
    claimed = sha_of(b"another photo")
    response = send(server, token, claimed, photo, offset=0, length=len(photo))
    assert response.status_code == 422
    assert response.json()["code"] == "hash_mismatch"
    assert status(server, token, claimed)["offset"] == 0


def test_only_jpeg_pictures_become_photos(server: LiveServer) -> None:
    token = server.token(server.user(Role.BA))
    html = b"<html><script>alert(1)</script></html>" * 10
    refused = send(server, token, sha_of(html), html, offset=0, length=len(html))
    assert refused.status_code == 415
    assert refused.json()["code"] == "not_an_image"
    assert status(server, token, sha_of(html))["offset"] == 0  # not even the first piece kept
    # A JPEG header on garbage gets as far as the end, then is refused and thrown away.
    disguised = b"\xff\xd8\xff\xe0" + random.Random(6).randbytes(20_000)
    sha = sha_of(disguised)
    assert send(server, token, sha, disguised[:9000], offset=0, length=len(disguised)).is_success
    last = send(server, token, sha, disguised[9000:], offset=9000, length=len(disguised))
    assert last.status_code == 415
    assert status(server, token, sha) == {
        "sha256": sha, "complete": False, "offset": 0, "max_size": TEST_MAX_PHOTO,
    }  # fmt: skip
    png = io.BytesIO()
    Image.new("RGB", (50, 50)).save(png, "PNG")
    as_png = png.getvalue()
    refused = send(server, token, sha_of(as_png), as_png, offset=0, length=len(as_png))
    assert refused.status_code == 415


def test_photo_size_limits_and_bad_headers(server: LiveServer) -> None:
    token = server.token(server.user(Role.BA))
    sha = sha_of(b"x")
    assert send(server, token, sha, b"x", offset=0, length=3 * 1024 * 1024).status_code == 413
    assert send(server, token, sha, b"xx", offset=0, length=1).status_code == 400
    bad = httpx.patch(
        f"{server.base_url}/photos/v1/{sha}", content=b"x", headers=auth(server, token)
    )
    assert bad.status_code == 400
    not_hex = httpx.get(f"{server.base_url}/photos/v1/NOTAHASH/status", headers=auth(server, token))
    assert not_hex.status_code == 422
    squeezed = httpx.patch(
        f"{server.base_url}/photos/v1/{sha}",
        content=b"x",
        headers={**auth(server, token), "Upload-Offset": "0", "Upload-Length": "1",
                 "Content-Encoding": "gzip"},
    )  # fmt: skip
    assert squeezed.status_code == 415


def test_numeric_headers_take_ascii_digits_only(server: LiveServer) -> None:
    token = server.token(server.user(Role.BA))
    photo = jpeg(7)
    sha = sha_of(photo)
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
    upload_whole(server, token, photo)
    # A malformed number is a bad request (400); a well-formed range not served here is 416.
    for bad_range, status in (
        ("bytes=²-", 400),
        ("bytes=x-", 400),
        ("bytes=0-1", 416),
        ("items=0-", 416),
        ("bytes=-5", 416),
        (f"bytes={len(photo)}-", 416),
    ):
        response = httpx.get(
            f"{server.base_url}/photos/v1/{sha}",
            headers={**auth(server, token), "Range": bad_range.encode()},
        )
        assert response.status_code == status, (bad_range, response.text)  # fmt: skip


# --- who sees a photo ------------------------------------------------------------------------


def test_download_only_within_scope_and_resumable(server: LiveServer) -> None:
    cooperative = server.cooperative()
    author, outsider = server.user(Role.BA), server.user(Role.BA)
    pmo = server.user(Role.PMO, kabupaten=[SAMBAS])
    server.assign(author, cooperative)
    photo = jpeg(8, 300, 200)
    sha = sha_of(photo)
    photo_of_visit(server, author, cooperative, sha)
    upload_whole(server, server.token(author), photo)
    for user in (author, pmo):
        response = download(server, server.token(user), sha)
        assert response.status_code == 200
        assert response.content == photo
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Content-Type"] == "image/jpeg"
        assert status(server, server.token(user), sha)["complete"] is True
    # Outside the scope: no bytes, and the status does not even say the server has it.
    assert download(server, server.token(outsider), sha).status_code == 404
    assert status(server, server.token(outsider), sha)["complete"] is False
    rest = download(server, server.token(pmo), sha, Range="bytes=3000-")
    assert rest.status_code == 206
    assert rest.content == photo[3000:]
    assert rest.headers["Content-Range"] == f"bytes 3000-{len(photo) - 1}/{len(photo)}"
    assert httpx.get(f"{server.base_url}/photos/v1/{sha}", headers=VERSION_HEADERS).status_code == (
        401
    )


def test_knowing_a_hash_is_not_enough_to_get_the_photo(server: LiveServer) -> None:
    """Someone links a hash they saw to their own visit: they, and those who see that visit, get
    nothing until they send the photo's bytes themselves."""
    victim_coop, thief_coop = server.cooperative(SAMBAS), server.cooperative(MEMPAWAH)
    victim, thief = server.user(Role.BA), server.user(Role.BA)
    thiefs_pmo = server.user(Role.PMO, kabupaten=[MEMPAWAH])
    server.assign(victim, victim_coop)
    server.assign(thief, thief_coop)
    photo = jpeg(9, 300, 200)
    sha = sha_of(photo)
    photo_of_visit(server, victim, victim_coop, sha)
    upload_whole(server, server.token(victim), photo)

    photo_of_visit(server, thief, thief_coop, sha)  # linking is allowed: it grants nothing
    for user in (thief, thiefs_pmo):
        token = server.token(user)
        assert status(server, token, sha)["complete"] is False
        assert download(server, token, sha).status_code == 404
    # Sending the bytes once proves the account has the photo; then its records show it.
    thief_token = server.token(thief)
    assert send(server, thief_token, sha, photo, offset=0, length=len(photo)).json()["complete"]
    assert download(server, thief_token, sha).content == photo
    assert download(server, server.token(thiefs_pmo), sha).content == photo


def test_status_of_many_photos_respects_scope(server: LiveServer) -> None:
    cooperative = server.cooperative()
    author, outsider = server.user(Role.BA), server.user(Role.BA)
    server.assign(author, cooperative)
    photo = jpeg(10)
    sha = sha_of(photo)
    photo_of_visit(server, author, cooperative, sha)
    upload_whole(server, server.token(author), photo)
    answer = httpx.post(
        f"{server.base_url}/photos/v1/status",
        json={"sha256s": [sha]},
        headers=auth(server, server.token(outsider)),
    )
    assert answer.json()["photos"][0]["complete"] is False


def test_thumbnails_for_those_who_may_see_the_photo(server: LiveServer) -> None:
    import base64

    cooperative = server.cooperative()
    author, outsider = server.user(Role.BA), server.user(Role.BA)
    server.assign(author, cooperative)
    photo = jpeg(11, 800, 600)
    sha = sha_of(photo)
    photo_of_visit(server, author, cooperative, sha)
    upload_whole(server, server.token(author), photo)
    never = sha_of(b"not stored")

    def previews(user: User) -> list[dict[str, str]]:
        answer = httpx.post(
            f"{server.base_url}/photos/v1/thumbnails",
            json={"sha256s": [sha, never]},
            headers=auth(server, server.token(user)),
        )
        assert answer.status_code == 200, answer.text
        found: list[dict[str, str]] = answer.json()["thumbnails"]
        return found

    [preview] = previews(author)
    assert preview["sha256"] == sha
    picture = Image.open(io.BytesIO(base64.b64decode(preview["jpeg"])))
    assert picture.format == "JPEG"
    assert max(picture.size) == 160
    assert len(base64.b64decode(preview["jpeg"])) < len(photo) / 10
    assert previews(outsider) == []
