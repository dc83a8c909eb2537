"""The status bar's sentences read as a person would write them, in both languages: "1 change
waiting", not "1 changes waiting" (found by QA on the English window)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication

from kopdes_desktop.services.sync_service import SyncStatus
from kopdes_desktop.ui.i18n import install_language
from kopdes_desktop.ui.sync_controller import SyncSnapshot, SyncState
from kopdes_desktop.ui.sync_status_widget import SyncStatusWidget

NOW = datetime(2026, 11, 30, 16, 0, tzinfo=UTC)


@pytest.fixture(params=["en", "id"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    install_language(qapp, request.param)
    yield str(request.param)
    install_language(qapp, "en")


def status(*, pending: int = 0, ago: timedelta | None = None, **counts: int) -> SyncStatus:
    return SyncStatus(
        account=None,
        pending_changes=pending,
        last_sync_server_time=(NOW - ago).isoformat() if ago is not None else None,
        unresolved_conflicts=counts.get("clashes", 0),
        rejected_changes=counts.get("refused", 0),
        interrupted_pull=False,
        set_aside_changes=counts.get("set_aside", 0),
    )


EXPECTED = {
    "en": {
        "one_waiting": "Offline · 1 change waiting",
        "two_waiting": "Offline · 2 changes waiting",
        "one_minute": "Synced 1 minute ago",
        "two_minutes": "Synced 2 minutes ago",
        "one_hour": "Synced 1 hour ago",
        "three_hours": "Synced 3 hours ago",
        "one_day": "Synced 1 day ago",
        "two_days": "Synced 2 days ago",
        "one_each": (
            "1 change refused, 1 clash to settle, 1 server change not applied · see the inbox"
        ),
        "two_each": (
            "2 changes refused, 2 clashes to settle, 2 server changes not applied · see the inbox"
        ),
    },
    "id": {
        "one_waiting": "Offline · 1 perubahan menunggu",
        "two_waiting": "Offline · 2 perubahan menunggu",
        "one_minute": "Tersinkron 1 menit lalu",
        "two_minutes": "Tersinkron 2 menit lalu",
        "one_hour": "Tersinkron 1 jam lalu",
        "three_hours": "Tersinkron 3 jam lalu",
        "one_day": "Tersinkron 1 hari lalu",
        "two_days": "Tersinkron 2 hari lalu",
    },
}

SNAPSHOTS = {
    "one_waiting": SyncSnapshot(SyncState.OFFLINE, status=status(pending=1)),
    "two_waiting": SyncSnapshot(SyncState.OFFLINE, status=status(pending=2)),
    "one_minute": SyncSnapshot(SyncState.IDLE, status=status(ago=timedelta(seconds=90))),
    "two_minutes": SyncSnapshot(SyncState.IDLE, status=status(ago=timedelta(minutes=2))),
    "one_hour": SyncSnapshot(SyncState.IDLE, status=status(ago=timedelta(minutes=61))),
    "three_hours": SyncSnapshot(SyncState.IDLE, status=status(ago=timedelta(hours=3))),
    "one_day": SyncSnapshot(SyncState.IDLE, status=status(ago=timedelta(hours=25))),
    "two_days": SyncSnapshot(SyncState.IDLE, status=status(ago=timedelta(days=2))),
    "one_each": SyncSnapshot(
        SyncState.IDLE,
        status=status(ago=timedelta(minutes=5), refused=1, clashes=1, set_aside=1),
    ),
    "two_each": SyncSnapshot(
        SyncState.IDLE,
        status=status(ago=timedelta(minutes=5), refused=2, clashes=2, set_aside=2),
    ),
}


def test_counts_of_one_read_in_the_singular(language: str) -> None:
    widget = SyncStatusWidget(language)
    said = {case: widget.describe(SNAPSHOTS[case], NOW) for case in EXPECTED[language]}
    assert said == EXPECTED[language]
