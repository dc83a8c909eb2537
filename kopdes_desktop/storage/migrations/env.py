"""Alembic environment for the laptop's SQLite database.

Run by ``kopdes_desktop.storage.migrate`` with an open connection in ``config.attributes``;
never from a command line with a URL, because start-up must back the file up first.
"""

from __future__ import annotations

from alembic import context

from kopdes_desktop.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
)
with context.begin_transaction():
    context.run_migrations()
