"""Protocol 3: the compact push body carries exactly the mutations protocol 1 carries, the
server refuses an unreadable one with a reason, and the releases before it keep syncing with
this server (and this laptop with a server of the previous release)."""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.mutations import Intent, MutationOp
from kopdes_desktop.domain.records import RecordType
from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.sync import id_table, push_codec, wire_codec
from kopdes_desktop.sync.protocol import (
    Mutation,
    MutationResult,
    MutationStatus,
    PullResponse,
    PushRequest,
    PushResponse,
    answer_json,
    expand_push_answer,
    mutation_digest,
    request_json,
)
from tests.server.helpers import PASSWORD, PROTOCOL_3_HEADERS, LiveServer
from tests.sync.conftest import DeskFactory, ba_of_a_new_cooperative
from tests.sync.releases import release_code, release_server, sync_a_week_through
from tests.sync.test_convergence import _state
from tests.sync.test_round_trip import complete_visit
from tests.sync.test_scenarios import edit_members

# main before protocol 3 (protocol 2: no echo, the zstd dictionary): the release before this one.
PROTOCOL_2_RELEASE = "e0c2ac3"
ROOT = Path(__file__).resolve().parents[2]

# --- the body carries the same mutations ----------------------------------------------------

# What any protocol can carry: no NUL (PostgreSQL), no lone surrogates (not UTF-8).
_CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
_uuids = st.uuids().map(str)
_texts = st.text(_CHARS, max_size=12)
_tricky = st.sampled_from(["~", "~0", "~~", "~7x", "", "01A22DCC-C5C5-7FD4-8E62-C11CFC2978FD"])
_leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**53), 2**53),
    st.floats(allow_nan=False, allow_infinity=False),
    _texts,
    _uuids,
    _tricky,
)
_values = st.recursive(
    _leaves,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_texts, inner, max_size=3),
    max_leaves=8,
)
_start = datetime(2026, 11, 30, 8, tzinfo=UTC)


@st.composite
def _device_times(draw: st.DrawFn, count: int) -> list[str]:
    """Mostly the app's own format, milliseconds apart in either direction, with other texts
    (another app's, damaged, empty) here and there."""
    moment = _start + timedelta(milliseconds=draw(st.integers(0, 10**10)))
    times = []
    for _ in range(count):
        moment += timedelta(milliseconds=draw(st.integers(-5_000, 10**8)))
        times.append(
            draw(
                st.one_of(
                    st.just(moment.isoformat(timespec="milliseconds")),
                    st.just(moment.isoformat()),
                    st.text(_CHARS, max_size=30),
                )
            )
        )
    return times


@st.composite
def _batches(draw: st.DrawFn) -> PushRequest:
    count = draw(st.integers(0, 8))
    first = draw(st.integers(1, 2**40))
    times = draw(_device_times(count))
    mutations = []
    for number in range(count):
        fields = draw(st.dictionaries(st.sampled_from(["a", "b", "notes", "x_id"]), _values))
        same_base = draw(st.integers(0, 2**40))
        base = draw(
            st.one_of(
                st.just({}),
                st.just(dict.fromkeys(fields, same_base)),
                st.dictionaries(st.sampled_from(["a", "b", "*"]), st.integers(0, 2**40)),
            )
        )
        intent = draw(st.none() | st.sampled_from(list(Intent)))
        mutations.append(
            Mutation(
                mutation_id=first + number,
                record_type=draw(st.sampled_from(list(RecordType))),
                record_id=draw(_uuids | st.text(_CHARS,
                                                min_size=1, max_size=64)),
                op=draw(st.sampled_from(list(MutationOp))),
                fields=fields,
                base_versions=base,
                intent=intent,
                intent_args=draw(st.dictionaries(_texts, _values, max_size=3)),
                device_time=times[number],
                schema_version=draw(st.integers(1, 3)),
            )
        )  # fmt: skip
    client_id = draw(_uuids | st.text(_CHARS, min_size=1,
                                      max_size=64))  # fmt: skip
    return PushRequest(client_id=client_id, mutations=mutations)


