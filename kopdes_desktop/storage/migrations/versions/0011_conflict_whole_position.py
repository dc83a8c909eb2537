"""A position clash's conflict carries both whole positions (coordinates and source), so it is
settled as one position (domain/position.py). Conflicts already on the laptop keep "": they are
settled from the coordinate they name, as well as that allows (docs/editing.md).

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# Plain ALTER TABLE, as in 0010: never a batch copy of a table.


def upgrade() -> None:
    for name in ("kept_position", "other_position"):
        op.add_column("conflict", sa.Column(name, sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    for name in ("other_position", "kept_position"):
        op.drop_column("conflict", name)
