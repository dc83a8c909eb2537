"""Sign-in with username and password, rate limited per account and per network address.

Failures are counted in the database, so every worker process and every machine behind a load
balancer enforces the same limit.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kopdes_desktop.server.accounts import issue_device_token, kabupaten_of, now, user_by_username
from kopdes_desktop.server.config import Limits
from kopdes_desktop.server.db import Database
from kopdes_desktop.server.errors import ApiError
from kopdes_desktop.server.models import LoginAttempt
from kopdes_desktop.server.passwords import verify_password
from kopdes_desktop.sync.protocol import ErrorCode, LoginRequest, LoginResponse


def _failures(session: Session, limits: Limits, username: str, address: str) -> tuple[int, int]:
    since = now() - timedelta(seconds=limits.login_window_seconds)
    by_user = session.scalar(
        select(func.count())
        .select_from(LoginAttempt)
        .where(LoginAttempt.username == username, LoginAttempt.at >= since)
    )
    by_address = session.scalar(
        select(func.count())
        .select_from(LoginAttempt)
        .where(LoginAttempt.remote_addr == address, LoginAttempt.at >= since)
    )
    return int(by_user or 0), int(by_address or 0)


def _too_many(limits: Limits) -> ApiError:
    return ApiError(
        429,
        ErrorCode.RATE_LIMITED,
        "too many failed sign-in attempts; try again later",
        headers={"Retry-After": str(limits.login_window_seconds)},
    )


def login(db: Database, limits: Limits, request: LoginRequest, address: str) -> LoginResponse:
    with db.read() as session:
        by_user, by_address = _failures(session, limits, request.username, address)
        user = user_by_username(session, request.username)
        password_hash = user.password_hash if user is not None else None
    if by_user >= limits.login_failures_per_user or by_address >= limits.login_failures_per_address:
        raise _too_many(limits)
    # The slow hash check runs outside any transaction so it holds no database resources.
    valid = verify_password(password_hash, request.password)
    if not valid or user is None or not user.active:
        with db.write() as session:
            session.add(LoginAttempt(username=request.username, remote_addr=address, at=now()))
        raise ApiError(401, ErrorCode.UNAUTHENTICATED, "wrong username or password")
    with db.write() as session:
        session.execute(delete(LoginAttempt).where(LoginAttempt.username == request.username))
        fresh_user = user_by_username(session, request.username)
        assert fresh_user is not None
        device, token = issue_device_token(session, fresh_user, request.device_name)
        return LoginResponse(
            token=token,
            device_id=device.id,
            user_id=fresh_user.id,
            username=fresh_user.username,
            full_name=fresh_user.full_name,
            role=fresh_user.role,
            kabupaten_codes=sorted(kabupaten_of(session, fresh_user.id)),
        )
