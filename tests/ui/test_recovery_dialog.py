"""The start-up dialog a BA sees when the database file is damaged."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.records import Cooperative, CooperativeDetail
from kopdes_desktop.services import backups
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.cooperatives import CooperativeService
from kopdes_desktop.services.demo_data import create_demo_data
from kopdes_desktop.storage.db import Database
from kopdes_desktop.ui.recovery_dialog import Choice, RecoveryDialog
from tests.roles import as_admin
from tests.storage.damage import tear_table_page, wipe_header

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture
def damaged(context: ServiceContext, database: Database, data_dir: Path) -> backups.DamageReport:
    """A database with a backup from this morning and one unsent change made after it."""
    create_demo_data(context, cooperatives=3)
    morning = datetime(2026, 11, 28, 1, 30, tzinfo=UTC)
    backups.daily_backup_if_due(database.path, data_dir / "backups", 7, lambda: morning)
    late = Cooperative(
        id=new_id(), name="Koperasi Desa Merah Putih Sungai Raya", village_code="61.12.01.2001"
    )
    CooperativeService(as_admin(context)).save(CooperativeDetail(cooperative=late))
    database.dispose()
    tear_table_page(database.path, "cooperative")
    report = backups.check_at_startup(database.path, data_dir / "backups")
    assert report is not None
    return report


def test_the_dialog_offers_the_backup_and_lists_what_it_lacks_in_indonesian(
    qtbot: QtBot, damaged: backups.DamageReport, indonesian: None
) -> None:
    dialog = RecoveryDialog(damaged, "id")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Basis data perlu dipulihkan"
    assert "28 Nov 2026" in dialog.backup_label.text()
    assert dialog.missing_label.text().startswith("1 perubahan")
    assert dialog.missing_list.count() == 1
    assert "Koperasi (baru): Koperasi Desa Merah Putih Sungai Raya" in (
        dialog.missing_list.item(0).text()
    )
    assert dialog.restore_button is not None
    assert dialog.restore_button.text() == "Pulihkan dari cadangan"
    qtbot.wait(50)
    ARTIFACTS.mkdir(exist_ok=True)
    dialog.grab().save(str(ARTIFACTS / "recovery-dialog.png"))


def test_restoring_from_the_dialog_sets_the_damaged_file_aside(
    qtbot: QtBot, damaged: backups.DamageReport, data_dir: Path
) -> None:
    dialog = RecoveryDialog(damaged, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.restore_button is not None
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is Choice.RESTORE_BACKUP
    assert dialog.kept_as is not None
    assert dialog.kept_as.exists()
    assert backups.check_at_startup(damaged.database, data_dir / "backups") is None
    assert damaged.newest_good_backup is not None
    assert damaged.newest_good_backup.path.exists()


def test_without_a_backup_only_starting_empty_or_quitting_is_offered(
    qtbot: QtBot, context: ServiceContext, database: Database, data_dir: Path
) -> None:
    create_demo_data(context, cooperatives=1)
    database.dispose()
    wipe_header(database.path)
    report = backups.check_at_startup(database.path, data_dir / "backups")
    assert report is not None
    dialog = RecoveryDialog(report, "en")
    qtbot.addWidget(dialog)
    assert dialog.restore_button is None
    assert "no good backup" in dialog.backup_label.text()
    assert "could not be read" in dialog.missing_label.text()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is Choice.START_EMPTY
    assert not database.path.exists()
    assert dialog.kept_as is not None
    assert dialog.kept_as.exists()


def test_quitting_leaves_the_damaged_file_where_it_is(
    qtbot: QtBot, damaged: backups.DamageReport
) -> None:
    dialog = RecoveryDialog(damaged, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is Choice.QUIT
    assert damaged.database.exists()
