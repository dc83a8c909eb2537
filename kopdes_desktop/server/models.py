"""The server's tables (SQLAlchemy 2). Schema changes go through server/migrations.

Synced records of every type share one table: the sync rules treat them alike (versioned,
scoped by cooperative, tombstoned), and the field values travel as the codec's JSON anyway.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

ID = String(64)
# The rows the one-cooperative-per-village index covers (a tombstone frees its village).
LIVE_COOPERATIVE = "record_type = 'cooperative' AND NOT deleted AND village_code IS NOT NULL"


class Base(DeclarativeBase):
    pass


class ServerState(Base):
    """One row. ``version`` is THE counter: every write transaction bumps it under the row lock,
    which it holds until commit, so versions become visible in commit order."""

    __tablename__ = "server_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger, nullable=False)
    # Changes when the database is recreated, so old cursors are recognised as foreign.
    epoch: Mapped[str] = mapped_column(ID, nullable=False)
    # Cursors below this version were compacted away and need a full re-download.
    horizon: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    # The version of the last change to the directory of people (names, roles, PMO areas, BA
    # assignments): a pull from an older cursor carries the caller's directory anew.
    directory_version: Mapped[int] = mapped_column(
        BigInteger, nullable=False, default=0, server_default="0"
    )


class User(Base):
    __tablename__ = "users"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    username: Mapped[str] = mapped_column(String(100), nullable=False, unique=True)
    full_name: Mapped[str] = mapped_column(String(200), nullable=False)
    role: Mapped[str] = mapped_column(String(16), nullable=False)
    password_hash: Mapped[str] = mapped_column(String(255), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class UserArea(Base):
    """A PMO supervises a kabupaten/kota."""

    __tablename__ = "user_areas"

    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), primary_key=True)
    kabupaten_code: Mapped[str] = mapped_column(String(16), primary_key=True)


class Assignment(Base):
    """A BA coaches a cooperative."""

    __tablename__ = "assignments"

    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), primary_key=True)
    cooperative_id: Mapped[str] = mapped_column(ID, primary_key=True, index=True)


class Device(Base):
    """A signed-in install. Only a hash of its bearer token is kept, and the public half of the
    key its handover bundles are signed with (registered once, after sign-in)."""

    __tablename__ = "devices"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    token_hash: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    last_seen_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    public_key: Mapped[str | None] = mapped_column(String(64))


class LoginThrottle(Base):
    """Sign-in attempts counted in fixed windows, per account, per (account, address) and per
    address, in the database so every worker process and machine sees the same counts.

    A row is bumped with one atomic upsert before the password is checked, so concurrent
    guesses cannot slip past a limit; a successful sign-in gives its attempt back. Times are Unix
    seconds: the same arithmetic on SQLite and PostgreSQL.
    """

    __tablename__ = "login_throttle"

    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    username: Mapped[str] = mapped_column(String(100), primary_key=True)
    address: Mapped[str] = mapped_column(String(64), primary_key=True)
    window_start: Mapped[float] = mapped_column(Float, nullable=False)
    attempts: Mapped[int] = mapped_column(Integer, nullable=False)
    # Address rows over the soft limit: the earliest time the next attempt may start.
    next_allowed_at: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)

    __table_args__ = (Index("ix_login_throttle_window_start", "window_start"),)


class SyncClient(Base):
    """One install's outbox position. Its row lock serialises that client's pushes."""

    __tablename__ = "sync_clients"

    client_id: Mapped[str] = mapped_column(ID, primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False, index=True)
    last_mutation_id: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    last_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class AppliedMutation(Base):
    """The stored result of every consumed mutation. The primary key is what makes a mutation
    apply at most once, even if two requests carrying it race."""

    __tablename__ = "applied_mutations"

    client_id: Mapped[str] = mapped_column(ForeignKey("sync_clients.client_id"), primary_key=True)
    mutation_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger, nullable=False, index=True)
    # The answer a resend gets; None once ``compact`` dropped it (the digest is kept).
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    # sync.protocol.mutation_digest of what was consumed: a resend must match it, or the id was
    # reused by a restored or copied laptop database. None for rows from before migration 0002.
    digest: Mapped[str | None] = mapped_column(String(64), nullable=True)


class RecordRow(Base):
    """Current state of one synced record, or its tombstone."""

    __tablename__ = "records"

    record_id: Mapped[str] = mapped_column(ID, primary_key=True)
    record_type: Mapped[str] = mapped_column(String(32), nullable=False)
    # Every record hangs off one cooperative: the unit of scope.
    cooperative_id: Mapped[str] = mapped_column(ID, nullable=False)
    # Visit/opportunity of actions, photos and review comments; cooperative of children.
    parent_id: Mapped[str | None] = mapped_column(ID, index=True)
    author_id: Mapped[str | None] = mapped_column(ID)
    # Cooperatives only: the kabupaten of their village, for PMO scope.
    kabupaten_code: Mapped[str | None] = mapped_column(String(16))
    # Live cooperatives only: their village, unique (one cooperative per desa/kelurahan).
    village_code: Mapped[str | None] = mapped_column(String(20))
    # Photos only: the blob they show, so a download can be authorised by index.
    sha256: Mapped[str | None] = mapped_column(String(64))
    data: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    # field → {"v": version, "c": client id, "u": user id} of the last write to that field.
    field_meta: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    version: Mapped[int] = mapped_column(BigInteger, nullable=False)
    deleted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)

    __table_args__ = (
        Index("ix_records_version", "version"),
        Index("ix_records_cooperative_version", "cooperative_id", "version"),
        Index("ix_records_type_kabupaten", "record_type", "kabupaten_code"),
        Index("ix_records_sha256", "sha256"),
        Index(
            "ux_records_cooperative_village",
            "village_code",
            unique=True,
            postgresql_where=text(LIVE_COOPERATIVE),
            sqlite_where=text(LIVE_COOPERATIVE),
        ),
    )


class ChangeLog(Base):
    """One row per record changed by a transaction: the audit trail of who changed what at which
    version, and the history ``compact`` trims."""

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger, nullable=False, index=True)
    record_id: Mapped[str] = mapped_column(ID, nullable=False, index=True)
    record_type: Mapped[str] = mapped_column(String(32), nullable=False)
    cooperative_id: Mapped[str] = mapped_column(ID, nullable=False)
    user_id: Mapped[str | None] = mapped_column(ID)
    client_id: Mapped[str | None] = mapped_column(ID)
    mutation_id: Mapped[int | None] = mapped_column(BigInteger)
    deleted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class ScopeEvent(Base):
    """A cooperative entered or left a user's scope at a version: pulls backfill or remove it."""

    __tablename__ = "scope_events"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger, nullable=False)
    user_id: Mapped[str] = mapped_column(ID, nullable=False)
    cooperative_id: Mapped[str] = mapped_column(ID, nullable=False)
    added: Mapped[bool] = mapped_column(Boolean, nullable=False)

    __table_args__ = (Index("ix_scope_events_user_version", "user_id", "version"),)


class Blob(Base):
    """A photo whose bytes were received in full and matched their SHA-256."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger, nullable=False)
    uploaded_by: Mapped[str] = mapped_column(ID, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class BlobOwner(Base):
    """An account that sent a photo's bytes (once per account). Only photo records made by an
    owner let others see the photo, so knowing a hash is never enough to get its bytes."""

    __tablename__ = "blob_owners"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(ID, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class PhotoUpload(Base):
    """An unfinished photo upload: what it reserves of its account's quota, and when it was last
    touched (unfinished uploads expire)."""

    __tablename__ = "photo_uploads"

    user_id: Mapped[str] = mapped_column(ID, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    length: Mapped[int] = mapped_column(BigInteger, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    touched_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)

    __table_args__ = (Index("ix_photo_uploads_touched_at", "touched_at"),)
