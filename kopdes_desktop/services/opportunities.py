"""User actions on business-opportunity notes."""

from __future__ import annotations

import dataclasses

from sqlalchemy.orm import Session

from kopdes_desktop.domain.listing import OpportunityFilter, OpportunityListItem, Page
from kopdes_desktop.domain.permissions import Action, Subject
from kopdes_desktop.domain.records import Opportunity, OpportunityDetail, Photo, RecordType
from kopdes_desktop.domain.validation import Level, ValidationError, validate_opportunity_detail
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

OPPORTUNITY = Aggregate(
    "opportunity",
    Opportunity,
    (ChildList("photos", Photo, "parent_id"),),
    fixed_fields=frozenset({"author_id"}),
)


def _detail(session: Session, opportunity_id: str) -> OpportunityDetail | None:
    opportunity = record_store.get(session, Opportunity, opportunity_id)
    if opportunity is None:
        return None
    photos = record_store.children(session, Photo, "parent_id", opportunity_id)
    return OpportunityDetail(opportunity=opportunity, photos=tuple(photos))


def subject(opportunity: Opportunity) -> Subject:
    """What the role rules need to know of a note (its photos follow it)."""
    return Subject(RecordType.OPPORTUNITY, author_id=opportunity.author_id)


class OpportunityService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def save(
        self, detail: OpportunityDetail, base: OpportunityDetail | StoredBase | None = STORED
    ) -> OpportunityDetail:
        """Create or update a note with its photos; only what changed from ``base`` is written
        (see ``services.aggregates``)."""
        opportunity = detail.opportunity
        if not opportunity.author_id and self._context.user_id:
            opportunity = dataclasses.replace(opportunity, author_id=self._context.user_id)
            detail = dataclasses.replace(detail, opportunity=opportunity)
        with self._context.database.write() as session:
            current = _detail(session, opportunity.id)
            if current is None:
                self._context.require(Action.CREATE, subject(opportunity))
            else:
                self._context.require(Action.EDIT, subject(current.opportunity))
            save_edit(session, OPPORTUNITY, detail, base, current, check=self._check)
        return self.get(opportunity.id)

    def _check(self, detail: OpportunityDetail) -> None:
        issues = validate_opportunity_detail(detail, Level.DRAFT, self._context.validation())
        if issues:
            raise ValidationError(issues)

    def get(self, opportunity_id: str) -> OpportunityDetail:
        with self._context.database.read() as session:
            detail = _detail(session, opportunity_id)
        if detail is None:
            raise NotFoundError(opportunity_id)
        return detail

    def delete(self, opportunity_id: str) -> None:
        with self._context.database.write() as session:
            stored = record_store.get(session, Opportunity, opportunity_id)
            if stored is not None:
                self._context.require(Action.DELETE, subject(stored))
            try:
                record_store.delete(session, RecordType.OPPORTUNITY, opportunity_id)
            except record_store.RecordNotFoundError as error:
                raise NotFoundError(opportunity_id) from error

    def list(self, criteria: OpportunityFilter) -> Page[OpportunityListItem]:
        with self._context.database.read() as session:
            return list_queries.list_opportunities(session, criteria)
