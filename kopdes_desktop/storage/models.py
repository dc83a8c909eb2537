"""SQLAlchemy models of the local database.

Record columns hold the same plain values the records travel in (``domain.codec``): ISO text for
dates and times, enum values as text, multi-selects as JSON lists. One encoding from screen to
server, and ISO text still sorts and compares correctly in SQL.

Every synced table carries the sync bookkeeping of ../docs/sync-protocol.md: ``server_version``
(0 = never seen by the server), ``deleted`` (a tombstone waiting to travel) and the device time
of the last local change (audit only, never used for ordering).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from kopdes_desktop.domain.records import RecordType


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[str]: JSON}  # noqa: RUF012


class SyncedRow(Base):
    __abstract__ = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    server_version: Mapped[int] = mapped_column(Integer, default=0)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    local_changed_at: Mapped[str | None] = mapped_column(String(32))
    # Field name → server version that last set it; the base version of the next local edit.
    field_versions: Mapped[dict[str, Any]] = mapped_column(default=dict)


class CooperativeRow(SyncedRow, Base):
    __tablename__ = "cooperative"

    name: Mapped[str] = mapped_column(String(200), default="")
    village_code: Mapped[str] = mapped_column(String(20), default="", index=True)
    # Derived from village_code on every write, so lists filter by area without string tricks.
    kecamatan_code: Mapped[str] = mapped_column(String(20), default="", index=True)
    kabupaten_code: Mapped[str] = mapped_column(String(20), default="", index=True)
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    formation_model: Mapped[str | None] = mapped_column(String(20))
    operational_status: Mapped[str | None] = mapped_column(String(20), index=True)
    akta_number: Mapped[str] = mapped_column(String(100), default="")
    akta_date: Mapped[str | None] = mapped_column(String(10))
    akta_notary: Mapped[str] = mapped_column(String(200), default="")
    sk_ahu_number: Mapped[str] = mapped_column(String(100), default="")
    sk_ahu_date: Mapped[str | None] = mapped_column(String(10))
    cooperative_reg_number: Mapped[str] = mapped_column(String(100), default="")
    nib: Mapped[str] = mapped_column(String(100), default="")
    npwp: Mapped[str] = mapped_column(String(100), default="")
    has_bank_account: Mapped[bool | None] = mapped_column(Boolean)
    bank_name: Mapped[str] = mapped_column(String(200), default="")
    member_count: Mapped[int | None] = mapped_column(Integer)
    simpanan_pokok: Mapped[int | None] = mapped_column(Integer)
    simpanan_wajib: Mapped[int | None] = mapped_column(Integer)
    gerai_land_status: Mapped[str | None] = mapped_column(String(20))
    gerai_construction: Mapped[str | None] = mapped_column(String(20))
    last_rat_year: Mapped[int | None] = mapped_column(Integer)
    health_rating: Mapped[str | None] = mapped_column(String(20))
    simkopdes_updated: Mapped[bool | None] = mapped_column(Boolean)
    notes: Mapped[str] = mapped_column(Text, default="")


class OfficerRow(SyncedRow, Base):
    __tablename__ = "officer"

    cooperative_id: Mapped[str] = mapped_column(
        ForeignKey("cooperative.id", ondelete="CASCADE"), index=True
    )
    body: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str | None] = mapped_column(String(20))
    phone: Mapped[str] = mapped_column(String(30), default="")
    gender: Mapped[str | None] = mapped_column(String(1))


class BusinessUnitRow(SyncedRow, Base):
    __tablename__ = "business_unit"

    cooperative_id: Mapped[str] = mapped_column(
        ForeignKey("cooperative.id", ondelete="CASCADE"), index=True
    )
    unit_type: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20))
    notes: Mapped[str] = mapped_column(Text, default="")


class VisitRow(SyncedRow, Base):
    __tablename__ = "visit"

    cooperative_id: Mapped[str] = mapped_column(
        ForeignKey("cooperative.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[str] = mapped_column(String(36), default="")
    visit_date: Mapped[str | None] = mapped_column(String(10))
    start_time: Mapped[str | None] = mapped_column(String(15))
    end_time: Mapped[str | None] = mapped_column(String(15))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    gps_source: Mapped[str | None] = mapped_column(String(10))
    travel_mode: Mapped[str | None] = mapped_column(String(10))
    people_met: Mapped[list[str]] = mapped_column(default=list)
    people_count: Mapped[int | None] = mapped_column(Integer)
    purposes: Mapped[list[str]] = mapped_column(default=list)
    findings: Mapped[str] = mapped_column(Text, default="")
    problems: Mapped[str] = mapped_column(Text, default="")
    next_visit_plan: Mapped[str] = mapped_column(Text, default="")
    next_visit_date: Mapped[str | None] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(20), default="draft")


class AgreedActionRow(SyncedRow, Base):
    __tablename__ = "agreed_action"

    visit_id: Mapped[str] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_date: Mapped[str | None] = mapped_column(String(10), index=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)


class ReviewCommentRow(SyncedRow, Base):
    __tablename__ = "review_comment"

    visit_id: Mapped[str] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    author_name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[str | None] = mapped_column(String(32))
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str | None] = mapped_column(String(20))
    comment: Mapped[str] = mapped_column(Text, default="")


class OpportunityRow(SyncedRow, Base):
    __tablename__ = "opportunity"

    cooperative_id: Mapped[str] = mapped_column(
        ForeignKey("cooperative.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[str] = mapped_column(String(36), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    sector: Mapped[str | None] = mapped_column(String(40), index=True)
    commodity: Mapped[str] = mapped_column(String(100), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    volume: Mapped[float | None] = mapped_column(Float)
    volume_unit: Mapped[str] = mapped_column(String(100), default="")
    capital_needed: Mapped[int | None] = mapped_column(Integer)
    monthly_revenue: Mapped[int | None] = mapped_column(Integer)
    offtaker: Mapped[str] = mapped_column(String(200), default="")
    needs: Mapped[list[str]] = mapped_column(default=list)
    priority: Mapped[str | None] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(20), default="idea", index=True)


class PhotoRow(SyncedRow, Base):
    __tablename__ = "photo"

    # A visit or an opportunity; not a foreign key because it can point at either table.
    parent_id: Mapped[str] = mapped_column(String(36), index=True)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    caption: Mapped[str] = mapped_column(Text, default="")
    taken_at: Mapped[str | None] = mapped_column(String(32))


class ConflictRow(SyncedRow, Base):
    __tablename__ = "conflict"

    record_type: Mapped[str] = mapped_column(String(30))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    field_name: Mapped[str] = mapped_column(String(60))
    kept_value: Mapped[str] = mapped_column(Text, default="")
    other_value: Mapped[str] = mapped_column(Text, default="")
    kept_author: Mapped[str] = mapped_column(String(200), default="")
    other_author: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[str | None] = mapped_column(String(32))
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    # "" on clashes that are not of a position and on conflicts an earlier server recorded.
    kept_position: Mapped[str] = mapped_column(Text, default="", server_default="")
    other_position: Mapped[str] = mapped_column(Text, default="", server_default="")


class RegionRow(Base):
    """The shipped region catalogue, copied in so lists can join and search names in SQL."""

    __tablename__ = "region"

    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    parent_code: Mapped[str | None] = mapped_column(String(20), index=True)
    level: Mapped[str] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(200))
    folded_name: Mapped[str] = mapped_column(String(200), index=True)


class OutboxEntry(Base):
    """One local change waiting for the server: written in the same transaction as the change."""

    __tablename__ = "outbox"

    mutation_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    record_type: Mapped[str] = mapped_column(String(30))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    op: Mapped[str] = mapped_column(String(10))
    fields: Mapped[dict[str, Any]] = mapped_column(default=dict)
    base_versions: Mapped[dict[str, Any]] = mapped_column(default=dict)
    intent: Mapped[str | None] = mapped_column(String(40))
    intent_args: Mapped[dict[str, Any]] = mapped_column(default=dict)
    device_time: Mapped[str] = mapped_column(String(32))
    schema_version: Mapped[int] = mapped_column(Integer)


class SyncState(Base):
    """A single row: this install's identity and where its sync stands."""

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[str] = mapped_column(String(36))
    # Gap-free: bumped inside the transaction that writes the outbox entry, so a rolled-back
    # edit never burns a number and the server can detect a lost mutation.
    last_mutation_id: Mapped[int] = mapped_column(Integer, default=0)
    last_acked_mutation_id: Mapped[int] = mapped_column(Integer, default=0)
    pull_cursor: Mapped[str | None] = mapped_column(Text)
    # Server version the local data reflects after the last complete pull.
    pulled_version: Mapped[int] = mapped_column(Integer, default=0)
    # Unsent changes up to this mutation id are saved in a handover bundle (signing out is
    # allowed once everything pending was exported).
    exported_mutation_id: Mapped[int] = mapped_column(Integer, default=0)
    # The server's clock (its HTTP Date header) at the last successful sync: the laptop's own
    # clock may be years off.
    last_sync_server_time: Mapped[str | None] = mapped_column(String(32))
    # Set when this file was put back from a copy (restore, damage recovery): outbox entries up to
    # this id may already be on the server and go under the current client id (the server
    # answers them as duplicates); anything newer is sent under a new client id, because the
    # server may have consumed these very ids for edits this copy never saw.
    restored_mutation_id: Mapped[int | None] = mapped_column(Integer)


