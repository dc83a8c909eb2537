"""The window against a real server: the status bar tells the sync state, F5 syncs, signing in
from the window works (refusals: tests/sync/test_window_refusals.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.records import Visit, VisitDetail
from kopdes_desktop.ui.main_window import MainWindow
from kopdes_desktop.ui.sync_controller import SyncState
from tests.server.helpers import PASSWORD, SAMBAS, LiveServer
from tests.sync.conftest import DeskFactory
from tests.ui.helpers import screenshot


def test_status_bar_follows_a_sync_started_with_f5(
    qtbot: QtBot, server: LiveServer, desks: DeskFactory, indonesian_ui: None
) -> None:
    ba = server.user(Role.BA)
    coop_id = server.cooperative(SAMBAS)
    server.assign(ba, coop_id)
    desk = desks(ba)
    window = MainWindow(desk, "id")
    qtbot.addWidget(window)
    window.show()
    states: list[SyncState] = []
    window.sync.changed.connect(lambda snapshot: states.append(snapshot.state))
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.cooperatives.model.rowCount() == 1, timeout=20_000)
    assert SyncState.SYNCING in states
    qtbot.waitUntil(lambda: window.sync_status.label.text() == "Tersinkron baru saja")

    desk.visits.save_draft(VisitDetail(Visit(id=new_id(), cooperative_id=coop_id)))
    window.sync.record_saved()
    qtbot.waitUntil(lambda: "1 perubahan menunggu" in window.sync_status.label.text())
    screenshot(qtbot, window, "window-sync-pending")
    window.sync_status.button.click()
    qtbot.waitUntil(
        lambda: window.sync_status.label.text() == "Tersinkron baru saja", timeout=20_000
    )
    window.close()


def test_signing_in_from_the_window_then_syncing(
    qtbot: QtBot, server: LiveServer, desks: DeskFactory, indonesian_ui: None
) -> None:
    ba = server.user(Role.BA)
    server.assign(ba, server.cooperative(SAMBAS))
    desk = desks(ba)
    desk.sync.sign_out()
    window = MainWindow(desk, "id")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.sync_status.button.text() == "Masuk…")
    assert window.sync_status.label.text().startswith("Belum masuk")
    window.sync_status.button.click()
    dialog = window.sign_in_dialog
    dialog.server.setText(server.base_url)
    dialog.username.setText(ba.username)
    dialog.password.setText("salah sekali")
    dialog.sign_in()
    qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.error.text() == "Nama pengguna atau kata sandi salah."
    screenshot(qtbot, dialog, "sign-in-wrong-password")
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.sign_in()
    qtbot.waitUntil(lambda: window.cooperatives.model.rowCount() == 1, timeout=20_000)
    window.close()
