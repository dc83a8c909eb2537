"""Photo owners (who sent a photo's bytes) and unfinished uploads (quota and expiry).

Every stored photo's uploader becomes its first owner, so photos linked before this version keep
showing where they showed.

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
    op.create_table(
        "blob_owners",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("sha256", "user_id"),
    )
    op.create_table(
        "photo_uploads",
        sa.Column("user_id", sa.String(length=64), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("length", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("touched_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("user_id", "sha256"),
    )
    op.create_index("ix_photo_uploads_touched_at", "photo_uploads", ["touched_at"])
    op.execute(
        "INSERT INTO blob_owners (sha256, user_id, created_at) "
        "SELECT sha256, uploaded_by, created_at FROM blobs"
    )


def downgrade() -> None:
    op.drop_index("ix_photo_uploads_touched_at", table_name="photo_uploads")
    op.drop_table("photo_uploads")
    op.drop_table("blob_owners")