class PulledPage(Base):
    """A page of a pull not yet applied: pages are staged, then applied with the final cursor
    in one transaction, so a pull cut off halfway resumes instead of starting over."""

    __tablename__ = "pulled_page"

    sequence: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    changes: Mapped[list[Any]] = mapped_column(JSON, default=list)
    removed_cooperative_ids: Mapped[list[str]] = mapped_column(default=list)
    cursor: Mapped[str] = mapped_column(Text)
    target_version: Mapped[int] = mapped_column(Integer)
    # A pull from the beginning after "reset required": what it does not bring is dropped.
    is_reset: Mapped[bool] = mapped_column(Boolean, default=False)
    # The directory of people (sync.protocol.Directory as JSON), when the page carried one.
    directory: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)


class RejectedChange(Base):
    """A local change the server refused; shown in the inbox with the reason and the values."""

    __tablename__ = "rejected_change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # Mutation ids start again from 1 under a new client id (after a restore), so a refusal is
    # known by both: a resent refusal is recorded once, a new one is never mistaken for an old.
    client_id: Mapped[str] = mapped_column(String(36))
    mutation_id: Mapped[int] = mapped_column(Integer)
    record_type: Mapped[str] = mapped_column(String(30))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    op: Mapped[str] = mapped_column(String(10))
    fields: Mapped[dict[str, Any]] = mapped_column(default=dict)
    reason: Mapped[str] = mapped_column(String(40))
    message: Mapped[str] = mapped_column(Text, default="")
    issues: Mapped[list[Any]] = mapped_column(JSON, default=list)
    rejected_at: Mapped[str] = mapped_column(String(32))
    dismissed: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        UniqueConstraint("client_id", "mutation_id", name="uq_rejected_change_client_mutation"),
    )


