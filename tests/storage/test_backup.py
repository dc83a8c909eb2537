"""Database copies, damage checks and rotation, on real SQLite files."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.demo_data import create_demo_data
from kopdes_desktop.storage import backup
from kopdes_desktop.storage.db import Database
from kopdes_desktop.storage.outbox_readout import changes_missing_from, read_outbox
from tests.storage.damage import tear_table_page, wipe_header

NOON = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


def count(path: Path, table: str) -> int:
    with closing(sqlite3.connect(path)) as connection:
        (rows,) = connection.execute(f"SELECT count(*) FROM {table}").fetchone()
    return int(rows)


def test_a_copy_of_a_live_database_holds_what_is_still_in_its_wal(
    context: ServiceContext, database: Database, tmp_path: Path
) -> None:
    create_demo_data(context, cooperatives=3)
    # The engine is still open, so recent commits may sit in the -wal file only.
    copy = backup.copy_database(database.path, tmp_path / "copy.sqlite")
    assert count(copy, "cooperative") == 3
    assert count(copy, "outbox") == count(database.path, "outbox") > 0
    assert not (tmp_path / "copy.sqlite-wal").exists()  # self-contained
    assert backup.check_integrity(copy).ok
    assert backup.schema_revision(copy) is not None


def test_a_torn_page_is_found_by_the_quick_and_the_full_check(
    context: ServiceContext, database: Database
) -> None:
    create_demo_data(context, cooperatives=3)
    database.dispose()
    assert backup.check_integrity(database.path, quick=True).ok
    tear_table_page(database.path, "cooperative")
    quick = backup.check_integrity(database.path, quick=True)
    assert not quick.ok
    assert quick.problems
    assert not backup.check_integrity(database.path).ok


def test_a_file_that_is_not_a_database_is_reported_not_raised(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database " * 500)
    report = backup.check_integrity(junk)
    assert not report.ok
    assert "not a database" in report.problems[0]
    with pytest.raises(backup.NotAKopdesDatabaseError):
        backup.schema_revision(junk)


def test_a_healthy_sqlite_file_of_another_program_is_not_a_kopdes_database(
    tmp_path: Path,
) -> None:
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
    connection.close()
    assert backup.check_integrity(other).ok
    with pytest.raises(backup.NotAKopdesDatabaseError, match="not a Kopdes database"):
        backup.schema_revision(other)


def test_daily_rotation_keeps_the_newest_n_and_never_other_backups(
    database: Database, tmp_path: Path
) -> None:
    backups_dir = tmp_path / "rotating"
    backup.copy_database(database.path, backups_dir / "pre-migration-0001-20200101T000000Z.sqlite")
    made = [
        backup.make_daily_backup(database.path, backups_dir, 3, NOON + timedelta(days=day))
        for day in range(6)
    ]
    assert backup.daily_backups(backups_dir) == list(reversed(made[-3:]))
    assert (backups_dir / "pre-migration-0001-20200101T000000Z.sqlite").exists()
    assert len(backup.backup_files(backups_dir)) == 4


def test_a_copy_cut_short_is_cleared_away_by_the_next_daily_backup(
    database: Database, tmp_path: Path
) -> None:
    backups_dir = tmp_path / "b"
    backups_dir.mkdir()
    for leftover in ("daily-20261127T000000Z.sqlite.partial", "x.sqlite.partial-journal"):
        (backups_dir / leftover).write_bytes(b"half")
    backup.make_daily_backup(database.path, backups_dir, 3, NOON)
    assert sorted(p.name for p in backups_dir.iterdir()) == ["daily-20261128T120000Z.sqlite"]


def test_a_daily_backup_is_due_after_a_day_or_when_the_clock_went_back(tmp_path: Path) -> None:
    backups_dir = tmp_path / "b"
    assert backup.daily_backup_due(backups_dir, NOON)  # none yet
    backups_dir.mkdir()
    (backups_dir / f"daily-{backup.stamp(NOON)}.sqlite").write_bytes(b"")
    assert not backup.daily_backup_due(backups_dir, NOON + timedelta(hours=23))
    assert backup.daily_backup_due(backups_dir, NOON + timedelta(hours=24))
    # A laptop whose clock was years ahead, then corrected: backups must not stop.
    assert backup.daily_backup_due(backups_dir, NOON - timedelta(days=400))


def test_setting_aside_renames_the_file_and_its_wal_together(
    context: ServiceContext, database: Database
) -> None:
    create_demo_data(context, cooperatives=2)
    database.dispose()
    # What a crash leaves behind: commits that live only in the -wal file.
    writer = sqlite3.connect(database.path)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("UPDATE cooperative SET name = 'Koperasi Tertinggal di WAL'")
    writer.commit()
    wal = database.path.with_name(database.path.name + "-wal")
    assert wal.stat().st_size > 0
    crashed = {p.name: p.read_bytes() for p in (database.path, wal)}
    writer.close()
    for name, content in crashed.items():
        (database.path.parent / name).write_bytes(content)

    aside = backup.set_aside(database.path, NOON)
    assert not database.path.exists()
    assert not wal.exists()
    assert aside.name == "kopdes.damaged-20261128T120000Z.sqlite"
    with sqlite3.connect(aside) as connection:
        names = {name for (name,) in connection.execute("SELECT name FROM cooperative")}
    assert names == {"Koperasi Tertinggal di WAL"}


def test_the_outbox_of_a_file_with_a_torn_table_page_is_still_read(
    context: ServiceContext, database: Database, tmp_path: Path
) -> None:
    create_demo_data(context, cooperatives=2)
    early = backup.copy_database(database.path, tmp_path / "early.sqlite")
    create_demo_data(context, cooperatives=1, seed=99)
    database.dispose()
    tear_table_page(database.path, "cooperative")
    damaged = read_outbox(database.path)
    assert damaged.complete
    missing = changes_missing_from(damaged, read_outbox(early))
    assert missing
    assert all(change.mutation_id > read_outbox(early).last_mutation_id for change in missing)  # type: ignore[operator]
    assert any(change.hint.startswith("Koperasi Desa Merah Putih") for change in missing)


def test_a_file_without_a_header_gives_up_no_changes_and_says_so(database: Database) -> None:
    database.dispose()
    wipe_header(database.path)
    readout = read_outbox(database.path)
    assert readout.changes == ()
    assert not readout.complete
