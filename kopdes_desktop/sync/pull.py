"""Fetching server changes page by page into staging, then applying them all at once.

Each page is staged with the cursor that follows it, so a pull cut off by a dropped link resumes
at the next page. Only when the last page is in are the pages applied, together with the final
cursor, in one local transaction: the laptop never shows half a pull.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kopdes_desktop.storage import directory, outbox
from kopdes_desktop.storage.db import Database
from kopdes_desktop.storage.models import PulledPage
from kopdes_desktop.sync import own_writes, set_aside
from kopdes_desktop.sync.apply import (
    Applied,
    ApplyStats,
    apply_changes,
    orphans,
    parent_missing,
    remove_from_scope,
    sweep_missing,
    touched_fields,
)
from kopdes_desktop.sync.client import SyncClient
from kopdes_desktop.sync.page_prefetch import PagePrefetcher
from kopdes_desktop.sync.protocol import (
    DEFAULT_PULL_LIMIT,
    MAX_PULL_LIMIT,
    ErrorCode,
    PullAsk,
    PullPage,
    PullRequest,
)
from kopdes_desktop.sync.set_aside import SetAsideReason
from kopdes_desktop.sync.transport import ServerRefusedError

log = logging.getLogger(__name__)
MIN_PULL_LIMIT = 50
RowsProgress = Callable[[int, int | None], None]  # (records done, records in all or None)


@dataclass
class PullStats:
    pages: int = 0
    changes: int = 0
    reset: bool = False
    target_version: int = 0
    applied: ApplyStats | None = None


class PageSizer:
    def __init__(self, limit: int = DEFAULT_PULL_LIMIT) -> None:
        self.limit = limit

    def failed(self) -> None:
        self.limit = max(MIN_PULL_LIMIT, self.limit // 2)

    def succeeded(self) -> None:
        self.limit = min(MAX_PULL_LIMIT, self.limit * 2)


def _resume_point(database: Database) -> tuple[str | None, bool]:
    """Where to ask from: after the last staged page, else the last applied cursor."""
    with database.read() as session:
        last = session.scalars(
            select(PulledPage).order_by(PulledPage.sequence.desc()).limit(1)
        ).first()
        if last is not None:
            return last.cursor, last.is_reset
        return outbox.sync_state(session).pull_cursor, False


def _stage(database: Database, response: PullPage, *, is_reset: bool) -> None:
    with database.write() as session:
        session.add(
            PulledPage(
                changes=list(response.changes),
                removed_cooperative_ids=list(response.removed_cooperative_ids),
                cursor=response.cursor,
                target_version=response.target_version,
                is_reset=is_reset,
                directory=(None if response.directory is None else response.directory.model_dump()),
            )
        )


def ask_with_push(database: Database, sizer: PageSizer) -> PullAsk | None:
    """The pull to ask for with the last push batch (protocol 3): the one :func:`fetch` would
    start next, when that is an incremental pull from the applied cursor (not a first or full
    download, not the rest of an interrupted pull)."""
    cursor, is_reset = _resume_point(database)
    if cursor is None or is_reset or staged_pages(database):
        return None
    with database.read() as session:
        own = own_writes.own_versions(session)
    return PullAsk(cursor=cursor, limit=sizer.limit, own_versions=own)


def stage_first_page(database: Database, page: PullPage, stats: PullStats) -> None:
    """Stage the page a push answer brought, as :func:`fetch` stages the pages it asks for;
    :func:`fetch` goes on from its cursor when it says there is more."""
    _stage(database, page, is_reset=False)
    stats.pages += 1
    stats.changes += len(page.changes)
    stats.target_version = page.target_version


def _forget_staged_and_cursor(database: Database) -> None:
    with database.write() as session:
        session.execute(delete(PulledPage))
        outbox.sync_state(session).pull_cursor = None


def fetch(
    database: Database,
    client: SyncClient,
    client_id: str,
    sizer: PageSizer,
    stats: PullStats,
    *,
    progress: RowsProgress = lambda done, total: None,
) -> None:
    """Fetch and stage pages until the pull is complete. The next page is asked for while the
    current one is staged (sync.page_prefetch). ``progress``: records staged so far, and how
    many the whole pull brings when the server said so on its first page."""
    cursor, is_reset = _resume_point(database)
    done, total = staged_changes(database), None
    with database.read() as session:
        # Not on a full download: everything comes then, the laptop's own records included.
        own = own_writes.own_versions(session) if cursor is not None and not is_reset else []
    while True:

        def ask(
            cursor: str | None, limit: int, client_id: str = client_id, own: list[int] = own
        ) -> PullPage:
            return client.pull(
                PullRequest(client_id=client_id, cursor=cursor, limit=limit, own_versions=own)
            )

        try:
            with PagePrefetcher(ask, cursor, sizer) as pages:
                for response in pages:
                    _stage(database, response, is_reset=is_reset)
                    stats.pages += 1
                    stats.changes += len(response.changes)
                    stats.target_version = response.target_version
                    if cursor is None or response.total_changes is not None:
                        total = response.total_changes
                    cursor = response.cursor
                    done += len(response.changes)
                    progress(done, total)
            return
        except ServerRefusedError as error:
            if error.body.code is ErrorCode.CLIENT_OF_OTHER_USER:
                # A database copied from another account's laptop: this account gets its own
                # client id, and its own download (the cursor is the other account's).
                with database.write() as session:
                    client_id = outbox.take_identity_of_this_account(session)
                continue
            if error.body.code is not ErrorCode.RESET_REQUIRED or (is_reset and cursor is None):
                raise
            log.warning("server asks for a full re-download (%s)", error.body.message)
            _forget_staged_and_cursor(database)
            cursor, is_reset, own = None, True, []
            done, total = 0, None
            stats.reset = True


def staged_changes(database: Database) -> int:
    """Changes staged by an earlier, interrupted fetch of this pull."""
    with database.read() as session:
        count = select(func.sum(func.json_array_length(PulledPage.changes)))
        return int(session.scalar(count) or 0)


class _OrphanedError(Exception):
    """Some rows of this pull lack their parent; apply it again without them."""


def apply_staged(
    database: Database,
    server_time: str | None,
    progress: RowsProgress = lambda done, total: None,
) -> ApplyStats:
    """Apply every staged page and adopt the final cursor, all in one transaction.

    A change that cannot be applied is set aside (sync.set_aside) and the rest goes in; the
    cursor moves on either way, so one bad record never stops this laptop's sync.
    """
    skip: dict[str, SetAsideReason] = {}
    while True:
        try:
            return _apply_once(database, server_time, skip, progress)
        except _OrphanedError as orphaned:
            # Bounded: each attempt leaves out at least one more record of the pull.
            skip.update(dict.fromkeys(orphaned.args[0], SetAsideReason.MISSING_PARENT))


def _apply_once(
    database: Database,
    server_time: str | None,
    skip: dict[str, SetAsideReason],
    progress: RowsProgress,
) -> ApplyStats:
    stats = ApplyStats()
    with database.write() as session:
        pages = list(session.scalars(select(PulledPage).order_by(PulledPage.sequence)))
        if not pages:
            return stats
        touched = touched_fields(session)
        outcome = Applied()
        total, done = sum(len(page.changes) for page in pages), 0

        def chunk_done(count: int) -> None:
            nonlocal done
            done += count
            progress(done, total)

        for page in pages:
            remove_from_scope(session, page.removed_cooperative_ids, touched, stats)
            set_aside.forget_cooperatives(session, page.removed_cooperative_ids)
            outcome.add(
                apply_changes(session, page.changes, touched, stats, skip, chunk_done=chunk_done)
            )
        # Earlier set-aside changes worth another try, unless this pull brought their record
        # anew. One still waiting for its parent stays (it would only make this start over).
        retry = [
            raw
            for raw, reason in set_aside.to_retry(session)
            if set_aside.record_id_of(raw) not in outcome.last
            and (reason is not SetAsideReason.MISSING_PARENT or not parent_missing(session, raw))
        ]
        outcome.add(apply_changes(session, retry, touched, stats, skip))
        missing = orphans(session, outcome.written) - skip.keys()
        if missing:
            raise _OrphanedError(missing)
        _adopt_directory(session, pages)
        set_aside.clear(session, outcome.succeeded())
        stats.set_aside = set_aside.keep(session, outcome.problems())
        if pages[0].is_reset:
            seen = set(outcome.last)
            sweep_missing(session, seen, touched, stats)
            set_aside.forget_unseen(session, seen)
        state = outbox.sync_state(session)
        state.pull_cursor = pages[-1].cursor
        state.pulled_version = pages[-1].target_version
        if server_time:
            state.last_sync_server_time = server_time
        session.execute(delete(PulledPage))
    return stats


def _adopt_directory(session: Session, pages: list[PulledPage]) -> None:
    """The newest directory the pull brought replaces the laptop's (a pull without one left
    the directory as it was: it did not change)."""
    carried = [page.directory for page in pages if page.directory is not None]
    if carried:
        directory.replace(session, carried[-1])


def staged_pages(database: Database) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(PulledPage)) or 0
