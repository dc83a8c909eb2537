"""Photos in the real visit form (issue 13 item 7): each thumbnail says what it shows and when,
the caption is typed under the photos and saved with the visit, a hostile caption is refused
beside the photos in Indonesian, GPS taken from a photo says so, the photo dialog opens where
the last photos came from, and HEIC photos from phones are read like any other."""

from __future__ import annotations

import dataclasses
import os
from datetime import datetime
from pathlib import Path

import pillow_heif
import pytest
from PIL import Image
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication, QPaintEvent, QRegion
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from kopdes_desktop.domain.edits import Clash, ClashKind
from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.records import (
    Cooperative,
    CooperativeDetail,
    Photo,
    RecordType,
    Visit,
    VisitDetail,
)
from kopdes_desktop.services import photos
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.review import VisitUnderReview
from kopdes_desktop.ui import remembered_folders
from kopdes_desktop.ui.forms.clash_wording import sentence
from kopdes_desktop.ui.forms.photo_strip import PhotoStrip
from kopdes_desktop.ui.main_window import VISITS, MainWindow
from kopdes_desktop.ui.tasks import TaskRunner
from kopdes_desktop.ui.visit_editor import VisitEditor
from kopdes_desktop.ui.visit_review_view import VisitReviewView
from tests.roles import as_role
from tests.ui.helpers import open_window, screenshot
from tests.ui.test_value_rules import CONTROL_MESSAGE, VILLAGE, _outbox_size

EXIF_DATE_TAG = 0x9003
EXIF_IFD = 0x8769
GPS_IFD = 0x8825


@pytest.fixture
def services(context: ServiceContext) -> AppServices:
    return AppServices(as_role(context, Role.PMO, "61.12"))  # Kubu Raya, where VILLAGE is


def phone_photo(path: Path, taken: str = "2025:03:12 09:30:00", gps: bool = True) -> Path:
    """A phone's JPEG: its EXIF says when (and where) it was taken."""
    image = Image.new("RGB", (2000, 1500), (30, 120, 60))
    exif = Image.Exif()
    exif.get_ifd(EXIF_IFD)[EXIF_DATE_TAG] = taken
    if gps:
        exif[GPS_IFD] = {1: "S", 2: (0.0, 1.0, 34.68), 3: "E", 4: (109.0, 20.0, 33.0)}
    image.save(path, exif=exif)
    return path


def screenshot_png(path: Path, written: datetime) -> Path:
    """A picture without EXIF (a screenshot, a WhatsApp copy): only its file has a date."""
    Image.new("RGB", (800, 600), (200, 180, 40)).save(path)
    os.utime(path, (written.timestamp(), written.timestamp()))
    return path


def heic_photo(path: Path, taken: str = "2025:06:01 14:05:00") -> Path:
    """What an iPhone writes: HEIC with an EXIF date."""
    exif = Image.Exif()
    exif.get_ifd(EXIF_IFD)[EXIF_DATE_TAG] = taken
    pillow_heif.from_pillow(Image.new("RGB", (1200, 900), (150, 40, 40))).save(
        path, quality=80, exif=exif.tobytes()
    )
    return path


def visit_in_window(qtbot: QtBot, services: AppServices) -> tuple[MainWindow, VisitEditor, str]:
    """A saved draft visit, opened in the window's visit form on its Photos tab."""
    cooperative = Cooperative(id=new_id(), name="KDKMP Rasau Jaya", village_code=VILLAGE)
    services.cooperatives.save(CooperativeDetail(cooperative))
    visit = Visit(id=new_id(), cooperative_id=cooperative.id, findings="Gudang baru selesai")
    services.visits.save_draft(VisitDetail(visit))
    window = open_window(qtbot, services)
    window.navigation.setCurrentRow(VISITS)
    window.visits.open_record(visit.id)
    qtbot.waitUntil(lambda: window.visits.editor is not None)
    editor = window.visits.editor
    assert isinstance(editor, VisitEditor)
    qtbot.waitUntil(editor.isVisible)
    editor.tabs.setCurrentIndex(editor.tabs.indexOf(editor.photos.parentWidget().parentWidget()))
    return window, editor, visit.id


