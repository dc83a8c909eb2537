"""The PMO's monthly recap of one kabupaten, read back from the PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from kopdes_desktop.domain.reporting import Period
from kopdes_desktop.reports import pmo_recap
from kopdes_desktop.services.context import ServiceContext
from tests.area_data import KUBU_RAYA, build_area
from tests.conftest import TODAY
from tests.reports.test_ba_monthly import pdf_text

NOVEMBER = Period.month(2026, 11)


def test_recap_of_kubu_raya_for_november(
    qapp: QApplication, context: ServiceContext, tmp_path: Path
) -> None:
    build_area(context)
    data = pmo_recap.collect(context.database, context.catalog, NOVEMBER, KUBU_RAYA, today=TODAY)
    # In November (up to today): ba-1's draft of today and submitted visit of 23 Nov.
    assert [(a.name, a.visits, a.cooperatives_visited) for a in data.activity] == [
        ("Siti Aminah", 2, 1)
    ]
    assert data.activity[0].by_status == {"draft": 1, "submitted": 1}
    assert data.coverage is not None
    assert [data.coverage.not_visited_in(d) for d in (30, 60, 90)] == [4, 3, 2]
    assert [name.split()[-2:] for name, _last in data.long_unvisited] == [
        ["Sungai", "Putih"],
        ["Tanjung", "Harapan"],
    ]
    assert data.backlog.total == 2  # Sambas' visit is not in this kabupaten
    assert data.opportunities == (
        ("perkebunan", 1, 12_500_000),
        ("perikanan_tangkap", 1, 12_500_000),
        ("kehutanan_hhbk", 1, 12_500_000),
    )

    target = tmp_path / "rekap-kubu-raya.pdf"
    pages = pmo_recap.write_report(
        context.database, context.catalog, NOVEMBER, KUBU_RAYA, target, today=TODAY
    )
    assert pages >= 1
    text = pdf_text(target)
    # Signed at Kubu Raya's seat on the day it was made; every page numbered.
    assert "Sungai Raya, 28 November 2026" in text
    assert f"Halaman 1 dari {pages}" in text
    assert f"Halaman {pages} dari {pages}" in text
    assert "Rekap Bulanan Pendampingan" in text
    assert "Kabupaten/Kota Kabupaten Kubu Raya" in text
    assert "Periode November 2026" in text
    assert "Belum dikunjungi 30 / 60 / 90 hari 4 / 3 / 2" in text
    assert "Menunggu tinjauan PMO 2" in text
    assert "Siti Aminah" in text
    assert "Tanjung Harapan" in text
    assert "belum pernah" in text
    assert "Gerai sembako" in text
    assert "Kehutanan / HHBK" in text
    assert "Rp12.500.000" in text
