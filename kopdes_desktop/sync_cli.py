"""The sync commands of ``kopdes-desktop``: login, sync, status, logout, export/import-bundle.

Support staff use these on a laptop that misbehaves; they print what a person needs to read,
and ``status --json`` what a script needs.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from kopdes_desktop import paths, settings
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.sync_problems import (
    SyncProblem,
    photos_left,
    problem_of,
)
from kopdes_desktop.services.sync_service import SyncStatus
from kopdes_desktop.sync.bundle import BundleError
from kopdes_desktop.sync.round_progress import Progress
from kopdes_desktop.sync.transport import (
    RateLimitedError,
    is_plain_http_to_another_computer,
    normalise_server_url,
)

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1  # anything else: a refused request, a bundle problem, a bug (see the log)
EXIT_TRY_LATER = 4  # server unreachable, link dropped or server busy: nothing lost, retry
EXIT_UNREACHABLE = EXIT_TRY_LATER
EXIT_SIGN_IN = 5
EXIT_UPDATE = 6
# The server was reached, but changes are refused, clashes wait or server changes could not be
# applied here: open Kotak Masuk.
EXIT_NEEDS_ATTENTION = 7
EXIT_DISK_FULL = 8
EXIT_PHOTOS_WAITING = 9  # every record synced; some photos still to send or receive

EXIT_CODES = {
    SyncProblem.UNREACHABLE: EXIT_TRY_LATER,
    SyncProblem.LINK_DROPPED: EXIT_TRY_LATER,
    SyncProblem.SERVER_BUSY: EXIT_TRY_LATER,
    SyncProblem.SIGN_IN_REQUIRED: EXIT_SIGN_IN,
    SyncProblem.NOT_SIGNED_IN: EXIT_SIGN_IN,
    SyncProblem.UPDATE_REQUIRED: EXIT_UPDATE,
    SyncProblem.DISK_FULL: EXIT_DISK_FULL,
    SyncProblem.PHOTOS_WAITING: EXIT_PHOTOS_WAITING,
}


def _insecure_option(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument(
        "--allow-insecure-http",
        action="store_true",
        help="allow a plain http:// server on another computer (unencrypted: test servers only)",
    )
    return parser


def add_commands(commands: Any) -> None:
    login = _insecure_option(
        commands.add_parser("login", help="sign in to the central server once, online")
    )
    login.add_argument(
        "--server", required=True, help="server address, e.g. kopdes.go.id (https is assumed)"
    )
    login.add_argument("--username", required=True)
    login.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input instead of asking",
    )
    login.add_argument("--device-name", default="", help="how admins see this laptop")
    commands.add_parser("logout", help="forget the device token (refused with unsent changes)")
    _insecure_option(
        commands.add_parser("sync", help="send local changes and receive the server's, now")
    )
    status = commands.add_parser("status", help="pending changes, last sync, conflicts, rejected")
    status.add_argument("--json", action="store_true", help="machine-readable output")
    export = commands.add_parser("export-bundle", help="save unsent changes to FILE (handover)")
    export.add_argument("file", type=Path)
    imported = _insecure_option(
        commands.add_parser(
            "import-bundle", help="deliver a handover FILE made by a laptop of the same account"
        )
    )
    imported.add_argument("file", type=Path)


COMMANDS = {"login", "logout", "sync", "status", "export-bundle", "import-bundle"}


def run(services: AppServices, args: argparse.Namespace) -> int:
    """Run one command; failures are told in the settings' language, details go to the log."""
    install_language()
    _warn_if_unencrypted(services, args)
    try:
        return _dispatch(services, args)
    except BundleError as error:
        _fail(str(error))
        return EXIT_FAILED
    except Exception as error:  # every failure gets a sentence and an exit code, never a crash
        problem = problem_of(error)
        if problem is SyncProblem.UNEXPECTED:
            log.error("kopdes-desktop %s failed", args.command, exc_info=error)
        else:
            log.warning("kopdes-desktop %s: %s (%r)", args.command, problem.value, error)
        _fail(_explain(services, problem, error, args.command))
        return EXIT_CODES.get(problem, EXIT_FAILED)


def install_language() -> None:
    """Messages in the settings' language, from the window's catalogue."""
    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415 - only the CLI needs it here

    from kopdes_desktop.ui.i18n import install_language  # noqa: PLC0415

    app = QCoreApplication.instance() or QCoreApplication([])
    install_language(app, settings.load().language)


