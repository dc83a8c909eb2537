from __future__ import annotations

from datetime import date, time

import pytest

from kopdes_desktop.domain.enums import (
    OfficerRole,
    PersonMet,
    Sector,
    TravelMode,
    VisitPurpose,
)
from kopdes_desktop.domain.records import (
    AgreedAction,
    Cooperative,
    CooperativeDetail,
    Officer,
    Opportunity,
    Visit,
    VisitDetail,
)
from kopdes_desktop.domain.validation import (
    IssueCode,
    Level,
    ValidationContext,
    validate_cooperative,
    validate_cooperative_detail,
    validate_opportunity,
    validate_visit,
    validate_visit_detail,
)

VILLAGE = "61.01.01.2001"


def codes(issues: list) -> set[tuple[str, IssueCode]]:  # type: ignore[type-arg]
    return {(i.field, i.code) for i in issues}


def complete_visit(**changes: object) -> Visit:
    values: dict[str, object] = {
        "id": "v1",
        "cooperative_id": "c1",
        "visit_date": date(2026, 11, 20),
        "start_time": time(9, 0),
        "end_time": time(11, 30),
        "travel_mode": TravelMode.RIVER,
        "people_met": (PersonMet.PENGURUS, PersonMet.VILLAGE_HEAD),
        "people_count": 6,
        "purposes": (VisitPurpose.LEGAL_DOCUMENTS,),
        "findings": "Akta sudah terbit, NIB belum.",
    }
    values.update(changes)
    return Visit(**values)  # type: ignore[arg-type]


def test_a_complete_visit_passes_both_levels(validation_context: ValidationContext) -> None:
    visit = complete_visit()
    assert validate_visit(visit, Level.DRAFT, validation_context) == []
    assert validate_visit(visit, Level.SUBMIT, validation_context) == []


def test_an_empty_draft_can_always_be_saved(validation_context: ValidationContext) -> None:
    empty = Visit(id="v1", cooperative_id="c1")
    assert validate_visit(empty, Level.DRAFT, validation_context) == []
    missing = codes(validate_visit(empty, Level.SUBMIT, validation_context))
    for name in ("visit_date", "start_time", "end_time", "travel_mode", "purposes", "findings"):
        assert (name, IssueCode.REQUIRED) in missing


def test_end_time_before_start_is_refused_even_in_a_draft(
    validation_context: ValidationContext,
) -> None:
    visit = complete_visit(start_time=time(14, 0), end_time=time(9, 0))
    assert ("end_time", IssueCode.END_BEFORE_START) in codes(
        validate_visit(visit, Level.DRAFT, validation_context)
    )


def test_a_future_visit_date_cannot_be_submitted(validation_context: ValidationContext) -> None:
    visit = complete_visit(visit_date=date(2026, 12, 5))
    assert validate_visit(visit, Level.DRAFT, validation_context) == []
    assert ("visit_date", IssueCode.FUTURE_DATE) in codes(
        validate_visit(visit, Level.SUBMIT, validation_context)
    )


@pytest.mark.parametrize(
    ("latitude", "longitude", "expected"),
    [
        (-0.03, 109.33, None),  # Pontianak, on the equator
        (5.9, 95.3, None),  # Sabang
        (-8.5, 140.4, None),  # Merauke
        (48.85, 2.35, ("latitude", IssueCode.GPS_OUTSIDE_INDONESIA)),  # Paris
        (-0.03, 60.0, ("longitude", IssueCode.GPS_OUTSIDE_INDONESIA)),  # Indian Ocean
        (-0.03, None, ("longitude", IssueCode.GPS_INCOMPLETE)),
    ],
)
def test_gps_must_lie_in_indonesia(
    validation_context: ValidationContext,
    latitude: float,
    longitude: float | None,
    expected: tuple[str, IssueCode] | None,
) -> None:
    visit = complete_visit(latitude=latitude, longitude=longitude)
    found = codes(validate_visit(visit, Level.DRAFT, validation_context))
    assert found == ({expected} if expected else set())


def test_negative_money_and_counts_are_refused(validation_context: ValidationContext) -> None:
    coop = Cooperative(id="c1", name="KDKMP Dalam Kaum", member_count=-1, simpanan_pokok=-5)
    found = codes(validate_cooperative(coop, Level.DRAFT, validation_context))
    assert ("member_count", IssueCode.NEGATIVE) in found
    assert ("simpanan_pokok", IssueCode.NEGATIVE) in found
    opportunity = Opportunity(id="o1", cooperative_id="c1", title="Madu", capital_needed=-1)
    assert ("capital_needed", IssueCode.NEGATIVE) in codes(
        validate_opportunity(opportunity, Level.DRAFT, validation_context)
    )
    assert ("people_count", IssueCode.NEGATIVE) in codes(
        validate_visit(complete_visit(people_count=-3), Level.DRAFT, validation_context)
    )


