"""The window offers each role only what it may do, and says who can do the rest; a PMO adding
a cooperative for a village that has one is led to the existing one. Real window, real server."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.server.models import RecordRow
from kopdes_desktop.ui.forms.record_editor import RecordEditor
from kopdes_desktop.ui.main_window import COOPERATIVES, OPPORTUNITIES, REVIEW, VISITS, MainWindow
from tests.server.helpers import SAMBAS, LiveServer
from tests.server.test_push import complete_visit
from tests.sync.conftest import DeskFactory, round_done
from tests.ui.helpers import screenshot

NEW_BY_PMO = (
    "Koperasi baru ditambahkan oleh PMO. Minta PMO Anda menugaskan koperasi ini kepada Anda."
)


def synced_window(qtbot: QtBot, desk: object) -> MainWindow:
    window = MainWindow(desk, "id")  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    window.sync.sync_now()
    qtbot.waitUntil(lambda: window.cooperatives.model.rowCount() >= 1, timeout=20_000)
    return window


def offered_in_tabs(editor: RecordEditor) -> list[str]:
    """The buttons a form shows inside its tabs (adding and removing rows, photos)."""
    return [b.text() for b in editor.tabs.findChildren(QPushButton) if not b.isHidden()]


def test_a_ba_is_offered_only_what_a_ba_may_do(
    qtbot: QtBot, server: LiveServer, desks: DeskFactory, indonesian_ui: None
) -> None:
    ba, colleague = server.user(Role.BA), server.user(Role.BA)
    coop = server.cooperative(SAMBAS)
    server.assign(ba, coop)
    server.assign(colleague, coop)
    theirs = server.laptop(colleague)
    visit = theirs.create("visit", complete_visit(coop))
    note = theirs.create("opportunity", {"cooperative_id": coop, "title": "Madu kelulut"})
    theirs.push(visit, note)
    window = synced_window(qtbot, desks(ba))
    qtbot.waitUntil(lambda: window.visits.model.rowCount() == 1, timeout=10_000)

    window.navigation.setCurrentRow(COOPERATIVES)  # the window opens on Beranda
    page = window.cooperatives
    assert page.new_button.isHidden()
    assert page.who_adds.isVisible()
    assert page.who_adds.text() == NEW_BY_PMO
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.editor is None  # Ctrl+N opens nothing either
    assert window.navigation.item(REVIEW).isHidden()
    screenshot(qtbot, window, "roles-ba-cooperatives")

    page.open_record(coop)
    qtbot.waitUntil(lambda: page.editor is not None)
    assert page.editor is not None
    region = page.editor.region
    assert not region.desa.isEnabled()
    assert region.locked_note.text() == "Hanya admin yang dapat memindahkan koperasi ke desa lain."
    assert page.editor.save_button.isVisible()  # the profile itself is shared: editable
    page.editor.close()

    window.navigation.setCurrentRow(VISITS)
    window.visits.open_record(visit["record_id"])
    qtbot.waitUntil(lambda: window.visits.editor is not None)
    editor = window.visits.editor
    assert editor is not None
    assert not editor.save_button.isVisible()
    assert not editor.submit_button.isVisible()
    assert editor.notice.text() == (
        "Kunjungan ini ditulis orang lain; hanya penulisnya yang dapat mengubahnya."
    )
    assert offered_in_tabs(editor) == []  # no greyed-out "Tambah foto" or "Tambah tindakan"
    screenshot(qtbot, editor, "roles-ba-colleagues-visit")
    editor.close()

    window.visits.new_record()
    qtbot.waitUntil(lambda: window.visits.editor is not editor)
    new_visit = window.visits.editor
    assert new_visit is not None
    assert new_visit.cooperative_hint.text() == f"Koperasi tidak ada di daftar? {NEW_BY_PMO}"
    assert new_visit.save_button.isVisible()
    new_visit.close()

    window.navigation.setCurrentRow(OPPORTUNITIES)
    window.opportunities.open_record(note["record_id"])
    qtbot.waitUntil(lambda: window.opportunities.editor is not None)
    note_editor = window.opportunities.editor
    assert note_editor is not None
    assert not note_editor.save_button.isVisible()
    assert "ditulis orang lain" in note_editor.notice.text()
    assert offered_in_tabs(note_editor) == []
    note_editor.close()
    window.close()


def test_a_pmo_adding_a_villages_second_cooperative_is_led_to_the_first(
    qtbot: QtBot,
    server: LiveServer,
    desks: DeskFactory,
    indonesian_ui: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    existing = server.cooperative(SAMBAS, name="Koperasi Desa Merah Putih Yang Pertama")
    with server.db.read() as session:
        row = session.get(RecordRow, existing)
        assert row is not None
        village = str(row.data["village_code"])
    pmo = server.user(Role.PMO, kabupaten=[SAMBAS])
    window = synced_window(qtbot, desks(pmo))
    qtbot.waitUntil(lambda: round_done(window), timeout=30_000)
    window.navigation.setCurrentRow(COOPERATIVES)
    page = window.cooperatives
    assert page.new_button.isVisible()
    assert not page.who_adds.isVisible()
    assert not window.navigation.item(REVIEW).isHidden()

    page.new_button.click()
    editor = page.editor
    assert editor is not None
    offered = [editor.region.kabupaten.itemData(i) for i in range(editor.region.kabupaten.count())]
    assert offered == [None, SAMBAS]  # a PMO adds cooperatives in their own kabupaten only
    editor.name.setText("Koperasi Kembar")
    editor.region.set_value(village)
    editor.save()
    qtbot.waitUntil(lambda: editor.errors.message("village_code") != "")
    assert editor.errors.message("village_code") == (
        "Desa ini sudah punya koperasi: Koperasi Desa Merah Putih Yang Pertama."
    )
    assert editor.open_existing_button.isVisible()
    screenshot(qtbot, editor, "roles-pmo-village-taken")

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    editor.open_existing_button.click()
    qtbot.waitUntil(lambda: page.editor is not editor and page.editor is not None)
    assert page.editor is not None
    assert page.editor.name.text() == "Koperasi Desa Merah Putih Yang Pertama"
    assert window.services.cooperatives.list(page.criteria()).total >= 1
    with window.services.context.database.read() as session:
        from kopdes_desktop.storage import outbox

        assert outbox.pending_count(session) == 0  # no duplicate waits to be sent
    page.editor.close()
    window.close()
