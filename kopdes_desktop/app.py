"""Wiring: settings, logging, region data and the local database, then the chosen front end."""

from __future__ import annotations

import logging

from kopdes_desktop import log, paths, settings
from kopdes_desktop.disk_space import is_disk_full
from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.services import backups, sample_data
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.photo_fetch import photo_policy
from kopdes_desktop.storage.opening import open_database

logger = logging.getLogger(__name__)
EXIT_DISK_FULL = 8  # as `kopdes-desktop sync` (README)


def check_database() -> backups.DamageReport | None:
    """The start-up check; None when the database is healthy or does not exist yet."""
    return backups.check_at_startup(paths.database_file(), paths.backups_dir())


def open_services(sample: bool = False, *, allow_insecure_http: bool = False) -> AppServices:
    """The user's own data, or (``sample``) the sample data in its own database.

    ``allow_insecure_http``: the command line's ``--allow-insecure-http``; the setting of the same
    name allows it too.
    """
    catalog = RegionCatalog.from_directory(paths.regions_dir())
    if sample:
        context = sample_data.open_context(catalog)
    else:
        database = open_database(paths.database_file(), paths.backups_dir(), catalog)
        context = ServiceContext(database=database, catalog=catalog)
    chosen = settings.load()
    return AppServices(
        context,
        ca_bundle=chosen.ca_bundle,
        allow_insecure_http=allow_insecure_http or chosen.allow_insecure_http,
        photo_policy=photo_policy(chosen.photo_window_days, chosen.photo_cache_mb),
    )


def start_with_sample_data(user_settings: settings.Settings) -> bool:
    """Reopen on the sample data only if the window last showed it, it still exists, and no
    account has signed in meanwhile (from the command line, say)."""
    if not user_settings.show_sample_data or not sample_data.exists():
        return False
    real = open_services()
    try:
        return real.sample_data_offered()
    finally:
        real.context.database.dispose()


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
        sample = start_with_sample_data(user_settings)
        return application.run(
            open_services, user_settings.language, user_settings.backups_to_keep, sample=sample
        )
    except Exception as error:
        # Opening the database can need room too (its WAL, a migration); once the window runs,
        # a full disk is told where it happens.
        if not is_disk_full(error, paths.data_dir()):
            raise
        logger.warning("cannot start: the disk is full (%r)", error)
        application.tell_disk_full(user_settings.language)
        return EXIT_DISK_FULL
