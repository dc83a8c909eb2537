"""What every service needs: the open database, the region catalogue, the clock, the user."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from kopdes_desktop.domain import clock
from kopdes_desktop.domain.enums import Role, VisitStatus
from kopdes_desktop.domain.permissions import Action, Actor, Refusal, Subject, open_to, refusal
from kopdes_desktop.domain.records import RecordType
from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.domain.validation import ValidationContext
from kopdes_desktop.services.errors import STATUS_DENIALS, NotAllowedError, NotEditableError
from kopdes_desktop.storage.db import Database


@dataclass(slots=True)
class ServiceContext:
    database: Database
    catalog: RegionCatalog
    # The app's clock: WIB from the laptop's UTC clock (domain/clock.py); tests set their own.
    today: Callable[[], date] = field(default=clock.today)
    now: Callable[[], datetime] = field(default=clock.now)
    # Id of the signed-in user; empty until the first sign-in (records get it then).
    user_id: str = ""
    # What the signed-in user may do: PMOs and admins review visits, BAs do not. Until the
    # first sign-in the laptop is treated as a BA's.
    role: Role = Role.BA
    # A PMO's kabupaten/kota codes; empty means every cooperative on this laptop.
    kabupaten_codes: tuple[str, ...] = ()
    # The sample data ("Data contoh"): a database of its own that never syncs.
    sample: bool = False

    def act_as(self, user_id: str, role: str, kabupaten_codes: Sequence[str]) -> None:
        """Take on the signed-in account as the server described it (at sign-in and start-up)."""
        self.user_id = user_id
        self.role = Role(role) if role in Role._value2member_map_ else Role.BA
        self.kabupaten_codes = tuple(kabupaten_codes)

    @property
    def supervises(self) -> bool:
        """PMOs and admins watch an area (figures, maps, BA filters); a BA their own work."""
        return self.role in (Role.PMO, Role.ADMIN)

    def area(self) -> tuple[str, ...]:
        """The kabupaten codes the user's lists and figures cover: an admin's are everything
        on this laptop (empty), anyone else's their own."""
        return () if self.role is Role.ADMIN else self.kabupaten_codes

    @property
    def actor(self) -> Actor:
        return Actor(self.user_id, self.role, frozenset(self.kabupaten_codes))

    def refusal(self, action: Action, subject: Subject) -> Refusal | None:
        """Why the user may not take ``action`` (the rules the server applies too), or None."""
        return refusal(self.actor, action, subject)

    def open_to(self, action: Action, record_type: RecordType) -> Refusal | None:
        """Why ``action`` on this kind of record is never the user's to take, or None (screens
        leave out what is refused here and say who can do it instead)."""
        denial = open_to(self.actor, action, record_type)
        return None if denial is None else Refusal(action, record_type, denial)

    def require(self, action: Action, subject: Subject) -> None:
        """Refuse before saving what the server would refuse after the next sync."""
        refused = self.refusal(action, subject)
        if refused is None:
            return
        if refused.denial in STATUS_DENIALS:
            raise NotEditableError(subject.visit_status or VisitStatus.DRAFT, refused)
        raise NotAllowedError(refused)

    def validation(self) -> ValidationContext:
        return ValidationContext(today=self.today(), village_exists=self.catalog.village_exists)
