"""Pulled changes the laptop could not apply are set aside instead of stopping every sync.

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
    op.create_table(
        "set_aside_change",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("record_type", sa.String(length=30), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("cooperative_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("change", sa.JSON(), nullable=False),
        sa.Column("reason", sa.String(length=30), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("app_version", sa.String(length=30), nullable=False),
        sa.Column("set_aside_at", sa.String(length=32), nullable=False),
        sa.Column("dismissed", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("set_aside_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_set_aside_change_cooperative_id"), ["cooperative_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_set_aside_change_record_id"), ["record_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("set_aside_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_set_aside_change_record_id"))
        batch_op.drop_index(batch_op.f("ix_set_aside_change_cooperative_id"))
    op.drop_table("set_aside_change")
