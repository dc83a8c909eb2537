"""Values no store can hold, through the real API on SQLite and PostgreSQL (issue 10, items 3-4).

Lone surrogates, NUL and other control characters in every text field of every record type,
numbers far beyond what a column holds, negative and fractional numbers where counts belong:
each is refused (``rejected`` with the field named, or a 4xx), never a 5xx, and afterwards every
role still pulls and ``kopdes-server assign`` still works. Rows written before the rules existed
are pulled repaired and are repaired for good by ``kopdes-server repair-values``.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select

from kopdes_desktop.domain import codec
from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.records import RECORD_CLASSES, RecordType
from kopdes_desktop.domain.validation import NUMBER_RANGES
from kopdes_desktop.server.cli import main
from kopdes_desktop.server.models import RecordRow
from tests.server.helpers import Laptop, LiveServer, write_unchecked

HOSTILE_TEXT = ["x\ud800y", "\udfff", "a\x00b", "bell\x07", "esc\x1b[0m", "del\x7f", "c1\x85"]
HOSTILE_WHOLE = [10**20, 10**300, -(10**20), 2**63, 1.5]
HOSTILE_DECIMAL = [10**20, 10**300, -(10**300)]
PUSHABLE = [
    RecordType.COOPERATIVE,
    RecordType.OFFICER,
    RecordType.BUSINESS_UNIT,
    RecordType.VISIT,
    RecordType.AGREED_ACTION,
    RecordType.OPPORTUNITY,
    RecordType.PHOTO,
]

# A kabupaten of its own: the session's shared server has one cooperative per village, and
# Sambas' 195 villages are taken by the other tests.
AREA = "61.05"


class Area:
    """A Sambas cooperative, its BA (with a draft visit) and the people above them."""

    def __init__(self, server: LiveServer) -> None:
        self.server = server
        self.admin = server.laptop(server.user(Role.ADMIN))
        self.pmo = server.laptop(server.user(Role.PMO, kabupaten=[AREA]))
        self.ba_user = server.user(Role.BA)
        self.cooperative = server.cooperative(AREA)
        server.assign(self.ba_user, self.cooperative)
        self.ba = server.laptop(self.ba_user)
        self.visit = new_id()
        self.opportunity = new_id()
        applied = self.ba.push(
            self.ba.create("visit", {"cooperative_id": self.cooperative}, self.visit),
            self.ba.create(
                "opportunity",
                {"cooperative_id": self.cooperative, "title": "Madu"},
                self.opportunity,
            ),
        )
        assert [r["status"] for r in applied] == ["applied"] * 2

    def valid_create(self, record_type: RecordType) -> tuple[Laptop, dict[str, Any]]:
        """Who may create one, and the smallest valid values."""
        parent = {"cooperative_id": self.cooperative}
        return {
            RecordType.COOPERATIVE: (
                self.admin,
                {"name": "Koperasi Uji", "village_code": self.server.village(AREA)},
            ),
            RecordType.OFFICER: (self.ba, {**parent, "name": "Siti"}),
            RecordType.BUSINESS_UNIT: (self.ba, parent),
            RecordType.VISIT: (self.ba, parent),
            RecordType.AGREED_ACTION: (self.ba, {"visit_id": self.visit}),
            RecordType.OPPORTUNITY: (self.ba, {**parent, "title": "Madu"}),
            RecordType.PHOTO: (self.ba, {"parent_id": self.visit, "sha256": "a" * 64}),
        }[record_type]


def fields_of(record_type: RecordType, *annotations: Any) -> list[str]:
    types = codec.field_types(RECORD_CLASSES[record_type])
    return [
        name for name, annotation in types.items() if name != "id" and annotation in annotations
    ]


def push_each(laptop: Laptop, mutations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Push in one batch (ids are consecutive); every answer must be 200, never 5xx."""
    response = laptop.push_raw(mutations)
    assert response.status_code == 200, response.text
    results: list[dict[str, Any]] = response.json()["results"]
    return results


def assert_refused_naming(results: list[dict[str, Any]], named: list[str]) -> None:
    for result, field in zip(results, named, strict=True):
        assert result["status"] == "rejected", (field, result)
        assert result["reason"] in ("bad_fields", "validation"), result
        assert field in [issue["field"] for issue in result["issues"]], (field, result)


def _storable_by_a_laptop(value: object) -> bool:
    if isinstance(value, str):
        return not any("\ud800" <= character <= "\udfff" for character in value)
    if isinstance(value, int) and not isinstance(value, bool):
        return -(2**63) < value < 2**63
    if isinstance(value, list):
        return all(_storable_by_a_laptop(item) for item in value)
    return True


def assert_everyone_pulls(area: Area, *, all_values_valid: bool = True) -> None:
    """BA, PMO and admin pull to the end. What they get decodes under the rules; or, with old
    unrepaired values on the server, can at least be stored (a laptop's codec leaves out a field
    it refuses, tests/sync/test_apply_values.py)."""
    for laptop in (area.ba, area.pmo, area.admin):
        laptop.cursor = None
        for change in laptop.pull():
            if change["fields"] is None:
                continue
            if all_values_valid:
                codec.decode(
                    RECORD_CLASSES[RecordType(change["record_type"])],
                    {"id": change["record_id"], **change["fields"]},
                )
            else:
                assert all(map(_storable_by_a_laptop, change["fields"].values())), change


