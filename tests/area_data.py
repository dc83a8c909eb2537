"""A small PMO area with known figures, for review, dashboard and report tests.

Today is 28 Nov 2026 (tests/conftest.py). Kubu Raya (61.12) has five cooperatives, Sambas
(61.01) one. Records are stored as a sync would leave them on a PMO's laptop, including the
review history the server writes (submit comments signed with the BA's name).

| cooperative | kabupaten | last visit (days ago, by) | bucket | status |
|---|---|---|---|---|
| Mekar Jaya | Kubu Raya | 0 (ba-1) | recent | operating |
| Sinar Harapan | Kubu Raya | 40 (ba-1) | 30–59 | operating |
| Karya Bersama | Kubu Raya | 70 (ba-2) | 60–89 | preparing |
| Sungai Putih | Kubu Raya | 100 (ba-2) | 90+ | (none) |
| Tanjung Harapan | Kubu Raya | never | 90+ | stopped |
| Sambas Makmur | Sambas | 10 (ba-3) | recent | operating |
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from kopdes_desktop.domain.enums import (
    BusinessUnitStatus,
    BusinessUnitType,
    OperationalStatus,
    OpportunityStatus,
    PersonMet,
    Sector,
    TravelMode,
    VisitPurpose,
    VisitStatus,
)
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.records import (
    AgreedAction,
    BusinessUnit,
    Cooperative,
    Opportunity,
    Record,
    ReviewComment,
    Visit,
)
from kopdes_desktop.domain.reporting import WIB
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.storage import record_store
from tests.conftest import TODAY

KUBU_RAYA = "61.12"
SAMBAS = "61.01"
NAMES = {"ba-1": "Siti Aminah", "ba-2": "Yohanes Kristo"}  # ba-3 never submitted: no name


def id_made_on(day: date) -> str:
    """A UUIDv7 text as if made at noon (WIB) that day."""
    millis = int(datetime.combine(day, time(12), tzinfo=WIB).timestamp() * 1000)
    digits = f"{millis:012x}"
    tail = secrets.token_hex(8)
    return f"{digits[:8]}-{digits[8:]}-7{tail[:3]}-8{tail[3:6]}-{tail[6:]}{secrets.token_hex(3)}"


def days_ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def server_time(days: int) -> datetime:
    return datetime.combine(days_ago(days), time(3), tzinfo=UTC)


@dataclass
class Area:
    cooperatives: dict[str, str] = field(default_factory=dict)  # name → id
    visits: dict[str, str] = field(default_factory=dict)  # label → id
    records: list[Record] = field(default_factory=list)

    def add(self, record: Record) -> None:
        self.records.append(record)


def _visit(  # noqa: PLR0917 - reads like the table in the docstring
    area: Area,
    label: str,
    cooperative: str,
    author: str,
    days: int,
    status: VisitStatus,
    *,
    submitted_days_ago: int | None = None,
    findings: str = "",
) -> str:
    visit_id = new_id()
    area.visits[label] = visit_id
    area.add(
        Visit(
            id=visit_id,
            cooperative_id=area.cooperatives[cooperative],
            author_id=author,
            visit_date=days_ago(days),
            start_time=time(9),
            end_time=time(11),
            travel_mode=TravelMode.RIVER,
            people_met=(PersonMet.PENGURUS,),
            people_count=6,
            purposes=(VisitPurpose.MONITORING,),
            findings=findings or f"Temuan kunjungan {label}",
            status=status,
        )
    )
    if submitted_days_ago is not None and author in NAMES:
        area.add(
            ReviewComment(
                id=new_id(),
                visit_id=visit_id,
                author_name=NAMES[author],
                created_at=server_time(submitted_days_ago),
                from_status=VisitStatus.DRAFT,
                to_status=VisitStatus.SUBMITTED,
            )
        )
    return visit_id


def build_area(context: ServiceContext) -> Area:
    catalog = context.catalog
    kr_villages = [v.code for v in catalog.children(f"{KUBU_RAYA}.01")]
    sambas_villages = [v.code for v in catalog.children(f"{SAMBAS}.01")]
    area = Area()
    for index, (name, status) in enumerate(
        (
            ("Mekar Jaya", OperationalStatus.OPERATING),
            ("Sinar Harapan", OperationalStatus.OPERATING),
            ("Karya Bersama", OperationalStatus.PREPARING),
            ("Sungai Putih", None),
            ("Tanjung Harapan", OperationalStatus.STOPPED),
        )
    ):
        coop_id = new_id()
        area.cooperatives[name] = coop_id
        area.add(
            Cooperative(
                id=coop_id,
                name=f"Koperasi Desa Merah Putih {name}",
                village_code=kr_villages[index],
                operational_status=status,
                member_count=20 + index,
            )
        )
    area.cooperatives["Sambas Makmur"] = new_id()
    area.add(
        Cooperative(
            id=area.cooperatives["Sambas Makmur"],
            name="Koperasi Desa Merah Putih Sambas Makmur",
            village_code=sambas_villages[0],
            operational_status=OperationalStatus.OPERATING,
        )
    )
    # Visits. "a" labels are awaiting review.
    _visit(area, "mekar-today", "Mekar Jaya", "ba-1", 0, VisitStatus.DRAFT)
    _visit(area, "mekar-a", "Mekar Jaya", "ba-1", 5, VisitStatus.SUBMITTED, submitted_days_ago=2)
    _visit(area, "mekar-old", "Mekar Jaya", "ba-2", 50, VisitStatus.APPROVED, submitted_days_ago=48)
    sent_back = _visit(
        area, "sinar-back", "Sinar Harapan", "ba-1", 40, VisitStatus.NEEDS_REVISION,
        submitted_days_ago=39,
    )  # fmt: skip
    area.add(
        ReviewComment(
            id=new_id(),
            visit_id=sent_back,
            author_name="Pak Hendra (PMO)",
            created_at=server_time(38),
            from_status=VisitStatus.SUBMITTED,
            to_status=VisitStatus.NEEDS_REVISION,
            comment="Tambah daftar hadir",
        )
    )
    _visit(
        area, "karya-a", "Karya Bersama", "ba-2", 70, VisitStatus.RESUBMITTED,
        submitted_days_ago=20,
    )  # fmt: skip
    _visit(area, "putih-old", "Sungai Putih", "ba-2", 100, VisitStatus.APPROVED)
    _visit(area, "sambas-a", "Sambas Makmur", "ba-3", 10, VisitStatus.SUBMITTED)
    # Dated tomorrow by mistake: not a visit that happened, so it counts nowhere.
    _visit(area, "sambas-future", "Sambas Makmur", "ba-3", -1, VisitStatus.DRAFT)

    # Agreed actions of ba-1's visit at Mekar Jaya (5 days ago).
    mekar = area.visits["mekar-a"]
    for description, due, done in (
        ("Lengkapi NIB", days_ago(3), False),  # overdue
        ("Rapat anggota", days_ago(-5), False),  # due within 14 days
        ("Buka rekening", days_ago(6), True),  # done: not listed
        ("Susun rencana usaha", days_ago(-30), False),  # too far ahead
    ):
        area.add(
            AgreedAction(
                id=new_id(), visit_id=mekar, description=description, owner="Ketua",
                due_date=due, done=done,
            )
        )  # fmt: skip
    area.add(
        AgreedAction(
            id=new_id(), visit_id=area.visits["karya-a"], description="Perbaiki pembukuan",
            owner="Bendahara", due_date=days_ago(1),
        )
    )  # fmt: skip

    # Business units.
    for cooperative, unit_type, status in (
        ("Mekar Jaya", BusinessUnitType.GROCERY, BusinessUnitStatus.OPERATING),
        ("Mekar Jaya", BusinessUnitType.OFFICE, BusinessUnitStatus.OPERATING),
        ("Sinar Harapan", BusinessUnitType.GROCERY, BusinessUnitStatus.PREPARING),
        ("Sambas Makmur", BusinessUnitType.GROCERY, BusinessUnitStatus.OPERATING),
    ):
        area.add(
            BusinessUnit(
                id=new_id(), cooperative_id=area.cooperatives[cooperative],
                unit_type=unit_type, status=status,
            )
        )  # fmt: skip

    # Opportunity notes: made this month, last month, and in Sambas.
    for cooperative, title, sector, status, made, author in (
        ("Mekar Jaya", "Madu kelulut", Sector.FORESTRY, OpportunityStatus.IDEA, 3, "ba-1"),
        ("Mekar Jaya", "Lada putih", Sector.PLANTATION, OpportunityStatus.ASSESSED, 10, "ba-1"),
        ("Sinar Harapan", "Karet rakyat", Sector.PLANTATION, OpportunityStatus.IDEA, 45, "ba-1"),
        ("Karya Bersama", "Ikan sungai", Sector.CAPTURE_FISHERIES, OpportunityStatus.IDEA, 20,
         "ba-2"),
        ("Sambas Makmur", "Tenun Sambas", Sector.CRAFTS, OpportunityStatus.IN_PROGRESS, 5, "ba-3"),
    ):  # fmt: skip
        area.add(
            Opportunity(
                id=id_made_on(days_ago(made)),
                cooperative_id=area.cooperatives[cooperative],
                author_id=author,
                title=title,
                sector=sector,
                commodity=title.lower(),
                volume=250.5,
                volume_unit="kg/bulan",
                capital_needed=12_500_000,
                monthly_revenue=3_000_000,
                status=status,
            )
        )

    with context.database.write() as session:
        for record in area.records:
            record_store.insert(session, record)
    return area
