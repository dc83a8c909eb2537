"""Peta in the real window, offscreen: a PMO's and a BA's map of a crafted area."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QHelpEvent, QImage
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from kopdes_desktop.domain.coverage_map import CountClass, MapMeasure, VisitRecency
from kopdes_desktop.domain.enums import OperationalStatus, Role
from kopdes_desktop.domain.geography import Boundaries
from kopdes_desktop.domain.reporting import CoverageBucket
from kopdes_desktop.reports.map_drawing import NO_COOPERATIVE_COLOUR, RECENCY_COLOURS, MapGeometry
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.storage import boundary_cache
from kopdes_desktop.ui.dashboard_page import bucket_label
from kopdes_desktop.ui.main_window import COOPERATIVES, MAP, VISITS, MainWindow
from kopdes_desktop.ui.map_canvas import MapCanvas
from kopdes_desktop.ui.map_page import MapPage
from tests.area_data import KUBU_RAYA, build_area
from tests.map_data import UNMAPPED_VILLAGE, MapArea, build_busy_villages, build_map_area
from tests.ui.helpers import open_window, screenshot, services_as

LOAD_TIMEOUT_MS = 20_000  # the first load parses the boundaries; the machine may be busy


@pytest.fixture
def map_area(context: ServiceContext) -> MapArea:
    return build_map_area(context)


def open_map(qtbot: QtBot, window: MainWindow) -> MapPage:
    window.navigation.setCurrentRow(MAP)
    page = window.map
    # Villages first, then the GPS points (a read of their own).
    qtbot.waitUntil(
        lambda: page.canvas is not None and page.points_loaded(), timeout=LOAD_TIMEOUT_MS
    )
    return page


@pytest.fixture
def pmo_window(
    qtbot: QtBot, context: ServiceContext, map_area: MapArea, indonesian: None
) -> MainWindow:
    window = open_window(qtbot, services_as(context, Role.PMO, KUBU_RAYA, user="pmo-1"))
    window.resize(1366, 740)
    return window


def canvas_of(page: MapPage) -> MapCanvas:
    assert page.canvas is not None
    return page.canvas


def show_village(qtbot: QtBot, page: MapPage, code: str) -> MapCanvas:
    """Frame one village and wait for the repaint."""
    canvas = canvas_of(page)
    assert page.map_geometry is not None
    canvas.fit(page.map_geometry.boundaries.desa[code].bbox)
    qtbot.wait(20)
    return canvas


def pixels_inside(page: MapPage, code: str) -> list[QPoint]:
    """Pixels well inside a village's outline (a grid over its box, kept if inside)."""
    assert page.map_geometry is not None
    canvas = canvas_of(page)
    shape = page.map_geometry.boundaries.desa[code]
    box, transform = shape.bbox, canvas.transform()
    points = []
    for i in range(1, 12):
        for j in range(1, 12):
            x = box.left + box.width * i / 12
            y = box.top + box.height * j / 12
            margin = min(box.width, box.height) / 20
            near_edge = any(
                not shape.contains(x + dx, y + dy)
                for dx, dy in ((margin, 0), (-margin, 0), (0, margin), (0, -margin))
            )
            if shape.contains(x, y) and not near_edge:
                points.append(transform.map(QPointF(x, y)).toPoint())
    return points


def share_coloured(page: MapPage, code: str, colour: str) -> float:
    image: QImage = canvas_of(page).grab().toImage()
    pixels = pixels_inside(page, code)
    assert pixels
    wanted = QColor(colour)
    same = sum(1 for p in pixels if image.pixelColor(p) == wanted)
    return same / len(pixels)


def test_the_app_starts_without_reading_the_boundaries(
    qtbot: QtBot, context: ServiceContext, monkeypatch: pytest.MonkeyPatch, indonesian: None
) -> None:
    reads: list[Path] = []
    real_read = boundary_cache._read

    def counted(source: Path, cache: Path | None) -> Boundaries:
        reads.append(source)
        return real_read(source, cache)

    monkeypatch.setattr(boundary_cache, "_loaded", {})  # as in a fresh process
    monkeypatch.setattr(boundary_cache, "_read", counted)
    window = open_window(qtbot, services_as(context, Role.PMO, KUBU_RAYA, user="pmo-1"))
    # Every background read of the start (lists, overview, sync) has finished: none was the map's.
    assert window.tasks.wait_for_idle()
    assert reads == []
    open_map(qtbot, window)
    assert len(reads) == 1
    window.navigation.setCurrentRow(COOPERATIVES)
    window.navigation.setCurrentRow(MAP)  # shown again: nothing read again
    assert window.tasks.wait_for_idle()
    assert len(reads) == 1


