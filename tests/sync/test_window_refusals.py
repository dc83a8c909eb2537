"""A sync that did not fully succeed never looks like success: refused changes show in the
status bar, the record's list row and form, and the inbox, by name, with what can be done now.
Real window, real server (SQLite and PostgreSQL)."""

from __future__ import annotations

import argparse
import dataclasses

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kopdes_desktop import sync_cli
from kopdes_desktop.domain.enums import Role, VisitStatus
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.records import Cooperative, Officer
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.refusals import PutBack, RefusalGroup
from kopdes_desktop.storage import record_store
from kopdes_desktop.ui.main_window import INBOX, VISITS, MainWindow
from tests.server.helpers import SAMBAS, LiveServer
from tests.sync.conftest import DeskFactory
from tests.sync.test_round_trip import complete_visit
from tests.ui.helpers import screenshot

NEW_BY_PMO = (
    "Koperasi baru ditambahkan oleh PMO. Minta PMO Anda menugaskan koperasi ini kepada Anda."
)


def old_app_adds_a_cooperative(desk: AppServices, server: LiveServer, name: str) -> str:
    """What an older version let a BA do: add a cooperative (and its officer) on the laptop."""
    coop = Cooperative(id=new_id(), name=name, village_code=server.village(SAMBAS))
    with desk.context.database.write() as session:
        record_store.insert(session, coop)
        record_store.insert(session, Officer(id=new_id(), cooperative_id=coop.id, name="Pak Udin"))
    return coop.id


def window_synced_with_refusals(qtbot: QtBot, laptop: AppServices) -> MainWindow:
    """The laptop's window, synced with F5 until its status bar tells of refusals."""
    window = MainWindow(laptop, "id")
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: "ditolak" in window.sync_status.plain_text, timeout=30_000)
    return window


def group_named(window: MainWindow, start: str) -> tuple[int, RefusalGroup]:
    inbox = window.inbox
    for row in range(inbox.list.count()):
        entry = inbox.list.item(row).data(Qt.ItemDataRole.UserRole)
        if isinstance(entry, RefusalGroup) and inbox.list.item(row).text().startswith(start):
            return row, entry
    raise AssertionError(f"no refusal group {start!r} in the inbox")


def test_refused_changes_show_everywhere_by_name_until_dealt_with(
    qtbot: QtBot, server: LiveServer, desks: DeskFactory, indonesian_ui: None
) -> None:
    ba = server.user(Role.BA)
    coop_id = server.cooperative(SAMBAS, name="Koperasi Desa Merah Putih Sungai Bening")
    server.assign(ba, coop_id)
    laptop = desks(ba, name="laptop")
    other = desks(ba, name="other-laptop")  # the same BA's second laptop
    laptop.sync.sync()
    visit = laptop.visits.save_draft(complete_visit(coop_id))
    laptop.sync.sync()
    other.sync.sync()
    other.visits.submit(other.visits.get(visit.visit.id))  # submitted over there...
    other.sync.sync()
    edited = dataclasses.replace(visit.visit, findings="Temuan yang diketik belakangan")
    laptop.visits.save_draft(dataclasses.replace(visit, visit=edited))  # ...edited here
    first = old_app_adds_a_cooperative(laptop, server, "Koperasi Tambahan Satu")
    old_app_adds_a_cooperative(laptop, server, "Koperasi Tambahan Dua")

    window = window_synced_with_refusals(qtbot, laptop)
    status = window.sync_status
    # 1 visit edit + 2 cooperatives + their 2 officers; and never "Tersinkron".
    assert status.plain_text == "5 perubahan ditolak · lihat Kotak Masuk"
    assert "Tersinkron" not in status.label.text()
    assert "#8a4b00" in status.label.text()  # the warning colour
    screenshot(qtbot, window, "status-bar-refused")

    # The visit shows what the server holds: submitted, with the other laptop's findings.
    shown = laptop.visits.get(visit.visit.id).visit
    assert (shown.status, shown.findings) == (
        VisitStatus.SUBMITTED,
        "Gerai sudah beroperasi.",
    )
    window.navigation.setCurrentRow(VISITS)
    model = window.visits.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.mark(0) != "", timeout=10_000)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole) is not None
    tooltip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("Server menolak perubahan terakhir: Kunjungan ini sedang menunggu")
    screenshot(qtbot, window, "list-row-refused")
    window.visits.open_record(visit.visit.id)
    qtbot.waitUntil(lambda: window.visits.editor is not None)
    editor = window.visits.editor
    assert editor is not None
    assert editor.refused_note.isVisible()
    assert "Server menolak perubahan terakhir" in editor.refused_note.text()
    # The submit in its history has no words, so nobody "wrote" anything.
    assert editor.review_banner.text() == "Status: Diajukan (hanya-baca selama diperiksa)"
    screenshot(qtbot, editor, "form-refused")
    editor.close()

    cooperatives = window.cooperatives.model
    qtbot.waitUntil(lambda: cooperatives.rowCount() == 3, timeout=10_000)
    marked = {cooperatives.mark(row) != "" for row in range(3)}
    assert marked == {True, False}  # the two added ones are marked, the assigned one not

    # The status bar's warning opens the inbox: refusals grouped by record, under their name.
    status.label.linkActivated.emit("inbox")
    assert window.navigation.currentRow() == INBOX
    inbox = window.inbox
    qtbot.waitUntil(lambda: inbox.list.count() == 4, timeout=10_000)  # header + 3 groups
    assert inbox.list.item(0).text() == "Perubahan yang ditolak server (5)"
    row, visit_group = group_named(window, "Kunjungan 20 Nov 2026 ke Koperasi Desa Merah Putih")
    assert visit_group.record_id == visit.visit.id
    inbox.list.setCurrentRow(row)
    detail = inbox.detail.text()
    assert "Temuan yang diketik belakangan" in detail  # the refused value, never lost
    assert "temuan:" in detail.lower()  # the field by its Indonesian name
    assert "menunggu tinjauan" in detail
    assert inbox.put_back.isVisible()
    assert not inbox.put_back.isEnabled()  # locked while it waits for review
    row, coop_group = group_named(window, "Koperasi Tambahan Satu")
    inbox.list.setCurrentRow(row)
    assert [c.record_type.value for c in coop_group.changes] == ["officer", "cooperative"]
    assert NEW_BY_PMO in inbox.detail.text()
    assert "Pengurus/pengawas: Pak Udin" in inbox.detail.text()
    assert coop_group.put_back is PutBack.RESEND
    assert not inbox.put_back.isEnabled()
    assert inbox.put_back.toolTip() == NEW_BY_PMO
    assert inbox.dismiss_kind.text() == "Tutup semua yang serupa (2)"
    screenshot(qtbot, window, "inbox-refusals-grouped")

    inbox.dismiss_kind.click()  # both added cooperatives, in one go
    qtbot.waitUntil(lambda: inbox.list.count() == 2, timeout=10_000)
    qtbot.waitUntil(lambda: status.plain_text == "1 perubahan ditolak · lihat Kotak Masuk")
    row, _visit_group = group_named(window, "Kunjungan")
    inbox.list.setCurrentRow(row)
    inbox.dismiss.click()
    qtbot.waitUntil(lambda: inbox.list.count() == 0, timeout=10_000)
    qtbot.waitUntil(lambda: status.plain_text == "Tersinkron baru saja", timeout=10_000)
    assert first not in window.services.refusals.marks()
    window.close()


