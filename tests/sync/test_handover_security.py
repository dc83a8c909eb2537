"""Handover bundles an attacker would write: forged senders, revoked laptops, huge photos.

Both importers are exercised for real: ``kopdes-server import-bundle`` as a command against the
live server's database, and a connected laptop's ``import_bundle`` over HTTP.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.server import accounts
from kopdes_desktop.server.models import Blob, Device, RecordRow
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.storage.models import Account
from kopdes_desktop.sync.bundle_format import (
    BundleAccountError,
    BundlePhoto,
    BundleSignatureError,
    DeviceKeyMissingError,
    open_bundle,
    sign,
    write_bundle,
)
from kopdes_desktop.sync.token_store import TokenStore
from tests.server.helpers import SAMBAS, LiveServer
from tests.sync.conftest import DeskFactory
from tests.sync.test_scenarios import draft_visit


def device_key(desk: AppServices) -> str:
    """The laptop's private handover key, read where the laptop keeps it (no OS keyring)."""
    folder = Path(desk.database_path).parent
    account = desk.sync.account()
    assert account is not None
    key = TokenStore(folder / "token.json", use_keyring=False).load_device_key(
        account.server_url, account.username
    )
    assert key
    return key


def rewrite(source: Path, target: Path, private_key: str, **changes: object) -> Path:
    """Copy a bundle with manifest fields changed and signed again with ``private_key``."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as forged:
        document = json.loads(original.read("manifest.json"))
        document.update(changes)
        manifest = json.dumps(document).encode()
        forged.writestr("manifest.json", manifest)
        forged.writestr("manifest.sig", base64.b64encode(sign(private_key, manifest)))
        for item in original.infolist():
            if item.filename.startswith("photos/"):
                forged.writestr(item, original.read(item))
    return target


def import_at_office(
    server: LiveServer, bundle: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kopdes_desktop.server.cli", "--database-url",
         server.database_url, "import-bundle", str(bundle)],
        capture_output=True, text=True, check=False, timeout=180,
        env={**os.environ, **(env or {})},
    )  # fmt: skip


def findings_on_server(server: LiveServer, visit_id: str) -> object:
    with server.db.read() as session:
        row = session.get(RecordRow, visit_id)
        return None if row is None else row.data.get("findings")


def device_of(desk: AppServices) -> str:
    """The device id the server gave this laptop at sign-in."""
    with desk.context.database.read() as session:
        row = session.get(Account, 1)
        assert row is not None
        return row.device_id


def synced_ba(server: LiveServer, desks: DeskFactory) -> tuple[str, AppServices]:
    """A BA's one cooperative, and the BA's laptop after its first sync."""
    ba = server.user(Role.BA)
    coop_id = server.cooperative(SAMBAS)
    server.assign(ba, coop_id)
    laptop = desks(ba)
    laptop.sync.sync()
    return coop_id, laptop


def test_a_bundle_forged_in_another_bas_name_is_refused_by_both_importers(
    server: LiveServer, desks: DeskFactory, tmp_path: Path
) -> None:
    ani, budi = server.user(Role.BA), server.user(Role.BA)
    coop_id = server.cooperative(SAMBAS)
    server.assign(budi, coop_id)
    server.assign(ani, coop_id)
    budi_laptop = desks(budi, name="budi")
    budi_laptop.sync.sync()
    visit_id = draft_visit(budi_laptop, coop_id, "temuan asli Budi")
    budi_laptop.sync.sync()
    ani_laptop = desks(ani, name="ani")
    ani_laptop.sync.sync()
    # Ani writes "Budi's" change: his visit, forged findings, submitted.
    draft_visit(ani_laptop, coop_id, "kunjungan Ani")
    genuine = tmp_path / "ani.kopdes"
    ani_laptop.sync.export_bundle(genuine)
    with open_bundle(genuine) as bundle:
        mutation = bundle.manifest.mutations[0].model_dump(mode="json")
    forged_change = {
        **mutation,
        "record_id": visit_id,
        "op": "patch",
        "fields": {"findings": "temuan palsu"},
        "base_versions": {"findings": 0},
    }
    named_budi = {"user_id": budi.id, "username": budi.username, "mutations": [forged_change]}
    variants = {
        # Budi's account and device, signed with the only key Ani has: hers.
        "budi-device": rewrite(
            genuine, tmp_path / "f1.kopdes", device_key(ani_laptop),
            **named_budi, device_id=device_of(budi_laptop),
        ),
        # Budi's account, Ani's own device (whose key she holds).
        "ani-device": rewrite(
            genuine, tmp_path / "f2.kopdes", device_key(ani_laptop),
            **named_budi, device_id=device_of(ani_laptop),
        ),
    }  # fmt: skip
    for forged in variants.values():
        office = import_at_office(server, forged)
        assert office.returncode == 1
        assert len(office.stderr.strip().splitlines()) == 1, office.stderr
        assert "Traceback" not in office.stderr
        assert forged.name in office.stderr
        with pytest.raises(BundleSignatureError):
            budi_laptop.sync.import_bundle(forged)
    assert findings_on_server(server, visit_id) == "temuan asli Budi"
    # Ani's own bundle, undoctored, is hers: the office applies it as hers, Budi's laptop refuses.
    with pytest.raises(BundleAccountError):
        budi_laptop.sync.import_bundle(genuine)
    delivered = import_at_office(server, genuine)
    assert delivered.returncode == 0, delivered.stderr
    assert f"bundle of {ani.username}: 1 change(s) applied" in delivered.stdout


def test_a_revoked_laptops_bundle_is_refused(
    server: LiveServer, desks: DeskFactory, tmp_path: Path
) -> None:
    ba = server.user(Role.BA)
    coop_id = server.cooperative(SAMBAS)
    server.assign(ba, coop_id)
    stolen, replacement = desks(ba, name="stolen"), desks(ba, name="new")
    stolen.sync.sync()
    draft_visit(stolen, coop_id, "ditulis pencuri")
    bundle = tmp_path / "stolen.kopdes"
    stolen.sync.export_bundle(bundle)
    with server.db.write() as session:
        accounts.revoke_devices(session, ba.username, device_of(stolen))
    office = import_at_office(server, bundle)
    assert office.returncode == 1
    assert "signed out on" in office.stderr
    with pytest.raises(BundleSignatureError):
        replacement.sync.import_bundle(bundle)


def test_a_16_mib_photo_makes_the_office_refuse_the_whole_bundle_in_one_line(
    server: LiveServer, desks: DeskFactory, tmp_path: Path
) -> None:
    coop_id, laptop = synced_ba(server, desks)
    visit_id = draft_visit(laptop, coop_id, "foto terlalu besar")
    exported = tmp_path / "small.kopdes"
    manifest = laptop.sync.export_bundle(exported)
    huge = os.urandom(16 * 1024 * 1024)
    sha = hashlib.sha256(huge).hexdigest()
    (tmp_path / "huge.jpg").write_bytes(huge)
    with_photo = manifest.model_copy(update={"photos": [BundlePhoto(sha256=sha, size=len(huge))]})
    bundle = tmp_path / "huge.kopdes"
    write_bundle(bundle, with_photo, device_key(laptop), {sha: tmp_path / "huge.jpg"})
    office = import_at_office(server, bundle, env={"KOPDES_SERVER_MAX_PHOTO_BYTES": ""})
    assert office.returncode == 1
    assert office.stderr.strip().splitlines() == [
        f"error: {bundle}: photo {sha[:12]} is 16.0 MiB; the server accepts at most 15.0 MiB"
    ]
    assert findings_on_server(server, visit_id) is None  # nothing half-applied
    with server.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Blob).where(Blob.sha256 == sha)) == 0
    assert laptop.sync.sync().push.applied == 1  # the laptop itself still delivers its visit


def test_a_laptop_signed_in_before_signing_gets_its_key_at_the_next_sync(
    server: LiveServer, desks: DeskFactory, tmp_path: Path
) -> None:
    coop_id, laptop = synced_ba(server, desks)
    account = laptop.sync.account()
    assert account is not None
    # As after an update: a token, no key yet, and the server knows none for the device.
    folder = Path(laptop.database_path).parent
    store = TokenStore(folder / "token.json", use_keyring=False)
    token = store.load(account.server_url, account.username)
    store.delete(account.server_url, account.username)
    store.save(account.server_url, account.username, token or "")
    with server.db.write() as session:
        device = session.get(Device, device_of(laptop))
        assert device is not None
        device.public_key = None
    draft_visit(laptop, coop_id, "sebelum kunci")
    with pytest.raises(DeviceKeyMissingError, match="sync once while connected"):
        laptop.sync.export_bundle(tmp_path / "no-key.kopdes")
    laptop.sync.sync()
    draft_visit(laptop, coop_id, "sesudah kunci")
    bundle = tmp_path / "keyed.kopdes"
    laptop.sync.export_bundle(bundle)
    delivered = import_at_office(server, bundle)
    assert delivered.returncode == 0, delivered.stderr
    assert "1 change(s) applied" in delivered.stdout