@settings(max_examples=300, deadline=None)
@given(_batches())
def test_the_compact_body_decodes_into_the_very_mutations_protocol_1_sends(
    request: PushRequest,
) -> None:
    as_protocol_1 = PushRequest.model_validate_json(request_json(request, 1))
    coded = push_codec.coded(request)
    decoded = push_codec.decode(wire_codec.decompress(coded, 1 << 24) or b"")
    assert decoded == as_protocol_1 == request
    # What the server digests to recognise a resend is the same too.
    assert [mutation_digest(m) for m in decoded.mutations] == [
        mutation_digest(m) for m in request.mutations
    ]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.builds(
            MutationResult,
            mutation_id=st.just(0),
            status=st.sampled_from(list(MutationStatus)),
            version=st.integers(1, 2**40),
            duplicate=st.booleans(),
            conflict_ids=st.lists(_uuids, max_size=2),
        ),
        max_size=6,
    ),
    st.integers(1, 2**40),
)
def test_the_compact_push_answer_reads_back_as_the_whole_answer(
    results: list[MutationResult], first: int
) -> None:
    numbered = [r.model_copy(update={"mutation_id": first + n}) for n, r in enumerate(results)]
    answer = PushResponse(results=numbered, last_mutation_id=first + 9, server_version=first)
    compact = answer_json(answer, 3)
    assert PushResponse.model_validate(expand_push_answer(id_table.unpack(compact))) == answer
    assert len(compact) <= len(answer_json(answer, 2))


def test_ids_and_envelope_cost_a_fraction_of_protocol_2() -> None:
    """Ids go once each, as 16 bytes, and the envelope is implied: 60 creates naming 15
    cooperatives take a quarter less than their protocol-2 body (almost nothing but ids)."""
    cooperatives = [new_id() for _ in range(15)]
    author = new_id()
    mutations = [
        Mutation(
            mutation_id=number + 1,
            record_type=RecordType.VISIT,
            record_id=new_id(),
            op=MutationOp.CREATE,
            fields={"cooperative_id": cooperatives[number % 15], "author_id": author},
            device_time=datetime.now(UTC).isoformat(timespec="milliseconds"),
        )
        for number in range(60)
    ]
    request = PushRequest(client_id=new_id(), mutations=mutations)
    protocol_2 = len(wire_codec.compress(request_json(request, 2)))
    assert len(push_codec.coded(request)) < 0.8 * protocol_2


# --- the server refuses what it cannot read, with a reason ----------------------------------


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"not json", "not JSON"),
        (b'{"client_id":0,"mutations":[]}\x00' + b"\x01" * 15, "16-byte"),
        (b'{"client_id":3,"mutations":[]}\x00' + uuid.uuid4().bytes, "not in the id table"),
        (b'{"client_id":"c","mutations":[["Vc","r",5]]}', "previous mutation"),
        (b'{"client_id":"c","mutations":[["Zq","r",""]]}', "record type or operation"),
        (b'{"client_id":"c","mutations":[["Vc","r","",{"a":"~x"}]]}', "~<id>"),
        (b'{"client_id":"c","mutations":[["Vc","r","",{},null,{"evil":1}]]}', "unknown keys"),
    ],
    # Named, not shown: a random id in a test's name differs between pytest-xdist workers.
    ids=["not-json", "short-id", "unknown-id", "previous", "type-op", "tilde", "unknown-keys"],
)
def test_an_unreadable_compact_push_is_refused_with_a_reason(
    server: LiveServer, body: bytes, reason: str
) -> None:
    ba, _coop_id = ba_of_a_new_cooperative(server)
    headers = {**PROTOCOL_3_HEADERS, "Authorization": f"Bearer {server.token(ba)}"}
    for coded in (body, wire_codec.compress(body)):
        extra = {"Content-Encoding": wire_codec.CODING} if coded is not body else {}
        answer = httpx.post(
            f"{server.base_url}/sync/v1/push", content=coded, headers={**headers, **extra}
        )
        assert answer.status_code == 400, answer.text
        assert answer.json()["code"] == "invalid_request"
        assert reason in answer.json()["message"]


def test_a_readable_compact_push_with_bad_values_gets_the_same_answer_as_protocol_1(
    server: LiveServer,
) -> None:
    """The route validates the decoded push like any other: a mutation id of 0 is a 422."""
    ba, _coop_id = ba_of_a_new_cooperative(server)
    headers = {**PROTOCOL_3_HEADERS, "Authorization": f"Bearer {server.token(ba)}"}
    body = b'{"client_id":"c","first":0,"mutations":[["Vc","r",""]]}'
    answer = httpx.post(f"{server.base_url}/sync/v1/push", content=body, headers=headers)
    assert answer.status_code == 422
    assert answer.json()["code"] == "invalid_request"


