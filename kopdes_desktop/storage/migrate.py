"""Bring the local database to the current schema, safely, at every start.

Before any migration touches a file that already holds data, a full copy is taken with SQLite's
backup API (consistent even with WAL), so an upgrade can never cost a BA their unsynced work.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from kopdes_desktop.storage.db import Database

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(database: Database) -> str | None:
    with database.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def backup_file(source: Path, target: Path) -> Path:
    """A consistent copy of a live SQLite file (WAL contents included)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


def _has_tables(path: Path) -> bool:
    if not path.exists() or path.stat().st_size == 0:
        return False
    with sqlite3.connect(path) as connection:
        (count,) = connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE type='table'"
        ).fetchone()
    return bool(count)


def upgrade(database: Database, backups_dir: Path, target: str = "head") -> Path | None:
    """Migrate to ``target``; returns the pre-migration backup, if one was needed."""
    current = current_revision(database)
    wanted = head_revision() if target == "head" else target
    if current == wanted:
        return None
    backup: Path | None = None
    if _has_tables(database.path):
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        backup = backup_file(
            database.path, backups_dir / f"pre-migration-{current or 'none'}-{stamp}.sqlite"
        )
        log.info("backed up %s to %s before migrating", database.path, backup)
    config = _config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)
    log.info("database %s migrated from %s to %s", database.path, current, wanted)
    return backup
