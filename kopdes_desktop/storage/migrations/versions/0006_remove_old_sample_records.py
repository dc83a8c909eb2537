"""Sample records older versions wrote into the real database are removed, never sent.

Sample data now has a database of its own. "Muat data contoh" used to create its cooperatives,
officers, units, visits, actions and notes as real records with outbox entries: a BA who then
signed in got every one refused, a PMO pushed them to the server. Here each cooperative that
``domain.legacy_sample`` recognises and that no server ever accepted (``server_version = 0``) is
removed with everything under it, their waiting outbox entries, refusals and history; the
remaining outbox entries are numbered on without a gap. Sample cooperatives a server accepted
are left alone (the server still has them: an admin removes them there with
``kopdes-server remove-sample-data`` and the removal syncs back); the log says how many.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from kopdes_desktop.domain.legacy_sample import (
    SAMPLE_KABUPATEN,
    CooperativeShape,
    Officer,
    looks_like_old_sample,
)

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

log = logging.getLogger("kopdes_desktop.storage.migrate")


def _rows(sql: str, **params: object) -> Sequence[Sequence[Any]]:
    return [tuple(row) for row in op.get_bind().execute(sa.text(sql), params)]


def _in(column: str, ids: Iterable[str]) -> tuple[str, dict[str, str]]:
    """``column IN (:p0, :p1, ...)`` with its parameters (SQLite has no array binding)."""
    params = {f"p{index}": value for index, value in enumerate(ids)}
    if not params:
        return "0", {}
    return f"{column} IN ({', '.join(':' + name for name in params)})", params


def _ids(sql: str, column: str, ids: Iterable[str]) -> list[str]:
    condition, params = _in(column, ids)
    return [str(row[0]) for row in _rows(sql.replace("{in}", condition), **params)]


def _shape(cooperative_id: str, kabupaten: str, village_name: str) -> CooperativeShape:
    officers = [
        Officer(str(body), str(role or ""), str(name))
        for body, role, name in _rows(
            "SELECT body, role, name FROM officer WHERE cooperative_id = :id AND deleted = 0",
            id=cooperative_id,
        )
    ]
    actions = [
        (str(description), str(owner))
        for description, owner in _rows(
            "SELECT a.description, a.owner FROM agreed_action a JOIN visit v ON v.id = a.visit_id"
            " WHERE v.cooperative_id = :id AND a.deleted = 0",
            id=cooperative_id,
        )
    ]
    notes = [
        (str(title), str(unit))
        for title, unit in _rows(
            "SELECT title, volume_unit FROM opportunity WHERE cooperative_id = :id AND deleted = 0",
            id=cooperative_id,
        )
    ]
    return CooperativeShape(kabupaten, village_name, officers, actions, notes)


def _subtree(cooperative_ids: list[str]) -> list[str]:
    """Every record under these cooperatives, the cooperatives included."""
    direct = [
        _ids(f"SELECT id FROM {table} WHERE {{in}}", "cooperative_id", cooperative_ids)
        for table in ("officer", "business_unit", "visit", "opportunity")
    ]
    visits, notes = direct[2], direct[3]
    under_visits = [
        _ids(f"SELECT id FROM {table} WHERE {{in}}", "visit_id", visits)
        for table in ("agreed_action", "review_comment")
    ]
    photos = _ids("SELECT id FROM photo WHERE {in}", "parent_id", visits + notes)
    records = cooperative_ids + [i for ids in direct + under_visits for i in ids] + photos
    conflicts = _ids("SELECT id FROM conflict WHERE {in}", "record_id", records)
    return records + conflicts


def _delete(record_ids: list[str], cooperative_ids: list[str]) -> None:
    bind = op.get_bind()
    leaves_first = (
        ("conflict", "id"),
        ("photo", "id"),
        ("review_comment", "id"),
        ("agreed_action", "id"),
        ("visit", "id"),
        ("opportunity", "id"),
        ("officer", "id"),
        ("business_unit", "id"),
        ("cooperative", "id"),
        ("outbox", "record_id"),
        ("rejected_change", "record_id"),
        ("change_history", "record_id"),
    )
    for start in range(0, len(record_ids), 400):
        chunk = record_ids[start : start + 400]
        for table, column in leaves_first:
            condition, params = _in(column, chunk)
            bind.execute(sa.text(f"DELETE FROM {table} WHERE {condition}"), params)
    condition, params = _in("cooperative_id", cooperative_ids)
    bind.execute(sa.text(f"DELETE FROM change_history WHERE {condition}"), params)


def _renumber_outbox() -> None:
    """The entries left go out after the last acknowledged one, without a gap (the server
    refuses a batch with holes in it)."""
    bind = op.get_bind()
    state = bind.execute(sa.text("SELECT last_acked_mutation_id FROM sync_state WHERE id = 1"))
    row = state.first()
    if row is None:
        return
    last_acked = int(row[0] or 0)
    pending = [int(r[0]) for r in _rows("SELECT mutation_id FROM outbox ORDER BY mutation_id")]
    for new, old in enumerate(pending, start=last_acked + 1):
        if new != old:  # ascending and only ever downwards: never onto an id still in use
            bind.execute(
                sa.text("UPDATE outbox SET mutation_id = :new WHERE mutation_id = :old"),
                {"new": new, "old": old},
            )
    bind.execute(
        sa.text("UPDATE sync_state SET last_mutation_id = :last WHERE id = 1"),
        {"last": last_acked + len(pending)},
    )


def upgrade() -> None:
    candidates = _rows(
        "SELECT c.id, c.server_version, r.name FROM cooperative c"
        " LEFT JOIN region r ON r.code = c.village_code"
        " WHERE c.deleted = 0 AND c.kabupaten_code = :kabupaten",
        kabupaten=SAMPLE_KABUPATEN,
    )
    never_sent: list[str] = []
    on_a_server = 0
    for cooperative_id, server_version, village_name in candidates:
        shape = _shape(str(cooperative_id), SAMPLE_KABUPATEN, str(village_name or ""))
        if not looks_like_old_sample(shape):
            continue
        if int(server_version or 0) == 0:
            never_sent.append(str(cooperative_id))
        else:
            on_a_server += 1
    if never_sent:
        records = _subtree(never_sent)
        waiting = len(_ids("SELECT mutation_id FROM outbox WHERE {in}", "record_id", records))
        _delete(records, never_sent)
        _renumber_outbox()
        log.warning(
            "removed sample data an older version had put among the real data: %d cooperatives"
            " (%d records in all) and %d unsent changes of them; none had reached a server",
            len(never_sent),
            len(records),
            waiting,
        )
    if on_a_server:
        log.warning(
            "%d cooperatives look like old sample data but a server accepted them; they are kept"
            " here until an admin removes them on the server (kopdes-server remove-sample-data)",
            on_a_server,
        )


def downgrade() -> None:
    """Removed sample records are not brought back."""