def test_pmo_map_opens_offscreen_on_their_kabupaten_with_a_legend_in_words(
    qtbot: QtBot, pmo_window: MainWindow, map_area: MapArea
) -> None:
    assert pmo_window.navigation.item(MAP).text() == "Peta"
    page = open_map(qtbot, pmo_window)
    assert page.current_measure() is MapMeasure.LAST_VISIT  # the default
    legend = page.legend.legend
    assert legend.title == "Hari sejak kunjungan terakhir"
    assert [text for _colour, text in legend.entries] == [
        "Dikunjungi dalam 30 hari terakhir (2)",
        "30–59 hari lalu (1)",
        "60–89 hari lalu (1)",
        "90 hari atau lebih, atau belum pernah (2)",
        "Tidak ada koperasi di laptop ini",
    ]
    # The same bands, in the same words, as Dasbor's charts (QA F24).
    assert [text.rsplit(" (", 1)[0] for _colour, text in legend.entries[:4]] == [
        bucket_label(bucket) for bucket in CoverageBucket
    ]
    assert any("kecamatannya" in note for note in legend.notes)  # the 15 unmapped villages
    # "Fit my area": Kubu Raya fills the view.
    assert page.map_geometry is not None
    kubu_raya = page.map_geometry.boundaries.kabupaten[KUBU_RAYA].bbox
    visible = canvas_of(page).visible_box()
    assert visible.contains(*kubu_raya.center)
    assert visible.width < page.map_geometry.bounds.width  # not the whole province
    assert page.ba.isVisible()
    assert page.flagged.count() == 1
    screenshot(qtbot, pmo_window, "map-pmo-small-area")


def test_a_village_is_coloured_by_its_last_visit(
    qtbot: QtBot, pmo_window: MainWindow, map_area: MapArea
) -> None:
    page = open_map(qtbot, pmo_window)
    classes = page.village_classes()
    v = map_area.villages
    assert classes[v["Mekar Jaya"]] is VisitRecency.RECENT
    assert classes[v["Sinar Harapan"]] is VisitRecency.DAYS_30
    assert classes[v["Karya Bersama"]] is VisitRecency.DAYS_60
    assert classes[v["Sungai Putih"]] is VisitRecency.DAYS_90
    assert classes[v["Tanjung Harapan"]] is VisitRecency.DAYS_90  # never visited
    # What the user sees: the village's pixels are its class colour.
    for name, recency in (("Mekar Jaya", VisitRecency.RECENT), ("Karya Bersama", "days_60")):
        show_village(qtbot, page, v[name])
        assert share_coloured(page, v[name], RECENCY_COLOURS[VisitRecency(recency)]) > 0.6
    # Looking back at October: Karya Bersama was visited 42 days before 31 Oct.
    page.period.setCurrentIndex(page.period.findText("Okt 2026"))
    qtbot.waitUntil(lambda: page.points_loaded() and page.data.as_of.month == 10)
    assert page.village_classes()[v["Karya Bersama"]] is VisitRecency.DAYS_30
    show_village(qtbot, page, v["Karya Bersama"])
    assert share_coloured(page, v["Karya Bersama"], RECENCY_COLOURS[VisitRecency.DAYS_30]) > 0.6


def test_clicking_a_village_opens_its_cooperative(
    qtbot: QtBot, pmo_window: MainWindow, map_area: MapArea
) -> None:
    page = open_map(qtbot, pmo_window)
    code = map_area.villages["Karya Bersama"]
    canvas = show_village(qtbot, page, code)
    target = pixels_inside(page, code)[0]
    assert canvas.village_at(QPointF(target)) == code
    assert "Koperasi Desa Merah Putih Karya Bersama" in canvas.describe(code)
    assert "Kunjungan terakhir: " in canvas.describe(code)  # the measure, in words
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=target)
    qtbot.waitUntil(lambda: pmo_window.cooperatives.editor is not None)
    editor = pmo_window.cooperatives.editor
    assert editor is not None
    qtbot.waitUntil(lambda: editor.name.text() == "Koperasi Desa Merah Putih Karya Bersama")
    assert pmo_window.navigation.currentRow() == COOPERATIVES
    editor.reject()


