"""Password hashing (argon2id), the bound on checks running at once, and device tokens.

The argon2 parameters are sized for the deploy guide's server (2 cores, 4 GB, 4 workers): one
check takes 19 MiB and about 55 ms of one core (OWASP's recommended argon2id setting), and each
worker runs at most ``password_checks_per_worker`` at once, so a sign-in flood costs at most
4 x 2 x 19 MiB = 152 MiB, and pushes and pulls keep working beside it. Hashes made with other
parameters (the library's 64 MiB defaults before 2026-12) are replaced at the next successful
sign-in.
"""

from __future__ import annotations

import asyncio
import ctypes
import hashlib
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
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
MAX_WAIT_SECONDS = 10.0


_M_MMAP_THRESHOLD = -3  # glibc's mallopt() parameter number (malloc.h)


def return_check_memory_to_the_system() -> None:
    """Make glibc give each password check's 19 MiB back to the system when it ends.

    By default glibc raises its mmap threshold after the first big block is freed, so later
    checks allocate from per-thread heaps that keep the memory: measured, one worker under a
    sign-in flood grew by ~110 MiB more than with a fixed threshold. Setting the threshold once
    also turns that adjustment off. Nothing to do on other C libraries.
    """
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(_M_MMAP_THRESHOLD, 128 * 1024)
    except (OSError, AttributeError):
        return


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
    """At most ``slots`` password checks at once in this worker process.

    Sign-ins beyond that wait their turn, first come first served, as coroutines (no thread, no
    memory to speak of), so a colleague signing in during a flood waits behind at most ``queue``
    others; with the line full, or after ``wait_seconds``, the answer is 503 with Retry-After.
    Pushes and pulls never wait here: the worker's threads stay theirs.
    """

    def __init__(self, slots: int, queue: int, wait_seconds: float = MAX_WAIT_SECONDS) -> None:
        self._slots = asyncio.Semaphore(max(1, slots))
        self._queue = max(0, queue)
        self._wait_seconds = wait_seconds
        self._waiting = 0

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        if self._waiting >= self._queue and self._slots.locked():
            raise _busy()
        self._waiting += 1
        try:
            await asyncio.wait_for(self._slots.acquire(), self._wait_seconds)
        except TimeoutError as waited_too_long:
            raise _busy() from waited_too_long
        finally:
            self._waiting -= 1
        try:
            yield
        finally:
            self._slots.release()


def _busy() -> ApiError:
    return ApiError(
        503,
        ErrorCode.BUSY,
        "too many sign-ins at once; retry shortly",
        headers={"Retry-After": str(BUSY_RETRY_AFTER_SECONDS)},
    )


def new_token() -> str:
    # 256 random bits: a token cannot be guessed, so a fast hash is enough to store it safely.
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def generate_password() -> str:
    return secrets.token_urlsafe(12)