def add_and_wait(qtbot: QtBot, strip: PhotoStrip, files: list[Path], count: int) -> None:
    strip.add_files(files)
    done = lambda: strip.list.count() == count and strip.status.text() == ""  # noqa: E731
    qtbot.waitUntil(done, timeout=15_000)


def save_and_wait(qtbot: QtBot, editor: VisitEditor) -> None:
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        editor.save_button.click()


def test_thumbnails_say_what_and_when_and_a_typed_caption_is_saved(
    qtbot: QtBot, services: AppServices, tmp_path: Path, indonesian: None
) -> None:
    _window, editor, visit_id = visit_in_window(qtbot, services)
    strip = editor.photos
    add_and_wait(
        qtbot,
        strip,
        [
            phone_photo(tmp_path / "IMG_0001.jpg"),
            screenshot_png(tmp_path / "wa.png", datetime(2024, 8, 17, 10, 0)),
        ],
        2,
    )
    # No more hash fragments: a caption (none yet) and the date, from EXIF or the file.
    assert strip.list.item(0).text() == "(tanpa keterangan)\n12 Mar 2025"
    assert strip.list.item(1).text() == "(tanpa keterangan)\n17 Agu 2024"
    assert "Diambil 12 Mar 2025 09:30" in strip.list.item(0).toolTip()
    assert strip.list.currentRow() == 0  # the first photo added is ready for its caption
    assert strip.caption.isEnabled()
    qtbot.keyClicks(strip.caption, "Stok beras di gudang koperasi")
    assert strip.list.item(0).text() == "Stok beras di gudang koperasi\n12 Mar 2025"
    strip.list.setCurrentRow(1)
    assert strip.caption.text() == ""  # the field follows the selected photo
    strip.list.setCurrentRow(0)
    assert strip.caption.text() == "Stok beras di gudang koperasi"
    screenshot(qtbot, editor, "photo-captions-visit-form")

    save_and_wait(qtbot, editor)
    stored = services.visits.get(visit_id).photos
    by_caption = {photo.caption: photo for photo in stored}
    assert set(by_caption) == {"Stok beras di gudang koperasi", ""}
    assert by_caption["Stok beras di gudang koperasi"].taken_at == datetime(2025, 3, 12, 9, 30)
    assert by_caption[""].taken_at == datetime(2024, 8, 17, 10, 0)  # the file's date


def test_gps_taken_from_a_photo_says_so_beside_the_coordinates(
    qtbot: QtBot, services: AppServices, tmp_path: Path, indonesian: None
) -> None:
    _window, editor, _visit_id = visit_in_window(qtbot, services)
    assert editor.gps_source.isHidden()
    add_and_wait(qtbot, editor.photos, [phone_photo(tmp_path / "IMG_0002.jpg")], 1)
    assert editor.latitude.value() == pytest.approx(-0.0263, abs=1e-5)
    assert not editor.gps_source.isHidden()
    assert editor.gps_source.text() == "diambil dari foto"
    editor.tabs.setCurrentIndex(0)
    screenshot(qtbot, editor, "photo-gps-taken-from-photo")
    # The label sits with the coordinates: right under Bujur, on the same tab.
    longitude_bottom = editor.longitude.mapTo(editor, editor.longitude.rect().bottomLeft()).y()
    label_top = editor.gps_source.mapTo(editor, editor.gps_source.rect().topLeft()).y()
    assert 0 <= label_top - longitude_bottom < 40

    editor.latitude.selectAll()
    qtbot.keyClicks(editor.latitude, "-0,05")  # typed over: no longer the photo's position
    assert editor.gps_source.isHidden()


def test_a_photo_without_gps_leaves_the_coordinates_and_says_nothing(
    qtbot: QtBot, services: AppServices, tmp_path: Path, indonesian: None
) -> None:
    _window, editor, _visit_id = visit_in_window(qtbot, services)
    add_and_wait(qtbot, editor.photos, [phone_photo(tmp_path / "x.jpg", gps=False)], 1)
    assert editor.latitude.value() is None
    assert editor.gps_source.isHidden()


