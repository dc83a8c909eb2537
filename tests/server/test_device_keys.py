"""Handover keys over HTTP: registered once per device, shown only within the own account."""

from __future__ import annotations

import httpx

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.server import accounts
from kopdes_desktop.server.models import Device, User
from kopdes_desktop.sync.bundle_format import new_device_key, public_key_of
from tests.server.helpers import VERSION_HEADERS, LiveServer


def signed_in(server: LiveServer, user: User) -> tuple[httpx.Client, str]:
    """An HTTP client with a fresh device token of ``user``, and that device's id."""
    with server.db.write() as session:
        fresh = session.get(User, user.id)
        assert fresh is not None
        device, token = accounts.issue_device_token(session, fresh, "laptop")
    headers = {**VERSION_HEADERS, "Authorization": f"Bearer {token}"}
    return httpx.Client(base_url=server.base_url, headers=headers, timeout=30), device.id


def test_a_device_registers_its_key_once_and_only_its_account_can_read_it(
    server: LiveServer,
) -> None:
    ani, budi = server.user(Role.BA), server.user(Role.BA)
    laptop, device_id = signed_in(server, ani)
    second_laptop, _ = signed_in(server, ani)
    others, _ = signed_in(server, budi)
    key = public_key_of(new_device_key())
    first = laptop.post("/auth/v1/device-key", json={"public_key": key})
    assert first.status_code == 200, first.text
    assert first.json() == {"device_id": device_id, "user_id": ani.id, "public_key": key}
    assert laptop.post("/auth/v1/device-key", json={"public_key": key}).status_code == 200
    replaced = laptop.post(
        "/auth/v1/device-key", json={"public_key": public_key_of(new_device_key())}
    )
    assert replaced.status_code == 409
    assert replaced.json()["code"] == "device_key_taken"
    for malformed in ("", "not base64", key[:-2], key + "AA"):
        answer = laptop.post("/auth/v1/device-key", json={"public_key": malformed})
        assert answer.status_code == 422, malformed

    assert second_laptop.get(f"/auth/v1/devices/{device_id}/key").json()["public_key"] == key
    hidden = others.get(f"/auth/v1/devices/{device_id}/key")
    assert hidden.status_code == 404
    assert hidden.json()["code"] == "not_found"
    with server.db.write() as session:
        accounts.revoke_devices(session, ani.username, device_id)
        assert session.get(Device, device_id) is not None
    assert second_laptop.get(f"/auth/v1/devices/{device_id}/key").status_code == 404
    assert laptop.post("/auth/v1/device-key", json={"public_key": key}).status_code == 401
    for client in (laptop, second_laptop, others):
        client.close()
