"""Reports speak the same Indonesian as the screens."""

from __future__ import annotations

from kopdes_desktop.reports import wording
from kopdes_desktop.ui import labels


def test_report_labels_match_the_indonesian_screen_labels(indonesian: None) -> None:
    assert wording.LABELS  # one table per enum
    for members in wording.LABELS.values():
        for member, text in members.items():
            assert text == labels.label(member), member


def test_every_member_of_a_reported_enum_has_a_label() -> None:
    for enum_type, members in wording.LABELS.items():
        assert set(members) == set(enum_type), enum_type.__name__
