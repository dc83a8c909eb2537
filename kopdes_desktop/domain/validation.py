"""Validation rules shared by the laptop and the server.

Two levels: ``DRAFT`` refuses only values that can never be right (a negative count, a malformed
NIB, GPS in the ocean off Africa), so incomplete work can always be saved. ``SUBMIT`` adds what a
finished record needs. Each problem is an :class:`Issue` with a stable code and the field it
concerns; the UI turns codes into translated sentences, the server into a rejection reason.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kopdes_desktop.domain import values
from kopdes_desktop.domain.issues import Issue, IssueCode
from kopdes_desktop.domain.records import (
    AgreedAction,
    BusinessUnit,
    Cooperative,
    CooperativeDetail,
    Officer,
    Opportunity,
    OpportunityDetail,
    Photo,
    Record,
    Visit,
    VisitDetail,
)

__all__ = ["Issue", "IssueCode"]  # re-exported: the codes belong with the rules that use them


class Level(StrEnum):
    DRAFT = "draft"
    SUBMIT = "submit"


class ValidationError(ValueError):
    """Raised by services when a record fails validation; carries every issue at once."""

    def __init__(self, issues: Iterable[Issue]) -> None:
        self.issues: tuple[Issue, ...] = tuple(issues)
        super().__init__("; ".join(f"{i.field}: {i.code.value}" for i in self.issues))


@dataclass(frozen=True, slots=True)
class ValidationContext:
    """What the rules need to know about the world, passed in so they stay pure and testable."""

    today: date
    village_exists: Callable[[str], bool]


# Length limits, in characters. Generous enough for real names and notes, small enough that a
# pasted document does not end up in a sync batch.
SHORT_TEXT = 100
NAME_TEXT = 200
ADDRESS_TEXT = 500
LONG_TEXT = 5000
PHONE_TEXT = 30
# A photo's caption says what it shows in a line or two (it is printed under the photo in the
# monthly report); a page of text belongs in the visit's findings.
CAPTION_TEXT = 200

# Indonesia's extent with a small margin: Sabang to Merauke, Miangas to Rote.
LATITUDE_RANGE = (-11.5, 6.5)
LONGITUDE_RANGE = (94.5, 141.5)

FIRST_PLAUSIBLE_YEAR = 1945


@dataclass(frozen=True, slots=True)
class Range:
    low: int
    high: int


# Realistic bounds of every counted or Rupiah field, wide enough for any real cooperative and
# far below what a column holds (±2**53−1), so a slipped finger or a hostile client is refused
# with a message instead of overflowing a laptop's database. Rupiah are whole rupiah.
NUMBER_RANGES: dict[type[Record], dict[str, Range]] = {
    # Members of one village cooperative; the largest Indonesian cooperatives have a few
    # hundred thousand. Savings are per member: pokok once, wajib monthly.
    Cooperative: {
        "member_count": Range(0, 1_000_000),
        "simpanan_pokok": Range(0, 100_000_000),
        "simpanan_wajib": Range(0, 100_000_000),
    },
    # People met on one visit: a village meeting or an RAT, not a city.
    Visit: {"people_count": Range(0, 10_000)},
    # A village business: up to Rp 1 trillion of capital, Rp 100 billion a month of revenue,
    # and a billion units (kg, litres, trays) of volume.
    Opportunity: {
        "volume": Range(0, 1_000_000_000),
        "capital_needed": Range(0, 1_000_000_000_000),
        "monthly_revenue": Range(0, 100_000_000_000),
    },
}
# Numbers with rules of their own: a position must lie in Indonesia (``_gps``), the last RAT
# between 1945 and this year.
SPECIALLY_CHECKED_NUMBERS = frozenset({"latitude", "longitude", "last_rat_year"})
_DIGIT_SEPARATORS = re.compile(r"[\s.\-/]")
_PHONE = re.compile(r"^\+?[0-9][0-9 \-]{5,}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def digits_only(value: str) -> str:
    """NIB and NPWP are often typed with dots and dashes (01.234.567.8-901.000)."""
    return _DIGIT_SEPARATORS.sub("", value)


def _text(name: str, value: str, limit: int) -> Iterator[Issue]:
    # The stored (normalised) form is what must fit.
    if len(values.normalise_text(value)) > limit:
        yield Issue(name, IssueCode.TOO_LONG, {"limit": limit})


def _texts(record: object, limits: Mapping[str, int]) -> Iterator[Issue]:
    for name, limit in limits.items():
        yield from _text(name, getattr(record, name), limit)


def _in_range(name: str, value: int | float, bounds: Range) -> Iterator[Issue]:
    if bounds.low == 0 and value < 0:
        yield Issue(name, IssueCode.NEGATIVE)
    elif not (isinstance(value, int) or math.isfinite(value)) or not (
        bounds.low <= value <= bounds.high
    ):
        yield Issue(name, IssueCode.OUT_OF_RANGE, {"min": bounds.low, "max": bounds.high})


def validate_values(record: Record) -> list[Issue]:
    """What any stored value must be, for every record type: text holds no character that
    cannot be stored or sent, every number is storable and within its realistic range."""
    issues: list[Issue] = []
    ranges = NUMBER_RANGES.get(type(record), {})
    for field in dataclasses.fields(record):
        value = getattr(record, field.name)
        if isinstance(value, str):
            issue = values.text_issue(field.name, value)
        elif (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or field.name in SPECIALLY_CHECKED_NUMBERS
        ):
            continue
        elif field.name in ranges:
            issues += _in_range(field.name, value, ranges[field.name])
            continue
        else:
            issue = values.number_issue(field.name, value)
        if issue is not None:
            issues.append(issue)
    return issues


def _required(record: object, names: Iterable[str]) -> Iterator[Issue]:
    for name in names:
        value = getattr(record, name)
        if value is None or value in ("", ()):
            yield Issue(name, IssueCode.REQUIRED)


def _gps(latitude: float | None, longitude: float | None) -> Iterator[Issue]:
    if (latitude is None) != (longitude is None):
        yield Issue("latitude" if latitude is None else "longitude", IssueCode.GPS_INCOMPLETE)
        return
    if latitude is None or longitude is None:
        return
    lat_ok = LATITUDE_RANGE[0] <= latitude <= LATITUDE_RANGE[1]
    lon_ok = LONGITUDE_RANGE[0] <= longitude <= LONGITUDE_RANGE[1]
    if not (lat_ok and lon_ok):
        yield Issue("latitude" if not lat_ok else "longitude", IssueCode.GPS_OUTSIDE_INDONESIA)


def _not_future(name: str, value: date | None, today: date) -> Iterator[Issue]:
    if value is not None and value > today:
        yield Issue(name, IssueCode.FUTURE_DATE)


def _phone(name: str, value: str) -> Iterator[Issue]:
    if value and not _PHONE.match(value):
        yield Issue(name, IssueCode.PHONE_FORMAT)


def _unique(name: str, values: tuple[object, ...]) -> Iterator[Issue]:
    if len(set(values)) != len(values):
        yield Issue(name, IssueCode.DUPLICATE_CHOICE)


def _nested(prefix: str, index: int, issues: Iterable[Issue]) -> Iterator[Issue]:
    for issue in issues:
        yield Issue(f"{prefix}[{index}].{issue.field}", issue.code, issue.params)


# --- cooperative profile -------------------------------------------------------------------

_COOPERATIVE_TEXT = {
    "name": NAME_TEXT,
    "address": ADDRESS_TEXT,
    "phone": PHONE_TEXT,
    "akta_number": SHORT_TEXT,
    "akta_notary": NAME_TEXT,
    "sk_ahu_number": SHORT_TEXT,
    "cooperative_reg_number": SHORT_TEXT,
    "nib": SHORT_TEXT,
    "npwp": SHORT_TEXT,
    "bank_name": NAME_TEXT,
    "notes": LONG_TEXT,
}


def validate_cooperative(
    coop: Cooperative, level: Level, context: ValidationContext
) -> list[Issue]:
    issues = validate_values(coop)
    issues += _texts(coop, _COOPERATIVE_TEXT)
    issues += _gps(coop.latitude, coop.longitude)
    issues += _phone("phone", coop.phone)
    issues += _not_future("akta_date", coop.akta_date, context.today)
    issues += _not_future("sk_ahu_date", coop.sk_ahu_date, context.today)
    nib = digits_only(coop.nib)
    if coop.nib and (len(nib) != 13 or not nib.isdigit()):
        issues.append(Issue("nib", IssueCode.NIB_FORMAT))
    npwp = digits_only(coop.npwp)
    if coop.npwp and (len(npwp) not in (15, 16) or not npwp.isdigit()):
        issues.append(Issue("npwp", IssueCode.NPWP_FORMAT))
    if coop.last_rat_year is not None and not (
        FIRST_PLAUSIBLE_YEAR <= coop.last_rat_year <= context.today.year
    ):
        issues.append(
            Issue(
                "last_rat_year",
                IssueCode.OUT_OF_RANGE,
                {"min": FIRST_PLAUSIBLE_YEAR, "max": context.today.year},
            )
        )
    if coop.village_code and not context.village_exists(coop.village_code):
        issues.append(Issue("village_code", IssueCode.UNKNOWN_VILLAGE))
    if level is Level.SUBMIT:
        issues += _required(coop, ("name", "village_code"))
    else:
        # Even a draft profile must say which cooperative it is: it is the list's only handle.
        issues += _required(coop, ("name",))
    return issues


def validate_officer(officer: Officer, level: Level) -> list[Issue]:
    issues = validate_values(officer)
    issues += _texts(officer, {"name": NAME_TEXT, "phone": PHONE_TEXT})
    issues += _phone("phone", officer.phone)
    if level is Level.SUBMIT:
        issues += _required(officer, ("name", "role"))
    return issues


def validate_business_unit(unit: BusinessUnit, level: Level) -> list[Issue]:
    return validate_values(unit) + list(_texts(unit, {"notes": LONG_TEXT}))


def validate_cooperative_detail(
    detail: CooperativeDetail, level: Level, context: ValidationContext
) -> list[Issue]:
    issues = validate_cooperative(detail.cooperative, level, context)
    for index, officer in enumerate(detail.officers):
        issues += _nested("officers", index, validate_officer(officer, level))
    for index, unit in enumerate(detail.business_units):
        issues += _nested("business_units", index, validate_business_unit(unit, level))
    unit_types = tuple(unit.unit_type for unit in detail.business_units)
    issues += _unique("business_units", unit_types)
    return issues


# --- visit log -----------------------------------------------------------------------------

_VISIT_TEXT = {"findings": LONG_TEXT, "problems": LONG_TEXT, "next_visit_plan": LONG_TEXT}


def validate_visit(visit: Visit, level: Level, context: ValidationContext) -> list[Issue]:
    issues = validate_values(visit)
    issues += _texts(visit, _VISIT_TEXT)
    issues += _gps(visit.latitude, visit.longitude)
    issues += _unique("purposes", visit.purposes)
    issues += _unique("people_met", visit.people_met)
    if visit.start_time and visit.end_time and visit.end_time < visit.start_time:
        issues.append(Issue("end_time", IssueCode.END_BEFORE_START))
    if visit.visit_date and visit.next_visit_date and visit.next_visit_date < visit.visit_date:
        issues.append(Issue("next_visit_date", IssueCode.END_BEFORE_START))
    # Even a draft belongs to a cooperative: that is how it is found again.
    issues += _required(visit, ("cooperative_id",))
    if level is Level.SUBMIT:
        # A log records a visit that happened; a draft may be prepared ahead of time.
        issues += _not_future("visit_date", visit.visit_date, context.today)
        issues += _required(
            visit,
            (
                "visit_date",
                "start_time",
                "end_time",
                "travel_mode",
                "people_met",
                "purposes",
                "findings",
            ),
        )
        if visit.people_count is not None and visit.people_count == 0:
            issues.append(Issue("people_count", IssueCode.OUT_OF_RANGE, {"min": 1}))
    return issues


def validate_agreed_action(action: AgreedAction, level: Level) -> list[Issue]:
    issues = validate_values(action)
    issues += _texts(action, {"description": LONG_TEXT, "owner": NAME_TEXT})
    if level is Level.SUBMIT:
        issues += _required(action, ("description", "owner", "due_date"))
    return issues


def validate_photo(photo: Photo) -> list[Issue]:
    issues = validate_values(photo)
    issues += _texts(photo, {"caption": CAPTION_TEXT})
    if photo.sha256 and not _SHA256.match(photo.sha256):
        issues.append(Issue("sha256", IssueCode.HASH_FORMAT))
    return issues


def validate_visit_detail(
    detail: VisitDetail, level: Level, context: ValidationContext
) -> list[Issue]:
    issues = validate_visit(detail.visit, level, context)
    for index, action in enumerate(detail.actions):
        issues += _nested("actions", index, validate_agreed_action(action, level))
        if (
            action.due_date
            and detail.visit.visit_date
            and action.due_date < detail.visit.visit_date
        ):
            issues.append(Issue(f"actions[{index}].due_date", IssueCode.END_BEFORE_START))
    for index, photo in enumerate(detail.photos):
        issues += _nested("photos", index, validate_photo(photo))
    return issues


# --- business opportunity ------------------------------------------------------------------

_OPPORTUNITY_TEXT = {
    "title": NAME_TEXT,
    "commodity": SHORT_TEXT,
    "description": LONG_TEXT,
    "volume_unit": SHORT_TEXT,
    "offtaker": NAME_TEXT,
}


def validate_opportunity(
    opportunity: Opportunity, level: Level, context: ValidationContext
) -> list[Issue]:
    issues = validate_values(opportunity)
    issues += _texts(opportunity, _OPPORTUNITY_TEXT)
    issues += _unique("needs", opportunity.needs)
    if opportunity.volume is not None and not opportunity.volume_unit and level is Level.SUBMIT:
        issues.append(Issue("volume_unit", IssueCode.REQUIRED))
    issues += _required(opportunity, ("cooperative_id", "title"))
    if level is Level.SUBMIT:
        issues += _required(opportunity, ("sector", "priority"))
    return issues


def validate_opportunity_detail(
    detail: OpportunityDetail, level: Level, context: ValidationContext
) -> list[Issue]:
    issues = validate_opportunity(detail.opportunity, level, context)
    for index, photo in enumerate(detail.photos):
        issues += _nested("photos", index, validate_photo(photo))
    return issues
