"""One sync round: push the outbox, send photos, pull and apply, fetch photos.

Every step can be interrupted at any point (a dropped link, a crash, the user cancelling) and the
next round resumes it: the outbox is trimmed only after the server's answer, pulled pages are
staged with their cursor, photo uploads continue from the server's offset.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kopdes_desktop.disk_space import DiskFullError, is_disk_full
from kopdes_desktop.storage import outbox
from kopdes_desktop.storage.db import Database
from kopdes_desktop.sync.apply import ApplyStats
from kopdes_desktop.sync.client import SyncClient
from kopdes_desktop.sync.photo_sync import (
    PhotoPolicy,
    PhotosIncompleteError,
    PhotoStats,
    download_photos,
    fetch_thumbnails,
    others_cached_bytes,
    plan_photos,
    upload_photos,
)
from kopdes_desktop.sync.photo_upload import PhotoUploader
from kopdes_desktop.sync.pull import (
    PageSizer,
    PullStats,
    apply_staged,
    ask_with_push,
    fetch,
    stage_first_page,
)
from kopdes_desktop.sync.push import BatchSizer, PushStats, push_outbox
from kopdes_desktop.sync.round_progress import (
    APPLY_ROWS_PER_SECOND,
    Progress,
    ProgressCallback,
    RowClock,
    Stage,
)
from kopdes_desktop.sync.transport import SyncError

log = logging.getLogger(__name__)


# Rough share of a round's time per stage, for one progress bar across all of them.
_STAGE_SPAN = {
    Stage.PUSH: (0.0, 0.25),
    Stage.PHOTOS_UP: (0.25, 0.5),
    Stage.PULL: (0.5, 0.8),
    Stage.APPLY: (0.8, 0.9),
    Stage.PHOTOS_DOWN: (0.9, 1.0),
}


@dataclass
class SyncReport:
    push: PushStats = field(default_factory=PushStats)
    pull: PullStats = field(default_factory=PullStats)
    applied: ApplyStats = field(default_factory=ApplyStats)
    photos: PhotoStats = field(default_factory=PhotoStats)
    requests: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0
    server_time: str | None = None


class SyncEngine:
    """Runs rounds for one install; callers keep one engine so batch sizes adapt over time."""

    def __init__(
        self,
        database: Database,
        client: SyncClient,
        photos_dir: Path,
        *,
        download_photos: bool = True,
        on_photo_downloaded: Callable[[str], None] = lambda sha: None,
        user_id: str = "",
        photo_policy: PhotoPolicy | None = None,
    ) -> None:
        self.database = database
        self.client = client
        self.photos_dir = photos_dir
        self.download_photos = download_photos
        self.on_photo_downloaded = on_photo_downloaded
        self.user_id = user_id  # whose records' photos always come down in full
        self.photo_policy = photo_policy or PhotoPolicy()
        self.batches = BatchSizer()
        self.pages = PageSizer()
        self.uploader = PhotoUploader()  # keeps the learnt link rate from round to round
        self._lock = threading.Lock()  # one round at a time, whoever asks
        self._stage = Stage.PUSH  # of the current (or last) round
        self._report = SyncReport()

    def client_id(self) -> str:
        with self.database.write() as session:
            return outbox.sync_state(session).client_id

    def run(self, progress: ProgressCallback = lambda shown: None) -> SyncReport:
        if not self._lock.acquire(blocking=False):
            raise RuntimeError("a sync round is already running")
        try:
            return self._round(progress)
        except Exception as error:
            raise self._named_failure(error) from error
        finally:
            self._lock.release()

    def _named_failure(self, error: Exception) -> Exception:
        """The round's failure, saying where it happened: a full disk met anywhere (the
        database, a photo file) becomes :class:`DiskFullError`; a sync error learns the stage
        and what the round had done by then (a failure while fetching photos means the
        records themselves are synced)."""
        if is_disk_full(error) and not isinstance(error, DiskFullError):
            return DiskFullError(str(error))
        if isinstance(error, SyncError):
            error.stage = error.stage or self._stage.value
            error.report = error.report or self._report
        return error

    def _photos_down(self, stats: PhotoStats) -> None:
        """Previews first (small, quick), then the full photos the laptop keeps: its own
        records' and others' in the window while they fit in the cache."""
        plan = plan_photos(self.database, self.user_id, self.photo_policy)
        fetch_thumbnails(self.client, self.photos_dir, plan.window, stats)
        budget = self.photo_policy.cache_bytes - others_cached_bytes(self.photos_dir, plan.own)
        download_photos(
            self.database,
            self.client,
            self.photos_dir,
            stats,
            wanted=[*sorted(plan.own), *plan.window],
            own=plan.own,
            others_budget=budget,
            on_downloaded=self.on_photo_downloaded,
        )

    def _round(self, progress: ProgressCallback) -> SyncReport:
        report = self._report = SyncReport()
        transport = self.client.transport
        start_requests, start_sent, start_received = (
            transport.requests_made,
            transport.bytes_sent,
            transport.bytes_received,
        )

        def stage(name: Stage, done: int = 0, total: int = 1) -> None:
            self._stage = name
            low, high = _STAGE_SPAN[name]
            progress(Progress(name, low + (high - low) * (done / total if total else 1.0)))

        def rows(name: Stage, clock: RowClock) -> Callable[[int, int | None], None]:
            """Records downloaded or applied, of how many, and the time left at this pace
            (while downloading: the download's and the applying's, estimated)."""

            def shown(done: int, total: int | None) -> None:
                self._stage = name
                low, high = _STAGE_SPAN[name]
                share = min(1.0, done / total) if total else 0.0
                left = clock.seconds_left(done, total)
                if left is not None and name is Stage.PULL and total:
                    left += total / APPLY_ROWS_PER_SECOND
                progress(Progress(name, low + (high - low) * share, done, total, left))

            return shown

        stage(Stage.PUSH)
        report.push = push_outbox(
            self.database,
            self.client,
            self.batches,
            lambda: ask_with_push(self.database, self.pages),
        )
        first_page = report.push.first_page
        if first_page is not None:
            stage_first_page(self.database, first_page, report.pull)
        stage(Stage.PHOTOS_UP)
        upload_photos(
            self.database,
            self.client,
            self.photos_dir,
            report.photos,
            uploader=self.uploader,
            progress=lambda done, total: stage(Stage.PHOTOS_UP, done, total),
        )
        stage(Stage.PULL)
        # Pulling after the push means the pull's target version includes what we just pushed.
        # The client id is read again: the push may have had to take a new one. A push answer
        # that brought the whole pull (protocol 3) leaves nothing to fetch.
        if first_page is None or first_page.has_more:
            fetch(
                self.database,
                self.client,
                self.client_id(),
                self.pages,
                report.pull,
                progress=rows(Stage.PULL, RowClock()),
            )
        stage(Stage.APPLY)
        report.applied = apply_staged(
            self.database, transport.last_server_time, rows(Stage.APPLY, RowClock())
        )
        report.pull.applied = report.applied
        if self.download_photos:
            stage(Stage.PHOTOS_DOWN)
            self._photos_down(report.photos)
        progress(Progress(Stage.PHOTOS_DOWN, 1.0))
        report.requests = transport.requests_made - start_requests
        report.bytes_sent = transport.bytes_sent - start_sent
        report.bytes_received = transport.bytes_received - start_received
        report.server_time = transport.last_server_time
        log.info(
            "sync round: pushed %d (%d rejected), pulled %d changes in %d pages, photos %d up "
            "%d down, %d requests, %d B sent, %d B received",
            report.push.sent,
            report.push.rejected,
            report.pull.changes,
            report.pull.pages,
            report.photos.uploaded,
            report.photos.downloaded,
            report.requests,
            report.bytes_sent,
            report.bytes_received,
        )
        if report.photos.waiting_up or report.photos.waiting_down:
            # Records are in; the photos left over go at the next round (auto-sync retries).
            raise PhotosIncompleteError(report.photos, report)
        return report
