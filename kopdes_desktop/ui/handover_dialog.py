"""Pengaturan → "Serahkan lewat USB" and "Terima bundel": the handover bundle in the window.

The same service calls as ``kopdes-desktop export-bundle`` / ``import-bundle`` (so the same
rules: signed by this laptop, delivered only under the account that made it, checked whole
before anything is sent). Each dialog says what the file holds, runs the work off the GUI
thread, and ends with what happened and what comes next, or one sentence why nothing changed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop import paths
from kopdes_desktop.disk_space import is_disk_full
from kopdes_desktop.domain import clock
from kopdes_desktop.services.sync_problems import problem_of
from kopdes_desktop.services.sync_service import NotSignedInError, SampleDataError
from kopdes_desktop.sync.bundle import DeliveryReport
from kopdes_desktop.sync.bundle_format import (
    BundleAccountError,
    BundleManifest,
    BundleRefusedError,
    BundleSignatureError,
    BundleTooLargeError,
    BundleUnreadableError,
    BundleVersionError,
    DeviceKeyMissingError,
)
from kopdes_desktop.ui import counts, sync_messages, theme
from kopdes_desktop.ui.tasks import TaskRunner

BUNDLE_SUFFIX = ".kopdes"
_WIDTH = 600
translate = QCoreApplication.translate  # lupdate finds translate("Context", "literal")


def problem_text(error: Exception) -> str:  # noqa: PLR0911 - one sentence per case, flat
    """One translated sentence: why the handover did not happen (nothing was changed)."""
    if isinstance(error, BundleSignatureError):
        return translate(
            "Handover",
            "This bundle was not signed by a laptop of your account (it was changed, forged, "
            "or made by a laptop that was signed out), so nothing was delivered.",
        )
    if isinstance(error, BundleAccountError):
        return translate(
            "Handover",
            "This bundle belongs to %1: only a laptop signed in as %1 can deliver it, so "
            "nothing was delivered.",
        ).replace("%1", str(error.params.get("owner", "")))
    if isinstance(error, BundleTooLargeError):
        return translate(
            "Handover",
            "This bundle is larger than one bundle may be, so nothing was done; sync while "
            "connected instead.",
        )
    if isinstance(error, BundleVersionError):
        return translate(
            "Handover",
            "This bundle was made by a version of Kopdes Desktop this one cannot read; update "
            "the app on both laptops, nothing was delivered.",
        )
    if isinstance(error, BundleUnreadableError):
        return translate(
            "Handover",
            "This file is not a handover bundle, or it is damaged, so nothing was delivered.",
        )
    if isinstance(error, DeviceKeyMissingError):
        return translate(
            "Handover",
            "This laptop cannot sign a bundle yet: sync once while connected, or sign in again.",
        )
    if isinstance(error, BundleRefusedError):
        if error.params.get("reason") == BundleRefusedError.REUSED_IDS:
            return translate(
                "Handover",
                "The server already holds other changes under this bundle's numbers: the "
                "laptop that made it was restored from a backup or its data was copied. "
                "Nothing new was delivered; sync that laptop itself, it renumbers its changes "
                "and sends them.",
            )
        return translate(
            "Handover",
            "The server is missing earlier changes of the laptop that made this bundle, so "
            "nothing was delivered; sync that laptop itself instead.",
        )
    if isinstance(error, NotSignedInError):
        return translate(
            "Handover", "Sign in first: a bundle is made and delivered under one account."
        )
    if isinstance(error, SampleDataError):
        return translate(
            "Handover", "The sample data is never handed over; sign in to use your own data."
        )
    if isinstance(error, OSError) and not is_disk_full(error):
        return translate(
            "Handover",
            "The file could not be read or written there (was the USB stick removed?); "
            "choose another place.",
        )
    return sync_messages.explanation(problem_of(error), pending=0, log_file=str(paths.log_file()))


class HandoverDialog(QDialog):
    """A file field, one button that starts the work off the GUI thread, and the outcome."""

    succeeded = Signal()  # the bundle was written or delivered

    def __init__(self, parent: QWidget | None, tasks: TaskRunner) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.path = QLineEdit()
        self.choose_button = QPushButton(translate("Handover", "Choose…"))
        self.start_button = QPushButton()
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setObjectName("handoverOutcome")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose_button)
        self._layout = layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.start_button)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setFixedWidth(_WIDTH)
        self.choose_button.clicked.connect(self._choose)
        self.start_button.clicked.connect(self.start)
        self.path.textChanged.connect(self._enable_start)
        self.busy = False

    def _choose(self) -> None:  # pragma: no cover - a native file dialog, driven by hand
        raise NotImplementedError

    def fit(self) -> None:
        """Tall enough for the wrapped sentences: a word-wrapped label never clips."""
        self.setFixedHeight(self._layout.totalHeightForWidth(_WIDTH))

    def _enable_start(self) -> None:
        self.start_button.setEnabled(bool(self.path.text().strip()) and not self.busy)

    def start(self) -> None:
        raise NotImplementedError

    def _run(self, work: Callable[[], object], done: Callable[[object], None]) -> None:
        self.busy = True
        self._enable_start()
        self.choose_button.setEnabled(False)
        theme.set_tone(self.outcome, None)
        self.outcome.setText(translate("Handover", "Working… keep the USB stick in."))
        self.fit()
        self._tasks.write(work, lambda result: self._finish(done, result), self._failed)

    def _finish(self, done: Callable[[object], None], result: object) -> None:
        self.busy = False
        self.choose_button.setEnabled(True)
        self._enable_start()
        done(result)
        self.fit()
        self.succeeded.emit()

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.choose_button.setEnabled(True)
        self._enable_start()
        theme.set_tone(self.outcome, theme.ERROR)
        self.outcome.setText(problem_text(error))
        self.fit()


class ExportHandoverDialog(HandoverDialog):
    """Save every unsent change (and its photos) to a file for a USB stick."""

    def __init__(
        self,
        parent: QWidget | None,
        tasks: TaskRunner,
        export: Callable[[Path], BundleManifest],
        username: str,
    ) -> None:
        super().__init__(parent, tasks)
        self._export = export
        self.setWindowTitle(translate("Handover", "Hand over by USB"))
        self.intro.setText(
            translate(
                "Handover",
                "The file holds every change of this laptop that has not reached the server "
                "yet, with its photos, signed by this laptop. Only a laptop signed in as %1, or "
                "the office, can deliver it. Save it on a USB stick.",
            ).replace("%1", username)
        )
        self.start_button.setText(translate("Handover", "Save bundle"))
        name = f"kopdes-{username or 'serah'}-{clock.today():%Y-%m-%d}{BUNDLE_SUFFIX}"
        self.path.setText(str(Path.home() / name))
        self.fit()

    def _choose(self) -> None:  # pragma: no cover - a native file dialog, driven by hand
        name, _filter = QFileDialog.getSaveFileName(
            self, translate("Handover", "Save the bundle to"), self.path.text(), _bundle_filter()
        )
        if name:
            self.path.setText(name)

    def start(self) -> None:
        target = Path(self.path.text().strip())
        if target.suffix != BUNDLE_SUFFIX:
            target = target.with_name(target.name + BUNDLE_SUFFIX)
            self.path.setText(str(target))
        self._run(lambda: self._export(target), lambda made: self._saved(target, made))

    def _saved(self, target: Path, made: object) -> None:
        assert isinstance(made, BundleManifest)
        self.outcome.setText(
            translate(
                "Handover",
                "Saved to %3: %1 and %2.\n\nNext: take the file to "
                "the office, or to a connected laptop signed in with the same account, and "
                'choose "Receive a bundle" there. The changes stay on this laptop too and '
                "are sent again at its next sync; the server then counts them as duplicates.",
            )
            .replace("%1", counts.unsent_changes(len(made.mutations)))
            .replace("%2", counts.photos(len(made.photos)))
            .replace("%3", str(target))
        )


class ImportHandoverDialog(HandoverDialog):
    """Deliver a bundle made by a laptop of the signed-in account to the server."""

    def __init__(
        self,
        parent: QWidget | None,
        tasks: TaskRunner,
        deliver: Callable[[Path], DeliveryReport],
        username: str,
    ) -> None:
        super().__init__(parent, tasks)
        self._deliver = deliver
        self.setWindowTitle(translate("Handover", "Receive a bundle"))
        self.intro.setText(
            translate(
                "Handover",
                "Choose a handover file made by a laptop signed in as %1. The whole file is "
                "checked first (signature, account, size); then its changes and photos are "
                "sent to the server. Changes the server already has are counted as duplicates, "
                "so receiving a file twice changes nothing.",
            ).replace("%1", username)
        )
        self.start_button.setText(translate("Handover", "Send to the server"))
        self.path.setPlaceholderText(translate("Handover", "The bundle file (*.kopdes)"))
        self._enable_start()
        self.fit()

    def _choose(self) -> None:  # pragma: no cover - a native file dialog, driven by hand
        name, _filter = QFileDialog.getOpenFileName(
            self,
            translate("Handover", "Receive the bundle from"),
            str(Path.home()),
            _bundle_filter(),
        )
        if name:
            self.path.setText(name)

    def start(self) -> None:
        source = Path(self.path.text().strip())
        self._run(lambda: self._deliver(source), self._delivered)

    def _delivered(self, report: object) -> None:
        assert isinstance(report, DeliveryReport)
        self.outcome.setText(
            translate(
                "Handover",
                "Delivered: %1 applied, %2 already on the server (duplicates), %3 refused, "
                "%4 uploaded.\n\nNext: the changes reach every laptop of the "
                "account, this one too, at its next sync.",
            )
            .replace("%1", counts.changes(report.applied))
            .replace("%2", str(report.duplicates))
            .replace("%3", str(report.rejected))
            .replace("%4", counts.photos(report.photos_uploaded))
        )


def _bundle_filter() -> str:
    return translate("Handover", "Handover bundle (*.kopdes);;All files (*)")
