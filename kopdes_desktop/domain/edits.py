"""A form's own changes, found by a three-way comparison, and the clashes they meet.

A form that was open while a sync brought other people's work must save only what its user
changed. So each row is seen three times: ``base`` (what the form started from), ``edited``
(what the form holds now) and ``current`` (what is stored now). The user's changes are the
differences base → edited; they are applied onto current, and everything else in current stays.
The rules, one row at a time (docs/editing.md):

- a field the user changed, whose stored value is still the base value: patched;
- a field the user changed, that was meanwhile changed elsewhere to another value: a clash;
- a row the user added: inserted; a row the user removed: deleted; rows others added survive;
- a row the user changed that was removed elsewhere, or removed that was changed elsewhere: a
  clash of the whole row, never silently brought back or dropped;
- when the base of a row is unknown (a form autosaved by an older version), every difference
  from the stored row is a clash the user confirms.

A clash is settled by the user choosing, per clash, their value or the other one;
:func:`settle` turns the choices into a new base and edited pair that saves cleanly.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeVar, cast

from kopdes_desktop.domain import codec, position
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.records import Record, RecordType, record_type_of


class ClashKind(StrEnum):
    FIELD = "field"  # the user and someone else changed one field to different values
    ROW_DELETED = "row_deleted"  # the user changed a row that was removed elsewhere
    ROW_CHANGED = "row_changed"  # the user removed a row that was changed elsewhere


class Choice(StrEnum):
    MINE = "mine"
    THEIRS = "theirs"


@dataclass(frozen=True, slots=True)
class Clash:
    kind: ClashKind
    record_type: RecordType
    record_id: str
    field: str = ""  # FIELD clashes only
    base: object = None  # the value the form started from
    theirs: object = None  # the value stored now
    mine: object = None  # the value in the form
    base_known: bool = True  # False: the form did not record where it started
    their_row: Record | None = None  # the stored row (None once removed)
    my_row: Record | None = None  # the form's row (None if the user removed it)
    changed_at: str = ""  # when the other change reached this laptop (device time), if known
    changed_by: str = ""  # who made the other change (their name), if the laptop knows

    @property
    def key(self) -> tuple[str, str]:
        return (self.record_id, self.field)


@dataclass(slots=True)
class Plan:
    """What saving must write: only the user's own changes, or nothing if it met clashes."""

    inserts: list[Record] = field(default_factory=list)
    # (the stored row, the fields to set on it)
    patches: list[tuple[Record, dict[str, object]]] = field(default_factory=list)
    deletes: list[Record] = field(default_factory=list)
    clashes: list[Clash] = field(default_factory=list)

    @property
    def writes_nothing(self) -> bool:
        return not (self.inserts or self.patches or self.deletes)


def _differing(a: Record, b: Record, ignored: Collection[str]) -> list[str]:
    return [
        name
        for name in codec.field_names(type(a))
        if name not in ignored and getattr(a, name) != getattr(b, name)
    ]


def plan_row(  # noqa: PLR0911 - one return per case of the table in docs/editing.md
    plan: Plan,
    base: Record | None,
    edited: Record | None,
    current: Record | None,
    *,
    base_known: bool,
    deleted_meanwhile: bool,
    fixed: Collection[str] = (),
) -> None:
    """Add to ``plan`` what one row needs. ``base`` None with ``base_known``: the row is new in
    the form. ``deleted_meanwhile``: the store holds a tombstone of this id. ``fixed`` fields are
    never taken from the form (a visit's status moves by intents only)."""
    ignored = {"id", *fixed}
    if edited is None:
        if current is None or (base is None and base_known):
            return  # gone on both sides, or a row others added: it stays
        if base is not None and not _differing(base, current, ignored):
            plan.deletes.append(current)
            return
        plan.clashes.append(_row_clash(ClashKind.ROW_CHANGED, current, None, base, base_known))
        return
    if current is None:
        if base is not None and not _differing(base, edited, ignored):
            return  # removed elsewhere, untouched here: the removal stands
        if deleted_meanwhile or base is not None:
            plan.clashes.append(_row_clash(ClashKind.ROW_DELETED, None, edited, base, base_known))
            return
        plan.inserts.append(edited)
        return
    if base is None:
        # The form does not know this row's starting point: every difference is a question.
        plan.clashes.extend(
            _field_clash(name, None, current, edited, base_known=False)
            for name in _differing(edited, current, ignored)
        )
        return
    changes: dict[str, object] = {}
    for name in _differing(base, edited, ignored):
        mine, theirs = getattr(edited, name), getattr(current, name)
        if theirs == getattr(base, name):
            changes[name] = mine
        elif theirs != mine:
            plan.clashes.append(_field_clash(name, base, current, edited, base_known=True))
    if changes and position.has_source(type(edited)):
        # A moved position says where it came from, even if the form's source did not change.
        changes = position.stated_with_position(changes, getattr(edited, position.SOURCE_FIELD))
    if changes:
        plan.patches.append((current, changes))


def _field_clash(
    name: str, base: Record | None, current: Record, edited: Record, *, base_known: bool
) -> Clash:
    return Clash(
        kind=ClashKind.FIELD,
        record_type=record_type_of(current),
        record_id=current.id,
        field=name,
        base=getattr(base, name) if base is not None else None,
        theirs=getattr(current, name),
        mine=getattr(edited, name),
        base_known=base_known,
        their_row=current,
        my_row=edited,
    )


