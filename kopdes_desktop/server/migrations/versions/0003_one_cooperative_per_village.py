"""One cooperative per desa/kelurahan: ``records.village_code`` with a partial unique index.

Existing live cooperatives get their village copied from their fields, oldest first. Where a
village already holds two or more (pushed before this rule existed), the oldest keeps the village
and the others are listed in the log for an admin to settle; they stay as they are meanwhile.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

log = logging.getLogger("kopdes_desktop.server.migrate")
LIVE_COOPERATIVE = "record_type = 'cooperative' AND NOT deleted AND village_code IS NOT NULL"

records = sa.table(
    "records",
    sa.column("record_id", sa.String),
    sa.column("record_type", sa.String),
    sa.column("deleted", sa.Boolean),
    sa.column("created_at", sa.DateTime),
    sa.column("data", sa.JSON),
    sa.column("village_code", sa.String),
)


def upgrade() -> None:
    with op.batch_alter_table("records", schema=None) as batch_op:
        batch_op.add_column(sa.Column("village_code", sa.String(length=20), nullable=True))
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(records.c.record_id, records.c.data)
        .where(records.c.record_type == "cooperative", records.c.deleted.is_(False))
        .order_by(records.c.created_at, records.c.record_id)
    )
    owner: dict[str, str] = {}
    duplicates: list[tuple[str, str, str]] = []
    for record_id, data in rows:
        village = (data or {}).get("village_code")
        if not isinstance(village, str) or not village:
            continue
        if village in owner:
            duplicates.append((village, owner[village], record_id))
            continue
        owner[village] = record_id
    for village, record_id in owner.items():
        connection.execute(
            sa.update(records).where(records.c.record_id == record_id).values(village_code=village)
        )
    for village, kept, other in duplicates:
        log.warning(
            "village %s has more than one cooperative: %s keeps it, %s is a duplicate to settle",
            village,
            kept,
            other,
        )
    with op.batch_alter_table("records", schema=None) as batch_op:
        batch_op.create_index(
            "ux_records_cooperative_village",
            ["village_code"],
            unique=True,
            postgresql_where=sa.text(LIVE_COOPERATIVE),
            sqlite_where=sa.text(LIVE_COOPERATIVE),
        )


def downgrade() -> None:
    with op.batch_alter_table("records", schema=None) as batch_op:
        batch_op.drop_index("ux_records_cooperative_village")
        batch_op.drop_column("village_code")