def _explain(
    services: AppServices, problem: SyncProblem, error: BaseException, command: str
) -> str:
    from kopdes_desktop.ui import sync_messages  # noqa: PLC0415

    if command == "login" and problem is SyncProblem.SIGN_IN_REQUIRED:
        return sync_messages.wrong_password()
    if command == "login" and isinstance(error, RateLimitedError):
        return sync_messages.too_many_sign_ins()

    try:
        pending = services.sync.status().pending_changes
    except Exception:  # a full or damaged disk may refuse even this read
        pending = 0
    text = sync_messages.explanation(
        problem,
        pending=getattr(error, "count", pending),
        photos=photos_left(error),
        log_file=str(paths.log_file()),
    )
    if problem in (SyncProblem.SIGN_IN_REQUIRED, SyncProblem.NOT_SIGNED_IN):
        text += "\n" + sync_messages.sign_in_command()
    if problem is SyncProblem.INSECURE_HTTP:
        text += "\n" + sync_messages.insecure_http_command()
    return text


def _dispatch(services: AppServices, args: argparse.Namespace) -> int:
    handlers: dict[str, Callable[[AppServices, argparse.Namespace], None]] = {
        "login": _login,
        "logout": _logout,
        "sync": _sync,
        "status": _status,
        "export-bundle": _export,
        "import-bundle": _import,
    }
    handlers[args.command](services, args)
    if args.command in ("sync", "status") and services.sync.status().needs_attention:
        return EXIT_NEEDS_ATTENTION
    return EXIT_OK


def _login(services: AppServices, args: argparse.Namespace) -> None:
    password = (
        sys.stdin.readline().rstrip("\n") if args.password_stdin else getpass.getpass("Password: ")
    )
    account = services.sync.sign_in(args.server, args.username, password, args.device_name)
    print(
        f"signed in as {account.full_name or account.username} ({account.role}) "
        f"at {account.server_url}"
    )


def _logout(services: AppServices, args: argparse.Namespace) -> None:
    services.sync.sign_out()
    print("signed out; local data is kept")


def _sync(services: AppServices, args: argparse.Namespace) -> None:
    from kopdes_desktop.ui import sync_messages  # noqa: PLC0415

    report = services.sync.sync(_progress_printer(settings.load().language))
    print()
    print(sync_messages.round_summary(report))
    log.info(
        "sync command: %d request(s), %d B sent, %d B received",
        report.requests,
        report.bytes_sent,
        report.bytes_received,
    )
    _print_attention(services.sync.status())


def _print_attention(status: SyncStatus) -> None:
    """What did not go through, so a sync that did not fully succeed never reads as done."""
    from kopdes_desktop.ui import sync_messages  # noqa: PLC0415

    if not status.needs_attention:
        if status.account is not None:
            print(sync_messages.nothing_needs_attention())
        return
    print(
        sync_messages.needs_attention(
            status.rejected_changes, status.unresolved_conflicts, status.set_aside_changes
        )
    )


def _status(services: AppServices, args: argparse.Namespace) -> None:
    status = services.sync.status()
    if args.json:
        shown = {**asdict(status), "needs_attention": status.needs_attention}
        print(json.dumps(shown, indent=2, default=list))
        return
    who = status.account.username if status.account else "not signed in"
    print(f"account:            {who}")
    print(f"pending changes:    {status.pending_changes}")
    print(f"last sync (server): {status.last_sync_server_time or 'never'}")
    print(f"open conflicts:     {status.unresolved_conflicts}")
    print(f"rejected changes:   {status.rejected_changes}")
    print(f"not applied here:   {status.set_aside_changes}")
    _print_attention(status)


def _export(services: AppServices, args: argparse.Namespace) -> None:
    made = services.sync.export_bundle(args.file)
    print(
        f"{len(made.mutations)} unsent change(s) and {len(made.photos)} photo(s) saved to "
        f"{args.file}"
    )


def _import(services: AppServices, args: argparse.Namespace) -> None:
    delivered = services.sync.import_bundle(args.file)
    print(
        f"delivered: {delivered.applied} applied, {delivered.duplicates} already on the "
        f"server, {delivered.rejected} rejected, {delivered.photos_uploaded} photo(s) "
        f"uploaded"
    )


def _progress_printer(language: str) -> Callable[[Progress], None]:
    from kopdes_desktop.ui import sync_messages  # noqa: PLC0415

    def show(progress: Progress) -> None:
        rows = sync_messages.rows_text(progress, language)
        line = f"{progress.stage.value:12s} {progress.share * 100:5.1f}%"
        # Padded, so a shorter line fully covers the one before it on the same terminal line.
        print(f"\r{line}  {rows}".ljust(80), end="", flush=True)

    return show


def _warn_if_unencrypted(services: AppServices, args: argparse.Namespace) -> None:
    if not getattr(args, "allow_insecure_http", False):
        return
    account = services.sync.account()
    server = normalise_server_url(getattr(args, "server", "") or "") or (
        account.server_url if account else ""
    )
    if is_plain_http_to_another_computer(server):
        print(
            f"warning: {server} is not encrypted: the password, the device token and every "
            "record can be read and changed on the way",
            file=sys.stderr,
        )


def _fail(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)
