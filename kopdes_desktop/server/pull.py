"""``POST /sync/v1/pull``: the caller's scoped changes since their cursor, in pages.

The first page fixes a target version; every page of that pull stops there, so the pages add up
to one consistent state (changes after the target wait for the next pull). A pull has up to two
phases: *backfill* sends every live record of cooperatives that entered the caller's scope since
the cursor, *changes* sends records whose version lies between cursor and target. Cooperatives
that left the scope are listed on the first page.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from kopdes_desktop.server.accounts import Caller, now
from kopdes_desktop.server.cursor import Cursor, InvalidCursorError
from kopdes_desktop.server.db import Database
from kopdes_desktop.server.directory import changed_since, directory_for
from kopdes_desktop.server.echo import echo_ids, leave_out_echoes
from kopdes_desktop.server.errors import ApiError, reset_required
from kopdes_desktop.server.models import RecordRow, ScopeEvent, SyncClient
from kopdes_desktop.server.records_io import to_change
from kopdes_desktop.server.scope import can_see_cooperative, scope_condition
from kopdes_desktop.server.versioning import server_state
from kopdes_desktop.sync.protocol import Change, Directory, ErrorCode, PullRequest, PullResponse


def register_client(db: Database, caller: Caller, client_id: str) -> None:
    """Make sure the client exists (a PMO may pull long before pushing anything)."""
    with db.read() as session:
        client = session.get(SyncClient, client_id)
        if client is not None:
            _check_owner(client, caller)
            return

    def work(session: Session) -> None:
        client = session.get(SyncClient, client_id)
        if client is None:
            session.add(
                SyncClient(
                    client_id=client_id,
                    user_id=caller.user_id,
                    last_mutation_id=0,
                    created_at=now(),
                    last_seen_at=now(),
                )
            )
        else:
            _check_owner(client, caller)

    db.write_with_retry(work)


def _check_owner(client: SyncClient, caller: Caller) -> None:
    if client.user_id != caller.user_id:
        raise ApiError(
            403, ErrorCode.CLIENT_OF_OTHER_USER, "this client id belongs to another account"
        )


def _scope_delta(
    session: Session, caller: Caller, base: int, target: int
) -> tuple[list[str], list[str]]:
    """Cooperatives (added, removed) in the caller's scope between the two versions."""
    events = session.execute(
        select(ScopeEvent.cooperative_id, ScopeEvent.added)
        .where(
            ScopeEvent.user_id == caller.user_id,
            ScopeEvent.version > base,
            ScopeEvent.version <= target,
        )
        .order_by(ScopeEvent.version, ScopeEvent.id)
    ).all()
    last: dict[str, bool] = {}
    for cooperative_id, added in events:
        last[cooperative_id] = added
    added_ids, removed_ids = [], []
    for cooperative_id, was_added in sorted(last.items()):
        visible = can_see_cooperative(session, caller, cooperative_id)
        if was_added and visible:
            added_ids.append(cooperative_id)
        elif not was_added and not visible:
            removed_ids.append(cooperative_id)
    return added_ids, removed_ids


def _backfill_where(added: list[str], target: int) -> list[ColumnElement[bool]]:
    """Rows of cooperatives that came into the scope, as of the pull's target."""
    return [
        RecordRow.cooperative_id.in_(added),
        RecordRow.version <= target,
        RecordRow.deleted.is_(False),
    ]


def _changes_where(
    caller: Caller, base: int, target: int, exclude: list[str]
) -> list[ColumnElement[bool]]:
    """Rows changed in the caller's scope between the cursor's base and the target."""
    where = [RecordRow.version > base, RecordRow.version <= target, scope_condition(caller)]
    if base == 0:
        where.append(RecordRow.deleted.is_(False))  # nothing to delete on a fresh install
    if exclude:
        where.append(RecordRow.cooperative_id.not_in(exclude))
    return where


def _backfill_page(
    session: Session, added: list[str], target: int, after_id: str, limit: int
) -> list[RecordRow]:
    return list(
        session.scalars(
            select(RecordRow)
            .where(*_backfill_where(added, target), RecordRow.record_id > after_id)
            .order_by(RecordRow.record_id)
            .limit(limit)
        )
    )


def _changes_page(
    session: Session, caller: Caller, cursor: Cursor, *, target: int, exclude: list[str], limit: int
) -> list[RecordRow]:
    query = select(RecordRow).where(
        *_changes_where(caller, cursor.base, target, exclude),
        or_(
            RecordRow.version > cursor.after_version,
            and_(RecordRow.version == cursor.after_version, RecordRow.record_id > cursor.after_id),
        ),
    )
    return list(
        session.scalars(query.order_by(RecordRow.version, RecordRow.record_id).limit(limit))
    )


