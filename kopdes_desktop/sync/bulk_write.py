"""Writing pulled changes many at a time: what apply decides, without an ORM object per row.

A busy PMO's first download brings ~90,000 records. Loading each one through the ORM (a
``session.get`` that flushes the previous record first) made applying them take longer than
downloading them. Here a chunk of changes costs one query per record type for the rows already
on the laptop and one ``executemany`` per kind of statement; the rules are the same as ever:

- a record with unsent local edits is *rebased*: the server's values land in every field the
  user did not touch, the user's values stay in the fields they did; one the user deleted here
  keeps its values (the delete is on its way) and only learns the server's versions;
- a tombstone marks a row the laptop holds as deleted;
- profile records (cooperatives, officers, business units) leave a change-history row naming
  the fields that really changed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from kopdes_desktop.domain import codec
from kopdes_desktop.domain.records import RECORD_CLASSES, RecordType
from kopdes_desktop.storage import history, record_store
from kopdes_desktop.storage.models import SYNCED_MODELS, HistoryEntry, SyncedRow, model_for
from kopdes_desktop.sync.protocol import Change

ALL_FIELDS = "*"  # in ``touched``: the record has an unsent delete
RowKey = tuple[RecordType, str]


@dataclass
class ApplyStats:
    applied: int = 0
    rebased: int = 0
    deleted: int = 0
    removed_from_scope: int = 0
    swept: int = 0
    set_aside: int = 0  # changes that could not be applied here (sync.set_aside)
    photo_hashes: set[str] = field(default_factory=set)

    def add(self, other: ApplyStats) -> None:
        for name in ("applied", "rebased", "deleted", "removed_from_scope", "swept", "set_aside"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.photo_hashes |= other.photo_hashes


@dataclass(frozen=True, slots=True)
class Prepared:
    """A pulled change read and checked, ready to write: ``values`` are the fields this app
    knows, stored as a local save would store them (None for a tombstone)."""

    change: Change
    values: dict[str, Any] | None

    @property
    def key(self) -> RowKey:
        return (self.change.record_type, self.change.record_id)


def known_values(record_type: RecordType, fields: Mapping[str, Any]) -> dict[str, Any]:
    """The fields this app knows, checked. A newer server may send fields this version does not
    have (left out); a value this version cannot read raises, and the change is set aside."""
    names = _field_names(record_type)
    known = {name: value for name, value in fields.items() if name in names}
    # Stored as the laptop would write them (text normalised: LF, NFC).
    return codec.stored_fields(RECORD_CLASSES[record_type], known)


_FIELD_NAMES: dict[RecordType, frozenset[str]] = {}


def _field_names(record_type: RecordType) -> frozenset[str]:
    names = _FIELD_NAMES.get(record_type)
    if names is None:
        names = frozenset(codec.field_names(RECORD_CLASSES[record_type])) - {"id"}
        _FIELD_NAMES[record_type] = names
    return names


def prepare(raw: Mapping[str, Any]) -> Prepared:
    """Read one change as it came over the wire; raises when this app cannot read it."""
    change = Change.model_validate(raw)
    if change.deleted or change.fields is None:
        return Prepared(change, None)
    return Prepared(change, known_values(change.record_type, change.fields))


@dataclass(frozen=True)
class _NewRow:
    """A new row's columns before the change's values: plain defaults copied at once, and the
    columns whose default is made fresh for every row (``default=dict``)."""

    plain: dict[str, Any]
    made: tuple[tuple[str, Callable[[Any], Any]], ...]


def _new_row_shape(table: Table) -> _NewRow:
    plain: dict[str, Any] = {}
    made: list[tuple[str, Callable[[Any], Any]]] = []
    for column in table.columns:
        default: Any = column.default
        if default is None:
            plain[column.name] = None
        elif default.is_callable:
            # SQLAlchemy wraps the factory to take an execution context.
            made.append((column.name, default.arg))
        else:
            plain[column.name] = default.arg
    return _NewRow(plain, tuple(made))


_NEW_ROWS: dict[RecordType, _NewRow] = {}


def _new_row(record_type: RecordType, given: Mapping[str, Any]) -> dict[str, Any]:
    """A new row: the change's columns over the defaults of the others."""
    shape = _NEW_ROWS.get(record_type)
    if shape is None:
        shape = _NEW_ROWS[record_type] = _new_row_shape(_table(record_type))
    row = dict(shape.plain)
    for name, make in shape.made:
        if name not in given:
            row[name] = make(None)
    row.update(given)
    return row


def _table(record_type: RecordType) -> Table:
    table = model_for(record_type).__table__
    assert isinstance(table, Table)
    return table


@dataclass
class _Plan:
    """What one row becomes: a new row (all columns) or the columns an update sets."""

    insert: bool
    columns: dict[str, Any]


_TYPE_OF = {model: record_type for record_type, model in SYNCED_MODELS.items()}
_HISTORY: Table = HistoryEntry.__table__  # type: ignore[assignment]


