"""What counts as the same value, and what as a real disagreement between two edits."""

from __future__ import annotations

import pytest

from kopdes_desktop.domain.merge import disagree, is_empty, same_value


@pytest.mark.parametrize("value", [None, "", "   ", "\t\n", [], ()])
def test_nothing_chosen_is_empty(value: object) -> None:
    assert is_empty(value)


@pytest.mark.parametrize("value", [0, False, "0", "x", ["pengurus"], 0.0])
def test_a_zero_a_no_and_any_text_are_choices(value: object) -> None:
    assert not is_empty(value)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (None, ""),
        ("", []),
        ("Koperasi Maju", " Koperasi Maju "),
        ("Kop. Sejahtera \u00e9", "Kop. Sejahtera e\u0301"),  # composed vs decomposed é
        (["pengurus", "anggota"], ["anggota", "pengurus"]),
        (31, 31.0),
    ],
)
def test_the_same_thing_written_differently_is_the_same_value(a: object, b: object) -> None:
    assert same_value(a, b)
    assert not disagree(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [(20, 31), ("Ani", "Ana"), (True, 1), (False, 0), (["pengurus"], ["anggota"]), (True, False)],
)
def test_different_choices_disagree(a: object, b: object) -> None:
    assert not same_value(a, b)
    assert disagree(a, b)


@pytest.mark.parametrize(("a", "b"), [(None, 31), ("", "Ani"), (31, None), ("Ani", "  ")])
def test_an_empty_value_on_either_side_is_no_disagreement(a: object, b: object) -> None:
    assert not same_value(a, b)
    assert not disagree(a, b)
