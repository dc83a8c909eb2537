"""Protocol 2 next to protocol 1: a laptop of the previous release keeps syncing with this
server, and this laptop keeps syncing with a server of the previous release (the real one, run
from the last commit that spoke only protocol 1)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.mutations import MutationOp
from kopdes_desktop.domain.records import RecordType
from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.sync.client import SyncClient
from kopdes_desktop.sync.protocol import Mutation, MutationStatus, PushRequest
from kopdes_desktop.sync.transport import Transport
from tests.server.helpers import LiveServer
from tests.server.test_push import complete_visit as complete_visit_fields
from tests.sync.conftest import DeskFactory, ba_of_a_new_cooperative
from tests.sync.releases import release_server, sync_a_week_through
from tests.sync.test_convergence import _state
from tests.sync.test_round_trip import complete_visit
from tests.sync.test_scenarios import edit_members

# main before protocol 2: the release laptops and servers out there run.
PROTOCOL_1_RELEASE = "fcb3f50"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def old_server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveServer]:
    """A server of the protocol 1 release."""
    with release_server(request, tmp_path_factory.mktemp("protocol-1-server"),
                        PROTOCOL_1_RELEASE) as old:  # fmt: skip
        yield old


def test_the_old_server_really_speaks_only_protocol_1(old_server: LiveServer) -> None:
    import httpx

    assert httpx.get(f"{old_server.base_url}/healthz").json()["protocol_versions"] == [1]


def test_this_laptop_syncs_with_a_server_of_the_previous_release(
    old_server: LiveServer, catalog: RegionCatalog, tmp_path: Path
) -> None:
    report, spoken = sync_a_week_through(old_server, catalog, tmp_path)
    assert (report.push.applied, report.push.rejected) == (3, 0)
    assert report.pull.changes >= 3  # protocol 1: its own records come back
    assert spoken == {1}


def test_a_laptop_of_the_previous_release_syncs_with_this_server(
    server: LiveServer, desks: DeskFactory
) -> None:
    ba, coop_id = ba_of_a_new_cooperative(server, member_count=3)

    def protocol_1(url: str, token: str) -> Transport:
        return Transport(url, token=token, protocol=1)

    old, new = desks(ba, transport_factory=protocol_1), desks(ba)
    old.sync.sync()
    new.sync.sync()
    visit = old.visits.save_draft(complete_visit(coop_id))
    old.visits.submit(visit)
    edit_members(old, coop_id, 4)
    report = old.sync.sync()
    assert report.pull.changes >= 3  # as before: its own records come back whole
    new.sync.sync()
    assert new.visits.get(visit.visit.id).visit.findings == visit.visit.findings
    edit_members(new, coop_id, 5)
    new.sync.sync()
    old.sync.sync()
    assert old.cooperatives.get(coop_id).cooperative.member_count == 5
    assert _state(old) == _state(new)


def test_a_coded_body_the_old_server_refuses_goes_again_in_protocol_1(
    old_server: LiveServer,
) -> None:
    """A server before protocol 2 refuses a kopdes-zstd body (415) before it reads the version:
    the first request of a session being a push must not fail for it."""
    ba, coop_id = ba_of_a_new_cooperative(old_server)
    transport = Transport(old_server.base_url, token=old_server.token(ba))
    mutation = Mutation(
        mutation_id=1,
        record_type=RecordType.VISIT,
        record_id=new_id(),
        op=MutationOp.CREATE,
        fields={**complete_visit_fields(coop_id), "author_id": ba.id},
    )
    answer = SyncClient(transport).push(PushRequest(client_id=new_id(), mutations=[mutation]))
    assert answer.results[0].status is MutationStatus.APPLIED
    assert (transport.protocol, transport.requests_made) == (1, 2)
