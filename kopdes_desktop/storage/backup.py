"""Copies of the local database file, checking a file for damage, and putting a copy back.

Plain ``sqlite3`` rather than SQLAlchemy: these functions must work on files the app cannot open
(damaged, from another version, not a database at all) and must never run a migration.

Copies go through SQLite's backup API, which gives a consistent snapshot of a live WAL database
(including changes still in the -wal file) without stopping the app. A copy is written under a
temporary name and renamed into place, so a crash mid-copy never leaves half a backup that
looks whole.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kopdes_desktop.disk_space import DiskFullError, is_disk_full
from kopdes_desktop.private_files import private_file

log = logging.getLogger(__name__)

STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
_STAMP = re.compile(r"(\d{8}T\d{6}Z)")
DAILY_PREFIX = "daily-"
DAILY_INTERVAL = timedelta(days=1)
# Tables every Kopdes database has had since the first schema; a file without them is not ours.
REQUIRED_TABLES = frozenset({"alembic_version", "outbox", "sync_state", "cooperative", "visit"})
# SQLite keeps a live database in up to three files; they move together or not at all.
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")
MAX_PROBLEMS_REPORTED = 20


class NotAKopdesDatabaseError(ValueError):
    """The file is missing, damaged, or not a database this app made."""


@dataclass(frozen=True, slots=True)
class IntegrityReport:
    ok: bool
    problems: tuple[str, ...]
    seconds: float


def now_utc() -> datetime:
    return datetime.now(UTC)


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(STAMP_FORMAT)


@contextlib.contextmanager
def connect_file(path: Path, *, read_only: bool = True) -> Iterator[sqlite3.Connection]:
    """A connection that is closed on exit (sqlite3's own context manager only commits)."""
    if read_only:
        if not path.is_file():
            raise NotAKopdesDatabaseError(f"{path} does not exist")
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    else:
        connection = sqlite3.connect(path)
    try:
        yield connection
    finally:
        connection.close()


def check_integrity(path: Path, *, quick: bool = False) -> IntegrityReport:
    """Run SQLite's integrity check (or the faster quick check) on a file.

    ``quick_check`` skips comparing indexes with their tables; it still finds a torn page, a
    broken b-tree or a file that is not a database. Any error opening or reading the file is
    reported as damage rather than raised, except a full disk (:class:`DiskFullError`).
    """
    started = time.perf_counter()
    pragma = "quick_check" if quick else "integrity_check"
    try:
        with connect_file(path) as connection:
            rows = connection.execute(f"PRAGMA {pragma}({MAX_PROBLEMS_REPORTED})").fetchall()
        problems = tuple(str(row[0]) for row in rows if row and row[0] != "ok")
    except (sqlite3.Error, NotAKopdesDatabaseError) as error:
        if is_disk_full(error, path.parent):
            # Not damage: SQLite could not create its WAL for lack of room. Offering to
            # restore an older backup here would throw away good work.
            raise DiskFullError(str(error)) from error
        problems = (str(error),)
    return IntegrityReport(
        ok=not problems, problems=problems, seconds=time.perf_counter() - started
    )


def schema_revision(path: Path) -> str | None:
    """The Alembic revision a (healthy) Kopdes file is at; raises if it is not one of ours."""
    try:
        with connect_file(path) as connection:
            tables = {
                name
                for (name,) in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                )
            }
            missing = REQUIRED_TABLES - tables
            if missing:
                raise NotAKopdesDatabaseError(
                    f"{path} is not a Kopdes database (no {', '.join(sorted(missing))} table)"
                )
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error as error:
        raise NotAKopdesDatabaseError(f"{path} cannot be read as a database: {error}") from error
    return str(row[0]) if row else None


