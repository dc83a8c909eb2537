"""One bad record must never stop a laptop's sync.

Records the laptop cannot apply are written straight into the server's database (as a damaged
row, a faulty import or a newer server would leave them). The laptop applies everything else,
sets the bad ones aside, shows them in the inbox and the status, does not fail on them again,
and applies them once a newer version arrives, their parent arrives, or the app is updated.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.server.accounts import now
from kopdes_desktop.server.models import RecordRow
from kopdes_desktop.server.versioning import WriteBatch
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.inbox import InboxItem, InboxKind
from kopdes_desktop.storage.models import OfficerRow, SetAsideChange
from kopdes_desktop.ui.main_window import INBOX, MainWindow
from tests.server.helpers import LiveServer
from tests.sync.conftest import DeskFactory, ba_of_a_new_cooperative
from tests.ui.helpers import screenshot


def write_on_server(
    server: LiveServer,
    record_type: str,
    record_id: str,
    cooperative_id: str,
    values: dict[str, Any],
    *,
    parent_id: str | None = None,
    author_id: str | None = None,
) -> None:
    """Write field values of a record directly into the server's database, unchecked."""
    with server.db.write() as session:
        row = session.get(RecordRow, record_id)
        if row is None:
            row = RecordRow(
                record_id=record_id,
                record_type=record_type,
                cooperative_id=cooperative_id,
                parent_id=parent_id or (None if record_type == "cooperative" else cooperative_id),
                author_id=author_id,
                data={},
                field_meta={},
                deleted=False,
                created_at=now(),
                updated_at=now(),
            )
            session.add(row)
        batch = WriteBatch(session, user_id=None, client_id="crafted-on-the-server")
        batch.write_fields(row, values)
        batch.finish()


def tombstone_on_server(server: LiveServer, record_id: str) -> None:
    with server.db.write() as session:
        row = session.get(RecordRow, record_id)
        assert row is not None
        row.deleted = True
        batch = WriteBatch(session, user_id=None, client_id="crafted-on-the-server")
        batch.touch(row)
        batch.finish()


@pytest.fixture
def crafted(server: LiveServer) -> Iterator[list[str]]:
    """Records a test left unreadable on the shared server: deleted afterwards, so the laptops
    of later tests (a PMO of the same kabupaten) do not find them."""
    left: list[str] = []
    yield left
    for record_id in left:
        tombstone_on_server(server, record_id)


def not_applied(desk: AppServices) -> dict[str, InboxItem]:
    """Inbox items of changes not applied, by record type."""
    items = [i for i in desk.inbox.items() if i.kind is InboxKind.NOT_APPLIED]
    return {item.record_type: item for item in items}


def test_changes_the_laptop_cannot_apply_are_set_aside_and_everything_else_syncs(
    server: LiveServer, desks: DeskFactory, crafted: list[str]
) -> None:
    ba, coop_id = ba_of_a_new_cooperative(server, member_count=5)
    desk = desks(ba)
    desk.sync.sync()

    # The server repairs values its value rules refuse (10**20, lone surrogates) before it
    # sends them; a value of the wrong type or an unknown choice goes out as stored.
    write_on_server(server, "cooperative", coop_id, coop_id, {"member_count": "banyak"})
    odd_officer = new_id()
    crafted.append(odd_officer)
    write_on_server(
        server,
        "officer",
        odd_officer,
        coop_id,
        {"cooperative_id": coop_id, "body": "pengurus", "name": "Ani", "role": "raja"},
    )
    orphan_action = new_id()
    write_on_server(
        server, "agreed_action", orphan_action, coop_id,
        {"visit_id": (missing_visit := new_id()), "description": "Rapat anggota"},
        parent_id=missing_visit,
    )  # fmt: skip
    good_officer = new_id()
    write_on_server(
        server, "officer", good_officer, coop_id,
        {"cooperative_id": coop_id, "body": "pengawas", "name": "Budi"},
    )  # fmt: skip

    report = desk.sync.sync()  # no exception: the round completes
    assert report.applied.set_aside == 3
    assert desk.cooperatives.get(coop_id).cooperative.member_count == 5  # kept as it was
    names = {o.name for o in desk.cooperatives.get(coop_id).officers}
    assert names == {"Budi"}  # the good change of the same pull is in
    assert desk.sync.status().set_aside_changes == 3
    items = not_applied(desk)
    reasons = {record_type: item.reason for record_type, item in items.items()}
    assert reasons == {
        "cooperative": "unreadable",
        "officer": "unreadable",
        "agreed_action": "missing_parent",
    }
    assert items["officer"].values is not None
    assert items["officer"].values["role"] == "raja"

    again = desk.sync.sync()  # the next sync neither fails nor repeats them
    assert again.applied.set_aside == 0
    assert desk.sync.status().set_aside_changes == 3
    desk.inbox.dismiss_not_applied(int(items["officer"].record_id))
    desk.sync.sync()
    assert set(not_applied(desk)) == {"cooperative", "agreed_action"}
    assert desk.sync.status().set_aside_changes == 2

    # A newer version of the record replaces what was set aside; the parent's arrival lets the
    # orphan in.
    write_on_server(server, "cooperative", coop_id, coop_id, {"member_count": 40})
    write_on_server(
        server, "visit", missing_visit, coop_id,
        {"cooperative_id": coop_id, "author_id": ba.id, "visit_date": "2026-11-20"},
        author_id=ba.id,
    )  # fmt: skip
    desk.sync.sync()
    assert desk.cooperatives.get(coop_id).cooperative.member_count == 40
    actions = desk.visits.get(missing_visit).actions
    assert [a.description for a in actions] == ["Rapat anggota"]
    assert not_applied(desk) == {}
    with desk.context.database.read() as session:
        assert [row.record_id for row in session.scalars(select(SetAsideChange))] == [odd_officer]
    assert desk.sync.status().set_aside_changes == 0  # the one left was dismissed


