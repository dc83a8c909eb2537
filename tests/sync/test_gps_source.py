"""Where a visit's position came from, across laptops and releases (issue 13 item 7, QA F11).

Real server (SQLite and PostgreSQL), real laptops: the PMO's Tinjauan says "diambil dari foto"
for a position a BA took from a photo, after another laptop of the BA edited something else;
laptops of the previous releases (protocol 2 at e0c2ac3, protocol 1 at fcb3f50, unpacked from
the repository's history as tests/sync/test_directory.py does) sync without error, leave the
source alone when they edit other fields, and make it unknown when they move the position.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kopdes_desktop.domain.enums import GpsSource, Role
from kopdes_desktop.domain.records import VisitDetail
from kopdes_desktop.server.models import RecordRow
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.ui.main_window import REVIEW, MainWindow
from tests.server.helpers import MEMPAWAH, LiveServer
from tests.sync.conftest import DeskFactory, round_done
from tests.sync.older_laptop import OlderLaptop
from tests.sync.test_directory import OLDER_CLIENT_COMMIT, _older_client
from tests.sync.test_round_trip import complete_visit
from tests.ui.helpers import screenshot

PROTOCOL_2_RELEASE = "e0c2ac3"
PROTOCOL_1_RELEASE = OLDER_CLIENT_COMMIT


def visit_from_a_photo(cooperative_id: str) -> VisitDetail:
    detail = complete_visit(cooperative_id)
    visit = dataclasses.replace(
        detail.visit, latitude=0.35, longitude=109.05, gps_source=GpsSource.PHOTO
    )
    return dataclasses.replace(detail, visit=visit)


def stored(server: LiveServer, record_id: str) -> dict[str, object]:
    with server.db.read() as session:
        row = session.get(RecordRow, record_id)
        assert row is not None
        return dict(row.data)


def edit_findings(desk: AppServices, visit_id: str, findings: str) -> None:
    detail = desk.visits.get(visit_id)
    visit = dataclasses.replace(detail.visit, findings=findings)
    desk.visits.save_draft(dataclasses.replace(detail, visit=visit))


def test_the_pmo_sees_a_position_taken_from_a_photo_in_tinjauan(
    qtbot: QtBot, server: LiveServer, desks: DeskFactory, indonesian_ui: None
) -> None:
    ba = server.user(Role.BA)
    pmo = server.user(Role.PMO, kabupaten=[MEMPAWAH])
    coop_id = server.cooperative(MEMPAWAH)
    server.assign(ba, coop_id)
    first, second = desks(ba, name="ba-first"), desks(ba, name="ba-second")
    first.sync.sync()
    visit_id = first.visits.save_draft(visit_from_a_photo(coop_id)).visit.id
    assert first.sync.sync().push.rejected == 0
    # The BA's other laptop finishes the findings: the position and its source are untouched.
    second.sync.sync()
    assert second.visits.get(visit_id).visit.gps_source is GpsSource.PHOTO
    edit_findings(second, visit_id, "Gerai sudah beroperasi; stok beras cukup.")
    second.visits.submit(second.visits.get(visit_id))
    assert second.sync.sync().push.rejected == 0
    assert stored(server, visit_id)["gps_source"] == "photo"

    window = MainWindow(desks(pmo, name="pmo"), "id")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: round_done(window), timeout=30_000)
    window.navigation.setCurrentRow(REVIEW)
    window.review.open_visit(visit_id)
    qtbot.waitUntil(lambda: "Bujur" in window.review.view.toPlainText(), timeout=10_000)
    text = window.review.view.toPlainText()
    assert "Lintang 0,35 · Bujur 109,05 (diambil dari foto)" in text
    assert "stok beras cukup" in text  # the second laptop's edit is there too
    screenshot(qtbot, window, "review-gps-from-photo")


@pytest.mark.parametrize("release", [PROTOCOL_2_RELEASE, PROTOCOL_1_RELEASE])
def test_an_older_laptop_keeps_the_source_it_does_not_know_and_never_claims_it(
    server: LiveServer, desks: DeskFactory, tmp_path: Path, release: str
) -> None:
    ba = server.user(Role.BA)
    coop_id = server.cooperative(MEMPAWAH)
    server.assign(ba, coop_id)
    new_laptop = desks(ba, name="new")
    new_laptop.sync.sync()
    visit_id = new_laptop.visits.save_draft(visit_from_a_photo(coop_id)).visit.id
    assert new_laptop.sync.sync().push.rejected == 0

    older = OlderLaptop(_older_client(tmp_path, release), tmp_path / "older-laptop", tmp_path)
    older.sign_in(server, ba)
    older.sync_cleanly()
    with sqlite3.connect(older.database) as connection:
        assert connection.execute(
            "SELECT latitude, longitude FROM visit WHERE id = ?", (visit_id,)
        ).fetchall() == [(0.35, 109.05)]

    # Another field: the source it never heard of stays the photo's.
    older.edit_visit(visit_id, findings="Diedit di laptop lama.")
    older.sync_cleanly()
    after = stored(server, visit_id)
    assert (after["findings"], after["gps_source"]) == ("Diedit di laptop lama.", "photo")
    new_laptop.sync.sync()
    assert new_laptop.visits.get(visit_id).visit.gps_source is GpsSource.PHOTO

    # It moves the position: the photo did not give these coordinates, so the source is unknown.
    older.edit_visit(visit_id, latitude=0.4)
    older.sync_cleanly()
    after = stored(server, visit_id)
    assert (after["latitude"], after["longitude"], after["gps_source"]) == (0.4, 109.05, None)
    new_laptop.sync.sync()
    moved = new_laptop.visits.get(visit_id).visit
    assert (moved.latitude, moved.gps_source) == (0.4, None)
