"""Test-side helpers: a tiny sync client over HTTP, and direct set-up of accounts and data.

Accounts, cooperatives and assignments are set up with the server's own admin functions on the
server's database (as the admin CLI does); everything a laptop does goes over real HTTP.
"""

from __future__ import annotations

import gzip
import json
import uuid
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import httpx
from sqlalchemy import select

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.records import Cooperative
from kopdes_desktop.server import accounts
from kopdes_desktop.server.assignments import assign_cooperatives, assign_kabupaten
from kopdes_desktop.server.cooperative_import import add_cooperatives
from kopdes_desktop.server.db import Database
from kopdes_desktop.server.models import RecordRow, User
from kopdes_desktop.server.passwords import hash_password
from kopdes_desktop.server.versioning import PENDING, WriteBatch
from kopdes_desktop.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION, SCHEMA_HEADER

PASSWORD = "correct horse battery"
# The tests' own plain-JSON client speaks protocol 1 (what laptops of the previous release send;
# protocol 2's shapes are tested in test_protocol_2.py and by the laptop engine's tests).
VERSION_HEADERS = {PROTOCOL_HEADER: "1", SCHEMA_HEADER: "1"}
PROTOCOL_2_HEADERS = {PROTOCOL_HEADER: "2", SCHEMA_HEADER: "1"}
PROTOCOL_3_HEADERS = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), SCHEMA_HEADER: "1"}
# Kabupaten codes of the shipped region data, and villages in them.
SAMBAS = "61.01"
MEMPAWAH = "61.02"
# Ketapang: the sync tests' own kabupaten (one cooperative per village; Sambas runs out).
KETAPANG = "61.04"


@cache
def password_hash() -> str:
    return hash_password(PASSWORD)


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


