"""Beranda: what is on this laptop and what is waiting to be sent."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from kopdes_desktop.services.overview import Overview
from kopdes_desktop.ui.formatting import format_count
from kopdes_desktop.ui.forms.field_errors import WARNING_STYLE


class HomePage(QWidget):
    help_topic = "home"  # its F1 guide: resources/help/<language>/home.md

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        title = QLabel(self.tr("Welcome to Kopdes Desktop"))
        title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "Cooperative profiles, visit logs and business opportunities, kept on this "
                "laptop and usable without a signal."
            )
        )
        intro.setWordWrap(True)
        self._cooperatives = QLabel()
        self._visits = QLabel()
        self._opportunities = QLabel()
        self._pending = QLabel()
        self._refused = QLabel()
        self._refused.setStyleSheet(WARNING_STYLE)
        figures = QFormLayout()
        figures.addRow(self.tr("Cooperatives:"), self._cooperatives)
        figures.addRow(self.tr("Visits:"), self._visits)
        figures.addRow(self.tr("Business opportunities:"), self._opportunities)
        figures.addRow(self.tr("Changes waiting to be sent:"), self._pending)
        self._refused_label = QLabel(self.tr("Changes the server refused:"))
        figures.addRow(self._refused_label, self._refused)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(figures)
        layout.addStretch(1)

    def show_overview(self, overview: Overview) -> None:
        for label, value in (
            (self._cooperatives, overview.cooperatives),
            (self._visits, overview.visits),
            (self._opportunities, overview.opportunities),
            (self._pending, overview.pending_changes),
        ):
            label.setText(format_count(value, self._language))
        refused = overview.refused_changes
        self._refused.setText(
            self.tr("%1 · see the inbox").replace("%1", format_count(refused, self._language))
        )
        self._refused.setVisible(refused > 0)
        self._refused_label.setVisible(refused > 0)
