"""A visit's position and where it came from travel together.

Coordinates are only as good as their source: a photo's GPS may have been recorded somewhere
else (an old picture on the phone), typed coordinates may be a guess. So a visit keeps
``gps_source`` (``enums.GpsSource``: device, photo, manual; None = not known) beside
``latitude``/``longitude``, and one rule keeps the two honest, on the laptop
(``storage.record_store.patch``, ``domain.edits``) and on the server (``server.rules.patch``):

- a change that moves the position (latitude or longitude) and states a source writes both,
  the source even when its value did not change, so both carry the same field version;
- a change that moves the position **without** stating a source leaves the source unknown
  (None). That is what a laptop of an older release sends (it does not know the field): its
  coordinates must not keep claiming "photo" for a position the photo did not give;
- so a laptop always states the source with a position change, even when the source itself did
  not change (:func:`stated_with_position`), and a change that only touches other fields never
  touches the source;
- two laptops moving the position at once: the source travels in the same change as the
  position, so it follows the same winner (the later write wins field by field, as for every
  field: docs/sync-protocol.md). A clash of sources is not a conflict of its own: the
  position's conflict is the one a person looks at (:data:`FOLLOWS_POSITION`). An edit that
  only empties a position someone else has meanwhile set leaves their position, and so their
  source (:func:`kept_with_position`).

A position is one thing when two edits clash, too: the conflict of a coordinate carries the
whole position on each side (:func:`clash_sides`), so settling it puts back a position a laptop
really recorded, its source with it, never one laptop's latitude beside the other's longitude.

Values are compared as given: the functions work on decoded values (laptop) and on encoded wire
values (server) alike.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import TypeVar

from kopdes_desktop.domain import codec
from kopdes_desktop.domain.records import Record

POSITION_FIELDS = ("latitude", "longitude")
SOURCE_FIELD = "gps_source"
WHOLE_POSITION = (*POSITION_FIELDS, SOURCE_FIELD)
# What a clash of the position is called where a field's name would stand (the inbox, Beranda).
CLASH_NAME = "position"
# Fields whose clash is not recorded as a conflict: they follow the position's own conflict.
FOLLOWS_POSITION = frozenset({SOURCE_FIELD})

V = TypeVar("V")


def has_source(cls: type[Record]) -> bool:
    """Whether a record class keeps a position source (visits do, cooperatives do not)."""
    return SOURCE_FIELD in codec.field_types(cls)


def moves_position(fields: Collection[str]) -> bool:
    return any(name in fields for name in POSITION_FIELDS)


def written_with_position(
    sent: Mapping[str, V], changed: Mapping[str, V | None], current_source: object
) -> dict[str, V | None]:
    """``changed`` as it must be written. If it moves the position, the source is written with
    it: the one ``sent`` states (even unchanged, so the two carry the same field version and a
    later concurrent edit is judged against both alike), or None when it states none."""
    result = dict(changed)
    if moves_position(changed):
        if SOURCE_FIELD in sent:
            result[SOURCE_FIELD] = sent[SOURCE_FIELD]
        elif current_source is not None:
            result[SOURCE_FIELD] = None
    return result


def kept_with_position(theirs: Collection[str]) -> set[str]:
    """Fields where another writer's value stays (an edit that only empties them): where their
    position stays, so does its source."""
    kept = set(theirs)
    if moves_position(kept):
        kept |= FOLLOWS_POSITION
    return kept


def stated_with_position(changed: Mapping[str, V], source: V) -> dict[str, V]:
    """What a laptop writes and sends: a position change always carries its source, changed or
    not, so the rule above can tell "still typed" from "not said"."""
    if moves_position(changed) and SOURCE_FIELD not in changed:
        return {**changed, SOURCE_FIELD: source}
    return dict(changed)


def is_position_field(name: str) -> bool:
    """Whether a conflict on ``name`` is a clash of the position as a whole."""
    return name in POSITION_FIELDS


def whole_position(values: Mapping[str, V], keeps_source: bool) -> dict[str, V | None]:
    """The position in ``values``: both coordinates, and the source where the record keeps one."""
    names = WHOLE_POSITION if keeps_source else POSITION_FIELDS
    return {name: values.get(name) for name in names}


def clash_sides(
    before: Mapping[str, V], after: Mapping[str, V], keeps_source: bool
) -> tuple[dict[str, V | None], dict[str, V | None]]:
    """A position clash's two sides: the position the rule kept (``after`` the write) and the
    one it replaced (``before``), each whole, for the conflict record."""
    return whole_position(after, keeps_source), whole_position(before, keeps_source)
