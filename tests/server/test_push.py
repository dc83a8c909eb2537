"""Push: exactly once, gaps, rejections that do not block, ownership, review intents."""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import func, select

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.server.models import ChangeLog, RecordRow
from tests.server.helpers import SAMBAS, Laptop, LiveServer


def visit_fields(cooperative_id: str, **extra: Any) -> dict[str, Any]:
    return {"cooperative_id": cooperative_id, "visit_date": "2026-11-20", **extra}


def complete_visit(cooperative_id: str) -> dict[str, Any]:
    return visit_fields(
        cooperative_id,
        start_time="09:00:00",
        end_time="11:30:00",
        travel_mode="river",
        people_met=["pengurus"],
        purposes=["kelembagaan"],
        findings="Pengurus sudah rapat.",
    )


def ba_with_cooperative(server: LiveServer) -> tuple[Laptop, str]:
    ba = server.user(Role.BA)
    cooperative = server.cooperative()
    server.assign(ba, cooperative)
    return server.laptop(ba), cooperative


def test_same_batch_twice_is_applied_once(server: LiveServer) -> None:
    laptop, cooperative = ba_with_cooperative(server)
    batch = [laptop.create("visit", visit_fields(cooperative)) for _ in range(3)]
    first = laptop.push_raw(batch).json()
    second = laptop.push_raw(batch).json()
    assert [r["status"] for r in first["results"]] == ["applied"] * 3
    assert [r["duplicate"] for r in second["results"]] == [True] * 3
    assert [r["version"] for r in second["results"]] == [r["version"] for r in first["results"]]
    assert second["last_mutation_id"] == first["last_mutation_id"] == 3
    with server.db.read() as session:
        ids = [m["record_id"] for m in batch]
        assert session.scalar(select(func.count()).where(RecordRow.record_id.in_(ids))) == 3
        logged = session.scalar(select(func.count()).where(ChangeLog.record_id.in_(ids)))
        assert logged == 3


def test_overlapping_batch_applies_only_the_new_part(server: LiveServer) -> None:
    laptop, cooperative = ba_with_cooperative(server)
    batch = [laptop.create("visit", visit_fields(cooperative)) for _ in range(4)]
    laptop.push_raw(batch[:2])
    results = laptop.push_raw(batch).json()["results"]
    assert [r["duplicate"] for r in results] == [True, True, False, False]
    assert all(r["status"] == "applied" for r in results)


def test_gap_is_refused_naming_the_expected_id(server: LiveServer) -> None:
    laptop, cooperative = ba_with_cooperative(server)
    first = laptop.create("visit", visit_fields(cooperative))
    laptop.create("visit", visit_fields(cooperative))  # mutation 2, "lost"
    third = laptop.create("visit", visit_fields(cooperative))
    assert laptop.push(first)[0]["status"] == "applied"
    response = laptop.push_raw([third])
    assert response.status_code == 409
    assert response.json()["code"] == "mutation_gap"
    assert response.json()["expected_mutation_id"] == 2
    with server.db.read() as session:
        assert session.get(RecordRow, third["record_id"]) is None


def test_batch_with_a_hole_is_refused(server: LiveServer) -> None:
    laptop, cooperative = ba_with_cooperative(server)
    one = laptop.create("visit", visit_fields(cooperative))
    laptop.next_mutation_id += 1
    three = laptop.create("visit", visit_fields(cooperative))
    assert laptop.push_raw([one, three]).status_code == 422


def test_rejection_is_consumed_and_does_not_block_later_mutations(server: LiveServer) -> None:
    laptop, cooperative = ba_with_cooperative(server)
    bad = laptop.create("visit", visit_fields(cooperative, people_count=-3))
    good = laptop.create("visit", visit_fields(cooperative))
    results = laptop.push(bad, good)
    assert results[0]["status"] == "rejected"
    assert results[0]["reason"] == "validation"
    assert results[0]["issues"] == [{"field": "people_count", "code": "negative", "params": {}}]
    assert results[1]["status"] == "applied"
    again = laptop.push(bad, good)  # a resend answers the stored rejection
    assert again[0]["status"] == "rejected"
    assert again[0]["duplicate"] is True
    nxt = laptop.create("visit", visit_fields(cooperative))
    assert laptop.push(nxt)[0]["status"] == "applied"


