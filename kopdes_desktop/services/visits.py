"""User actions on visit logs: save a draft, submit, resubmit, delete a draft."""

from __future__ import annotations

import dataclasses

from kopdes_desktop.domain.enums import VisitStatus
from kopdes_desktop.domain.listing import Page, VisitFilter, VisitListItem
from kopdes_desktop.domain.mutations import Intent
from kopdes_desktop.domain.permissions import SUBMIT_TRANSITIONS, Action, Subject
from kopdes_desktop.domain.records import (
    AgreedAction,
    Photo,
    RecordType,
    ReviewComment,
    Visit,
    VisitDetail,
)
from kopdes_desktop.domain.validation import Level, ValidationError, validate_visit_detail
from kopdes_desktop.services.aggregates import ChildList, save_with_children
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.errors import NotFoundError
from kopdes_desktop.storage import list_queries, record_store


def subject(visit: Visit) -> Subject:
    """What the role rules need to know of a visit (its agreed actions and photos follow it)."""
    return Subject(RecordType.VISIT, author_id=visit.author_id, visit_status=visit.status)


class VisitService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def save_draft(self, detail: VisitDetail) -> VisitDetail:
        """Save whatever is there; only impossible values are refused. Status is kept."""
        visit = detail.visit
        if not visit.author_id and self._context.user_id:
            visit = dataclasses.replace(visit, author_id=self._context.user_id)
        with self._context.database.write() as session:
            stored = record_store.get(session, Visit, visit.id)
            status = stored.status if stored else VisitStatus.DRAFT
            if stored is None:
                self._context.require(Action.CREATE, subject(visit))
            else:
                self._context.require(Action.EDIT, subject(stored))
            # The status only moves by submit()/review intents, never by a plain save.
            visit = dataclasses.replace(visit, status=status)
            detail = dataclasses.replace(detail, visit=visit)
            issues = validate_visit_detail(detail, Level.DRAFT, self._context.validation())
            if issues:
                raise ValidationError(issues)
            save_with_children(
                session,
                visit,
                (
                    ChildList(AgreedAction, "visit_id", detail.actions),
                    ChildList(Photo, "parent_id", detail.photos),
                ),
            )
        return self.get(visit.id)

    def submit(self, detail: VisitDetail) -> VisitDetail:
        """Save and submit in one step; every submit-level rule must pass first."""
        issues = validate_visit_detail(detail, Level.SUBMIT, self._context.validation())
        if issues:
            raise ValidationError(issues)
        with self._context.database.read() as session:
            stored = record_store.get(session, Visit, detail.visit.id)
        if stored is not None:
            self._context.require(Action.SUBMIT, subject(stored))
        saved = self.save_draft(detail)
        self._context.require(Action.SUBMIT, subject(saved.visit))
        current = saved.visit.status
        target = SUBMIT_TRANSITIONS[current]
        with self._context.database.write() as session:
            record_store.patch(
                session,
                RecordType.VISIT,
                saved.visit.id,
                {"status": target},
                intent=Intent.SET_VISIT_STATUS,
                intent_args={"from": current.value, "to": target.value, "comment": ""},
            )
        return self.get(saved.visit.id)

    def get(self, visit_id: str) -> VisitDetail:
        with self._context.database.read() as session:
            visit = record_store.get(session, Visit, visit_id)
            if visit is None:
                raise NotFoundError(visit_id)
            return VisitDetail(
                visit=visit,
                actions=tuple(record_store.children(session, AgreedAction, "visit_id", visit_id)),
                photos=tuple(record_store.children(session, Photo, "parent_id", visit_id)),
                review_comments=tuple(
                    record_store.children(session, ReviewComment, "visit_id", visit_id)
                ),
            )

    def delete(self, visit_id: str) -> None:
        """Only a draft can be deleted, by its author (or an admin)."""
        with self._context.database.write() as session:
            visit = record_store.get(session, Visit, visit_id)
            if visit is None:
                raise NotFoundError(visit_id)
            self._context.require(Action.DELETE, subject(visit))
            record_store.delete(session, RecordType.VISIT, visit_id)

    def list(self, criteria: VisitFilter) -> Page[VisitListItem]:
        with self._context.database.read() as session:
            return list_queries.list_visits(session, criteria)
