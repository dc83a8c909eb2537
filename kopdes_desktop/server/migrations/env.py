"""Alembic environment for the server database (SQLite or PostgreSQL).

Run through ``kopdes-server migrate`` (kopdes_desktop.server.migrate), which passes an open
connection in ``config.attributes``.
"""

from __future__ import annotations

from alembic import context

from kopdes_desktop.server.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
