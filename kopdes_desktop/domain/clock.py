"""The one clock the app shows: WIB (UTC+7), the time of Kalimantan Barat, from the laptop's UTC
clock.

Cheap laptops often run with a wrong time zone (a US default, UTC) while their clock itself is
set from the internet. Showing "the laptop's local time" then put a new visit at 16:00 while the
history of the same minute said 23:10 (QA F15). So every time the app shows or suggests is WIB,
worked out from UTC: server timestamps, backups, the start of a new visit, "today". Times that
are wall-clock readings already (typed visit times, a photo's EXIF time) carry no zone and are
shown as they are. The server's own "today" is the latest date anywhere in Indonesia (WIT), never
earlier than WIB's, so a visit dated today in WIB is never "in the future" there.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

WIB = timezone(timedelta(hours=7), "WIB")


def now() -> datetime:
    """This moment in WIB, whatever time zone the laptop is set to."""
    return datetime.now(UTC).astimezone(WIB)


def today() -> date:
    return now().date()


def in_wib(moment: datetime) -> datetime:
    """A timestamp with a zone, in WIB; one without (a wall-clock reading) as it is."""
    return moment.astimezone(WIB) if moment.tzinfo is not None else moment
