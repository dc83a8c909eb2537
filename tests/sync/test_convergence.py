"""Property: however edits, syncs and a broken network interleave, every laptop ends up equal to
the server, no change is lost and none is applied twice.

Four installs (two laptops of one BA, a second BA, their PMO) make random offline edits and sync
in random order through a proxy that drops, delays, duplicates, truncates, fails and resets
requests. At the end the network heals, everyone syncs, and each install is compared with a fresh
install of the same account. ``KOPDES_CONVERGENCE_EXAMPLES`` / ``_STEPS`` make the run longer
(bench/convergence_long.sh runs it with many more).
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import time
from datetime import date
from datetime import time as clock
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import func, select

from kopdes_desktop.domain import codec
from kopdes_desktop.domain.enums import PersonMet, Role, TravelMode, VisitPurpose, VisitStatus
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.mutations import Intent
from kopdes_desktop.domain.records import Officer, RecordType, Visit, VisitDetail
from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.server.models import AppliedMutation
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.errors import NotEditableError
from kopdes_desktop.storage import outbox, record_store
from kopdes_desktop.storage.models import RejectedChange, model_for
from kopdes_desktop.sync.transport import SyncError, Transport
from tests.server.helpers import PASSWORD, SAMBAS, LiveServer
from tests.sync.conftest import make_desk
from tests.sync.fault_proxy import FaultProxy

EXAMPLES = int(os.environ.get("KOPDES_CONVERGENCE_EXAMPLES", "6"))
STEPS = int(os.environ.get("KOPDES_CONVERGENCE_STEPS", "25"))
COMPARED_TYPES = (
    RecordType.COOPERATIVE,
    RecordType.OFFICER,
    RecordType.VISIT,
    RecordType.AGREED_ACTION,
    RecordType.REVIEW_COMMENT,
    RecordType.CONFLICT,
)
# Reasons that would mean the client sent something malformed, never a legitimate race.
CLIENT_BUGS = {"bad_fields", "read_only_field", "unsupported_schema", "id_taken"}


def _state(desk: AppServices) -> dict[tuple[str, str], dict[str, Any]]:
    """Every live record the install holds, as the plain values that travel."""
    from kopdes_desktop.domain.records import RECORD_CLASSES

    snapshot: dict[tuple[str, str], dict[str, Any]] = {}
    with desk.context.database.read() as session:
        for record_type in COMPARED_TYPES:
            model = model_for(record_type)
            for row in session.scalars(select(model).where(model.deleted.is_(False))):
                record = record_store.row_to_record(record_type, row)
                assert type(record) is RECORD_CLASSES[record_type]
                snapshot[(record_type.value, row.id)] = codec.encode(record)
    return snapshot


class Network:
    def __init__(
        self, server: LiveServer, proxy: FaultProxy, catalog: RegionCatalog, folder: Path
    ) -> None:
        self.server, self.proxy, self.catalog, self.folder = server, proxy, catalog, folder
        self.count = 0

    def desk(self, user: Any, *, through_proxy: bool = True) -> AppServices:
        self.count += 1
        folder = self.folder / f"desk{self.count}"
        os.environ["KOPDES_DATA_DIR"] = str(folder)
        proxy_url = self.proxy.url

        def transport(url: str, token: str) -> Transport:
            return Transport(
                proxy_url if through_proxy else url,
                token=token,
                retries=2,
                sleep=lambda seconds: time.sleep(min(seconds, 0.01)),
            )

        desk = make_desk(folder, self.catalog, transport_factory=transport)
        enabled, self.proxy.enabled = self.proxy.enabled, False  # sign-in is not the test
        try:
            desk.sync.sign_in(self.server.base_url, user.username, PASSWORD, folder.name)
        finally:
            self.proxy.enabled = enabled
        return desk


class ConvergenceMachine(RuleBasedStateMachine):
    def __init__(self, network: Network) -> None:
        super().__init__()
        server = network.server
        self.network = network
        self.ba = server.user(Role.BA)
        self.other_ba = server.user(Role.BA)
        self.pmo = server.user(Role.PMO, kabupaten=[SAMBAS])
        self.coops = [server.cooperative(SAMBAS, member_count=10) for _ in range(2)]
        for user in (self.ba, self.other_ba):
            server.assign(user, *self.coops)
        network.proxy.enabled = True  # the previous example's teardown healed the network
        self.laptops = [network.desk(self.ba), network.desk(self.ba), network.desk(self.other_ba)]
        self.reviewer = network.desk(self.pmo)
        self.desks = [*self.laptops, self.reviewer]
        self.users = {
            id(d): u
            for d, u in zip(self.desks, [self.ba, self.ba, self.other_ba, self.pmo], strict=True)
        }
        for desk in self.desks:
            self._sync(desk)

    def _sync(self, desk: AppServices) -> None:
        # A broken link ends the round early; the next round resumes: that is what is tested.
        with contextlib.suppress(SyncError):
            desk.sync.sync()

    def _cooperative_known(self, desk: AppServices, coop_id: str) -> bool:
        try:
            desk.cooperatives.get(coop_id)
        except Exception:
            return False
        return True

    # --- edits --------------------------------------------------------------------------

    @rule(
        desk=st.integers(0, 3),
        coop=st.integers(0, 1),
        change=st.sampled_from(
            [
                ("member_count", 11),
                ("member_count", 12),
                ("phone", "0812-1"),
                ("phone", "0812-2"),
                ("notes", "lahan siap"),
                ("notes", ""),
            ]
        ),
    )
    def edit_cooperative(self, desk: int, coop: int, change: tuple[str, Any]) -> None:
        services, coop_id = self.desks[desk], self.coops[coop]
        if not self._cooperative_known(services, coop_id):
            return
        detail = services.cooperatives.get(coop_id)
        edited = dataclasses.replace(detail.cooperative, **{change[0]: change[1]})
        services.cooperatives.save(dataclasses.replace(detail, cooperative=edited))

    @rule(desk=st.integers(0, 2), coop=st.integers(0, 1), name=st.sampled_from(["Siti", "Agus"]))
    def add_officer(self, desk: int, coop: int, name: str) -> None:
        services, coop_id = self.laptops[desk], self.coops[coop]
        if not self._cooperative_known(services, coop_id):
            return
        detail = services.cooperatives.get(coop_id)
        officer = Officer(id=new_id(), cooperative_id=coop_id, name=name)
        services.cooperatives.save(
            dataclasses.replace(detail, officers=(*detail.officers, officer))
        )

    @rule(desk=st.integers(0, 2), coop=st.integers(0, 1))
    def remove_officer(self, desk: int, coop: int) -> None:
        services, coop_id = self.laptops[desk], self.coops[coop]
        if not self._cooperative_known(services, coop_id):
            return
        detail = services.cooperatives.get(coop_id)
        if detail.officers:
            services.cooperatives.save(dataclasses.replace(detail, officers=detail.officers[1:]))

    @rule(desk=st.integers(0, 2), coop=st.integers(0, 1), complete=st.booleans())
    def create_visit(self, desk: int, coop: int, complete: bool) -> None:
        services, coop_id = self.laptops[desk], self.coops[coop]
        if not self._cooperative_known(services, coop_id):
            return
        visit = Visit(id=new_id(), cooperative_id=coop_id, findings="kunjungan awal")
        if complete:
            visit = dataclasses.replace(
                visit,
                visit_date=date(2026, 11, 20),
                start_time=clock(9),
                end_time=clock(10),
                travel_mode=TravelMode.RIVER,
                people_met=(PersonMet.PENGURUS,),
                purposes=(VisitPurpose.MONITORING,),
            )
        services.visits.save_draft(VisitDetail(visit))

    def _own_visits(self, services: AppServices) -> list[VisitDetail]:
        from kopdes_desktop.domain.listing import PageRequest, VisitFilter

        items = services.visits.list(VisitFilter(page=PageRequest(0, 1000))).items
        user = self.users[id(services)]
        details = [services.visits.get(item.id) for item in items]
        return [d for d in details if d.visit.author_id == user.id]

    @rule(desk=st.integers(0, 2), text=st.sampled_from(["pembukuan rapi", "gudang bocor"]))
    def edit_visit(self, desk: int, text: str) -> None:
        services = self.laptops[desk]
        editable = [d for d in self._own_visits(services) if d.visit.status.editable_by_author]
        if editable:
            detail = editable[0]
            services.visits.save_draft(
                dataclasses.replace(detail, visit=dataclasses.replace(detail.visit, findings=text))
            )

    @rule(desk=st.integers(0, 2))
    def submit_visit(self, desk: int) -> None:
        services = self.laptops[desk]
        for detail in self._own_visits(services):
            if detail.visit.status.editable_by_author and detail.visit.visit_date:
                with contextlib.suppress(NotEditableError):
                    services.visits.submit(detail)
                return

    @rule(desk=st.integers(0, 2))
    def delete_visit(self, desk: int) -> None:
        services = self.laptops[desk]
        drafts = [d for d in self._own_visits(services) if d.visit.status is VisitStatus.DRAFT]
        if drafts:
            services.visits.delete(drafts[-1].visit.id)

    @rule(approve=st.booleans())
    def review(self, approve: bool) -> None:
        from kopdes_desktop.domain.listing import PageRequest, VisitFilter

        services = self.reviewer
        waiting = [
            item
            for item in services.visits.list(VisitFilter(page=PageRequest(0, 1000))).items
            if item.status.awaiting_review
        ]
        if not waiting:
            return
        target = VisitStatus.APPROVED if approve else VisitStatus.NEEDS_REVISION
        with services.context.database.write() as session:
            record_store.patch(
                session,
                RecordType.VISIT,
                waiting[0].id,
                {"status": target},
                intent=Intent.SET_VISIT_STATUS,
                intent_args={
                    "from": waiting[0].status.value,
                    "to": target.value,
                    "comment": "" if approve else "lengkapi daftar hadir",
                },
            )

    # --- syncing and restarting ---------------------------------------------------------

    @rule(desk=st.integers(0, 3))
    def sync(self, desk: int) -> None:
        self._sync(self.desks[desk])

    @rule()
    def sync_everyone(self) -> None:
        for services in self.desks:
            self._sync(services)

    @rule(desk=st.integers(0, 3))
    def restart(self, desk: int) -> None:
        """The app is closed and opened again: a new engine, the same database file."""
        services = self.desks[desk]
        services.sync._engine = None

    @invariant()
    def outbox_numbers_have_no_gaps(self) -> None:
        for services in self.desks:
            with services.context.database.read() as session:
                ids = [m.mutation_id for m in outbox.pending(session)]
            assert ids == list(range(ids[0], ids[0] + len(ids))) if ids else True

    # --- the end ------------------------------------------------------------------------

    def teardown(self) -> None:
        network = self.network
        network.proxy.enabled = False
        try:
            for _round in range(3):
                for services in self.desks:
                    services.sync.sync()
            for services in self.desks:
                self._check(services)
        finally:
            for services in self.desks:
                services.context.database.dispose()

    def _check(self, services: AppServices) -> None:
        status = services.sync.status()
        assert status.pending_changes == 0
        with services.context.database.read() as session:
            state = outbox.sync_state(session)
            client_id, last = state.client_id, state.last_mutation_id
            reasons = set(session.scalars(select(RejectedChange.reason)))
        assert not reasons & CLIENT_BUGS, reasons
        # Nothing lost, nothing twice: the server consumed each mutation id exactly once.
        with self.network.server.db.read() as server_session:
            consumed = server_session.scalar(
                select(func.count())
                .select_from(AppliedMutation)
                .where(AppliedMutation.client_id == client_id)
            )
        assert consumed == last
        fresh = self.network.desk(self.users[id(services)], through_proxy=False)
        try:
            fresh.sync.sync()
            assert _state(services) == _state(fresh)
        finally:
            fresh.context.database.dispose()


@pytest.mark.slow
def test_laptops_converge_through_a_broken_network(
    server: LiveServer, catalog: RegionCatalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KOPDES_DATA_DIR", str(tmp_path))  # restored after the test
    proxy = FaultProxy(server.base_url, fault_rate=0.35, seed=len(server.backend))
    network = Network(server, proxy, catalog, tmp_path)
    started = time.monotonic()
    try:
        run_state_machine_as_test(
            lambda: ConvergenceMachine(network),
            settings=settings(
                max_examples=EXAMPLES,
                stateful_step_count=STEPS,
                deadline=None,
                suppress_health_check=list(HealthCheck),
            ),
        )
    finally:
        proxy.close()
    # Figures for docs/benchmarks.md (shown with -s, as bench/convergence_long.sh runs it).
    faults = ", ".join(f"{fault.value} {count}" for fault, count in proxy.counts.items())
    print(
        f"\nconvergence on {server.backend}: {EXAMPLES} examples x up to {STEPS} steps in "
        f"{time.monotonic() - started:.0f} s; requests by fault: {faults}"
    )
    # The proxy really did break things, in every way it knows.
    assert all(count > 0 for count in proxy.counts.values()), proxy.counts
