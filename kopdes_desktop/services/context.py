"""What every service needs: the open database, the region catalogue, the clock, the user."""

from __future__ import annotations

from collections.abc import Callable
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

    def validation(self) -> ValidationContext:
        return ValidationContext(today=self.today(), village_exists=self.catalog.village_exists)
