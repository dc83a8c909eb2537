"""Tinjauan: a PMO works the queue of submitted visits, approving or sending them back.

A decision is a ``set_visit_status`` intent written to the outbox in the same transaction as
the visit's new status, so it works offline and the visit leaves the queue at once. The server
checks it again (role, kabupaten, current status) and answers by writing the review comment
that both the BA and the PMO then see in the visit's history.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kopdes_desktop.domain.enums import VisitStatus
from kopdes_desktop.domain.listing import Page
from kopdes_desktop.domain.mutations import Intent
from kopdes_desktop.domain.permissions import Action, Subject
from kopdes_desktop.domain.records import Cooperative, RecordType, Visit, VisitDetail
from kopdes_desktop.domain.reporting import PendingDecision, ReviewFilter, ReviewQueueItem
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.errors import NotFoundError, ServiceError
from kopdes_desktop.services.visits import VisitService
from kopdes_desktop.storage import record_store, review_queries


class CommentRequiredError(ServiceError):
    """Sending a visit back needs a comment telling the BA what to fix."""

    code = "comment_required"


@dataclass(frozen=True, slots=True)
class VisitUnderReview:
    """Everything the review screen shows of one visit."""

    detail: VisitDetail
    cooperative_name: str
    village_name: str
    author_name: str
    pending: tuple[PendingDecision, ...]  # decisions made here, not yet sent


class ReviewService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context
        self._visits = VisitService(context)

    @property
    def can_review(self) -> bool:
        """Whether reviewing is this user's work at all (the page is hidden otherwise)."""
        return self._context.open_to(Action.REVIEW, RecordType.VISIT) is None

    def _area(self) -> tuple[str, ...]:
        # An admin reviews anywhere; a PMO only in their kabupaten.
        return self._context.area()

    # --- the queue -----------------------------------------------------------------------

    def queue(self, criteria: ReviewFilter) -> Page[ReviewQueueItem]:
        """Submitted and resubmitted visits in the reviewer's area, filtered and paged."""
        with self._context.database.read() as session:
            return review_queries.review_queue(session, replace(criteria, area=self._area()))

    def authors(self) -> list[tuple[str, str]]:
        """(BA id, name or "") of everyone with visits in the area, for the BA filter."""
        with self._context.database.read() as session:
            return review_queries.visit_authors(session, self._area())

    def kabupaten_choices(self) -> list[tuple[str, str]]:
        """(code, name) of the reviewer's kabupaten, or of every kabupaten with cooperatives."""
        codes = self._area()
        if not codes:
            with self._context.database.read() as session:
                codes = tuple(review_queries.kabupaten_codes_present(session))
        return sorted(((code, self._region_name(code)) for code in codes), key=lambda p: p[1])

    def _region_name(self, code: str) -> str:
        region = self._context.catalog.get(code)
        return region.name if region else code

    def get(self, visit_id: str) -> VisitUnderReview:
        detail = self._visits.get(visit_id)
        with self._context.database.read() as session:
            cooperative = record_store.get(session, Cooperative, detail.visit.cooperative_id)
            names = review_queries.author_names(session)
            pending = tuple(review_queries.pending_decisions(session, visit_id))
        return VisitUnderReview(
            detail=detail,
            cooperative_name=cooperative.name if cooperative else "",
            village_name=self._region_name(cooperative.village_code) if cooperative else "",
            author_name=names.get(detail.visit.author_id, ""),
            pending=pending,
        )

    # --- decisions -----------------------------------------------------------------------

    def approve(self, visit_id: str) -> VisitDetail:
        return self._decide(visit_id, VisitStatus.APPROVED, "")

    def send_back(self, visit_id: str, comment: str) -> VisitDetail:
        """Needs revision: the comment tells the BA what to fix, so it cannot be empty."""
        comment = comment.strip()
        if not comment:
            raise CommentRequiredError("a visit is sent back with a comment")
        return self._decide(visit_id, VisitStatus.NEEDS_REVISION, comment)

    def _decide(self, visit_id: str, target: VisitStatus, comment: str) -> VisitDetail:
        with self._context.database.write() as session:
            visit = record_store.get(session, Visit, visit_id)
            if visit is None:
                raise NotFoundError(visit_id)
            kabupaten = review_queries.cooperative_kabupaten(session, visit.cooperative_id)
            subject = Subject(RecordType.VISIT, kabupaten, visit.author_id, visit.status)
            self._context.require(Action.REVIEW, subject)
            record_store.patch(
                session,
                RecordType.VISIT,
                visit_id,
                {"status": target},
                intent=Intent.SET_VISIT_STATUS,
                intent_args={"from": visit.status.value, "to": target.value, "comment": comment},
            )
        return self._visits.get(visit_id)
