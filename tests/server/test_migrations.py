"""The server's migrations build exactly its models, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from kopdes_desktop.server.db import Database
from kopdes_desktop.server.models import Base
from tests.server.conftest import new_database


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_migrations_produce_exactly_the_models(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    database = Database(new_database(backend, request, tmp_path, "kopdes_migrations"))
    try:
        with database.engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    finally:
        database.dispose()
    assert differences == []
