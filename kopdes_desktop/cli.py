"""``kopdes-desktop``: the window by default, plus tools for support staff and scripts."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from kopdes_desktop import __version__, log, paths, settings, sync_cli
from kopdes_desktop.disk_space import is_disk_full

EXIT_DAMAGED = 3


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kopdes-desktop",
        description="Kopdes Desktop: offline field tool for KDKMP business assistants and PMOs. "
        "Without a command it opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this install without a desktop and without touching your data; exit 0 if OK",
    )
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("gui", help="open the window (the default)")
    commands.add_parser("info", help="print where this install keeps its files")
    demo = commands.add_parser(
        "demo-data",
        help="prepare the sample data (its own database, never synced) and open the window on "
        "it next time; only while no account is signed in",
    )
    demo.add_argument("--cooperatives", type=int, default=12)
    demo.add_argument("--remove", action="store_true", help="remove the sample data instead")
    backup = commands.add_parser("backup", help="copy the database to FILE (safe while it runs)")
    backup.add_argument("file", type=Path)
    restore = commands.add_parser(
        "restore",
        help="replace the database with the copy in FILE (close the window first); "
        "the current database is kept in the backups folder",
    )
    restore.add_argument("file", type=Path)
    commands.add_parser("check", help="check the database for damage (full integrity check)")
    commands.add_parser("backups", help="list the automatic and manual backups")
    sync_cli.add_commands(commands)
    return parser


def _refuse_if_damaged() -> int | None:
    """Command-line tools never open a damaged database; the window offers recovery."""
    from kopdes_desktop.app import check_database  # noqa: PLC0415

    damage = check_database()
    if damage is None:
        return None
    print(f"the database {damage.database} is damaged: {'; '.join(damage.problems)}")
    if damage.newest_good_backup is not None:
        print(
            f"the newest good backup is {damage.newest_good_backup.path}; open the window to "
            f"recover, or run: kopdes-desktop restore {damage.newest_good_backup.path}"
        )
    if damage.missing_changes:
        print(f"{len(damage.missing_changes)} unsent change(s) are not in that backup:")
        for change in damage.missing_changes:
            what = f"{change.op} {change.record_type} {change.hint}".rstrip()
            print(f"  #{change.mutation_id} {change.device_time} {what}")
    return EXIT_DAMAGED


def _info() -> int:
    from kopdes_desktop.app import open_services  # noqa: PLC0415

    services = open_services()
    overview = services.overview.overview()
    print(
        json.dumps(
            {
                "version": __version__,
                "data_dir": str(paths.data_dir()),
                "database": services.database_path,
                "log_file": str(paths.log_file()),
                "settings_file": str(paths.settings_file()),
                "cooperatives": overview.cooperatives,
                "visits": overview.visits,
                "opportunities": overview.opportunities,
                "pending_changes": overview.pending_changes,
            },
            indent=2,
        )
    )
    return 0


def _demo_data(count: int, remove: bool) -> int:
    from kopdes_desktop.app import open_services  # noqa: PLC0415
    from kopdes_desktop.services import sample_data  # noqa: PLC0415

    user_settings = settings.load()
    if remove:
        sample_data.remove()
        settings.save(replace(user_settings, show_sample_data=False))
        print("sample data removed; the window shows your own data")
        return 0
    own = open_services()
    try:
        offered = own.sample_data_offered()
    finally:
        own.context.database.dispose()
    if not offered:
        print("error: sample data is not offered once an account has signed in", file=sys.stderr)
        return 1
    held = sample_data.prepare(own.catalog, cooperatives=count)
    settings.save(replace(user_settings, show_sample_data=True))
    print(
        f"the sample data holds {held} cooperatives, in {paths.sample_database_file()}; it is "
        "never synced, and the window opens on it until you sign in or remove it"
    )
    return 0


def _backup(target: Path) -> int:
    from kopdes_desktop.services import backups  # noqa: PLC0415

    try:
        made = backups.backup_to(paths.database_file(), target)
    except backups.BackupError as error:
        if is_disk_full(error):
            from kopdes_desktop.ui import disk_full  # noqa: PLC0415

            sync_cli.install_language()
            print(f"error: {disk_full.backup_refused()}", file=sys.stderr)
            return sync_cli.EXIT_DISK_FULL
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"database copied to {made.path} ({made.size_bytes // 1024} KiB)")
    return 0


def _restore(source: Path) -> int:
    from kopdes_desktop.services import backups  # noqa: PLC0415

    try:
        outcome = backups.restore_from(source, paths.database_file(), paths.backups_dir())
    except backups.BackupError as error:
        if is_disk_full(error):
            from kopdes_desktop.ui import disk_full  # noqa: PLC0415

            sync_cli.install_language()
            print(f"error: {disk_full.restore_refused()}", file=sys.stderr)
            return sync_cli.EXIT_DISK_FULL
        print(f"error: nothing was changed: {error}", file=sys.stderr)
        return 1
    print(f"database restored from {outcome.restored_from}")
    if outcome.previous_kept_as is not None:
        print(f"the previous database is kept as {outcome.previous_kept_as}")
    return 0


def _check() -> int:
    from kopdes_desktop.services import backups  # noqa: PLC0415

    report = backups.full_check(paths.database_file(), paths.backups_dir())
    if report is None:
        print(f"no database yet at {paths.database_file()}")
        return 0
    if report.ok:
        print(f"{paths.database_file()}: ok ({report.seconds * 1000:.0f} ms)")
        return 0
    print(f"{paths.database_file()}: damaged")
    for problem in report.problems:
        print(f"  {problem}")
    return EXIT_DAMAGED


def _list_backups() -> int:
    from kopdes_desktop.services import backups  # noqa: PLC0415

    for item in backups.list_backups(paths.backups_dir()):
        print(f"{item.taken_at:%Y-%m-%d %H:%M} UTC  {item.size_bytes // 1024:8} KiB  {item.path}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(sys.argv[1:] if argv is None else argv)
    if args.self_test:
        from kopdes_desktop.self_test import run_self_test  # noqa: PLC0415

        return run_self_test()
    if args.command in (None, "gui"):
        from kopdes_desktop.app import start_gui  # noqa: PLC0415

        return start_gui()
    log.setup_logging()
    log.install_excepthook()
    # Tools that work on the database *file* (and so also on a damaged one).
    file_tools: dict[str, Callable[[], int]] = {
        "backup": lambda: _backup(args.file),
        "restore": lambda: _restore(args.file),
        "check": _check,
        "backups": _list_backups,
    }
    if args.command in file_tools:
        return file_tools[args.command]()
    try:
        return _database_command(args)
    except Exception as error:
        if not is_disk_full(error, paths.data_dir()):
            raise
        return _disk_full()


def _database_command(args: argparse.Namespace) -> int:
    """Tools that open the database through the services (and its migrations)."""
    database_tools: dict[str, Callable[[], int]] = {
        "info": _info,
        "demo-data": lambda: _demo_data(args.cooperatives, args.remove),
    }
    refused = _refuse_if_damaged()
    if refused is not None:
        return refused
    if args.command in sync_cli.COMMANDS:
        from kopdes_desktop.app import open_services  # noqa: PLC0415

        allowed = bool(getattr(args, "allow_insecure_http", False))
        return sync_cli.run(open_services(allow_insecure_http=allowed), args)
    return database_tools[args.command]()


def _disk_full() -> int:
    """Opening the database can need room too (a migration, the region table)."""
    from kopdes_desktop.services.sync_problems import SyncProblem  # noqa: PLC0415
    from kopdes_desktop.ui import sync_messages  # noqa: PLC0415

    sync_cli.install_language()
    print(f"error: {sync_messages.explanation(SyncProblem.DISK_FULL, pending=0)}", file=sys.stderr)
    return sync_cli.EXIT_DISK_FULL


if __name__ == "__main__":
    raise SystemExit(main())
