"""Opportunities, the inbox, photos and work restored after a crash."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
import shiboken6
from PIL import Image
from pytestqt.qtbot import QtBot

from kopdes_desktop.domain.enums import OfficerRole, Sector, VisitStatus
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.listing import OpportunityFilter
from kopdes_desktop.domain.mutations import MutationOp
from kopdes_desktop.domain.records import (
    Cooperative,
    CooperativeDetail,
    FieldConflict,
    Officer,
    RecordType,
    ReviewComment,
    Visit,
)
from kopdes_desktop.services import autosave, photos
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.cooperatives import CooperativeService
from kopdes_desktop.storage import outbox, record_store
from kopdes_desktop.ui.main_window import INBOX, OPPORTUNITIES, MainWindow
from tests.roles import as_admin
from tests.ui.helpers import open_window, screenshot

COOP = "01930000-0000-7000-8000-00000000c001"


@pytest.fixture
def services(context: ServiceContext) -> AppServices:
    services = AppServices(context)
    CooperativeService(as_admin(context)).save(
        CooperativeDetail(
            Cooperative(
                id=COOP, name="KDKMP Nanga Tayap", village_code="61.04.08.2001", member_count=40
            )
        )
    )
    return services


def clash(
    record: tuple[RecordType, str, str], kept: tuple[object, str], other: tuple[object, str]
) -> FieldConflict:
    """A clash as the server sends it on (record type, id, field): (value, author) kept by the
    rule and the other one."""
    record_type, record_id, field = record
    return FieldConflict(
        id=new_id(),
        record_type=record_type.value,
        record_id=record_id,
        field_name=field,
        kept_value=json.dumps(kept[0]),
        other_value=json.dumps(other[0]),
        kept_author=kept[1],
        other_author=other[1],
        created_at=datetime(2026, 11, 28, 7, 0),
    )


def test_an_opportunity_with_rupiah_and_a_free_commodity(
    qtbot: QtBot, services: AppServices, indonesian: None
) -> None:
    window = open_window(qtbot, services)
    window.navigation.setCurrentRow(OPPORTUNITIES)
    window.opportunities.new_record()
    qtbot.waitUntil(lambda: window.opportunities.editor is not None)
    editor = window.opportunities.editor
    assert editor is not None
    editor.cooperative.setCurrentIndex(1)
    qtbot.keyClicks(editor.title, "Pengolahan madu kelulut")
    editor.sector.set_value(Sector.FORESTRY)
    editor.commodity.setEditText("madu kelulut hutan")  # not in the list: free entry
    qtbot.keyClicks(editor.capital_needed, "25.000.000")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    [item] = services.opportunities.list(OpportunityFilter()).items
    assert (item.title, item.commodity, item.capital_needed) == (
        "Pengolahan madu kelulut",
        "madu kelulut hutan",
        25_000_000,
    )
    model = window.opportunities.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.data(model.index(0, 4)) == "Rp25.000.000"
    assert model.data(model.index(0, 2)) == "Kehutanan / HHBK"


def test_inbox_shows_pmo_feedback_and_settles_a_clash(
    qtbot: QtBot, services: AppServices, indonesian: None
) -> None:
    visit_id = new_id()
    with services.context.database.write() as session:  # as a sync would deliver them
        record_store.insert(
            session, Visit(id=visit_id, cooperative_id=COOP, status=VisitStatus.NEEDS_REVISION)
        )
        record_store.insert(
            session,
            ReviewComment(
                id=new_id(),
                visit_id=visit_id,
                author_name="Bu Maria (PMO)",
                created_at=datetime(2026, 11, 27, 9, 0),
                comment="Lengkapi foto.",
            ),
        )
        record_store.insert(
            session,
            clash(
                (RecordType.COOPERATIVE, COOP, "member_count"),
                (40, "ba.ketapang"),
                (52, "pmo.ketapang"),
            ),
        )
    window = open_window(qtbot, services)
    window.navigation.setCurrentRow(INBOX)
    inbox = window.inbox
    qtbot.waitUntil(lambda: inbox.list.count() == 2)
    assert window.navigation.item(INBOX).text() == "Kotak Masuk (2)"
    headlines = [inbox.list.item(row).text() for row in range(2)]
    assert any("Kunjungan dikembalikan — KDKMP Nanga Tayap" in h for h in headlines)
    clash_row = next(r for r, h in enumerate(headlines) if h.startswith("Bentrok"))
    inbox.list.setCurrentRow(clash_row)
    assert "Dipertahankan: 40 (oleh ba.ketapang). Yang lain: 52" in inbox.detail.text()
    screenshot(qtbot, window, "page-inbox")
    inbox.keep_other.click()
    qtbot.waitUntil(lambda: inbox.list.count() == 1, timeout=20_000)
    assert services.cooperatives.get(COOP).cooperative.member_count == 52
    with services.context.database.read() as session:
        last_two = outbox.pending(session)[-2:]
    assert [(m.record_type, m.op, dict(m.fields)) for m in last_two] == [
        (RecordType.COOPERATIVE, MutationOp.PATCH, {"member_count": 52}),
        (RecordType.CONFLICT, MutationOp.PATCH, {"resolved": True}),
    ]


def test_a_clash_on_an_officer_names_its_cooperative_and_reads_like_the_form(
    qtbot: QtBot, services: AppServices, indonesian: None
) -> None:
    officer = Officer(id=new_id(), cooperative_id=COOP, name="Pak Udin", role=OfficerRole.CHAIR)
    with services.context.database.write() as session:  # as a sync would deliver them
        record_store.insert(session, officer)
        record_store.insert(
            session,
            clash(
                (RecordType.OFFICER, officer.id, "role"),
                ("sekretaris", "Bu Maria"),
                ("ketua", "Pak Agus"),
            ),
        )
    window = open_window(qtbot, services)
    window.navigation.setCurrentRow(INBOX)
    inbox = window.inbox
    qtbot.waitUntil(lambda: inbox.list.count() == 1)
    # Never "Bentrok pada : role", nor the raw values "sekretaris"/"ketua".
    assert (
        inbox.list.item(0).text()
        == "Bentrok pada KDKMP Nanga Tayap: jabatan Pak Udin (pengurus/pengawas)"
    )
    inbox.list.setCurrentRow(0)
    assert inbox.detail.text() == (
        "Kolom jabatan Pak Udin (pengurus/pengawas) diubah oleh dua orang. "
        "Dipertahankan: Sekretaris (oleh Bu Maria). "
        "Yang lain: Ketua (oleh Pak Agus)."
    )


def test_a_form_left_open_by_a_crash_is_offered_back(
    qtbot: QtBot, services: AppServices, indonesian: None
) -> None:
    window = MainWindow(services, "id")  # not handed to qtbot: it "dies" below
    window.show()
    window.cooperatives.open_record(COOP)
    qtbot.waitUntil(lambda: window.cooperatives.editor is not None)
    editor = window.cooperatives.editor
    assert editor is not None
    editor.name.setText("KDKMP Sungai Kakap")
    qtbot.keyClicks(editor.address, "Jl. Parit Wan Salim")
    editor.autosave_now()  # what the timer does 1.5 s after typing stops
    [saved_file] = list((services.context.database.path.parent / "autosave").glob("*.json"))
    assert json.loads(saved_file.read_text(encoding="utf-8"))["is_new"] is False
    # The battery dies: no save, no close; the window and its open form are simply gone (and
    # with them the form's autosave timer, which would otherwise fire into a later test).
    window.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor))
    # Next start:
    restarted = MainWindow(services, "id")
    qtbot.addWidget(restarted)
    asked: list[int] = []
    reopened = restarted.offer_autosaved(ask=lambda count: asked.append(count) or True)
    assert (asked, reopened) == ([1], 1)
    restored = restarted.cooperatives.editor
    assert restored is not None
    assert restored.name.text() == "KDKMP Sungai Kakap"
    assert restored.address.text() == "Jl. Parit Wan Salim"
    with qtbot.waitSignal(restored.saved, timeout=5000):
        restored.save()
    assert not autosave.pending()  # saved: nothing left to restore


def _photo_with_gps(path: Path) -> Path:
    image = Image.new("RGB", (3000, 2000), (30, 120, 60))
    exif = Image.Exif()
    gps = {1: "S", 2: (0.0, 1.0, 34.68), 3: "E", 4: (109.0, 20.0, 33.0)}
    exif[0x8825] = gps
    image.save(path, "JPEG", exif=exif)
    return path


def test_a_photo_is_resized_stored_by_hash_and_lends_its_gps(
    qtbot: QtBot, services: AppServices, tmp_path: Path, indonesian: None
) -> None:
    window = open_window(qtbot, services)
    window.visits.new_record()
    qtbot.waitUntil(lambda: window.visits.editor is not None)
    editor = window.visits.editor
    assert editor is not None
    source = _photo_with_gps(tmp_path / "IMG_0001.jpg")
    (tmp_path / "notes.txt").write_text("not a picture", encoding="utf-8")
    editor.photos.add_files([source, tmp_path / "notes.txt"])
    qtbot.waitUntil(lambda: editor.photos.list.count() == 1, timeout=10_000)
    [photo] = editor.photos.photos()
    stored = photos.photo_file(photo.sha256)
    with Image.open(stored) as resized:
        assert max(resized.size) == photos.LONG_EDGE
        assert 0x8825 not in resized.getexif()  # the location is not sent inside the file
    assert photos.thumbnail_file(photo.sha256).exists()
    assert editor.latitude.value() == pytest.approx(-0.026300, abs=1e-5)
    assert editor.longitude.value() == pytest.approx(109.342500, abs=1e-5)
    assert "notes.txt" in editor.summary.text()
    editor.photos.add_files([source])  # the same picture again is kept once
    qtbot.wait(300)
    qtbot.waitUntil(lambda: editor.photos.status.text() == "")
    assert editor.photos.list.count() == 1
