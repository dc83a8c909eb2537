"""Columns of the review queue."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kopdes_desktop.domain.reporting import ReviewQueueItem, ReviewSort
from kopdes_desktop.ui import labels
from kopdes_desktop.ui.cooperative_names import distinguishing_name
from kopdes_desktop.ui.formatting import format_date
from kopdes_desktop.ui.paged_table_model import Column

translate = QCoreApplication.translate


def author_label(author_id: str, name: str) -> str:
    """A BA's name, or a short form of their id until the laptop learns the name."""
    if name:
        return name
    return translate("Review", "BA %1").replace("%1", author_id[:8]) if author_id else ""


def review_columns(language: str) -> list[Column[ReviewQueueItem]]:
    return [
        Column(
            lambda: translate("Columns", "Cooperative"),
            lambda i: distinguishing_name(i.cooperative_name),
            ReviewSort.COOPERATIVE,
            tooltip=lambda i: f"{i.cooperative_name}, {i.kabupaten_name}",
        ),
        Column(
            lambda: translate("Columns", "BA"),
            lambda i: author_label(i.author_id, i.author_name),
            ReviewSort.AUTHOR,
        ),
        Column(
            lambda: translate("Columns", "Visit date"),
            lambda i: format_date(i.visit_date, language),
            ReviewSort.DATE,
        ),
        Column(lambda: translate("Columns", "Status"), lambda i: labels.label(i.status)),
        Column(
            lambda: translate("Columns", "Submitted"),
            lambda i: format_date(i.submitted_at.date() if i.submitted_at else None, language),
            ReviewSort.WAITING,
        ),
    ]