def paste(qtbot: QtBot, strip: PhotoStrip, text: str) -> None:
    """What a user pasting from a chat app does: the clipboard, then Ctrl+V."""
    strip.caption.selectAll()
    QGuiApplication.clipboard().setText(text)
    qtbot.keyClick(strip.caption, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_hostile_captions_are_refused_beside_the_photos_and_nothing_typed_is_lost(
    qtbot: QtBot, services: AppServices, tmp_path: Path, indonesian: None
) -> None:
    _window, editor, visit_id = visit_in_window(qtbot, services)
    strip = editor.photos
    add_and_wait(qtbot, strip, [phone_photo(tmp_path / "a.jpg", gps=False)], 1)
    save_and_wait(qtbot, editor)
    sent_before = _outbox_size(services)

    strip.list.setCurrentRow(0)
    paste(qtbot, strip, "Rapat\x1b[0m pengurus")
    assert strip.caption.text() == "Rapat\x1b[0m pengurus"
    editor.save_button.click()
    qtbot.waitUntil(lambda: editor.errors.message("photos") != "")
    refused = CONTROL_MESSAGE.replace("%1", "6")
    assert editor.errors.message("photos") == f"Foto #1 · keterangan foto: {refused}"
    screenshot(qtbot, editor, "photo-caption-refused")

    paste(qtbot, strip, "Gudang " * 100)  # 700 characters: a pasted document, not a caption
    assert editor.errors.message("photos") == ""  # the message goes once the caption changes
    editor.save_button.click()
    qtbot.waitUntil(lambda: editor.errors.message("photos") != "")
    assert editor.errors.message("photos") == (
        "Foto #1 · keterangan foto: Terlalu panjang: paling banyak 200 karakter."
    )
    # Refused, so nothing stored or queued, and the text is still there to shorten.
    assert services.visits.get(visit_id).photos[0].caption == ""
    assert _outbox_size(services) == sent_before
    assert strip.caption.text() == ("Gudang " * 100)[: len(strip.caption.text())]
    assert len(strip.caption.text()) == 700

    strip.caption.selectAll()
    qtbot.keyClicks(strip.caption, "Gudang koperasi")
    save_and_wait(qtbot, editor)
    assert services.visits.get(visit_id).photos[0].caption == "Gudang koperasi"


def test_the_photo_dialog_opens_in_the_folder_of_the_last_photos(
    qtbot: QtBot, services: AppServices, tmp_path: Path, indonesian: None
) -> None:
    phone = tmp_path / "DCIM" / "Camera"
    phone.mkdir(parents=True)
    picture = phone_photo(phone / "IMG_0003.jpg", gps=False)
    _window, editor, _visit_id = visit_in_window(qtbot, services)
    strip = editor.photos

    strip.add_button.click()
    dialog = strip.file_dialog
    assert isinstance(dialog, QFileDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert Path(dialog.directory().absolutePath()) == Path.home()  # nothing remembered yet
    assert dialog.windowTitle() == "Pilih foto"
    assert "*.heic" in dialog.nameFilters()[0]
    dialog.setDirectory(str(phone))
    dialog.selectFile(str(picture))
    dialog.accept()
    qtbot.waitUntil(lambda: strip.list.count() == 1, timeout=15_000)

    # Another form, later (the setting is on disk, beside the data): it starts in DCIM/Camera.
    other = PhotoStrip(TaskRunner(), new_id())
    qtbot.addWidget(other)
    other.add_button.click()
    assert other.file_dialog is not None
    qtbot.waitUntil(other.file_dialog.isVisible)
    assert Path(other.file_dialog.directory().absolutePath()) == phone
    other.file_dialog.reject()
    assert remembered_folders.last_folder(remembered_folders.PHOTOS) == phone

    # The card was taken out: the folder is gone, so the dialog starts at home again.
    for file in phone.iterdir():
        file.unlink()
    phone.rmdir()
    assert remembered_folders.last_folder(remembered_folders.PHOTOS) == Path.home()


def test_heic_photos_from_phones_are_read_stored_as_jpeg_and_dated(
    qtbot: QtBot, services: AppServices, tmp_path: Path, indonesian: None
) -> None:
    _window, editor, visit_id = visit_in_window(qtbot, services)
    add_and_wait(qtbot, editor.photos, [heic_photo(tmp_path / "IMG_4521.HEIC")], 1)
    assert editor.summary.text() == ""  # no "not a picture the app can read"
    [photo] = editor.photos.photos()
    with Image.open(photos.photo_file(photo.sha256)) as stored:
        assert stored.format == "JPEG"
        assert stored.size == (1200, 900)
        assert stored.getpixel((600, 450)) == pytest.approx((150, 40, 40), abs=6)
    assert photo.taken_at == datetime(2025, 6, 1, 14, 5)
    assert editor.photos.list.item(0).text().endswith("1 Jun 2025")
    save_and_wait(qtbot, editor)
    assert services.visits.get(visit_id).photos[0].sha256 == photo.sha256


def test_every_file_type_the_dialog_offers_can_be_read(tmp_path: Path) -> None:
    made = {
        ".jpg": lambda p: Image.new("RGB", (64, 48), "red").save(p, "JPEG"),
        ".jpeg": lambda p: Image.new("RGB", (64, 48), "red").save(p, "JPEG"),
        ".png": lambda p: Image.new("RGBA", (64, 48), "red").save(p, "PNG"),
        ".webp": lambda p: Image.new("RGB", (64, 48), "red").save(p, "WEBP"),
        ".heic": lambda p: pillow_heif.from_pillow(Image.new("RGB", (64, 48), "red")).save(p),
        ".heif": lambda p: pillow_heif.from_pillow(Image.new("RGB", (64, 48), "red")).save(p),
    }
    assert set(made) == set(photos.PICTURE_SUFFIXES)
    for suffix, make in made.items():
        source = tmp_path / f"photo{suffix}"
        make(source)
        imported = photos.import_photo(source, new_id()).photo
        with Image.open(photos.photo_file(imported.sha256)) as stored:
            assert (stored.format, stored.size) == ("JPEG", (64, 48)), suffix


def test_a_new_photo_is_selected_ready_for_its_caption(
    qtbot: QtBot, services: AppServices, tmp_path: Path, indonesian: None
) -> None:
    _window, editor, _visit_id = visit_in_window(qtbot, services)
    strip = editor.photos
    add_and_wait(qtbot, strip, [phone_photo(tmp_path / "a.jpg", gps=False)], 1)
    add_and_wait(qtbot, strip, [screenshot_png(tmp_path / "b.png", datetime(2024, 1, 2))], 2)
    assert strip.list.currentRow() == 1  # the photo just added
    assert strip.caption.isEnabled()
    qtbot.keyClicks(strip.caption, "Papan nama koperasi")
    assert [p.caption for p in strip.photos()] == ["", "Papan nama koperasi"]
    strip.list.clearSelection()
    assert not strip.caption.isEnabled()  # nothing chosen: nothing to caption
    strip.list.setCurrentRow(1)
    strip.set_read_only(True)  # a submitted visit
    assert not strip.caption.isEnabled()


def test_the_pmos_review_shows_each_photos_caption_and_date(qtbot: QtBot, indonesian: None) -> None:
    visit = Visit(id=new_id(), cooperative_id=new_id(), findings="Gudang baru selesai")
    captioned = Photo(
        id=new_id(),
        parent_id=visit.id,
        sha256="c" * 64,
        caption="Stok beras <gudang>",
        taken_at=datetime(2025, 3, 12, 9, 30),
    )
    bare = Photo(id=new_id(), parent_id=visit.id, sha256="d" * 64)
    view = VisitReviewView("id")
    qtbot.addWidget(view)
    view.show_visit(
        VisitUnderReview(VisitDetail(visit, photos=(captioned, bare)), "KDKMP X", "X", "Siti", ()),
        {},
    )
    text = view.toPlainText()
    assert "Stok beras <gudang> · 12 Mar 2025" in text  # escaped, not taken for a tag
    assert text.count("(foto belum diunduh)") == 2


def test_a_caption_clash_names_the_photo_by_its_date(indonesian: None) -> None:
    photo = Photo(id=new_id(), parent_id=new_id(), sha256="e" * 64, caption="Gudang")
    dated = dataclasses.replace(photo, taken_at=datetime(2025, 3, 12, 9, 30))

    def clash(row: Photo) -> Clash:
        mine = dataclasses.replace(row, caption="Gudang beras")
        return Clash(
            ClashKind.FIELD, RecordType.PHOTO, row.id, "caption", "", "Gudang", "Gudang beras",
            their_row=row, my_row=mine,
        )  # fmt: skip

    assert sentence(clash(dated), "id") == (
        "Selagi Anda mengedit, keterangan foto yang diambil 12 Mar 2025 diubah di tempat lain "
        "menjadi “Gudang”. Nilai Anda: “Gudang beras”. Saat formulir dibuka, nilainya (kosong)."
    )
    assert sentence(clash(photo), "id").startswith("Selagi Anda mengedit, keterangan sebuah foto ")


@pytest.mark.parametrize(
    ("language", "shown"),
    [("id", "Lintang -0,0263 · Bujur 109,3425"), ("en", "Latitude -0.0263 · Longitude 109.3425")],
)
def test_the_pmos_review_shows_the_position_as_the_form_does(
    qtbot: QtBot, language: str, shown: str, request: pytest.FixtureRequest
) -> None:
    if language == "id":
        request.getfixturevalue("indonesian")  # English is the tests' default
    visit = Visit(id=new_id(), cooperative_id=new_id(), latitude=-0.0263, longitude=109.3425)
    view = VisitReviewView(language)
    qtbot.addWidget(view)
    view.show_visit(VisitUnderReview(VisitDetail(visit), "KDKMP X", "X", "Siti", ()), {})
    assert shown in view.toPlainText()


def test_a_reopened_visit_has_no_blank_band_under_the_cooperative(
    qtbot: QtBot, services: AppServices, indonesian: None
) -> None:
    """The hint for a missing cooperative is for new visits; hidden, its row goes too."""
    _window, editor, _visit_id = visit_in_window(qtbot, services)
    assert editor.cooperative_hint.isHidden()
    editor.tabs.setCurrentIndex(0)
    qtbot.waitUntil(editor.visit_date.isVisible)
    below = editor.cooperative.mapTo(editor, editor.cooperative.rect().bottomLeft()).y()
    date_top = editor.visit_date.mapTo(editor, editor.visit_date.rect().topLeft()).y()
    assert date_top - below < 16  # one row's spacing, not an empty row


class _PaintedArea(QObject):
    """Collects what the view repaints: a caption that changes the thumbnail's label must
    repaint all of the label's old and new area, or a strip of the old text stays (QA F10)."""

    def __init__(self) -> None:
        super().__init__()
        self.region = QRegion()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(event, QPaintEvent):
            self.region = self.region.united(event.region())
        return False


def test_typing_a_caption_repaints_the_whole_thumbnail_label(
    qtbot: QtBot, services: AppServices, tmp_path: Path, indonesian: None
) -> None:
    _window, editor, _visit_id = visit_in_window(qtbot, services)
    strip = editor.photos
    add_and_wait(qtbot, strip, [phone_photo(tmp_path / "a.jpg", gps=False)], 1)
    qtbot.waitExposed(strip.list)
    index = strip.list.model().index(0, 0)
    painted = _PaintedArea()
    strip.list.viewport().installEventFilter(painted)
    for text in ("Gerai", " sembako koperasi Jagur tampak depan"):
        before = strip.list.visualRect(index)
        painted.region = QRegion()
        qtbot.keyClicks(strip.caption, text)
        qtbot.waitUntil(lambda: not painted.region.isEmpty())
        qtbot.wait(50)  # the view's delayed relayout and its repaint
        after = strip.list.visualRect(index)
        cell = QRect(QPoint(0, 0), strip.list.gridSize())  # the first photo's whole place
        for area in (before, after, cell):
            unpainted = QRegion(area).subtracted(painted.region)
            assert unpainted.isEmpty(), (text, area, unpainted.boundingRect())
    strip.list.viewport().removeEventFilter(painted)
