"""Change history of records: local edits and what sync brought, kept after the outbox is trimmed.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "change_history",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("record_type", sa.String(length=30), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("cooperative_id", sa.String(length=36), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("op", sa.String(length=10), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("device_time", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("change_history", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_change_history_cooperative_id"), ["cooperative_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_change_history_record_id"), ["record_id"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("change_history", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_change_history_record_id"))
        batch_op.drop_index(batch_op.f("ix_change_history_cooperative_id"))

    op.drop_table("change_history")