def test_malformed_values_are_rejected_not_500(server: LiveServer) -> None:
    laptop, cooperative = ba_with_cooperative(server)
    cases = [
        {"cooperative_id": cooperative, "visit_date": "yesterday"},
        {"cooperative_id": cooperative, "people_count": "many"},
        {"cooperative_id": cooperative, "purposes": "kelembagaan"},
        {"cooperative_id": cooperative, "purposes": [{"x": 1}]},
        {"cooperative_id": cooperative, "no_such_field": 1},
        {"cooperative_id": cooperative, "latitude": 1e400, "longitude": 110.0},
    ]
    results = laptop.push(*[laptop.create("visit", fields) for fields in cases])
    assert [r["reason"] for r in results] == ["bad_fields"] * len(cases)
    not_uuid = laptop.create("visit", visit_fields(cooperative), record_id="not-a-uuid")
    assert laptop.push(not_uuid)[0]["reason"] == "bad_fields"


def test_visits_are_single_author(server: LiveServer) -> None:
    cooperative = server.cooperative()
    author, colleague = server.user(Role.BA), server.user(Role.BA)
    server.assign(author, cooperative)
    server.assign(colleague, cooperative)
    mine, theirs = server.laptop(author), server.laptop(colleague)
    create = mine.create("visit", visit_fields(cooperative))
    assert mine.push(create)[0]["status"] == "applied"
    visit_id = create["record_id"]
    edit = theirs.patch("visit", visit_id, {"findings": "bukan punya saya"})
    assert theirs.push(edit)[0]["reason"] == "wrong_author"
    delete = theirs.delete("visit", visit_id)
    assert theirs.push(delete)[0]["reason"] == "wrong_author"
    action = theirs.create("agreed_action", {"visit_id": visit_id, "description": "x"})
    assert theirs.push(action)[0]["reason"] == "wrong_author"
    forged = theirs.create("visit", visit_fields(cooperative, author_id=author.id))
    assert theirs.push(forged)[0]["reason"] == "wrong_author"
    status = mine.patch("visit", visit_id, {"status": "approved"})
    assert mine.push(status)[0]["reason"] == "read_only_field"


def test_review_flow_through_intents(server: LiveServer) -> None:
    laptop, cooperative = ba_with_cooperative(server)
    pmo = server.user(Role.PMO, kabupaten=[SAMBAS], name="Pak Budi")
    other_pmo = server.user(Role.PMO, kabupaten=["61.02"])
    reviewer, outsider = server.laptop(pmo), server.laptop(other_pmo)
    incomplete = laptop.create("visit", visit_fields(cooperative))
    visit_id = incomplete["record_id"]
    submit = laptop.set_status(visit_id, "draft", "submitted")
    results = laptop.push(incomplete, submit)
    assert results[1]["reason"] == "validation"  # SUBMIT level: findings, times... missing
    assert {i["field"] for i in results[1]["issues"]} >= {"findings", "travel_mode"}
    fix = laptop.patch("visit", visit_id, complete_visit(cooperative))
    submit = laptop.set_status(visit_id, "draft", "submitted")
    assert [r["status"] for r in laptop.push(fix, submit)] == ["applied", "applied"]
    edit_after_submit = laptop.patch("visit", visit_id, {"findings": "ubah"})
    assert laptop.push(edit_after_submit)[0]["reason"] == "not_editable"
    self_approve = laptop.set_status(visit_id, "submitted", "approved")
    assert laptop.push(self_approve)[0]["reason"] == "not_allowed"
    wrong_area = outsider.set_status(visit_id, "submitted", "approved")
    assert outsider.push(wrong_area)[0]["reason"] == "out_of_scope"
    silent = reviewer.set_status(visit_id, "submitted", "needs_revision")
    assert reviewer.push(silent)[0]["reason"] == "comment_required"
    send_back = reviewer.set_status(visit_id, "submitted", "needs_revision", "Tambah jumlah hadir")
    assert reviewer.push(send_back)[0]["status"] == "applied"
    stale = reviewer.set_status(visit_id, "submitted", "approved")
    assert reviewer.push(stale)[0]["reason"] == "stale_status"
    laptop.pull()
    history = sorted(
        (c["fields"] for c in laptop.of_type("review_comment").values()),
        key=lambda fields: fields["created_at"],
    )
    assert [(c["from_status"], c["to_status"]) for c in history] == [
        ("draft", "submitted"), ("submitted", "needs_revision"),
    ]  # fmt: skip
    assert history[1]["comment"] == "Tambah jumlah hadir"
    assert history[1]["author_name"] == "Pak Budi"
    assert laptop.records[visit_id]["fields"]["status"] == "needs_revision"
    revise = laptop.patch("visit", visit_id, {"people_count": 12})
    resubmit = laptop.set_status(visit_id, "needs_revision", "resubmitted")
    approve = reviewer.set_status(visit_id, "resubmitted", "approved")
    assert [r["status"] for r in laptop.push(revise, resubmit)] == ["applied", "applied"]
    assert reviewer.push(approve)[0]["status"] == "applied"
    skip = laptop.set_status(visit_id, "approved", "draft")
    assert laptop.push(skip)[0]["reason"] == "invalid_transition"


