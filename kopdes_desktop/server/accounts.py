"""Users, their devices and who is calling: the identity side of every request."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.server.directory_marks import directory_changed
from kopdes_desktop.server.models import Device, User, UserArea
from kopdes_desktop.server.password_policy import password_problem
from kopdes_desktop.server.passwords import hash_password, new_token, token_hash
from kopdes_desktop.sync.protocol import MAX_USERNAME_LENGTH


class AccountError(ValueError):
    """A refused admin action, with a message meant for the person at the command line."""


@dataclass(frozen=True, slots=True)
class Caller:
    user_id: str
    username: str
    full_name: str
    role: Role
    kabupaten_codes: frozenset[str]
    device_id: str

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN


def now() -> datetime:
    return datetime.now(UTC)


def kabupaten_of(session: Session, user_id: str) -> frozenset[str]:
    codes = session.scalars(select(UserArea.kabupaten_code).where(UserArea.user_id == user_id))
    return frozenset(codes)


def caller_for_token(session: Session, token: str) -> Caller | None:
    row = session.execute(
        select(Device, User)
        .join(User, User.id == Device.user_id)
        .where(Device.token_hash == token_hash(token), Device.revoked_at.is_(None), User.active)
    ).first()
    if row is None:
        return None
    device, user = row
    return caller_of(session, user, device)


def caller_of(session: Session, user: User, device: Device) -> Caller:
    return Caller(
        user_id=user.id,
        username=user.username,
        full_name=user.full_name,
        role=Role(user.role),
        kabupaten_codes=kabupaten_of(session, user.id),
        device_id=device.id,
    )


def issue_device_token(session: Session, user: User, device_name: str) -> tuple[Device, str]:
    token = new_token()
    device = Device(
        id=new_id(),
        user_id=user.id,
        name=device_name,
        token_hash=token_hash(token),
        created_at=now(),
        last_seen_at=now(),
    )
    session.add(device)
    session.flush()
    return device, token


def user_by_username(session: Session, username: str) -> User | None:
    return session.scalar(select(User).where(User.username == username))


def require_user(session: Session, username: str) -> User:
    user = user_by_username(session, username)
    if user is None:
        raise AccountError(f"no user named {username!r}")
    return user


def check_password_strength(password: str, username: str = "") -> None:
    problem = password_problem(password, username)
    if problem is not None:
        raise AccountError(problem)


def create_user(
    session: Session,
    *,
    username: str,
    role: Role,
    full_name: str,
    password: str | None = None,
    password_hash: str | None = None,
) -> User:
    if (
        not username
        or len(username) > MAX_USERNAME_LENGTH
        or any(c.isspace() or c == "\x00" for c in username)
    ):
        raise AccountError(f"username must be 1-{MAX_USERNAME_LENGTH} characters without spaces")
    if user_by_username(session, username) is not None:
        raise AccountError(f"user {username!r} already exists")
    if password_hash is None:
        if password is None:
            raise AccountError("a password is required")
        check_password_strength(password, username)
        password_hash = hash_password(password)
    user = User(
        id=new_id(),
        username=username,
        full_name=full_name or username,
        role=role.value,
        password_hash=password_hash,
        active=True,
        created_at=now(),
    )
    session.add(user)
    session.flush()
    directory_changed(session)
    return user


def set_password(
    session: Session, username: str, password: str, *, sign_out_devices: bool = True
) -> list[Device]:
    """Change the password and, unless told otherwise, sign out every device of the account
    (a changed password usually means the old one leaked). Returns the devices signed out."""
    check_password_strength(password, username)
    user = require_user(session, username)
    user.password_hash = hash_password(password)
    if not sign_out_devices:
        return []
    active = list(
        session.scalars(
            select(Device).where(Device.user_id == user.id, Device.revoked_at.is_(None))
        )
    )
    revoke_devices(session, username)
    return active


def revoke_devices(session: Session, username: str, device_id: str | None = None) -> int:
    """Revoke one device of a user, or all of them; returns how many were revoked."""
    user = require_user(session, username)
    query = update(Device).where(Device.user_id == user.id, Device.revoked_at.is_(None))
    if device_id is not None:
        query = query.where(Device.id == device_id)
    result = session.execute(query.values(revoked_at=now()))
    count = int(getattr(result, "rowcount", 0) or 0)
    if device_id is not None and count == 0:
        raise AccountError(f"{username} has no active device {device_id}")
    return count


def deactivate_user(session: Session, username: str) -> None:
    user = require_user(session, username)
    user.active = False
    revoke_devices(session, username)
    directory_changed(session)


def list_devices(session: Session, username: str) -> list[Device]:
    user = require_user(session, username)
    return list(session.scalars(select(Device).where(Device.user_id == user.id)))
