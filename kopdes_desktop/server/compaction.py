"""``kopdes-server compact``: forget history older than a horizon.

Tombstones, change-log rows, scope events and stored push answers at or below the horizon are
deleted. A consumed mutation's digest is kept (without its answer): it is what tells a laptop
database restored from an old backup, which numbers new edits from an old count, from a resend.
A client whose cursor is older than the horizon could miss a deletion, so its next pull is
answered "reset required" and it downloads everything again (keeping its unsent edits).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, func, null, select, update
from sqlalchemy.orm import Session

from kopdes_desktop.server import login_throttle
from kopdes_desktop.server.accounts import now
from kopdes_desktop.server.models import (
    AppliedMutation,
    ChangeLog,
    RecordRow,
    ScopeEvent,
)
from kopdes_desktop.server.versioning import server_state


@dataclass(frozen=True, slots=True)
class CompactionReport:
    horizon: int
    tombstones: int
    log_rows: int


def _count(result: object) -> int:
    return int(getattr(result, "rowcount", 0) or 0)


def compact(session: Session, keep_days: float) -> CompactionReport:
    cutoff = now() - timedelta(days=keep_days)
    state = server_state(session)
    candidate = session.scalar(select(func.max(ChangeLog.version)).where(ChangeLog.at <= cutoff))
    horizon = max(state.horizon, int(candidate or 0))
    tombstones = session.execute(
        delete(RecordRow).where(RecordRow.deleted.is_(True), RecordRow.version <= horizon)
    )
    log_rows = session.execute(delete(ChangeLog).where(ChangeLog.version <= horizon))
    session.execute(delete(ScopeEvent).where(ScopeEvent.version <= horizon))
    old_answers = AppliedMutation.version <= horizon
    session.execute(delete(AppliedMutation).where(old_answers, AppliedMutation.digest.is_(None)))
    session.execute(
        update(AppliedMutation)
        .where(old_answers, AppliedMutation.result.is_not(None))
        .values(result=null())  # SQL NULL, not JSON "null"
    )
    # Sign-in counters: long past any window (windows are minutes; a day leaves a margin).
    login_throttle.purge(session, time.time() - max(keep_days, 1.0) * 86_400)
    state.horizon = horizon
    return CompactionReport(horizon, _count(tombstones), _count(log_rows))
