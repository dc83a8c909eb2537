"""The directory of people: names and roles of the area's people, which BA coaches which
cooperative, and who made each change sync brought.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "person",
        sa.Column("user_id", sa.String(length=64), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("user_id"),
    )
    op.create_table(
        "assignment",
        sa.Column("user_id", sa.String(length=64), nullable=False),
        sa.Column("cooperative_id", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("user_id", "cooperative_id"),
    )
    with op.batch_alter_table("assignment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_assignment_cooperative_id"), ["cooperative_id"], unique=False
        )
    with op.batch_alter_table("pulled_page", schema=None) as batch_op:
        batch_op.add_column(sa.Column("directory", sa.JSON(), nullable=True))
    with op.batch_alter_table("change_history", schema=None) as batch_op:
        batch_op.add_column(sa.Column("author_id", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("changed_at", sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("change_history", schema=None) as batch_op:
        batch_op.drop_column("changed_at")
        batch_op.drop_column("author_id")
    with op.batch_alter_table("pulled_page", schema=None) as batch_op:
        batch_op.drop_column("directory")
    with op.batch_alter_table("assignment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assignment_cooperative_id"))
    op.drop_table("assignment")
    op.drop_table("person")
