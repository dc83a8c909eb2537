"""Wiring: settings, logging, region data and the local database, then the chosen front end."""

from __future__ import annotations

import logging

from kopdes_desktop import log, paths, settings
from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.storage.opening import open_database

logger = logging.getLogger(__name__)


def open_services() -> AppServices:
    catalog = RegionCatalog.from_directory(paths.regions_dir())
    database = open_database(paths.database_file(), paths.backups_dir(), catalog)
    return AppServices(ServiceContext(database=database, catalog=catalog))


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
    services = open_services()
    try:
        return application.run(services, user_settings.language)
    finally:
        services.context.database.dispose()
