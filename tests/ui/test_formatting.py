from __future__ import annotations

from datetime import date

from kopdes_desktop.ui.formatting import format_count, format_date, format_rupiah


def test_indonesian_dates_and_money() -> None:
    assert format_date(date(2026, 11, 28)) == "28 Nov 2026"
    assert format_date(date(2026, 8, 17)) == "17 Agu 2026"
    assert format_date(date(2026, 8, 17), "en") == "17 Aug 2026"
    assert format_date(None) == ""
    assert format_rupiah(1_250_000) == "Rp1.250.000"
    assert format_rupiah(1_250_000, "en") == "Rp1,250,000"
    assert format_rupiah(0) == "Rp0"
    assert format_count(2145) == "2.145"
