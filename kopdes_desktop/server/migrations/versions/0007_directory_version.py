"""The directory of people travels to laptops: remember when it last changed.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("server_state", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("directory_version", sa.BigInteger(), server_default="0", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("server_state", schema=None) as batch_op:
        batch_op.drop_column("directory_version")