@pytest.mark.parametrize("record_type", PUSHABLE)
def test_hostile_text_in_every_text_field_is_refused_naming_the_field(
    server: LiveServer, record_type: RecordType
) -> None:
    area = Area(server)
    laptop, valid = area.valid_create(record_type)
    names = fields_of(record_type, str)
    named = [name for name in names for _text in HOSTILE_TEXT]
    creates = [
        laptop.create(record_type.value, {**valid, name: text})
        for name in names
        for text in HOSTILE_TEXT
    ]
    assert_refused_naming(push_each(laptop, creates), named)

    # The same values as edits of an existing record.
    record_id = new_id()
    existing = laptop.push(laptop.create(record_type.value, valid, record_id))[0]
    assert existing["status"] == "applied", existing
    patches = [
        laptop.patch(record_type.value, record_id, {name: text})
        for name in names
        for text in HOSTILE_TEXT
    ]
    assert_refused_naming(push_each(laptop, patches), named)
    assert_everyone_pulls(area)


def _hostile_numbers(record_type: RecordType, name: str) -> list[object]:
    annotation = codec.field_types(RECORD_CLASSES[record_type])[name]
    hostile: list[object] = list(HOSTILE_WHOLE if annotation == int | None else HOSTILE_DECIMAL)
    if name in NUMBER_RANGES.get(RECORD_CLASSES[record_type], {}):
        hostile.append(-1)
    return hostile


# A coordinate is checked with its partner, so each hostile one is sent with a valid partner.
PARTNER = {"latitude": {"longitude": 109.3}, "longitude": {"latitude": 0.5}}


@pytest.mark.parametrize(
    "record_type", [t for t in PUSHABLE if fields_of(t, int | None, float | None)]
)
def test_numbers_beyond_their_range_are_refused_naming_the_field(
    server: LiveServer, record_type: RecordType
) -> None:
    area = Area(server)
    laptop, valid = area.valid_create(record_type)
    cases = [
        (name, number)
        for name in fields_of(record_type, int | None, float | None)
        for number in _hostile_numbers(record_type, name)
    ]
    creates = [
        laptop.create(record_type.value, {**valid, **PARTNER.get(name, {}), name: number})
        for name, number in cases
    ]
    assert_refused_naming(push_each(laptop, creates), [name for name, _ in cases])
    with server.db.read() as session:
        stored = session.scalars(
            select(RecordRow).where(RecordRow.record_id.in_([m["record_id"] for m in creates]))
        ).all()
    assert stored == []
    assert_everyone_pulls(area)


def test_infinity_and_nan_in_the_json_are_refused(server: LiveServer) -> None:
    area = Area(server)
    results = []
    for literal in ("Infinity", "-Infinity", "NaN", "1e400"):
        mutation = area.ba.patch("opportunity", area.opportunity, {"volume": 12345.5})
        body = json.dumps({"client_id": area.ba.client_id, "mutations": [mutation]})
        body = body.replace('"volume": 12345.5', f'"volume": {literal}')
        response = area.ba.http.post(
            "/sync/v1/push", content=body, headers={"Content-Type": "application/json"}
        )
        assert response.status_code == 200, response.text
        results += response.json()["results"]
    assert_refused_naming(results, ["volume"] * 4)
    assert_everyone_pulls(area)


def test_an_intent_comment_with_a_lone_surrogate_is_refused(server: LiveServer) -> None:
    area = Area(server)
    (result,) = push_each(
        area.ba, [area.ba.set_status(area.visit, "draft", "submitted", "ok\ud800")]
    )
    assert result["status"] == "rejected"
    assert result["issues"][0]["field"] == "intent_args.comment"


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/sync/v1/push", '{"client_id": "c\\ud800", "mutations": []}'),
        ("/sync/v1/pull", '{"client_id": "c\\udfff"}'),
        ("/sync/v1/pull", '{"client_id": "c1", "cursor": "\\ud800"}'),
        ("/auth/v1/login", '{"username": "u", "password": "p", "device_name": "d\\ud800"}'),
        ("/auth/v1/login", '{"username": "u\\ud800", "password": "p", "device_name": "d"}'),
    ],
)
def test_lone_surrogates_elsewhere_in_a_request_are_a_4xx_naming_the_field(
    server: LiveServer, path: str, body: str
) -> None:
    area_admin = server.laptop(server.user(Role.ADMIN))
    response = area_admin.http.post(
        path, content=body, headers={"Content-Type": "application/json"}
    )
    assert 400 <= response.status_code < 500, response.text
    answer = response.json()
    assert answer["code"]
    assert answer["message"]
    named = {part for detail in answer.get("details") or [] for part in detail["loc"]}
    sent = json.loads(body)
    assert named & set(sent), answer


