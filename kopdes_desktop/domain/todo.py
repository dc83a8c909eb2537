"""Beranda's to-do list: what a BA or a PMO should do now, as plain types and the rules that
decide what belongs on it (how long is "not visited for a while", what "due" means).

Storage queries fill these, the home service gathers them, the page draws them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

# An agreed action shows from this many days before its due date (and stays while overdue).
DUE_SOON_DAYS = 7
# Cooperatives not visited for this long are listed, in these bands (days since the last visit).
NOT_VISITED_BANDS = (90, 60, 30)
# How many items a section shows before "Lihat semua (N)".
FIRST_FEW = 5
# Counts stop here: a to-do with more than 999 drafts says "999+" (counting tens of thousands of
# rows on a stress database would hold the page up for nothing).
COUNT_CAP = 999
# How many items "Lihat semua" loads at most (a BA's to-do is short; a stress database is not).
SHOW_ALL_LIMIT = 200


class TodoKind(StrEnum):
    # A BA's work
    DRAFT = "draft"  # visits not yet submitted
    SENT_BACK = "sent_back"  # visits the PMO sent back, with the PMO's comment
    REFUSED = "refused"  # changes the server refused (one entry per record)
    NOT_APPLIED = "not_applied"  # changes from the server this laptop set aside
    ACTION_DUE = "action_due"  # agreed actions overdue or due within DUE_SOON_DAYS
    NOT_VISITED = "not_visited"  # cooperatives not visited for 30 days or more (or never)
    PLANNED = "planned"  # next visits planned for this week
    # A PMO's work
    REVIEW = "review"  # visits waiting for review, oldest first
    QUIET_BA = "quiet_ba"  # BAs without a visit this month
    CONFLICT = "conflict"  # clashes to settle


BA_SECTIONS = (
    TodoKind.SENT_BACK,
    TodoKind.REFUSED,
    TodoKind.CONFLICT,  # a BA's clashes too: the sync status names them beside the refusals
    TodoKind.ACTION_DUE,
    TodoKind.DRAFT,
    TodoKind.PLANNED,
    TodoKind.NOT_VISITED,
)
PMO_SECTIONS = (TodoKind.REVIEW, TodoKind.CONFLICT, TodoKind.QUIET_BA)


@dataclass(frozen=True, slots=True)
class TodoItem:
    kind: TodoKind
    # What activating the item opens: a visit, a cooperative, a BA (their user id), a clash,
    # the record a refusal belongs to, or a set-aside change's number.
    record_id: str
    cooperative_name: str = ""
    # The date the item is about: the visit's date, the action's due date, the last visit, the
    # planned visit, the day the PMO sent it back or the BA last visited; None: never / unknown.
    when: date | None = None
    text: str = ""  # the PMO's comment, the action, the clashed field, the refusal's reason
    who: str = ""  # the PMO who sent a visit back, the BA (name; "" when not known)
    # REFUSED: the form the refusal belongs to (cooperative, visit, opportunity);
    # NOT_APPLIED: the record type of the change; CONFLICT: the clashed record's type.
    record_type: str = ""
    # REVIEW: the day the visit was (re)submitted, by the server's clock (None: not known).
    since: date | None = None


@dataclass(frozen=True, slots=True)
class TodoSection:
    kind: TodoKind
    total: int
    items: tuple[TodoItem, ...]  # the first few, or up to SHOW_ALL_LIMIT when asked for all
    # NOT_VISITED: how many fall in each band (90+, 60-89, 30-59 days or never visited).
    bands: tuple[tuple[int, int], ...] = ()

    @property
    def complete(self) -> bool:
        return len(self.items) >= self.total

    @property
    def capped(self) -> bool:
        """More than COUNT_CAP: the count reads "999+"."""
        return self.total > COUNT_CAP


@dataclass(frozen=True, slots=True)
class HomeTodo:
    supervising: bool  # a PMO's (or admin's) to-do
    today: date
    sections: tuple[TodoSection, ...]
    # No cooperative on this laptop yet: nothing to do says "sign in or try the sample data",
    # not "all done".
    has_cooperatives: bool = True

    @property
    def empty(self) -> bool:
        return all(section.total == 0 for section in self.sections)

    def section(self, kind: TodoKind) -> TodoSection | None:
        return next((s for s in self.sections if s.kind is kind), None)


def not_visited_band(last_visit: date | None, today: date) -> int | None:
    """The band (90, 60, 30) a cooperative falls in, 90 for never visited; None when it was
    visited within the last 30 days."""
    if last_visit is None:
        return NOT_VISITED_BANDS[0]
    days = (today - last_visit).days
    return next((band for band in NOT_VISITED_BANDS if days >= band), None)


def not_visited_since(today: date) -> date:
    """Cooperatives whose latest visit is on or before this day are listed."""
    return today - timedelta(days=NOT_VISITED_BANDS[-1])


def due_by(today: date) -> date:
    """Agreed actions due on or before this day are listed (overdue ones included)."""
    return today + timedelta(days=DUE_SOON_DAYS)


def this_week(today: date) -> tuple[date, date]:
    """Monday to Sunday of the week holding ``today``: "planned for this week"."""
    monday = today - timedelta(days=today.weekday())
    return monday, monday + timedelta(days=6)


def this_month(today: date) -> tuple[date, date]:
    first = today.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)
