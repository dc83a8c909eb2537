"""Putting a database copy back in place of the laptop's database.

The copy is checked before anything is touched (a healthy SQLite file, a Kopdes schema this
version knows), staged beside the database, and only then swapped in. Whatever was in place
before is kept: a healthy file is copied to the backups folder, a damaged one is renamed aside.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic.script import ScriptDirectory

from kopdes_desktop.storage import backup
from kopdes_desktop.storage.migrate import MIGRATIONS_DIR

log = logging.getLogger(__name__)


def restored_flag(database: Path) -> Path:
    """A file beside the database saying it was put back from a copy: the next start marks it in
    the database itself (``outbox.mark_restored``), whatever schema revision the copy has."""
    return database.with_name(database.name + ".restored")


@dataclass(frozen=True, slots=True)
class RestoreOutcome:
    restored_from: Path
    revision: str | None
    previous_kept_as: Path | None  # None when there was no database before


def known_revisions() -> frozenset[str]:
    script = ScriptDirectory(str(MIGRATIONS_DIR))
    return frozenset(revision.revision for revision in script.walk_revisions())


def validate_copy(path: Path) -> str | None:
    """Raise ``NotAKopdesDatabaseError`` unless ``path`` is a healthy Kopdes database this
    version can open; return its schema revision."""
    if not path.is_file():
        raise backup.NotAKopdesDatabaseError(f"{path} does not exist")
    report = backup.check_integrity(path)
    if not report.ok:
        raise backup.NotAKopdesDatabaseError(f"{path} is damaged: {'; '.join(report.problems)}")
    revision = backup.schema_revision(path)
    if revision is not None and revision not in known_revisions():
        raise backup.NotAKopdesDatabaseError(
            f"{path} was made by a newer version of Kopdes Desktop (schema {revision}); "
            "update the app first"
        )
    return revision


def keep_current(database: Path, backups_dir: Path, now: datetime) -> Path | None:
    """Keep the database that is about to be replaced, and clear its place."""
    if not database.exists():
        return None
    if backup.check_integrity(database, quick=True).ok:
        kept = backup.copy_database(
            database, backups_dir / f"pre-restore-{backup.stamp(now)}.sqlite"
        )
        backup.remove_database(database)  # its verified copy is in the backups folder
        return kept
    return backup.set_aside(database, now)


def restore_database(
    source: Path, database: Path, backups_dir: Path, now: datetime
) -> RestoreOutcome:
    """Replace ``database`` with a copy of ``source``. No connection to it may be open."""
    if source.resolve() == database.resolve():
        raise backup.NotAKopdesDatabaseError(f"{source} is the database itself")
    revision = validate_copy(source)
    staged = backup.copy_database(source, database.with_name(database.name + ".restoring"))
    try:
        kept = keep_current(database, backups_dir, now)
    except BaseException:
        # The current database is still in place (it is removed only once its copy is
        # verified); the staged copy would only hold space a full disk needs.
        for leftover in (staged, *backup.companions(staged)):
            leftover.unlink(missing_ok=True)
        raise
    for companion in backup.companions(database):
        companion.unlink(missing_ok=True)  # a stale -wal would be replayed onto the new file
    # Before the swap: a crash between the two marks the old file, which costs it nothing but a
    # new client id, while a restored file without the mark could reuse mutation ids.
    restored_flag(database).write_text(f"restored from {source.name}\n", encoding="utf-8")
    os.replace(staged, database)
    backup.clear_damage_note(backups_dir)
    log.info("restored %s from %s; previous database kept as %s", database, source, kept)
    return RestoreOutcome(restored_from=source, revision=revision, previous_kept_as=kept)