def copy_database(source: Path, target: Path) -> Path:
    """A consistent copy of a live SQLite file (WAL contents included), written atomically."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    private_file(partial)  # a copy of the records: as private as the database itself
    try:
        with connect_file(source) as src, connect_file(partial, read_only=False) as dst:
            src.backup(dst)
            # A self-contained file: no -wal beside it is needed to read the copy.
            dst.execute("PRAGMA journal_mode=DELETE")
        os.replace(partial, target)
    except BaseException:
        # A half-written copy is useless and, on a full disk, holds the space others need.
        for leftover in (partial, *companions(partial)):
            leftover.unlink(missing_ok=True)
        raise
    return target


def _stamp_of(path: Path) -> datetime:
    match = _STAMP.search(path.name)
    if match:
        return datetime.strptime(match.group(1), STAMP_FORMAT).replace(tzinfo=UTC)
    # A copy someone put there by hand: its modification time is the best guess.
    return datetime.fromtimestamp(path.stat().st_mtime, UTC)


def taken_at(path: Path) -> datetime:
    """When a backup was taken, from the time in its name (or the file's time)."""
    return _stamp_of(path)


def backup_files(backups_dir: Path) -> list[Path]:
    """Every database copy in the backups folder (daily, pre-migration, ...), newest first."""
    if not backups_dir.is_dir():
        return []
    files = [p for p in backups_dir.glob("*.sqlite") if p.is_file()]
    return sorted(files, key=_stamp_of, reverse=True)


def daily_backups(backups_dir: Path) -> list[Path]:
    return [p for p in backup_files(backups_dir) if p.name.startswith(DAILY_PREFIX)]


def daily_backup_due(backups_dir: Path, now: datetime) -> bool:
    dailies = daily_backups(backups_dir)
    if not dailies:
        return True
    newest = _stamp_of(dailies[0])
    # A laptop clock can be years off and then corrected backwards; a backup "from the future"
    # must not stop backups until that date comes round.
    return now - newest >= DAILY_INTERVAL or newest - now >= DAILY_INTERVAL


def rotate_daily(backups_dir: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` daily backups; other backups are never touched."""
    removed = daily_backups(backups_dir)[max(1, keep) :]
    for path in removed:
        path.unlink(missing_ok=True)
        log.info("removed old daily backup %s", path)
    return removed


def remove_unfinished_copies(backups_dir: Path) -> None:
    """Copies cut short (the app was closed or the laptop died mid-copy) never became backups."""
    for leftover in backups_dir.glob("*.partial*"):
        leftover.unlink(missing_ok=True)


def make_daily_backup(database: Path, backups_dir: Path, keep: int, now: datetime) -> Path:
    remove_unfinished_copies(backups_dir)
    target = copy_database(database, backups_dir / f"{DAILY_PREFIX}{stamp(now)}.sqlite")
    rotate_daily(backups_dir, keep)
    return target


def companions(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in COMPANION_SUFFIXES]


def set_aside(path: Path, now: datetime) -> Path:
    """Rename a damaged database (and its -wal/-shm, which hold part of its data) out of the way.

    Never deletes: support staff may still rescue rows from it with SQLite's ``.recover``.
    """
    target = path.with_name(f"{path.stem}.damaged-{stamp(now)}{path.suffix}")
    os.replace(path, target)
    for companion, moved in zip(companions(path), companions(target), strict=True):
        if companion.exists():
            os.replace(companion, moved)
    log.warning("set damaged database %s aside as %s", path, target)
    return target


def remove_database(path: Path) -> None:
    """Delete a database file and its companions: only after a verified copy exists."""
    for file in (path, *companions(path)):
        file.unlink(missing_ok=True)


# A full integrity check finds what the quick start-up check cannot (an index that disagrees
# with its table). It runs in the background before each daily backup; what it finds is noted
# here so that the next start-up runs the full check and offers recovery.
DAMAGE_NOTE = "integrity-problems.txt"


def note_damage(backups_dir: Path, problems: tuple[str, ...]) -> None:
    backups_dir.mkdir(parents=True, exist_ok=True)
    (backups_dir / DAMAGE_NOTE).write_text("\n".join(problems) + "\n", encoding="utf-8")


def noted_damage(backups_dir: Path) -> tuple[str, ...]:
    note = backups_dir / DAMAGE_NOTE
    if not note.is_file():
        return ()
    lines = note.read_text(encoding="utf-8", errors="replace").splitlines()
    return tuple(line for line in lines if line.strip()) or ("damage noted",)


def clear_damage_note(backups_dir: Path) -> None:
    (backups_dir / DAMAGE_NOTE).unlink(missing_ok=True)