def test_put_back_sends_the_refused_values_again_once_the_rule_allows(
    qtbot: QtBot,
    server: LiveServer,
    desks: DeskFactory,
    indonesian_ui: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ba = server.user(Role.BA)
    coop_id = server.cooperative(SAMBAS, name="Koperasi Desa Merah Putih Teluk Kembang")
    server.assign(ba, coop_id)
    laptop = desks(ba)
    laptop.sync.sync()
    detail = laptop.cooperatives.get(coop_id)
    noted = dataclasses.replace(detail.cooperative, notes="Rapat anggota tahunan 12 Desember")
    laptop.cooperatives.save(dataclasses.replace(detail, cooperative=noted))
    server.assign(ba, coop_id, remove=True)  # reassigned elsewhere before the edit went out
    # `kopdes-desktop sync` and `status` say so (in the settings' language, Indonesian), with
    # their own exit code, never "Tersinkron".
    sync_args = argparse.Namespace(command="sync")
    assert sync_cli.run(laptop, sync_args) == sync_cli.EXIT_NEEDS_ATTENTION
    said = capsys.readouterr().out
    assert "1 perubahan terkirim (1 ditolak)" in said
    assert "Perlu perhatian: 1 perubahan ditolak server; lihat Kotak Masuk" in said
    assert "tersinkron" not in said.lower()
    status_args = argparse.Namespace(command="status", json=False)
    assert sync_cli.run(laptop, status_args) == sync_cli.EXIT_NEEDS_ATTENTION
    assert "Perlu perhatian: 1 perubahan ditolak server" in capsys.readouterr().out
    [group] = laptop.refusals.groups()
    assert not group.here  # the cooperative left this laptop with its assignment
    assert group.changes[0].values == {"notes": "Rapat anggota tahunan 12 Desember"}

    server.assign(ba, coop_id)  # the PMO gives it back
    window = MainWindow(laptop, "id")
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.cooperatives.model.rowCount() == 1, timeout=30_000)
    window.navigation.setCurrentRow(INBOX)
    inbox = window.inbox
    qtbot.waitUntil(lambda: inbox.list.count() == 2, timeout=10_000)
    inbox.list.setCurrentRow(1)
    assert inbox.put_back.text() == "Masukkan lagi ke formulir"
    assert inbox.put_back.isEnabled()
    inbox.put_back.click()
    qtbot.waitUntil(lambda: window.cooperatives.editor is not None, timeout=10_000)
    editor = window.cooperatives.editor
    assert editor is not None
    assert editor.notes.toPlainText() == "Rapat anggota tahunan 12 Desember"
    assert editor.dirty  # a new edit, for the user to look over and save
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        editor.save()
    window.sync.sync_now()
    qtbot.waitUntil(lambda: window.sync_status.plain_text == "Tersinkron baru saja", timeout=30_000)
    assert laptop.refusals.groups() == []  # accepted: the refusal settled itself
    assert sync_cli.run(laptop, status_args) == 0
    assert sync_cli.run(laptop, sync_args) == 0
    assert "Tersinkron: tidak ada yang ditolak, tidak ada bentrokan." in capsys.readouterr().out
    server_copy = server.laptop(ba)
    server_copy.pull()
    assert server_copy.records[coop_id]["fields"]["notes"] == "Rapat anggota tahunan 12 Desember"
    window.close()
