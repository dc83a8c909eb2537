"""Where a visit's coordinates came from (device, photo, manual; NULL = not known): visits saved
before this release keep NULL, as nobody recorded it (domain/position.py).

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


# Plain ALTER TABLE (SQLite >= 3.35 adds and drops columns in place), never a batch copy of
# ``visit``: dropping the old table would cascade-delete every agreed action, photo and review
# comment under it.


def upgrade() -> None:
    op.add_column("visit", sa.Column("gps_source", sa.String(length=10), nullable=True))


def downgrade() -> None:
    op.drop_column("visit", "gps_source")
