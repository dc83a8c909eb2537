"""Lists filter, sort and page in SQL and return plain rows."""

from __future__ import annotations

from datetime import date, time

import pytest

from kopdes_desktop.domain.enums import (
    OperationalStatus,
    OpportunityStatus,
    PersonMet,
    Priority,
    Sector,
    TravelMode,
    VisitPurpose,
    VisitStatus,
)
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.listing import (
    CooperativeFilter,
    CooperativeSort,
    OpportunityFilter,
    PageRequest,
    VisitFilter,
)
from kopdes_desktop.domain.records import (
    Cooperative,
    CooperativeDetail,
    Opportunity,
    OpportunityDetail,
    Visit,
    VisitDetail,
)
from kopdes_desktop.domain.regions import RegionCatalog, RegionLevel
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.cooperatives import CooperativeService
from kopdes_desktop.services.opportunities import OpportunityService
from kopdes_desktop.services.visits import VisitService
from tests.roles import as_admin


@pytest.fixture
def kubu_raya_and_sambas(context: ServiceContext, catalog: RegionCatalog) -> dict[str, str]:
    """One cooperative per village of two kecamatan: Sungai Ambawang (Kubu Raya), Sambas."""
    service = CooperativeService(as_admin(context))
    ids: dict[str, str] = {}
    for kecamatan in ("61.12.04", "61.01.01"):
        for index, village in enumerate(catalog.children(kecamatan)):
            coop = Cooperative(
                id=new_id(),
                name=f"KDKMP {village.name}",
                village_code=village.code,
                member_count=20 + index,
                operational_status=(
                    OperationalStatus.OPERATING if index % 2 else OperationalStatus.PREPARING
                ),
            )
            service.save(CooperativeDetail(coop))
            ids[village.name] = coop.id
    return ids


def test_filter_by_kabupaten_and_status_pages_in_sql(
    context: ServiceContext, catalog: RegionCatalog, kubu_raya_and_sambas: dict[str, str]
) -> None:
    service = CooperativeService(as_admin(context))
    kubu_raya_total = len(catalog.children("61.12.04"))
    page = service.list(CooperativeFilter(kabupaten_code="61.12", page=PageRequest(0, 5)))
    assert page.total == kubu_raya_total
    assert len(page.items) == 5
    assert {item.kabupaten_name for item in page.items} == {"Kabupaten Kubu Raya"}
    rest = service.list(CooperativeFilter(kabupaten_code="61.12", page=PageRequest(5, 500)))
    assert len(rest.items) == kubu_raya_total - 5
    assert not {i.id for i in page.items} & {i.id for i in rest.items}

    operating = service.list(
        CooperativeFilter(kabupaten_code="61.12", operational_status=OperationalStatus.OPERATING)
    )
    assert operating.total == kubu_raya_total // 2
    assert all(i.operational_status is OperationalStatus.OPERATING for i in operating.items)


def test_search_matches_cooperative_or_village_name_in_any_case(
    context: ServiceContext, catalog: RegionCatalog, kubu_raya_and_sambas: dict[str, str]
) -> None:
    village = catalog.children("61.01.01")[3]
    page = CooperativeService(context).list(CooperativeFilter(search=village.name.upper()))
    assert kubu_raya_and_sambas[village.name] in {item.id for item in page.items}
    assert page.items[0].village_name == village.name
    assert page.items[0].kecamatan_name == "Sambas"
    nothing = CooperativeService(context).list(CooperativeFilter(search="100%_"))
    assert nothing.total == 0


def test_sort_by_members_descending(
    context: ServiceContext, kubu_raya_and_sambas: dict[str, str]
) -> None:
    page = CooperativeService(context).list(
        CooperativeFilter(sort=CooperativeSort.MEMBERS, descending=True)
    )
    counts = [item.member_count for item in page.items]
    assert counts == sorted(counts, reverse=True)


def test_deleted_records_leave_the_list(
    context: ServiceContext, kubu_raya_and_sambas: dict[str, str]
) -> None:
    service = CooperativeService(as_admin(context))
    before = service.list(CooperativeFilter()).total
    service.delete(next(iter(kubu_raya_and_sambas.values())))
    assert service.list(CooperativeFilter()).total == before - 1


