"""The server's single version counter and the stamping of everything a transaction changed.

A write transaction collects the rows it touches in a :class:`WriteBatch` and calls
:meth:`WriteBatch.finish` last: only then is the counter bumped (``UPDATE ... RETURNING``, whose
row lock is held until commit). A transaction that started earlier but commits later therefore
gets the later version, and versions become visible strictly in commit order: a pull that has
seen version V has seen every change stamped V or lower, so it can never skip one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kopdes_desktop.server.accounts import now
from kopdes_desktop.server.directory_marks import directory_changed_at
from kopdes_desktop.server.models import ChangeLog, RecordRow, ScopeEvent, ServerState

STATE_ROW = 1
# Field versions written in the current transaction carry this marker until finish().
PENDING = -1


def bump_version(session: Session) -> int:
    version = session.execute(
        update(ServerState)
        .where(ServerState.id == STATE_ROW)
        .values(version=ServerState.version + 1)
        .returning(ServerState.version)
    ).scalar_one()
    return int(version)


def current_version(session: Session) -> int:
    return int(session.execute(select(ServerState.version)).scalar_one())


def server_state(session: Session) -> ServerState:
    state = session.get(ServerState, STATE_ROW)
    assert state is not None, "server database is not migrated"
    return state


@dataclass
class WriteBatch:
    session: Session
    user_id: str | None
    client_id: str | None = None
    _rows: dict[str, RecordRow] = field(default_factory=dict)
    _mutation_of: dict[str, int | None] = field(default_factory=dict)
    _scope_events: list[tuple[str, str, bool]] = field(default_factory=list)

    def write_fields(
        self, row: RecordRow, values: dict[str, Any], mutation_id: int | None = None
    ) -> None:
        """Set field values of a row and remember who wrote them (the merge needs it)."""
        data = dict(row.data)
        meta = dict(row.field_meta)
        for name, value in values.items():
            data[name] = value
            meta[name] = {"v": PENDING, "c": self.client_id, "u": self.user_id}
        row.data = data
        row.field_meta = meta
        self.touch(row, mutation_id)

    def touch(self, row: RecordRow, mutation_id: int | None = None) -> None:
        if row.version is None:
            row.version = PENDING
        self._rows[row.record_id] = row
        self._mutation_of[row.record_id] = mutation_id
        row.updated_at = now()

    def scope_changed(self, user_id: str, cooperative_ids: Iterable[str], added: bool) -> None:
        self._scope_events.extend((user_id, coop, added) for coop in cooperative_ids)

    @property
    def touched(self) -> int:
        return len(self._rows)

    def written(self) -> list[tuple[RecordRow, int | None]]:
        """Every row this transaction touched, with the mutation that touched it last."""
        return [(row, self._mutation_of.get(record_id)) for record_id, row in self._rows.items()]

    def not_as_sent(self, record_id: str) -> None:
        """The record does not hold exactly what the client's mutation sent (the server kept
        another writer's value, or filled in a field): its change is logged without a mutation
        id, which is what makes a pull send it back to that client (server/echo.py)."""
        self._mutation_of[record_id] = None

    def finish(self) -> int:
        version = bump_version(self.session)
        at = now()
        for record_id, row in self._rows.items():
            row.version = version
            row.field_meta = {
                name: ({**meta, "v": version} if meta.get("v") == PENDING else meta)
                for name, meta in row.field_meta.items()
            }
            self.session.add(
                ChangeLog(
                    version=version,
                    record_id=record_id,
                    record_type=row.record_type,
                    cooperative_id=row.cooperative_id,
                    user_id=self.user_id,
                    client_id=self.client_id,
                    mutation_id=self._mutation_of.get(record_id),
                    deleted=row.deleted,
                    at=at,
                )
            )
        for user_id, cooperative_id, added in self._scope_events:
            self.session.add(
                ScopeEvent(
                    version=version, user_id=user_id, cooperative_id=cooperative_id, added=added
                )
            )
        if self._scope_events:
            # Who coaches or supervises which cooperative changed: the directory did too.
            directory_changed_at(self.session, version)
        self.session.flush()
        return version
