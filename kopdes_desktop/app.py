"""Wiring: settings, logging, region data and the local database, then the chosen front end."""

from __future__ import annotations

import logging

from kopdes_desktop import log, paths, settings
from kopdes_desktop.disk_space import is_disk_full
from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.services import backups
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.storage.opening import open_database

logger = logging.getLogger(__name__)
EXIT_DISK_FULL = 7  # as `kopdes-desktop sync` (README)


def check_database() -> backups.DamageReport | None:
    """The start-up check; None when the database is healthy or does not exist yet."""
    return backups.check_at_startup(paths.database_file(), paths.backups_dir())


def open_services() -> AppServices:
    catalog = RegionCatalog.from_directory(paths.regions_dir())
    database = open_database(paths.database_file(), paths.backups_dir(), catalog)
    context = ServiceContext(database=database, catalog=catalog)
    return AppServices(context, ca_bundle=settings.load().ca_bundle)


def start_gui() -> int:
    # Imported here so that command-line tools work on machines without Qt's GUI libraries.
    from kopdes_desktop.ui import application, display  # noqa: PLC0415

    user_settings = settings.load()
    if not display.display_available():
        print(display.no_display_message(user_settings.language))
        return 2
    missing = display.missing_x11_library()
    if missing:
        print(display.missing_library_message(user_settings.language, missing))
        return 2
    log.setup_logging()
    log.install_excepthook()
    logger.info("starting; data in %s", paths.data_dir())
    try:
        damage = check_database()
        if damage is not None and not application.recover(damage, user_settings.language):
            logger.info("the user left the damaged database in place and quit")
            return 1
        services = open_services()
    except Exception as error:
        if not is_disk_full(error, paths.data_dir()):
            raise
        logger.warning("cannot start: the disk is full (%r)", error)
        application.tell_disk_full(user_settings.language)
        return EXIT_DISK_FULL
    try:
        return application.run(services, user_settings.language, user_settings.backups_to_keep)
    finally:
        services.context.database.dispose()
