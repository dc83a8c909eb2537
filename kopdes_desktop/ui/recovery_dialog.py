"""The dialog shown at start-up when the database file is damaged.

It offers the newest good backup, lists the unsent changes the backup lacks (so the user can
enter them again), and keeps the damaged file whatever the user chooses. The chosen action runs
off the GUI thread; the dialog closes when it is done.
"""

from __future__ import annotations

import logging
from datetime import datetime
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop import paths
from kopdes_desktop.services import backups
from kopdes_desktop.services.backups import DamageReport, UnsentChange
from kopdes_desktop.ui import counts
from kopdes_desktop.ui.formatting import format_date_time
from kopdes_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class Choice(Enum):
    RESTORE_BACKUP = "restore"
    START_EMPTY = "empty"
    QUIT = "quit"


def _record_type_label(record_type: str) -> str:
    labels = {
        "cooperative": translate("Recovery", "Cooperative"),
        "officer": translate("Recovery", "Officer"),
        "business_unit": translate("Recovery", "Business unit"),
        "visit": translate("Recovery", "Visit"),
        "agreed_action": translate("Recovery", "Agreed action"),
        "review_comment": translate("Recovery", "Review comment"),
        "opportunity": translate("Recovery", "Business opportunity"),
        "photo": translate("Recovery", "Photo"),
        "conflict": translate("Recovery", "Conflict"),
    }
    return labels.get(record_type, record_type)


def _op_label(op: str) -> str:
    labels = {
        "create": translate("Recovery", "new"),
        "patch": translate("Recovery", "edited"),
        "delete": translate("Recovery", "deleted"),
        "intent": translate("Recovery", "status changed"),
    }
    return labels.get(op, op)


def format_moment(moment: datetime, language: str) -> str:
    return format_date_time(moment, language)  # in WIB, like every time the app shows


def describe_change(change: UnsentChange, language: str) -> str:
    try:
        when = format_moment(datetime.fromisoformat(change.device_time), language)
    except ValueError:
        when = change.device_time
    what = f"{_record_type_label(change.record_type)} ({_op_label(change.op)})"
    hint = f": {change.hint}" if change.hint else ""
    return f"{when} — {what}{hint}"


class RecoveryDialog(QDialog):
    def __init__(self, report: DamageReport, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.choice = Choice.QUIT
        self.kept_as: Path | None = None  # where the damaged file went
        self.failure: QMessageBox | None = None
        self._language = language
        self._tasks = TaskRunner(self)
        self.setWindowTitle(self.tr("The database needs to be recovered"))
        self.setMinimumWidth(560)

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Kopdes Desktop found damage in its database file, probably after a power cut "
                "or a disk error. The damaged file is kept as it is, whatever you choose, so "
                "support staff can still rescue data from it."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.backup_label = QLabel(self._backup_text())
        self.backup_label.setWordWrap(True)
        layout.addWidget(self.backup_label)

        self.missing_label = QLabel(self._missing_text())
        self.missing_label.setWordWrap(True)
        layout.addWidget(self.missing_label)
        self.missing_list = QListWidget()
        self.missing_list.addItems([describe_change(c, language) for c in report.missing_changes])
        self.missing_list.setVisible(bool(report.missing_changes))
        layout.addWidget(self.missing_list)

        details = QPlainTextEdit()
        details.setReadOnly(True)
        details.setMaximumHeight(90)
        details.setPlainText(
            "\n".join(
                (
                    self.tr("Database: %1").replace("%1", str(report.database)),
                    self.tr("Log file: %1").replace("%1", str(paths.log_file())),
                    *report.problems,
                )
            )
        )
        layout.addWidget(QLabel(self.tr("Technical details for support:")))
        layout.addWidget(details)

        self.buttons = QDialogButtonBox()
        self.restore_button: QPushButton | None = None
        if report.newest_good_backup is not None:
            self.restore_button = self.buttons.addButton(
                self.tr("Restore the backup"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.restore_button.setDefault(True)
            self.restore_button.clicked.connect(lambda: self._run(Choice.RESTORE_BACKUP))
        self.empty_button = self.buttons.addButton(
            self.tr("Start with an empty database"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.empty_button.clicked.connect(lambda: self._run(Choice.START_EMPTY))
        self.quit_button = self.buttons.addButton(
            self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.quit_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)

    def _backup_text(self) -> str:
        good = self.report.newest_good_backup
        if good is None:
            return self.tr(
                "There is no good backup on this laptop. You can start with an empty database "
                "and receive your data again at the next sync; changes that were never sent "
                "will have to be entered again."
            )
        return (
            self.tr(
                "The newest good backup was made on %1. Restoring it brings back everything "
                "saved up to then."
            )
        ).replace("%1", format_moment(good.taken_at, self._language))

    def _missing_text(self) -> str:
        report = self.report
        count = counts.changes(len(report.missing_changes))
        if report.missing_changes:
            text = self.tr(
                "Not yet sent and not in the backup: %1 in the damaged file. Please note them "
                "now and enter them again after recovering:"
            ).replace("%1", count)
        else:
            text = self.tr("No unsent change is lost: the backup holds all of them.")
        if not report.changes_fully_read:
            text += " " + self.tr(
                "Part of the damaged file could not be read, so there may be more unsent "
                "changes than listed here."
            )
        return text

    def _run(self, choice: Choice) -> None:
        self.buttons.setEnabled(False)
        self.choice = choice
        report = self.report
        backups_dir = paths.backups_dir()
        if choice is Choice.RESTORE_BACKUP:
            self._tasks.write(
                lambda: backups.recover_from_backup(report, backups_dir).previous_kept_as,
                self._done,
                self._failed,
            )
        else:
            self._tasks.write(
                lambda: backups.start_empty(report, backups_dir), self._done, self._failed
            )

    def _done(self, kept_as: Path | None) -> None:
        self.kept_as = kept_as
        log.info("recovery %s done; damaged file kept as %s", self.choice.value, kept_as)
        self.accept()

    def _failed(self, error: Exception) -> None:
        log.error("recovery %s failed: %s", self.choice.value, error)
        self.choice = Choice.QUIT
        self.buttons.setEnabled(True)
        self.failure = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Recovery failed"),
            self.tr("The recovery did not work: %1\nDetails are in the log file:\n%2")
            .replace("%1", str(error))
            .replace("%2", str(paths.log_file())),
            QMessageBox.StandardButton.Ok,
            self,
        )
        self.failure.open()  # not exec(): the dialog stays responsive (and testable)