# --- releases before protocol 3 --------------------------------------------------------------


@pytest.fixture(scope="module")
def protocol_2_server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveServer]:
    with release_server(request, tmp_path_factory.mktemp("protocol-2-server"),
                        PROTOCOL_2_RELEASE) as old:  # fmt: skip
        yield old


def test_this_laptop_speaks_protocol_2_with_a_server_of_the_previous_release(
    protocol_2_server: LiveServer, catalog: RegionCatalog, tmp_path: Path
) -> None:
    assert httpx.get(f"{protocol_2_server.base_url}/healthz").json()["protocol_versions"] == [1, 2]
    report, spoken = sync_a_week_through(protocol_2_server, catalog, tmp_path)
    assert (report.push.applied, report.push.rejected) == (3, 0)
    assert report.pull.changes == 1  # protocol 2's no echo: only the review comment comes
    assert spoken == {2}


EDIT_WITH_THE_OLDER_SERVICES = """
import dataclasses, sys
from kopdes_desktop.app import open_services
services = open_services()
detail = services.cooperatives.get(sys.argv[1])
coop = dataclasses.replace(detail.cooperative, member_count=int(sys.argv[2]))
services.cooperatives.save(dataclasses.replace(detail, cooperative=coop))
"""


def test_a_laptop_of_the_protocol_2_release_syncs_with_this_server(
    server: LiveServer, desks: DeskFactory, tmp_path: Path
) -> None:
    """The previous release's own code, in its own process: it pushes and pulls protocol 2 and
    converges with a protocol-3 laptop of the same account."""
    ba, coop_id = ba_of_a_new_cooperative(server, member_count=3)
    older = release_code(tmp_path / "older", PROTOCOL_2_RELEASE)
    data = tmp_path / "older-laptop"
    env = {
        **os.environ,
        "PYTHONPATH": str(older),
        "KOPDES_DATA_DIR": str(data),
        "KOPDES_RESOURCES_DIR": str(older / "resources"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }

    def run(*command: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, *command], input=stdin, env=env, capture_output=True, text=True,
            check=False, timeout=300, cwd=tmp_path,
        )  # fmt: skip

    where = run(
        "-c", "import kopdes_desktop.sync.protocol as p; print(p.__file__, p.PROTOCOL_VERSION)"
    )
    assert where.stdout.split() == [str(older / "kopdes_desktop/sync/protocol.py"), "2"]
    login = run("-m", "kopdes_desktop.cli", "login", "--server", server.base_url, "--username",
                ba.username, "--password-stdin", stdin=PASSWORD + "\n")  # fmt: skip
    assert login.returncode == 0, login.stderr
    assert run("-m", "kopdes_desktop.cli", "sync").returncode == 0
    edited = run("-c", EDIT_WITH_THE_OLDER_SERVICES, coop_id, "41")
    assert edited.returncode == 0, edited.stderr
    synced = run("-m", "kopdes_desktop.cli", "sync")
    assert synced.returncode == 0, synced.stderr
    new = desks(ba)
    new.sync.sync()
    assert new.cooperatives.get(coop_id).cooperative.member_count == 41
    edit_members(new, coop_id, 42)
    new.sync.sync()
    assert run("-m", "kopdes_desktop.cli", "sync").returncode == 0
    with sqlite3.connect(data / "kopdes.sqlite") as connection:
        (members,) = connection.execute(
            "SELECT member_count FROM cooperative WHERE id = ?", (coop_id,)
        ).fetchone()
    assert members == 42


# --- one round trip, ids in answers, short cursors ------------------------------------------


def test_a_round_brings_the_pull_in_the_push_answer(server: LiveServer, desks: DeskFactory) -> None:
    """One request instead of two: the push asks for the pull's first page; the review comment
    the server wrote arrives with it, the laptop's own records stay home."""
    ba, coop_id = ba_of_a_new_cooperative(server, member_count=3)
    desk = desks(ba)
    desk.sync.sync()
    visit = desk.visits.save_draft(complete_visit(coop_id))
    desk.visits.submit(visit)
    edit_members(desk, coop_id, 4)

    report = desk.sync.sync()

    assert report.requests == 1
    assert (report.push.applied, report.pull.pages, report.pull.changes) == (3, 1, 1)
    assert len(desk.visits.get(visit.visit.id).review_comments) == 1
    other = desks(ba)
    other.sync.sync()
    assert _state(other) == _state(desk)


