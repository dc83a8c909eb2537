"""The keys laptops sign handover bundles with: registered once per device, looked up to verify.

A device registers its public key with its own bearer token, right after sign-in (or on its first
sync after an app update). The key cannot be replaced: a laptop that lost it signs in again and
becomes a new device. Bundles of a revoked device, or of a deactivated account, are refused.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdes_desktop.server.accounts import Caller, caller_of
from kopdes_desktop.server.errors import ApiError, not_found
from kopdes_desktop.server.models import Device, User
from kopdes_desktop.sync.bundle_format import BundleManifest, BundleSignatureError
from kopdes_desktop.sync.protocol import DeviceKey, ErrorCode


def register(session: Session, caller: Caller, public_key: str) -> DeviceKey:
    device = session.get(Device, caller.device_id, with_for_update=True)
    if device is None:  # the token was just revoked
        raise not_found("no such device")
    if device.public_key not in (None, public_key):
        raise ApiError(
            409,
            ErrorCode.DEVICE_KEY_TAKEN,
            "this device already has a handover key; sign in again to get a new one",
        )
    device.public_key = public_key
    return DeviceKey(device_id=device.id, user_id=device.user_id, public_key=public_key)


def of_own_device(session: Session, caller: Caller, device_id: str) -> DeviceKey:
    """The key of a signed-in device of the caller's own account; 404 for anything else."""
    device = session.scalar(
        select(Device).where(
            Device.id == device_id,
            Device.user_id == caller.user_id,
            Device.revoked_at.is_(None),
            Device.public_key.is_not(None),
        )
    )
    if device is None or device.public_key is None:
        raise not_found("no signed-in device of your account has that id")
    return DeviceKey(device_id=device.id, user_id=device.user_id, public_key=device.public_key)


def bundle_signer(session: Session, manifest: BundleManifest) -> tuple[Caller, str]:
    """The account a bundle is delivered as, and the key its signature must match."""
    row = session.execute(
        select(Device, User)
        .join(User, User.id == Device.user_id)
        .where(Device.id == manifest.device_id)
    ).first()
    if row is None:
        raise BundleSignatureError(
            f"the bundle names device {manifest.device_id}, which this server does not know",
            username=manifest.username,
        )
    device, user = row
    if user.id != manifest.user_id or device.public_key is None:
        raise BundleSignatureError(
            f"device {device.id} did not make bundles for {manifest.username}",
            username=manifest.username,
        )
    if not user.active:
        raise BundleSignatureError(
            f"the account {user.username} is blocked", username=user.username
        )
    if device.revoked_at is not None:
        raise BundleSignatureError(
            f"device {device.id} of {user.username} was signed out on "
            f"{device.revoked_at:%Y-%m-%d}; its bundles are no longer accepted",
            username=user.username,
        )
    return caller_of(session, user, device), device.public_key
