"""Sample records for trying the app without a server: real villages, invented cooperatives.

Created through the ordinary services, so they behave exactly like a BA's own records.
"""

from __future__ import annotations

import dataclasses
import random
from datetime import time, timedelta

from sqlalchemy import select

from kopdes_desktop.domain.enums import (
    BusinessUnitStatus,
    BusinessUnitType,
    FormationModel,
    Gender,
    HealthRating,
    OfficerBody,
    OfficerRole,
    OperationalStatus,
    OpportunityNeed,
    OpportunityStatus,
    PersonMet,
    Priority,
    Role,
    Sector,
    TravelMode,
    VisitPurpose,
)
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.records import (
    AgreedAction,
    BusinessUnit,
    Cooperative,
    CooperativeDetail,
    Officer,
    Opportunity,
    OpportunityDetail,
    Visit,
    VisitDetail,
)
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.cooperatives import CooperativeService
from kopdes_desktop.services.opportunities import OpportunityService
from kopdes_desktop.services.visits import VisitService
from kopdes_desktop.storage.models import CooperativeRow

DEMO_KABUPATEN = "61.12"  # Kubu Raya: close to Pontianak, a mix of road and river villages
_FIRST_NAMES = ("Siti", "Agus", "Yohanes", "Nurhayati", "Martinus", "Rahmat", "Maria", "Hendra")
_FINDINGS = (
    "Pengurus sudah menyiapkan lahan gerai; menunggu surat hibah dari desa.",
    "Pembukuan simpanan wajib belum rapi; disepakati pelatihan bendahara.",
    "Unit sembako mulai beroperasi, stok awal dari distributor di Sungai Raya.",
)


def create_demo_data(context: ServiceContext, cooperatives: int = 12, seed: int = 7) -> int:
    """Create ``cooperatives`` profiles in Kubu Raya with visits and opportunities."""
    rng = random.Random(seed)
    with context.database.read() as session:
        taken = set(session.scalars(select(CooperativeRow.village_code)))
    villages = [
        village
        for kecamatan in context.catalog.children(DEMO_KABUPATEN)
        for village in context.catalog.children(kecamatan.code)
        if village.code not in taken  # one cooperative per village, sample data too
    ]
    chosen = rng.sample(villages, min(cooperatives, len(villages)))
    # Made as an admin would: cooperatives are otherwise added by PMOs, not by whoever tries
    # the app. Visits and notes are the context user's own, so they can edit them.
    maker = dataclasses.replace(context, role=Role.ADMIN)
    coop_service = CooperativeService(maker)
    visit_service = VisitService(maker)
    opportunity_service = OpportunityService(maker)
    today = context.today()
    for village in chosen:
        coop_id = new_id()
        coop_service.save(
            CooperativeDetail(
                cooperative=Cooperative(
                    id=coop_id,
                    name=f"Koperasi Desa Merah Putih {village.name}",
                    village_code=village.code,
                    formation_model=rng.choice(list(FormationModel)),
                    operational_status=rng.choice(list(OperationalStatus)),
                    member_count=rng.randint(20, 250),
                    simpanan_pokok=rng.choice((50_000, 100_000, 250_000)),
                    simpanan_wajib=rng.choice((10_000, 20_000, 25_000)),
                    health_rating=rng.choice(list(HealthRating)),
                    has_bank_account=rng.random() < 0.6,
                ),
                officers=tuple(
                    Officer(
                        id=new_id(),
                        cooperative_id=coop_id,
                        body=body,
                        role=role,
                        name=f"{rng.choice(_FIRST_NAMES)} {village.name.split()[0]}",
                        gender=rng.choice(list(Gender)),
                    )
                    for body, role in (
                        (OfficerBody.PENGURUS, OfficerRole.CHAIR),
                        (OfficerBody.PENGURUS, OfficerRole.TREASURER),
                        (OfficerBody.PENGAWAS, OfficerRole.CHAIR),
                    )
                ),
                business_units=tuple(
                    BusinessUnit(
                        id=new_id(),
                        cooperative_id=coop_id,
                        unit_type=unit_type,
                        status=rng.choice(list(BusinessUnitStatus)),
                    )
                    for unit_type in rng.sample(list(BusinessUnitType), 3)
                ),
            )
        )
        visit_id = new_id()
        visit_date = today - timedelta(days=rng.randint(1, 80))
        visit_service.save_draft(
            VisitDetail(
                visit=Visit(
                    id=visit_id,
                    cooperative_id=coop_id,
                    visit_date=visit_date,
                    start_time=time(9, 0),
                    end_time=time(11, 30),
                    travel_mode=rng.choice(list(TravelMode)),
                    people_met=(PersonMet.PENGURUS, PersonMet.VILLAGE_HEAD),
                    people_count=rng.randint(3, 12),
                    purposes=(VisitPurpose.MONITORING, VisitPurpose.GERAI_READINESS),
                    findings=rng.choice(_FINDINGS),
                ),
                actions=(
                    AgreedAction(
                        id=new_id(),
                        visit_id=visit_id,
                        description="Lengkapi dokumen NIB",
                        owner="Ketua pengurus",
                        due_date=visit_date + timedelta(days=14),
                    ),
                ),
            )
        )
        opportunity_service.save(
            OpportunityDetail(
                Opportunity(
                    id=new_id(),
                    cooperative_id=coop_id,
                    title=f"Pengolahan {rng.choice(('madu kelulut', 'lada', 'karet'))}",
                    sector=rng.choice((Sector.FORESTRY, Sector.PLANTATION, Sector.PROCESSING)),
                    commodity=rng.choice(("madu kelulut", "lada", "karet")),
                    volume=float(rng.randint(1, 20) * 100),
                    volume_unit="kg/bulan",
                    capital_needed=rng.randint(5, 150) * 1_000_000,
                    monthly_revenue=rng.randint(2, 40) * 1_000_000,
                    needs=(OpportunityNeed.FINANCING, OpportunityNeed.MARKET),
                    priority=rng.choice(list(Priority)),
                    status=rng.choice(list(OpportunityStatus)),
                )
            )
        )
    return len(chosen)
