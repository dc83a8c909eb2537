"""PMO review end to end through a real server, with the review service on both laptops.

BA submits → PMO sends back with a comment → BA sees it, fixes, resubmits → PMO approves.
A BA cannot review, nor can a PMO of another kabupaten: the service refuses on the laptop and
the server refuses the intent if someone sends it anyway.
"""

from __future__ import annotations

import dataclasses

import pytest

from kopdes_desktop.domain.enums import Role, VisitStatus
from kopdes_desktop.domain.reporting import ReviewFilter
from kopdes_desktop.services.dashboard import DashboardService
from kopdes_desktop.services.errors import NotAllowedError
from kopdes_desktop.services.review import ReviewService
from tests.server.helpers import MEMPAWAH, SAMBAS, LiveServer
from tests.sync.conftest import DeskFactory
from tests.sync.test_round_trip import complete_visit


def test_send_back_resubmit_approve_and_who_may_review(
    server: LiveServer, desks: DeskFactory
) -> None:
    ba = server.user(Role.BA, name="Siti Aminah")
    pmo = server.user(Role.PMO, kabupaten=[SAMBAS], name="Hendra Wijaya")
    other_pmo = server.user(Role.PMO, kabupaten=[MEMPAWAH])
    coop_id = server.cooperative(SAMBAS)
    server.assign(ba, coop_id)
    ba_desk, pmo_desk, other_desk = desks(ba), desks(pmo), desks(other_pmo)
    # Signing in gave each laptop the role and area the server named.
    assert (pmo_desk.context.role, pmo_desk.context.kabupaten_codes) == (Role.PMO, (SAMBAS,))
    assert ba_desk.context.role is Role.BA

    ba_desk.sync.sync()
    visit = ba_desk.visits.save_draft(complete_visit(coop_id))
    visit_id = visit.visit.id
    ba_desk.visits.submit(visit)
    ba_desk.sync.sync()

    # The PMO's queue names the BA (learned from the submit's review history) and sends back.
    pmo_desk.sync.sync()
    review = ReviewService(pmo_desk.context)
    [queued] = review.queue(ReviewFilter(cooperative_id=coop_id)).items
    assert (queued.id, queued.status, queued.author_name) == (
        visit_id,
        VisitStatus.SUBMITTED,
        "Siti Aminah",
    )
    review.send_back(visit_id, "Tambahkan jumlah peserta rapat.")
    assert (
        review.queue(ReviewFilter(cooperative_id=coop_id)).total == 0
    )  # decided offline, before any sync
    assert pmo_desk.sync.sync().push.rejected == 0

    # The BA sees status and comment after their next sync; they may not review.
    ba_desk.sync.sync()
    sent_back = ba_desk.visits.get(visit_id)
    assert sent_back.visit.status is VisitStatus.NEEDS_REVISION
    assert sent_back.review_comments[-1].comment == "Tambahkan jumlah peserta rapat."
    assert sent_back.review_comments[-1].author_name == "Hendra Wijaya"
    [feedback] = DashboardService(ba_desk.context).ba().sent_back
    assert feedback.comment == "Tambahkan jumlah peserta rapat."
    with pytest.raises(NotAllowedError):
        ReviewService(ba_desk.context).approve(visit_id)

    fixed = dataclasses.replace(
        sent_back, visit=dataclasses.replace(sent_back.visit, people_count=14)
    )
    ba_desk.visits.submit(fixed)
    ba_desk.sync.sync()

    # Whoever sends a review intent anyway, the server refuses it unless it comes from a PMO
    # of the kabupaten: the BA themself, or the PMO of Mempawah.
    ba_laptop, other_laptop = server.laptop(ba), server.laptop(other_pmo)
    try:
        [by_ba] = ba_laptop.push(ba_laptop.set_status(visit_id, "resubmitted", "approved"))
        [by_other] = other_laptop.push(other_laptop.set_status(visit_id, "resubmitted", "approved"))
    finally:
        ba_laptop.close()
        other_laptop.close()
    assert (by_ba["status"], by_ba["reason"]) == ("rejected", "not_allowed")
    assert by_other["status"] == "rejected"
    assert by_other["reason"] in ("out_of_scope", "not_allowed")
    # Mempawah's PMO never even receives the visit.
    other_desk.sync.sync()
    assert ReviewService(other_desk.context).queue(ReviewFilter(cooperative_id=coop_id)).total == 0

    pmo_desk.sync.sync()
    [again] = review.queue(ReviewFilter(cooperative_id=coop_id)).items
    assert again.status is VisitStatus.RESUBMITTED
    assert review.get(visit_id).detail.visit.people_count == 14
    review.approve(visit_id)
    assert pmo_desk.sync.sync().push.rejected == 0

    ba_desk.sync.sync()
    approved = ba_desk.visits.get(visit_id)
    assert approved.visit.status is VisitStatus.APPROVED
    # The whole history stays on the visit, in order, on both laptops.
    pmo_desk.sync.sync()
    for desk in (ba_desk, pmo_desk):
        history = desk.visits.get(visit_id).review_comments
        assert [(c.from_status, c.to_status) for c in history] == [
            (VisitStatus.DRAFT, VisitStatus.SUBMITTED),
            (VisitStatus.SUBMITTED, VisitStatus.NEEDS_REVISION),
            (VisitStatus.NEEDS_REVISION, VisitStatus.RESUBMITTED),
            (VisitStatus.RESUBMITTED, VisitStatus.APPROVED),
        ]
