"""Upload quotas, expiry and a full disk, on servers started with small limits (SQLite and
PostgreSQL): unfinished uploads are capped per account, idle ones make room and expire, and when
photos cannot be stored (507) records still sync."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from sqlalchemy import select, update

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.server.accounts import now
from kopdes_desktop.server.db import Database
from kopdes_desktop.server.models import PhotoUpload, RecordRow, User
from kopdes_desktop.sync.photo_sync import PhotosIncompleteError
from tests.server.conftest import (
    _villages_by_kabupaten,
    new_database,
    start_server,
    stop_server,
)
from tests.server.helpers import PASSWORD, LiveServer
from tests.server.test_photos import jpeg, patch_head, send, sha_of, status
from tests.server.test_push import visit_fields

IDLE_SECONDS = 2


@dataclass
class LimitedServer(LiveServer):
    data_dir: Path = Path()
    blob_dir: Path = Path()


def limited_server(
    request: pytest.FixtureRequest, env: dict[str, str], blob_dir: Path | None = None
) -> Iterator[LimitedServer]:
    backend: str = request.param
    folder = Path(tempfile.mkdtemp(prefix=f"kopdes-limits-{backend}-"))
    url = new_database(backend, request, folder, f"kopdes_limits_{uuid.uuid4().hex[:10]}")
    if blob_dir is not None:
        env = {**env, "KOPDES_SERVER_BLOB_DIR": str(blob_dir)}
    process, base_url = start_server(url, folder, env)
    db = Database(url)
    try:
        yield LimitedServer(
            base_url,
            url,
            db,
            backend,
            villages=_villages_by_kabupaten(),
            data_dir=folder,
            blob_dir=blob_dir or folder / "blobs",
        )
    finally:
        stop_server(process)
        db.dispose()
        shutil.rmtree(folder, ignore_errors=True)


QUOTA_ENV = {
    "KOPDES_SERVER_MAX_UNFINISHED_UPLOADS": "3",
    "KOPDES_SERVER_MAX_UNFINISHED_BYTES": "400000",
    "KOPDES_SERVER_UPLOAD_IDLE_SECONDS": str(IDLE_SECONDS),
}


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def quota_server(request: pytest.FixtureRequest) -> Iterator[LimitedServer]:
    yield from limited_server(request, QUOTA_ENV)


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def full_server(request: pytest.FixtureRequest) -> Iterator[LiveServer]:
    # The disk never has this much free: every photo is refused before a byte is stored.
    yield from limited_server(request, {"KOPDES_SERVER_MIN_FREE_BYTES": str(10**15)})


def ba_in(server: LiveServer) -> tuple[User, str, str]:
    """A BA, the cooperative they coach, and a device token of theirs."""
    cooperative = server.cooperative()
    ba = server.user(Role.BA)
    server.assign(ba, cooperative)
    return ba, cooperative, server.token(ba)


def start(server: LiveServer, token: str, photo: bytes) -> int:
    return send(server, token, sha_of(photo), photo[:1000], offset=0, length=len(photo)).status_code


def test_unfinished_uploads_are_capped_per_account(quota_server: LimitedServer) -> None:
    server = quota_server
    user = server.user(Role.BA)
    token = server.token(user)
    photos = [jpeg(100 + n, 300, 200) for n in range(4)]
    assert all(len(photo) < 100_000 for photo in photos)
    assert [start(server, token, photo) for photo in photos[:3]] == [200, 200, 200]
    refused = send(server, token, sha_of(photos[3]), photos[3][:1000], offset=0,
                   length=len(photos[3]))  # fmt: skip
    assert refused.status_code == 507
    assert refused.json()["code"] == "upload_quota"
    # Another account has its own allowance.
    assert start(server, server.token(server.user(Role.BA)), photos[3]) == 200
    # Finishing an upload frees its place...
    first = photos[0]
    assert send(server, token, sha_of(first), first[1000:], offset=1000,
                length=len(first)).json()["complete"]  # fmt: skip
    # ...but announced bytes count too: this one would take the account past 400,000.
    big = jpeg(110, 700, 500)
    assert 250_000 < len(big) < 400_000
    assert start(server, token, big) == 507
    # The account's idle uploads make room, oldest first; they start over when resumed.
    time.sleep(IDLE_SECONDS + 0.5)
    assert start(server, token, big) == 200
    assert status(server, token, sha_of(photos[1]))["offset"] == 0  # oldest idle: dropped
    assert status(server, token, sha_of(photos[2]))["offset"] == 1000  # enough room without it
    with server.db.read() as session:
        left = set(
            session.scalars(select(PhotoUpload.sha256).where(PhotoUpload.user_id == user.id))
        )
    assert left == {sha_of(photos[2]), sha_of(big)}


def test_unfinished_uploads_expire(quota_server: LimitedServer) -> None:
    server = quota_server
    user = server.user(Role.BA)
    token = server.token(user)
    photo = jpeg(120)
    assert start(server, token, photo) == 200
    assert status(server, token, sha_of(photo))["offset"] == 1000
    with server.db.write() as session:
        session.execute(
            update(PhotoUpload)
            .where(PhotoUpload.user_id == user.id)
            .values(touched_at=now() - timedelta(days=8))
        )
    env = {
        **os.environ,
        "KOPDES_SERVER_DATABASE_URL": server.database_url,
        "KOPDES_SERVER_DATA_DIR": str(server.data_dir),
    }
    purged = subprocess.run(
        [sys.executable, "-m", "kopdes_desktop.server.cli", "purge-uploads"],
        env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert "deleted 1 unfinished photo upload" in purged.stdout
    assert status(server, token, sha_of(photo))["offset"] == 0


def test_a_full_photo_store_refuses_photos_but_records_still_sync(
    full_server: LiveServer,
) -> None:
    server = full_server
    ba, cooperative, token = ba_in(server)
    photo = jpeg(130)
    refused = send(server, token, sha_of(photo), photo, offset=0, length=len(photo))
    assert refused.status_code == 507
    assert refused.json()["code"] == "storage_full"
    assert "full" in refused.json()["message"]
    laptop = server.laptop(ba)
    visit = laptop.create("visit", visit_fields(cooperative))
    link = laptop.create("photo", {"parent_id": visit["record_id"], "sha256": sha_of(photo)})
    assert [r["status"] for r in laptop.push(visit, link)] == ["applied", "applied"]
    assert len(laptop.pull()) >= 2
    assert status(server, token, sha_of(photo))["offset"] == 0


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def tiny_disk_server(request: pytest.FixtureRequest) -> Iterator[LimitedServer]:
    """Photos on a real 256 KB filesystem that fills up (tmpfs; needs root)."""
    mount_point = Path(tempfile.mkdtemp(prefix="kopdes-tiny-disk-"))
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount_point)],
        capture_output=True, check=False,
    )  # fmt: skip
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small filesystem here: {mounted.stderr.decode().strip()}")
    try:
        yield from limited_server(request, {"KOPDES_SERVER_MIN_FREE_BYTES": "0"}, mount_point)
    finally:
        subprocess.run(["umount", str(mount_point)], check=False)
        mount_point.rmdir()


def test_a_disk_that_fills_mid_photo_answers_507_keeps_what_fit_and_resumes_later(
    tiny_disk_server: LimitedServer,
) -> None:
    server = tiny_disk_server
    ba, cooperative, token = ba_in(server)
    photo = jpeg(140, 400, 300)
    sha = sha_of(photo)
    assert 60_000 < len(photo) < 200_000
    too_big = jpeg(141, 900, 700)  # more than the disk has: refused before a byte is stored
    answer = send(server, token, sha_of(too_big), too_big, offset=0, length=len(too_big))
    assert (answer.status_code, answer.json()["code"]) == (507, "storage_full")
    # Something else fills the disk while the photo is on its way.
    filler = server.blob_dir / "filler"
    address = urlsplit(server.base_url)
    head = patch_head(server, token, sha, offset=0, length=len(photo), body_length=len(photo))
    with socket.create_connection((address.hostname, address.port)) as connection:
        connection.sendall(head + photo[:30_000])
        time.sleep(0.3)
        free = shutil.disk_usage(server.blob_dir).free
        filler.write_bytes(b"\0" * max(0, free - 8192))
        with contextlib.suppress(OSError):  # the server may answer before taking it all
            connection.sendall(photo[30_000:])
        answer_text = connection.makefile("rb").read().decode(errors="replace")
    assert " 507 " in answer_text.splitlines()[0]
    assert "storage_full" in answer_text
    held = int(str(status(server, token, sha)["offset"]))
    assert 30_000 <= held < len(photo)  # what fit is kept
    # Records are in the database, elsewhere: they keep syncing.
    laptop = server.laptop(ba)
    visit = laptop.create("visit", visit_fields(cooperative))
    assert [r["status"] for r in laptop.push(visit)] == ["applied"]
    # Space comes back: the upload continues from what was kept.
    filler.unlink()
    rest = send(server, token, sha, photo[held:], offset=held, length=len(photo))
    assert rest.json()["complete"] is True


def test_a_laptop_syncs_its_records_while_the_server_takes_no_photos(
    full_server: LimitedServer,
    tmp_path: Path,
    catalog: RegionCatalog,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.sync.conftest import make_desk
    from tests.sync.test_photo_transfer import small_photo, visit_with_photos

    server = full_server
    ba, cooperative, _token = ba_in(server)
    monkeypatch.setenv("KOPDES_DATA_DIR", str(tmp_path / "laptop"))
    desk = make_desk(tmp_path / "laptop", catalog)
    desk.sync.sign_in(server.base_url, ba.username, PASSWORD, "laptop")
    desk.sync.sync()
    visit_with_photos(desk, cooperative, [small_photo(tmp_path / "foto.jpg", 150)])
    with pytest.raises(PhotosIncompleteError) as waiting:
        desk.sync.sync()
    assert waiting.value.reason == "storage_full"
    assert waiting.value.stats.waiting_up == 1
    assert desk.sync.status().pending_changes == 0  # the visit and its photo record are in
    with server.db.read() as session:
        kinds = session.scalars(
            select(RecordRow.record_type).where(RecordRow.cooperative_id == cooperative)
        ).all()
    assert {"visit", "photo"} <= set(kinds)
    desk.context.database.dispose()
