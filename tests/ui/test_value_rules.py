"""Values no store can hold, typed or pasted into the real forms (issue 10, items 3-4).

The laptop applies the same rules as the server (domain/values.py, validation.NUMBER_RANGES):
the form says what is wrong beside the field, in the user's language, saves nothing and keeps
what was typed. Before these rules a count of 10**20 crashed the save with OverflowError.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.listing import CooperativeFilter, OpportunityFilter, VisitFilter
from kopdes_desktop.domain.records import (
    Cooperative,
    CooperativeDetail,
    Officer,
    Visit,
    VisitDetail,
)
from kopdes_desktop.domain.validation import IssueCode, ValidationError
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.storage.models import OutboxEntry
from kopdes_desktop.ui.main_window import OPPORTUNITIES, VISITS
from tests.roles import as_role
from tests.ui.helpers import open_window, screenshot

VILLAGE = "61.12.01.2001"
TEN_TO_THE_TWENTY = "100000000000000000000"
CONTROL_MESSAGE = (
    "Karakter ke-%1 tidak bisa disimpan: karakter tak terlihat atau simbol rusak, biasanya "
    "terbawa saat menyalin-tempel. Hapus karakter itu lalu ketik ulang bagian tersebut."
)


@pytest.fixture
def services(context: ServiceContext) -> AppServices:
    return AppServices(as_role(context, Role.PMO, "61.12"))  # Kubu Raya, where VILLAGE is


def _outbox_size(services: AppServices) -> int:
    with services.context.database.read() as session:
        return int(session.scalar(select(func.count()).select_from(OutboxEntry)) or 0)


def test_cooperative_form_explains_huge_numbers_and_control_characters_beside_the_fields(
    qtbot: QtBot, services: AppServices, indonesian: None
) -> None:
    window = open_window(qtbot, services)
    window.cooperatives.new_record()
    editor = window.cooperatives.editor
    assert editor is not None
    qtbot.keyClicks(editor.name, "KDKMP Sungai Rengas")
    editor.region.set_value(VILLAGE)
    qtbot.keyClicks(editor.member_count, TEN_TO_THE_TWENTY)
    qtbot.keyClicks(editor.simpanan_pokok, "9" * 300)
    # Pasted from a chat app: an escape sequence and a NUL ride along, invisible.
    editor.notes.setPlainText("Rapat\x1b[0m pengurus\x00 bulan depan")
    editor.address.setText("Jl. Desa\x0b No. 1")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.errors.message("member_count") != "")

    assert editor.errors.message("member_count") == "Harus antara 0 dan 1.000.000."
    assert editor.errors.message("simpanan_pokok") == "Harus antara 0 dan 100.000.000."
    assert editor.errors.message("notes") == CONTROL_MESSAGE.replace("%1", "6")
    assert editor.errors.message("address") == CONTROL_MESSAGE.replace("%1", "9")
    assert "perbaiki 4 masalah" in editor.summary.text()
    assert services.cooperatives.list(CooperativeFilter()).total == 0
    assert _outbox_size(services) == 0
    # Nothing typed is lost: the user fixes the fields rather than retyping the form.
    assert editor.member_count.text() == TEN_TO_THE_TWENTY
    assert editor.name.text() == "KDKMP Sungai Rengas"
    screenshot(qtbot, editor, "cooperative-editor-value-rules")

    editor.member_count.setText("1.250")
    editor.simpanan_pokok.setText("100.000")
    editor.notes.setPlainText("Rapat pengurus\r\nbulan depan")
    editor.address.setText("Jl. Desa No. 1")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    [item] = services.cooperatives.list(CooperativeFilter()).items
    saved = services.cooperatives.get(item.id).cooperative
    assert (saved.member_count, saved.simpanan_pokok) == (1250, 100_000)
    assert saved.notes == "Rapat pengurus\nbulan depan"


def test_officer_names_are_checked_too(
    qtbot: QtBot, services: AppServices, indonesian: None
) -> None:
    window = open_window(qtbot, services)
    window.cooperatives.new_record()
    editor = window.cooperatives.editor
    assert editor is not None
    qtbot.keyClicks(editor.name, "KDKMP Sungai Rengas")
    row = editor.officers.add_row()
    name = editor.officers.cell(row, 1)
    assert isinstance(name, QLineEdit)
    name.setText("Siti\x07")  # pasted; a bell cannot be typed
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.errors.message("officers") != "")
    assert CONTROL_MESSAGE.replace("%1", "5") in editor.errors.message("officers")
    assert services.cooperatives.list(CooperativeFilter()).total == 0


def test_visit_and_opportunity_forms_refuse_numbers_beyond_their_range(
    qtbot: QtBot, services: AppServices, indonesian: None
) -> None:
    services.cooperatives.save(
        CooperativeDetail(Cooperative(id=new_id(), name="KDKMP Rasau Jaya", village_code=VILLAGE))
    )
    window = open_window(qtbot, services)
    window.navigation.setCurrentRow(VISITS)
    window.visits.new_record()
    qtbot.waitUntil(lambda: window.visits.editor is not None)
    visit = window.visits.editor
    assert visit is not None
    visit.cooperative.setCurrentIndex(1)
    qtbot.keyClicks(visit.people_count, TEN_TO_THE_TWENTY)
    qtbot.keyClicks(visit.latitude, "9" * 400)  # reads as infinity
    qtbot.keyClicks(visit.longitude, "109,3")
    visit.save()
    qtbot.waitUntil(lambda: visit.errors.message("people_count") != "")
    assert visit.errors.message("people_count") == "Harus antara 0 dan 10.000."
    assert visit.errors.message("latitude") != ""
    assert services.visits.list(VisitFilter()).total == 0
    visit.people_count.setText("12")
    visit.latitude.setText("-0,03")
    with qtbot.waitSignal(visit.saved, timeout=5000):
        visit.save()
    assert services.visits.list(VisitFilter()).total == 1

    window.navigation.setCurrentRow(OPPORTUNITIES)
    window.opportunities.new_record()
    qtbot.waitUntil(lambda: window.opportunities.editor is not None)
    opportunity = window.opportunities.editor
    assert opportunity is not None
    opportunity.cooperative.setCurrentIndex(1)
    qtbot.keyClicks(opportunity.title, "Madu kelulut")
    qtbot.keyClicks(opportunity.capital_needed, "9" * 300)
    qtbot.keyClicks(opportunity.volume, "1" + "0" * 400)
    opportunity.save()
    qtbot.waitUntil(lambda: opportunity.errors.message("capital_needed") != "")
    assert opportunity.errors.message("capital_needed") == "Harus antara 0 dan 1.000.000.000.000."
    assert opportunity.errors.message("volume") == "Harus antara 0 dan 1.000.000.000."
    assert services.opportunities.list(OpportunityFilter()).total == 0


def test_a_lone_surrogate_is_refused_by_the_service_naming_the_field(
    services: AppServices,
) -> None:
    # Qt's text widgets cannot hold a lone surrogate (QString drops it), so one can only reach a
    # service from elsewhere, e.g. a form restored from an old autosave file.
    cooperative = Cooperative(id=new_id(), name="KDKMP x\ud800y", village_code=VILLAGE)
    officer = Officer(id=new_id(), cooperative_id=cooperative.id, name="\udfffSiti")
    with pytest.raises(ValidationError) as refused:
        services.cooperatives.save(CooperativeDetail(cooperative, officers=(officer,)))
    found = {(issue.field, issue.code) for issue in refused.value.issues}
    assert found == {
        ("name", IssueCode.INVALID_CHARACTER),
        ("officers[0].name", IssueCode.INVALID_CHARACTER),
    }
    visit = Visit(id=new_id(), cooperative_id=cooperative.id, findings="ok\ud83d")
    with pytest.raises(ValidationError):
        services.visits.save_draft(VisitDetail(visit))
    assert _outbox_size(services) == 0
