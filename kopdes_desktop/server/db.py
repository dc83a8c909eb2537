"""Engine and transactions for SQLite (demo default) and PostgreSQL (production).

Write transactions run at READ COMMITTED on PostgreSQL and take row locks explicitly; on SQLite
they start with BEGIN IMMEDIATE, which makes writers queue instead of failing halfway. Pulls read
one snapshot: REPEATABLE READ on PostgreSQL, a plain deferred transaction on SQLite (WAL).
Deadlocks, serialisation failures and racing inserts are retried as a whole transaction.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)
T = TypeVar("T")

SQLITE_BUSY_TIMEOUT_MS = 30_000
_BEGIN_OPTION = "kopdes_begin"
# PostgreSQL SQLSTATEs worth a retry: serialization_failure, deadlock_detected.
_RETRYABLE_SQLSTATES = {"40001", "40P01"}
MAX_ATTEMPTS = 5


def _sqlite_on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy's begin event issues BEGIN itself
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable across app crashes
    cursor.close()


def _sqlite_on_begin(connection: Any) -> None:
    mode = connection.get_execution_options().get(_BEGIN_OPTION, "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def make_engine(url: str, *, pool_size: int = 10, max_overflow: int = 30) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    return create_engine(
        url,
        pool_size=pool_size,
        max_overflow=max_overflow,
        pool_pre_ping=True,
        pool_timeout=60,
    )


class Database:
    def __init__(self, url: str, **engine_options: int) -> None:
        self.url = url
        self.engine = make_engine(url, **engine_options)
        if is_sqlite(self.engine):
            write_engine = self.engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})
            read_engine = self.engine
        else:
            write_engine = self.engine.execution_options(isolation_level="READ COMMITTED")
            read_engine = self.engine.execution_options(
                isolation_level="REPEATABLE READ", postgresql_readonly=True
            )
        self._writer = sessionmaker(write_engine, expire_on_commit=False)
        self._reader = sessionmaker(read_engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self._writer() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as session, session.begin():
            yield session

    def write_with_retry(self, work: Callable[[Session], T]) -> T:
        """Run ``work`` in a write transaction, again from scratch if the database asks."""
        for attempt in range(1, MAX_ATTEMPTS + 1):
            try:
                with self.write() as session:
                    return work(session)
            except (IntegrityError, OperationalError, DBAPIError) as error:
                if attempt == MAX_ATTEMPTS or not _retryable(error):
                    raise
                log.info("retrying write transaction (attempt %d): %s", attempt, error.orig)
                time.sleep(0.01 * attempt)
        raise AssertionError("unreachable")

    def dispose(self) -> None:
        self.engine.dispose()


def _retryable(error: DBAPIError) -> bool:
    if isinstance(error, IntegrityError):
        # Two transactions inserted the same key (a first push of a new client twice at once,
        # one record id created by two requests): the retry sees the winner's row.
        return True
    sqlstate = getattr(error.orig, "sqlstate", None)
    if sqlstate in _RETRYABLE_SQLSTATES:
        return True
    return "database is locked" in str(error.orig)
