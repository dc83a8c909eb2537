"""Beranda's fast queries agree with the slow, obvious ones: the longest-waiting walk gives the
review queue's own WAITING order (ties, resubmits, other areas, visits with no submit time,
batches of any size), and counts stop at 999+ without losing the first items."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from kopdes_desktop.domain.enums import VisitStatus
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.listing import PageRequest
from kopdes_desktop.domain.reporting import ReviewFilter
from kopdes_desktop.domain.todo import COUNT_CAP
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.storage import home_queries, review_queries
from kopdes_desktop.storage.models import CooperativeRow, ReviewCommentRow, VisitRow

AREA = ("61.12",)


def _cooperatives(context: ServiceContext) -> list[tuple[str, str]]:
    """(id, kabupaten) of six cooperatives: four in the area, two outside."""
    rows = []
    for kabupaten in ("61.12", "61.12", "61.12", "61.12", "61.01", "61.01"):
        rows.append((new_id(), kabupaten))
    with context.database.write() as session:
        for coop_id, kabupaten in rows:
            session.add(
                CooperativeRow(
                    id=coop_id,
                    name=f"Koperasi {coop_id[-4:]}",
                    village_code=f"{kabupaten}.01.2001",
                    kabupaten_code=kabupaten,
                    kecamatan_code=f"{kabupaten}.01",
                )
            )
    return rows


def _comment(visit_id: str, status: str, when: str) -> ReviewCommentRow:
    return ReviewCommentRow(
        id=new_id(), visit_id=visit_id, author_name="Siti", created_at=when, to_status=status
    )


@pytest.mark.parametrize("batch", [1, 3, 256])
def test_the_longest_waiting_walk_gives_the_review_queue_order(
    context: ServiceContext, monkeypatch: pytest.MonkeyPatch, batch: int
) -> None:
    monkeypatch.setattr(review_queries, "_WALK_BATCH", batch)
    rng = random.Random(batch)
    coops = _cooperatives(context)
    start = date(2026, 9, 1)
    with context.database.write() as session:
        for number in range(120):
            coop_id, _kabupaten = rng.choice(coops)
            day = start + timedelta(days=rng.randint(0, 80))
            status = rng.choice(list(VisitStatus))
            visit_id = new_id()
            session.add(
                VisitRow(
                    id=visit_id,
                    cooperative_id=coop_id,
                    author_id=f"ba-{number % 4}",
                    visit_date=day.isoformat(),
                    status=status.value,
                    deleted=number % 17 == 0,
                )
            )
            session.flush()  # the visit before its comments (no ORM relationship orders them)
            if status is VisitStatus.DRAFT or number % 9 == 0:
                continue  # some waiting visits have no submit time (sent from this laptop)
            # Submitted a day or two after the visit, at one of a few times: many ties.
            hour = rng.choice(("09", "15"))
            submitted = f"{day + timedelta(days=rng.randint(0, 2))}T{hour}:00:00+00:00"
            session.add(_comment(visit_id, "submitted", submitted))
            if status is VisitStatus.RESUBMITTED or rng.random() < 0.2:
                again = f"{day + timedelta(days=rng.randint(3, 9))}T{hour}:00:00+00:00"
                session.add(_comment(visit_id, "resubmitted", again))
    with context.database.read() as session:
        queue = review_queries.review_queue(
            session, ReviewFilter(area=AREA, page=PageRequest(0, 200))
        )
        expected = [item.id for item in queue.items]
        assert len(expected) > 10
        for limit in (1, 5, 12, len(expected), len(expected) + 5):
            walked = review_queries.longest_waiting(session, AREA, limit)
            assert [row[0] for row in walked] == expected[:limit], limit
        assert review_queries.waiting_count(session, AREA, COUNT_CAP) == queue.total


def test_counts_stop_at_999_plus_and_keep_the_oldest_first(context: ServiceContext) -> None:
    coop_id, _kabupaten = _cooperatives(context)[0]
    with context.database.write() as session:
        for number in range(COUNT_CAP + 30):
            session.add(
                VisitRow(
                    id=new_id(),
                    cooperative_id=coop_id,
                    author_id="ba-1",
                    visit_date=(date(2024, 1, 1) + timedelta(days=number)).isoformat(),
                    status=VisitStatus.DRAFT.value,
                )
            )
    with context.database.read() as session:
        section = home_queries.drafts(session, "ba-1", 5)
        others = home_queries.drafts(session, "ba-2", 5)
    assert section.capped
    assert section.total == COUNT_CAP + 1
    assert [item.when for item in section.items] == [
        date(2024, 1, 1) + timedelta(days=n) for n in range(5)
    ]
    assert (others.total, others.items) == (0, ())
