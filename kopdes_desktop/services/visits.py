"""User actions on visit logs: save a draft, submit, resubmit, delete a draft."""

from __future__ import annotations

import dataclasses

from sqlalchemy.orm import Session

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
from kopdes_desktop.services.aggregates import (
    STORED,
    Aggregate,
    ChildList,
    StoredBase,
    save_edit,
)
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.errors import NotFoundError
from kopdes_desktop.storage import list_queries, record_store


def subject(visit: Visit) -> Subject:
    """What the role rules need to know of a visit (its agreed actions and photos follow it)."""
    return Subject(RecordType.VISIT, author_id=visit.author_id, visit_status=visit.status)


VISIT = Aggregate(
    "visit",
    Visit,
    (ChildList("actions", AgreedAction, "visit_id"), ChildList("photos", Photo, "parent_id")),
    # The status only moves by submit()/review intents, never by a plain save.
    fixed_fields=frozenset({"status", "author_id"}),
)


def _detail(session: Session, visit_id: str) -> VisitDetail | None:
    visit = record_store.get(session, Visit, visit_id)
    if visit is None:
        return None
    return VisitDetail(
        visit=visit,
        actions=tuple(record_store.children(session, AgreedAction, "visit_id", visit_id)),
        photos=tuple(record_store.children(session, Photo, "parent_id", visit_id)),
        review_comments=tuple(record_store.children(session, ReviewComment, "visit_id", visit_id)),
    )


class VisitService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def save_draft(
        self, detail: VisitDetail, base: VisitDetail | StoredBase | None = STORED
    ) -> VisitDetail:
        """Save whatever is there; only impossible values are refused. Status is kept.

        Only what changed from ``base`` (the values the form started from; None if unknown) is
        written; see ``services.aggregates``.
        """
        with self._context.database.write() as session:
            self._save(session, detail, base, Level.DRAFT)
        return self.get(detail.visit.id)

    def submit(
        self, detail: VisitDetail, base: VisitDetail | StoredBase | None = STORED
    ) -> VisitDetail:
        """Save and submit in one step; the visit as saved must pass every submit-level rule."""
        with self._context.database.write() as session:
            saved = self._save(session, detail, base, Level.SUBMIT)
            current = saved.visit.status
            self._context.require(Action.SUBMIT, subject(saved.visit))
            target = SUBMIT_TRANSITIONS[current]
            record_store.patch(
                session,
                RecordType.VISIT,
                saved.visit.id,
                {"status": target},
                intent=Intent.SET_VISIT_STATUS,
                intent_args={"from": current.value, "to": target.value, "comment": ""},
            )
        return self.get(detail.visit.id)

    def _save(
        self,
        session: Session,
        detail: VisitDetail,
        base: VisitDetail | StoredBase | None,
        level: Level,
    ) -> VisitDetail:
        visit = detail.visit
        if not visit.author_id and self._context.user_id:
            visit = dataclasses.replace(visit, author_id=self._context.user_id)
        current = _detail(session, visit.id)
        # The status as stored now, not as the form saw it: sent back meanwhile is editable,
        # submitted or approved meanwhile is not (NotEditableError).
        if current is None:
            self._context.require(Action.CREATE, subject(visit))
        else:
            self._context.require(Action.EDIT, subject(current.visit))
        status = current.visit.status if current else VisitStatus.DRAFT
        detail = dataclasses.replace(detail, visit=dataclasses.replace(visit, status=status))

        def check(merged: VisitDetail) -> None:
            issues = validate_visit_detail(merged, level, self._context.validation())
            if issues:
                raise ValidationError(issues)

        return save_edit(session, VISIT, detail, base, current, check=check)

    def get(self, visit_id: str) -> VisitDetail:
        with self._context.database.read() as session:
            detail = _detail(session, visit_id)
        if detail is None:
            raise NotFoundError(visit_id)
        return detail

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