def test_the_right_click_menu_lists_the_cooperatives_visits(
    qtbot: QtBot, pmo_window: MainWindow, map_area: MapArea
) -> None:
    page = open_map(qtbot, pmo_window)
    cooperative = map_area.area.cooperatives["Mekar Jaya"]
    page.show_visits.emit(cooperative)  # what "Kunjungan …" in the right-click menu sends
    assert pmo_window.navigation.currentRow() == VISITS
    assert pmo_window.visits.cooperative.currentData() == cooperative


def test_dragging_the_wheel_and_the_keyboard_move_the_view(
    qtbot: QtBot, pmo_window: MainWindow, map_area: MapArea
) -> None:
    page = open_map(qtbot, pmo_window)
    canvas = canvas_of(page)
    scale, (x, y) = canvas.scale, canvas.center
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.scale == pytest.approx(scale * 1.5)
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    assert canvas.scale == pytest.approx(scale)
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.center[0] > x  # the view moved east
    qtbot.keyClick(canvas, Qt.Key.Key_Up)
    assert canvas.center[1] < y  # and north
    start = canvas.center
    middle = canvas.rect().center()
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=middle)
    qtbot.mouseMove(canvas, middle + QPoint(60, 0))
    qtbot.mouseMove(canvas, middle + QPoint(120, 0))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=middle + QPoint(120, 0))
    assert canvas.center[0] == pytest.approx(start[0] - 120 / canvas.scale)
    assert pmo_window.navigation.currentRow() == MAP  # a drag is not a click
    page.zoom_in_button.click()
    assert canvas.scale > scale
    page.fit_all_button.click()
    assert page.map_geometry is not None
    assert canvas.visible_box().contains(*page.map_geometry.bounds.center)


def test_search_flies_to_a_village(qtbot: QtBot, pmo_window: MainWindow, map_area: MapArea) -> None:
    page = open_map(qtbot, pmo_window)
    canvas = canvas_of(page)
    assert page.find_village("sungai raya")  # exact names first: not "Sungai Raya Dalam"
    qtbot.waitUntil(lambda: not canvas.is_flying())
    selected = canvas.picture.selected
    assert selected is not None
    region = pmo_window.services.catalog.get(selected)
    assert region is not None
    assert region.name == "Sungai Raya"
    assert page.map_geometry is not None
    box = page.map_geometry.boundaries.desa[selected].bbox
    visible = canvas.visible_box()
    assert visible.contains(box.left, box.top)
    assert visible.contains(box.right, box.bottom)
    assert "Sungai Raya" in page.status.text()
    assert not page.find_village("Tidak Ada Desa Begini")
    assert "Tidak ada desa bernama" in page.status.text()


def test_other_measures_recolour_without_reading_again(
    qtbot: QtBot, pmo_window: MainWindow, map_area: MapArea
) -> None:
    page = open_map(qtbot, pmo_window)
    v = map_area.villages
    data = page.data
    page.set_measure(MapMeasure.OPERATIONAL_STATUS)
    assert page.village_classes()[v["Karya Bersama"]] is OperationalStatus.PREPARING
    assert page.legend.legend.title == "Status operasional"
    page.set_measure(MapMeasure.REVIEW_WAITING)
    assert page.village_classes()[v["Mekar Jaya"]] is CountClass.ONE
    page.set_measure(MapMeasure.OPPORTUNITIES)
    assert page.sector.isVisible()
    assert page.village_classes()[v["Mekar Jaya"]] is CountClass.SOME
    qtbot.waitUntil(lambda: page.commodity.findData("karet rakyat") > 0)
    page.commodity.setCurrentIndex(page.commodity.findData("karet rakyat"))
    assert page.village_classes()[v["Mekar Jaya"]] is CountClass.NONE
    assert page.village_classes()[v["Sinar Harapan"]] is CountClass.ONE
    assert page.legend.legend.title == "Peluang usaha yang masih terbuka: karet rakyat"
    assert page.data is data  # recolouring read nothing


