"""What is wrong with a value: a stable code and the field it concerns.

Codes travel between laptop and server (a refused push names them), so they never change
meaning; the UI turns them into translated sentences.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum


class IssueCode(StrEnum):
    REQUIRED = "required"
    TOO_LONG = "too_long"
    NEGATIVE = "negative"
    OUT_OF_RANGE = "out_of_range"
    FUTURE_DATE = "future_date"
    END_BEFORE_START = "end_before_start"
    GPS_INCOMPLETE = "gps_incomplete"
    GPS_OUTSIDE_INDONESIA = "gps_outside_indonesia"
    NIB_FORMAT = "nib_format"
    NPWP_FORMAT = "npwp_format"
    PHONE_FORMAT = "phone_format"
    UNKNOWN_VILLAGE = "unknown_village"
    # The village already has a cooperative (one per desa/kelurahan); params: cooperative_id.
    VILLAGE_TAKEN = "village_taken"
    DUPLICATE_CHOICE = "duplicate_choice"
    HASH_FORMAT = "hash_format"
    # Text holding a character that cannot be stored or sent (a lone UTF-16 surrogate) or an
    # invisible control character; ``position`` (from 1) says where.
    INVALID_CHARACTER = "invalid_character"
    # A value of the wrong shape (text where a number belongs, an unknown choice, ...).
    BAD_VALUE = "bad_value"


@dataclass(frozen=True, slots=True)
class Issue:
    field: str
    code: IssueCode
    params: Mapping[str, int | str] = dataclasses.field(default_factory=dict)