def test_visits_filter_by_date_range_status_and_text(
    context: ServiceContext, catalog: RegionCatalog
) -> None:
    village = catalog.at_level(RegionLevel.DESA)[0]
    coop = Cooperative(id=new_id(), name="KDKMP Uji", village_code=village.code)
    CooperativeService(as_admin(context)).save(CooperativeDetail(coop))
    visits = VisitService(context)
    for day in range(1, 11):
        visits.save_draft(
            VisitDetail(
                Visit(
                    id=new_id(),
                    cooperative_id=coop.id,
                    visit_date=date(2026, 11, day),
                    findings="gudang bocor" if day == 4 else "rapat pengurus",
                )
            )
        )
    november_3_to_6 = visits.list(
        VisitFilter(date_from=date(2026, 11, 3), date_to=date(2026, 11, 6))
    )
    assert [i.visit_date for i in november_3_to_6.items] == [
        date(2026, 11, d) for d in (6, 5, 4, 3)
    ]
    assert visits.list(VisitFilter(search="Gudang")).total == 1
    assert visits.list(VisitFilter(status=VisitStatus.SUBMITTED)).total == 0
    assert visits.list(VisitFilter(cooperative_id=coop.id)).total == 10


def test_submitting_a_visit_moves_it_to_submitted_and_freezes_it(
    context: ServiceContext, catalog: RegionCatalog
) -> None:
    from kopdes_desktop.domain.validation import ValidationError
    from kopdes_desktop.services.errors import NotEditableError

    coop = Cooperative(id=new_id(), name="KDKMP Uji", village_code="61.01.01.2001")
    CooperativeService(as_admin(context)).save(CooperativeDetail(coop))
    service = VisitService(context)
    draft = service.save_draft(VisitDetail(Visit(id=new_id(), cooperative_id=coop.id)))
    assert draft.visit.author_id == "ba-1"
    with pytest.raises(ValidationError) as missing:
        service.submit(draft)
    assert "findings" in {issue.field for issue in missing.value.issues}

    complete = VisitDetail(
        Visit(
            id=draft.visit.id,
            cooperative_id=coop.id,
            visit_date=date(2026, 11, 27),
            start_time=time(9),
            end_time=time(10),
            travel_mode=TravelMode.ROAD,
            people_met=(PersonMet.PENGURUS,),
            purposes=(VisitPurpose.MONITORING,),
            findings="Gerai sudah buka.",
        )
    )
    submitted = service.submit(complete)
    assert submitted.visit.status is VisitStatus.SUBMITTED
    with pytest.raises(NotEditableError):
        service.save_draft(submitted)
    assert service.list(VisitFilter(status=VisitStatus.SUBMITTED)).total == 1


def test_opportunities_filter_by_sector_and_status(context: ServiceContext) -> None:
    coop = Cooperative(id=new_id(), name="KDKMP Putussibau", village_code="61.06.01.1001")
    CooperativeService(as_admin(context)).save(CooperativeDetail(coop))
    service = OpportunityService(context)
    for title, sector, status in (
        ("Madu kelulut", Sector.FORESTRY, OpportunityStatus.IDEA),
        ("Lada putih", Sector.PLANTATION, OpportunityStatus.ASSESSED),
        ("Karet lump", Sector.PLANTATION, OpportunityStatus.IDEA),
    ):
        service.save(
            OpportunityDetail(
                Opportunity(
                    id=new_id(),
                    cooperative_id=coop.id,
                    title=title,
                    sector=sector,
                    status=status,
                    priority=Priority.HIGH,
                    capital_needed=5_000_000,
                )
            )
        )
    plantation = service.list(OpportunityFilter(sector=Sector.PLANTATION))
    assert sorted(i.title for i in plantation.items) == ["Karet lump", "Lada putih"]
    ideas = service.list(OpportunityFilter(status=OpportunityStatus.IDEA, search="madu"))
    assert [i.title for i in ideas.items] == ["Madu kelulut"]
    assert ideas.items[0].cooperative_name == "KDKMP Putussibau"


def test_counts_stop_at_the_cap_but_paging_goes_on(context: ServiceContext) -> None:
    import sqlite3

    from kopdes_desktop.domain.listing import COUNT_CAP

    rows = [(new_id(), f"KDKMP Uji {n:05d}") for n in range(COUNT_CAP + 50)]
    with sqlite3.connect(context.database.path) as db:
        db.executemany(
            "INSERT INTO cooperative (id, server_version, deleted, name, village_code,"
            " kecamatan_code, kabupaten_code, address, phone, akta_number, akta_notary,"
            " sk_ahu_number, cooperative_reg_number, nib, npwp, bank_name, notes, field_versions)"
            " VALUES (?, 0, 0, ?, '', '', '', '', '', '', '', '', '', '', '', '', '', '{}')",
            rows,
        )
    service = CooperativeService(as_admin(context))
    first = service.list(CooperativeFilter(page=PageRequest(0, 100)))
    assert first.total_capped
    assert first.total == COUNT_CAP + 1
    beyond = service.list(CooperativeFilter(page=PageRequest(COUNT_CAP, 1000)))
    assert [item.name for item in beyond.items] == [name for _id, name in rows[COUNT_CAP:]]
    narrow = service.list(CooperativeFilter(search="Uji 0004"))
    expected = sum(1 for _id, name in rows if "0004" in name)
    assert (narrow.total, narrow.total_capped) == (expected, False)
