"""User actions on cooperative profiles."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from kopdes_desktop.domain.listing import (
    CooperativeFilter,
    CooperativeListItem,
    CooperativeOption,
    Page,
)
from kopdes_desktop.domain.permissions import Action, Subject
from kopdes_desktop.domain.records import (
    BusinessUnit,
    Cooperative,
    CooperativeDetail,
    Officer,
    RecordType,
)
from kopdes_desktop.domain.regions import kabupaten_of
from kopdes_desktop.domain.validation import (
    Issue,
    IssueCode,
    Level,
    ValidationError,
    validate_cooperative_detail,
)
from kopdes_desktop.services.aggregates import (
    STORED,
    Aggregate,
    ChildList,
    StoredBase,
    save_edit,
)
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.errors import NotFoundError
from kopdes_desktop.storage import history, list_queries, record_store
from kopdes_desktop.storage.review_queries import author_names


@dataclass(frozen=True, slots=True)
class ProfileChange:
    """One change of a profile, its officers or its units, as shown in its history."""

    device_time: str
    from_server: bool
    record_type: RecordType
    op: str
    fields: dict[str, object]
    # Changes sync brought: who made them (their name from the directory, "" when unknown) and
    # when by the server's clock (ISO 8601 UTC; None from servers before the directory).
    author_name: str = ""
    changed_at: str | None = None
    # The server's id of who made it; None for local edits and when the server wrote it itself
    # (an administrator's import).
    author_id: str | None = None


COOPERATIVE = Aggregate(
    "cooperative",
    Cooperative,
    (
        ChildList("officers", Officer, "cooperative_id"),
        ChildList("business_units", BusinessUnit, "cooperative_id"),
    ),
)


def _detail(session: Session, cooperative_id: str) -> CooperativeDetail | None:
    cooperative = record_store.get(session, Cooperative, cooperative_id)
    if cooperative is None:
        return None
    return CooperativeDetail(
        cooperative=cooperative,
        officers=tuple(record_store.children(session, Officer, "cooperative_id", cooperative_id)),
        business_units=tuple(
            record_store.children(session, BusinessUnit, "cooperative_id", cooperative_id)
        ),
    )


class CooperativeService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def save(
        self,
        detail: CooperativeDetail,
        base: CooperativeDetail | StoredBase | None = STORED,
    ) -> CooperativeDetail:
        """Create or update a profile with its officers and business units, all or nothing.

        Only what changed from ``base`` (the values the form started from; None if unknown) is
        written onto the stored profile; see ``services.aggregates``. Raises EditClashError
        when a change meets one made elsewhere meanwhile.
        """
        cooperative_id = detail.cooperative.id
        with self._context.database.write() as session:
            current = _detail(session, cooperative_id)

            def check(merged: CooperativeDetail) -> None:
                """The profile as it will be stored must pass the rules, before any write."""
                issues = validate_cooperative_detail(
                    merged, Level.DRAFT, self._context.validation()
                )
                if issues:
                    raise ValidationError(issues)
                self._check_allowed(session, merged.cooperative)

            save_edit(session, COOPERATIVE, detail, base, current, check=check)
        return self.get(cooperative_id)

    def _check_allowed(self, session: Session, coop: Cooperative) -> None:
        """The role rules, and one cooperative per village, checked inside the write
        transaction: SQLite has one writer, so no other save can claim the village meanwhile."""
        stored = record_store.get(session, Cooperative, coop.id)
        if stored is None:
            subject = Subject(RecordType.COOPERATIVE, kabupaten_of(coop.village_code))
            self._context.require(Action.CREATE, subject)
        else:
            subject = Subject(RecordType.COOPERATIVE, kabupaten_of(stored.village_code))
            self._context.require(Action.EDIT, subject)
            if stored.village_code != coop.village_code:
                self._context.require(Action.MOVE, subject)
        if coop.village_code and (stored is None or stored.village_code != coop.village_code):
            taken = list_queries.cooperative_in_village(session, coop.village_code, coop.id)
            if taken is not None:
                cooperative_id, name = taken
                params = {"cooperative_id": cooperative_id, "name": name}
                raise ValidationError([Issue("village_code", IssueCode.VILLAGE_TAKEN, params)])

    def get(self, cooperative_id: str) -> CooperativeDetail:
        with self._context.database.read() as session:
            detail = _detail(session, cooperative_id)
        if detail is None:
            raise NotFoundError(cooperative_id)
        return detail

    def delete(self, cooperative_id: str) -> None:
        with self._context.database.write() as session:
            stored = record_store.get(session, Cooperative, cooperative_id)
            if stored is not None:
                where = kabupaten_of(stored.village_code)
                self._context.require(Action.DELETE, Subject(RecordType.COOPERATIVE, where))
            try:
                record_store.delete(session, RecordType.COOPERATIVE, cooperative_id)
            except record_store.RecordNotFoundError as error:
                raise NotFoundError(cooperative_id) from error

    def history(self, cooperative_id: str) -> list[ProfileChange]:
        """Newest first: edits made here and those sync brought from elsewhere."""
        with self._context.database.read() as session:
            entries = history.entries_for(session, cooperative_id)
            names = author_names(session) if entries else {}
            return [
                ProfileChange(
                    device_time=entry.device_time,
                    from_server=entry.source == history.SERVER,
                    record_type=RecordType(entry.record_type),
                    op=entry.op,
                    fields=dict(entry.fields),
                    author_name=names.get(entry.author_id or "", ""),
                    changed_at=entry.changed_at,
                    author_id=entry.author_id,
                )
                for entry in entries
            ]

    def choices(self) -> list[tuple[str, str]]:
        """(id, name) of every cooperative, by name: for the pickers in visit and note forms."""
        with self._context.database.read() as session:
            return list_queries.cooperative_choices(session)

    def options(self) -> list[CooperativeOption]:
        """Every cooperative with its village, by name: for the visit and note forms' pickers."""
        with self._context.database.read() as session:
            return list_queries.cooperative_options(session)

    def list(self, criteria: CooperativeFilter) -> Page[CooperativeListItem]:
        with self._context.database.read() as session:
            return list_queries.list_cooperatives(session, criteria)