class SetAsideChange(Base):
    """A pulled change this laptop could not apply; the rest of its pull was applied.

    Kept with the change as it came, so it is tried again without downloading it: when a newer
    version of the record arrives (that one replaces it), when its parent record arrives, and
    after the app is updated. Shown in the inbox and counted in the sync status meanwhile.
    """

    __tablename__ = "set_aside_change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    record_type: Mapped[str] = mapped_column(String(30))
    record_id: Mapped[str] = mapped_column(String(64), index=True)
    cooperative_id: Mapped[str] = mapped_column(String(64), index=True)
    version: Mapped[int] = mapped_column(Integer)
    change: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # Why, as a code the inbox explains (sync.apply.SetAsideReason), and the error for support.
    reason: Mapped[str] = mapped_column(String(30))
    detail: Mapped[str] = mapped_column(Text, default="")
    # The app version that could not apply it: a different version tries again.
    app_version: Mapped[str] = mapped_column(String(30))
    set_aside_at: Mapped[str] = mapped_column(String(32))
    dismissed: Mapped[bool] = mapped_column(Boolean, default=False)


class PhotoTransfer(Base):
    """A photo's bytes waiting to go up or come down, and how far they got."""

    __tablename__ = "photo_transfer"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    direction: Mapped[str] = mapped_column(String(4), primary_key=True)  # "up" or "down"
    state: Mapped[str] = mapped_column(String(10), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")


class Account(Base):
    """The signed-in user of this install (one row), as the server described them."""

    __tablename__ = "account"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    server_url: Mapped[str] = mapped_column(Text)
    username: Mapped[str] = mapped_column(String(100))
    user_id: Mapped[str] = mapped_column(String(64))
    full_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(10))
    kabupaten_codes: Mapped[list[str]] = mapped_column(default=list)
    device_id: Mapped[str] = mapped_column(String(64), default="")
    signed_in_at: Mapped[str] = mapped_column(String(32))


