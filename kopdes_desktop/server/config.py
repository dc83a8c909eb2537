"""Where the server keeps its data and which limits it applies, from the environment.

``KOPDES_SERVER_DATA_DIR`` moves the default SQLite file and the photo store; the database URL
comes from ``--database-url`` or ``KOPDES_SERVER_DATABASE_URL``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

APP_NAME = "kopdes-server"
DATA_DIR_ENV = "KOPDES_SERVER_DATA_DIR"
DATABASE_URL_ENV = "KOPDES_SERVER_DATABASE_URL"
BLOB_DIR_ENV = "KOPDES_SERVER_BLOB_DIR"


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / 'kopdes-server.sqlite'}"


def database_url(explicit: str | None = None) -> str:
    url = explicit or os.environ.get(DATABASE_URL_ENV) or default_database_url()
    # psycopg 3 is the driver we ship; accept the plain URL people copy from elsewhere.
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def _int_env(name: str, default: int) -> int:
    raw = os.environ.get(name)
    return int(raw) if raw else default


@dataclass(frozen=True, slots=True)
class Limits:
    """Request limits. Environment overrides exist for tests and unusual deployments."""

    max_body_bytes: int = 8 * 1024 * 1024  # a push of 500 mutations fits with room to spare
    max_photo_bytes: int = 15 * 1024 * 1024  # resized JPEGs are ~200 KB; originals stay below
    # Sign-in (docs/security.md): hard limits per account and per (account, address) within the
    # window; past the soft limit an address is slowed down to one attempt per delay, never
    # locked out (BAs share office NATs).
    login_window_seconds: int = 15 * 60
    login_failures_per_account: int = 20
    login_failures_per_account_address: int = 5
    login_failures_per_address: int = 50
    login_address_delay_seconds: int = 5
    # argon2 checks running at once in one worker process (19 MiB each); up to the queue more
    # wait their turn (a few seconds at most), beyond it they are told 503 with Retry-After.
    password_checks_per_worker: int = 2
    password_check_queue_per_worker: int = 32
    # Unfinished photo uploads, per account: how many at once and the bytes they announce. Past
    # either, the account's uploads idle for upload_idle_seconds make room (oldest first); if none
    # is idle the new upload is refused (507 upload_quota).
    max_unfinished_uploads: int = 20
    max_unfinished_bytes: int = 64 * 1024 * 1024
    upload_idle_seconds: int = 600
    unfinished_upload_days: float = 7.0  # untouched that long: deleted
    # Photo bytes are refused (507 storage_full) before the photo store's disk has less than this
    # free, so a disk filled by photos never stops record pushes (the database shares the disk).
    min_free_bytes: int = 1024 * 1024 * 1024

    @classmethod
    def from_env(cls) -> Limits:
        base = cls()
        return cls(
            max_body_bytes=_int_env("KOPDES_SERVER_MAX_BODY_BYTES", base.max_body_bytes),
            max_photo_bytes=_int_env("KOPDES_SERVER_MAX_PHOTO_BYTES", base.max_photo_bytes),
            login_window_seconds=_int_env(
                "KOPDES_SERVER_LOGIN_WINDOW_SECONDS", base.login_window_seconds
            ),
            login_failures_per_account=_int_env(
                "KOPDES_SERVER_LOGIN_FAILURES_PER_ACCOUNT", base.login_failures_per_account
            ),
            login_failures_per_account_address=_int_env(
                "KOPDES_SERVER_LOGIN_FAILURES_PER_ACCOUNT_ADDRESS",
                base.login_failures_per_account_address,
            ),
            login_failures_per_address=_int_env(
                "KOPDES_SERVER_LOGIN_FAILURES_PER_ADDRESS", base.login_failures_per_address
            ),
            login_address_delay_seconds=_int_env(
                "KOPDES_SERVER_LOGIN_ADDRESS_DELAY_SECONDS", base.login_address_delay_seconds
            ),
            password_checks_per_worker=_int_env(
                "KOPDES_SERVER_PASSWORD_CHECKS_PER_WORKER", base.password_checks_per_worker
            ),
            password_check_queue_per_worker=_int_env(
                "KOPDES_SERVER_PASSWORD_CHECK_QUEUE_PER_WORKER",
                base.password_check_queue_per_worker,
            ),
            max_unfinished_uploads=_int_env(
                "KOPDES_SERVER_MAX_UNFINISHED_UPLOADS", base.max_unfinished_uploads
            ),
            max_unfinished_bytes=_int_env(
                "KOPDES_SERVER_MAX_UNFINISHED_BYTES", base.max_unfinished_bytes
            ),
            upload_idle_seconds=_int_env(
                "KOPDES_SERVER_UPLOAD_IDLE_SECONDS", base.upload_idle_seconds
            ),
            unfinished_upload_days=float(
                os.environ.get("KOPDES_SERVER_UNFINISHED_UPLOAD_DAYS")
                or base.unfinished_upload_days
            ),
            min_free_bytes=_int_env("KOPDES_SERVER_MIN_FREE_BYTES", base.min_free_bytes),
        )


@dataclass(frozen=True, slots=True)
class ServerConfig:
    database_url: str
    blob_dir: Path
    limits: Limits = field(default_factory=Limits)

    @classmethod
    def from_env(cls, explicit_database_url: str | None = None) -> ServerConfig:
        blob_override = os.environ.get(BLOB_DIR_ENV)
        return cls(
            database_url=database_url(explicit_database_url),
            blob_dir=Path(blob_override) if blob_override else data_dir() / "blobs",
            limits=Limits.from_env(),
        )