class ChunkWriter:
    """Writes a chunk of prepared changes in order; a failure raises out of :meth:`write`
    (the caller's savepoint rolls it back)."""

    def __init__(
        self, session: Session, touched: Mapping[str, set[str]], stats: ApplyStats
    ) -> None:
        self.session = session
        self.touched = touched
        self.stats = stats

    def write(self, prepared: Sequence[Prepared]) -> None:
        self.session.flush()  # what the session holds as objects goes first, as autoflush would
        current = self._existing(prepared)
        plans: dict[RowKey, _Plan] = {}
        history_rows: list[dict[str, Any]] = []
        for item in prepared:
            self._plan(item, current, plans, history_rows)
        self._execute(plans, history_rows)

    def _existing(self, prepared: Sequence[Prepared]) -> dict[RowKey, dict[str, Any] | None]:
        """The laptop's rows of these records, one query per record type: every column of a
        profile record (its history compares before and after), the id of the others."""
        found: dict[RowKey, dict[str, Any] | None] = {}
        by_type: dict[RecordType, list[str]] = {}
        for item in prepared:
            by_type.setdefault(item.change.record_type, []).append(item.change.record_id)
            found.setdefault(item.key, None)
        for record_type, ids in by_type.items():
            table = _table(record_type)
            full = record_type in history.PROFILE_TYPES
            query = select(*table.columns) if full else select(table.c.id)
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                for row in self.session.execute(query.where(table.c.id.in_(chunk))):
                    found[(record_type, row.id)] = dict(row._mapping) if full else {}
        return found

    def _plan(
        self,
        item: Prepared,
        current: dict[RowKey, dict[str, Any] | None],
        plans: dict[RowKey, _Plan],
        history_rows: list[dict[str, Any]],
    ) -> None:
        change, key = item.change, item.key
        before = current[key]
        plan = plans.get(key)
        if item.values is None:  # a tombstone
            if before is not None:
                self._set(plans, key, {"deleted": True, "server_version": change.version})
                self.stats.deleted += 1
            return
        mine = self.touched.get(change.record_id, set())
        model = model_for(change.record_type)
        values = item.values
        bookkeeping = {
            "server_version": change.version,
            "field_versions": dict(change.field_versions),
        }
        if before is None:
            given = {
                **values,
                **record_store.derived_columns(model, values),
                **bookkeeping,
                "id": change.record_id,
                "deleted": False,
                "local_changed_at": None,
            }
            row = _new_row(change.record_type, given)
            plans[key] = _Plan(insert=True, columns=row)
            current[key] = dict(row)
            news: Mapping[str, Any] = values
            op = history.CREATE if _written_at_once(change.field_versions) else history.RECEIVE
        else:
            if ALL_FIELDS in mine:
                # The user deleted it here; the delete is on its way and wins or is refused there.
                values = {}
            elif mine:
                self.stats.rebased += 1
                values = {name: value for name, value in values.items() if name not in mine}
            news = {name: value for name, value in values.items() if before.get(name) != value}
            columns = {**values, **record_store.derived_columns(model, values), **bookkeeping}
            if ALL_FIELDS not in mine:
                columns["deleted"] = False
            if plan is None:
                plans[key] = _Plan(insert=False, columns=columns)
            else:
                plan.columns.update(columns)
            before.update(columns)
            op = "patch"
        entry = history.entry_values(
            change.record_type,
            change.record_id,
            str(current[key].get("cooperative_id", "")),  # type: ignore[union-attr]
            op,
            news,
            source=history.SERVER,
            # Who made it and when, as the server says (the directory names them).
            author_id=change.changed_by,
            changed_at=change.changed_at,
        )
        if entry is not None:
            history_rows.append(entry)
        self.stats.applied += 1
        sha = values.get("sha256")
        if change.record_type is RecordType.PHOTO and isinstance(sha, str):
            self.stats.photo_hashes.add(sha)

    @staticmethod
    def _set(plans: dict[RowKey, _Plan], key: RowKey, columns: dict[str, Any]) -> None:
        plan = plans.get(key)
        if plan is None:
            plans[key] = _Plan(insert=False, columns=columns)
        else:
            plan.columns.update(columns)

    def _execute(self, plans: dict[RowKey, _Plan], history_rows: list[dict[str, Any]]) -> None:
        inserts: dict[RecordType, list[dict[str, Any]]] = {}
        updates: dict[tuple[RecordType, frozenset[str]], list[dict[str, Any]]] = {}
        for (record_type, record_id), plan in plans.items():
            if plan.insert:
                inserts.setdefault(record_type, []).append(plan.columns)
            else:
                group = (record_type, frozenset(plan.columns))
                updates.setdefault(group, []).append({**plan.columns, "row_id": record_id})
        for record_type, rows in inserts.items():
            self.session.execute(insert(_table(record_type)), rows)
        for (record_type, _names), rows in updates.items():
            table = _table(record_type)
            self.session.execute(update(table).where(table.c.id == bindparam("row_id")), rows)
        if history_rows:
            self.session.execute(insert(_HISTORY), history_rows)
        self._forget_loaded(plans)

    def _forget_loaded(self, plans: Mapping[RowKey, _Plan]) -> None:
        """Rows this session had loaded as objects are stale now: reload them when next read."""
        for loaded in list(self.session.identity_map.values()):
            if isinstance(loaded, SyncedRow) and (_TYPE_OF[type(loaded)], loaded.id) in plans:
                self.session.expire(loaded)


def _written_at_once(field_versions: Mapping[str, int]) -> bool:
    """Whether a record the laptop first sees is still as one write made it: then that write's
    author added it. Otherwise later edits came on top and its last writer did not add it (a BA
    who edited a cooperative the office set up must not read as the one who added it)."""
    return len(set(field_versions.values())) <= 1