class HistoryEntry(Base):
    """What changed in a record, when, and from where: a local edit or a sync from the server.

    Kept on the laptop for the record's change history; the outbox is trimmed after each push,
    this is not.
    """

    __tablename__ = "change_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    record_type: Mapped[str] = mapped_column(String(30))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    # The cooperative the record belongs to, so a profile's history includes its children.
    cooperative_id: Mapped[str] = mapped_column(String(36), index=True)
    source: Mapped[str] = mapped_column(String(10))  # "local" or "server"
    op: Mapped[str] = mapped_column(String(10))
    fields: Mapped[dict[str, Any]] = mapped_column(default=dict)
    device_time: Mapped[str] = mapped_column(String(32))
    # Changes from the server: who made them (a user id the directory names) and when, by the
    # server's clock. None for local edits and for entries from before the server sent them.
    author_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    changed_at: Mapped[str | None] = mapped_column(String(32), nullable=True)


class Person(Base):
    """Someone of this account's area, as the server's directory names them."""

    __tablename__ = "person"

    user_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(10))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class CooperativeAssignmentRow(Base):
    """A BA coaches a cooperative (from the server's directory)."""

    __tablename__ = "assignment"

    user_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    cooperative_id: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)


class ReferenceDataVersion(Base):
    """Which version of a shipped data set was last copied into the database."""

    __tablename__ = "reference_data_version"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    checksum: Mapped[str] = mapped_column(String(64))


Index("ix_visit_cooperative_date", VisitRow.cooperative_id, VisitRow.visit_date)
Index("ix_visit_status_date", VisitRow.status, VisitRow.visit_date)
# Beranda (storage/home_queries.py): a BA's drafts and sent-back visits counted from the index
# alone, planned visits by date, the longest-waiting visits by the time of their submit.
Index(
    "ix_visit_author_status_date",
    VisitRow.author_id,
    VisitRow.status,
    VisitRow.visit_date,
    VisitRow.deleted,
    VisitRow.cooperative_id,
)
Index("ix_visit_next_visit_date", VisitRow.next_visit_date)
Index("ix_review_comment_created_at", ReviewCommentRow.created_at)

SYNCED_MODELS: dict[RecordType, type[SyncedRow]] = {
    RecordType.COOPERATIVE: CooperativeRow,
    RecordType.OFFICER: OfficerRow,
    RecordType.BUSINESS_UNIT: BusinessUnitRow,
    RecordType.VISIT: VisitRow,
    RecordType.AGREED_ACTION: AgreedActionRow,
    RecordType.REVIEW_COMMENT: ReviewCommentRow,
    RecordType.OPPORTUNITY: OpportunityRow,
    RecordType.PHOTO: PhotoRow,
    RecordType.CONFLICT: ConflictRow,
}


def model_for(record_type: RecordType) -> type[SyncedRow]:
    return SYNCED_MODELS[record_type]
