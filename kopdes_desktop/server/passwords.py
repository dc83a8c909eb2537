"""Password hashing (argon2id), the bound on checks running at once, and device tokens.

The argon2 parameters are sized for the deploy guide's server (2 cores, 4 GB, 4 workers): one
check takes 19 MiB and about 40 ms of one core (OWASP's recommended argon2id setting), and each
worker runs at most ``password_checks_per_worker`` at once, so a sign-in flood costs at most
4 × 2 × 19 MiB = 152 MiB and half the CPU, and sync keeps working beside it. Hashes made with
other parameters (the library's 64 MiB defaults before 2026-12) are replaced at the next
successful sign-in.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from kopdes_desktop.server.errors import ApiError
from kopdes_desktop.sync.protocol import ErrorCode

ARGON2_TIME_COST = 2
ARGON2_MEMORY_KIB = 19 * 1024
ARGON2_PARALLELISM = 1
_hasher = PasswordHasher(
    time_cost=ARGON2_TIME_COST, memory_cost=ARGON2_MEMORY_KIB, parallelism=ARGON2_PARALLELISM
)
TOKEN_PREFIX = "kd1_"
BUSY_RETRY_AFTER_SECONDS = 2


def hash_password(password: str) -> str:
    return _hasher.hash(password)


@cache
def _dummy_hash() -> str:
    return _hasher.hash(secrets.token_urlsafe(16))


def verify_password(password_hash: str | None, password: str) -> bool:
    """Constant work whether or not the account exists, so timing does not reveal usernames."""
    try:
        return _hasher.verify(password_hash or _dummy_hash(), password) and bool(password_hash)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    try:
        return _hasher.check_needs_rehash(password_hash)
    except InvalidHashError:
        return True


class PasswordCheckGate:
    """At most ``slots`` password checks at once in this process; the rest are told to retry.

    Refusing at once (instead of queueing) keeps a flood of sign-ins from holding the worker's
    threads, which pushes and pulls need.
    """

    def __init__(self, slots: int) -> None:
        self._slots = threading.BoundedSemaphore(max(1, slots))

    @contextmanager
    def slot(self) -> Iterator[None]:
        if not self._slots.acquire(blocking=False):
            raise ApiError(
                503,
                ErrorCode.BUSY,
                "too many sign-ins at once; retry shortly",
                headers={"Retry-After": str(BUSY_RETRY_AFTER_SECONDS)},
            )
        try:
            yield
        finally:
            self._slots.release()


def new_token() -> str:
    # 256 random bits: a token cannot be guessed, so a fast hash is enough to store it safely.
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def generate_password() -> str:
    return secrets.token_urlsafe(12)
