"""Proof of the promise "nothing typed is lost", as a Hypothesis property.

Two or three laptops (two BAs coaching the same cooperatives; a third laptop appears when one's
database file is copied) work against the real server in random interleavings: they open forms
and keep them open across syncs, save stale forms (through the services' save API with the form's
base, as the editors do), create visits, sync, back up and restore their database, and copy it to
another laptop. Every value typed is arbitrary: any Unicode (lone surrogates and control
characters included), huge and negative numbers.

Whatever happens:

- the server never answers 5xx and no sync fails;
- at the end every laptop holds what a fresh install of its account downloads (it converged);
- every value a person saved is on the server, or visible to a person: in a conflict record,
  as a refusal in the inbox, or because a person saw it and replaced it (a form started from it,
  or the clash dialog showed it). Values refused at the form never count as saved; unsent values
  a restore took back (the app warns of exactly that) are the person's choice.

``KOPDES_NO_LOSS_EXAMPLES`` / ``KOPDES_NO_LOSS_STEPS`` make the run longer.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)
from hypothesis.stateful import run_state_machine_as_test as run_machine
from sqlalchemy import select

from kopdes_desktop.domain import codec
from kopdes_desktop.domain.edits import Choice, settle
from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.merge import is_empty, same_value
from kopdes_desktop.domain.records import CooperativeDetail, Visit, VisitDetail
from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.domain.validation import ValidationError
from kopdes_desktop.server.models import RecordRow, User
from kopdes_desktop.services import backups
from kopdes_desktop.services.app_services import AppServices
from kopdes_desktop.services.errors import EditClashError, ServiceError
from kopdes_desktop.storage.models import RejectedChange
from kopdes_desktop.sync.transport import Transport
from tests.server.helpers import KETAPANG, PASSWORD, LiveServer
from tests.sync.conftest import make_desk
from tests.sync.test_convergence import _state

EXAMPLES = int(os.environ.get("KOPDES_NO_LOSS_EXAMPLES", "6"))
STEPS = int(os.environ.get("KOPDES_NO_LOSS_STEPS", "25"))
MAX_LAPTOPS = 3

# Any code point, surrogates and control characters included: the value rules must refuse
# what cannot be stored, at the form, and everything else must travel intact.
# Most values are ones a person could type; a quarter are anything at all.
ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=12)
PLAIN_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("C",)), max_size=12)
TEXT = st.one_of(PLAIN_TEXT, PLAIN_TEXT, PLAIN_TEXT, ANY_TEXT)
COUNT = st.integers(min_value=0, max_value=10_000)
NUMBER = st.one_of(COUNT, COUNT, COUNT, st.integers())
# Few fields, so that edits meet often.
PROFILE_FIELDS = {"notes": TEXT, "member_count": NUMBER}
VISIT_FIELDS = {"findings": TEXT, "people_count": NUMBER}


class RecordingTransport(Transport):
    """Counts every 5xx answer the server gives (before the transport's retries hide it)."""

    server_errors: list[str] = []  # noqa: RUF012 - shared across a run, on purpose

    def _send_once(self, *args: Any, **kwargs: Any) -> Any:
        answer = super()._send_once(*args, **kwargs)
        if answer.status >= 500:
            RecordingTransport.server_errors.append(f"{args[:2]} -> {answer.status}")
        return answer


def transport(url: str, token: str) -> Transport:
    return RecordingTransport(url, token=token, retries=1, sleep=lambda seconds: None)


@dataclass
class Form:
    """An open editor: the detail it started from and what the user has typed since."""

    kind: str  # "cooperative" or "visit"
    record_id: str
    base: Any
    edited: Any


@dataclass
class Laptop:
    name: str
    user: User
    folder: Path
    desk: AppServices
    forms: list[Form] = field(default_factory=list)
    backups: list[Path] = field(default_factory=list)


@dataclass
class Saved:
    """A value a person saved; ``accounted`` says why it no longer has to be on the server."""

    laptop: str
    record_type: str
    record_id: str
    field: str
    value: Any
    accounted: str = ""


def _outbox_values(path: Path) -> set[tuple[str, str, str]]:
    with closing(sqlite3.connect(path)) as db:
        rows = db.execute("SELECT record_id, fields FROM outbox").fetchall()
    return {
        (record_id, name, json.dumps(value, sort_keys=True))
        for record_id, fields in rows
        for name, value in json.loads(fields or "{}").items()
    }


class NoSilentLoss(RuleBasedStateMachine):
    def __init__(self, server: LiveServer, catalog: RegionCatalog, folder: Path) -> None:
        super().__init__()
        self.server, self.catalog = server, catalog
        self.folder = folder / new_id()
        self.users = [server.user(Role.BA, name="Ani"), server.user(Role.BA, name="Budi")]
        self.coops = [server.cooperative(KETAPANG, member_count=10) for _ in range(2)]
        for user in self.users:
            server.assign(user, *self.coops)
        self.laptops: list[Laptop] = []
        self.ledger: list[Saved] = []
        self.visits: dict[str, User] = {}  # visit id -> its author
        RecordingTransport.server_errors.clear()

    # --- laptops ------------------------------------------------------------------------

    def _open(self, folder: Path) -> AppServices:
        os.environ["KOPDES_DATA_DIR"] = str(folder)
        return make_desk(folder, self.catalog, transport_factory=transport)

    @initialize()
    def two_laptops(self) -> None:
        for index, user in enumerate(self.users):
            folder = self.folder / f"laptop{index}"
            desk = self._open(folder)
            desk.sync.sign_in(self.server.base_url, user.username, PASSWORD, folder.name)
            desk.sync.sync()
            self.laptops.append(Laptop(f"laptop{index}", user, folder, desk))

    laptop_index = st.integers(min_value=0, max_value=MAX_LAPTOPS - 1)

    def _laptop(self, index: int) -> Laptop:
        return self.laptops[index % len(self.laptops)]

    # --- forms --------------------------------------------------------------------------

    def _form(self, laptop: Laptop, kind: str, record_id: str) -> Form | None:
        """The laptop's open form of the record, or a newly opened one (None: not there)."""
        for form in laptop.forms:
            if (form.kind, form.record_id) == (kind, record_id):
                return form
        try:
            if kind == "cooperative":
                detail: Any = laptop.desk.cooperatives.get(record_id)
            else:
                detail = laptop.desk.visits.get(record_id)
        except ServiceError:
            return None  # not on this laptop (yet)
        form = Form(kind, record_id, detail, detail)
        laptop.forms.append(form)
        return form

    @rule(index=laptop_index, which=st.integers(0, 1))
    def open_profile(self, index: int, which: int) -> None:
        """A form opened now and left open: it goes stale as syncs bring others' edits."""
        self._form(self._laptop(index), "cooperative", self.coops[which])

    @rule(index=laptop_index, which=st.integers(0, 1), data=st.data())
    def edit_profile(self, index: int, which: int, data: st.DataObject) -> None:
        laptop = self._laptop(index)
        form = self._form(laptop, "cooperative", self.coops[which])
        assert form is not None
        self._type_and_save(laptop, form, data)

    @rule(index=laptop_index, pick=st.integers(0, 100), data=st.data())
    def edit_visit(self, index: int, pick: int, data: st.DataObject) -> None:
        laptop = self._laptop(index)
        own = [v for v, author in self.visits.items() if author.id == laptop.user.id]
        form = self._form(laptop, "visit", own[pick % len(own)]) if own else None
        if form is not None:
            self._type_and_save(laptop, form, data)

    @rule(index=laptop_index, which=st.integers(0, 1), findings=TEXT, people=NUMBER)
    def new_visit(self, index: int, which: int, findings: str, people: int) -> None:
        laptop = self._laptop(index)
        visit = Visit(
            id=new_id(), cooperative_id=self.coops[which], findings=findings, people_count=people
        )
        try:
            saved = laptop.desk.visits.save_draft(VisitDetail(visit))
        except (ValidationError, ServiceError):
            return  # refused at the form, with a message: nothing was saved
        self.visits[visit.id] = laptop.user
        for name in ("findings", "people_count"):
            self._note(laptop, "visit", visit.id, name, getattr(saved.visit, name))

    @precondition(lambda self: any(laptop.forms for laptop in self.laptops))
    @rule(data=st.data())
    def save_a_stale_form(self, data: st.DataObject) -> None:
        laptop = data.draw(st.sampled_from([lap for lap in self.laptops if lap.forms]))
        self._type_and_save(laptop, data.draw(st.sampled_from(laptop.forms)), data)

    def _type_and_save(self, laptop: Laptop, form: Form, data: st.DataObject) -> None:
        fields = PROFILE_FIELDS if form.kind == "cooperative" else VISIT_FIELDS
        names = data.draw(st.lists(st.sampled_from(sorted(fields)), min_size=1, max_size=3))
        for name in names:
            form.edited = _with(form.kind, form.edited, name, data.draw(fields[name]))
        for _attempt in range(3):
            try:
                stored = self._save(laptop, form)
            except ValidationError:
                for name in names:  # the form says what is wrong; the user takes it back
                    form.edited = _with(
                        form.kind, form.edited, name, _get(form.kind, form.base, name)
                    )
                return
            except EditClashError as clash:
                # The dialog shows both values; the user picks one for each clash.
                for item in clash.clashes:
                    if item.field:
                        self._seen(form.kind, item.record_id, item.field, item.theirs)
                        self._seen(form.kind, item.record_id, item.field, item.mine)
                choices = {
                    item.key: data.draw(st.sampled_from([Choice.MINE, Choice.THEIRS]))
                    for item in clash.clashes
                }
                form.base, form.edited = settle(
                    form.base, form.edited, clash.current, clash.clashes, choices
                )
                continue
            except ServiceError:
                laptop.forms.remove(form)  # e.g. the visit was submitted meanwhile: read-only
                return
            self._saved(laptop, form, stored)
            return

    def _save(self, laptop: Laptop, form: Form) -> Any:
        if form.kind == "cooperative":
            return laptop.desk.cooperatives.save(form.edited, base=form.base)
        return laptop.desk.visits.save_draft(form.edited, base=form.base)

    def _saved(self, laptop: Laptop, form: Form, stored: Any) -> None:
        fields = PROFILE_FIELDS if form.kind == "cooperative" else VISIT_FIELDS
        for name in fields:
            before, after = _get(form.kind, form.base, name), _get(form.kind, form.edited, name)
            if not same_value(_wire(before), _wire(after)):
                self._seen(form.kind, form.record_id, name, before)  # replaced knowingly
                self._note(laptop, form.kind, form.record_id, name, _get(form.kind, stored, name))
        form.base = form.edited = stored  # the form shows what was stored, as the editors do

    def _note(self, laptop: Laptop, kind: str, record_id: str, name: str, value: Any) -> None:
        if not is_empty(_wire(value)):
            self.ledger.append(Saved(laptop.name, kind, record_id, name, _wire(value)))

    def _seen(self, kind: str, record_id: str, name: str, value: Any) -> None:
        for saved in self.ledger:
            where = (saved.record_type, saved.record_id, saved.field)
            same_field = where == (kind, record_id, name)
            if same_field and not saved.accounted and same_value(saved.value, _wire(value)):
                saved.accounted = "seen and replaced by a person"

    # --- sync, backups, copies -------------------------------------------------------------

    @rule(index=laptop_index)
    def sync(self, index: int) -> None:
        self._laptop(index).desk.sync.sync()  # any exception fails the test

    @rule(index=laptop_index)
    def back_up(self, index: int) -> None:
        laptop = self._laptop(index)
        target = laptop.folder.parent / f"{laptop.name}-backup{len(laptop.backups)}.sqlite"
        backups.backup_to(laptop.folder / "kopdes.sqlite", target)
        laptop.backups.append(target)

    @precondition(lambda self: any(laptop.backups for laptop in self.laptops))
    @rule(data=st.data())
    def restore(self, data: st.DataObject) -> None:
        laptop = data.draw(st.sampled_from([lap for lap in self.laptops if lap.backups]))
        source = data.draw(st.sampled_from(laptop.backups))
        database = laptop.folder / "kopdes.sqlite"
        laptop.desk.context.database.dispose()
        # Unsent edits the backup lacks go with the restore: the app says so before it starts.
        gone = _outbox_values(database) - _outbox_values(source)
        for saved in self.ledger:
            key = (saved.record_id, saved.field, json.dumps(saved.value, sort_keys=True))
            if saved.laptop == laptop.name and key in gone and not saved.accounted:
                saved.accounted = "unsent, taken back by a restore"
        backups.restore_from(source, database, laptop.folder / "backups")
        laptop.desk = self._open(laptop.folder)
        laptop.forms.clear()  # the app closes after a restore

    @precondition(lambda self: len(self.laptops) < MAX_LAPTOPS)
    @rule(index=laptop_index)
    def copy_to_another_laptop(self, index: int) -> None:
        original = self._laptop(index)
        original.desk.context.database.dispose()
        name = f"laptop{len(self.laptops)}"
        folder = self.folder / name
        folder.mkdir(parents=True)
        for file in ("kopdes.sqlite", "token.json"):
            shutil.copy2(original.folder / file, folder / file)
        original.desk = self._open(original.folder)
        copy = Laptop(name, original.user, folder, self._open(folder))
        # Unsent values travel in both files; either laptop may deliver them.
        for saved in [s for s in self.ledger if s.laptop == original.name]:
            self.ledger.append(dataclasses.replace(saved, laptop=name))
        self.laptops.append(copy)

    @invariant()
    def the_server_never_failed(self) -> None:
        assert RecordingTransport.server_errors == []

    # --- the end ------------------------------------------------------------------------

    def teardown(self) -> None:
        try:
            if self.laptops:
                self._check()
        finally:
            for laptop in self.laptops:
                laptop.desk.context.database.dispose()

    def _check(self) -> None:
        for _round in range(3):
            for laptop in self.laptops:
                laptop.desk.sync.sync()
        fresh = {}
        for user in self.users:
            folder = self.folder / f"fresh-{user.username}"
            desk = self._open(folder)
            desk.sync.sign_in(self.server.base_url, user.username, PASSWORD, "fresh")
            desk.sync.sync()
            fresh[user.id] = _state(desk)
            desk.context.database.dispose()
        for laptop in self.laptops:
            assert laptop.desk.sync.status().pending_changes == 0, laptop.name
            assert _state(laptop.desk) == fresh[laptop.user.id], laptop.name
        assert RecordingTransport.server_errors == []
        lost = [saved for saved in self.ledger if not self._accounted_for(saved)]
        assert lost == [], lost

    def _accounted_for(self, saved: Saved) -> bool:
        if saved.accounted:
            return True
        with self.server.db.read() as session:
            row = session.get(RecordRow, saved.record_id)
            if row is not None and same_value(row.data.get(saved.field), saved.value):
                return True
            conflicts = session.scalars(
                select(RecordRow).where(
                    RecordRow.record_type == "conflict", RecordRow.parent_id == saved.record_id
                )
            )
            for conflict in conflicts:
                if conflict.data.get("field_name") != saved.field:
                    continue
                for side in ("kept_value", "other_value"):
                    if same_value(json.loads(conflict.data.get(side) or "null"), saved.value):
                        return True
        for laptop in self.laptops:  # refused by the server: shown in that laptop's inbox
            with laptop.desk.context.database.read() as session:
                for refusal in session.scalars(
                    select(RejectedChange).where(RejectedChange.record_id == saved.record_id)
                ):
                    if same_value(refusal.fields.get(saved.field), saved.value):
                        return True
        return False


def _get(kind: str, detail: Any, name: str) -> Any:
    record = detail.cooperative if kind == "cooperative" else detail.visit
    return getattr(record, name)


def _with(kind: str, detail: Any, name: str, value: Any) -> Any:
    if kind == "cooperative":
        assert isinstance(detail, CooperativeDetail)
        return dataclasses.replace(
            detail, cooperative=dataclasses.replace(detail.cooperative, **{name: value})
        )
    assert isinstance(detail, VisitDetail)
    return dataclasses.replace(detail, visit=dataclasses.replace(detail.visit, **{name: value}))


def _wire(value: Any) -> Any:
    return codec.encode_value(value)


@pytest.mark.slow
@pytest.mark.timeout(120 + EXAMPLES * STEPS * 2)  # about 0.5 s a step; longer runs get longer
def test_nothing_a_person_saves_is_lost_silently(
    server: LiveServer, catalog: RegionCatalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KOPDES_DATA_DIR", str(tmp_path))  # restored after the test
    run_machine(
        lambda: NoSilentLoss(server, catalog, tmp_path),
        settings=settings(
            max_examples=EXAMPLES,
            stateful_step_count=STEPS,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        ),
    )
