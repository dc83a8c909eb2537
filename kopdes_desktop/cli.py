"""``kopdes-desktop``: the window by default, plus tools for support staff and scripts."""

from __future__ import annotations

import argparse
import json
import sys

from kopdes_desktop import __version__, log, paths


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kopdes-desktop",
        description="Kopdes Desktop: offline field tool for KDKMP business assistants and PMOs. "
        "Without a command it opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("gui", help="open the window (the default)")
    commands.add_parser("info", help="print where this install keeps its files")
    demo = commands.add_parser("demo-data", help="add sample cooperatives to try the app")
    demo.add_argument("--cooperatives", type=int, default=12)
    return parser


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


def _demo_data(count: int) -> int:
    from kopdes_desktop.app import open_services  # noqa: PLC0415
    from kopdes_desktop.services.demo_data import create_demo_data  # noqa: PLC0415

    services = open_services()
    created = create_demo_data(services.context, cooperatives=count)
    print(f"created {created} sample cooperatives in {services.database_path}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(sys.argv[1:] if argv is None else argv)
    if args.command in (None, "gui"):
        from kopdes_desktop.app import start_gui  # noqa: PLC0415

        return start_gui()
    log.setup_logging()
    log.install_excepthook()
    if args.command == "info":
        return _info()
    if args.command == "demo-data":
        return _demo_data(args.cooperatives)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
