"""The directory of people travels with the pull: names, roles and assignments of the area.

Real laptops (SQLite files) against the real server on SQLite and PostgreSQL. The test server is
shared by the whole session, so each test makes its own people and cooperatives and checks them,
never the exact set of PMOs of a kabupaten.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.listing import CooperativeFilter
from kopdes_desktop.domain.records import CooperativeAssignment
from kopdes_desktop.server.models import RecordRow
from tests.server.helpers import KETAPANG, MEMPAWAH, PASSWORD, LiveServer, unique
from tests.sync.conftest import DeskFactory

REPOSITORY = Path(__file__).resolve().parents[2]
# The last main before the directory existed: the previous release's client.
OLDER_CLIENT_COMMIT = "fcb3f501dccb4cc4c6cc3c90a2e196b25f14a7f6"


def names_of(desk: object) -> dict[str, str]:
    return {person.user_id: person.full_name for person in desk.people.people()}  # type: ignore[attr-defined]


def test_a_ba_laptop_learns_who_coaches_its_cooperatives_and_forgets_what_left_its_scope(
    server: LiveServer, desks: DeskFactory
) -> None:
    pmo = server.user(Role.PMO, kabupaten=[KETAPANG], name=unique("Rina Marlina"))
    siti = server.user(Role.BA, name=unique("Siti Aminah"))
    budi = server.user(Role.BA, name=unique("Budi Santoso"))
    dewi = server.user(Role.BA, name=unique("Dewi Lestari"))
    own, shared, budis, dewis = (server.cooperative(KETAPANG) for _ in range(4))
    server.assign(siti, own, shared)
    server.assign(budi, shared, budis)
    server.assign(dewi, dewis)

    laptop = desks(siti)
    laptop.sync.sync()
    names = names_of(laptop)
    # Herself, the BA she shares a cooperative with, the PMO of the kabupaten; not a BA of
    # cooperatives she cannot see.
    assert names[siti.id] == siti.full_name
    assert names[budi.id] == budi.full_name
    assert names[pmo.id] == pmo.full_name
    assert dewi.id not in names
    assert set(laptop.people.assignments()) == {
        CooperativeAssignment(siti.id, own),
        CooperativeAssignment(siti.id, shared),
        CooperativeAssignment(budi.id, shared),
    }
    assert laptop.people.cooperatives_of(siti.id) == sorted([own, shared])

    # The shared cooperative leaves her scope: its assignments and Budi go with it.
    server.assign(siti, shared, remove=True)
    laptop.sync.sync()
    assert laptop.people.assignments() == [CooperativeAssignment(siti.id, own)]
    assert budi.id not in names_of(laptop)
    assert [c.id for c in laptop.cooperatives.list(CooperativeFilter()).items] == [own]

    # A sync with nothing new in the directory keeps it (the server sends it only when changed).
    laptop.sync.sync()
    assert laptop.people.assignments() == [CooperativeAssignment(siti.id, own)]


def test_a_pmo_laptop_sees_every_assignment_of_its_kabupaten(
    server: LiveServer, desks: DeskFactory
) -> None:
    pmo = server.user(Role.PMO, kabupaten=[KETAPANG], name=unique("Rina Marlina"))
    ba = server.user(Role.BA, name=unique("Siti Aminah"))
    coops = [server.cooperative(KETAPANG) for _ in range(3)]
    server.assign(ba, *coops)
    laptop = desks(pmo)
    laptop.sync.sync()
    assert names_of(laptop)[ba.id] == ba.full_name
    assert laptop.people.cooperatives_of(ba.id) == sorted(coops)
    # Assigned later: the next sync brings it.
    another = server.cooperative(KETAPANG)
    server.assign(ba, another)
    laptop.sync.sync()
    assert laptop.people.cooperatives_of(ba.id) == sorted([*coops, another])


def test_history_names_who_changed_a_profile_and_when(
    server: LiveServer, desks: DeskFactory
) -> None:
    pmo = server.user(Role.PMO, kabupaten=[KETAPANG], name=unique("Rina Marlina"))
    ba = server.user(Role.BA, name=unique("Siti Aminah"))
    coop_id = server.cooperative(KETAPANG, member_count=20)
    server.assign(ba, coop_id)
    office, field = desks(pmo), desks(ba)
    for desk in (office, field):
        desk.sync.sync()
    detail = office.cooperatives.get(coop_id)
    office.cooperatives.save(
        dataclasses.replace(
            detail, cooperative=dataclasses.replace(detail.cooperative, member_count=42)
        )
    )
    office.sync.sync()
    field.sync.sync()
    [change] = [c for c in field.cooperatives.history(coop_id) if c.fields == {"member_count": 42}]
    assert change.from_server
    assert change.author_name == pmo.full_name
    assert change.changed_at is not None
    assert change.changed_at.startswith("20")


def _older_client(tmp_path: Path, commit: str = OLDER_CLIENT_COMMIT) -> Path:
    """An earlier release's package and resources, unpacked from the repository's history."""
    if shutil.which("git") is None or not (REPOSITORY / ".git").exists():
        pytest.skip("the repository's history is not available")
    found = subprocess.run(
        ["git", "-C", str(REPOSITORY), "cat-file", "-e", f"{commit}^{{commit}}"],
        capture_output=True,
        check=False,
    )
    if found.returncode != 0:
        pytest.skip(f"the release {commit[:7]} is not in this clone")
    target = tmp_path / f"older-{commit[:7]}"
    target.mkdir()
    archive = subprocess.run(
        ["git", "-C", str(REPOSITORY), "archive", commit, "kopdes_desktop", "resources"],
        capture_output=True, check=True,
    )  # fmt: skip
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive.stdout, check=True)
    return target


def test_an_older_client_keeps_syncing_and_ignores_the_directory(
    server: LiveServer, desks: DeskFactory, tmp_path: Path
) -> None:
    ba = server.user(Role.BA, name=unique("Siti Aminah"))
    coop_id = server.cooperative(KETAPANG, name=unique("Koperasi Lama"))
    server.assign(ba, coop_id)
    older = _older_client(tmp_path)
    env = {
        **os.environ,
        "PYTHONPATH": str(older),
        "KOPDES_DATA_DIR": str(tmp_path / "older-laptop"),
        "KOPDES_RESOURCES_DIR": str(older / "resources"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }

    def run(*command: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "kopdes_desktop.cli", *command], input=stdin, env=env,
            capture_output=True, text=True, check=False, timeout=300, cwd=tmp_path,
        )  # fmt: skip

    where = subprocess.run(
        [sys.executable, "-c", "import kopdes_desktop; print(kopdes_desktop.__file__)"],
        env=env, capture_output=True, text=True, check=True, cwd=tmp_path,
    )  # fmt: skip
    assert where.stdout.strip().startswith(str(older))  # really the older code
    login = run("login", "--server", server.base_url, "--username", ba.username,
                "--password-stdin", stdin=PASSWORD + "\n")  # fmt: skip
    assert login.returncode == 0, login.stderr
    synced = run("sync")
    assert synced.returncode == 0, synced.stderr
    # The older laptop holds the cooperative: the pull carrying a directory went through.
    with sqlite3.connect(tmp_path / "older-laptop" / "kopdes.sqlite") as connection:
        names = [row[0] for row in connection.execute("SELECT name FROM cooperative")]
    assert names == [_stored(server, coop_id)["name"]]
    # It edits and sends with its own code, and nothing it received was set aside as unknown.
    edit = subprocess.run(
        [sys.executable, "-c", EDIT_WITH_THE_OLDER_SERVICES, coop_id],
        env=env, capture_output=True, text=True, check=False, timeout=300, cwd=tmp_path,
    )  # fmt: skip
    assert edit.returncode == 0, edit.stderr
    assert run("sync").returncode == 0
    status = run("status", "--json")
    assert status.returncode == 0, status.stderr
    shown = json.loads(status.stdout)
    assert (shown["pending_changes"], shown["rejected_changes"]) == (0, 0)
    assert shown["set_aside_changes"] == 0
    assert _stored(server, coop_id)["member_count"] == 77


EDIT_WITH_THE_OLDER_SERVICES = """
import dataclasses, sys
from kopdes_desktop.app import open_services
services = open_services()
detail = services.cooperatives.get(sys.argv[1])
coop = dataclasses.replace(detail.cooperative, member_count=77)
services.cooperatives.save(dataclasses.replace(detail, cooperative=coop))
"""


def _stored(server: LiveServer, coop_id: str) -> dict[str, object]:
    with server.db.read() as session:
        row = session.get(RecordRow, coop_id)
        assert row is not None
        return dict(row.data)


def test_a_pmo_losing_a_kabupaten_loses_its_people_and_assignments(
    server: LiveServer, desks: DeskFactory
) -> None:
    pmo = server.user(Role.PMO, kabupaten=[KETAPANG, MEMPAWAH], name=unique("Rina Marlina"))
    here, there = (
        server.user(Role.BA, name=unique("Siti")),
        server.user(Role.BA, name=unique("Budi")),
    )
    kept, lost = server.cooperative(KETAPANG), server.cooperative(MEMPAWAH)
    server.assign(here, kept)
    server.assign(there, lost)
    laptop = desks(pmo)
    laptop.sync.sync()
    assert {here.id, there.id} <= names_of(laptop).keys()
    assert {CooperativeAssignment(here.id, kept), CooperativeAssignment(there.id, lost)} <= set(
        laptop.people.assignments()
    )

    server.assign_area(pmo, MEMPAWAH, remove=True)
    laptop.sync.sync()
    assert here.id in names_of(laptop)
    assert there.id not in names_of(laptop)
    assert laptop.people.cooperatives_of(here.id) == [kept]
    assert laptop.people.cooperatives_of(there.id) == []
    assert CooperativeAssignment(there.id, lost) not in laptop.people.assignments()
