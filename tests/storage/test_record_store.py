"""Whatever a record holds comes back unchanged from the SQLite file."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.records import (
    AgreedAction,
    Cooperative,
    Opportunity,
    Record,
    Visit,
)
from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.domain.validation import (
    Level,
    ValidationContext,
    validate_cooperative,
    validate_opportunity,
    validate_visit,
)
from kopdes_desktop.storage import record_store
from kopdes_desktop.storage.db import Database
from kopdes_desktop.storage.opening import open_database
from tests.domain.test_codec import records_of

PARENT_COOP = "01930000-0000-7000-8000-0000000000aa"
PARENT_VISIT = "01930000-0000-7000-8000-0000000000bb"


@pytest.fixture(scope="module")
def shared_database(tmp_path_factory: pytest.TempPathFactory, catalog: RegionCatalog) -> Database:
    folder: Path = tmp_path_factory.mktemp("roundtrip")
    database = open_database(folder / "kopdes.sqlite", folder / "backups", catalog)
    with database.write() as session:
        record_store.insert(session, Cooperative(id=PARENT_COOP, name="Induk"))
        record_store.insert(session, Visit(id=PARENT_VISIT, cooperative_id=PARENT_COOP))
    return database


def with_fresh_ids(record: Record) -> Record:
    changes: dict[str, object] = {"id": new_id()}
    if hasattr(record, "cooperative_id"):
        changes["cooperative_id"] = PARENT_COOP
    if hasattr(record, "visit_id"):
        changes["visit_id"] = PARENT_VISIT
    return dataclasses.replace(record, **changes)  # type: ignore[arg-type]


stored_records = st.sampled_from([Cooperative, Visit, AgreedAction, Opportunity]).flatmap(
    records_of
)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(stored_records)
def test_insert_then_get_returns_the_same_record(shared_database: Database, record: Record) -> None:
    record = with_fresh_ids(record)
    with shared_database.write() as session:
        record_store.insert(session, record)
    with shared_database.read() as session:
        assert record_store.get(session, type(record), record.id) == record


any_records = st.sampled_from([Cooperative, Visit, Opportunity]).flatmap(records_of)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(any_records, st.sampled_from(list(Level)))
def test_validation_answers_for_any_record_and_never_raises(
    validation_context: ValidationContext, record: Record, level: Level
) -> None:
    validate = {
        Cooperative: validate_cooperative,
        Visit: validate_visit,
        Opportunity: validate_opportunity,
    }[type(record)]
    issues = validate(record, level, validation_context)  # type: ignore[operator]
    assert all(issue.field and issue.code for issue in issues)