def _row_clash(
    kind: ClashKind,
    current: Record | None,
    edited: Record | None,
    base: Record | None,
    base_known: bool,
) -> Clash:
    row = current or edited or base
    assert row is not None
    return Clash(
        kind=kind,
        record_type=record_type_of(row),
        record_id=row.id,
        base_known=base_known and base is not None,
        their_row=current,
        my_row=edited,
    )


R = TypeVar("R", bound=Record)


def plan_rows(
    plan: Plan,
    base: Sequence[R] | None,
    edited: Sequence[R],
    current: Sequence[R],
    *,
    tombstones: Callable[[Collection[str]], Collection[str]],
    fixed: Collection[str] = (),
) -> None:
    """Plan one list of rows (officers, photos…) matched by id; ``base`` None = unknown.

    ``tombstones(ids)`` answers which of the ids the store holds as deleted rows.
    """
    base_by_id = {row.id: row for row in base or ()}
    edited_by_id = {row.id: row for row in edited}
    current_by_id = {row.id: row for row in current}
    ids = list(dict.fromkeys([*base_by_id, *edited_by_id, *current_by_id]))
    missing = [i for i in ids if i not in current_by_id]
    deleted = set(tombstones(missing)) if missing else set()
    for row_id in ids:
        plan_row(
            plan,
            base_by_id.get(row_id),
            edited_by_id.get(row_id),
            current_by_id.get(row_id),
            base_known=base is not None,
            deleted_meanwhile=row_id in deleted,
            fixed=fixed,
        )


# --- settling clashes -------------------------------------------------------------------------

D = TypeVar("D")


class _Parts:
    """A detail (a record with its child lists) taken apart, to replace rows in it by id."""

    def __init__(self, detail: Any) -> None:
        self.detail_class = type(detail)
        self.values = {f.name: getattr(detail, f.name) for f in dataclasses.fields(detail)}
        hints = typing.get_type_hints(self.detail_class)
        self.list_class = {
            name: typing.get_args(hints[name])[0]
            for name, value in self.values.items()
            if isinstance(value, tuple)
        }

    def replace(self, row_id: str, make: Callable[[Record], Record | None]) -> bool:
        """Replace (with None: remove) the row with this id; False if there is none."""
        for name, value in self.values.items():
            if isinstance(value, tuple):
                if any(row.id == row_id for row in value):
                    rows = (make(row) if row.id == row_id else row for row in value)
                    self.values[name] = tuple(row for row in rows if row is not None)
                    return True
            elif value.id == row_id:
                replaced = make(value)
                assert replaced is not None, "the main record of a form is never removed"
                self.values[name] = replaced
                return True
        return False

    def put(self, row: Record) -> None:
        """Add ``row`` to the list of its class, or replace the row with its id there."""
        if self.replace(row.id, lambda _old: row):
            return
        for name, cls in self.list_class.items():
            if cls is type(row):
                self.values[name] = (*self.values[name], row)
                return
        raise TypeError(f"{self.detail_class.__name__} holds no {type(row).__name__}")

    def build(self) -> Any:
        return self.detail_class(**self.values)


def _setting(name: str, value: object) -> Callable[[Record], Record]:
    return _setting_all({name: value})


def _setting_all(values: Mapping[str, object]) -> Callable[[Record], Record]:
    changes: dict[str, Any] = dict(values)
    return lambda row: dataclasses.replace(row, **changes)


def settle(
    base: D | None,
    edited: D,
    current: D,
    clashes: Sequence[Clash],
    choices: Mapping[tuple[str, str], Choice],
) -> tuple[D, D]:
    """The new (base, edited) pair after the user chose, per clash, their value or the other.

    The new base says "the user has seen the other value": a field kept as the user's is then an
    ordinary change of the user's, a field given the other value is no change at all. If yet
    another change arrives before the save, the save meets it as a new clash. With no base at all
    (an old autosaved form) the stored detail becomes the base: every difference was a clash.
    """
    new_base = _Parts(base if base is not None else current)
    new_edited = _Parts(edited)
    for clash in clashes:
        choice = choices[clash.key]
        their_row = clash.their_row
        if clash.kind is ClashKind.FIELD:
            assert their_row is not None
            take_theirs = _setting(clash.field, clash.theirs)
            if not new_base.replace(clash.record_id, take_theirs):
                new_base.put(their_row)  # the form had no base for this row
            if choice is Choice.THEIRS:
                new_edited.replace(clash.record_id, take_theirs)
        elif clash.kind is ClashKind.ROW_DELETED:
            new_base.replace(clash.record_id, lambda _row: None)
            if choice is Choice.MINE:
                # The old id is a tombstone everywhere; the user's row comes back as a new one.
                new_edited.replace(clash.record_id, _setting("id", new_id()))
            else:
                new_edited.replace(clash.record_id, lambda _row: None)
        else:  # ROW_CHANGED: the user removed a row that was changed elsewhere
            assert their_row is not None
            new_base.put(their_row)
            if choice is Choice.THEIRS:
                new_edited.put(their_row)
    return cast(D, new_base.build()), cast(D, new_edited.build())


def outcome(plan: Plan, current: D | None, edited: D) -> D:
    """The detail as it will be stored once ``plan`` is written: what validation must judge."""
    if current is None:
        parts = _Parts(edited)
        for name in parts.list_class:
            parts.values[name] = ()
    else:
        parts = _Parts(current)
    for row in plan.inserts:
        parts.put(row)
    for stored, changes in plan.patches:
        parts.replace(stored.id, _setting_all(changes))
    for row in plan.deletes:
        parts.replace(row.id, lambda _row: None)
    return cast(D, parts.build())