def _pull_size(
    session: Session,
    caller: Caller,
    base: int,
    target: int,
    added: list[str],
    *,
    request: PullRequest,
) -> int:
    """How many changes a whole pull brings: its first page says so, for the client's
    progress. Counted only when the pull takes more than one page, without the records it
    leaves out as the client's own (no echo)."""
    count = 0
    if added:
        where = _backfill_where(added, target)
        count += session.scalar(select(func.count()).select_from(RecordRow).where(*where)) or 0
    where = _changes_where(caller, base, target, added)
    count += session.scalar(select(func.count()).select_from(RecordRow).where(*where)) or 0
    own = set(request.own_versions)
    if base <= 0 or not own:
        return count
    candidates = list(
        session.scalars(
            select(RecordRow.record_id).where(
                *where, RecordRow.version.in_(own), RecordRow.deleted.is_(False)
            )
        )
    )
    echoes = echo_ids(session, candidates, client_id=request.client_id, base=base, own=own)
    return count - len(echoes)


def _start(session: Session, caller: Caller, request: PullRequest) -> Cursor:
    state = server_state(session)
    if request.cursor is None:
        return Cursor(epoch=state.epoch, user_id=caller.user_id, base=0)
    try:
        cursor = Cursor.decode(request.cursor)
    except InvalidCursorError as error:
        raise ApiError(400, ErrorCode.INVALID_REQUEST, str(error)) from error
    if cursor.epoch != state.epoch:
        raise reset_required("the server database was replaced; download everything again")
    if cursor.user_id != caller.user_id:
        raise reset_required("the cursor belongs to another account")
    if 0 < cursor.base < state.horizon:
        raise reset_required("the cursor is older than the server keeps history")
    if (cursor.target or cursor.base) > state.version:
        raise reset_required("the cursor is ahead of the server (restored from a backup?)")
    client = session.get(SyncClient, request.client_id)
    if client is None:
        raise reset_required("the server does not know this client")
    _check_owner(client, caller)
    return cursor


def pull(db: Database, caller: Caller, request: PullRequest) -> PullResponse:
    if request.cursor is None:
        register_client(db, caller, request.client_id)
    limit = request.limit
    with db.read() as session:
        cursor = _start(session, caller, request)
        first_page = cursor.target is None
        target = cursor.target if cursor.target is not None else server_state(session).version
        added: list[str] = []
        removed: list[str] = []
        if cursor.base > 0:
            added, removed = _scope_delta(session, caller, cursor.base, target)
        position = Cursor(cursor.epoch, cursor.user_id, cursor.base, target)
        directory = _directory(session, caller, cursor.base) if first_page else None
        rows: list[RecordRow] = []
        if (first_page and added) or (not first_page and cursor.phase == "backfill"):
            after_id = "" if first_page else cursor.after_id
            rows = _backfill_page(session, added, target, after_id, limit + 1)
            if len(rows) > limit:
                rows = rows[:limit]
                position = Cursor(
                    cursor.epoch, cursor.user_id, cursor.base, target, "backfill", 0,
                    rows[-1].record_id,
                )  # fmt: skip
                size = _pull_size(session, caller, cursor.base, target, added, request=request)
                return _answer(
                    rows, removed if first_page else [], position, True, target,
                    directory=directory, total=size if first_page else None,
                )  # fmt: skip
        elif not first_page:
            position = cursor
        room = limit - len(rows)
        more = _changes_page(
            session, caller, position, target=target, exclude=added, limit=room + 1
        )
        has_more = len(more) > room
        more = more[:room]
        if has_more:
            if more:
                position = Cursor(
                    cursor.epoch, cursor.user_id, cursor.base, target, "changes",
                    more[-1].version, more[-1].record_id,
                )  # fmt: skip
        else:
            position = Cursor(cursor.epoch, cursor.user_id, base=target)
        rows += leave_out_echoes(
            session,
            more,
            client_id=request.client_id,
            base=cursor.base,
            own_versions=request.own_versions,
        )
        total = None
        if first_page:
            total = (
                _pull_size(session, caller, cursor.base, target, added, request=request)
                if has_more
                else len(rows)
            )
        return _answer(
            rows, removed if first_page else [], position, has_more, target,
            directory=directory, total=total,
        )  # fmt: skip


def _directory(session: Session, caller: Caller, base: int) -> Directory | None:
    if not changed_since(server_state(session).directory_version, base):
        return None
    return directory_for(session, caller)


def _answer(
    rows: list[RecordRow],
    removed: list[str],
    position: Cursor,
    has_more: bool,
    target: int,
    *,
    directory: Directory | None,
    total: int | None = None,
) -> PullResponse:
    changes: list[Change] = [to_change(row) for row in rows]
    return PullResponse(
        changes=changes,
        removed_cooperative_ids=removed,
        cursor=position.encode(),
        has_more=has_more,
        target_version=target,
        directory=directory,
        total_changes=total,
    )
