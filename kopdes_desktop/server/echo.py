"""No echo: a pull leaves out records that hold nothing the pulling laptop does not have.

A laptop that pushed a change has the record as it sent it; pulling it back whole is most of
what a BA's sync costs on a village link. The rule is keyed on what the client actually sent and
got answers for, never on "last written by this client": the server stamps every row a push's
transaction writes with the pushing client, its own review comments and conflict records
included, and those must arrive.

- At push time (:func:`note_inexact_writes`) every record a mutation wrote is checked against the
  mutation's fields: one that does not hold exactly what was sent (the server kept another
  writer's value, filled in a field the client left out, normalised a text) is logged without a
  mutation id. Records the server makes itself (review comments, conflicts) never have one.
- At pull time (:func:`leave_out_echoes`) the client names the versions of the push answers it
  holds (``own_versions``). A live record is left out when *every* change of it since the cursor
  is logged as an exact write of this client at one of those versions. A database put back from
  a copy never names versions it did not receive, so it gets those records back.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdes_desktop.domain.merge import is_empty
from kopdes_desktop.domain.mutations import MutationOp
from kopdes_desktop.server.models import ChangeLog, RecordRow
from kopdes_desktop.server.versioning import PENDING, WriteBatch
from kopdes_desktop.sync.protocol import Mutation

_IN_CHUNK = 500  # ids per IN (...) list


def note_inexact_writes(batch: WriteBatch, applied: Iterable[Mutation]) -> None:
    """Before the batch is finished: unmark records that do not hold exactly what was sent."""
    sent: dict[str, dict[str, Any]] = {}
    created: set[str] = set()
    for mutation in applied:
        if mutation.op is MutationOp.DELETE:
            continue  # a tombstone is always sent (it carries no fields)
        sent.setdefault(mutation.record_id, {}).update(mutation.fields)
        if mutation.op is MutationOp.CREATE:
            created.add(mutation.record_id)
    for row, mutation_id in batch.written():
        if mutation_id is None or row.deleted:
            continue
        fields = sent.get(row.record_id)
        if fields is None or not _holds_exactly(row, fields, created=row.record_id in created):
            batch.not_as_sent(row.record_id)


def _holds_exactly(row: RecordRow, sent: dict[str, Any], *, created: bool) -> bool:
    data = row.data
    if any(data.get(name) != value for name, value in sent.items()):
        return False
    written_now = {name for name, meta in row.field_meta.items() if meta.get("v") == PENDING}
    unsent = written_now - sent.keys()
    if created:
        # A laptop leaves empty fields out of a create; the server stores them empty too.
        return all(is_empty(data.get(name)) for name in unsent)
    return not unsent


def leave_out_echoes(
    session: Session,
    rows: list[RecordRow],
    *,
    client_id: str,
    base: int,
    own_versions: Iterable[int],
) -> list[RecordRow]:
    """``rows`` without the records the client holds exactly as the server does."""
    own = set(own_versions)
    if base <= 0 or not own:
        return rows  # a first or full download: everything is sent
    candidates = [row.record_id for row in rows if not row.deleted and row.version in own]
    echoes = echo_ids(session, candidates, client_id=client_id, base=base, own=own)
    return [row for row in rows if row.record_id not in echoes]


def echo_ids(
    session: Session, candidates: list[str], *, client_id: str, base: int, own: set[int]
) -> set[str]:
    """Which of these live records (last written at a version in ``own``) the client holds
    exactly: every change since ``base`` is one of its exact writes at such a version."""
    echoes: dict[str, bool] = {}
    for start in range(0, len(candidates), _IN_CHUNK):
        chunk = candidates[start : start + _IN_CHUNK]
        writes = session.execute(
            select(
                ChangeLog.record_id, ChangeLog.version, ChangeLog.client_id, ChangeLog.mutation_id
            ).where(ChangeLog.record_id.in_(chunk), ChangeLog.version > base)
        )
        for record_id, version, writer, mutation_id in writes:
            exact_own = writer == client_id and mutation_id is not None and version in own
            echoes[record_id] = echoes.get(record_id, True) and exact_own
    return {record_id for record_id, echo in echoes.items() if echo}
