"""A BA logs a visit: draft, bad input, submit, read-only while reviewed, sent back, resubmit."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time

import pytest
from pytestqt.qtbot import QtBot

from kopdes_desktop.domain.enums import PersonMet, TravelMode, VisitPurpose, VisitStatus
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.listing import VisitFilter
from kopdes_desktop.domain.records import (
    RecordType,
    ReviewComment,
)
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.storage import record_store
from kopdes_desktop.ui.visit_editor import VisitEditor
from tests.ui.helpers import open_new_visit, screenshot, with_cooperatives


@pytest.fixture
def services(context: ServiceContext) -> AppServices:
    return with_cooperatives(context, {"KDKMP Rasau Jaya": "61.12.03.2001"})


def fill_complete(editor: VisitEditor) -> None:
    editor.cooperative.setCurrentIndex(1)
    editor.visit_date.set_value(date(2026, 11, 27))
    editor.start_time.set_value(time(9, 0))
    editor.end_time.set_value(time(11, 30))
    editor.travel_mode.set_value(TravelMode.RIVER)
    editor.people_met.set_value((PersonMet.PENGURUS,))
    editor.purposes.set_value((VisitPurpose.LEGAL_DOCUMENTS, VisitPurpose.TRAINING))
    editor.findings.setPlainText("Akta sudah terbit; NIB belum diurus.")


def test_draft_then_submit_with_messages_beside_missing_fields(
    qtbot: QtBot, services: AppServices, indonesian: None
) -> None:
    window, editor = open_new_visit(qtbot, services)
    editor.cooperative.setCurrentIndex(1)
    editor.start_time.set_value(time(14, 0))
    editor.end_time.set_value(time(9, 0))
    with qtbot.waitSignal(editor.save_button.clicked):
        editor.save_button.click()
    qtbot.waitUntil(lambda: editor.errors.message("end_time") != "")
    assert editor.errors.message("end_time") == "Tidak boleh sebelum awal."
    assert services.visits.list(VisitFilter()).total == 0

    editor.end_time.set_value(time(15, 0))
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()  # a draft may be incomplete
    assert services.visits.list(VisitFilter(status=VisitStatus.DRAFT)).total == 1
    assert editor.isVisible()  # a draft save keeps the form open for more typing

    editor.submit()
    qtbot.waitUntil(lambda: editor.errors.message("findings") != "")
    assert editor.errors.message("findings") == "Wajib diisi."
    assert editor.errors.message("purposes") == "Wajib diisi."
    screenshot(qtbot, editor, "visit-editor-missing-fields")

    fill_complete(editor)
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.submit()
    [item] = services.visits.list(VisitFilter()).items
    assert item.status is VisitStatus.SUBMITTED
    model = window.visits.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.data(model.index(0, 2)) == "Diajukan")


def test_a_submitted_visit_opens_read_only_and_a_sent_back_one_can_be_resubmitted(
    qtbot: QtBot, services: AppServices, indonesian: None
) -> None:
    window, editor = open_new_visit(qtbot, services)
    fill_complete(editor)
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.submit()
    visit_id = services.visits.list(VisitFilter()).items[0].id

    window.visits.open_record(visit_id)
    qtbot.waitUntil(lambda: window.visits.editor is not editor)
    reopened = window.visits.editor
    assert reopened is not None
    assert not reopened.save_button.isEnabled()
    assert reopened.findings.isReadOnly()
    assert "Diajukan" in reopened.review_banner.text()
    reopened.close()

    # The PMO's decision arrives with a sync: status and comment, written by the server.
    with services.context.database.write() as session:
        record_store.patch(
            session, RecordType.VISIT, visit_id, {"status": VisitStatus.NEEDS_REVISION}
        )
        record_store.insert(
            session,
            ReviewComment(
                id=new_id(),
                visit_id=visit_id,
                author_name="Pak Darius (PMO)",
                created_at=datetime(2026, 11, 28, 8, 30),
                from_status=VisitStatus.SUBMITTED,
                to_status=VisitStatus.NEEDS_REVISION,
                comment="Tambahkan jumlah peserta.",
            ),
        )
    window.visits.open_record(visit_id)
    qtbot.waitUntil(lambda: window.visits.editor is not reopened)
    sent_back = window.visits.editor
    assert sent_back is not None
    assert "Tambahkan jumlah peserta." in sent_back.review_banner.text()
    assert sent_back.submit_button.text() == "Ajukan ulang"
    assert sent_back.save_button.isEnabled()
    screenshot(qtbot, sent_back, "visit-editor-sent-back")
    sent_back.people_count.setText("12")
    with qtbot.waitSignal(sent_back.saved, timeout=5000):
        sent_back.submit()
    detail = services.visits.get(visit_id)
    assert detail.visit.status is VisitStatus.RESUBMITTED
    assert detail.visit.people_count == 12


def test_agreed_actions_are_saved_as_rows(
    qtbot: QtBot, services: AppServices, indonesian: None
) -> None:
    _window, editor = open_new_visit(qtbot, services)
    fill_complete(editor)
    row = editor.action_rows.add_row()
    qtbot.keyClicks(editor.action_rows.cell(row, 0), "Urus NIB di OSS")
    qtbot.keyClicks(editor.action_rows.cell(row, 1), "Ketua")
    due = editor.action_rows.cell(row, 2)
    due.set_value(date(2026, 12, 10))  # type: ignore[attr-defined]
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    [item] = services.visits.list(VisitFilter()).items
    [action] = services.visits.get(item.id).actions
    assert (action.description, action.owner, action.due_date, action.done) == (
        "Urus NIB di OSS",
        "Ketua",
        date(2026, 12, 10),
        False,
    )
    services.visits.save_draft(dataclasses.replace(services.visits.get(item.id), actions=()))
    assert services.visits.get(item.id).actions == ()
