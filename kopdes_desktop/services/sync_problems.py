"""What happened in a sync round, as the cases a person must be told apart.

The window's status bar and ``kopdes-desktop sync`` both describe a failed round through
:func:`problem_of`, so they always say the same thing; the wording is in ``ui/sync_messages.py``.
(What a finished round leaves to settle, refused changes and clashes, is the status's
``needs_attention``.) The library's own text of
a failure (``IncompleteRead(…)``, urllib3 reprs) never reaches the user: it goes to the log.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from kopdes_desktop.disk_space import DiskFullError, is_disk_full
from kopdes_desktop.services.sync_service import NotSignedInError, UnsentChangesError
from kopdes_desktop.sync.engine import SyncReport
from kopdes_desktop.sync.round_progress import Stage
from kopdes_desktop.sync.transport import (
    AuthError,
    CancelledError,
    InsecureConnectionError,
    LinkDroppedError,
    RateLimitedError,
    ServerRefusedError,
    ServerTroubleError,
    TransientError,
    VersionRefusedError,
)


class SyncProblem(StrEnum):
    """Why a round did not finish (or finished with something to act on). Stable values."""

    UNREACHABLE = "unreachable"  # no connection could be made: offline, server down
    LINK_DROPPED = "link_dropped"  # connected, then the link failed mid-transfer
    SERVER_BUSY = "server_busy"  # the server answered that it cannot serve now
    PHOTOS_WAITING = "photos_incomplete"  # records synced; some photos still to send/receive
    SIGN_IN_REQUIRED = "sign_in_required"  # the device token is unknown or revoked
    NOT_SIGNED_IN = "not_signed_in"
    UPDATE_REQUIRED = "update_required"  # the server needs a newer app
    DISK_FULL = "disk_full"
    UNSENT_CHANGES = "unsent_changes"  # sign-out refused: changes would be stranded
    SERVER_REFUSED = "server_refused"  # a request refused by the server (protocol 4xx)
    INSECURE_HTTP = "insecure_http"  # plain http to another computer, not allowed
    CANCELLED = "cancelled"
    UNEXPECTED = "unexpected"  # a bug: details in the log

    @property
    def retry_later(self) -> bool:
        """Nothing to do but wait (auto-sync retries by itself)."""
        return self in (
            SyncProblem.UNREACHABLE,
            SyncProblem.LINK_DROPPED,
            SyncProblem.SERVER_BUSY,
            SyncProblem.PHOTOS_WAITING,
        )


@dataclass(frozen=True, slots=True)
class PhotosLeft:
    to_send: int | None = None  # None: not known (the round stopped while moving photos)
    to_receive: int | None = None
    # Why they wait: "link" (slow or dropped), "storage_full" or "upload_quota" (the server
    # takes no more photos for now).
    reason: str = "link"


_BY_KIND: tuple[tuple[type[BaseException], SyncProblem], ...] = (
    (InsecureConnectionError, SyncProblem.INSECURE_HTTP),
    (AuthError, SyncProblem.SIGN_IN_REQUIRED),
    (NotSignedInError, SyncProblem.NOT_SIGNED_IN),
    (VersionRefusedError, SyncProblem.UPDATE_REQUIRED),
    (UnsentChangesError, SyncProblem.UNSENT_CHANGES),
    (CancelledError, SyncProblem.CANCELLED),
    (RateLimitedError, SyncProblem.SERVER_BUSY),
    (ServerTroubleError, SyncProblem.SERVER_BUSY),
    (ServerRefusedError, SyncProblem.SERVER_REFUSED),
    (LinkDroppedError, SyncProblem.LINK_DROPPED),
    (TransientError, SyncProblem.UNREACHABLE),
)


def problem_of(error: BaseException) -> SyncProblem:
    """The case a failed round (or sign-in, sign-out, handover) falls in."""
    if isinstance(error, DiskFullError) or is_disk_full(error):
        return SyncProblem.DISK_FULL
    if getattr(error, "code", "") == SyncProblem.PHOTOS_WAITING.value:
        return SyncProblem.PHOTOS_WAITING  # raised once every record is in, only photos left
    if isinstance(error, TransientError) and error.stage == Stage.PHOTOS_DOWN.value:
        return SyncProblem.PHOTOS_WAITING  # push, pull and apply were done
    for kind, problem in _BY_KIND:
        if isinstance(error, kind):
            return problem
    return SyncProblem.UNEXPECTED


def report_of(error: BaseException) -> SyncReport | None:
    """What the round had done before it failed, when the engine knows."""
    report = getattr(error, "report", None)
    return report if isinstance(report, SyncReport) else None


def photos_left(error: BaseException) -> PhotosLeft:
    stats = getattr(error, "stats", None)
    if stats is None:
        return PhotosLeft()
    return PhotosLeft(
        getattr(stats, "waiting_up", None),
        getattr(stats, "waiting_down", None),
        str(getattr(error, "reason", "") or "link"),
    )
