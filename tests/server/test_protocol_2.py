"""Protocol 2 on the wire: bodies coded with the shared zstd dictionary both ways, default
values left out, pulled field versions listed only where they differ; protocol 1 unchanged."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.sync import wire_codec
from kopdes_desktop.sync.protocol import (
    Change,
    Mutation,
    PullPage,
    PushRequest,
    expand_change,
    mutation_digest,
    request_json,
)
from tests.server.helpers import PROTOCOL_2_HEADERS, VERSION_HEADERS, LiveServer
from tests.server.test_push import ba_with_cooperative, complete_visit

CODED = {**PROTOCOL_2_HEADERS, "Accept-Encoding": f"{wire_codec.CODING}, gzip"}


def _post(
    server: LiveServer, token: str, path: str, body: dict[str, Any], **headers: str
) -> httpx.Response:
    raw = json.dumps(body).encode()
    return httpx.post(
        f"{server.base_url}{path}",
        content=wire_codec.compress(raw),
        headers={
            **CODED,
            "Authorization": f"Bearer {token}",
            "Content-Type": "application/json",
            "Content-Encoding": wire_codec.CODING,
            **headers,
        },
        timeout=30,
    )


def _read(response: httpx.Response) -> Any:
    assert response.headers.get("content-encoding") == wire_codec.CODING, response.headers
    body = wire_codec.decompress(response.content, 10**8)
    assert body is not None
    return json.loads(body)


def test_a_push_and_a_pull_in_protocol_2_bodies(server: LiveServer) -> None:
    laptop, cooperative = ba_with_cooperative(server)
    laptop.pull()
    token = server.token(laptop.user)
    mutations = [
        laptop.create("visit", {**complete_visit(cooperative), "author_id": laptop.user.id})
        for _ in range(3)
    ]
    push = _post(
        server, token, "/sync/v1/push", {"client_id": laptop.client_id, "mutations": mutations}
    )
    assert push.status_code == 200, push.text
    answer = _read(push)
    assert [r["status"] for r in answer["results"]] == ["applied"] * 3
    # Defaults are left out: no null reason, no empty message, issues or conflict list.
    assert set(answer["results"][0]) == {"mutation_id", "status", "version"}

    other = server.laptop(server.user(Role.BA))
    server.assign(other.user, cooperative)
    page = _read(
        _post(
            server,
            server.token(other.user),
            "/sync/v1/pull",
            {"client_id": other.client_id, "cursor": None, "limit": 500},
        )
    )
    visits = [c for c in page["changes"] if c["record_type"] == "visit"]
    assert len(visits) == 3
    assert all("field_versions" not in c and "deleted" not in c for c in visits)
    expanded = PullPage.model_validate(page).changes
    full = Change.model_validate(expand_change(next(c for c in expanded if c in visits)))
    assert set(full.field_versions) == set(full.fields or {})
    assert set(full.field_versions.values()) == {full.version}


def test_protocol_1_answers_are_as_before(server: LiveServer) -> None:
    laptop, cooperative = ba_with_cooperative(server)
    response = laptop.http.post(
        "/sync/v1/pull",
        json={"client_id": laptop.client_id, "cursor": None},
        headers={**VERSION_HEADERS, "Accept-Encoding": "gzip"},
    )
    assert response.headers.get("content-encoding") in (None, "gzip")
    change = next(c for c in response.json()["changes"] if c["record_id"] == cooperative)
    assert change["deleted"] is False
    assert set(change["field_versions"]) == set(change["fields"])


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b"\x28\xb5\x2f\xfd not really zstd", 400),
        (wire_codec.compress(b"{}" + b" " * (9 * 1024 * 1024)), 413),  # inflates past 8 MiB
    ],
)
def test_damaged_or_inflating_coded_bodies_are_refused(
    server: LiveServer, body: bytes, status: int
) -> None:
    laptop, _cooperative = ba_with_cooperative(server)
    response = httpx.post(
        f"{server.base_url}/sync/v1/push",
        content=body,
        headers={
            **CODED,
            "Authorization": f"Bearer {server.token(laptop.user)}",
            "Content-Type": "application/json",
            "Content-Encoding": wire_codec.CODING,
        },
    )
    assert response.status_code == status
    assert response.json()["code"] in ("invalid_request", "too_large")


def test_a_lean_mutation_reads_back_identical_with_the_same_digest() -> None:
    mutation = Mutation(
        mutation_id=7,
        record_type="visit",
        record_id="01a22d20-fbd1-7e0f-9fc9-ad22f067adea",
        op="patch",
        fields={"people_count": 4},
        base_versions={"people_count": 12},
        device_time="2026-11-30T08:00:00.000+00:00",
    )
    request = PushRequest(client_id="c", mutations=[mutation])
    lean = json.loads(request_json(request, 2))
    assert "intent" not in lean["mutations"][0]
    assert "intent_args" not in lean["mutations"][0]
    assert lean["mutations"][0]["schema_version"] == mutation.schema_version
    back = PushRequest.model_validate(lean).mutations[0]
    assert back == mutation
    assert mutation_digest(back) == mutation_digest(mutation)
    assert json.loads(request_json(request, 1))["mutations"][0]["intent"] is None


def test_a_change_the_laptop_cannot_read_is_passed_on_as_it_came() -> None:
    odd = {"record_type": "visit", "record_id": "x", "version": "seven", "fields": {"a": 1}}
    assert expand_change(odd) == odd
    listed = {"record_type": "visit", "record_id": "x", "version": 9, "fields": {"a": 1, "b": 2},
              "field_versions": {"b": 3, "c": 4}}  # fmt: skip
    assert expand_change(listed)["field_versions"] == {"a": 9, "b": 3, "c": 4}
