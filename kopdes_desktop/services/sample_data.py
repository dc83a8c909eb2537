"""Data contoh: sample records to try the app, kept apart from the user's own data.

They live in a database of their own in the data folder (``paths.sample_database_file()``),
opened in a clearly marked sample mode that never syncs: the sync service refuses while the
window shows them, so not one sample record can reach a server. They are offered only while no
account is signed in, are removed in one click, and signing in leaves them for the real data.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from datetime import date

from sqlalchemy import func, select

from kopdes_desktop import paths
from kopdes_desktop.domain import clock
from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.demo_data import create_demo_data
from kopdes_desktop.storage.models import CooperativeRow
from kopdes_desktop.storage.opening import open_database

log = logging.getLogger(__name__)

# Whoever tries the app acts as this BA: the sample visits and notes are theirs to edit.
SAMPLE_USER_ID = "sample-user"
SAMPLE_COOPERATIVES = 12


def open_context(catalog: RegionCatalog, today: Callable[[], date] = clock.today) -> ServiceContext:
    """The sample database, created and migrated if needed, acting as the sample BA."""
    database = open_database(paths.sample_database_file(), paths.sample_backups_dir(), catalog)
    context = ServiceContext(database=database, catalog=catalog, today=today, sample=True)
    context.act_as(SAMPLE_USER_ID, Role.BA.value, ())
    return context


def prepare(catalog: RegionCatalog, cooperatives: int = SAMPLE_COOPERATIVES) -> int:
    """Fill the sample database unless it holds sample data already; returns how many
    cooperatives it holds (loading twice never doubles them)."""
    context = open_context(catalog)
    try:
        with context.database.read() as session:
            held = session.scalar(select(func.count()).select_from(CooperativeRow)) or 0
        if not held:
            held = create_demo_data(context, cooperatives=cooperatives)
            log.info("sample data created in %s: %d cooperatives", context.database.path, held)
        return int(held)
    finally:
        context.database.dispose()


def exists() -> bool:
    return paths.sample_database_file().exists()


def remove() -> None:
    """Remove the sample database and everything that belongs to it (its database must be
    closed: the window shows the real data again first)."""
    for path in paths.sample_files():
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
    log.info("sample data removed from %s", paths.data_dir())