@pytest.mark.parametrize(
    "mutation_part",
    [
        {"record_id": "r\ud800"},
        {"device_time": "\ud800"},
        {"fields": {"notes\ud800": "x"}},
        {"base_versions": {"name\udfff": 1}},
        {"intent": "set_visit_status", "op": "intent", "intent_args": {"x\ud800": 1}},
    ],
)
def test_lone_surrogates_in_a_mutation_never_cause_a_server_error(
    server: LiveServer, mutation_part: dict[str, Any]
) -> None:
    area = Area(server)
    mutation = area.ba.patch("visit", area.visit, {"findings": "ok"})
    for _ in range(2):  # the second time answers the stored result: it must be sendable too
        text = json.dumps({"client_id": area.ba.client_id, "mutations": [mutation]})
        text = text[:-3] + ", " + json.dumps(mutation_part)[1:-1] + "}]}"
        response = area.ba.http.post(
            "/sync/v1/push", content=text, headers={"Content-Type": "application/json"}
        )
        assert response.status_code < 500, response.text
        assert response.json()
    assert_everyone_pulls(area)


POISON = {
    "notes": "rapat\ud800 pengurus",
    "address": "Jl. Desa\x00 No. 1",
    "bank_name": "Bank\x1b Kalbar",
    "member_count": 10**20,
    "simpanan_pokok": 10**300,
}


def test_rows_written_before_the_rules_are_pulled_repaired_and_repair_values_fixes_them(
    server: LiveServer, capsys: pytest.CaptureFixture[str]
) -> None:
    area = Area(server)
    poisoned = new_id()
    village = server.village(AREA)
    write_unchecked(
        server.db,
        poisoned,
        RecordType.COOPERATIVE.value,
        poisoned,
        {"name": "Koperasi Lama", "village_code": village, **POISON},
        kabupaten_code=AREA,
        # The column the one-cooperative-per-village migration fills in.
        village_code=village,
    )
    server.assign(area.ba_user, poisoned)
    opportunity = new_id()
    write_unchecked(
        server.db,
        opportunity,
        RecordType.OPPORTUNITY.value,
        poisoned,
        {"cooperative_id": poisoned, "title": "Sawit\x0c", "volume": 1e300},
        parent_id=poisoned,
    )

    # Before any repair: every role pulls, and gets values its laptop can store.
    assert_everyone_pulls(area, all_values_valid=False)
    pulled = area.pmo.records[poisoned]["fields"]
    assert pulled["notes"] == "rapat\ufffd pengurus"
    assert pulled["member_count"] is None
    assert pulled["simpanan_pokok"] is None
    assert pulled["address"] == "Jl. Desa\x00 No. 1"  # harmless to send; migrate repairs it

    # assign resolves cooperatives by id and by village code, on PostgreSQL too.
    other_ba = server.user(Role.BA)
    url = ["--database-url", server.database_url]
    assert main([*url, "assign", "--username", other_ba.username, "--cooperative", village]) == 0
    elsewhere = server.cooperative(AREA)
    assert main([*url, "assign", "--username", other_ba.username, "--cooperative", elsewhere]) == 0
    capsys.readouterr()

    # A dry run lists what would change and changes nothing.
    assert main([*url, "repair-values", "--dry-run"]) == 0
    listed = capsys.readouterr().out
    assert (
        f"cooperative {poisoned} notes: 'rapat\\ud800 pengurus' -> 'rapat\\ufffd pengurus'"
        in listed
    )
    assert f"cooperative {poisoned} member_count: {10**20} -> None" in listed
    with server.db.read() as session:
        row = session.get(RecordRow, poisoned)
        assert row is not None
        assert row.data["member_count"] == 10**20
        version_before = row.version

    assert main([*url, "repair-values"]) == 0
    assert "repaired 7 value(s) in 2 record(s)" in capsys.readouterr().out
    with server.db.read() as session:
        row = session.get(RecordRow, poisoned)
        assert row is not None
        assert row.version > version_before
        codec.decode(RECORD_CLASSES[RecordType.COOPERATIVE], {"id": poisoned, **row.data})
        assert row.data["bank_name"] == "Bank Kalbar"

    # Laptops pull the repair as a change, and the record can be edited again.
    changes = {change["record_id"]: change for change in area.ba.pull()}
    assert changes[poisoned]["fields"]["member_count"] is None
    (edited,) = area.ba.push(area.ba.patch("cooperative", poisoned, {"member_count": 130}))
    assert edited["status"] == "applied", edited
    assert main([*url, "repair-values"]) == 0
    assert capsys.readouterr().out == ""  # nothing left to repair
    assert_everyone_pulls(area)  # and every value pulled now passes the rules


def test_values_are_stored_normalised(server: LiveServer) -> None:
    area = Area(server)
    typed = "Kope\u0301rasi\r\nbaris dua"
    (result,) = area.ba.push(area.ba.patch("visit", area.visit, {"findings": typed}))
    assert result["status"] == "applied"
    area.ba.pull()
    assert area.ba.records[area.visit]["fields"]["findings"] == "Kop\u00e9rasi\nbaris dua"
