"""Composite indexes for the paged visit lists (by cooperative, by status, newest first).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("visit") as batch_op:
        batch_op.create_index("ix_visit_cooperative_date", ["cooperative_id", "visit_date"])
        batch_op.create_index("ix_visit_status_date", ["status", "visit_date"])


def downgrade() -> None:
    with op.batch_alter_table("visit") as batch_op:
        batch_op.drop_index("ix_visit_status_date")
        batch_op.drop_index("ix_visit_cooperative_date")
