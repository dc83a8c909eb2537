"""Sync engine bookkeeping: per-field versions, staged pull pages, rejected changes,
photo transfers and the signed-in account.

Existing rows get empty field versions (0 = never synced), so no local edit is lost.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("server_url", sa.Text(), nullable=False),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("user_id", sa.String(length=64), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("kabupaten_codes", sa.JSON(), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("signed_in_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "photo_transfer",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("direction", sa.String(length=4), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", "direction"),
    )
    with op.batch_alter_table("photo_transfer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_photo_transfer_state"), ["state"], unique=False)

    op.create_table(
        "pulled_page",
        sa.Column("sequence", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("removed_cooperative_ids", sa.JSON(), nullable=False),
        sa.Column("cursor", sa.Text(), nullable=False),
        sa.Column("target_version", sa.Integer(), nullable=False),
        sa.Column("is_reset", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("sequence"),
    )
    op.create_table(
        "rejected_change",
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
    with op.batch_alter_table("rejected_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_rejected_change_record_id"), ["record_id"], unique=False
        )

    with op.batch_alter_table("agreed_action", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("field_versions", sa.JSON(), nullable=False, server_default="{}")
        )

    with op.batch_alter_table("business_unit", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("field_versions", sa.JSON(), nullable=False, server_default="{}")
        )

    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("field_versions", sa.JSON(), nullable=False, server_default="{}")
        )

    with op.batch_alter_table("cooperative", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("field_versions", sa.JSON(), nullable=False, server_default="{}")
        )

    with op.batch_alter_table("officer", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("field_versions", sa.JSON(), nullable=False, server_default="{}")
        )

    with op.batch_alter_table("opportunity", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("field_versions", sa.JSON(), nullable=False, server_default="{}")
        )

    with op.batch_alter_table("photo", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("field_versions", sa.JSON(), nullable=False, server_default="{}")
        )

    with op.batch_alter_table("review_comment", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("field_versions", sa.JSON(), nullable=False, server_default="{}")
        )

    with op.batch_alter_table("sync_state", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("pulled_version", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(
            sa.Column("exported_mutation_id", sa.Integer(), nullable=False, server_default="0")
        )

    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("field_versions", sa.JSON(), nullable=False, server_default="{}")
        )


def downgrade() -> None:
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_column("field_versions")

    with op.batch_alter_table("sync_state", schema=None) as batch_op:
        batch_op.drop_column("exported_mutation_id")
        batch_op.drop_column("pulled_version")

    with op.batch_alter_table("review_comment", schema=None) as batch_op:
        batch_op.drop_column("field_versions")

    with op.batch_alter_table("photo", schema=None) as batch_op:
        batch_op.drop_column("field_versions")

    with op.batch_alter_table("opportunity", schema=None) as batch_op:
        batch_op.drop_column("field_versions")

    with op.batch_alter_table("officer", schema=None) as batch_op:
        batch_op.drop_column("field_versions")

    with op.batch_alter_table("cooperative", schema=None) as batch_op:
        batch_op.drop_column("field_versions")

    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.drop_column("field_versions")

    with op.batch_alter_table("business_unit", schema=None) as batch_op:
        batch_op.drop_column("field_versions")

    with op.batch_alter_table("agreed_action", schema=None) as batch_op:
        batch_op.drop_column("field_versions")

    with op.batch_alter_table("rejected_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rejected_change_record_id"))

    op.drop_table("rejected_change")
    op.drop_table("pulled_page")
    with op.batch_alter_table("photo_transfer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_photo_transfer_state"))

    op.drop_table("photo_transfer")
    op.drop_table("account")