def test_gps_points_and_the_pmo_list_of_visits_far_outside_their_village(
    qtbot: QtBot, pmo_window: MainWindow, map_area: MapArea
) -> None:
    page = open_map(qtbot, pmo_window)
    canvas = canvas_of(page)
    assert page.flagged.count() == 1
    item = page.flagged.item(0)
    village = pmo_window.services.catalog.get(map_area.villages["Sinar Harapan"])
    assert village is not None
    assert item.text().startswith(f"{village.name} · 19 Okt 2026\n")
    assert "Koperasi Desa Merah Putih Sinar Harapan" in item.toolTip()
    assert "30 km di luar" in item.text()
    assert "Siti Aminah" in item.text()
    page.flagged.itemClicked.emit(item)  # shows the point: dots on, the map flies there
    assert page.points.isChecked()
    qtbot.waitUntil(lambda: not canvas.is_flying())
    flagged = [p for p in canvas.picture.points if p.far_outside]
    assert len(flagged) == 1
    assert canvas.visible_box().contains(flagged[0].x, flagged[0].y)
    assert len(canvas.picture.points) == 3
    page.flagged.itemActivated.emit(page.flagged.item(0))  # double-click: the visit opens
    assert pmo_window.navigation.currentRow() == VISITS
    qtbot.waitUntil(lambda: pmo_window.visits.editor is not None)
    assert pmo_window.visits.editor is not None
    pmo_window.visits.editor.reject()


def test_a_village_without_an_outline_is_a_marker_at_its_kecamatan(
    qtbot: QtBot, pmo_window: MainWindow, map_area: MapArea
) -> None:
    page = open_map(qtbot, pmo_window)
    canvas = canvas_of(page)
    assert page.map_geometry is not None
    canvas.fit(page.map_geometry.boundaries.kecamatan["61.12.01"].bbox)
    rects = dict(page_marker_rects(page.map_geometry, canvas))
    assert set(rects) >= {UNMAPPED_VILLAGE, "61.12.01.2022"}
    at = rects[UNMAPPED_VILLAGE].center()
    assert canvas.village_at(at) == UNMAPPED_VILLAGE
    described = canvas.describe(UNMAPPED_VILLAGE)
    assert "Kampung Baru" in described
    assert "kecamatannya" in described


def page_marker_rects(geometry: MapGeometry, canvas: MapCanvas) -> list[tuple[str, object]]:
    from kopdes_desktop.reports.map_drawing import marker_rects

    return list(marker_rects(geometry, canvas.transform()))


def test_the_view_is_exported_as_png(
    qtbot: QtBot, pmo_window: MainWindow, map_area: MapArea, tmp_path: Path
) -> None:
    page = open_map(qtbot, pmo_window)
    target = tmp_path / "peta.png"
    asked: list[str] = []
    page.choose_file = lambda suggested: asked.append(suggested) or target
    page.export_button.click()
    qtbot.waitUntil(lambda: "Peta disimpan" in page.status.text())
    assert asked == ["peta-2026-11-28.png"]
    image = QImage(str(target))
    assert not image.isNull()
    assert image.size() == canvas_of(page).size()
    # The legend is painted into the image: its white box sits in the bottom-left corner.
    corner = image.pixelColor(20, image.height() - 20)
    assert corner.lightness() > 240


def test_a_ba_sees_their_villages_highlighted_and_no_review_measure(
    qtbot: QtBot, context: ServiceContext, indonesian: None
) -> None:
    villages = [v.code for v in context.catalog.children("61.12.02")][:10]
    villages += [v.code for v in context.catalog.children("61.12.03")][:6]
    build_busy_villages(context, villages)
    window = open_window(qtbot, services_as(context, Role.BA, user="ba-1"))
    window.resize(1366, 740)
    page = open_map(qtbot, window)
    assert page.measure.findData(MapMeasure.REVIEW_WAITING.value) == -1
    assert not page.ba.isVisible()
    assert page.period.isVisible()
    assert not page.flagged.isVisible()
    assert page.data is not None
    assert page.data.area_villages == frozenset(villages)
    picture = canvas_of(page).picture
    outside = next(code for code in context.catalog.villages_in(["61.12"]) if code not in villages)
    assert picture.is_muted(outside)
    assert not picture.is_muted(villages[0])
    # "Fit my area" frames the BA's villages, not the kabupaten.
    assert page.map_geometry is not None
    box = page.map_geometry.boundaries.box_of(villages)
    assert box is not None
    visible = canvas_of(page).visible_box()
    assert visible.contains(box.left, box.top)
    assert visible.contains(box.right, box.bottom)
    assert visible.width < page.map_geometry.boundaries.kabupaten["61.12"].bbox.width * 1.2
    page.points.setChecked(True)
    screenshot(qtbot, window, "map-ba")


