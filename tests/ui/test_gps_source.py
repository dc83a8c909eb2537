"""Where a visit's coordinates came from is kept (QA finding F11, issue 13 item 7): GPS taken
from a photo still says so when the visit is reopened, typing over it makes it typed, and the
PMO's Tinjauan names the source beside the coordinates."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kopdes_desktop.domain.enums import GpsSource, Role
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.records import Visit, VisitDetail
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.review import VisitUnderReview
from kopdes_desktop.storage.models import OutboxEntry
from kopdes_desktop.ui.main_window import MainWindow
from kopdes_desktop.ui.visit_editor import VisitEditor
from kopdes_desktop.ui.visit_review_view import VisitReviewView
from tests.roles import as_role
from tests.ui.helpers import screenshot
from tests.ui.test_photo_strip import (
    add_and_wait,
    phone_photo,
    save_and_wait,
    visit_in_window,
)


@pytest.fixture
def services(context: ServiceContext) -> AppServices:
    return AppServices(as_role(context, Role.PMO, "61.12"))  # Kubu Raya, where VILLAGE is


def reopen(qtbot: QtBot, window: MainWindow, editor: VisitEditor, visit_id: str) -> VisitEditor:
    """Close the saved form and open the visit again from the Kunjungan list."""
    editor.reject()
    qtbot.waitUntil(lambda: not editor.isVisible())
    window.visits.open_record(visit_id)
    qtbot.waitUntil(lambda: window.visits.editor is not editor)
    reopened = window.visits.editor
    assert isinstance(reopened, VisitEditor)
    qtbot.waitUntil(lambda: reopened.latitude.value() is not None)
    return reopened


def sent_sources(services: AppServices, visit_id: str) -> list[object]:
    """The source each queued change of the visit states (absent: the change did not say)."""
    with services.context.database.read() as session:
        entries = session.scalars(
            select(OutboxEntry)
            .where(OutboxEntry.record_id == visit_id)
            .order_by(OutboxEntry.mutation_id)
        )
        return [(entry.fields or {}).get("gps_source", "absent") for entry in entries]


def test_gps_from_a_photo_still_says_so_after_saving_and_reopening(
    qtbot: QtBot,
    services: AppServices,
    tmp_path: Path,
    indonesian: None,
) -> None:
    window, editor, visit_id = visit_in_window(qtbot, services)
    add_and_wait(qtbot, editor.photos, [phone_photo(tmp_path / "IMG_0002.jpg")], 1)
    save_and_wait(qtbot, editor)
    assert services.visits.get(visit_id).visit.gps_source is GpsSource.PHOTO
    assert sent_sources(services, visit_id)[-1] == "photo"  # travels with the coordinates

    editor = reopen(qtbot, window, editor, visit_id)
    editor.tabs.setCurrentIndex(0)
    assert editor.latitude.value() == pytest.approx(-0.0263, abs=1e-5)
    assert not editor.gps_source.isHidden()
    assert editor.gps_source.text() == "diambil dari foto"
    screenshot(qtbot, editor, "gps-source-reopened")

    # Typed over: the position is the BA's now, on this form and on every reopening.
    editor.latitude.selectAll()
    qtbot.keyClicks(editor.latitude, "-0,05")
    assert editor.gps_source.isHidden()
    save_and_wait(qtbot, editor)
    assert services.visits.get(visit_id).visit.gps_source is GpsSource.MANUAL
    editor = reopen(qtbot, window, editor, visit_id)
    assert editor.gps_source.isHidden()

    # Typed again while already typed: the change still states its source, so the server
    # does not take it for a change from a laptop that does not know the field.
    editor.longitude.selectAll()
    qtbot.keyClicks(editor.longitude, "109,4")
    save_and_wait(qtbot, editor)
    assert sent_sources(services, visit_id)[-1] == "manual"
    assert services.visits.get(visit_id).visit.gps_source is GpsSource.MANUAL


def test_emptied_coordinates_keep_no_source(
    qtbot: QtBot,
    services: AppServices,
    tmp_path: Path,
    indonesian: None,
) -> None:
    window, editor, visit_id = visit_in_window(qtbot, services)
    add_and_wait(qtbot, editor.photos, [phone_photo(tmp_path / "IMG_0003.jpg")], 1)
    save_and_wait(qtbot, editor)
    editor = reopen(qtbot, window, editor, visit_id)
    for coordinate in (editor.latitude, editor.longitude):
        coordinate.selectAll()
        qtbot.keyClick(coordinate, "\b")
    save_and_wait(qtbot, editor)
    stored = services.visits.get(visit_id).visit
    assert (stored.latitude, stored.longitude, stored.gps_source) == (None, None, None)


@pytest.mark.parametrize(
    ("source", "language", "shown"),
    [
        (GpsSource.PHOTO, "id", "Lintang -0,0263 · Bujur 109,3425 (diambil dari foto)"),
        (GpsSource.MANUAL, "id", "Lintang -0,0263 · Bujur 109,3425 (diketik)"),
        (GpsSource.PHOTO, "en", "Latitude -0.0263 · Longitude 109.3425 (taken from a photo)"),
    ],
)
def test_tinjauan_names_the_source_beside_the_coordinates(
    qtbot: QtBot, request: pytest.FixtureRequest, source: GpsSource, language: str, shown: str
) -> None:
    if language == "id":
        request.getfixturevalue("indonesian")
    visit = Visit(
        id=new_id(),
        cooperative_id=new_id(),
        latitude=-0.0263,
        longitude=109.3425,
        gps_source=source,
    )
    view = VisitReviewView(language)
    qtbot.addWidget(view)
    view.show_visit(VisitUnderReview(VisitDetail(visit), "KDKMP X", "X", "Siti", ()), {})
    assert shown in view.toPlainText()


def test_tinjauan_says_nothing_of_an_unknown_source(qtbot: QtBot, indonesian: None) -> None:
    visit = Visit(id=new_id(), cooperative_id=new_id(), latitude=-0.0263, longitude=109.3425)
    view = VisitReviewView("id")
    qtbot.addWidget(view)
    view.show_visit(VisitUnderReview(VisitDetail(visit), "KDKMP X", "X", "Siti", ()), {})
    text = view.toPlainText()
    assert "Lintang -0,0263 · Bujur 109,3425" in text
    assert "Bujur 109,3425 (" not in text
