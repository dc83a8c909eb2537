"""What a sync round did, in the user's language: one wording for the window and the CLI.

The case comes from ``services/sync_problems.py``; the sentences are here, translated through
the app's catalogue (``kopdes-desktop sync`` installs the settings' language first). Sentences
never carry a library's text: that stays in the log.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kopdes_desktop.services.sync_problems import PhotosLeft, SyncProblem
from kopdes_desktop.sync.engine import SyncReport
from kopdes_desktop.sync.round_progress import Progress, Stage
from kopdes_desktop.ui import counts
from kopdes_desktop.ui.formatting import format_count

translate = QCoreApplication.translate  # lupdate finds translate("Context", "literal")
MINUTE_FROM_S = 90  # below this the time left is said in seconds (rounded to 5)


def status_text(problem: SyncProblem) -> str:
    """A few words for the status bar."""
    texts = {
        SyncProblem.UNREACHABLE: translate("SyncMessages", "Offline"),
        SyncProblem.LINK_DROPPED: translate(
            "SyncMessages", "Connection lost during sync; will retry"
        ),
        SyncProblem.SERVER_BUSY: translate("SyncMessages", "Server busy; will retry"),
        SyncProblem.PHOTOS_WAITING: translate("SyncMessages", "Data synced; photos still waiting"),
        SyncProblem.SIGN_IN_REQUIRED: translate("SyncMessages", "Sign in again to sync"),
        SyncProblem.NOT_SIGNED_IN: translate("SyncMessages", "Not signed in"),
        SyncProblem.UPDATE_REQUIRED: translate("SyncMessages", "Update the app to sync"),
        SyncProblem.DISK_FULL: translate("SyncMessages", "Disk full: free up space to sync"),
        SyncProblem.UNSENT_CHANGES: translate("SyncMessages", "Changes not sent yet"),
        SyncProblem.SERVER_REFUSED: translate("SyncMessages", "The server refused the sync"),
        SyncProblem.INSECURE_HTTP: translate(
            "SyncMessages", "Server address not encrypted (http); see Settings"
        ),
        SyncProblem.CANCELLED: translate("SyncMessages", "Sync cancelled"),
        SyncProblem.UNEXPECTED: translate("SyncMessages", "Sync failed (details in the log)"),
    }
    return texts[problem]


def explanation(  # noqa: PLR0911 - one sentence per case, as a flat list
    problem: SyncProblem,
    *,
    pending: int,
    photos: PhotosLeft | None = None,
    log_file: str = "",
) -> str:
    """What happened and what to do, in full sentences."""
    count = str(pending)
    if problem is SyncProblem.UNREACHABLE:
        return translate(
            "SyncMessages",
            "The server cannot be reached: this laptop has no connection to it, or the server "
            "is down. Unsent changes (%1) are kept on this laptop and go out at the next sync.",
        ).replace("%1", count)
    if problem is SyncProblem.LINK_DROPPED:
        return translate(
            "SyncMessages",
            "The connection to the server was lost in the middle of the sync. Nothing is lost: "
            "what reached the server is recorded there, and the rest (%1) continues at the "
            "next sync.",
        ).replace("%1", counts.unsent_changes(pending))
    if problem is SyncProblem.SERVER_BUSY:
        return translate(
            "SyncMessages",
            "The server is busy or having trouble and could not finish the sync. Try again in "
            "a few minutes; unsent changes (%1) are kept.",
        ).replace("%1", count)
    if problem is SyncProblem.PHOTOS_WAITING:
        return _photos_waiting(photos or PhotosLeft())
    if problem is SyncProblem.SIGN_IN_REQUIRED:
        return translate(
            "SyncMessages",
            "The server no longer accepts this laptop's sign-in (the device was signed out, or "
            "the account changed). Sign in again; unsent changes (%1) are kept.",
        ).replace("%1", count)
    if problem is SyncProblem.NOT_SIGNED_IN:
        return translate(
            "SyncMessages",
            "This laptop is not signed in to a server yet. Sign in once while online.",
        )
    if problem is SyncProblem.UPDATE_REQUIRED:
        return translate(
            "SyncMessages",
            "The server needs a newer version of Kopdes Desktop. Update the app; unsent "
            "changes (%1) are kept and go out after the update.",
        ).replace("%1", count)
    if problem is SyncProblem.DISK_FULL:
        return translate(
            "SyncMessages",
            "Disk full: this laptop has no storage space left, so the sync stopped. Nothing is "
            "lost. Free up space (delete or move files you no longer need), then sync again.",
        )
    if problem is SyncProblem.UNSENT_CHANGES:
        return translate(
            "SyncMessages",
            "Not sent to the server yet: %1. Sync first (or save them with export-bundle), "
            "then sign out.",
        ).replace("%1", counts.changes(pending))
    if problem is SyncProblem.SERVER_REFUSED:
        return translate(
            "SyncMessages",
            "The server refused this sync request. Unsent changes (%1) are kept; the details "
            "are in the log file for support staff.",
        ).replace("%1", count)
    if problem is SyncProblem.INSECURE_HTTP:
        return translate(
            "SyncMessages",
            "The server address starts with http://, so the password and every record would "
            "cross the network unencrypted. Use the https:// address, or allow plain http in "
            "Settings for a test server only.",
        )
    if problem is SyncProblem.CANCELLED:
        return translate("SyncMessages", "Sync cancelled. Nothing is lost.")
    return (
        translate(
            "SyncMessages",
            "The sync stopped because of an unexpected error. Unsent changes (%1) are kept. "
            "Details for support staff are in the log file: %2",
        )
        .replace("%1", count)
        .replace("%2", log_file)
    )


def _photos_waiting(photos: PhotosLeft) -> str:
    if photos.reason in ("storage_full", "upload_quota"):
        text = translate(
            "SyncMessages",
            "Your changes and the server's are synced. The server takes no more photos for now "
            "(its storage is full, or this account's photo allowance is used up); they stay on "
            "this laptop and go out later.",
        )
    else:
        text = _link_photos_waiting()
    if photos.to_send is not None and photos.to_receive is not None:
        text += " " + (
            translate("SyncMessages", "Photos still to send: %1, to receive: %2.")
            .replace("%1", str(photos.to_send))
            .replace("%2", str(photos.to_receive))
        )
    return text


def _link_photos_waiting() -> str:
    return translate(
        "SyncMessages",
        "Your changes and the server's are synced. Only photos did not finish moving (the "
        "connection is slow or dropped); they continue at the next sync.",
    )


def wrong_password() -> str:
    return translate("SyncMessages", "The server did not accept this username and password.")


def too_many_sign_ins() -> str:
    return translate(
        "SyncMessages",
        "Too many failed sign-ins for this account: wait 15 minutes, then try again.",
    )


def sign_in_command() -> str:
    return translate("SyncMessages", "Run: kopdes-desktop login --server URL --username NAME")


def insecure_http_command() -> str:
    return translate(
        "SyncMessages",
        "Or add --allow-insecure-http to the command, for a test server only.",
    )


def nothing_needs_attention() -> str:
    return translate("SyncMessages", "Synced: nothing refused, no clashes.")


def needs_attention(refused: int, clashes: int, not_applied: int = 0) -> str:
    parts = []
    if refused:
        parts.append(
            translate("SyncMessages", "%1 refused by the server").replace(
                "%1", counts.changes(refused)
            )
        )
    if clashes:
        parts.append(
            translate("SyncMessages", "%1 to settle").replace("%1", counts.clashes(clashes))
        )
    if not_applied:
        parts.append(
            translate(
                "SyncMessages",
                "%1 not applied on this laptop (tried again when they change or after an update)",
            ).replace("%1", counts.server_changes(not_applied))
        )
    return translate("SyncMessages", "Needs attention: %1; see Kotak Masuk in the window.").replace(
        "%1", ", ".join(parts)
    )


def round_summary(report: SyncReport) -> str:
    """What the round moved. It never says "synced": whether all went through (nothing refused,
    no clashes) is said after it, by :func:`nothing_needs_attention` or :func:`needs_attention`."""
    return (
        translate(
            "SyncMessages",
            "%1 sent (%2 refused), %3 received; photos: %4 sent, %5 received.",
        )
        .replace("%1", counts.changes(report.push.sent))
        .replace("%2", str(report.push.rejected))
        .replace("%3", counts.changes(report.pull.changes))
        .replace("%4", str(report.photos.uploaded))
        .replace("%5", str(report.photos.downloaded))
    )


def rows_text(progress: Progress, language: str) -> str:
    """Records coming down or being saved, of how many, and the time left: "Mengunduh 45.000
    dari 90.000 baris · sekitar 30 detik lagi". Empty when the stage counts no records."""
    if progress.stage not in (Stage.PULL, Stage.APPLY) or not progress.rows_done:
        return ""
    done = format_count(progress.rows_done, language)
    total = counts.rows(progress.rows_total or 0)
    if progress.stage is Stage.APPLY:
        text = translate("SyncMessages", "Saving %1 of %2").replace("%1", done)
    elif progress.rows_total:
        text = translate("SyncMessages", "Downloading %1 of %2").replace("%1", done)
    else:
        text = translate("SyncMessages", "Downloading %1").replace(
            "%1", counts.rows(progress.rows_done)
        )
    text = text.replace("%2", total)
    left = progress.seconds_left
    if left is None:
        return text
    if left < MINUTE_FROM_S:
        when = translate("SyncMessages", "about %1 left").replace(
            "%1", counts.seconds(max(5, round(left / 5) * 5))
        )
    else:
        when = translate("SyncMessages", "about %1 left").replace(
            "%1", counts.minutes(round(left / 60))
        )
    return f"{text} · {when}"
