"""Recovering a laptop's data: the start-up check, the newest good backup, restore."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.records import Cooperative, CooperativeDetail
from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.services import backups
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.cooperatives import CooperativeService
from kopdes_desktop.services.demo_data import create_demo_data
from kopdes_desktop.storage import backup
from kopdes_desktop.storage.db import Database
from kopdes_desktop.storage.opening import open_database
from tests.roles import as_admin
from tests.storage.damage import tear_table_page, wipe_header

MORNING = datetime(2026, 11, 28, 1, 0, tzinfo=UTC)


def clock(moment: datetime) -> backups.Clock:
    return lambda: moment


def cooperatives_in(path: Path) -> set[str]:
    # closing(): sqlite3's own context manager only commits, and an open connection would
    # keep the WAL alive after the app's engine is disposed.
    with closing(sqlite3.connect(path)) as connection:
        return {name for (name,) in connection.execute("SELECT name FROM cooperative")}


def add_cooperative(context: ServiceContext, name: str) -> None:
    cooperative = Cooperative(id=new_id(), name=name, village_code="61.12.01.2001")
    CooperativeService(as_admin(context)).save(CooperativeDetail(cooperative=cooperative))


@pytest.fixture
def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def test_a_daily_backup_is_made_once_a_day_and_rotated(
    context: ServiceContext, database: Database, backups_dir: Path
) -> None:
    create_demo_data(context, cooperatives=2)
    first = backups.daily_backup_if_due(database.path, backups_dir, 2, clock(MORNING))
    assert first.made is not None
    assert cooperatives_in(first.made) == cooperatives_in(database.path)
    later_that_day = clock(MORNING + timedelta(hours=20))
    assert backups.daily_backup_if_due(database.path, backups_dir, 2, later_that_day).made is None
    for day in (1, 2, 3):
        moment = clock(MORNING + timedelta(days=day))
        assert backups.daily_backup_if_due(database.path, backups_dir, 2, moment).made
    assert len(backup.daily_backups(backups_dir)) == 2


def test_a_healthy_database_passes_the_start_up_check(
    context: ServiceContext, database: Database, backups_dir: Path
) -> None:
    create_demo_data(context, cooperatives=2)
    assert backups.check_at_startup(database.path, backups_dir) is None


def test_a_damaged_database_is_recovered_from_the_backup_without_losing_the_backup(
    context: ServiceContext, database: Database, backups_dir: Path, catalog: RegionCatalog
) -> None:
    create_demo_data(context, cooperatives=3)
    daily = backups.daily_backup_if_due(database.path, backups_dir, 7, clock(MORNING)).made
    assert daily is not None
    backed_up = cooperatives_in(database.path)
    add_cooperative(context, "Koperasi Desa Merah Putih Setelah Cadangan")
    database.dispose()
    tear_table_page(database.path, "cooperative")

    report = backups.check_at_startup(database.path, backups_dir)
    assert report is not None
    assert report.problems
    assert report.newest_good_backup is not None
    assert report.newest_good_backup.path == daily
    # The one change made after the backup is named, so the BA can enter it again.
    assert [c.hint for c in report.missing_changes if c.record_type == "cooperative"] == [
        "Koperasi Desa Merah Putih Setelah Cadangan"
    ]
    assert report.changes_fully_read

    outcome = backups.recover_from_backup(report, backups_dir, clock(MORNING + timedelta(hours=2)))
    assert daily.exists()  # the backup is copied back, never moved
    assert outcome.previous_kept_as is not None
    assert outcome.previous_kept_as.name.startswith("kopdes.damaged-")
    assert outcome.previous_kept_as.exists()
    assert cooperatives_in(database.path) == backed_up
    reopened = open_database(database.path, backups_dir, catalog)
    reopened.dispose()
    assert backups.check_at_startup(database.path, backups_dir) is None


def test_a_damaged_backup_is_skipped_for_an_older_good_one(
    context: ServiceContext, database: Database, backups_dir: Path
) -> None:
    create_demo_data(context, cooperatives=2)
    older = backups.daily_backup_if_due(database.path, backups_dir, 7, clock(MORNING)).made
    newer = backups.daily_backup_if_due(
        database.path, backups_dir, 7, clock(MORNING + timedelta(days=1))
    ).made
    assert older is not None
    assert newer is not None
    wipe_header(newer)
    good = backups.newest_good_backup(backups_dir)
    assert good is not None
    assert good.path == older


def test_without_a_backup_the_user_can_start_empty_and_the_damaged_file_is_kept(
    context: ServiceContext, database: Database, backups_dir: Path
) -> None:
    create_demo_data(context, cooperatives=2)
    database.dispose()
    wipe_header(database.path)
    report = backups.check_at_startup(database.path, backups_dir)
    assert report is not None
    assert report.newest_good_backup is None
    assert not report.changes_fully_read
    kept = backups.start_empty(report, backups_dir, clock(MORNING))
    assert kept.exists()
    assert not database.path.exists()
    with pytest.raises(backups.BackupError):
        backups.recover_from_backup(report, backups_dir)


def test_damage_only_the_full_check_sees_is_noted_for_the_next_start(
    context: ServiceContext, database: Database, backups_dir: Path
) -> None:
    create_demo_data(context, cooperatives=2)
    backups.daily_backup_if_due(database.path, backups_dir, 7, clock(MORNING))
    database.dispose()
    # An index that disagrees with its table: quick_check cannot see it, integrity_check can.
    with sqlite3.connect(database.path) as connection:
        connection.execute("PRAGMA writable_schema=ON")
        connection.execute(
            "UPDATE sqlite_master SET sql = replace(sql, 'village_code)', 'name)')"
            " WHERE type = 'index' AND tbl_name = 'cooperative' AND sql LIKE '%village_code)%'"
        )
    connection.close()
    assert backup.check_integrity(database.path, quick=True).ok
    result = backups.daily_backup_if_due(
        database.path, backups_dir, 7, clock(MORNING + timedelta(days=1))
    )
    assert result.made is None
    assert result.problems
    assert len(backup.daily_backups(backups_dir)) == 1  # the good backup was not pushed out
    report = backups.check_at_startup(database.path, backups_dir)
    assert report is not None
    assert report.newest_good_backup is not None


def test_backup_then_restore_round_trip_keeps_the_current_database(
    context: ServiceContext, database: Database, backups_dir: Path, tmp_path: Path
) -> None:
    create_demo_data(context, cooperatives=2)
    saved = backups.backup_to(database.path, tmp_path / "handover.sqlite")
    before = cooperatives_in(saved.path)
    add_cooperative(context, "Koperasi Desa Merah Putih Sesudah")
    after = cooperatives_in(database.path)
    database.dispose()

    outcome = backups.restore_from(saved.path, database.path, backups_dir)
    assert cooperatives_in(database.path) == before
    assert outcome.previous_kept_as is not None
    assert outcome.previous_kept_as.parent == backups_dir
    assert cooperatives_in(outcome.previous_kept_as) == after
    assert saved.path.exists()


def test_restore_refuses_a_file_that_is_not_a_kopdes_database(
    context: ServiceContext, database: Database, backups_dir: Path, tmp_path: Path
) -> None:
    create_demo_data(context, cooperatives=1)
    database.dispose()
    original = database.path.read_bytes()
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE photos (name TEXT)")
    connection.close()
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"\x00" * 4096)
    for wrong in (other, junk, tmp_path / "missing.sqlite", database.path):
        with pytest.raises(backups.BackupError):
            backups.restore_from(wrong, database.path, backups_dir)
    assert database.path.read_bytes() == original
    assert backup.backup_files(backups_dir) == []


def test_restore_refuses_a_backup_from_a_newer_version(
    database: Database, backups_dir: Path, tmp_path: Path
) -> None:
    newer = backup.copy_database(database.path, tmp_path / "newer.sqlite")
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    database.dispose()
    with pytest.raises(backups.BackupError, match="newer version"):
        backups.restore_from(newer, database.path, backups_dir)


def test_backup_to_refuses_to_overwrite(database: Database, tmp_path: Path) -> None:
    target = tmp_path / "exists.sqlite"
    target.write_bytes(b"keep me")
    with pytest.raises(backups.BackupError, match="already exists"):
        backups.backup_to(database.path, target)
    assert target.read_bytes() == b"keep me"


def test_a_copy_moved_by_hand_is_dated_by_its_file_time(database: Database, tmp_path: Path) -> None:
    folder = tmp_path / "by-hand"
    folder.mkdir()
    shutil.copy(database.path, folder / "usb-stick.sqlite")
    [listed] = backups.list_backups(folder)
    assert listed.path.name == "usb-stick.sqlite"
    assert abs(listed.taken_at - datetime.now(UTC)) < timedelta(minutes=5)
