"""What every report page carries, read back from real PDFs: "Halaman n dari N" under each page,
and a signature block that is whole and never alone on its page, wherever the content ends."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from kopdes_desktop.domain.kabupaten_seats import signing_place
from kopdes_desktop.reports import html, pdf
from kopdes_desktop.reports.ba_monthly import signatures


def page_texts(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def render_rows(rows: int, target: Path) -> list[str]:
    body = [
        html.heading(1, "Laporan uji"),
        html.table(["Koperasi", "Desa"], [(f"baris-{i}", "Kuala") for i in range(rows)]),
        signatures("Siti Aminah", "Sungai Raya", date(2026, 11, 30)),
    ]
    pdf.render_pdf(html.document("uji", body), target, title="uji")
    return page_texts(target)


def test_the_signature_block_stays_whole_and_with_the_last_rows_wherever_the_page_ends(
    qapp: QApplication, tmp_path: Path
) -> None:
    # Grow the table row by row across the end of page 1: at some lengths the block would fall
    # alone on page 2, or be cut between "Pendamping," and the name.
    rows = 20
    seen_two_pages = 0
    while seen_two_pages < 8:
        texts = render_rows(rows, tmp_path / f"uji-{rows}.pdf")
        last = texts[-1]
        assert "Pendamping," in last, rows
        assert "Siti Aminah" in last, rows
        assert "Mengetahui," in last, rows
        assert "Raya, 30 November 2026" in last, rows
        assert f"baris-{rows - 1}" in last, rows  # the report's last row is on that page too
        assert all(f"Halaman {n} dari {len(texts)}" in t for n, t in enumerate(texts, 1)), rows
        seen_two_pages += len(texts) > 1
        rows += 1
    assert rows < 200


def test_reports_are_signed_at_the_seat_of_their_kabupaten() -> None:
    assert signing_place(["61.12"]) == "Sungai Raya"
    assert signing_place(["61.06"]) == "Putussibau"
    assert signing_place(["61.71"]) == "Pontianak"
    assert signing_place(["61.12", "61.01"]) == "Pontianak"  # several: the provincial capital
    assert signing_place([]) == "Pontianak"
