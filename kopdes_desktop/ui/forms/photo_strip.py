"""Photos of a record as thumbnails with their caption and date: add from disk (the dialog opens
in the folder used last), caption, view large, remove, reuse their GPS.

A caption is a field of the photo record: it syncs, and a caption changed on two laptops is
merged or refused as a clash like any other field (domain/edits.py).

Photos of others' older records may not be on this laptop: their previews are fetched when the
strip shows them (a placeholder meanwhile), and the full photo when it is opened."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
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
from kopdes_desktop.ui import counts, disk_full, remembered_folders
from kopdes_desktop.ui.field_labels import field_label
from kopdes_desktop.ui.formatting import format_date, format_date_time
from kopdes_desktop.ui.forms.photo_viewer import PhotoViewer
from kopdes_desktop.ui.i18n import current_language
from kopdes_desktop.ui.tasks import TaskRunner

_PHOTO_ROLE = Qt.ItemDataRole.UserRole
# Under a 160 px thumbnail two short lines fit; the whole caption is in the caption field and
# the tooltip.
_CAPTION_SHOWN = 36
_ROW_PATH = re.compile(r"^photos\[(\d+)\]\.?(\w*)")


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
        self.list.setWordWrap(True)
        self.list.setGridSize(QSize(184, 220))
        self.caption = QLineEdit()
        self.caption.setPlaceholderText(self.tr("e.g. Rice stock in the cooperative's warehouse"))
        self.caption.setToolTip(self.tr("What the selected photo shows; it syncs with the photo"))
        caption_label = QLabel(self.tr("&Caption:"))
        caption_label.setBuddy(self.caption)
        caption_row = QHBoxLayout()
        caption_row.addWidget(caption_label)
        caption_row.addWidget(self.caption, 1)
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
        layout.addLayout(caption_row)
        layout.addLayout(buttons)
        self.file_dialog: QFileDialog | None = None
        self._read_only = False
        self.add_button.clicked.connect(self._choose_files)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemActivated.connect(self._view_large)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.caption.textEdited.connect(self._caption_typed)
        self._selection_changed()

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
        self._read_only = read_only
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)
        self._selection_changed()

    def describe(self, path: str, message: str) -> str:
        """A validation message of one photo ("photos[2].caption"), naming the photo and its
        field; the photo is selected, so its caption is in the field below, ready to fix."""
        found = _ROW_PATH.match(path)
        if found is None:
            return message
        row = int(found.group(1))
        if 0 <= row < self.list.count():
            self.list.setCurrentRow(row)
        where = self.tr("Photo #%1").replace("%1", str(row + 1))
        if found.group(2):
            where += f" · {field_label(found.group(2))}"
        return f"{where}: {message}"

    def _selected(self) -> QListWidgetItem | None:
        selected = self.list.selectedItems()
        return selected[0] if len(selected) == 1 else None

    def _selection_changed(self) -> None:
        item = self._selected()
        record: Photo | None = item.data(_PHOTO_ROLE) if item is not None else None
        self.caption.setText(record.caption if record is not None else "")
        self.caption.setEnabled(record is not None and not self._read_only)

    def _caption_typed(self, text: str) -> None:
        # Kept as typed: the save checks it (a refused character or a caption too long is
        # shown beside the photos, and nothing typed is lost).
        item = self._selected()
        if item is None:
            return
        record: Photo = item.data(_PHOTO_ROLE)
        self._show(item, dataclasses.replace(record, caption=text))
        # The label grows from one line to two while typing, and the view repaints only the
        # item's old rectangle: a strip of the old label stayed beside the thumbnail (QA F10).
        # Lay the items out again and repaint the whole view (a handful of thumbnails).
        self.list.doItemsLayout()
        self.list.viewport().update()
        self.changed.emit()

    def add_files(self, files: list[Path]) -> None:
        """Resize and store the files off the GUI thread, then show them."""
        if not files:
            return
        self.status.setText(self.tr("Adding %1…").replace("%1", counts.photos(len(files))))
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
        patterns = " ".join(f"*{suffix}" for suffix in photos.PICTURE_SUFFIXES)
        dialog = QFileDialog(
            self,
            self.tr("Choose photos"),
            str(remembered_folders.last_folder(remembered_folders.PHOTOS)),
            self.tr("Pictures (%1)").replace("%1", patterns),
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filesSelected.connect(self._files_chosen)
        self.file_dialog = dialog
        dialog.open()

    def _files_chosen(self, names: list[str]) -> None:
        files = [Path(name) for name in names]
        if files:
            remembered_folders.remember_folder(remembered_folders.PHOTOS, files[0].parent)
        self.add_files(files)

    def _imported(self, result: tuple[list[ImportedPhoto], list[str]]) -> None:
        imported, problems = result
        known = {photo.sha256 for photo in self.photos()}
        first_new = self.list.count()
        for item in imported:
            if item.photo.sha256 not in known:  # the same picture twice is kept once
                self._add_item(item.photo)
                known.add(item.photo.sha256)
        if self.list.count() > first_new:  # ready for its caption: the next thing to type
            self.list.setCurrentRow(first_new)
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
        item = QListWidgetItem(_icon(record.sha256), "")
        self._show(item, record)
        self.list.addItem(item)

    def _show(self, item: QListWidgetItem, record: Photo) -> None:
        """The thumbnail's two lines: its caption (cut short) and the date it was taken."""
        language = current_language()
        caption = record.caption.replace("\n", " ").strip()
        if len(caption) > _CAPTION_SHOWN:
            caption = caption[: _CAPTION_SHOWN - 1].rstrip() + "…"
        when = record.taken_at
        lines = [
            caption or self.tr("(no caption)"),
            format_date(when.date(), language) if when else self.tr("date unknown"),
        ]
        item.setText("\n".join(lines))
        tip = [record.caption] if record.caption else []
        if when:
            tip.append(self.tr("Taken %1").replace("%1", format_date_time(when, language)))
        tip.append(self.tr("Double-click or Enter to view large"))
        item.setToolTip("\n".join(tip))
        item.setData(_PHOTO_ROLE, record)

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
