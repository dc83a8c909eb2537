"""Field merge with conflict records, paged pulls, scope changes, tombstones and resets."""

from __future__ import annotations

import json
import threading

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.server.compaction import compact
from tests.server.helpers import MEMPAWAH, SAMBAS, Laptop, LiveServer
from tests.server.test_push import visit_fields


def test_concurrent_edits_of_one_field_keep_one_value_and_record_the_clash(
    server: LiveServer,
) -> None:
    cooperative = server.cooperative(member_count=20)
    first_ba, second_ba = server.user(Role.BA, name="Ani"), server.user(Role.BA, name="Budi")
    pmo = server.user(Role.PMO, kabupaten=[SAMBAS])
    server.assign(first_ba, cooperative)
    server.assign(second_ba, cooperative)
    one, two, supervisor = server.laptop(first_ba), server.laptop(second_ba), server.laptop(pmo)
    one.pull()
    two.pull()
    # Both edit member_count from the same base; each also edits a field of their own.
    edits = {
        one: one.patch("cooperative", cooperative, {"member_count": 25, "phone": "0812 555 111"}),
        two: two.patch("cooperative", cooperative, {"member_count": 31, "notes": "RAT Maret"}),
    }
    barrier = threading.Barrier(2)
    results: dict[str, list[dict[str, object]]] = {}

    def send(laptop_name: str) -> None:
        laptop = one if laptop_name == "one" else two
        barrier.wait()
        results[laptop_name] = laptop.push(edits[laptop])

    threads = [threading.Thread(target=send, args=(name,)) for name in ("one", "two")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results["one"][0]["status"] == results["two"][0]["status"] == "applied"
    later = "one" if results["one"][0]["version"] > results["two"][0]["version"] else "two"
    assert results[later][0]["conflict_ids"], "the later arrival records the clash"
    for laptop in (one, two, supervisor):
        laptop.pull()
        profile = laptop.records[cooperative]["fields"]
        assert profile["member_count"] == (25 if later == "one" else 31)  # later arrival wins
        assert profile["phone"] == "0812 555 111"  # neither edit lost
        assert profile["notes"] == "RAT Maret"
        conflicts = [
            c["fields"] for c in laptop.of_type("conflict").values()
            if c["fields"]["record_id"] == cooperative
        ]  # fmt: skip
        assert len(conflicts) == 1
        conflict = conflicts[0]
        assert conflict["field_name"] == "member_count"
        assert {json.loads(conflict["kept_value"]), json.loads(conflict["other_value"])} == {25, 31}
        assert {conflict["kept_author"], conflict["other_author"]} == {"Ani", "Budi"}


def test_edit_based_on_the_current_version_is_not_a_conflict(server: LiveServer) -> None:
    cooperative = server.cooperative()
    first, second = server.user(Role.BA), server.user(Role.BA)
    server.assign(first, cooperative)
    server.assign(second, cooperative)
    one, two = server.laptop(first), server.laptop(second)
    one.pull()
    assert (
        one.push(one.patch("cooperative", cooperative, {"nib": "1234567890123"}))[0]["conflict_ids"]
        == []
    )
    two.pull()  # sees the first edit, so its own is based on it
    result = two.push(two.patch("cooperative", cooperative, {"nib": "9876543210987"}))[0]
    assert result["status"] == "applied"
    assert result["conflict_ids"] == []
    # The same laptop editing its own value twice is no clash either.
    again = two.push(two.patch("cooperative", cooperative, {"nib": "1111111111111"}))[0]
    assert again["conflict_ids"] == []


def test_pull_pages_stop_at_the_target_fixed_by_the_first_page(server: LiveServer) -> None:
    ba = server.user(Role.BA)
    cooperatives = [server.cooperative() for _ in range(3)]
    server.assign(ba, *cooperatives)
    author = server.laptop(ba)
    author.push(*[author.create("visit", visit_fields(cooperatives[i % 3])) for i in range(12)])
    reader = server.laptop(ba)
    first = reader.pull_page(None, limit=5).json()
    assert first["has_more"]
    late = author.create("visit", visit_fields(cooperatives[0]))
    author.push(late)  # committed while the reader is paging
    seen = [c["record_id"] for c in first["changes"]]
    cursor = first["cursor"]
    while True:
        page = reader.pull_page(cursor, limit=5).json()
        assert page["target_version"] == first["target_version"]
        seen += [c["record_id"] for c in page["changes"]]
        cursor = page["cursor"]
        if not page["has_more"]:
            break
    assert len(seen) == len(set(seen)) == 15
    assert late["record_id"] not in seen
    reader.cursor = cursor
    assert [c["record_id"] for c in reader.pull()] == [late["record_id"]]


def test_the_first_page_says_how_many_changes_the_pull_brings(server: LiveServer) -> None:
    """For the laptop's "45,000 of 90,000": counted when a pull starts, on its first page only,
    whether the pull backfills a cooperative that came into scope, pages changes, or both."""
    ba, colleague = server.user(Role.BA), server.user(Role.BA)
    kept, added = server.cooperative(), server.cooperative()
    server.assign(ba, kept)
    server.assign(colleague, added)
    author, helper = server.laptop(ba), server.laptop(colleague)
    author.push(*[author.create("visit", visit_fields(kept)) for _ in range(7)])
    helper.push(*[helper.create("visit", visit_fields(added)) for _ in range(4)])

    def totals(laptop: Laptop, limit: int) -> tuple[list[int | None], int]:
        pages = list(laptop.pages(limit))
        laptop.cursor = pages[-1]["cursor"]
        return [page.get("total_changes") for page in pages], sum(
            len(page["changes"]) for page in pages
        )

    reader = server.laptop(ba)
    seen, brought = totals(reader, 3)
    assert brought == 8  # the cooperative and its 7 visits
    assert seen == [8, None, None]
    server.assign(ba, added)  # backfill of 5 records, plus 2 new visits of the kept one
    author.push(*[author.create("visit", visit_fields(kept)) for _ in range(2)])
    seen, brought = totals(reader, 3)
    assert brought == 7
    assert seen == [7, None, None]
    author.push(author.create("visit", visit_fields(kept)))
    assert totals(reader, 3) == ([1], 1)  # one page: the count is the page itself


def test_scope_changes_backfill_and_remove(server: LiveServer) -> None:
    ba, colleague = server.user(Role.BA), server.user(Role.BA)
    kept, added = server.cooperative(), server.cooperative()
    server.assign(ba, kept)
    server.assign(colleague, added)
    helper = server.laptop(colleague)
    old_visit = helper.create("visit", visit_fields(added))
    helper.push(old_visit)
    laptop = server.laptop(ba)
    laptop.pull()
    assert set(laptop.records) == {kept}
    server.assign(ba, added)
    backfilled = laptop.pull()
    assert {c["record_id"] for c in backfilled} == {added, old_visit["record_id"]}
    server.assign(ba, added, remove=True)
    assert laptop.pull() == []
    assert laptop.removed == [added]
    assert set(laptop.records) == {kept}


def test_pmo_area_change_backfills_the_kabupaten(server: LiveServer) -> None:
    pmo = server.user(Role.PMO, kabupaten=[SAMBAS])
    laptop = server.laptop(pmo)
    laptop.pull()
    elsewhere = server.cooperative(MEMPAWAH)
    assert elsewhere not in {c["record_id"] for c in laptop.pull()}
    server.assign_area(pmo, MEMPAWAH)
    assert elsewhere in {c["record_id"] for c in laptop.pull(limit=50)}
    server.assign_area(pmo, MEMPAWAH, remove=True)
    laptop.pull()
    assert elsewhere in laptop.removed
    assert elsewhere not in laptop.records


def test_deletes_travel_as_tombstones(server: LiveServer) -> None:
    ba = server.user(Role.BA)
    cooperative = server.cooperative()
    server.assign(ba, cooperative)
    laptop, other_install = server.laptop(ba), server.laptop(ba)
    visit = laptop.create("visit", visit_fields(cooperative))
    action = laptop.create("agreed_action", {"visit_id": visit["record_id"], "description": "x"})
    officer = laptop.create("officer", {"cooperative_id": cooperative, "name": "Pak Harun"})
    laptop.push(visit, action, officer)
    other_install.pull()
    assert {visit["record_id"], action["record_id"], officer["record_id"]} <= set(
        other_install.records
    )
    laptop.push(
        laptop.delete("visit", visit["record_id"]), laptop.delete("officer", officer["record_id"])
    )
    changes = {c["record_id"]: c for c in other_install.pull()}
    for gone in (visit["record_id"], action["record_id"], officer["record_id"]):
        assert changes[gone]["deleted"] is True  # the visit's action goes with it
        assert changes[gone]["fields"] is None
        assert gone not in other_install.records
    fresh = server.laptop(ba)
    assert all(not c["deleted"] for c in fresh.pull())  # a new install gets no tombstones
    edit = laptop.patch("visit", visit["record_id"], {"findings": "terlambat"})
    assert laptop.push(edit)[0]["reason"] == "deleted"


def test_cursor_older_than_the_horizon_needs_a_reset(server: LiveServer) -> None:
    ba = server.user(Role.BA)
    cooperative = server.cooperative()
    server.assign(ba, cooperative)
    laptop = server.laptop(ba)
    laptop.pull()
    laptop.push(laptop.create("visit", visit_fields(cooperative)))
    with server.db.write() as session:
        compact(session, keep_days=0)
    response = laptop.pull_page(laptop.cursor)
    assert response.status_code == 409
    assert response.json()["code"] == "reset_required"
    laptop.cursor = None  # reset: download everything again
    assert len(laptop.pull()) == 2


def test_unknown_client_or_foreign_cursor_needs_a_reset(server: LiveServer) -> None:
    ba = server.user(Role.BA)
    laptop = server.laptop(ba)
    laptop.pull()
    stranger = server.laptop(ba)  # a client id this server never saw
    assert stranger.pull_page(laptop.cursor).json()["code"] == "reset_required"
    other = server.laptop(server.user(Role.BA))
    other.pull()
    assert other.pull_page(laptop.cursor).json()["code"] == "reset_required"
    garbage = laptop.pull_page("not-a-cursor")
    assert garbage.status_code == 400


def test_moving_a_cooperative_moves_it_between_pmos(server: LiveServer) -> None:
    cooperative = server.cooperative(SAMBAS)
    old_pmo = server.laptop(server.user(Role.PMO, kabupaten=[SAMBAS]))
    new_pmo = server.laptop(server.user(Role.PMO, kabupaten=[MEMPAWAH]))
    admin = server.laptop(server.user(Role.ADMIN))
    for laptop in (old_pmo, new_pmo, admin):
        laptop.pull(limit=2000)
    assert cooperative in old_pmo.records
    refused = old_pmo.push(
        old_pmo.patch("cooperative", cooperative, {"village_code": server.village(MEMPAWAH)})
    )[0]
    assert refused["reason"] == "not_allowed"  # only an admin moves a cooperative
    moved = admin.push(
        admin.patch("cooperative", cooperative, {"village_code": server.village(MEMPAWAH)})
    )[0]
    assert moved["status"] == "applied"
    old_pmo.pull(limit=2000)
    assert cooperative in old_pmo.removed
    assert cooperative not in old_pmo.records
    new_pmo.pull(limit=2000)
    assert cooperative in new_pmo.records


def test_a_conflict_can_be_settled_and_nothing_else_changed(server: LiveServer) -> None:
    cooperative = server.cooperative()
    first, second = server.user(Role.BA), server.user(Role.BA)
    pmo = server.user(Role.PMO, kabupaten=[SAMBAS])
    server.assign(first, cooperative)
    server.assign(second, cooperative)
    one, two, supervisor = server.laptop(first), server.laptop(second), server.laptop(pmo)
    one.pull()
    two.pull()
    one.push(one.patch("cooperative", cooperative, {"bank_name": "BRI"}))
    conflict_id = two.push(two.patch("cooperative", cooperative, {"bank_name": "BNI"}))[0][
        "conflict_ids"
    ][0]
    supervisor.pull(limit=2000)
    tamper = supervisor.patch("conflict", conflict_id, {"kept_value": '"BRI"'})
    settle = supervisor.patch("conflict", conflict_id, {"resolved": True})
    remove = supervisor.delete("conflict", conflict_id)
    results = supervisor.push(tamper, settle, remove)
    assert [r.get("reason") or r["status"] for r in results] == [
        "read_only_field", "applied", "not_allowed",
    ]  # fmt: skip
    one.pull()
    assert one.records[conflict_id]["fields"]["resolved"] is True
