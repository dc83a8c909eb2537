"""Two laptops move the same visit's position at once: the clash is settled as one position.

Real server (SQLite and PostgreSQL), two real laptops of a BA, the real window's Kotak Masuk
(pytest-qt). One laptop takes the position from a photo, the other types it; the typed one
arrives later and is kept. On the photo laptop the inbox shows ONE clash worded as a position,
and settling it acts on the whole position: "the other value" puts the photo's latitude,
longitude and source back together (one field version for all three), "keep" settles the
conflicts of both coordinates. Conflicts an earlier server recorded (without the whole
positions) are settled as well as they allow: both coordinates come back, the source is unknown.
A laptop of an earlier release syncs through all of it.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kopdes_desktop.domain.enums import GpsSource, Role
from kopdes_desktop.domain.records import RecordType
from kopdes_desktop.server.models import RecordRow
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.inbox import InboxKind
from kopdes_desktop.ui.main_window import INBOX, MainWindow
from tests.server.helpers import MEMPAWAH, LiveServer
from tests.sync.conftest import DeskFactory, round_done
from tests.sync.older_laptop import OlderLaptop
from tests.sync.test_directory import _older_client
from tests.sync.test_gps_source import PROTOCOL_2_RELEASE
from tests.sync.test_round_trip import complete_visit
from tests.ui.helpers import screenshot

COOPERATIVE = "Koperasi Desa Merah Putih Sungai Pinyuh"
START = (-0.02, 109.3, GpsSource.DEVICE)
FROM_PHOTO = (-0.0263, 109.34, GpsSource.PHOTO)
TYPED = (-0.0301, 109.3412, GpsSource.MANUAL)
Position = tuple[float | None, float | None, GpsSource | None]


def move(desk: AppServices, visit_id: str, where: Position) -> None:
    detail = desk.visits.get(visit_id)
    latitude, longitude, source = where
    visit = dataclasses.replace(
        detail.visit, latitude=latitude, longitude=longitude, gps_source=source
    )
    desk.visits.save_draft(dataclasses.replace(detail, visit=visit))


def on_laptop(desk: AppServices, visit_id: str) -> Position:
    visit = desk.visits.get(visit_id).visit
    return visit.latitude, visit.longitude, visit.gps_source


def on_server(server: LiveServer, visit_id: str) -> Position:
    data = row_on_server(server, visit_id).data
    source = data["gps_source"]
    return data["latitude"], data["longitude"], GpsSource(source) if source else None


def row_on_server(server: LiveServer, record_id: str) -> RecordRow:
    with server.db.read() as session:
        row = session.get(RecordRow, record_id)
        assert row is not None
        session.expunge(row)
        return row


def conflicts_on_server(server: LiveServer, visit_id: str) -> list[dict[str, Any]]:
    with server.db.read() as session:
        rows = session.scalars(
            select(RecordRow).where(
                RecordRow.record_type == RecordType.CONFLICT.value,
                RecordRow.parent_id == visit_id,
            )
        ).all()
        return [dict(row.data) for row in rows]


def forget_whole_positions(server: LiveServer, visit_id: str) -> None:
    """The conflicts as a server of an earlier release recorded them: the coordinate only."""
    with server.db.write() as session:
        for row in session.scalars(
            select(RecordRow).where(
                RecordRow.record_type == RecordType.CONFLICT.value,
                RecordRow.parent_id == visit_id,
            )
        ):
            data = dict(row.data)
            data.pop("kept_position", None)
            data.pop("other_position", None)
            row.data = data


def unsettled(desk: AppServices) -> int:
    with desk.context.database.read() as session:
        return len(desk.inbox.conflicts_in(session))


def clashing_laptops(
    server: LiveServer, desks: DeskFactory
) -> tuple[AppServices, AppServices, str]:
    """A BA's visit moved at once on two laptops: from a photo on one, typed on the other,
    which arrives later and is kept. Returns (typed laptop, photo laptop, visit id); the photo
    laptop has not yet pulled the clash."""
    ba = server.user(Role.BA, name="Siti Aminah")
    coop_id = server.cooperative(MEMPAWAH, name=COOPERATIVE)
    server.assign(ba, coop_id)
    typed = desks(ba, name="typed")
    photo = desks(ba, name="photo")  # made last: the window's data folder is this one's
    photo.sync.sync()
    visit_id = photo.visits.save_draft(complete_visit(coop_id)).visit.id
    move(photo, visit_id, START)
    assert photo.sync.sync().push.rejected == 0
    typed.sync.sync()
    move(photo, visit_id, FROM_PHOTO)
    assert photo.sync.sync().push.rejected == 0
    move(typed, visit_id, TYPED)
    assert typed.sync.sync().push.rejected == 0
    assert on_server(server, visit_id) == TYPED
    clashed = conflicts_on_server(server, visit_id)
    assert sorted(c["field_name"] for c in clashed) == ["latitude", "longitude"]
    return typed, photo, visit_id


def inbox_of(qtbot: QtBot, desk: AppServices) -> MainWindow:
    window = MainWindow(desk, "id")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: round_done(window), timeout=30_000)
    window.navigation.setCurrentRow(INBOX)
    qtbot.waitUntil(lambda: window.inbox.list.count() == 1, timeout=10_000)
    return window


def sync_window(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: round_done(window), timeout=30_000)
    with qtbot.waitSignal(window.sync.round_finished, timeout=30_000):
        window.sync.sync_now()


@pytest.mark.parametrize("choice", ["other", "keep"])
def test_a_position_clash_is_settled_as_one_position(
    qtbot: QtBot, server: LiveServer, desks: DeskFactory, indonesian_ui: None, choice: str
) -> None:
    typed, photo, visit_id = clashing_laptops(server, desks)
    window = inbox_of(qtbot, photo)
    inbox = window.inbox
    # One entry for the position, not one per coordinate, worded as a position.
    [entry] = [inbox.list.item(row) for row in range(inbox.list.count())]
    assert entry.text() == f"Bentrok pada {COOPERATIVE}: lokasi"
    assert window.sync_status.plain_text.startswith("1 bentrok perlu diselesaikan")
    inbox.list.setCurrentRow(0)
    assert inbox.detail.text() == (
        "Lokasi diubah oleh dua orang. "
        "Dipertahankan: Lintang -0,0301 · Bujur 109,3412 (diketik) (oleh Siti Aminah). "
        "Yang lain: Lintang -0,0263 · Bujur 109,34 (diambil dari foto) (oleh Siti Aminah)."
    )
    screenshot(qtbot, window, f"inbox-position-clash-{choice}")

    (inbox.keep_other if choice == "other" else inbox.keep_kept).click()
    qtbot.waitUntil(lambda: unsettled(photo) == 0, timeout=20_000)
    sync_window(qtbot, window)
    typed.sync.sync()

    expected = FROM_PHOTO if choice == "other" else TYPED
    assert on_laptop(photo, visit_id) == expected
    assert on_server(server, visit_id) == expected
    assert on_laptop(typed, visit_id) == expected
    # Every conflict of the position is settled, on the server and on both laptops.
    assert [c["resolved"] for c in conflicts_on_server(server, visit_id)] == [True, True]
    assert unsettled(typed) == 0
    if choice == "other":
        # One patch: the position and its source carry one field version.
        meta = row_on_server(server, visit_id).field_meta
        assert len({meta[name]["v"] for name in ("latitude", "longitude", "gps_source")}) == 1


def test_conflicts_of_an_earlier_server_are_settled_as_well_as_they_allow(
    qtbot: QtBot, server: LiveServer, desks: DeskFactory, indonesian_ui: None
) -> None:
    typed, photo, visit_id = clashing_laptops(server, desks)
    forget_whole_positions(server, visit_id)
    window = inbox_of(qtbot, photo)
    inbox = window.inbox
    [item] = [
        i for i in photo.inbox.items() if i.kind is InboxKind.CONFLICT
    ]  # one entry still, from the two coordinates' conflicts
    assert item.position is not None
    assert not item.position.complete
    inbox.list.setCurrentRow(0)
    assert "Yang lain: Lintang -0,0263 · Bujur 109,34 (oleh" in inbox.detail.text()
    assert "tidak diketahui asalnya" in inbox.detail.text()

    inbox.keep_other.click()
    qtbot.waitUntil(lambda: unsettled(photo) == 0, timeout=20_000)
    sync_window(qtbot, window)
    typed.sync.sync()
    # Both coordinates the photo laptop had, never one of each; where they came from is unknown.
    expected = (FROM_PHOTO[0], FROM_PHOTO[1], None)
    assert on_laptop(photo, visit_id) == expected
    assert on_server(server, visit_id) == expected
    assert on_laptop(typed, visit_id) == expected
    assert [c["resolved"] for c in conflicts_on_server(server, visit_id)] == [True, True]


def test_an_older_laptop_syncs_through_a_position_clash(
    server: LiveServer, desks: DeskFactory, tmp_path: Path
) -> None:
    ba = server.user(Role.BA)
    coop_id = server.cooperative(MEMPAWAH)
    server.assign(ba, coop_id)
    new_laptop = desks(ba, name="new")
    new_laptop.sync.sync()
    visit_id = new_laptop.visits.save_draft(complete_visit(coop_id)).visit.id
    move(new_laptop, visit_id, START)
    assert new_laptop.sync.sync().push.rejected == 0

    older = OlderLaptop(
        _older_client(tmp_path, PROTOCOL_2_RELEASE), tmp_path / "older-laptop", tmp_path
    )
    older.sign_in(server, ba)
    older.sync_cleanly()
    # The new laptop takes the position from a photo; the older one, unaware, types another:
    # it arrives later and is kept, so the conflicts carry the whole positions.
    move(new_laptop, visit_id, FROM_PHOTO)
    assert new_laptop.sync.sync().push.rejected == 0
    older.edit_visit(visit_id, latitude=TYPED[0], longitude=TYPED[1])
    older.sync_cleanly(clashes=2)  # an earlier release shows a coordinate's conflicts one by one
    clashed = conflicts_on_server(server, visit_id)
    assert all(json.loads(c["other_position"])["gps_source"] == "photo" for c in clashed)
    # The older laptop took the conflicts with their new fields, and nothing was set aside.
    older.sync_cleanly(clashes=2)
    with sqlite3.connect(older.database) as connection:
        fields = connection.execute(
            "SELECT field_name FROM conflict WHERE record_id = ? ORDER BY field_name", (visit_id,)
        ).fetchall()
    assert fields == [("latitude",), ("longitude",)]

    # The new laptop puts its photo's position back; the older laptop takes it.
    new_laptop.sync.sync()
    [item] = [i for i in new_laptop.inbox.items() if i.kind is InboxKind.CONFLICT]
    new_laptop.inbox.resolve_conflict(item.record_id, keep_other=True)
    assert new_laptop.sync.sync().push.rejected == 0
    assert on_server(server, visit_id) == FROM_PHOTO
    older.sync_cleanly()
    with sqlite3.connect(older.database) as connection:
        assert connection.execute(
            "SELECT latitude, longitude FROM visit WHERE id = ?", (visit_id,)
        ).fetchall() == [(FROM_PHOTO[0], FROM_PHOTO[1])]
        assert connection.execute(
            "SELECT COUNT(*) FROM conflict WHERE record_id = ? AND NOT resolved", (visit_id,)
        ).fetchall() == [(0,)]


def test_a_cooperative_position_clash_puts_both_coordinates_back(
    server: LiveServer, desks: DeskFactory
) -> None:
    """A cooperative keeps no source: its position is still one thing, both coordinates."""
    ba = server.user(Role.BA)
    coop_id = server.cooperative(MEMPAWAH)
    server.assign(ba, coop_id)
    first, second = desks(ba, name="first"), desks(ba, name="second")
    for desk in (first, second):
        desk.sync.sync()

    def place(desk: AppServices, latitude: float, longitude: float) -> None:
        detail = desk.cooperatives.get(coop_id)
        moved = dataclasses.replace(detail.cooperative, latitude=latitude, longitude=longitude)
        desk.cooperatives.save(dataclasses.replace(detail, cooperative=moved))

    place(first, 0.35, 109.05)
    assert first.sync.sync().push.rejected == 0
    place(second, 0.36, 109.07)
    assert second.sync.sync().push.rejected == 0
    first.sync.sync()
    [item] = [i for i in first.inbox.items() if i.kind is InboxKind.CONFLICT]
    assert item.position is not None
    assert item.position.other == {"latitude": 0.35, "longitude": 109.05}
    first.inbox.resolve_conflict(item.record_id, keep_other=True)
    assert first.sync.sync().push.rejected == 0
    second.sync.sync()
    for desk in (first, second):
        coop = desk.cooperatives.get(coop_id).cooperative
        assert (coop.latitude, coop.longitude) == (0.35, 109.05)
    assert unsettled(second) == 0
