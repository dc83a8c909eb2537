"""One clock (QA F15): the app shows every time in WIB, from the laptop's UTC clock, in one
format. On a laptop set to a wrong time zone (common on cheap laptops) a new visit started at
16:00 (the laptop's zone) while the history of the same minute said 23:10 (WIB)."""

from __future__ import annotations

import os
import time as system_time
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta

import pytest
from pytestqt.qtbot import QtBot

from kopdes_desktop.domain import clock
from kopdes_desktop.domain.records import RecordType
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.cooperatives import ProfileChange
from kopdes_desktop.ui.formatting import format_date_time, format_time
from kopdes_desktop.ui.history_text import when_text
from kopdes_desktop.ui.recovery_dialog import format_moment
from tests.ui.helpers import open_new_visit

EVENING_UTC = datetime(2026, 11, 30, 16, 10, tzinfo=UTC)  # 23:10 in Pontianak


@pytest.fixture
def laptop_in_los_angeles() -> Iterator[None]:
    """A laptop left on a US time zone: its local clock is 15 hours behind WIB."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "America/Los_Angeles"
    system_time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    system_time.tzset()


@pytest.mark.parametrize("language", ["id", "en"])
def test_one_format_in_wib_for_every_time_shown(language: str) -> None:
    assert format_date_time(EVENING_UTC, language) == "30 Nov 2026 23:10"
    assert format_moment(EVENING_UTC, language) == "30 Nov 2026 23:10"  # backups, clashes
    # A photo's EXIF time is what the camera's clock read: shown as it is, same format.
    assert format_date_time(datetime(2025, 3, 12, 9, 30), language) == "12 Mar 2025 09:30"
    assert format_time(time(9, 5)) == "09:05"


@pytest.mark.usefixtures("laptop_in_los_angeles")
def test_the_clock_is_wib_whatever_the_laptops_time_zone() -> None:
    assert datetime.now().astimezone().utcoffset() != timedelta(hours=7)  # the premise
    wib = clock.now()
    assert wib.utcoffset() == timedelta(hours=7)
    assert abs(wib - datetime.now(UTC)) < timedelta(seconds=5)
    assert clock.today() == wib.date()


@pytest.mark.usefixtures("laptop_in_los_angeles")
def test_a_new_visit_starts_at_the_wib_time_the_history_would_show(
    qtbot: QtBot, context: ServiceContext
) -> None:
    live = ServiceContext(database=context.database, catalog=context.catalog, user_id="ba-1")
    before = clock.now()
    _window, editor = open_new_visit(qtbot, AppServices(live))
    after = clock.now()
    started = editor.start_time.value()
    assert started is not None
    rounded = {time(moment.hour, moment.minute - moment.minute % 5) for moment in (before, after)}
    assert started in rounded  # WIB now, to 5 minutes, not the laptop's 15 hours earlier
    assert editor.visit_date.value() in {before.date(), after.date()}


@pytest.mark.usefixtures("laptop_in_los_angeles")
def test_a_history_line_and_the_server_time_read_the_same_clock() -> None:
    change = ProfileChange(
        device_time="2026-11-30T08:10:00-08:00",  # written by the Los Angeles laptop clock
        from_server=True,
        record_type=RecordType.COOPERATIVE,
        op="patch",
        fields={},
        changed_at=EVENING_UTC.isoformat(),
    )
    assert when_text(change, "id") == "30 Nov 2026 23:10"
    local = ProfileChange(
        device_time="2026-11-30T08:10:00-08:00",
        from_server=False,
        record_type=RecordType.COOPERATIVE,
        op="patch",
        fields={},
    )
    assert when_text(local, "en") == "30 Nov 2026 23:10"
