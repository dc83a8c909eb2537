"""On PostgreSQL, a write that started earlier but commits later is never skipped by a pull.

Two real connections: transaction A applies a mutation and stays open; meanwhile another laptop
pushes over HTTP and commits, and a reader pulls past it. When A commits, the reader's next pull
must still bring A's record.
"""

from __future__ import annotations

import threading
import time

import pytest

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.paths import regions_dir
from kopdes_desktop.server.accounts import caller_for_token
from kopdes_desktop.server.push import lock_client
from kopdes_desktop.server.rules import MutationContext, apply_mutation
from kopdes_desktop.server.versioning import WriteBatch
from kopdes_desktop.sync.protocol import Mutation
from tests.server.helpers import LiveServer
from tests.server.test_push import visit_fields


@pytest.fixture
def pg_server(server: LiveServer) -> LiveServer:
    if server.backend != "postgres":
        pytest.skip("out-of-order commits are a PostgreSQL concern (SQLite has one writer)")
    return server


def test_late_commit_of_an_earlier_transaction_is_not_skipped(pg_server: LiveServer) -> None:
    server = pg_server
    cooperative = server.cooperative()
    slow_ba, fast_ba = server.user(Role.BA), server.user(Role.BA)
    server.assign(slow_ba, cooperative)
    server.assign(fast_ba, cooperative)
    pmo = server.user(Role.PMO, kabupaten=["61.01"])
    reader = server.laptop(pmo)
    reader.pull()
    catalog = RegionCatalog.from_directory(regions_dir())
    slow_token = server.token(slow_ba)
    slow_visit = new_id()

    with server.db.write() as session:  # transaction A: starts first
        caller = caller_for_token(session, slow_token)
        assert caller is not None
        client = lock_client(session, caller, new_id())
        batch = WriteBatch(session, user_id=caller.user_id, client_id=client.client_id)
        mutation = Mutation(
            mutation_id=1, record_type="visit", record_id=slow_visit, op="create",
            fields=visit_fields(cooperative),
        )  # fmt: skip
        assert (
            apply_mutation(
                MutationContext(session, batch, caller, client.client_id, catalog), mutation
            )
            == []
        )
        session.flush()

        fast = server.laptop(fast_ba)  # transaction B: starts later, commits first
        fast_visit = fast.create("visit", visit_fields(cooperative))
        assert fast.push(fast_visit)[0]["status"] == "applied"
        first = {c["record_id"] for c in reader.pull()}
        assert fast_visit["record_id"] in first
        assert slow_visit not in first

        batch.finish()
        client.last_mutation_id = 1
    # A has committed now, with a version above everything the reader has seen.
    second = {c["record_id"] for c in reader.pull()}
    assert slow_visit in second


def test_versions_become_visible_in_commit_order(pg_server: LiveServer) -> None:
    server = pg_server
    cooperative = server.cooperative()
    ba = server.user(Role.BA)
    server.assign(ba, cooperative)
    laptop = server.laptop(ba)
    reader = server.laptop(ba)
    reader.pull()
    finished = threading.Event()
    versions: list[int] = []

    with server.db.write() as session:
        holder = WriteBatch(session, user_id=None, client_id="test")
        held_version = holder.finish()  # A holds the counter's row lock until it commits

        def push_meanwhile() -> None:
            result = laptop.push(laptop.create("visit", visit_fields(cooperative)))
            versions.append(result[0]["version"])
            finished.set()

        thread = threading.Thread(target=push_meanwhile)
        thread.start()
        time.sleep(0.5)
        assert not finished.is_set(), "B must wait: it cannot take a version before A commits"
        assert reader.pull() == []  # and nothing of B is visible yet
    thread.join(timeout=30)
    assert versions == [held_version + 1]
    assert len(reader.pull()) == 1
