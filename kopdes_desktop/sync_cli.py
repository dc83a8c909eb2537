"""The sync commands of ``kopdes-desktop``: login, sync, status, logout, export/import-bundle.

Support staff use these on a laptop that misbehaves; they print what a person needs to read,
and ``status --json`` what a script needs.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.sync_service import (
    NotSignedInError,
    SyncStatus,
    UnsentChangesError,
)
from kopdes_desktop.sync.bundle import BundleError
from kopdes_desktop.sync.engine import Stage
from kopdes_desktop.sync.transport import (
    AuthError,
    InsecureConnectionError,
    RateLimitedError,
    SyncError,
    TransientError,
    VersionRefusedError,
    is_plain_http_to_another_computer,
    normalise_server_url,
)

EXIT_FAILED = 1
EXIT_UNREACHABLE = 4
EXIT_SIGN_IN = 5
EXIT_UPDATE = 6
# The server was reached, but changes are refused, clashes wait or server changes could not be
# applied here: open Kotak Masuk.
EXIT_NEEDS_ATTENTION = 7


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


# What each failure tells the person at the terminal, and the exit code; first match wins.
_FAILURES: list[tuple[type[Exception], Callable[[Exception], str], int]] = [
    (
        InsecureConnectionError,
        lambda e: f"{e} (or pass --allow-insecure-http, for a test server only)",
        EXIT_FAILED,
    ),
    (
        AuthError,
        lambda e: "the server no longer accepts this laptop's sign-in; run: kopdes-desktop login",
        EXIT_SIGN_IN,
    ),
    (
        NotSignedInError,
        lambda e: "not signed in; run: kopdes-desktop login --server URL --username NAME",
        EXIT_SIGN_IN,
    ),
    (
        VersionRefusedError,
        lambda e: f"the server needs a newer Kopdes Desktop ({e}); unsent changes are kept",
        EXIT_UPDATE,
    ),
    (
        TransientError,
        lambda e: f"the server cannot be reached now ({e}); unsent changes are kept",
        EXIT_UNREACHABLE,
    ),
    (
        RateLimitedError,
        lambda e: f"the server cannot be reached now ({e}); unsent changes are kept",
        EXIT_UNREACHABLE,
    ),
    (UnsentChangesError, str, EXIT_FAILED),
    (BundleError, str, EXIT_FAILED),
    (SyncError, str, EXIT_FAILED),
]


def run(services: AppServices, args: argparse.Namespace) -> int:
    _warn_if_unencrypted(services, args)
    try:
        return _dispatch(services, args)
    except (SyncError, NotSignedInError, UnsentChangesError, BundleError) as error:
        for kind, describe, code in _FAILURES:
            if isinstance(error, kind):
                _fail(describe(error))
                return code
        raise


def _dispatch(services: AppServices, args: argparse.Namespace) -> int:
    handlers = {
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
    return 0


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
    report = services.sync.sync(_print_progress)
    print(
        f"\nsent {report.push.sent} change(s) ({report.push.rejected} rejected), received "
        f"{report.pull.changes} in {report.pull.pages} page(s), photos {report.photos.uploaded}"
        f" up / {report.photos.downloaded} down; {report.requests} requests, "
        f"{report.bytes_sent} B sent, {report.bytes_received} B received"
    )
    _print_attention(services.sync.status())


def _print_attention(status: SyncStatus) -> None:
    """What did not go through, so a sync that did not fully succeed never reads as done."""
    if not status.needs_attention:
        if status.account is not None:
            print("synced: nothing refused, no clashes")
        return
    parts = []
    if status.rejected_changes:
        parts.append(f"{status.rejected_changes} change(s) refused by the server")
    if status.unresolved_conflicts:
        parts.append(f"{status.unresolved_conflicts} clash(es) to settle")
    if status.set_aside_changes:
        parts.append(
            f"{status.set_aside_changes} change(s) from the server not applied on this laptop "
            "(tried again when they change or after an update)"
        )
    print(f"needs attention: {', '.join(parts)}; see Kotak Masuk in the window")


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


def _print_progress(stage: Stage, share: float) -> None:
    print(f"\r{stage.value:12s} {share * 100:5.1f}%", end="", flush=True)


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
