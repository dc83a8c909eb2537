"""Review decisions: the queue a PMO works, and intents that travel with the right from/to."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select

from kopdes_desktop.domain.enums import Role, VisitStatus
from kopdes_desktop.domain.mutations import Intent, MutationOp
from kopdes_desktop.domain.reporting import ReviewFilter, ReviewSort
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.errors import NotAllowedError, NotEditableError
from kopdes_desktop.services.review import CommentRequiredError, ReviewService
from kopdes_desktop.storage.models import OutboxEntry
from tests.area_data import KUBU_RAYA, SAMBAS, Area, build_area, days_ago


@pytest.fixture
def area(context: ServiceContext) -> Area:
    return build_area(context)


def as_role(context: ServiceContext, role: Role, *codes: str) -> ReviewService:
    reviewer = dataclasses.replace(
        context, role=role, kabupaten_codes=codes, user_id=f"{role.value}-1"
    )
    return ReviewService(reviewer)


def status_intents(context: ServiceContext, visit_id: str) -> list[dict[str, object]]:
    with context.database.read() as session:
        entries = session.scalars(
            select(OutboxEntry).where(
                OutboxEntry.record_id == visit_id, OutboxEntry.op == MutationOp.INTENT.value
            )
        ).all()
        assert all(entry.intent == Intent.SET_VISIT_STATUS.value for entry in entries)
        return [{**entry.intent_args, "status": entry.fields.get("status")} for entry in entries]


def test_queue_lists_visits_awaiting_review_in_the_pmos_kabupaten_oldest_first(
    context: ServiceContext, area: Area
) -> None:
    pmo = as_role(context, Role.PMO, KUBU_RAYA)
    page = pmo.queue(ReviewFilter())
    assert [item.id for item in page.items] == [area.visits["karya-a"], area.visits["mekar-a"]]
    assert page.total == 2
    karya = page.items[0]
    assert karya.status is VisitStatus.RESUBMITTED
    assert karya.author_name == "Yohanes Kristo"
    assert karya.kabupaten_name == "Kabupaten Kubu Raya"
    assert karya.visit_date == days_ago(70)
    assert karya.submitted_at is not None
    assert karya.submitted_at.date() == days_ago(20)
    # An admin sees every kabupaten; Sambas' visit was never submitted through the server
    # (no history yet), so it waits at the end.
    admin = as_role(context, Role.ADMIN)
    assert [i.id for i in admin.queue(ReviewFilter()).items][-1] == area.visits["sambas-a"]


def test_queue_filters_by_ba_kabupaten_cooperative_and_date(
    context: ServiceContext, area: Area
) -> None:
    admin = as_role(context, Role.ADMIN)

    def ids(criteria: ReviewFilter) -> set[str]:
        return {item.id for item in admin.queue(criteria).items}

    assert ids(ReviewFilter(author_id="ba-1")) == {area.visits["mekar-a"]}
    assert ids(ReviewFilter(kabupaten_code=SAMBAS)) == {area.visits["sambas-a"]}
    assert ids(ReviewFilter(cooperative_id=area.cooperatives["Karya Bersama"])) == {
        area.visits["karya-a"]
    }
    assert ids(ReviewFilter(date_from=days_ago(12), date_to=days_ago(4))) == {
        area.visits["mekar-a"],
        area.visits["sambas-a"],
    }
    by_date = admin.queue(ReviewFilter(sort=ReviewSort.DATE, descending=True))
    assert [item.visit_date for item in by_date.items] == [days_ago(5), days_ago(10), days_ago(70)]
    assert admin.authors() == [
        ("ba-1", "Siti Aminah"),
        ("ba-2", "Yohanes Kristo"),
        ("ba-3", ""),
    ]
    assert [code for code, _name in admin.kabupaten_choices()] == [KUBU_RAYA, SAMBAS]


def test_send_back_needs_a_comment_and_writes_the_intent_with_from_and_to(
    context: ServiceContext, area: Area
) -> None:
    pmo = as_role(context, Role.PMO, KUBU_RAYA)
    visit_id = area.visits["mekar-a"]
    with pytest.raises(CommentRequiredError):
        pmo.send_back(visit_id, "   ")
    assert status_intents(context, visit_id) == []

    detail = pmo.send_back(visit_id, "  Tambah jumlah peserta rapat  ")
    assert detail.visit.status is VisitStatus.NEEDS_REVISION  # shown at once, before any sync
    assert status_intents(context, visit_id) == [
        {
            "from": "submitted",
            "to": "needs_revision",
            "comment": "Tambah jumlah peserta rapat",
            "status": "needs_revision",
        }
    ]
    assert visit_id not in {item.id for item in pmo.queue(ReviewFilter()).items}
    pending = pmo.get(visit_id).pending
    assert [(p.from_status, p.to_status, p.comment) for p in pending] == [
        (VisitStatus.SUBMITTED, VisitStatus.NEEDS_REVISION, "Tambah jumlah peserta rapat")
    ]
    # Decided once: a second decision on the same visit is refused until it is resubmitted.
    with pytest.raises(NotEditableError):
        pmo.approve(visit_id)


def test_approve_a_resubmitted_visit_keeps_its_review_history(
    context: ServiceContext, area: Area
) -> None:
    pmo = as_role(context, Role.PMO, KUBU_RAYA)
    visit_id = area.visits["karya-a"]
    detail = pmo.approve(visit_id)
    assert detail.visit.status is VisitStatus.APPROVED
    assert status_intents(context, visit_id) == [
        {"from": "resubmitted", "to": "approved", "comment": "", "status": "approved"}
    ]
    shown = pmo.get(visit_id)
    assert [c.to_status for c in shown.detail.review_comments] == [VisitStatus.SUBMITTED]
    assert shown.author_name == "Yohanes Kristo"
    assert shown.cooperative_name == "Koperasi Desa Merah Putih Karya Bersama"


def test_a_ba_cannot_review_and_a_pmo_only_reviews_their_kabupaten(
    context: ServiceContext, area: Area
) -> None:
    ba = as_role(context, Role.BA)
    assert not ba.can_review
    with pytest.raises(NotAllowedError):
        ba.approve(area.visits["mekar-a"])
    other_pmo = as_role(context, Role.PMO, SAMBAS)
    with pytest.raises(NotAllowedError):
        other_pmo.send_back(area.visits["mekar-a"], "Bukan wilayah saya")
    assert other_pmo.queue(ReviewFilter()).total == 1  # only Sambas' visit
    assert status_intents(context, area.visits["mekar-a"]) == []
    # A draft is not in review: nobody approves it.
    admin = as_role(context, Role.ADMIN)
    with pytest.raises(NotEditableError):
        admin.approve(area.visits["mekar-today"])