@dataclass
class LiveServer:
    base_url: str
    database_url: str
    db: Database
    backend: str
    villages: dict[str, list[str]] = field(default_factory=dict)
    _free: dict[str, deque[str]] = field(default_factory=dict)
    _used: dict[str, deque[str]] = field(default_factory=dict)

    def village(self, kabupaten: str) -> str:
        """A village code of the kabupaten no live cooperative on this server holds.

        The server allows one cooperative per village, and one session's tests together make
        more cooperatives than Sambas has villages; when a kabupaten runs out, the cooperatives
        of the oldest half of its used villages (earlier tests') are retired to free them.
        """
        free = self._free.setdefault(kabupaten, deque(self.villages[kabupaten]))
        used = self._used.setdefault(kabupaten, deque())
        if not free:
            oldest = [used.popleft() for _ in range(max(1, len(used) // 2))]
            self._retire_cooperatives(oldest)
            free.extend(oldest)
        code = free.popleft()
        used.append(code)
        return code

    def _retire_cooperatives(self, village_codes: list[str]) -> None:
        """Tombstone the live cooperatives in these villages with everything under them, in one
        version (as ``kopdes-server remove-sample-data`` does), so laptops syncing later see
        them gone rather than two cooperatives in one village."""
        with self.db.write() as session:
            cooperatives = session.scalars(
                select(RecordRow).where(RecordRow.village_code.in_(village_codes))
            ).all()
            batch = WriteBatch(session, user_id=None, client_id="admin")
            for cooperative in cooperatives:
                under = session.scalars(
                    select(RecordRow).where(
                        RecordRow.cooperative_id == cooperative.record_id,
                        RecordRow.deleted.is_(False),
                    )
                ).all()
                for record in under:  # the cooperative itself is among them
                    record.deleted = True
                    batch.touch(record)
                cooperative.village_code = None
            if cooperatives:
                batch.finish()

    # --- direct set-up -------------------------------------------------------------------

    def user(self, role: Role, *, kabupaten: list[str] | None = None, name: str = "") -> User:
        username = unique(role.value)
        with self.db.write() as session:
            user = accounts.create_user(
                session,
                username=username,
                role=role,
                full_name=name or username,
                password_hash=password_hash(),
            )
            if kabupaten:
                known = frozenset(kabupaten)
                assign_kabupaten(session, username, kabupaten, known)
            return user

    def token(self, user: User) -> str:
        with self.db.write() as session:
            fresh = session.get(User, user.id)
            assert fresh is not None
            _device, token = accounts.issue_device_token(session, fresh, "test laptop")
            return token

    def cooperative(self, kabupaten: str = SAMBAS, **values: Any) -> str:
        name = values.pop("name", unique("Koperasi"))
        coop = Cooperative(id=new_id(), name=name, village_code=self.village(kabupaten), **values)
        with self.db.write() as session:
            add_cooperatives(session, [coop])
        return coop.id

    def assign(self, user: User, *cooperative_ids: str, remove: bool = False) -> None:
        with self.db.write() as session:
            assign_cooperatives(session, user.username, cooperative_ids, remove=remove)

    def assign_area(self, user: User, *codes: str, remove: bool = False) -> None:
        with self.db.write() as session:
            assign_kabupaten(session, user.username, codes, frozenset(codes), remove=remove)

    def laptop(self, user: User, **kwargs: Any) -> Laptop:
        return Laptop(self.base_url, self.token(user), user, **kwargs)


class Laptop:
    """One install: a client id, an outbox counter, a cursor and what it pulled."""

    def __init__(self, base_url: str, token: str, user: User, client_id: str | None = None) -> None:
        self.user = user
        self.client_id = client_id or new_id()
        self.next_mutation_id = 1
        self.cursor: str | None = None
        self.records: dict[str, dict[str, Any]] = {}
        self.http = httpx.Client(
            base_url=base_url,
            headers={**VERSION_HEADERS, "Authorization": f"Bearer {token}"},
            timeout=30,
        )

    def close(self) -> None:
        self.http.close()

    # --- mutations -----------------------------------------------------------------------

    def mutation(self, record_type: str, record_id: str, op: str, **parts: Any) -> dict[str, Any]:
        mutation = {
            "mutation_id": self.next_mutation_id,
            "record_type": record_type,
            "record_id": record_id,
            "op": op,
            "device_time": "2026-11-28T08:00:00+07:00",
            "schema_version": 1,
            **parts,
        }
        self.next_mutation_id += 1
        return mutation

    def create(
        self, record_type: str, fields: dict[str, Any], record_id: str | None = None
    ) -> dict[str, Any]:
        return self.mutation(record_type, record_id or new_id(), "create", fields=fields)

    def patch(self, record_type: str, record_id: str, fields: dict[str, Any]) -> dict[str, Any]:
        """A patch based on the field versions this laptop last pulled."""
        known = self.records.get(record_id, {}).get("field_versions", {})
        bases = {name: known.get(name, 0) for name in fields}
        return self.mutation(record_type, record_id, "patch", fields=fields, base_versions=bases)

    def delete(self, record_type: str, record_id: str) -> dict[str, Any]:
        version = self.records.get(record_id, {}).get("version", 0)
        return self.mutation(record_type, record_id, "delete", base_versions={"*": version})

    def set_status(
        self, visit_id: str, before: str, after: str, comment: str = ""
    ) -> dict[str, Any]:
        return self.mutation(
            "visit", visit_id, "intent", intent="set_visit_status",
            intent_args={"from": before, "to": after, "comment": comment},
        )  # fmt: skip

    # --- requests ------------------------------------------------------------------------

    def push_raw(
        self, mutations: list[dict[str, Any]], *, gzip_body: bool = False
    ) -> httpx.Response:
        body = json.dumps({"client_id": self.client_id, "mutations": mutations}).encode()
        headers = {"Content-Type": "application/json"}
        if gzip_body:
            body = gzip.compress(body)
            headers["Content-Encoding"] = "gzip"
        return self.http.post("/sync/v1/push", content=body, headers=headers)

    def push(self, *mutations: dict[str, Any]) -> list[dict[str, Any]]:
        response = self.push_raw(list(mutations))
        assert response.status_code == 200, response.text
        results: list[dict[str, Any]] = response.json()["results"]
        return results

    def pull_page(
        self, cursor: str | None, limit: int = 500, own_versions: list[int] | None = None
    ) -> httpx.Response:
        body: dict[str, Any] = {"client_id": self.client_id, "cursor": cursor, "limit": limit}
        if own_versions is not None:
            body["own_versions"] = own_versions
        return self.http.post("/sync/v1/pull", json=body)

    def pages(
        self, limit: int = 500, own_versions: list[int] | None = None
    ) -> Iterator[dict[str, Any]]:
        cursor = self.cursor
        while True:
            response = self.pull_page(cursor, limit, own_versions)
            assert response.status_code == 200, response.text
            page: dict[str, Any] = response.json()
            yield page
            cursor = page["cursor"]
            if not page["has_more"]:
                return

    def pull(self, limit: int = 500, own_versions: list[int] | None = None) -> list[dict[str, Any]]:
        """Pull to the end; apply like a client would. Returns every change received.
        ``own_versions``: push answers' versions to name (protocol 2, no echo)."""
        received: list[dict[str, Any]] = []
        removed: list[str] = []
        cursor = self.cursor
        for page in self.pages(limit, own_versions):
            received += page["changes"]
            removed += page["removed_cooperative_ids"]
            cursor = page["cursor"]
        for cooperative_id in removed:
            for record_id in [
                rid for rid, rec in self.records.items() if rec["cooperative_id"] == cooperative_id
            ]:
                del self.records[record_id]
        for change in received:
            if change["deleted"]:
                self.records.pop(change["record_id"], None)
            else:
                self.records[change["record_id"]] = change
        self.cursor = cursor
        self.removed = removed
        return received

    def of_type(self, record_type: str) -> dict[str, dict[str, Any]]:
        return {rid: rec for rid, rec in self.records.items() if rec["record_type"] == record_type}


def write_unchecked(
    db: Database,
    record_id: str,
    record_type: str,
    cooperative_id: str,
    data: dict[str, Any],
    **keys: Any,
) -> None:
    """Store a record as a server without today's value rules did: straight into the table,
    stamped with a version like any write (server/value_repair.py must cope with it)."""
    with db.write() as session:
        batch = WriteBatch(session, user_id=None, client_id="admin")
        row = RecordRow(
            record_id=record_id,
            record_type=record_type,
            cooperative_id=cooperative_id,
            data={},
            field_meta={},
            version=PENDING,
            deleted=False,
            created_at=accounts.now(),
            updated_at=accounts.now(),
            **keys,
        )
        session.add(row)
        batch.write_fields(row, data)
        batch.finish()
