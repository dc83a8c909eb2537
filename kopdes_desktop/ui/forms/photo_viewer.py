"""A photo shown large, fitted to the window and zoomable (zoom_view.py), with its caption and
date. One that is not on this laptop yet (photos of others' older records stay
on the server until opened) shows its preview, or a placeholder, and a progress bar while it is
downloaded; a failed download says why and offers to try again."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.domain.records import Photo
from kopdes_desktop.services import photos
from kopdes_desktop.services.photo_fetch import PhotoService, PhotoUnavailableError
from kopdes_desktop.ui import screen_fit, theme
from kopdes_desktop.ui.formatting import format_date_time
from kopdes_desktop.ui.forms.zoom_view import ZoomView
from kopdes_desktop.ui.i18n import current_language
from kopdes_desktop.ui.tasks import TaskRunner

PLACEHOLDER_EDGE = 640


class _Progress(QObject):
    """Carries download progress from the worker thread to the dialog (a queued signal)."""

    moved = Signal(int, int)


class PhotoViewer(QDialog):
    def __init__(
        self,
        tasks: TaskRunner,
        service: PhotoService | None,
        record: Photo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._service = service
        self._record = record
        self.setWindowTitle(record.caption or self.tr("Photo"))
        self.picture = ZoomView()
        self.picture.setToolTip(
            self.tr("Wheel or + and − zoom, 0 fits the window, drag or arrow keys move the photo")
        )
        self.about = QLabel(_describe(record))
        self.about.setWordWrap(True)
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.zoom_out_button = QPushButton(self.tr("Zoom out (−)"))
        self.fit_button = QPushButton(self.tr("Fit (0)"))
        self.zoom_in_button = QPushButton(self.tr("Zoom in (+)"))
        self.zoom_level = QLabel()
        self.zoom_out_button.clicked.connect(self.picture.zoom_out)
        self.fit_button.clicked.connect(self.picture.fit)
        self.zoom_in_button.clicked.connect(self.picture.zoom_in)
        self.picture.zoom_changed.connect(self._zoomed)
        zoom_row = QHBoxLayout()
        zoom_row.addWidget(self.about, 1)
        zoom_row.addWidget(self.zoom_level)
        for button in (self.zoom_out_button, self.fit_button, self.zoom_in_button):
            button.setAutoDefault(False)  # Enter in the photo must not zoom it out
            zoom_row.addWidget(button)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.clicked.connect(self._fetch)
        status_row = QHBoxLayout()
        status_row.addWidget(self.message, 1)
        status_row.addWidget(self.progress)
        status_row.addWidget(self.retry_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture, 1)
        layout.addLayout(zoom_row)
        layout.addLayout(status_row)
        self._relay = _Progress(self)
        self._relay.moved.connect(self._moved)
        screen_fit.size_dialog(self, QSize(1000, 700))  # smaller on a netbook
        self._show_local_or_fetch()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.picture.setFocus()  # the keys zoom at once; Tab reaches the buttons, Esc closes

    @property
    def showing_full_photo(self) -> bool:
        return self.property("fullPhoto") is True

    def _show_local_or_fetch(self) -> None:
        local = photos.photo_file(self._record.sha256)
        if local.exists():
            self._show_full(str(local))
            if self._service is not None:  # looked at: the last the photo cache gives up
                service, sha = self._service, self._record.sha256
                self._tasks.read(lambda: service.local_photo(sha), lambda _path: None)
            return
        self._show_placeholder()
        self._fetch()

    def _show_placeholder(self) -> None:
        preview = QPixmap(str(photos.thumbnail_file(self._record.sha256)))
        self.picture.set_pixmap(preview if not preview.isNull() else self._blank())

    def _blank(self) -> QPixmap:
        blank = QPixmap(PLACEHOLDER_EDGE, PLACEHOLDER_EDGE * 3 // 4)
        blank.fill(QColor(theme.current().hover))
        painter = QPainter(blank)
        painter.setPen(QColor(theme.current().muted))
        painter.drawText(blank.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Photo"))
        painter.end()
        return blank

    def _zoomed(self, scale: float) -> None:
        self.zoom_level.setText(f"{round(scale * 100)}%")

    def _fetch(self) -> None:
        self.retry_button.hide()
        if self._service is None:
            self._failed(PhotoUnavailableError("not_signed_in"))
            return
        service, sha, relay = self._service, self._record.sha256, self._relay
        self.message.setText(self.tr("Downloading the photo…"))
        self.progress.setRange(0, 0)  # busy until the size is known
        self.progress.show()
        self._tasks.fetch(
            lambda: str(service.fetch(sha, relay.moved.emit)), self._show_full, self._failed
        )

    def _moved(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
            self.progress.setFormat(f"{done // 1024} / {total // 1024} KB")

    def _show_full(self, path: str) -> None:
        pixmap = QPixmap(path)
        if pixmap.isNull():
            self._failed(PhotoUnavailableError("damaged"))
            return
        self.picture.set_pixmap(pixmap)
        self.progress.hide()
        self.retry_button.hide()
        self.message.clear()
        self.setProperty("fullPhoto", True)

    def _failed(self, error: Exception) -> None:
        code = error.code if isinstance(error, PhotoUnavailableError) else "offline"
        texts = {
            "not_signed_in": self.tr(
                "This photo is not on this laptop yet. Sign in to download it."
            ),
            "offline": self.tr(
                "This photo is not on this laptop yet and the server cannot be reached now. "
                "Try again when the connection is back."
            ),
            "not_on_server": self.tr(
                "This photo has not reached the server yet: its author's laptop still has to "
                "send it."
            ),
            "damaged": self.tr("The downloaded photo was damaged. Try again."),
        }
        self.message.setText(texts.get(code, texts["offline"]))
        self.progress.hide()
        self.retry_button.setVisible(code != "not_signed_in")


def _describe(record: Photo) -> str:
    """The caption and the date the photo was taken (or its file written), one line."""
    when = format_date_time(record.taken_at, current_language())
    return " · ".join(part for part in (record.caption, when) if part)
