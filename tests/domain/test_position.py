"""The position and its source travel together (domain/position.py): the one rule the laptop's
store, its forms and the server apply."""

from __future__ import annotations

from kopdes_desktop.domain import position
from kopdes_desktop.domain.records import Cooperative, Visit


def test_only_visits_keep_a_source() -> None:
    assert position.has_source(Visit)
    assert not position.has_source(Cooperative)


def test_a_moved_position_writes_the_source_it_states_even_unchanged() -> None:
    sent = {"latitude": 1.4, "gps_source": "manual"}
    changed = {"latitude": 1.4}  # the source was already "manual"
    assert position.written_with_position(sent, changed, "manual") == {
        "latitude": 1.4,
        "gps_source": "manual",
    }


def test_a_moved_position_that_states_no_source_leaves_it_unknown() -> None:
    assert position.written_with_position({"longitude": 109.0}, {"longitude": 109.0}, "photo") == {
        "longitude": 109.0,
        "gps_source": None,
    }
    # Already unknown: nothing more to write.
    assert position.written_with_position({"latitude": 1.0}, {"latitude": 1.0}, None) == {
        "latitude": 1.0
    }


def test_other_fields_never_touch_the_source() -> None:
    assert position.written_with_position({"findings": "x"}, {"findings": "x"}, "photo") == {
        "findings": "x"
    }
    # Coordinates sent but unchanged: the position did not move.
    assert position.written_with_position({"latitude": 1.0}, {}, "photo") == {}


def test_a_laptop_states_the_source_with_every_position_change() -> None:
    assert position.stated_with_position({"latitude": 1.0}, "manual") == {
        "latitude": 1.0,
        "gps_source": "manual",
    }
    assert position.stated_with_position({"findings": "x"}, "manual") == {"findings": "x"}
    assert position.stated_with_position({"latitude": 1.0, "gps_source": "photo"}, "manual") == {
        "latitude": 1.0,
        "gps_source": "photo",
    }


def test_where_their_position_stays_their_source_stays() -> None:
    assert position.kept_with_position({"latitude", "longitude"}) == {
        "latitude",
        "longitude",
        "gps_source",
    }
    assert position.kept_with_position({"findings"}) == {"findings"}


def test_a_position_clash_carries_both_whole_positions() -> None:
    before = {"latitude": -0.0263, "longitude": 109.34, "gps_source": "photo", "findings": "a"}
    after = {**before, "latitude": -0.0301, "longitude": 109.3412, "gps_source": "manual"}
    kept, other = position.clash_sides(before, after, keeps_source=True)
    assert kept == {"latitude": -0.0301, "longitude": 109.3412, "gps_source": "manual"}
    assert other == {"latitude": -0.0263, "longitude": 109.34, "gps_source": "photo"}
    # A cooperative keeps no source: its position is the two coordinates.
    kept, other = position.clash_sides(before, after, keeps_source=False)
    assert other == {"latitude": -0.0263, "longitude": 109.34}
    assert position.is_position_field("longitude")
    assert not position.is_position_field("gps_source")  # never a conflict of its own
