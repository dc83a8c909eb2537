"""Photos of a record as thumbnails: add from disk, view large, remove, reuse their GPS.

Photos of others' older records may not be on this laptop: their previews are fetched when the
strip shows them (a placeholder meanwhile), and the full photo when it is opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.disk_space import is_disk_full
from kopdes_desktop.domain.records import Photo
from kopdes_desktop.services import photos
from kopdes_desktop.services.photo_fetch import PhotoService
from kopdes_desktop.services.photos import ImportedPhoto
from kopdes_desktop.ui import disk_full
from kopdes_desktop.ui.forms.photo_viewer import PhotoViewer
from kopdes_desktop.ui.tasks import TaskRunner

_PHOTO_ROLE = Qt.ItemDataRole.UserRole


class PhotoStrip(QWidget):
    changed = Signal()
    gps_found = Signal(float, float)  # the position a newly added photo carried
    failed = Signal(str)

    def __init__(
        self, tasks: TaskRunner, parent_id: str, service: PhotoService | None = None
    ) -> None:
        super().__init__()
        self._tasks = tasks
        self._parent_id = parent_id
        self._service = service
        self.list = QListWidget()
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(160, 160))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setSpacing(8)
        self.add_button = QPushButton(self.tr("Add photos…"))
        self.remove_button = QPushButton(self.tr("Remove selected"))
        self.status = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._choose_files)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemActivated.connect(self._view_large)

    def set_photos(self, records: tuple[Photo, ...]) -> None:
        self.list.clear()
        for record in records:
            self._add_item(record)
        missing = [r.sha256 for r in records if not _shown_locally(r.sha256)]
        if missing and self._service is not None:
            service = self._service
            self._tasks.fetch(lambda: service.previews(missing), self._previews_arrived)

    def _previews_arrived(self, _shown: set[str]) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            record: Photo = item.data(_PHOTO_ROLE)
            item.setIcon(_icon(record.sha256))

    def photos(self) -> tuple[Photo, ...]:
        return tuple(self.list.item(row).data(_PHOTO_ROLE) for row in range(self.list.count()))

    def set_read_only(self, read_only: bool) -> None:
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)

    def add_files(self, files: list[Path]) -> None:
        """Resize and store the files off the GUI thread, then show them."""
        if not files:
            return
        self.status.setText(self.tr("Adding %1 photo(s)…").replace("%1", str(len(files))))
        parent_id = self._parent_id

        def work() -> tuple[list[ImportedPhoto], list[str]]:
            imported, problems = [], []
            for file in files:
                try:
                    imported.append(photos.import_photo(file, parent_id))
                except photos.PhotoImportError:
                    problems.append(file.name)
            return imported, problems

        self._tasks.read(work, self._imported, self._import_failed)

    def _import_failed(self, error: Exception) -> None:
        self.status.clear()
        if is_disk_full(error):
            self.failed.emit(disk_full.photo_refused())
        else:
            self.failed.emit(self.tr("The photos could not be added; details are in the log."))

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.changed.emit()

    def _choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose photos"),
            str(Path.home()),
            self.tr("Pictures (*.jpg *.jpeg *.png *.heic *.webp)"),
        )
        self.add_files([Path(name) for name in names])

    def _imported(self, result: tuple[list[ImportedPhoto], list[str]]) -> None:
        imported, problems = result
        known = {photo.sha256 for photo in self.photos()}
        for item in imported:
            if item.photo.sha256 not in known:  # the same picture twice is kept once
                self._add_item(item.photo)
                known.add(item.photo.sha256)
            if item.latitude is not None and item.longitude is not None:
                self.gps_found.emit(item.latitude, item.longitude)
        self.status.clear()
        if problems:
            self.failed.emit(
                self.tr("Not a picture the app can read: %1").replace("%1", ", ".join(problems))
            )
        if imported:
            self.changed.emit()

    def _add_item(self, record: Photo) -> None:
        item = QListWidgetItem(_icon(record.sha256), record.caption or record.sha256[:8])
        item.setData(_PHOTO_ROLE, record)
        item.setToolTip(self.tr("Double-click to view large"))
        self.list.addItem(item)

    def _view_large(self, item: QListWidgetItem) -> None:
        record: Photo = item.data(_PHOTO_ROLE)
        viewer = PhotoViewer(self._tasks, self._service, record, self)
        viewer.open()


def _shown_locally(sha256: str) -> bool:
    return photos.thumbnail_file(sha256).exists() or photos.photo_file(sha256).exists()


def _icon(sha256: str) -> QIcon:
    for path in (photos.thumbnail_file(sha256), photos.photo_file(sha256)):
        if path.exists():
            return QIcon(str(path))
    return QIcon.fromTheme("image-x-generic")
