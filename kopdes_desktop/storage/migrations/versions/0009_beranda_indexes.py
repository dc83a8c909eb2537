"""Indexes for Beranda's to-do on a large database: a BA's own visits by status and date (their
drafts and sent-back visits counted from the index alone), planned next visits by date, and the
review history by time (the longest-waiting visits found without reading every visit).

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("visit") as batch_op:
        batch_op.create_index(
            "ix_visit_author_status_date",
            ["author_id", "status", "visit_date", "deleted", "cooperative_id"],
        )
        batch_op.create_index("ix_visit_next_visit_date", ["next_visit_date"])
    with op.batch_alter_table("review_comment") as batch_op:
        batch_op.create_index("ix_review_comment_created_at", ["created_at"])


def downgrade() -> None:
    with op.batch_alter_table("review_comment") as batch_op:
        batch_op.drop_index("ix_review_comment_created_at")
    with op.batch_alter_table("visit") as batch_op:
        batch_op.drop_index("ix_visit_next_visit_date")
        batch_op.drop_index("ix_visit_author_status_date")
