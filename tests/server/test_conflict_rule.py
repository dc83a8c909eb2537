"""A conflict is raised only where two people really chose different values (domain.merge)."""

from __future__ import annotations

from typing import Any

from kopdes_desktop.domain.enums import Role
from tests.server.helpers import Laptop, LiveServer
from tests.server.test_push import visit_fields


def two_bas(server: LiveServer, **values: Any) -> tuple[str, Laptop, Laptop]:
    cooperative = server.cooperative(**values)
    first, second = server.user(Role.BA, name="Ani"), server.user(Role.BA, name="Budi")
    server.assign(first, cooperative)
    server.assign(second, cooperative)
    one, two = server.laptop(first), server.laptop(second)
    one.pull()
    two.pull()
    return cooperative, one, two


def profile(laptop: Laptop, cooperative: str) -> dict[str, Any]:
    laptop.pull()
    fields: dict[str, Any] = laptop.records[cooperative]["fields"]
    return fields


def conflicts_on(laptop: Laptop, record_id: str) -> list[dict[str, Any]]:
    laptop.pull()
    return [
        c["fields"] for c in laptop.of_type("conflict").values()
        if c["fields"]["record_id"] == record_id
    ]  # fmt: skip


def test_values_an_admin_imported_are_not_a_persons_choice(server: LiveServer) -> None:
    cooperative = server.cooperative(notes="dari impor", phone="0561 111")
    ba = server.user(Role.BA)
    server.assign(ba, cooperative)
    laptop = server.laptop(ba)  # never saw the import: its edit is based on nothing
    [result] = laptop.push(laptop.patch("cooperative", cooperative, {"notes": "catatan BA"}))
    assert (result["status"], result["conflict_ids"]) == ("applied", [])
    assert profile(laptop, cooperative)["notes"] == "catatan BA"
    assert conflicts_on(laptop, cooperative) == []


def test_the_same_value_written_differently_is_not_a_conflict(server: LiveServer) -> None:
    cooperative, one, two = two_bas(server, notes="lama")
    two.push(two.patch("cooperative", cooperative, {"notes": "Rapat anggota di Desa Sémpalai"}))
    decomposed = " Rapat anggota di Desa Se\u0301mpalai"
    [result] = one.push(one.patch("cooperative", cooperative, {"notes": decomposed}))
    assert result["conflict_ids"] == []
    assert conflicts_on(one, cooperative) == []


def test_filling_a_field_someone_emptied_is_not_a_conflict(server: LiveServer) -> None:
    cooperative, one, two = two_bas(server, notes="lama")
    two.push(two.patch("cooperative", cooperative, {"notes": ""}))
    [result] = one.push(one.patch("cooperative", cooperative, {"notes": "baru dari Ani"}))
    assert result["conflict_ids"] == []
    assert profile(two, cooperative)["notes"] == "baru dari Ani"


def test_emptying_a_field_someone_meanwhile_filled_keeps_their_value(server: LiveServer) -> None:
    cooperative, one, two = two_bas(server, notes="lama")
    two.push(two.patch("cooperative", cooperative, {"notes": "baru dari Budi"}))
    [alone] = one.push(one.patch("cooperative", cooperative, {"notes": ""}))
    assert (alone["status"], alone["conflict_ids"]) == ("applied", [])
    changes = one.pull()  # the record comes back, so Ani's laptop shows Budi's value again
    assert [c["fields"]["notes"] for c in changes if c["record_id"] == cooperative] == [
        "baru dari Budi"
    ]
    assert conflicts_on(two, cooperative) == []
    # Having seen Budi's value, Ani may still empty the field: now it is her choice.
    one.push(one.patch("cooperative", cooperative, {"notes": ""}))
    assert profile(two, cooperative)["notes"] == ""


def test_the_rest_of_an_edit_that_empties_a_newer_value_is_applied(server: LiveServer) -> None:
    cooperative, one, two = two_bas(server, notes="lama", phone="0561 111")
    two.push(two.patch("cooperative", cooperative, {"notes": "baru dari Budi"}))
    edit = one.patch("cooperative", cooperative, {"notes": "", "phone": "0812 3456 789"})
    [mixed] = one.push(edit)
    assert (mixed["status"], mixed["conflict_ids"]) == ("applied", [])
    fields = profile(two, cooperative)
    assert (fields["notes"], fields["phone"]) == ("baru dari Budi", "0812 3456 789")
    assert conflicts_on(two, cooperative) == []


def test_two_people_choosing_different_values_is_still_a_conflict(server: LiveServer) -> None:
    cooperative, one, two = two_bas(server, notes="lama")
    two.push(two.patch("cooperative", cooperative, {"notes": "versi Budi"}))
    [result] = one.push(one.patch("cooperative", cooperative, {"notes": "versi Ani"}))
    assert len(result["conflict_ids"]) == 1
    [conflict] = conflicts_on(two, cooperative)
    assert (conflict["kept_value"], conflict["other_value"]) == ('"versi Ani"', '"versi Budi"')
    assert (conflict["kept_author"], conflict["other_author"]) == ("Ani", "Budi")


def test_an_authors_two_laptops_editing_one_visit_differently_is_a_conflict(
    server: LiveServer,
) -> None:
    cooperative = server.cooperative()
    ba = server.user(Role.BA, name="Citra")
    server.assign(ba, cooperative)
    office, field_laptop = server.laptop(ba), server.laptop(ba)
    visit = office.create("visit", visit_fields(cooperative, findings="awal"))
    office.push(visit)
    office.pull()
    field_laptop.pull()
    office.push(office.patch("visit", visit["record_id"], {"findings": "dari kantor"}))
    [result] = field_laptop.push(
        field_laptop.patch("visit", visit["record_id"], {"findings": "dari lapangan"})
    )
    assert len(result["conflict_ids"]) == 1
    [conflict] = conflicts_on(office, visit["record_id"])
    assert (conflict["record_type"], conflict["field_name"]) == ("visit", "findings")
    assert {conflict["kept_value"], conflict["other_value"]} == {
        '"dari lapangan"',
        '"dari kantor"',
    }
