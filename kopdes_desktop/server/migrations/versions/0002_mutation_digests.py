"""Consumed mutations keep a digest of their content; compaction may drop the stored answer.

A laptop database put back from a backup (or copied to a second laptop) reuses mutation ids the
server already consumed; the digest tells such a different edit from a plain resend.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("applied_mutations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("digest", sa.String(length=64), nullable=True))
        batch_op.alter_column("result", existing_type=sa.JSON(), nullable=True)


def downgrade() -> None:
    op.execute("DELETE FROM applied_mutations WHERE result IS NULL")
    with op.batch_alter_table("applied_mutations", schema=None) as batch_op:
        batch_op.alter_column("result", existing_type=sa.JSON(), nullable=False)
        batch_op.drop_column("digest")
