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


def upgrade() -> None:
    with op.batch_alter_table("visit") as batch_op:
        batch_op.add_column(sa.Column("gps_source", sa.String(length=10), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("visit") as batch_op:
        batch_op.drop_column("gps_source")
