"""Initial schema: synced records, outbox, sync state, region catalogue.

Revision ID: 0001
Revises: (first)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "conflict",
        sa.Column("record_type", sa.String(length=30), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("field_name", sa.String(length=60), nullable=False),
        sa.Column("kept_value", sa.Text(), nullable=False),
        sa.Column("other_value", sa.Text(), nullable=False),
        sa.Column("kept_author", sa.String(length=200), nullable=False),
        sa.Column("other_author", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=True),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("local_changed_at", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_conflict_deleted"), ["deleted"], unique=False)
        batch_op.create_index(batch_op.f("ix_conflict_record_id"), ["record_id"], unique=False)

    op.create_table(
        "cooperative",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("village_code", sa.String(length=20), nullable=False),
        sa.Column("kecamatan_code", sa.String(length=20), nullable=False),
        sa.Column("kabupaten_code", sa.String(length=20), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("phone", sa.String(length=30), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("formation_model", sa.String(length=20), nullable=True),
        sa.Column("operational_status", sa.String(length=20), nullable=True),
        sa.Column("akta_number", sa.String(length=100), nullable=False),
        sa.Column("akta_date", sa.String(length=10), nullable=True),
        sa.Column("akta_notary", sa.String(length=200), nullable=False),
        sa.Column("sk_ahu_number", sa.String(length=100), nullable=False),
        sa.Column("sk_ahu_date", sa.String(length=10), nullable=True),
        sa.Column("cooperative_reg_number", sa.String(length=100), nullable=False),
        sa.Column("nib", sa.String(length=100), nullable=False),
        sa.Column("npwp", sa.String(length=100), nullable=False),
        sa.Column("has_bank_account", sa.Boolean(), nullable=True),
        sa.Column("bank_name", sa.String(length=200), nullable=False),
        sa.Column("member_count", sa.Integer(), nullable=True),
        sa.Column("simpanan_pokok", sa.Integer(), nullable=True),
        sa.Column("simpanan_wajib", sa.Integer(), nullable=True),
        sa.Column("gerai_land_status", sa.String(length=20), nullable=True),
        sa.Column("gerai_construction", sa.String(length=20), nullable=True),
        sa.Column("last_rat_year", sa.Integer(), nullable=True),
        sa.Column("health_rating", sa.String(length=20), nullable=True),
        sa.Column("simkopdes_updated", sa.Boolean(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("local_changed_at", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("cooperative", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cooperative_deleted"), ["deleted"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_cooperative_kabupaten_code"), ["kabupaten_code"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_cooperative_kecamatan_code"), ["kecamatan_code"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_cooperative_operational_status"), ["operational_status"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_cooperative_village_code"), ["village_code"], unique=False
        )

    op.create_table(
        "outbox",
        sa.Column("mutation_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("record_type", sa.String(length=30), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("op", sa.String(length=10), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("base_versions", sa.JSON(), nullable=False),
        sa.Column("intent", sa.String(length=40), nullable=True),
        sa.Column("intent_args", sa.JSON(), nullable=False),
        sa.Column("device_time", sa.String(length=32), nullable=False),
        sa.Column("schema_version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("mutation_id"),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outbox_record_id"), ["record_id"], unique=False)

    op.create_table(
        "photo",
        sa.Column("parent_id", sa.String(length=36), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("caption", sa.Text(), nullable=False),
        sa.Column("taken_at", sa.String(length=32), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("local_changed_at", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("photo", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_photo_deleted"), ["deleted"], unique=False)
        batch_op.create_index(batch_op.f("ix_photo_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "reference_data_version",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("checksum", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_table(
        "region",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("parent_code", sa.String(length=20), nullable=True),
        sa.Column("level", sa.String(length=10), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("folded_name", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("code"),
    )
    with op.batch_alter_table("region", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_region_folded_name"), ["folded_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_region_parent_code"), ["parent_code"], unique=False)

    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("last_mutation_id", sa.Integer(), nullable=False),
        sa.Column("last_acked_mutation_id", sa.Integer(), nullable=False),
        sa.Column("pull_cursor", sa.Text(), nullable=True),
        sa.Column("last_sync_server_time", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "business_unit",
        sa.Column("cooperative_id", sa.String(length=36), nullable=False),
        sa.Column("unit_type", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("local_changed_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(["cooperative_id"], ["cooperative.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("business_unit", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_business_unit_cooperative_id"), ["cooperative_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_business_unit_deleted"), ["deleted"], unique=False)

    op.create_table(
        "officer",
        sa.Column("cooperative_id", sa.String(length=36), nullable=False),
        sa.Column("body", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=True),
        sa.Column("phone", sa.String(length=30), nullable=False),
        sa.Column("gender", sa.String(length=1), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("local_changed_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(["cooperative_id"], ["cooperative.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("officer", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_officer_cooperative_id"), ["cooperative_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_officer_deleted"), ["deleted"], unique=False)

    op.create_table(
        "opportunity",
        sa.Column("cooperative_id", sa.String(length=36), nullable=False),
        sa.Column("author_id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("sector", sa.String(length=40), nullable=True),
        sa.Column("commodity", sa.String(length=100), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("volume", sa.Float(), nullable=True),
        sa.Column("volume_unit", sa.String(length=100), nullable=False),
        sa.Column("capital_needed", sa.Integer(), nullable=True),
        sa.Column("monthly_revenue", sa.Integer(), nullable=True),
        sa.Column("offtaker", sa.String(length=200), nullable=False),
        sa.Column("needs", sa.JSON(), nullable=False),
        sa.Column("priority", sa.String(length=10), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("local_changed_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(["cooperative_id"], ["cooperative.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("opportunity", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_opportunity_cooperative_id"), ["cooperative_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_opportunity_deleted"), ["deleted"], unique=False)
        batch_op.create_index(batch_op.f("ix_opportunity_sector"), ["sector"], unique=False)
        batch_op.create_index(batch_op.f("ix_opportunity_status"), ["status"], unique=False)

    op.create_table(
        "visit",
        sa.Column("cooperative_id", sa.String(length=36), nullable=False),
        sa.Column("author_id", sa.String(length=36), nullable=False),
        sa.Column("visit_date", sa.String(length=10), nullable=True),
        sa.Column("start_time", sa.String(length=15), nullable=True),
        sa.Column("end_time", sa.String(length=15), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("travel_mode", sa.String(length=10), nullable=True),
        sa.Column("people_met", sa.JSON(), nullable=False),
        sa.Column("people_count", sa.Integer(), nullable=True),
        sa.Column("purposes", sa.JSON(), nullable=False),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("problems", sa.Text(), nullable=False),
        sa.Column("next_visit_plan", sa.Text(), nullable=False),
        sa.Column("next_visit_date", sa.String(length=10), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("local_changed_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(["cooperative_id"], ["cooperative.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_visit_cooperative_id"), ["cooperative_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_visit_deleted"), ["deleted"], unique=False)

    op.create_table(
        "agreed_action",
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("due_date", sa.String(length=10), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("local_changed_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("agreed_action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreed_action_deleted"), ["deleted"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreed_action_due_date"), ["due_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreed_action_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "review_comment",
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("author_name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=True),
        sa.Column("from_status", sa.String(length=20), nullable=True),
        sa.Column("to_status", sa.String(length=20), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("local_changed_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("review_comment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_comment_deleted"), ["deleted"], unique=False)
        batch_op.create_index(batch_op.f("ix_review_comment_visit_id"), ["visit_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("review_comment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_comment_visit_id"))
        batch_op.drop_index(batch_op.f("ix_review_comment_deleted"))

    op.drop_table("review_comment")
    with op.batch_alter_table("agreed_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreed_action_visit_id"))
        batch_op.drop_index(batch_op.f("ix_agreed_action_due_date"))
        batch_op.drop_index(batch_op.f("ix_agreed_action_deleted"))

    op.drop_table("agreed_action")
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_deleted"))
        batch_op.drop_index(batch_op.f("ix_visit_cooperative_id"))

    op.drop_table("visit")
    with op.batch_alter_table("opportunity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_opportunity_status"))
        batch_op.drop_index(batch_op.f("ix_opportunity_sector"))
        batch_op.drop_index(batch_op.f("ix_opportunity_deleted"))
        batch_op.drop_index(batch_op.f("ix_opportunity_cooperative_id"))

    op.drop_table("opportunity")
    with op.batch_alter_table("officer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_officer_deleted"))
        batch_op.drop_index(batch_op.f("ix_officer_cooperative_id"))

    op.drop_table("officer")
    with op.batch_alter_table("business_unit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_business_unit_deleted"))
        batch_op.drop_index(batch_op.f("ix_business_unit_cooperative_id"))

    op.drop_table("business_unit")
    op.drop_table("sync_state")
    with op.batch_alter_table("region", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_region_parent_code"))
        batch_op.drop_index(batch_op.f("ix_region_folded_name"))

    op.drop_table("region")
    op.drop_table("reference_data_version")
    with op.batch_alter_table("photo", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_photo_parent_id"))
        batch_op.drop_index(batch_op.f("ix_photo_deleted"))

    op.drop_table("photo")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_record_id"))

    op.drop_table("outbox")
    with op.batch_alter_table("cooperative", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cooperative_village_code"))
        batch_op.drop_index(batch_op.f("ix_cooperative_operational_status"))
        batch_op.drop_index(batch_op.f("ix_cooperative_kecamatan_code"))
        batch_op.drop_index(batch_op.f("ix_cooperative_kabupaten_code"))
        batch_op.drop_index(batch_op.f("ix_cooperative_deleted"))

    op.drop_table("cooperative")
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conflict_record_id"))
        batch_op.drop_index(batch_op.f("ix_conflict_deleted"))

    op.drop_table("conflict")
