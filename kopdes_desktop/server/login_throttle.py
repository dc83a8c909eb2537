"""Sign-in limits that hold under concurrency, on SQLite and PostgreSQL alike.

Every attempt first *reserves* itself: one transaction bumps three counters with an atomic
upsert (``INSERT ... ON CONFLICT DO UPDATE ... RETURNING``, which locks the row until commit),
in a fixed order so two attempts never deadlock:

- per account: at most ``login_failures_per_account`` attempts in a window, from anywhere;
- per (account, address): at most ``login_failures_per_account_address``;
- per address: past ``login_failures_per_address`` the address is *slowed down* to one attempt
  per ``login_address_delay_seconds``, never locked out, because BAs share office NATs.

Over a limit, the transaction rolls back (the refused attempt leaves no trace) and the caller is
told when to come back. Only then is the password checked; a correct one gives its reservation
back (:func:`release`), so the counters hold failures and attempts still in progress.
"""

from __future__ import annotations

import ipaddress
import math
import random
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, delete, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from kopdes_desktop.server.config import Limits
from kopdes_desktop.server.errors import ApiError
from kopdes_desktop.server.models import LoginThrottle
from kopdes_desktop.sync.protocol import ErrorCode

ACCOUNT = "account"
ACCOUNT_ADDRESS = "account_address"
ADDRESS = "address"
# Roughly one attempt in this many also clears counters whose window has long passed.
_PURGE_ONE_IN = 200


@dataclass(frozen=True, slots=True)
class Attempt:
    username: str
    address: str

    def counters(self) -> list[tuple[str, str, str]]:
        # Sorted, so concurrent transactions lock rows in the same order.
        return sorted(
            [
                (ACCOUNT, self.username, ""),
                (ACCOUNT_ADDRESS, self.username, self.address),
                (ADDRESS, "", self.address),
            ]
        )


def network_of(address: str) -> str:
    """The unit an address is limited as: the address itself, or its /64 for IPv6 (one
    household or phone gets a whole /64, so single IPv6 addresses are free to an attacker)."""
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address[:64]
    if isinstance(parsed, ipaddress.IPv6Address):
        if parsed.ipv4_mapped is not None:
            return str(parsed.ipv4_mapped)
        return str(ipaddress.IPv6Network(f"{parsed}/64", strict=False))
    return str(parsed)


def _insert(session: Session) -> Any:
    dialect = session.get_bind().dialect.name
    return (postgresql if dialect == "postgresql" else sqlite).insert(LoginThrottle)


def _bump(
    session: Session, key: tuple[str, str, str], now: float, window: float
) -> tuple[int, float, float]:
    """Count one more attempt on a counter, starting a new window if its old one has passed.
    Returns (attempts, window start, next allowed time) as they are after the bump."""
    kind, username, address = key
    expired = LoginThrottle.window_start < now - window
    statement = (
        _insert(session)
        .values(
            kind=kind,
            username=username,
            address=address,
            window_start=now,
            attempts=1,
            next_allowed_at=0.0,
        )
        .on_conflict_do_update(
            index_elements=["kind", "username", "address"],
            set_={
                "attempts": case((expired, 1), else_=LoginThrottle.attempts + 1),
                "window_start": case((expired, now), else_=LoginThrottle.window_start),
                "next_allowed_at": case((expired, 0.0), else_=LoginThrottle.next_allowed_at),
            },
        )
        .returning(
            LoginThrottle.attempts, LoginThrottle.window_start, LoginThrottle.next_allowed_at
        )
    )
    attempts, start, next_allowed = session.execute(statement).one()
    return int(attempts), float(start), float(next_allowed)


def rate_limited(seconds: float, message: str) -> ApiError:
    return ApiError(
        429,
        ErrorCode.RATE_LIMITED,
        message,
        headers={"Retry-After": str(max(1, math.ceil(seconds)))},
    )


def reserve(session: Session, limits: Limits, attempt: Attempt) -> None:
    """Count this attempt, or refuse it (429 with Retry-After) if a limit is reached."""
    now = time.time()
    window = float(limits.login_window_seconds)
    if random.randrange(_PURGE_ONE_IN) == 0:
        purge(session, now - 2 * window)
    for key in attempt.counters():
        kind = key[0]
        attempts, start, next_allowed = _bump(session, key, now, window)
        wait = start + window - now
        if kind == ACCOUNT and attempts > limits.login_failures_per_account:
            raise rate_limited(wait, "too many failed sign-ins for this account; try again later")
        if kind == ACCOUNT_ADDRESS and attempts > limits.login_failures_per_account_address:
            raise rate_limited(wait, "too many failed sign-ins; try again later")
        if kind == ADDRESS and attempts > limits.login_failures_per_address:
            if next_allowed > now:
                raise rate_limited(
                    next_allowed - now, "many failed sign-ins from your network; retry shortly"
                )
            session.execute(
                update(LoginThrottle)
                .where(
                    LoginThrottle.kind == ADDRESS,
                    LoginThrottle.username == "",
                    LoginThrottle.address == attempt.address,
                )
                .values(next_allowed_at=now + limits.login_address_delay_seconds)
            )


def release(session: Session, attempt: Attempt) -> None:
    """Give a successful attempt's reservation back: only failures count against anyone."""
    for kind, username, address in attempt.counters():
        session.execute(
            update(LoginThrottle)
            .where(
                LoginThrottle.kind == kind,
                LoginThrottle.username == username,
                LoginThrottle.address == address,
                LoginThrottle.attempts > 0,
            )
            .values(attempts=LoginThrottle.attempts - 1)
        )


def purge(session: Session, before: float) -> int:
    """Forget counters whose window started before ``before`` and that slow nobody down."""
    result = session.execute(
        delete(LoginThrottle).where(
            LoginThrottle.window_start < before, LoginThrottle.next_allowed_at < time.time()
        )
    )
    return int(getattr(result, "rowcount", 0) or 0)
