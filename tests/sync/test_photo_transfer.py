"""Photo bytes over a link that breaks: uploads and downloads resume from what arrived, count every
byte that got through, never hold a whole photo in memory, and one bad photo never stops the rest.

Real server (SQLite and PostgreSQL), real laptops, and ``FaultProxy`` between them to cut
requests mid-body and answers mid-photo.
"""

from __future__ import annotations

import dataclasses
import random
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.records import Visit, VisitDetail
from kopdes_desktop.server.models import User
from kopdes_desktop.services import photos
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.sync.client import SyncClient
from kopdes_desktop.sync.photo_download import fetch_photo, partial_path
from kopdes_desktop.sync.photo_sync import PhotosIncompleteError
from kopdes_desktop.sync.photo_upload import PhotoUploader, Upload
from kopdes_desktop.sync.transport import TransientError, Transport
from tests.server.helpers import SAMBAS, LiveServer
from tests.sync.conftest import DeskFactory
from tests.sync.fault_proxy import Fault, FaultProxy


def noise_photo(path: Path, seed: int = 3, size: tuple[int, int] = (1600, 1200)) -> Path:
    """A JPEG that barely compresses: ~1.3 MB once the app has resized it."""
    rng = random.Random(seed)
    image = Image.frombytes("RGB", size, rng.randbytes(size[0] * size[1] * 3))
    image.save(path, "JPEG", quality=95)
    return path


def small_photo(path: Path, seed: int) -> Path:
    return noise_photo(path, seed, (400, 300))


def proxied(proxy: FaultProxy) -> Callable[[str, str], Transport]:
    return lambda url, token: Transport(proxy.url, token=token, retries=1, sleep=lambda s: None)


def visit_with_photos(desk: AppServices, coop_id: str, files: list[Path]) -> list[str]:
    visit_id = desk.visits.save_draft(
        VisitDetail(Visit(id=new_id(), cooperative_id=coop_id, findings="dengan foto"))
    ).visit.id
    added = tuple(photos.import_photo(file, visit_id).photo for file in files)
    detail = desk.visits.get(visit_id)
    desk.visits.save_draft(dataclasses.replace(detail, photos=added))
    return [photo.sha256 for photo in added]


@pytest.fixture
def proxy(server: LiveServer) -> FaultProxy:
    found = FaultProxy(server.base_url, fault_rate=0)
    yield found  # type: ignore[misc]
    found.close()


def ba_with_cooperative(server: LiveServer) -> tuple[User, str]:
    ba = server.user(Role.BA)
    coop_id = server.cooperative(SAMBAS)
    server.assign(ba, coop_id)
    return ba, coop_id


def test_an_upload_cut_midway_resumes_from_the_servers_offset(
    server: LiveServer, desks: DeskFactory, proxy: FaultProxy, tmp_path: Path
) -> None:
    ba, coop_id = ba_with_cooperative(server)
    desk = desks(ba, transport_factory=proxied(proxy))
    desk.sync.sync()
    [sha] = visit_with_photos(desk, coop_id, [noise_photo(tmp_path / "besar.jpg")])
    size = photos.photo_file(sha).stat().st_size
    patches = 0

    def cut_the_second_patch(method: str, path: str) -> Fault | None:
        nonlocal patches
        patches += method == "PATCH"
        return Fault.CUT_BODY if method == "PATCH" and patches == 2 else None

    proxy.plan = cut_the_second_patch
    report = desk.sync.sync()  # the cut is healed within the round
    assert (report.photos.uploaded, report.photos.upload_drops) == (1, 1)
    assert patches == 3  # a probe, the cut request, the rest from where the server stood
    # Half of the cut request reached the server and counted: not one byte arrived twice.
    assert proxy.body_bytes_forwarded["PATCH"] == size
    assert report.photos.bytes_kept == size
    assert report.photos.bytes_uploaded > size  # the lost half of the cut request

    viewer = desks(server.user(Role.PMO, kabupaten=[SAMBAS]))
    viewer.sync.sync()
    assert (
        photos.photo_file(sha).read_bytes()
        == (tmp_path / "desk0" / "photos").joinpath(f"{sha}.jpg").read_bytes()
    )


def test_an_upload_cut_in_one_round_continues_in_the_next(
    server: LiveServer, desks: DeskFactory, proxy: FaultProxy, tmp_path: Path
) -> None:
    ba, coop_id = ba_with_cooperative(server)
    desk = desks(ba, transport_factory=proxied(proxy))
    desk.sync.sync()
    [sha] = visit_with_photos(desk, coop_id, [noise_photo(tmp_path / "besar.jpg", 11)])
    size = photos.photo_file(sha).stat().st_size
    cut = False

    def link_dies_after_a_cut(method: str, path: str) -> Fault | None:
        nonlocal cut
        if cut:
            return Fault.DROP_BEFORE  # nothing gets through any more in this round
        if method == "PATCH" and proxy.body_bytes_forwarded.get("PATCH", 0) > 0:
            cut = True
            return Fault.CUT_BODY
        return None

    proxy.plan = link_dies_after_a_cut
    with pytest.raises(TransientError):  # the link is gone: the pull cannot happen either
        desk.sync.sync()
    assert 0 < proxy.body_bytes_forwarded["PATCH"] < size
    proxy.plan = None
    report = desk.sync.sync()
    assert report.photos.uploaded == 1
    assert proxy.body_bytes_forwarded["PATCH"] == size  # resumed at the server's offset