def test_pmo_screenshot_of_a_busy_kabupaten(
    qtbot: QtBot, context: ServiceContext, indonesian: None
) -> None:
    visits = build_busy_villages(context, sorted(context.catalog.villages_in(["61.12"])))
    assert visits > 100
    window = open_window(qtbot, services_as(context, Role.PMO, KUBU_RAYA, user="pmo-1"))
    window.resize(1366, 740)
    page = open_map(qtbot, window)
    assert page.data is not None
    flagged = page.data.far_outside()
    assert flagged
    assert page.flagged.count() == len(flagged), (len(page.data.points), len(flagged))
    page.points.setChecked(True)
    screenshot(qtbot, window, "map-pmo")
    page.set_measure(MapMeasure.OPERATIONAL_STATUS)
    screenshot(qtbot, window, "map-pmo-status")
    window.resize(1024, 600)
    screenshot(qtbot, window, "map-pmo-1024x600")
    # Even there, with a long list of far GPS points, the data's credit is whole in sight.
    assert "cahyadsn/wilayah_boundaries" in page.attribution.text()
    shown = page.attribution.visibleRegion().boundingRect()
    assert shown == page.attribution.rect(), (shown, page.attribution.rect())


def test_about_credits_the_shipped_data(
    qtbot: QtBot, pmo_window: MainWindow, map_area: MapArea
) -> None:
    page = open_map(qtbot, pmo_window)
    page.show_about()
    dialog = page.about
    assert dialog.windowTitle() == "Tentang Kopdes Desktop"
    credits = dialog.credits.text()
    assert "cahyadsn/wilayah_boundaries" in credits
    assert "Copyright (c) 2024 Cahya DSN" in credits
    assert "cahyadsn/wilayah<" in credits  # the region codes' source too
    assert credits.count("MIT License") == 2
    dialog.close()
    pmo_window.settings_page.about_button.click()
    qtbot.waitUntil(pmo_window.settings_page.about.isVisible)
    screenshot(qtbot, pmo_window.settings_page.about, "about-dialog")
    pmo_window.settings_page.about.close()


def test_the_village_found_is_opened_by_keyboard(
    qtbot: QtBot, pmo_window: MainWindow, map_area: MapArea
) -> None:
    page = open_map(qtbot, pmo_window)
    canvas = canvas_of(page)
    code = map_area.villages["Karya Bersama"]
    region = pmo_window.services.catalog.get(code)
    assert region is not None
    page.search.setFocus()
    qtbot.keyClicks(page.search, region.name)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: canvas.hasFocus() and not canvas.is_flying())
    assert canvas.picture.selected == code
    # The Menu key: the village's menu, with its visits.
    QApplication.sendEvent(
        canvas,
        QContextMenuEvent(
            QContextMenuEvent.Reason.Keyboard,
            canvas.rect().center(),
            canvas.mapToGlobal(canvas.rect().center()),
        ),
    )
    menu = page._menu
    assert menu is not None
    [visits] = [a for a in menu.actions() if a.text().startswith("Kunjungan")]
    menu.close()
    visits.trigger()
    assert pmo_window.navigation.currentRow() == VISITS
    assert pmo_window.visits.cooperative.value() == map_area.area.cooperatives["Karya Bersama"]

    pmo_window.navigation.setCurrentRow(MAP)
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Return)  # Enter: as a click on it
    qtbot.waitUntil(lambda: pmo_window.cooperatives.editor is not None)
    editor = pmo_window.cooperatives.editor
    assert editor is not None
    qtbot.waitUntil(lambda: editor.name.text() == "Koperasi Desa Merah Putih Karya Bersama")
    editor.reject()


