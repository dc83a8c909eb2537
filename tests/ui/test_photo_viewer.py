"""The photo viewer (issue 13 item 7): the whole photo fits the window, the wheel and + / - zoom,
0 fits it again, dragging and the arrow keys move a zoomed photo, and it works from the
keyboard alone. (That it fits a 1024×600 netbook, buttons included, is checked with every other
dialog by tests/ui/test_fit_to_screen.py.)"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.records import Photo
from kopdes_desktop.services import photos
from kopdes_desktop.ui.forms.photo_viewer import PhotoViewer
from kopdes_desktop.ui.forms.zoom_view import ZOOM_STEP, ZoomView
from kopdes_desktop.ui.tasks import TaskRunner
from tests.ui.helpers import screenshot


def ledger_photo(tmp_path: Path) -> Photo:
    """A 1600×1200 photo of a ledger page, imported as the form does."""
    image = Image.new("RGB", (2400, 1800), (245, 240, 225))
    draw = ImageDraw.Draw(image)
    for row in range(0, 1800, 60):
        draw.line((0, row, 2400, row), fill=(120, 120, 200), width=3)
    draw.rectangle((1100, 800, 1300, 1000), fill=(200, 30, 30))
    source = tmp_path / "buku-kas.jpg"
    image.save(source)
    imported = photos.import_photo(source, new_id()).photo
    return Photo(
        id=imported.id,
        parent_id=imported.parent_id,
        sha256=imported.sha256,
        caption="Buku kas koperasi",
        taken_at=datetime(2025, 3, 12, 9, 30),
    )


def open_viewer(qtbot: QtBot, record: Photo) -> PhotoViewer:
    viewer = PhotoViewer(TaskRunner(), None, record)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitExposed(viewer)
    qtbot.waitUntil(lambda: viewer.showing_full_photo)
    viewer.activateWindow()
    qtbot.waitActive(viewer)
    return viewer


def shown_rect(view: ZoomView) -> QRect:
    """Where the whole photo lies in the view's viewport, in viewport pixels."""
    return view.mapFromScene(view.sceneRect()).boundingRect()


def wheel(view: ZoomView, notches: int) -> None:
    centre = QPointF(view.viewport().rect().center())
    event = QWheelEvent(
        centre,
        QPointF(view.viewport().mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_the_photo_fits_the_window_and_refits_when_it_is_resized(
    qtbot: QtBot, tmp_path: Path, indonesian: None
) -> None:
    viewer = open_viewer(qtbot, ledger_photo(tmp_path))
    view = viewer.picture
    assert view.pixmap().size().toTuple() == (1600, 1200)
    assert view.fitting
    viewport = view.viewport().rect()
    shown = shown_rect(view)
    assert viewport.adjusted(-1, -1, 1, 1).contains(shown)  # all of it is in sight…
    # Fitted: it fills the width or the height (Qt's fitInView leaves a margin of a few pixels).
    assert shown.width() >= viewport.width() - 6 or shown.height() >= viewport.height() - 6
    assert view.scale_factor() < 1  # …at less than its own size, on any screen
    assert viewer.about.text() == "Buku kas koperasi · 12 Mar 2025 09:30"
    assert viewer.zoom_level.text() == f"{round(view.scale_factor() * 100)}%"
    screenshot(qtbot, viewer, "photo-viewer-fitted")

    viewer.resize(viewer.width() // 2, viewer.height() // 2)
    qtbot.waitUntil(lambda: view.viewport().width() < viewport.width())
    assert view.viewport().rect().adjusted(-1, -1, 1, 1).contains(shown_rect(view))


def test_keys_zoom_in_out_and_back_to_fit_and_arrows_move_the_photo(
    qtbot: QtBot, tmp_path: Path, indonesian: None
) -> None:
    viewer = open_viewer(qtbot, ledger_photo(tmp_path))
    view = viewer.picture
    qtbot.waitUntil(view.hasFocus)  # the keys work at once, without a click
    fitted = view.scale_factor()

    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.scale_factor() == pytest.approx(fitted * ZOOM_STEP)
    assert not view.fitting
    qtbot.keyClick(view, Qt.Key.Key_Equal)  # "+" without Shift on most keyboards
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.scale_factor() == pytest.approx(fitted * ZOOM_STEP)
    for _ in range(7):  # zoomed far in: the photo is bigger than the window
        qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.scale_factor() > 2
    screenshot(qtbot, viewer, "photo-viewer-zoomed")

    bar = view.horizontalScrollBar()
    before = bar.value()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert bar.value() > before
    down = view.verticalScrollBar().value()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.verticalScrollBar().value() > down

    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.fitting
    assert view.scale_factor() == pytest.approx(fitted)

    # Tab reaches the buttons, which say their keys; Esc closes the viewer.
    names = {viewer.zoom_in_button.text(), viewer.zoom_out_button.text(), viewer.fit_button.text()}
    assert names == {"Perbesar (+)", "Perkecil (−)", "Pas jendela (0)"}
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused in (viewer.zoom_out_button, viewer.fit_button, viewer.zoom_in_button)
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    assert not viewer.isVisible()


def test_the_wheel_zooms_and_dragging_moves_a_zoomed_photo(
    qtbot: QtBot, tmp_path: Path, indonesian: None
) -> None:
    viewer = open_viewer(qtbot, ledger_photo(tmp_path))
    view = viewer.picture
    fitted = view.scale_factor()
    wheel(view, 2)
    assert view.scale_factor() == pytest.approx(fitted * ZOOM_STEP**2)
    wheel(view, -1)
    assert view.scale_factor() == pytest.approx(fitted * ZOOM_STEP)
    for _ in range(6):
        wheel(view, 1)
    for _ in range(40):  # never beyond the limits, however long the wheel turns
        wheel(view, 1)
    assert view.scale_factor() == pytest.approx(8.0)

    bar = view.horizontalScrollBar()
    start_value = bar.value()
    centre = view.viewport().rect().center()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseMove(view.viewport(), centre + QPoint(-40, 0))
    qtbot.mouseMove(view.viewport(), centre + QPoint(-120, 0))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=centre + QPoint(-120, 0))
    assert bar.value() - start_value == pytest.approx(120, abs=2)  # the photo follows the hand

    viewer.fit_button.click()
    assert view.fitting