def test_downloads_resume_with_range_and_one_bad_photo_never_stops_the_others(
    server: LiveServer, desks: DeskFactory, proxy: FaultProxy, tmp_path: Path
) -> None:
    ba, coop_id = ba_with_cooperative(server)
    author = desks(ba, name="author")
    author.sync.sync()
    big, blocked, fine, lost = visit_with_photos(
        author,
        coop_id,
        [
            noise_photo(tmp_path / "a.jpg", 21),
            small_photo(tmp_path / "b.jpg", 22),
            small_photo(tmp_path / "c.jpg", 23),
            small_photo(tmp_path / "d.jpg", 24),
        ],
    )
    photos.photo_file(lost).unlink()  # its bytes never reach the server
    author.sync.sync()
    size = photos.photo_file(big).stat().st_size

    colleague = server.user(Role.BA)  # sees this cooperative only, not other tests' photos
    server.assign(colleague, coop_id)
    viewer = desks(colleague, transport_factory=proxied(proxy), name="viewer")
    gets: dict[str, int] = {}

    def faults(method: str, path: str) -> Fault | None:
        sha = path.rsplit("/", 1)[-1]
        if method != "GET" or len(sha) != 64:
            return None
        gets[sha] = gets.get(sha, 0) + 1
        if sha == big and gets[sha] == 1:
            return Fault.TRUNCATE  # half the photo arrives, then the line drops
        return Fault.DROP_BEFORE if sha == blocked else None

    proxy.plan = faults
    with pytest.raises(PhotosIncompleteError) as waiting:
        viewer.sync.sync()
    stats = waiting.value.stats
    assert (
        photos.photo_file(big).read_bytes()
        == (tmp_path / "author/photos" / f"{big}.jpg").read_bytes()
    )
    assert photos.photo_file(fine).exists()  # the blocked photo did not stop it
    assert not photos.photo_file(blocked).exists()
    assert stats.waiting_down == 1  # blocked
    assert stats.not_on_server == 1  # lost: the server does not have it, and said so
    assert stats.failed == 0
    assert stats.resumed_downloads == 1
    ranges = [
        headers.get("Range") for method, path, headers in proxy.requests_seen if path.endswith(big)
    ]
    assert ranges == [None, f"bytes={size // 2}-"]  # the rest only, from what had arrived
    assert stats.bytes_downloaded == size + photos.photo_file(fine).stat().st_size
    proxy.plan = None
    assert viewer.sync.sync().photos.downloaded == 1
    assert photos.photo_file(blocked).exists()


def test_memory_never_holds_a_whole_photo(
    server: LiveServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KOPDES_DATA_DIR", str(tmp_path))
    ba, _coop_id = ba_with_cooperative(server)
    source = photos.import_photo(noise_photo(tmp_path / "besar.jpg", 31), new_id()).photo.sha256
    path = photos.photo_file(source)
    size = path.stat().st_size
    client = SyncClient(Transport(server.base_url, token=server.token(ba)))

    tracemalloc.start()
    try:
        outcome = PhotoUploader().run(client, [Upload(source, path, size)])
        _current, upload_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        target = tmp_path / "copy.jpg"
        fetch_photo(client, source, target)
        _current, download_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        client.transport.close()
    assert outcome.done == [source]
    assert target.read_bytes() == path.read_bytes()
    assert not partial_path(target).exists()
    # A photo goes through in pieces of at most 64 KB: far below its 1.3 MB.
    assert upload_peak < size / 4, upload_peak
    assert download_peak < size / 4, download_peak


def test_requests_shrink_when_the_server_keeps_nothing_of_a_cut_one(
    server: LiveServer, desks: DeskFactory, proxy: FaultProxy, tmp_path: Path
) -> None:
    """A server older than this client (it has no batch status call) drops cut requests whole:
    the link here carries at most 300 KB per request, and nothing of a longer one reaches the
    server. Requests halve until they fit, and the photo arrives."""
    ba, coop_id = ba_with_cooperative(server)
    desk = desks(ba, transport_factory=proxied(proxy))
    desk.sync.sync()
    [sha] = visit_with_photos(desk, coop_id, [noise_photo(tmp_path / "besar.jpg", 41)])
    lengths: list[int] = []

    def longer_ones_never_arrive(method: str, path: str) -> Fault | None:
        if method != "PATCH":
            return None
        length = int(proxy.requests_seen[-1][2].get("Content-Length", 0))
        lengths.append(length)
        return Fault.CUT_BODY if length > 300_000 else None

    proxy.cut_share = 0.0
    proxy.plan = longer_ones_never_arrive
    proxy.missing_paths.add("/photos/v1/status")
    report = desk.sync.sync()
    assert report.photos.uploaded == 1
    assert max(lengths) > 300_000  # it tried the whole rest first...
    assert lengths[-1] <= 300_000  # ...and finished in requests that fit
    assert proxy.body_bytes_forwarded["PATCH"] == photos.photo_file(sha).stat().st_size
