"""A long first download says how far it has got (records of how many, time left), asks for the
next page while it stages the current one, and a link that drops in the middle loses none of
the pages already staged."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.server.accounts import now
from kopdes_desktop.server.models import RecordRow
from kopdes_desktop.server.versioning import PENDING, WriteBatch
from kopdes_desktop.storage.models import VisitRow
from kopdes_desktop.sync.page_prefetch import PagePrefetcher
from kopdes_desktop.sync.protocol import PullPage
from kopdes_desktop.sync.pull import staged_pages
from kopdes_desktop.sync.round_progress import Progress, Stage
from kopdes_desktop.sync.transport import SyncError, TransientError, Transport
from kopdes_desktop.ui import sync_messages
from kopdes_desktop.ui.sync_controller import SyncSnapshot, SyncState
from kopdes_desktop.ui.sync_status_widget import SyncStatusWidget
from tests.server.helpers import LiveServer
from tests.sync.conftest import DeskFactory, ba_of_a_new_cooperative
from tests.sync.fault_proxy import Fault, FaultProxy

VISITS = 300


def visits_on_server(server: LiveServer, cooperative_id: str, count: int) -> None:
    """Visits written straight into the server, as many BAs' syncs would have left them."""
    with server.db.write() as session:
        batch = WriteBatch(session, user_id=None, client_id="progress-test")
        for number in range(count):
            row = RecordRow(
                record_id=new_id(), record_type="visit", cooperative_id=cooperative_id,
                parent_id=cooperative_id, author_id=None, data={}, field_meta={},
                version=PENDING, deleted=False, created_at=now(), updated_at=now(),
            )  # fmt: skip
            session.add(row)
            batch.write_fields(
                row, {"cooperative_id": cooperative_id, "findings": f"Kunjungan {number}"}
            )
        batch.finish()


def test_a_long_download_counts_its_records_and_estimates_the_time_left(
    server: LiveServer, desks: DeskFactory
) -> None:
    ba, cooperative_id = ba_of_a_new_cooperative(server)
    visits_on_server(server, cooperative_id, VISITS)
    desk = desks(ba)
    desk.sync.engine().pages.limit = 50  # several pages: 50, 100, then the rest
    seen: list[Progress] = []
    report = desk.sync.sync(seen.append)
    total = report.pull.changes
    assert total == VISITS + 1  # and the cooperative
    assert report.pull.pages >= 3
    pulled = [p for p in seen if p.stage is Stage.PULL and p.rows_done]
    assert [p.rows_total for p in pulled] == [total] * len(pulled)  # told by the first page
    counts = [p.rows_done for p in pulled]
    assert counts == sorted(set(counts))
    assert counts[-1] == total
    assert pulled[0].seconds_left is None  # no pace yet after one page
    assert all(p.seconds_left is not None and p.seconds_left >= 0 for p in pulled[1:])
    shares = [p.share for p in pulled]
    assert shares == sorted(shares)
    assert 0.5 < shares[0] < shares[-1] <= 0.8  # within the pull's part of the round
    applied = [p for p in seen if p.stage is Stage.APPLY and p.rows_done]
    assert applied[-1].rows_done == applied[-1].rows_total == total


def test_a_link_dropping_mid_download_keeps_the_staged_pages(
    server: LiveServer, desks: DeskFactory
) -> None:
    ba, cooperative_id = ba_of_a_new_cooperative(server)
    visits_on_server(server, cooperative_id, VISITS)
    proxy = FaultProxy(server.base_url, fault_rate=0)
    pulls = 0

    def third_pull_and_later_drop(method: str, path: str) -> Fault | None:
        nonlocal pulls
        if path.startswith("/sync/v1/pull"):
            pulls += 1
            return Fault.DROP_AFTER if pulls >= 3 else None
        return None

    try:
        desk = desks(
            ba,
            transport_factory=lambda url, token: Transport(
                proxy.url, token=token, retries=1, sleep=lambda s: None
            ),
        )
        desk.sync.engine().pages.limit = 50
        proxy.plan = third_pull_and_later_drop
        with pytest.raises(SyncError):
            desk.sync.sync()
        # The two pages that came in were staged before the round ended (the third request was
        # already on its way while the second page was being written).
        assert staged_pages(desk.context.database) == 2
        proxy.plan = None
        report = desk.sync.sync()
    finally:
        proxy.close()
    assert report.pull.changes == VISITS + 1 - 150  # only what was still missing
    with desk.context.database.read() as session:
        stored = (
            select(func.count())
            .select_from(VisitRow)
            .where(VisitRow.cooperative_id == cooperative_id)
        )
        assert session.scalar(stored) == VISITS


def page(number: int, *, more: bool) -> PullPage:
    return PullPage(changes=[], cursor=f"after-{number}", has_more=more, target_version=9)


class Sizer:
    def __init__(self) -> None:
        self.limit = 50
        self.failures = 0

    def failed(self) -> None:
        self.failures += 1

    def succeeded(self) -> None:
        self.limit *= 2


def test_the_next_page_is_asked_for_while_the_current_one_is_handled() -> None:
    asked: list[tuple[str | None, int]] = []
    second_asked = threading.Event()

    def ask(cursor: str | None, limit: int) -> PullPage:
        asked.append((cursor, limit))
        if len(asked) == 2:
            second_asked.set()
        if len(asked) == 3:
            raise TransientError("link dropped")
        return page(len(asked), more=True)

    sizer = Sizer()
    handled: list[str] = []

    def handle_pages() -> None:
        with PagePrefetcher(ask, None, sizer) as pages:
            for current in pages:
                if not handled:
                    # Still handling the first page: the second request is already out.
                    assert second_asked.wait(10)
                handled.append(current.cursor)

    with pytest.raises(TransientError):
        handle_pages()
    assert handled == ["after-1", "after-2"]  # both pages that came, in order, then the error
    assert asked == [(None, 50), ("after-1", 100), ("after-2", 200)]
    assert sizer.failures == 1


def test_progress_reads_as_records_of_how_many_and_the_time_left(
    qapp: QApplication, indonesian_ui: None
) -> None:
    downloading = Progress(Stage.PULL, 0.65, 45_000, 90_000, 31.0)
    expected = "Mengunduh 45.000 dari 90.000 baris · sekitar 30 detik lagi"
    assert sync_messages.rows_text(downloading, "id") == expected
    widget = SyncStatusWidget("id")
    widget.show_snapshot(SyncSnapshot(SyncState.SYNCING, 0.65, rows=downloading))
    assert widget.plain_text == expected
    assert widget.progress.value() == 65
    saving = Progress(Stage.APPLY, 0.85, 60_000, 90_000, 170.0)
    assert sync_messages.rows_text(saving, "id") == (
        "Menyimpan 60.000 dari 90.000 baris · sekitar 3 menit lagi"
    )
    unknown_total = Progress(Stage.PULL, 0.5, 2_000, None, None)  # an older server
    assert sync_messages.rows_text(unknown_total, "id") == "Mengunduh 2.000 baris"
    pushing = Progress(Stage.PUSH, 0.1)
    widget.show_snapshot(SyncSnapshot(SyncState.SYNCING, 0.1, rows=pushing))
    assert widget.plain_text == "Menyinkronkan 10%"
