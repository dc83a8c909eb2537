"""``kopdes-server``: run the server and administer accounts, assignments and data."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import uvicorn

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.paths import regions_dir
from kopdes_desktop.server import accounts, migrate, photos
from kopdes_desktop.server.accounts import AccountError
from kopdes_desktop.server.assignments import assign_cooperatives, assign_kabupaten
from kopdes_desktop.server.blobs import FilesystemBlobStore
from kopdes_desktop.server.compaction import compact
from kopdes_desktop.server.config import DATABASE_URL_ENV, ServerConfig, database_url
from kopdes_desktop.server.cooperative_import import COLUMNS, import_file
from kopdes_desktop.server.db import Database
from kopdes_desktop.server.demo import DemoSeed, existing_content, seed_demo
from kopdes_desktop.server.handover import import_bundle
from kopdes_desktop.server.passwords import generate_password
from kopdes_desktop.server.sample_cleanup import remove_sample_data
from kopdes_desktop.server.value_repair import describe, repair_stored_values
from kopdes_desktop.sync.bundle_format import HandoverError

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_NOT_MIGRATED = 3


def _database(args: argparse.Namespace) -> Database:
    return Database(database_url(args.database_url))


def _catalog() -> RegionCatalog:
    return RegionCatalog.from_directory(regions_dir())


def _require_migrated(db: Database) -> None:
    if not migrate.is_current(db):
        print(
            "the database is not at the current schema: run `kopdes-server migrate`",
            file=sys.stderr,
        )
        raise SystemExit(EXIT_NOT_MIGRATED)


def _read_password(args: argparse.Namespace) -> tuple[str, bool]:
    """(password, generated). From stdin, an interactive prompt, or generated and printed."""
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n"), False
    if sys.stdin.isatty():
        first = getpass.getpass("Password: ")
        if first != getpass.getpass("Repeat password: "):
            raise AccountError("the passwords differ")
        return first, False
    return generate_password(), True


# nginx keeps its connections to the app open for 60 s (upstream keepalive_timeout in
# packaging/server/nginx-kopdes.conf). uvicorn's own default, 5 s, made the app close connections
# nginx was about to reuse: a push sent on one is dropped, and nginx does not send a POST again
# (502). The app waits longer than nginx, so nginx is always the side that closes.
KEEP_ALIVE_SECONDS = 75


def cmd_serve(args: argparse.Namespace) -> int:
    url = database_url(args.database_url)
    db = Database(url)
    _require_migrated(db)
    db.dispose()
    # Worker processes build their app from the environment, so hand them the URL there.
    os.environ[DATABASE_URL_ENV] = url
    uvicorn.run(
        "kopdes_desktop.server.app:app_from_env",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        proxy_headers=args.proxy_headers,
        timeout_keep_alive=KEEP_ALIVE_SECONDS,
        log_level=args.log_level,
        server_header=False,  # "server: uvicorn" tells a laptop nothing; the Date it reads stays
    )
    return EXIT_OK


def cmd_migrate(args: argparse.Namespace) -> int:
    db = _database(args)
    migrate.upgrade(db)
    print(f"database at revision {migrate.current_revision(db)}")
    # Values written before the current value rules existed are repaired as part of every
    # upgrade, so a server never keeps serving something its own rules refuse.
    _repair_values(db, dry_run=False)
    return EXIT_OK


def _repair_values(db: Database, *, dry_run: bool) -> None:
    with db.write() as session:
        repairs = repair_stored_values(session, dry_run=dry_run)
    for repair in repairs:
        print(describe(repair))
    if repairs or dry_run:
        verb = "would repair" if dry_run else "repaired"
        records = len({repair.record_id for repair in repairs})
        print(f"{verb} {len(repairs)} value(s) in {records} record(s) that the value rules refuse")


def cmd_repair_values(args: argparse.Namespace) -> int:
    db = _database(args)
    _require_migrated(db)
    _repair_values(db, dry_run=args.dry_run)
    return EXIT_OK


def cmd_create_user(args: argparse.Namespace) -> int:
    db = _database(args)
    _require_migrated(db)
    password, generated = _read_password(args)
    role = Role(args.role)
    known = frozenset(region.code for region in _catalog().kabupaten())
    with db.write() as session:
        accounts.create_user(
            session, username=args.username, role=role, full_name=args.full_name, password=password
        )
        if args.kabupaten:
            assign_kabupaten(session, args.username, args.kabupaten, known)
    print(f"created {role.value} {args.username}")
    if generated:
        print(f"password: {password}")
    return EXIT_OK


def cmd_set_password(args: argparse.Namespace) -> int:
    db = _database(args)
    _require_migrated(db)
    password, generated = _read_password(args)
    with db.write() as session:
        signed_out = accounts.set_password(
            session, args.username, password, sign_out_devices=not args.keep_devices
        )
    print(f"password of {args.username} changed")
    if generated:
        print(f"password: {password}")
    if args.keep_devices:
        print("devices stay signed in (--keep-devices)")
    elif signed_out:
        print(f"signed out {len(signed_out)} device(s); they must sign in with the new password:")
        for device in signed_out:
            print(f"  {device.id}  {device.created_at:%Y-%m-%d}  {device.name}")
    else:
        print("no device was signed in")
    return EXIT_OK


def cmd_deactivate_user(args: argparse.Namespace) -> int:
    db = _database(args)
    _require_migrated(db)
    with db.write() as session:
        accounts.deactivate_user(session, args.username)
    print(f"{args.username} deactivated; all their devices are signed out")
    return EXIT_OK


def cmd_list_devices(args: argparse.Namespace) -> int:
    db = _database(args)
    _require_migrated(db)
    with db.read() as session:
        for device in accounts.list_devices(session, args.username):
            state = "revoked" if device.revoked_at else "active"
            print(f"{device.id}  {state:8}  {device.created_at:%Y-%m-%d}  {device.name}")
    return EXIT_OK


def cmd_revoke_device(args: argparse.Namespace) -> int:
    db = _database(args)
    _require_migrated(db)
    if not args.all and not args.device_id:
        raise AccountError("name a --device-id (see list-devices) or pass --all")
    with db.write() as session:
        count = accounts.revoke_devices(
            session, args.username, None if args.all else args.device_id
        )
    print(f"revoked {count} device(s) of {args.username}")
    return EXIT_OK


def cmd_import_cooperatives(args: argparse.Namespace) -> int:
    db = _database(args)
    _require_migrated(db)
    with db.write() as session:
        report = import_file(session, _catalog(), Path(args.file), skip_invalid=args.skip_invalid)
    for error in report.errors:
        print(f"{args.file}:{error.line}: {error.reason}", file=sys.stderr)
    if report.errors and not args.skip_invalid:
        print(
            f"nothing imported: {len(report.errors)} invalid row(s); "
            "fix them or pass --skip-invalid",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    print(f"imported {report.imported} cooperative(s); skipped {len(report.errors)} invalid row(s)")
    return EXIT_OK


def cmd_assign(args: argparse.Namespace) -> int:
    db = _database(args)
    _require_migrated(db)
    known = frozenset(region.code for region in _catalog().kabupaten())
    if bool(args.cooperative) == bool(args.kabupaten):
        raise AccountError("give either --cooperative (for a BA) or --kabupaten (for a PMO)")
    with db.write() as session:
        if args.cooperative:
            count = assign_cooperatives(
                session, args.username, args.cooperative, remove=args.remove
            )
        else:
            count = assign_kabupaten(
                session, args.username, args.kabupaten, known, remove=args.remove
            )
    verb = "removed" if args.remove else "added"
    print(f"{verb} {count} assignment(s) of {args.username}")
    return EXIT_OK


class _DryRunError(Exception):
    """Raised inside a transaction to roll it back after seeing what it would do."""


def _refuse_seed_demo(db: Database, args: argparse.Namespace, users: int, coops: int) -> int:
    """Say what seed-demo would add here (worked out in a transaction that is rolled back)."""
    planned = DemoSeed(0, [])
    try:
        with db.write() as session:
            planned = seed_demo(session, _catalog(), args.bas_per_kabupaten)
            raise _DryRunError
    except _DryRunError:
        pass
    new = planned.new_accounts
    by_role = ", ".join(f"{sum(a.role is role for a in new)} {role.value}" for role in Role)
    admin = "demo-admin, an administrator of all data, " if any(a.is_admin for a in new) else ""
    print(
        f"refused: this database already holds {users} account(s) and {coops} "
        f"cooperative(s). seed-demo would add {planned.cooperatives_added} cooperative(s) and "
        f"{len(new)} demo account(s) ({by_role}), {admin}and print their passwords. "
        "Run it again with --force to add them.",
        file=sys.stderr,
    )
    return EXIT_REFUSED


def cmd_seed_demo(args: argparse.Namespace) -> int:
    db = _database(args)
    _require_migrated(db)
    with db.read() as session:
        users, coops = existing_content(session)
    if (users or coops) and not args.force:
        return _refuse_seed_demo(db, args, users, coops)
    with db.write() as session:
        seeded = seed_demo(session, _catalog(), args.bas_per_kabupaten)
    print(f"{'username':24} {'role':6} {'password':20} {'area':28} name")
    for account in seeded.accounts:
        shown = account.password or "(unchanged)"
        print(
            f"{account.username:24} {account.role.value:6} {shown:20} {account.area:28} "
            f"{account.full_name}"
        )
    return EXIT_OK


def cmd_remove_sample_data(args: argparse.Namespace) -> int:
    db = _database(args)
    _require_migrated(db)
    with db.write() as session:
        found = remove_sample_data(session, _catalog(), dry_run=args.dry_run)
    for cooperative in found:
        print(f"{cooperative.record_id}  {cooperative.records:4} record(s)  {cooperative.name}")
    verb = "would remove" if args.dry_run else "removed"
    print(f"{verb} {len(found)} sample cooperative(s) an older app had pushed")
    return EXIT_OK


def cmd_compact(args: argparse.Namespace) -> int:
    db = _database(args)
    _require_migrated(db)
    with db.write() as session:
        report = compact(session, args.keep_days)
    purged = _purge_uploads(args, db, days=args.keep_days)
    print(
        f"horizon at version {report.horizon}: removed {report.tombstones} tombstone(s), "
        f"{report.log_rows} change-log row(s) and {purged} unfinished upload(s)"
    )
    return EXIT_OK


def _purge_uploads(args: argparse.Namespace, db: Database, days: float | None = None) -> int:
    # An upload nobody touched for the limit's days will not be resumed: its client re-sends.
    config = ServerConfig.from_env(args.database_url)
    store = FilesystemBlobStore(config.blob_dir)
    return photos.purge_expired_uploads(db, store, config.limits, days=days)


def cmd_purge_uploads(args: argparse.Namespace) -> int:
    db = _database(args)
    _require_migrated(db)
    purged = _purge_uploads(args, db)
    print(f"deleted {purged} unfinished photo upload(s) untouched for the expiry days")
    return EXIT_OK


def cmd_import_bundle(args: argparse.Namespace) -> int:
    db = _database(args)
    _require_migrated(db)
    config = ServerConfig.from_env(args.database_url)
    try:
        report = import_bundle(
            db,
            _catalog(),
            FilesystemBlobStore(config.blob_dir),
            config.limits,
            Path(args.file),
        )
    except (OSError, HandoverError) as error:
        print(f"error: {args.file}: {error}", file=sys.stderr)
        return EXIT_REFUSED
    print(
        f"bundle of {report.username}: {report.applied} change(s) applied, {report.duplicates} "
        f"already here, {report.rejected} rejected, {report.photos_stored} photo(s) stored"
    )
    return EXIT_OK


def _password_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input",
    )


CommandMaker = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def _account_commands(command: CommandMaker) -> None:
    create = command("create-user", cmd_create_user, "add an account")
    create.add_argument("--username", required=True)
    create.add_argument("--role", required=True, choices=[role.value for role in Role])
    create.add_argument("--full-name", required=True)
    create.add_argument("--kabupaten", nargs="*", default=[], help="PMO: kabupaten codes")
    _password_option(create)

    set_password = command(
        "set-password",
        cmd_set_password,
        "change an account's password and sign out all its devices",
    )
    set_password.add_argument("--username", required=True)
    set_password.add_argument(
        "--keep-devices",
        action="store_true",
        help="leave the account's devices signed in (only when the old password did not leak)",
    )
    _password_option(set_password)

    deactivate = command("deactivate-user", cmd_deactivate_user, "block an account")
    deactivate.add_argument("--username", required=True)

    devices = command("list-devices", cmd_list_devices, "list an account's signed-in devices")
    devices.add_argument("--username", required=True)

    revoke = command("revoke-device", cmd_revoke_device, "sign a device (or all) out")
    revoke.add_argument("--username", required=True)
    revoke.add_argument("--device-id")
    revoke.add_argument("--all", action="store_true")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kopdes-server", description=__doc__)
    parser.add_argument(
        "--database-url",
        help=f"SQLAlchemy URL (default: ${DATABASE_URL_ENV}, else a SQLite file in the data dir)",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    def command(
        name: str, handler: Callable[[argparse.Namespace], int], help_text: str
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        return sub

    serve = command("serve", cmd_serve, "run the HTTP server")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument("--proxy-headers", action="store_true", help="trust X-Forwarded-For")
    serve.add_argument("--log-level", default="info")

    command(
        "migrate",
        cmd_migrate,
        "create or upgrade the database schema, then repair stored values the rules refuse",
    )

    repair = command(
        "repair-values",
        cmd_repair_values,
        "repair stored values the value rules refuse (written before a rule existed); "
        "prints each original value",
    )
    repair.add_argument("--dry-run", action="store_true", help="only list what would change")

    _account_commands(command)

    importer = command(
        "import-cooperatives",
        cmd_import_cooperatives,
        f"add cooperatives from a CSV file (columns: {', '.join(COLUMNS)})",
    )
    importer.add_argument("file")
    importer.add_argument("--skip-invalid", action="store_true", help="import the valid rows")

    sample = command(
        "remove-sample-data",
        cmd_remove_sample_data,
        "remove the sample cooperatives (with their visits and notes) that older apps pushed "
        "when a PMO loaded sample data and synced; laptops drop them at their next sync",
    )
    sample.add_argument("--dry-run", action="store_true", help="only list what would go")

    assign = command("assign", cmd_assign, "assign cooperatives to a BA or kabupaten to a PMO")
    assign.add_argument("--username", required=True)
    assign.add_argument(
        "--cooperative", nargs="*", default=[], help="cooperative ids or village codes"
    )
    assign.add_argument("--kabupaten", nargs="*", default=[], help="kabupaten codes")
    assign.add_argument("--remove", action="store_true")

    seed = command("seed-demo", cmd_seed_demo, "add demo cooperatives and accounts")
    seed.add_argument("--bas-per-kabupaten", type=int, default=2)
    seed.add_argument(
        "--force",
        action="store_true",
        help="add them even to a database that already holds accounts or cooperatives",
    )

    bundle = command(
        "import-bundle", cmd_import_bundle, "deliver a laptop's offline-handover bundle FILE"
    )
    bundle.add_argument("file")

    compact_cmd = command("compact", cmd_compact, "drop history older than --keep-days")
    compact_cmd.add_argument("--keep-days", type=float, default=180.0)
    command(
        "purge-uploads",
        cmd_purge_uploads,
        "delete unfinished photo uploads untouched for KOPDES_SERVER_UNFINISHED_UPLOAD_DAYS",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        result: int = args.handler(args)
    except AccountError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_REFUSED
    return result


if __name__ == "__main__":
    sys.exit(main())
