"""What every service needs: the open database, the region catalogue, the clock, the user."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.domain.validation import ValidationContext
from kopdes_desktop.storage.db import Database


@dataclass(slots=True)
class ServiceContext:
    database: Database
    catalog: RegionCatalog
    today: Callable[[], date] = field(default=date.today)
    # Id of the signed-in user; empty until the first sign-in (records get it then).
    user_id: str = ""
    # What the signed-in user may do: PMOs and admins review visits, BAs do not. Until the
    # first sign-in the laptop is treated as a BA's.
    role: Role = Role.BA
    # A PMO's kabupaten/kota codes; empty means every cooperative on this laptop.
    kabupaten_codes: tuple[str, ...] = ()

    def act_as(self, user_id: str, role: str, kabupaten_codes: Sequence[str]) -> None:
        """Take on the signed-in account as the server described it (at sign-in and start-up)."""
        self.user_id = user_id
        self.role = Role(role) if role in Role._value2member_map_ else Role.BA
        self.kabupaten_codes = tuple(kabupaten_codes)

    def validation(self) -> ValidationContext:
        return ValidationContext(today=self.today(), village_exists=self.catalog.village_exists)
