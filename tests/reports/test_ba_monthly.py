"""The BA's monthly PDF: rendered by Qt, read back as text the way the Dinas would see it."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from kopdes_desktop import paths
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.records import Photo
from kopdes_desktop.domain.reporting import Period
from kopdes_desktop.reports import ba_monthly
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.storage import record_store
from tests.area_data import Area, build_area
from tests.conftest import TODAY

NOVEMBER = Period.month(2026, 11)


def pdf_text(path: Path) -> str:
    reader = PdfReader(path)
    # Collapse the line breaks a table cell may add inside a phrase.
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


@pytest.fixture
def area(context: ServiceContext) -> Area:
    return build_area(context)


def add_photo(context: ServiceContext, visit_id: str, caption: str) -> str:
    picture = Image.new("RGB", (640, 480), (30, 120, 60))
    data = io.BytesIO()
    picture.save(data, "JPEG")
    sha = "ab" * 32
    paths.photos_dir().mkdir(parents=True, exist_ok=True)
    (paths.photos_dir() / f"{sha}.jpg").write_bytes(data.getvalue())
    with context.database.write() as session:
        record_store.insert(
            session, Photo(id=new_id(), parent_id=visit_id, sha256=sha, caption=caption)
        )
    return sha


def test_monthly_report_lists_the_months_visits_actions_opportunities_and_coverage(
    qapp: QApplication, context: ServiceContext, area: Area, tmp_path: Path
) -> None:
    add_photo(context, area.visits["mekar-a"], "Rapat pengurus di balai desa")
    target = tmp_path / "laporan-november.pdf"
    pages = ba_monthly.write_report(
        context.database, context.catalog, NOVEMBER, "ba-1", target, today=TODAY
    )
    assert pages >= 1
    assert target.read_bytes().startswith(b"%PDF")
    text = pdf_text(target)
    assert "Laporan Kegiatan Bulanan Pendamping" in text
    assert "Periode November 2026" in text
    assert "Siti Aminah" in text  # named from the review history
    # The visit of 23 Nov (submitted) is in; today's draft is not; October's sent-back one
    # (19 Oct) belongs to another month.
    assert "23 Nov 2026 — Koperasi Desa Merah Putih Mekar Jaya" in text
    assert "Temuan kunjungan mekar-a" in text
    assert "Temuan kunjungan mekar-today" not in text
    assert "Temuan kunjungan sinar-back" not in text
    assert "Lengkapi NIB" in text
    assert "Rapat anggota" in text
    assert "Rapat pengurus di balai desa" in text  # the photo's caption under its thumbnail
    assert "Sungai" in text
    assert "Monitoring" in text
    # Opportunities made in November by ba-1 (3 and 10 days ago), not the one from October.
    assert "Madu kelulut" in text
    assert "Lada putih" in text
    assert "Karet rakyat" not in text
    assert "Rp12.500.000" in text
    assert "Koperasi dampingan dikunjungi 1 dari 6" in text  # drafts and others do not count
    assert "belum pernah" in text  # Tanjung Harapan was never visited
    assert "Mengetahui" in text
    # This laptop holds cooperatives of two kabupaten: signed in the provincial capital, today.
    assert "Pontianak, 28 November 2026" in text
    pages_text = [" ".join(page.extract_text().split()) for page in PdfReader(target).pages]
    assert len(pages_text) == pages
    for number, page_text in enumerate(pages_text, start=1):
        assert page_text.endswith(f"Halaman {number} dari {pages}")


def pdf_images(path: Path) -> list[object]:
    return [image for page in PdfReader(path).pages for image in page.images]


def test_report_photo_thumbnails_are_embedded(
    qapp: QApplication, context: ServiceContext, area: Area, tmp_path: Path
) -> None:
    without = tmp_path / "tanpa-foto.pdf"
    with_photo = tmp_path / "dengan-foto.pdf"
    ba_monthly.write_report(
        context.database, context.catalog, NOVEMBER, "ba-1", without, today=TODAY
    )
    add_photo(context, area.visits["mekar-a"], "Gerai")
    ba_monthly.write_report(
        context.database, context.catalog, NOVEMBER, "ba-1", with_photo, today=TODAY
    )
    # The coverage map is in both; the photo's thumbnail only in the second.
    assert len(pdf_images(with_photo)) == len(pdf_images(without)) + 1 == 2
    assert with_photo.stat().st_size > without.stat().st_size


def test_a_pmo_report_on_one_ba_covers_only_the_cooperatives_they_visit(
    qapp: QApplication, context: ServiceContext, area: Area
) -> None:
    data = ba_monthly.collect(
        context.database, context.catalog, NOVEMBER, "ba-2", today=TODAY, all_cooperatives=False
    )
    assert data.author_name == "Yohanes Kristo"
    assert [entry.cooperative_name.split()[-2:] for entry in data.coverage] == [
        ["Karya", "Bersama"],
        ["Mekar", "Jaya"],
        ["Sungai", "Putih"],
    ]
    assert data.visits == ()  # ba-2's visits are from September and October
    assert data.area_names == ("Kabupaten Kubu Raya",)
    assert data.place == "Sungai Raya"  # the seat of Kubu Raya, where the report is signed


def test_the_pdf_appears_only_when_complete(
    qapp: QApplication, context: ServiceContext, area: Area, tmp_path: Path
) -> None:
    target = tmp_path / "missing-folder" / "laporan.pdf"
    with pytest.raises(OSError):  # noqa: PT011 - Qt reports any open failure the same way
        ba_monthly.write_report(
            dataclasses.replace(context).database, context.catalog, NOVEMBER, "ba-1", target,
            today=TODAY,
        )  # fmt: skip
    assert not target.exists()