def test_a_ba_chosen_by_the_pmo_is_named_and_the_rest_is_plain_grey(
    qtbot: QtBot, pmo_window: MainWindow, map_area: MapArea
) -> None:
    """QA F24: with a BA chosen the map said "in my area"; the paled "outside" fill of a
    never-visited village was pink, close to the red of "never visited"."""
    page = open_map(qtbot, pmo_window)
    assert page.summary.text().startswith("Di wilayah saya: ")
    assert "Abu-abu: di luar wilayah saya" in page.legend.legend.notes
    qtbot.waitUntil(lambda: page.ba.findText("Siti Aminah") >= 0)
    data_before = page.data
    page.ba.setCurrentIndex(page.ba.findText("Siti Aminah"))
    qtbot.waitUntil(lambda: page.data is not data_before, timeout=LOAD_TIMEOUT_MS)
    assert pmo_window.tasks.wait_for_idle()
    assert page.summary.text().startswith("Siti Aminah mendampingi ")
    assert "wilayah saya" not in page.summary.text()
    assert "Abu-abu: bukan koperasi dampingan Siti Aminah" in page.legend.legend.notes
    picture = canvas_of(page).picture
    outside = next(code for code in picture.classes if picture.is_muted(code))
    grey = picture.colour_of(outside)
    assert grey.hslSaturation() == 0  # a neutral, whatever the village's class
    assert grey != QColor(NO_COOPERATIVE_COLOUR)  # and not "no cooperative" either


def hover_text(qtbot: QtBot, canvas: MapCanvas, x_km: float, y_km: float) -> str:
    """What the map says when the mouse rests on a point (a real tooltip event)."""
    pixel = canvas.transform().map(QPointF(x_km, y_km)).toPoint()
    QToolTip.hideText()
    QApplication.sendEvent(
        canvas, QHelpEvent(QEvent.Type.ToolTip, pixel, canvas.mapToGlobal(pixel))
    )
    qtbot.waitUntil(QToolTip.isVisible)
    return QToolTip.text()


def test_a_visit_dot_and_the_far_list_say_where_the_position_came_from(
    qtbot: QtBot, pmo_window: MainWindow, map_area: MapArea
) -> None:
    """As Tinjauan does: a PMO sees which positions were typed or taken from a photo (a photo's
    GPS may be from somewhere else), and nothing is claimed for a position of unknown source."""
    page = open_map(qtbot, pmo_window)
    far = page.flagged.item(0)
    assert far.text().endswith("30 km di luar\nposisi diketik")
    assert "posisi diketik" in far.toolTip()
    page.points.setChecked(True)
    canvas = canvas_of(page)
    qtbot.waitUntil(lambda: len(canvas.picture.points) == 3)
    dots = {point.visit_id: point for point in canvas.picture.points}
    said = {}
    for label in ("mekar-gps", "sinar-far", "baru-gps"):
        dot = dots[map_area.area.visits[label]]
        canvas.set_view((dot.x, dot.y), canvas.scale)
        said[label] = hover_text(qtbot, canvas, dot.x, dot.y)
    assert "Mekar Jaya" in said["mekar-gps"]
    assert "(diambil dari foto)" in said["mekar-gps"]
    assert "Sinar Harapan" in said["sinar-far"]
    assert "(diketik)" in said["sinar-far"]
    assert "30 km di luar" in said["sinar-far"]
    assert "Lintang " in said["baru-gps"]
    assert "(di" not in said["baru-gps"]  # no source recorded: none claimed
    # Beside a dot, the village's own description, as before.
    mekar = dots[map_area.area.visits["mekar-gps"]]
    canvas.set_view((mekar.x, mekar.y), 400.0)
    beside = hover_text(qtbot, canvas, mekar.x + 0.05, mekar.y)
    assert "diambil dari foto" not in beside
    screenshot(qtbot, pmo_window, "map-dot-source")


@pytest.mark.usefixtures("indonesian")
def test_with_no_far_gps_the_pmo_reads_a_sentence_not_an_empty_box(
    qtbot: QtBot, context: ServiceContext
) -> None:
    build_area(context)  # cooperatives and visits, none with GPS
    window = open_window(qtbot, services_as(context, Role.PMO, KUBU_RAYA, user="pmo-1"))
    page = open_map(qtbot, window)
    assert page.flagged_title.isVisible()
    assert page.flagged_title.text() == (
        "Tidak ada kunjungan pada periode ini dengan GPS jauh di luar desanya."
    )
    assert not page.flagged.isVisible()
