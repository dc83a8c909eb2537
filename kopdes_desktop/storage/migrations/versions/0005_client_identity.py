"""A database put back from a copy is marked; refusals are known by client id and mutation id.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_state", schema=None) as batch_op:
        batch_op.add_column(sa.Column("restored_mutation_id", sa.Integer(), nullable=True))

    # The refusals table gets its own key: mutation ids start again under a new client id.
    op.create_table(
        "rejected_change_new",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("mutation_id", sa.Integer(), nullable=False),
        sa.Column("record_type", sa.String(length=30), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("op", sa.String(length=10), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("reason", sa.String(length=40), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("issues", sa.JSON(), nullable=False),
        sa.Column("rejected_at", sa.String(length=32), nullable=False),
        sa.Column("dismissed", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("client_id", "mutation_id", name="uq_rejected_change_client_mutation"),
    )
    op.execute(
        "INSERT INTO rejected_change_new (client_id, mutation_id, record_type, record_id, op,"
        " fields, reason, message, issues, rejected_at, dismissed)"
        " SELECT COALESCE((SELECT client_id FROM sync_state WHERE id = 1), ''), mutation_id,"
        " record_type, record_id, op, fields, reason, message, issues, rejected_at, dismissed"
        " FROM rejected_change ORDER BY mutation_id"
    )
    with op.batch_alter_table("rejected_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rejected_change_record_id"))
    op.drop_table("rejected_change")
    op.rename_table("rejected_change_new", "rejected_change")
    with op.batch_alter_table("rejected_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_rejected_change_record_id"), ["record_id"], unique=False
        )


def downgrade() -> None:
    op.create_table(
        "rejected_change_old",
        sa.Column("mutation_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("record_type", sa.String(length=30), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("op", sa.String(length=10), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("reason", sa.String(length=40), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("issues", sa.JSON(), nullable=False),
        sa.Column("rejected_at", sa.String(length=32), nullable=False),
        sa.Column("dismissed", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("mutation_id"),
    )
    # Only the current identity's refusals fit the old key.
    op.execute(
        "INSERT INTO rejected_change_old SELECT mutation_id, record_type, record_id, op, fields,"
        " reason, message, issues, rejected_at, dismissed FROM rejected_change"
        " WHERE client_id = COALESCE((SELECT client_id FROM sync_state WHERE id = 1), '')"
    )
    with op.batch_alter_table("rejected_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rejected_change_record_id"))
    op.drop_table("rejected_change")
    op.rename_table("rejected_change_old", "rejected_change")
    with op.batch_alter_table("rejected_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_rejected_change_record_id"), ["record_id"], unique=False
        )
    with op.batch_alter_table("sync_state", schema=None) as batch_op:
        batch_op.drop_column("restored_mutation_id")
