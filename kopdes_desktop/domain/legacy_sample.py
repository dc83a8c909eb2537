"""Recognising the sample records older versions wrote into the real database.

Until sample data got its own database, "Muat data contoh" created real records (with outbox
entries) that look like this: a cooperative in Kubu Raya (61.12) with exactly three officers
(pengurus ketua, pengurus bendahara, pengawas ketua) named "<first name> <first word of the
village>" from a fixed list, a visit with the agreed action "Lengkapi dokumen NIB" by "Ketua
pengurus", and a note "Pengolahan <commodity>" in kg/bulan. A BA's own cooperative never matches
all of that; the laptop migration and the server's ``remove-sample-data`` use this test so the two
agree, and both also require the record to have been made by a laptop, not imported.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

SAMPLE_KABUPATEN = "61.12"
_FIRST_NAMES = frozenset(
    {"Siti", "Agus", "Yohanes", "Nurhayati", "Martinus", "Rahmat", "Maria", "Hendra"}
)
_OFFICER_SLOTS = sorted([("pengurus", "ketua"), ("pengurus", "bendahara"), ("pengawas", "ketua")])
_ACTION = ("Lengkapi dokumen NIB", "Ketua pengurus")
_NOTE_TITLES = frozenset({"Pengolahan madu kelulut", "Pengolahan lada", "Pengolahan karet"})


@dataclass(frozen=True, slots=True)
class Officer:
    body: str
    role: str
    name: str


@dataclass(frozen=True, slots=True)
class CooperativeShape:
    """What the test looks at of one cooperative and the records under it."""

    kabupaten_code: str
    village_name: str
    officers: Sequence[Officer]
    actions: Sequence[tuple[str, str]]  # (description, owner) of its visits' agreed actions
    notes: Sequence[tuple[str, str]]  # (title, volume unit) of its business-opportunity notes


def looks_like_old_sample(shape: CooperativeShape) -> bool:
    if shape.kabupaten_code != SAMPLE_KABUPATEN or not shape.village_name:
        return False
    village_word = shape.village_name.split()[0]
    slots = sorted((officer.body, officer.role) for officer in shape.officers)
    names_fit = all(
        len(parts := officer.name.split(" ", 1)) == 2
        and parts[0] in _FIRST_NAMES
        and parts[1] == village_word
        for officer in shape.officers
    )
    has_action = _ACTION in {tuple(action) for action in shape.actions}
    has_note = any(title in _NOTE_TITLES and unit == "kg/bulan" for title, unit in shape.notes)
    return slots == _OFFICER_SLOTS and names_fit and has_action and has_note
