"""Installing the user's language: Bahasa Indonesia first, English second."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kopdes_desktop import paths

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []


def install_language(app: QCoreApplication, language: str) -> None:
    """Load our translations (and Qt's own, for standard dialogs) for ``language``."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Indonesian if language == "id" else QLocale.Language.English,
            QLocale.Country.Indonesia,
        )
    )
    ours = QTranslator(app)
    qm = paths.translations_dir() / f"kopdes_{language}.qm"
    if ours.load(str(qm)):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no compiled translation at %s (run `make translations`)", qm)
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    # Qt has no Indonesian catalogue of its own: ours covers the Qt strings the app shows.
    ours_for_qt = QTranslator(app)
    if ours_for_qt.load(str(paths.translations_dir() / f"kopdes_qt_{language}.qm")):
        app.installTranslator(ours_for_qt)
        _installed.append(ours_for_qt)


def current_language() -> str:
    """The language installed by ``install_language``, read back from Qt's default locale."""
    return "id" if QLocale().language() == QLocale.Language.Indonesian else "en"
