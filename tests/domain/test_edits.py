"""The three-way rules of domain.edits, one row and one detail at a time."""

from __future__ import annotations

import dataclasses
from collections.abc import Collection

from kopdes_desktop.domain.edits import (
    Choice,
    ClashKind,
    Plan,
    outcome,
    plan_row,
    plan_rows,
    settle,
)
from kopdes_desktop.domain.enums import OfficerBody, VisitStatus
from kopdes_desktop.domain.records import Cooperative, CooperativeDetail, Officer, Visit

COOP = Cooperative(id="c1", name="KDKMP Sejahtera", member_count=20, phone="0812")


def _none(_ids: Collection[str]) -> Collection[str]:
    return ()


def test_only_the_fields_the_user_changed_are_patched_onto_the_stored_row() -> None:
    current = dataclasses.replace(COOP, member_count=31)  # a sync brought 31
    edited = dataclasses.replace(COOP, phone="0899")  # the form still shows 20
    plan = Plan()
    plan_row(plan, COOP, edited, current, base_known=True, deleted_meanwhile=False)
    assert plan.patches == [(current, {"phone": "0899"})]
    assert not plan.clashes


def test_the_same_field_changed_to_another_value_is_a_clash_and_to_the_same_value_is_not() -> None:
    current = dataclasses.replace(COOP, member_count=31)
    plan = Plan()
    plan_row(
        plan,
        COOP,
        dataclasses.replace(COOP, member_count=25),
        current,
        base_known=True,
        deleted_meanwhile=False,
    )
    [clash] = plan.clashes
    assert (clash.kind, clash.field, clash.base, clash.theirs, clash.mine) == (
        ClashKind.FIELD,
        "member_count",
        20,
        31,
        25,
    )
    assert plan.writes_nothing
    agreeing = Plan()
    plan_row(
        agreeing,
        COOP,
        dataclasses.replace(COOP, member_count=31),
        current,
        base_known=True,
        deleted_meanwhile=False,
    )
    assert agreeing.writes_nothing
    assert not agreeing.clashes


def test_without_a_base_every_difference_from_the_stored_row_is_a_clash() -> None:
    current = dataclasses.replace(COOP, member_count=31)
    edited = dataclasses.replace(COOP, phone="0899")
    plan = Plan()
    plan_row(plan, None, edited, current, base_known=False, deleted_meanwhile=False)
    assert sorted((c.field, c.base_known) for c in plan.clashes) == [
        ("member_count", False),
        ("phone", False),
    ]


def test_fixed_fields_are_never_taken_from_the_form() -> None:
    base = Visit(id="v1", cooperative_id="c1", findings="a")
    current = dataclasses.replace(base, status=VisitStatus.NEEDS_REVISION)
    edited = dataclasses.replace(base, findings="b")
    plan = Plan()
    plan_row(
        plan, None, edited, current, base_known=False, deleted_meanwhile=False, fixed={"status"}
    )
    assert [c.field for c in plan.clashes] == ["findings"]


def _o1_removed(ids: Collection[str]) -> Collection[str]:
    return set(ids) & {"o1"}


def officer(officer_id: str, name: str) -> Officer:
    return Officer(id=officer_id, cooperative_id="c1", body=OfficerBody.PENGURUS, name=name)


def test_child_rows_added_removed_and_changed_on_either_side() -> None:
    kept, mine_gone, theirs_new, my_new = (
        officer("o1", "Ani"),
        officer("o2", "Budi"),
        officer("o3", "Siti"),
        officer("o4", "Dewi"),
    )
    base = [kept, mine_gone]
    edited = [dataclasses.replace(kept, phone="0811"), my_new]
    current = [kept, mine_gone, theirs_new]
    plan = Plan()
    plan_rows(plan, base, edited, current, tombstones=_none)
    assert plan.inserts == [my_new]
    assert plan.patches == [(kept, {"phone": "0811"})]
    assert plan.deletes == [mine_gone]  # and theirs_new is left alone
    assert not plan.clashes


def test_a_row_changed_here_but_removed_there_and_the_reverse_are_clashes() -> None:
    edited_row, removed_here = officer("o1", "Ani"), officer("o2", "Budi")
    plan = Plan()
    plan_rows(
        plan,
        [edited_row, removed_here],
        [dataclasses.replace(edited_row, name="Ani S.")],
        [dataclasses.replace(removed_here, phone="0822")],
        tombstones=_o1_removed,
    )
    assert {(c.kind, c.record_id) for c in plan.clashes} == {
        (ClashKind.ROW_DELETED, "o1"),
        (ClashKind.ROW_CHANGED, "o2"),
    }
    assert plan.writes_nothing


def test_settling_rebases_the_form_so_the_next_plan_writes_the_choices() -> None:
    ani, budi = officer("o1", "Ani"), officer("o2", "Budi")
    base = CooperativeDetail(COOP, (ani, budi))
    edited = CooperativeDetail(
        dataclasses.replace(COOP, member_count=25, phone="0899"),
        (dataclasses.replace(ani, name="Ani S."),),  # renamed Ani, removed Budi
    )
    current = CooperativeDetail(
        dataclasses.replace(COOP, member_count=31, phone="0877"),
        (dataclasses.replace(budi, phone="0822"),),  # Ani removed, Budi changed elsewhere
    )
    plan = Plan()
    plan_row(
        plan, base.cooperative, edited.cooperative, current.cooperative, base_known=True,
        deleted_meanwhile=False,
    )  # fmt: skip
    plan_rows(plan, base.officers, edited.officers, current.officers, tombstones=_o1_removed)
    by_key = {c.key: c for c in plan.clashes}
    assert set(by_key) == {("c1", "member_count"), ("c1", "phone"), ("o1", ""), ("o2", "")}
    choices = {
        ("c1", "member_count"): Choice.MINE,
        ("c1", "phone"): Choice.THEIRS,
        ("o1", ""): Choice.MINE,  # keep my Ani S. although it was removed elsewhere
        ("o2", ""): Choice.THEIRS,  # keep Budi as changed elsewhere
    }
    new_base, new_edited = settle(base, edited, current, plan.clashes, choices)

    again = Plan()
    plan_row(
        again, new_base.cooperative, new_edited.cooperative, current.cooperative,
        base_known=True, deleted_meanwhile=False,
    )  # fmt: skip
    plan_rows(
        again, new_base.officers, new_edited.officers, current.officers, tombstones=_o1_removed
    )
    assert not again.clashes
    assert again.patches == [(current.cooperative, {"member_count": 25})]
    [revived] = again.inserts
    assert revived.id != "o1"  # back as a new row, not as the tombstone
    assert revived.name == "Ani S."
    assert not again.deletes
    stored = outcome(again, current, new_edited)
    assert stored.cooperative.member_count == 25
    assert stored.cooperative.phone == "0877"
    assert sorted(o.name for o in stored.officers) == ["Ani S.", "Budi"]
