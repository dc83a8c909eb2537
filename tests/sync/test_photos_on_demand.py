"""Photos on demand, against a real server (SQLite and PostgreSQL): a round brings down the
photos of the user's own records and the recent ones, previews before full photos, within a
cache limit; any other photo comes when it is opened, with progress, in the real viewer."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.records import Visit, VisitDetail
from kopdes_desktop.server.models import User
from kopdes_desktop.services import photos
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.photo_fetch import PhotoUnavailableError
from kopdes_desktop.sync.photo_sync import PhotoPolicy
from kopdes_desktop.ui.forms.photo_strip import PhotoStrip
from kopdes_desktop.ui.forms.photo_viewer import PhotoViewer
from kopdes_desktop.ui.tasks import TaskRunner
from tests.server.helpers import LiveServer
from tests.sync.conftest import DeskFactory
from tests.sync.test_photo_transfer import ba_with_cooperative, noise_photo, small_photo
from tests.ui.helpers import screenshot


def id_made_days_ago(days: int) -> str:
    """A UUIDv7 as a laptop would have made it ``days`` ago (its first 48 bits are the time)."""
    fresh = uuid.UUID(new_id())
    millis = int((datetime.now(UTC) - timedelta(days=days)).timestamp() * 1000)
    return str(uuid.UUID(int=(fresh.int & ((1 << 80) - 1)) | (millis << 80)))


def visit_with_dated_photos(
    desk: AppServices, coop_id: str, files: list[tuple[Path, int]]
) -> list[str]:
    """A visit whose photos were added ``days`` ago each."""
    visit_id = desk.visits.save_draft(
        VisitDetail(Visit(id=new_id(), cooperative_id=coop_id, findings="foto lama dan baru"))
    ).visit.id
    added = tuple(
        dataclasses.replace(photos.import_photo(file, visit_id).photo, id=id_made_days_ago(days))
        for file, days in files
    )
    detail = desk.visits.get(visit_id)
    desk.visits.save_draft(dataclasses.replace(detail, photos=added))
    return [photo.sha256 for photo in added]


def author_at_work(server: LiveServer, desks: DeskFactory) -> tuple[User, str, AppServices]:
    """A BA with a cooperative and a synced laptop (its folder: ``author``)."""
    author, coop_id = ba_with_cooperative(server)
    desk = desks(author, name="author")
    desk.sync.sync()
    return author, coop_id, desk


def colleague_of(server: LiveServer, coop_id: str) -> User:
    colleague = server.user(Role.BA)
    server.assign(colleague, coop_id)
    return colleague


def test_a_round_brings_own_and_recent_photos_and_older_ones_when_opened(
    server: LiveServer, desks: DeskFactory, tmp_path: Path
) -> None:
    author, coop_id, desk = author_at_work(server, desks)
    recent, old = visit_with_dated_photos(
        desk,
        coop_id,
        [(small_photo(tmp_path / "baru.jpg", 61), 2), (noise_photo(tmp_path / "lama.jpg", 62), 90)],
    )
    desk.sync.sync()
    old_size = photos.photo_file(old).stat().st_size

    viewer = desks(colleague_of(server, coop_id), name="viewer")
    report = viewer.sync.sync()
    assert photos.photo_file(recent).exists()  # in the 30-day window
    assert not photos.photo_file(old).exists()  # stays on the server until opened
    assert report.photos.downloaded == 1
    # Opened: downloaded now, with progress, then kept (with its preview).
    seen: list[tuple[int, int]] = []
    path = viewer.photos.fetch(old, lambda done, total: seen.append((done, total)))
    assert path.read_bytes() == (tmp_path / "author/photos" / f"{old}.jpg").read_bytes()
    assert seen[-1] == (old_size, old_size)
    assert len(seen) > 3
    assert seen == sorted(seen)
    assert photos.thumbnail_file(old).exists()

    # The author's own photos come back whatever the window (a reinstalled laptop).
    again = desks(author, name="reinstalled")
    again.sync.set_photo_policy(PhotoPolicy(window_days=0))
    again.sync.sync()
    assert photos.photo_file(recent).exists()
    assert photos.photo_file(old).exists()


def test_previews_come_first_and_the_cache_keeps_to_its_limit(
    server: LiveServer, desks: DeskFactory, tmp_path: Path
) -> None:
    _author, coop_id, desk = author_at_work(server, desks)
    shas = visit_with_dated_photos(
        desk, coop_id, [(noise_photo(tmp_path / f"p{n}.jpg", 70 + n), 3 - n) for n in range(3)]
    )  # added 3, 2 and 1 days ago
    desk.sync.sync()
    size = max(photos.photo_file(sha).stat().st_size for sha in shas)

    viewer = desks(colleague_of(server, coop_id), name="viewer")
    viewer.sync.set_photo_policy(PhotoPolicy(window_days=30, cache_bytes=int(1.5 * size)))
    report = viewer.sync.sync()
    # Newest first, while others' photos fit in the limit; previews for all of them first.
    assert [photos.photo_file(sha).exists() for sha in shas] == [False, False, True]
    assert (report.photos.thumbnails, report.photos.downloaded, report.photos.on_demand) == (
        3, 1, 2,
    )  # fmt: skip
    assert all(photos.thumbnail_file(sha).exists() for sha in shas)
    # Opening one more goes past the limit: the photo opened longest ago makes room (its
    # preview stays); the one just opened is kept.
    viewer.photos.fetch(shas[0])
    assert [photos.photo_file(sha).exists() for sha in shas] == [True, False, False]
    assert photos.thumbnail_file(shas[2]).exists()

    # The author's own photos are never trimmed, whatever the limit.
    desk.sync.set_photo_policy(PhotoPolicy(window_days=30, cache_bytes=0))
    desk.sync.sync()
    assert all((tmp_path / "author/photos" / f"{sha}.jpg").exists() for sha in shas)


def test_the_viewer_shows_a_preview_and_progress_then_the_photo(
    qtbot: QtBot, server: LiveServer, desks: DeskFactory, tmp_path: Path
) -> None:
    _author, coop_id, desk = author_at_work(server, desks)
    [old] = visit_with_dated_photos(desk, coop_id, [(noise_photo(tmp_path / "lama.jpg", 80), 60)])
    desk.sync.sync()
    viewer_desk = desks(colleague_of(server, coop_id), name="viewer")
    viewer_desk.sync.sync()
    assert not photos.photo_file(old).exists()

    tasks = TaskRunner()
    record = viewer_desk.visits.get(_visit_id_of(viewer_desk, old)).photos[0]
    strip = PhotoStrip(tasks, record.parent_id, viewer_desk.photos)
    qtbot.addWidget(strip)
    strip.set_photos((record,))
    qtbot.waitUntil(lambda: photos.thumbnail_file(old).exists(), timeout=20_000)
    qtbot.waitUntil(lambda: not strip.list.item(0).icon().isNull())

    window = PhotoViewer(tasks, viewer_desk.photos, record)
    qtbot.addWidget(window)
    window.show()
    assert window.progress.isVisible()
    qtbot.waitUntil(lambda: window.showing_full_photo, timeout=30_000)
    assert not window.progress.isVisible()
    assert window.picture.pixmap().width() == 1600
    screenshot(qtbot, window, "photo-viewer-after-download")
    tasks.wait_for_idle()


def test_the_viewer_says_why_a_photo_cannot_come(
    qtbot: QtBot, server: LiveServer, desks: DeskFactory, tmp_path: Path
) -> None:
    _author, coop_id, desk = author_at_work(server, desks)
    [never_sent] = visit_with_dated_photos(
        desk, coop_id, [(small_photo(tmp_path / "hilang.jpg", 90), 60)]
    )
    record = desk.visits.get(_visit_id_of(desk, never_sent)).photos[0]
    photos.photo_file(never_sent).unlink()  # lost before it was sent
    desk.sync.sync()
    with pytest.raises(PhotoUnavailableError) as refused:
        desk.photos.fetch(never_sent)
    assert refused.value.code == "not_on_server"
    tasks = TaskRunner()
    window = PhotoViewer(tasks, desk.photos, record)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.retry_button.isVisible, timeout=20_000)
    assert "server" in window.message.text()
    screenshot(qtbot, window, "photo-viewer-not-on-server")
    tasks.wait_for_idle()


def _visit_id_of(desk: AppServices, sha: str) -> str:
    from sqlalchemy import select

    from kopdes_desktop.storage.models import PhotoRow

    with desk.context.database.read() as session:
        parent = session.scalar(select(PhotoRow.parent_id).where(PhotoRow.sha256 == sha))
    assert parent is not None
    return str(parent)
