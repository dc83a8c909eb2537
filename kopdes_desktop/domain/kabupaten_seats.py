"""Where a report is signed: the seat (ibu kota) of the kabupaten/kota it is about.

Indonesian reports close with "<place>, <date>" above the signatures, the place being where the
signer's office is. A PMO works from the kabupaten seat and a BA reports to that office, so the
seat of the report's kabupaten is the place. A report spanning several kabupaten (or none) is
signed in the provincial capital, where the Dinas Koperasi Provinsi sits.
"""

from __future__ import annotations

from collections.abc import Iterable

PROVINCIAL_CAPITAL = "Pontianak"

# Kalimantan Barat (61), by Kemendagri code; seats as in the kabupaten's founding laws.
SEATS: dict[str, str] = {
    "61.01": "Sambas",
    "61.02": "Mempawah",
    "61.03": "Sanggau",
    "61.04": "Ketapang",
    "61.05": "Sintang",
    "61.06": "Putussibau",
    "61.07": "Bengkayang",
    "61.08": "Ngabang",
    "61.09": "Sekadau",
    "61.10": "Nanga Pinoh",
    "61.11": "Sukadana",
    "61.12": "Sungai Raya",
    "61.71": "Pontianak",
    "61.72": "Singkawang",
}


def signing_place(kabupaten_codes: Iterable[str]) -> str:
    """The seat of the one kabupaten a report covers, else the provincial capital."""
    codes = set(kabupaten_codes)
    if len(codes) == 1:
        return SEATS.get(codes.pop(), PROVINCIAL_CAPITAL)
    return PROVINCIAL_CAPITAL
