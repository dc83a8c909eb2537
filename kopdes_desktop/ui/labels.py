"""Translated labels of the stored enum values (the values themselves never change).

Each label is written out as a literal ``translate`` call so Qt's lupdate can find it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kopdes_desktop.domain.enums import OperationalStatus

translate = QCoreApplication.translate


def operational_status(value: OperationalStatus | None) -> str:
    if value is None:
        return ""
    return {
        OperationalStatus.NOT_OPERATING: translate("Labels", "Not operating"),
        OperationalStatus.PREPARING: translate("Labels", "Preparing"),
        OperationalStatus.OPERATING: translate("Labels", "Operating"),
        OperationalStatus.STOPPED: translate("Labels", "Stopped"),
    }[value]
