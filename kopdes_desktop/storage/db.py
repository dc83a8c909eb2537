"""The local SQLite database: engine, connection pragmas and transactions.

Writes start with ``BEGIN IMMEDIATE`` so two writers queue on the busy timeout instead of one of
them failing halfway through with "database is locked"; reads start a plain deferred transaction
and, under WAL, never block or wait for the writer.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from kopdes_desktop.disk_space import DiskFullError, is_disk_full
from kopdes_desktop.private_files import private_file

BUSY_TIMEOUT_MS = 10_000
_BEGIN_OPTION = "kopdes_begin"


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own handling is unreliable).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    # FULL: a committed edit survives a power cut too, not only an app crash (a BA's laptop
    # battery dies mid-village). Measured cost in docs/benchmarks.md.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _on_begin(connection: Any) -> None:
    mode = connection.get_execution_options().get(_BEGIN_OPTION, "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def make_engine(path: Path) -> Engine:
    path.parent.mkdir(parents=True, exist_ok=True)
    # SQLite gives its -wal and -shm files the database file's permissions.
    private_file(path)
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


@contextmanager
def _disk_full_named(folder: Path) -> Iterator[None]:
    try:
        yield
    except DiskFullError:
        raise
    except Exception as error:
        if is_disk_full(error, folder):
            raise DiskFullError(str(error)) from error
        raise


class Database:
    """One local database file. Hands out short-lived sessions; never shared across threads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = make_engine(path)
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(
            self.engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"}), expire_on_commit=False
        )

    @contextmanager
    def read(self) -> Iterator[Session]:
        with _disk_full_named(self.path.parent), self._reader() as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: everything inside commits together or not at all.

        A full disk surfaces as :class:`DiskFullError` (the transaction is rolled back, so
        nothing half-written stays), whichever statement or the commit met it.
        """
        with _disk_full_named(self.path.parent), self._writer() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
