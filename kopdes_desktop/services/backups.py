"""Keeping a laptop's data safe: daily copies, a check at every start, recovering from damage.

These actions work on database *files*, before (or instead of) opening them through
``AppServices``: a damaged file must never be opened for writing or migrated.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kopdes_desktop.disk_space import DiskFullError, is_disk_full
from kopdes_desktop.services.errors import ServiceError
from kopdes_desktop.storage import backup, restore
from kopdes_desktop.storage.outbox_readout import UnsentChange, changes_missing_from, read_outbox

log = logging.getLogger(__name__)

__all__ = [
    "BackupError",
    "BackupSummary",
    "DailyBackupResult",
    "DamageReport",
    "IntegrityReport",
    "RestoreOutcome",
    "UnsentChange",
]
RestoreOutcome = restore.RestoreOutcome
IntegrityReport = backup.IntegrityReport
Clock = Callable[[], datetime]


class BackupError(ServiceError):
    """A backup could not be made or restored; the message says why (in English, for logs)."""

    code = "backup_failed"


@dataclass(frozen=True, slots=True)
class BackupSummary:
    path: Path
    taken_at: datetime
    size_bytes: int


@dataclass(frozen=True, slots=True)
class DamageReport:
    """What start-up found wrong, and what recovery can offer."""

    database: Path
    problems: tuple[str, ...]
    newest_good_backup: BackupSummary | None
    # Unsent changes in the damaged file that the backup lacks: to be entered again by hand.
    missing_changes: tuple[UnsentChange, ...]
    # False when damage stopped the damaged file's outbox from being read to its end.
    changes_fully_read: bool


@dataclass(frozen=True, slots=True)
class DailyBackupResult:
    made: Path | None  # None when none was due or the database was damaged
    problems: tuple[str, ...]  # what the full integrity check found; empty when healthy


def summary(path: Path) -> BackupSummary:
    return BackupSummary(path, backup.taken_at(path), path.stat().st_size)


def list_backups(backups_dir: Path) -> list[BackupSummary]:
    return [summary(path) for path in backup.backup_files(backups_dir)]


def newest_good_backup(backups_dir: Path) -> BackupSummary | None:
    """The newest copy that passes the full integrity check and that this version can open."""
    for path in backup.backup_files(backups_dir):
        try:
            restore.validate_copy(path)
        except backup.NotAKopdesDatabaseError as error:
            log.warning("backup %s is not usable: %s", path, error)
            continue
        return summary(path)
    return None


def check_at_startup(database: Path, backups_dir: Path) -> DamageReport | None:
    """None when the database is healthy (or does not exist yet); else what recovery offers.

    The quick check (about 50 ms on 100,000 visits) runs at every start; the full one (ten times
    slower) only when the last background check noted damage that the quick one cannot see.
    """
    if not database.exists():
        return None
    noted = backup.noted_damage(backups_dir)
    report = backup.check_integrity(database, quick=not noted)
    log.info(
        "%s check of %s: %s in %.0f ms",
        "full" if noted else "quick",
        database,
        "ok" if report.ok else "; ".join(report.problems),
        report.seconds * 1000,
    )
    if report.ok:
        backup.clear_damage_note(backups_dir)
        return None
    return damage_report(database, backups_dir, report.problems)


def full_check(database: Path, backups_dir: Path) -> IntegrityReport | None:
    """The full integrity check on demand; damage found is noted for the next start-up."""
    if not database.exists():
        return None
    report = backup.check_integrity(database)
    if not report.ok:
        backup.note_damage(backups_dir, report.problems)
    return report


def damage_report(database: Path, backups_dir: Path, problems: tuple[str, ...]) -> DamageReport:
    good = newest_good_backup(backups_dir)
    damaged_outbox = read_outbox(database)
    missing: tuple[UnsentChange, ...] = damaged_outbox.changes
    if good is not None:
        missing = tuple(changes_missing_from(damaged_outbox, read_outbox(good.path)))
    return DamageReport(
        database=database,
        problems=problems,
        newest_good_backup=good,
        missing_changes=missing,
        changes_fully_read=damaged_outbox.complete,
    )


def recover_from_backup(
    report: DamageReport, backups_dir: Path, now: Clock = backup.now_utc
) -> RestoreOutcome:
    """Set the damaged file aside and put the newest good backup in its place."""
    if report.newest_good_backup is None:
        raise BackupError("there is no good backup to recover from")
    return restore_from(report.newest_good_backup.path, report.database, backups_dir, now)


def start_empty(report: DamageReport, backups_dir: Path, now: Clock = backup.now_utc) -> Path:
    """Set the damaged file aside; the app then starts with a new, empty database."""
    kept = backup.set_aside(report.database, now())
    backup.clear_damage_note(backups_dir)
    return kept


def restore_from(
    source: Path, database: Path, backups_dir: Path, now: Clock = backup.now_utc
) -> RestoreOutcome:
    """Replace the database with a checked copy of ``source``; the current one is kept."""
    try:
        return restore.restore_database(source, database, backups_dir, now())
    except (backup.NotAKopdesDatabaseError, OSError, sqlite3.Error) as error:
        cause: BaseException = error
        if is_disk_full(error, database.parent):
            cause = DiskFullError(str(error))
        raise BackupError(str(error)) from cause


def backup_to(database: Path, target: Path) -> BackupSummary:
    """A consistent copy of the database at ``target`` (which must not exist yet)."""
    if not database.exists():
        raise BackupError(f"there is no database at {database} yet")
    if target.exists():
        raise BackupError(f"{target} already exists; choose a new file name")
    try:
        backup.copy_database(database, target)
    except (OSError, sqlite3.Error) as error:
        cause: BaseException = error
        if is_disk_full(error, target.parent):
            cause = DiskFullError(str(error))  # SQLite says "disk I/O error": name it
        raise BackupError(f"could not write {target}: {error}") from cause
    return summary(target)


def daily_backup_if_due(
    database: Path, backups_dir: Path, keep: int, now: Clock = backup.now_utc
) -> DailyBackupResult:
    """Run in the background at start-up (and hourly while the app stays open).

    The full integrity check comes first: copying a damaged file would push good backups out
    of the rotation, so a damaged file is noted for the next start-up instead.
    """
    moment = now()
    if not database.exists() or not backup.daily_backup_due(backups_dir, moment):
        return DailyBackupResult(None, ())
    report = backup.check_integrity(database)
    if not report.ok:
        log.error("daily check found damage in %s: %s", database, "; ".join(report.problems))
        backup.note_damage(backups_dir, report.problems)
        return DailyBackupResult(None, report.problems)
    made = backup.make_daily_backup(database, backups_dir, keep, moment)
    log.info("daily backup %s made (check %.0f ms)", made, report.seconds * 1000)
    return DailyBackupResult(made, ())
