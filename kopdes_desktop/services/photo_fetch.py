"""Photos on demand: a photo someone opens is fetched then, with its progress; previews of the
photos a screen shows are fetched when they are missing.

Sync brings down only the photos of the user's own records and of the recent window
(``PhotoPolicy``); everything else comes through here, on a connection of its own so it never
waits for (or disturbs) a sync round.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path

from kopdes_desktop import paths
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.photos import (
    ensure_thumbnail,
    mark_opened,
    photo_file,
    thumbnail_file,
    trim_photo_cache,
)
from kopdes_desktop.services.sync_service import NotSignedInError, SampleDataError, SyncService
from kopdes_desktop.sync.client import SyncClient
from kopdes_desktop.sync.photo_download import (
    DownloadProgress,
    PhotoDamagedError,
    fetch_photo,
    partial_path,
)
from kopdes_desktop.sync.photo_sync import (
    PhotoPolicy,
    PhotoStats,
    fetch_thumbnails,
    mark_downloaded,
)
from kopdes_desktop.sync.transport import AuthError, ServerRefusedError, SyncError, TransientError

log = logging.getLogger(__name__)

ATTEMPTS = 4  # a drop mid-photo resumes from what arrived, this many times while bytes flow


def photo_policy(window_days: int, cache_mb: int) -> PhotoPolicy:
    """The settings' photo choices as the sync engine takes them."""
    return PhotoPolicy(window_days=max(0, window_days), cache_bytes=max(0, cache_mb) * 1024 * 1024)


class PhotoUnavailableError(Exception):
    """The photo could not be fetched now; ``code`` says why, for the screen to word it."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code  # "not_signed_in", "offline", "not_on_server", "damaged"


class PhotoService:
    def __init__(self, context: ServiceContext, sync: Callable[[], SyncService]) -> None:
        self._context = context
        self._sync_service = sync  # asked each time: the app may replace its sync service

    @property
    def _sync(self) -> SyncService:
        return self._sync_service()

    def set_policy(self, window_days: int, cache_mb: int) -> None:
        """Which photos come down with sync: the settings page calls this when they change."""
        self._sync.set_photo_policy(photo_policy(window_days, cache_mb))

    def local_photo(self, sha256: str) -> Path | None:
        """The full photo if it is on this laptop (and remember it was looked at)."""
        path = photo_file(sha256)
        if not path.exists():
            return None
        mark_opened(sha256)
        return path

    def fetch(self, sha256: str, progress: DownloadProgress = lambda done, total: None) -> Path:
        """The full photo, downloaded now if needed (resuming after drops); raises
        :class:`PhotoUnavailableError`. Runs on a worker thread."""
        local = self.local_photo(sha256)
        if local is not None:
            return local
        try:
            client = self._sync.photo_client()
        except (NotSignedInError, AuthError, SampleDataError) as error:
            raise PhotoUnavailableError("not_signed_in") from error
        target = photo_file(sha256)
        try:
            self._download(client, sha256, target, progress)
        finally:
            client.transport.close()
        mark_downloaded(self._context.database, sha256)
        ensure_thumbnail(sha256)
        mark_opened(sha256)
        account = self._sync.account()
        trim_photo_cache(
            self._context.database, account.user_id if account else "", self._sync.photo_policy
        )
        return target

    @staticmethod
    def _download(
        client: SyncClient, sha256: str, target: Path, progress: DownloadProgress
    ) -> None:
        partial = partial_path(target)
        for attempt in range(1, ATTEMPTS + 1):
            before = partial.stat().st_size if partial.exists() else 0
            try:
                fetch_photo(client, sha256, target, progress)
                return
            except TransientError as error:
                after = partial.stat().st_size if partial.exists() else 0
                if attempt == ATTEMPTS or after == before:
                    raise PhotoUnavailableError("offline", str(error)) from error
                log.info("photo %s cut off at byte %d; resuming", sha256[:12], after)
            except ServerRefusedError as error:
                raise PhotoUnavailableError("not_on_server", str(error)) from error
            except PhotoDamagedError as error:
                raise PhotoUnavailableError("damaged", str(error)) from error
            except SyncError as error:
                raise PhotoUnavailableError("offline", str(error)) from error

    def previews(self, sha256s: Iterable[str]) -> set[str]:
        """Fetch the missing previews of these photos (best effort, never raises); returns the
        ones that now have a preview or a full photo on this laptop. Runs on a worker thread."""
        wanted = list(dict.fromkeys(sha256s))
        missing = [sha for sha in wanted if not _shown_locally(sha)]
        if missing:
            try:
                client = self._sync.photo_client()
            except (NotSignedInError, AuthError, SampleDataError):
                client = None
            if client is not None:
                try:
                    fetch_thumbnails(client, paths.photos_dir(), missing, PhotoStats())
                except SyncError as error:
                    log.info("previews not fetched: %s", error)
                finally:
                    client.transport.close()
        return {sha for sha in wanted if _shown_locally(sha)}


def _shown_locally(sha256: str) -> bool:
    return thumbnail_file(sha256).exists() or photo_file(sha256).exists()
