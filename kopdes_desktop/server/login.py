"""Sign-in with username and password: bounded, rate limited, race-free.

1. (In the route) a slot for the password check in this worker (``PasswordCheckGate``).
2. The attempt reserved against the account, (account, address) and address limits in one
   transaction (:mod:`login_throttle`), else 429; concurrent guesses cannot slip past.
3. The argon2 check, outside any transaction.
4. On success: the reservation given back, a device token issued, and the hash renewed if it
   was made with older argon2 parameters.
"""

from __future__ import annotations

import logging

from kopdes_desktop.server import login_throttle
from kopdes_desktop.server.accounts import issue_device_token, kabupaten_of, user_by_username
from kopdes_desktop.server.config import Limits
from kopdes_desktop.server.db import Database
from kopdes_desktop.server.errors import ApiError
from kopdes_desktop.server.passwords import hash_password, needs_rehash, verify_password
from kopdes_desktop.sync.protocol import ErrorCode, LoginRequest, LoginResponse

log = logging.getLogger(__name__)


def login(db: Database, limits: Limits, request: LoginRequest, address: str) -> LoginResponse:
    attempt = login_throttle.Attempt(request.username, login_throttle.network_of(address))
    db.write_with_retry(lambda session: login_throttle.reserve(session, limits, attempt))
    with db.read() as session:
        user = user_by_username(session, request.username)
        password_hash = user.password_hash if user is not None and user.active else None
    if not verify_password(password_hash, request.password):
        log.warning("failed sign-in as %r from %s", request.username, attempt.address)
        raise ApiError(401, ErrorCode.UNAUTHENTICATED, "wrong username or password")
    assert password_hash is not None
    renewed = hash_password(request.password) if needs_rehash(password_hash) else None
    with db.write() as session:
        login_throttle.release(session, attempt)
        fresh_user = user_by_username(session, request.username)
        if fresh_user is None or not fresh_user.active:
            raise ApiError(401, ErrorCode.UNAUTHENTICATED, "wrong username or password")
        if renewed is not None and fresh_user.password_hash == password_hash:
            fresh_user.password_hash = renewed
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
