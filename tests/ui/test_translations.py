"""Every string the user can see has its Indonesian (and English) translation."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kopdes_desktop import paths
from kopdes_desktop.ui import i18n_build
from kopdes_desktop.ui.i18n import install_language


@pytest.fixture
def refreshed_catalogues(tmp_path: Path) -> Path:
    """The committed catalogues, re-scanned against today's code (as a release would be)."""
    for language in i18n_build.LANGUAGES:
        shutil.copy(i18n_build.ts_file(language), tmp_path)
    i18n_build.update(tmp_path)
    return tmp_path


@pytest.mark.parametrize("language", i18n_build.LANGUAGES)
def test_no_string_is_left_untranslated(refreshed_catalogues: Path, language: str) -> None:
    missing = i18n_build.unfinished_messages(i18n_build.ts_file(language, refreshed_catalogues))
    assert missing == [], f"untranslated in kopdes_{language}.ts: {missing}"


def test_the_catalogues_compile() -> None:
    i18n_build.release()
    for language in i18n_build.LANGUAGES:
        assert (paths.translations_dir() / f"kopdes_{language}.qm").stat().st_size > 0


def test_compiling_never_rewrites_a_catalogue_a_running_app_has_mapped() -> None:
    """A running app maps its .qm: a new one replaces it by rename (the app keeps the old
    file), and an up-to-date one is left alone."""
    source = i18n_build.ts_file("id")
    target = source.with_suffix(".qm")
    i18n_build.release()
    before = target.stat()
    i18n_build.release()
    assert target.stat().st_ino == before.st_ino  # up to date: untouched
    later = before.st_mtime + 5
    os.utime(source, (later, later))  # the catalogue changed after it was compiled
    i18n_build.release()
    after = target.stat()
    assert after.st_ino != before.st_ino  # a new file renamed over, not the old one rewritten
    assert after.st_size > 0
    assert not list(target.parent.glob("*.tmp"))


def test_the_scan_finds_translatable_strings(refreshed_catalogues: Path) -> None:
    # Guards the guard: if the scan silently found nothing, the test above would pass vacuously.
    text = i18n_build.ts_file("id", refreshed_catalogues).read_text(encoding="utf-8")
    assert "<source>Cooperatives</source>" in text
    assert "<translation>Koperasi</translation>" in text


# --- Qt's own strings -----------------------------------------------------------------------
# Qt ships no Indonesian catalogue: resources/translations/kopdes_qt_id.ts covers the Qt strings
# the app shows. These tests catch an English "Cancel", "Yes" or file dialog in Indonesian mode.

SAME_IN_BOTH = {"OK", "&OK", "Alias", "Drive", "Folder", "Alt+Left", "Alt+Right", "Alt+Up"}
STANDARD_BUTTONS = [
    button
    for button in QDialogButtonBox.StandardButton
    if button not in (QDialogButtonBox.StandardButton.NoButton,)
    and button.name not in ("FirstButton", "LastButton", "Default", "Escape", "FlagMask")
]


def test_the_qt_catalogue_is_finished_and_compiles() -> None:
    [catalogue] = i18n_build.qt_ts_files()
    assert i18n_build.unfinished_messages(catalogue) == []
    i18n_build.release()
    assert catalogue.with_suffix(".qm").stat().st_size > 0


def button_texts(qapp: QApplication, language: str) -> dict[str, str]:
    install_language(qapp, language)
    texts = {}
    for standard in STANDARD_BUTTONS:
        box = QDialogButtonBox(standard)
        button = box.button(standard)
        assert button is not None
        texts[standard.name] = button.text()
    return texts


def test_every_standard_button_is_in_indonesian(qapp: QApplication) -> None:
    english = button_texts(qapp, "en")
    try:
        indonesian = button_texts(qapp, "id")
    finally:
        install_language(qapp, "en")
    assert english["Cancel"] == "Cancel"  # the guard: English really is English
    untranslated = {
        name: text
        for name, text in indonesian.items()
        if text == english[name] and text not in SAME_IN_BOTH
    }
    assert untranslated == {}
    assert indonesian["Cancel"] == "Batal"
    assert indonesian["Discard"] == "Buang"
    assert indonesian["Yes"].replace("&", "") == "Ya"
    assert indonesian["No"].replace("&", "") == "Tidak"


def test_a_message_box_with_details_speaks_indonesian(
    qtbot: QtBot, qapp: QApplication, indonesian: None
) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Buang perubahan?",
        "Ada perubahan yang belum disimpan.",
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
    )
    box.setDetailedText("rincian")
    qtbot.addWidget(box)
    box.show()
    texts = {button.text().replace("&", "") for button in box.findChildren(QAbstractButton)}
    assert {"Buang", "Batal", "Tampilkan rincian..."} <= texts


def visible_texts(root: QWidget) -> set[str]:
    """Every text a user can read in ``root``: labels, buttons, tool tips, list and header
    entries, combo box entries."""
    texts: set[str] = set()
    for widget in [root, *root.findChildren(QWidget)]:
        for getter in ("text", "title", "windowTitle", "toolTip", "placeholderText"):
            value = getattr(widget, getter, None)
            if callable(value):
                try:
                    texts.add(str(value()))
                except TypeError:
                    continue
        if isinstance(widget, QComboBox):
            texts.update(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount()):
                texts.add(str(model.index(row, 0).data() or ""))
            for column in range(model.columnCount()):
                texts.add(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
        for action in widget.actions():
            texts.update((action.text(), action.toolTip()))
    return {text.replace("&", "").strip() for text in texts if text and text.strip()}


def file_dialog_texts(qtbot: QtBot, qapp: QApplication, language: str, folder: Path) -> set[str]:
    install_language(qapp, language)
    dialog = QFileDialog(None, "", str(folder), "Kopdes (*.sqlite)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, as Linux users see
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = visible_texts(dialog)
    dialog.close()
    # Folder and file names are the user's, in no language.
    names = set(folder.parts) | set(Path.home().parts)
    return {text for text in texts if "/" not in text and text not in names and not text.isdigit()}


def test_the_file_dialog_speaks_indonesian(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    (tmp_path / "kopdes-2026-11-28.sqlite").write_bytes(b"")
    english = file_dialog_texts(qtbot, qapp, "en", tmp_path)
    try:
        indonesian = file_dialog_texts(qtbot, qapp, "id", tmp_path)
    finally:
        install_language(qapp, "en")
    assert {"Save", "Cancel", "Files of type:"} <= english  # the guard: English really is
    left_in_english = (indonesian & english) - SAME_IN_BOTH - {"kopdes-2026-11-28.sqlite"}
    assert {text for text in left_in_english if not text.startswith("Kopdes (")} == set()
    assert {"Simpan", "Batal", "Jenis berkas:"} <= indonesian


@pytest.mark.parametrize("kind", [QLineEdit, QPlainTextEdit])
def test_text_field_menus_speak_indonesian(
    qtbot: QtBot, qapp: QApplication, indonesian: None, kind: type[QWidget]
) -> None:
    field = kind()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()  # type: ignore[attr-defined]
    entries = {action.text().replace("&", "") for action in menu.actions() if action.text()}
    assert entries
    english = {"Undo", "Redo", "Cut", "Copy", "Paste", "Delete", "Select All"}
    assert entries.isdisjoint(english), entries
