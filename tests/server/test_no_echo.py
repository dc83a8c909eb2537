"""No echo (protocol 2): a pull leaves out what the pulling laptop sent and holds exactly, and
still brings everything else: the server's own records, values it kept or changed, other
people's later edits, and everything to a copy of the laptop that never got the push answer."""

from __future__ import annotations

from typing import Any

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.sync.protocol import MAX_OWN_VERSIONS
from tests.server.helpers import Laptop, LiveServer
from tests.server.test_push import ba_with_cooperative, complete_visit


def _types(changes: list[dict[str, Any]]) -> dict[str, str]:
    return {change["record_id"]: change["record_type"] for change in changes}


def _pushed_version(laptop: Laptop, *mutations: dict[str, Any]) -> int:
    results = laptop.push(*mutations)
    assert {result["status"] for result in results} == {"applied"}, results
    return int(results[-1]["version"])


def test_own_records_stay_home_and_the_review_comment_the_server_wrote_arrives(
    server: LiveServer,
) -> None:
    laptop, cooperative = ba_with_cooperative(server)
    laptop.pull()
    before = laptop.cursor
    visit = laptop.create("visit", {**complete_visit(cooperative), "author_id": laptop.user.id})
    phone = laptop.patch("cooperative", cooperative, {"phone": "0812-555-0101"})
    submit = laptop.set_status(visit["record_id"], "draft", "submitted")
    submit["fields"] = {"status": "submitted"}
    version = _pushed_version(laptop, visit, phone, submit)

    received = _types(laptop.pull(own_versions=[version]))

    assert list(received.values()) == ["review_comment"], received
    comment = laptop.records[next(iter(received))]["fields"]
    assert comment["visit_id"] == visit["record_id"]
    assert comment["to_status"] == "submitted"

    # A copy of this laptop that never got the push answer names no version: it gets it all.
    laptop.cursor = before
    copy = _types(laptop.pull())
    assert sorted(copy.values()) == ["cooperative", "review_comment", "visit"]


def test_a_record_the_server_did_not_store_as_sent_comes_back(server: LiveServer) -> None:
    laptop, cooperative = ba_with_cooperative(server)
    other = server.laptop(server.user(Role.BA))
    server.assign(other.user, cooperative)
    laptop.pull()
    other.pull()
    # Someone else fills in the notes; this laptop, not knowing it, empties them.
    other.push(other.patch("cooperative", cooperative, {"notes": "RAT bulan Maret"}))
    emptied = laptop.patch("cooperative", cooperative, {"notes": "", "phone": "0812-1"})
    # The server fills in the author, and stores text with LF line ends; the last visit is
    # stored as sent (a laptop sends every field that is not empty: a draft says so).
    no_author = laptop.create("visit", complete_visit(cooperative))
    crlf = laptop.create(
        "visit",
        {**complete_visit(cooperative), "author_id": laptop.user.id, "findings": "a\r\nb"},
    )
    exact = laptop.create(
        "visit", {**complete_visit(cooperative), "author_id": laptop.user.id, "status": "draft"}
    )
    version = _pushed_version(laptop, emptied, no_author, crlf, exact)

    received = laptop.pull(own_versions=[version])

    assert set(_types(received)) == {cooperative, no_author["record_id"], crlf["record_id"]}
    assert laptop.records[cooperative]["fields"]["notes"] == "RAT bulan Maret"
    assert laptop.records[cooperative]["fields"]["phone"] == "0812-1"
    assert laptop.records[no_author["record_id"]]["fields"]["author_id"] == laptop.user.id
    assert laptop.records[crlf["record_id"]]["fields"]["findings"] == "a\nb"


def test_a_later_edit_by_someone_else_brings_the_record(server: LiveServer) -> None:
    laptop, cooperative = ba_with_cooperative(server)
    other = server.laptop(server.user(Role.BA))
    server.assign(other.user, cooperative)
    laptop.pull()
    other.pull()
    mine = _pushed_version(laptop, laptop.patch("cooperative", cooperative, {"phone": "0812-2"}))
    other.push(other.patch("cooperative", cooperative, {"member_count": 44}))

    laptop.pull(own_versions=[mine])

    fields = laptop.records[cooperative]["fields"]
    assert (fields["phone"], fields["member_count"]) == ("0812-2", 44)


def test_versions_of_another_client_or_a_first_download_leave_nothing_out(
    server: LiveServer,
) -> None:
    laptop, cooperative = ba_with_cooperative(server)
    second = server.laptop(laptop.user)  # another install of the same account
    laptop.pull()
    second.pull()
    version = _pushed_version(laptop, laptop.patch("cooperative", cooperative, {"phone": "0812-3"}))
    # The other install naming that version: not its write, so it is sent.
    assert cooperative in _types(second.pull(own_versions=[version]))
    # A first download sends everything, whatever the request names.
    fresh = server.laptop(laptop.user, client_id=laptop.client_id)
    assert cooperative in _types(fresh.pull(own_versions=[version]))


def test_a_deleted_record_is_always_sent(server: LiveServer) -> None:
    laptop, cooperative = ba_with_cooperative(server)
    visit = laptop.create("visit", {**complete_visit(cooperative), "author_id": laptop.user.id})
    laptop.push(visit)
    laptop.pull()
    version = _pushed_version(laptop, laptop.delete("visit", visit["record_id"]))
    received = laptop.pull(own_versions=[version])
    assert [(c["record_id"], c["deleted"]) for c in received] == [(visit["record_id"], True)]


def test_too_many_own_versions_is_a_clear_refusal(server: LiveServer) -> None:
    laptop, _cooperative = ba_with_cooperative(server)
    laptop.pull()
    response = laptop.pull_page(laptop.cursor, own_versions=list(range(1, MAX_OWN_VERSIONS + 2)))
    assert response.status_code == 422
    assert response.json()["code"] == "invalid_request"


def test_a_pull_of_several_pages_counts_only_what_it_brings(server: LiveServer) -> None:
    """``total_changes`` (progress) leaves out the records no echo leaves out: the count on the
    first page equals the changes the pages then bring."""
    laptop, cooperative = ba_with_cooperative(server)
    other = server.laptop(server.user(Role.BA))
    server.assign(other.user, cooperative)
    laptop.pull()
    other.pull()
    mine = [
        laptop.create("visit", {**complete_visit(cooperative), "author_id": laptop.user.id,
                                "status": "draft"})
        for _ in range(6)
    ]  # fmt: skip
    version = _pushed_version(laptop, *mine)
    for number in range(3):
        other.push(other.patch("cooperative", cooperative, {"member_count": 40 + number}))
    other.push(other.create("visit", {**complete_visit(cooperative), "author_id": other.user.id}))

    pages = list(laptop.pages(limit=2, own_versions=[version]))

    brought = sum(len(page["changes"]) for page in pages)
    assert len(pages) > 1
    assert brought == 2  # the cooperative (edited three times) and the other BA's visit
    assert pages[0]["total_changes"] == brought
