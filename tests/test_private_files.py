"""On Linux and macOS a laptop's data is readable by its user only: another account on a shared
office laptop sees neither the records, the backups nor the log."""

from __future__ import annotations

import logging
import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from kopdes_desktop import paths
from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.log import PrivateRotatingFileHandler
from kopdes_desktop.services import backups
from kopdes_desktop.storage.opening import open_database

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_data_folder_database_and_backups_are_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, catalog: RegionCatalog
) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o755)  # as an install from before this rule left it
    os.chmod(data, 0o755)
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(data))
    previous = os.umask(0o022)  # the usual umask: new files would be readable by everyone
    try:
        database = open_database(paths.database_file(), paths.backups_dir(), catalog)
        with database.write() as session:
            session.execute(text("SELECT 1"))
        assert mode(data) == 0o700
        assert mode(paths.backups_dir()) == 0o700
        assert mode(paths.photos_dir()) == 0o700
        assert mode(paths.database_file()) == 0o600
        wal = paths.database_file().with_name("kopdes.sqlite-wal")
        assert wal.exists()
        assert mode(wal) == 0o600
        manual = backups.backup_to(paths.database_file(), tmp_path / "salinan.sqlite")
        assert mode(Path(manual.path)) == 0o600
        daily = backups.daily_backup_if_due(
            paths.database_file(), paths.backups_dir(), 7, lambda: datetime.now(UTC)
        )
        assert daily.made is not None
        assert mode(daily.made) == 0o600
        database.dispose()
        os.chmod(paths.database_file(), 0o644)  # loosened by hand or by an old version
        open_database(paths.database_file(), paths.backups_dir(), catalog).dispose()
        assert mode(paths.database_file()) == 0o600
    finally:
        os.umask(previous)


def test_the_log_and_its_rotated_files_are_private(tmp_path: Path) -> None:
    log_file = tmp_path / "logs" / "kopdes-desktop.log"
    log_file.parent.mkdir()
    handler = PrivateRotatingFileHandler(log_file, maxBytes=200, backupCount=2, encoding="utf-8")
    logger = logging.getLogger("kopdes_desktop.test_private_log")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        for n in range(20):
            logger.warning("signed in as ani at https://sync.example.go.id (%d)", n)
    finally:
        logger.removeHandler(handler)
        handler.close()
    files = sorted(log_file.parent.iterdir())
    assert len(files) == 3  # the log and two rotated ones
    assert [mode(f) for f in files] == [0o600] * 3