@pytest.mark.parametrize(
    ("nib", "ok"),
    [
        ("1234567890123", True),
        ("12345 67890 123", True),
        ("123456789012", False),
        ("12345678901AB", False),
    ],
)
def test_nib_has_13_digits(validation_context: ValidationContext, nib: str, ok: bool) -> None:
    coop = Cooperative(id="c1", name="K", nib=nib)
    found = codes(validate_cooperative(coop, Level.DRAFT, validation_context))
    assert (("nib", IssueCode.NIB_FORMAT) not in found) is ok


@pytest.mark.parametrize(
    ("npwp", "ok"),
    [
        ("01.234.567.8-901.000", True),  # 15 digits, the old format as printed
        ("0123456789012345", True),  # 16 digits, the NIK-based format
        ("01.234.567.8-901", False),
        ("01234567890123456", False),
    ],
)
def test_npwp_has_15_or_16_digits(
    validation_context: ValidationContext, npwp: str, ok: bool
) -> None:
    coop = Cooperative(id="c1", name="K", npwp=npwp)
    found = codes(validate_cooperative(coop, Level.DRAFT, validation_context))
    assert (("npwp", IssueCode.NPWP_FORMAT) not in found) is ok


def test_unknown_village_code_is_refused(validation_context: ValidationContext) -> None:
    known = Cooperative(id="c1", name="K", village_code=VILLAGE)
    unknown = Cooperative(id="c1", name="K", village_code="61.99.99.2999")
    assert validate_cooperative(known, Level.SUBMIT, validation_context) == []
    assert ("village_code", IssueCode.UNKNOWN_VILLAGE) in codes(
        validate_cooperative(unknown, Level.DRAFT, validation_context)
    )


def test_text_over_its_limit_is_refused_with_the_limit(
    validation_context: ValidationContext,
) -> None:
    coop = Cooperative(id="c1", name="K" * 201)
    [issue] = validate_cooperative(coop, Level.DRAFT, validation_context)
    assert (issue.field, issue.code, issue.params["limit"]) == ("name", IssueCode.TOO_LONG, 200)


def test_child_rows_are_reported_with_their_position(
    validation_context: ValidationContext,
) -> None:
    detail = CooperativeDetail(
        cooperative=Cooperative(id="c1", name="K", village_code=VILLAGE),
        officers=(
            Officer(id="o1", cooperative_id="c1", name="Siti", role=OfficerRole.CHAIR),
            Officer(id="o2", cooperative_id="c1", name="", phone="not a phone"),
        ),
    )
    found = codes(validate_cooperative_detail(detail, Level.SUBMIT, validation_context))
    assert found == {
        ("officers[1].name", IssueCode.REQUIRED),
        ("officers[1].role", IssueCode.REQUIRED),
        ("officers[1].phone", IssueCode.PHONE_FORMAT),
    }


def test_agreed_action_due_before_the_visit_is_refused(
    validation_context: ValidationContext,
) -> None:
    detail = VisitDetail(
        visit=complete_visit(),
        actions=(
            AgreedAction(
                id="a1",
                visit_id="v1",
                description="Urus NIB",
                owner="Ketua",
                due_date=date(2026, 11, 1),
            ),
        ),
    )
    assert ("actions[0].due_date", IssueCode.END_BEFORE_START) in codes(
        validate_visit_detail(detail, Level.DRAFT, validation_context)
    )


def test_opportunity_submit_needs_sector_and_priority(
    validation_context: ValidationContext,
) -> None:
    note = Opportunity(id="o1", cooperative_id="c1", title="Madu kelulut", volume=200.0)
    found = codes(validate_opportunity(note, Level.SUBMIT, validation_context))
    assert {("sector", IssueCode.REQUIRED), ("priority", IssueCode.REQUIRED)} <= found
    assert ("volume_unit", IssueCode.REQUIRED) in found
    complete = Opportunity(
        id="o1",
        cooperative_id="c1",
        title="Madu kelulut",
        sector=Sector.FORESTRY,
        priority=None,
    )
    assert ("priority", IssueCode.REQUIRED) in codes(
        validate_opportunity(complete, Level.SUBMIT, validation_context)
    )