def test_after_an_update_set_aside_changes_are_tried_again(
    server: LiveServer, desks: DeskFactory
) -> None:
    """What an older version could not read is applied once the app can."""
    ba, coop_id = ba_of_a_new_cooperative(server)
    desk = desks(ba)
    desk.sync.sync()
    officer_id = new_id()
    change = {
        "record_type": "officer",
        "record_id": officer_id,
        "cooperative_id": coop_id,
        "version": 1,
        "deleted": False,
        "fields": {"cooperative_id": coop_id, "body": "pengurus", "name": "Citra"},
        "field_versions": {"name": 1},
    }
    with desk.context.database.write() as session:  # as version 0.0.9 left it
        session.add(
            SetAsideChange(
                record_type="officer",
                record_id=officer_id,
                cooperative_id=coop_id,
                version=1,
                change=change,
                reason="unreadable",
                detail="FieldDecodeError: body: unknown value",
                app_version="0.0.9",
                set_aside_at="2026-11-01T00:00:00+00:00",
            )
        )
    assert desk.sync.status().set_aside_changes == 1
    desk.sync.sync()
    with desk.context.database.read() as session:
        officer = session.get(OfficerRow, officer_id)
        assert officer is not None
        assert officer.name == "Citra"
    assert desk.sync.status().set_aside_changes == 0


@pytest.mark.usefixtures("indonesian_ui")
def test_the_window_shows_a_change_it_could_not_apply_in_the_status_bar_and_inbox(
    qtbot: QtBot, server: LiveServer, desks: DeskFactory, crafted: list[str]
) -> None:
    ba, coop_id = ba_of_a_new_cooperative(server, name="KDKMP Sungai Kunyit")
    desk = desks(ba)
    desk.sync.sync()
    write_on_server(server, "cooperative", coop_id, coop_id, {"health_rating": "luar biasa"})
    crafted.append(coop_id)
    window = MainWindow(desk, "id")
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    status = window.sync_status
    qtbot.waitUntil(
        lambda: status.plain_text == "1 perubahan dari server tidak diterapkan · lihat Kotak Masuk",
        timeout=20_000,
    )  # the round completed, and the status bar does not call the laptop "Tersinkron"
    window.navigation.setCurrentRow(INBOX)
    inbox = window.inbox
    qtbot.waitUntil(lambda: inbox.list.count() == 1, timeout=20_000)
    assert inbox.list.item(0).text() == (
        "Perubahan dari server tidak diterapkan di sini — isinya tidak bisa dibaca oleh versi "
        "aplikasi ini"
    )
    inbox.list.setCurrentRow(0)
    assert "(profil koperasi, KDKMP Sungai Kunyit)" in inbox.detail.text()
    assert inbox.dismiss.isVisible()
    screenshot(qtbot, window, "inbox-change-not-applied")
    inbox.dismiss.click()
    qtbot.waitUntil(lambda: inbox.list.count() == 0, timeout=20_000)
    assert desk.sync.status().set_aside_changes == 0
    window.close()
