"""When the directory of people last changed (``server_state.directory_version``).

Kept apart from ``accounts`` and ``versioning`` so both can mark a change without importing
each other. A mark takes a version of its own (or the write's), so a pull whose cursor lies
before it carries the caller's directory anew.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from kopdes_desktop.server.models import ServerState

STATE_ROW = 1


def directory_changed(session: Session) -> int:
    """A write outside any record change (an account created or deactivated): bump the one
    version counter (holding its row lock until commit, like every write) and mark it."""
    version = session.execute(
        update(ServerState)
        .where(ServerState.id == STATE_ROW)
        .values(version=ServerState.version + 1, directory_version=ServerState.version + 1)
        .returning(ServerState.version)
    ).scalar_one()
    return int(version)


def directory_changed_at(session: Session, version: int) -> None:
    """A write that already took ``version`` (assignments changed with their scope events)."""
    session.execute(
        update(ServerState).where(ServerState.id == STATE_ROW).values(directory_version=version)
    )
