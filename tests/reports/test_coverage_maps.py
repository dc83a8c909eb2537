"""The coverage map inside the monthly PDFs: there, drawn, and of the right villages."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from kopdes_desktop.domain.coverage_map import VisitRecency
from kopdes_desktop.domain.reporting import Period
from kopdes_desktop.reports import ba_monthly, pdf, pmo_recap
from kopdes_desktop.reports.map_drawing import RECENCY_COLOURS, REPORT_MAP_SIZE
from kopdes_desktop.services.context import ServiceContext
from tests.area_data import KUBU_RAYA
from tests.conftest import TODAY
from tests.map_data import build_map_area
from tests.reports.test_ba_monthly import pdf_text

NOVEMBER = Period.month(2026, 11)


def map_images(path: Path) -> list[Image.Image]:
    """Images of the report the size of the coverage map (photos are smaller)."""
    found = []
    for page in PdfReader(path).pages:
        for image in page.images:
            picture = image.image
            if picture is not None and picture.size == (
                REPORT_MAP_SIZE.width(),
                REPORT_MAP_SIZE.height(),
            ):
                found.append(picture.convert("RGB"))
    return found


def assert_map_page_fits(path: Path) -> None:
    """The map is on a page with its title, one image pixel per printed pixel (17.8 cm wide at
    150 dpi), inside the page's margins: a map 1.56 times too wide used to be cut off."""
    points_per_mm = 72 / 25.4
    [page] = [
        page
        for page in PdfReader(path).pages
        if "Peta cakupan kunjungan" in " ".join(page.extract_text().split())
    ]
    placed: list[list[float]] = []

    def visit(operator: bytes, _args: object, matrix: list[float], _text: object) -> None:
        if operator == b"Do":
            placed.append([float(v) for v in matrix])

    page.extract_text(visitor_operand_before=visit)
    [(width, _b, _c, height, left, _f)] = [m for m in placed if m[0] > 300]  # not a photo
    assert abs(width - REPORT_MAP_SIZE.width() / pdf.RESOLUTION_DPI * 72) < 2, width
    assert abs(height - REPORT_MAP_SIZE.height() / pdf.RESOLUTION_DPI * 72) < 2, height
    margin = pdf.MARGIN_MM * points_per_mm
    assert left >= margin - 1
    assert left + width <= float(page.mediabox.width) - margin + 1


def share_of(image: Image.Image, colour: str, tolerance: int = 6) -> float:
    wanted = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
    width, height = image.size
    colours = image.getcolors(width * height) or []
    close = sum(
        count
        for count, pixel in colours
        if all(abs(a - b) <= tolerance for a, b in zip(pixel, wanted, strict=True))
    )
    return close / (width * height)


def test_the_pmo_recap_holds_the_coverage_map_of_the_kabupaten(
    qapp: QApplication, context: ServiceContext, tmp_path: Path
) -> None:
    area = build_map_area(context)
    data = pmo_recap.collect(context.database, context.catalog, NOVEMBER, KUBU_RAYA, today=TODAY)
    coverage = data.coverage_map
    assert coverage.focus == (KUBU_RAYA,)
    assert coverage.as_of == TODAY
    assert area.villages["Mekar Jaya"] in coverage.by_village()

    target = tmp_path / "rekap.pdf"
    pmo_recap.write_report(
        context.database, context.catalog, NOVEMBER, KUBU_RAYA, target, today=TODAY
    )
    text = pdf_text(target)
    assert "Peta cakupan kunjungan" in text
    assert "Warna desa: hari sejak kunjungan terakhir" in text
    [image] = map_images(target)
    # Drawn, not blank: the villages' colours are in it, the legend's swatches too.
    shares = {r: share_of(image, RECENCY_COLOURS[r]) for r in VisitRecency}
    assert all(shares.values()), shares  # at least the legend's swatch of each class
    # More than a swatch (13 × 13 of 1050 × 760 pixels): the villages themselves.
    assert shares[VisitRecency.DAYS_90] > 0.0005  # 90 days or more, or never
    assert_map_page_fits(target)


def test_the_ba_report_holds_the_map_of_their_villages(
    qapp: QApplication, context: ServiceContext, tmp_path: Path
) -> None:
    area = build_map_area(context)
    data = ba_monthly.collect(
        context.database, context.catalog, NOVEMBER, "ba-2", today=TODAY, all_cooperatives=False
    )
    # On a PMO's laptop, a BA's cooperatives are those they visited.
    v = area.villages
    assert data.coverage_map.area_villages == {
        v["Mekar Jaya"],
        v["Karya Bersama"],
        v["Sungai Putih"],
    }
    assert set(data.coverage_map.focus) == data.coverage_map.area_villages

    target = tmp_path / "laporan.pdf"
    ba_monthly.write_report(
        context.database, context.catalog, NOVEMBER, "ba-2", target, today=TODAY,
        all_cooperatives=False,
    )  # fmt: skip
    assert "Peta cakupan kunjungan" in pdf_text(target)
    [image] = map_images(target)
    # Framed on three villages: their colours cover a good part of the picture.
    coloured = sum(
        share_of(image, RECENCY_COLOURS[r])
        for r in (VisitRecency.RECENT, VisitRecency.DAYS_60, VisitRecency.DAYS_90)
    )
    assert coloured > 0.05
    assert_map_page_fits(target)
