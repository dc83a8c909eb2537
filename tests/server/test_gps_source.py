"""A visit's position source through the real API, on SQLite and PostgreSQL (issue 13 item 7).

One rule (domain/position.py): a change that moves the position states its source or leaves it
unknown; the source follows the position's winner when two laptops move it at once; a source
no release knows is refused naming the field, never a 5xx.
"""

from __future__ import annotations

from typing import Any

import pytest

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.ids import new_id
from tests.server.helpers import Laptop, LiveServer

AREA = "61.05"  # see tests/server/test_hostile_values.py: a kabupaten of its own
PHOTO_POSITION = {"latitude": 1.36, "longitude": 109.3, "gps_source": "photo"}


class TwoLaptops:
    """One cooperative with one BA on two laptops, and a visit whose position came from a photo."""

    def __init__(self, server: LiveServer) -> None:
        ba = server.user(Role.BA)
        cooperative = server.cooperative(AREA)
        server.assign(ba, cooperative)
        self.first, self.second = server.laptop(ba), server.laptop(ba)
        self.visit = new_id()
        created = self.first.push(
            self.first.create(
                "visit", {"cooperative_id": cooperative, **PHOTO_POSITION}, self.visit
            )
        )
        assert created[0]["status"] == "applied", created
        for laptop in (self.first, self.second):
            laptop.pull()

    def stored(self, laptop: Laptop) -> dict[str, Any]:
        laptop.pull()
        fields: dict[str, Any] = laptop.records[self.visit]["fields"]
        return fields


def applied(laptop: Laptop, fields: dict[str, Any], visit_id: str) -> dict[str, Any]:
    result = laptop.push(laptop.patch("visit", visit_id, fields))[0]
    assert result["status"] == "applied", result
    return result


def test_a_position_moved_without_a_source_is_no_longer_the_photos(server: LiveServer) -> None:
    laptops = TwoLaptops(server)
    assert laptops.stored(laptops.second)["gps_source"] == "photo"

    # Another field: the source stays.
    applied(laptops.first, {"findings": "Gudang baru"}, laptops.visit)
    assert laptops.stored(laptops.second)["gps_source"] == "photo"

    # What a laptop of an older release sends: new coordinates, no word of their source.
    applied(laptops.first, {"latitude": 1.4}, laptops.visit)
    moved = laptops.stored(laptops.second)
    assert (moved["latitude"], moved["longitude"], moved["gps_source"]) == (1.4, 109.3, None)

    # A change that states its source keeps it, even one that says "still typed".
    applied(laptops.first, {"latitude": 1.41, "gps_source": "manual"}, laptops.visit)
    applied(laptops.first, {"longitude": 109.31, "gps_source": "manual"}, laptops.visit)
    assert laptops.stored(laptops.second)["gps_source"] == "manual"


def test_the_source_follows_the_position_that_wins(server: LiveServer) -> None:
    laptops = TwoLaptops(server)
    # Both laptops start from the photo's position; the first types one, the second takes
    # another photo's. The later write wins the position, and its source comes with it.
    applied(
        laptops.first,
        {"latitude": 1.2, "longitude": 109.1, "gps_source": "manual"},
        laptops.visit,
    )
    later = applied(
        laptops.second,
        {"latitude": 1.5, "longitude": 109.5, "gps_source": "photo"},
        laptops.visit,
    )
    stored = laptops.stored(laptops.first)
    assert (stored["latitude"], stored["longitude"], stored["gps_source"]) == (1.5, 109.5, "photo")
    # The position's clash is a conflict a person can settle; its source is not one of its own.
    conflicts = [
        change["fields"]["field_name"]
        for change in laptops.first.of_type("conflict").values()
        if change["fields"]["record_id"] == laptops.visit
    ]
    assert sorted(conflicts) == ["latitude", "longitude"]
    assert len(later["conflict_ids"]) == 2

    # Emptying the position while someone else set it: their position and its source stay.
    applied(
        laptops.second,
        {"latitude": 1.6, "longitude": 109.6, "gps_source": "photo"},
        laptops.visit,
    )
    applied(  # the first laptop has not pulled the second's photo position yet
        laptops.first,
        {"latitude": None, "longitude": None, "gps_source": None},
        laptops.visit,
    )
    stored = laptops.stored(laptops.first)
    assert (stored["latitude"], stored["longitude"], stored["gps_source"]) == (1.6, 109.6, "photo")


@pytest.mark.parametrize("hostile", ["satellite", "PHOTO", "", 1, True, ["photo"]])
def test_a_source_no_release_knows_is_refused_naming_the_field(
    server: LiveServer, hostile: object
) -> None:
    laptops = TwoLaptops(server)
    laptop = laptops.first
    fields = {"latitude": 1.0, "longitude": 109.0, "gps_source": hostile}
    cooperative = laptop.records[laptops.visit]["fields"]["cooperative_id"]
    created = laptop.create("visit", {"cooperative_id": cooperative, **fields})
    patched = laptop.patch("visit", laptops.visit, fields)
    response = laptop.push_raw([created, patched])
    assert response.status_code == 200, response.text  # refused per change, never a 5xx
    for result in response.json()["results"]:
        assert result["status"] == "rejected", result
        assert result["reason"] == "bad_fields", result
        assert [issue["field"] for issue in result["issues"]] == ["gps_source"], result
        assert "gps_source" in result["message"]
    assert laptops.stored(laptops.second)["gps_source"] == "photo"  # nothing changed
