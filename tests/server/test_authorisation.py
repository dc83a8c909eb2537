"""Authorisation matrix: every endpoint × role × inside or outside the caller's scope."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

import httpx
import pytest

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.server.models import User
from tests.server.helpers import MEMPAWAH, SAMBAS, VERSION_HEADERS, Laptop, LiveServer
from tests.server.test_photos import jpeg
from tests.server.test_push import complete_visit, visit_fields


@dataclass
class Area:
    """One Sambas cooperative with a BA's submitted visit and its photo."""

    cooperative: str
    author: Laptop
    photo_sha: str


def build_area(server: LiveServer) -> Area:
    cooperative = server.cooperative(SAMBAS)
    author = server.user(Role.BA)
    server.assign(author, cooperative)
    laptop = server.laptop(author)
    photo = jpeg(int.from_bytes(os.urandom(4)), 60, 40)
    sha = hashlib.sha256(photo).hexdigest()
    visit = laptop.create("visit", complete_visit(cooperative))
    results = laptop.push(
        visit,
        laptop.create("photo", {"parent_id": visit["record_id"], "sha256": sha}),
        laptop.set_status(visit["record_id"], "draft", "submitted"),
    )
    assert [r["status"] for r in results] == ["applied"] * 3
    headers = {**VERSION_HEADERS, "Authorization": f"Bearer {server.token(author)}",
               "Upload-Offset": "0", "Upload-Length": str(len(photo))}  # fmt: skip
    sent = httpx.patch(f"{server.base_url}/photos/v1/{sha}", content=photo, headers=headers)
    assert sent.json()["complete"] is True
    return Area(cooperative, laptop, sha)


# role → (sees the area, may edit its profile and log visits, may review, may add a
# cooperative in Sambas, may delete a cooperative)
MATRIX = {
    "ba_assigned": (True, True, False, False, False),
    "ba_elsewhere": (False, False, False, False, False),
    "pmo_of_area": (True, True, True, True, False),
    "pmo_elsewhere": (False, False, False, False, False),
    "admin": (True, True, True, True, True),
}


def make_user(server: LiveServer, area: Area, who: str) -> User:
    if who == "ba_assigned":
        user = server.user(Role.BA)
        server.assign(user, area.cooperative)
        return user
    if who == "ba_elsewhere":
        user = server.user(Role.BA)
        server.assign(user, server.cooperative(SAMBAS))
        return user
    if who == "pmo_of_area":
        return server.user(Role.PMO, kabupaten=[SAMBAS])
    if who == "pmo_elsewhere":
        return server.user(Role.PMO, kabupaten=[MEMPAWAH])
    return server.user(Role.ADMIN)


@pytest.mark.parametrize("who", list(MATRIX))
def test_authorisation_matrix(server: LiveServer, who: str) -> None:
    sees, edits, reviews, creates_cooperative, deletes_cooperative = MATRIX[who]
    area = build_area(server)
    user = make_user(server, area, who)
    laptop = server.laptop(user)
    in_scope_reason = "applied" if edits else "out_of_scope"

    # pull: the cooperative, its visit, photo and review history, or nothing of them
    laptop.pull(limit=2000)
    visible = {c["cooperative_id"] for c in laptop.records.values()}
    assert (area.cooperative in visible) is sees

    # push: profile edit, new visit, new officer
    results = laptop.push(
        laptop.patch("cooperative", area.cooperative, {"notes": f"catatan {who}"}),
        laptop.create("visit", visit_fields(area.cooperative)),
        laptop.create("officer", {"cooperative_id": area.cooperative, "name": "Ibu Rina"}),
    )
    assert [r["status"] if r["status"] == "applied" else r["reason"] for r in results] == [
        in_scope_reason
    ] * 3

    # push: review intent on the author's submitted visit
    area.author.pull(limit=2000)
    visit_id = next(
        rid for rid, rec in area.author.of_type("visit").items()
        if rec["fields"]["status"] == "submitted"
    )  # fmt: skip
    review = laptop.push(laptop.set_status(visit_id, "submitted", "approved"))[0]
    expected_review = "applied" if reviews else ("not_allowed" if sees else "out_of_scope")
    assert (review["status"] if review["status"] == "applied" else review["reason"]) == (
        expected_review
    )

    # push: somebody else's single-author visit is never editable, whatever the role
    foreign_edit = laptop.push(laptop.patch("visit", visit_id, {"findings": "diubah"}))[0]
    assert foreign_edit["status"] == "rejected"

    # push: add a cooperative in Sambas; delete one
    village = server.village(SAMBAS)
    created = laptop.push(
        laptop.create("cooperative", {"name": "Koperasi Baru", "village_code": village})
    )[0]
    if creates_cooperative:
        assert created["status"] == "applied"
    else:
        assert created["reason"] in ("not_allowed", "out_of_scope")
    deleted = laptop.push(laptop.delete("cooperative", area.cooperative))[0]
    if deletes_cooperative:
        assert deleted["status"] == "applied"
    else:
        assert deleted["reason"] in ("not_allowed", "out_of_scope")

    # photos: status, previews and download only where the photo is in scope
    headers = {**VERSION_HEADERS, "Authorization": f"Bearer {server.token(user)}"}
    photo_url = f"{server.base_url}/photos/v1/{area.photo_sha}"
    assert httpx.get(f"{photo_url}/status", headers=headers).json()["complete"] is sees
    download = httpx.get(photo_url, headers=headers)
    assert download.status_code == (200 if sees else 404)
    previews = httpx.post(
        f"{server.base_url}/photos/v1/thumbnails",
        json={"sha256s": [area.photo_sha]},
        headers=headers,
    ).json()["thumbnails"]
    assert len(previews) == (1 if sees else 0)


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "/sync/v1/push"),
        ("POST", "/sync/v1/pull"),
        ("GET", f"/photos/v1/{'a' * 64}/status"),
        ("POST", "/photos/v1/status"),
        ("POST", "/photos/v1/thumbnails"),
        ("PATCH", f"/photos/v1/{'a' * 64}"),
        ("GET", f"/photos/v1/{'a' * 64}"),
    ],
)
def test_every_data_endpoint_needs_a_token(server: LiveServer, method: str, path: str) -> None:
    body = {"client_id": new_id(), "mutations": []} if path.endswith("push") else None
    if path.endswith("pull"):
        body = {"client_id": new_id()}
    if path in ("/photos/v1/status", "/photos/v1/thumbnails"):
        body = {"sha256s": ["a" * 64]}
    response = httpx.request(method, f"{server.base_url}{path}", json=body, headers=VERSION_HEADERS)
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == "Bearer"
