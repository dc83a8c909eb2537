"""Pengaturan → "Pulihkan dari cadangan…": the backup replaces the database off the GUI thread,
the window stays responsive but takes no edits meanwhile, and the restored file is marked for a
new identity when it is opened again (docs/sync-protocol.md "Reused mutation ids"). A real
database file and a real backup of it; only the question and the closing message are answered."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kopdes_desktop import paths
from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.services import backups
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.demo_data import create_demo_data
from kopdes_desktop.storage import outbox
from kopdes_desktop.storage.models import CooperativeRow
from kopdes_desktop.storage.opening import open_database
from kopdes_desktop.ui.main_window import SETTINGS, MainWindow


def answer_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Say yes to the question; keep what the closing message says."""
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    return told


def window_of(qtbot: QtBot, services: AppServices) -> MainWindow:
    window = MainWindow(services, "id")
    qtbot.addWidget(window)
    window.show()
    window.navigation.setCurrentRow(SETTINGS)
    return window


def cooperatives_in(catalog: RegionCatalog) -> tuple[int, int | None]:
    """How many cooperatives the database file holds, and its restore mark once opened."""
    database = open_database(paths.database_file(), paths.backups_dir(), catalog)
    try:
        with database.read() as session:
            count = session.scalar(select(func.count()).select_from(CooperativeRow)) or 0
            return count, outbox.sync_state(session).restored_mutation_id
    finally:
        database.dispose()


@pytest.mark.usefixtures("indonesian")
def test_the_restore_runs_off_the_gui_thread_while_the_window_waits(
    qtbot: QtBot,
    context: ServiceContext,
    catalog: RegionCatalog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    create_demo_data(context, cooperatives=6)
    copy = backups.backup_to(paths.database_file(), tmp_path / "copy.sqlite").path
    create_demo_data(context, cooperatives=4)  # made after the backup: gone once restored
    told = answer_boxes(monkeypatch)

    # The real restore, held at its start until the test has looked at the window.
    real_restore = backups.restore_from
    ran_on: list[threading.Thread] = []
    started, release = threading.Event(), threading.Event()

    def held_restore(source: Path, database: Path, kept: Path) -> backups.RestoreOutcome:
        ran_on.append(threading.current_thread())
        started.set()
        release.wait(timeout=60)
        return real_restore(source, database, kept)

    monkeypatch.setattr(backups, "restore_from", held_restore)
    window = window_of(qtbot, AppServices(context))
    window.settings_page.restore_requested.emit(str(copy))

    # The GUI thread keeps turning while the restore works: a timer fires, the window waits.
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(started.is_set, timeout=30_000)
    qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=10_000)
    assert window.restoring
    assert not window.isEnabled()  # no edit, sync or page change while the file is replaced
    assert window.settings_page.notice.text() == "Memulihkan cadangan…"
    release.set()
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)
    timer.stop()

    assert len(ran_on) == 1
    assert ran_on[0] is not threading.main_thread()
    assert told == [f"Dipulihkan dari {copy}. Buka aplikasi lagi untuk melanjutkan."]
    qtbot.waitUntil(lambda: not window.isVisible())  # the app closes; it is opened again
    count, restored_mark = cooperatives_in(catalog)
    assert count == 6  # the file is the backup's
    assert restored_mark is not None  # edits from now on get a new identity
    assert list(paths.backups_dir().glob("*.sqlite"))  # the replaced database is kept


@pytest.mark.usefixtures("indonesian")
def test_a_file_that_is_no_backup_changes_nothing_and_the_window_works_on(
    qtbot: QtBot,
    context: ServiceContext,
    catalog: RegionCatalog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    create_demo_data(context, cooperatives=3)
    not_a_backup = tmp_path / "notes.sqlite"
    not_a_backup.write_text("not a database", encoding="utf-8")
    told = answer_boxes(monkeypatch)
    window = window_of(qtbot, AppServices(context))
    window.settings_page.restore_requested.emit(str(not_a_backup))

    notice = window.settings_page.notice
    qtbot.waitUntil(lambda: notice.text().startswith("Tidak ada yang diubah: "), timeout=30_000)
    assert not window.restoring
    assert window.isEnabled()
    assert window.isVisible()
    assert told == []
    # The database opens again for the pages: the list still reads the three cooperatives.
    window.cooperatives.refresh()
    qtbot.waitUntil(lambda: window.cooperatives.model.rowCount() == 3, timeout=10_000)
    window.close()
    assert cooperatives_in(catalog)[0] == 3
