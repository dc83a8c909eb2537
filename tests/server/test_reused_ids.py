"""A mutation id reused for different content is never answered "duplicate".

A laptop database put back from a backup (or copied to a second laptop) numbers new edits from
an old count; the server keeps a digest of each consumed mutation to tell a resend from them.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.server.compaction import compact
from kopdes_desktop.server.models import AppliedMutation, RecordRow
from kopdes_desktop.sync.protocol import Mutation, mutation_digest
from tests.server.helpers import Laptop, LiveServer
from tests.server.test_push import ba_with_cooperative, visit_fields


def restored_copy(server: LiveServer, laptop: Laptop, *, next_mutation_id: int) -> Laptop:
    """The same client id and account, counting again from an older number."""
    copy = server.laptop(laptop.user, client_id=laptop.client_id)
    copy.next_mutation_id = next_mutation_id
    return copy


def stored_row(server: LiveServer, client_id: str, mutation_id: int) -> AppliedMutation | None:
    with server.db.read() as session:
        return session.get(AppliedMutation, (client_id, mutation_id))


def test_a_different_mutation_under_a_consumed_id_is_refused_naming_how_far_it_matched(
    server: LiveServer,
) -> None:
    laptop, cooperative = ba_with_cooperative(server)
    first = laptop.create("visit", visit_fields(cooperative, findings="A"))
    second = laptop.create("visit", visit_fields(cooperative, findings="B"))
    assert [r["status"] for r in laptop.push(first, second)] == ["applied", "applied"]

    copy = restored_copy(server, laptop, next_mutation_id=2)  # restored when only A had been made
    third = copy.create("visit", visit_fields(cooperative, findings="C"))
    response = copy.push_raw([first, third])
    assert response.status_code == 409
    body = response.json()
    assert body["code"] == "mutation_id_reused"
    assert (body["matched_mutation_id"], body["last_mutation_id"]) == (1, 2)
    assert [(r["mutation_id"], r["duplicate"]) for r in body["results"]] == [(1, True)]
    with server.db.read() as session:
        assert session.get(RecordRow, third["record_id"]) is None  # nothing of it applied

    alone = copy.push_raw([third])  # the reused id first: nothing matched
    assert alone.status_code == 409
    assert (alone.json()["matched_mutation_id"], alone.json()["results"]) == (1, [])

    again = laptop.push(first, second)  # the laptop that really sent them: plain duplicates
    assert [r["duplicate"] for r in again] == [True, True]


def test_the_digest_covers_every_part_of_the_mutation_but_its_id(server: LiveServer) -> None:
    laptop, cooperative = ba_with_cooperative(server)
    sent = laptop.create("visit", visit_fields(cooperative, findings="A"))
    laptop.push(sent)
    row = stored_row(server, laptop.client_id, 1)
    assert row is not None
    assert row.digest == mutation_digest(Mutation.model_validate(sent))
    variants: list[dict[str, Any]] = [
        {"fields": visit_fields(cooperative, findings="a")},
        {"device_time": "2026-11-28T08:00:01+07:00"},
        {"record_id": laptop.create("visit", {})["record_id"]},
        {"base_versions": {"findings": 3}},
        {"schema_version": 2},
    ]
    for change in variants:
        response = laptop.push_raw([{**sent, **change}])
        assert response.status_code == 409, change
        assert response.json()["code"] == "mutation_id_reused"


def test_digests_outlive_compaction_and_old_rows_without_one_answer_as_before(
    server: LiveServer,
) -> None:
    ba = server.user(Role.BA)
    cooperative = server.cooperative()
    server.assign(ba, cooperative)
    laptop = server.laptop(ba)
    kept = laptop.create("visit", visit_fields(cooperative, findings="lama"))
    legacy = laptop.create("visit", visit_fields(cooperative, findings="sebelum digest"))
    laptop.push(kept, legacy)
    with server.db.write() as session:  # as migration 0002 left rows consumed before it
        session.execute(
            update(AppliedMutation)
            .where(AppliedMutation.client_id == laptop.client_id, AppliedMutation.mutation_id == 2)
            .values(digest=None)
        )
    with server.db.write() as session:
        compact(session, keep_days=0)

    compacted = stored_row(server, laptop.client_id, 1)
    assert compacted is not None
    assert (compacted.result, compacted.digest is not None) == (None, True)
    assert stored_row(server, laptop.client_id, 2) is None  # no digest: nothing worth keeping

    resend = laptop.push(kept)
    assert (resend[0]["duplicate"], resend[0]["message"]) == (
        True,
        "consumed long ago; result no longer kept",
    )
    copy = restored_copy(server, laptop, next_mutation_id=1)
    other = copy.create("visit", visit_fields(cooperative, findings="baru"))
    assert copy.push_raw([other]).json()["code"] == "mutation_id_reused"
    # Without a digest the server cannot tell; it answers as it always did.
    unknown = copy.create("visit", visit_fields(cooperative, findings="tak terbedakan"))
    assert copy.push_raw([unknown]).json()["results"][0]["duplicate"] is True
    with server.db.read() as session:
        ids = [other["record_id"], unknown["record_id"]]
        assert list(session.scalars(select(RecordRow).where(RecordRow.record_id.in_(ids)))) == []