def test_out_of_scope_writes_are_rejected(server: LiveServer) -> None:
    laptop, _mine = ba_with_cooperative(server)
    elsewhere = server.cooperative()
    results = laptop.push(
        laptop.create("visit", visit_fields(elsewhere)),
        laptop.patch("cooperative", elsewhere, {"notes": "hai"}),
        laptop.create("officer", {"cooperative_id": elsewhere, "name": "Ani"}),
        laptop.create("visit", visit_fields(new_id())),
    )
    assert [r["reason"] for r in results] == [
        "out_of_scope", "out_of_scope", "out_of_scope", "unknown_parent",
    ]  # fmt: skip


def test_client_id_cannot_be_borrowed_by_another_account(server: LiveServer) -> None:
    laptop, cooperative = ba_with_cooperative(server)
    laptop.push(laptop.create("visit", visit_fields(cooperative)))
    thief = server.laptop(server.user(Role.BA), client_id=laptop.client_id)
    thief.next_mutation_id = 2
    response = thief.push_raw([thief.create("visit", visit_fields(cooperative))])
    assert response.status_code == 403
    assert response.json()["code"] == "client_of_other_user"
    assert thief.pull_page(None).status_code == 403


def test_nul_characters_in_text_are_stored_or_refused_never_a_500(server: LiveServer) -> None:
    laptop, cooperative = ba_with_cooperative(server)
    visit = laptop.create("visit", visit_fields(cooperative, findings="a\u0000b"))
    officer = laptop.create("officer", {"cooperative_id": cooperative, "name": "x\u0000"})
    results = laptop.push(visit, officer)
    assert all(r["status"] in ("applied", "rejected") for r in results)
    response = laptop.push_raw([laptop.patch("visit", "id\u0000", {"findings": "x"})])
    assert response.status_code == 422
    laptop.pull()


def test_two_copies_of_a_batch_racing_apply_once(server: LiveServer) -> None:
    laptop, cooperative = ba_with_cooperative(server)
    batch = [laptop.create("visit", visit_fields(cooperative)) for _ in range(20)]
    answers: list[dict[str, Any]] = []

    def send() -> None:
        response = laptop.push_raw(batch)
        assert response.status_code == 200, response.text
        answers.append(response.json())

    threads = [threading.Thread(target=send) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(answers) == 4
    assert sorted(a["results"][0]["duplicate"] for a in answers) == [False, True, True, True]
    versions = {r["version"] for a in answers for r in a["results"]}
    assert len(versions) == 1  # one transaction applied them; the others repeated its answer
    with server.db.read() as session:
        ids = [m["record_id"] for m in batch]
        assert session.scalar(select(func.count()).where(RecordRow.record_id.in_(ids))) == 20
        assert session.scalar(select(func.count()).where(ChangeLog.record_id.in_(ids))) == 20


def test_a_refusal_carries_the_record_as_the_server_holds_it_once(server: LiveServer) -> None:
    mine, cooperative = ba_with_cooperative(server)
    theirs = server.laptop(server.user(Role.BA))
    server.assign(theirs.user, cooperative)
    visit = mine.create("visit", complete_visit(cooperative))
    mine.push(visit, mine.set_status(visit["record_id"], "draft", "submitted"))
    theirs.pull()
    edit = theirs.patch("visit", visit["record_id"], {"findings": "diubah orang lain"})
    unknown = theirs.patch("visit", new_id(), {"findings": "?"})
    batch = [edit, unknown]
    first = theirs.push_raw(batch).json()["results"]
    refused, nothing = first
    assert refused["reason"] == "wrong_author"
    state = refused["record"]
    assert (state["record_id"], state["fields"]["findings"]) == (
        visit["record_id"],
        "Pengurus sudah rapat.",  # the author's value: the refused one never landed
    )
    assert state["fields"]["status"] == "submitted"
    assert state["version"] >= 1
    assert nothing["reason"] == "unknown_record"
    assert nothing.get("record") is None  # the server has no such record to show
    # A repeated answer (the first one was lost) never carries an old state back.
    again = theirs.push_raw(batch).json()["results"]
    assert [r["duplicate"] for r in again] == [True, True]
    assert [r.get("record") for r in again] == [None, None]


def test_a_refusal_outside_the_scope_shows_nothing_of_the_record(server: LiveServer) -> None:
    laptop, _cooperative = ba_with_cooperative(server)
    elsewhere = server.cooperative(SAMBAS)
    [refused] = laptop.push(laptop.patch("cooperative", elsewhere, {"notes": "bukan milikku"}))
    assert refused["reason"] == "out_of_scope"
    assert refused.get("record") is None
