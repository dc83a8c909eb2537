"""The sync commands of ``kopdes-desktop``: login, sync, status, logout, export/import-bundle.

Support staff use these on a laptop that misbehaves; they print what a person needs to read,
and ``status --json`` what a script needs.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.sync_service import NotSignedInError, UnsentChangesError
from kopdes_desktop.sync.bundle import BundleError
from kopdes_desktop.sync.engine import Stage
from kopdes_desktop.sync.transport import (
    AuthError,
    RateLimitedError,
    ServerRefusedError,
    SyncError,
    TransientError,
    VersionRefusedError,
)

EXIT_FAILED = 1
EXIT_UNREACHABLE = 4
EXIT_SIGN_IN = 5
EXIT_UPDATE = 6


def add_commands(commands: Any) -> None:
    login = commands.add_parser("login", help="sign in to the central server once, online")
    login.add_argument("--server", required=True, help="server address, e.g. https://kopdes.go.id")
    login.add_argument("--username", required=True)
    login.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input instead of asking",
    )
    login.add_argument("--device-name", default="", help="how admins see this laptop")
    commands.add_parser("logout", help="forget the device token (refused with unsent changes)")
    commands.add_parser("sync", help="send local changes and receive the server's, now")
    status = commands.add_parser("status", help="pending changes, last sync, conflicts, rejected")
    status.add_argument("--json", action="store_true", help="machine-readable output")
    export = commands.add_parser("export-bundle", help="save unsent changes to FILE (handover)")
    export.add_argument("file", type=Path)
    imported = commands.add_parser(
        "import-bundle", help="deliver a handover FILE made by a laptop of the same account"
    )
    imported.add_argument("file", type=Path)


COMMANDS = {"login", "logout", "sync", "status", "export-bundle", "import-bundle"}


def run(services: AppServices, args: argparse.Namespace) -> int:
    try:
        return _dispatch(services, args)
    except AuthError:
        _fail("the server no longer accepts this laptop's sign-in; run: kopdes-desktop login")
        return EXIT_SIGN_IN
    except NotSignedInError:
        _fail("not signed in; run: kopdes-desktop login --server URL --username NAME")
        return EXIT_SIGN_IN
    except VersionRefusedError as error:
        _fail(f"the server needs a newer Kopdes Desktop ({error}); unsent changes are kept")
        return EXIT_UPDATE
    except (TransientError, RateLimitedError) as error:
        _fail(f"the server cannot be reached now ({error}); unsent changes are kept")
        return EXIT_UNREACHABLE
    except (UnsentChangesError, BundleError, ServerRefusedError, SyncError) as error:
        _fail(str(error))
        return EXIT_FAILED


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
    if report.applied.set_aside:
        print(
            f"{report.applied.set_aside} change(s) from the server could not be applied on this "
            "laptop and were set aside (shown in the inbox; tried again when they change or "
            "after an update); everything else was synced"
        )


def _status(services: AppServices, args: argparse.Namespace) -> None:
    status = services.sync.status()
    if args.json:
        print(json.dumps(asdict(status), indent=2, default=list))
        return
    who = status.account.username if status.account else "not signed in"
    print(f"account:            {who}")
    print(f"pending changes:    {status.pending_changes}")
    print(f"last sync (server): {status.last_sync_server_time or 'never'}")
    print(f"open conflicts:     {status.unresolved_conflicts}")
    print(f"rejected changes:   {status.rejected_changes}")
    print(f"not applied here:   {status.set_aside_changes}")


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


def _fail(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)