def test_a_pull_longer_than_the_first_page_goes_on_from_its_cursor(
    server: LiveServer, desks: DeskFactory
) -> None:
    ba, coop_id = ba_of_a_new_cooperative(server, member_count=3)
    desk, other = desks(ba), desks(ba)
    desk.sync.sync()
    other.sync.sync()
    for number in range(5):
        edited = other.visits.save_draft(complete_visit(coop_id))
        other.visits.submit(edited)
        edit_members(other, coop_id, 10 + number)
    other.sync.sync()
    edit_members(desk, coop_id, 3)  # something to push, so the pull rides along
    desk.sync.engine().pages.limit = 2

    report = desk.sync.sync()

    assert report.pull.pages > 1
    other.sync.sync()
    assert _state(desk) == _state(other)


@settings(max_examples=200, deadline=None)
@given(_values, st.lists(_uuids, unique=True, max_size=4))
def test_an_id_table_gives_back_the_very_document(document: object, known: list[str]) -> None:
    """Also when the reader holds some ids already (an answer names the push's by number):
    those are not written again."""
    assert id_table.unpack(id_table.pack(document)) == document
    packed = id_table.pack(document, known)
    assert id_table.unpack(packed, known) == document
    table = packed.partition(id_table.SEPARATOR)[2]
    assert not set(id_table.read_table(table)) & set(known)


@settings(max_examples=200, deadline=None)
@given(
    epoch=st.one_of(_uuids, _texts),
    user=_uuids,
    base=st.integers(0, 2**62),
    ahead=st.none() | st.integers(0, 2**40),
    backfill=st.booleans(),
    after_version=st.integers(0, 2**62),
    after_id=st.just("") | _uuids | _texts,
)
def test_a_cursor_reads_back_as_written(  # noqa: PLR0917 (Hypothesis passes them by name)
    epoch: str, user: str, base: int, ahead: int | None, backfill: bool, after_version: int,
    after_id: str,
) -> None:  # fmt: skip
    from kopdes_desktop.server.cursor import Cursor

    target = None if ahead is None else base + ahead  # a pull's target is never behind
    cursor = Cursor(epoch, user, base, target, "backfill" if backfill else "changes",
                    after_version, after_id)  # fmt: skip
    assert Cursor.decode(cursor.encode()) == cursor


def test_a_cursor_of_the_previous_release_is_still_read(
    server: LiveServer, desks: DeskFactory
) -> None:
    """Laptops updated mid-pull hold a JSON cursor: the server goes on from it."""
    import base64

    from kopdes_desktop.server.cursor import Cursor

    ba, _coop_id = ba_of_a_new_cooperative(server)
    laptop = server.laptop(ba)
    laptop.pull()
    assert laptop.cursor is not None
    assert laptop.cursor.startswith(".")
    decoded = Cursor.decode(laptop.cursor)
    as_json = json.dumps(dataclasses.asdict(decoded)).encode()
    old_form = base64.urlsafe_b64encode(as_json).decode().rstrip("=")
    page = laptop.pull_page(old_form)
    assert page.status_code == 200, page.text
    assert page.json()["has_more"] is False


def test_a_push_answer_names_the_ids_the_push_sent_by_number() -> None:
    """The review comment's visit, cooperative and author are ids the push sent: the answer's
    own table holds only the comment's new id."""
    visit, cooperative, author, comment = (new_id() for _ in range(4))
    change = {"record_type": "review_comment", "record_id": comment,
              "cooperative_id": cooperative, "version": 4, "changed_by": author,
              "fields": {"visit_id": visit, "author_name": "Ani", "comment": ""}}  # fmt: skip
    page = PullResponse(changes=[change], cursor=".x", has_more=False, target_version=4)
    answer = PushResponse(results=[], last_mutation_id=3, server_version=4)
    known = [new_id(), visit, cooperative, author]

    coded = answer_json(answer, 3, pull=page, known_ids=known)

    assert id_table.read_table(coded.partition(id_table.SEPARATOR)[2]) == [comment]
    read = PushResponse.model_validate(expand_push_answer(id_table.unpack(coded, known)))
    assert read.pull is not None
    assert read.pull.changes[0]["fields"]["visit_id"] == visit
    assert read.pull.changes[0]["cooperative_id"] == cooperative
